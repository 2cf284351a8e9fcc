"""Benchmark: ``archive withdraw`` (and ``--purge``) of one item in a large archive.

The archive is a copy of an existing root (``--reuse DIR``: an archive root, or a folder
holding one in ``root/`` as ``bench/index.py --keep`` leaves it; it is copied to a temporary
folder first and never changed) or one built here (``--n N`` invented articles from
bench/index.py's generator, ingested and indexed; not timed). An index this version cannot
read (another index format, a schema without the withdrawal fields) is rebuilt first, and
that rebuild is reported, not timed with the figures.

Timed, each on ``--items`` items spread over the archive (median, min, max):

* the real command in a process of its own, as an archivist runs it: ``archive withdraw ID
  --reason ...`` and ``archive withdraw ID --reason ... --purge --yes`` (wall time, Python's
  start-up included), with what its ``--json`` says it spent on the bag and on the index;
* in this process, ``withdraw_and_index``'s two steps apart: the bag's new version
  (``withdraw_item``) and the index update (``update_items``), and of the latter the time
  spent rewriting the segment that held the item's document (``merge_segments``: the
  index equals a rebuild only once the deleted document is gone from its segment);
* baselines in the same run, on the same archive: ``archive --version`` (the start-up
  floor of any command), ``archive show ID`` (a read) and ``archive ingest`` of one new
  article (an incremental index update that deletes nothing).

Then ``archive check`` must find the copy consistent. Last, a diagnostic on the copy (it
leaves that index unequal to a rebuild): the same index update with the segment rewrite
left out, to show what the rest of the work costs.

    .venv/bin/python bench/withdraw.py --reuse /tmp/bn/bench-index-0jzxl8m2 --items 3
    .venv/bin/python bench/withdraw.py --n 100000 --keep --tmp /var/tmp
"""

from __future__ import annotations

import json
import statistics
import time
from pathlib import Path

from one_item import archive_command, bench_main, ready_index  # bench/one_item.py
from one_item import picks as choose  # noqa: E402
import index as bench_index  # bench/index.py: the article generator


from archive.preservation.catalog import bag_dirs  # noqa: E402
from archive.preservation.root import open_root  # noqa: E402
from archive.search import index_update  # noqa: E402
from archive.search.consistency import check  # noqa: E402
from archive.search.index import open_index  # noqa: E402
from archive.search.withdrawing import public_records  # noqa: E402
from archive.preservation.withdraw import withdraw_item  # noqa: E402


def _stats(values: list[float]) -> tuple[float, float, float]:
    return statistics.median(values), min(values), max(values)


def _line(label: str, values: list[float], base: float | None = None, extra: str = "") -> None:
    median, low, high = _stats(values)
    ratio = f"  {median / base:6.2f}x ingest-one" if base else ""
    print(f"  {label:<44} {median:8.3f} s  (min {low:.3f}, max {high:.3f}, n={len(values)}){ratio}{extra}",
          flush=True)


class _MergeClock:
    """Time spent in segment merges (and documents merged) during index updates, in this process."""

    def __init__(self) -> None:
        self.seconds, self.documents, self.original = 0.0, 0, index_update.merge_segments

    def __enter__(self) -> "_MergeClock":
        def timed(ix, segments, **kwargs):
            started = time.perf_counter()
            try:
                return self.original(ix, segments, **kwargs)
            finally:
                self.seconds += time.perf_counter() - started
                self.documents += sum(s.doc_count_all() for s in segments)
        index_update.merge_segments = timed
        return self

    def __exit__(self, *exc) -> None:
        index_update.merge_segments = self.original


def _baselines(root: Path, ids: list[str], work: Path, rounds: int) -> dict[str, list[float]]:
    found: dict[str, list[float]] = {"version": [], "show": [], "ingest": []}
    for number in range(rounds):
        found["version"].append(archive_command(root, "--version")[0])
        found["show"].append(archive_command(root, "show", ids[number % len(ids)])[0])
        folder = work / f"new-{number}"
        folder.mkdir()
        text, _ = bench_index.make_article(10_000_000 + number, 7)
        (folder / f"fresh-{number}.txt").write_text(text, encoding="utf-8")
        found["ingest"].append(archive_command(root, "ingest", str(folder))[0])
    return found


def _cli_case(root: Path, ids: list[str], purge: bool) -> tuple[list[float], list[float], list[float]]:
    wall, bag, index = [], [], []
    for item_id in ids:
        args = ["withdraw", item_id, "--reason", "bench: a takedown request", "--json"]
        seconds, done = archive_command(root, *args, *(["--purge", "--yes"] if purge else []))
        data = json.loads(done.stdout)
        wall.append(seconds)
        bag.append(data["seconds"])
        index.append(data["index"]["seconds"])
    return wall, bag, index


def _library_case(root, ids: list[str]) -> dict[str, list[float]]:
    found: dict[str, list[float]] = {"records": [], "bag": [], "index": [], "merge": [], "merged_docs": []}
    for item_id in ids:
        started = time.perf_counter()
        records = public_records(root, item_id)
        found["records"].append(time.perf_counter() - started)
        started = time.perf_counter()
        withdraw_item(root, item_id, "bench: a takedown request", "bench", records=records)
        found["bag"].append(time.perf_counter() - started)
        with _MergeClock() as clock:
            started = time.perf_counter()
            index_update.update_items(root, index=[item_id])
            found["index"].append(time.perf_counter() - started)
        found["merge"].append(clock.seconds)
        found["merged_docs"].append(clock.documents)
    return found


def _without_rewrite(root, ids: list[str]) -> list[float]:
    """Diagnostic: the index update with no segment merged (deletions left marked, not made final)."""
    original, seconds = index_update.plan_merges, []
    index_update.plan_merges = lambda segments: []
    try:
        for item_id in ids:
            withdraw_item(root, item_id, "bench: diagnostic", "bench", records=public_records(root, item_id))
            started = time.perf_counter()
            index_update.update_items(root, index=[item_id])
            seconds.append(time.perf_counter() - started)
    finally:
        index_update.plan_merges = original
    return seconds


def run(root_path: Path, work: Path, items: int) -> None:
    root = open_root(root_path)
    ready_index(root)
    ix = open_index(root)
    segments = sorted((s.doc_count() for s in ix._segments()), reverse=True)
    bags = sum(1 for _ in bag_dirs(root))
    print(f"archive: {bags} bags, {ix.doc_count()} index documents in {len(segments)} segments "
          f"(largest: {', '.join(map(str, segments[:4]))})", flush=True)
    picks = choose(root, 4 * items)
    cli_ids, purge_ids, lib_ids, diag_ids = (picks[i::4] for i in range(4))
    base = _baselines(root_path, picks, work, items)
    print("baselines (the real command, a process of its own):", flush=True)
    _line("archive --version (start-up floor)", base["version"])
    _line("archive show ID", base["show"])
    ingest_one = statistics.median(base["ingest"])
    _line("archive ingest ONE-NEW-ARTICLE (indexed)", base["ingest"], ingest_one)
    print("withdraw (the real command):", flush=True)
    for label, ids, purge in (("archive withdraw ID --reason R", cli_ids, False),
                              ("archive withdraw ID --reason R --purge --yes", purge_ids, True)):
        wall, bag, index = _cli_case(root_path, ids, purge)
        _line(label, wall, ingest_one, f"; of which bag {statistics.median(bag):.3f} s, "
                                       f"index {statistics.median(index):.3f} s")
    print("withdraw_and_index's steps, in this process:", flush=True)
    steps = _library_case(root, lib_ids)
    _line("public records read from the index", steps["records"])
    _line("the bag's new version (withdraw_item)", steps["bag"])
    _line("the index update (update_items)", steps["index"])
    _line("  of which rewriting the item's segment", steps["merge"],
          extra=f"; {statistics.median(steps['merged_docs']):.0f} documents rewritten")
    report = check(root)
    print(f"archive check: {'consistent' if report.consistent else 'NOT consistent'}, "
          f"{report.withdrawn} withdrawn ({report.purged} purged)", flush=True)
    if not report.consistent:
        raise SystemExit("the copy is not consistent after the withdrawals")
    diagnostic = _without_rewrite(root, diag_ids)
    print("diagnostic (leaves this copy's index unequal to a rebuild):", flush=True)
    _line("index update without the segment rewrite", diagnostic)


def main(argv: list[str] | None = None) -> None:
    bench_main(__doc__, "withdraw", 20261125, run, argv)


if __name__ == "__main__":
    main()
