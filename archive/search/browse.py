"""Browse the archive by person and by date: read-only summaries of the live index.

What the people and date pages of the web site show, computed from the live
Whoosh index (:func:`archive.search.index.open_index`); nothing here writes.

Decisions:

* **Public only, always.** A document is counted only when its ``restricted``
  field says False, both as indexed (a ``Term("restricted", True)`` query
  excludes its documents) and as stored. There is no switch to include
  restricted items: every count, spelling, co-mention and date below is of
  public articles. A person or a period known only from restricted articles is
  therefore exactly as unknown as one that does not exist.
* **People** are the ``key`` of each stored ``person_forms`` entry (the
  surname key, a full-name key, or an authority split key ``key#spelling``),
  with the person authority (:func:`archive.description.authority.load_authority`) applied
  again when reading, as :func:`archive.description.authority.list_people` does, so a
  correction recorded since the last reindex still groups. Counts are of
  articles; a spelling also has its number of mentions.
* **Dates** come from the stored ``pub_earliest``/``pub_latest`` bounds
  (``yyyymmdd``) and ``pub_edtf``. An article is placed at the finest unit
  that holds both bounds: ``2004-04-06`` on its day, ``2003-05`` in May 2003
  but on no day ("month only"), ``2004`` or ``2004-03/2004-05`` in 2004 but in
  no month ("year only"), ``200X`` in the 2000s only, and a span across
  decades at the top only. So each article appears exactly once in the
  drill-down, and a period's count is the sum of its children plus its own
  list. A day is never invented.
* **Speed.** Reading every stored document (Whoosh decompresses each one
  whole, text included) takes about 1.4 s for 20,000 articles on an idle
  2-core machine (bench/browse.py), far too slow per request, while the
  answers only change when the index does. So one pass builds a
  :class:`_Snapshot` of what these pages need (ids, titles, dates, people),
  kept per process and keyed by the live index folder, the generation of its
  newest table of contents and the authority file's size and mtime. Every
  call reads that key afresh (without opening a searcher, which alone costs
  tens of milliseconds at that size), so a new commit or a reindex is seen on
  the next call, which pays one new pass in a fresh searcher. Otherwise a
  call takes well under a millisecond; a person in 3,100 articles about 7 ms.
"""

from __future__ import annotations

import calendar
import itertools
import json
import math
import re
import threading
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import date

from whoosh.query import Term

from archive.errors import ArchiveError, ItemNotFound
from archive.search.index import open_index
from archive.description.names import name_key
from archive.description.authority import SPLIT_MARK, Authority, authority_path, load_authority
from archive.preservation.root import ArchiveRoot, open_root

__all__ = [
    "ARTICLES_PER_PAGE",
    "MAX_LIMIT",
    "ArticleRef",
    "PeoplePage",
    "PersonProfile",
    "PersonSummary",
    "Timeline",
    "parse_period",
    "people",
    "person_profile",
    "timeline",
    "warm",
]

#: Articles listed per page on a person or date page.
ARTICLES_PER_PAGE = 100
#: People per page of the people list, by default and at most.
PEOPLE_PER_PAGE = 50
MAX_LIMIT = 500
MAX_PAGE = 10_000
#: People shown as "mentioned alongside" on a person page.
CO_MENTIONS = 10
PEOPLE_SORTS = ("articles", "name")

MONTH_NAMES = tuple(calendar.month_name)   # "", "January", ...


# --- results --------------------------------------------------------------------------


@dataclass(frozen=True)
class ArticleRef:
    """One article as the browse pages list it."""

    id: str
    title: str | None
    date: str | None          # the EDTF publication date, None when undated


@dataclass
class Spelling:
    form: str
    mentions: int             # times written so in public articles
    articles: int             # public articles that write it so


@dataclass
class PersonSummary:
    key: str
    name: str
    articles: int
    spellings: list[Spelling]


@dataclass
class PeoplePage:
    total: int                # people in the archive (public articles)
    page: int
    limit: int
    sort: str
    people: list[PersonSummary]

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.total / self.limit))

    def to_dict(self) -> dict:
        return {**asdict(self), "pages": self.pages}


@dataclass
class MonthCount:
    month: str                # yyyy-mm
    count: int


@dataclass
class CoMention:
    key: str
    name: str
    count: int                # public articles naming both


@dataclass
class PersonProfile:
    key: str
    name: str
    articles_total: int
    spellings: list[Spelling]
    months: list[MonthCount]  # articles per month, months with none left out, oldest first
    imprecise: int            # dated articles known only to a year or a wider span
    undated: int
    co_mentions: list[CoMention]
    articles: list[ArticleRef]   # this page of them, oldest first, undated last
    page: int
    limit: int

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.articles_total / self.limit))

    def to_dict(self) -> dict:
        return {**asdict(self), "pages": self.pages}


@dataclass
class PeriodCount:
    period: str               # the /dates/<period> value: 1990s, 2004, 2004-04, 2004-04-06
    label: str                # for people: "April 2004"
    count: int


@dataclass
class Timeline:
    period: str | None        # None for the whole archive
    level: str                # archive, decade, year, month, day, undated
    label: str
    breadcrumbs: list[dict]   # [{period (None: the whole archive), label}], outermost first
    total: int                # public articles in this period (the whole archive: dated and undated)
    children: list[PeriodCount]   # next level down, only periods with articles
    child_level: str | None
    articles_note: str | None     # what the article list holds ("year only" ...)
    articles_total: int
    articles: list[ArticleRef]    # this page of them
    page: int
    limit: int
    undated: int              # undated public articles in the whole archive
    search: dict | None       # {"from", "to"} of a search for this period, None if none fits

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.articles_total / self.limit))

    def to_dict(self) -> dict:
        return {**asdict(self), "pages": self.pages}


# --- the snapshot -----------------------------------------------------------------------


@dataclass(frozen=True)
class _Article:
    ref: ArticleRef
    earliest: int | None      # yyyymmdd, None when undated
    latest: int | None
    people: tuple[str, ...]   # person keys, each once
    month: str | None         # yyyy-mm when both bounds fall in one month


@dataclass
class _Person:
    key: str
    names: Counter = field(default_factory=Counter)       # display names, per article
    mentions: Counter = field(default_factory=Counter)    # spelling -> mentions
    spelt: Counter = field(default_factory=Counter)       # spelling -> articles
    articles: list[int] = field(default_factory=list)     # indices into _Snapshot.articles
    name: str = ""


@dataclass
class _Node:
    """One period of the drill-down: its articles, its children's counts, its own articles."""

    total: int = 0
    children: Counter = field(default_factory=Counter)
    own: list[int] = field(default_factory=list)     # indices into _Snapshot.articles


@dataclass
class _Snapshot:
    stamp: tuple
    authority: Authority
    articles: list[_Article]          # sorted by date, undated last
    people: dict[str, _Person]
    by_articles: list[str]            # keys, most articles first
    by_name: list[str]                # keys, by display name
    periods: dict[str | None, _Node]  # period -> node; None: the whole archive (dated articles)
    undated: list[int]


_CACHE: dict[str, _Snapshot] = {}
_CACHE_SIZE = 4                       # roots per process (the web app serves one)
_LOCK = threading.Lock()


def _authority_stamp(root: ArchiveRoot) -> tuple | None:
    try:
        info = authority_path(root).stat()
    except FileNotFoundError:
        return None
    return info.st_mtime_ns, info.st_size


def _snapshot(root: ArchiveRoot) -> _Snapshot:
    """The snapshot of the live index, rebuilt only when the index or the authority changed.

    The key is read without opening a searcher (opening one costs tens of
    milliseconds on a large index): the live folder, the generation of its
    newest table of contents (every commit, deletions included, writes a new
    one) and the authority file's stamp. A rebuild opens a fresh searcher and
    keys the snapshot by the generation that searcher actually read.
    """
    ix = open_index(root)
    folder = str(getattr(ix.storage, "folder", ""))
    authority = _authority_stamp(root)
    key = str(root.path)
    cached = _CACHE.get(key)
    if cached is not None and cached.stamp == (folder, ix.latest_generation(), authority):
        return cached
    with _LOCK:
        with ix.searcher() as searcher:
            stamp = (folder, searcher.reader().generation(), authority)
            cached = _CACHE.get(key)
            if cached is not None and cached.stamp == stamp:
                return cached
            snapshot = _build(searcher, stamp, load_authority(root))
        _CACHE.pop(key, None)
        _CACHE[key] = snapshot
        while len(_CACHE) > _CACHE_SIZE:
            _CACHE.pop(next(iter(_CACHE)))
        return snapshot


def warm(root) -> None:
    """Build the snapshot now (say, when a server process starts) rather than on a first request."""
    _snapshot(_root(root))


def _people_of(stored: dict, authority: Authority) -> list[dict]:
    """The article's people with the authority applied; unreadable JSON counts as none."""
    try:
        found = json.loads(stored.get("person_forms") or "[]")
    except ValueError:
        return []
    if not isinstance(found, list):
        return []
    return authority.apply([p for p in found if isinstance(p, dict) and p.get("key")])


def _date_order(article: _Article) -> tuple:
    return (article.earliest is None, article.earliest or 0, article.latest or 0,
            (article.ref.title or "").casefold(), article.ref.id)


def _build(searcher, stamp: tuple, authority: Authority) -> _Snapshot:
    """One pass over the stored fields of every public document."""
    reader = searcher.reader()
    hidden = set(searcher.docs_for_query(Term("restricted", True)))
    found: list[tuple[_Article, list[dict]]] = []
    for docnum in reader.all_doc_ids():
        if docnum in hidden:
            continue
        stored = reader.stored_fields(docnum)
        if stored.get("restricted") is not False:   # missing or true: never shown
            continue
        earliest, latest = stored.get("pub_earliest"), stored.get("pub_latest")
        if earliest is None:        # one bound alone still places the article
            earliest = latest
        if latest is None:
            latest = earliest
        persons = _people_of(stored, authority)
        ref = ArticleRef(id=stored["id"], title=stored.get("title"),
                         date=stored.get("pub_edtf") if earliest is not None else None)
        keys = tuple(dict.fromkeys(p["key"] for p in persons))
        month = _unit(earliest, "month") if earliest is not None else None
        if month is not None and month != _unit(latest, "month"):
            month = None
        found.append((_Article(ref, earliest, latest, keys, month), persons))
    found.sort(key=lambda pair: _date_order(pair[0]))

    people: dict[str, _Person] = {}
    for index, (article, persons) in enumerate(found):
        for person in persons:
            entry = people.setdefault(person["key"], _Person(person["key"]))
            if not entry.articles or entry.articles[-1] != index:
                entry.articles.append(index)
            if person.get("name"):
                entry.names[person["name"]] += 1
            for form, count in (person.get("forms") or {}).items():
                entry.mentions[form] += count
                entry.spelt[form] += 1
    for entry in people.values():
        entry.name = _display_name(entry, authority)
    by_articles = sorted(people, key=lambda k: (-len(people[k].articles),
                                                people[k].name.casefold(), k))
    by_name = sorted(people, key=lambda k: (_sort_name(people[k].name), k))
    articles = [a for a, _ in found]
    periods, undated = _periods(articles)
    return _Snapshot(stamp, authority, articles, people, by_articles, by_name, periods, undated)


def _periods(articles: list[_Article]) -> tuple[dict[str | None, _Node], list[int]]:
    """Place every dated article in the decade -> year -> month -> day tree; list the undated.

    An article goes down while both its bounds fall in the same child period,
    and stops (in the ``own`` list of the last period that holds it) where they
    part: so ``2003-05`` stops at May 2003, ``2004`` at 2004, a day reaches its day.
    """
    periods: dict[str | None, _Node] = {None: _Node()}
    undated: list[int] = []
    for index, article in enumerate(articles):
        if article.earliest is None:
            undated.append(index)
            continue
        node = periods[None]
        node.total += 1
        for level in LEVELS[1:]:
            unit = _unit(article.earliest, level)
            if unit != _unit(article.latest, level):
                break
            node.children[unit] += 1
            node = periods.setdefault(unit, _Node())
            node.total += 1
        node.own.append(index)
    return periods, undated


def _display_name(entry: _Person, authority: Authority) -> str:
    """The name most articles use, preferring names no alias corrects away.

    Ties go to the fuller name, then to the one most often written so.
    """
    names = entry.names
    if not names:
        return entry.key
    return max(names, key=lambda n: (authority.resolve(name_key(n)) == name_key(n), names[n],
                                     len(n.split()), entry.spelt[n], entry.mentions[n], n))


def _sort_name(name: str) -> tuple:
    """Surname first, as people lists are read."""
    words = name.casefold().split()
    return (words[-1] if words else "", words[:-1])


# --- paging -----------------------------------------------------------------------------


def _check_paging(page: int, limit: int) -> None:
    if not isinstance(page, int) or not 1 <= page <= MAX_PAGE:
        raise ArchiveError(f"page must be a whole number between 1 and {MAX_PAGE}")
    if not isinstance(limit, int) or not 1 <= limit <= MAX_LIMIT:
        raise ArchiveError(f"limit must be a whole number between 1 and {MAX_LIMIT}")


def _slice(items: list, page: int, limit: int) -> list:
    return items[(page - 1) * limit: page * limit]


def _root(root) -> ArchiveRoot:
    return root if isinstance(root, ArchiveRoot) else open_root(root)


# --- people -----------------------------------------------------------------------------


def _spellings(entry: _Person) -> list[Spelling]:
    forms = sorted(entry.mentions, key=lambda f: (-entry.mentions[f], f))
    return [Spelling(f, entry.mentions[f], entry.spelt[f]) for f in forms]


def people(root, *, page: int = 1, limit: int = PEOPLE_PER_PAGE,
           sort: str = "articles") -> PeoplePage:
    """People named in public articles, with article counts and spellings, one page of them.

    ``sort``: ``articles`` (most first) or ``name`` (by surname).
    """
    _check_paging(page, limit)
    if sort not in PEOPLE_SORTS:
        raise ArchiveError(f"sort must be one of: {', '.join(PEOPLE_SORTS)}")
    snapshot = _snapshot(_root(root))
    order = snapshot.by_articles if sort == "articles" else snapshot.by_name
    listed = []
    for key in _slice(order, page, limit):
        entry = snapshot.people[key]
        listed.append(PersonSummary(key, entry.name, len(entry.articles), _spellings(entry)))
    return PeoplePage(total=len(order), page=page, limit=limit, sort=sort, people=listed)


def _find_person(snapshot: _Snapshot, key: str) -> _Person:
    """The person filed under ``key``; a spelling or full name is tried as its key too.

    Tried in order: the key as given, the key of the text (``Mukhtar Ablyazov``
    -> ``muktar abliasov``) with the authority applied, and its surname key.
    """
    text = " ".join((key or "").split())
    candidates = [text, text.lower()]
    if SPLIT_MARK not in text:
        folded = name_key(text)
        if folded:
            resolved = snapshot.authority.resolve(folded)
            candidates += [resolved, folded, resolved.split()[-1]]
    for candidate in candidates:
        if candidate in snapshot.people:
            return snapshot.people[candidate]
    raise ItemNotFound(f"No person {text!r} is named in the public articles.")


def person_profile(root, key: str, *, page: int = 1,
                   limit: int = ARTICLES_PER_PAGE) -> PersonProfile:
    """Everything the person page shows; :class:`ItemNotFound` for a key no public article has.

    The profile's ``key`` is the canonical one, which may differ from the
    ``key`` asked for (a full name, another spelling): callers may redirect.
    """
    _check_paging(page, limit)
    snapshot = _snapshot(_root(root))
    entry = _find_person(snapshot, key)
    articles = [snapshot.articles[i] for i in entry.articles]

    months: Counter = Counter()
    imprecise = undated = 0
    together: Counter = Counter()
    for article in articles:
        if article.earliest is None:
            undated += 1
        elif article.month is not None:
            months[article.month] += 1
        else:
            imprecise += 1
        together.update(k for k in article.people if k != entry.key)
    co_keys = sorted(together, key=lambda k: (-together[k], snapshot.people[k].name.casefold(), k))
    return PersonProfile(
        key=entry.key, name=entry.name, articles_total=len(articles),
        spellings=_spellings(entry),
        months=[MonthCount(m, months[m]) for m in sorted(months)],
        imprecise=imprecise, undated=undated,
        co_mentions=[CoMention(k, snapshot.people[k].name, together[k])
                     for k in co_keys[:CO_MENTIONS]],
        articles=[a.ref for a in _slice(articles, page, limit)], page=page, limit=limit)


# --- dates ------------------------------------------------------------------------------

LEVELS = ("archive", "decade", "year", "month", "day")
_CHILD = dict(itertools.pairwise(LEVELS))
_PERIOD = re.compile(r"^(?:(?P<decade>[0-9]{3}0)s|(?P<year>[0-9]{4})(?:-(?P<month>[0-9]{2})"
                     r"(?:-(?P<day>[0-9]{2}))?)?)$")
_NOTES = {
    "archive": "spanning more than a decade",
    "decade": "decade only",
    "year": "year only",
    "month": "month only",
    "day": None,
    "undated": "undated",
}


@dataclass(frozen=True)
class _Period:
    level: str
    value: str | None
    start: int                # yyyymmdd, inclusive
    end: int


def parse_period(period: str | None) -> _Period:
    """``None`` (the whole archive), ``1990s``, ``2004``, ``2004-04``, ``2004-04-06`` or ``undated``.

    Anything else is an :class:`ArchiveError` that says which forms are accepted.
    """
    if period is None:
        return _Period("archive", None, 0, 99991231)
    if period == "undated":
        return _Period("undated", period, 0, 0)
    match = _PERIOD.match(period) if len(period) <= 10 else None
    problem = None if match else "not a period"
    if match and match["decade"]:
        start_year = int(match["decade"])
        return _Period("decade", period, max(start_year, 1) * 10000 + 101,
                       (start_year + 9) * 10000 + 1231)
    if match:
        year, month, day = int(match["year"]), match["month"], match["day"]
        try:
            if year < 1:
                raise ValueError("no year 0000")
            if month is None:
                return _Period("year", period, year * 10000 + 101, year * 10000 + 1231)
            if day is None:
                last = calendar.monthrange(year, int(month))[1] if 1 <= int(month) <= 12 else 0
                if not last:
                    raise ValueError(f"no month {month}")
                base = year * 10000 + int(month) * 100
                return _Period("month", period, base + 1, base + last)
            number = _day_number(date(year, int(month), int(day)))
            return _Period("day", period, number, number)
        except ValueError as exc:
            problem = str(exc)
    raise ArchiveError(f"{period!r} is not a period ({problem}): use a decade (1990s), a year (2004), "
                       "a month (2004-04), a day (2004-04-06) or undated")


def _day_number(day: date) -> int:
    return day.year * 10000 + day.month * 100 + day.day


def _unit(day: int, level: str) -> str:
    """The period of ``level`` that holds the day ``yyyymmdd``."""
    year, month, dom = day // 10000, day // 100 % 100, day % 100
    if level == "decade":
        return f"{year // 10 * 10:04d}s"
    if level == "year":
        return f"{year:04d}"
    if level == "month":
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{dom:02d}"


def period_label(period: str | None) -> str:
    """How a period reads: ``1990s``, ``2004``, ``April 2004``, ``6 April 2004``, ``Undated``."""
    if period is None:
        return "All dates"
    if period == "undated":
        return "Undated"
    parts = period.split("-")
    if len(parts) == 2:
        return f"{MONTH_NAMES[int(parts[1])]} {parts[0]}"
    if len(parts) == 3:
        return f"{int(parts[2])} {MONTH_NAMES[int(parts[1])]} {parts[0]}"
    return period


def _breadcrumbs(spec: _Period) -> list[dict]:
    """The periods above this one, outermost first, starting with the whole archive."""
    crumbs = [{"period": None, "label": period_label(None)}]
    if spec.level == "archive":
        return []
    if spec.level == "undated":
        return crumbs
    day = spec.start
    for level in LEVELS[1:LEVELS.index(spec.level)]:
        value = _unit(day, level)
        crumbs.append({"period": value, "label": period_label(value)})
    return crumbs


def _search_bounds(spec: _Period) -> dict | None:
    """``from``/``to`` of the search page for this period (the search matches overlapping dates)."""
    if spec.level == "decade":
        first = int(spec.value[:4])
        return {"from": f"{max(first, 1):04d}", "to": f"{first + 9:04d}"}
    if spec.level in ("year", "month", "day"):
        return {"from": spec.value, "to": spec.value}
    return None


def timeline(root, period: str | None = None, *, page: int = 1,
             limit: int = ARTICLES_PER_PAGE) -> Timeline:
    """The archive's public articles by period: counts one level down and the articles at this level.

    See the module notes for where an article with a coarse date is placed.
    An empty period (or one that has only restricted articles) is a valid
    answer with no articles, like an empty search.
    """
    spec = parse_period(period)
    _check_paging(page, limit)
    snapshot = _snapshot(_root(root))
    if spec.level == "undated":
        node = _Node(total=len(snapshot.undated), own=snapshot.undated)
    else:
        node = snapshot.periods.get(spec.value) or _Node()
    total = len(snapshot.articles) if spec.level == "archive" else node.total
    return Timeline(
        period=spec.value, level=spec.level, label=period_label(spec.value),
        breadcrumbs=_breadcrumbs(spec), total=total,
        children=[PeriodCount(p, period_label(p), node.children[p]) for p in sorted(node.children)],
        child_level=_CHILD.get(spec.level),
        articles_note=_NOTES[spec.level], articles_total=len(node.own),
        articles=[snapshot.articles[i].ref for i in _slice(node.own, page, limit)],
        page=page, limit=limit, undated=len(snapshot.undated), search=_search_bounds(spec))
