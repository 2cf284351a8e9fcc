"""``archive export``: bags for another repository, written atomically and verified.

In every format the bags validate with bagit-python once extracted (and with ``archive
verify``); a tar or zip holds one top-level directory named for the bag (RFC 8493 section 4).
A failure while writing (the file size limit, a full disk) or verifying leaves nothing partial
in the target folder. Restricted and withdrawn items go only with ``--include-restricted``;
purged ones never. Everything wrong with a request is named at once, and nothing written.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
import time
import tarfile
import zipfile
from pathlib import Path

import bagit
import pytest

from archive.errors import ExportFailed, ExportRefused
from archive.fixity.transfer_check import bag_problems
from archive.fixity.verify import verify_bag
from archive.preservation.export import export_bags
from archive.preservation.ingest import ingest
from archive.preservation.withdraw import withdraw_item
from conftest import REPO
from faultfs import fill, small_store, turn_read_only
from transfer_bags import items


def _text(label: str, size: int = 0) -> str:
    body = f"Report {label}: the harbour board approved the {label} repairs on Tuesday.\n"
    return body + "".join(f"Line {n} of the {label} minutes, with its figures {n * 7}.\n"
                          for n in range(size // 60))


@pytest.fixture
def archived(root, tmp_path):
    """Five items: public, public, restricted, withdrawn, purged (by their titles)."""
    source = tmp_path / "source"
    source.mkdir()
    for label in ("public", "second", "restricted", "withdrawn", "purged"):
        (source / f"{label}.txt").write_text(_text(label), encoding="utf-8")
    (source / "metadata.csv").write_text("filename,dc.title,dcterms.accessRights\n"
                                         + "".join(f"{label}.txt,{label},{'restricted' if label == 'restricted' else ''}\n"
                                                   for label in ("public", "second", "restricted", "withdrawn",
                                                                 "purged")), encoding="utf-8")
    ingest(root, [source])
    ids = {item.title: item.id for item in items(root)}
    withdraw_item(root, ids["withdrawn"], "a takedown request")
    withdraw_item(root, ids["purged"], "a court order", purge=True)
    return ids


def _bag_folder(exported: Path, tmp_path: Path) -> Path:
    """The bag as a recipient gets it: the folder itself, or the tar or zip extracted."""
    if exported.is_dir():
        return exported
    out = tmp_path / f"extracted-{exported.name}"
    if exported.suffix == ".zip":
        with zipfile.ZipFile(exported) as package:
            names = package.namelist()
            package.extractall(out)
    else:
        with tarfile.open(exported) as tar:
            names = tar.getnames()
            assert all(m.isreg() or m.isdir() for m in tar.getmembers())
            tar.extractall(out, filter="data")
    tops = {name.split("/")[0] for name in names}
    assert tops == {exported.name.split(".")[0]}, "one top-level directory, named for the bag"
    files = [n for n in names if not n.endswith("/") and (out / n).is_file()]
    assert files[0].endswith("/bagit.txt") and files[-1].split("/")[1] == "data"
    return out / tops.pop()


@pytest.mark.parametrize("fmt", ["dir", "tar", "zip"])
def test_exported_bags_validate_with_bagit_python_in_every_format(tmp_path, root, cli, archived, fmt):
    out = tmp_path / "handover"
    out.mkdir()
    wanted = [archived["public"], archived["second"]]
    result = cli("export", *wanted, "--to", out, "--format", fmt)
    assert result.exit_code == 0, result.output
    assert result.output.count("verified by archive verify") == 2
    assert sorted(os.listdir(out)) == sorted(f"{i}{'' if fmt == 'dir' else '.' + fmt}" for i in wanted)
    for exported in sorted(out.iterdir()):
        folder = _bag_folder(exported, tmp_path)
        bagit.Bag(str(folder)).validate()
        assert verify_bag(folder).valid
        original = root.bags / folder.name
        assert (folder / "data").iterdir().__next__().read_bytes() == \
            next((original / "data").iterdir()).read_bytes()


def test_json_reports_each_bag_with_what_verified_it(tmp_path, cli, archived):
    out = tmp_path / "handover"
    out.mkdir()
    result = cli("export", archived["public"], "--to", out, "--format", "zip", "--json")
    report = json.loads(result.output)
    assert report["format"] == "zip" and report["exported"][0]["id"] == archived["public"]
    assert report["exported"][0]["verified_by"].startswith("archive verify")
    assert report["exported"][0]["path"] == str(out / f"{archived['public']}.zip")


def test_restricted_and_withdrawn_items_need_the_flag_and_purged_ones_never_go(tmp_path, root, cli, archived):
    out = tmp_path / "handover"
    out.mkdir()
    refused = cli("export", archived["restricted"], archived["withdrawn"], archived["purged"], "--to", out)
    assert refused.exit_code == 2 and os.listdir(out) == []
    assert refused.output.startswith("error: nothing exported: 3 problems")
    assert f"{archived['restricted']} is restricted: export it only with --include-restricted" in refused.output
    assert f"{archived['withdrawn']} was withdrawn on" in refused.output
    assert f"{archived['purged']} was purged on" in refused.output and "never exported" in refused.output
    still = cli("export", archived["purged"], "--to", out, "--include-restricted")
    assert still.exit_code == 2 and "never exported" in still.output and os.listdir(out) == []
    allowed = cli("export", archived["restricted"], archived["withdrawn"], "--to", out, "--include-restricted")
    assert allowed.exit_code == 0, allowed.output
    withdrawn = out / archived["withdrawn"]
    bagit.Bag(str(withdrawn)).validate()
    events = json.loads((withdrawn / "metadata" / "provenance.json").read_text(encoding="utf-8"))["events"]
    assert events[-1]["eventType"] == "deaccession", "the bag carries its withdrawal with it"


@pytest.mark.parametrize("present", ["", ".tar", ".zip"])
def test_a_target_that_already_holds_the_bag_is_refused(tmp_path, cli, archived, present):
    out = tmp_path / "handover"
    out.mkdir()
    there = out / f"{archived['public']}{present}"
    there.mkdir() if not present else there.write_bytes(b"someone else's")
    for fmt in ("dir", "tar", "zip"):
        result = cli("export", archived["public"], archived["second"], "--to", out, "--format", fmt)
        assert result.exit_code == 2, result.output
        assert f"already holds that bag: {there.name}" in result.output
        assert sorted(os.listdir(out)) == [there.name], "nothing written, the other bag neither"


def test_every_problem_is_named_at_once(tmp_path, root, cli, archived):
    a_file = tmp_path / "file"
    a_file.write_text("x", encoding="utf-8")
    result = cli("export", "ffffffffffffffff", "zz", archived["restricted"], "--to", a_file)
    assert result.exit_code == 2
    lines = result.output.splitlines()
    assert lines[0] == "error: nothing exported: 4 problems" and len(lines) == 5
    assert "is not a folder" in result.output and "no item ffffffffffffffff" in result.output
    missing = cli("export", archived["public"], "--to", tmp_path / "nowhere")
    assert missing.exit_code == 2 and "does not exist" in missing.output
    with pytest.raises(ExportRefused) as refused:
        export_bags(root, [archived["public"]], tmp_path, "cpio")
    assert refused.value.details == ["unknown format 'cpio' (one of dir, tar, zip)"]


def test_a_bag_that_does_not_verify_leaves_nothing(tmp_path, root, cli, archived):
    """Verified from what was written: a payload damaged in the store is caught, nothing left."""
    bag = root.bags / archived["second"]
    payload = next((bag / "data").iterdir())
    os.chmod(payload, 0o644)
    payload.write_bytes(payload.read_bytes().replace(b"second", b"SECOND"))
    out = tmp_path / "handover"
    out.mkdir()
    result = cli("export", archived["public"], archived["second"], "--to", out)
    assert result.exit_code == 1, result.output
    assert f"error: {archived['second']} did not verify from what was written" in result.output
    assert "sha256 mismatch" in result.output
    assert f"already exported, complete and verified: {archived['public']}" in result.output
    assert sorted(os.listdir(out)) == [archived["public"]], "the good bag in place, no trace of the bad one"
    for fmt in ("tar", "zip"):
        other = tmp_path / fmt
        other.mkdir()
        failed = cli("export", archived["second"], "--to", other, "--format", fmt)
        assert failed.exit_code == 1 and "did not verify" in failed.output and os.listdir(other) == []


# --- atomic under faults -------------------------------------------------------------------------


def _export_with_file_size_limit(root, ids: list[str], out: Path, fmt: str, limit: int):
    """The real command in its own process, unable to write any file beyond ``limit`` bytes."""
    def limited() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)       # EFBIG instead of being killed
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return subprocess.run([sys.executable, "-m", "archive", "export", "--root", str(root.path), *ids,
                           "--to", str(out), "--format", fmt], capture_output=True, text=True, cwd=REPO,
                          timeout=120, preexec_fn=limited, check=False)


@pytest.mark.parametrize("fmt", ["dir", "tar", "zip"])
def test_a_write_that_fails_midway_leaves_no_partial_bag(tmp_path, root, fmt):
    big = tmp_path / "big"
    big.mkdir()
    (big / "long.txt").write_bytes(os.urandom(1_500_000).hex().encode())    # does not compress
    (big / "short.txt").write_text(_text("short"), encoding="utf-8")
    ingest(root, [big])
    ids = {item.original_name: item.id for item in items(root)}
    out = tmp_path / "handover"
    out.mkdir()
    done = _export_with_file_size_limit(root, [ids["short.txt"], ids["long.txt"]], out, fmt, 1_000_000)
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr
    errors = [line for line in done.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "File too large" in errors[0] and "nothing partial is left" in errors[0]
    assert sorted(os.listdir(out)) == [ids["short.txt"] + ("" if fmt == "dir" else f".{fmt}")]
    assert f"already exported, complete and verified: {ids['short.txt']}" in done.stderr


def test_a_full_disk_leaves_no_partial_bag_and_the_next_export_finishes(tmp_path, root):
    big = tmp_path / "big"
    big.mkdir()
    (big / "long.txt").write_bytes(os.urandom(3_000_000).hex().encode())
    ingest(root, [big])
    item_id = items(root)[0].id
    with small_store(tmp_path / "fs", megabytes=24) as mount:
        filler = fill(mount, leave_blocks=600)                       # about 2.4 MB left
        with pytest.raises(ExportFailed, match="No space left on device") as failed:
            export_bags(root, [item_id], mount, "tar", check=bag_problems)
        assert "nothing partial is left" in failed.value.message
        assert sorted(os.listdir(mount)) == ["filler", "lost+found"]
        filler.joinpath("blocks").unlink()
        report = export_bags(root, [item_id], mount, "tar", check=bag_problems)
        assert report.exported[0].path == mount / f"{item_id}.tar"
        assert sorted(os.listdir(mount)) == sorted(["filler", "lost+found", f"{item_id}.tar"])


def test_a_read_only_target_is_refused_before_anything(tmp_path, root, archived):
    with small_store(tmp_path / "fs", megabytes=16) as mount:
        turn_read_only(mount)
        with pytest.raises(ExportRefused) as refused:
            export_bags(root, [archived["public"]], mount, "zip")
        assert refused.value.details == [f"{mount} is not a folder that can be written to: "
                                         f"Read-only file system"]


def test_an_amended_item_goes_with_its_earlier_records(tmp_path, root, cli, archived):
    from archive.preservation.amend import amend_item
    amend_item(root, archived["public"], ["dc.title=Sea wall repairs approved"], "the headline, not the file name")
    out = tmp_path / "handover"
    out.mkdir()
    result = cli("export", archived["public"], "--to", out, "--format", "tar")
    assert result.exit_code == 0, result.output
    folder = _bag_folder(out / f"{archived['public']}.tar", tmp_path)
    bagit.Bag(str(folder)).validate()
    assert (folder / "metadata" / "descriptive-v1.json").is_file()
    assert json.loads((folder / "metadata" / "descriptive.json").read_text(encoding="utf-8"))["metadata"][
        "dc.title"] == ["Sea wall repairs approved"]


def _export_process(root, ids: list[str], out: Path, fmt: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "archive", "export", "--root", str(root.path), *ids,
                             "--to", str(out), "--format", fmt], cwd=REPO,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


@pytest.mark.parametrize("fmt", ["dir", "zip"])
def test_an_export_killed_at_any_moment_leaves_only_whole_bags_and_the_next_one_finishes(tmp_path, root, fmt):
    source = tmp_path / "many"
    source.mkdir()
    for number in range(100):                        # two batches of bags: kills between them too
        (source / f"a{number:02d}.txt").write_text(_text(f"item {number}", 20_000), encoding="utf-8")
    ingest(root, [source])
    ids = sorted(item.id for item in items(root))
    suffix = "" if fmt == "dir" else f".{fmt}"
    (tmp_path / "timing").mkdir()
    started = time.monotonic()
    assert _export_process(root, ids, tmp_path / "timing", fmt).wait() == 0
    whole_run = time.monotonic() - started
    caught = 0
    for fraction in (0.3, 0.6, 0.75, 0.85, 0.95):
        out = tmp_path / f"killed-{fraction}"
        out.mkdir()
        process = _export_process(root, ids, out, fmt)
        time.sleep(whole_run * fraction)
        process.kill()
        process.wait()
        whole = [name for name in os.listdir(out) if not name.startswith(".")]
        caught += len(os.listdir(out)) > len(whole) or 0 < len(whole) < len(ids)
        for name in whole:                               # under a bag's name: only whole, valid bags
            bagit.Bag(str(_bag_folder(out / name, tmp_path / f"x-{fraction}"))).validate()
        missing = [i for i in ids if f"{i}{suffix}" not in whole]
        if missing:
            export_bags(root, missing, out, fmt, check=bag_problems)
        assert sorted(os.listdir(out)) == sorted(f"{i}{suffix}" for i in ids), "no temporary left behind"
    assert caught, "at least one kill landed while bags were being written"
