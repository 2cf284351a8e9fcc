"""Search the index: a query, filters (person, place, dates, source), pages, facets and snippets.

Decisions, in short:

* **Query language.** Whoosh's ``MultifieldParser`` over ``title``,
  ``standfirst``, ``text`` and ``authors`` with ``AND``/``OR``/``NOT``,
  ``"phrases"``, parentheses and ``field:value`` for the fields in
  :data:`QUERY_FIELDS`. Whoosh parses anything without complaint (an unbalanced
  quote silently becomes a word), so the raw query is checked first by
  :func:`check_query`: balanced quotes and parentheses, no dangling operator,
  known field names only, at most :data:`MAX_QUERY_CHARS` characters. Wildcards
  are bounded: only a trailing ``*`` after at least :data:`MIN_PREFIX` letters
  (``kazak*``), and at most :data:`MAX_WILDCARDS` of them; ``*a*``, leading
  wildcards and ``?`` are refused, because they scan the whole lexicon.
* **Snippets.** Matches are marked ``[[`` ``]]`` (not « », which Russian texts
  use as quotation marks). A hit carries ``snippet`` (marked) and ``matched``
  (the distinct words marked), so JSON consumers can re-mark them as they like.
  Restricted items get no snippet, even when included: the index stores their
  text, but the archive must not show it in a result list.
* **Person search.** ``name_key`` of the name and of its last word (the surname)
  match the ``person`` field, plus the canonical key from
  ``archive.description.authority.resolve`` when that module exists. Each hit explains which
  spelling in the article matched ("matched Jakiyanov as a spelling of
  Zhakiyanov"): the words of the article whose surname key is the one searched.
* **Place search.** :func:`archive.description.places.place_key` of the name matches the
  ``place`` field, so any spelling or other name of a gazetteer place finds it
  (Kazakstan and Kazakhstan, Alma-Ata and Almaty).
* **Dates.** ``--from``/``--to`` at any precision become day bounds; an item
  matches when its ``[pub_earliest, pub_latest]`` overlaps them. Undated items
  are left out of a date search unless ``include_undated``; without a date
  filter every item counts, dated or not. The bounds are checked against two
  columns cached per searcher, not with Whoosh's numeric range queries.
* **Speed.** A searcher is kept per thread (``archive.search.index.live_searcher``);
  the result set is found unscored, as sets of document numbers read from the
  postings a block at a time (:mod:`archive.search.posting_lists`, each posting list
  decoded once per search); then the page is ranked within it by Whoosh's
  BM25F scores of every document of the set (:mod:`archive.search.top_hits`; by
  Whoosh's own collector for queries that module does not score), or sorted
  by date from cached date and id columns; facets count cached per-document
  columns.
* **Facets** are counted over the whole result set, not the page: ``pub_year``
  (``undated`` for items without a date), ``source``, ``language`` and ``kind``
  (``unknown`` when missing), ``person`` by surname key with a display name,
  and ``place`` by place key with the gazetteer's name (else the name as written).
* A searcher is reopened fresh when the index changes; ``Searcher.refresh()`` is never used.
"""

from __future__ import annotations

import functools
import heapq
import json
import math
import re
from functools import lru_cache
from collections import Counter
from dataclasses import asdict, dataclass, field
from urllib.parse import urlsplit

from whoosh.qparser import MultifieldParser
from whoosh.query import And, AndNot, Every, Or, Prefix, Query, Term, Wildcard

from archive.description.dates import parse_asserted
from archive.errors import ArchiveError
from archive.search.analysis import WORD, fold, folding_analyzer
from archive.search.index import LiveSearcher, live_searcher
from archive.description.names import name_key
from archive.description.places import place_key, place_name
from archive.search.phrases import FieldPhrase, fast_phrases, scored_by_words
from archive.search.posting_lists import shared_postings, term_docs
from archive.preservation.root import ArchiveRoot, open_root
from archive.search.top_hits import top

__all__ = [
    "MAX_LIMIT",
    "MAX_QUERY_CHARS",
    "QUERY_FIELDS",
    "Hit",
    "SearchResult",
    "check_query",
    "search",
]

#: Fields searched by words without a ``field:`` prefix.
DEFAULT_FIELDS = ("title", "standfirst", "text", "authors")
#: Fields a query may name with ``field:value``.
QUERY_FIELDS = frozenset(DEFAULT_FIELDS + (
    "publisher", "subjects", "source", "language", "kind", "person", "pub_year",
    "mentioned_year", "id", "dateline"))
MAX_QUERY_CHARS = 1000
MAX_WILDCARDS = 3
MIN_PREFIX = 3
MAX_LIMIT = 100
MAX_PAGE = 10_000
SORTS = ("relevance", "date")
#: Person facet entries returned (the most frequent first).
PERSON_FACET_SIZE = 20
#: Place facet entries returned (the most frequent first).
PLACE_FACET_SIZE = 20
MARK_OPEN, MARK_CLOSE = "[[", "]]"


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

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.total / self.limit))

    def to_dict(self) -> dict:
        data = asdict(self)
        data["pages"] = self.pages
        return data


# --- query checking -----------------------------------------------------------------

_TOKEN = re.compile(r'"[^"]*"|\(|\)|[^\s()"]+')
_BINARY = {"AND", "OR", "ANDNOT", "ANDMAYBE"}
_FIELD = re.compile(r"^([A-Za-z_]\w*):")
_PLAIN_PREFIX = re.compile(rf"^\w{{{MIN_PREFIX},}}\*$")


def _refuse(message: str) -> ArchiveError:
    return ArchiveError(f"invalid query: {message}")


def check_query(query: str) -> None:
    """Refuse, with a clear :class:`ArchiveError`, a query Whoosh would silently misread or that is too costly."""
    if len(query) > MAX_QUERY_CHARS:
        raise _refuse(f"longer than {MAX_QUERY_CHARS} characters ({len(query)})")
    if query.count('"') % 2:
        raise _refuse('unbalanced quotation marks (")')
    depth = 0
    previous: str | None = None
    wildcards = 0
    for match in _TOKEN.finditer(query):
        token = match.group(0)
        if token == "(":
            depth += 1
        elif token == ")":
            depth -= 1
            if depth < 0:
                raise _refuse("a ')' without its '('")
            if previous == "(":
                raise _refuse("empty parentheses")
        elif token in _BINARY and (previous is None or previous in _BINARY
                                   or previous in ("(", "NOT")):
            raise _refuse(f"{token} needs a term before it")
        if token not in _BINARY and token != "NOT" and not token.startswith('"') \
                and token not in "()":
            wildcards += _check_word(token)
        previous = token
    if depth:
        raise _refuse("a '(' without its ')'")
    if previous in _BINARY or previous == "NOT":
        raise _refuse(f"{previous} needs a term after it")
    if wildcards > MAX_WILDCARDS:
        raise _refuse(f"more than {MAX_WILDCARDS} wildcard terms")


def _check_word(token: str) -> int:
    """Check one bare word (maybe ``field:value``); returns 1 if it is a wildcard term."""
    found = _FIELD.match(token)
    if found:
        name = found.group(1)
        if name not in QUERY_FIELDS:
            raise _refuse(f"unknown field {name!r} (known: {', '.join(sorted(QUERY_FIELDS))})")
        token = token[found.end():]
        if not token:
            return 0   # field:"phrase" or field:(group): the value is checked as its own token
    token = token.split("^")[0]          # a boost (word^2) is fine
    if token.startswith(("[", "{")):
        return 0                         # a range; Whoosh reads it as words when malformed
    if "?" in token:
        raise _refuse(f"{token!r}: '?' wildcards are not supported; use a trailing * after "
                      f"at least {MIN_PREFIX} letters")
    if "*" not in token:
        return 0
    if not _PLAIN_PREFIX.match(token):
        raise _refuse(f"{token!r}: only a trailing * after at least {MIN_PREFIX} letters "
                      f"is allowed (like kazak*)")
    return 1


def _parse(schema, query: str) -> Query:
    check_query(query)
    if not query.strip():
        return Every()
    parser = MultifieldParser(list(DEFAULT_FIELDS), schema)
    try:
        parsed = parser.parse(query)
    except Exception as exc:  # Whoosh's own errors become ours
        raise _refuse(str(exc)) from exc
    for node in parsed.leaves():
        if isinstance(node, Wildcard) or isinstance(node, Every) and node.fieldname:
            raise _refuse("wildcards must be a trailing * after at least "
                          f"{MIN_PREFIX} letters")
        if isinstance(node, Prefix) and len(node.text) < MIN_PREFIX:
            raise _refuse(f"a prefix needs at least {MIN_PREFIX} letters before *")
    return parsed


# --- filters --------------------------------------------------------------------------


def _day_number(day) -> int:
    return day.year * 10000 + day.month * 100 + day.day


def _date_bound(value: str, latest: bool, name: str) -> int:
    parsed = parse_asserted(value)
    bounds = parsed.bounds() if parsed is not None else None
    if bounds is None:
        raise ArchiveError(f"{name}: not a date with a known year: {value!r} "
                           "(use 2004, 2004-04 or 2004-04-06)")
    return _day_number(bounds[1] if latest else bounds[0])


@dataclass(frozen=True)
class _DateRange:
    """Day bounds (``yyyymmdd``) of a date search; None on a side means open."""

    low: int | None
    high: int | None
    include_undated: bool


def _date_range(date_from: str | None, date_to: str | None, include_undated: bool) -> _DateRange | None:
    if not date_from and not date_to:
        return None
    low = _date_bound(date_from, False, "--from") if date_from else None
    high = _date_bound(date_to, True, "--to") if date_to else None
    if low is not None and high is not None and low > high:
        raise ArchiveError(f"--from {date_from} is after --to {date_to}")
    return _DateRange(low, high, include_undated)


def _bounds_columns(live: "LiveSearcher") -> tuple[list, list]:
    """docnum -> pub_earliest and docnum -> pub_latest (None when undated), cached per searcher."""
    if "bounds" not in live.cache:
        reader = live.searcher.reader()
        count = reader.doc_count_all()
        undated = set(live.searcher.docs_for_query(Term("undated", True))) if count else set()
        columns = []
        for name in ("pub_earliest", "pub_latest"):
            values = list(reader.column_reader(name)) if count and reader.has_column(name) else [None] * count
            columns.append([None if d in undated else v for d, v in enumerate(values)])
        live.cache["bounds"] = tuple(columns)
    return live.cache["bounds"]


def _in_range(live: "LiveSearcher", docs: set[int], dates: _DateRange) -> set[int]:
    """The documents whose [earliest, latest] overlaps the range (plus undated ones if asked).

    A numeric range query in Whoosh is a union of many trie terms, hundreds of
    milliseconds at 20,000 articles; checking the matched documents against
    two cached columns costs microseconds each.
    """
    earliest, latest = _bounds_columns(live)
    low, high = dates.low, dates.high
    kept = set()
    for d in docs:
        first, last = earliest[d], latest[d]
        if first is None or last is None:
            if dates.include_undated:
                kept.add(d)
        elif (high is None or first <= high) and (low is None or last >= low):
            kept.add(d)
    return kept


def _resolver():
    try:
        from archive.description.authority import resolve  # type: ignore[import-not-found]
    except ImportError:
        return None
    return resolve


def _person_keys(root: ArchiveRoot, person: str) -> list[str]:
    key = name_key(person)
    if not key:
        raise ArchiveError(f"--person: no name in {person!r}")
    keys = [key, key.split()[-1]]
    resolve = _resolver()
    if resolve is not None:
        for k in list(keys):
            try:
                canonical = resolve(root, k)
            except ArchiveError:
                canonical = None
            if canonical:
                keys += [canonical, canonical.split()[-1]]
    return list(dict.fromkeys(keys))


def _source_host(source: str) -> str:
    text = source.strip().lower()
    if "://" in text:
        text = urlsplit(text).hostname or ""
    host = text.split("/")[0].removeprefix("www.")
    if not host:
        raise ArchiveError(f"--source: no host in {source!r}")
    return host


# --- explanations and snippets --------------------------------------------------------

_WORD = re.compile(r"\w[\w'’-]*\w|\w")


#: Words of one prefix query marked in snippets at most (kazak* -> kazakh, kazakhstan ...).
MAX_PREFIX_EXPANSION = 50


def _highlight_terms(parsed: Query, reader) -> set[str]:
    """The words of the query to mark in snippets: terms and phrase words, prefixes expanded."""
    words: set[str] = set()
    for fieldname, text in parsed.all_terms(phrases=True):
        if fieldname in ("title", "standfirst", "text"):
            words.add(text.decode("utf-8") if isinstance(text, bytes) else str(text))
    for node in parsed.leaves():
        if isinstance(node, Prefix) and node.fieldname in ("title", "standfirst", "text"):
            for count, term in enumerate(reader.expand_prefix("text", node.text)):
                if count >= MAX_PREFIX_EXPANSION:
                    break
                words.add(term.decode("utf-8") if isinstance(term, bytes) else term)
    return words


SNIPPET_CHARS = 200        # one fragment at most
SNIPPET_CONTEXT = 60       # characters shown before the first match of a fragment
SNIPPET_FRAGMENTS = 2


def _match_spans(text: str, terms: frozenset[str]) -> list[tuple[int, int]]:
    """Where the words of ``terms`` stand in ``text``, tokenised and folded as the index does.

    Fast path: fold the whole text once (lower case, ``accent_map``); when that
    keeps every character in place, the words are found in the folded text
    without folding each word. Otherwise each word is folded on its own.
    """
    folded = fold(text)
    if len(folded) == len(text):
        return [m.span() for m in _whole_words(terms).finditer(folded)]
    return [m.span() for m in WORD.finditer(text) if fold(m.group()) in terms]


@lru_cache(maxsize=256)
def _whole_words(terms: frozenset[str]) -> re.Pattern[str]:
    """A pattern for the words of ``terms`` where they stand as whole index words.

    The same places as the ``WORD`` tokens equal to one of them, found by the
    regex engine instead of a Python loop over every word of the text: a word
    neither starts right after a word character (or after a dot that follows
    one, "U.S.") nor ends right before one (or before a dot and one).
    """
    alternation = "|".join(re.escape(t) for t in sorted(terms, key=lambda t: (-len(t), t)))
    return re.compile(rf"(?<!\w)(?<!\w\.)(?:{alternation})(?!\w)(?!\.\w)")


def _fragments(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, list]]:
    """Windows of at most SNIPPET_CHARS around runs of matches: (start, end, spans inside)."""
    windows = []
    i = 0
    while i < len(spans):
        start = max(0, spans[i][0] - SNIPPET_CONTEXT)
        inside = [spans[i]]
        i += 1
        while i < len(spans) and spans[i][1] - start <= SNIPPET_CHARS:
            inside.append(spans[i])
            i += 1
        end = min(len(text), max(inside[-1][1], start + SNIPPET_CHARS))
        windows.append((start, end, inside))
    return windows


def _word_edges(text: str, start: int, end: int, first: int, last: int) -> tuple[int, int]:
    """Move a window's edges inwards to whitespace, never past its first or last match."""
    if start > 0 and not text[start - 1].isspace():
        gap = text.find(" ", start, first)
        start = gap + 1 if gap != -1 else first
    if end < len(text) and not text[end].isspace():
        gap = text.rfind(" ", last, end)
        end = gap if gap != -1 else last
    return start, end


def _snippet(text: str, terms: set[str]) -> tuple[str, list[str]]:
    """Up to two fragments with the most distinct matched words, matches marked ``[[ ]]``.

    Our own, not Whoosh's highlighter: that one runs every word of the text
    through the analyzer's token pipeline, a couple of milliseconds per hit.
    """
    if not text:
        return "", []
    spans = _match_spans(text, frozenset(terms)) if terms else []
    if not spans:
        head = " ".join(text[:SNIPPET_CHARS * 2].split())
        return (head[:SNIPPET_CHARS] + "…" if len(head) > SNIPPET_CHARS else head), []

    def score(window):
        words = {text[a:b].lower() for a, b in window[2]}
        return (len(words), len(window[2]), -window[0])

    best = sorted(sorted(_fragments(text, spans), key=score, reverse=True)[:SNIPPET_FRAGMENTS])
    matched: dict[str, None] = {}
    pieces = []
    for start, end, inside in best:
        start, end = _word_edges(text, start, end, inside[0][0], inside[-1][1])
        out, at = [], start
        for a, b in inside:
            matched[text[a:b]] = None
            out += [text[at:a], MARK_OPEN, text[a:b], MARK_CLOSE]
            at = b
        out.append(text[at:end])
        pieces.append(" ".join("".join(out).split()))
    return " … ".join(pieces), list(matched)


class _Spellings:
    """Which words of an article are spellings of a surname key; name_key cached per word."""

    def __init__(self, surname_keys: set[str]) -> None:
        self.keys = surname_keys
        self.cache: dict[str, str] = {}

    def key(self, word: str) -> str:
        if word not in self.cache:
            self.cache[word] = name_key(word)
        return self.cache[word]

    def forms(self, fields: dict) -> list[str]:
        found: dict[str, None] = {}
        names = fields.get("person_names") or []
        texts = [fields.get("title") or "", fields.get("standfirst") or "", fields.get("text") or ""]
        for chunk in names + texts:
            for word in _WORD.findall(chunk):
                if word[:1].isupper() and self.key(word) in self.keys:
                    found[word.rstrip("'’")] = None
        return list(found)


def _explain(person: str, forms: list[str]) -> str:
    asked = person.split()[-1]
    if not forms:
        return f"filed under the same name key as {person}"
    if forms == [asked]:
        return f"matched {asked} as written"
    others = [f for f in forms if f != asked]
    listed = " and ".join(others)
    noun = "a spelling" if len(others) == 1 else "spellings"
    also = f"{asked} as written and " if asked in forms else ""
    return f"matched {also}{listed} as {noun} of {asked}"


# --- facets ---------------------------------------------------------------------------

_FACETS = ("pub_year", "source", "language", "kind")
_MISSING = {"pub_year": "undated"}


def _postings_column(live: LiveSearcher, name: str, many: bool) -> list:
    """docnum -> the field's term (or, ``many``, the tuple of its terms), cached.

    For ``person`` only the single-word terms (surname keys) are kept: its
    full-name keys would count each person twice.

    Built once per searcher generation from the term index (one pass over the
    field's postings), so facet counts cost one list look-up per matched
    document instead of Whoosh's per-search grouping.
    """
    key = ("column", name)
    if key not in live.cache:
        reader = live.searcher.reader()
        column: list = [() if many else None] * reader.doc_count_all()
        for term in reader.lexicon(name):
            text = term.decode("utf-8") if isinstance(term, bytes) else str(term)
            if name == "person" and " " in text:
                continue       # full-name keys; the facet counts surname keys
            for docnum in term_docs(reader, name, text):
                column[docnum] = column[docnum] + (text,) if many else text
        live.cache[key] = column
    return live.cache[key]


def _restricted_docs(live: LiveSearcher) -> frozenset[int]:
    """Docnums of restricted items in this searcher, cached."""
    if "restricted" not in live.cache:
        reader = live.searcher.reader()
        docs = frozenset()
        if reader.doc_count_all():
            docs = frozenset(live.searcher.docs_for_query(Term("restricted", True)))
        live.cache["restricted"] = docs
    return live.cache["restricted"]


def _facet_counts(live: LiveSearcher, docs: set[int], name: str) -> list[dict]:
    column = _postings_column(live, name, many=False)
    missing = _MISSING.get(name, "unknown")
    counts = Counter(column[d] or missing for d in docs)
    if name == "pub_year":
        ordered = sorted(counts.items(), key=lambda kv: (kv[0] == "undated", kv[0]))
    else:
        ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return [{"value": v, "count": c} for v, c in ordered]


def _first_public_fields(live: LiveSearcher, name: str, key: str, docs: set[int]) -> dict:
    """The stored fields of the first public article with ``key`` in field ``name`` ({} if none).

    First by id, among all the archive's articles, not ``docs``: how a person or
    place is shown must not depend on the result set, on earlier searches (it is
    cached) nor on where the article sits in the index.
    """
    restricted = _restricted_docs(live)
    ids = _id_column(live)
    having = [d for d in term_docs(live.searcher.reader(), name, key) if d not in restricted]
    return live.searcher.stored_fields(min(having, key=ids.__getitem__)) if having else {}


def _display_name(live: LiveSearcher, key: str, docs: set[int]) -> str:
    """How a surname key is shown: the name as written in the first public article having it."""
    names = live.cache.setdefault("person_display", {})
    if key not in names:
        written = _first_public_fields(live, "person", key, docs).get("person_names") or []
        names[key] = next((n for n in written if name_key(n.split()[-1]) == key), key)
    return names[key]


def _place_display(live: LiveSearcher, key: str, docs: set[int]) -> str:
    """How a place key is shown: the gazetteer's name, else as the first public article writes it."""
    known = place_name(key)
    if known is not None:
        return known
    names = live.cache.setdefault("place_display", {})
    if key not in names:
        written = _first_public_fields(live, "place", key, docs).get("place_forms")
        entries = json.loads(written) if written else []
        names[key] = next((e.get("name") for e in entries if e.get("key") == key and e.get("name")), key)
    return names[key]


def _keyed_facet(live: LiveSearcher, docs: set[int], name: str, size: int, display) -> list[dict]:
    """The ``size`` keys of field ``name`` most often among ``docs``, each with ``display(live, key, docs)``."""
    column = _postings_column(live, name, many=True)
    counts = Counter(key for d in docs for key in column[d])
    top_keys = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:size]
    return [{"key": key, "name": display(live, key, docs), "count": count} for key, count in top_keys]


def _person_facet(live: LiveSearcher, docs: set[int]) -> list[dict]:
    """People by surname key (single-word terms of ``person``), with a display name."""
    return _keyed_facet(live, docs, "person", PERSON_FACET_SIZE, _display_name)


def _place_facet(live: LiveSearcher, docs: set[int]) -> list[dict]:
    """Places by key, with a display name, the most often named first."""
    return _keyed_facet(live, docs, "place", PLACE_FACET_SIZE, _place_display)


def _place_filter(place: str) -> Term:
    key = place_key(place)
    if not key:
        raise ArchiveError(f"--place: no place name in {place!r}")
    return Term("place", key)


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


def _id_column(live: LiveSearcher) -> list:
    """docnum -> id, cached per searcher: from the id column (tens of milliseconds for
    100,000 articles), or from the id postings for an index written without one."""
    if "ids" not in live.cache:
        reader = live.searcher.reader()
        if reader.has_column("id"):
            live.cache["ids"] = list(reader.column_reader("id"))
        else:
            live.cache["ids"] = _postings_column(live, "id", many=False)
    return live.cache["ids"]


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
        raise ArchiveError(f"limit must be between 1 and {MAX_LIMIT}")
    if not 1 <= page <= MAX_PAGE:
        raise ArchiveError(f"page must be between 1 and {MAX_PAGE}")
    if sort not in SORTS:
        raise ArchiveError(f"sort must be one of: {', '.join(SORTS)}")


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
    # The open searcher's schema, never live.ix.schema: the index object reads its TOC
    # from disk on every use, and a reindex may have removed that folder meanwhile.
    parsed = fast_phrases(_parse(live.searcher.schema, query), live.meta.pair_words)

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
        filters.append(Term("language", language.strip().lower()))
    combined = None if not filters else filters[0] if len(filters) == 1 else And(filters)

    searcher = live.searcher
    wanted = parsed if combined is None else And([parsed, combined])
    # The whole result set first (for the total and the facets): unscored, so
    # Whoosh decodes posting blocks without scoring each document ...
    docs = _docs(searcher, wanted)
    if dates is not None:
        docs = _in_range(live, docs, dates)
    if not include_restricted:
        docs -= _restricted_docs(live)
    total = len(docs)
    hits: list[Hit] = []
    if docs and (page - 1) * limit < total:
        # ... then the page, scored on the query alone (filters do not change the
        # ranking) and only within that set. No words: rank by the filters' own terms
        # (a person named more often comes first) rather than step Every() through the
        # whole archive. Phrases are ranked by their words or pair term where they stand.
        scored = combined if isinstance(parsed, Every) and combined is not None else scored_by_words(parsed)
        text_terms = _highlight_terms(parsed, searcher.reader())
        spellings = _Spellings({k.split()[-1] for k in person_keys})
        for docnum, score in _page(live, scored, docs, page, limit, sort):
            hits.append(_hit(searcher.stored_fields(docnum), score, sort, text_terms, spellings, person))
    facet_counts: dict[str, list[dict]] = {}
    if facets:
        facet_counts = {name: _facet_counts(live, docs, name) for name in _FACETS}
        facet_counts["person"] = _person_facet(live, docs)
        facet_counts["place"] = _place_facet(live, docs)
    return SearchResult(query=query, total=total, page=page, limit=limit, hits=hits,
                        facets=facet_counts)
