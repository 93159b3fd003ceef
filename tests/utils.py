"""Small helpers the tests share."""

import io
import re

from PIL import Image


def jpeg_bytes(width=64, height=48, color=(11, 90, 120)):
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), color).save(buffer, "JPEG")
    return buffer.getvalue()


def meta_content(html, attribute, name):
    """The content of <meta {attribute}="{name}" content="...">, or None."""
    match = re.search(rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)"', html)
    return match.group(1) if match else None
