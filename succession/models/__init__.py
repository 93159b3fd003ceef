"""The succession models, gathered so that Django and the other apps find them in one place."""

from .choices import EmployeeBand, HandoverItem, Industry, RevenueBand, Status, Terms, Visibility
from .inquiries import InquiryStatus, SuccessionInquiry
from .pages import SuccessionIndexPage, SuccessionStoryPage

__all__ = [
    "EmployeeBand",
    "HandoverItem",
    "Industry",
    "InquiryStatus",
    "RevenueBand",
    "Status",
    "SuccessionIndexPage",
    "SuccessionInquiry",
    "SuccessionStoryPage",
    "Terms",
    "Visibility",
]
