"""The snapshot the people and date pages read: every public article of the live index, in one pass.

What the people and date pages of the web site show is computed from the live
Whoosh index (:func:`archive.search.index.open_index`) into one
:class:`_Snapshot` here; :mod:`archive.search.people` and
:mod:`archive.search.timeline` answer from it, and nothing here writes. This
module also owns what both share: the article reference they list
(:class:`ArticleRef`) and their paging bounds.

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
  again when reading, as :func:`archive.search.people.list_people` does, so a
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

import json
import threading
from collections import Counter
from dataclasses import dataclass, field

from whoosh.query import Term

from archive.description.authority import Authority, authority_path, load_authority
from archive.errors import UsageError
from archive.preservation.root import ArchiveRoot, open_root
from archive.search.index import open_index
from archive.search.person_names import choose_name

__all__ = [
    "ARTICLES_PER_PAGE",
    "LEVELS",
    "MAX_LIMIT",
    "MAX_PAGE",
    "ArticleRef",
    "warm",
]

#: Articles listed per page on a person or date page.
ARTICLES_PER_PAGE = 100
MAX_LIMIT = 500
MAX_PAGE = 10_000


# --- results --------------------------------------------------------------------------


@dataclass(frozen=True)
class ArticleRef:
    """One article as the browse pages list it."""

    id: str
    title: str | None
    date: str | None          # the EDTF publication date, None when undated


# --- periods --------------------------------------------------------------------------

#: The levels of the date drill-down, the whole archive first.
LEVELS = ("archive", "decade", "year", "month", "day")


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
    sightings: list[tuple[str, str]] = field(default_factory=list)   # (article id, name written there)
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
                entry.sightings.append((article.ref.id, person["name"]))
            for form, count in (person.get("forms") or {}).items():
                entry.mentions[form] += count
                entry.spelt[form] += 1
    for entry in people.values():
        entry.name = choose_name(entry.key, entry.sightings, authority)
        entry.sightings = []
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


def _sort_name(name: str) -> tuple:
    """Surname first, as people lists are read."""
    words = name.casefold().split()
    return (words[-1] if words else "", words[:-1])


# --- paging -----------------------------------------------------------------------------


def _check_paging(page: int, limit: int) -> None:
    if not isinstance(page, int) or not 1 <= page <= MAX_PAGE:
        raise UsageError(f"page must be a whole number between 1 and {MAX_PAGE}")
    if not isinstance(limit, int) or not 1 <= limit <= MAX_LIMIT:
        raise UsageError(f"limit must be a whole number between 1 and {MAX_LIMIT}")


def _slice(items: list, page: int, limit: int) -> list:
    return items[(page - 1) * limit: page * limit]


def _root(root) -> ArchiveRoot:
    return root if isinstance(root, ArchiveRoot) else open_root(root)
