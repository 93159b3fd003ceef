"""Fixtures of the correction-request tests (test_corrections*.py)."""

import pytest

from home.models import CorrectionRequestPage
from tests.factories.listings import make_posting

CORRECTIONS_THANKS = "ご依頼を受け付けました。"


@pytest.fixture
def corrections_page(about_page):
    page = about_page.add_child(
        instance=CorrectionRequestPage(
            title="情報の訂正・削除の依頼",
            slug="corrections",
            intro="<p>掲載審査の担当者が確認します。</p>",
            thank_you=f"<p>{CORRECTIONS_THANKS}</p>",
        )
    )
    page.save_revision().publish()
    return page


@pytest.fixture
def quick(settings):
    settings.FORM_MIN_FILL_SECONDS = 0
    settings.FORM_RATE_LIMITS = {
        "correction-address": (100, 3600),
        "correction-email": (100, 3600),
    }
    return settings


@pytest.fixture
def posting(portal, corrections_page):
    return make_posting(title="定置網の乗組員", employer_name="灘浦水産")
