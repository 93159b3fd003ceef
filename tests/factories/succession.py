"""Factories for succession stories and inquiries."""

import factory
from factory.django import DjangoModelFactory

from listings.models import Area
from succession.models import SuccessionIndexPage, SuccessionInquiry, SuccessionStoryPage
from tests.factories import PageFactory


class SuccessionIndexPageFactory(PageFactory):
    class Meta:
        model = SuccessionIndexPage

    title = "氷見で継なぐ。"
    slug = "succession"
    inquiry_note = "お問い合わせは編集部が受け付け、オーナーへおつなぎします。"


class SuccessionStoryPageFactory(PageFactory):
    """An open story by default; `visibility="anonymous"` for a ノンネームシート teaser."""

    class Meta:
        model = SuccessionStoryPage

    title = factory.Sequence(lambda n: f"後継者を探す店{n}")
    slug = factory.Sequence(lambda n: f"story-{n}")
    visibility = "open"
    business_name = "浜田鮮魚店"
    owner_name = "浜田 勝"
    address = "氷見市中央町3-3"
    industry = "retail"
    area = factory.LazyFunction(lambda: Area.objects.get(slug="central"))
    year_founded = 1955
    reason = "店主が80歳になり、家族に継ぐ人がいないため。"
    handover_items = factory.LazyFunction(lambda: ["premises", "customers", "trade_name"])
    successor_wanted = "魚が好きで、朝の市場に通える方。"
    lead = "朝の市場から店に戻ると、もう常連さんが待っている。"
    status = "seeking"


class SuccessionInquiryFactory(DjangoModelFactory):
    class Meta:
        model = SuccessionInquiry

    name = factory.Sequence(lambda n: f"問合 太郎{n}")
    kana = "トイアワセ タロウ"
    email = factory.Sequence(lambda n: f"seeker{n}@example.jp")
    phone = "090-1234-5678"
    inquirer_type = "individual"
    background = "金沢で飲食店に10年勤めました。"
    hope = "店を引き継ぎ、魚の惣菜も始めたい。"
    consent = True
