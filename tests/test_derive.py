"""derive() on real bags: the seeds and the repo's samples, ingested for real."""

from __future__ import annotations

import csv
import json
import shutil

import pytest

from archive.preservation.catalog import list_items
from archive.description.derive import Derived, derive
from archive.preservation.ingest import ingest
from archive.description.name_keys import name_key
from archive.preservation.root import init_root

from conftest import REPO, snapshot

SAMPLES = REPO / "ingest" / "samples"


def derive_all(root) -> dict[str, Derived]:
    """Every item of ``root`` derived, by original file name."""
    items, errors = list_items(root)
    assert errors == []
    return {item.original_name: derive(item) for item in items}


def by_prefix(derived: dict[str, Derived], prefix: str) -> Derived:
    [name] = [n for n in derived if n.startswith(prefix)]
    return derived[name]


@pytest.fixture
def seeded(root, seeds):
    ingest(root, [seeds])
    return derive_all(root)


def test_seed_publication_dates(seeded):
    assert len(seeded) == 5
    first = by_prefix(seeded, "001_")
    assert first.publication["edtf"] == "2004-04-06"
    assert first.publication["source"] == "dateline"
    assert first.publication["earliest"] == first.publication["latest"] == "2004-04-06"
    assert first.dateline == "Prague"
    for prefix in ("000_", "002_", "003_", "004_"):
        assert by_prefix(seeded, prefix).publication is None, prefix


def test_seed_fields_come_from_the_document(seeded):
    for d in seeded.values():
        assert d.title_source == "document"
        assert d.text
        assert d.warnings == []
        assert d.subjects == [] and d.source_url is None
    assert by_prefix(seeded, "000_").authors == ["Alexey Gorodetskiy"]
    assert by_prefix(seeded, "000_").authors_source == "document"


def test_people_across_the_seeds(seeded):
    """Person.key is the surname key: it files one person across articles and spellings."""
    def articles_with(surname: str) -> int:
        key = name_key(surname)
        return sum(any(p["key"] == key for p in d.people) for d in seeded.values())

    assert articles_with("Ablyazov") == 4
    assert articles_with("Zhakiyanov") == 4
    assert articles_with("Nazarbayev") == 3
    for d in seeded.values():
        for person in d.people:
            assert person["name"] and person["forms"] and all(n > 0 for n in person["forms"].values())


def test_dates_mentioned(seeded):
    mentions = by_prefix(seeded, "001_").dates_mentioned
    assert {"surface": "6 April 2004", "edtf": "2004-04-06", "precision": "day"} in mentions
    assert all(set(m) == {"surface", "edtf", "precision"} for m in mentions)


def test_metadata_csv_wins(tmp_path, seeds):
    folder = tmp_path / "with-metadata"
    folder.mkdir()
    for seed in sorted(seeds.iterdir()):
        shutil.copy2(seed, folder / seed.name)
    names = sorted(p.name for p in folder.iterdir())
    dates = {"000_": "2002-11-20", "001_": "2004-04", "002_": "xyz"}
    with open(folder / "metadata.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["filename", "dc.title", "dc.date", "dc.creator", "dc.subject"])
        for name in names:
            writer.writerow([name, f"Archivist's title for {name[:3]}", dates.get(name[:4], "2003"),
                             "Invented Author", "Opposition"])
    root = init_root(tmp_path / "other")
    report = ingest(root, [folder])
    derived = derive_all(root)
    assert len(derived) == 4      # 002's row asserts a date that cannot be read: refused, not archived
    [refused] = [o for o in report.outcomes if o.status == "refused"]
    assert "002_" in refused.path and "dc.date 'xyz' is not a date we can read" in refused.reason

    zero = by_prefix(derived, "000_")
    assert zero.publication["edtf"] == "2002-11-20"
    assert zero.publication["source"] == "metadata.csv"
    assert by_prefix(derived, "001_").publication["edtf"] == "2004-04"
    assert by_prefix(derived, "001_").publication["source"] == "metadata.csv"
    for name, d in derived.items():
        assert d.title == f"Archivist's title for {name[:3]}"
        assert d.title_source == "metadata.csv"
        assert d.authors == ["Invented Author"] and d.authors_source == "metadata.csv"
        assert d.subjects == ["Opposition"]


def test_repo_samples(root):
    ingest(root, [SAMPLES])
    derived = derive_all(root)
    html = derived["2009-06-almaty-editors-forum.html"]
    assert html.kind == "html"
    assert html.title == "Small newsrooms form an editors' forum in Almaty"
    assert html.title_source == "metadata.csv"
    assert html.publication["edtf"] == "2009-06-30"
    assert html.publication["source"] == "metadata.csv"
    assert html.publisher == "Steppe Review (invented)" and html.publisher_source == "metadata.csv"
    assert html.restricted is False

    restricted = derived["2006-10-almaty-editor-court-cp1251.txt"]
    assert restricted.restricted is True
    assert restricted.language == "ru"
    assert "Алматы" in restricted.text


def test_as_dict_is_json(seeded):
    for d in seeded.values():
        record = json.loads(json.dumps(d.as_dict(), ensure_ascii=False))
        assert record["id"] == d.id and record["sha256"] == d.sha256
        assert record["text"] == d.text


def test_derive_never_changes_the_bag(root, seeds):
    ingest(root, [seeds, SAMPLES])
    before = snapshot(root)
    contents = {p: p.read_bytes() for p in root.bags.rglob("*") if p.is_file() and p != root.lock_file}
    derive_all(root)
    derive_all(root)
    assert snapshot(root) == before
    assert {p: p.read_bytes() for p in contents} == contents
    assert sorted(p for p in root.bags.rglob("*") if p.is_file() and p != root.lock_file) == sorted(contents)
