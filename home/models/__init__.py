from .images import CreditedImage, CreditedRendition
from .mixins import BasePage, ListingFields, SocialFields
from .pages import HomePage, StandardPage
from .people import Person, PersonRole
from .settings import SiteSettings

__all__ = [
    "BasePage",
    "CreditedImage",
    "CreditedRendition",
    "HomePage",
    "ListingFields",
    "Person",
    "PersonRole",
    "SiteSettings",
    "SocialFields",
    "StandardPage",
]
