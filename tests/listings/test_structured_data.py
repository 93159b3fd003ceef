"""JobPosting JSON-LD against Google's required properties and our recommended ones."""

import json
import re

import pytest

from tests.factories.listings import (
    EmployerFactory,
    JobFeaturePageFactory,
    job_summary,
    make_posting,
)

pytestmark = pytest.mark.django_db

REQUIRED = {"title", "description", "datePosted", "hiringOrganization", "jobLocation"}
RECOMMENDED = {"validThrough", "employmentType", "baseSalary", "identifier"}


def json_ld_blocks(html):
    found = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    items = []
    for block in found:
        data = json.loads(block)
        items.extend(data if isinstance(data, list) else [data])
    return items


def assert_google_job_posting(item):
    assert item["@context"] == "https://schema.org/"
    assert item["@type"] == "JobPosting"
    assert item.keys() >= REQUIRED
    assert item["hiringOrganization"]["@type"] == "Organization"
    assert item["hiringOrganization"]["name"]
    address = item["jobLocation"]["address"]
    assert address["@type"] == "PostalAddress"
    assert address["addressCountry"] == "JP"
    assert address["addressRegion"] == "富山県"
    assert address["addressLocality"] == "氷見市"


def test_posting_detail_has_a_complete_job_posting(client, portal):
    employer = EmployerFactory(website="https://ami.example.jp/")
    posting = make_posting(
        "public",
        employer=employer,
        employer_name="氷見定置網",
        wage_min=220000,
        wage_max=300000,
        wage_unit="month",
        description="定置網漁の仕事。</script><script>alert(1)</script>",
    )
    html = client.get(f"/portal/{posting.pk}/").content.decode()
    assert "<script>alert(1)</script>" not in html  # escaped inside the JSON
    [item] = json_ld_blocks(html)
    assert_google_job_posting(item)
    assert item.keys() >= RECOMMENDED
    assert item["title"] == posting.title
    assert item["datePosted"] == posting.first_published_at.date().isoformat()
    assert item["validThrough"].startswith(posting.valid_through.isoformat())
    assert item["employmentType"] == "FULL_TIME"
    assert item["hiringOrganization"]["sameAs"] == "https://ami.example.jp/"
    salary = item["baseSalary"]
    assert salary["@type"] == "MonetaryAmount" and salary["currency"] == "JPY"
    assert salary["value"] == {
        "@type": "QuantitativeValue",
        "minValue": 220000,
        "maxValue": 300000,
        "unitText": "MONTH",
    }
    assert item["identifier"]["value"] == str(posting.pk)
    assert "submitter" not in json.dumps(item)


@pytest.mark.parametrize(("unit", "text"), [("hour", "HOUR"), ("day", "DAY"), ("year", "YEAR")])
def test_salary_units(client, portal, unit, text):
    posting = make_posting("public", wage_unit=unit, wage_min=1000, wage_max=None)
    [item] = json_ld_blocks(client.get(f"/portal/{posting.pk}/").content.decode())
    assert item["baseSalary"]["value"]["unitText"] == text
    assert item["baseSalary"]["value"]["minValue"] == 1000


def test_open_data_lists_job_postings_with_a_licence(client, portal):
    make_posting("public", title="公開A")
    make_posting("moderation", title="審査中B")
    data = client.get("/portal/postings.json").json()
    assert "CC BY" in data["licence"]
    assert data["count"] == 1
    [item] = data["postings"]
    assert_google_job_posting(item)
    assert item["title"] == "公開A"


def test_recruiting_feature_carries_one_job_posting_per_job(client, feature_index):
    feature = JobFeaturePageFactory(
        parent=feature_index,
        employer=EmployerFactory(name="氷見うどん製麺所"),
        jobs=[
            job_summary(title="製麺スタッフ"),
            job_summary(title="配送", wage_unit="hour", wage_min=1100, wage_max=None),
        ],
    )
    items = json_ld_blocks(client.get(feature.url).content.decode())
    assert [item["title"] for item in items] == ["製麺スタッフ", "配送"]
    for item in items:
        assert_google_job_posting(item)
        assert item["hiringOrganization"]["name"] == "氷見うどん製麺所"


def test_ended_feature_has_no_job_posting(client, feature_index):
    feature = JobFeaturePageFactory(parent=feature_index, recruiting_status="closed")
    assert json_ld_blocks(client.get(feature.url).content.decode()) == []
    assert "application/ld+json" not in client.get("/features/").content.decode()


def test_open_data_is_paginated(client, portal, settings, monkeypatch):
    monkeypatch.setattr("listings.models.portal.OPEN_DATA_PAGE_SIZE", 2)
    for n in range(3):
        make_posting("public", title=f"公開{n}")
    first = client.get("/portal/postings.json").json()
    assert (first["count"], first["pages"], len(first["postings"])) == (3, 2, 2)
    assert first["next"].endswith("/portal/postings.json?page=2")
    second = client.get("/portal/postings.json", {"page": 2}).json()
    assert len(second["postings"]) == 1 and second["next"] is None
    assert client.get("/portal/postings.json", {"page": "zz"}).status_code == 200
