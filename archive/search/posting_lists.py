"""The documents, weights and positions of a term, read a block of postings at a time.

Whoosh's matchers hand out a term's documents one call at a time
(``is_active()``, ``id()``, ``next()``), about a microsecond each in Python;
a common word's postings at 100,000 articles are tens of thousands of calls.
Here each block of up to 128 postings is decoded once (Whoosh's own
``_read_data``) and its gaps summed by ``itertools.accumulate``, so a whole
posting list costs a few calls per block. Readers of other kinds, and any
matcher this module does not know, fall back to Whoosh's own calls. Within
:func:`shared_postings` (one search) a segment's list is decoded only once.
"""

from __future__ import annotations

import operator
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import accumulate, repeat

from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.reading import MultiReader, SegmentReader

__all__ = ["block_weights", "segment_postings", "shared_postings", "term_docs", "term_values"]


def _blocks(matcher: W3LeafMatcher) -> Iterator[tuple]:
    """Each block of a fresh leaf matcher, decoded: (document numbers, weights, values)."""
    while True:
        matcher._read_data()
        ids, weights, values = matcher._data
        yield accumulate(ids), weights, values      # ids are gaps from 0 within each block
        if matcher._lastblock:
            return
        matcher._goto(matcher._nextoffset)


def _segment_docs(reader: SegmentReader, fieldname: str, text) -> list[int]:
    if (fieldname, text) not in reader:
        return []
    ids, _ = segment_postings(reader, fieldname, reader._text_to_bytes(fieldname, text))
    deleted = reader.deleted_docs_set
    return [d for d in ids if d not in deleted] if deleted else ids


def term_docs(reader, fieldname: str, text) -> list[int]:
    """The (undeleted) documents of ``reader`` holding the term, in ascending order."""
    if isinstance(reader, SegmentReader):
        return _segment_docs(reader, fieldname, text)
    if isinstance(reader, MultiReader):
        found: list[int] = []
        for sub, offset in zip(reader.readers, reader.doc_offsets):
            ids = term_docs(sub, fieldname, text)
            found.extend(map(operator.add, ids, repeat(offset)) if offset else ids)
        return found
    if (fieldname, text) not in reader:
        return []
    return list(reader.postings(fieldname, text).all_ids())


def term_values(reader, fieldname: str, text) -> dict[int, bytes]:
    """Document -> posting value (positions, for a field that keeps them) of every
    undeleted document of ``reader`` holding the term."""
    if isinstance(reader, MultiReader):
        found: dict[int, bytes] = {}
        for sub, offset in zip(reader.readers, reader.doc_offsets):
            found.update((docnum + offset, value) for docnum, value in term_values(sub, fieldname, text).items())
        return found
    if (fieldname, text) not in reader:
        return {}
    if isinstance(reader, SegmentReader):
        field = reader.schema[fieldname]
        matcher = reader._terms.matcher(fieldname, reader._text_to_bytes(fieldname, text), field.format)
        fixed = field.format.fixed_value_size()
        if isinstance(matcher, W3LeafMatcher) and not matcher._byteids and (fixed is None or fixed < 0):
            found = {docnum: value for ids, _, values in _blocks(matcher)
                     for docnum, value in zip(ids, values)}
        else:
            found = dict(matcher.all_items())
        for docnum in reader.deleted_docs_set:
            found.pop(docnum, None)
        return found
    return dict(reader.postings(fieldname, text).all_items())


def block_weights(weights, count: int):
    """A block's weights as Whoosh keeps them: ``None`` (all 1.0), one float for all, or an array."""
    if weights is None:
        return repeat(1.0, count)
    if isinstance(weights, float):
        return repeat(weights, count)
    return weights


_shared = threading.local()


@contextmanager
def shared_postings() -> Iterator[None]:
    """Within this block (one search), each term's postings are decoded once.

    A search reads the same posting lists twice: to find the whole result set
    and to rank it. Kept per thread (the web server answers each request in a
    thread of its own) and dropped when the block ends.
    """
    outer = getattr(_shared, "postings", None)
    if outer is None:
        _shared.postings = {}
    try:
        yield
    finally:
        if outer is None:
            _shared.postings = None


def segment_postings(reader: SegmentReader, fieldname: str, btext: bytes) -> tuple[list[int], list[float]]:
    """(document numbers, weights) of one segment's postings of a term, deleted documents included."""
    memo = getattr(_shared, "postings", None)
    key = (id(reader), fieldname, btext)
    if memo is not None and key in memo:
        return memo[key]
    field = reader.schema[fieldname]
    matcher = reader._terms.matcher(fieldname, btext, field.format)
    ids: list[int] = []
    weights: list[float] = []
    if isinstance(matcher, W3LeafMatcher) and not matcher._byteids:
        for block_ids, weights_of_block, _ in _blocks(matcher):
            start = len(ids)
            ids.extend(block_ids)
            weights.extend(block_weights(weights_of_block, len(ids) - start))
    else:                                   # inlined postings (a ListMatcher), or unknown
        while matcher.is_active():
            ids.append(matcher.id())
            weights.append(matcher.weight())
            matcher.next()
    if memo is not None:
        memo[key] = (ids, weights)
    return ids, weights
