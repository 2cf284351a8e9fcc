"""``archive withdraw --purge --yes`` killed at any moment: the bag is the old version or the new.

The command runs as a real subprocess and is SIGKILLed (with any process it started) at
many moments: spread over the time an uninterrupted run takes, and when the store shows
a new version being staged or the bag already swapped while the index has not followed.
Nothing in the library knows it is being tested. After every kill:

* the bag is exactly the old version (every file as it was, the payload there and valid)
  or exactly the new one (valid, payload gone, payload manifests empty, Payload-Oxum 0.0,
  its provenance the old one plus one purging deaccession event, every other tag file as it
  was): never a mix, and the payload is never missing while the bag still lists it;
* the next command finishes the work: the same purge again succeeds (old) or is refused as
  already purged (new) and brings the index along; then ``archive check`` finds the index
  consistent, ``archive verify`` finds the bag valid, the staging area is empty and a search
  no longer finds the article.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable

import bagit
import pytest

from conftest import REPO
from kill_points import kill_when, spread_delays, staging_holds_a_version

KILLS = int(os.environ.get("ARCHIVE_CRASH_KILLS", "3")) * 3
WORD = "quaywall"
TEXT = ("Harbour board approves the quaywall repairs\n\nCALDEN BAY, 14 June 2003 - The harbour board "
        "approved the quaywall repairs on Tuesday, its chair said. " + "The work starts in July. " * 400)


def _archive(*args: str, root: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "archive", args[0], "--root", str(root), *args[1:]],
                          cwd=REPO, capture_output=True, text=True, timeout=300, check=False)


def _purge_argv(root: Path, item_id: str) -> list[str]:
    return [sys.executable, "-m", "archive", "withdraw", item_id, "--root", str(root), "--reason",
            "Court order 12/2024", "--purge", "--yes"]


@pytest.fixture(scope="module")
def prepared(tmp_path_factory) -> tuple[Path, str]:
    """An archive of a few articles, indexed; the id of the one to purge."""
    base = tmp_path_factory.mktemp("purge-crash")
    source = base / "in"
    source.mkdir()
    (source / "harbour.txt").write_text(TEXT, encoding="utf-8")
    for number in range(8):
        (source / f"other-{number}.txt").write_text(
            f"Ferry report {number}\n\nOSTERVALE - The ferry crews met again. " * 30, encoding="utf-8")
    root = base / "archive"
    assert _archive("init", root=root).returncode == 0
    done = _archive("ingest", str(source), root=root)
    assert done.returncode == 0, done.stderr
    [line] = [ln for ln in done.stdout.splitlines() if "harbour.txt" in ln]
    return root, line.split()[1]


def _files(bag: Path) -> dict[str, str]:
    return {str(p.relative_to(bag)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(bag.rglob("*")) if p.is_file()}


def _state(bag: Path, old: dict[str, str], old_events: list[dict]) -> str:
    """"old" or "new", asserting that the bag is exactly one of them."""
    files = _files(bag)
    if files == old:
        bagit.Bag(str(bag)).validate()
        return "old"
    bagit.Bag(str(bag)).validate()                     # never a mix: the new version is whole and valid
    assert not [n for n in files if n.startswith("data/")], "payload files in a bag that changed"
    assert (bag / "manifest-sha256.txt").read_bytes() == b"" == (bag / "manifest-sha512.txt").read_bytes()
    assert "Payload-Oxum: 0.0" in (bag / "bag-info.txt").read_text()
    events = json.loads((bag / "metadata" / "provenance.json").read_text())["events"]
    assert events[:-1] == old_events and events[-1]["eventType"] == "deaccession"
    assert events[-1]["eventOutcomeDetail"]["purged"] is True
    unchanged = {n for n in old if not n.startswith(("data/", "manifest-", "tagmanifest-"))
                 and n not in ("bag-info.txt", "metadata/provenance.json")}
    assert {n: files[n] for n in unchanged} == {n: old[n] for n in unchanged}
    return "new"


def _swapped(root: Path, item_id: str) -> bool:
    try:
        return (root / "bags" / item_id / "manifest-sha256.txt").stat().st_size == 0
    except FileNotFoundError:
        return False


def _finish_and_check(root: Path, item_id: str, state: str) -> None:
    again = subprocess.run(_purge_argv(root, item_id), cwd=REPO, capture_output=True, text=True, timeout=300)
    if state == "old":
        assert again.returncode == 0, again.stderr
    else:
        assert again.returncode == 2 and "already purged" in again.stderr, again.stderr
    check = _archive("check", "--json", root=root)
    assert check.returncode == 0, check.stdout
    assert json.loads(check.stdout)["purged"] == 1
    verified = _archive("verify", item_id, root=root)
    assert verified.returncode == 0 and "(purged on " in verified.stdout, verified.stdout
    assert not list((root / "bags" / ".staging").iterdir())
    found = json.loads(_archive("search", WORD, "--json", root=root).stdout)
    assert found["total"] == 0


def _kill_points(duration: float) -> list[tuple[str, Callable[[Path, str], bool] | None, float]]:
    spread = [(f"after {d:.3f} s", None, d) for d in spread_delays(duration, KILLS, "purge")]
    return spread + [
        ("a new version is being staged", lambda root, _: staging_holds_a_version(root), duration * 3),
        ("swapped, the old version or the index not yet done", lambda root, item: _swapped(root, item),
         duration * 3),
    ]


def test_a_purge_killed_at_any_moment_leaves_the_old_bag_or_the_new(prepared, tmp_path):
    root, item_id = prepared
    bag = root / "bags" / item_id
    old, old_events = _files(bag), json.loads((bag / "metadata" / "provenance.json").read_text())["events"]
    trial = tmp_path / "trial"
    shutil.copytree(root, trial, symlinks=True)
    started = time.monotonic()
    assert subprocess.run(_purge_argv(trial, item_id), cwd=REPO, capture_output=True, timeout=300).returncode == 0
    duration = time.monotonic() - started
    seen: dict[str, int] = {}
    for label, when, delay in _kill_points(duration):
        work = tmp_path / "work"
        shutil.rmtree(work, ignore_errors=True)
        shutil.copytree(root, work, symlinks=True)
        watch = (lambda: when(work, item_id)) if when else None
        killed = kill_when(_purge_argv(work, item_id), watch, delay)
        home = work / "bags" / item_id
        if not home.exists():               # only where the exchange is not offered: put back by recovery
            assert (work / "bags" / ".staging" / f"retired-{item_id}").is_dir(), label
            state = _state(work / "bags" / ".staging" / f"retired-{item_id}", old, old_events)
        else:
            state = _state(home, old, old_events)
        seen[state] = seen.get(state, 0) + 1
        _finish_and_check(work, item_id, state)
        assert killed or state == "new", label
    assert seen.get("old") and seen.get("new"), seen       # the kills fell on both sides of the change
