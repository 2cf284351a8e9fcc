"""What stands around a capitalised word and says it is a name, or a date.

Three readings the person finder (:mod:`archive.description.person_finding`) asks of a
word's neighbours, kept apart from its rules so each is stated once:

* :func:`titled_in_run`: the words before a name in its run are all titles, roles,
  nationality or office words ("German Chancellor Angela Merkel"), or the run follows
  "<title> of [the]" ("Secretary of State Rex Tillerson").
* :func:`byline_before`: a byline ("By" opening a line) or a wire story's credit
  ("Reporting by", "Editing by") right before the name; "by Reuters" is not one.
* :func:`reads_as_date`: a month that is also a surname (May) is a date when a number
  follows it or a word of time stands before it ("in May", "May 3").

And the readings of one word and the word before or after it: could it be part of a name
(``_plausible_name_word``, ``_plausible_given``, ``_never_name``), does a title stand before
it, a speech verb after it, "according to", an article or a preposition of place before it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from archive.description.given_names import KEY_COLLISIONS
from archive.description.name_keys import _ascii_lower, name_key
from archive.description.name_lists import (
    _ABBREVIATIONS,
    _ARTICLES,
    _BEFORE_DATES,
    _MONTH_SURNAMES,
    _NOT_NAMES,
    _NOT_NAMES_EXACT,
    _NOT_NAMES_LATIN,
    _PLACE_PREPOSITIONS,
    _SPEECH,
    _TITLES,
)
from archive.description.name_words import _NAME_GAP, _ending_strength, _sentence_initial, _Tokens

__all__ = ["byline_before", "reads_as_date", "titled_in_run"]

_OF = name_key("of")
_BY = name_key("by")
#: Words before "by" in a credit line: "Reporting by", "Editing by", "Compiled by".
_CREDITS = frozenset(name_key(w) for w in "reporting editing writing compiled written photographs photos "
                                             "photo pictures produced interview interviews research additional "
                                             "graphics translated".split())
_STARTS_WITH_NUMBER = re.compile(r"[ \t\u00a0]*(?:\d|\()")


def titled_in_run(tokens: _Tokens, run: list[int], first: int, could_be_name: Callable[[int], bool]) -> bool:
    """The words of the run before the name (at ``first``) are all titles, roles, nationalities
    or words of an office, at least one a title, or the run follows "<title> of [the]":
    "Chancellor of the Exchequer Philip Hammond". A word that ``could_be_name`` among them
    ("Tillerson aide John Kelly") ends it."""
    prefix = run[:run.index(first)]
    if not prefix or any(could_be_name(i) for i in prefix):
        return False
    if any(tokens[i].key in _TITLES for i in prefix):
        return True
    j = prefix[0] - 1
    if j >= 1 and tokens[j].key in _ARTICLES and not tokens[j].capitalised:
        j -= 1
    return j >= 1 and tokens[j].key == _OF and tokens[j - 1].key in _TITLES


def byline_before(tokens: _Tokens, i: int) -> bool:
    """A byline or credit right before token ``i``: "By" opening a line, or "Reporting by",
    "Editing by" (a wire story's credits). "by the ministry", "by Reuters" do not count."""
    if i == 0 or tokens[i - 1].key != _BY or not _NAME_GAP.fullmatch(tokens[i].gap_before):
        return False
    if tokens[i - 1].capitalised and _sentence_initial(tokens, i - 1):
        return True
    return i >= 2 and tokens[i - 2].key in _CREDITS and _NAME_GAP.fullmatch(tokens[i - 1].gap_before) is not None


def reads_as_date(tokens: _Tokens, i: int) -> bool:
    """A month word as a date: a number after it (May 3, May 2017) or a word of time before it
    (in May, since May, early May). Opening a sentence it is neither: the rules for a lone
    word without a surname ending decide, as for any word."""
    if _STARTS_WITH_NUMBER.match(tokens.gaps[i + 1]):     # the gap after word i, the text's end included
        return True
    return i > 0 and tokens[i - 1].key in _BEFORE_DATES and not tokens[i - 1].capitalised


# --- a word and its neighbours, as the person finder reads them -------------------------

def _never_name(token) -> bool:
    """A word that is never part of a name, by key (an ASCII word by the lists' Latin words
    only), unless it is a given name whose key only collides with such a word (Ann, not "an")."""
    return _never_name_word(token.text, token.key)


@lru_cache(maxsize=131072)
def _never_name_word(text: str, key: str) -> bool:
    """:func:`_never_name` of one word, cached: it is asked about every capitalised word of
    every article, several times each."""
    if not text.isascii():
        return key in _NOT_NAMES
    lower = text.lower()
    return lower in _NOT_NAMES_EXACT or (key in _NOT_NAMES_LATIN and lower not in KEY_COLLISIONS)


def _plausible_name_word(tokens: _Tokens, i: int) -> bool:
    """Token ``i`` could be part of a name: capitalised, not a listed non-name, and a month
    that is also a surname (May) only where it is not a date."""
    token = tokens[i]
    if not token.capitalised or _never_name(token) or not token.key:
        return False
    return token.key not in _MONTH_SURNAMES or not reads_as_date(tokens, i)


def _plausible_given(tokens: _Tokens, i: int) -> bool:
    """Token ``i`` could be a given name standing before a surname.

    Besides the non-name list: no possessive (Kazakhstan's Nazarbaev), no
    surname ending of its own, and at the start of a sentence, where the
    capital says nothing, no -ing, -ed or -ly word (Following, Asked,
    Reportedly) and no word the same text also writes in lower case (Later).
    """
    token = tokens[i]
    if not _plausible_name_word(tokens, i) or token.possessive:
        return False
    if _ending_strength(token.text) == "strong":
        return False
    disguised_word = token.common or re.search(r"(ing|ed|ly)$", _ascii_lower(token.text))
    return not (_sentence_initial(tokens, i) and disguised_word)


def _title_before(tokens: _Tokens, i: int) -> bool:
    """A title or role word stands right before token ``i`` (a comma may come between).

    A full stop may come between only after an abbreviated title (Mr. Smith);
    otherwise it ends the sentence the title was in.
    """
    if i == 0:
        return False
    previous = tokens[i - 1]
    gap = tokens[i].gap_before.strip()
    if "\n" in tokens[i].gap_before:
        return False        # a line ends with the title: "By Tom Brown, Senior Correspondent"
    if previous.possessive or gap not in ("", ",") and not (gap == "." and previous.key in _ABBREVIATIONS):
        return False        # "Bishop's Stortford": a title's possessive names a place
    parts = previous.text.split("-")  # ex-premier, chairman-in-office
    return previous.key in _TITLES or any(name_key(p) in _TITLES for p in (parts[0], parts[-1]))


def _speech_after(tokens: _Tokens, i: int) -> bool:
    """A speech verb follows token ``i`` directly (Saenen said)."""
    return (i + 1 < tokens.size and _NAME_GAP.fullmatch(tokens[i + 1].gap_before) is not None
            and tokens[i + 1].key in _SPEECH and not tokens[i].possessive)


_ACCORDING = name_key("according")


def _according_to_before(tokens: _Tokens, i: int) -> bool:
    """"According to" stands right before token ``i``: attribution, so a person."""
    return (i >= 2 and tokens[i - 1].key == "to" and tokens[i - 2].key == _ACCORDING
            and _NAME_GAP.fullmatch(tokens[i].gap_before) is not None)


def _article_before(tokens: _Tokens, i: int) -> bool:
    """An article right before token ``i``: 'the Kremlin said'."""
    return i > 0 and not tokens[i - 1].capitalised and tokens[i - 1].key in _ARTICLES


def _no_person_before(tokens: _Tokens, i: int) -> bool:
    """An article or a preposition of place right before: 'in Almaty said'; or a plural
    possessive, which makes the word part of an organisation's name: "Supporters' Trust"."""
    if i == 0:
        return False
    previous = tokens[i - 1]
    return _article_before(tokens, i) or (not previous.capitalised and previous.key in _PLACE_PREPOSITIONS) \
        or (previous.capitalised and tokens[i].gap_before.strip() in ("'", "’"))
