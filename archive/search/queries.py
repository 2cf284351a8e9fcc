"""The query language of a search: how a query, read as typed, is parsed.

:func:`archive.search.query_text.read_query` first reads what was typed (any
pasted headline is a query; see its decisions); :func:`_parse` parses the
result into a Whoosh :class:`~whoosh.query.Query` and
:mod:`archive.search.searching` runs it.

Decisions, in short:

* **Query language.** Whoosh's ``MultifieldParser`` over ``title``,
  ``standfirst``, ``text`` and ``authors`` with ``AND``/``OR``/``NOT``,
  ``"phrases"``, parentheses and ``field:value`` for the fields in
  :data:`QUERY_FIELDS`; without Whoosh's single-quote syntax, since
  apostrophes and single quotes in headlines are not query syntax.
* **Checked on the text, then on the parse.** The read text is parsed, and
  the parsed leaves are checked again for wildcards, which only the parser
  can see for certain.
* **A phrase in a field without positions** (the authors, or any ``field:"..."``
  on a keyword field) is the AND of its words there. Whoosh builds a phrase
  for it when the field's analyzer splits the quoted text into several terms
  (``" hearing, "`` splits at the comma), and then raises an error at search
  time instead of answering: a 500 on the site and a traceback in the CLI.
"""

from __future__ import annotations


from whoosh.qparser import MultifieldParser, SingleQuotePlugin
from whoosh.query import And, Every, NullQuery, Or, Phrase, Prefix, Query, Term, Wildcard

from archive.search.phrases import PHRASE_FIELDS
from archive.search.query_text import (
    DEFAULT_FIELDS,
    MAX_QUERY_CHARS,
    MIN_PREFIX,
    QUERY_FIELDS,
    _refuse,
    read_query,
)

__all__ = ["MAX_PREFIX_TERMS", "MAX_QUERY_CHARS", "QUERY_FIELDS", "check_query", "expand_prefixes", "read_query"]

#: Words a ``prefix*`` may stand for in one field; more is refused (add letters).
MAX_PREFIX_TERMS = 500


def check_query(query: str) -> None:
    """Refuse, with a clear :class:`ArchiveError`, a query that cannot mean what it says or is too costly."""
    read_query(query)


# --- parsing --------------------------------------------------------------------------


def _parse(schema, query: str) -> Query:
    """``query`` read as typed, then parsed against ``schema``; an empty query is every document."""
    query = read_query(query)
    if not query.strip():
        return Every()
    parser = _parser(schema)
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


_PARSERS: dict[int, tuple[object, MultifieldParser]] = {}


def _parser(schema) -> MultifieldParser:
    """One parser per schema object (an index's schema lives as long as its searcher):
    building Whoosh's parser and its plugins costs more than parsing a short query.
    Kept by identity (a Schema is not hashable), with the schema held so its id is not reused."""
    known = _PARSERS.get(id(schema))
    if known is not None and known[0] is schema:
        return known[1]
    parser = MultifieldParser(list(DEFAULT_FIELDS), schema)
    parser.remove_plugin_class(SingleQuotePlugin)
    if len(_PARSERS) >= 8:
        _PARSERS.clear()
    _PARSERS[id(schema)] = (schema, parser)
    return parser


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


def expand_prefixes(query: Query, reader) -> Query:
    """``prefix*`` as the OR of the words of ``reader`` it stands for, field by field.

    Whoosh answers a prefix by stepping a union of every expanded term's
    matcher through the documents one at a time: 1.2 s for ``said*`` at 100,000
    articles, against 0.15 s for ``said``. As an OR of terms it takes the
    posting-list path of every other word. A prefix standing for more than
    :data:`MAX_PREFIX_TERMS` words in a field is refused with the fix.
    """
    def expand(node: Query) -> Query:
        if not isinstance(node, Prefix):
            return node
        words = []
        for word in reader.expand_prefix(node.fieldname, node.text):
            words.append(word.decode("utf-8") if isinstance(word, bytes) else word)
            if len(words) > MAX_PREFIX_TERMS:
                raise _refuse(f"{node.text}* stands for more than {MAX_PREFIX_TERMS} words; "
                              "add letters before the *")
        if not words:
            return NullQuery
        terms = [Term(node.fieldname, word, boost=node.boost) for word in words]
        return terms[0] if len(terms) == 1 else Or(terms)
    return query.accept(expand)
