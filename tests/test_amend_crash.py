"""``archive amend`` killed at any moment: the bag is exactly the old version or the new one.

The real command runs as a subprocess and is SIGKILLed (with its process group) at moments
spread over the time an uninterrupted run takes, when a new version of the bag shows in the
staging area, and when the new version is in place but the index has not yet followed. The
library does not know it is being tested. After every kill:

* the bag is exactly the old version (every file byte for byte as before) or exactly the new
  one: valid by bagit-python, the payload and bag-info unchanged, the old descriptive record
  kept as ``metadata/descriptive-v1.json``, the new one current, the provenance the old
  events plus one "metadata modification" event; never a mix;
* the next command finishes the work: the same amendment again succeeds (old) or is refused
  as changing nothing (new) and brings the index along; then ``archive verify`` finds the bag
  valid, ``archive check`` the index consistent, the staging area is empty, and a search
  finds the article by its new title.
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

import bagit
import pytest

from conftest import REPO
from kill_points import kill_when, spread_delays, staging_holds_a_version

KILLS = int(os.environ.get("ARCHIVE_CRASH_KILLS", "3")) * 3
NEW_TITLE = "Quayside works begin"
TEXT = ("Harbour board approves the sea wall repairs\n\nCALDEN BAY, 14 June 2003 - The harbour board approved "
        "the repairs on Tuesday, its chair said. " + "The work starts in July and ends in May. " * 400)


def _run(root: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "archive", args[0], "--root", str(root), *args[1:]],
                          cwd=REPO, capture_output=True, text=True, timeout=300, check=False)


def _amend_argv(root: Path, item_id: str) -> list[str]:
    return [sys.executable, "-m", "archive", "amend", item_id, f"dc.title={NEW_TITLE}", "dc.date=2003-06-15",
            "--root", str(root), "--reason", "The sheet had the wrong title and day", "--operator", "clerk"]


@pytest.fixture(scope="module")
def prepared(tmp_path_factory) -> tuple[Path, str]:
    """An archive of a few articles, indexed; the id of the one to amend."""
    base = tmp_path_factory.mktemp("amend-crash")
    source = base / "in"
    source.mkdir()
    (source / "harbour.txt").write_text(TEXT, encoding="utf-8")
    (source / "metadata.csv").write_text("filename,dc.title,dc.date\nharbour.txt,Sea wall repairs,2003-06-14\n",
                                         encoding="utf-8")
    for number in range(8):
        (source / f"ferry-{number}.txt").write_text(
            f"Ferry report {number}\n\nOSTERVALE - The ferry crews met again. " * 30, encoding="utf-8")
    root = base / "archive"
    assert _run(root, "init").returncode == 0
    done = _run(root, "ingest", str(source))
    assert done.returncode == 0, done.stderr
    [line] = [ln for ln in done.stdout.splitlines() if "harbour.txt" in ln]
    return root, line.split()[1]


def _digests(bag: Path) -> dict[str, str]:
    return {p.relative_to(bag).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(bag.rglob("*")) if p.is_file()}


class _Old:
    """The bag as it was before any amendment."""

    def __init__(self, bag: Path) -> None:
        self.digests = _digests(bag)
        self.record = (bag / "metadata" / "descriptive.json").read_bytes()
        self.events = json.loads((bag / "metadata" / "provenance.json").read_text())["events"]


def _state(bag: Path, old: _Old) -> str:
    """"old" or "new", asserting that the bag is wholly one of them."""
    bagit.Bag(str(bag)).validate()
    now = _digests(bag)
    if now == old.digests:
        return "old"
    untouched = {name for name in old.digests if not name.startswith("tagmanifest-")
                 and name not in ("metadata/descriptive.json", "metadata/provenance.json")}
    assert {name: now.get(name) for name in untouched} == {name: old.digests[name] for name in untouched}
    assert set(now) == set(old.digests) | {"metadata/descriptive-v1.json"}
    assert (bag / "metadata" / "descriptive-v1.json").read_bytes() == old.record
    record = json.loads((bag / "metadata" / "descriptive.json").read_text())
    assert record["metadata"] == {"dc.title": [NEW_TITLE], "dc.date": ["2003-06-15"]}
    events = json.loads((bag / "metadata" / "provenance.json").read_text())["events"]
    assert events[:-1] == old.events and events[-1]["eventType"] == "metadata modification"
    return "new"


def _new_version_in_place(root: Path, item_id: str) -> bool:
    return (root / "bags" / item_id / "metadata" / "descriptive-v1.json").exists()


def _finish_and_check(root: Path, item_id: str, state: str) -> None:
    again = subprocess.run(_amend_argv(root, item_id), cwd=REPO, capture_output=True, text=True, timeout=300)
    if state == "old":
        assert again.returncode == 0, again.stderr
    else:
        assert again.returncode == 2 and "nothing would change" in again.stderr, again.stderr
    verified = _run(root, "verify", item_id)
    assert verified.returncode == 0, verified.stdout
    checked = _run(root, "check", "--json")
    assert checked.returncode == 0 and json.loads(checked.stdout)["consistent"], checked.stdout
    assert not list((root / "bags" / ".staging").iterdir())
    found = json.loads(_run(root, "search", "quayside", "--json").stdout)
    assert [hit["id"] for hit in found["hits"]] == [item_id]


def _moments(duration: float) -> list[tuple[str, object, float]]:
    spread = [(f"after {d:.3f} s", None, d) for d in spread_delays(duration, KILLS, "amend")]
    return spread + [
        ("a new version is being staged", staging_holds_a_version, duration * 3),
        ("the new version in place, the index not yet", _new_version_in_place, duration * 3),
    ]


def test_an_amend_killed_at_any_moment_leaves_the_old_bag_or_the_new(prepared, tmp_path):
    root, item_id = prepared
    old = _Old(root / "bags" / item_id)
    trial = tmp_path / "trial"
    shutil.copytree(root, trial, symlinks=True)
    started = time.monotonic()
    assert subprocess.run(_amend_argv(trial, item_id), cwd=REPO, capture_output=True, timeout=300).returncode == 0
    duration = time.monotonic() - started
    seen: dict[str, int] = {}
    for label, moment, delay in _moments(duration):
        work = tmp_path / "work"
        shutil.rmtree(work, ignore_errors=True)
        shutil.copytree(root, work, symlinks=True)
        ready = None
        if moment is staging_holds_a_version:
            ready = lambda: staging_holds_a_version(work)          # noqa: E731
        elif moment is _new_version_in_place:
            ready = lambda: _new_version_in_place(work, item_id)    # noqa: E731
        killed = kill_when(_amend_argv(work, item_id), ready, delay)
        home = work / "bags" / item_id
        if home.exists():
            state = _state(home, old)
        else:        # only where the exchange is not offered: the retired bag, put back by recovery
            state = _state(work / "bags" / ".staging" / f"retired-{item_id}", old)
        seen[state] = seen.get(state, 0) + 1
        _finish_and_check(work, item_id, state)
        assert killed or state == "new", label
    assert seen.get("old") and seen.get("new"), seen
