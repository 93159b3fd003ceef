from .employers import Employer
from .features import FeatureIndexPage, JobFeaturePage
from .portal import PortalPage
from .postings import ClosedReason, Insurance, JobPosting, Source
from .taxonomies import Area, EmploymentType, JobCategory, WelcomeTag

__all__ = [
    "Area",
    "ClosedReason",
    "Employer",
    "EmploymentType",
    "FeatureIndexPage",
    "Insurance",
    "JobCategory",
    "JobFeaturePage",
    "JobPosting",
    "PortalPage",
    "Source",
    "WelcomeTag",
]
