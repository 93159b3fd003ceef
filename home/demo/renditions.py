"""The demo loader's last step: the image renditions that the public templates ask for.

Wagtail makes a rendition the first time a page needs it, inside that request; with AVIF
among the formats, the first view of a page of a fresh demo took 5 to 16 s. This step makes
them in advance, for every image: every filter spec of every `{% picture %}`,
`{% srcset_image %}` and `{% image %}` tag in the project's templates, read from the
compiled templates themselves, so that a template that changes its sizes changes what
is made here with nothing to update.

It runs after the demo's transaction has committed (rendition files are written to disk
and would outlive a rollback) and is idempotent: Wagtail finds the renditions that exist
and makes only the missing ones. The test settings turn it off (`DEMO_RENDITIONS`),
since it takes tens of seconds.
"""

import logging
from pathlib import Path

from django.conf import settings
from django.template import TemplateSyntaxError, engines

from wagtail.images import get_image_model
from wagtail.images.models import SourceImageIOError
from wagtail.images.templatetags.wagtailimages_tags import ImageNode, SrcsetImageNode

logger = logging.getLogger(__name__)


def template_files():
    """Every HTML template under the project's template folders (templates/)."""
    for backend in settings.TEMPLATES:
        for folder in backend.get("DIRS", []):
            yield from sorted(Path(folder).rglob("*.html"))


def template_filters():
    """The filters of every image tag in the templates, each spec once, in a stable order."""
    engine = engines["django"].engine
    specs = {}
    for path in template_files():
        try:
            template = engine.from_string(path.read_text(encoding="utf-8"))
        except TemplateSyntaxError:
            logger.warning("Skipped %s: it does not compile", path)
            continue
        for node in template.nodelist.get_nodes_by_type(ImageNode):
            # `{% picture %}` and `{% srcset_image %}` expand {a,b} into one filter each;
            # `{% image %}` joins its specs into one.
            filters = (
                node.get_filters() if isinstance(node, SrcsetImageNode) else [node.get_filter()]
            )
            specs.update((f.spec, f) for f in filters)
    return list(specs.values())


def make_renditions(ctx):
    """Every template filter for every image; counts what was made and what was there."""
    if not getattr(settings, "DEMO_RENDITIONS", True):
        return
    filters = template_filters()
    for image in get_image_model().objects.order_by("pk"):
        before = image.renditions.count()
        try:
            image.get_renditions(*filters)
        except SourceImageIOError:
            # A file missing on this machine (uploads not copied over) must not stop the
            # others; its pages show Wagtail's "not found" image either way.
            logger.warning("Image %s has no file; no renditions made", image.pk)
            continue
        made = image.renditions.count() - before
        ctx.tally["renditions", "created"] += made
        ctx.tally["renditions", "unchanged"] += len(filters) - made
