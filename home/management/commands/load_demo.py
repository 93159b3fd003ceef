"""Build the demo site: pages of DESIGN.md's URL map, people, images, columns, logins.

Idempotent: a second run finds what the first one made and changes nothing. The steps
live in home.demo.builders.STEPS; sections add their own there.

It makes logins with a password published in the README, so it runs only where such logins
may exist: with DEBUG on (a developer's machine), and on a database whose only users are
its own demo accounts. Both are facts of the running site, not of a settings module's name.
"""

import logging
import random
import time
from contextlib import contextmanager

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.test.utils import override_settings

DEFAULT_SEED = 2026


DEBUG_OFF = (
    "load_demo refuses to run with DEBUG off: it creates logins whose password is published "
    "in the README, which may exist only on a development machine. Run it with "
    "site_config.settings.dev (DEBUG on), as `make run` does."
)
BAD_DATA = (
    "load_demo cannot read its demo data, so it changed nothing. Correct the file and run it "
    "again: {error}"
)
FOREIGN_USERS = (
    "load_demo refuses to run on a database that has users other than its demo accounts "
    "({names}): it would add logins with a published password beside real ones. Use an "
    "empty database (`manage.py migrate` on a new one)."
)


def foreign_usernames():
    """Users that are not the demo's own accounts (same user name and e-mail as in
    home/demo/data/site.yaml): a real `admin` has another address."""
    from django.contrib.auth import get_user_model

    from home.demo import data

    demo = set(data.site().demo_accounts)
    users = get_user_model().objects.values_list("username", "email").order_by("username")
    return [username for username, email in users if (username, email) not in demo]


def seed_generators(seed):
    """Seed `random` and, where it is installed (it is a dev dependency), Faker."""
    random.seed(seed)
    try:
        from faker import Faker
    except ImportError:
        return
    Faker.seed(seed)


@contextmanager
def quiet_logging(quiet):
    """Hide the INFO lines that every page save logs (tasks, publishing) unless asked."""
    previous = logging.root.manager.disable
    if quiet:
        logging.disable(logging.INFO)
    try:
        yield
    finally:
        logging.disable(previous)


class Command(BaseCommand):
    help = "Fill the database with the demo site (Japanese content, drawn images, demo logins)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--seed",
            type=int,
            default=DEFAULT_SEED,
            help=f"Seed for the random drawings (default {DEFAULT_SEED}).",
        )
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing when the site already has a home page (what `make run` uses, "
            "so a second run keeps the edits made since).",
        )

    def handle(self, *args, seed, verbosity, if_empty=False, **options):
        self.verbosity = verbosity
        if not settings.DEBUG:
            raise CommandError(DEBUG_OFF)
        # Imported here, so that the check above runs before any model code is loaded.
        from home.demo import data
        from home.demo.builders import INDEX_STEPS, STEPS, DemoContext
        from home.demo.recruiting import NO_MAIL
        from home.models import HomePage

        # Before the users check: `make run` on a developer's own site, with logins of their
        # own, leaves it alone rather than failing.
        if if_empty and HomePage.objects.exists():
            self.stdout.write("The site has content already; the demo was not loaded again.")
            return
        # Every file is read before anything is built: a volunteer's typo in a YAML file
        # is reported with its file and line instead of a traceback halfway through.
        try:
            data.load_all()
        except data.DemoDataError as error:
            raise CommandError(BAD_DATA.format(error=error)) from error
        if names := foreign_usernames():
            shown = ", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")
            raise CommandError(FOREIGN_USERS.format(names=shown))

        started = time.monotonic()
        seed_generators(seed)
        ctx = DemoContext(seed=seed)
        # Made-up submissions and reviews must mail nobody, whatever the mailer settings
        # say, and queue nothing for the worker to send later; Wagtail's notices are queued
        # when the transaction commits, so the override covers the commit too.
        # The search index is rebuilt once at the end (INDEX_STEPS): the index task that
        # every save enqueues runs here and does nothing, instead of leaving hundreds of
        # tasks for the worker of `make run` to print.
        quiet_tasks = override_settings(
            TASKS={"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}},
            WAGTAILSEARCH_BACKENDS={
                name: {**backend, "AUTO_UPDATE": False}
                for name, backend in settings.WAGTAILSEARCH_BACKENDS.items()
            },
        )
        mail = override_settings(MAILERS=NO_MAIL, MAIL_SUPPRESSED=True)
        with quiet_logging(verbosity < 2), mail, quiet_tasks:
            with transaction.atomic():
                for step in STEPS:
                    self.log(f"{step.__name__} ...")
                    step(ctx)
            for step in INDEX_STEPS:
                self.log(f"{step.__name__} ...")
                step(ctx)
        if verbosity:
            self.print_summary(ctx, time.monotonic() - started)

    def log(self, message):
        if self.verbosity >= 2:
            self.stdout.write(message)

    def print_summary(self, ctx, seconds):
        kinds = list(dict.fromkeys(kind for kind, _ in ctx.tally))
        for kind in kinds:
            counts = {status: n for (k, status), n in ctx.tally.items() if k == kind}
            total = sum(counts.values())
            detail = ", ".join(f"{n} {status}" for status, n in counts.items())
            self.stdout.write(f"{kind}: {total} ({detail})")
        self.stdout.write(
            self.style.SUCCESS(f"Demo site ready in {seconds:.1f} s (seed {ctx.seed}).")
        )
