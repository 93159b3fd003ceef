import pytest

from tests.factories.listings import FeatureIndexPageFactory, PortalPageFactory


@pytest.fixture
def portal(home_page):
    return PortalPageFactory(parent=home_page)


@pytest.fixture
def feature_index(home_page):
    return FeatureIndexPageFactory(parent=home_page)
