"""Audits of the archive: the append-only log, schedules, and a killed audit."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from archive.fixity.audit import audit, last_audit, last_audits, log_path, parse_duration, read_events
from archive.preservation.catalog import bag_dirs
from archive.cli.app import main
from archive.errors import ArchiveError
from archive.preservation.ingest import ingest
from archive.preservation.root import ArchiveRoot, init_root
from conftest import REPO, shared

MANY = 600


@pytest.fixture(scope="module")
def big_root(tmp_path_factory: pytest.TempPathFactory) -> ArchiveRoot:
    """An archive of MANY small invented articles, shared by the tests that only read it."""
    base = tmp_path_factory.mktemp("audit")
    source = base / "source"
    source.mkdir()
    for number in range(MANY):
        (source / f"note-{number:04d}.txt").write_text(
            f"Invented note {number} for the audit tests. " * 20, encoding="utf-8")
    root = init_root(base / "archive")
    assert ingest(root, [source]).counts()["archived"] == MANY
    return root


def _fresh_copy(big_root: ArchiveRoot, tmp_path: Path) -> ArchiveRoot:
    """A root with the same bags and an empty audit log (bags are hard-linked, never changed)."""
    root = init_root(tmp_path / "copy")
    for bag in bag_dirs(big_root):
        subprocess.run(["cp", "-al", str(bag), str(root.bags / bag.name)], check=True)
    return root


def test_every_bag_verified_is_logged_and_shown(root: ArchiveRoot, seeds: Path) -> None:
    ingest(root, [seeds])
    report = audit(root, operator="Ann Auditor")
    assert (report.valid, report.invalid, report.not_reached) == (5, 0, 0)
    events = list(read_events(root))
    assert len(events) == 5
    for event in events:
        assert event["eventType"] == "fixity check" and event["eventOutcome"] == "pass"
        assert event["mode"] == "full" and event["run"] == report.run_id
        assert {a["agentName"] for a in event["linkingAgents"]} == {"archive", "Ann Auditor"}
        assert event["eventOutcomeDetail"]["algorithms"] == ["sha256", "sha512"]
    one = events[0]["bag"]
    assert last_audit(root, one)["eventIdentifier"] == events[0]["eventIdentifier"]
    shown = CliRunner().invoke(main, ["show", "--root", str(root.path), one])
    assert "last audit: " + events[0]["eventDateTime"] in shown.output


def test_a_failed_audit_is_logged_with_its_problems(root: ArchiveRoot, seeds: Path) -> None:
    ingest(root, [seeds])
    bag = next(bag_dirs(root))
    payload = next((bag / "data").iterdir())
    payload.chmod(0o644)
    payload.write_bytes(payload.read_bytes().replace(b"a", b"b", 1))
    result = CliRunner().invoke(main, ["verify", "--root", str(root.path), "--json"])
    assert result.exit_code == 1
    report = json.loads(result.output)
    assert report["summary"]["invalid_bags"] == [bag.name]
    history = CliRunner().invoke(main, ["audit-log", "--root", str(root.path), bag.name, "--json"])
    event = json.loads(history.output)["events"][-1]
    assert event["eventOutcome"] == "fail"
    codes = {(p["code"], p.get("algorithm")) for p in event["eventOutcomeDetail"]["problems"]}
    assert codes == {("checksum", "sha256"), ("checksum", "sha512")}


def test_the_log_is_never_inside_a_bag_and_bags_are_untouched(root: ArchiveRoot, seeds: Path) -> None:
    ingest(root, [seeds])
    before = {p: p.stat().st_mtime_ns for bag in bag_dirs(root) for p in bag.rglob("*")}
    audit(root)
    assert log_path(root).parent == root.path
    assert {p: p.stat().st_mtime_ns for bag in bag_dirs(root) for p in bag.rglob("*")} == before


def test_max_time_stops_starting_bags_and_oldest_first_resumes(big_root: ArchiveRoot, tmp_path: Path) -> None:
    root = _fresh_copy(big_root, tmp_path)
    first = audit(root, max_seconds=0.1, oldest_first=True)
    assert 0 < first.valid < MANY and first.not_reached == MANY - first.valid
    done_first = {e["bag"] for e in read_events(root)}

    order: list[str] = []
    second = audit(root, max_seconds=0.1, oldest_first=True,
                   on_verdict=lambda verdict, done, total: order.append(verdict.bag.name))
    assert second.valid > 0
    never = MANY - len(done_first)
    assert not set(order[:never]) & done_first, "the second night must start with bags never audited"

    before = last_audits(root, full_only=True)
    everything: list[str] = []
    audit(root, oldest_first=True, on_verdict=lambda v, d, t: everything.append(v.bag.name))
    assert len(everything) == MANY
    when = [before.get(bag, {}).get("eventDateTime", "") for bag in everything]
    assert when == sorted(when), "never-audited bags first, then the least recently audited"


def test_a_killed_audit_keeps_every_line_it_wrote_and_the_next_run_resumes(
        big_root: ArchiveRoot, tmp_path: Path) -> None:
    root = _fresh_copy(big_root, tmp_path)
    process = subprocess.Popen([sys.executable, "-m", "archive", "verify", "--root", str(root.path)],
                               cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while not (log_path(root).exists() and log_path(root).stat().st_size > 5000):
        assert process.poll() is None, "the audit ended before it could be killed"
        assert time.monotonic() < deadline
        time.sleep(0.001)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    lines = log_path(root).read_text(encoding="utf-8").splitlines()
    complete = [json.loads(line) for line in lines[:-1]]  # the last line may be cut short
    assert 0 < len(complete) < MANY
    logged = {e["bag"] for e in read_events(root)}
    assert len(logged) >= len(complete)

    order: list[str] = []
    audit(root, oldest_first=True, on_verdict=lambda v, d, t: order.append(v.bag.name))
    assert set(order[:MANY - len(logged)]).isdisjoint(logged)
    assert len(order) == MANY


def test_verify_of_an_outside_bag_is_logged_by_path(root: ArchiveRoot) -> None:
    outside = shared("bagit-conformance", "v1.0", "valid", "basicBag")
    result = CliRunner().invoke(main, ["verify", "--root", str(root.path), str(outside)])
    assert result.exit_code == 0, result.output
    assert [e["bag"] for e in read_events(root)] == [str(outside)]


def test_verify_csv_has_a_row_per_problem(root: ArchiveRoot, seeds: Path) -> None:
    ingest(root, [seeds])
    bag = next(bag_dirs(root))
    (bag / "data" / "extra.txt").write_text("not listed anywhere")
    result = CliRunner().invoke(main, ["verify", "--root", str(root.path), "--csv"])
    rows = result.output.strip().splitlines()
    assert rows[0] == "bag,valid,mode,code,path,algorithm,expected,found,message"
    bad = [r for r in rows[1:] if r.startswith(bag.name)]
    # unlisted in each of the two payload manifests, and a wrong Payload-Oxum
    assert sum("unlisted,data/extra.txt" in r for r in bad) == 2 and sum(",oxum," in r for r in bad) == 1
    assert len(rows) == 1 + 4 + 3 and result.exit_code == 1


def test_verify_usage_errors(root: ArchiveRoot) -> None:
    runner = CliRunner()
    assert runner.invoke(main, ["verify", "--root", str(root.path), "--max-time", "soon"]).exit_code == 2
    assert runner.invoke(main, ["verify", "--root", str(root.path), "--json", "--csv"]).exit_code == 2
    missing = runner.invoke(main, ["verify", "--root", str(root.path), "ffffffffffffffff"])
    assert missing.exit_code == 2 and "no item ffffffffffffffff" in missing.output


@pytest.mark.parametrize("text, seconds", [("90", 90), ("90s", 90), ("10m", 600), ("2h", 7200),
                                           ("1h30m", 5400), ("0.5s", 0.5)])
def test_durations(text: str, seconds: float) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", "soon", "10x", "0", "m"])
def test_bad_durations(text: str) -> None:
    with pytest.raises(ArchiveError):
        parse_duration(text)
