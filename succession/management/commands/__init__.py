"""purge_inquiries: personal data of closed inquiries removed after the retention period."""
