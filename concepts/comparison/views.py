"""The comparison page of an edition: `…/vergleich/` against its predecessor,
`…/vergleich/<year or slug>/` against any other edition of the same line.

A routable sub-page of the edition, so it is a page like any other: cached for
readers, in the edition's language, public exactly when both editions are.
"""

from django.http import Http404
from wagtail import hooks
from wagtail.models import Locale

from .results import cached_comparison

ANSWERS_HOOK = "weltoffen_comparison_answers"


def line_of(page):
    """The edition line in the page's language. A translation's predecessor
    may still point to the German edition (wagtail-localize copies the link
    when the predecessor has no translation), so a translation follows the
    German line and keeps the editions translated into its language."""
    line = page.edition_line
    if len(line) > 1 or not page.predecessor_id:
        return line
    default = Locale.get_default()
    if page.locale_id == default.pk:
        return line
    source = page.get_translation_or_none(default)
    if source is None or not source.live:
        return line
    german = source.specific.edition_line
    translated = {
        edition.translation_key: edition
        for edition in type(page)
        .objects.visible()
        .filter(locale_id=page.locale_id, translation_key__in=[e.translation_key for e in german])
        .specific()
    }
    translated[page.translation_key] = page
    return [translated[e.translation_key] for e in german if e.translation_key in translated]


def older_and_newer(page, other=None, line=None):
    """The pair of editions to compare, older first, or None."""
    line = line_of(page) if line is None else line
    if page not in line:
        return None
    if other is None:
        index = line.index(page)
        return (line[index - 1], page) if index > 0 else None
    matches = [e for e in line if e.pk != page.pk and other in (str(e.year), e.slug)]
    if not matches:
        return None
    pair = sorted([matches[0], page], key=lambda e: (e.year, e.pk))
    return tuple(pair)


def answers_for(newer, keys):
    """The consultation's answers that changed these sections of the newer
    edition, {key: [answer, …]}, from the apps above (hook, so concepts need
    not import them)."""
    found = {}
    for hook in hooks.get_hooks(ANSWERS_HOOK):
        for key, answers in (hook(newer, keys) or {}).items():
            found.setdefault(key, []).extend(answers)
    return found


def german_comparison(page, other=None):
    """The German edition with a comparison, when this translation has none."""
    default = Locale.get_default()
    if page.locale_id == default.pk:
        return None
    source = page.get_translation_or_none(default)
    if source is None or not source.live:
        return None
    source = source.specific
    return source if older_and_newer(source, other) else None


def comparison_page(page, request, other=None):
    line = line_of(page)
    pair = older_and_newer(page, other, line)
    if pair is None:
        german = german_comparison(page, other)
        if german is None:
            raise Http404
        return page.render(
            request,
            template="concepts/comparison_untranslated.html",
            context_overrides={"german": german, "other": other},
        )
    older, newer = pair
    comparison = cached_comparison(older, newer, older.live_revision_id, newer.live_revision_id)
    changes = [*comparison.texts, *comparison.changes()]
    answers = answers_for(newer, [change.key for change in changes])
    for change in changes:
        change.answers = answers.get(change.key, [])
    return page.render(
        request,
        template="concepts/comparison.html",
        context_overrides={
            "older": older,
            "newer": newer,
            "comparison": comparison,
            "line": line,
        },
    )
