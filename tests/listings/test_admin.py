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
