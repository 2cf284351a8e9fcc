"""Snippets of a hit: the words of a query marked in the text, and why a person search matched.

:func:`archive.search.searching.search` asks :func:`_highlight_terms` once per
search for the words to mark, then :func:`_snippet` for each hit on the page;
for a person search, :class:`_Spellings` and :func:`_explain` say which
spellings in the article matched.

Decisions, in short:

* **Marks.** Matches are marked ``[[`` ``]]`` (:data:`MARK_OPEN`,
  :data:`MARK_CLOSE`; not « », which Russian texts use as quotation marks). A
  hit carries ``snippet`` (marked) and ``matched`` (the distinct words
  marked), so JSON consumers can re-mark them as they like.
* **The index's words.** A match is a word of the text, tokenised and folded
  as the index does (:data:`archive.search.analysis.WORD`,
  :func:`archive.search.analysis.fold`), equal to a word of the query: what is
  marked is exactly what was found.
* **Restricted items get no snippet**, even when included: the index stores
  their text, but the archive must not show it in a result list. (The caller
  leaves them out; nothing here knows about restriction.)
* **Person explanations.** Each hit of a person search explains which
  spelling in the article matched ("matched Jakiyanov as a spelling of
  Zhakiyanov"): the words of the article whose surname key is the one searched.
"""

from __future__ import annotations

import re
from functools import lru_cache

from whoosh.query import Query

from archive.description.name_keys import name_key
from archive.search.analysis import WORD, fold

__all__ = [
    "MARK_CLOSE",
    "MARK_OPEN",
]

MARK_OPEN, MARK_CLOSE = "[[", "]]"


# --- explanations and snippets --------------------------------------------------------

_WORD = re.compile(r"\w[\w'’-]*\w|\w")


def _highlight_terms(parsed: Query) -> set[str]:
    """The words of the query to mark in snippets: terms and phrase words (a prefix is
    already the words it stands for: :func:`archive.search.queries.expand_prefixes`)."""
    words: set[str] = set()
    for fieldname, text in parsed.all_terms(phrases=True):
        if fieldname in ("title", "standfirst", "text"):
            words.add(text.decode("utf-8") if isinstance(text, bytes) else str(text))
    return words


SNIPPET_CHARS = 200        # one fragment at most
SNIPPET_CONTEXT = 60       # characters shown before the first match of a fragment
SNIPPET_FRAGMENTS = 2


def _match_spans(text: str, terms: frozenset[str]) -> list[tuple[int, int]]:
    """Where the words of ``terms`` stand in ``text``, tokenised and folded as the index does.

    Fast path: fold the whole text once (lower case, ``accent_map``); when that
    keeps every character in place, the words are found in the folded text
    without folding each word. Otherwise each word is folded on its own.
    """
    folded = fold(text)
    if len(folded) == len(text):
        return [m.span() for m in _whole_words(terms).finditer(folded)]
    return [m.span() for m in WORD.finditer(text) if fold(m.group()) in terms]


@lru_cache(maxsize=256)
def _whole_words(terms: frozenset[str]) -> re.Pattern[str]:
    """A pattern for the words of ``terms`` where they stand as whole index words.

    The same places as the ``WORD`` tokens equal to one of them, found by the
    regex engine instead of a Python loop over every word of the text: a word
    neither starts right after a word character (or after a dot that follows
    one, "U.S.") nor ends right before one (or before a dot and one).
    """
    alternation = "|".join(re.escape(t) for t in sorted(terms, key=lambda t: (-len(t), t)))
    return re.compile(rf"(?<!\w)(?<!\w\.)(?:{alternation})(?!\w)(?!\.\w)")


def _fragments(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, list]]:
    """Windows of at most SNIPPET_CHARS around runs of matches: (start, end, spans inside)."""
    windows = []
    i = 0
    while i < len(spans):
        start = max(0, spans[i][0] - SNIPPET_CONTEXT)
        inside = [spans[i]]
        i += 1
        while i < len(spans) and spans[i][1] - start <= SNIPPET_CHARS:
            inside.append(spans[i])
            i += 1
        end = min(len(text), max(inside[-1][1], start + SNIPPET_CHARS))
        windows.append((start, end, inside))
    return windows


def _word_edges(text: str, start: int, end: int, first: int, last: int) -> tuple[int, int]:
    """Move a window's edges inwards to whitespace, never past its first or last match."""
    if start > 0 and not text[start - 1].isspace():
        gap = text.find(" ", start, first)
        start = gap + 1 if gap != -1 else first
    if end < len(text) and not text[end].isspace():
        gap = text.rfind(" ", last, end)
        end = gap if gap != -1 else last
    return start, end


def _snippet(text: str, terms: set[str]) -> tuple[str, list[str]]:
    """Up to two fragments with the most distinct matched words, matches marked ``[[ ]]``.

    Our own, not Whoosh's highlighter: that one runs every word of the text
    through the analyzer's token pipeline, a couple of milliseconds per hit.
    """
    if not text:
        return "", []
    spans = _match_spans(text, frozenset(terms)) if terms else []
    if not spans:
        head = " ".join(text[:SNIPPET_CHARS * 2].split())
        return (head[:SNIPPET_CHARS] + "…" if len(head) > SNIPPET_CHARS else head), []

    def score(window):
        words = {text[a:b].lower() for a, b in window[2]}
        return (len(words), len(window[2]), -window[0])

    best = sorted(sorted(_fragments(text, spans), key=score, reverse=True)[:SNIPPET_FRAGMENTS])
    matched: dict[str, None] = {}
    pieces = []
    for start, end, inside in best:
        start, end = _word_edges(text, start, end, inside[0][0], inside[-1][1])
        out, at = [], start
        for a, b in inside:
            matched[text[a:b]] = None
            out += [text[at:a], MARK_OPEN, text[a:b], MARK_CLOSE]
            at = b
        out.append(text[at:end])
        pieces.append(" ".join("".join(out).split()))
    return " … ".join(pieces), list(matched)


class _Spellings:
    """Which words of an article are spellings of a surname key; name_key cached per word."""

    def __init__(self, surname_keys: set[str]) -> None:
        self.keys = surname_keys
        self.cache: dict[str, str] = {}

    def key(self, word: str) -> str:
        if word not in self.cache:
            self.cache[word] = name_key(word)
        return self.cache[word]

    def forms(self, fields: dict) -> list[str]:
        found: dict[str, None] = {}
        names = fields.get("person_names") or []
        texts = [fields.get("title") or "", fields.get("standfirst") or "", fields.get("text") or ""]
        for chunk in names + texts:
            for word in _WORD.findall(chunk):
                if word[:1].isupper() and self.key(word) in self.keys:
                    found[word.rstrip("'’")] = None
        return list(found)


def _explain(person: str, forms: list[str]) -> str:
    asked = person.split()[-1]
    if not forms:
        return f"filed under the same name key as {person}"
    if forms == [asked]:
        return f"matched {asked} as written"
    others = [f for f in forms if f != asked]
    listed = " and ".join(others)
    noun = "a spelling" if len(others) == 1 else "spellings"
    also = f"{asked} as written and " if asked in forms else ""
    return f"matched {also}{listed} as {noun} of {asked}"
