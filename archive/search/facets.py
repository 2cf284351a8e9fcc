"""Facets of a search: how the whole result set divides by year, source, language, kind, person and place.

:func:`archive.search.searching.search` asks :func:`count_facets` for the
counts of a result set (a set of document numbers); everything is counted from
columns cached per searcher (:mod:`archive.search.searcher_columns`), one list
look-up per matched document, not by Whoosh's per-search grouping.

Decisions, in short:

* **Over the whole result set**, not the page: ``pub_year`` (``undated`` for
  items without a date, listed last; the years in order), ``source``,
  ``language`` and ``kind`` (``unknown`` when missing; the most frequent
  first).
* **People** are counted by surname key (the single-word terms of ``person``:
  its full-name keys would count each person twice), the
  :data:`PERSON_FACET_SIZE` most frequent, each with a display name: the name
  as written in the first public article having the key.
* **Places** are counted by place key, the :data:`PLACE_FACET_SIZE` most
  frequent, each with the gazetteer's name (else the name as the first public
  article writes it).
* **Display names do not depend on the search.** "First" is by id among all
  the archive's public articles, not among the result set, and the name is
  cached per searcher: the same person or place reads the same on every page.
"""

from __future__ import annotations

import json
from collections import Counter

from archive.description.authority import Authority, load_authority
from archive.description.places import place_name
from archive.search.index import LiveSearcher
from archive.search.person_names import NAME_SAMPLE, choose_name, names_in
from archive.search.posting_lists import term_docs
from archive.search.searcher_columns import _id_column, _postings_column, _restricted_docs

__all__ = [
    "PERSON_FACET_SIZE",
    "PLACE_FACET_SIZE",
    "count_facets",
]

#: Person facet entries returned (the most frequent first).
PERSON_FACET_SIZE = 20
#: Place facet entries returned (the most frequent first).
PLACE_FACET_SIZE = 20

_FACETS = ("pub_year", "source", "language", "kind")
_MISSING = {"pub_year": "undated"}


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
    """How a person (surname key) is shown: :mod:`archive.search.person_names`' one name, from the
    first public articles by id having the key (never from ``docs``), cached per searcher."""
    names = live.cache.setdefault("person_display", {})
    if key not in names:
        restricted, ids = _restricted_docs(live), _id_column(live)
        having = sorted((d for d in term_docs(live.searcher.reader(), "person", key) if d not in restricted),
                        key=ids.__getitem__)[:NAME_SAMPLE]
        if "authority" not in live.cache:
            live.cache["authority"] = load_authority(live.root) if live.root is not None else Authority()
        authority = live.cache["authority"]
        sightings = [(ids[d], name) for d in having
                     for name in names_in(live.searcher.stored_fields(d), key, authority)]
        names[key] = choose_name(key, sightings, authority)
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


def count_facets(live: LiveSearcher, docs: set[int]) -> dict[str, list[dict]]:
    """Every facet of the result set ``docs``: the plain ones, then ``person`` and ``place``."""
    facet_counts = {name: _facet_counts(live, docs, name) for name in _FACETS}
    facet_counts["person"] = _person_facet(live, docs)
    facet_counts["place"] = _place_facet(live, docs)
    return facet_counts
