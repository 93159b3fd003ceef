"""A valid posting as the public form sends it, for the submission tests."""

import datetime

from django.utils import timezone

from home.public_forms.guards import new_form_token


def valid_form(**overrides):
    data = {
        "title": "定置網漁の乗組員",
        "employer_name": "灘浦定置網組合",
        "category": "agriculture-forestry-fishery",
        "employment_type": "full-time",
        "description": "氷見漁港を拠点に定置網漁を行います。",
        "duties": "網起こし、選別、出荷。",
        "requirements": "",
        "wage_min": "220000",
        "wage_max": "300000",
        "wage_unit": "month",
        "working_hours": "4:00〜11:00",
        "holidays": "日曜・荒天時",
        "annual_holidays": "100",
        "insurance": ["employment", "health"],
        "area": "ao-uwa",
        "address": "氷見市阿尾1-1",
        "welcome_tags": ["no-experience", "newcomers"],
        "apply_email": "",
        "apply_phone": "0766-12-3456",
        "apply_url": "",
        "valid_through": (timezone.localdate() + datetime.timedelta(days=30)).isoformat(),
        "submitter_email": "owner@example.jp",
        "agree_terms": "on",
        "form_token": new_form_token(),
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}
