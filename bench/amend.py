"""Benchmark: ``archive amend`` of one item in a large archive (issue 17: well under a second
for one item in an archive of 100,000, no full reindex).

Where the archive comes from: ``--reuse DIR`` (an archive root, or a folder holding one in
``root/`` as ``bench/index.py --keep`` leaves it), copied first to a temporary folder and never
changed (``bags/`` with ``cp -al``: bags are never edited in place, a new version is built
beside the old one and swapped in, so sharing their files' inodes is safe; everything else
with ``cp -a``); or ``--n N`` invented articles from bench/index.py's generator, ingested and
indexed here. Neither is timed. An index this version cannot read (an older format, a schema
without the ``amended`` field) is rebuilt first; that full reindex is timed once and is the
second baseline.

Timed on ``--items`` items spread over the archive (median, min, max):

* the real command in a process of its own, as an archivist runs it:
  ``archive amend ID dc.title=... --reason ... --json`` (wall time, Python's start-up and
  imports included), with what its ``--json`` says it spent on the bag and on the index;
  restricting (``dcterms.accessRights=restricted``) the same way;
* in this process, :func:`archive.search.amending.amend_and_index`'s two steps apart: the
  bag's new version (``amend_item``) and the index update (``update_items``);
* baselines in the same run, on the same archive: ``archive --version`` (the floor of any
  command), ``archive show ID`` of the same items (a read), and the full reindex when one
  was needed (what an amendment would cost if it rebuilt the index).

Then ``archive check`` must find the copy consistent. Last, a diagnostic that leaves the copy's
index unequal to a rebuild: the same index update with the rewrite of the segment that held
the item's old document left out (what the update costs besides that rewrite).

    .venv/bin/python bench/amend.py --reuse /tmp/bn/bench-index-0jzxl8m2 --items 3
    .venv/bin/python bench/amend.py --n 100000 --tmp /var/tmp
"""

from __future__ import annotations

import json
import statistics
import time
from pathlib import Path

from one_item import archive_command, bench_main, median_line, ready_index  # bench/one_item.py
from one_item import picks as choose  # noqa: E402

from archive.preservation.amend import amend_item  # noqa: E402
from archive.preservation.catalog import bag_dirs  # noqa: E402
from archive.preservation.root import open_root  # noqa: E402
from archive.search.consistency import check  # noqa: E402
from archive.search.index import open_index  # noqa: E402
from archive.search import index_update  # noqa: E402
from archive.search.index_update import update_items  # noqa: E402


def _cli(root: Path, ids: list[str], assignment: str) -> tuple[list[float], list[float], list[float]]:
    wall, bag, index = [], [], []
    for item_id in ids:
        seconds, done = archive_command(root, "amend", item_id, assignment, "--reason", "bench: a correction", "--json")
        data = json.loads(done.stdout)
        wall.append(seconds)
        bag.append(data["seconds"])
        index.append(data["index"]["seconds"])
    return wall, bag, index


def _library(root, ids: list[str]) -> tuple[list[float], list[float]]:
    bag, index = [], []
    for item_id in ids:
        started = time.perf_counter()
        amend_item(root, item_id, [f"dc.title=Bench title {item_id}", "dc.date=2001-02-03"],
                   "bench: a correction", "bench")
        bag.append(time.perf_counter() - started)
        started = time.perf_counter()
        report = update_items(root, index=[item_id])
        index.append(time.perf_counter() - started)
        if report.error or report.failed:
            raise SystemExit(f"the index update failed: {report.error or report.failures}")
    return bag, index


def run(root_path: Path, items: int) -> None:
    root = open_root(root_path)
    reindexed = ready_index(root)
    ix = open_index(root)
    segments = sorted((s.doc_count() for s in ix._segments()), reverse=True)
    print(f"archive: {sum(1 for _ in bag_dirs(root))} bags, {ix.doc_count()} index documents in "
          f"{len(segments)} segments (largest: {', '.join(map(str, segments[:4]))})", flush=True)
    picks = choose(root, 4 * items)
    titles, restricts, library, diagnostic = picks[0::4], picks[1::4], picks[2::4], picks[3::4]
    print("baselines (a process of its own):", flush=True)
    median_line("archive --version (the floor of any command)", [archive_command(root_path, "--version")[0] for _ in picks[:items]])
    show = median_line("archive show ID", [archive_command(root_path, "show", i)[0] for i in titles])
    print("archive amend (the real command):", flush=True)
    for label, ids, assignment in (("archive amend ID dc.title=... --reason R", titles, "dc.title=Bench title"),
                                   ("archive amend ID dcterms.accessRights=restricted", restricts,
                                    "dcterms.accessRights=restricted")):
        wall, bag, index = _cli(root_path, ids, assignment)
        median_line(label, wall, f"  {statistics.median(wall) / show:.2f}x show; of which bag "
                           f"{statistics.median(bag):.3f} s, index {statistics.median(index):.3f} s")
    print("amend_and_index's steps, in this process:", flush=True)
    bag, index = _library(root, library)
    median_line("the bag's new version (amend_item)", bag)
    median_line("the index update (update_items, one item)", index)
    total = [b + i for b, i in zip(bag, index, strict=True)]
    extra = f"  1/{reindexed / statistics.median(total):.0f} of the full reindex" if reindexed else ""
    median_line("both", total, extra)
    report = check(root)
    print(f"archive check: {'consistent' if report.consistent else 'NOT consistent'}", flush=True)
    if not report.consistent:
        raise SystemExit("the copy is not consistent after the amendments")
    print("diagnostic (leaves this copy's index unequal to a rebuild):", flush=True)
    planned, index_update.plan_merges = index_update.plan_merges, lambda segments: []
    try:
        median_line("the index update without the segment rewrite", _library(root, diagnostic)[1])
    finally:
        index_update.plan_merges = planned


def main(argv: list[str] | None = None) -> None:
    bench_main(__doc__, "amend", 20261204, lambda root, work, items: run(root, items), argv)


if __name__ == "__main__":
    main()
