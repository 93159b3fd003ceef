"""Replacing the file of a picture that published content shows is an editor's action
(home/staff/image_forms.py), per role; other changes stay open to photographers."""

import io

import pytest
from PIL import Image

from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.images.forms import get_image_form

from home.models import CreditedImage
from tests.factories import CreditedImageFactory, UserFactory

pytestmark = pytest.mark.django_db


def new_picture():
    buffer = io.BytesIO()
    Image.new("RGB", (60, 40), (200, 40, 40)).save(buffer, "PNG")
    return SimpleUploadedFile("new.png", buffer.getvalue(), content_type="image/png")


def edit_form(image, user, **changes):
    form_class = get_image_form(CreditedImage)
    data = {
        "title": image.title,
        "description": image.description,
        "collection": image.collection_id,
        "tags": "",
        **changes,
    }
    files = {"file": new_picture()} if changes.pop("replace", True) else {}
    data.pop("replace", None)
    return form_class(data=data, files=files, instance=image, user=user)


@pytest.fixture
def shown_on_home(home_page):
    image = CreditedImageFactory()
    home_page.hero_image = image
    home_page.save_revision().publish()
    return image


def test_a_photographer_cannot_replace_the_file_of_a_published_picture(shown_on_home, photographer):
    old_name = shown_on_home.file.name
    form = edit_form(shown_on_home, photographer)
    assert not form.is_valid()
    assert "編集部だけ" in str(form.errors["file"])
    shown_on_home.refresh_from_db()
    assert shown_on_home.file.name == old_name


def test_a_photographer_may_still_correct_its_words(shown_on_home, photographer):
    form = edit_form(shown_on_home, photographer, replace=False, title="氷見漁港の朝")
    assert form.is_valid(), form.errors
    form.save()
    shown_on_home.refresh_from_db()
    assert shown_on_home.title == "氷見漁港の朝"


@pytest.mark.parametrize("role", ["editor", "superuser"])
def test_editors_replace_the_file(shown_on_home, editor, role):
    user = editor if role == "editor" else UserFactory(superuser=True)
    old_name = shown_on_home.file.name
    form = edit_form(shown_on_home, user)
    assert form.is_valid(), form.errors
    form.save()
    shown_on_home.refresh_from_db()
    assert shown_on_home.file.name != old_name


def test_a_photographer_replaces_the_file_of_a_picture_nothing_published_shows(
    home_page, photographer
):
    unused = CreditedImageFactory()
    assert edit_form(unused, photographer).is_valid()


def test_a_draft_page_does_not_count_as_published(home_page, photographer):
    image = CreditedImageFactory()
    draft = home_page.add_child(instance=type(home_page)(title="下書き", slug="draft", live=False))
    draft.hero_image = image
    draft.save()
    assert edit_form(image, photographer).is_valid()
