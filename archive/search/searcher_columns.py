"""Per-document columns of one searcher, cached: ids, date bounds, a field's terms, restricted items.

Filters, facets and the page's ordering each need one value per document
(its id, its earliest and latest day, its year or source, whether it is
restricted). Asking Whoosh per search (grouping, sorting collectors, numeric
range queries) steps through every matched document in Python; reading a
column once and looking each document up in a list costs microseconds.

Decisions:

* **Cached per searcher.** Each column is built on first use and kept in
  :attr:`archive.search.index.LiveSearcher.cache`: a searcher over one index
  generation never changes, and a commit or a reindex opens a fresh searcher
  with an empty cache, so a column is never stale.
* **Indexed by document number**, the numbers Whoosh's postings and
  :func:`archive.search.posting_lists.term_docs` give, so a result set (a set
  of document numbers) is counted or sorted by plain list look-ups.
* **Undated is None.** The date bounds of an item indexed as ``undated`` are
  None, whatever its bound columns hold, so every reader treats it one way.
"""

from __future__ import annotations

from whoosh.query import Term

from archive.search.index import LiveSearcher
from archive.search.doc_columns import column_values
from archive.search.posting_lists import term_docs


def _bounds_columns(live: "LiveSearcher") -> tuple[list, list]:
    """docnum -> pub_earliest and docnum -> pub_latest (None when undated), cached per searcher."""
    if "bounds" not in live.cache:
        reader = live.searcher.reader()
        count = reader.doc_count_all()
        undated = set(live.searcher.docs_for_query(Term("undated", True))) if count else set()
        columns = []
        for name in ("pub_earliest", "pub_latest"):
            values = column_values(reader, name) if count else []
            columns.append([None if d in undated else v for d, v in enumerate(values)])
        live.cache["bounds"] = tuple(columns)
    return live.cache["bounds"]


def _postings_column(live: LiveSearcher, name: str, many: bool) -> list:
    """docnum -> the field's term (or, ``many``, the tuple of its terms), cached.

    For ``person`` only the single-word terms (surname keys) are kept: its
    full-name keys would count each person twice.

    Built once per searcher generation from the term index (one pass over the
    field's postings), so facet counts cost one list look-up per matched
    document instead of Whoosh's per-search grouping.
    """
    key = ("column", name)
    if key not in live.cache:
        reader = live.searcher.reader()
        column: list = [() if many else None] * reader.doc_count_all()
        for term in reader.lexicon(name):
            text = term.decode("utf-8") if isinstance(term, bytes) else str(term)
            if name == "person" and " " in text:
                continue       # full-name keys; the facet counts surname keys
            for docnum in term_docs(reader, name, text):
                column[docnum] = column[docnum] + (text,) if many else text
        live.cache[key] = column
    return live.cache[key]


def _restricted_docs(live: LiveSearcher) -> frozenset[int]:
    """Docnums of restricted items in this searcher, cached."""
    if "restricted" not in live.cache:
        reader = live.searcher.reader()
        docs = frozenset()
        if reader.doc_count_all():
            docs = frozenset(live.searcher.docs_for_query(Term("restricted", True)))
        live.cache["restricted"] = docs
    return live.cache["restricted"]


def _id_column(live: LiveSearcher) -> list:
    """docnum -> id, cached per searcher: from the id column (tens of milliseconds for
    100,000 articles), or from the id postings for an index written without one."""
    if "ids" not in live.cache:
        reader = live.searcher.reader()
        if reader.has_column("id"):
            live.cache["ids"] = column_values(reader, "id")
        else:
            live.cache["ids"] = _postings_column(live, "id", many=False)
    return live.cache["ids"]
