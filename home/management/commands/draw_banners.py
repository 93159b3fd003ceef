"""Draw the supporters' banner kit: PNG banners in the sizes of home.commons.supporters.BANNERS.

    manage.py draw_banners                 # into site_config/static/banners/
    manage.py draw_banners --font F.ttc    # with another Japanese font

The drawing is ours (no downloaded artwork): the site's name in the site's colours and an
emblem of the Tateyama range over Toyama Bay. Each banner is drawn at four times its size,
reduced, and stored as a small palette PNG; the same font draws the same bytes, so the
files are committed and only change when this command changes.
"""

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from home.commons.supporters import BANNERS

SCALE = 4
SITE_NAME = "氷見のしごとコモンズ"
SUPPORTER = "サポーター"
TAGLINE = "氷見の求人と、はたらく人の話"
# The colours of site.css.
SEA, SEA_DARK, ACCENT = (11, 90, 120), (7, 66, 90), (179, 68, 30)
TINT, WHITE, INK, LINE = (244, 241, 234), (255, 255, 255), (29, 42, 51), (217, 212, 199)
SNOW = (236, 244, 248)

# Bold Japanese fonts where Debian (fonts-noto-cjk), other Linux distributions and macOS
# put them.
FONT_CANDIDATES = [
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Bold.ttc",
    "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Bold.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/System/Library/Fonts/ヒラギノ角ゴシック W6.ttc",
]
NO_FONT = (
    "No Japanese (CJK) font was found, so the banners cannot be drawn. Install one "
    "(Debian/Ubuntu: apt-get install fonts-noto-cjk) or name a font file with --font."
)


def has_glyphs(font, pair):
    """A font without these glyphs draws the same empty box for both."""
    first, second = (font.getmask(ch) for ch in pair)
    return bool(first.getbbox()) and bytes(first) != bytes(second)


def japanese_face(path):
    """(path, face index) of the Japanese face in a font file, or None."""
    for index in range(16):
        try:
            font = ImageFont.truetype(str(path), 10, index=index)
        except OSError:
            break
        family = font.getname()[0] or ""
        # Noto's collections hold JP/KR/SC/TC/HK faces; other files have one face.
        japanese = family.endswith(" JP") or "CJK" not in family
        if japanese and has_glyphs(font, "氷見"):
            return str(path), index
    return None


def find_font(path=None):
    candidates = [path] if path else FONT_CANDIDATES
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            face = japanese_face(candidate)
            if face:
                return face
    raise CommandError(NO_FONT if not path else f"{path}: not a font with Japanese glyphs.")


class Painter:
    """Draws in banner pixels on a canvas SCALE times larger."""

    def __init__(self, width, height, font, background):
        self.font_path, self.font_index = font
        self.image = Image.new("RGB", (width * SCALE, height * SCALE), background)
        self.draw = ImageDraw.Draw(self.image)

    def font(self, size):
        return ImageFont.truetype(self.font_path, round(size * SCALE), index=self.font_index)

    def text(self, xy, text, size, fill, anchor="la"):
        x, y = xy
        self.draw.text((x * SCALE, y * SCALE), text, font=self.font(size), fill=fill, anchor=anchor)

    def text_width(self, text, size):
        return self.draw.textlength(text, font=self.font(size)) / SCALE

    def fit(self, text, size, width):
        """The largest size up to `size` at which `text` fits in `width`."""
        while size > 6 and self.text_width(text, size) > width:
            size -= 0.5
        return size

    def rounded(self, box, radius, fill):
        self.draw.rounded_rectangle([v * SCALE for v in box], radius * SCALE, fill=fill)

    def emblem(self, cx, cy, r):
        """A sea-blue disc: the snowy range over the bay, and two waves."""
        s = SCALE
        d = self.draw
        d.ellipse([(cx - r) * s, (cy - r) * s, (cx + r) * s, (cy + r) * s], fill=SEA)
        base = cy + r * 0.18
        peaks = [(-0.78, 0.0), (-0.42, -0.42), (-0.2, -0.22), (0.1, -0.62), (0.42, -0.3),
                 (0.78, 0.0)]  # fmt: skip
        outline = [((cx + dx * r) * s, (base + dy * r) * s) for dx, dy in peaks]
        d.polygon(outline, fill=SNOW)
        for i, top in enumerate((0.34, 0.56)):
            y = cy + top * r
            half = r * (0.62 - 0.16 * i)
            box = [(cx - half) * s, (y - r * 0.16) * s, (cx + half) * s, (y + r * 0.16) * s]
            d.arc(box, 200, 340, fill=WHITE, width=max(1, round(r * 0.09 * s)))

    def border(self, colour):
        """A one-pixel frame, so that a light banner stands out on a white page."""
        width, height = self.image.size
        self.draw.rectangle([0, 0, width - 1, height - 1], outline=colour, width=SCALE)

    def png(self, path, colours=48):
        width, height = self.image.size
        small = self.image.resize((width // SCALE, height // SCALE), Image.Resampling.LANCZOS)
        small = small.quantize(colours, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
        small.save(path, "PNG", optimize=True)


def full_banner(p, w, h):
    """468x60: emblem, the name and a tagline, a supporter tag on the right."""
    p.emblem(h / 2, h / 2, h / 2 - 7)
    tag = p.text_width(SUPPORTER, 13) + 20
    p.rounded((w - tag - 10, h / 2 - 13, w - 10, h / 2 + 13), 13, ACCENT)
    p.text((w - 10 - tag / 2, h / 2), SUPPORTER, 13, WHITE, anchor="mm")
    room = w - tag - 20 - (h + 2)
    p.text((h + 2, 7), SITE_NAME, p.fit(SITE_NAME, 22, room), SEA_DARK)
    p.text((h + 3, 37), TAGLINE, p.fit(TAGLINE, 12, room), INK)


def half_banner(p, w, h):
    """234x60: emblem, the name, the supporter tag under it."""
    p.emblem(h / 2, h / 2, h / 2 - 8)
    left = h - 2
    p.text((left, 8), SITE_NAME, p.fit(SITE_NAME, 17, w - left - 8), SEA_DARK)
    tag = p.text_width(SUPPORTER, 11) + 14
    p.rounded((left, 33, left + tag, 51), 9, ACCENT)
    p.text((left + tag / 2, 42), SUPPORTER, 11, WHITE, anchor="mm")


def square(p, w, h):
    """200x200: a large emblem, the name on two lines, a supporter band."""
    p.emblem(w / 2, 58, 42)
    p.text((w / 2, 112), "氷見のしごと", 22, SEA_DARK, anchor="mt")
    p.text((w / 2, 138), "コモンズ", 18, SEA_DARK, anchor="mt")
    p.rounded((28, 166, w - 28, 190), 12, ACCENT)
    p.text((w / 2, 178), SUPPORTER, 14, WHITE, anchor="mm")


def button(p, w, h):
    """88x31: white on sea blue, the name and the tag; nothing smaller than 9 pixels."""
    p.emblem(14, h / 2, 11)
    p.text((28, 3), "氷見のしごと", p.fit("氷見のしごと", 10, w - 31), WHITE)
    p.rounded((28, 17, w - 4, 28), 5, ACCENT)
    p.text(((28 + w - 4) / 2, 22.5), SUPPORTER, 9, WHITE, anchor="mm")


LAYOUTS = {
    (468, 60): (full_banner, TINT),
    (234, 60): (half_banner, TINT),
    (200, 200): (square, TINT),
    (88, 31): (button, SEA_DARK),
}


def default_output():
    return Path(settings.BASE_DIR) / "site_config" / "static"


class Command(BaseCommand):
    help = "Draw the supporters' banner kit (PNG) into site_config/static/banners/."

    def add_arguments(self, parser):
        parser.add_argument("--font", help="A font file with Japanese glyphs (.ttf, .otf, .ttc).")
        parser.add_argument(
            "--output", help="The static folder to write banners/ into (default: ours)."
        )

    def handle(self, *args, font=None, output=None, **options):
        face = find_font(font)
        root = Path(output) if output else default_output()
        for banner in BANNERS:
            layout, background = LAYOUTS[banner.width, banner.height]
            painter = Painter(banner.width, banner.height, face, background)
            layout(painter, banner.width, banner.height)
            if background == TINT:
                painter.border(LINE)
            path = root / banner.path
            path.parent.mkdir(parents=True, exist_ok=True)
            painter.png(path)
            if options["verbosity"]:
                size = path.stat().st_size
                self.stdout.write(f"{path} ({banner.name}, {size:,} bytes)")
