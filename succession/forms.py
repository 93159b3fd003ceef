"""The inquiry form on a story that seeks a successor, with the guards of every public form
(home.public_forms.base.PublicForm)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from home.public_forms.base import PublicForm
from home.public_forms.fields import PhoneField
from succession.models import SuccessionInquiry


class InquiryForm(PublicForm, forms.ModelForm):
    rate_limit_name = "inquiry"
    multiline_fields = frozenset({"background", "hope"})
    nfkc_fields = frozenset({"email"})  # full-width addresses are accepted

    phone = PhoneField(label=_("Phone"), required=False, max_length=20)
    consent = forms.BooleanField(
        label=_("I agree to the privacy policy"),
        error_messages={"required": _("Please read and agree to the privacy policy.")},
    )

    class Meta:
        model = SuccessionInquiry
        fields = [
            "name",
            "kana",
            "email",
            "phone",
            "inquirer_type",
            "background",
            "hope",
            "consent",
        ]
        widgets = {
            "inquirer_type": forms.RadioSelect,
            "background": forms.Textarea(attrs={"rows": 4}),
            "hope": forms.Textarea(attrs={"rows": 6}),
        }
        # The same words as the site's other public forms (お名前, ふりがな, メールアドレス).
        labels = {"name": _("Name")}
        help_texts = {"kana": _("In katakana or hiragana, e.g. ヒミ タロウ.")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Radios need no "choose one" entry: the model field's blank choice would be drawn
        # as a third button 「選択してください」 beside 個人 and 法人.
        inquirer_type = self.fields["inquirer_type"]
        inquirer_type.choices = [c for c in inquirer_type.choices if c[0]]

    def clean_email(self):
        return self.cleaned_data["email"].lower()
