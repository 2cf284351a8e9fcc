"""Turning matches into ``<mark>`` elements without ever trusting article text.

Article text (from HTML pages too) is data, never markup. Every function here
escapes the text first and only then inserts the ``<mark>`` elements it built
itself, so the result can be marked safe: no byte of the article reaches the
page unescaped.

* :func:`mark_snippet` reads search snippets, where the library marks matches
  ``[[like this]]``.
* :func:`query_terms` and :func:`highlight` mark the words of a query (the
  ``?q=`` of an article link) in a whole text, folded the way the index folds
  them (case and accents), so ``zhakiyanov`` marks ``Zhakiyanov``.
"""

from __future__ import annotations

import re

from markupsafe import Markup, escape

from archive.api import MARK_CLOSE, MARK_OPEN, folding_analyzer, read_query

__all__ = ["highlight", "mark_snippet", "query_terms", "strip_marks"]

_PAIR = re.compile(re.escape(MARK_OPEN) + r"(.*?)" + re.escape(MARK_CLOSE), re.DOTALL)
_ESCAPED_PAIR = re.compile(re.escape(str(escape(MARK_OPEN))) + r"(.*?)"
                           + re.escape(str(escape(MARK_CLOSE))), re.DOTALL)
#: Fields whose values are words of the article text (others, like source:, are not in the text).
_TEXT_FIELDS = ("title", "standfirst", "text", "authors", "dateline", "person")
_OPERATORS = {"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE"}
_TOKEN = re.compile(r'(?:(\w+):)?("[^"]*"|[^\s()"]+)')


def mark_snippet(snippet: str) -> Markup:
    """A snippet with ``[[x]]`` as ``<mark>x</mark>``: escaped first, then the escaped markers replaced.

    Only balanced pairs become elements, so stray brackets in an article stay text.
    """
    escaped = str(escape(snippet or ""))
    return Markup(_ESCAPED_PAIR.sub(r"<mark>\1</mark>", escaped))


def strip_marks(snippet: str) -> str:
    """The snippet's plain text (for CSV): ``[[x]]`` -> ``x``."""
    return _PAIR.sub(r"\1", snippet or "")


def _fold(word: str) -> list[str]:
    return [token.text for token in folding_analyzer()(word)]


def query_terms(query: str, extra: list[str] | None = None) -> tuple[set[str], set[str]]:
    """The folded words and prefixes of ``query`` worth marking in an article, plus ``extra`` words.

    The query is read as a search reads it (a malformed one raises
    ``ArchiveError``). Operators, words after NOT and values of fields that
    are not article text (``source:``, ``id:`` ...) are left out.
    """
    query = read_query(query or "")
    words: set[str] = set()
    prefixes: set[str] = set()
    negate = False
    for match in _TOKEN.finditer(query):
        fieldname, value = match.group(1), match.group(2)
        if fieldname is None and value in _OPERATORS:
            negate = value in ("NOT", "ANDNOT")
            continue
        skip, negate = negate, False
        if skip or (fieldname is not None and fieldname not in _TEXT_FIELDS):
            continue
        value = value.strip('"').split("^")[0]
        if value.endswith("*"):
            prefixes.update(_fold(value[:-1]))
        else:
            words.update(_fold(value))
    for word in extra or []:
        words.update(_fold(word))
    return words, prefixes


def highlight(text: str, words: set[str], prefixes: set[str] | None = None) -> Markup:
    """``text`` escaped, with every token whose folded form is in ``words`` (or starts with a prefix) marked."""
    text = text or ""
    prefixes = prefixes or set()
    if not words and not prefixes:
        return Markup(escape(text))
    parts: list[str] = []
    position = 0
    for token in folding_analyzer()(text, chars=True):
        folded = token.text
        if folded in words or any(folded.startswith(p) for p in prefixes):
            parts.append(str(escape(text[position:token.startchar])))
            parts.append("<mark>" + str(escape(text[token.startchar:token.endchar])) + "</mark>")
            position = token.endchar
    parts.append(str(escape(text[position:])))
    return Markup("".join(parts))
