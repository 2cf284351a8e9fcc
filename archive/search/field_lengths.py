"""Each document's exact field lengths, kept in a column so that merged segments stay exact.

BM25F divides a document's field length by the field's *average* length,
which Whoosh works out from each segment's exact total (kept in the TOC). Per
document it keeps only a length byte, which is exact up to a few dozen words
and then rounds (a body text of 600 words reads back as 576 or 640). So a
segment rewritten from another (a merge, or one that drops deleted
documents) cannot know its exact totals from the length bytes: Whoosh's own
merge adds up the rounded lengths, and its scores then differ from those of
an index built from the bags in one go.

The archive keeps the exact lengths of every scorable field in the column
:data:`LENGTHS_FIELD` (fixed-size little-endian unsigned ints, one per
scorable field in name order), written with each document by the segment
writer and copied by the merger, which hands them to Whoosh's per-document
writer as the writer of the document did. Totals after any merge are then the
totals of the documents kept, to the word.
"""

from __future__ import annotations

from struct import Struct

from whoosh.columns import VarBytesColumn
from whoosh.fields import COLUMN

__all__ = ["LENGTHS_FIELD", "ExactLengths", "lengths_field"]

#: The column of exact field lengths (given by the writer, never by a caller).
LENGTHS_FIELD = "field_lengths"


def lengths_field() -> COLUMN:
    """:data:`LENGTHS_FIELD`: a column of packed exact lengths (see :class:`ExactLengths`)."""
    return COLUMN(VarBytesColumn())


class ExactLengths:
    """Packing a document's exact lengths for one schema, and unpacking them again."""

    def __init__(self, schema) -> None:
        self.names = sorted(name for name in schema.names()
                            if schema[name].scorable and name != LENGTHS_FIELD)
        self.struct = Struct(f"<{len(self.names)}I")

    def pack(self, lengths: dict[str, int]) -> bytes:
        """The column value of a document whose scorable fields have these lengths (absent: 0)."""
        return self.struct.pack(*(lengths.get(name, 0) for name in self.names))

    def unpack(self, value: bytes) -> list[tuple[str, int]]:
        """(field, length) of each scorable field the document has (a length above 0)."""
        if not value:
            return []
        return [(name, length) for name, length in zip(self.names, self.struct.unpack(value)) if length]

    def of_fields(self, schema, fields: dict) -> bytes:
        """The column value of a document given to Whoosh's own writer: each field's
        length as Whoosh counts it (the sum of its terms' frequencies)."""
        lengths = {}
        for name in self.names:
            value = fields.get(name)
            if value is not None:
                lengths[name] = sum(freq for _, freq, _, _ in schema[name].index(value))
        return self.pack(lengths)
