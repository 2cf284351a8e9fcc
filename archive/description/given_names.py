"""Given names, and firms called like people: what makes two capitalised words a person's name.

The person finder (:mod:`archive.description.person_finding`) takes a known given name
before a capitalised word as a name ("Friedrich Ostendorf, who leads..."), with no title or
speech verb needed. The names are the US census of 1990's 5,494 given names, the data of the
``names`` package (0.3.0, MIT): fixed data, measured on ``tests/person_news.py``
(``docs/benchmarks.md``, "People on real news"). A few firms carry a given name and a
surname; they are listed so that the rule never files them as people.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from functools import lru_cache
from importlib.resources import files

from archive.description.name_keys import name_key
from archive.description.name_lists import _NOT_NAMES, _PARTICLES, LISTED_WORDS

__all__ = ["GIVEN_NAMES", "KEY_COLLISIONS", "KOREAN_FAMILY_NAMES", "NAMED_LIKE_PEOPLE", "korean_given_name"]


@lru_cache(maxsize=1)
def _census_names() -> tuple[str, ...]:
    """The census given names, capitalised as written in text."""
    found = []
    for table in ("dist.male.first", "dist.female.first"):
        for line in files("names").joinpath(table).read_text(encoding="ascii").splitlines():
            if line.strip():
                found.append(line.split()[0].capitalize())
    return tuple(found)


def _key_collisions() -> frozenset[str]:
    """Given names (lower case, as written) whose key is a word that is never a name while they
    are not that word: "Ann" keys as "an", "Kim" and "Marta" as Cyrillic words. Without this
    list "Judge Ann Walsh" lost its given name. Two-letter names and particles stay out: too
    many of them are words in some language of the lists (So, My, Al)."""
    return frozenset(lower for lower in map(str.lower, _census_names())
                     if len(lower) > 2 and name_key(lower) in _NOT_NAMES
                     and lower not in LISTED_WORDS and name_key(lower) not in _PARTICLES)


KEY_COLLISIONS = _key_collisions()


#: Faker's locales whose given names the census list already covers (US and British
#: English); theirs add words more than names (Summer, Story, River).
_ENGLISH_LOCALES = frozenset({"en", "en_US", "en_GB", "en_NZ", "en_IE", "en_CA", "en_AU"})
_LATIN_NAME = re.compile(r"^[A-Za-zÀ-ɏ]+(?:-[A-Za-zÀ-ɏ]+)?$")


def _world_names() -> set[str]:
    """Given names of 60 countries in Latin script, from the person providers of the Faker
    package (40.63.0, MIT; fixed data in the wheel): German, Dutch, Nordic, Turkish, Kenyan,
    Indian, Nigerian, Japanese romanised and more, which the US census list lacks
    (Friedrich, Wafula, Anjali, Kenji)."""
    import faker.providers.person as providers   # imported here: ~0.2 s, paid once per process
    found: set[str] = set()
    for module in pkgutil.iter_modules(providers.__path__):
        if module.name in _ENGLISH_LOCALES:
            continue
        provider = importlib.import_module(f"{providers.__name__}.{module.name}").Provider
        for attribute in ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary"):
            names = provider.__dict__.get(attribute)
            if isinstance(names, (dict, list, tuple, set, frozenset)):
                found.update(n for n in names if isinstance(n, str) and _LATIN_NAME.match(n) and n[0].isupper())
    return found


def _given_names() -> frozenset[str]:
    """Keys of the given names of the US census of 1990 (5,494 names, the data of the ``names``
    package, MIT): a word among them before a capitalised word makes a name of the pair, with
    no title or speech verb needed ("Friedrich Ostendorf, who leads..."). Words that are never
    names (months, titles) stay out."""
    keys = {name_key(name) for name in _census_names()} | {name_key(name) for name in _world_names()}
    return frozenset(keys - _NOT_NAMES) | {name_key(lower) for lower in KEY_COLLISIONS}


class _GivenNames:
    """The keys of :func:`_given_names`, read on the first look: loading Faker's data costs
    0.3 s, which every ``archive`` command would pay at start-up (the command imports the
    person finder) while most of them never find a person."""

    __slots__ = ("_keys",)

    def __init__(self) -> None:
        self._keys: frozenset[str] | None = None

    def __contains__(self, key: object) -> bool:
        return key in (self._keys if self._keys is not None else self._load())

    def _load(self) -> frozenset[str]:
        self._keys = _given_names()
        return self._keys


GIVEN_NAMES = _GivenNames()

#: Firms and things called by a person's name and surname, which the given-name rule of
#: :mod:`person_finding` would otherwise take for people (keys of the two words).
NAMED_LIKE_PEOPLE = frozenset(name_key(n) for n in (
    "Goldman Sachs", "Morgan Stanley", "Wells Fargo", "Charles Schwab", "Merrill Lynch", "Lehman Brothers",
    "Dow Jones", "Ernst Young", "Marks Spencer", "Procter Gamble", "Johnson Johnson", "Walt Disney",
    "Warner Bros", "Rolls Royce", "Harley Davidson", "Mercedes Benz", "Jack Daniels", "Louis Vuitton",
    "Young Boys", "Grace Church", "Chase Manhattan", "Wall Street", "Tommy Hilfiger", "Calvin Klein",
    "John Lewis", "Ted Baker", "Ralph Lauren", "Estee Lauder", "Kate Spade", "Michael Kors", "Hugo Boss",
    "Tory Burch", "Stella Artois", "Jimmy Choo", "Ben Sherman", "Tim Hortons", "Adil Soz"))

#: Korean family names as English news romanises them. Written first, before a hyphenated
#: given name ("Park Geun-hye", "Lee Nak-yon", "Kim Jong-un"), they make a name with no
#: title needed; the pair is kept whole and filed as written (see docs/benchmarks.md).
KOREAN_FAMILY_NAMES = frozenset(name_key(n) for n in (
    "Kim", "Lee", "Yi", "Rhee", "Park", "Pak", "Choi", "Choe", "Jung", "Jeong", "Chung", "Kang", "Cho", "Jo",
    "Yoon", "Yun", "Jang", "Chang", "Lim", "Im", "Han", "Oh", "Seo", "Suh", "Shin", "Kwon", "Hwang", "Ahn",
    "Song", "Moon", "Mun", "Hong", "Yoo", "Ryu", "Ko", "Koh", "Jeon", "Chun", "Nam", "Ban", "Roh", "Noh", "Ri"))

_KOREAN_GIVEN = re.compile(r"^[A-Z][a-z]{1,5}-[a-z]{1,5}$")


def korean_given_name(word: str) -> bool:
    """A romanised Korean given name: two syllables joined by a hyphen, the second in lower
    case (Jong-un, Geun-hye, Jae-in), which English words and surnames never are."""
    return _KOREAN_GIVEN.match(word) is not None

