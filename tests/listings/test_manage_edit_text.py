"""What the employer's page promises about an edit depends on whether anything is public:
a posting still in its first review has no approved version to keep showing."""

import pytest

from listings.models import ManagementToken
from tests.factories.listings import make_posting

pytestmark = pytest.mark.django_db

STAYS_PUBLIC = "承認されるまでは、承認済みの内容が公開されたままです。"
REPLACES = (
    "この求人はまだ公開されていません。編集すると、審査を受ける内容がこの編集に置き換わります。"
)
SENT_PUBLIC = "修正内容を審査に送りました。承認されるまでは、現在の内容が掲載されます。"
SAVED_FIRST = "変更を保存しました。審査はこの内容で行います。"


def pages(client, posting):
    # The mailed link moves to the token-free page.
    url = client.get(f"/portal/manage/{ManagementToken.issue(posting)}/")["Location"]
    return url, client.get(url).content.decode(), client.get(f"{url}edit/").content.decode()


def test_first_review_says_the_edit_replaces_what_is_reviewed(client, portal):
    url, manage, edit = pages(client, make_posting("moderation"))
    for html in (manage, edit):
        assert REPLACES in html
        assert STAYS_PUBLIC not in html and "公開されたまま" not in html
    done = client.get(f"{url}?done=edit").content.decode()
    assert SAVED_FIRST in done and SENT_PUBLIC not in done


def test_rejected_first_version_says_the_same(client, portal, moderator):
    posting = make_posting("moderation")
    posting.current_workflow_task.on_action(
        posting.current_workflow_task_state, moderator, "reject"
    )
    _url, manage, _edit = pages(client, posting)
    assert REPLACES in manage and STAYS_PUBLIC not in manage


def test_public_posting_says_the_approved_version_stays(client, portal):
    url, manage, edit = pages(client, make_posting("public"))
    for html in (manage, edit):
        assert STAYS_PUBLIC in html
        assert REPLACES not in html
    done = client.get(f"{url}?done=edit").content.decode()
    assert SENT_PUBLIC in done
    assert SAVED_FIRST not in done
