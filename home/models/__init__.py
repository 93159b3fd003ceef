from .corrections import (
    CorrectionReason,
    CorrectionRequest,
    CorrectionRequestPage,
    CorrectionStatus,
)
from .images import CreditedImage, CreditedRendition
from .inbound import InboundRecord, StatusChange
from .mixins import BasePage, ListingFields, SocialFields
from .pages import HomePage, StandardPage
from .partners import PartnerOrganization, Sector, StaffMembership
from .people import Person, PersonRole
from .settings import SiteSettings
from .supporters import Supporter, SupportersPage, SupporterStatus
from .transparency import TransparencyPage

__all__ = [
    "BasePage",
    "CorrectionReason",
    "CorrectionRequest",
    "CorrectionRequestPage",
    "CorrectionStatus",
    "CreditedImage",
    "CreditedRendition",
    "HomePage",
    "InboundRecord",
    "ListingFields",
    "PartnerOrganization",
    "Person",
    "PersonRole",
    "Sector",
    "SiteSettings",
    "SocialFields",
    "StaffMembership",
    "StandardPage",
    "StatusChange",
    "Supporter",
    "SupporterStatus",
    "SupportersPage",
    "TransparencyPage",
]
