"""Search the index: a query, filters (person, place, dates, source), pages, facets and snippets.

This module runs a search and ranks its page; the parts it puts together live
beside it: the query language in :mod:`archive.search.queries`, the filters in
:mod:`archive.search.filters`, snippets and person explanations in
:mod:`archive.search.snippets`, facet counts in :mod:`archive.search.facets`,
and the per-document columns they all read in
:mod:`archive.search.searcher_columns`.

Decisions, in short:

* **Speed.** A searcher is kept per thread (``archive.search.index.live_searcher``);
  the result set is found unscored, as sets of document numbers read from the
  postings a block at a time (:mod:`archive.search.posting_lists`, each posting list
  decoded once per search); then the page is ranked within it by Whoosh's
  BM25F scores of every document of the set (:mod:`archive.search.top_hits`; by
  Whoosh's own collector for queries that module does not score), or sorted
  by date from cached date and id columns; facets count cached per-document
  columns.
* **Filters do not rank.** The page is scored on the query alone, within the
  filtered set; a search of filters only is ranked by the filters' own terms.
* **Paging** is bounded (:data:`MAX_LIMIT` hits a page, :data:`MAX_PAGE`
  pages); equal scores or dates are ordered by id, so a page is the same on
  every call.
* A searcher is reopened fresh when the index changes; ``Searcher.refresh()`` is never used.
"""

from __future__ import annotations

import functools
import json
import re
import heapq
import math
from dataclasses import asdict, dataclass, field

from whoosh.query import And, AndNot, Every, Or, Query, Term

from archive.errors import UsageError
from archive.preservation.root import ArchiveRoot, open_root
from archive.search.analysis import folding_analyzer
from archive.search.facets import count_facets
from archive.search.filters import _date_range, _in_range, _person_keys, _place_filter, _source_host
from archive.search.index import LiveSearcher, live_searcher
from archive.search.phrases import FieldPhrase, fast_phrases, scored_by_words
from archive.search.posting_lists import shared_postings, term_docs
from archive.search.schema import language_code
from archive.search.queries import _parse, expand_prefixes, read_query
from archive.search.searcher_columns import _bounds_columns, _id_column, _restricted_docs
from archive.search.snippets import _explain, _highlight_terms, _snippet, _Spellings
from archive.search.top_hits import top

__all__ = [
    "MAX_LIMIT",
    "Hit",
    "SearchResult",
    "search",
]

MAX_LIMIT = 100
MAX_PAGE = 10_000
SORTS = ("relevance", "date")


@dataclass
class Hit:
    id: str
    title: str | None
    publication: str | None          # the EDTF publication date, None when undated
    source: str | None
    score: float | None
    snippet: str                     # matches marked [[ ]]; empty for restricted items
    matched: list[str] = field(default_factory=list)      # the words marked in the snippet
    restricted: bool = False
    person_forms: list[str] = field(default_factory=list)  # spellings that matched --person
    explanation: str | None = None


@dataclass
class SearchResult:
    query: str
    total: int
    page: int
    limit: int
    hits: list[Hit]
    facets: dict[str, list[dict]]
    #: How the query was read when that is not what it says (operators taken as words).
    notes: list[str] = field(default_factory=list)

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.total / self.limit))

    def to_dict(self) -> dict:
        data = asdict(self)
        data["pages"] = self.pages
        return data


# --- search -----------------------------------------------------------------------------


def _docs(searcher, query: Query) -> set[int]:
    """Every document matching ``query``, unscored, as a set of docnums.

    Whoosh answers an OR (which every multi-field word is: title OR standfirst
    OR text OR authors) by stepping a union matcher through the documents one
    at a time in Python; the union of each part's own posting list, read in
    blocks, is several times faster. AND and AND NOT become set operations the
    same way; anything else is left to Whoosh.
    """
    if isinstance(query, Or) and not query.minmatch:
        found: set[int] = set()
        for part in query.subqueries:
            found |= _docs(searcher, part)
        return found
    if isinstance(query, And):
        parts = [part for part in query.subqueries if not isinstance(part, Every)] or query.subqueries
        parts = sorted((_docs(searcher, part) for part in parts), key=len)
        return set.intersection(*parts) if parts else set()
    if isinstance(query, AndNot):
        return _docs(searcher, query.a) - _docs(searcher, query.b)
    if type(query) is Term:
        return set(term_docs(searcher.reader(), query.fieldname, query.text))
    if isinstance(query, FieldPhrase):
        return query.found(searcher)
    return set(searcher.docs_for_query(query))


def _hit(fields: dict, score: float, sort: str, text_terms: set[str], spellings: "_Spellings",
         person: str | None) -> Hit:
    """One result: its stored fields, snippet and, for a person search, the spellings matched."""
    restricted = bool(fields.get("restricted"))
    forms = spellings.forms(fields) if person else []
    terms = text_terms | {f.lower() for f in forms}
    terms = {t for word in terms for t in (tok.text for tok in folding_analyzer()(word))}
    snippet, matched = ("", []) if restricted else _snippet(
        fields.get("text") or fields.get("standfirst") or "", terms)
    return Hit(id=fields["id"], title=fields.get("title"), publication=fields.get("pub_edtf"),
               source=fields.get("source"), score=None if sort == "date" else round(score, 4),
               snippet=snippet, matched=matched, restricted=restricted, person_forms=forms,
               explanation=_explain(person, forms) if person else None)


def _page(live: LiveSearcher, scored: Query, docs: set[int], page: int, limit: int,
          sort: str) -> list[tuple[int, float | None]]:
    """(document number, score) of the page's hits among ``docs``.

    By relevance the scores come from :func:`archive.search.top_hits.top` (Whoosh's
    scores, without stepping Whoosh's matchers through every found document),
    or from Whoosh for a query that module does not score; equal scores are
    ordered by id either way. By date: :func:`_by_date`, no scores.
    """
    wanted = page * limit
    if sort == "date":
        ranked: list = [(docnum, None) for docnum in _by_date(live, docs, wanted)]
    else:
        ids = _id_column(live)
        ranked = top(live.searcher, scored, docs, wanted, ties=ids)
        if ranked is None:    # scored by Whoosh: every document, then the same order (ties by id)
            results = live.searcher.search(scored, filter=docs, limit=None)
            ranked = heapq.nsmallest(wanted, ((hit.docnum, hit.score) for hit in results),
                                     key=lambda item: (-item[1], ids[item[0]] or ""))
    return ranked[(page - 1) * limit: page * limit]


def _by_date(live: LiveSearcher, docs: set[int], count: int) -> list[int]:
    """The first ``count`` of ``docs`` by date: dated ones from the earliest, then the
    undated; ties by id. From the searcher's cached columns: Whoosh's sorting
    collector steps the query's matchers through every document to sort them
    (a second for a common phrase at 20,000 articles)."""
    earliest, _ = _bounds_columns(live)
    ids = _id_column(live)
    return heapq.nsmallest(count, docs, key=lambda d: (earliest[d] is None, earliest[d] or 0, ids[d] or ""))


def _check_paging(page: int, limit: int, sort: str) -> None:
    if not 1 <= limit <= MAX_LIMIT:
        raise UsageError(f"limit must be between 1 and {MAX_LIMIT}")
    if not 1 <= page <= MAX_PAGE:
        raise UsageError(f"page must be between 1 and {MAX_PAGE}")
    if sort not in SORTS:
        raise UsageError(f"sort must be one of: {', '.join(SORTS)}")


def _sharing_postings(function):
    """Run ``function`` with each posting list decoded once (:func:`archive.search.posting_lists.shared_postings`)."""
    @functools.wraps(function)
    def sharing(*args, **kwargs):
        with shared_postings():
            return function(*args, **kwargs)
    return sharing


@_sharing_postings
def search(root, query: str = "", *, person: str | None = None, place: str | None = None,
           date_from: str | None = None,
           date_to: str | None = None, include_undated: bool = False, source: str | None = None,
           language: str | None = None, sort: str = "relevance", page: int = 1, limit: int = 10,
           include_restricted: bool = False, facets: bool = True) -> SearchResult:
    """Search the archive at ``root`` (an :class:`ArchiveRoot` or a path); see the module docs.

    ``facets=False`` skips the facet counts (``SearchResult.facets`` is then
    empty) for callers that show none, such as a CSV export.
    """
    query = query or ""
    _check_paging(page, limit, sort)
    if not isinstance(root, ArchiveRoot):
        root = open_root(root)
    live = live_searcher(root)
    parsed = _parsed(live, query)

    filters: list[Query] = []
    person_keys: list[str] = []
    if person:
        person_keys = _person_keys(root, person)
        filters.append(Or([Term("person", k) for k in person_keys]))
    if place:
        filters.append(_place_filter(place))
    dates = _date_range(date_from, date_to, include_undated)
    if source:
        filters.append(Term("source", _source_host(source)))
    if language:
        filters.append(Term("language", language_code(language) or ""))
    combined = None if not filters else filters[0] if len(filters) == 1 else And(filters)

    searcher = live.searcher
    notes: list[str] = []
    literal = read_query(query, literal=True)
    has_operators = literal != read_query(query)
    # Only a query of four words or more can be a pasted title worth the extra phrase
    # look-up ("prussdem AND council" is composed; "Minister says NOT to deal" is pasted).
    shouted = has_operators and len(literal.split()) >= TITLE_WORDS and _is_a_title(live, literal)
    docs = set() if shouted else _matching(live, parsed, combined, dates, include_restricted)
    if not docs and has_operators and (shouted or not _SYNTAX.search(literal)):
        # Headlines shout ("says NOT to the deal"): read the operators as words.
        parsed = _parsed(live, literal)
        docs = _matching(live, parsed, combined, dates, include_restricted)
        notes.append("AND, OR and NOT were read as words: " + (
            "the query is an article's title" if shouted else "as operators they matched nothing"))
    total = len(docs)
    hits: list[Hit] = []
    if docs and (page - 1) * limit < total:
        # ... then the page, scored on the query alone (filters do not change the
        # ranking) and only within that set. No words: rank by the filters' own terms
        # (a person named more often comes first) rather than step Every() through the
        # whole archive. Phrases are ranked by their words or pair term where they stand.
        scored = combined if isinstance(parsed, Every) and combined is not None else scored_by_words(parsed)
        text_terms = _highlight_terms(parsed)
        spellings = _Spellings({k.split()[-1] for k in person_keys})
        joined: dict[str, None] = {}
        for docnum, score in _page(live, scored, docs, page, limit, sort):
            fields = searcher.stored_fields(docnum)
            hits.append(_hit(fields, score, sort, text_terms, spellings, person))
            if person and len(person.split()) == 1:
                joined.update(dict.fromkeys(_people_named(fields, spellings.keys)))
        if len(joined) > 1:
            notes.append(f"{person.strip()} joins {len(joined)} people on this page: " + ", ".join(joined)
                         + "; give a full name to search for one")
    facet_counts: dict[str, list[dict]] = {}
    if facets:
        facet_counts = count_facets(live, docs)
    return SearchResult(query=query, total=total, page=page, limit=limit, hits=hits,
                        facets=facet_counts, notes=notes)


#: Words a query needs before its operators may be read as a title's words.
TITLE_WORDS = 4
#: Query syntax besides the operators: quotes, groups, fields. A query using it was
#: composed, not pasted, so its operators are meant even when they find nothing.
_SYNTAX = re.compile(r'["():*]')


def _people_named(fields: dict, surname_keys: set[str]) -> list[str]:
    """The full display names of an article's people filed under one of ``surname_keys``
    (a lone "Trump" the article could not tie to one of them is not a person to name)."""
    try:
        people = json.loads(fields.get("person_forms") or "[]")
    except ValueError:
        return []
    named = []
    for person in people if isinstance(people, list) else []:
        if not isinstance(person, dict) or len((person.get("name") or "").split()) < 2:
            continue
        key = (person.get("key") or "").split()
        if key and key[-1] in surname_keys:
            named.append(person["name"])
    return named


def _is_a_title(live: LiveSearcher, literal: str) -> bool:
    """Whether ``literal`` (a query read with its operators as words, no field syntax)
    is, word for word, the title of an article: then it was pasted, not composed."""
    words = literal.replace('"', " ").replace("(", " ").replace(")", " ")
    if ":" in words or not words.strip():
        return False
    return bool(_docs(live.searcher, _parsed(live, f'title:"{words}"')) - _restricted_docs(live))


def _parsed(live: LiveSearcher, text: str) -> Query:
    """``text`` read, parsed, its phrases made fast and its prefixes expanded, on the open
    searcher's schema (never live.ix.schema: the index object reads its TOC from disk on
    every use, and a reindex may have removed that folder meanwhile)."""
    parsed = fast_phrases(_parse(live.searcher.schema, text), live.meta.pair_words)
    return expand_prefixes(parsed, live.searcher.reader())


def _matching(live: LiveSearcher, parsed: Query, combined: Query | None, dates, include_restricted: bool) -> set[int]:
    """The whole result set (for the total and the facets): unscored, so Whoosh
    decodes posting blocks without scoring each document; then dates and access."""
    wanted = parsed if combined is None else And([parsed, combined])
    docs = _docs(live.searcher, wanted)
    if dates is not None:
        docs = _in_range(live, docs, dates)
    if not include_restricted:
        docs -= _restricted_docs(live)
    else:     # restricted items, yes; a withdrawn item's stub (no content: archive.search.tombstones), never
        docs -= _docs(live.searcher, Term("withdrawn", True))
    return docs
