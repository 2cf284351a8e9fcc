"""Merging Whoosh segments into one, and choosing which to merge after each change.

Every ``archive ingest`` adds a segment to the live index; left alone, the
segments pile up and every search pays for each of them. They are merged
here rather than by Whoosh's ``SegmentWriter`` for two measured reasons:

* **Speed.** Whoosh merges through its general writer: every posting of
  every merged segment goes through its sorting pool one tuple at a time, and
  every stored document is unpickled and pickled again (about 7 ms an
  article; 19 s for 1,428 articles in a run of small ingests). Here the
  segments' posting lists are already in term order, so a term's postings are
  the segments' lists one after the other, renumbered a block at a time, and
  the stored fields and other column values are copied as the bytes they are.
* **Exact statistics.** Whoosh re-adds each document's *rounded* length byte,
  so after its merge the field totals that BM25F averages no longer match an
  index built from the same bags, and neither do the scores. The merger
  copies each document's exact lengths (:mod:`archive.search.field_lengths`).

A merged segment holds the kept documents of its segments in their order, and
is byte for byte the segment :class:`archive.search.segment_writer.SegmentBuilder`
writes for those documents (``tests/test_segment_merge.py``). Deleted
documents are left out, which is how a deletion is made final.

:func:`plan_merges` is the policy: segments are grouped in size classes, each
:data:`MERGE_FACTOR` times the one below, and as soon as a class holds
:data:`MERGE_FACTOR` segments they are merged into one of the next class. So
the index has at most ``MERGE_FACTOR - 1`` segments per class (a few classes
for any archive), and each article is rewritten about once per class as the
archive grows. A segment with deleted documents is always rewritten at once,
so that the live index always equals a build from the bags.
"""

from __future__ import annotations

import heapq
from array import array
from collections.abc import Iterator
from itertools import accumulate, compress, repeat
from operator import add

from whoosh.codec import default_codec
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, STORED_COLUMN, W3LeafMatcher
from whoosh.columns import CompressedBytesColumn, PickleColumn, VarBytesColumn
from whoosh.reading import SegmentReader

from archive.search.field_lengths import LENGTHS_FIELD, ExactLengths
from archive.search.posting_lists import block_weights
from archive.search.postings_writer import BYTES_VALUES, FIELD_AND_TERM, NO_VALUES, WORD_VALUES, value_kind, write_postings

__all__ = ["MERGE_FACTOR", "SMALLEST_CLASS", "merge_segments", "plan_merges"]

#: Segments of one size class merged together once there are this many.
MERGE_FACTOR = 4
#: Documents of the smallest size class's largest segment (the classes above grow by MERGE_FACTOR).
SMALLEST_CLASS = 256
_VAR_BYTES = VarBytesColumn()


# --- the policy ---------------------------------------------------------------------


def size_class(documents: int) -> int:
    """The size class of a segment of ``documents`` kept documents: 0 below SMALLEST_CLASS, then one per factor."""
    level, ceiling = 0, SMALLEST_CLASS
    while documents >= ceiling:
        level += 1
        ceiling *= MERGE_FACTOR
    return level


def plan_merges(segments: list) -> list[list]:
    """Groups of ``segments`` to merge, each into one segment; segments in no group stay as they are.

    Segments with deleted documents are rewritten (alone, or with their
    class's merge). Then, from the smallest class up, a class holding
    :data:`MERGE_FACTOR` or more segments is merged; the merged segment may
    fill the class above, which is then merged too.
    """
    pending = [[segment] for segment in segments]     # each entry becomes one segment
    rewrite = [entry for entry in pending if entry[0].has_deletions()]
    level = 0
    while True:
        classes: dict[int, list] = {}
        for entry in pending:
            classes.setdefault(size_class(_kept(entry)), []).append(entry)
        top = max(classes, default=0)
        if level > top:
            break
        members = classes.get(level, [])
        if len(members) >= MERGE_FACTOR:
            merged = [segment for entry in members for segment in entry]
            pending = [entry for entry in pending if entry not in members] + [merged]
            rewrite = [entry for entry in rewrite if entry not in members]
            continue        # the merged entry may have stayed in this class
        level += 1
    groups = [entry for entry in pending if len(entry) > 1] + rewrite
    return [sorted(group, key=segments.index) for group in groups]


def _kept(entry: list) -> int:
    return sum(segment.doc_count() for segment in entry)


# --- merging -----------------------------------------------------------------------


def merge_segments(ix, segments: list, *, whoosh_identical: bool = False):
    """Write the kept documents of ``segments`` (in order) as one new segment of ``ix``'s storage.

    Returns the new segment, not yet listed in any TOC, or None when no
    document is kept. ``whoosh_identical``: write postings as Whoosh's own
    writer would (see :mod:`archive.search.postings_writer`).
    """
    codec = default_codec()
    schema = ix.schema
    readers = [SegmentReader(ix.storage, schema, segment) for segment in segments]
    try:
        maps, total = _document_maps(readers)
        if not total:
            return None
        segment = codec.new_segment(ix.storage, ix.indexname)
        perdoc = codec.per_document_writer(ix.storage, segment)
        try:
            lengths = _copy_documents(perdoc, schema, readers, maps)
        finally:
            perdoc.close()
        fieldwriter = codec.field_writer(ix.storage, segment)
        records = heapq.merge(*(_records(reader, docmap, schema) for reader, docmap in zip(readers, maps)),
                              key=FIELD_AND_TERM)
        write_postings(codec, fieldwriter, schema, records, lengths, whoosh_identical=whoosh_identical)
        fieldwriter.close()
        segment.set_doc_count(total)
        return segment
    finally:
        for reader in readers:
            reader.close()


class _DocMap:
    """Where one merged segment's documents go: kept ones numbered from ``offset`` on, in order."""

    def __init__(self, count: int, deleted: set[int], offset: int) -> None:
        self.offset = offset
        self.deleted = deleted
        self.kept = [d for d in range(count) if d not in deleted] if deleted else range(count)
        if deleted:
            self.new = array("i", repeat(-1, count))
            for number, old in enumerate(self.kept):
                self.new[old] = offset + number

    def renumber(self, ids: list[int]) -> tuple[list[int], list[bool] | None]:
        """The new numbers of ``ids``, and which of them are kept (None: all)."""
        if not self.deleted:
            return (list(map(add, ids, repeat(self.offset))) if self.offset else ids), None
        new = [self.new[d] for d in ids]
        keep = [n >= 0 for n in new]
        return [n for n in new if n >= 0], keep


def _document_maps(readers: list[SegmentReader]) -> tuple[list[_DocMap], int]:
    maps, offset = [], 0
    for reader in readers:
        docmap = _DocMap(reader.doc_count_all(), set(reader.segment().deleted_docs()), offset)
        maps.append(docmap)
        offset += len(docmap.kept)
    return maps, offset


# --- the documents: stored fields, lengths, columns ----------------------------------


def _raw(column) -> tuple[object, bool]:
    """How to copy a column's values as bytes: (the column to read them with, whether raw).

    Compressed and pickled columns are read and written as the bytes on disk
    (no decompressing, unpickling, pickling and compressing again).
    """
    inner = column._child if isinstance(column, PickleColumn) else column
    if isinstance(inner, CompressedBytesColumn):
        return _VAR_BYTES, True
    return column, False


def _column_adder(perdoc, name: str, column, raw: bool):
    """A function (docnum, value) adding to the new segment's column ``name``."""
    if not perdoc._has_column(name):
        perdoc._create_column(name, column)
    writer = perdoc._get_column(name)
    if not raw:
        return writer.add
    inner = writer._child if isinstance(column, PickleColumn) else writer
    return lambda docnum, value: VarBytesColumn.Writer.add(inner, docnum, value)


def _source_columns(perdoc, reader: SegmentReader, schema) -> list[tuple]:
    """(reader column, adder) of each column to copy from one merged segment, stored fields first."""
    columns = [("_stored", STORED_COLUMN)]
    columns += [(name, schema[name].column_type) for name in schema.names()
                if schema[name].column_type is not None and name != LENGTHS_FIELD]
    found = []
    for name, column in columns:
        if not reader._perdoc.has_column(name):
            continue
        source, raw = _raw(column)
        found.append((reader._perdoc.column_reader(name, source), _column_adder(perdoc, name, column, raw)))
    return found


def _copy_documents(perdoc, schema, readers: list[SegmentReader], maps: list[_DocMap]) -> dict[str, bytearray]:
    """Copy every kept document's per-document data; each scorable field's length bytes, merged."""
    exact = ExactLengths(schema)
    lengths_column = schema[LENGTHS_FIELD].column_type
    length_bytes: dict[str, bytearray] = {}
    docnum = 0
    for reader, docmap in zip(readers, maps):
        if not reader._perdoc.has_column(LENGTHS_FIELD):
            raise ValueError(f"segment {reader.segment().segment_id()} has no exact field lengths; "
                             "it was written by an older version")
        exact_column = reader._perdoc.column_reader(LENGTHS_FIELD, lengths_column)
        add_lengths = _column_adder(perdoc, LENGTHS_FIELD, lengths_column, False)
        columns = _source_columns(perdoc, reader, schema)
        for old in docmap.kept:
            perdoc.start_doc(docnum)
            packed = exact_column[old]
            for name, length in exact.unpack(packed):
                perdoc.add_field(name, schema[name], None, length)
            add_lengths(docnum, packed)
            perdoc.finish_doc()
            for source, adder in columns:
                adder(docnum, source[old])
            docnum += 1
        _merge_length_bytes(length_bytes, reader, docmap, exact.names, docnum)
    return length_bytes


def _merge_length_bytes(merged: dict[str, bytearray], reader: SegmentReader, docmap: _DocMap,
                        names: list[str], end: int) -> None:
    """Append one segment's kept documents' length bytes to ``merged`` (new numbering up to ``end``)."""
    for name in names:
        column = reader._perdoc._cached_reader(f"_{name}_len", LENGTHS_COLUMN)
        if column is None:
            continue
        loaded = column.load()
        target = merged.setdefault(name, bytearray())
        target.extend(bytes(docmap.offset - len(target)))
        target.extend(bytes(loaded[old] for old in docmap.kept))
        target.extend(bytes(end - len(target)))


# --- the postings ---------------------------------------------------------------------


def _records(reader: SegmentReader, docmap: _DocMap, schema) -> Iterator[tuple]:
    """Every term of one merged segment as a record (see :mod:`archive.search.postings_writer`), renumbered."""
    terms = reader._terms
    kinds = {name: value_kind(schema[name]) for name in schema.names() if schema[name].indexed}
    for (fieldname, btext), info in terms.items():
        kind = kinds.get(fieldname)
        if kind is None:
            continue
        ids, weights, values = _postings(terms, info, schema[fieldname].format, kind)
        ids, keep = docmap.renumber(ids)
        if keep is not None:
            if not ids:
                continue
            weights = list(compress(weights, keep))
            values = _kept_values(values, keep, kind)
        yield fieldname, btext, array("I", ids).tobytes(), array("f", weights).tobytes(), values


def _kept_values(values, keep: list[bool], kind: str):
    """The values of the kept postings, held as ``kind`` holds them."""
    if kind == WORD_VALUES:
        return b"".join(compress((values[i:i + 4] for i in range(0, len(values), 4)), keep))
    if kind == BYTES_VALUES:
        return list(compress(values, keep))
    return b""


def _postings(terms, info, format_, kind: str) -> tuple[list[int], list[float], object]:
    """(document numbers, weights, values) of one term of a segment, the values as a record holds them."""
    if info.is_inlined():
        ids, weights, values = info.inlined_postings()
        if kind == WORD_VALUES:
            return list(ids), list(weights), b"".join(values)
        return list(ids), list(weights), list(values) if kind == BYTES_VALUES else b""
    offset, length = info.extent()
    matcher = W3LeafMatcher(terms._postfile, offset, length, format_)
    ids: list[int] = []
    weights: list[float] = []
    values: list = []
    while True:
        matcher._read_data()
        gaps, weights_of_block, block_values = matcher._data
        ids.extend(accumulate(gaps))
        weights.extend(block_weights(weights_of_block, len(gaps)))
        if kind != NO_VALUES:
            values.append(block_values) if kind == WORD_VALUES else values.extend(block_values)
        if matcher._lastblock:
            break
        matcher._goto(matcher._nextoffset)
    return ids, weights, b"".join(values) if kind == WORD_VALUES else values if kind == BYTES_VALUES else b""

