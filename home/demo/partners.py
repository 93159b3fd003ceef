"""Demo partner organisations (産官民) and which demo staff act for which of them."""

import datetime

from django.contrib.auth import get_user_model

from home.models import PartnerOrganization, Sector, StaffMembership

from .pages import assign

PARTNERS = [
    {
        "name": "氷見まちなか事業者会",
        "sector": Sector.INDUSTRY,
        "role": "求人の掲載審査、事業者への周知",
        "description": "市内の商店や事業者の集まり。求人の掲載審査を分担しています。",
        "since": datetime.date(2025, 4, 1),
        "sort_order": 1,
    },
    {
        "name": "灘浦水産加工協議会",
        "sector": Sector.INDUSTRY,
        "role": "水産業の取材協力、求人の掲載審査",
        "description": "灘浦の水産加工事業者でつくる協議会。",
        "since": datetime.date(2025, 10, 1),
        "sort_order": 2,
    },
    {
        "name": "氷見市 しごと支援室",
        "sector": Sector.GOVERNMENT,
        "role": "運営事務局、サーバー費用の負担",
        "description": "移住・就業の相談窓口を持つ市の部署（デモ用の架空の名称です）。",
        "since": datetime.date(2025, 4, 1),
        "sort_order": 1,
    },
    {
        "name": "NPO法人 ひみ暮らしラボ",
        "sector": Sector.CITIZENS,
        "role": "記事の編集、求人の掲載審査",
        "description": "移住者と地元の若手が運営するNPO。",
        "since": datetime.date(2025, 4, 1),
        "sort_order": 1,
    },
    {
        "name": "氷見の働き方を考える会",
        "sector": Sector.CITIZENS,
        "role": "コラムの企画、読者の声の取りまとめ",
        "description": "市民の勉強会から生まれたグループ。",
        "since": datetime.date(2026, 2, 1),
        "sort_order": 2,
    },
]

# Demo user -> organisation name.
MEMBERSHIPS = {
    "admin": "氷見市 しごと支援室",
    "editor": "NPO法人 ひみ暮らしラボ",
    "moderator": "氷見まちなか事業者会",
    "writer": "氷見の働き方を考える会",
}


def build_partners(ctx):
    """The partner organisations and the demo staff's memberships; runs after build_users."""
    partners = {}
    for spec in PARTNERS:
        values = dict(spec)
        partner, created = PartnerOrganization.objects.get_or_create(
            name=values.pop("name"), defaults=values
        )
        changed = assign(partner, values)
        if changed:
            partner.save()
        ctx.count("partner organisations", created, changed)
        partners[partner.name] = partner
    users = get_user_model().objects.filter(username__in=MEMBERSHIPS)
    for user in users:
        partner = partners[MEMBERSHIPS[user.username]]
        membership, created = StaffMembership.objects.get_or_create(
            user=user, defaults={"organization": partner}
        )
        changed = membership.organization_id != partner.pk
        if changed:
            membership.organization = partner
            membership.save()
        ctx.count("staff memberships", created, changed)
