"""Serving sign-language videos: streamed with range requests, as a download, with captions.

Addresses without a language prefix, like /documents/: a video belongs to all
languages of its municipality. Only a video that a live, public DGS page of the
current site shows is served; anything else answers 404, as if it did not exist.
"""

import re

from django.http import FileResponse, Http404, HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_safe
from wagtail.models import Page, Site

from .models import SignLanguagePageVideo, SignLanguageVideo

RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")
CHUNK = 64 * 1024


def published_video(request, video_id):
    """The video if a live, public page of the requesting municipality shows it."""
    site = Site.find_for_request(request)
    video = get_object_or_404(SignLanguageVideo, pk=video_id, site=site)
    showing = SignLanguagePageVideo.objects.filter(video=video).values("page")
    if not (
        Page.objects.live()
        .public()
        .descendant_of(site.root_page, inclusive=True)
        .filter(pk__in=showing)
        .exists()
    ):
        raise Http404
    return video


def _byte_range(header, size):
    """(start, end) inclusive for a single range; None: the whole file; False: unsatisfiable."""
    match = RANGE.match(header.strip()) if header else None
    if match is None:
        return None  # no or an unsupported (multi-)range: RFC 9110 lets us send all
    first, last = match.groups()
    if first == "" and last == "":
        return None
    if first == "":  # the last N bytes
        length = int(last)
        if length == 0:
            return False
        return max(size - length, 0), size - 1
    start = int(first)
    end = min(int(last), size - 1) if last else size - 1
    if start >= size or end < start:
        return False
    return start, end


def _read(handle, start, length):
    handle.seek(start)
    try:
        while length > 0:
            data = handle.read(min(CHUNK, length))
            if not data:
                break
            length -= len(data)
            yield data
    finally:
        handle.close()


def _headers(response):
    # No Cache-Control of our own: the middleware's private default keeps a
    # video of a page taken offline out of shared caches at once.
    response["X-Content-Type-Options"] = "nosniff"
    return response


@require_safe
def stream(request, video_id):
    video = published_video(request, video_id)
    size = video.file.size
    wanted = _byte_range(request.headers.get("Range", ""), size)
    if wanted is False:
        response = HttpResponse(status=416)
        response["Content-Range"] = f"bytes */{size}"
        response["Accept-Ranges"] = "bytes"
        return response
    handle = video.file.open("rb")
    if wanted is None:
        response = FileResponse(handle, content_type=video.content_type)
        response["Content-Length"] = size
    else:
        start, end = wanted
        response = StreamingHttpResponse(
            _read(handle, start, end - start + 1), status=206, content_type=video.content_type
        )
        response["Content-Range"] = f"bytes {start}-{end}/{size}"
        response["Content-Length"] = end - start + 1
    response["Accept-Ranges"] = "bytes"
    return _headers(response)


@require_safe
def download(request, video_id):
    video = published_video(request, video_id)
    response = FileResponse(
        video.file.open("rb"),
        as_attachment=True,
        filename=f"gebaerdensprache-{video.pk}.{video.extension}",
        content_type=video.content_type,
    )
    return _headers(response)


@require_safe
def captions(request, video_id):
    video = published_video(request, video_id)
    if not video.captions:
        raise Http404
    response = FileResponse(video.captions.open("rb"), content_type="text/vtt; charset=utf-8")
    return _headers(response)
