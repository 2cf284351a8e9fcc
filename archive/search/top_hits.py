"""The top of a result set: the BM25F score of every found document, worked out over whole posting lists.

Once the search module has found the whole result set (for its total and
facets), ranking it through Whoosh's collector steps every scored document
through a tree of matchers in Python (``id()``, ``next()``, ``score()`` at
each level), several microseconds a document; a common phrase at 100,000
articles is tens of thousands of documents. Asked for a short page, that
collector also skips postings by their blocks' best possible scores, and
for an AND of ORs (two words over several fields, what the query parser
makes of ``sea wall``) it misses documents that score higher than those it
returns (``tests/test_top_hits.py`` shows it).

Here each term's postings are decoded once per search
(:func:`archive.search.posting_lists.segment_postings`) and scored by ``map`` over
the whole list with Whoosh's own BM25F formula and statistics (the
searcher's idf and average field length, the quantised field lengths of
:mod:`archive.search.ranking`), so the scores are Whoosh's: ``And`` and ``Or`` add
their parts' scores as Whoosh's intersection and union matchers do,
``AndNot`` keeps its first part's, and a boost multiplies. The order is
score descending, then (for the search module) the id: equal scores must not
be ordered by where a document happens to sit in the index, which differs
between a live index and a rebuild of the same bags.

:func:`top` answers ``None`` for any query it does not know how to score
(prefixes, ranges, other weightings); the caller then asks Whoosh.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from itertools import compress, repeat
from operator import add, mul, truediv
from typing import NamedTuple

from whoosh.query import And, AndMaybe, AndNot, Not, NullQuery, Or, Query, Term
from whoosh.scoring import BM25FScorer

from archive.search.analysis import PAIRS_FIELD
from archive.search.phrases import FieldPhrase
from archive.search.posting_lists import segment_postings
from archive.search.ranking import ArchiveBM25F, length_bytes, length_of_byte

__all__ = ["top"]

Scores = dict[int, float]


class _Unscorable(Exception):
    """The query holds a node this module does not score."""


def _document_norms(reader, fieldname: str, scorer: BM25FScorer) -> tuple[list[float], float] | None:
    """BM25's length part, ``K1 * ((1 - B) + B * fl / avgfl)``, of each document of a segment,
    and the smallest of them (the shortest field's).

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
        norms = list(map(by_byte.__getitem__, lengths))
        cache[key] = norms, min(norms, default=0.0)
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


class _TermScorer(NamedTuple):
    """Scoring one term in one segment: Whoosh's BM25F statistics and the segment's length parts."""

    reader: object
    offset: int
    btext: bytes
    idf: float
    K1: float
    norms: list[float]
    shortest: float         # the smallest of ``norms``

    def score(self, tf: float, norm: float) -> float:
        """Whoosh's ``bm25()``, its length part given."""
        return self.idf * ((tf * (self.K1 + 1)) / (tf + norm))


def _term_bytes(searcher, term: Term) -> bytes | None:
    """The term's text as its field indexes it; None for no such field or a value it cannot hold
    (Whoosh matches nothing then)."""
    if term.fieldname not in searcher.schema:
        return None
    try:
        return searcher.schema[term.fieldname].to_bytes(term.text)
    except ValueError:
        return None


def _term_scorers(searcher, term: Term) -> list[_TermScorer]:
    """A :class:`_TermScorer` for each segment holding ``term``."""
    fieldname = term.fieldname
    if fieldname not in searcher.schema or not searcher.schema[fieldname].scorable:
        raise _Unscorable(fieldname)
    btext = _term_bytes(searcher, term)
    if btext is None:
        return []
    scorers = []
    for sub, offset in searcher.subsearchers if searcher.subsearchers else [(searcher, 0)]:
        reader = sub.reader()
        if (fieldname, btext) not in reader:
            continue
        scorer = searcher.weighting.scorer(sub, fieldname, btext)
        norms = _document_norms(reader, fieldname, scorer) if type(scorer) is BM25FScorer else None
        if norms is None:
            raise _Unscorable(fieldname)
        scorers.append(_TermScorer(reader, offset, btext, scorer.idf, scorer.K1, *norms))
    return scorers


def _term_scores(searcher, term: Term, allowed: set[int]) -> Scores:
    """The score of ``term`` in each allowed document that holds it, as Whoosh's BM25F gives it."""
    scores: Scores = {}
    for scorer in _term_scorers(searcher, term):
        ids, weights = segment_postings(scorer.reader, term.fieldname, scorer.btext)
        scores.update(_bm25(ids, weights, scorer.offset, scorer.norms, scorer.idf, scorer.K1 + 1, allowed))
    return _boosted(scores, term.boost)


def _boosted(scores: Scores, boost: float) -> Scores:
    """``scores`` times a query's boost (Whoosh wraps the matcher, multiplying its score)."""
    return scores if boost == 1.0 else {docnum: score * boost for docnum, score in scores.items()}


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
    if type(query) is FieldPhrase:
        # Scored only where the phrase stands, as its matcher does (a pair term's
        # documents are exactly those).
        if _pair_ranking(query) is None:
            allowed = allowed & query.found(searcher)
        return _scores(searcher, query.ranking_query(), allowed, conjunctive)
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
        found = list(set(parts[0]).intersection(*parts[1:]))
        summed = map(parts[0].__getitem__, found)
        for part in parts[1:]:
            summed = map(add, summed, map(part.__getitem__, found))
        if negated:     # Whoosh's matcher for a NOT inside an AND scores each document it lets through 1.0
            summed = map(add, summed, repeat(float(len(negated))))
        scores = dict(zip(found, summed))
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
    return _boosted(scores, query.boost)


def top(searcher, query: Query, allowed: set[int], limit: int,
        ties: Sequence | None = None) -> list[tuple[int, float]] | None:
    """The ``limit`` best (document number, score) of ``query`` among ``allowed``, best first.

    ``ties``: document number -> what orders equal scores (the search module
    gives the ids, so that the order never depends on where a document sits in
    the index); None: the document number, as Whoosh orders them.

    ``allowed`` is the result set the caller found; a document in it that the
    query's scored terms do not reach (a filter matched it alone) is not
    ranked, as in Whoosh. ``None`` when the searcher's weighting is not the
    archive's BM25F or the query holds something this module does not score.
    """
    if not isinstance(searcher.weighting, ArchiveBM25F):
        return None
    try:
        parts = _or_parts(query)
        scores = _or_scores(searcher, parts, allowed, limit) if parts else _scores(searcher, query, allowed)
    except _Unscorable:
        return None
    order = _best_first if ties is None else (lambda item: (-item[1], ties[item[0]] or ""))
    if len(scores) <= limit:
        return sorted(scores.items(), key=order)
    # The limit-th best score, found among bare floats; then every document scoring
    # at least that (ties with it included: the page takes the first by ``ties``).
    least = heapq.nlargest(limit, scores.values())[-1]
    return sorted(((docnum, score) for docnum, score in scores.items() if score >= least), key=order)[:limit]


# --- an OR with one large term ----------------------------------------------------------

#: An OR's largest term in at least this many documents is scored only where it can
#: place a document on the page (:func:`_dominant_scores`); below, everywhere.
DOMINANT_MIN_DOCS = 1000


def _or_parts(query: Query) -> list[Query] | None:
    """The parts of an unboosted OR (nested ones flattened), ``[query]`` for a term, else None."""
    if type(query) is Term:
        return [query]
    if type(query) is not Or or query.minmatch or query.scale or query.boost != 1.0:
        return None
    parts: list[Query] = []
    for part in query.subqueries:
        inner = _or_parts(part) if type(part) is Or else None
        parts.extend(inner if inner is not None else [part])
    return parts


def _pair_ranking(phrase: FieldPhrase) -> Term | None:
    """The phrase's pair term, if that is what ranks it: its documents are the phrase's."""
    ranking = phrase.ranking_query()
    return ranking if type(ranking) is Term and ranking.fieldname == PAIRS_FIELD else None


def _as_term(part: Query) -> Term | None:
    """The term that scores ``part`` on its own: a term, or a phrase ranked by its pair term."""
    if type(part) is FieldPhrase:
        return _pair_ranking(part)
    return part if type(part) is Term else None


def _or_scores(searcher, parts: list[Query], allowed: set[int], limit: int) -> Scores:
    """The scores of an OR of ``parts``, exact for every document that can be in its top ``limit``."""
    terms = [_as_term(part) for part in parts]
    sizes = [_doc_frequency(searcher, term) if term is not None else 0 for term in terms]
    largest = max(range(len(parts)), key=sizes.__getitem__)
    if sizes[largest] < DOMINANT_MIN_DOCS:
        return _combined([_scores(searcher, part, allowed, False) for part in parts])
    rest = _combined([_scores(searcher, part, allowed, False) for i, part in enumerate(parts) if i != largest])
    return _dominant_scores(searcher, terms[largest], rest, allowed, limit)


def _doc_frequency(searcher, term: Term) -> int:
    btext = _term_bytes(searcher, term)
    return 0 if btext is None else searcher.doc_frequency(term.fieldname, btext)


def _dominant_scores(searcher, term: Term, rest: Scores, allowed: set[int], limit: int) -> Scores:
    """``term`` + ``rest`` (the rest of an OR): exact for every document that can be in the top ``limit``.

    Every document of ``rest`` gets its exact score. Of the others only
    ``term`` scores them, and its score grows with the frequency and shrinks
    with the field's length: frequencies are taken from the highest down,
    and once a frequency at the shortest length of the segment scores less
    than ``limit`` documents are known to reach (``floor``: lower bounds of
    distinct documents' final scores: ``rest``'s, and the exact scores found
    here), no document of that frequency or a lower one can be on the page,
    and none of them is scored. They are left out of the answer.
    """
    floor: list[float] = heapq.nlargest(limit, rest.values())
    heapq.heapify(floor)
    found: Scores = {}
    boost = term.boost
    for scorer in _term_scorers(searcher, term):
        ids, weights = segment_postings(scorer.reader, term.fieldname, scorer.btext)
        offset, norms = scorer.offset, scorer.norms
        first, last = offset, offset + len(norms)
        mine = [docnum for docnum in rest if first <= docnum < last]
        if mine:
            frequencies = dict(zip(ids, weights))
            for docnum in mine:
                tf = frequencies.get(docnum - offset)
                if tf is not None:
                    found[docnum] = scorer.score(tf, norms[docnum - offset]) * boost
        for tf in sorted(set(weights), reverse=True):
            if len(floor) == limit and scorer.score(tf, scorer.shortest) * boost < floor[0]:
                break
            level = list(compress(ids, map(tf.__eq__, weights)))
            scores = _boosted(dict(_bm25(level, [tf] * len(level), offset, norms, scorer.idf, scorer.K1 + 1, allowed)),
                              boost)
            for docnum, score in scores.items():
                if docnum not in rest:
                    found[docnum] = score
                    if len(floor) < limit:
                        heapq.heappush(floor, score)
                    elif score > floor[0]:
                        heapq.heapreplace(floor, score)
    return _combined([rest, found])


def _best_first(item: tuple[int, float]) -> tuple[float, int]:
    """Whoosh's order: score descending, then document number."""
    return -item[1], item[0]
