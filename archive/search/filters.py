"""The filters of a search: person, place, dates and source, from what was asked to what is matched.

:func:`archive.search.searching.search` combines these with the parsed query;
each function here turns one option (``--person``, ``--place``, ``--from`` and
``--to``, ``--source``) into terms of the index or day bounds, refusing with a
clear :class:`ArchiveError` what cannot be searched.

Decisions, in short:

* **Person search.** ``name_key`` of the name and of its last word (the surname)
  match the ``person`` field, plus the canonical key from
  ``archive.description.authority.resolve`` when that module exists. Each hit explains which
  spelling in the article matched ("matched Jakiyanov as a spelling of
  Zhakiyanov"; :mod:`archive.search.snippets`): the words of the article whose
  surname key is the one searched.
* **Place search.** :func:`archive.description.places.place_key` of the name matches the
  ``place`` field, so any spelling or other name of a gazetteer place finds it
  (Kazakstan and Kazakhstan, Alma-Ata and Almaty).
* **Dates.** ``--from``/``--to`` at any precision become day bounds; an item
  matches when its ``[pub_earliest, pub_latest]`` overlaps them. Undated items
  are left out of a date search unless ``include_undated``; without a date
  filter every item counts, dated or not. The bounds are checked against two
  columns cached per searcher (:mod:`archive.search.searcher_columns`), not with
  Whoosh's numeric range queries.
* **Source** is a host name: a URL or ``www.`` prefix given is reduced to it.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from whoosh.query import Term

from archive.preservation.date_parsing import parse_asserted
from archive.description.name_keys import name_key
from archive.description.places import place_key
from archive.errors import ArchiveError, UsageError
from archive.preservation.root import ArchiveRoot
from archive.search.index import LiveSearcher
from archive.search.schema import initial_term
from archive.search.searcher_columns import _bounds_columns


# --- dates ----------------------------------------------------------------------------


def _day_number(day) -> int:
    return day.year * 10000 + day.month * 100 + day.day


def _date_bound(value: str, latest: bool, name: str) -> int:
    parsed = parse_asserted(value)
    bounds = parsed.bounds() if parsed is not None else None
    if bounds is None:
        raise UsageError(f"{name}: not a date with a known year: {value!r} "
                           "(use 2004, 2004-04 or 2004-04-06)")
    return _day_number(bounds[1] if latest else bounds[0])


@dataclass(frozen=True)
class _DateRange:
    """Day bounds (``yyyymmdd``) of a date search; None on a side means open."""

    low: int | None
    high: int | None
    include_undated: bool


def _date_range(date_from: str | None, date_to: str | None, include_undated: bool) -> _DateRange | None:
    """The day bounds of ``--from``/``--to`` (None without either); refuses a range that ends before it starts."""
    if not date_from and not date_to:
        return None
    low = _date_bound(date_from, False, "--from") if date_from else None
    high = _date_bound(date_to, True, "--to") if date_to else None
    if low is not None and high is not None and low > high:
        raise UsageError(f"--from {date_from} is after --to {date_to}")
    return _DateRange(low, high, include_undated)


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


# --- person, source and place ---------------------------------------------------------


def _resolver():
    """The authority's ``resolve``, or None where that module is not installed."""
    try:
        from archive.description.authority import resolve  # type: ignore[import-not-found]
    except ImportError:
        return None
    return resolve


def _person_keys(root: ArchiveRoot, person: str) -> list[str]:
    """The ``person`` terms that find ``person``.

    A surname alone ("Trump") finds everyone of that surname in any spelling:
    its key and its canonical key. A full name ("Ivanka Trump") finds that
    person: the ``given surname`` key (any spelling of either), the key of
    an article that names only the initial ("I. Trump"), and the canonical key
    of the whole name; not the other Trumps. An initial ("I. Trump") finds
    every Trump whose given name starts so.
    """
    key = name_key(person)
    if not key:
        raise UsageError(f"--person: no name in {person!r}")
    resolve = _resolver()
    canonical = (lambda k: _canonical(root, resolve, k)) if resolve is not None else (lambda k: None)
    whole = [k for k in (key, canonical(key)) if k]
    surname = key.split()[-1]
    surnames = list(dict.fromkeys(k.split()[-1] for k in (surname, canonical(surname)) if k))
    words = person.split()
    given = name_key(words[0]) if len(words) > 1 and len(key.split()) > 1 else ""
    if not given:
        keys = whole + [k.split()[-1] for k in whole] + surnames
    elif len(given) == 1:
        keys = [initial_term(given, s) for s in surnames]
    else:
        keys = whole + [term for s in surnames for term in (f"{given} {s}", f"{given[0]} {s}")]
    return list(dict.fromkeys(keys))


def _canonical(root: ArchiveRoot, resolve, key: str) -> str | None:
    try:
        return resolve(root, key) or None
    except ArchiveError:
        return None


def _source_host(source: str) -> str:
    """The host the ``source`` field holds, from a host or a URL as typed (``www.`` dropped)."""
    text = source.strip().lower()
    if "://" in text:
        text = urlsplit(text).hostname or ""
    host = text.split("/")[0].removeprefix("www.")
    if not host:
        raise UsageError(f"--source: no host in {source!r}")
    return host


def _place_filter(place: str) -> Term:
    """The ``place`` term of any spelling or other name of a place."""
    key = place_key(place)
    if not key:
        raise UsageError(f"--place: no place name in {place!r}")
    return Term("place", key)
