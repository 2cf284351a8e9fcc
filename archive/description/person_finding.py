"""Finding the people a text names: :func:`find_people` and its :class:`Mention` records.

A mention is one place in the text where a person is named, with the name
split into given name, patronymic and surname and keyed by
:func:`archive.description.name_keys.name_key`. The rules that decide what is
a person are listed in :func:`find_people`'s docstring; they weigh what
:mod:`archive.description.name_words` knows of single words (word lists,
surname endings, capitalisation, sentence starts).

The text is scanned twice. The first scan accepts names by the rules alone;
the surname keys it accepted are then *confirmed*, and a second scan of the
runs of capitalised words that hold one picks up the uses the rules alone
would miss ("Vanessa Saenen is ..." once "Saenen said" was found). Only
those runs are scanned again, since the others cannot change.

Grouping the mentions of one article into people is the next layer,
:mod:`archive.description.names`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import partial

from archive.description.given_names import GIVEN_NAMES, KOREAN_FAMILY_NAMES, NAMED_LIKE_PEOPLE, korean_given_name
from archive.description.name_context import (
    _according_to_before,
    _article_before,
    _never_name,
    _no_person_before,
    _plausible_given,
    _plausible_name_word,
    _speech_after,
    _title_before,
    byline_before,
    titled_in_run,
)
from archive.description.name_keys import name_key
from archive.description.name_lists import _NAMED_AFTER, _PARTICLE_WORDS
from archive.description.name_words import _NAME_GAP, _ending_strength, _is_patronymic, _runs, _sentence_initial, _Tokens

__all__ = ["Mention", "find_people"]

# --------------------------------------------------------------------------
# Mentions
# --------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Mention:
    """One place where a text names a person.

    ``surface`` is ``text[start:end]`` exactly, without a possessive 's.
    ``surname`` is the last word of the name; for a lone word it is that word,
    which may in fact be a given name ("According to Vadim") — grouping sorts
    that out. ``middle`` holds a patronymic if one was written. ``key`` is the
    key of given name and surname (patronymic left out, so that names with and
    without it meet), or of the surname alone.
    """

    surface: str
    start: int
    end: int
    given: str | None
    surname: str
    key: str
    middle: str | None = None

    @property
    def surname_key(self) -> str:
        """The key that groups mentions of one person across spellings."""
        return name_key(self.surname)

    @property
    def given_key(self) -> str | None:
        """The given name's key, which tells apart two people of one surname."""
        return name_key(self.given) if self.given else None


@dataclass(slots=True)
class _Candidate:
    """A possible name, as token indices: [given [middle]] surname."""

    given: int | None
    middle: int | None
    surname: int

    @property
    def first(self) -> int:
        return self.given if self.given is not None else self.surname


def _two_given(tokens: _Tokens, run: list[int], pos: int) -> bool:
    """The two words before run position ``pos`` are a given name and a middle name: both could
    be given names, and the first is a known one or follows a title ("Foreign Minister
    Mohammad Javad Zarif")."""
    first, middle = run[pos - 2], run[pos - 1]
    if tokens[run[pos]].key in _NAMED_AFTER or not (_plausible_given(tokens, first)
                                                   and _plausible_given(tokens, middle)):
        return False
    return tokens[first].key in GIVEN_NAMES or _title_before(tokens, first) or \
        titled_in_run(tokens, run, first, partial(_plausible_name_word, tokens))


def _ends_run(tokens: _Tokens, run: list[int], s: int) -> bool:
    """Token ``s`` ends its run, or only words that are never names follow it in the run
    ("Hannah Ellison Political Correspondent" on a byline)."""
    return all(not _plausible_name_word(tokens, j) for j in run[run.index(s) + 1:])


def _candidate_at(tokens: _Tokens, run: list[int], pos: int, used: set[int]) -> _Candidate:
    """The longest name ending at run position ``pos``: [given [patronymic]] surname."""
    i = run[pos]
    if pos >= 2 and not used.intersection(run[pos - 2:pos]) \
            and _is_patronymic(tokens[run[pos - 1]].text) \
            and _plausible_given(tokens, run[pos - 2]):
        return _Candidate(run[pos - 2], run[pos - 1], i)
    if pos >= 2 and not used.intersection(run[pos - 2:pos]) and _two_given(tokens, run, pos):
        return _Candidate(run[pos - 2], run[pos - 1], i)   # Sarah Huckabee Sanders
    before = pos - 1
    while before >= 0 and tokens[run[before]].text.lower() in _PARTICLE_WORDS and run[before] not in used:
        before -= 1     # Marine Le Pen: "Le" is the surname's, the given name stands before it
    if before >= 0 and run[before] not in used and _plausible_given(tokens, run[before]):
        return _Candidate(run[before], None, i)
    return _Candidate(None, None, i)


def _accept(tokens: _Tokens, run: list[int], cand: _Candidate,
            confirmed: frozenset[str]) -> bool:
    """Whether ``cand`` is a personal name, by the heuristics in :func:`find_people`."""
    s = cand.surname
    surname = tokens[s]
    if not _plausible_name_word(tokens, s):
        return False
    if s != run[-1] and not surname.possessive and tokens[s + 1].key in _NAMED_AFTER:
        return False
    strength = _ending_strength(surname.text)
    if strength == "strong" and (cand.given is not None or not _article_before(tokens, s)):
        return True
    if surname.key in confirmed:
        return True
    has_given = cand.given is not None
    titled = _title_before(tokens, cand.first) or (has_given and (
        titled_in_run(tokens, run, cand.first, partial(_plausible_name_word, tokens))
        or byline_before(tokens, cand.first)))
    if strength == "weak" and (has_given or titled or _speech_after(tokens, s)
                               or _according_to_before(tokens, s)):
        return has_given or not _no_person_before(tokens, s)
    # No surname ending at all: only a title, a speech verb or "according to"
    # makes it a name, and only if the run is exactly this name (so "Human
    # Rights Watch said" is not read as a person called Rights Watch).
    ends = _ends_run(tokens, run, s)
    exact = ends and (run[0] == cand.first or titled)
    if exact and titled:
        return True
    if has_given and ends and (_known_given_name(tokens, run, cand) or _marked_surname(tokens, cand)):
        return True
    if not exact:
        return False
    if _sentence_initial(tokens, cand.first) or _no_person_before(tokens, cand.first):
        return False
    return _speech_after(tokens, s) or _according_to_before(tokens, cand.first)


_GAELIC_SURNAME = re.compile(r"^(?:Mc|Mac|O['’])[A-Z][a-z]")


def _marked_surname(tokens: _Tokens, cand: _Candidate) -> bool:
    """A surname that says it is one by its form, after a word that could be a given name:
    lower-case particles before it ("Pieter van den Broek", "Yusuf ibn Rashid"), an Arabic
    article joined to it ("Adel al-Jubeir") or a Gaelic prefix ("Aidan MacLeod")."""
    if _article_before(tokens, cand.first):
        return False
    surname = tokens[cand.surname].text
    between = range(cand.given + 1, cand.surname)
    return (any(not tokens[j].capitalised for j in between) or not surname[0].isupper()
            or _GAELIC_SURNAME.match(surname) is not None)


def _known_given_name(tokens: _Tokens, run: list[int], cand: _Candidate) -> bool:
    """A given name of the census list before the run's last word makes a name of the two
    ("partner of Paul Manafort", "Conservative Helen Castell", "Developer Loretta Haynes"):
    not after an article, not a place or institution (Wafula Street), not a firm named like a
    person (Goldman Sachs), and the run's words before it are no name of their own: words
    that are never names, or one word opening the sentence that is not a given name itself."""
    given, surname = tokens[cand.given], tokens[cand.surname]
    if given.key in KOREAN_FAMILY_NAMES and korean_given_name(surname.text) and not _article_before(tokens, cand.first):
        return True
    if given.key not in GIVEN_NAMES or _article_before(tokens, cand.first) or surname.key in _NAMED_AFTER \
            or f"{given.key} {surname.key}" in NAMED_LIKE_PEOPLE:
        return False
    prefix = run[:run.index(cand.first)]
    if all(not _plausible_name_word(tokens, i) for i in prefix):
        return True
    return len(prefix) == 1 and _sentence_initial(tokens, prefix[0]) and tokens[prefix[0]].key not in GIVEN_NAMES


def _scan_run(tokens: _Tokens, run: list[int], confirmed: frozenset[str]) -> list[_Candidate]:
    """Names in one run, left to right, each word used by one name at most.

    ``confirmed`` holds surname keys already accepted in this text; any word
    with one of them is a surname wherever it stands.
    """
    found: list[_Candidate] = []
    used: set[int] = set()
    for pos in range(len(run)):
        if run[pos] in used:
            continue
        if pos + 1 < len(run) and _plausible_given(tokens, run[pos]):
            following = tokens[run[pos + 1]]
            if _ending_strength(following.text) or following.key in confirmed or \
                    _accept(tokens, run, _Candidate(run[pos], None, run[pos + 1]), confirmed):
                # Gaukhar before Beketova (or any name the two words make, as
                # "executive Colin Ashdown"): this word is the given name of the
                # next one's surname, not a lone name of its own.
                continue
        cand = _candidate_at(tokens, run, pos, used)
        if not _accept(tokens, run, cand, confirmed):
            continue
        found.append(cand)
        used.update(i for i in (cand.given, cand.middle, cand.surname) if i is not None)
    return found


def _scan(tokens: _Tokens, runs: list[list[int]], confirmed: frozenset[str],
          earlier: list[list[_Candidate]] | None = None) -> list[list[_Candidate]]:
    """The names of each run (see :func:`_scan_run`), a list per run.

    ``earlier``: the result of a scan with no confirmed keys. ``confirmed``
    only changes the names of a run holding a word with a confirmed key, so
    only those runs are scanned again; the others keep their earlier names.
    """
    if earlier is None:
        return [_scan_run(tokens, run, confirmed) for run in runs]
    return [_scan_run(tokens, run, confirmed) if any(tokens[i].key in confirmed for i in run) else names
            for run, names in zip(runs, earlier)]


def _flat(per_run: list[list[_Candidate]]) -> list[_Candidate]:
    return [cand for names in per_run for cand in names]


def _spaced(tokens: _Tokens, i: int) -> bool:
    """Only spaces separate token ``i`` from the one before it."""
    return _NAME_GAP.fullmatch(tokens[i].gap_before) is not None


def _coordinated(tokens: _Tokens, runs: list[list[int]],
                 found: list[_Candidate]) -> list[_Candidate]:
    """Two-word runs joined by "and" to a full name found already.

    "Yuliana Zhikhor and Gaukhar Beketova are contributors": the second is a
    name by its ending, so the first, built the same way, is one too.
    """
    full_starts = {c.first for c in found if c.given is not None}
    full_ends = {c.surname for c in found if c.given is not None}
    taken = {i for c in found for i in (c.given, c.middle, c.surname) if i is not None}
    extra: list[_Candidate] = []
    for run in runs:
        if len(run) != 2 or taken.intersection(run):
            continue
        g, s = run
        if not (_plausible_given(tokens, g) and _plausible_name_word(tokens, s)) or tokens[g].possessive:
            continue
        after, before = s + 2, g - 2
        joined_after = (after < tokens.size and tokens[s + 1].key == "and" and after in full_starts
                        and _spaced(tokens, s + 1) and _spaced(tokens, after))
        joined_before = (before >= 0 and tokens[g - 1].key == "and" and before in full_ends
                         and _spaced(tokens, g - 1) and _spaced(tokens, g))
        if joined_after or joined_before:
            extra.append(_Candidate(g, None, s))
    return extra


def _lone_given_names(tokens: _Tokens, found: list[_Candidate],
                      capitalised: list[int]) -> list[_Candidate]:
    """Lone given names of people named in full elsewhere (Igor, after Igor Kolov)."""
    given_keys = {tokens[c.given].key for c in found if c.given is not None}
    if not given_keys:
        return []
    taken = {i for c in found for i in (c.given, c.middle, c.surname) if i is not None}
    return [_Candidate(None, None, i) for i in capitalised
            if i not in taken and tokens[i].key in given_keys
            and not _never_name(tokens[i]) and not _no_person_before(tokens, i)]


def _mention(text: str, tokens: _Tokens, cand: _Candidate) -> Mention:
    start, end = tokens.span(cand.first, cand.surname)
    given = tokens[cand.given].text if cand.given is not None else None
    middle = tokens[cand.middle].text if cand.middle is not None else None
    surname = tokens[cand.surname].text
    key = name_key(f"{given} {surname}") if given else name_key(surname)
    return Mention(text[start:end], start, end, given, surname, key, middle)


def find_people(text: str) -> list[Mention]:
    """Every mention of a person in ``text``, in order of appearance.

    Precision comes before recall: a missed mention costs one search hit, a
    false one puts a place or a party in the index of people. The heuristics:

    * A name is one to three capitalised words on one line with only spaces
      between them: [given name [patronymic]] surname. All-capitals acronyms
      (DCK, HRW) never count; a possessive 's is left out of the mention.
    * Words that are never names are skipped by key: sentence-opening function
      words, months, days, places (Almaty, Astana, Kazakhstan in any spelling),
      nationalities, words of organisation names, and titles (President).
    * A surname with a strong Russian/Kazakh ending (-ov, -ova, -ev, -eva,
      -sky, -skaya, -uly, -kyzy, -enko, -chuk ...) is a name on its own, even
      at the start of a sentence.
    * A weak ending (-in, -ina, -yn, -iy, -oy, -ykh, -vich ...), shared with
      words like Berlin or Kremlin, needs a given name before it, a title
      before it (President, lawyer, ex-premier), a speech verb after it
      (said, told) or "according to" before it.
    * A word with no surname ending is a name only in a run of exactly that
      name, after a title (European MP, Joe Higgins), or, in the middle of a
      sentence, before a speech verb (Saenen said) or after "according to";
      or when it is joined by "and" to a full name found already.
    * A name followed by a word such as Street, University or Foundation
      names a place or an institution (Nazarbayev University), not a person.
    * A lone word right after an article or preposition (the Kremlin, in
      Almaty) is not a person unless its ending says so and no article
      precedes it.
    * Once a surname is accepted anywhere in the text, every other capitalised
      use of it (same key) is a mention too, with the word before it as given
      name where that is plausible: this catches "Vanessa Saenen is ..." from
      "Saenen said" elsewhere. Likewise a lone given name of someone named in
      full elsewhere (Igor after Igor Kolov) is a mention.
    """
    tokens = _Tokens(text)
    capitalised = tokens.capitalised()
    # A run with no word that could be part of a name (The, In, President) names no one:
    # every name found below has a plausible surname (_accept asks that first).
    runs = [run for run in _runs(tokens, capitalised) if any(map(partial(_plausible_name_word, tokens), run))]
    first_runs = _scan(tokens, runs, frozenset())
    first = _flat(first_runs)
    first += _coordinated(tokens, runs, first)
    confirmed = frozenset(tokens[c.surname].key for c in first)
    found = _flat(_scan(tokens, runs, confirmed, earlier=first_runs))
    found += _coordinated(tokens, runs, found)
    found += _lone_given_names(tokens, found, capitalised)
    found.sort(key=lambda c: c.first)
    return [_mention(text, tokens, c) for c in found]
