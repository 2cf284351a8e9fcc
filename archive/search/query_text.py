"""Reading a query as a person typed it: any pasted text is a query, the query language stays.

:func:`read_query` turns what was typed into a query Whoosh parses exactly as
meant; :mod:`archive.search.queries` parses it. Researchers paste headlines
("Brexit: what next?", "Trump - the 'deal' ... & after") far more often than
they write query syntax, and a query language that refuses a headline's colon
or reads a lone dash as a word to match stands between them and the article.

Decisions, in short:

* **Syntax only where it is ours.** ``field:value`` only for the lower-case
  names in ``QUERY_FIELDS`` with the value right after the colon; any other
  colon is a space (``Brexit: what`` is two words). ``AND``/``OR``/``NOT``
  (upper case) are operators only with a term on each side they need; else
  they are words. ``"phrases"`` are phrases when their quotes pair up (curly
  quotes count); a quote left over is dropped. Parentheses group when they
  pair up; one left over is dropped. ``word^2`` boosts and ``field:[a TO b]``
  ranges stay.
* **Punctuation is not a word.** Question marks, brackets, braces, stray
  carets and tildes are spaces; a chunk with no letter or digit (``-``,
  ``--``, ``...``, ``&``, ``|``) is dropped, since it matched nothing and, being
  required, made the whole query match nothing. Whoosh's single-quote syntax
  is not used: apostrophes are part of words and quotes of headlines.
* **Wildcards stay bounded.** A trailing ``*`` after at least ``MIN_PREFIX``
  letters is a prefix; at most ``MAX_WILDCARDS`` of them. A ``*`` that asks
  for what we refuse (``ka*``, ``*stan``, ``ne*ws``) is refused naming the
  ``*`` and the fix; runs of stars (``s***``, as censored words are printed)
  are punctuation.
* **Operators that find nothing were words.** Headlines shout ("says NOT to
  the deal"); when the query read with its operators finds nothing, the
  search reads them as words (``read_query(..., literal=True)``) and says so.
* **What is still refused** is only what cannot mean what it says: those
  wildcards and a query longer than ``MAX_QUERY_CHARS``. A plain headline is
  never refused.
"""

from __future__ import annotations

import functools
import re

from archive.errors import UsageError

__all__ = ["MAX_QUERY_CHARS", "MAX_WILDCARDS", "MIN_PREFIX", "QUERY_FIELDS", "read_query"]

#: Fields searched by words without a ``field:`` prefix.
DEFAULT_FIELDS = ("title", "standfirst", "text", "authors")
#: Fields a query may name with ``field:value``.
QUERY_FIELDS = frozenset(DEFAULT_FIELDS + (
    "publisher", "subjects", "source", "language", "kind", "person", "pub_year",
    "mentioned_year", "id", "dateline"))
MAX_QUERY_CHARS = 1000
MAX_WILDCARDS = 3
MIN_PREFIX = 3

_OPERATORS = {"AND", "OR", "ANDNOT", "ANDMAYBE", "NOT"}
_CURLY_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"',
                               "\u00bb": '"', "\u201f": '"', "\uff02": '"'})
_TOKEN = re.compile(r'(?P<range>\b[a-z_]+:[\[{][^\]}"]*[\]}])'
                    r'|(?P<phrase>"[^"]*"(?:~[1-9]\d?)?)|(?P<open>\()|(?P<close>\))'
                    r'|(?P<chunk>[^\s()"]+)')
_FIELD = re.compile(r"^([a-z_]+):")
_PREFIX = re.compile(rf"^[^\W_]{{{MIN_PREFIX},}}\*$")
_SHORT_PREFIX = re.compile(rf"^[^\W_]{{1,{MIN_PREFIX - 1}}}\*$")
_ASKED_WILDCARD = re.compile(r"(?:^|[^\w*])\*[^\W_]|[^\W_]\*[^\W_]")
_BOOST = re.compile(r"^(.*[^\W_])\^(\d{1,3}(?:\.\d{1,3})?)$")
_NOT_WORD = re.compile(r"[:?\[\]{}^~*\\/|!]+")
_HAS_WORD = re.compile(r"[^\W_]")


def _refuse(message: str) -> UsageError:
    return UsageError(f"invalid query: {message}")


@functools.lru_cache(maxsize=512)
def read_query(query: str, literal: bool = False) -> str:
    """``query`` as Whoosh should read it (see the module's decisions); refuses only bad wildcards and length.

    ``literal``: every ``AND``/``OR``/``NOT`` is a word, as in a headline that
    shouts one ("Minister says NOT to the deal"); a search falls back to it
    when the query read with operators finds nothing.
    """
    if len(query) > MAX_QUERY_CHARS:
        raise _refuse(f"longer than {MAX_QUERY_CHARS} characters ({len(query)})")
    items = _items(_paired_quotes(query.translate(_CURLY_QUOTES)))
    items = _operators(_groups(items), literal)
    wildcards = sum(1 for kind, text in items if kind == "word" and text.endswith("*"))
    if wildcards > MAX_WILDCARDS:
        raise _refuse(f"more than {MAX_WILDCARDS} wildcard terms; keep the * on the "
                      f"{MAX_WILDCARDS} words where it matters most")
    return _joined(items)


def _paired_quotes(text: str) -> str:
    """``text`` with a quotation mark left over after pairing from the left dropped."""
    if text.count('"') % 2 == 0:
        return text
    last = text.rfind('"')
    return text[:last] + " " + text[last + 1:]


def _items(text: str) -> list[tuple[str, str]]:
    """The typed text as (kind, text) items: word, phrase, range, open, close, op.

    A known field name with nothing after its colon applies to a phrase or a
    group written right after it (``title:"a b"``, ``title:(a OR b)``);
    otherwise it is a word.
    """
    items: list[tuple[str, str]] = []
    field, field_end = "", -1
    for match in _TOKEN.finditer(text):
        kind, value = match.lastgroup, match.group(0)
        if field and not (match.start() == field_end and kind in ("phrase", "open")):
            items.append(("word", field[:-1]))
            field = ""
        if kind == "chunk" and _FIELD.fullmatch(value) and value[:-1] in QUERY_FIELDS:
            field, field_end = value, match.end()
            continue
        if kind == "range":
            items.extend(_range(value))
        elif kind == "phrase":
            items.append(("phrase", field + value))
        elif kind == "open":
            items.append(("open", field + "("))
        elif kind == "close":
            items.append(("close", ")"))
        else:
            items.extend(_words(value))
        field = ""
    if field:
        items.append(("word", field[:-1]))
    return items


def _range(value: str) -> list[tuple[str, str]]:
    """A ``field:[a TO b]`` range of a known field as it is; otherwise its words."""
    name = value.split(":", 1)[0]
    if name in QUERY_FIELDS and " TO " in value:
        return [("range", value)]
    return _words(value.replace(":", " "))


def _words(chunk: str) -> list[tuple[str, str]]:
    """One whitespace-free chunk as word items: field syntax kept for known fields, punctuation dropped."""
    field = ""
    found = _FIELD.match(chunk)
    if found and found.group(1) in QUERY_FIELDS:
        field, chunk = found.group(0), chunk[found.end():]
    if chunk in _OPERATORS and not field:
        return [("op", chunk)]
    boost = ""
    boosted = _BOOST.match(chunk)
    if boosted:
        chunk, boost = boosted.group(1), "^" + boosted.group(2)
    if _SHORT_PREFIX.match(chunk):
        raise _refuse(f"{chunk!r}: a * needs at least {MIN_PREFIX} letters before it "
                      f"(like kazak*); remove the * to search the word {chunk[:-1]!r}")
    if _PREFIX.match(chunk):
        return [("word", field + chunk + boost)]
    if _ASKED_WILDCARD.search(chunk) and "**" not in chunk:
        raise _refuse(f"{chunk!r}: '*' only as a trailing * after at least {MIN_PREFIX} "
                      f"letters (like kazak*); remove the * to search the words")
    parts = [part for part in _NOT_WORD.sub(" ", chunk).split() if _HAS_WORD.search(part)]
    return [("word", field + part + (boost if len(parts) == 1 else "")) for part in parts]


def _groups(items: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Items with parentheses that do not pair up, and empty pairs, dropped."""
    keep = [True] * len(items)
    stack: list[int] = []
    for i, (kind, _) in enumerate(items):
        if kind == "open":
            stack.append(i)
        elif kind == "close":
            if stack:
                opened = stack.pop()
                if all(not keep[j] for j in range(opened + 1, i)):
                    keep[opened] = keep[i] = False
            else:
                keep[i] = False
    for i in stack:
        keep[i] = False
    return [item for item, kept in zip(items, keep) if kept]


def _operators(items: list[tuple[str, str]], literal: bool = False) -> list[tuple[str, str]]:
    """Operators without the terms they need on each side (every one, if ``literal``) become words."""
    out: list[tuple[str, str]] = []
    for i, (kind, text) in enumerate(items):
        if kind == "op" and not literal:
            before = out[-1][0] if out else None
            after = items[i + 1][0] if i + 1 < len(items) else None
            term_after = after in ("word", "phrase", "range", "open") or (
                after == "op" and items[i + 1][1] == "NOT" and text != "NOT")
            term_before = before in ("word", "phrase", "range", "close")
            if text == "NOT" and term_after and out[-1:] != [("op", "NOT")] or \
                    text != "NOT" and term_before and term_after:
                out.append((kind, text))
                continue
            kind, text = "word", text.lower()
        elif kind == "op":
            kind, text = "word", text.lower()
        out.append((kind, text))
    return out


def _joined(items: list[tuple[str, str]]) -> str:
    """The items as Whoosh query text: spaces between, none inside groups' edges."""
    out: list[str] = []
    for i, (kind, text) in enumerate(items):
        if i and kind != "close" and items[i - 1][0] != "open":
            out.append(" ")
        out.append(text)
    return "".join(out)
