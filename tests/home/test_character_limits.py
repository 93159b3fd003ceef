"""Length limits on every public form: told with a counter and a message, never cut.

Each form with limited fields renders them without `maxlength` (which makes the browser
drop pasted text silently), with the limit in `data-max-length`; an over-long value is
refused with the limit and the count, and the value comes back as typed.
"""

import re

import pytest

from django.template.loader import render_to_string

from home.commons.correction_forms import CorrectionRequestForm
from home.commons.supporter_forms import SupporterForm
from listings.forms import JobPostingForm, LostLinkForm, RenewForm, SubmissionForm
from succession.forms import InquiryForm

pytestmark = pytest.mark.django_db

FORMS = {
    "posting": JobPostingForm,
    "submission": SubmissionForm,
    "supporter": SupporterForm,
    "correction": lambda *args, **kwargs: CorrectionRequestForm(*args, target=None, **kwargs),
    "inquiry": InquiryForm,
    "lost link": LostLinkForm,
}


def limited_fields(form):
    return {
        name: field.max_length
        for name, field in form.fields.items()
        if getattr(field, "max_length", None)
    }


def render_field(form, name):
    return render_to_string("components/form_field.html", {"field": form[name]})


@pytest.mark.parametrize("make_form", FORMS.values(), ids=FORMS.keys())
def test_limited_fields_carry_the_limit_but_no_maxlength(make_form):
    form = make_form()
    limits = limited_fields(form)
    assert limits, "every public form has at least one limited field"
    for name, limit in limits.items():
        widget = str(form[name])
        assert "maxlength" not in widget, name
        assert f'data-max-length="{limit}"' in widget, name


@pytest.mark.parametrize(
    ("make_form", "name", "limit"),
    [
        (FORMS["posting"], "title", 80),
        (FORMS["posting"], "description", 3000),
        (FORMS["submission"], "contact_person", 60),
        (FORMS["supporter"], "name", 100),
        (FORMS["supporter"], "message", 1000),
        (FORMS["correction"], "about", 500),
        (FORMS["correction"], "details", 2000),
        (FORMS["inquiry"], "name", 100),
        (FORMS["inquiry"], "hope", 2000),
    ],
)
def test_over_long_text_is_refused_with_the_limit_and_the_count(make_form, name, limit):
    value = "あ" * (limit + 12)
    form = make_form({name: value})
    form.is_valid()
    assert form.errors[name] == [f"{limit:,}文字以内で入力してください（いま{limit + 12:,}文字）。"]
    # Nothing typed is lost: the field comes back with all of it.
    assert f'value="{value}"' in str(form[name]) or f">\n{value}</textarea>" in str(form[name])


@pytest.mark.parametrize(("name", "limit"), [("title", 80), ("employer_name", 100)])
def test_text_at_the_limit_is_accepted(name, limit):
    form = JobPostingForm({name: "あ" * limit})
    form.is_valid()
    assert name not in form.errors


def test_a_line_break_counts_once_however_the_browser_sends_it():
    # 3,000 characters as the textarea shows them (1,499 line breaks among them), though
    # the browser sends each break as \r\n.
    text = "あ\r\n" * 1499 + "あい"
    form = JobPostingForm({"description": text})
    form.is_valid()
    assert "description" not in form.errors
    form = JobPostingForm({"description": text + "\r\nい"})
    form.is_valid()
    assert form.errors["description"] == ["3,000文字以内で入力してください（いま3,002文字）。"]


def test_characters_outside_the_bmp_count_as_one():
    form = JobPostingForm({"title": "𠮷" * 80})  # one code point each, two in UTF-16
    form.is_valid()
    assert "title" not in form.errors


def test_counter_shows_the_count_and_the_limit():
    html = render_field(JobPostingForm(initial={"title": "定置網漁の乗組員"}), "title")
    counter = re.search(r'<p class="form-field__count"[^>]*>([^<]*)</p>', html)
    assert counter and counter.group(1) == "8 / 80文字"
    assert 'aria-live="polite"' in counter.group(0)
    assert 'id="id_title_count"' in counter.group(0)
    # The script's wording comes from the same catalogue, placeholders kept.
    assert 'data-format="%(count)s / %(limit)s文字"' in counter.group(0)
    assert 'aria-describedby="id_title_helptext id_title_count"' in html


def test_counter_and_message_of_a_value_over_the_limit():
    form = JobPostingForm({"title": "あ" * 92})
    form.is_valid()
    html = render_field(form, "title")
    assert '<p class="form-field__count form-field__count--over"' in html
    assert "92 / 80文字（12文字超過）" in html
    assert "80文字以内で入力してください（いま92文字）。" in html
    # The message is announced with the field (Django points aria-describedby at it).
    assert 'id="id_title_error"' in html
    assert re.search(r'aria-describedby="[^"]*id_title_error[^"]*"', html)


def test_addresses_and_numbers_are_limited_without_a_running_count():
    form = InquiryForm()
    for name in ("email", "phone"):
        html = render_field(form, name)
        assert "data-max-length" in html and "form-field__count" not in html, name
    assert "form-field__count" in render_field(form, "name")


def test_forms_without_limits_render_no_counter():
    assert "form-field__count" not in render_field(RenewForm(), "valid_through")


def test_the_script_is_on_every_page_and_allowed_by_the_policy(client, home_page):
    response = client.get("/")
    html = response.content.decode()
    script = re.search(r'<script type="module" src="([^"]+character-count[^"]*\.js)"', html)
    assert script and script.group(1).startswith("/static/")
    assert "script-src 'self'" in response["Content-Security-Policy"]
