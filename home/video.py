"""Sign-language videos checked against BITV 2.0 Anlage 2 when they are uploaded.

The facts come from the file itself (PyAV reads the container), not from the
name or what the browser says: at least 320 × 240 pixels, at least 25 frames
per second, an MP4 or WebM container. A file that fails is refused with a
German message that says what is wrong and what is needed.
"""

from dataclasses import dataclass
from fractions import Fraction

import av
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

MIN_WIDTH, MIN_HEIGHT = 320, 240
MIN_FRAME_RATE = 25
MAX_SIZE = 500 * 1024 * 1024
# PyAV's demuxer names, and the type the file is served with.
CONTAINERS = {"mp4": "video/mp4", "webm": "video/webm"}


@dataclass
class VideoFacts:
    width: int
    height: int
    frame_rate: float
    duration: float
    content_type: str


def _container_type(container, name):
    names = set(container.format.name.split(","))
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if extension == "mp4" and "mp4" in names:
        return CONTAINERS["mp4"]
    if extension == "webm" and "webm" in names:
        return CONTAINERS["webm"]
    return None


def inspect_video(upload):
    """The facts of an uploaded video, or ValidationError in plain German."""
    if upload.size > MAX_SIZE:
        raise ValidationError(
            _("Das Video ist größer als 500 MB. Bitte eine kleinere Datei hochladen.")
        )
    upload.seek(0)
    try:
        with av.open(upload, mode="r") as container:
            content_type = _container_type(container, upload.name or "")
            if content_type is None:
                raise ValidationError(
                    _(
                        "Bitte ein Video im Format MP4 oder WebM hochladen "
                        "(Dateiendung .mp4 oder .webm)."
                    )
                )
            if not container.streams.video:
                raise ValidationError(_("Die Datei enthält kein Video."))
            stream = container.streams.video[0]
            rate = stream.average_rate or stream.guessed_rate or Fraction(0)
            duration = (
                container.duration / av.time_base
                if container.duration
                else float((stream.duration or 0) * (stream.time_base or 0))
            )
            facts = VideoFacts(
                width=stream.codec_context.width,
                height=stream.codec_context.height,
                frame_rate=round(float(rate), 3),
                duration=round(float(duration), 2),
                content_type=content_type,
            )
    except av.FFmpegError as error:
        raise ValidationError(
            _("Die Datei lässt sich nicht als Video lesen. Ist sie beschädigt?")
        ) from error
    finally:
        upload.seek(0)
    problems = []
    if facts.width < MIN_WIDTH or facts.height < MIN_HEIGHT:
        problems.append(
            _(
                "Das Video hat %(width)s × %(height)s Pixel; nötig sind mindestens "
                "320 × 240 Pixel (BITV 2.0, Anlage 2)."
            )
            % {"width": facts.width, "height": facts.height}
        )
    if facts.frame_rate < MIN_FRAME_RATE:
        problems.append(
            _(
                "Das Video hat %(rate)s Bilder pro Sekunde; nötig sind mindestens 25 "
                "(BITV 2.0, Anlage 2)."
            )
            % {"rate": f"{facts.frame_rate:g}"}
        )
    if problems:
        raise ValidationError(problems)
    return facts


def check_captions(upload):
    """A WebVTT file starts with the word WEBVTT; anything else is refused."""
    upload.seek(0)
    head = upload.read(16)
    upload.seek(0)
    if not head.lstrip(b"\xef\xbb\xbf").startswith(b"WEBVTT") or upload.size > 2 * 1024 * 1024:
        raise ValidationError(
            _("Untertitel bitte als WebVTT-Datei (.vtt, höchstens 2 MB) hochladen.")
        )
