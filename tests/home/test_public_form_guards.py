"""The same guard cases over every public form (issue 14): the posting form, the lost-link
form, the succession inquiry, the supporter application and the correction request each
inherit home.public_forms.base.PublicForm, and each answers a bot, a missing or too quick
token, invisible characters and a rate limit in the same way, keeping what was typed."""

import pytest

from home.public_forms import guards
from home.public_forms.base import PublicForm
from home.public_forms.cleaning import CONTROL_MESSAGE
from tests.form_cases import EXPIRED, GUARDED_CASES, TOO_QUICK, send, send_again, shown_long_ago

pytestmark = pytest.mark.django_db

RLO = "\u202e"  # the right-to-left override: invisible, and it reverses what follows


@pytest.fixture(params=GUARDED_CASES, ids=[case.id for case in GUARDED_CASES])
def case(request, settings):
    case = request.param
    settings.FORM_MIN_FILL_SECONDS = 5
    settings.FORM_RATE_LIMITS = dict.fromkeys(case.limits, (100, 3600))
    return case


@pytest.fixture
def url(case, home_page):
    return case.url(home_page)


def html(response):
    return response.content.decode()


def test_every_public_form_inherits_the_guards(case):
    assert issubclass(case.form_class, PublicForm)
    assert case.form_class.rate_limit_name
    for limit in case.limits:
        assert limit in guards.DEFAULT_LIMITS
        assert limit.startswith(case.form_class.rate_limit_name + "-")


def test_the_form_carries_its_token_and_honeypot(client, case, url):
    page = html(client.get(url))
    assert 'name="form_token"' in page
    assert f'name="{guards.HONEYPOT_FIELD}"' in page


def test_a_valid_send_takes_effect_once(client, case, url):
    response = send(client, case, url, case.typed(), shown_long_ago())
    assert response.status_code == 302
    assert case.sent_count() == 1


def test_a_filled_honeypot_is_told_sent_and_nothing_happens(client, case, url):
    data = {**case.typed(), guards.HONEYPOT_FIELD: "https://spam.example/"}
    response = send(client, case, url, data, shown_long_ago())
    assert response.status_code == 302 and "sent=1" in response["Location"]
    assert case.sent_count() == 0


@pytest.mark.parametrize(("token", "message"), [("", EXPIRED), ("mangled", EXPIRED)])
def test_a_missing_or_unreadable_token_keeps_what_was_typed(client, case, url, token, message):
    # Straight to the last button (送信する on the posting form's confirm page), as a
    # replayed or scripted post would come.
    response = send_again(client, case, url, case.typed(), token)
    assert response.status_code == 200 and message in html(response)
    assert case.typed()[case.kept] in html(response)
    assert case.sent_count() == 0


def test_a_send_quicker_than_a_person_is_refused(client, case, url):
    response = send(client, case, url, case.typed(), guards.new_form_token())
    assert response.status_code == 200 and TOO_QUICK in html(response)
    assert case.sent_count() == 0


def test_invisible_characters_are_removed_and_the_field_says_so(client, case, url):
    typed = case.typed()
    typed[case.kept] = RLO + typed[case.kept]
    response = send(client, case, url, typed, shown_long_ago())
    assert response.status_code == 200
    assert str(CONTROL_MESSAGE) in html(response)
    assert RLO not in html(response) and case.typed()[case.kept] in html(response)
    assert case.sent_count() == 0


def test_the_limit_per_address_answers_429_and_keeps_what_was_typed(client, case, url, settings):
    address_limit, email_limit = case.limits
    settings.FORM_RATE_LIMITS = {address_limit: (1, 3600), email_limit: (100, 3600)}
    assert send(client, case, url, case.typed(), shown_long_ago()).status_code == 302
    again = send(client, case, url, case.typed(), shown_long_ago())
    assert again.status_code == 429
    assert case.typed()[case.kept] in html(again)
    assert case.sent_count() == 1
    # Another address is not held back by this one.
    other = send(client, case, url, case.typed(), shown_long_ago(), REMOTE_ADDR="192.0.2.9")
    assert other.status_code == 302


def test_the_limit_per_email_holds_across_addresses(client, case, url, settings):
    address_limit, email_limit = case.limits
    settings.FORM_RATE_LIMITS = {address_limit: (100, 3600), email_limit: (1, 3600)}
    assert send(client, case, url, case.typed(), shown_long_ago()).status_code == 302
    again = send(client, case, url, case.typed(), shown_long_ago(), REMOTE_ADDR="192.0.2.9")
    assert again.status_code == 429
    assert case.sent_count() == 1
