"""The top of a result set: BM25F scores of every found document, read a block of postings at a time.

Once the search module has found the whole result set (for its total and
facets), ranking it through Whoosh's matchers steps every scored document
through a tree of Python objects (``id()``, ``next()``, ``score()`` at each
level), several microseconds a document; a common phrase at 100,000 articles
is tens of thousands of documents. Here each term's postings are decoded a
block at a time (:func:`archive.posting_lists.segment_postings`) and scored with
Whoosh's own BM25F formula and statistics (the searcher's idf and average
field length, the quantised field lengths of :mod:`archive.ranking`), so the
scores are Whoosh's: ``And`` and ``Or`` add their parts' scores as Whoosh's
intersection and union matchers do, ``AndNot`` keeps its first part's, and a
boost multiplies. The order is Whoosh's too: score descending, then document
number.

:func:`top` answers ``None`` for any query it does not know how to score
(prefixes, ranges, other weightings); the caller then asks Whoosh.
"""

from __future__ import annotations

import heapq
from itertools import compress, repeat
from operator import add, mul, truediv
from whoosh.query import And, AndMaybe, AndNot, Not, NullQuery, Or, Query, Term
from whoosh.scoring import BM25FScorer

from .posting_lists import segment_postings
from .ranking import ArchiveBM25F, length_bytes, length_of_byte

__all__ = ["top"]

Scores = dict[int, float]


class _Unscorable(Exception):
    """The query holds a node this module does not score."""


def _document_norms(reader, fieldname: str, scorer: BM25FScorer) -> list[float] | None:
    """BM25's length part, ``K1 * ((1 - B) + B * fl / avgfl)``, of each document of a segment.

    Worked out as Whoosh's ``bm25()`` does (so the scores are Whoosh's to the
    last bit) from the 256 possible length bytes, and kept on the segment's
    reader, like the lengths, for as long as the searcher holding it.
    """
    lengths = length_bytes(reader, fieldname)
    if lengths is None:
        return None
    K1, B, avgfl = scorer.K1, scorer.B, scorer.avgfl
    cache = reader.__dict__.setdefault("_archive_norms", {})
    key = (fieldname, K1, B, avgfl)
    if key not in cache:
        by_byte = [K1 * ((1 - B) + B * fl / avgfl) for fl in map(length_of_byte, range(256))]
        cache[key] = list(map(by_byte.__getitem__, lengths))
    return cache[key]


def _bm25(ids: list[int], weights: list[float], offset: int, norms: list[float], idf: float, K: float,
          allowed: set[int]):
    """(document, score) of one segment's postings of a term, for the documents in ``allowed``.

    Whoosh's ``idf * ((tf * (K1 + 1)) / (tf + norm))``, the same operations in
    the same order (so the same floats), applied by ``map`` over whole lists:
    a C loop per operation instead of a Python one per posting.
    """
    lengths = map(norms.__getitem__, ids)          # the segment's own document numbers
    scores = map(mul, repeat(idf), map(truediv, map(mul, weights, repeat(K)), map(add, weights, lengths)))
    documents = list(map(add, ids, repeat(offset))) if offset else ids
    pairs = zip(documents, scores)
    if allowed.issuperset(documents):
        return pairs
    return compress(pairs, map(allowed.__contains__, documents))


def _term_scores(searcher, term: Term, allowed: set[int]) -> Scores:
    """The score of ``term`` in each allowed document that holds it, as Whoosh's BM25F gives it."""
    fieldname, text = term.fieldname, term.text
    if fieldname not in searcher.schema or not searcher.schema[fieldname].scorable:
        raise _Unscorable(fieldname)
    try:
        btext = searcher.schema[fieldname].to_bytes(text)
    except ValueError:                      # not a value of that field: Whoosh matches nothing
        return {}
    scores: Scores = {}
    for sub, offset in searcher.subsearchers if searcher.subsearchers else [(searcher, 0)]:
        reader = sub.reader()
        if (fieldname, btext) not in reader:
            continue
        scorer = searcher.weighting.scorer(sub, fieldname, btext)
        norms = _document_norms(reader, fieldname, scorer) if type(scorer) is BM25FScorer else None
        if norms is None:
            raise _Unscorable(fieldname)
        ids, weights = segment_postings(reader, fieldname, btext)
        scores.update(_bm25(ids, weights, offset, norms, scorer.idf, scorer.K1 + 1, allowed))
    if term.boost != 1.0:
        boost = term.boost
        scores = {docnum: score * boost for docnum, score in scores.items()}
    return scores


def _combined(parts: list[Scores]) -> Scores:
    """An OR: every document of any part, scored by the sum of the parts that hold it."""
    if not parts:
        return {}
    parts = sorted(parts, key=len)
    scores = dict(parts[-1])
    get = scores.get
    for part in parts[:-1]:
        scores.update({docnum: get(docnum, 0.0) + score for docnum, score in part.items()})
    return scores


def _scores(searcher, query: Query, allowed: set[int], conjunctive: bool = True) -> Scores:
    """``query``'s score of each allowed document it matches.

    ``conjunctive``: every allowed document matches all that is above
    ``query`` in the tree through ANDs alone (the first part of an AND NOT or
    AND MAYBE included), so a NOT there has already left out what it negates.
    """
    if type(query) is Term:
        return _term_scores(searcher, query, allowed)
    if query is NullQuery:
        return {}
    if type(query) is And:
        negated = [q for q in query.subqueries if type(q) is Not]
        if negated and not conjunctive:
            raise _Unscorable("a NOT below an OR")
        parts = sorted((_scores(searcher, q, allowed, conjunctive)
                        for q in query.subqueries if type(q) is not Not), key=len)
        if not parts:
            raise _Unscorable("an AND of NOTs only")
        found = set(parts[0]).intersection(*parts[1:])
        # Whoosh's matcher for a NOT inside an AND scores each document it lets through 1.0.
        scores = {docnum: sum(part[docnum] for part in parts) + len(negated) for docnum in found}
    elif type(query) is Or and not query.minmatch and not query.scale:
        scores = _combined([_scores(searcher, q, allowed, False) for q in query.subqueries])
    elif type(query) is AndNot and conjunctive:
        # The result set already leaves out what the negated part matches (exactly:
        # a phrase there is a phrase, not the AND of its words).
        return _scores(searcher, query.a, allowed, conjunctive)
    elif type(query) is AndMaybe:
        required = _scores(searcher, query.a, allowed, conjunctive)
        optional = _scores(searcher, query.b, set(required), False)
        return {docnum: score + optional.get(docnum, 0.0) for docnum, score in required.items()}
    else:
        raise _Unscorable(type(query).__name__)
    if query.boost != 1.0:
        boost = query.boost
        scores = {docnum: score * boost for docnum, score in scores.items()}
    return scores


def top(searcher, query: Query, allowed: set[int], limit: int) -> list[tuple[int, float]] | None:
    """The ``limit`` best (document number, score) of ``query`` among ``allowed``, best first.

    ``allowed`` is the result set the caller found; a document in it that the
    query's scored terms do not reach (a filter matched it alone) is not
    ranked, as in Whoosh. ``None`` when the searcher's weighting is not the
    archive's BM25F or the query holds something this module does not score.
    """
    if not isinstance(searcher.weighting, ArchiveBM25F):
        return None
    try:
        scores = _scores(searcher, query, allowed)
    except _Unscorable:
        return None
    if len(scores) <= limit:
        return sorted(scores.items(), key=_best_first)
    # The limit-th best score, found among bare floats; then only documents
    # scoring at least that (ties included) are sorted.
    least = heapq.nlargest(limit, scores.values())[-1]
    return sorted(((docnum, score) for docnum, score in scores.items() if score >= least),
                  key=_best_first)[:limit]


def _best_first(item: tuple[int, float]) -> tuple[float, int]:
    """Whoosh's order: score descending, then document number."""
    return -item[1], item[0]
