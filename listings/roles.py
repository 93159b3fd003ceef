"""The name of the 「掲載審査」 workflow on postings. listings migration 0003 builds it and
the recruiting permissions from its own frozen copy of the data (see home.roles)."""

POSTING_WORKFLOW = "掲載審査"
