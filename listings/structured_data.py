"""schema.org JobPosting as JSON-LD, for Google for Jobs and for the open-data feed.

Google requires title, description, datePosted, hiringOrganization and jobLocation; we add
the recommended properties we have: validThrough, employmentType, baseSalary, identifier.
"""

import datetime

from django.utils import timezone

from listings.wages import SCHEMA_UNIT, WageUnit

COUNTRY = "JP"
REGION = "富山県"
LOCALITY = "氷見市"


def _place(street_address):
    address = {
        "@type": "PostalAddress",
        "addressCountry": COUNTRY,
        "addressRegion": REGION,
        "addressLocality": LOCALITY,
    }
    if street_address:
        address["streetAddress"] = street_address
    return {"@type": "Place", "address": address}


def _salary(wage_min, wage_max, unit):
    if wage_min is None and wage_max is None:
        return None
    value = {"@type": "QuantitativeValue", "unitText": SCHEMA_UNIT[WageUnit(unit)]}
    if wage_min is not None:
        value["minValue"] = wage_min
    if wage_max is not None:
        value["maxValue"] = wage_max
    if wage_min is not None and wage_max is None:
        value["value"] = wage_min
    return {"@type": "MonetaryAmount", "currency": "JPY", "value": value}


def _end_of(day):
    if day is None:
        return None
    moment = datetime.datetime.combine(day, datetime.time(23, 59, 59))
    return timezone.make_aware(moment).isoformat()


def _organization(name, url=None, logo=None):
    organization = {"@type": "Organization", "name": name}
    if url:
        organization["sameAs"] = url
    if logo:
        organization["logo"] = logo
    return organization


def _compact(data):
    return {key: value for key, value in data.items() if value not in (None, "", [])}


def posting_json_ld(posting, url):
    """A JobPosting object for one portal posting; `url` is its absolute address."""
    employer = posting.employer if posting.employer_id else None
    description = "\n\n".join(
        part for part in (posting.description, posting.duties, posting.requirements) if part
    )
    return _compact(
        {
            "@context": "https://schema.org/",
            "@type": "JobPosting",
            "title": posting.title,
            "description": description,
            "datePosted": (posting.first_published_at or posting.created_at).date().isoformat(),
            "validThrough": _end_of(posting.valid_through),
            "employmentType": posting.employment_type.google_type,
            "hiringOrganization": _organization(
                posting.employer_name, getattr(employer, "website", None)
            ),
            "jobLocation": _place(posting.address),
            "baseSalary": _salary(posting.wage_min, posting.wage_max, posting.wage_unit),
            "identifier": {
                "@type": "PropertyValue",
                "name": posting.employer_name,
                "value": str(posting.pk),
            },
            "url": url,
            "directApply": False,
        }
    )


def feature_jobs_json_ld(feature, url):
    """One JobPosting per job summary of a feature that is still recruiting."""
    if not feature.is_recruiting:
        return []
    employer = feature.employer
    name = employer.name if employer else feature.title
    posted = (feature.first_published_at or timezone.now()).date().isoformat()
    types = {t.slug: t for t in _employment_types()}
    items = []
    for index, block in enumerate(feature.jobs):
        job = block.value
        employment_type = types.get(job.get("employment_type"))
        items.append(
            _compact(
                {
                    "@context": "https://schema.org/",
                    "@type": "JobPosting",
                    "title": job.get("title"),
                    "description": f"{feature.lead}\n\n{job.get('how_to_apply', '')}".strip(),
                    "datePosted": posted,
                    "validThrough": _end_of(job.get("valid_through")),
                    "employmentType": employment_type.google_type if employment_type else None,
                    "hiringOrganization": _organization(
                        name, getattr(employer, "website", None) or None
                    ),
                    "jobLocation": _place(job.get("location")),
                    "baseSalary": _salary(
                        job.get("wage_min"), job.get("wage_max"), job.get("wage_unit")
                    ),
                    "identifier": {
                        "@type": "PropertyValue",
                        "name": name,
                        "value": f"feature-{feature.pk}-{index + 1}",
                    },
                    "url": url,
                }
            )
        )
    return items


def _employment_types():
    from listings.models import EmploymentType
    from listings.taxonomy_cache import taxonomy_rows

    return taxonomy_rows(EmploymentType)
