"""factory_boy factories for our models (STYLE.md 19).

wagtail-factories is not used: it does not support Wagtail 8 yet. Pages go into the tree
through `PageFactory._create`, which needs a `parent`:

    column = make_column(column_index, title="朝の港", tags=["漁業"])
    draft = make_column(column_index, live=False)
"""

import factory
from factory.django import DjangoModelFactory

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from columns.models import ColumnIndexPage, ColumnPage
from home.models import CreditedImage, Person, PersonRole, StandardPage

PASSWORD = "password"


class UserFactory(DjangoModelFactory):
    """A user; `groups=["編集部"]` puts it in groups, `superuser=True` makes an admin."""

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    class Params:
        superuser = factory.Trait(is_superuser=True, is_staff=True)

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.jp")
    last_name = factory.Faker("last_name", locale="ja_JP")
    first_name = factory.Faker("first_name", locale="ja_JP")

    @factory.post_generation
    def password(self, create, extracted, **kwargs):
        self.set_password(extracted or PASSWORD)
        if create:
            self.save(update_fields=["password"])

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        if create and extracted:
            self.groups.set(
                [Group.objects.get(name=g) if isinstance(g, str) else g for g in extracted]
            )


class PersonFactory(DjangoModelFactory):
    """A person with a Japanese name and its matching reading; `roles=["writer"]` takes
    role slugs or PersonRole objects."""

    class Meta:
        model = Person
        skip_postgeneration_save = True

    class Params:
        family = factory.Faker("last_name_pair", locale="ja_JP")  # (漢字, カナ, romaji)
        given = factory.Faker("first_name_pair", locale="ja_JP")

    name = factory.LazyAttribute(lambda p: f"{p.family[0]} {p.given[0]}")
    kana = factory.LazyAttribute(lambda p: f"{p.family[1]} {p.given[1]}")

    @factory.post_generation
    def roles(self, create, extracted, **kwargs):
        if not (create and extracted):
            return
        self.roles.set(
            [r if isinstance(r, PersonRole) else PersonRole.objects.get(slug=r) for r in extracted]
        )
        self.save()  # ParentalManyToMany relations are written on save


class CreditedImageFactory(DjangoModelFactory):
    """A real JPEG drawn in memory by Pillow (factory_boy's ImageField), with alt text."""

    class Meta:
        model = CreditedImage

    title = factory.Sequence(lambda n: f"写真{n}")
    description = factory.LazyAttribute(lambda image: f"{image.title}の説明")
    file = factory.django.ImageField(
        filename="photo.jpg", format="JPEG", width=120, height=80, color=(11, 90, 120)
    )

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        image = model_class(*args, **kwargs)
        image._set_image_file_metadata()  # file size and hash, as an upload would set them
        image.save()
        return image


class PageFactory(DjangoModelFactory):
    """Base for page factories: adds the page under `parent` and saves a revision,
    published unless `live=False` (then it is a draft). Returns a fresh instance."""

    class Meta:
        abstract = True

    @classmethod
    def _create(cls, model_class, *args, parent=None, live=True, tags=None, **kwargs):
        if parent is None:
            raise TypeError(f"{cls.__name__} needs parent=<the parent page>")
        page = model_class(*args, live=live, **kwargs)
        if tags:
            page.tags.set(list(tags))
        parent.add_child(instance=page)
        revision = page.save_revision()
        if live:
            revision.publish()
        return model_class.objects.get(pk=page.pk)


class StandardPageFactory(PageFactory):
    class Meta:
        model = StandardPage

    title = factory.Sequence(lambda n: f"ページ{n}")
    slug = factory.Sequence(lambda n: f"page-{n}")


class ColumnIndexPageFactory(PageFactory):
    class Meta:
        model = ColumnIndexPage

    title = "『働く』を考える。"
    slug = "columns"
    intro = "働くことを考えるコラムです。"


class ColumnPageFactory(PageFactory):
    """A column; `tags=[...]` sets its themes, `photographers=[...]` its photo credits."""

    class Meta:
        model = ColumnPage

    title = factory.Sequence(lambda n: f"コラム第{n}回")
    slug = factory.Sequence(lambda n: f"column-{n}")
    lead = factory.Sequence(lambda n: f"第{n}回のリード文です。")


def make_column(parent, **kwargs):
    """A column under `parent` (a ColumnIndexPage); see ColumnPageFactory."""
    return ColumnPageFactory(parent=parent, **kwargs)
