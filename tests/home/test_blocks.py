import pytest

from django.core.exceptions import ValidationError

from home.blocks import (
    ArticleStreamBlock,
    CallToActionBlock,
    CaptionedImageBlock,
    HeadingBlock,
    InterviewBlock,
    ParagraphBlock,
    QuoteBlock,
)
from tests.factories import CreditedImageFactory, PersonFactory

pytestmark = pytest.mark.django_db

ALL_BLOCKS = [
    HeadingBlock,
    ParagraphBlock,
    CaptionedImageBlock,
    QuoteBlock,
    InterviewBlock,
    CallToActionBlock,
]


@pytest.mark.parametrize("block_class", ALL_BLOCKS)
def test_every_block_is_documented_for_editors(block_class):
    meta = block_class().meta
    assert meta.icon and meta.icon != "placeholder"
    assert meta.template.startswith("blocks/")
    assert str(meta.description)


@pytest.mark.parametrize(
    "block_class", [HeadingBlock, ParagraphBlock, QuoteBlock, InterviewBlock, CallToActionBlock]
)
def test_preview_values_render(block_class):
    block = block_class()
    html = block.render(block.get_preview_value())
    assert html.strip()


def test_image_block_previews_the_newest_image():
    image = CreditedImageFactory(caption="プレビュー用")
    block = CaptionedImageBlock()
    assert block.get_preview_value()["image"] == image
    assert "プレビュー用" in block.render(block.get_preview_value())


def test_image_block_shows_caption_and_credit():
    image = CreditedImageFactory(
        caption="保存されたキャプション", credit_person=PersonFactory(name="高木 海")
    )
    block = CaptionedImageBlock()
    html = block.render(block.to_python({"image": image.pk, "caption": ""}))
    assert "保存されたキャプション" in html
    assert "写真：高木 海" in html
    assert "<picture>" in html and "image/webp" in html
    html = block.render(block.to_python({"image": image.pk, "caption": "上書き"}))
    assert "上書き" in html and "保存されたキャプション" not in html


def test_call_to_action_needs_exactly_one_target():
    block = CallToActionBlock()
    base = {"title": "t", "text": "", "button_label": "b"}
    with pytest.raises(ValidationError):
        block.clean(block.to_python({**base, "page": None, "external_url": ""}))
    value = block.clean(block.to_python({**base, "page": None, "external_url": "https://a.jp/"}))
    assert value.url() == "https://a.jp/"


def test_interview_renders_speaker_and_answer():
    block = InterviewBlock()
    html = block.render(
        block.to_python(
            {"question": "なぜ氷見に？", "speaker": "山本", "answer": "<p>海です。</p>"}
        )
    )
    assert "なぜ氷見に？" in html and "山本" in html and "海です。" in html


def test_paragraph_allows_only_limited_formatting():
    features = ArticleStreamBlock().child_blocks["paragraph"].features
    assert set(features) == {"bold", "link", "ol", "ul"}
