"""The demo site's Japanese texts, as data. All people and businesses are fictional;
the places are real places in Himi."""

from . import columns_life, columns_work
from .pages import TREE
from .site import (
    DEMO_PASSWORD,
    HOME,
    HOME_SLUG,
    IMAGES,
    PEOPLE,
    ROLE_NAMES,
    SITE,
    SITE_SETTINGS,
    USERS,
)

# Each column has its own `days_ago`; the index page lists them newest first.
COLUMNS = [*columns_work.COLUMNS, *columns_life.COLUMNS]

__all__ = [
    "COLUMNS",
    "DEMO_PASSWORD",
    "HOME",
    "HOME_SLUG",
    "IMAGES",
    "PEOPLE",
    "ROLE_NAMES",
    "SITE",
    "SITE_SETTINGS",
    "TREE",
    "USERS",
]
