"""People credited on the site: writers, photographers, interviewees.

A person's name, bio and portrait appear under published articles, so a change goes
through the 「編集部承認」 workflow like a page: a writer's edit is a draft (a revision) until
an editor approves and publishes it, and the live row keeps the approved text meanwhile."""

from django import forms
from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel
from wagtail.models import DraftStateMixin, RevisionMixin, WorkflowMixin
from wagtail.search import index


class PersonRole(models.Model):
    """A kind of credit (ライター, フォトグラファー, 取材協力); a lookup table editors extend."""

    name = models.CharField(_("name"), max_length=50, unique=True)
    slug = models.SlugField(_("slug"), max_length=50, unique=True, allow_unicode=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("credit role")
        verbose_name_plural = _("credit roles")

    def __str__(self):
        return self.name

    @property
    def revisions(self):
        return self._revisions


class Person(WorkflowMixin, DraftStateMixin, RevisionMixin, index.Indexed, ClusterableModel):
    """Anyone named in a byline or a photo credit."""

    name = models.CharField(_("name"), max_length=100, help_text=_("As printed in bylines."))
    kana = models.CharField(
        _("reading (kana)"), max_length=100, blank=True, help_text=_("Reading in katakana.")
    )
    roles = ParentalManyToManyField(
        PersonRole,
        verbose_name=_("roles"),
        blank=True,
        related_name="people",
        help_text=_("What this person does for the site."),
    )
    bio = models.TextField(
        _("short bio"), max_length=400, blank=True, help_text=_("Two or three sentences.")
    )
    portrait = models.ForeignKey(
        "home.CreditedImage",
        verbose_name=_("portrait"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A square photo works best."),
    )

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="person")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="person",
        for_concrete_model=False,
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("kana"),
        FieldPanel("roles", widget=forms.CheckboxSelectMultiple),
        FieldPanel("bio"),
        FieldPanel("portrait"),
    ]

    search_fields = [
        index.SearchField("name"),
        index.SearchField("kana"),
        index.AutocompleteField("name"),
    ]

    class Meta:
        ordering = ["kana", "name"]
        verbose_name = _("person")
        verbose_name_plural = _("people")

    def __str__(self):
        return self.name
