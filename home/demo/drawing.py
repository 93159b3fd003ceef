"""Drawing primitives for the demo pictures: gradients, ridges, water, boats, pines.

Shapes and gradients only: nothing is downloaded and no font is used. Anything random
comes from the `random.Random` passed in, so a seed draws the same picture every time.
"""

from PIL import Image, ImageDraw, ImageFilter

SIZE = WIDTH, HEIGHT = (1600, 1067)

# Colours used by several scenes.
SNOW = (246, 248, 252)
PINE = (38, 66, 48)
HULL_WHITE = (236, 238, 240)


def gradient(stops, size=SIZE):
    """A vertical gradient through `stops`, evenly spaced from top to bottom."""
    strip = Image.new("RGB", (1, len(stops)))
    strip.putdata(list(stops))
    return strip.resize(size, Image.Resampling.BILINEAR)


def paste_gradient(img, stops, top, bottom=HEIGHT):
    img.paste(gradient(stops, (WIDTH, bottom - top)), (0, top))


def jitter(rng, colour, amount=10):
    return tuple(max(0, min(255, c + rng.randint(-amount, amount))) for c in colour)


def ridge(rng, base, heights, roughness=0.5, steps=6, left=0, right=WIDTH):
    """A mountain outline by midpoint displacement through control `heights` (pixels
    above `base`), as a list of (x, y) points from `left` to `right`."""
    ys = [base - h for h in heights]
    spread = max(heights) * 0.25 if heights else 0
    for _ in range(steps):
        spread *= roughness
        finer = []
        for a, b in zip(ys, ys[1:], strict=False):
            finer += [a, (a + b) / 2 + rng.uniform(-spread, spread)]
        ys = [*finer, ys[-1]]
    last = len(ys) - 1
    return [(left + (right - left) * i / last, y) for i, y in enumerate(ys)]


def mountain(draw, outline, bottom, colour, snow=None, snow_line=None, rng=None, streaks=40):
    """Fill below `outline` down to `bottom`; with `snow`, whiten the peaks above
    `snow_line`, its lower edge broken into streaks like snow left in the gullies."""
    floor = [(outline[-1][0], bottom), (outline[0][0], bottom)]
    if snow is None:
        draw.polygon([*outline, *floor], fill=colour)
        return
    draw.polygon([*outline, *floor], fill=snow)
    rock, walk = [], 0.0
    for x, y in outline:
        walk = max(-streaks, min(streaks, walk + rng.uniform(-streaks, streaks) / 3))
        rock.append((x, max(y, snow_line + walk)))
    draw.polygon([*rock, *floor], fill=colour)


def glow(img, centre, radius, colour, blur=60):
    """A soft disc of light (sun, lamp), composited onto `img`."""
    layer = Image.new("RGBA", SIZE, (*colour, 0))
    x, y = centre
    ImageDraw.Draw(layer).ellipse(
        [x - radius, y - radius, x + radius, y + radius], fill=(*colour, 255)
    )
    layer = layer.filter(ImageFilter.GaussianBlur(blur))
    img.alpha_composite(layer)


def shimmer(draw, rng, top, colour, count=260, bottom=HEIGHT):
    """Short horizontal strokes on water, longer towards the viewer."""
    for _ in range(count):
        y = rng.uniform(top, bottom)
        depth = (y - top) / max(1, bottom - top)
        length = 8 + depth * rng.uniform(20, 90)
        x = rng.uniform(-50, WIDTH)
        draw.line([(x, y), (x + length, y)], fill=colour, width=1 + int(depth * 3))


def boat(draw, x, y, scale, hull=HULL_WHITE, cabin=(70, 86, 104), reflection=None):
    """A small fishing boat seen from the side, waterline at `y`."""
    s = scale
    if reflection:
        draw.polygon(
            [(x - 55 * s, y), (x + 60 * s, y), (x + 45 * s, y + 14 * s), (x - 45 * s, y + 14 * s)],
            fill=reflection,
        )
    draw.polygon(
        [(x - 62 * s, y - 20 * s), (x + 72 * s, y - 26 * s), (x + 50 * s, y), (x - 50 * s, y)],
        fill=hull,
    )
    draw.line(
        [(x - 56 * s, y - 9 * s), (x + 62 * s, y - 12 * s)],
        fill=(176, 48, 44),
        width=max(1, int(4 * s)),
    )
    draw.rectangle([x - 24 * s, y - 52 * s, x + 14 * s, y - 21 * s], fill=cabin)
    draw.rectangle([x - 18 * s, y - 46 * s, x + 8 * s, y - 36 * s], fill=(188, 208, 222))
    draw.line(
        [(x + 4 * s, y - 52 * s), (x + 4 * s, y - 104 * s)], fill=cabin, width=max(1, int(3 * s))
    )


def pine(draw, x, y, scale, colour=PINE):
    """A wind-bent coastal pine: a trunk and flat layers of needles."""
    s = scale
    draw.line(
        [(x, y), (x + 12 * s, y - 90 * s), (x + 30 * s, y - 150 * s)],
        fill=(74, 58, 46),
        width=max(2, int(7 * s)),
    )
    for dx, dy, w in ((-10, -95, 70), (20, -130, 80), (38, -160, 60)):
        cx, cy = x + dx * s, y + dy * s
        draw.ellipse([cx - w * s, cy - 16 * s, cx + w * s, cy + 16 * s], fill=colour)


def finish(img, rng, blur=0.8, grain=0.035):
    """Soften the hard polygon edges and add a film grain from the seeded generator."""
    img = img.convert("RGB").filter(ImageFilter.GaussianBlur(blur))
    noise = Image.frombytes("L", SIZE, rng.randbytes(WIDTH * HEIGHT)).convert("RGB")
    return Image.blend(img, noise, grain)
