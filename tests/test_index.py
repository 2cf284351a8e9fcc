"""The search index on real bags: the seeds and the repo's samples, ingested for real."""

from __future__ import annotations

from pathlib import Path

import pytest
from whoosh import index as whoosh_index
from whoosh.qparser import QueryParser
from whoosh.query import Every, Term

import archive.search.index_build as index_build
from archive.preservation.catalog import bag_dirs, load_item
from archive.errors import ArchiveError
from archive.search.index import (
    CURRENT_NAME,
    current_folder,
    indexed_ids,
    open_index,
)
from archive.search.index_update import index_items
from archive.search.reindex import reindex
from archive.preservation.ingest import ingest
from archive.description.name_keys import name_key
from archive.search.searching import search

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "ingest" / "samples"


@pytest.fixture
def seeded(root, seeds):
    ingest(root, [seeds])
    return root


def seed_id(root, prefix: str) -> str:
    """The item id of the seed whose original file name starts with ``prefix``."""
    [found] = [b.name for b in bag_dirs(root) if load_item(b).original_name.startswith(prefix)]
    return found


def doc_count(root) -> int:
    ix = open_index(root)
    with ix.searcher() as searcher:
        return searcher.doc_count()


def stored(root, item_id: str) -> dict:
    ix = open_index(root)
    with ix.searcher() as searcher:
        return dict(searcher.document(id=item_id))


def builds(root) -> list[str]:
    return sorted(p.name for p in root.index.iterdir() if p.name.startswith("build-"))


def test_no_index_yet(root):
    with pytest.raises(ArchiveError, match="no index yet: run archive reindex"):
        open_index(root)


def test_reindex_the_seeds(seeded):
    report = reindex(seeded)
    assert report.indexed == 5 and report.failed == 0 and report.failures == []
    assert report.seconds >= 0
    assert doc_count(seeded) == 5
    assert (seeded.index / CURRENT_NAME).read_text().strip() == report.folder
    ids = indexed_ids(seeded)
    assert set(ids) == {b.name for b in bag_dirs(seeded)}
    assert all(len(sha) == 64 and sha.startswith(i) for i, sha in ids.items())


def test_second_reindex_publishes_a_new_folder_and_removes_the_old(seeded):
    first = reindex(seeded)
    assert builds(seeded) == [first.folder]
    second = reindex(seeded)
    assert second.folder != first.folder
    assert builds(seeded) == [second.folder]
    assert current_folder(seeded).name == second.folder
    assert doc_count(seeded) == 5


def test_the_old_index_answers_while_a_reindex_builds(seeded, monkeypatch):
    old = reindex(seeded).folder
    before = open_index(seeded)                       # a reader opened before the reindex
    seen_during_build = []
    real_derive = index_build.derive_records

    def watching_derive(item):
        # mid-build: CURRENT still names the old, complete index, and it answers
        seen_during_build.append((current_folder(seeded).name, doc_count(seeded)))
        return real_derive(item)

    monkeypatch.setattr(index_build, "derive_records", watching_derive)
    with before.searcher() as searcher:
        new = reindex(seeded).folder
        assert searcher.search(Every()).scored_length() == 5   # still answers on the old files
    assert seen_during_build and all(s == (old, 5) for s in seen_during_build)
    assert (seeded.index / CURRENT_NAME).read_text().strip() == new
    assert whoosh_index.exists_in(str(seeded.index / new))
    assert doc_count(seeded) == 5


def test_a_failing_bag_is_reported_not_fatal(seeded):
    victim = next(bag_dirs(seeded))
    (victim / "metadata" / "provenance.json").write_text("not json", encoding="utf-8")
    report = reindex(seeded)
    assert report.indexed == 4 and report.failed == 1
    assert report.failures[0][0] == victim.name and "provenance.json" in report.failures[0][1]
    assert doc_count(seeded) == 4


def test_index_items_adds_a_new_bag_without_duplicates(seeded, inbox):
    reindex(seeded)
    (inbox / "new-article.txt").write_text(
        "Almaty, 3 March 2005 -- Mukhtar Ablyazov spoke to reporters today.\n", encoding="utf-8")
    before = set(indexed_ids(seeded))
    ingest(seeded, [inbox])
    [new_id] = {b.name for b in bag_dirs(seeded)} - before
    first = index_items(seeded, [new_id, new_id])     # duplicated ids are written once
    assert first.indexed == 1 and first.failed == 0
    second = index_items(seeded, [new_id])            # and again: replaced, not added
    assert second.indexed == 1
    assert doc_count(seeded) == 6
    assert set(indexed_ids(seeded)) == before | {new_id}
    ix = open_index(seeded)
    with ix.searcher() as searcher:
        assert len(searcher.search(Term("id", new_id))) == 1


def test_index_items_without_an_index_does_a_full_reindex(seeded):
    report = index_items(seeded, [next(bag_dirs(seeded)).name])
    assert report.indexed == 5
    assert doc_count(seeded) == 5


def test_index_items_reports_bad_ids(seeded):
    reindex(seeded)
    report = index_items(seeded, ["../../etc", "0123456789abcdef"])
    assert report.indexed == 0 and report.failed == 2
    assert doc_count(seeded) == 5


def test_restricted_flag_is_stored(root):
    ingest(root, [SAMPLES])
    reindex(root)
    ix = open_index(root)
    with ix.searcher() as searcher:
        restricted = [f for f in searcher.all_stored_fields() if f["restricted"]]
        assert len(restricted) == 1
        assert restricted[0]["language"] == "ru"
        assert len(searcher.search(Term("restricted", True))) == 1
        assert searcher.doc_count() == len(list(bag_dirs(root)))


def test_person_key_finds_the_ablyazov_articles(seeded):
    reindex(seeded)
    ix = open_index(seeded)
    with ix.searcher() as searcher:
        assert len(searcher.search(Term("person", name_key("Ablyazov")), limit=None)) == 4
        assert len(searcher.search(Term("person", name_key("Abliyazov")), limit=None)) == 4
        assert len(searcher.search(Term("person", name_key("Mukhtar Ablyazov")), limit=None)) >= 1


def test_publication_dates(seeded):
    reindex(seeded)
    first = stored(seeded, seed_id(seeded, "001_"))
    assert first["pub_earliest"] == first["pub_latest"] == 20040406
    assert first["pub_year"] == "2004" and first["undated"] is False
    assert first["pub_edtf"] == "2004-04-06" and first["pub_source"] == "dateline"
    for prefix in ("000_", "002_", "003_", "004_"):
        doc = stored(seeded, seed_id(seeded, prefix))
        assert doc["undated"] is True and "pub_earliest" not in doc, prefix
    ix = open_index(seeded)
    with ix.searcher() as searcher:
        assert len(searcher.search(Term("undated", True))) == 4


def test_text_search_folds_case_and_accents(root, inbox):
    (inbox / "cafe.txt").write_text("Un CAFÉ à Almaty.\n", encoding="utf-8")
    ingest(root, [inbox])
    reindex(root)
    ix = open_index(root)
    with ix.searcher() as searcher:
        query = QueryParser("text", ix.schema).parse("cafe")
        assert len(searcher.search(query)) == 1


@pytest.mark.parametrize("chunk", [100, 7])
def test_a_large_archive_is_derived_in_worker_processes_with_failures_reported(root, inbox, chunk,
                                                                               monkeypatch):
    """From PARALLEL_MIN_BAGS bags on, derivation runs in workers; results must be the same.

    Bags are handed out in chunks: one chunk for all (one worker writes every
    document, the other nothing), or many (every worker writes a segment)."""
    from archive.search.index_build import PARALLEL_MIN_BAGS
    monkeypatch.setattr(index_build, "CHUNK_BAGS", chunk)
    count = PARALLEL_MIN_BAGS + 6
    for number in range(count):
        (inbox / f"note-{number:03d}.txt").write_text(
            f"Almaty, {1 + number % 28} March 2005 -- Invented note {number}. "
            "Opposition leader Galymzhan Zhakiyanov spoke to reporters.\n", encoding="utf-8")
    ingest(root, [inbox])
    victim = next(bag_dirs(root))
    (victim / "metadata" / "provenance.json").chmod(0o644)
    (victim / "metadata" / "provenance.json").write_text("not json", encoding="utf-8")
    report = reindex(root)
    assert (report.indexed, report.failed) == (count - 1, 1)
    assert report.failures[0][0] == victim.name
    assert set(indexed_ids(root)) == {bag.name for bag in bag_dirs(root)} - {victim.name}
    assert doc_count(root) == count - 1
    segments = open_index(root).reader().leaf_readers()
    workers = index_build.default_workers(count, PARALLEL_MIN_BAGS)
    # One chunk: one worker has every document. Many: each worker adds several chunks to its
    # own segment (a worker that happened to get none writes no segment).
    assert len(segments) == 1 if chunk >= count else 1 <= len(segments) <= workers
    from archive.search.searching import search
    assert search(root, '"Galymzhan Zhakiyanov"').total == count - 1


def test_a_build_runs_with_the_collector_tuned_and_puts_it_back(seeded, inbox, tmp_path, monkeypatch):
    """Builds raise the young-generation threshold (full collections cost a worker 3 s in 35);
    in this process only for the build, in a worker for its life; frozen objects there."""
    import gc
    import os
    from archive.search.index_build import BULK_GC_THRESHOLD, PARALLEL_MIN_BAGS
    seen = tmp_path / "seen"
    real_derive = index_build.derive_records

    def watching_derive(item):
        with open(seen, "a", encoding="utf-8") as handle:
            handle.write(f"{os.getpid()} {gc.get_threshold()[0]} {gc.get_freeze_count() > 0}\n")
        return real_derive(item)

    monkeypatch.setattr(index_build, "derive_records", watching_derive)
    before = gc.get_threshold()
    reindex(seeded)                                   # 5 bags: built in this process
    lines = seen.read_text(encoding="utf-8").split("\n")[:-1]
    assert lines and set(lines) == {f"{os.getpid()} {BULK_GC_THRESHOLD} False"}
    assert gc.get_threshold() == before
    seen.unlink()
    for number in range(PARALLEL_MIN_BAGS):
        (inbox / f"note-{number:03d}.txt").write_text(f"Note {number}\n\nA short note.\n", encoding="utf-8")
    ingest(seeded, [inbox])
    assert reindex(seeded).indexed == PARALLEL_MIN_BAGS + 5
    workers = {line.split()[0]: line.split(maxsplit=1)[1]
               for line in seen.read_text(encoding="utf-8").split("\n")[:-1]}
    assert str(os.getpid()) not in workers
    assert set(workers.values()) == {f"{BULK_GC_THRESHOLD} True"}
    assert gc.get_threshold() == before


def test_workers_spilling_postings_at_the_same_time_keep_their_runs_apart(root, inbox, monkeypatch):
    """Every worker spills its pool to runs in the one temporary folder of the build; forked
    from one parent, they must still never write (or read) each other's runs."""
    from archive.search.index_build import PARALLEL_MIN_BAGS
    monkeypatch.setattr(index_build, "CHUNK_BAGS", 5)
    monkeypatch.setattr(index_build, "BUILDER_LIMIT_MB", 0)      # a run after every document
    count = PARALLEL_MIN_BAGS + 6
    for number in range(count):
        (inbox / f"note-{number:03d}.txt").write_text(
            f"Note {number}\n\nThe word quill{number}x is in this note only.\n", encoding="utf-8")
    ingest(root, [inbox])
    assert reindex(root).indexed == count
    for number in range(count):
        result = search(root, f"quill{number}x")
        assert [hit.title for hit in result.hits] == [f"Note {number}"]
    assert search(root, "quill").total == 0 and search(root, "note").total == count


def test_indexing_many_new_bags_after_an_ingest_uses_the_same_workers(seeded, tmp_path):
    from archive.search.index_build import PARALLEL_MIN_BAGS
    reindex(seeded)                                        # an index of the five seeds exists
    folder = tmp_path / "more"
    folder.mkdir()
    for number in range(PARALLEL_MIN_BAGS + 2):
        (folder / f"more-{number:03d}.txt").write_text(f"Invented item {number} about a ferry.\n")
    new_ids = [o.id for o in ingest(seeded, [folder]).outcomes]
    report = index_items(seeded, new_ids + new_ids[:3])   # repeats must not duplicate
    assert (report.indexed, report.failed) == (len(new_ids), 0)
    assert len(indexed_ids(seeded)) == 5 + len(new_ids) == doc_count(seeded)


def test_an_index_this_version_cannot_read_is_a_clear_error_and_an_ingest_rebuilds_it(
        root, inbox, tmp_path, monkeypatch):
    """Whoosh pickles the analyzers into the TOC; one naming a class that is gone must not
    give a traceback. Search says to reindex; the next ingest rebuilds the index itself."""
    import sys

    from whoosh import index as whoosh_index
    from whoosh.fields import TEXT, Schema

    from archive.errors import IndexUnreadable
    from archive.search.index import current_folder
    from archive.search.intake import ingest_and_index
    from archive.search.reindex import reindex
    from archive.search.searching import search
    from web import create_app

    (inbox / "a.txt").write_text("Harbour news\n\nThe quarrybrook ferry sails today.\n", encoding="utf-8")
    ingest_and_index(root, [inbox])
    folder = current_folder(root)
    # An index whose schema names a class from a module that will be gone.
    (tmp_path / "gone_module.py").write_text(
        "from whoosh.analysis import RegexTokenizer\nclass GoneTokenizer(RegexTokenizer):\n    pass\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    import gone_module
    whoosh_index.create_in(str(folder), Schema(text=TEXT(analyzer=gone_module.GoneTokenizer())))
    del sys.modules["gone_module"]
    (tmp_path / "gone_module.py").unlink()

    with pytest.raises(IndexUnreadable, match="archive reindex"):
        search(root, "quarrybrook")
    response = create_app({"ARCHIVE_ROOT": str(root.path)}).test_client().get("/search?q=quarrybrook")
    assert response.status_code == 503 and b"archive reindex" in response.data

    more = tmp_path / "more"
    more.mkdir()
    (more / "b.txt").write_text("Council news\n\nThe tidewater plan passed.\n", encoding="utf-8")
    ingest_and_index(root, [more])          # the unreadable index is rebuilt from the bags
    assert search(root, "quarrybrook").total == 1 and search(root, "tidewater").total == 1
    assert reindex(root).indexed == 2


@pytest.mark.parametrize("meta", [None, "not json", '{"format": 1, "pair_words": [], "pair_articles": 0}',
                                  '{"format": 2, "pair_words": 5}'])
def test_a_build_without_readable_index_facts_is_a_clear_error_and_an_ingest_rebuilds_it(
        root, inbox, tmp_path, meta):
    from archive.errors import IndexUnreadable
    from archive.search.index import BUILD_META, current_folder
    from archive.search.intake import ingest_and_index
    from archive.search.searching import search

    (inbox / "a.txt").write_text("Harbour news\n\nThe quarrybrook ferry sails today.\n", encoding="utf-8")
    ingest_and_index(root, [inbox])
    facts = current_folder(root) / BUILD_META
    if meta is None:
        facts.unlink()
    else:
        facts.write_text(meta, encoding="utf-8")
    with pytest.raises(IndexUnreadable, match="archive reindex"):
        search(root, "quarrybrook")
    more = tmp_path / "more"
    more.mkdir()
    (more / "b.txt").write_text("Council news\n\nThe tidewater plan passed.\n", encoding="utf-8")
    ingest_and_index(root, [more])
    assert search(root, '"quarrybrook ferry"').total == 1 and search(root, "tidewater").total == 1
