"""The words of an article as the person-finding heuristics see them.

Finding people (:mod:`archive.description.person_finding`) decides from single
words and their neighbours: is this word a title, a speech verb, a place, a
word of an organisation's name; does it end like a surname; is it capitalised,
and does it open a sentence. This module holds what is known of words, apart
from the rules that weigh it:

* the word lists are :mod:`archive.description.name_lists`;
* the surname and patronymic endings (:func:`_ending_strength`,
  :func:`_is_patronymic`), which finding places uses as well, to tell a
  place from a person named after one;
* the words of a text: :func:`split_words` splits an article once for people
  and places (:mod:`archive.description.places`), and :class:`_Tokens` makes
  each word a token only when a heuristic looks at it;
* runs of capitalised words, where names are looked for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, compress, count
from operator import itemgetter
from typing import NamedTuple

from archive.description.name_keys import ARABIC_ARTICLES, _ascii_lower, name_key
from archive.description.name_lists import _ABBREVIATIONS, _PARTICLE_WORDS

__all__ = ["Words", "split_words"]

#: Endings of Russian, Kazakh and Ukrainian surnames that English words and
#: given names rarely have: a word ending so is a surname on its own.
_STRONG_ENDINGS = (
    "ov", "ova", "ev", "eva", "yov", "yova", "sky", "skiy", "skii", "ski",
    "skaya", "skaia", "uly", "ulu", "kyzy", "qyzy", "kyzi", "enko", "chuk",
    "yuk",
)

#: Endings shared with many English words and place names (Berlin, Kremlin):
#: a word ending so is a surname only next to a given name or a title, or
#: when something else in the article confirms it.
_WEAK_ENDINGS = (
    "in", "ina", "yn", "yna", "iy", "yi", "ii", "oy", "ykh", "ikh", "uk",
    "vich", "vych", "ovna", "evna",
)

#: Patronymic endings, for the middle word of "Nursultan Abishevich Nazarbaev".
_PATRONYMIC_ENDINGS = (
    "ovich", "evich", "yevich", "ich", "ovna", "evna", "ichna", "uly", "ulu",
    "kyzy", "qyzy",
)

#: A surname ending must follow a stem of at least this many letters, so that
#: short words (Lev, Eva, Sky) are not read as surnames.
_MIN_STEM = 3



@lru_cache(maxsize=131072)
def _ending_strength(word: str) -> str | None:
    """"strong", "weak" or None: how far ``word``'s ending says "surname"."""
    latin = _ascii_lower(word)
    for endings, strength in ((_STRONG_ENDINGS, "strong"), (_WEAK_ENDINGS, "weak")):
        for ending in endings:
            if latin.endswith(ending) and len(latin) - len(ending) >= _MIN_STEM:
                return strength
    return None


@lru_cache(maxsize=131072)
def _is_patronymic(word: str) -> bool:
    latin = _ascii_lower(word)
    return any(latin.endswith(e) and len(latin) - len(e) >= _MIN_STEM for e in _PATRONYMIC_ENDINGS)


# --------------------------------------------------------------------------
# Tokens
# --------------------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_WORD_SPLIT = re.compile(f"({_WORD.pattern})")
_FIRST_LETTER = itemgetter(0)
_SENTENCE_BREAK = re.compile(r"[.!?:;\n]")
#: A surname written with its particle in lower case and a hyphen: "al-Assad", "el-Sisi", "bin-Laden".
_PARTICLE_NAME = re.compile(rf"^(?:{ARABIC_ARTICLES}|bin|ben|ibn|abu|abd)[-‐‑](?=[A-ZÀ-Ö])")


class Words(NamedTuple):
    """The words of a text and what stands between them (see :func:`split_words`)."""

    parts: list[str]        # [gap, word, gap, word, ..., gap]
    words: list[str]
    gaps: list[str]         # gaps[i]: the characters before word i
    upper: list[int]        # indices of the words whose first letter is a capital


@lru_cache(maxsize=2)
def split_words(text: str) -> Words:
    """The words of ``text``, split in one C call; the last two texts' are kept.

    Finding people and finding places (:mod:`archive.description.places`) both start
    from the words of one article, one right after the other: they split it once.
    """
    parts = _WORD_SPLIT.split(text)
    words = parts[1::2]
    upper = list(compress(count(), map(str.isupper, map(_FIRST_LETTER, words))))
    particles = [i for i, word in enumerate(words) if "-" in word and _PARTICLE_NAME.match(word)]
    if particles:
        upper = sorted(upper + particles)
    return Words(parts, words, parts[0::2], upper)


#: Only horizontal white space may separate the words of one name; a line
#: break ends a heading, a comma ends a phrase.
_NAME_GAP = re.compile(r"[ \t\u00a0]+")


@dataclass(slots=True)
class _Token:
    """One word of the text, with what the name heuristics need to know of it."""

    text: str           # the word without a possessive 's
    possessive: bool
    gap_before: str     # the characters between the previous word and this one
    common: bool        # the text also uses this word in lower case
    key: str            # the word's name key
    capitalised: bool   # starts with a capital and is not an all-capitals acronym (DCK, HRW)


# The heuristics ask for the key and the capitalisation of the same words again
# and again (every word of an article, on two scans); words repeat across
# articles too, so both are cached per word (name_key is cached itself).



@lru_cache(maxsize=131072)
def _capitalised(word: str) -> bool:
    particle = _PARTICLE_NAME.match(word)
    if particle:
        word = word[particle.end():]
    if not word[0].isupper():
        return False
    letters = [ch for ch in word if ch.isalpha()]
    return len(letters) > 1 and not all(ch.isupper() for ch in letters)


class _Tokens(dict):
    """The words of a text, each made a :class:`_Token` only when a heuristic looks at it.

    The heuristics look at capitalised words and their neighbours, about a
    fifth of an article's words; building a token (and working out its name
    key) for every word was most of the cost of finding people. ``tokens[i]``
    reads as on a list (negative indices count from the end; ``size`` is the
    number of words), but it is a dict of the tokens made so far: looking one
    up again, which the heuristics do about seven times per token, is a
    C-level dict lookup, and :meth:`__missing__` makes the others.
    """

    __slots__ = ("size", "words", "gaps", "lower_words", "_parts", "_offsets", "_upper")

    def __init__(self, text: str) -> None:
        super().__init__()
        split = split_words(text)     # shared with finding places in the same text
        parts = split.parts
        self._parts = parts
        self._offsets: list[int] | None = None
        self.words: list[str] = split.words
        self.gaps: list[str] = split.gaps       # gaps[i]: the characters before word i
        self._upper = split.upper
        self.size = len(self.words)
        self.lower_words = set(compress(self.words, map(str.islower, self.words)))

    def __missing__(self, i: int) -> _Token:
        if i < 0:
            if i + self.size < 0:
                raise IndexError("token index out of range")
            return self[i + self.size]
        if i >= self.size:
            raise IndexError("token index out of range")
        word = self.words[i]
        possessive = word.endswith(("'s", "’s"))
        if possessive:
            word = word[:-2]
        token = self[i] = _Token(word, possessive, self.gaps[i], word.lower() in self.lower_words,
                                 name_key(word), _capitalised(word))
        return token

    def span(self, first: int, last: int) -> tuple[int, int]:
        """Where the words ``first`` to ``last`` stand in the text (without ``last``'s possessive)."""
        if self._offsets is None:
            self._offsets = list(accumulate(map(len, self._parts)))
        return self._offsets[2 * first], self._offsets[2 * last] + len(self[last].text)

    def capitalised(self) -> list[int]:
        """Indices of the capitalised words, in order (first letters checked in one pass)."""
        return [i for i in self._upper if self[i].capitalised]


def _sentence_initial(tokens: _Tokens, i: int) -> bool:
    """Whether token ``i`` opens a sentence, heading or line (so its capital says nothing)."""
    if i == 0:
        return True
    if not _SENTENCE_BREAK.search(tokens[i].gap_before):
        return False
    # "Mr. Smith", "George W. Bush": the full stop of an abbreviated title or an initial ends nothing.
    return not (tokens[i].gap_before.strip() == "." and (tokens[i - 1].key in _ABBREVIATIONS
                                                         or _initial(tokens, i - 1)))




def _glued(tokens: _Tokens, last: int, i: int) -> bool:
    """Words ``last`` and ``i`` belong to one run: next to each other, or with one or two
    lower-case particles between them, only spaces around, and no possessive before."""
    if i - last > 3 or tokens[i - 1].possessive or not (_NAME_GAP.fullmatch(tokens[i].gap_before)
                                                        or i - last > 1 and _initial(tokens, i - 1)):
        return False
    between = range(last + 1, i)
    return all((not tokens[j].capitalised and tokens[j].text in _PARTICLE_WORDS or _initial(tokens, j))
               and _NAME_GAP.fullmatch(tokens[j].gap_before) for j in between) \
        and not tokens[last].possessive


def _initial(tokens: _Tokens, j: int) -> bool:
    """Token ``j`` is a middle initial: one capital letter and a full stop (George W. Bush)."""
    word = tokens.words[j]
    return len(word) == 1 and word.isupper() and j + 1 < tokens.size and tokens.gaps[j + 1] == ". "


def _runs(tokens: _Tokens, capitalised: list[int]) -> list[list[int]]:
    """Maximal runs of capitalised words separated only by spaces (token indices).

    ``capitalised``: the indices of the capitalised words; a run continues
    with the next word only if it is capitalised too, only spaces (or one or
    two lower-case surname particles: von der, bin) stand between them, and
    the word before has no possessive 's.
    """
    runs: list[list[int]] = []
    current: list[int] = []
    for i in capitalised:
        if current and _glued(tokens, current[-1], i):
            current.append(i)
            continue
        if current:
            runs.append(current)
        current = [i]
    if current:
        runs.append(current)
    return runs
