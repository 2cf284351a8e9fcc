"""``archive check``: differences between bags and index are found, and repaired from the bags."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from whoosh import index as whoosh_index

from archive.preservation.catalog import bag_dirs
from archive.search.consistency import check
from archive.search.index import current_folder, indexed_ids
from archive.search.reindex import reindex
from archive.preservation.ingest import ingest
from archive.preservation.root import ArchiveRoot
from conftest import snapshot


def _damage_index_checksum(root: ArchiveRoot, item_id: str) -> None:
    """Record a wrong SHA-256 for one entry, as a stale or tampered index would."""
    ix = whoosh_index.open_dir(str(current_folder(root)))
    with ix.searcher() as searcher:
        stored = dict(searcher.document(id=item_id))
    writer = ix.writer()
    writer.update_document(**{**stored, "sha256": "0" * 64})
    writer.commit()


def test_a_fresh_index_is_consistent(root: ArchiveRoot, seeds: Path, cli) -> None:
    ingest(root, [seeds])
    reindex(root)
    report = check(root)
    assert report.consistent and (report.bags, report.indexed) == (5, 5)
    result = cli("check", "--json")
    assert result.exit_code == 0 and json.loads(result.output)["consistent"] is True


def test_missing_orphan_and_mismatched_entries_are_found_and_repaired(
        root: ArchiveRoot, seeds: Path, inbox: Path, cli) -> None:
    ingest(root, [seeds])
    reindex(root)
    (inbox / "late.txt").write_text("An invented article archived after the index was built.\n")
    late = ingest(root, [inbox]).outcomes[0].id                      # in the bags, not the index
    gone = next(bag for bag in bag_dirs(root) if bag.name != late)   # in the index, not the bags
    shutil.rmtree(gone)
    stale = next(bag.name for bag in bag_dirs(root) if bag.name != late)
    _damage_index_checksum(root, stale)

    report = check(root)
    assert (report.missing, report.orphans, report.mismatched) == ([late], [gone.name], [stale])
    result = cli("check")
    assert result.exit_code == 1
    for expected in (f"missing from the index: {late}", f"in the index with no bag: {gone.name}",
                     f"indexed with another checksum: {stale}"):
        assert expected in result.output

    before = snapshot(root)
    repaired = cli("check", "--repair")
    assert repaired.exit_code == 0 and "consistent (after repair)" in repaired.output
    assert snapshot(root) == before, "a repair never touches a bag"
    assert set(indexed_ids(root)) == {bag.name for bag in bag_dirs(root)}


def test_check_without_an_index_says_how_to_make_one(root: ArchiveRoot, cli) -> None:
    result = cli("check")
    assert result.exit_code == 1 and "archive reindex" in result.output


def test_reindex_command_reports_what_it_indexed(root: ArchiveRoot, seeds: Path, cli) -> None:
    ingest(root, [seeds])
    result = cli("reindex", "--json")
    assert result.exit_code == 0
    report = json.loads(result.output)
    assert report["indexed"] == 5 and report["failed"] == 0 and report["index"].startswith("build-")
