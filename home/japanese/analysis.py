"""Japanese text analysis for the search index: words, not runs of characters.

Wagtail's database backends (SQLite FTS5 and PostgreSQL alike) split text only at spaces
and punctuation, so 「氷見市で漁師の仕事を募集しています。」 is one token and 漁師 finds
nothing. We split Japanese into words with SudachiPy (mode A, the shortest units, so 富山
inside 富山市 and 経験 inside 未経験 are words of their own), at index time and at query
time alike, and meet both sides on the same normalised forms:

- NFKC and lower case (全角/半角, ＩＴ = it),
- katakana folded to hiragana (ウドン = うどん),
- Sudachi's normalised form beside the surface form (引越し = 引っ越し, 饂飩 = うどん).

This module imports nothing of ours, so any app's search fields can use it.
"""

import functools
import threading
import unicodedata

# Parts of speech that are never words to search for.
SKIPPED_POS = {"補助記号", "空白"}
KATAKANA_TO_HIRAGANA = {code: code - 0x60 for code in range(ord("ァ"), ord("ヶ") + 1)}


@functools.cache
def _dictionary():
    """Sudachi's core dictionary, loaded once per process on first use."""
    from sudachipy import Dictionary

    return Dictionary(dict="core")


_local = threading.local()


def _tokenizer():
    """A mode-A tokenizer for this thread: Sudachi's tokenizers must not be shared between
    threads (a threaded server analyses several requests at once)."""
    tokenizer = getattr(_local, "tokenizer", None)
    if tokenizer is None:
        from sudachipy import SplitMode

        tokenizer = _local.tokenizer = _dictionary().tokenizer(mode=SplitMode.A)
    return tokenizer


def fold(text):
    """NFKC, lower case, katakana as hiragana."""
    return unicodedata.normalize("NFKC", text).lower().translate(KATAKANA_TO_HIRAGANA)


def words(text):
    """[(surface, normalised)] for each word of `text`, both folded."""
    if not text:
        return []
    clean = unicodedata.normalize("NFKC", text)
    # Sudachi refuses very long inputs; analyse in pieces cut at line ends.
    result = []
    for chunk in _chunks(clean):
        for morpheme in _tokenizer().tokenize(chunk):
            if morpheme.part_of_speech()[0] in SKIPPED_POS:
                continue
            surface = fold(morpheme.surface()).strip()
            if surface:
                result.append((surface, fold(morpheme.normalized_form()).strip() or surface))
    return result


def _chunks(text, size=4000):
    while len(text) > size:
        cut = text.rfind("\n", 0, size)
        cut = cut if cut > 0 else size
        yield text[:cut]
        text = text[cut:]
    if text:
        yield text


# Wagtail reads an object's `search_text` three times while indexing it (title, body,
# plain-text copies); the cache makes that one analysis. Keyed by the text itself, so an
# edited object is analysed afresh.
@functools.lru_cache(maxsize=256)
def analyze(text):
    """What goes into the index: every surface and normalised form, space-separated."""
    forms = []
    for surface, normalised in words(text):
        forms.append(surface)
        if normalised != surface:
            forms.append(normalised)
    return " ".join(forms)


def query_terms(text):
    """The query as word groups: each group is the set of forms one word may take. A
    document matches when it has some form of every word."""
    groups = []
    for surface, normalised in words(text):
        group = tuple(dict.fromkeys([surface, normalised]))
        if group not in groups:
            groups.append(group)
    return groups


def searchable_text(obj, names):
    """The analysed text of some fields (or methods) of `obj`, for a `search_text` method.
    StreamFields and rich text give their text without markup, as Wagtail indexes them."""
    parts = []
    for name in names:
        value = getattr(obj, name, None)
        if callable(value):
            value = value()
        if value in (None, ""):
            continue
        try:
            field = obj._meta.get_field(name)
        except Exception:  # a method or property, not a model field
            field = None
        if hasattr(field, "get_searchable_content"):
            parts.extend(str(text) for text in field.get_searchable_content(value))
        else:
            parts.append(str(value))
    return analyze("\n".join(parts))
