"""Wagtail's database search backend, with one change on PostgreSQL so that many postings
can be saved at the same moment.

After each insert, modelsearch's PostgreSQL index recomputes `title_norm` for every index
row still at its default of 1.0: rows that other transactions, saving other objects at the
same time, have locked and not yet committed. Two such transactions wait for each other's
rows and PostgreSQL kills one of them (measured: 25 of 50 public submissions failed when
ten were in flight at once; tests/listings/test_submission_concurrency.py). Here each
transaction skips the rows another one holds; that one refreshes its own rows itself.

Use it as WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] = "search.backends"; on SQLite and
MySQL it is exactly Wagtail's database backend.
"""

from modelsearch.backends.database import SearchBackend as database_search_backend
from modelsearch.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
)

from django.db import connection, transaction
from django.db.models import Avg, F
from django.db.models.functions import Length


def SearchBackend(params):  # noqa: N802 - the name Wagtail's backend loader looks for
    if connection.vendor == "postgresql":
        return ConcurrentPostgresSearchBackend(params)
    return database_search_backend(params)


class ConcurrentPostgresIndex(PostgresIndex):
    def _refresh_title_norms(self, full=False):
        if full:  # update_index: one process, the whole table, as Wagtail does it
            return super()._refresh_title_norms(full=True)
        titled = self.entries.annotate(title_length=Length("title")).filter(title_length__gt=0)
        average = titled.aggregate(Avg("title_length"))["title_length__avg"]
        with transaction.atomic(using=self.write_connection.alias):
            free = (
                self.entries.filter(title_norm=1.0).select_for_update(skip_locked=True).values("pk")
            )
            titled.filter(pk__in=free).update(title_norm=average / F("title_length"))


class ConcurrentPostgresSearchBackend(PostgresSearchBackend):
    index_class = ConcurrentPostgresIndex
