"""A short excerpt of a result with the searched words marked."""

import re
import unicodedata

from django.utils.html import escape
from django.utils.safestring import mark_safe

from home.japanese.analysis import KATAKANA_TO_HIRAGANA

HIRAGANA_TO_KATAKANA = {v: k for k, v in KATAKANA_TO_HIRAGANA.items()}
EXCERPT_LENGTH = 110


def _variants(term):
    yield term
    yield term.translate(HIRAGANA_TO_KATAKANA)


def excerpt(text, terms, length=EXCERPT_LENGTH):
    """Up to `length` characters of `text` around the first searched word, escaped, with
    every searched word in <mark>."""
    text = " ".join(unicodedata.normalize("NFKC", text or "").split())
    if not text:
        return ""
    words = sorted(
        {v for term in terms for v in _variants(term) if v.strip()}, key=len, reverse=True
    )
    pattern = re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE) if words else None
    first = pattern.search(text) if pattern else None
    start = max(0, (first.start() if first else 0) - length // 3)
    window = text[start : start + length]
    prefix = "…" if start else ""
    suffix = "…" if start + length < len(text) else ""
    if pattern is None:
        return escape(prefix + window + suffix)
    parts, last = [], 0
    for match in pattern.finditer(window):
        parts.append(escape(window[last : match.start()]))
        parts.append(f"<mark>{escape(match.group(0))}</mark>")
        last = match.end()
    parts.append(escape(window[last:]))
    return mark_safe(escape(prefix) + "".join(parts) + escape(suffix))  # noqa: S308
