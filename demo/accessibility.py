"""Barrierefreiheit in the demo: a placeholder DGS video per municipality, § 18 MStV.

The video is made at load time with PyAV (H.264 in MP4, 320 × 240 pixels,
25 frames per second, three seconds: the minimum of BITV 2.0 Anlage 2) and says
plainly that the municipality's own DGS video belongs there.
"""

import io
from fractions import Fraction
from pathlib import Path

import av
from django.core.files.base import ContentFile
from PIL import Image, ImageDraw, ImageFont

from home.models import MunicipalitySettings, SignLanguagePageVideo, SignLanguageVideo


def _font(size):
    """Fira Sans from the front-end assets (it has the umlauts); Pillow's own font
    (without them) if the assets are not installed."""
    from django.conf import settings

    path = Path(settings.BASE_DIR) / "node_modules/@kern-ux/native/dist/fonts/fira-sans"
    try:
        return ImageFont.truetype(str(path / "FiraSans-Regular.woff2"), size)
    except OSError:
        return ImageFont.load_default(size=size)


def render_video(lines, width=320, height=240, fps=25, frames=75, container="mp4"):
    """A small video showing `lines` of text, as bytes (also used by the tests)."""
    codec = {"mp4": "libx264", "webm": "libvpx"}[container]
    buffer = io.BytesIO()
    with av.open(buffer, mode="w", format=container) as output:
        stream = output.add_stream(codec, rate=Fraction(fps).limit_denominator(1000))
        stream.width, stream.height, stream.pix_fmt = width, height, "yuv420p"
        font = _font(max(10, height // 14))
        for index in range(frames):
            picture = Image.new("RGB", (width, height), (16, 62, 112))
            draw = ImageDraw.Draw(picture)
            for number, line in enumerate(lines):
                draw.text((12, 16 + number * (height // 10)), line, fill="white", font=font)
            # A moving bar, so that the placeholder is visibly a video.
            x = int((width - 40) * index / max(frames - 1, 1))
            draw.rectangle((x, height - 18, x + 40, height - 10), fill=(255, 206, 0))
            frame = av.VideoFrame.from_image(picture)
            for packet in stream.encode(frame):
                output.mux(packet)
        for packet in stream.encode():
            output.mux(packet)
    return buffer.getvalue()


CAPTIONS = """WEBVTT

00:00:00.000 --> 00:00:03.000
Platzhalter: Hier gehört das Video in Deutscher Gebärdensprache von {name} hin.
"""


def build_sign_language(ctx):
    """The DGS page shows a placeholder video until the municipality records its own."""
    from home.video import inspect_video

    page = ctx.sections["sign_language"]
    if page.videos.exists():
        return
    name = ctx.municipality.name
    data = render_video(
        [
            "Platzhalter",
            "",
            "Hier gehört das Video",
            "in Deutscher",
            "Gebärdensprache",
            f"von {name} hin.",
        ]
    )
    upload = ContentFile(data, name="dgs-platzhalter.mp4")
    facts = inspect_video(upload)
    video = SignLanguageVideo(
        site=ctx.site,
        title=f"Platzhalter: Die Website von {name} in Gebärdensprache",
        transcript=(
            "<p>Dies ist ein Platzhalter. Hier gehört das Video in Deutscher Gebärdensprache "
            f"von {name} hin. Es erklärt, was auf dieser Website steht, wie man sich "
            "zurechtfindet, was in der Erklärung zur Barrierefreiheit steht und wo es weitere "
            "Informationen in Gebärdensprache und Leichter Sprache gibt.</p>"
        ),
        width=facts.width,
        height=facts.height,
        frame_rate=facts.frame_rate,
        duration=facts.duration,
        content_type=facts.content_type,
        file_size=len(data),
    )
    video.file.save("dgs-platzhalter.mp4", upload, save=False)
    video.captions.save(
        "dgs-platzhalter.vtt", ContentFile(CAPTIONS.format(name=name).encode()), save=False
    )
    video.save()
    SignLanguagePageVideo.objects.create(page=page, video=video, sort_order=0)
    page.save_revision().publish()

    config = MunicipalitySettings.for_site(ctx.site)
    if not config.editorial_responsible:
        config.editorial_responsible = (
            f"Leitung der Pressestelle, {ctx.municipality.official_name}\n"
            f"{ctx.municipality.address or 'Anschrift der Verwaltung'}\n"
            "(Beispielangabe für die Demo)"
        )
        config.save()
