"""Benchmark: the index's life over thousands of small ingests, checked against full rebuilds.

An archive's normal life is many small ingests, now and then a correction of
a person, a reindex, a repair. This runs such a life on one fresh root and
checks the live index after every step:

* ``--steps`` steps (default 2,000). Most are an ingest of 1 to 20 invented
  articles (bench/index.py's generator: about 600 words, invented people
  under transliteration variants, datelines, a source URL; about 5% marked
  restricted). Interleaved: every 250 steps a person correction (``persons
  alias``, or ``persons split`` every other time, followed by the rebuild the
  CLI does), every 400 steps an ``archive reindex``, every 150 steps an
  ingest with ``--no-index`` then ``archive check --repair`` (every other
  time with one bag removed by hand first, so that the repair also deletes).
  Each step calls the library function the CLI command calls.
* After every step: the ids a public search can find equal the public bags
  the run has archived (its own record, not the index's).
* Every ``--compare-every`` steps (default 100), after every step that is
  not a plain ingest, and at the end: a full rebuild from the same bags with
  the live pair words must hold the same documents, terms, postings and
  statistics (``tests/index_equivalence.py``), and answer the probe queries
  (words rare to common, AND, OR, phrases, people, places, years, sources;
  with facets) with the same totals, hits, scores, snippets and facets; a
  rebuild with pair words chosen afresh, as ``archive reindex`` chooses
  them, must give the same result sets and facets.
* Every 50 steps: 60 searches of bench/search.py's six kinds, timed (p95).

Prints a line every 100 steps (articles, segments, live index MB, the step
times, the search p95) and a summary: differences found (must be 0), the
most segments, and the live index's size and search p95 as ratios to a
rebuild of the same bags measured at the end of the same run.

    .venv/bin/python bench/index_life.py                       # 2,000 steps (about an hour)
    .venv/bin/python bench/index_life.py --steps 300 --compare-every 50
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import machine  # bench/machine.py, beside this script
import index as bench_index  # bench/index.py: the article generator
import search as bench_search  # bench/search.py: the query generator

HERE = Path(__file__).resolve()
REPO = HERE.parent.parent
sys.path.insert(0, str(REPO))

from archive.preservation.catalog import bag_dirs  # noqa: E402
from archive.search.consistency import check  # noqa: E402
from archive.errors import ArchiveError  # noqa: E402
from archive.search.index import current_folder, open_index  # noqa: E402
from archive.search.reindex import reindex  # noqa: E402
from archive.search.intake import ingest_and_index  # noqa: E402
from archive.description.authority import alias, split  # noqa: E402
from archive.preservation.root import ArchiveRoot, init_root  # noqa: E402
from archive.search.searching import search  # noqa: E402
from tests.index_equivalence import (answer_differences, content_differences, probe_queries,  # noqa: E402
                                     searchable_ids, shadow_root)

RESTRICTED_SHARE = 0.05
CORRECT_EVERY, REINDEX_EVERY, REPAIR_EVERY = 250, 400, 150


class Life:
    """The run: its root, what it has archived (its own record), and its figures."""

    def __init__(self, work: Path, seed: int) -> None:
        self.work = work
        self.root = init_root(work / "root")
        self.rng = random.Random(seed)
        self.seed = seed
        self.next_article = 0
        self.public: set[str] = set()
        self.all: set[str] = set()
        self.differences: list[str] = []
        self.step_seconds: list[float] = []
        self.rows: list[dict] = []
        self.comparisons = 0

    # --- the steps ---------------------------------------------------------------

    def batch(self, step: int, count: int) -> tuple[Path, set[str]]:
        """``count`` new articles in a folder with a metadata.csv; the names of the restricted ones."""
        folder = self.work / "in" / f"{step:05d}"
        folder.mkdir(parents=True)
        rows, restricted = ["filename,dc.source,dcterms.accessRights"], set()
        for _ in range(count):
            number = self.next_article
            self.next_article += 1
            text, truth = bench_index.make_article(number, self.seed)
            name = f"article-{number:07d}.txt"
            (folder / name).write_text(text, encoding="utf-8")
            access = "restricted" if self.rng.random() < RESTRICTED_SHARE else ""
            if access:
                restricted.add(name)
            rows.append(f"{name},https://www.{truth['host']}/news/{number},{access}")
        (folder / "metadata.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
        return folder, restricted

    def ingest(self, step: int, count: int, *, index: bool = True) -> None:
        folder, restricted = self.batch(step, count)
        report, indexed = ingest_and_index(self.root, [folder], index=index, keep_outcomes=True)
        for outcome in report.outcomes:
            self.all.add(outcome.id)
            if Path(outcome.path).name not in restricted:
                self.public.add(outcome.id)
        if index and (indexed is None or indexed.failed or indexed.error):
            self.differences.append(f"step {step}: indexing failed: {indexed}")
        shutil.rmtree(folder)

    def correct(self, step: int) -> str:
        """A person correction (one the authority accepts), then the rebuild the CLI does."""
        for _ in range(50):
            given, spellings = self.rng.choice(bench_index.PEOPLE)
            other = self.rng.choice(bench_index.PEOPLE)[1][0]
            try:
                if (step // CORRECT_EVERY) % 2:
                    split(self.root, [f"{given} {spellings[-1]}"], note="bench")
                    action = "split"
                else:
                    alias(self.root, spellings[-1], other, note="bench")
                    action = "alias"
                break
            except ArchiveError:               # the same key already, or a cycle: another one
                continue
        reindex(self.root)                      # what `archive persons alias/split` does next
        return action

    def repair(self, step: int) -> str:
        self.ingest(step, self.rng.randint(1, 20), index=False)
        action = "repair"
        if (step // REPAIR_EVERY) % 2:
            victim = self.rng.choice(sorted(self.all))
            shutil.rmtree(self.root.bags / victim, onerror=_writable_then_retry)
            self.all.discard(victim)
            self.public.discard(victim)
            action = "repair with an orphan"
        report = check(self.root, repair=True)
        if not report.consistent:
            self.differences.append(f"step {step}: check --repair left {report.as_dict()}")
        return action

    def step(self, step: int) -> str:
        if step and step % CORRECT_EVERY == 0:
            return self.correct(step)
        if step and step % REINDEX_EVERY == 0:
            reindex(self.root)
            return "reindex"
        if step and step % REPAIR_EVERY == 0:
            return self.repair(step)
        self.ingest(step, self.rng.randint(1, 20))
        return "ingest"

    # --- the checks --------------------------------------------------------------

    def check_ids(self, step: int) -> None:
        found = searchable_ids(self.root)
        if found != self.public:
            self.differences.append(f"step {step}: searchable ids differ from the public bags: "
                                    f"{len(found - self.public)} extra, {len(self.public - found)} missing")

    def compare(self, step: int) -> None:
        self.comparisons += 1
        same = shadow_root(self.root, self.work / "same")
        found = [f"contents: {d}" for d in content_differences(current_folder(self.root), current_folder(same))]
        queries = probe_queries(self.root)
        found += [f"answers: {d}" for d in answer_differences(self.root, same, queries)]
        fresh = shadow_root(self.root, self.work / "fresh", same_pairs=False)
        found += [f"result sets: {d}" for d in answer_differences(self.root, fresh, queries, ranking=False)]
        self.differences += [f"step {step}: {d}" for d in found]


def search_p95(root: ArchiveRoot, seed: int) -> float:
    """p95 (ms) of 60 searches, 10 of each of bench/search.py's kinds, after 6 untimed."""
    times = []
    for kind in bench_search.KINDS:
        for number, q in enumerate(bench_search.queries(kind, 11, seed)):
            started = time.perf_counter()
            if kind == "person":
                search(root, "", person=q["person"], limit=10, facets=False)
            elif kind == "date":
                search(root, q["q"], date_from=str(q["from"]), date_to=str(q["to"]), limit=10, facets=False)
            else:
                search(root, q["q"], limit=10, facets=kind == "faceted")
            if number:
                times.append(1000 * (time.perf_counter() - started))
    times.sort()
    return times[int(0.95 * (len(times) - 1))]


def du_mb(folder: Path) -> float:
    out = subprocess.run(["du", "-sk", str(folder)], stdout=subprocess.PIPE, text=True, check=True).stdout
    return int(out.split()[0]) / 1024


def _writable_then_retry(function, path, _):
    Path(path).parent.chmod(0o700)
    Path(path).chmod(0o700)
    function(path)


def run(args: argparse.Namespace, work: Path) -> int:
    life = Life(work, args.seed)
    p95 = float("nan")
    print(f"{'step':>5} {'articles':>8} {'segments':>8} {'index MB':>8} {'step p50 s':>10} {'step max s':>10} "
          f"{'search p95 ms':>13} {'differences':>11}", flush=True)
    for step in range(args.steps):
        started = time.perf_counter()
        action = life.step(step)
        life.step_seconds.append(time.perf_counter() - started)
        life.check_ids(step)
        if action != "ingest" or (step + 1) % args.compare_every == 0 or step + 1 == args.steps:
            life.compare(step)
        if step % 50 == 49:
            p95 = search_p95(life.root, step)
        if step % 100 == 99 or step + 1 == args.steps:
            recent = life.step_seconds[-100:]
            row = {"step": step + 1, "articles": len(life.all), "segments": len(open_index(life.root)._segments()),
                   "mb": du_mb(current_folder(life.root)), "p50": statistics.median(recent), "max": max(recent),
                   "p95": p95}
            life.rows.append(row)
            print(f"{row['step']:>5} {row['articles']:>8} {row['segments']:>8} {row['mb']:>8.1f} "
                  f"{row['p50']:>10.2f} {row['max']:>10.2f} {row['p95']:>13.1f} {len(life.differences):>11}",
                  flush=True)
    return summary(life)


def summary(life: Life) -> int:
    live_mb, live_p95 = du_mb(current_folder(life.root)), search_p95(life.root, 1)
    segments = len(open_index(life.root)._segments())
    rebuilt = shadow_root(life.root, life.work / "same")
    rebuilt_mb, rebuilt_p95 = du_mb(current_folder(rebuilt)), search_p95(rebuilt, 1)
    print(f"\n{len(life.all)} articles ({len(life.public)} public) after {len(life.step_seconds)} steps; "
          f"{life.comparisons} full comparisons with a rebuild; differences: {len(life.differences)}")
    for line in life.differences[:20]:
        print("  " + line)
    print(f"segments: at most {max(r['segments'] for r in life.rows)} at the 100-step marks, {segments} at the end "
          f"(a rebuild: {len(open_index(rebuilt)._segments())})")
    print(f"live index {live_mb:.1f} MB, a rebuild {rebuilt_mb:.1f} MB: ratio {live_mb / rebuilt_mb:.2f}")
    print(f"search p95 live {live_p95:.1f} ms, on a rebuild {rebuilt_p95:.1f} ms: ratio {live_p95 / rebuilt_p95:.2f}")
    steps = sorted(life.step_seconds)
    print(f"step seconds: median {statistics.median(steps):.2f}, p95 {steps[int(0.95 * (len(steps) - 1))]:.2f}, "
          f"max {steps[-1]:.2f}, total {sum(steps):.0f}")
    return 1 if life.differences else 0


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--steps", type=int, default=2000)
    parser.add_argument("--compare-every", type=int, default=100)
    parser.add_argument("--seed", type=int, default=20261204)
    parser.add_argument("--tmp", help="parent of the temporary folder (default: the system's)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="bench-index-life-", dir=args.tmp))
    print(machine.machine_line(work, f"{args.steps} steps, compared every {args.compare_every}"), flush=True)
    try:
        status = run(args, work)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    sys.exit(status)


if __name__ == "__main__":
    main()
