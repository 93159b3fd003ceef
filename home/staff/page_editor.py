"""The page editor, with two changes for every page type: a new page is made by one post of
its create form (the create view does not autosave), and an editor's decision in the
「編集部承認」 workflow says what it did.

Wagtail 8's page editor autosaves (its `AutosaveController`). On the create form it posts the
whole form to the *add* URL in the background, and only when that answer arrives does it
point the form at the new page's edit URL. A writer who chooses 「編集部承認に提出する」 while
that save is on its way posts the same form to the add URL once more, and Wagtail's
`CreateView` makes a page from every post that validates:

- autosave first: the submission is refused ("slug already in use"), the autosaved draft
  stays behind, and the writer is stuck on a create form that can never succeed;
- both at once: both pass the form's slug check, then the second `add_child` meets the
  first page in `Page.minimal_clean()`, and its ValidationError is a 500.

Wagtail has no setting for the create view alone (`WAGTAIL_AUTOSAVE_INTERVAL` also turns off
the edit view's autosave, which is safe and which writers keep). So here the create view
does not autosave: the writer's first save, submission or publication makes the page, and
from then on the edit view autosaves as usual. A slug that the model refuses at save time
(another tab took it after the form's check) is shown as a form error, not a 500.

After 「承認・公開」 or 「差し戻す」 Wagtail says only 「ページ『…』を更新しました。」; the
edit view here says 「『…』を承認し、公開しました。」 or 「『…』を差し戻しました。」, read back
from the database (the same words as for postings, listings/admin_listing.py).
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from wagtail.admin.views.pages.create import CreateView
from wagtail.admin.views.pages.edit import EditView
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.models import Page, PageSubscription


class CreateOncePageView(CreateView):
    """Wagtail's page CreateView, without the background saves that post it twice."""

    def get_context_data(self, **kwargs):
        self.autosave_enabled = False  # the form's w-autosave controller is left out
        context = super().get_context_data(**kwargs)
        context["autosave_indicator"] = None  # nothing to show saving in the header
        return context

    def post(self, request):
        try:
            with transaction.atomic():
                return super().post(request)
        except ValidationError as error:
            return self.refuse(error)

    def refuse(self, error):
        """Show the post again, on a fresh unsaved page, with what the model refused."""
        # add_child counted the child on this instance before the save failed.
        self.parent_page.refresh_from_db(fields=["numchild"])
        self.page = self.page_class(owner=self.request.user)
        self.page.locale = self.locale or self.parent_page.locale
        self.subscription = PageSubscription(
            page=self.page, user=self.request.user, comment_notifications=True
        )
        self.form = self.form_class(
            self.request.POST,
            self.request.FILES,
            instance=self.page,
            subscription=self.subscription,
            parent_page=self.parent_page,
            for_user=self.request.user,
        )
        if self.action_name == "save":
            self.form.defer_required_fields()
        if self.form.is_valid():
            # The form's own checks cannot see what the model refused: show that instead.
            by_field = error.error_dict if hasattr(error, "error_dict") else {None: error}
            for field, errors in by_field.items():
                self.form.add_error(field if field in self.form.fields else None, errors)
        self.form.restore_required_fields()
        return self.form_invalid(self.form)


class DecisionMessageEditView(EditView):
    """Wagtail's page EditView, whose workflow decisions say what they did."""

    def add_save_confirmation_message(self):
        action = getattr(self, "workflow_action", None)
        if self.is_reverting or action not in ("approve", "reject"):
            return super().add_save_confirmation_message()
        title = {"title": self.page.get_admin_display_title()}
        if action == "reject":
            message = _("“%(title)s” was sent back for changes.") % title
        elif Page.objects.filter(pk=self.page.pk, live=True).exists():
            message = _("“%(title)s” was approved and is now published.") % title
        else:
            message = _("“%(title)s” was approved.") % title
        messages.success(self.request, message)


class CreateOncePageViewSet(PageViewSet):
    """Wagtail's default viewset for every page type, with the two views above."""

    add_view_class = CreateOncePageView
    edit_view_class = DecisionMessageEditView


page_viewset = CreateOncePageViewSet()
