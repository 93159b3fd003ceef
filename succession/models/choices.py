"""The fixed lists of a succession story (ノンネームシート style)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Visibility(models.TextChoices):
    OPEN = "open", _("Open: business and owner named")
    ANONYMOUS = "anonymous", _("Anonymous: industry, area and size only")


class Status(models.TextChoices):
    SEEKING = "seeking", _("Seeking a successor")
    NEGOTIATING = "negotiating", _("In negotiation")
    CONCLUDED = "concluded", _("Concluded")


class Industry(models.TextChoices):
    AGRICULTURE = "agriculture", _("Agriculture and forestry")
    FISHERY = "fishery", _("Fishery and fish processing")
    FOOD = "food", _("Food making")
    MANUFACTURING = "manufacturing", _("Manufacturing and crafts")
    CONSTRUCTION = "construction", _("Construction")
    RETAIL = "retail", _("Shops")
    HOSPITALITY = "hospitality", _("Inns, restaurants and cafés")
    SERVICES = "services", _("Personal services")
    CARE = "care", _("Medical and care")
    OTHER = "other", _("Other")


class HandoverItem(models.TextChoices):
    PREMISES = "premises", _("Shop")
    LAND_BUILDINGS = "land_buildings", _("Land and buildings")
    EQUIPMENT = "equipment", _("Equipment")
    CUSTOMERS = "customers", _("Customers")
    KNOW_HOW = "know_how", _("Skills and recipes")
    TRADE_NAME = "trade_name", _("Trade name")
    EMPLOYEES = "employees", _("Employees")


class Terms(models.TextChoices):
    TRANSFER = "transfer", _("Transfer")
    LEASE = "lease", _("Lease")
    FREE = "free", _("Free of charge")
    NEGOTIABLE = "negotiable", _("Negotiable")


class RevenueBand(models.TextChoices):
    UNDER_10M = "under_10m", _("Under 10 million yen")
    FROM_10M = "10m_50m", _("10–50 million yen")
    FROM_50M = "50m_100m", _("50–100 million yen")
    OVER_100M = "over_100m", _("Over 100 million yen")
    UNDISCLOSED = "undisclosed", _("Not disclosed")


class EmployeeBand(models.TextChoices):
    OWNER_ONLY = "0", _("Owner only")
    FEW = "1_4", _("1–4 people")
    SMALL = "5_19", _("5–19 people")
    MEDIUM = "20_plus", _("20 or more")
