"""A renewal publishes the approved version with a new deadline through Wagtail's revision
API: nothing but the deadline changes, and the history shows who renewed and when."""

import datetime

import pytest

from django.urls import reverse
from django.utils import timezone

from wagtail.models import ModelLogEntry

from listings.models.postings import end_of_day
from listings.services import renew
from tests.factories.listings import make_posting
from tests.listings.test_self_service import edit_data, open_manage

pytestmark = pytest.mark.django_db

DEADLINE_FIELDS = {"valid_through", "expire_at"}
# What Wagtail itself keeps on the object about its publishing, not the posting's content.
BOOKKEEPING = {
    "live",
    "has_unpublished_changes",
    "first_published_at",
    "last_published_at",
    "latest_revision",
    "live_revision",
    "expired",
    "go_live_at",
    "locked",
    "locked_at",
    "locked_by",
    "updated_at",
}


def deadline(days):
    return timezone.localdate() + datetime.timedelta(days=days)


def changed_fields(before, after):
    keys = before.keys() | after.keys()
    return {key for key in keys if before.get(key) != after.get(key)} - BOOKKEEPING


def test_a_renewal_keeps_the_approved_content_and_changes_only_the_deadline(client, portal):
    posting = make_posting("public", title="定置網の乗組員")
    approved = posting.live_revision
    # An edit waiting for review must not leak into the public version.
    url = open_manage(client, posting)
    client.post(f"{url}edit/", edit_data(client, url, posting, title="審査待ちの題"))
    posting.refresh_from_db()

    renew(posting, deadline(45))

    renewed = posting.live_revision
    assert renewed.pk != approved.pk
    assert changed_fields(approved.content, renewed.content) == DEADLINE_FIELDS
    public = renewed.as_object()
    assert public.title == "定置網の乗組員"
    assert public.valid_through == deadline(45)
    # Revision JSON keeps milliseconds: the end of that day, to the millisecond.
    assert abs(public.expire_at - end_of_day(deadline(45))) < datetime.timedelta(milliseconds=1)
    assert posting.title == "定置網の乗組員" and posting.valid_through == deadline(45)


def test_the_history_shows_the_renewal(client, portal, moderator):
    posting = make_posting("public")
    renew(posting, deadline(30))
    entry = ModelLogEntry.objects.for_instance(posting).order_by("-timestamp", "-pk").first()
    assert entry.action == "listings.renew"
    assert entry.revision_id == posting.live_revision_id
    assert entry.user is None  # the employer, through the private link

    client.force_login(moderator)
    history = reverse("wagtailsnippets_listings_jobposting:history", args=(posting.pk,))
    assert "事業者が掲載期間を延長しました" in client.get(history).content.decode()
