"""Normalising what people type into query strings and forms."""

import unicodedata


def clean_query_text(raw, max_length=100):
    """NFKC-normalised, single-spaced text without control characters, cut to `max_length`.

    NFKC turns full-width letters and digits into their usual forms; control characters
    go because PostgreSQL rejects NUL in a query and none of them mean anything here.
    """
    text = unicodedata.normalize("NFKC", raw or "")
    text = "".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in text)
    return " ".join(text.split())[:max_length]
