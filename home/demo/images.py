"""Demo photographs drawn with Pillow: abstract landscapes of Himi.

Each scene is a function of a `random.Random`, so the same seed draws the same picture,
byte for byte. The primitives are in home.demo.drawing.
"""

import io

from PIL import Image, ImageDraw, ImageFilter

from .drawing import (
    HEIGHT,
    SIZE,
    SNOW,
    WIDTH,
    boat,
    finish,
    glow,
    gradient,
    jitter,
    mountain,
    paste_gradient,
    pine,
    ridge,
    shimmer,
)


def bay(rng, season="spring"):
    """富山湾越しの立山連峰: the range floating over the sea, seen from the Himi coast."""
    winter = season == "winter"
    sky = (
        [(150, 170, 196), (196, 206, 218), (226, 226, 224)]
        if winter
        else [(92, 146, 206), (164, 198, 230), (232, 226, 214)]
    )
    img = gradient(sky).convert("RGBA")
    if not winter:
        glow(img, (rng.randint(300, 1300), 180), 70, (255, 240, 214), blur=90)
    draw = ImageDraw.Draw(img)
    horizon = 640
    far = [0, 60, 150, 240, 330, 290, 360, 250, 180, 90, 30]
    outline = ridge(rng, horizon, [h * rng.uniform(0.85, 1.1) for h in far], roughness=0.55)
    mountain(
        draw,
        outline,
        horizon,
        (118, 136, 166) if winter else (104, 124, 150),
        snow=SNOW,
        snow_line=horizon - (150 if winter else 220),
        rng=rng,
        streaks=50,
    )
    near = ridge(rng, horizon, [10, 40, 70, 50, 30, 60, 20], roughness=0.6)
    mountain(draw, near, horizon, (84, 104, 120))
    water = [(128, 150, 170), (70, 96, 124)] if winter else [(96, 150, 190), (36, 92, 140)]
    paste_gradient(img, water, horizon)
    shimmer(draw, rng, horizon + 4, (200, 214, 226) if winter else (214, 232, 244))
    if winter:
        boat(draw, rng.randint(900, 1300), 900, 1.4, reflection=(58, 82, 108))
    return img


def harbor(rng):
    """夜明けの氷見漁港: boats back at the quay, a breakwater and its small lighthouse."""
    img = gradient([(44, 62, 110), (210, 140, 140), (248, 196, 140)]).convert("RGBA")
    glow(img, (1180, 560), 60, (255, 214, 150), blur=70)
    draw = ImageDraw.Draw(img)
    horizon = 590
    outline = ridge(rng, horizon, [20, 90, 160, 130, 190, 80, 30], roughness=0.55)
    mountain(
        draw,
        outline,
        horizon,
        (120, 104, 136),
        snow=(236, 214, 220),
        snow_line=horizon - 120,
        rng=rng,
        streaks=25,
    )
    paste_gradient(img, [(200, 150, 150), (60, 74, 110)], horizon)
    shimmer(draw, rng, horizon, (250, 206, 160), count=180)
    draw.rectangle([0, 700, 620, 730], fill=(72, 74, 86))
    draw.rectangle([560, 620, 590, 700], fill=(236, 236, 236))
    draw.rectangle([560, 620, 590, 640], fill=(190, 50, 50))
    for i in range(5):
        x = 760 + i * 170 + rng.randint(-30, 30)
        boat(draw, x, 860 + (i % 2) * 60, 1.1 + 0.2 * (i % 3), reflection=(50, 60, 90))
    return img


def fixed_net(rng):
    """灘浦沖の定置網: a line of orange floats and boats hauling the net."""
    img = gradient([(120, 170, 214), (200, 222, 236)]).convert("RGBA")
    draw = ImageDraw.Draw(img)
    horizon = 430
    paste_gradient(img, [(84, 140, 176), (24, 76, 118)], horizon)
    shimmer(draw, rng, horizon, (180, 214, 232), count=320)
    for row in range(3):
        y0 = 560 + row * 150
        r = 6 + row * 5
        for i in range(18):
            x = 100 + i * 80 + rng.randint(-12, 12) + row * 20
            y = y0 + rng.randint(-8, 8)
            draw.ellipse([x - r, y - r, x + r, y + r], fill=(236, 120, 40))
    for x, y, s in ((420, 720, 1.6), (1160, 760, 1.8)):
        boat(draw, x, y, s, hull=(224, 228, 232), reflection=(20, 62, 98))
        for j in range(3):
            cx = x - 30 * s + j * 18 * s
            draw.ellipse([cx - 6 * s, y - 36 * s, cx + 6 * s, y - 24 * s], fill=(40, 44, 52))
    return img


def fields(rng, season="summer"):
    """田んぼ: paddies in perspective up to a line of low hills."""
    autumn = season == "autumn"
    img = gradient([(120, 176, 224), (214, 230, 240)]).convert("RGBA")
    draw = ImageDraw.Draw(img)
    horizon = 430
    hills = ridge(rng, horizon + 20, [60, 120, 90, 140, 100, 70, 110, 50], roughness=0.6)
    mountain(draw, hills, horizon + 40, (70, 108, 84))
    palette = (
        [(214, 176, 72), (200, 160, 60), (226, 190, 96)]
        if autumn
        else [(96, 160, 72), (112, 176, 84), (84, 148, 66)]
    )
    rows = [horizon + 30 + (HEIGHT - horizon) * (k / 9) ** 1.6 for k in range(10)]
    vanish_x, vanish_y = rng.randint(600, 1000), horizon - 200
    feet = range(-4400, 6000, 400)

    def x_at(foot, y):
        return vanish_x + (foot - vanish_x) * (y - vanish_y) / (HEIGHT - vanish_y)

    for top, bottom in zip(rows, rows[1:], strict=False):
        for a, b in zip(feet, feet[1:], strict=False):
            quad = [
                (x_at(a, top), top),
                (x_at(b, top), top),
                (x_at(b, bottom), bottom),
                (x_at(a, bottom), bottom),
            ]
            draw.polygon(
                quad, fill=jitter(rng, rng.choice(palette), 8), outline=(150, 130, 96), width=2
            )
    for _ in range(3):
        x = rng.randint(100, 1500)
        draw.rectangle([x, horizon - 10, x + 70, horizon + 30], fill=(110, 96, 90))
        draw.polygon(
            [(x - 10, horizon - 10), (x + 35, horizon - 40), (x + 80, horizon - 10)],
            fill=(60, 60, 70),
        )
    return img


def beach(rng):
    """島尾海岸: a long shallow beach with its pine wood."""
    img = gradient([(110, 168, 220), (220, 232, 238)]).convert("RGBA")
    draw = ImageDraw.Draw(img)
    horizon = 470
    paste_gradient(img, [(120, 180, 200), (60, 140, 170)], horizon)
    shimmer(draw, rng, horizon, (220, 240, 246), count=200)
    sand = [(0, 760), (500, 700), (1000, 720), (1600, 640), (1600, HEIGHT), (0, HEIGHT)]
    draw.polygon(sand, fill=(226, 212, 180))
    draw.line([(0, 760), (500, 700), (1000, 720), (1600, 640)], fill=(246, 246, 240), width=6)
    for i in range(7):
        pine(
            draw,
            80 + i * 70 + rng.randint(-20, 20),
            1000 + rng.randint(-30, 30),
            1.2 + rng.random() * 0.5,
        )
    return img


def blossoms(rng):
    """朝日山公園: cherry trees on the hill, the town and the sea below."""
    img = gradient([(140, 186, 230), (226, 236, 244)]).convert("RGBA")
    draw = ImageDraw.Draw(img)
    paste_gradient(img, [(110, 160, 196), (80, 136, 176)], 520, 640)
    for i in range(40):
        x = i * 42 + rng.randint(-10, 10)
        h = rng.randint(14, 40)
        draw.rectangle([x, 640 - h, x + 34, 640], fill=jitter(rng, (176, 170, 166), 20))
    draw.rectangle([0, 640, WIDTH, HEIGHT], fill=(120, 158, 104))
    hill = ridge(rng, 900, [150, 220, 260, 200, 120, 60], roughness=0.5)
    mountain(draw, hill, HEIGHT, (96, 140, 80))
    for _ in range(9):
        x, y = rng.randint(0, WIDTH), rng.randint(760, 1000)
        draw.line([(x, y), (x + rng.randint(-10, 10), y - 110)], fill=(84, 64, 58), width=10)
        for _ in range(14):
            cx, cy = x + rng.randint(-110, 110), y - 130 + rng.randint(-60, 40)
            r = rng.randint(30, 60)
            draw.ellipse(
                [cx - r, cy - r * 0.8, cx + r, cy + r * 0.8], fill=jitter(rng, (244, 196, 210), 12)
            )
    return img


def town(rng):
    """比美町の商店街: two rows of shop houses along the street, tiled roofs above."""
    img = gradient([(150, 190, 226), (230, 232, 230)]).convert("RGBA")
    draw = ImageDraw.Draw(img)
    vanish = (800, 520)
    draw.polygon([(560, HEIGHT), (1040, HEIGHT), vanish], fill=(150, 146, 140))
    for side in (-1, 1):
        depth = 0.12
        while depth < 1.0:
            nxt = min(1.0, depth * rng.uniform(1.25, 1.45))
            x0, x1 = (vanish[0] + side * 760 * d for d in (depth, nxt))
            top0, top1 = (vanish[1] - 480 * d for d in (depth, nxt))
            bot0, bot1 = (vanish[1] + 560 * d for d in (depth, nxt))
            wall = jitter(rng, rng.choice([(196, 180, 156), (170, 150, 126), (214, 206, 190)]))
            draw.polygon([(x0, top0), (x1, top1), (x1, bot1), (x0, bot0)], fill=wall)
            draw.polygon(
                [(x0, top0), (x1, top1), (x1, top1 - 60 * nxt), (x0, top0 - 60 * depth)],
                fill=(62, 66, 78),
            )
            mid = (top0 + bot0) / 2
            draw.polygon(
                [
                    (x0, mid),
                    (x1, mid + (top1 - top0) / 2),
                    (x1, mid + (top1 - top0) / 2 + 80 * nxt),
                    (x0, mid + 80 * depth),
                ],
                fill=(255, 214, 150),
            )
            depth = nxt
    return img


def lagoon(rng):
    """十二町潟: still water, reeds, the far hills doubled in the surface."""
    top = gradient([(176, 196, 220), (238, 226, 206)], (WIDTH, 560)).convert("RGBA")
    draw = ImageDraw.Draw(top)
    hills = ridge(rng, 560, [30, 70, 50, 90, 40, 60, 20], roughness=0.55)
    mountain(draw, hills, 560, (96, 120, 110))
    img = Image.new("RGBA", SIZE)
    img.paste(top, (0, 0))
    reflection = top.transpose(Image.Transpose.FLIP_TOP_BOTTOM).filter(ImageFilter.GaussianBlur(6))
    reflection = Image.blend(
        reflection, Image.new("RGBA", reflection.size, (60, 90, 100, 255)), 0.35
    )
    img.paste(reflection.crop((0, 0, WIDTH, HEIGHT - 560)), (0, 560))
    draw = ImageDraw.Draw(img)
    shimmer(draw, rng, 570, (220, 226, 224), count=80)
    for _ in range(160):
        x = rng.randint(-20, WIDTH)
        base = rng.randint(900, HEIGHT + 40)
        draw.line(
            [(x, base), (x + rng.randint(-30, 30), base - rng.randint(120, 320))],
            fill=jitter(rng, (120, 110, 70), 20),
            width=rng.randint(2, 5),
        )
    return img


def workshop(rng):
    """作業場: light through a window onto a workbench and shelves of tools."""
    img = gradient([(70, 56, 46), (40, 32, 28)]).convert("RGBA")
    draw = ImageDraw.Draw(img)
    draw.rectangle([980, 140, 1420, 560], fill=(236, 232, 214))
    for x in (1126, 1273):
        draw.rectangle([x - 6, 140, x + 6, 560], fill=(64, 52, 44))
    draw.rectangle([980, 344, 1420, 356], fill=(64, 52, 44))
    beam = Image.new("RGBA", SIZE, (255, 236, 190, 0))
    ImageDraw.Draw(beam).polygon(
        [(980, 560), (1420, 560), (900, 1067), (200, 1067)], fill=(255, 236, 190, 70)
    )
    img.alpha_composite(beam.filter(ImageFilter.GaussianBlur(30)))
    for shelf in (260, 420):
        draw.rectangle([100, shelf, 800, shelf + 14], fill=(112, 84, 60))
        x = 120
        while x < 760:
            w, h = rng.randint(30, 70), rng.randint(50, 120)
            draw.rectangle([x, shelf - h, x + w, shelf], fill=jitter(rng, (150, 120, 90), 30))
            x += w + rng.randint(8, 30)
    draw.polygon([(0, 760), (1600, 700), (1600, 800), (0, 880)], fill=(140, 100, 66))
    draw.polygon([(0, 880), (1600, 800), (1600, HEIGHT), (0, HEIGHT)], fill=(74, 54, 40))
    return img


def cape(rng):
    """阿尾の岬: a wooded headland, a small island with its pine, the open bay."""
    img = gradient([(100, 160, 216), (214, 228, 238)]).convert("RGBA")
    draw = ImageDraw.Draw(img)
    horizon = 520
    far = ridge(rng, horizon, [40, 120, 200, 160, 90, 30], roughness=0.55, left=700)
    mountain(
        draw, far, horizon, (126, 146, 172), snow=SNOW, snow_line=horizon - 130, rng=rng, streaks=25
    )
    paste_gradient(img, [(80, 150, 190), (20, 90, 130)], horizon)
    shimmer(draw, rng, horizon, (200, 230, 244), count=240)
    head = [(0, 300), (160, 280), (380, 330), (560, 460), (640, 620), (560, 760), (0, 820)]
    draw.polygon(head, fill=(96, 86, 72))
    draw.polygon(
        [(0, 300), (160, 280), (380, 330), (520, 420), (300, 400), (0, 420)], fill=(52, 88, 58)
    )
    draw.ellipse([1060, 640, 1260, 720], fill=(90, 80, 70))
    pine(draw, 1150, 660, 0.9)
    return img


SCENES = {
    "bay": bay,
    "harbor": harbor,
    "fixed_net": fixed_net,
    "fields": fields,
    "beach": beach,
    "blossoms": blossoms,
    "town": town,
    "lagoon": lagoon,
    "workshop": workshop,
    "cape": cape,
}


def draw_scene(name, rng, **options):
    """The finished picture of scene `name` as an RGB image of SIZE."""
    return finish(SCENES[name](rng, **options), rng)


def jpeg_bytes(img, quality=82):
    buffer = io.BytesIO()
    img.save(buffer, "JPEG", quality=quality, optimize=True, progressive=True)
    return buffer.getvalue()
