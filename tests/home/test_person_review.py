"""A person's name, bio and portrait appear under published articles: a writer's change is a
draft until 編集部 approves it in 「編集部承認」 (home/models/people.py), per role."""

import pytest

from django.urls import reverse

from wagtail.models import WorkflowContentType

from home import roles
from home.models import Person
from tests.factories import PersonFactory

pytestmark = pytest.mark.django_db

OLD_BIO = "氷見生まれ。漁港の朝を撮り続けている。"
NEW_BIO = "書き換えた紹介文。"


@pytest.fixture
def person(db):
    return PersonFactory(bio=OLD_BIO)


def edit(client, person, **action):
    url = reverse("wagtailsnippets_home_person:edit", args=(person.pk,))
    data = {"name": person.name, "kana": person.kana, "bio": NEW_BIO, "portrait": "", **action}
    return client.post(url, data)


def test_people_are_reviewed_in_the_editors_workflow():
    workflow = WorkflowContentType.objects.get(content_type__model="person").workflow
    assert workflow.name == roles.PAGE_WORKFLOW


def test_a_writers_edit_stays_a_draft(client, writer, person):
    client.force_login(writer)
    assert edit(client, person).status_code == 302
    person.refresh_from_db()
    assert person.bio == OLD_BIO and person.has_unpublished_changes
    assert person.latest_revision.as_object().bio == NEW_BIO


def test_a_writer_cannot_publish_even_by_forging_the_button(client, writer, person):
    client.force_login(writer)
    edit(client, person, **{"action-publish": "1"})
    person.refresh_from_db()
    assert person.bio == OLD_BIO


def test_an_editor_approves_what_a_writer_submitted(client, writer, editor, person):
    client.force_login(writer)
    assert edit(client, person, **{"action-submit": "1"}).status_code == 302
    person.refresh_from_db()
    assert person.current_workflow_state.status == "in_progress"
    assert person.bio == OLD_BIO

    task = person.current_workflow_task
    task.on_action(person.current_workflow_task_state, editor, "approve")
    person = Person.objects.get(pk=person.pk)
    assert person.bio == NEW_BIO and person.live and not person.has_unpublished_changes


def test_editors_publish_people_directly(client, editor, person):
    client.force_login(editor)
    edit(client, person, **{"action-publish": "1"})
    person.refresh_from_db()
    assert person.bio == NEW_BIO
