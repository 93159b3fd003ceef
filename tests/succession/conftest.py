import pytest

from tests.factories.succession import SuccessionIndexPageFactory


@pytest.fixture
def succession_index(home_page):
    return SuccessionIndexPageFactory(parent=home_page)


@pytest.fixture
def site_editorial_address(home_page):
    from wagtail.models import Site

    from home.models import SiteSettings

    settings = SiteSettings.for_site(Site.objects.get())
    settings.editorial_email = "editors@example.jp"
    settings.save()
    return settings.editorial_email
