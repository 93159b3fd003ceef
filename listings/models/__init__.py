"""The recruiting models, gathered so that Django and the other apps find them in one place."""

from .employers import Employer
from .features import FeatureIndexPage, JobFeaturePage
from .portal import PortalPage
from .postings import ClosedReason, Insurance, JobPosting, Source
from .submission import SubmissionFormPage
from .taxonomies import Area, EmploymentType, JobCategory, WelcomeTag
from .tokens import ManagementToken

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
    "ManagementToken",
    "PortalPage",
    "Source",
    "SubmissionFormPage",
    "WelcomeTag",
]
