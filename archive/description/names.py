"""People named in an article: find each mention, key it, group it under one person.

Three layers, each usable on its own:

* :func:`archive.description.name_keys.transliterate` turns Cyrillic (Russian
  and Kazakh letters) into Latin, so a Cyrillic name and its English spelling
  can share a key.
* :func:`archive.description.name_keys.name_key` folds one name token, or a
  full name token by token.
* :func:`archive.description.person_finding.find_people` finds personal-name
  mentions in a text and :func:`group_mentions` groups one article's mentions
  into :class:`Person` records, linking a lone surname to the full name used
  elsewhere.

This module is the last layer and the front door: :func:`people` is the one
call the derivation of an article's description makes. Grouping works on
keys alone, so it never looks at the text again.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from archive.description.name_keys import name_key
from archive.description.person_finding import Mention, find_people

__all__ = ["Person", "group_mentions", "people"]

# --------------------------------------------------------------------------
# Grouping
# --------------------------------------------------------------------------

@dataclass(slots=True)
class Person:
    """One person of an article, with every way the article names them.

    ``key`` is the surname key: the same for every spelling of the surname,
    so it is what an index of people across articles files the person under.
    ``given_key`` tells apart two people of one surname in one article.
    ``name`` is the display name: the most frequent full-name form, the first
    one on a tie, or the most frequent lone form if no full name was used.
    """

    name: str
    key: str
    given_key: str | None
    forms: dict[str, int] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)

    @property
    def full_key(self) -> str:
        """Given name and surname key, or the surname key alone."""
        return f"{self.given_key} {self.key}" if self.given_key else self.key


def _display_name(mentions: list[Mention]) -> str:
    counts = Counter(m.surface for m in mentions)
    full = [m.surface for m in mentions if m.given]
    pool = full or [m.surface for m in mentions]
    # max() keeps the first of equal counts, and pool is in text order.
    return max(dict.fromkeys(pool), key=lambda surface: counts[surface])


def _join_middle_names(groups: dict[tuple[str, str | None], list[Mention]]) -> None:
    """"Johnson Sirleaf" after "Ellen Johnson Sirleaf": a two-word name whose first word is
    the middle name of a three-word name of the same surname is that person, not another."""
    middles = {(m.surname_key, name_key(m.middle)): group_key for group_key, ms in groups.items()
               for m in ms if m.middle}
    for group_key in list(groups):
        target = middles.get(group_key)
        if target and target != group_key and target in groups:
            groups[target].extend(groups.pop(group_key))


def group_mentions(mentions: list[Mention]) -> list[Person]:
    """One article's mentions grouped into people, in order of first mention.

    Full names (given name and surname) group by both keys, so Galymzhan
    Zhakiyanov and Galymjan Jakiyanov are one person but two people of one
    surname are not. A lone surname joins the only full-name person of that
    surname key; if there are several it is ambiguous and stays a person of
    its own, and if there are none, lone mentions of one key form one person.
    A lone word matching no surname but the given name of exactly one person
    joins that person (Mukhtar, after Mukhtar Ablyazov).
    """
    groups: dict[tuple[str, str | None], list[Mention]] = {}
    for m in mentions:
        if m.given:
            groups.setdefault((m.surname_key, m.given_key), []).append(m)
    _join_middle_names(groups)
    by_surname: dict[str, list[tuple[str, str | None]]] = {}
    by_given: dict[str, list[tuple[str, str | None]]] = {}
    for group_key in groups:
        by_surname.setdefault(group_key[0], []).append(group_key)
        by_given.setdefault(group_key[1] or "", []).append(group_key)
    for m in mentions:
        if m.given:
            continue
        key = m.surname_key
        if len(by_surname.get(key, [])) == 1:
            target = by_surname[key][0]
        elif key not in by_surname and len(by_given.get(key, [])) == 1:
            target = by_given[key][0]
        else:
            target = (key, None)
        groups.setdefault(target, []).append(m)
    persons = [Person(_display_name(ms), surname_key, given_key,
                      dict(Counter(m.surface for m in ms)), sorted(ms, key=lambda m: m.start))
               for (surname_key, given_key), ms in groups.items()]
    persons.sort(key=lambda p: p.mentions[0].start)
    return persons


def people(text: str) -> list[Person]:
    """The people of one article.

    :func:`archive.description.person_finding.find_people` then :func:`group_mentions`.
    """
    return group_mentions(find_people(text))
