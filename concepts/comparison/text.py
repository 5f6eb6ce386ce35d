"""Word-by-word differences of two texts, as HTML that screen readers can follow.

Most screen readers announce neither <ins> nor <del>, so each carries a
visually hidden label ("eingefügt", "gestrichen") and the change is never told
by colour alone.
"""

import re
from difflib import SequenceMatcher

from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

# Words, runs of spaces and single punctuation marks, so a changed comma does
# not mark the whole word next to it.
TOKENS = re.compile(r"\w+|\s+|[^\w\s]", re.UNICODE)
BLOCK_END = re.compile(r"</(p|li|h\d|blockquote)>|<br\s*/?>", re.IGNORECASE)


def plain_text(html):
    """Rich text as plain text, one line per paragraph or list item."""
    text = strip_tags(BLOCK_END.sub("\n", str(html or "")))
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def tokens(text):
    return TOKENS.findall(text or "")


def _marked(tag, label, words):
    text = escape("".join(words))
    if not text.strip():
        return text
    return f'<{tag}><span class="wo-visually-hidden">{label}: </span>{text}</{tag}>'


# Below this share of common words a text was rewritten, not edited: word by
# word marks would scatter fragments, so the old text is struck as a whole.
REWRITTEN_BELOW = 0.5


def word_diff(before, after):
    """`after` with the words taken out of `before` in <del> and the new ones in
    <ins>, paragraph by paragraph (lines stay lines)."""
    old_lines, new_lines = (before or "").split("\n"), (after or "").split("\n")
    parts = []
    matcher = SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            parts.extend(escape(line) for line in new_lines[j1:j2])
            continue
        old, new = old_lines[i1:i2], new_lines[j1:j2]
        for k in range(max(len(old), len(new))):
            parts.append(_line_diff(old[k] if k < len(old) else "", new[k] if k < len(new) else ""))
    return mark_safe("<br>".join(part for part in parts if part))


def _line_diff(before, after):
    old, new = tokens(before), tokens(after)
    inserted, deleted = _("eingefügt"), _("gestrichen")
    words = SequenceMatcher(
        None, [t for t in old if not t.isspace()], [t for t in new if not t.isspace()]
    )
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    if words.ratio() < REWRITTEN_BELOW:
        return " ".join(
            part for part in (_marked("del", deleted, old), _marked("ins", inserted, new)) if part
        )
    parts = []
    for op, i1, i2, j1, j2 in _merged(matcher.get_opcodes(), new):
        if op == "equal":
            parts.append(escape("".join(new[j1:j2])))
            continue
        if op in ("delete", "replace"):
            parts.append(_marked("del", deleted, old[i1:i2]))
        if op in ("insert", "replace"):
            parts.append(_marked("ins", inserted, new[j1:j2]))
    return "".join(parts)


def _merged(opcodes, new):
    """Join changes separated only by a space, so "einem Standort" → "zwei
    Standorten" reads as one change, not two."""
    merged = []
    for op in opcodes:
        tag, i1, i2, j1, j2 = op
        if (
            len(merged) >= 2
            and tag != "equal"
            and merged[-1][0] == "equal"
            and merged[-2][0] != "equal"
            and "".join(new[merged[-1][3] : merged[-1][4]]).isspace()
        ):
            merged.pop()
            start = merged.pop()
            merged.append(("replace", start[1], i2, start[3], j2))
        else:
            merged.append(op)
    return merged
