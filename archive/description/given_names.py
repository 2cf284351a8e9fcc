"""Given names, and firms called like people: what makes two capitalised words a person's name.

The person finder (:mod:`archive.description.person_finding`) takes a known given name
before a capitalised word as a name ("Friedrich Ostendorf, who leads..."), with no title or
speech verb needed. The names are the US census of 1990's 5,494 given names, the data of the
``names`` package (0.3.0, MIT): fixed data, measured on ``tests/person_news.py``
(``docs/benchmarks.md``, "People on real news"). A few firms carry a given name and a
surname; they are listed so that the rule never files them as people.
"""

from __future__ import annotations

from importlib.resources import files

from archive.description.name_keys import name_key
from archive.description.name_words import _NOT_NAMES

__all__ = ["GIVEN_NAMES", "NAMED_LIKE_PEOPLE"]


def _given_names() -> frozenset[str]:
    """Keys of the given names of the US census of 1990 (5,494 names, the data of the ``names``
    package, MIT): a word among them before a capitalised word makes a name of the pair, with
    no title or speech verb needed ("Friedrich Ostendorf, who leads..."). Words that are never
    names (months, titles) stay out."""
    keys: set[str] = set()
    for table in ("dist.male.first", "dist.female.first"):
        for line in files("names").joinpath(table).read_text(encoding="ascii").splitlines():
            if line.strip():
                keys.add(name_key(line.split()[0].capitalize()))
    return frozenset(keys) - _NOT_NAMES


GIVEN_NAMES = _given_names()

#: Firms and things called by a person's name and surname, which the given-name rule of
#: :mod:`person_finding` would otherwise take for people (keys of the two words).
NAMED_LIKE_PEOPLE = frozenset(name_key(n) for n in (
    "Goldman Sachs", "Morgan Stanley", "Wells Fargo", "Charles Schwab", "Merrill Lynch", "Lehman Brothers",
    "Dow Jones", "Ernst Young", "Marks Spencer", "Procter Gamble", "Johnson Johnson", "Walt Disney",
    "Warner Bros", "Rolls Royce", "Harley Davidson", "Mercedes Benz", "Jack Daniels", "Louis Vuitton",
    "Young Boys", "Grace Church", "Chase Manhattan", "Wall Street", "Tommy Hilfiger", "Calvin Klein"))
