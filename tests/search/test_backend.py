"""search.backends: Wagtail's database backend, with PostgreSQL's title-norm refresh made
safe for concurrent saves (the 50-submission test in tests/listings shows the deadlock it
prevents; these check that it still does the refresh's job)."""

import pytest

from django.contrib.contenttypes.models import ContentType
from django.db import connection

from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry

from listings.models import JobPosting
from search.backends import ConcurrentPostgresSearchBackend
from tests.factories.listings import make_posting

pytestmark = pytest.mark.django_db


def entry_for(posting):
    return IndexEntry.objects.get(
        content_type=ContentType.objects.get_for_model(JobPosting), object_id=str(posting.pk)
    )


def test_the_vendors_own_backend_is_used():
    backend = get_search_backend()
    if connection.vendor == "postgresql":
        assert isinstance(backend, ConcurrentPostgresSearchBackend)
    else:
        assert type(backend).__module__.startswith("modelsearch.backends.database.sqlite")


@pytest.mark.skipif(connection.vendor != "postgresql", reason="title norms are PostgreSQL's")
def test_saving_sets_the_title_norm_relative_to_the_average_title():
    short = make_posting(title="漁師")
    long = make_posting(title="漁師 見習い 未経験歓迎 寮あり")  # title words: split at spaces
    short_norm, long_norm = entry_for(short).title_norm, entry_for(long).title_norm
    # lavg / length: the shorter title weighs more; neither is left at the default 1.0.
    assert short_norm > 1.0 > long_norm


@pytest.mark.skipif(connection.vendor != "postgresql", reason="title norms are PostgreSQL's")
def test_a_row_left_at_the_default_is_refreshed_by_the_next_save():
    first = make_posting(title="漁師")
    IndexEntry.objects.filter(pk=entry_for(first).pk).update(title_norm=1.0)
    make_posting(title="農家 手伝い 短期")
    assert entry_for(first).title_norm != 1.0
