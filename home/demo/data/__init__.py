"""Reads the demo site's YAML files beside this module, once per process, for the builders.

The texts live in YAML so that volunteers can edit them without touching Python; this
module turns them into what the builder steps use: page bodies into the compact block
tuples of home.demo.pages.stream, role constants into group names, small records into
tuples. Dates stay relative in the files (`days_ago`, `valid_days`, `days`) and are
counted from today by the builders, so the demo looks fresh whenever it is loaded (only
the partners' `since` is a fixed date).

A file that is not valid YAML, or lacks what the builders need, raises DemoDataError
naming the file (and the line, when YAML knows it); load_demo shows it as its error.
"""

import functools
from dataclasses import dataclass
from pathlib import Path

import yaml

from home import roles

DATA_DIR = Path(__file__).resolve().parent
PROJECT_DIR = DATA_DIR.parents[2]

# The files of each list, in the order the demo builds them: the index pages list columns
# by date, but features, postings and stories are made (and numbered) in this order.
COLUMN_FILES = ["columns_work", "columns_life"]
FEATURE_FILES = ["recruiting_features_sea", "recruiting_features_town"]
POSTING_FILES = ["recruiting_postings_sea", "recruiting_postings_road", "recruiting_postings_town"]
STORY_FILES = ["succession_seeking", "succession_settled"]
OTHER_FILES = ["site", "people", "images", "pages", "recruiting", "succession_inquiries"]
# The commons' part of the demo: partners, supporters, correction requests, transparency.
COMMONS_FILES = ["partners", "supporters", "corrections", "transparency"]
ALL_FILES = [
    *OTHER_FILES,
    *COMMONS_FILES,
    *COLUMN_FILES,
    *FEATURE_FILES,
    *POSTING_FILES,
    *STORY_FILES,
]

# Blocks with more than one value, written as a mapping in the files: the order of the
# values in the block tuple. The others (h2, h3, p, ul, partners, roles) hold one value.
BLOCK_FIELDS = {
    "img": ("image", "caption"),
    "quote": ("text", "attribution"),
    "qa": ("question", "speaker", "answer"),
    "cta": ("title", "text", "button", "target"),
}


class DemoDataError(ValueError):
    """A demo data file that cannot be read or lacks what the demo needs."""


@dataclass(frozen=True)
class SiteData:
    name: str
    home_slug: str
    site: dict
    settings: dict
    home: dict
    role_names: dict
    people: list
    images: list
    demo_password: str
    users: list
    # Every login the demo makes, as (user name, e-mail): `users` and the moderators that
    # home/demo/transparency.py makes. load_demo refuses a database with any other user.
    demo_accounts: list


@dataclass(frozen=True)
class RecruitingData:
    employers: list
    employer_contacts: dict
    workplaces: dict
    insurance_by_type: dict
    default_smoking: str
    default_trial: str
    apply_notes: dict
    features: list
    postings: list


@dataclass(frozen=True)
class SuccessionData:
    stories: list
    inquiries: list


@dataclass(frozen=True)
class PartnersData:
    partners: list
    # Demo user name -> the name of the partner organisation the user acts for.
    memberships: dict


@dataclass(frozen=True)
class SupportersData:
    logo: dict
    supporters: list


@dataclass(frozen=True)
class TransparencyData:
    # {username, email, last_name (None for a user of site.yaml), share}, in file order.
    moderators: list
    reject_comments: list


def shown(name):
    """The file's path as a reader finds it in the checkout: home/demo/data/NAME.yaml."""
    path = DATA_DIR / f"{name}.yaml"
    return str(path.relative_to(PROJECT_DIR) if path.is_relative_to(PROJECT_DIR) else path)


@functools.cache
def read(name):
    """The top-level mapping of DATA_DIR/NAME.yaml (read once per process)."""
    path = DATA_DIR / f"{name}.yaml"
    try:
        with path.open(encoding="utf-8") as stream:
            data = yaml.safe_load(stream)
    except OSError as error:
        raise DemoDataError(f"{shown(name)}: {error.strerror}") from error
    except yaml.YAMLError as error:
        raise DemoDataError(f"{shown(name)}{where(error)}: {problem(error)}") from error
    if not isinstance(data, dict):
        raise DemoDataError(f"{shown(name)}: the file must be a mapping of names to content")
    return data


def where(error):
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    return f", line {mark.line + 1}, column {mark.column + 1}" if mark else ""


def problem(error):
    parts = [getattr(error, "context", None), getattr(error, "problem", None)]
    return ", ".join(part for part in parts if part) or str(error)


def value(name, key):
    """`key` of the file NAME, or an error that says which file lacks it."""
    data = read(name)
    if key not in data:
        raise DemoDataError(f"{shown(name)}: `{key}` is missing")
    return data[key]


def blocks(name, items):
    """Block tuples for home.demo.pages.stream from the file's `- kind: value` items."""
    result = []
    for item in items:
        if not isinstance(item, dict) or len(item) != 1:
            raise DemoDataError(f"{shown(name)}: a body block is not one `kind: value`: {item!r}")
        ((kind, content),) = item.items()
        if kind not in BLOCK_FIELDS:
            result.append((kind, content))
            continue
        missing = [field for field in BLOCK_FIELDS[kind] if field not in content]
        if missing:
            raise DemoDataError(f"{shown(name)}: a {kind} block lacks {', '.join(missing)}")
        result.append((kind, *(content[field] for field in BLOCK_FIELDS[kind])))
    return result


def with_blocks(name, spec):
    """`spec` with its `body` (if any) as block tuples."""
    if "body" not in spec:
        return spec
    return {**spec, "body": blocks(name, spec["body"])}


def steps(spec):
    """Status steps as (status, days after receipt, note), the order the builders walk;
    a step with no `note` keeps none in the history."""
    return [(step["status"], step["days_after"], step.get("note", "")) for step in spec["steps"]]


def record(name, spec, required, optional=None):
    """One entry of the file NAME with its `optional` defaults filled in, or an error that
    names the file and the entry when it lacks a `required` key or has an unknown one."""
    optional = optional or {}
    if not isinstance(spec, dict):
        raise DemoDataError(f"{shown(name)}: an entry is not a mapping: {spec!r}")
    label = spec.get("name") or spec.get("username") or spec.get("details") or spec
    missing = [key for key in required if key not in spec]
    if missing:
        raise DemoDataError(f"{shown(name)}: {label!r} lacks {', '.join(missing)}")
    unknown = [key for key in spec if key not in required and key not in optional]
    if unknown:
        raise DemoDataError(f"{shown(name)}: {label!r} has unknown {', '.join(unknown)}")
    return {**optional, **spec}


def choice(name, spec, key, choices):
    """`spec[key]`, which must be one of the values of the model field's TextChoices."""
    if spec[key] not in choices.values:
        allowed = ", ".join(choices.values)
        raise DemoDataError(f"{shown(name)}: {key} {spec[key]!r} is not one of {allowed}")
    return spec[key]


def listed(files, key):
    return [(name, spec) for name in files for spec in value(name, key)]


@functools.cache
def site():
    users = [
        {**spec, "groups": [group_name(group) for group in spec["groups"]]}
        for spec in value("site", "users")
    ]
    accounts = [*users, *(spec for spec in transparency().moderators if spec["last_name"])]
    return SiteData(
        name=value("site", "site_name"),
        home_slug=value("site", "home_slug"),
        site=value("site", "site"),
        settings=value("site", "site_settings"),
        home=with_blocks("site", value("site", "home")),
        role_names=value("people", "role_names"),
        people=value("people", "people"),
        images=value("images", "images"),
        demo_password=value("site", "demo_password"),
        users=users,
        demo_accounts=[(spec["username"], spec["email"]) for spec in accounts],
    )


def group_name(constant):
    """The group a user's `groups` entry names: a constant of home.roles, e.g. EDITORS."""
    name = getattr(roles, constant, None) if constant.isupper() else None
    if name not in roles.ALL_GROUPS:
        raise DemoDataError(f"{shown('site')}: {constant!r} is not a role of home/roles.py")
    return name


@functools.cache
def tree():
    """The page tree under the home page: nodes of slug, model, fields, children."""

    def nodes(items):
        return [
            {
                **node,
                "fields": with_blocks("pages", node["fields"]),
                **({"children": nodes(node["children"])} if "children" in node else {}),
            }
            for node in items
        ]

    return nodes(value("pages", "tree"))


@functools.cache
def columns():
    return [with_blocks(name, spec) for name, spec in listed(COLUMN_FILES, "columns")]


@functools.cache
def recruiting():
    contacts = value("recruiting", "employer_contacts")
    return RecruitingData(
        employers=value("recruiting", "employers"),
        employer_contacts={
            org: (contact["access"], contact["contact_person"]) for org, contact in contacts.items()
        },
        workplaces=value("recruiting", "workplaces"),
        insurance_by_type=value("recruiting", "insurance_by_type"),
        default_smoking=value("recruiting", "default_smoking"),
        default_trial=value("recruiting", "default_trial"),
        apply_notes=value("recruiting", "apply_notes"),
        features=[with_blocks(name, spec) for name, spec in listed(FEATURE_FILES, "features")],
        postings=[
            {**spec, "wage": (spec["wage"]["min"], spec["wage"]["max"], spec["wage"]["unit"])}
            for _, spec in listed(POSTING_FILES, "postings")
        ],
    )


@functools.cache
def succession():
    return SuccessionData(
        stories=[with_blocks(name, spec) for name, spec in listed(STORY_FILES, "stories")],
        inquiries=[
            {**spec, "steps": steps(spec)} for spec in value("succession_inquiries", "inquiries")
        ],
    )


@functools.cache
def partners():
    from home.models import Sector

    fields = ["name", "sector", "role", "description", "since", "sort_order", "staff"]
    specs = [record("partners", spec, fields) for spec in value("partners", "partners")]
    memberships = {}
    for spec in specs:
        choice("partners", spec, "sector", Sector)
        for username in spec["staff"]:
            if username in memberships:
                raise DemoDataError(f"{shown('partners')}: {username!r} is staff of two partners")
            memberships[username] = spec["name"]
    return PartnersData(
        partners=[{key: spec[key] for key in fields if key != "staff"} for spec in specs],
        memberships=memberships,
    )


@functools.cache
def supporters():
    from home.commons.models.supporters import SupporterKind

    required = ["kind", "name", "kana", "email", "support_kinds", "days_ago", "steps"]
    optional = {"url": "", "message": "", "consent_listing": True, "employer": "", "logo": False}
    specs = []
    for spec in value("supporters", "supporters"):
        spec = record("supporters", spec, required, optional)
        choice("supporters", spec, "kind", SupporterKind)
        specs.append({**spec, "steps": steps(spec)})
    logo = record(
        "supporters", value("supporters", "logo"), ["title", "description", "credit_text"]
    )
    return SupportersData(logo=logo, supporters=specs)


@functools.cache
def corrections():
    """The correction requests, in the order of their submission keys."""
    from home.models import CorrectionReason

    required = ["kind", "index", "reason", "details", "days_ago", "steps"]
    optional = {"contact_name": "", "contact_email": ""}
    specs = []
    for spec in value("corrections", "requests"):
        spec = record("corrections", spec, required, optional)
        choice("corrections", spec, "reason", CorrectionReason)
        specs.append({**spec, "steps": steps(spec)})
    return specs


@functools.cache
def transparency():
    """The history's moderators (the ones site.yaml has not made with their e-mail and
    last name) and the comments of its rejections."""
    site_users = {spec["username"]: spec for spec in value("site", "users")}
    moderators = []
    for spec in value("transparency", "moderators"):
        known = spec.get("username") in site_users
        required = ["username", "share"] if known else ["username", "email", "last_name", "share"]
        spec = record("transparency", spec, required)
        if known:
            spec = {**spec, "email": site_users[spec["username"]]["email"], "last_name": None}
        moderators.append(spec)
    return TransparencyData(
        moderators=moderators, reject_comments=value("transparency", "reject_comments")
    )


# What the builders read, each converted once per process.
READERS = [
    site,
    tree,
    columns,
    recruiting,
    succession,
    partners,
    supporters,
    corrections,
    transparency,
]


def clear_cache():
    """Forget what was read, so that the files are read again (after a test changed them)."""
    for cached in (read, *READERS):
        cached.cache_clear()


def load_all():
    """Read and convert every file, so that a mistake shows before the demo builds."""
    for name in ALL_FILES:
        read(name)
    for reader in READERS:
        reader()
