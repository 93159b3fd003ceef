"""search.backends: Wagtail's database backend, with PostgreSQL's title-norm refresh made
safe for concurrent saves (the 50-submission test in tests/listings shows the deadlock it
prevents; these check that it still does the refresh's job)."""

import re

import pytest

from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection

from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry

from listings.models import JobPosting
from search.backends import ConcurrentPostgresSearchBackend
from search.query import matching_pks
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
    long = make_posting(title="漁師 見習い 未経験歓迎 寮あり")  # title words: split at spaces
    short = make_posting(title="漁師")
    # lavg / length when saved: 4 / 4 for the first, (4 + 1) / 2 / 1 for the second.
    assert entry_for(long).title_norm == 1.0
    assert entry_for(short).title_norm == 2.5


@pytest.mark.skipif(connection.vendor != "postgresql", reason="title norms are PostgreSQL's")
def test_a_save_touches_only_its_own_rows_and_update_index_all_of_them():
    """Touching other rows is what made concurrent saves deadlock."""
    first = make_posting(title="漁師")
    IndexEntry.objects.filter(pk=entry_for(first).pk).update(title_norm=1.0)
    make_posting(title="農家 手伝い 短期")
    assert entry_for(first).title_norm == 1.0
    call_command("update_index", verbosity=0)
    assert entry_for(first).title_norm != 1.0


def test_update_index_builds_the_index_and_gives_the_planner_statistics():
    posting = make_posting(title="漁師")
    IndexEntry.objects.all().delete()
    call_command("update_index", verbosity=0)
    assert entry_for(posting)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT reltuples FROM pg_class WHERE relname = 'wagtailsearch_indexentry'"
            )
            assert cursor.fetchone()[0] >= 1  # -1 means "never analysed"
        else:
            cursor.execute("SELECT count(*) FROM sqlite_stat1")
            assert cursor.fetchone()[0] > 0


@pytest.mark.skipif(connection.vendor != "postgresql", reason="a PostgreSQL index")
def test_each_search_matches_an_expression_that_a_gin_index_covers():
    """Pages are matched on `title || body` (search/migrations/0001 indexes it); postings,
    which carry analysed text, on `body` alone (Wagtail's own index). If Wagtail changed
    the expressions, the indexes would silently go unused."""
    pages = Page.objects.filter(pk__in=matching_pks(Page.objects.all(), "漁師"))
    assert re.search(r'\("\w+"\."title" \|\| "\w+"\."body"\) @@ ', str(pages.query))
    postings = JobPosting.objects.filter(pk__in=matching_pks(JobPosting.objects.all(), "漁師"))
    sql = str(postings.query)
    assert re.search(r' "\w+"\."body" @@ ', sql) and '"title" ||' not in sql, sql
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexname, indexdef FROM pg_indexes WHERE indexdef LIKE '%gin%'")
        definitions = dict(cursor.fetchall())
    assert definitions["search_indexentry_title_body_gin"].endswith("gin (((title || body)))")
    assert any(d.endswith("gin (body)") for d in definitions.values()), definitions


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's compiler")
def test_ranked_searches_still_weigh_the_title():
    backend = get_search_backend()
    results = backend.search("漁師", JobPosting.objects.all(), order_by_relevance=True)
    sql = str(results.get_queryset().query)
    assert re.search(r'\("\w+"\."title" \|\| "\w+"\."body"\) @@ ', sql), sql
