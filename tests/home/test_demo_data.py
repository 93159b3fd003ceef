"""The demo's YAML files: each one loads as plain data, and a broken one is reported by
load_demo with its file and line, before anything is built."""

import shutil

import pytest
import yaml

from django.core.management import CommandError, call_command

from home.demo import data
from home.demo.pages import stream
from home.models import HomePage


@pytest.fixture
def data_copy(tmp_path, monkeypatch):
    """The demo files copied to a directory the test may break; read afresh from there."""
    for path in data.DATA_DIR.glob("*.yaml"):
        shutil.copy(path, tmp_path)
    monkeypatch.setattr(data, "DATA_DIR", tmp_path)
    data.clear_cache()
    yield tmp_path
    data.clear_cache()


def test_every_demo_file_is_plain_yaml_and_read_by_the_loader():
    files = sorted(data.DATA_DIR.glob("*.yaml"))
    assert {path.stem for path in files} == set(data.ALL_FILES)
    for path in files:
        with path.open(encoding="utf-8") as stream_:
            assert isinstance(yaml.safe_load(stream_), dict), path.name
        assert len(path.read_text(encoding="utf-8").splitlines()) <= 400, path.name


def test_the_loader_turns_every_body_into_stream_data():
    bodies = [data.site().home["body"], *(spec["body"] for spec in data.columns())]
    bodies += [spec["body"] for spec in data.recruiting().features]
    bodies += [spec["body"] for spec in data.succession().stories]
    nodes = list(data.tree())
    while nodes:
        node = nodes.pop()
        bodies.append(node["fields"].get("body", []))
        nodes.extend(node.get("children", []))
    for index, body in enumerate(bodies):
        # Unknown block kinds or missing values raise here, not halfway through load_demo.
        assert len(stream(f"body/{index}", body, lambda key: 1, lambda key: 1)) == len(body)
    assert data.site().demo_password == "demo-pass-2026"  # noqa: S105 -- the README's


def test_a_broken_demo_file_is_named_with_its_line(data_copy):
    path = data_copy / "columns_life.yaml"
    lines = path.read_text(encoding="utf-8").splitlines()
    line = next(number for number, text in enumerate(lines, 1) if text.startswith("- slug:"))
    lines[line - 1] += ": : oops ["
    path.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(data.DemoDataError, match=rf"columns_life\.yaml, line {line}, column"):
        data.load_all()


@pytest.mark.django_db
def test_load_demo_reports_a_broken_file_and_builds_nothing(data_copy, demo_allowed):
    (data_copy / "succession_inquiries.yaml").write_text("inquiries:\n  - story: [\n")
    with pytest.raises(CommandError, match=r"succession_inquiries\.yaml, line 3, column 1"):
        call_command("load_demo", verbosity=0)
    assert not HomePage.objects.exists()


def test_a_user_group_must_be_a_role(data_copy):
    path = data_copy / "site.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("[EDITORS]", "[editors]"), encoding="utf-8"
    )
    with pytest.raises(data.DemoDataError, match=r"site\.yaml: 'editors' is not a role"):
        data.site()


def test_a_partner_sector_must_be_a_choice(data_copy):
    path = data_copy / "partners.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("sector: government", "sector: city"),
        encoding="utf-8",
    )
    with pytest.raises(data.DemoDataError, match=r"partners\.yaml: sector 'city' is not one of"):
        data.load_all()


def test_a_supporter_with_a_misspelt_key_is_named(data_copy):
    path = data_copy / "supporters.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("  consent_listing:", "  consent_listng:", 1),
        encoding="utf-8",
    )
    with pytest.raises(data.DemoDataError, match=r"supporters\.yaml: '坂下 真理子' has unknown"):
        data.supporters()


def test_the_history_moderators_are_demo_accounts(data_copy):
    path = data_copy / "transparency.yaml"
    text = path.read_text(encoding="utf-8").replace("moderator3", "moderator4")
    path.write_text(text, encoding="utf-8")
    accounts = dict(data.site().demo_accounts)
    assert accounts["moderator4"] == "moderator4@example.jp"
    assert "moderator3" not in accounts
    assert accounts["moderator"] == "moderator@example.jp"  # site.yaml's, named once
