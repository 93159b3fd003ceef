"""StreamField blocks every section shares (STYLE.md 7-8)."""

from django.core.exceptions import ValidationError
from django.db.models import prefetch_related_objects
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock

# Paragraphs stay simple so that every article reads alike on a phone.
PARAGRAPH_FEATURES = ["bold", "link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("heading"), max_length=80)
    level = blocks.ChoiceBlock(
        label=_("level"),
        choices=[("h2", _("Section (h2)")), ("h3", _("Subsection (h3)"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading_block.html"
        description = _("A heading that splits the article into sections.")
        preview_value = {"text": "氷見の朝は早い", "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=PARAGRAPH_FEATURES, **kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Paragraph")
        template = "blocks/paragraph_block.html"
        description = _("Body text with bold, links and lists.")
        preview_value = "<p>午前四時、氷見漁港に定置網の船が戻ってくる。</p>"


class ImageStructValue(blocks.StructValue):
    def display_caption(self):
        """The caption typed here, else the one stored with the image."""
        return self.get("caption") or getattr(self.get("image"), "caption", "")


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    caption = blocks.CharBlock(
        label=_("caption"),
        required=False,
        max_length=255,
        help_text=_("Leave empty to use the image's own caption."),
    )

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/image_block.html"
        value_class = ImageStructValue
        description = _("A photo with its caption and the photographer's credit.")

    def bulk_to_python(self, values):
        """Every image of the stream in one query (Wagtail's), then every photographer
        credited under them in one more, instead of one query per photo for its credit."""
        structs = super().bulk_to_python(values)
        images = [struct.get("image") for struct in structs if struct.get("image")]
        prefetch_related_objects(images, "credit_person")
        return structs

    def get_preview_value(self):
        """The newest image in the library, since a fixed preview value cannot name one."""
        image = get_image_model().objects.order_by("-created_at").first()
        return self.to_python({"image": image.pk if image else None, "caption": ""})


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("quote"), max_length=400)
    attribution = blocks.CharBlock(label=_("attribution"), required=False, max_length=100)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "blocks/quote_block.html"
        description = _("A sentence worth pulling out of the text.")
        preview_value = {
            "text": "海が近いから、毎日が少しずつ違う。",
            "attribution": "漁師・山本さん",
        }


class InterviewBlock(blocks.StructBlock):
    """One exchange of an interview: who speaks, and what they say."""

    question = blocks.TextBlock(label=_("question"), required=False, max_length=300)
    speaker = blocks.CharBlock(label=_("speaker"), max_length=60)
    answer = blocks.RichTextBlock(label=_("answer"), features=PARAGRAPH_FEATURES)

    class Meta:
        icon = "comment"
        label = _("Interview")
        template = "blocks/interview_block.html"
        description = _("An interview question and the answer, with the speaker's name.")
        preview_value = {
            "question": "この仕事を選んだ理由は？",
            "speaker": "中川さん",
            "answer": "<p>子どもの頃から市場の空気が好きだったんです。</p>",
        }


class LinkStructValue(blocks.StructValue):
    def url(self):
        page = self.get("page")
        return page.url if page else self.get("external_url")


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=80)
    text = blocks.TextBlock(label=_("text"), required=False, max_length=300)
    button_label = blocks.CharBlock(label=_("button label"), max_length=40)
    page = blocks.PageChooserBlock(label=_("page"), required=False)
    external_url = blocks.URLBlock(label=_("external URL"), required=False)

    class Meta:
        icon = "link"
        label = _("Call to action")
        template = "blocks/call_to_action_block.html"
        value_class = LinkStructValue
        description = _("A box that invites the reader to act, with one button.")
        preview_value = {
            "title": "しごとを探す",
            "text": "氷見の求人を無料で掲載しています。",
            "button_label": "求人を見る",
            "external_url": "https://example.com/portal/",
        }

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("external_url")):
            message = _("Choose a page or enter a URL, but not both.")
            raise StructBlockValidationError(
                block_errors={"page": ErrorList([ValidationError(message)])}
            )
        return value


class ArticleStreamBlock(blocks.StreamBlock):
    """The body of every article: columns, features and stories extend it."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    interview = InterviewBlock()
    call_to_action = CallToActionBlock()
