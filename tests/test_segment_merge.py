"""The segment merger against the segment writer and against Whoosh's own merge.

A merged segment must be exactly what the bulk writer writes for the same
documents in one go (file for file, byte for byte), with deleted documents
left out; Whoosh's merge, the library's way, must read back the same
postings, but its field totals are rounded, which is why the archive merges
segments itself.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from whoosh import index as whoosh_index
from whoosh.index import TOC
from whoosh.reading import SegmentReader

from archive.search.schema import SCHEMA
from archive.search.segment_merge import MERGE_FACTOR, SMALLEST_CLASS, merge_segments, plan_merges, size_class
from archive.search.segment_writer import SegmentBuilder
from tests.test_segment_writer import PAIR_WORDS, invented_documents, postings, seed_documents, segment_files  # noqa: F401


def written(folder: Path, parts: list[list[dict]], *, limitmb: int = 64):
    """An index in ``folder`` with one segment per part, written by the bulk writer."""
    folder.mkdir()
    (folder / "MAIN.tmp").mkdir()
    ix = whoosh_index.create_in(str(folder), SCHEMA)
    segments = []
    for part in parts:
        builder = SegmentBuilder(ix, limitmb=limitmb, pair_words=PAIR_WORDS)
        for doc in part:
            builder.add(**doc)
        segments.append(builder.finish())
    TOC(ix.schema, segments, ix.latest_generation() + 1).write(ix.storage, ix.indexname)
    return whoosh_index.open_dir(str(folder))


def files_of(folder: Path, segment) -> dict[str, bytes]:
    prefix = segment.segment_id() + "."
    return {p.name[len(prefix):]: p.read_bytes() for p in folder.iterdir() if p.name.startswith(prefix)}


@pytest.fixture(scope="module")
def documents(seed_documents) -> list[dict]:
    return seed_documents + invented_documents(500, seed=3)


@pytest.mark.parametrize("cuts", [[250], [1, 2, 100, 400], [100, 101, 102, 103, 104]],
                         ids=["two", "uneven", "one-document segments"])
def test_a_merged_segment_is_byte_for_byte_the_one_written_in_one_go(tmp_path, documents, cuts):
    bounds = [0, *cuts, len(documents)]
    parts = [documents[a:b] for a, b in zip(bounds, bounds[1:])]
    many = written(tmp_path / "many", parts)
    merged = merge_segments(many, many._segments())
    one = written(tmp_path / "one", [documents])
    assert files_of(tmp_path / "many", merged) == segment_files(tmp_path / "one")
    assert merged._fieldlengths == one._segments()[0]._fieldlengths
    assert merged.doc_count() == len(documents)


def test_deleted_documents_are_left_out_exactly(tmp_path, documents):
    rng = random.Random(5)
    parts = [documents[:200], documents[200:380], documents[380:]]
    many = written(tmp_path / "many", parts, limitmb=0)     # runs: pieces of one term in several records
    segments = many._segments()
    gone: set[int] = set(rng.sample(range(len(documents)), 120)) | set(range(200, 380))  # one segment emptied
    offset = 0
    for segment, part in zip(segments, parts):
        for docnum in range(len(part)):
            if offset + docnum in gone:
                segment.delete_document(docnum)
        offset += len(part)
    merged = merge_segments(many, segments)
    kept = [doc for number, doc in enumerate(documents) if number not in gone]
    one = written(tmp_path / "one", [kept])
    assert files_of(tmp_path / "many", merged) == segment_files(tmp_path / "one")
    assert merged._fieldlengths == one._segments()[0]._fieldlengths


def test_nothing_kept_is_no_segment(tmp_path, documents):
    many = written(tmp_path / "many", [documents[:3]])
    segment = many._segments()[0]
    for docnum in range(3):
        segment.delete_document(docnum)
    assert merge_segments(many, [segment]) is None


def test_whoosh_merges_our_segments_to_the_same_postings_but_rounds_the_totals(tmp_path, documents):
    """Whoosh's merge of the writer's segments (which crashed on inlined postings of fields
    without values: the sixth single-article ingest) reads back what ours does; its field
    totals are sums of rounded lengths, ours are exact."""
    parts = [documents[i:i + 60] for i in range(0, len(documents), 60)]
    ours_ix = written(tmp_path / "ours", parts)
    ours = merge_segments(ours_ix, ours_ix._segments())
    theirs_ix = written(tmp_path / "theirs", parts)
    writer = theirs_ix.writer(procs=1, limitmb=64, compound=False)
    writer.commit(optimize=True)          # Whoosh's own merge of every segment
    theirs = whoosh_index.open_dir(str(tmp_path / "theirs"))._segments()
    assert len(theirs) == 1
    a = SegmentReader(ours_ix.storage, SCHEMA, ours)
    b = SegmentReader(theirs_ix.storage, SCHEMA, theirs[0])
    try:
        assert postings(a) == postings(b)
        assert list(a.all_stored_fields()) == list(b.all_stored_fields())
    finally:
        a.close()
        b.close()
    exact = written(tmp_path / "one", [documents])._segments()[0]._fieldlengths
    assert ours._fieldlengths == exact
    assert theirs[0]._fieldlengths["text"] != exact["text"]      # rounded lengths added up


# --- the policy ---------------------------------------------------------------------------


class FakeSegment:
    """A segment as the policy sees it: its kept documents, and whether it has deletions."""

    def __init__(self, kept: int, deleted: bool = False) -> None:
        self.kept, self.deleted = kept, deleted

    def doc_count(self) -> int:
        return self.kept

    def has_deletions(self) -> bool:
        return self.deleted


def apply(segments: list, groups: list[list]) -> list:
    result = [s for s in segments if not any(s in g for g in groups)]
    return result + [FakeSegment(sum(s.kept for s in g)) for g in groups if sum(s.kept for s in g)]


def test_the_policy_keeps_few_segments_and_rewrites_each_document_a_few_times():
    rng = random.Random(11)
    segments: list = []
    rewritten = added = 0
    most = 0
    for _ in range(3000):
        batch = rng.randint(1, 20)
        added += batch
        segments.append(FakeSegment(batch))
        groups = plan_merges(segments)
        rewritten += sum(s.kept for g in groups for s in g)
        segments = apply(segments, groups)
        most = max(most, len(segments))
        classes = [size_class(s.kept) for s in segments]
        assert all(classes.count(c) < MERGE_FACTOR for c in set(classes))
    assert sum(s.kept for s in segments) == added
    top = size_class(added)
    assert most <= (MERGE_FACTOR - 1) * (top + 1) + 1
    # About once per size class above the smallest; in the smallest (below SMALLEST_CLASS
    # documents) a few times more, in merges of at most MERGE_FACTOR * SMALLEST_CLASS documents.
    assert rewritten / added <= 2 * (top + 1)


def test_segments_with_deletions_are_always_rewritten():
    big, small, doomed = FakeSegment(50_000), FakeSegment(3), FakeSegment(40_000, deleted=True)
    groups = plan_merges([big, doomed, small])
    assert [doomed] in groups and not any(big in g for g in groups)
    assert plan_merges([FakeSegment(SMALLEST_CLASS)] * 1) == []
