"""Ranking: Whoosh's BM25F, with field lengths read from an array kept per segment.

Whoosh's BM25F scorer asks the reader for each scored document's field length
(a column look-up through three layers of Python calls), which is most of the
time of ranking a large result set. :class:`ArchiveBM25F` gives the same
scores (same formula, same quantised lengths) with the lengths of a segment's
field loaded once into an array, kept on that segment's reader for as long
as the searcher that holds it.
"""

from __future__ import annotations

from whoosh.codec.whoosh3 import LENGTHS_COLUMN
from whoosh.scoring import BM25F, BM25FScorer
from whoosh.util.numeric import byte_to_length

__all__ = ["ArchiveBM25F", "length_bytes", "length_of_byte"]

#: Length byte -> the length Whoosh reads for it.
_LENGTHS = [byte_to_length(b) for b in range(256)]


def length_of_byte(byte: int) -> int:
    """The field length Whoosh reads for a stored length byte."""
    return _LENGTHS[byte]


def length_bytes(reader, fieldname: str):
    """The field's length byte of every document of one segment reader, cached on the reader."""
    cache = reader.__dict__.setdefault("_archive_length_bytes", {})
    if fieldname not in cache:
        perdoc = getattr(reader, "_perdoc", None)
        column = perdoc._cached_reader(f"_{fieldname}_len", LENGTHS_COLUMN) if perdoc is not None else None
        if column is None:
            cache[fieldname] = None
        else:
            loaded = column.load()
            missing = reader.doc_count_all() - len(loaded)
            if missing > 0:
                loaded.extend([0] * missing)
            cache[fieldname] = loaded
    return cache[fieldname]


class ArchiveBM25F(BM25F):
    """BM25F whose scorers read field lengths from :func:`length_bytes`."""

    def scorer(self, searcher, fieldname, text, qf=1):
        scorer = super().scorer(searcher, fieldname, text, qf=qf)
        if isinstance(scorer, BM25FScorer):
            lengths = length_bytes(searcher.reader(), fieldname)
            if lengths is not None:
                table = _LENGTHS
                scorer.dfl = lambda docnum: table[lengths[docnum]]
        return scorer
