"""Find-or-create helpers, so that a second run of the demo loader changes nothing.

Values are compared before they are set: a page gets a new revision only when its
content differs from what is stored, and StreamField blocks get ids derived from their
place, so the same content serialises to the same JSON on every run.
"""

import uuid
from html import escape

from django.db import models

from taggit.managers import TaggableManager
from wagtail.fields import StreamField
from wagtail.models import Page

# A fixed namespace for block ids: uuid5(BLOCK_IDS, "columns/<slug>/body/3").
BLOCK_IDS = uuid.UUID("4b1f6a2e-2f36-4d5e-9a43-0c6b0e8e2026")


def assign(obj, values):
    """Set `values` on `obj` without saving it; return True if anything differed.

    Understands plain fields, foreign keys (given objects or None), many-to-many and
    tag fields (given lists), and StreamFields (given raw block data).
    """
    changed = False
    for name, value in values.items():
        field = obj._meta.get_field(name)
        if isinstance(field, TaggableManager):
            manager = getattr(obj, name)
            if set(manager.names()) != set(value):
                manager.set(list(value))
                changed = True
        elif field.many_to_many:
            manager = getattr(obj, name)
            if {item.pk for item in manager.all()} != {item.pk for item in value}:
                manager.set(value)
                changed = True
        elif isinstance(field, StreamField):
            if getattr(obj, name).get_prep_value() != value:
                setattr(obj, name, value)
                changed = True
        elif isinstance(field, models.ForeignKey):
            if getattr(obj, field.attname) != (value.pk if value is not None else None):
                setattr(obj, name, value)
                changed = True
        elif getattr(obj, name) != value:
            setattr(obj, name, value)
            changed = True
    return changed


def child_page(parent, model, slug, title, replace=False):
    """The child of `parent` with `slug`, created as a draft if missing.

    With `replace`, a child of another type is deleted first, with its subtree: that is
    how a later section swaps its placeholder `StandardPage` for its own page type.
    Returns (page, created).
    """
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        page = existing.specific
        if isinstance(page, model):
            return page, False
        if not replace:
            raise ValueError(f"{page.url_path} is a {type(page).__name__}, not a {model.__name__}")
        page.delete()
    page = model(slug=slug, title=title, live=False)
    parent.add_child(instance=page)
    return page, True


def publish(page, values):
    """Set `values` and publish a revision if anything changed or nothing is live yet.

    Returns True when a revision was published.
    """
    # Publishing saves a copy that takes its tree fields from this instance, and another
    # step may have added children or moved pages since it was read.
    page.refresh_from_db(fields=["path", "depth", "numchild", "url_path"])
    changed = assign(page, values)
    if changed or not page.live or page.live_revision_id is None or page.has_unpublished_changes:
        page.save_revision().publish()
        return True
    return False


def order_children(parent, slugs):
    """Put the children with `slugs` last under `parent`, in that order, moving pages
    only when the order is wrong (moving rewrites tree paths)."""
    present = list(parent.get_children().filter(slug__in=slugs).values_list("slug", flat=True))
    if present == [slug for slug in slugs if slug in present]:
        return
    for slug in slugs:
        page = parent.get_children().filter(slug=slug).first()
        if page is not None:
            page.move(Page.objects.get(pk=parent.pk), pos="last-child")


def paragraph(text):
    return f"<p>{escape(text, quote=False)}</p>"


def bullet_list(items):
    return "<ul>" + "".join(f"<li>{escape(item, quote=False)}</li>" for item in items) + "</ul>"


def stream(key, blocks, image_id, page_id):
    """Raw StreamField data for `ArticleStreamBlock` from compact block tuples (what
    home.demo.data makes of the `body` lists in the YAML files):

    ("h2", text), ("h3", text), ("p", text), ("ul", [items]), ("img", image key, caption),
    ("quote", text, attribution), ("qa", question, speaker, answer),
    ("cta", title, text, button label, page key or https URL), ("partners", heading),
    ("roles", heading) (about pages: StandardPageStreamBlock).

    `image_id` and `page_id` turn keys into primary keys.
    """
    data = []
    for index, (kind, *args) in enumerate(blocks):
        block_type, value = _block(kind, args, image_id, page_id)
        block_id = str(uuid.uuid5(BLOCK_IDS, f"{key}/{index}"))
        data.append({"type": block_type, "value": value, "id": block_id})
    return data


def _block(kind, args, image_id, page_id):
    match kind:
        case "h2" | "h3":
            return "heading", {"text": args[0], "level": kind}
        case "p":
            return "paragraph", paragraph(args[0])
        case "ul":
            return "paragraph", bullet_list(args[0])
        case "img":
            return "image", {"image": image_id(args[0]), "caption": args[1]}
        case "quote":
            return "quote", {"text": args[0], "attribution": args[1]}
        case "qa":
            question, speaker, answer = args
            return "interview", {
                "question": question,
                "speaker": speaker,
                "answer": paragraph(answer),
            }
        case "cta":
            title, text, label, target = args
            external = target.startswith("https://")
            return "call_to_action", {
                "title": title,
                "text": text,
                "button_label": label,
                "page": None if external else page_id(target),
                "external_url": target if external else "",
            }
        case "partners" | "roles":
            return kind, {"heading": args[0]}
    raise ValueError(f"Unknown demo block kind {kind!r}")
