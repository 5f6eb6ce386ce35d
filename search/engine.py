"""The query logic of the public search, shared by the view, autocomplete and evaluation.

`run()` decides which pages are in scope (municipality, languages), expands
the German words of the query (`search.german`), lets the configured Wagtail
backend find the candidates, then ranks them the same way on every backend:
titles above leads above body text, exact words above other forms above
compound parts, the current concept edition above superseded ones.
"""

import html
import math
from dataclasses import dataclass, field
from functools import reduce

from django.contrib.contenttypes.models import ContentType
from django.utils.html import strip_tags
from wagtail.models import Locale, Page
from wagtail.search.index import SearchField
from wagtail.search.query import And, Or, PlainText

from . import candidates, german, word_list
from .hits import Hit, kind_name
from .prepared import (
    IN_LEAD,
    IN_TITLE,
    prepare_display,  # noqa: F401 (used by views)
    prepared_words,
)
from .results import BODY, LEAD, TITLE, apply_filters, facets, suggest
from .scope import (  # noqa: F401 (scope and scope_roots: used by views and tests)
    pages_in_scope,
    replaced_editions,
    scope,
    scope_roots,
)

MAX_CANDIDATES = 300

FIELD_WEIGHT = {TITLE: 5.0, LEAD: 2.5, BODY: 1.0}
LEAD_FIELDS = {"summary", "lead", "search_description", "introduction", "seo_title"}

# Page types readers rarely look for by content words.
TYPE_FACTOR = {
    "legalpage": 0.5,
    "accessibilitystatementpage": 0.5,
    "homepage": 0.8,
    "easylanguagepage": 0.8,
    # overviews: a reader is better served by the content they list
    "conceptindexpage": 0.9,
    "newsindexpage": 0.9,
    "eventindexpage": 0.9,
}
TITLE_COVERS_QUERY = 1.5
STATUS_FACTOR = {"adopted": 1.3, "superseded": 0.75}


# --- Texts -----------------------------------------------------


def _plain(value):
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return " ".join(_plain(v) for v in value)
    if isinstance(value, dict):
        return " ".join(_plain(v) for v in value.values())
    return html.unescape(strip_tags(str(value)))


def page_texts(page):
    """{TITLE, LEAD, BODY: plain text} of a specific page, from its search fields."""
    texts = {TITLE: [], LEAD: [], BODY: []}
    for search_field in page.get_search_fields():
        if not isinstance(search_field, SearchField):
            continue
        try:
            value = search_field.get_value(page)
        except Exception:  # a broken block must not break the search
            continue
        name = search_field.field_name
        part = TITLE if name == "title" else LEAD if name in LEAD_FIELDS else BODY
        texts[part].append(_plain(value))
    return {part: " ".join(values) for part, values in texts.items()}


# --- Results -------------------------------------------------------------------


@dataclass
class Outcome:
    query: str
    terms: list
    hits: list
    expansions: dict
    facets: dict = field(default_factory=dict)
    suggestion: str = ""

    def __len__(self):
        return len(self.hits)


def backend_query(groups, operator="and"):
    """A Wagtail query: every group (one per query word) matches one of its words."""
    parts = [
        reduce(lambda a, b: a | b, (PlainText(word) for word in words))
        if len(words) > 1
        else PlainText(words[0])
        for words in groups
    ]
    if len(parts) == 1:
        return parts[0]
    return And(parts) if operator == "and" else Or(parts)


def word_sets(texts):
    return {part: {german.fold(w) for w in german.words(text)} for part, text in texts.items()}


def edition_status(page, replaced=None):
    """A concept edition's status, "superseded" also when a newer adopted
    edition is live. `replaced`: the ids of the adopted editions that one
    replaces, when known already (``replaced_editions``)."""
    status = getattr(page, "status", None)
    if status != "adopted" or getattr(page, "successors", None) is None:
        return status
    if replaced is None:
        replaced = replaced_editions([page.pk])
    return "superseded" if page.pk in replaced else status


def folded_expansions(expansions):
    """[[(folded word, weight)] per query word]: what score() looks up."""
    return [
        [(german.fold(word), weight) for word, weight in expanded.items()]
        for expanded in expansions.values()
    ]


# The weight of a word's best part, for its marks (search.prepared.marks)
PART_WEIGHT = {
    bits: FIELD_WEIGHT[TITLE if bits & IN_TITLE else LEAD if bits & IN_LEAD else BODY]
    for bits in range(1, 8)
}


def score(hit, expansions, replaced=None, folded=None):
    """Sum over query words of the best weighted match; fewer matched words
    weigh less. `folded`: folded_expansions(expansions), when a search
    scores many hits."""
    marks = hit.marks
    total, matched_terms, in_title = 0.0, 0, 0
    for expanded in folded or folded_expansions(expansions):
        best, title = 0.0, False
        for key, weight in expanded:
            bits = marks.get(key)
            if bits:
                best = max(best, weight * PART_WEIGHT[bits])
                title = title or bits & IN_TITLE
        if best:
            matched_terms += 1
            in_title += bool(title)
            total += best
    coverage = matched_terms / (len(expansions) or 1)
    factor = TYPE_FACTOR.get((hit.model or type(hit.page))._meta.model_name, 1.0)
    if in_title == len(expansions):  # the title names everything asked for
        factor *= TITLE_COVERS_QUERY
    status = hit.status
    if replaced is None:
        status = edition_status(hit.page)
    elif hit.pk in replaced:
        status = "superseded"
    factor *= STATUS_FACTOR.get(status, 1.0)
    # shorter pages that match are more about the word than long ones
    return total * coverage * coverage * factor / (1 + math.log1p(hit.length / 4000))


def search_candidates(pages, query, keys=None):
    """The backend's best MAX_CANDIDATES matches of a query, in its order
    (on PostgreSQL from search.candidates, the same pages from a cheaper query;
    `keys`: the folded words score() looks up)."""
    found = candidates.find(pages, query, MAX_CANDIDATES, keys)
    if found is None:
        found = list(pages.search(query, order_by_relevance=True)[:MAX_CANDIDATES])
    return found


def run(
    site,
    query,
    language=None,
    all_languages=False,
    all_sites=False,
    filters=None,
    german_forms=True,
    kept_scope=None,
):
    """Search as a reader of `site` in `language`; returns an Outcome with ranked
    hits. `kept_scope`: scope()'s value for these arguments, if kept."""
    language = language or Locale.get_active().language_code
    terms = german.query_terms(query)
    outcome = Outcome(query=query, terms=terms, hits=[], expansions={})
    if not terms or site is None:
        return outcome
    if german_forms:
        expansions = word_list.expand(terms)
    else:
        expansions = {term: {term: german.EXACT} for term in terms}
    outcome.expansions = expansions
    private, roots, replaced, promoted = kept_scope or scope(
        site, language, all_languages, all_sites
    )
    if not roots:
        return outcome
    pages = pages_in_scope(roots, private)
    groups = [list(expanded) for expanded in expansions.values()]
    keys = {german.fold(word) for words in groups for word in words}
    found = search_candidates(pages, backend_query(groups), keys)
    if not found and len(groups) > 1:
        found = search_candidates(pages, backend_query(groups, "or"), keys)
    prepared = prepared_words(found, keys)
    found = [page for page in found if page.pk in prepared]
    names = {each.pk: getattr(each, "_weltoffen_name", "") for each, _root in roots}
    names.setdefault(site.pk, getattr(site, "_weltoffen_name", ""))
    # (site, its root's path, its name) for each root, the deepest first
    by_path = sorted(
        ((each, root.path, names[each.pk]) for each, root in roots), key=lambda r: -len(r[1])
    )
    elsewhere = (site, None, names[site.pk])
    locales, models = {}, {}
    folded = folded_expansions(expansions)
    hits = []
    for position, page in enumerate(found):
        marks, length, fields, facts = prepared[page.pk]
        if not isinstance(page, candidates.Candidate) and not Page.locale.is_cached(page):
            locales = locales or {locale.pk: locale for locale in Locale.objects.all()}
            page.locale = locales[page.locale_id]
        if page.content_type_id not in models:
            model = ContentType.objects.get_for_id(page.content_type_id).model_class()
            models[page.content_type_id] = (model, kind_name(model))
        model, label = models[page.content_type_id]
        hit_site, _root, municipality = next(
            (each for each in by_path if page.path.startswith(each[1])), elsewhere
        )
        hit = Hit(
            page,
            fields=fields,
            marks=marks,
            folded=folded,
            length=length,
            model=model,
            facts=facts,
            label=label,
            site=hit_site,
            municipality=municipality,
        )
        # the backend's order breaks ties
        hit.score = score(hit, expansions, replaced, folded) + 1e-6 * (len(found) - position)
        hits.append(hit)
        if isinstance(page, candidates.Candidate):
            page.search_row = None  # read: not kept with the outcome
    hits.sort(key=lambda h: -h.score)
    hits = promoted_first(query, hits, pages, promoted)
    outcome.facets = facets(hits)
    outcome.hits = apply_filters(hits, filters or {})
    if not outcome.hits:
        outcome.suggestion = suggest(terms)
    return outcome


def field_names(page):
    """The names of a page's fields of action (a relation or, for concept
    editions, the ones its structure names)."""
    related = getattr(page, "fields_of_action", None) or []
    if hasattr(related, "all"):
        related = related.all()
    return sorted({str(getattr(f, "name", f)) for f in related})


def specific_in_order(pages):
    """The specific pages for a list of pages, with their locales, in one
    query per page type (the pages' content types are known already)."""
    by_type = {}
    for page in pages:
        by_type.setdefault(page.content_type_id, []).append(page.pk)
    by_id = {}
    for content_type_id, ids in by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None:
            continue
        by_id.update(
            (page.pk, page) for page in model.objects.filter(pk__in=ids).select_related("locale")
        )
    return [by_id[p.pk] for p in pages if p.pk in by_id]


def promoted_first(query, hits, pages, promotions):
    """Editors' promotions for the exact query (Wagtail's search promotions,
    `promotions`: search.scope.promotions()) on top."""
    from wagtail.search.utils import normalise_query_string

    promoted_ids = promotions.get(normalise_query_string(query), [])
    if not promoted_ids:
        return hits
    visible = pages.filter(pk__in=promoted_ids).only("pk", "content_type_id")
    existing = {h.pk: h for h in hits}
    top = []
    visible = {page.pk: page for page in visible}
    for page in specific_in_order([visible[i] for i in promoted_ids if i in visible]):
        hit = existing.pop(page.pk, None) or Hit(
            page, texts=page_texts(page), fields=field_names(page)
        )
        hit.promoted = True
        top.append(hit)
    return top + [h for h in hits if h.pk in existing]
