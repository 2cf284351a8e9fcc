"""The search page (``/``, ``/search`` and their ``.json`` twins) and the CSV export (``/search.csv``).

Decisions:

* **Every state is a GET URL.** The form, the facet links, the "remove" links
  and the page links all build the same query string (:class:`Params`), so any
  result can be bookmarked, shared or fetched as JSON or CSV.
* **Parameters are checked here, before the library sees them**: a page or limit
  that is not a whole number, a limit over 100, an over-long filter or an
  unknown ``undated`` value is a 400 with a clear message. The query itself is
  checked by :func:`archive.search.queries.check_query` (via ``search``), whose
  ``ArchiveError`` also becomes a 400.
* **Default sort.** With a query, relevance; with an empty query (browse
  everything public), date (oldest first, undated last), because relevance
  means nothing without words. An explicit ``sort=`` always wins.
* **Facets narrow.** A facet entry links to the current URL plus its filter:
  a year sets ``from=Y&to=Y``, a person ``person=<name>``, a source or
  language its parameter, a kind adds ``kind:<value>`` to the query (search()
  has no kind filter). The page number resets to 1.
* **Restricted items** are masked by ``archive.search.searching.search`` (never called
  with ``include_restricted``), hits, facets and totals alike.
* **CSV export** pages through ``search`` 100 hits at a time without facets,
  streaming rows as they come, and stops after :data:`EXPORT_LIMIT` rows; the
  ``X-Export-Limit`` and ``X-Result-Total`` headers say so.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, fields, replace
from typing import Any

from flask import Response, request, stream_with_context, url_for

from archive.api import (MAX_LIMIT, MAX_PAGE, MAX_QUERY_CHARS, ArchiveError, SearchResult, name_key, place_key,
                         stored_values)
from archive.api import search as run_search

from .context import archive_root
from .marking import mark_snippet, strip_marks
from .site import bp, page

bp.add_app_template_filter(mark_snippet, "marked")

DEFAULT_LIMIT = 20
#: Longest value accepted for person, source, language, from and to.
MAX_FILTER_CHARS = 200
#: Most rows a CSV export holds.
EXPORT_LIMIT = 10_000
EXPORT_PAGE = 100
CSV_COLUMNS = ("id", "title", "publication", "source", "url", "sha256", "snippet")
_WHOLE = re.compile(r"^\d{1,7}$")
_TRUE, _FALSE = {"1", "on", "true", "yes"}, {"", "0", "off", "false", "no"}


@dataclass(frozen=True)
class Params:
    """The search state of one URL; field names are the URL's parameter names (``from``/``to`` aside)."""

    q: str = ""
    person: str = ""
    place: str = ""
    date_from: str = ""
    date_to: str = ""
    undated: bool = False
    source: str = ""
    language: str = ""
    sort: str = ""
    page: int = 1
    limit: int = DEFAULT_LIMIT

    @property
    def effective_sort(self) -> str:
        """The sort used: the one asked for, else relevance for a query and date for browsing."""
        return self.sort or ("relevance" if self.q.strip() else "date")

    def url_args(self, **changes: Any) -> dict[str, Any]:
        """The query-string arguments of this state with ``changes``; defaults left out, for short URLs."""
        state = replace(self, **changes)
        names = {"date_from": "from", "date_to": "to"}
        args: dict[str, Any] = {}
        for spec in fields(state):
            value = getattr(state, spec.name)
            if value == spec.default:
                continue
            args[names.get(spec.name, spec.name)] = 1 if value is True else value
        return args

    def url(self, endpoint: str = "site.search", **changes: Any) -> str:
        return url_for(endpoint, **self.url_args(**changes))


def _whole(name: str, text: str, low: int, high: int, default: int) -> int:
    if not text.strip():
        return default
    if not _WHOLE.match(text.strip()) or not low <= int(text) <= high:
        raise ArchiveError(f"{name} must be a whole number from {low} to {high} (got {text[:20]!r})")
    return int(text)


def _text(args, name: str) -> str:
    value = (args.get(name) or "").strip()
    if len(value) > MAX_FILTER_CHARS:
        raise ArchiveError(f"{name} is longer than {MAX_FILTER_CHARS} characters")
    return value


def parse_params(args) -> Params:
    """The search state of a request's arguments; a malformed value raises ArchiveError (400)."""
    undated = (args.get("undated") or "").strip().lower()
    if undated not in _TRUE | _FALSE:
        raise ArchiveError("undated must be 1 (include undated articles) or absent")
    sort = (args.get("sort") or "").strip()
    if sort not in ("", "relevance", "date"):
        raise ArchiveError("sort must be relevance or date")
    return Params(
        q=(args.get("q") or "").strip(), person=_text(args, "person"), place=_text(args, "place"),
        date_from=_text(args, "from"), date_to=_text(args, "to"), undated=undated in _TRUE,
        source=_text(args, "source"), language=_text(args, "language"), sort=sort,
        page=_whole("page", args.get("page") or "", 1, MAX_PAGE, 1),
        limit=_whole("limit", args.get("limit") or "", 1, MAX_LIMIT, DEFAULT_LIMIT))


def run(root, params: Params, *, page: int | None = None, limit: int | None = None,
        facets: bool = True) -> SearchResult:
    """``archive.search.searching.search`` for this state (never with restricted items)."""
    return run_search(
        root, params.q, person=params.person or None, place=params.place or None, date_from=params.date_from or None,
        date_to=params.date_to or None, include_undated=params.undated,
        source=params.source or None, language=params.language or None,
        sort=params.effective_sort, page=page or params.page, limit=limit or params.limit,
        facets=facets)


# --- facets and filters ----------------------------------------------------------------

def _query_tokens(query: str) -> list[str]:
    return query.split()


def _with_kind(query: str, kind: str) -> str:
    """The query narrowed to one kind; a query with OR is grouped first so the kind binds to all of it."""
    if not query:
        return f"kind:{kind}"
    if "OR" in _query_tokens(query):
        query = f"({query})"
    return f"{query} kind:{kind}"


def _without_kind(query: str, kind: str) -> str:
    return " ".join(t for t in _query_tokens(query) if t != f"kind:{kind}")


def _person_active(params: Params, key: str) -> bool:
    if not params.person:
        return False
    asked = name_key(params.person)
    return bool(asked) and asked.split()[-1] == key


def _facet_entries(params: Params, name: str, entries: list[dict]) -> list[dict]:
    """Facet entries with the URL that narrows to them (None when they cannot) and whether active."""
    out = []
    for entry in entries:
        value = entry.get("value")
        url, active, remove = None, False, {}
        if name == "pub_year" and value != "undated":
            active = params.date_from == value and params.date_to == value
            url, remove = params.url(date_from=value, date_to=value, page=1), {
                "date_from": "", "date_to": ""}
        elif name == "source" and value != "unknown":
            active = params.source.lower().removeprefix("www.") == value
            url, remove = params.url(source=value, page=1), {"source": ""}
        elif name == "language" and value != "unknown":
            active = params.language.lower() == value
            url, remove = params.url(language=value, page=1), {"language": ""}
        elif name == "kind" and value != "unknown":
            active = f"kind:{value}" in _query_tokens(params.q)
            url, remove = params.url(q=_with_kind(params.q, value), page=1), {
                "q": _without_kind(params.q, value)}
        elif name == "person":
            active = _person_active(params, entry["key"])
            # Counted by surname key, so the link asks for the surname: the count and the
            # result agree (a full name would narrow to one of the people counted).
            url, remove = params.url(person=entry["name"].split()[-1], page=1), {"person": ""}
        elif name == "place":
            active = bool(params.place) and place_key(params.place) == entry["key"]
            url, remove = params.url(place=entry["name"], page=1), {"place": ""}
        out.append({**entry, "url": url, "active": active,
                    "remove_url": params.url(page=1, **remove) if active else None})
    return out


def active_filters(params: Params) -> list[dict]:
    """Each filter in force, described, with the URL that removes it."""
    found = []

    def add(label: str, **changes: Any) -> None:
        found.append({"label": label, "remove_url": params.url(page=1, **changes)})

    if params.person:
        add(f"Person: {params.person}", person="")
    if params.place:
        add(f"Place: {params.place}", place="")
    if params.date_from and params.date_from == params.date_to:
        add(f"Date: {params.date_from}", date_from="", date_to="")
    else:
        if params.date_from:
            add(f"From: {params.date_from}", date_from="")
        if params.date_to:
            add(f"To: {params.date_to}", date_to="")
    if params.undated:
        add("Including undated articles", undated=False)
    if params.source:
        add(f"Source: {params.source}", source="")
    if params.language:
        add(f"Language: {params.language}", language="")
    for token in _query_tokens(params.q):
        if token.startswith("kind:") and len(token) > 5:
            add(f"Kind: {token[5:]}", q=_without_kind(params.q, token[5:]))
    return found


def page_numbers(current: int, last: int, width: int = 2) -> list[int | None]:
    """Page links to show: the first, the last and ``width`` either side of the current; None is a gap."""
    shown = sorted({1, last, *range(max(1, current - width), min(last, current + width) + 1)})
    numbers: list[int | None] = []
    previous = 0
    for number in shown:
        if number - previous > 1:
            numbers.append(None)
        numbers.append(number)
        previous = number
    return numbers


def _pagination(params: Params, result: SearchResult) -> dict:
    last = min(result.pages, MAX_PAGE)
    return {
        "page": params.page, "pages": last,
        "prev": params.url(page=params.page - 1) if 1 < params.page <= last + 1 else None,
        "next": params.url(page=params.page + 1) if params.page < last else None,
        "numbers": [{"number": n, "url": params.url(page=n) if n else None,
                     "current": n == params.page} for n in page_numbers(min(params.page, last), last)],
    }


def _hit(params: Params, hit) -> dict:
    data = {name: getattr(hit, name) for name in (
        "id", "title", "publication", "source", "score", "snippet", "matched", "person_forms",
        "explanation")}
    data["url"] = url_for("site.item", item_id=hit.id, q=params.q or None,
                          person=params.person or None)
    return data


def search_data(params: Params, result: SearchResult) -> dict:
    """The one dict the page and its JSON twin show."""
    return {
        "query": params.q,
        "params": params.url_args(),
        "sort": params.effective_sort,
        "total": result.total,
        "notes": list(result.notes),
        "page": result.page,
        "pages": min(result.pages, MAX_PAGE),
        "limit": result.limit,
        "hits": [_hit(params, hit) for hit in result.hits],
        "facets": {name: _facet_entries(params, name, entries)
                   for name, entries in result.facets.items()},
        "filters": active_filters(params),
        "pagination": _pagination(params, result),
        "links": {"csv": params.url("site.search_csv", page=1, limit=DEFAULT_LIMIT),
                  "json": params.url("site.search_json")},
    }


@bp.route("/")
@bp.route("/index.json", endpoint="index_json")
@bp.route("/search")
@bp.route("/search.json", endpoint="search_json")
def search():
    """Search the public articles; the same data as HTML or JSON."""
    params = parse_params(request.args)
    result = run(archive_root(), params)
    data = search_data(params, result)
    title = f"Search: {params.q}" if params.q else "Search"
    return page("search.html", data, as_json=request.path.endswith(".json"), title=title,
                params=params, max_query=MAX_QUERY_CHARS)


# --- CSV export -------------------------------------------------------------------------

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> str:
    """A CSV cell; text a spreadsheet would run as a formula gets a leading apostrophe (OWASP)."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _csv_line(values: list[Any]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer).writerow([_cell(v) for v in values])
    return buffer.getvalue()


def _csv_rows(root, params: Params, first: SearchResult) -> Iterator[str]:
    """The header and one line per hit, fetching pages of 100 until the result or the limit ends."""
    yield _csv_line(list(CSV_COLUMNS))
    result, written, number = first, 0, 1
    while True:
        ids = [hit.id for hit in result.hits]
        digests = stored_values(root, ids, ("sha256",))
        for hit in result.hits:
            if written >= EXPORT_LIMIT:
                return
            yield _csv_line([hit.id, hit.title, hit.publication, hit.source,
                             url_for("site.item", item_id=hit.id, _external=True),
                             digests.get(hit.id, {}).get("sha256"), strip_marks(hit.snippet)])
            written += 1
        if len(result.hits) < EXPORT_PAGE or written >= EXPORT_LIMIT:
            return
        number += 1
        result = run(root, params, page=number, limit=EXPORT_PAGE, facets=False)


@bp.route("/search.csv")
def search_csv():
    """The result set as CSV (at most EXPORT_LIMIT rows), streamed; parameters as for /search."""
    params = parse_params(request.args)
    root = archive_root()
    first = run(root, params, page=1, limit=EXPORT_PAGE, facets=False)  # errors are 400s before streaming
    response = Response(stream_with_context(_csv_rows(root, params, first)),
                        mimetype="text/csv")
    response.headers["Content-Disposition"] = 'attachment; filename="search.csv"'
    response.headers["X-Export-Limit"] = str(EXPORT_LIMIT)
    response.headers["X-Result-Total"] = str(first.total)
    return response
