"""The five real seed articles: five valid bags, and a second run changes nothing."""

from __future__ import annotations

import hashlib
from pathlib import Path

from archive.catalog import get_item, list_items
from archive.ingest import ARCHIVED, DUPLICATE, ingest
from archive.root import ArchiveRoot
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
