"""Bags from other repositories: ``archive ingest`` given a BagIt bag takes it as a transfer.

The sender's bags are made by bagit-python (the reference) with a sender's bag-info, as a
folder, a zip, a tar and a tar.gz; each payload file must become an item of its own, through
the ordinary ingest path, with the sender's bag-info and manifest digests in its provenance
and PREMIS "transfer" and "fixity check" events; every bag made validates with bagit-python
and ``archive verify``. Archives that hold no bag keep today's behaviour.
"""

from __future__ import annotations

import json
import shutil
import tarfile
from pathlib import Path

import bagit
import pytest

from archive.fixity.transfer_check import bag_problems
from archive.fixity.verify import verify_bag
from archive.preservation.catalog import bag_dirs
from archive.preservation.config import Config
from archive.preservation.ingest import ingest
from archive.preservation.outcomes import ARCHIVED, REFUSED
from archive.preservation.root import init_root
from fixtures import minimal_pdf
from transfer_bags import (ARTICLES, FORMATS, SENDER_INFO, items, json_outcomes, left_in_staging, manifest,
                           sender_bag, serialize, tar_member, tar_with, transfer_record)


def _assert_items_from_sender(root, bag: Path, serialization: str) -> None:
    """One item per payload file, each keeping the sender's bag-info and digests; every bag valid."""
    found = {item.original_name: item for item in items(root)}
    assert sorted(found) == sorted(Path(p).name for p in ARTICLES)
    sha256, md5 = manifest(bag, "sha256"), manifest(bag, "md5")
    for item in found.values():
        record = transfer_record(item)
        path = record["path"]
        assert record["serialization"] == serialization and record["bag"] == bag.name
        assert record["senderDigests"] == {"md5": md5[path], "sha256": sha256[path]}
        assert item.sha256 == sha256[path]
        info = dict(record["bagInfo"])
        for label, value in SENDER_INFO.items():
            assert info[label] == value
        assert "Payload-Oxum" in info and record["validator"].startswith("archive verify")
        types = [e["eventType"] for e in item.provenance["events"]]
        assert types[:3] == ["transfer", "message digest calculation", "fixity check"]
        assert "ingestion" in types
        transfer = item.provenance["events"][0]
        assert {"agentIdentifier": "organization:Calden Bay Press Archive", "role": "transmitter"} \
            in transfer["linkingAgents"]
        assert dict(transfer["eventOutcomeDetail"]["bagInfo"])["External-Identifier"] == "cbpa-2024-017"
        fixity = item.provenance["events"][2]["eventOutcomeDetail"]
        assert fixity["sender"] == fixity["ours"] == record["senderDigests"]
        assert any(a["agentName"] == "Calden Bay Press Archive" for a in item.provenance["agents"])
        bagit.Bag(str(item.bag)).validate()
        assert verify_bag(item.bag).valid
    assert left_in_staging(root) == []


def test_a_bag_folder_is_taken_as_a_transfer_each_payload_file_an_item(tmp_path, root, cli):
    bag = sender_bag(tmp_path / "sender")
    result = cli("ingest", "--no-index", bag)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert sum(line.startswith("archived") for line in lines) == 3
    transfer_line = next(line for line in lines if "read as a transfer" in line)
    assert "read as a transfer from Calden Bay Press Archive" in transfer_line
    assert "3 items (3 new, 0 already archived)" in transfer_line
    assert lines.index(transfer_line) == 3, "the transfer's line follows its items"
    assert "3 archived, 0 already archived, 0 refused, 1 skipped" in lines[-1]
    _assert_items_from_sender(root, bag, "directory")
    item = next(i for i in items(root) if i.original_name == "ferry.html")
    assert item.kind == "html" and item.original_path == str(bag / "data" / "news" / "ferry.html")
    assert (bag / "bagit.txt").exists(), "the sender's bag is never changed or removed"


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_serialized_bag_is_unpacked_validated_and_taken_in(tmp_path, root, cli, fmt):
    bag = sender_bag(tmp_path / "sender")
    packed = serialize(bag, fmt, tmp_path / "post")
    result = cli("ingest", "--no-index", "--json", packed)
    assert result.exit_code == 0, result.output
    outcomes = json_outcomes(result.output)
    assert [o["status"] for o in outcomes] == [ARCHIVED] * 3 + ["skipped"]
    assert outcomes[0]["path"].startswith(f"{packed}/{bag.name}/data/")
    assert "read as a transfer from Calden Bay Press Archive" in outcomes[-1]["reason"]
    _assert_items_from_sender(root, bag, "tar.gz" if fmt == "tgz" else fmt)


def test_the_transfer_goes_through_the_ordinary_ingest_path_junk_refused_by_name(tmp_path, root, cli):
    files = {**ARTICLES, "scan.bin": bytes(range(256)) * 8, "report.pdf": minimal_pdf(), ".DS_Store": b"\0\1"}
    bag = sender_bag(tmp_path / "sender", files=files)
    result = cli("ingest", "--no-index", bag)
    assert result.exit_code == 1, result.output              # a file was refused, as in any ingest
    refused = [line for line in result.output.splitlines() if line.startswith("refused")]
    assert len(refused) == 1 and "scan.bin" in refused[0]
    alone = ingest(init_root(tmp_path / "other"), [bag / "data" / "scan.bin"]).outcomes[0]
    assert alone.status == REFUSED and refused[0].endswith(alone.reason)   # as it is for any file
    assert any(line.startswith("skipped") and ".DS_Store" in line for line in result.output.splitlines())
    assert "4 items (4 new, 0 already archived); 1 files refused; 1 skipped" in result.output
    assert {i.kind for i in items(root)} == {"text", "html", "pdf"}


def test_a_bag_in_the_inbox_is_found_by_the_walk_beside_ordinary_files(tmp_path, root, cli):
    sender_bag(root.inbox, name="from-calden")
    (root.inbox / "own.txt").write_text("An article of our own about the harbour ferry.\n", encoding="utf-8")
    result = cli("ingest")
    assert result.exit_code == 0, result.output
    assert "read as a transfer from Calden Bay Press Archive (bag 'from-calden', a folder)" in result.output
    assert len(items(root)) == 4 and "indexed 4 items" in result.output
    search = cli("search", "--json", "ferry")
    assert json.loads(search.output)["total"] == 2


def test_archives_that_hold_no_bag_keep_todays_behaviour(tmp_path, root, cli):
    folder = tmp_path / "plain"
    (folder / "stories").mkdir(parents=True)
    (folder / "stories" / "a.txt").write_text(ARTICLES["harbour.txt"], encoding="utf-8")
    made = [serialize(folder / "stories", fmt, tmp_path / "archives") for fmt in ("zip", "tar", "tar.gz")]
    result = cli("ingest", "--no-index", *made)
    assert result.exit_code == 1
    reasons = [line for line in result.output.splitlines() if line.startswith("refused")]
    assert len(reasons) == 3 and all("unsupported type application/" in r for r in reasons)
    kept = cli("ingest", "--no-index", "--accept-any", *made)
    assert kept.exit_code == 0 and "3 archived" in kept.output
    assert {i.original_name for i in items(root)} == {p.name for p in made}
    assert "transfer" not in kept.output


def test_without_a_checker_the_library_validates_with_bagit_python(tmp_path, root):
    bag = sender_bag(tmp_path / "sender")
    report = ingest(root, [bag])
    assert report.counts()[ARCHIVED] == 3
    assert all(transfer_record(i)["validator"].startswith("bagit-python") for i in items(root))
    (bag / "data" / "harbour.txt").write_text("changed", encoding="utf-8")
    other = init_root(tmp_path / "other")
    refused = ingest(other, [bag])
    assert refused.counts()[REFUSED] == 1 and list(bag_dirs(other)) == []
    # why `archive ingest` passes its own verifier: bagit-python stops at Payload-Oxum
    assert "Payload-Oxum" in refused.outcomes[0].reason and "harbour.txt" not in refused.outcomes[0].reason
    ours = ingest(other, [bag], check_bag=bag_problems).outcomes[0].reason
    assert "data/harbour.txt: sha256 mismatch" in ours and "Payload-Oxum" in ours


def test_bytes_that_change_after_the_validation_are_refused_by_name(tmp_path, root):
    """Validated whole, then each file compared again as read: a change in between is caught."""
    bag = sender_bag(tmp_path / "sender")

    def validate_then_change(folder: Path) -> list[str]:
        problems = bag_problems(folder)
        with open(folder / "data" / "harbour.txt", "a", encoding="utf-8") as handle:
            handle.write("a line added by someone else\n")
        return problems

    report = ingest(root, [bag], check_bag=validate_then_change)
    refused = [o for o in report.outcomes if o.status == REFUSED]
    assert len(refused) == 1 and refused[0].path.endswith("data/harbour.txt")
    assert "not the one the sender's manifest lists" in refused[0].reason
    assert report.counts()[ARCHIVED] == 2


def test_a_bag_sent_twice_makes_no_new_items(tmp_path, root, cli):
    bag = sender_bag(tmp_path / "sender")
    assert cli("ingest", "--no-index", bag).exit_code == 0
    again = cli("ingest", "--no-index", serialize(bag, "zip", tmp_path / "post"))
    assert again.exit_code == 0
    assert "3 items (0 new, 3 already archived)" in again.output and len(items(root)) == 3


@pytest.mark.parametrize("fmt", ["dir", "tar", "zip"])
def test_round_trip_export_from_one_archive_ingest_into_another_same_sha256s(tmp_path, root, cli, fmt):
    bag = sender_bag(tmp_path / "sender")
    assert cli("ingest", "--no-index", bag).exit_code == 0
    ours = {i.id: i.sha256 for i in items(root)}
    out = tmp_path / "handover"
    out.mkdir()
    exported = cli("export", *ours, "--to", out, "--format", fmt)
    assert exported.exit_code == 0, exported.output
    other = init_root(tmp_path / "elsewhere", Config(source_organization="Elsewhere Library"))
    result = cli("ingest", "--root", other.path, "--no-index", *sorted(out.iterdir()))
    assert result.exit_code == 0, result.output
    theirs = {i.id: i for i in items(other)}
    assert {i: t.sha256 for i, t in theirs.items()} == ours
    for item in theirs.values():
        record = transfer_record(item)
        assert dict(record["bagInfo"])["Source-Organization"] == "Unnamed archive"
        assert dict(record["bagInfo"])["External-Identifier"] == item.id   # our id, the sender's there
        assert record["senderDigests"]["sha256"] == item.sha256
        bagit.Bag(str(item.bag)).validate()
    assert result.output.count("read as a transfer from Unnamed archive") == 3


def test_the_unpacked_copy_is_gone_after_the_run_and_a_killed_runs_is_cleared(tmp_path, root):
    bag = sender_bag(tmp_path / "sender")
    packed = serialize(bag, "tar.gz", tmp_path / "post")
    leftover = root.staging / "transfer-1-abcdef"
    leftover.mkdir(parents=True)                  # as a run killed while a transfer was unpacked
    (leftover / "x").write_text("left", encoding="utf-8")
    ingest(root, [packed], check_bag=bag_problems)
    assert left_in_staging(root) == []
    shutil.rmtree(bag)
    assert len(items(root)) == 3


def test_a_bag_folder_counts_its_payload_files_for_the_progress_display(tmp_path):
    from archive.preservation.sources import Sources
    from archive.preservation.transfer import Transfers
    bag = sender_bag(tmp_path / "sender")
    (tmp_path / "sender" / "own.txt").write_text("Our own article.\n", encoding="utf-8")
    root = init_root(tmp_path / "archive")
    sources = Sources([tmp_path / "sender"], set(), None, Transfers(root))
    assert sources.count() == 3 + 1 + 1        # three payload files, the transfer's line, own.txt
    found = list(sources)
    assert len(found) == 5 and found[3].reason == "" and "transfer" in type(found[3]).__name__.lower()
    sources.close()
    assert bag.is_dir()


def test_a_refused_bag_does_not_disturb_the_one_read_before_it_in_worker_processes(tmp_path, root):
    """Workers stage a window of files read ahead: the second (invalid) bag is refused while the
    first one's files still wait in its unpacked copy, which must stay until the run ends."""
    good = serialize(sender_bag(tmp_path / "one"), "zip", tmp_path / "post-good")
    second = sender_bag(tmp_path / "two", name="second")
    bad = tar_with(second, tmp_path / "post-bad", tar_member("second/data/link", tarfile.SYMTYPE, "/etc"))
    report = ingest(root, [good, bad], check_bag=bag_problems, workers=2)
    assert report.counts() == {ARCHIVED: 3, "already archived": 0, REFUSED: 1, "skipped": 1}
    assert len(items(root)) == 3 and left_in_staging(root) == []
