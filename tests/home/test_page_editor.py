"""A new page is made by one post of its create form (home/staff/page_editor.py): the create
view does not autosave, the edit view still does, and a slug the model refuses at save time
is a form error, never a 500."""

import re
from unittest import mock

import pytest

from django.urls import reverse

from wagtail.admin.forms.pages import WagtailAdminPageForm
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from listings.models import JobFeaturePage
from tests.factories.listings import JobFeaturePageFactory, job_summary

pytestmark = pytest.mark.django_db

JSON = {"HTTP_ACCEPT": "application/json"}
TITLE = "氷見の定置網で働く"
SLUG = "teichiami"


def feature_form(lead="午前四時、氷見漁港から船が出ます。", **extra):
    name, job = job_summary()
    job["valid_through"] = ""
    data = {
        "title": TITLE,
        "slug": SLUG,
        "lead": lead,
        "recruiting_status": "open",
        "jobs": streamfield([(name, job)]),
        "body": streamfield([]),
        "comments": inline_formset([]),
    }
    data.update(extra)
    return nested_form_data(data)


@pytest.fixture
def add_url(feature_index):
    return reverse("wagtailadmin_pages:add", args=("listings", "jobfeaturepage", feature_index.pk))


@pytest.fixture
def writing(client, writer):
    client.force_login(writer)
    return client


def only_feature():
    pages = list(JobFeaturePage.objects.all())
    assert len(pages) == 1, f"expected one page, found {[p.slug for p in pages]}"
    return pages[0]


def autosaves(html):
    """Whether an element of the page runs Wagtail's autosave controller."""
    return re.search(r'data-controller="[^"]*\bw-autosave\b', html) is not None


def test_the_create_form_does_not_autosave_but_the_edit_form_does(writing, add_url):
    add = writing.get(add_url).content.decode()
    assert "data-edit-form" in add and not autosaves(add)
    assert writing.post(add_url, feature_form()).status_code == 302
    edit = reverse("wagtailadmin_pages:edit", args=(only_feature().pk,))
    assert autosaves(writing.get(edit).content.decode())


def test_one_submission_makes_one_page_in_the_editors_review(writing, add_url):
    response = writing.post(add_url, feature_form(**{"action-submit": "1"}))
    assert response.status_code == 302
    feature = only_feature()
    assert not feature.live
    assert feature.current_workflow_state.status == "in_progress"


def test_a_slug_taken_between_validation_and_saving_is_a_form_error(
    writing, add_url, feature_index, monkeypatch
):
    """The form checked the slug before another request (a move, a copy, an edit) took it.
    Before, Page.minimal_clean() raised that ValidationError out of add_child: a 500."""
    JobFeaturePageFactory(parent=feature_index, slug=SLUG, title="別の特集")
    original_clean = WagtailAdminPageForm.clean

    def clean_before_the_other_page_was_saved(form):
        with mock.patch.object(Page, "_slug_is_available", return_value=True):
            return original_clean(form)

    monkeypatch.setattr(WagtailAdminPageForm, "clean", clean_before_the_other_page_was_saved)
    response = writing.post(add_url, feature_form(**{"action-submit": "1"}))

    assert response.status_code == 200
    assert "slug" in response.context["form"].errors
    assert only_feature().title == "別の特集"
    feature_index.refresh_from_db()
    assert feature_index.numchild == feature_index.get_children().count() == 1

    autosave = writing.post(add_url, feature_form(), **JSON)
    assert autosave.status_code == 400
    assert autosave.json()["error_code"] == "validation_error"
    assert JobFeaturePage.objects.count() == 1


@pytest.mark.parametrize(
    ("action", "said", "live"),
    [
        ("approve", "『氷見の定置網で働く』を承認し、公開しました。", True),
        ("reject", "『氷見の定置網で働く』を差し戻しました。", False),
    ],
)
def test_an_editors_decision_says_what_it_did(writing, add_url, client, editor, action, said, live):
    assert writing.post(add_url, feature_form(**{"action-submit": "1"})).status_code == 302
    feature = only_feature()
    client.force_login(editor)
    edit = reverse("wagtailadmin_pages:edit", args=(feature.pk,))
    data = feature_form(**{"action-workflow-action": "1", "workflow-action-name": action})
    response = client.post(edit, data, follow=True)
    shown = [str(m) for m in response.context["messages"]]
    assert shown[-1] == said  # (the writer's own message from the same browser is before it)
    assert not any("更新しました" in m for m in shown)
    feature.refresh_from_db()
    assert feature.live is live
