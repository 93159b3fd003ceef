"""Wagtail's database search backend, with two changes on PostgreSQL: many postings can
be saved at the same moment, and unranked matches on analysed text read one column.

After each insert, modelsearch's PostgreSQL index recomputes `title_norm` for every index
row still at its default of 1.0: rows that other transactions, saving other objects at the
same time, have locked and not yet committed. Two such transactions wait for each other's
rows and PostgreSQL kills one of them (measured: 25 of 50 public submissions failed when
ten were in flight at once; tests/listings/test_submission_concurrency.py). Japanese
titles are one word before analysis, so their weight often works out at exactly 1.0 and
every save rewrote most of the table. Here a save refreshes the rows it wrote; the other
weights follow the average title length again at the nightly `update_index`.

Use it as WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] = "search.backends"; on SQLite and
MySQL it is exactly Wagtail's database backend.
"""

from modelsearch.backends.database import SearchBackend as database_search_backend
from modelsearch.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.utils import get_content_type_pk

from django.db import connection
from django.db.models import Avg, F
from django.db.models.functions import Length


def SearchBackend(params):  # noqa: N802 - the name Wagtail's backend loader looks for
    if connection.vendor == "postgresql":
        return ConcurrentPostgresSearchBackend(params)
    return database_search_backend(params)


class ConcurrentPostgresIndex(PostgresIndex):
    """Refreshes the title weights of the rows this call wrote, and only those."""

    _written = None  # (content type pk, [object ids]) while add_items() runs

    def add_items(self, model, objs):
        # A new index object is made for every add (BaseSearchBackend.get_index_for_model),
        # so this state is never shared between threads.
        self._written = (get_content_type_pk(model), [str(obj.pk) for obj in objs])
        try:
            super().add_items(model, objs)
        finally:
            self._written = None

    def _refresh_title_norms(self, full=False):
        if full or self._written is None:  # update_index: the whole table, as Wagtail does
            return super()._refresh_title_norms(full=full)
        titled = self.entries.annotate(title_length=Length("title")).filter(title_length__gt=0)
        average = titled.aggregate(Avg("title_length"))["title_length__avg"]
        content_type, object_ids = self._written
        titled.filter(content_type_id=content_type, object_id__in=object_ids).update(
            title_norm=average / F("title_length")
        )


def carries_analysed_text(model):
    """True if the model indexes `search_text` (home.japanese.analysis), which holds its title's
    words as well: its index body then matches whatever its title does."""
    return any(field.field_name == "search_text" for field in model.get_search_fields())


class AnalysedTextQueryCompiler(PostgresSearchQueryCompiler):
    """Matches the index body alone for models that carry analysed text, when results are
    not ranked. Wagtail matches `title || body`, a concatenation computed for every row
    that a query reads: counting the postings that match 氷見 (70% of 10,000) took 40 ms
    in that alone. The body has a GIN index of its own and needs no concatenation."""

    def get_index_vectors(self, search_query):
        vectors = super().get_index_vectors(search_query)
        if self.order_by_relevance or not carries_analysed_text(self.queryset.model):
            return vectors
        return [(vector, boost) for vector, boost in vectors if vector.name.endswith("body")]


class ConcurrentPostgresSearchBackend(PostgresSearchBackend):
    index_class = ConcurrentPostgresIndex
    query_compiler_class = AnalysedTextQueryCompiler
