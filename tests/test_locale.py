"""The Japanese catalogues are complete, and their compiled files match them.

Two catalogues: ours (locale/ja/, written by makemessages) and the hand-kept one of Wagtail's
admin strings (locale/wagtail/ja/), whose every msgid must still exist in the installed
packages, or the entry would silently stop taking effect.
"""

import ast
import gettext
import importlib.util
import struct
from functools import cache
from pathlib import Path

import pytest

from django.conf import settings
from django.utils import translation

PO_FILE = Path(settings.BASE_DIR) / "locale" / "ja" / "LC_MESSAGES" / "django.po"
WAGTAIL_PO_FILE = (
    Path(settings.BASE_DIR) / "locale" / "wagtail" / "ja" / "LC_MESSAGES" / "django.po"
)
CATALOGUES = pytest.mark.parametrize("po_file", [PO_FILE, WAGTAIL_PO_FILE], ids=["ours", "wagtail"])
# The packages whose admin strings the hand-kept catalogue may translate.
ADMIN_PACKAGES = ("wagtail", "axes", "django", "taggit", "django_filters")


def parse_po(path):
    """Entries of a .po file as dicts: msgctxt, msgid, msgid_plural, msgstr[n], flags."""
    entries, entry, key = [], None, None
    for raw in path.read_text(encoding="utf-8").splitlines() + [""]:
        line = raw.strip()
        if not line:
            if entry and "msgid" in entry:
                entries.append(entry)
            entry, key = None, None
            continue
        entry = entry if entry is not None else {"flags": set()}
        if line.startswith("#,"):
            entry["flags"].update(flag.strip() for flag in line[2:].split(","))
        elif line.startswith("#"):
            continue
        elif line.startswith('"'):
            entry[key] += ast.literal_eval(line)
        else:
            key, _, value = line.partition(" ")
            entry[key] = ast.literal_eval(value)
    return [e for e in entries if e["msgid"]]  # drop the header


def translated(catalogue, entry):
    """The entry's msgid (in its context, in the singular) looked up in a catalogue."""
    msgid, context = entry["msgid"], entry.get("msgctxt")
    if "msgid_plural" in entry:
        if context is not None:
            return catalogue.npgettext(context, msgid, entry["msgid_plural"], 1)
        return catalogue.ngettext(msgid, entry["msgid_plural"], 1)
    if context is not None:
        return catalogue.pgettext(context, msgid)
    return catalogue.gettext(msgid)


def msgstr(entry):
    return entry.get("msgstr", entry.get("msgstr[0]"))


def key(entry):
    return entry.get("msgctxt"), entry["msgid"], entry.get("msgid_plural")


@cache
def installed_msgids():
    """(msgctxt, msgid, msgid_plural) of every string the admin packages translate.

    Read from one catalogue per locale directory of each installed package: the English
    one (the source strings), else the Japanese one, else any (django-axes ships neither).
    A package's catalogue lists all of its msgids, in Python code and in templates alike.
    """
    msgids = set()
    for name in ADMIN_PACKAGES:
        spec = importlib.util.find_spec(name)
        if spec is None or not spec.submodule_search_locations:
            continue
        for package_dir in spec.submodule_search_locations:
            for locale_dir in Path(package_dir).glob("**/locale"):
                shipped = sorted(locale_dir.glob("*/LC_MESSAGES/django.po"))
                preferred = [p for p in shipped if p.parts[-3] in ("en", "ja")]
                for po in preferred[:1] or shipped[:1]:
                    msgids.update(key(entry) for entry in parse_po(po))
    return msgids


@CATALOGUES
def test_catalogue_has_no_untranslated_or_fuzzy_entries(po_file):
    entries = parse_po(po_file)
    assert len(entries) > 100
    fuzzy = [e["msgid"] for e in entries if "fuzzy" in e["flags"]]
    assert fuzzy == []
    untranslated = [
        e["msgid"] for e in entries if not all(v for k, v in e.items() if k.startswith("msgstr"))
    ]
    assert untranslated == []


@CATALOGUES
def test_compiled_catalogue_matches_the_source(po_file):
    mo_file = po_file.with_suffix(".mo")
    with mo_file.open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    entries = parse_po(po_file)
    for entry in entries:
        assert translated(compiled, entry) == msgstr(entry), entry["msgid"]
    # Nothing compiled that the .po no longer has: a .mo counts its strings (with the
    # header) in the third 32-bit word, in the byte order its magic number shows.
    head = mo_file.read_bytes()[:12]
    order = "<" if struct.unpack("<I", head[:4])[0] == gettext.GNUTranslations.LE_MAGIC else ">"
    assert struct.unpack(f"{order}3I", head)[2] == len(entries) + 1


def test_every_wagtail_admin_msgid_exists_in_the_installed_packages():
    """An entry whose msgid Wagtail renamed or dropped would no longer translate anything."""
    known = installed_msgids()
    assert len(known) > 1000
    missing = [key(entry) for entry in parse_po(WAGTAIL_PO_FILE) if key(entry) not in known]
    assert missing == []


def test_a_string_in_both_catalogues_reads_the_same_in_both():
    """The hand-kept catalogue comes first in LOCALE_PATHS: a msgid our own code shares
    with Wagtail would silently take its Japanese on our screens too."""
    ours = {key(entry): msgstr(entry) for entry in parse_po(PO_FILE)}
    differing = [
        (entry["msgid"], msgstr(entry), ours[key(entry)])
        for entry in parse_po(WAGTAIL_PO_FILE)
        if key(entry) in ours and ours[key(entry)] != msgstr(entry)
    ]
    assert differing == []


def test_django_uses_our_catalogue():
    with translation.override("ja"):
        assert translation.gettext("Skip to content") == "本文へ移動"
