"""The form token on every public form (issue 12): the minimum fill time counts from the
first showing of the form, so a person who fixes a typo and sends again at once is not
refused as too quick; a first send within the minimum still is. A form shown again after
a POST carries the posted token (same time, same submission key).

Time is a clock of the test's own, put in place of `time` in home.public_forms.guards (when
a form was shown, when it was sent) and in django.core.signing (how old a token is)."""

import time

import pytest

from django.core import signing

from home.public_forms import guards
from tests.form_cases import CASES, EXPIRED, TOO_QUICK, send, send_again, token_in

pytestmark = pytest.mark.django_db

MINIMUM = 5


class Clock:
    def __init__(self):
        self.now = time.time()

    def time(self):
        return self.now

    def advance(self, seconds):
        self.now += seconds


@pytest.fixture
def clock(monkeypatch, settings):
    settings.FORM_MIN_FILL_SECONDS = MINIMUM
    clock = Clock()
    monkeypatch.setattr(guards, "time", clock)
    monkeypatch.setattr(signing, "time", clock)
    return clock


@pytest.fixture(params=CASES, ids=[case.id for case in CASES])
def case(request, settings):
    case = request.param
    settings.FORM_RATE_LIMITS = dict.fromkeys(case.limits, (100, 3600))
    return case


@pytest.fixture
def url(case, home_page):
    return case.url(home_page)


def read(token):
    return signing.loads(token, salt=guards.SIGNING_SALT)


def test_a_first_send_within_the_minimum_is_refused_and_stores_nothing(client, case, url, clock):
    shown = token_in(client.get(url))
    clock.advance(MINIMUM - 2)
    refused = send(client, case, url, case.typed(), shown)
    assert refused.status_code == 200
    assert TOO_QUICK in refused.content.decode()
    assert not case.model.objects.exists()
    # The refusal shows the same token: pressing send again once the minimum has passed
    # since the first showing is accepted, without a new wait.
    assert token_in(refused) == shown
    clock.advance(3)
    assert send(client, case, url, case.typed(), shown).status_code == 302
    assert case.model.objects.get().submission_key == read(shown)["k"]


def test_a_quick_resend_after_a_field_error_is_accepted(client, case, url, clock):
    shown = token_in(client.get(url))
    clock.advance(MINIMUM + 1)
    label, extra = case.steps[0]
    wrong = {**case.typed(), **case.mistake}
    error_round = client.post(url, {**wrong, **extra, "form_token": shown})
    html = error_round.content.decode()
    assert case.error in html and TOO_QUICK not in html
    assert not case.model.objects.exists()
    carried = token_in(error_round)
    assert read(carried) == read(shown)  # the same time and the same submission key

    clock.advance(1)  # fixed at once: 1 s after the error, more than 5 s after the showing
    response = send(client, case, url, case.typed(), carried)
    assert response.status_code == 302 and "sent=1" in response["Location"]
    stored = case.model.objects.get()
    assert stored.submission_key == read(shown)["k"]
    # Sent again (a double press, a reload): the key names the same submission.
    assert send(client, case, url, case.typed(), carried).status_code == 302
    assert case.model.objects.count() == 1


def test_an_unreadable_token_is_replaced_and_refused(client, case, url, clock):
    clock.advance(MINIMUM + 1)
    response = send_again(client, case, url, case.typed(), "forged-or-mangled")
    assert EXPIRED in response.content.decode()
    assert not case.model.objects.exists()
    fresh = read(token_in(response))  # a readable token, shown now
    assert fresh["t"] == clock.now
    clock.advance(MINIMUM + 1)
    assert send_again(client, case, url, case.typed(), token_in(response)).status_code == 302
    assert case.model.objects.count() == 1


def test_a_form_left_open_over_a_day_can_be_sent_at_once_after_the_notice(client, case, url, clock):
    shown = token_in(client.get(url))
    clock.advance(guards.TOKEN_MAX_AGE + 60)
    response = send_again(client, case, url, case.typed(), shown)
    assert EXPIRED in response.content.decode() and TOO_QUICK not in response.content.decode()
    assert not case.model.objects.exists()
    renewed = token_in(response)
    assert read(renewed)["k"] != read(shown)["k"]  # a new submission
    assert read(renewed)["t"] == read(shown)["t"]  # shown long enough ago all the same
    clock.advance(1)
    assert send_again(client, case, url, case.typed(), renewed).status_code == 302
    assert case.model.objects.count() == 1


# The rule itself


def test_form_token_for_a_first_showing_and_a_posted_token(clock):
    first = guards.form_token_for(None)
    assert read(first)["t"] == clock.now
    assert read(guards.form_token_for(None))["k"] != read(first)["k"]

    clock.advance(30)
    assert guards.form_token_for(first) == first
    for unreadable in ("", "x", first[:-2] + "xx"):
        fresh = guards.form_token_for(unreadable)
        assert read(fresh)["t"] == clock.now and read(fresh)["k"] != read(first)["k"]
