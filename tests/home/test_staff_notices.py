"""Notices to staff: one mail per person for each submission, sent only once it is stored,
and every notice links to the record in the admin on WAGTAILADMIN_BASE_URL (issue 12,
part 4)."""

from collections import Counter

import pytest

from django.core import mail
from django.db import transaction
from django.test import TestCase
from django.urls import reverse

from wagtail.models import Workflow

from home import roles
from home.commons.corrections import send_request_mails
from home.commons.supporters import send_application_mails
from home.models import CorrectionRequest, Supporter
from listings.models import JobPosting
from succession.services import send_inquiry_mails
from tests.factories import UserFactory
from tests.factories.listings import JobPostingFactory
from tests.factories.succession import (
    SuccessionIndexPageFactory,
    SuccessionInquiryFactory,
    SuccessionStoryPageFactory,
)
from tests.listings.conftest import quick_forms, submit_page  # noqa: F401 (fixtures)
from tests.listings.submission_data import valid_form

pytestmark = pytest.mark.django_db

ADMIN = "https://kanri.himi.example"


@pytest.fixture(autouse=True)
def _admin_address(settings):
    settings.WAGTAILADMIN_BASE_URL = ADMIN


def recipients():
    return Counter(address for message in mail.outbox for address in message.to)


@pytest.mark.usefixtures("submit_page", "quick_forms")
def test_a_public_submission_sends_each_moderator_one_notice_after_it_is_stored(
    client, moderator, writer, django_capture_on_commit_callbacks
):
    second = UserFactory(username="moderator2", groups=[roles.MODERATORS])
    admin = UserFactory(username="admin", superuser=True)
    both = UserFactory(username="chief", superuser=True, groups=[roles.MODERATORS])
    with django_capture_on_commit_callbacks() as after_commit:
        client.post("/portal/submit/", {**valid_form(), "step": "submit"})
    assert mail.outbox == []  # nothing leaves while the submission is being stored
    for callback in after_commit:
        callback()
    staff = [moderator, second, admin, both]
    counts = recipients()
    assert {user.email: counts[user.email] for user in staff} == {u.email: 1 for u in staff}
    assert counts[writer.email] == 0
    posting = JobPosting.objects.get()
    edit = f"{ADMIN}{reverse('wagtailsnippets_listings_jobposting:edit', args=(posting.pk,))}"
    for message in mail.outbox:
        if message.to != ["owner@example.jp"]:
            assert edit in message.body
            assert posting.title in message.subject


def test_a_submission_that_is_rolled_back_mails_nobody(
    moderator, django_capture_on_commit_callbacks
):
    with (
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        posting = JobPostingFactory()
        posting.save_revision(user=None)
        posting.get_workflow().start(posting, user=None)
        raise RuntimeError("the save failed after the workflow started")
    assert mail.outbox == []


def test_a_page_sent_for_approval_reaches_each_editor_and_superuser_once(
    column_index, writer, editor, django_capture_on_commit_callbacks
):
    admin = UserFactory(username="admin", superuser=True)
    page = column_index.get_children().first() or column_index
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision(user=writer)
        Workflow.objects.get(name=roles.PAGE_WORKFLOW).start(page, writer)
    counts = recipients()
    assert (counts[editor.email], counts[admin.email], counts[writer.email]) == (1, 1, 0)
    [to_editor] = [message for message in mail.outbox if message.to == [editor.email]]
    assert f"{ADMIN}/admin/pages/{page.pk}/edit/" in to_editor.body


def test_the_succession_inquiry_notice_links_to_the_inquiry(home_page, settings):
    settings.WAGTAILADMIN_BASE_URL = f"{ADMIN}/"  # a trailing slash is not doubled
    story = SuccessionStoryPageFactory(parent=SuccessionIndexPageFactory(parent=home_page))
    inquiry = SuccessionInquiryFactory(story=story)
    with TestCase.captureOnCommitCallbacks(execute=True):
        send_inquiry_mails(inquiry, "editors@example.jp")
    [notice] = [message for message in mail.outbox if message.to == ["editors@example.jp"]]
    url = reverse("succession_inquiries:edit", args=(inquiry.pk,))
    assert f"管理画面で開いて対応してください: {ADMIN}{url}" in notice.body
    assert inquiry.email not in notice.body  # personal data stays in the admin


def test_the_supporter_and_correction_notices_link_to_their_records(moderator, settings):
    settings.WAGTAILADMIN_BASE_URL = f"{ADMIN}/"
    supporter = Supporter.objects.create(
        name="応援 太郎", kana="オウエン タロウ", email="ouen@example.jp"
    )
    record = CorrectionRequest.objects.create(
        target_title="定置網の乗組員", reason="inaccurate", details="電話番号が違います。"
    )
    with TestCase.captureOnCommitCallbacks(execute=True):
        send_application_mails(supporter, "editors@example.jp")
        send_request_mails(record, "editors@example.jp")
    to_editors = [message for message in mail.outbox if message.to == ["editors@example.jp"]]
    supporter_url = reverse("supporters:edit", args=(supporter.pk,))
    record_url = reverse("correction_requests:edit", args=(record.pk,))
    assert [f"{ADMIN}{supporter_url}" in message.body for message in to_editors] == [True, False]
    assert [f"{ADMIN}{record_url}" in message.body for message in to_editors] == [False, True]
