"""Every self-service post as a browser sends it: with CSRF checks on and an `Origin`
header. The pages must make browsers send their real origin (Referrer-Policy
`same-origin`), and a refused post gets a page that says what to do and gives back what
was typed."""

import datetime

import pytest

from django.core import mail
from django.test import Client, TestCase
from django.utils import timezone

from home.public_forms.guards import new_form_token
from listings.models import ManagementToken
from tests.factories.listings import make_posting
from tests.listings.test_self_service import open_manage

pytestmark = pytest.mark.django_db

ORIGIN = "http://testserver"


def in_days(n):
    return (timezone.localdate() + datetime.timedelta(days=n)).isoformat()


@pytest.fixture
def browser():
    return Client(enforce_csrf_checks=True)


def post_like_a_browser(client, url, data, origin=ORIGIN):
    """GET the page (for its CSRF cookie), then post its form with the cookie's token."""
    page = client.get(url)
    assert page.status_code == 200
    data = {**data, "csrfmiddlewaretoken": client.cookies["csrftoken"].value}
    return client.post(url, data, HTTP_ORIGIN=origin)


def edit_data(client, url, posting, title):
    """The edit form as the browser shows it (each field's value as rendered), retitled."""
    form = client.get(f"{url}edit/").context["form"]
    data = {}
    for field in form:
        value = field.value()
        if value in (None, "", []):
            continue
        data[field.html_name] = [str(v) for v in value] if isinstance(value, list) else value
    data.update(title=title, valid_through=in_days(20))
    return data


def test_manage_pages_keep_the_token_from_other_sites_but_not_from_their_own(client, portal):
    mailed = f"/portal/manage/{ManagementToken.issue(make_posting('public'))}/"
    url = client.get(mailed)["Location"]
    for path in (mailed, url, f"{url}edit/", "/portal/manage/"):
        assert client.get(path)["Referrer-Policy"] == "same-origin", path


def test_edit_form_shows_the_posting_s_choices_selected(client, portal):
    posting = make_posting("public")
    html = client.get(f"{open_manage(client, posting)}edit/").content.decode()
    for field in ("category", "employment_type", "area"):
        slug = getattr(posting, field).slug
        assert f'<option value="{slug}" selected>' in html, field


@pytest.mark.parametrize("action", ["filled", "withdrawn"])
def test_ending_a_posting(browser, portal, action):
    posting = make_posting("public")
    response = post_like_a_browser(browser, open_manage(browser, posting), {"action": action})
    assert response.status_code == 302 and response["Location"].endswith(f"?done={action}")
    posting.refresh_from_db()
    assert posting.closed_reason == action


def test_renewing(browser, portal):
    posting = make_posting("public")
    response = post_like_a_browser(
        browser, open_manage(browser, posting), {"action": "renew", "valid_through": in_days(45)}
    )
    assert response.status_code == 302
    posting.refresh_from_db()
    assert posting.valid_through.isoformat() == in_days(45)


def test_saving_an_edit(browser, portal):
    posting = make_posting("public", title="元の題")
    url = open_manage(browser, posting)
    data = edit_data(browser, url, posting, "新しい題")
    response = post_like_a_browser(browser, f"{url}edit/", data)
    assert response.status_code == 302, response.content.decode()[:500]
    posting.refresh_from_db()
    assert posting.get_latest_revision_as_object().title == "新しい題"


def test_resubmitting_after_changes_were_asked_for(browser, portal, moderator):
    posting = make_posting("moderation")
    posting.current_workflow_task.on_action(
        posting.current_workflow_task_state, moderator, "reject"
    )
    url = open_manage(browser, posting)
    response = post_like_a_browser(
        browser, f"{url}edit/", edit_data(browser, url, posting, "直した")
    )
    assert response.status_code == 302
    posting.refresh_from_db()
    assert posting.current_workflow_state.status == "in_progress"


def test_asking_for_lost_links(browser, portal, settings):
    settings.FORM_MIN_FILL_SECONDS = 0
    make_posting("public", submitter_email="amimoto@example.jp")
    data = {"email": "amimoto@example.jp", "form_token": new_form_token()}
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = post_like_a_browser(browser, "/portal/manage/", data)
    assert response.status_code == 302 and response["Location"].endswith("?sent=1")
    assert [m.to for m in mail.outbox] == [["amimoto@example.jp"]]


def test_a_refused_post_says_what_to_do_and_gives_back_the_text(browser, portal):
    """What a browser sent under the old `no-referrer` policy: Origin null."""
    posting = make_posting("public", title="元の題")
    url = open_manage(browser, posting)
    data = edit_data(browser, url, posting, "打ち直したくない長い題")
    response = post_like_a_browser(browser, f"{url}edit/", data, origin="null")
    assert response.status_code == 403
    html = response.content.decode()
    assert "フォームを送信できませんでした" in html
    assert "打ち直したくない長い題" in html
    assert f'href="{url}edit/"' in html
    assert "csrfmiddlewaretoken" not in html
    posting.refresh_from_db()
    assert posting.get_latest_revision_as_object().title == "元の題"
