"""Every part of the site can be reached: the supporters page from the footer, the posting
form from the home page's call to action, and the documentation from the README, inside
the repository (issue 12, part 8)."""

import re
from pathlib import Path

import pytest

from django.core.management import call_command
from django.test import Client

from wagtail.models import Site

from home.models import HomePage
from tests.form_cases import _supporters

ROOT = Path(__file__).resolve().parents[2]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
CTA_TITLE = "求人を無料で掲載する"


def call_to_action_href(html, title):
    """The button's address in the call-to-action box whose heading is `title`."""
    for box in re.findall(r'<aside class="block-cta">.*?</aside>', html, re.S):
        if f">{title}</p>" in box:
            return re.search(r'href="([^"]+)"', box).group(1)
    return None


@pytest.mark.django_db
def test_the_footer_links_the_supporters_page(client, home_page):
    _supporters(home_page)
    html = client.get("/").content.decode()
    footer = html[html.index("<footer") :]
    assert re.search(r'<a href="/supporters/">サポーター</a>', footer)


@pytest.mark.django_db
def test_the_home_page_sends_employers_to_the_form_even_on_an_older_demo(demo_allowed):
    call_command("load_demo", verbosity=0)
    client = Client()
    html = client.get("/").content.decode()
    assert call_to_action_href(html, CTA_TITLE) == "/portal/submit/"
    assert client.get("/portal/submit/").status_code == 200
    assert client.get("/supporters/").status_code == 200
    # A demo loaded before the fix pointed the button at the list of postings; loading the
    # demo again puts it right.
    home = HomePage.objects.get()
    portal = Site.objects.get(is_default_site=True).root_page.get_children().get(slug="portal")
    for block in home.body:
        if block.block_type == "call_to_action" and block.value["title"] == CTA_TITLE:
            block.value["page"] = portal
    home.save_revision().publish()
    assert call_to_action_href(client.get("/").content.decode(), CTA_TITLE) == "/portal/"
    call_command("load_demo", verbosity=0)
    assert call_to_action_href(client.get("/").content.decode(), CTA_TITLE) == "/portal/submit/"


def test_the_docs_exist_and_are_linked_from_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "(docs/architecture.md)" in readme and "(docs/guide-ja.md)" in readme
    assert {path.name for path in DOCS} >= {"README.md", "architecture.md", "guide-ja.md"}


@pytest.mark.parametrize("document", DOCS, ids=lambda path: path.name)
def test_no_link_leaves_the_repository(document):
    text = document.read_text(encoding="utf-8")
    assert "../shared" not in text and "/work/" not in text
    # Every relative link names a file that is in the repository.
    for target in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", text):
        if re.match(r"[a-z]+:", target):
            continue  # http(s), mailto
        path = (document.parent / target).resolve()
        assert path.is_relative_to(ROOT) and path.exists(), target
