"""People named in the archive, read from the index: the people list, a person's profile, the admin list.

:func:`people` and :func:`person_profile` answer the web site's people pages
from the snapshot of public articles (:mod:`archive.search.browse_snapshot`);
:func:`list_people` answers ``archive persons`` from the index itself.

Decisions:

* **Public only, except for the archivist.** The people pages count public
  articles only (see :mod:`archive.search.browse_snapshot`); :func:`list_people`
  is the archivist's view for making corrections, so it reads every stored
  document, restricted ones included.
* **Any name finds its person.** A person is asked for by key, but a full
  name or another spelling is tried as its key too (the authority applied,
  then the surname key), so a link built from any of them reaches the
  canonical person; the profile carries the canonical key.
* **A profile's months are only the sure ones.** Articles dated to a month or a
  day count in their month; those known only to a year or a wider span are
  counted as ``imprecise``, the undated as ``undated``, never spread over
  months.
* **The index stays the search layer's.** :func:`list_people` lives here, not
  beside the authority's records in :mod:`archive.description.authority`:
  description must not import the index it feeds.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import asdict, dataclass

from archive.description.authority import SPLIT_MARK, load_authority
from archive.description.name_keys import name_key
from archive.errors import ItemNotFound, UsageError
from archive.preservation.root import ArchiveRoot
from archive.search.browse_snapshot import (ARTICLES_PER_PAGE, ArticleRef, _check_paging, _Person, _root,
                                            _slice, _snapshot, _Snapshot)
from archive.search.index import open_index
from archive.search.person_names import choose_name

__all__ = [
    "PEOPLE_PER_PAGE",
    "PeoplePage",
    "PersonProfile",
    "PersonSummary",
    "list_people",
    "people",
    "person_profile",
]

#: People per page of the people list, by default and at most.
PEOPLE_PER_PAGE = 50
#: People shown as "mentioned alongside" on a person page.
CO_MENTIONS = 10
PEOPLE_SORTS = ("articles", "name")


# --- results --------------------------------------------------------------------------


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
        raise UsageError(f"sort must be one of: {', '.join(PEOPLE_SORTS)}")
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


# --- the archivist's list -------------------------------------------------------------


def list_people(root: ArchiveRoot) -> list[dict]:
    """People in the live index: [{name, key, spellings {surface: count}, articles}].

    Sorted by article count (most first, restricted ones counted), then key; each
    named as everywhere else (:mod:`archive.search.person_names`). Read from the index's
    stored ``person_forms`` (written with the corrections applied); keys are
    resolved once more so a correction made since the last reindex still groups.
    """
    authority = load_authority(root)
    people: dict[str, dict] = {}
    ix = open_index(root)
    with ix.searcher() as searcher:
        for stored in searcher.all_stored_fields():
            try:
                found = json.loads(stored.get("person_forms") or "[]")
            except ValueError:
                continue
            seen_here: set[str] = set()
            for person in authority.apply(found):
                key = person["key"]
                entry = people.setdefault(key, {"sightings": [], "key": key,
                                                "spellings": Counter(), "articles": 0})
                if key not in seen_here:
                    entry["articles"] += 1
                    seen_here.add(key)
                if person.get("name") and stored.get("restricted") is False:   # public articles name people
                    entry["sightings"].append((stored["id"], person["name"]))
                entry["spellings"].update(person.get("forms") or {})
    result = []
    for entry in people.values():
        name = choose_name(entry["key"], entry.pop("sightings"), authority)
        result.append({"name": name, "key": entry["key"],
                       "spellings": dict(entry["spellings"].most_common()),
                       "articles": entry["articles"]})
    result.sort(key=lambda p: (-p["articles"], p["key"]))
    return result
