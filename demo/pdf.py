"""A minimal PDF writer for the demo documents: A4 text pages in Helvetica.

No dependencies. The built-in Helvetica fonts with WinAnsiEncoding cover the
German alphabet (ä, ö, ü, ß, „…“, –), so the text is encoded as cp1252.
Output is deterministic: the same input gives byte-identical files.
"""

import textwrap
from dataclasses import dataclass

PAGE_WIDTH, PAGE_HEIGHT = 595, 842  # A4 in points
MARGIN_LEFT, MARGIN_TOP, MARGIN_BOTTOM = 64, 72, 64


@dataclass(frozen=True)
class Style:
    font: str  # "F1" regular, "F2" bold
    size: float
    leading: float
    space_before: float
    wrap: int  # characters per line; Helvetica averages about half an em


STYLES = {
    "title": Style("F2", 20, 25, 0, 44),
    "subtitle": Style("F1", 12, 16, 4, 78),
    "h1": Style("F2", 14, 18, 14, 62),
    "h2": Style("F2", 11.5, 15, 10, 76),
    "p": Style("F1", 10.5, 14, 6, 92),
    "li": Style("F1", 10.5, 14, 2, 88),
    "small": Style("F1", 8.5, 11, 10, 110),
}


def _escape(text: str) -> bytes:
    data = text.encode("cp1252", errors="replace")
    return data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _layout(blocks):
    """Split (style, text) blocks into pages of (font, size, x, y, text) lines."""
    pages, current = [], []
    y = PAGE_HEIGHT - MARGIN_TOP
    for kind, text in blocks:
        style = STYLES[kind]
        indent = 14 if kind == "li" else 0
        lines = textwrap.wrap(text, width=style.wrap) or [""]
        if kind == "li":
            lines = ["•  " + lines[0]] + ["   " + line for line in lines[1:]]
        needed = style.space_before + style.leading * len(lines)
        # Keep headings with at least two lines of what follows.
        if kind in ("h1", "h2"):
            needed += 2 * STYLES["p"].leading
        if current and y - needed < MARGIN_BOTTOM:
            pages.append(current)
            current, y = [], PAGE_HEIGHT - MARGIN_TOP
        elif current:
            y -= style.space_before
        for line in lines:
            if y - style.leading < MARGIN_BOTTOM:
                pages.append(current)
                current, y = [], PAGE_HEIGHT - MARGIN_TOP
            y -= style.leading
            current.append((style.font, style.size, MARGIN_LEFT + indent, y, line))
    if current or not pages:
        pages.append(current)
    return pages


def build_pdf(blocks, *, title="", author="", footer=""):
    """A PDF (bytes) from a list of (style, text) with style in STYLES."""
    pages = _layout(blocks)
    objects = {}  # number -> bytes
    font_regular, font_bold, pages_obj, catalog, info = 1, 2, 3, 4, 5
    objects[font_regular] = (
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    objects[font_bold] = (
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    )
    page_numbers = []
    number = 6
    for index, lines in enumerate(pages, start=1):
        ops = []
        for font, size, x, y, text in lines:
            ops.append(
                b"BT /%s %.1f Tf %d %.1f Td (%s) Tj ET" % (font.encode(), size, x, y, _escape(text))
            )
        foot = f"{footer} – Seite {index} von {len(pages)}" if footer else f"Seite {index}"
        ops.append(b"BT /F1 8 Tf %d %d Td (%s) Tj ET" % (MARGIN_LEFT, 36, _escape(foot)))
        stream = b"\n".join(ops)
        content, page = number, number + 1
        number += 2
        objects[content] = b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream)
        objects[page] = (
            b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] "
            b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>"
            % (pages_obj, PAGE_WIDTH, PAGE_HEIGHT, font_regular, font_bold, content)
        )
        page_numbers.append(page)
    kids = b" ".join(b"%d 0 R" % n for n in page_numbers)
    objects[pages_obj] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(page_numbers))
    objects[catalog] = b"<< /Type /Catalog /Pages %d 0 R /Lang (de-DE) >>" % pages_obj
    objects[info] = b"<< /Title (%s) /Author (%s) /Producer (Weltoffen-Demo) >>" % (
        _escape(title),
        _escape(author),
    )

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for n in sorted(objects):
        offsets[n] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (n, objects[n])
    xref = len(out)
    size = max(objects) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for n in range(1, size):
        out += b"%010d 00000 n \n" % offsets[n]
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        size,
        catalog,
        info,
        xref,
    )
    return bytes(out)
