"""The one name each person is shown by, wherever a person is shown.

Facets, the people pages, the person page and ``archive persons`` all name a
person (a key) the same way: :meth:`archive.description.authority.Authority.display_name`
applied to the names written in the first :data:`NAME_SAMPLE` public articles
having that key, in id order. Only public articles count, so a name written
only in restricted ones is never shown; the first articles *by id* (not by
their place in the index, nor the result set) make the choice the same in any
layout of the index and across reindexes of the same bags; and a bounded
sample keeps a facet cheap for a person named in thousands of articles.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable

from archive.description.authority import Authority

__all__ = ["NAME_SAMPLE", "choose_name", "names_in"]

#: Public articles (the first by id) whose names choose a person's display name.
NAME_SAMPLE = 200


def choose_name(key: str, sightings: Iterable[tuple[str, str]], authority: Authority) -> str:
    """The display name of ``key`` from (article id, name written there) pairs of public articles."""
    firsts: dict[str, list[str]] = {}
    for article, name in sightings:
        firsts.setdefault(article, []).append(name)
    counts: Counter = Counter()
    for article in sorted(firsts)[:NAME_SAMPLE]:
        counts.update(set(firsts[article]))
    return authority.display_name(key, counts)


def names_in(stored: dict, key: str, authority: Authority) -> list[str]:
    """The names one article's stored ``person_forms`` give the person ``key`` (corrections applied)."""
    try:
        people = json.loads(stored.get("person_forms") or "[]")
    except ValueError:
        return []
    if not isinstance(people, list):
        return []
    people = authority.apply([p for p in people if isinstance(p, dict) and p.get("key")])
    return [p["name"] for p in people if p.get("key") == key and p.get("name")]
