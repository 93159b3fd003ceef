"""The steps of `manage.py load_demo`. Each takes the DemoContext and may run again.

A later section adds its own step to STEPS (for example after `build_columns`), reading
what it needs from the context: `ctx.pages["features"]`, `ctx.people["matsui"]`,
`ctx.images["harbor-dawn"]`. Section models are looked up by name with `apps.get_model`,
so `home` still imports none of the section apps (DESIGN.md, dependency direction).
"""

import datetime
import io
import random
from collections import Counter
from dataclasses import dataclass, field

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.files.images import ImageFile
from django.core.management import call_command
from django.utils import timezone

from wagtail.fields import StreamField
from wagtail.models import Collection, Page, Site

from home.models import CreditedImage, HomePage, Person, PersonRole, SiteSettings

from . import data
from .corrections import build_correction_requests
from .images import draw_scene, jpeg_bytes
from .pages import assign, child_page, order_children, publish, stream
from .partners import build_partners
from .recruiting import build_employers, build_features, build_postings
from .renditions import make_renditions
from .succession import build_succession_inquiries, build_succession_stories
from .supporters import build_supporters
from .transparency import build_transparency_history

WELCOME_PAGE_TITLE = "Welcome to your new Wagtail site!"


@dataclass
class DemoContext:
    """What the steps share: the seed, and what earlier steps built, by content key."""

    seed: int
    people: dict = field(default_factory=dict)
    images: dict = field(default_factory=dict)
    pages: dict = field(default_factory=dict)
    new_pages: set = field(default_factory=set)
    tally: Counter = field(default_factory=Counter)

    def rng(self, *parts):
        """A generator for one drawing, so adding an image does not change the others."""
        return random.Random(":".join(map(str, (self.seed, *parts))))

    def count(self, kind, created, changed):
        status = "created" if created else "updated" if changed else "unchanged"
        self.tally[kind, status] += 1

    def image_id(self, key):
        return self.images[key].pk

    def page_id(self, key):
        return self.pages[key].pk

    def resolve(self, model, key, values):
        """Field values from content data: keys of images and people become objects,
        block tuples become raw StreamField data (block ids derive from `key`)."""
        resolved = {}
        for name, value in values.items():
            model_field = model._meta.get_field(name)
            related = model_field.related_model if model_field.is_relation else None
            if isinstance(model_field, StreamField):
                value = stream(f"{key}/{name}", value, self.image_id, self.page_id)
            elif related is CreditedImage:
                value = self.images[value] if value else None
            elif related is Person and model_field.many_to_many:
                value = [self.people[person] for person in value]
            elif related is Person:
                value = self.people[value] if value else None
            resolved[name] = value
        return resolved


def build_people(ctx):
    """Writers, photographers, editors and interviewees, matched by name."""
    for spec in data.site().people:
        roles = [
            PersonRole.objects.get_or_create(
                slug=slug, defaults={"name": data.site().role_names[slug]}
            )[0]
            for slug in spec["roles"]
        ]
        person = Person.objects.filter(name=spec["name"]).first()
        created = person is None
        if created:
            person = Person(name=spec["name"])
        changed = assign(person, {"kana": spec["kana"], "bio": spec["bio"], "roles": roles})
        if created or changed:
            person.save()
        ctx.people[spec["key"]] = person
        ctx.count("people", created, changed)


def build_images(ctx):
    """Pictures drawn with Pillow, in the root collection; an image already stored under
    the same title is reused, not drawn again."""
    collection = Collection.get_first_root_node()
    for spec in data.site().images:
        image = CreditedImage.objects.filter(title=spec["title"]).first()
        created = image is None
        if created:
            picture = draw_scene(
                spec["scene"], ctx.rng("image", spec["key"]), **spec.get("options", {})
            )
            image = CreditedImage(
                title=spec["title"],
                file=ImageFile(io.BytesIO(jpeg_bytes(picture)), name=f"demo-{spec['key']}.jpg"),
            )
            image._set_image_file_metadata()
        credit = spec.get("credit")
        changed = assign(
            image,
            {
                "description": spec["description"],
                "caption": spec["caption"],
                "credit_person": ctx.people[credit] if credit else None,
                "credit_text": spec.get("credit_text", ""),
                "collection": collection,
            },
        )
        if created or changed:
            image.save()
        ctx.images[spec["key"]] = image
        ctx.count("images", created, changed)


def build_home(ctx):
    """Replace Wagtail's welcome page with our HomePage and point the default site at it.
    The home page's content is published by `fill_pages`, once its links exist."""
    root = Page.get_first_root_node()
    welcome = Page.objects.filter(
        depth=2, title=WELCOME_PAGE_TITLE, content_type=ContentType.objects.get_for_model(Page)
    )
    for page in welcome:
        # Sites cascade with their root page: move them off before deleting it.
        Site.objects.filter(root_page=page).update(root_page=root)
        page.delete()
        ctx.tally["welcome page", "deleted"] += 1

    home = HomePage.objects.first()
    if home is None:
        home, _ = child_page(root, HomePage, data.site().home_slug, data.site().home["title"])
        ctx.new_pages.add(home.pk)
    ctx.pages["home"] = home

    site = Site.objects.filter(is_default_site=True).first()
    created = site is None
    if created:
        site = Site()
    changed = assign(site, {**data.site().site, "root_page": home})
    if created or changed:
        site.save()
    ctx.count("sites", created, changed)


def build_site_settings(ctx):
    site = Site.objects.get(is_default_site=True)
    settings, created = SiteSettings.objects.get_or_create(site=site)
    changed = assign(settings, data.site().settings)
    if changed:
        settings.save()
    ctx.count("site settings", created, changed)


def build_tree(ctx, parent=None, nodes=None):
    """Every page of DESIGN.md's URL map under the home page, in menu order (structure
    only; `fill_pages` publishes their content)."""
    parent = ctx.pages["home"] if parent is None else parent
    nodes = data.tree() if nodes is None else nodes
    for node in nodes:
        model = apps.get_model(node["model"])
        page, created = child_page(
            parent, model, node["slug"], node["fields"]["title"], replace=True
        )
        if created:
            ctx.new_pages.add(page.pk)
        ctx.pages[node["slug"]] = page
        build_tree(ctx, page, node.get("children", []))
    order_children(parent, [node["slug"] for node in nodes])


def fill_pages(ctx):
    """Publish the home page and the tree's pages, each only if its content changed."""
    _fill(ctx, "home", data.site().home)
    nodes = list(data.tree())
    while nodes:
        node = nodes.pop(0)
        _fill(ctx, node["slug"], node["fields"])
        nodes.extend(node.get("children", []))


def _fill(ctx, key, fields):
    page = ctx.pages[key]
    published = publish(page, ctx.resolve(type(page), key, fields))
    ctx.count("pages", page.pk in ctx.new_pages, published)


def build_columns(ctx):
    """The columns under /columns/, dated back from today over the last year."""
    column_model = apps.get_model("columns", "ColumnPage")
    index = ctx.pages["columns"]
    today = timezone.localdate()
    for spec in data.columns():
        page, created = child_page(index, column_model, spec["slug"], spec["title"])
        fields = {name: value for name, value in spec.items() if name not in {"slug", "days_ago"}}
        fields["date"] = today - datetime.timedelta(days=spec["days_ago"])
        key = f"columns/{spec['slug']}"
        published = publish(page, ctx.resolve(column_model, key, fields))
        ctx.pages[key] = page
        ctx.count("columns", created, published)


def build_users(ctx):
    """One login per role, all with the documented demo password."""
    user_model = get_user_model()
    for spec in data.site().users:
        user = user_model.objects.filter(username=spec["username"]).first()
        created = user is None
        if created:
            user = user_model(username=spec["username"])
        changed = assign(
            user,
            {
                "email": spec["email"],
                "last_name": spec["last_name"],
                "is_superuser": spec.get("is_superuser", False),
                "is_staff": spec.get("is_staff", False),
                "is_active": True,
            },
        )
        if created or not user.check_password(data.site().demo_password):
            user.set_password(data.site().demo_password)
            changed = True
        if created or changed:
            user.save()
        groups = [Group.objects.get_or_create(name=name)[0] for name in spec["groups"]]
        if set(user.groups.all()) != set(groups):
            user.groups.set(groups)
            changed = True
        ctx.count("users", created, changed)


def update_search_index(ctx):
    call_command("update_index", verbosity=0, stdout=io.StringIO())


def rebuild_reference_index(ctx):
    call_command("rebuild_references_index", verbosity=0, stdout=io.StringIO())


# Run in this order inside one transaction; a later section inserts its steps here.
STEPS = [
    build_people,
    build_images,
    build_home,
    build_site_settings,
    build_tree,
    fill_pages,
    build_columns,
    build_users,
    build_partners,
    # Postings in moderation and rejected ones need the demo moderator: after build_users.
    build_employers,
    build_features,
    build_postings,
    # Stories link employers and features; inquiry histories name the demo editor.
    build_succession_stories,
    build_succession_inquiries,
    # Supporters link a demo employer; requests name postings, features and stories.
    build_supporters,
    build_correction_requests,
    # A year of moderation history (and backdated columns) for the transparency charts.
    build_transparency_history,
]

# Run after the transaction has committed, over everything the steps wrote. Renditions
# last: their files are written to disk, which a rollback would not undo.
INDEX_STEPS = [update_search_index, rebuild_reference_index, make_renditions]
