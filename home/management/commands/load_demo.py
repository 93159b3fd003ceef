"""Build the demo site: pages of DESIGN.md's URL map, people, images, columns, logins.

Idempotent: a second run finds what the first one made and changes nothing. The steps
live in home.demo.builders.STEPS; sections add their own there.
"""

import logging
import os
import random
import time
from contextlib import contextmanager

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

DEFAULT_SEED = 2026


def is_production():
    return os.environ.get("DJANGO_SETTINGS_MODULE", "").endswith("production") or getattr(
        settings, "PRODUCTION", False
    )


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
        if is_production():
            raise CommandError(
                "load_demo refuses to run with production settings: it creates logins with a "
                "published password. Use site_config.settings.dev."
            )
        # Imported here, so that the check above runs before any model code is loaded.
        from home.demo.builders import INDEX_STEPS, STEPS, DemoContext
        from home.models import HomePage

        if if_empty and HomePage.objects.exists():
            self.stdout.write("The site has content already; the demo was not loaded again.")
            return

        started = time.monotonic()
        seed_generators(seed)
        ctx = DemoContext(seed=seed)
        with quiet_logging(verbosity < 2):
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
