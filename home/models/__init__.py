"""The models of the `home` app: the shell's here, and those of its rooms imported so that
Django finds them (the commons, the inbound-record history and the outbox of
home.public_forms)."""

from home.commons.models.corrections import (
    CorrectionReason,
    CorrectionRequest,
    CorrectionRequestPage,
    CorrectionStatus,
)
from home.commons.models.partners import PartnerOrganization, Sector, StaffMembership
from home.commons.models.supporters import Supporter, SupportersPage, SupporterStatus
from home.commons.models.transparency import TransparencyPage
from home.public_forms.outbox import OutgoingMail
from home.public_forms.records import InboundRecord

from .images import CreditedImage, CreditedRendition
from .mixins import BasePage, ListingFields, SocialFields
from .pages import HomePage, StandardPage
from .people import Person, PersonRole
from .sections import SectionIndexPage
from .settings import SiteSettings

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
    "OutgoingMail",
    "PartnerOrganization",
    "Person",
    "PersonRole",
    "Sector",
    "SectionIndexPage",
    "SiteSettings",
    "SocialFields",
    "StaffMembership",
    "StandardPage",
    "Supporter",
    "SupporterStatus",
    "SupportersPage",
    "TransparencyPage",
]
