"""Each public form in a real browser, step by step (issue 12): a field error comes back in
Japanese with what was typed still there; fixed and sent at once, it is accepted (the
minimum fill time counts from the first showing, not from the error) and stores one row.

The forms are described in tests/form_cases.py: the posting form's error round
(入力 → error → 入力 → 確認 → 送信), the succession inquiry on a story page, the
supporters application and the correction request about a posting.
"""

import pytest

from tests.form_cases import CASES, ERROR_SUMMARY, TOO_QUICK

pytestmark = [
    pytest.mark.browser,
    # live_server needs committed data; restore the seeded areas, groups and workflow
    # that the transactional tests before this one flushed.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

MINIMUM = 1  # seconds; the form is shown longer than this before the first send
SHOWN_FOR = 1.2


def fill(page, data):
    """Type `data` into the form as a person would, whatever each field's widget is."""
    for name, value in data.items():
        fields = page.locator(f'form.posting-form [name="{name}"]')
        assert fields.count(), f"the form has no field {name!r}"
        kind = fields.first.evaluate("element => element.type")
        if kind == "select-one":
            fields.first.select_option(value)
        elif kind == "radio" or (kind == "checkbox" and fields.count() > 1):
            for choice in value if isinstance(value, list) else [value]:
                fields.locator(f'xpath=self::*[@value="{choice}"]').check()
        elif kind == "checkbox":
            fields.first.check()
        else:
            fields.first.fill(value)


def press(page, label):
    with page.expect_navigation():
        page.get_by_role("button", name=label, exact=True).click()


@pytest.fixture(params=CASES, ids=[case.id for case in CASES])
def case(request, settings):
    settings.FORM_MIN_FILL_SECONDS = MINIMUM
    return request.param


def test_an_error_round_then_a_quick_send_stores_one_row(
    live_server, home_page, case, browser_page, screenshot
):
    page = browser_page
    url = case.url(home_page)

    page.goto(f"{live_server.url}{url}")
    screenshot(f"{case.id}-form")
    (mistake_field,) = case.mistake
    typed = case.typed()
    fill(page, {**typed, **case.mistake})
    page.wait_for_timeout(SHOWN_FOR * 1000)  # a person takes a while to fill it in

    # A field error: the summary and the message beside the field, in Japanese, and
    # nothing typed is lost.
    press(page, case.steps[0][0])
    assert ERROR_SUMMARY in page.locator(".form-errors").first.inner_text()
    field_error = page.locator(f'.form-field--error:has([name="{mistake_field}"])')
    assert case.error in field_error.locator(".form-field__error").inner_text()
    assert page.locator(f'[name="{mistake_field}"]').input_value() == case.mistake[mistake_field]
    assert page.locator(f'[name="{case.kept}"]').input_value() == typed[case.kept]
    assert not case.model.objects.exists()
    screenshot(f"{case.id}-error")

    # Fixed, and sent at once (on the posting form: confirm, then send).
    fill(page, {mistake_field: typed[mistake_field]})
    for number, (label, _extra) in enumerate(case.steps):
        if number:
            screenshot(f"{case.id}-confirm")
        press(page, label)
    assert TOO_QUICK not in page.content()
    assert "sent=1" in page.url
    assert case.thanks in page.locator('[role="status"]').inner_text()
    screenshot(f"{case.id}-sent")
    assert case.model.objects.count() == 1
