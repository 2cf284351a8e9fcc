"""Write one Whoosh segment in bulk: the files Whoosh writes, for a fraction of its cost.

Whoosh's own ``SegmentWriter`` spends its time in Python, per word: every word
of every article becomes a ``Token``, then a tuple in a sorting pool, then a
heap entry when the pool's runs are merged, then a call to the postings writer.
That is about 5 ms per article, most of what a reindex costs. This writer
writes the same segment (Whoosh's W3 codec: term table, postings, per-document
columns and stored fields, read back by Whoosh unchanged) and does the per-word
work in C calls wherever it can:

* the text fields (see :func:`is_fast_field`) are tokenised by
  :func:`archive.search.analysis.folded_words` and counted by ``Counter``; the body
  text's pair terms and folded-words column are derived on the way
  (:func:`archive.search.analysis.body_fields` gives the same for Whoosh's writer);
  every other field goes through the field's own ``index()``, as in Whoosh;
* a document's postings are pooled per term: for the body text one C-level
  append of (document, frequency) to the term's array per word, pair terms
  as integer codes; when the pool passes ``limitmb`` it is written, term by
  term in order, to a run on disk, so memory stays flat however many articles
  there are;
* at the end the runs are merged term by term (runs hold consecutive
  documents, so a term's postings are the runs' pieces in order) and handed to
  the postings writer a block of 128 at a time.

The per-document part (stored fields, field lengths, columns) is Whoosh's own
``W3PerDocWriter``, called exactly as ``SegmentWriter.add_document`` calls it,
plus each document's exact field lengths (:mod:`archive.search.field_lengths`, so
that a merged segment's totals stay exact). The postings are written by
:mod:`archive.search.postings_writer`; whoosh-reloaded is pinned to one version, and
``tests/test_segment_writer.py`` checks that a segment written here with
Whoosh's settings is byte for byte the one Whoosh's writer writes, and that
with ours Whoosh reads back the same postings.
"""

from __future__ import annotations

import heapq
import marshal
import operator
import os
import sys
from array import array
from struct import Struct
from collections import Counter, defaultdict, deque
from collections.abc import Iterator

from whoosh.codec import default_codec
from whoosh.filedb.filestore import Storage
from whoosh.formats import Frequency
from whoosh.util.numeric import length_to_byte

from archive.search.analysis import (BODY_FIELD, HEADING_FIELDS, HEADING_PAIRS_FIELD, PAIRS_FIELD, WORD_JOIN, WORDS_FIELD,
                       FoldingTokenizer, PackedPositions, PairCodes, folded_words, heading_pair_terms,
                       pack_positions, positions_of)
from archive.search.field_lengths import LENGTHS_FIELD, ExactLengths
from archive.search.postings_writer import BYTES_VALUES, FIELD_AND_TERM, WORD_VALUES, value_kind, write_postings

__all__ = ["SegmentBuilder", "is_fast_field"]

_LITTLE_ENDIAN = sys.byteorder == "little"
#: Bytes a pooled term costs in memory, roughly (its array or list, the dict entry and
#: the key), and a posting held as a tuple (the tuple, a float, a list slot), plus its value.
_TERM_BYTES = 200
_TUPLE_BYTES = 100
#: Distinct (field, value) analyses a builder keeps (see SegmentBuilder._field_terms).
REMEMBERED_VALUES = 2_000


def is_fast_field(field) -> bool:
    """A field this writer tokenises itself: folded words, with packed positions or frequencies."""
    return (type(field.format) in (PackedPositions, Frequency)
            and isinstance(getattr(field, "analyzer", None), FoldingTokenizer))


class _Buffer:
    """One field's postings of the current run, by term, ready to be written out sorted.

    How a term's postings are held depends on the field, so that the bulky
    ones cost one C-level append per posting and a few bytes of memory:

    * body words (:data:`_COUNTS`): bytes of document number, frequency, ...
      (native unsigned ints, read back as an array);
    * pair terms: the same, keyed by pair code (named by ``term_of`` when written);
    * anything else: a list of (document number, weight, value) tuples.
    """

    __slots__ = ("layout", "kind", "boost", "terms", "term_of")

    def __init__(self, layout: str, kind: str, boost: float, term_of=None) -> None:
        self.layout = layout
        self.kind = kind
        self.boost = boost
        self.terms: dict = defaultdict(bytearray) if layout != _TUPLES else {}
        self.term_of = term_of      # the term of a key that stands for one (pair codes)

    def records(self, fieldname: str) -> Iterator[tuple]:
        """(field, term, docs bytes, weights bytes, values) per term, terms in order."""
        terms, boost, term_of = self.terms, self.boost, self.term_of
        for key in sorted(terms):
            postings = terms[key]
            term = term_of(key) if term_of is not None else key
            if self.layout == _COUNTS:
                pooled = array("I")
                pooled.frombytes(postings)
                postings = pooled
                counts = postings[1::2]
                weights = array("f", counts) if boost == 1.0 else array("f", [c * boost for c in counts])
                if _LITTLE_ENDIAN:
                    counts.byteswap()      # Whoosh's Frequency value is a big-endian unsigned int
                yield fieldname, term, postings[0::2].tobytes(), weights.tobytes(), counts.tobytes()
            else:
                docs = array("I", map(_FIRST, postings))
                weights = array("f", map(_SECOND, postings))
                values = (b"".join(map(_THIRD, postings)) if self.kind == WORD_VALUES
                          else list(map(_THIRD, postings)) if self.kind == BYTES_VALUES else b"")
                yield fieldname, term, docs.tobytes(), weights.tobytes(), values


#: How a buffer holds a term's postings (see _Buffer).
_COUNTS, _TUPLES = "counts", "tuples"
_FIRST, _SECOND, _THIRD = operator.itemgetter(0), operator.itemgetter(1), operator.itemgetter(2)
#: A pooled posting of a counted term: document number and frequency, as array("I") holds them.
_POSTING = Struct("=II")


class _Pool:
    """Postings by field and term, spilled to sorted runs on disk past a memory limit."""

    def __init__(self, tempstorage: Storage, limit_bytes: int, owner: str) -> None:
        self.tempstorage = tempstorage
        self.limit = limit_bytes
        # Several writers, in worker processes forked from one parent, share the
        # temporary folder: their runs are named for their own segment (a random
        # name, drawn after the fork) and process, never for an object's address,
        # which is the same in every fork.
        self.owner = f"{owner}-{os.getpid()}"
        self.buffers: dict[str, _Buffer] = {}
        self.size = 0          # bytes the buffers hold, roughly
        self.runs: list[str] = []

    def buffer(self, fieldname: str, layout: str, kind: str, boost: float, term_of=None) -> _Buffer:
        found = self.buffers.get(fieldname)
        if found is None:
            found = self.buffers[fieldname] = _Buffer(layout, kind, boost, term_of)
        return found

    def full(self) -> bool:
        return self.size > self.limit

    def _records(self) -> Iterator[tuple]:
        for fieldname in sorted(self.buffers):
            yield from self.buffers[fieldname].records(fieldname)

    def spill(self) -> None:
        """Write the pool to a new run file and empty it."""
        name = f"run-{self.owner}-{len(self.runs):05d}.postings"
        with self.tempstorage.create_file(name).raw_file() as handle:
            for record in self._records():
                marshal.dump(record, handle)
        self.runs.append(name)
        self.buffers, self.size = {}, 0

    def _read_run(self, name: str) -> Iterator[tuple]:
        with self.tempstorage.open_file(name).raw_file() as handle:
            while True:
                try:
                    yield marshal.load(handle)
                except EOFError:
                    return

    def merged(self) -> Iterator[tuple]:
        """Every record of every run and of the pool, sorted by (field, term); runs in order."""
        if not self.runs:
            return self._records()
        sources = [self._read_run(name) for name in self.runs] + [self._records()]
        return heapq.merge(*sources, key=FIELD_AND_TERM)

    def cleanup(self) -> None:
        for name in self.runs:
            try:
                self.tempstorage.delete_file(name)
            except OSError:
                pass
        self.runs, self.buffers = [], {}


class SegmentBuilder:
    """Add documents, then :meth:`finish` to get the written segment for a TOC.

    ``ix`` is an open Whoosh file index; the segment's files are written into
    its storage, under a new segment id, and listed nowhere until a caller
    writes a TOC naming the segment. ``pair_words``: the words whose adjacent
    pairs in the body text are indexed in :data:`PAIRS_FIELD`
    (:mod:`archive.search.phrases`); empty for none. Documents are the keyword
    arguments Whoosh's ``add_document`` takes (``_stored_<name>`` for a
    stored value that differs from the indexed one), without the fields the
    writer derives (:data:`PAIRS_FIELD`, :data:`WORDS_FIELD`, :data:`HEADING_PAIRS_FIELD`,
    :data:`~archive.search.field_lengths.LENGTHS_FIELD`).
    Not thread-safe.
    ``whoosh_identical``: write every block as Whoosh would (compressed, no
    inlined postings), so that the segment's files are byte for byte those of
    Whoosh's writer (the tests check it); otherwise the postings of rare terms
    are inlined and small blocks are left uncompressed.
    """

    def __init__(self, ix, *, limitmb: int, pair_words: frozenset[str] = frozenset(),
                 whoosh_identical: bool = False) -> None:
        self.whoosh_identical = whoosh_identical
        self.codec = default_codec()
        self.storage = ix.storage
        self.schema = ix.schema
        for name in self.schema.names():
            field = self.schema[name]
            if field.vector or field.separate_spelling():
                raise ValueError(f"field {name!r}: vectors and spelling fields are not supported here")
        self.pair_codes = PairCodes(pair_words if PAIRS_FIELD in self.schema else ())
        self.words_column = self.schema[WORDS_FIELD].column_type if WORDS_FIELD in self.schema else None
        self.heading_pairs = HEADING_PAIRS_FIELD in self.schema
        self.segment = self.codec.new_segment(self.storage, ix.indexname)
        self.tempstorage = self.storage.temp_storage(f"{ix.indexname}.tmp")
        self.perdoc = self.codec.per_document_writer(self.storage, self.segment)
        self.pool = _Pool(self.tempstorage, limitmb * 1024 * 1024, self.segment.segment_id())
        self.lengths: dict[str, bytearray] = {}     # field -> length byte per document
        self.docnum = 0
        self.broken = False
        self._fast = {name for name in self.schema.names() if is_fast_field(self.schema[name])}
        self._kinds = {name: value_kind(self.schema[name]) for name in self.schema.names()
                       if self.schema[name].indexed}
        self._exact = ExactLengths(self.schema) if LENGTHS_FIELD in self.schema else None
        self._doc_lengths: dict[str, int] = {}     # the current document's exact lengths
        self._indexed: dict[tuple, list[tuple]] = {}    # see _field_terms

    # --- documents ----------------------------------------------------------------

    def add(self, **fields) -> None:
        """Add one document (as ``SegmentWriter.add_document`` would)."""
        schema, perdoc, docnum = self.schema, self.perdoc, self.docnum
        if self.broken:
            raise RuntimeError("a document failed half-way: this builder can only be cancelled")
        names = sorted(name for name in fields if not name.startswith("_"))
        refused = [name for name in names
                   if name not in schema or name in (PAIRS_FIELD, WORDS_FIELD, HEADING_PAIRS_FIELD, LENGTHS_FIELD)]
        refused += [name for name in fields if name.startswith("_") and name.endswith("_boost")]
        if refused:
            raise ValueError(f"fields not in the schema or not given by the caller here: {refused}")
        perdoc.start_doc(docnum)
        self._doc_lengths = {}
        try:
            for name in names:
                value = fields[name]
                if value is None:
                    continue
                field = schema[name]
                length = self._index_field(name, field, value) if field.indexed else 0
                custom = fields.get(f"_stored_{name}", value)
                perdoc.add_field(name, field, custom if field.stored else None, length)
                if field.column_type and custom is not None:
                    perdoc.add_column_value(name, field.column_type, field.to_column_value(custom))
            if self._exact is not None:
                perdoc.add_column_value(LENGTHS_FIELD, schema[LENGTHS_FIELD].column_type,
                                        self._exact.pack(self._doc_lengths))
        except Exception:
            # Its postings may be pooled already: the segment cannot be finished.
            self.broken = True
            raise
        perdoc.finish_doc()
        self.docnum += 1
        if self.pool.full():
            self.pool.spill()

    def _index_field(self, name: str, field, value) -> int:
        """Pool the postings of one field of the current document; its length for scoring."""
        if name in self._fast:
            if not isinstance(value, str):
                raise ValueError(f"field {name!r} takes a text, not {type(value).__name__}")
            joined = folded_words(value)
            words = joined.split(WORD_JOIN) if joined else []
            if isinstance(field.format, PackedPositions):
                self._pool_positions(name, field, words)
                if self.heading_pairs and name in HEADING_FIELDS and len(words) > 1:
                    self._pool_counts(HEADING_PAIRS_FIELD, Counter(heading_pair_terms(name, words)))
            else:
                self._pool_counts(name, Counter(words))
            length = len(words)
            if name == BODY_FIELD:
                self._body_fields(joined, words)
        else:
            indexed = self._field_terms(name, field, value)
            self._pool_items(name, indexed)
            length = sum(freq for _, freq, _, _ in indexed)
        if not field.scorable:
            return 0
        self._set_length(name, length)
        return length

    def _field_terms(self, name: str, field, value) -> list[tuple]:
        """``field.index(value)`` as a list, remembered for values that repeat.

        Most of the short fields take few distinct values (a kind, a source, a
        year), and Whoosh's analysis of a value costs far more than looking it
        up. Not for a unique field (the id), whose values never repeat. At most
        :data:`REMEMBERED_VALUES` are kept, then the memory starts again.
        """
        if field.unique or not isinstance(value, (str, int, float)):
            return list(field.index(value))
        key = (name, type(value), value)
        found = self._indexed.get(key)
        if found is None:
            if len(self._indexed) >= REMEMBERED_VALUES:
                self._indexed.clear()
            found = self._indexed[key] = list(field.index(value))
        return found

    def _buffer(self, name: str, layout: str, term_of=None) -> _Buffer:
        return self.pool.buffer(name, layout, self._kinds[name], self.schema[name].format.field_boost,
                                term_of)

    def _pool_items(self, name: str, indexed: list[tuple]) -> None:
        """Pool what a field's ``index()`` gave: (term bytes, frequency, weight, value)."""
        terms = self._buffer(name, _TUPLES).terms
        docnum = self.docnum
        for term, _, weight, value in indexed:
            posting = (docnum, weight, value)
            found = terms.get(term)
            if found is None:
                terms[term] = [posting]
                self.pool.size += _TERM_BYTES
            else:
                found.append(posting)
            self.pool.size += _TUPLE_BYTES + len(value)

    def _pool_counts(self, name: str, counts: Counter, term_of=None) -> None:
        """Pool (document, frequency) for each key of ``counts``: words, or pair codes named by ``term_of``."""
        terms = self._buffer(name, _COUNTS, term_of).terms
        before = len(terms)
        # One C-level copy per key: terms[key] += the 8 bytes of (docnum, count), packed once
        # per distinct count (a few per document), which costs less than packing each pair.
        packed = {count: _POSTING.pack(self.docnum, count) for count in set(counts.values())}
        deque(map(bytearray.extend, map(terms.__getitem__, counts), map(packed.__getitem__, counts.values())), 0)
        self.pool.size += 8 * len(counts) + _TERM_BYTES * (len(terms) - before)

    def _pool_positions(self, name: str, field, words: list[str]) -> None:
        """Pool the words of a text field: each word's positions, packed, as its value."""
        boost = field.format.field_boost
        self._pool_items(name, [(word, len(where), len(where) * boost, pack_positions(where))
                                for word, where in positions_of(words).items()])

    def _body_fields(self, joined: str, words: list[str]) -> None:
        """The fields derived from the body text, as :func:`archive.search.analysis.body_fields` gives them.

        Pair terms are a Frequency field (weight and value: how often the pair
        occurs; length: all pairs of the text); the folded words go to their column.
        """
        if self.pair_codes:
            counts = self.pair_codes.codes(words)     # pooled as codes, written as terms
            if counts:
                self._pool_counts(PAIRS_FIELD, counts, self.pair_codes.term)
            length = sum(counts.values())
            self._set_length(PAIRS_FIELD, length)
            self.perdoc.add_field(PAIRS_FIELD, self.schema[PAIRS_FIELD], None, length)
        if self.words_column is not None:
            self.perdoc.add_column_value(WORDS_FIELD, self.words_column, joined.encode("utf-8"))

    def _set_length(self, name: str, length: int) -> None:
        self._doc_lengths[name] = length
        column = self.lengths.get(name)
        if column is None:
            column = self.lengths[name] = bytearray()
        if len(column) <= self.docnum:
            column.extend(bytes(self.docnum + 1 - len(column)))
        column[self.docnum] = length_to_byte(length)

    # --- finishing ------------------------------------------------------------------

    def finish(self):
        """Write the postings and close the segment; the finished Whoosh segment, or None if empty."""
        if self.broken:
            raise RuntimeError("a document failed half-way: this builder can only be cancelled")
        try:
            self.perdoc.close()
            if not self.docnum:
                return None
            fieldwriter = self.codec.field_writer(self.storage, self.segment)
            self._write_postings(fieldwriter)
            fieldwriter.close()
        finally:
            self.pool.cleanup()
        self.segment.set_doc_count(self.docnum)
        return self.segment

    def cancel(self) -> None:
        """Give up: nothing is listed anywhere; the temporary runs are removed."""
        if not self.perdoc.is_closed:
            self.perdoc.close()
        self.pool.cleanup()

    def _write_postings(self, fieldwriter) -> None:
        write_postings(self.codec, fieldwriter, self.schema, self.pool.merged(), self.lengths,
                       whoosh_identical=self.whoosh_identical)
