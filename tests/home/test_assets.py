"""Pages stay light and load nothing from other hosts."""

import re
from pathlib import Path

import pytest

from django.conf import settings

from tests.factories import CreditedImageFactory, make_column

pytestmark = pytest.mark.django_db

STATIC = Path(settings.BASE_DIR) / "site_config" / "static"
ASSET_TAG = re.compile(r"<(?:link|script|img|source|iframe)\b[^>]*>")
ASSET_ATTRIBUTE = re.compile(r'\s(?:src|href|srcset)="([^"]+)"')
# Links that name a page rather than load something.
NOT_ASSETS = ('rel="canonical"', 'rel="alternate"')


def asset_urls(html):
    for tag in ASSET_TAG.findall(html):
        if any(marker in tag for marker in NOT_ASSETS):
            continue
        for value in ASSET_ATTRIBUTE.findall(tag):
            for candidate in value.split(","):
                yield candidate.strip().split(" ")[0]


def test_our_css_is_under_30_kb():
    total = sum(path.stat().st_size for path in STATIC.rglob("*.css"))
    assert 0 < total < 30 * 1024


def test_no_font_or_remote_url_in_our_css():
    for path in STATIC.rglob("*.css"):
        text = path.read_text()
        assert "@font-face" not in text and "@import" not in text
        assert not re.search(r"url\(\s*['\"]?(https?:)?//", text), path


def test_pages_load_assets_only_from_this_site(client, column_index, about_page):
    image = CreditedImageFactory()
    column = make_column(column_index, title="資産", listing_image=image)
    for url in ["/", "/columns/", column.url, "/about/", "/search/?q=x", "/missing/"]:
        html = client.get(url).content.decode()
        targets = list(asset_urls(html))
        assert any(t.endswith(".css") for t in targets)
        for target in targets:
            assert target.startswith("/") and not target.startswith("//"), (url, target)
