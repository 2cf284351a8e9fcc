"""Benchmark: pasting an exact headline into a search finds its article first.

Writes ``--count`` articles (default 600) under the headlines of
``tests/headlines.py`` (the punctuation real headlines have; each answer
marked: one article per headline), ingests them into a fresh archive, then
searches each exact headline as typed, as ``archive search`` and the site do.
Prints the share refused, the share with no hits, the share ranking its
article first, the median and p95 search time, and the first 20 misses. The
baseline is the same script run on an earlier commit's ``archive/`` (it uses
only ``search``, ``ingest_and_index`` and the catalog, which every version has).

    .venv/bin/python bench/headlines.py               # 600 headlines
    .venv/bin/python bench/headlines.py --count 1200
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import machine  # bench/machine.py, beside this script

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parent.parent))

from archive.errors import ArchiveError  # noqa: E402
from archive.preservation.catalog import bag_dirs, load_item  # noqa: E402
from archive.preservation.root import init_root  # noqa: E402
from archive.search.intake import ingest_and_index  # noqa: E402
from archive.search.searching import search  # noqa: E402
from tests.headlines import headlines, write_articles  # noqa: E402

def run(count: int, tmp: str | None) -> None:
    folder = Path(tempfile.mkdtemp(prefix="bench-headlines-", dir=tmp))
    try:
        print(machine.machine_line(folder, f"{count} headlines"))
        titles = headlines(count)
        answers = write_articles(folder / "inbox", titles)
        root = init_root(folder / "root")
        ingest_and_index(root, [folder / "inbox"])
        bag_of = {load_item(bag).original_name: bag.name for bag in bag_dirs(root)}
        search(root, "warm up")
        tally = {"refused": 0, "no hits": 0, "first": 0}
        times: list[float] = []
        misses: list[str] = []
        for name, title in answers.items():
            started = time.perf_counter()
            try:
                result = search(root, title, limit=10, facets=False)
            except ArchiveError as refusal:
                tally["refused"] += 1
                misses.append(f"refused: {title!r}: {refusal}")
                continue
            finally:
                times.append((time.perf_counter() - started) * 1000)
            hits = [hit.id for hit in result.hits]
            if not hits:
                tally["no hits"] += 1
                misses.append(f"no hits: {title!r}")
            elif hits[0] == bag_of[name]:
                tally["first"] += 1
            else:
                misses.append(f"not first: {title!r}")
        _report(len(answers), tally, times, misses)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _report(total: int, tally: dict[str, int], times: list[float], misses: list[str]) -> None:
    share = {key: 100.0 * value / total for key, value in tally.items()}
    times.sort()
    print(f"{total} headlines (tests/headlines.py)")
    print(f"refused {tally['refused']} ({share['refused']:.1f}%), no hits {tally['no hits']} "
          f"({share['no hits']:.1f}%), article ranked first {tally['first']} ({share['first']:.1f}%)")
    print(f"search ms: median {statistics.median(times):.1f}, p95 {times[int(0.95 * (len(times) - 1))]:.1f}")
    for line in misses[:20]:
        print("  " + line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=600)
    parser.add_argument("--tmp", help="parent of the temporary folder (default: the system's)")
    args = parser.parse_args()
    run(args.count, args.tmp)


if __name__ == "__main__":
    main()
