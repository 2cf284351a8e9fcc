"""Writing commands on a store that runs out of blocks or inodes, or turns read-only mid-work.

Each case: one clear error line, exit 1, no traceback, no partial or invalid bag, no
half-written record, and the next run (once there is room) finishes the work. Read-only
commands work on a full or read-only store. Real ext4 filesystems, loop-mounted
(tests/faultfs.py).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time

import bagit
import pytest

from archive.preservation.catalog import bag_dirs
from archive.preservation.root import init_root, open_root
from faultfs import REPO, archive, archive_command, error_lines, fill, repair_and_remount, small_store, turn_read_only


def articles(folder, count: int, *, first: int = 0, padding: int = 0):
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(first, first + count):
        (folder / f"a{number:04d}.txt").write_text(
            f"Opposition report {number}\n\nALMATY, 3 March 2005 - Galymzhan Zhakiyanov said the "
            f"marker{number:04d} appeal would go on. " + "More words follow. " * padding + "\n",
            encoding="utf-8")
    return folder


def assert_clean_failure(done: subprocess.CompletedProcess, *words: str) -> None:
    assert done.returncode == 1, (done.returncode, done.stdout[-500:], done.stderr)
    assert "Traceback" not in done.stderr + done.stdout
    lines = error_lines(done)
    assert len(lines) == 1, done.stderr
    for word in words:
        assert word in done.stderr, done.stderr


def assert_all_bags_valid(root) -> int:
    found = list(bag_dirs(root))
    for bag in found:
        bagit.Bag(str(bag)).validate()
    return len(found)


def searchable(root_path, word: str) -> int:
    done = archive("search", "--root", str(root_path), "--json", word)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)["total"]


@pytest.mark.parametrize("kind", ["inodes", "blocks"])
def test_an_ingest_that_fills_the_store_stops_cleanly_and_the_next_run_finishes(tmp_path, kind):
    source = articles(tmp_path / "in", 60, padding=200 if kind == "blocks" else 0)
    with small_store(tmp_path / "fs", megabytes=48, inodes=1200 if kind == "inodes" else None) as mount:
        root = init_root(mount / "root")
        filler = fill(mount, leave_inodes=300) if kind == "inodes" else fill(mount, leave_blocks=300)
        done = archive("ingest", "--root", str(root.path), str(source))
        assert_clean_failure(done, "No space left on device", "run ingest again")
        first = assert_all_bags_valid(root)
        assert 0 < first < 60
        shutil.rmtree(filler)                                     # room again
        again = archive("ingest", "--root", str(root.path), str(source))
        assert again.returncode == 0, again.stderr
        assert f"{first} already archived" in again.stdout
        assert assert_all_bags_valid(root) == 60
        assert not list(root.staging.iterdir())
        assert archive("reindex", "--root", str(root.path)).returncode == 0
        assert searchable(root.path, "opposition") == 60
        assert archive("check", "--root", str(root.path)).returncode == 0


def test_an_ingest_on_a_store_that_turns_read_only_stops_cleanly_and_recovers(tmp_path):
    source = articles(tmp_path / "in", 400)
    with small_store(tmp_path / "fs", megabytes=64) as mount:
        root = init_root(mount / "root")
        running = subprocess.Popen([*archive_command(), "ingest", "--root", str(root.path), str(source)],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO)
        deadline = time.monotonic() + 60
        while len(list(bag_dirs(root))) < 3 and running.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        if running.poll() is not None:
            pytest.skip("the ingest finished before the store could be turned read-only")
        turn_read_only(mount)
        out, err = running.communicate(timeout=120)
        done = subprocess.CompletedProcess(running.args, running.returncode, out, err)
        # The write that meets the failure may see the I/O error before the remount.
        assert_clean_failure(done, "cannot write to")
        assert "Read-only file system" in err or "Input/output error" in err
        reported = {line.split()[1] for line in out.splitlines() if line.startswith("archived ")}
        assert_all_bags_valid(root)
        # Every bag reported archived is in place on the failed disk ...
        assert reported <= {bag.name for bag in bag_dirs(root)}
        repair_and_remount(mount)
        # ... and survives the disk check, unless the check dropped the aborted journal's
        # history as a whole (seen once under heavy load: bags/ empty after e2fsck, every
        # earlier bag gone with it; a disk's loss, not a partial one the ingest could cause).
        after = {bag.name for bag in bag_dirs(root)}
        assert reported <= after or not after, sorted(reported - after)[:5]
        assert_all_bags_valid(root)
        again = archive("ingest", "--root", str(root.path), str(source))
        assert again.returncode == 0, again.stderr
        assert assert_all_bags_valid(root) == 400
        assert archive("reindex", "--root", str(root.path)).returncode == 0
        assert archive("check", "--root", str(root.path)).returncode == 0


@pytest.fixture
def full_store(tmp_path):
    """An indexed, audited archive of 12 articles on a store then filled to the last block
    and inode (yields the root and the filler to remove for room)."""
    with small_store(tmp_path / "fs", megabytes=32) as mount:
        root = init_root(mount / "root")
        assert archive("ingest", "--root", str(root.path), str(articles(tmp_path / "in", 12))).returncode == 0
        assert archive("verify", "--root", str(root.path)).returncode == 0
        filler = fill(mount, leave_blocks=0)
        fill(mount, leave_inodes=0)
        yield root, filler


def test_reindex_on_a_full_store_leaves_the_live_index_answering(full_store):
    root, filler = full_store
    done = archive("reindex", "--root", str(root.path))
    assert_clean_failure(done, "cannot write the search index", "archive reindex")
    assert searchable(root.path, "opposition") == 12
    shutil.rmtree(filler)
    assert archive("reindex", "--root", str(root.path)).returncode == 0
    assert searchable(root.path, "opposition") == 12
    assert len([p for p in root.index.iterdir() if p.name.startswith("build-")]) == 1


def test_a_person_correction_on_a_full_store_records_nothing_half_way(full_store):
    root, filler = full_store
    authority = root.path / "persons-authority.jsonl"
    done = archive("persons", "--root", str(root.path), "alias", "Zhakiyanov", "Ablyazov")
    assert_clean_failure(done, "cannot record the correction", "nothing was recorded")
    assert not authority.exists() or authority.read_bytes() == b""
    shutil.rmtree(filler)
    assert archive("persons", "--root", str(root.path), "alias", "Zhakiyanov", "Ablyazov").returncode == 0
    [line] = authority.read_text(encoding="utf-8").splitlines()
    assert json.loads(line)["action"] == "alias"


def test_verify_on_a_full_store_reports_every_bag_and_that_the_log_was_not_written(full_store):
    root, _ = full_store
    log = root.path / "audit-log.jsonl"
    before = log.read_bytes()
    done = archive("verify", "--root", str(root.path))
    assert_clean_failure(done, "audit log could not be written", "not recorded")
    assert done.stdout.count("valid  ") >= 12 and "12 valid, 0 invalid" in done.stdout
    after = log.read_bytes()         # the last block may have held a few more lines: whole ones only
    assert after.startswith(before) and after.endswith(b"\n")
    assert all(json.loads(line)["eventType"] == "fixity check" for line in after.splitlines())
    assert len(after.splitlines()) < 2 * 12


def test_reading_commands_work_on_a_read_only_store(tmp_path):
    with small_store(tmp_path / "fs", megabytes=32) as mount:
        root = init_root(mount / "root")
        assert archive("ingest", "--root", str(root.path), str(articles(tmp_path / "in", 8))).returncode == 0
        turn_read_only(mount)
        some = next(bag_dirs(root)).name
        for command in (["list"], ["show", some], ["search", "opposition"], ["check"], ["audit-log"],
                        ["persons"]):
            done = archive(*command, "--root", str(root.path))
            assert done.returncode == 0, (command, done.stderr)
        verified = archive("verify", "--root", str(root.path))
        assert_clean_failure(verified, "audit log could not be written", "Read-only file system")
        assert "8 valid, 0 invalid" in verified.stdout
        from web import create_app
        client = create_app({"ARCHIVE_ROOT": str(root.path), "TESTING": True}).test_client()
        for page in ("/", "/search?q=opposition", "/search.json?q=appeal", f"/item/{some}", "/people",
                     "/dates", "/oai?verb=ListRecords&metadataPrefix=oai_dc"):
            assert client.get(page).status_code == 200, page
        assert open_root(root.path).config.name


def test_an_event_that_does_not_fit_leaves_no_half_line(tmp_path):
    from archive.jsonlines import append_event, open_log
    with small_store(tmp_path / "fs", megabytes=8) as mount:
        log = mount / "log.jsonl"
        log.write_bytes(b'{"a":1}\n{"cut short by a crash')          # an earlier crash's cut line
        fill(mount, leave_blocks=2)
        fd = open_log(log)
        try:
            append_event(fd, {"small": "fits"})
            with pytest.raises(OSError):
                append_event(fd, {"big": "x" * 200_000})              # part of it would fit
        finally:
            os.close(fd)
        lines = log.read_bytes().split(b"\n")
        assert lines[-1] == b"" and lines[-2] == b'{"small":"fits"}'
        assert [json.loads(line) for line in lines[:1]] == [{"a": 1}]
