"""The five real seed articles: five valid bags, and a second run changes nothing."""

from __future__ import annotations

import hashlib
from pathlib import Path

from archive.preservation.catalog import get_item, list_items
from archive.preservation.ingest import ARCHIVED, DUPLICATE, ingest
from archive.preservation.root import ArchiveRoot
from conftest import assert_valid_bags, snapshot


def test_seeds_become_five_valid_bags_and_reingest_changes_nothing(root: ArchiveRoot, seeds: Path) -> None:
    first = ingest(root, [seeds])
    assert [o.status for o in first.outcomes] == [ARCHIVED] * 5
    bags = assert_valid_bags(root)
    assert len(bags) == 5
    before = snapshot(root)

    second = ingest(root, [seeds])
    assert [o.status for o in second.outcomes] == [DUPLICATE] * 5
    assert [o.id for o in second.outcomes] == [o.id for o in first.outcomes]
    assert snapshot(root) == before
    assert first.exit_code == second.exit_code == 0


def test_each_bag_holds_the_exact_original_bytes(root: ArchiveRoot, seeds: Path) -> None:
    report = ingest(root, [seeds])
    for outcome in report.outcomes:
        item = get_item(root, outcome.id)
        source = Path(outcome.path).read_bytes()
        assert item.payload.read_bytes() == source
        assert item.sha256 == hashlib.sha256(source).hexdigest()
        assert item.id == item.sha256[:16]
        assert item.original_path == outcome.path
    items, errors = list_items(root)
    assert len(items) == 5 and not errors


def test_the_repository_samples_archive_cleanly(root: ArchiveRoot) -> None:
    """The inbox samples that `make run` archives on a fresh clone: all accepted, one restricted."""
    samples = Path(__file__).resolve().parent.parent / "ingest" / "samples"
    report = ingest(root, [samples])
    assert report.counts() == {"archived": 6, "already archived": 0, "refused": 0, "skipped": 0}
    assert_valid_bags(root)
    items, _ = list_items(root)
    encodings = {i.original_name: i.provenance["object"]["format"]["encoding"]["encoding"] for i in items}
    assert encodings["2006-10-almaty-editor-court-cp1251.txt"] == "cp1251"
    assert encodings["2008-06-ust-kamenogorsk-newspaper-koi8r.txt"] == "koi8-r"
    assert [i.original_name for i in items if i.restricted] == ["2006-10-almaty-editor-court-cp1251.txt"]
    assert {i.kind for i in items} == {"text", "html"}
    with_sheet = [i for i in items if i.metadata_source]
    assert len(with_sheet) == 4 and all(i.metadata_source["file"].endswith("metadata.csv") for i in with_sheet)
