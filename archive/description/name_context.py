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
"""

from __future__ import annotations

import re
from collections.abc import Callable

from archive.description.name_keys import name_key
from archive.description.name_words import _ARTICLES, _BEFORE_DATES, _NAME_GAP, _TITLES, _sentence_initial, _Tokens

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
