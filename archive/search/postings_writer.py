"""Writing a segment's postings, term by term, from records sorted by field and term.

Both ways the archive makes a segment end here: the bulk writer
(:mod:`archive.search.segment_writer`), whose records come from its pool of new
documents, and the merger (:mod:`archive.search.segment_merge`), whose records come
from the posting lists of the segments it merges. A *record* is one piece of a
term's postings, already in the new segment's document numbers:

    (field name, term, documents, weights, values)

``documents`` are native unsigned ints and ``weights`` native floats, as
``array("I")`` and ``array("f")`` hold them (bytes); ``values`` are the
joined 4-byte values of a Frequency field, a list of bytes for a field with
values of any size (packed positions), or nothing for a field without values.
A term may come in several records (one per run, or per merged segment), in
document order.

The postings go to Whoosh's ``W3PostingsWriter`` a whole block at a time (its
helpers that minify a block are replaced by equivalent faster ones), and a
term with fewer postings than :data:`INLINE_LIMIT` is written straight into
its term-table row (:func:`_inline_term`), as Whoosh's format allows but its
writer never does. With ``whoosh_identical`` every block is written as
Whoosh's own writer writes it (compressed, nothing inlined): the files are
then byte for byte Whoosh's, which the tests check.
"""

from __future__ import annotations

import operator
from array import array
from collections.abc import Iterable
from itertools import chain, groupby

from whoosh.codec.whoosh3 import W3PostingsWriter, W3TermInfo
from whoosh.system import pack_ushort
from whoosh.util.numeric import byte_to_length

__all__ = ["BYTES_VALUES", "INLINE_LIMIT", "NO_VALUES", "SMALL_BLOCK", "WORD_VALUES", "value_kind",
           "write_postings"]

#: How a field's posting values are held: none (Existence), 4-byte words joined in one
#: bytes (Frequency: Whoosh packs the frequency as a big-endian unsigned int), or a list of bytes.
NO_VALUES, WORD_VALUES, BYTES_VALUES = "none", "words", "bytes"
#: Blocks with fewer postings than this are written uncompressed, and terms with fewer
#: postings than INLINE_LIMIT are kept in the term table (see _inline_term).
SMALL_BLOCK = 16
INLINE_LIMIT = 8
#: A record's (field, term): what records are grouped by.
FIELD_AND_TERM = operator.itemgetter(0, 1)


def value_kind(field) -> str:
    """How the posting values of ``field`` are held in records (see the module notes)."""
    size = field.format.fixed_value_size()
    if size == 0:
        return NO_VALUES
    if size == 4:
        return WORD_VALUES
    return BYTES_VALUES


class _BlockPostingsWriter(W3PostingsWriter):
    """Whoosh's postings writer, handed a whole block at a time instead of one posting.

    The block is set exactly as ``add_posting`` would have left it after adding
    each posting of it, then written by Whoosh's own ``_write_block``.

    ``small_blocks_plain``: leave blocks of fewer than :data:`SMALL_BLOCK`
    postings uncompressed (the block header says so, and Whoosh's reader
    follows it). Whoosh means to skip compressing tiny blocks but compresses
    every block (the check is overwritten on the next line); most terms have a
    block of a few postings, where zlib costs more than it saves, writing and
    reading. With every block compressed, the postings are byte for byte
    Whoosh's. It never inlines a term's postings in the term table (Whoosh's
    limit of 1): the terms small enough for that are written by
    :func:`_inline_term` without it.
    """

    def __init__(self, postfile, *, blocklimit: int, compression: int, small_blocks_plain: bool) -> None:
        super().__init__(postfile, blocklimit=blocklimit, compression=compression, inlinelimit=1)
        self._level = compression
        self._small_plain = small_blocks_plain

    def _write_block(self, last=False):
        if self._small_plain:
            self._compression = self._level if len(self._ids) >= SMALL_BLOCK else 0
        super()._write_block(last)

    def set_block(self, ids: array, weights: array, values, min_length: int | None,
                  max_length: int) -> None:
        """Make ``ids`` (at most the block limit) the buffered block; a block buffered before is written first.

        ``values``: a list of bytes, the fixed-size values already joined (bytes),
        or an empty list. ``min_length``/``max_length``: the shortest and
        longest field length of the block's documents (None and 0 for none).
        """
        if self._ids:
            self._write_block()
        self._ids = ids
        self._weights = weights
        self._values = values
        self._maxweight = max(0, max(weights))
        self._minlength = min_length
        self._maxlength = max_length

    def _mini_ids(self):
        ids = self._ids   # the same tuple as whoosh.util.numlists.delta_encode gives
        return tuple(map(operator.sub, ids, chain((0,), ids)))

    def _mini_weights(self):
        weights = self._weights
        first = weights[0]
        if weights.count(first) == len(weights):
            return None if first == 1.0 else first
        return tuple(weights)

    def _mini_values(self):
        if isinstance(self._values, bytes):
            return self._values     # fixed-size values, joined as Whoosh joins them
        return super()._mini_values()


def write_postings(codec, fieldwriter, schema, records: Iterable[tuple], lengths: dict[str, bytearray],
                   *, whoosh_identical: bool) -> None:
    """Write every term of ``records`` (sorted by field and term) through ``fieldwriter``.

    ``lengths``: each scorable field's length byte per document of the new
    segment (for the shortest and longest length of a block and a term).
    """
    inline_below = codec._inlinelimit if whoosh_identical else INLINE_LIMIT
    current_field = None
    for (fieldname, term), pieces in groupby(records, FIELD_AND_TERM):
        if fieldname != current_field:
            if current_field is not None:
                fieldwriter.finish_field()
            current_field = fieldname
            fieldwriter.start_field(fieldname, schema[fieldname])
            postings = _BlockPostingsWriter(
                fieldwriter._postfile, blocklimit=codec._blocklimit, compression=codec._compression,
                small_blocks_plain=not whoosh_identical)
            fieldwriter._postwriter = postings
            field_lengths = lengths.get(fieldname)
            kind = value_kind(schema[fieldname])
        btext = term.encode("utf-8") if isinstance(term, str) else term
        pieces = list(pieces)    # more than one if the postings come from several runs or segments
        if sum(len(piece[2]) for piece in pieces) < 4 * inline_below:
            _inline_term(fieldwriter, btext, pieces, field_lengths, kind)
            continue
        fieldwriter.start_term(btext)
        block = _Block(fieldwriter, postings, field_lengths, kind)
        for _, _, docs, weights, values in pieces:
            block.extend(docs, weights, values)
        block.finish()
    if current_field is not None:
        fieldwriter.finish_field()


def _length_bounds(lengths: bytearray | None, docs) -> tuple[int | None, int]:
    """The shortest and longest field length of the documents ``docs`` (None and 0 for none)."""
    if lengths is None:
        return None, 0
    # Length bytes order as lengths do; a zero byte is "no length", as Whoosh reads it.
    present = bytes(map(lengths.__getitem__, docs)).replace(b"\0", b"")
    if not present:
        return None, 0
    return byte_to_length(min(present)), byte_to_length(max(present))


def _inline_term(fieldwriter, btext: bytes, pieces: list[tuple], lengths: bytearray | None, kind: str) -> None:
    """Write a term of fewer postings than the inline limit: its row of the term table, postings in it.

    ``pieces``: the term's records, in order. Whoosh's inlined postings, read
    by its ``ListMatcher``; Whoosh's own writer never writes them (its
    inlining calls a method its term info lacks, and its default limit of 1
    never reaches it). Most terms are this small; the block machinery cost
    about as much again per term as the writing itself.
    """
    ids = array("I")
    scores = array("f")
    for _, _, docs, weights, _ in pieces:
        ids.frombytes(docs)
        scores.frombytes(weights)
    if kind == WORD_VALUES:
        joined = b"".join(piece[4] for piece in pieces)
        kept = tuple(joined[i:i + 4] for i in range(0, len(joined), 4))
    elif kind == BYTES_VALUES:
        kept = tuple(chain.from_iterable(piece[4] for piece in pieces))
    else:
        # One None per posting, as Whoosh's block reader answers for a field without
        # values. An empty tuple made its ListMatcher answer "" (a str), which
        # Whoosh's merge refused (``assert isinstance(vbytes, bytes)``): the crash
        # of the sixth single-article ingest.
        kept = (None,) * len(ids)
    shortest, longest = _length_bounds(lengths, ids)
    info = W3TermInfo(weight=sum(scores), df=len(ids), minlength=shortest, maxlength=max(0, longest),
                      maxweight=max(0, max(scores)), minid=ids[0], maxid=ids[-1])
    info._inlined = (tuple(ids), tuple(scores), kept)
    fieldwriter._tindex.add(pack_ushort(fieldwriter._fieldid) + btext, info.to_bytes())


class _Block:
    """The postings of one term on their way to the writer, a block of 128 at a time."""

    def __init__(self, fieldwriter, postings: _BlockPostingsWriter, lengths: bytearray | None,
                 kind: str) -> None:
        self.fieldwriter = fieldwriter
        self.postings = postings
        self.limit = postings._blocklimit
        self.lengths = lengths
        self.kind = kind
        self.docs = array("I")
        self.weights = array("f")
        self.values: bytearray | list = bytearray() if kind == WORD_VALUES else []

    def extend(self, docs: bytes, weights: bytes, values) -> None:
        self.docs.frombytes(docs)
        self.weights.frombytes(weights)
        if self.kind != NO_VALUES:
            self.values += values
        while len(self.docs) > self.limit:    # keep the last (maybe full) block for finish()
            self._hand_over(self.limit)

    def _hand_over(self, count: int) -> None:
        docs, weights = self.docs[:count], self.weights[:count]
        del self.docs[:count], self.weights[:count]
        if self.kind == WORD_VALUES:
            values = bytes(self.values[:4 * count])
            del self.values[:4 * count]
        elif self.kind == BYTES_VALUES:
            values = self.values[:count]
            del self.values[:count]
        else:
            values = []
        shortest, longest = _length_bounds(self.lengths, docs)
        self.postings.set_block(docs, weights, values, shortest, longest)

    def finish(self) -> None:
        self._hand_over(len(self.docs))
        self.fieldwriter.finish_term()
