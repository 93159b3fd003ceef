"""What every public form shares: the guards (home.public_forms.guards), the form and page
bases (base), character limits and fields, the mail helpers, and the inbound-record history
with its admin pattern (records, records_admin). A new public form gets every guard by
inheriting PublicFormMixin and serving from PublicFormPageMixin."""
