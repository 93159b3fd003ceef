"""Browser tests: Playwright (from PyPI) driving the Debian chromium.

Playwright's own browser downloads are never used (`playwright install` is not run): the
tests launch /usr/bin/chromium and skip, saying why, on a machine without it. CI installs
it (.ci/run). Screenshots of each step go to test-artifacts/browser/.
"""

from pathlib import Path

import pytest

from django.db import connections

from wagtail.models import Site

from home.models import SiteSettings
from listings.models import SubmissionFormPage
from tests.factories.listings import PortalPageFactory

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "browser"


@pytest.fixture
def browser_page(monkeypatch):
    """A fresh Chromium page (Japanese locale, a phone-to-desktop friendly width)."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium fonts-noto-cjk)")
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="playwright is not installed (pip install -e .[dev])"
    )
    # Playwright's sync API runs an asyncio event loop in the test's own thread. Django
    # sees a running loop there and refuses every ORM call from that thread with
    # SynchronousOnlyOperation, although the test's queries are plain blocking calls made
    # between browser steps, never inside a coroutine, and the live server answers the
    # browser from threads of its own. This tells Django the calls are safe. It is set only
    # while a browser test runs (monkeypatch undoes it), so no other test is affected.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        context = browser.new_context(locale="ja-JP", viewport={"width": 1280, "height": 900})
        context.set_default_timeout(15_000)
        page = context.new_page()
        try:
            yield page
        finally:
            context.close()
            browser.close()
            # Inside Playwright's context the test's ORM calls get connections of their own
            # (Django keeps them in context variables): close them here, or PostgreSQL
            # refuses to drop the test database at the end of the run.
            connections.close_all()


@pytest.fixture
def screenshot(browser_page):
    """screenshot("form") saves test-artifacts/browser/NN-form.png, numbered in order."""
    taken = []

    def take(name):
        taken.append(name)
        path = ARTIFACTS / f"{len(taken):02d}-{name}.png"
        browser_page.screenshot(path=path, full_page=True)
        return path

    return take


POSTING_THANKS = "受け付けました。審査のあと公開します。"


@pytest.fixture
def posting_form_page(home_page, settings):
    """Home page (with default site settings), the portal and its posting form at
    /portal/submit/, with no minimum fill time."""
    settings.FORM_MIN_FILL_SECONDS = 0
    SiteSettings.objects.get_or_create(site=Site.objects.get(is_default_site=True))
    portal = PortalPageFactory(parent=home_page)
    page = portal.add_child(
        instance=SubmissionFormPage(
            title="求人を掲載する",
            slug="submit",
            rules="<p>法令に反する求人は掲載できません。</p>",
            thank_you=f"<p>{POSTING_THANKS}</p>",
        )
    )
    page.save_revision().publish()
    return page
