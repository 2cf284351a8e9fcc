"""The query language of a search: which queries are accepted and how they are parsed.

Owns the checks a raw query passes before Whoosh sees it (:func:`check_query`)
and the parse into a Whoosh :class:`~whoosh.query.Query` (:func:`_parse`);
:mod:`archive.search.searching` runs the parsed query.

Decisions, in short:

* **Query language.** Whoosh's ``MultifieldParser`` over ``title``,
  ``standfirst``, ``text`` and ``authors`` with ``AND``/``OR``/``NOT``,
  ``"phrases"``, parentheses and ``field:value`` for the fields in
  :data:`QUERY_FIELDS`. Whoosh parses anything without complaint (an unbalanced
  quote silently becomes a word), so the raw query is checked first by
  :func:`check_query`: balanced quotes and parentheses, no dangling operator,
  known field names only, at most :data:`MAX_QUERY_CHARS` characters. Wildcards
  are bounded: only a trailing ``*`` after at least :data:`MIN_PREFIX` letters
  (``kazak*``), and at most :data:`MAX_WILDCARDS` of them; ``*a*``, leading
  wildcards and ``?`` are refused, because they scan the whole lexicon.
* **Checked on the text, then on the parse.** The checks of the raw text catch
  what Whoosh would silently misread; the parsed leaves are checked again for
  wildcards, which only the parser can see for certain.
* **A phrase in a field without positions** (the authors, or any ``field:"..."``
  on a keyword field) is the AND of its words there. Whoosh builds a phrase
  for it when the field's analyzer splits the quoted text into several terms
  (``" hearing, "`` splits at the comma), and then raises an error at search
  time instead of answering: a 500 on the site and a traceback in the CLI.
"""

from __future__ import annotations

import re

from whoosh.qparser import MultifieldParser
from whoosh.query import And, Every, NullQuery, Phrase, Prefix, Query, Term, Wildcard

from archive.errors import UsageError
from archive.search.phrases import PHRASE_FIELDS

__all__ = [
    "MAX_QUERY_CHARS",
    "QUERY_FIELDS",
    "check_query",
]

#: Fields searched by words without a ``field:`` prefix.
DEFAULT_FIELDS = ("title", "standfirst", "text", "authors")
#: Fields a query may name with ``field:value``.
QUERY_FIELDS = frozenset(DEFAULT_FIELDS + (
    "publisher", "subjects", "source", "language", "kind", "person", "pub_year",
    "mentioned_year", "id", "dateline"))
MAX_QUERY_CHARS = 1000
MAX_WILDCARDS = 3
MIN_PREFIX = 3


# --- query checking -----------------------------------------------------------------

_TOKEN = re.compile(r'"[^"]*"|\(|\)|[^\s()"]+')
_BINARY = {"AND", "OR", "ANDNOT", "ANDMAYBE"}
_FIELD = re.compile(r"^([A-Za-z_]\w*):")
_PLAIN_PREFIX = re.compile(rf"^\w{{{MIN_PREFIX},}}\*$")


def _refuse(message: str) -> UsageError:
    return UsageError(f"invalid query: {message}")


def check_query(query: str) -> None:
    """Refuse, with a clear :class:`ArchiveError`, a query Whoosh would silently misread or that is too costly."""
    if len(query) > MAX_QUERY_CHARS:
        raise _refuse(f"longer than {MAX_QUERY_CHARS} characters ({len(query)})")
    if query.count('"') % 2:
        raise _refuse('unbalanced quotation marks (")')
    depth = 0
    previous: str | None = None
    wildcards = 0
    for match in _TOKEN.finditer(query):
        token = match.group(0)
        if token == "(":
            depth += 1
        elif token == ")":
            depth -= 1
            if depth < 0:
                raise _refuse("a ')' without its '('")
            if previous == "(":
                raise _refuse("empty parentheses")
        elif token in _BINARY and (previous is None or previous in _BINARY
                                   or previous in ("(", "NOT")):
            raise _refuse(f"{token} needs a term before it")
        if token not in _BINARY and token != "NOT" and not token.startswith('"') \
                and token not in "()":
            wildcards += _check_word(token)
        previous = token
    if depth:
        raise _refuse("a '(' without its ')'")
    if previous in _BINARY or previous == "NOT":
        raise _refuse(f"{previous} needs a term after it")
    if wildcards > MAX_WILDCARDS:
        raise _refuse(f"more than {MAX_WILDCARDS} wildcard terms")


def _check_word(token: str) -> int:
    """Check one bare word (maybe ``field:value``); returns 1 if it is a wildcard term."""
    found = _FIELD.match(token)
    if found:
        name = found.group(1)
        if name not in QUERY_FIELDS:
            raise _refuse(f"unknown field {name!r} (known: {', '.join(sorted(QUERY_FIELDS))})")
        token = token[found.end():]
        if not token:
            return 0   # field:"phrase" or field:(group): the value is checked as its own token
    token = token.split("^")[0]          # a boost (word^2) is fine
    if token.startswith(("[", "{")):
        return 0                         # a range; Whoosh reads it as words when malformed
    if "?" in token:
        raise _refuse(f"{token!r}: '?' wildcards are not supported; use a trailing * after "
                      f"at least {MIN_PREFIX} letters")
    if "*" not in token:
        return 0
    if not _PLAIN_PREFIX.match(token):
        raise _refuse(f"{token!r}: only a trailing * after at least {MIN_PREFIX} letters "
                      f"is allowed (like kazak*)")
    return 1


# --- parsing --------------------------------------------------------------------------


def _parse(schema, query: str) -> Query:
    """``query`` checked, then parsed against ``schema``; an empty query is every document."""
    check_query(query)
    if not query.strip():
        return Every()
    parser = MultifieldParser(list(DEFAULT_FIELDS), schema)
    try:
        parsed = parser.parse(query)
    except Exception as exc:  # Whoosh's own errors become ours
        raise _refuse(str(exc)) from exc
    for node in parsed.leaves():
        if isinstance(node, Wildcard) or isinstance(node, Every) and node.fieldname:
            raise _refuse("wildcards must be a trailing * after at least "
                          f"{MIN_PREFIX} letters")
        if isinstance(node, Prefix) and len(node.text) < MIN_PREFIX:
            raise _refuse(f"a prefix needs at least {MIN_PREFIX} letters before *")
    return parsed.accept(lambda node: _phrase_without_positions(schema, node))


def _phrase_without_positions(schema, node: Query) -> Query:
    """A phrase on a field that keeps no positions (and that phrases.py does not answer
    another way) as the AND of its words in that field; other nodes as they are."""
    if not isinstance(node, Phrase) or node.fieldname in PHRASE_FIELDS:
        return node
    field = schema[node.fieldname] if node.fieldname in schema else None
    if field is not None and field.format is not None and field.format.supports("positions"):
        return node
    words = [word for word in node.words if word]
    if not words:
        return NullQuery
    terms = [Term(node.fieldname, word, boost=node.boost) for word in words]
    return terms[0] if len(terms) == 1 else And(terms)
