"""What moderators and editors do in the admin: the 「掲載審査」 workflow, taxonomies."""

import pytest

from django.urls import reverse

from wagtail.models import Workflow

from home import roles
from listings.models import EmploymentType, JobCategory, JobPosting
from listings.roles import POSTING_WORKFLOW
from tests.factories.listings import make_posting

pytestmark = pytest.mark.django_db

EXPECTED_CATEGORIES = [
    "管理的職業",
    "研究・技術の職業",
    "法務・経営・文化芸術等の専門的職業",
    "医療・看護・保健の職業",
    "保育・教育の職業",
    "事務的職業",
    "販売・営業の職業",
    "福祉・介護の職業",
    "サービスの職業",
    "警備・保安の職業",
    "農林漁業の職業",
    "製造・修理・塗装・製図等の職業",
    "配送・輸送・機械運転の職業",
    "建設・土木・電気工事の職業",
    "運搬・清掃・包装・選別等の職業",
]


def test_taxonomies_are_seeded():
    assert list(JobCategory.objects.values_list("name", flat=True)) == EXPECTED_CATEGORIES
    assert list(JobCategory.objects.values_list("code", flat=True)) == [
        f"{n:02d}" for n in range(1, 16)
    ]
    google = dict(EmploymentType.objects.values_list("name", "google_type"))
    assert google["正社員"] == "FULL_TIME"
    assert google["パート・アルバイト"] == "PART_TIME"
    assert google["業務委託"] == "CONTRACTOR"
    assert google["季節・短期"] == "TEMPORARY"
    assert "地域おこし協力隊" in google


def test_postings_use_the_moderation_workflow():
    workflow = Workflow.objects.get(name=POSTING_WORKFLOW)
    assert JobPosting().get_workflow() == workflow
    [task] = workflow.tasks.specific()
    assert [g.name for g in task.groups.all()] == [roles.MODERATORS]


def test_moderator_approves_in_the_admin_and_the_posting_goes_live(client, portal, moderator):
    posting = make_posting("moderation", title="審査を待つ求人")
    assert client.get(f"/portal/{posting.pk}/").status_code == 404
    client.force_login(moderator)
    # Moderators see the submission through Wagtail's preview of the public template.
    preview = posting.make_preview_request()
    assert preview.status_code == 200
    assert "審査を待つ求人" in preview.content.decode()
    assert 'name="robots" content="noindex"' in preview.content.decode()
    task_state = posting.current_workflow_task_state
    url = reverse(
        "wagtailsnippets_listings_jobposting:workflow_action",
        args=(posting.pk, "approve", task_state.pk),
    )
    client.post(url, {"comment": "掲載します"})
    posting.refresh_from_db()
    assert posting.live
    client.logout()
    assert client.get(f"/portal/{posting.pk}/").status_code == 200


def test_writers_cannot_approve_postings(client, portal, writer):
    posting = make_posting("moderation")
    client.force_login(writer)
    task_state = posting.current_workflow_task_state
    url = reverse(
        "wagtailsnippets_listings_jobposting:workflow_action",
        args=(posting.pk, "approve", task_state.pk),
    )
    client.post(url)
    posting.refresh_from_db()
    assert not posting.live


@pytest.mark.parametrize(
    "url_name",
    [
        "wagtailsnippets_listings_jobposting:list",
        "wagtailsnippets_listings_employer:list",
        "job_categories:index",
        "areas:index",
        "welcome_tags:index",
        "employment_types:index",
    ],
)
def test_moderators_reach_their_screens(client, moderator, url_name):
    client.force_login(moderator)
    assert client.get(reverse(url_name)).status_code == 200


@pytest.mark.parametrize("status", ["moderation", "public", "draft", "ended"])
def test_posting_list_filters_by_status(client, moderator, portal, status):
    states = {"moderation": "moderation", "public": "public", "draft": "draft", "ended": "filled"}
    postings = {name: make_posting(state, title=f"状態-{name}") for name, state in states.items()}
    client.force_login(moderator)
    html = client.get(
        reverse("wagtailsnippets_listings_jobposting:list"), {"status": status}
    ).content.decode()
    for name, posting in postings.items():
        assert (posting.title in html) == (name == status), name


def test_admin_forms_render_and_save_a_posting_as_a_draft(client, moderator, portal):
    client.force_login(moderator)
    add_url = reverse("wagtailsnippets_listings_jobposting:add")
    assert client.get(add_url).status_code == 200
    category = JobCategory.objects.get(code="09")
    response = client.post(
        add_url,
        {
            "title": "調理補助",
            "employer_name": "比美町食堂",
            "category": category.pk,
            "employment_type": EmploymentType.objects.get(slug="part-time").pk,
            "description": "昼の仕込みと盛り付け。",
            "wage_min": "1050",
            "wage_max": "1200",
            "wage_unit": "hour",
            "working_hours": "10:00〜14:00",
            "holidays": "水曜",
            "insurance": ["employment", "workers_comp"],
            "area": 1,
            "address": "氷見市比美町",
            "apply_phone": "0766-11-2222",
            "valid_through": "2030-01-31",
            "submitter_email": "shokudo@example.jp",
            "source": "editorial",
            "closed_reason": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    posting = JobPosting.objects.get(title="調理補助")
    assert not posting.live
    assert posting.insurance == ["employment", "workers_comp"]
    edit_url = reverse("wagtailsnippets_listings_jobposting:edit", args=(posting.pk,))
    html = client.get(edit_url).content.decode()
    assert "調理補助" in html


def test_posting_admin_form_rejects_inverted_wages_and_no_way_to_apply(client, moderator):
    client.force_login(moderator)
    response = client.post(
        reverse("wagtailsnippets_listings_jobposting:add"),
        {
            "title": "不正な求人",
            "employer_name": "x",
            "category": JobCategory.objects.first().pk,
            "employment_type": EmploymentType.objects.first().pk,
            "description": "x",
            "wage_min": "2000",
            "wage_max": "1000",
            "wage_unit": "hour",
            "working_hours": "x",
            "holidays": "x",
            "area": 1,
            "address": "x",
            "valid_through": "2030-01-31",
            "submitter_email": "a@example.jp",
            "source": "editorial",
        },
    )
    assert response.status_code == 200
    assert not JobPosting.objects.filter(title="不正な求人").exists()


def test_writer_can_open_the_feature_editor(client, writer, feature_index):
    client.force_login(writer)
    url = reverse("wagtailadmin_pages:add", args=("listings", "jobfeaturepage", feature_index.pk))
    assert client.get(url).status_code == 200
