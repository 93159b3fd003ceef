"""Partner organisations, their staff, and the about page's blocks that show them."""

import datetime
import re

import pytest

from django.db import IntegrityError

from home.models import PartnerOrganization, Sector, StaffMembership, StandardPage
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def partner(name, sector, **kwargs):
    values = {"role": f"{name}の役割", "since": datetime.date(2025, 4, 1), **kwargs}
    return PartnerOrganization.objects.create(name=name, sector=sector, **values)


def about_with_blocks(home_page):
    about = home_page.add_child(
        instance=StandardPage(
            title="このサイトについて",
            slug="about",
            body=[
                ("partners", {"heading": "運営する団体"}),
                ("roles", {"heading": "編集の役割"}),
            ],
        )
    )
    about.save_revision().publish()
    return about


def text_of(html):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_partners_are_shown_by_sector_in_sector_order(client, home_page):
    partner("市民の会", Sector.CITIZENS, url="https://example.org/")
    partner("事業者会B", Sector.INDUSTRY, sort_order=2)
    partner("事業者会A", Sector.INDUSTRY, sort_order=1)
    about_with_blocks(home_page)
    html = client.get("/about/").content.decode()
    text = text_of(html.partition('class="partners"')[2].partition("</section>")[0])
    industry, government, citizens = (str(label) for label in Sector.labels)
    order = [industry, "事業者会A", "事業者会B", citizens, "市民の会"]
    assert [text.find(part) for part in order] == sorted(text.find(part) for part in order)
    assert -1 not in [text.find(part) for part in order], text
    assert government not in text  # a sector with no partner is left out
    assert '<a href="https://example.org/" rel="noopener">市民の会</a>' in html


def test_roles_show_which_organisations_share_them(client, home_page, moderator, editor):
    city = partner("市の部署", Sector.GOVERNMENT)
    npo = partner("NPO", Sector.CITIZENS)
    StaffMembership.objects.create(organization=city, user=moderator)
    StaffMembership.objects.create(organization=npo, user=editor)
    gone = UserFactory(is_active=False)
    gone.groups.add(*moderator.groups.all())
    StaffMembership.objects.create(organization=partner("退会した団体", Sector.INDUSTRY), user=gone)
    about_with_blocks(home_page)
    html = client.get("/about/").content.decode()
    roles = text_of(html.partition('class="roles"')[2].partition("</section>")[0])
    moderators_part = roles.partition("掲載審査")[2]
    assert "市の部署" in moderators_part
    assert "NPO" not in moderators_part
    assert "退会した団体" not in roles  # inactive staff no longer share a role
    assert "NPO" in roles.partition("編集部")[2].partition("掲載審査")[0]


def test_a_user_belongs_to_one_organisation_at_most(moderator):
    StaffMembership.objects.create(organization=partner("A", Sector.INDUSTRY), user=moderator)
    with pytest.raises(IntegrityError):
        StaffMembership.objects.create(organization=partner("B", Sector.CITIZENS), user=moderator)


def test_editors_manage_partners_in_the_admin_and_writers_cannot(client, editor, writer):
    partner("市民の会", Sector.CITIZENS)
    client.force_login(editor)
    response = client.get("/admin/snippets/home/partnerorganization/")
    assert response.status_code == 200
    assert "市民の会" in response.content.decode()
    client.force_login(writer)
    response = client.get("/admin/snippets/home/partnerorganization/")
    assert response.status_code in (302, 403)


def test_a_partner_and_its_staff_are_saved_from_one_admin_form(client, editor, moderator):
    client.force_login(editor)
    response = client.post(
        "/admin/snippets/home/partnerorganization/add/",
        {
            "name": "灘浦の会",
            "sector": "industry",
            "role": "掲載審査",
            "since": "2026-01-01",
            "sort_order": "0",
            "members-TOTAL_FORMS": "1",
            "members-INITIAL_FORMS": "0",
            "members-MIN_NUM_FORMS": "0",
            "members-MAX_NUM_FORMS": "1000",
            "members-0-user": str(moderator.pk),
            "members-0-ORDER": "1",
            "members-0-id": "",
            "members-0-DELETE": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert moderator.partner_membership.organization.name == "灘浦の会"
