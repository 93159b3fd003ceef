from .choices import EmployeeBand, HandoverItem, Industry, RevenueBand, Status, Terms, Visibility
from .inquiries import InquiryStatus, InquiryStatusChange, SuccessionInquiry
from .pages import SuccessionIndexPage, SuccessionStoryPage

__all__ = [
    "EmployeeBand",
    "HandoverItem",
    "Industry",
    "InquiryStatus",
    "InquiryStatusChange",
    "RevenueBand",
    "Status",
    "SuccessionIndexPage",
    "SuccessionInquiry",
    "SuccessionStoryPage",
    "Terms",
    "Visibility",
]
