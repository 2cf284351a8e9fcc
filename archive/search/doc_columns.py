"""A column's values by document number, across every segment of an index, whatever they hold.

Whoosh's ``MultiReader.column_reader`` leaves out the segments that have no
file for the column (a segment whose articles are all undated has no
``pub_earliest`` column) and then numbers the documents of the rest as if
those segments were not there: iterating gives a list shorter than the index,
and looking a document up can answer another document's value or raise
``IndexError``. Found by the index's long-run test once incremental updates
left such small segments in the index. Here each segment answers for its own
documents, with ``default`` for a segment without the column.
"""

from __future__ import annotations

from bisect import bisect_right

__all__ = ["DocColumn", "column_values"]


def _leaves(reader) -> list[tuple[object, int]]:
    return list(reader.leaf_readers()) if hasattr(reader, "leaf_readers") else [(reader, 0)]


def column_values(reader, name: str, default=None) -> list:
    """docnum -> the column's value, for every document of ``reader`` (deleted ones included)."""
    values: list = []
    for leaf, _ in _leaves(reader):
        if leaf.has_column(name):
            values.extend(leaf.column_reader(name))
        else:
            values.extend([default] * leaf.doc_count_all())
    return values


class DocColumn:
    """``column[docnum]`` across segments, reading one value at a time (for a few look-ups)."""

    def __init__(self, reader, name: str, default=None) -> None:
        leaves = _leaves(reader)
        self.offsets = [offset for _, offset in leaves]
        self.columns = [leaf.column_reader(name) if leaf.has_column(name) else None for leaf, _ in leaves]
        self.default = default

    def __getitem__(self, docnum: int):
        number = bisect_right(self.offsets, docnum) - 1
        column = self.columns[number]
        return self.default if column is None else column[docnum - self.offsets[number]]
