"""Calm abstract graphics for the demo, drawn with Pillow.

Each picture comes from a motif, a palette and a seed, so it is the same on
every machine and every run. The alternative text is written from the same
motif and palette, so it describes what is really in the picture.
"""

import io
import math
import random
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFilter

WIDTH, HEIGHT = 1600, 900


@dataclass(frozen=True)
class Palette:
    background: str
    colours: tuple[str, ...]
    words: str  # the colours in words, for the alternative text
    ground: str  # the background in words


PALETTES = {
    "saar": Palette(
        "#f3efe6",
        ("#1f5f6b", "#d9a441", "#8fb3a5", "#c8643b"),
        "Petrol, Ocker, Salbeigrün und Terrakotta",
        "hellem Sandton",
    ),
    "wasser": Palette(
        "#eef4f7",
        ("#1d4e89", "#4f9dbf", "#a7d3e0", "#f2b134"),
        "Dunkelblau, Wasserblau, Hellblau und Sonnengelb",
        "sehr hellem Blaugrau",
    ),
    "wald": Palette(
        "#f1f3ec",
        ("#2f5d3a", "#7a9e5a", "#c9d6a3", "#b5523b"),
        "Tannengrün, Moosgrün, Lindgrün und Ziegelrot",
        "hellem Naturweiß",
    ),
    "abend": Palette(
        "#f6eee9",
        ("#4b3b6b", "#b5617a", "#e7a977", "#5f8fa3"),
        "Aubergine, Altrosa, Apricot und Taubenblau",
        "zartem Rosé",
    ),
    "stein": Palette(
        "#eeeeea",
        ("#3d4a5c", "#8a96a3", "#c9b79c", "#d0704a"),
        "Schiefergrau, Blaugrau, Sandstein und Orange",
        "hellem Steingrau",
    ),
}


def _circles(draw, rng, pal):
    count = rng.randint(6, 9)
    for i in range(count):
        r = rng.randint(140, 320)
        x, y = rng.randint(150, WIDTH - 150), rng.randint(120, HEIGHT - 120)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=pal.colours[i % 4] + "b0")
    return (
        f"Abstrakte Grafik: {count} große, einander überlappende Kreise in "
        f"{pal.words} auf {pal.ground}. Wo sich die Kreise überschneiden, "
        "mischen sich die Farben."
    )


def _hills(draw, rng, pal):
    layers = 4
    for i in range(layers):
        base = HEIGHT * (0.35 + 0.15 * i)
        amp, phase, freq = rng.randint(30, 90), rng.random() * math.tau, rng.uniform(1.2, 2.6)
        points = [(0, HEIGHT)]
        for x in range(0, WIDTH + 40, 40):
            points.append((x, base + amp * math.sin(phase + freq * math.tau * x / WIDTH)))
        points.append((WIDTH, HEIGHT))
        draw.polygon(points, fill=pal.colours[i % 4])
    sun = rng.randint(250, WIDTH - 250)
    draw.ellipse((sun - 70, 90, sun + 70, 230), fill=pal.colours[3])
    return (
        "Abstrakte Landschaft: vier wellenförmige Hügelketten liegen hintereinander, "
        f"in {pal.words}; darüber steht eine runde Sonne vor {pal.ground}."
    )


def _network(draw, rng, pal):
    # A jittered 5 × 3 grid keeps the points spread over the whole picture.
    nodes = [
        (200 + col * 300 + rng.randint(-90, 90), 170 + row * 280 + rng.randint(-70, 70))
        for row in range(3)
        for col in range(5)
    ]
    for i, a in enumerate(nodes):
        for b in sorted(nodes, key=lambda p: (p[0] - a[0]) ** 2 + (p[1] - a[1]) ** 2)[1:3]:
            draw.line((a, b), fill=pal.colours[1], width=6)
        r = 26 + (i % 3) * 14
        draw.ellipse((a[0] - r, a[1] - r, a[0] + r, a[1] + r), fill=pal.colours[i % 4])
    return (
        f"Abstrakte Grafik: fünfzehn runde Punkte in {pal.words}, durch Linien mit ihren "
        f"nächsten Nachbarn verbunden, wie ein Netz auf {pal.ground}."
    )


def _tiles(draw, rng, pal):
    cols, rows = 8, 4
    w, h = WIDTH // cols, HEIGHT // rows
    shapes = 0
    for row in range(rows):
        for col in range(cols):
            x, y = col * w, row * h
            colour = pal.colours[rng.randrange(4)]
            kind = rng.randrange(3)
            if kind == 0:
                draw.rectangle((x + 14, y + 14, x + w - 14, y + h - 14), fill=colour)
            elif kind == 1:
                draw.pieslice(
                    (x - w + 14, y + 14, x + w - 14, y + 2 * h - 14), 270, 360, fill=colour
                )
            else:
                draw.ellipse((x + 30, y + 24, x + w - 30, y + h - 24), fill=colour)
            shapes += 1
    return (
        f"Abstrakte Grafik: ein Raster aus {shapes} Kacheln in vier Reihen. Jede Kachel "
        f"zeigt ein Quadrat, einen Kreis oder einen Viertelkreis in {pal.words} auf "
        f"{pal.ground}."
    )


def _ribbons(draw, rng, pal):
    for i in range(5):
        y0 = 120 + i * 150 + rng.randint(-30, 30)
        amp, phase = rng.randint(40, 110), rng.random() * math.tau
        points = [
            (x, y0 + amp * math.sin(phase + math.tau * x / WIDTH))
            for x in range(-20, WIDTH + 40, 20)
        ]
        draw.line(points, fill=pal.colours[i % 4], width=54, joint="curve")
    return (
        f"Abstrakte Grafik: Auf {pal.ground} ziehen fünf breite, geschwungene Bänder "
        f"in {pal.words} in Wellen waagerecht durch das Bild."
    )


MOTIFS = {
    "circles": _circles,
    "hills": _hills,
    "network": _network,
    "tiles": _tiles,
    "ribbons": _ribbons,
}


def draw_picture(motif: str, palette: str, seed: int) -> tuple[bytes, str]:
    """JPEG bytes and the alternative text that describes them."""
    pal = PALETTES[palette]
    rng = random.Random(f"{motif}:{palette}:{seed}")
    image = Image.new("RGB", (WIDTH, HEIGHT), pal.background)
    # Drawing in RGBA mode on an RGB image blends translucent shapes.
    alt = MOTIFS[motif](ImageDraw.Draw(image, "RGBA"), rng, pal)
    if motif in ("circles", "network"):
        image = image.filter(ImageFilter.SMOOTH)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=82, optimize=True)
    return buffer.getvalue(), alt
