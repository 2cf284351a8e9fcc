"""Reading postings a block at a time gives what Whoosh's matchers give, deletions included."""

from __future__ import annotations

from whoosh import index as whoosh_index
from whoosh.index import TOC
from whoosh.scoring import BM25F

from archive.search.schema import SCHEMA
from archive.search.phrases import fast_phrases
from archive.search.posting_lists import term_docs, term_values
from archive.search.ranking import ArchiveBM25F
from archive.search.queries import _parse
from archive.search.segment_writer import SegmentBuilder
from tests.test_segment_writer import invented_documents

PAIR_WORDS = frozenset("the of and a in to sea wall said board harbour".split())


def two_segment_index(folder, docs, deleted: int = 0):
    folder.mkdir()
    ix = whoosh_index.create_in(str(folder), SCHEMA)
    (folder / "MAIN.tmp").mkdir()
    segments = []
    for part in (docs[:len(docs) // 3], docs[len(docs) // 3:]):
        builder = SegmentBuilder(ix, limitmb=1, pair_words=PAIR_WORDS)
        for doc in part:
            builder.add(**doc)
        segments.append(builder.finish())
    TOC(ix.schema, segments, ix.latest_generation() + 1).write(ix.storage, ix.indexname)
    if deleted:
        with ix.writer() as writer:
            for doc in docs[::len(docs) // deleted]:
                writer.delete_by_term("id", doc["id"])
    return whoosh_index.open_dir(str(folder))


def test_term_documents_and_values_are_the_matchers_own(tmp_path):
    ix = two_segment_index(tmp_path / "ix", invented_documents(700, seed=21), deleted=30)
    with ix.reader() as reader:
        assert reader.has_deletions()
        checked, longest, inlined = 0, 0, 0
        for fieldname, term in reader.all_terms():
            if fieldname in ("text", "title", "standfirst", "text_pairs", "person", "id"):
                whoosh_ids = list(reader.postings(fieldname, term).all_ids())
                assert term_docs(reader, fieldname, term) == whoosh_ids, (fieldname, term)
                longest = max(longest, len(whoosh_ids))
                inlined += len(whoosh_ids) < 8
                if fieldname in ("title", "standfirst"):
                    assert term_values(reader, fieldname, term) == dict(reader.postings(fieldname, term).all_items())
                checked += 1
        assert checked > 1000 and longest > 300 and inlined > 100   # many blocks, and inlined terms
        assert term_docs(reader, "text", "no-such-word") == [] and term_values(reader, "title", "nope") == {}


def test_bm25f_with_cached_lengths_scores_as_whoosh_does(tmp_path):
    ix = two_segment_index(tmp_path / "ix", invented_documents(600, seed=22))
    for text in ("harbour", "sea OR wall", "sea AND board", "title:council", '"sea wall"', "quill3 OR the"):
        with ix.searcher(weighting=BM25F()) as plain, ix.searcher(weighting=ArchiveBM25F()) as cached:
            query = fast_phrases(_parse(ix.schema, text), PAIR_WORDS)
            theirs = [(hit.docnum, hit.score) for hit in plain.search(query, limit=50)]
            ours = [(hit.docnum, hit.score) for hit in cached.search(query, limit=50)]
            assert theirs, text
            assert [d for d, _ in ours] == [d for d, _ in theirs], text
            assert all(abs(a - b) < 1e-9 for (_, a), (_, b) in zip(ours, theirs)), text
