"""Blocks for the about page that show how the site is run, from the data itself: the
partner organisations by sector, and which of them share each editorial role."""

from collections import defaultdict

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail import blocks

from home.blocks import ArticleStreamBlock
from home.roles import EDITORS, MODERATORS, PHOTOGRAPHERS, WRITERS

# (group, the role's public name, what it does)
ROLE_DESCRIPTIONS = [
    (
        WRITERS,
        pgettext_lazy("editorial role", "Writers"),
        _("Write recruiting features, columns and succession stories; cannot publish."),
    ),
    (
        PHOTOGRAPHERS,
        pgettext_lazy("editorial role", "Photographers"),
        _("Take and credit the photos; cannot publish."),
    ),
    (
        EDITORS,
        pgettext_lazy("editorial role", "Editors"),
        _("Review and publish articles; process supporter applications."),
    ),
    (
        MODERATORS,
        pgettext_lazy("editorial role", "Posting moderators"),
        _("Review every free job posting before it appears; handle corrections."),
    ),
]


class PartnersBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), max_length=80, default=_("Who runs the site"))

    class Meta:
        icon = "group"
        template = "blocks/partners_block.html"
        description = _("The partner organisations, grouped by sector (edited under Partners).")
        preview_value = {"heading": _("Who runs the site")}

    def get_context(self, value, parent_context=None):
        from home.models import PartnerOrganization, Sector

        context = super().get_context(value, parent_context)
        by_sector = defaultdict(list)
        partners = PartnerOrganization.objects.select_related("logo")
        for partner in partners.prefetch_related("logo__renditions"):
            by_sector[partner.sector].append(partner)
        context["sectors"] = [
            (label, by_sector[key]) for key, label in Sector.choices if by_sector[key]
        ]
        return context


class RolesBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), max_length=80, default=_("Editorial roles"))

    class Meta:
        icon = "user"
        template = "blocks/roles_block.html"
        description = _("The editorial roles, and which partner organisations share each.")
        preview_value = {"heading": _("Editorial roles")}

    def get_context(self, value, parent_context=None):
        from home.models import StaffMembership

        context = super().get_context(value, parent_context)
        organisations = defaultdict(set)
        memberships = StaffMembership.objects.filter(user__is_active=True).select_related(
            "organization"
        )
        for membership in memberships.prefetch_related("user__groups"):
            for group in membership.user.groups.all():
                organisations[group.name].add(membership.organization.name)
        context["roles"] = [
            (label, description, sorted(organisations[group]))
            for group, label, description in ROLE_DESCRIPTIONS
        ]
        return context


class StandardPageStreamBlock(ArticleStreamBlock):
    """An article body, plus the blocks that show how the site is run (about pages)."""

    partners = PartnersBlock(label=_("Partner organisations"))
    roles = RolesBlock(label=_("Editorial roles"))
