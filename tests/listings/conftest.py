import pytest


@pytest.fixture
def submit_page(portal):
    from listings.models import SubmissionFormPage

    page = portal.add_child(
        instance=SubmissionFormPage(
            title="求人を掲載する",
            slug="submit",
            intro="<p>無料で掲載できます。</p>",
            rules="<p>法令に反する求人は掲載できません。</p>",
            thank_you="<p>受け付けました。審査をお待ちください。</p>",
        )
    )
    page.save_revision().publish()
    return page


@pytest.fixture
def quick_forms(settings):
    """No minimum fill time and generous limits, for tests that post many forms."""
    settings.FORM_MIN_FILL_SECONDS = 0
    settings.FORM_RATE_LIMITS = {
        "submit-address": (1000, 3600),
        "submit-email": (1000, 3600),
        "lost-link-address": (1000, 3600),
        "lost-link-email": (1000, 3600),
    }
    return settings
