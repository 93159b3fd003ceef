"""Wagtail's `update_index`, then fresh planner statistics (ANALYZE).

SQLite keeps no statistics unless something runs ANALYZE, and without them its planner
probes the full-text table once per index row: a search over 10,000 postings took seconds
instead of milliseconds (bench/README.md). PostgreSQL's autovacuum gets there on its own,
but only some time after a rebuild. Run nightly from cron (README, Production), this
keeps both current as the site grows.
"""

from django.db import connection

from wagtail.search.management.commands.update_index import Command as WagtailUpdateIndex


class Command(WagtailUpdateIndex):
    help = "Rebuild the search index, then refresh the planner's statistics."

    def handle(self, **options):
        super().handle(**options)
        # The whole database: the search subqueries join the index to the pages and
        # postings tables, whose sizes the planner needs as well. A second or two here.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        if options["verbosity"]:
            self.stdout.write("Planner statistics refreshed (ANALYZE).")
