"""The layout the README's Layout table promises (issue 14): every module says in its first
line what it holds, no file grows past 400 lines, and `home` (the bottom room, which every
section builds on) imports no section."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
APPS = ("home", "listings", "succession", "columns", "search", "site_config")
SECTIONS = ("listings", "succession", "columns", "search")
MAX_LINES = 400
# Generated or vendored: catalogues, locks, migrations, measured results.
NOT_WRITTEN_BY_HAND = (".po", ".mo", ".lock", ".json", ".png", ".jpg", ".svg", ".ico")


def tracked_files():
    """The project's own files: the apps, templates, tests, bench and docs (not .venv,
    media or collected static files)."""
    found = []
    for top in (*APPS, "templates", "tests", "bench", "docs"):
        found += [
            path
            for path in (ROOT / top).rglob("*")
            if path.is_file() and "__pycache__" not in path.parts
        ]
    return found


def app_modules():
    return [
        path
        for path in tracked_files()
        if path.suffix == ".py"
        and path.relative_to(ROOT).parts[0] in APPS
        and "migrations" not in path.parts
    ]


@pytest.fixture(scope="module")
def modules():
    found = app_modules()
    assert len(found) > 100  # the listing works: these apps have well over 100 modules
    return found


def test_every_module_says_what_it_holds(modules):
    missing = [
        str(path.relative_to(ROOT))
        for path in modules
        if not (ast.get_docstring(ast.parse(path.read_text())) or "").strip()
    ]
    assert missing == []


def test_no_file_is_over_400_lines():
    long = {
        str(path.relative_to(ROOT)): count
        for path in tracked_files()
        if not path.name.endswith(NOT_WRITTEN_BY_HAND)
        and "migrations" not in path.parts
        and (count := len(path.read_bytes().splitlines())) > MAX_LINES
    }
    assert long == {}


def imported_modules(path):
    tree = ast.parse(path.read_text())
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.module


def test_home_imports_no_section(modules):
    upward = {
        f"{path.relative_to(ROOT)}: {name}"
        for path in modules
        if path.relative_to(ROOT).parts[0] == "home"
        for name in imported_modules(path)
        if name.split(".")[0] in SECTIONS
    }
    assert upward == set()
