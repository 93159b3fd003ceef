"""The role matrix of DESIGN.md, exercised through the Wagtail admin as people use it."""

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.models import Page, Workflow
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from columns.models import ColumnPage
from home import roles
from home.models import CreditedImage, Person
from tests.utils import jpeg_bytes

pytestmark = pytest.mark.django_db


def column_form(**overrides):
    data = {
        "title": "漁師の朝",
        "slug": "ryoshi-no-asa",
        "lead": "午前四時の氷見漁港から。",
        "date": "2026-11-01",
        "body": streamfield([("paragraph", rich_text("<p>定置網の船が戻ってくる。</p>"))]),
        "tags": "漁業",
        "related_links": inline_formset([]),
        "comments": inline_formset([]),
    }
    data.update(overrides)
    return nested_form_data(data)


def add_column_url(index):
    return reverse("wagtailadmin_pages:add", args=("columns", "columnpage", index.pk))


def test_migrations_create_the_groups_and_one_page_workflow():
    from django.contrib.auth.models import Group

    names = set(Group.objects.values_list("name", flat=True))
    assert set(roles.ALL_GROUPS) <= names
    # Wagtail's own "Editors"/"Moderators" were renamed, not duplicated.
    assert not names & {"Editors", "Moderators"}
    assert not Workflow.objects.filter(name="Moderators approval").exists()
    workflow = Workflow.objects.get(name=roles.PAGE_WORKFLOW)
    tasks = workflow.tasks.specific()
    assert len(tasks) == 1
    assert [g.name for g in tasks[0].groups.all()] == [roles.EDITORS]
    root = Page.get_first_root_node()
    assert root.get_workflow() == workflow


def test_writer_submits_a_column_and_cannot_publish_it(client, writer, column_index):
    client.force_login(writer)
    response = client.post(add_column_url(column_index), column_form(**{"action-publish": "1"}))
    # A publish request from a writer only saves a draft.
    assert response.status_code in (200, 302)
    page = ColumnPage.objects.get(slug="ryoshi-no-asa")
    assert not page.live

    edit_url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    response = client.post(edit_url, column_form(**{"action-submit": "1"}))
    assert response.status_code == 302
    page.refresh_from_db()
    assert not page.live
    assert page.current_workflow_state.status == "in_progress"
    assert page.current_workflow_task.name == roles.PAGE_WORKFLOW

    # The writer is not among the approvers.
    task_state = page.current_workflow_task_state
    approve_url = reverse(
        "wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk)
    )
    client.post(approve_url)
    page.refresh_from_db()
    assert not page.live
    assert not page.permissions_for_user(writer).can_publish()


def test_editor_approves_and_the_column_goes_live(client, writer, editor, column_index):
    client.force_login(writer)
    client.post(add_column_url(column_index), column_form(**{"action-submit": "1"}))
    page = ColumnPage.objects.get(slug="ryoshi-no-asa")
    assert not page.live
    assert client.get(f"{column_index.url}").content.decode().count("漁師の朝") == 0

    client.force_login(editor)
    task_state = page.current_workflow_task_state
    approve_url = reverse(
        "wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk)
    )
    client.post(approve_url, {"comment": "よく書けています"})
    page.refresh_from_db()
    assert page.live
    assert page.current_workflow_state is None
    client.logout()
    assert client.get(page.url).status_code == 200


def test_photographer_uploads_a_credited_image_and_cannot_publish(
    client, photographer, column_index
):
    person = Person.objects.create(name="中西 誠")
    client.force_login(photographer)
    response = client.post(
        reverse("wagtailimages:add"),
        {
            "title": "灘浦の朝",
            "file": SimpleUploadedFile("nadaura.jpg", jpeg_bytes(), content_type="image/jpeg"),
            "description": "朝日に染まる灘浦の海",
            "caption": "灘浦海岸",
            "credit_person": person.pk,
            "credit_text": "",
            "collection": 1,
            "tags": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    image = CreditedImage.objects.get(title="灘浦の朝")
    assert image.credit == "中西 誠"
    assert image.uploaded_by_user == photographer

    perms = column_index.permissions_for_user(photographer)
    assert not perms.can_add_subpage()
    assert not perms.can_publish()
    response = client.post(add_column_url(column_index), column_form(**{"action-publish": "1"}))
    assert response.status_code in (302, 403)
    assert not ColumnPage.objects.filter(slug="ryoshi-no-asa").exists()


def test_an_image_without_alt_text_is_refused(client, photographer):
    client.force_login(photographer)
    response = client.post(
        reverse("wagtailimages:add"),
        {
            "title": "説明なし",
            "file": SimpleUploadedFile("x.jpg", jpeg_bytes(), content_type="image/jpeg"),
            "description": "",
            "collection": 1,
        },
    )
    assert response.status_code == 200
    assert not CreditedImage.objects.filter(title="説明なし").exists()


def test_anonymous_visitors_never_see_a_draft(client, writer, column_index):
    client.force_login(writer)
    client.post(add_column_url(column_index), column_form(**{"action-submit": "1"}))
    page = ColumnPage.objects.get(slug="ryoshi-no-asa")
    client.logout()
    assert client.get("/columns/ryoshi-no-asa/").status_code == 404
    assert "漁師の朝" not in client.get("/columns/").content.decode()
    assert "漁師の朝" not in client.get("/columns/feed/").content.decode()
    assert "ryoshi-no-asa" not in client.get("/sitemap.xml").content.decode()
    results = client.get("/search/", {"q": "漁師の朝"}).content.decode()
    assert page.url_path not in results
    assert "/columns/ryoshi-no-asa/" not in results


def test_moderators_can_use_the_admin_but_not_edit_pages(client, moderator, column_index):
    client.force_login(moderator)
    assert client.get(reverse("wagtailadmin_home")).status_code == 200
    assert not column_index.permissions_for_user(moderator).can_edit()


def test_writers_work_in_the_sections_only(writer, column_index, about_page, home_page):
    assert column_index.permissions_for_user(writer).can_add_subpage()
    assert not about_page.permissions_for_user(writer).can_edit()
    assert not home_page.permissions_for_user(writer).can_add_subpage()
