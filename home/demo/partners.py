"""Demo partner organisations (産官民) and which demo staff act for which of them.

The organisations, and the demo users that act for them, are home/demo/data/partners.yaml.
An organisation is found again by its name.
"""

from django.contrib.auth import get_user_model

from home.models import PartnerOrganization, StaffMembership

from . import data
from .pages import assign


def build_partners(ctx):
    """The partner organisations and the demo staff's memberships; runs after build_users."""
    partners = {}
    memberships = data.partners().memberships
    for spec in data.partners().partners:
        values = dict(spec)
        partner, created = PartnerOrganization.objects.get_or_create(
            name=values.pop("name"), defaults=values
        )
        changed = assign(partner, values)
        if changed:
            partner.save()
        ctx.count("partner organisations", created, changed)
        partners[partner.name] = partner
    users = get_user_model().objects.filter(username__in=memberships)
    for user in users:
        partner = partners[memberships[user.username]]
        membership, created = StaffMembership.objects.get_or_create(
            user=user, defaults={"organization": partner}
        )
        changed = membership.organization_id != partner.pk
        if changed:
            membership.organization = partner
            membership.save()
        ctx.count("staff memberships", created, changed)
