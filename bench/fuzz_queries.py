"""Long random run of the query language: no unhandled error, and how slow the slowest query is.

The long version of tests/test_fuzz_queries.py, on a large archive: ``--count`` random queries
(seeded) built from the same pieces (quotes, brackets, field names, operators, wildcards,
dashes and commas in phrases, control and right-to-left characters, words of the archive),
each with random options (person, place, dates, source, sort, page, limit), run through
``archive.search.searching.search`` one after the other. Every query must give a result or
an ``ArchiveError``; anything else is counted and shown. Prints the latency percentiles, the
ten slowest queries with their times, and the share refused.

    .venv/bin/python bench/index.py --n 100000 --keep --ours-only    # the data, once
    .venv/bin/python bench/fuzz_queries.py --reuse DIR --count 5000
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
import traceback
from pathlib import Path

import machine  # bench/machine.py, beside this script

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from test_fuzz_queries import PIECES  # noqa: E402  (the property tests' pieces of queries)

WORDS = ["footbridge", "flood", "pipeline", "council", "harbour", "Harrowmere", "the", "of", "said", "sea wall",
         "market", "Zhakiyanov", "Jakiyanov", "Kazhegeldin", "opposition", "per cent", "meeting"]
DATES = ["1995", "2004", "2004-04", "2004-04-06", "1999-13", "", "yesterday", None]


def random_query(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(0, 12)):
        roll = rng.random()
        if roll < 0.45:
            parts.append(rng.choice(WORDS) + rng.choice(["", " ", " ", "*"]))
        elif roll < 0.9:
            parts.append(rng.choice(PIECES))
        else:
            parts.append("".join(chr(rng.randint(1, 0x2FFF)) for _ in range(rng.randint(1, 3))))
    return "".join(parts)


def random_options(rng: random.Random) -> dict:
    options: dict = {}
    if rng.random() < 0.2:
        options["person"] = rng.choice(["Zhakianov", "Kazhegeldin", "Nurpeisova", "", "O'Neil"])
    if rng.random() < 0.2:
        options["date_from"], options["date_to"] = rng.choice(DATES), rng.choice(DATES)
    if rng.random() < 0.1:
        options["source"] = rng.choice(["harrowgazette.example", "https://www.steppeherald.example/x", ""])
    if rng.random() < 0.3:
        options["sort"] = rng.choice(["relevance", "date"])
    if rng.random() < 0.2:
        options["page"] = rng.choice([1, 2, 50, 10_000])
    if rng.random() < 0.2:
        options["limit"] = rng.choice([1, 10, 100])
    return options


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reuse", required=True, help="a folder kept by bench/index.py --keep (archive in DIR/root)")
    parser.add_argument("--count", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=20261204)
    args = parser.parse_args(argv)
    from archive.errors import ArchiveError
    from archive.preservation.root import open_root
    from archive.search.searching import search

    root = open_root(Path(args.reuse) / "root")
    print(machine.machine_line(Path(args.reuse), f"{args.count} random queries, seed {args.seed}"), flush=True)
    rng = random.Random(args.seed)
    search(root, "warm up")
    timings: list[tuple[float, str, dict]] = []
    refused, unhandled = 0, []
    for _ in range(args.count):
        query, options = random_query(rng), random_options(rng)
        started = time.perf_counter()
        try:
            search(root, query, **options)
        except ArchiveError:
            refused += 1
        except Exception:  # noqa: BLE001 - counted and shown: the figure that must be 0
            unhandled.append((query, options, traceback.format_exc(limit=3)))
        timings.append((time.perf_counter() - started, query, options))
    seconds = sorted(t for t, _, _ in timings)
    cut = lambda p: seconds[min(len(seconds) - 1, int(p * len(seconds)))] * 1000  # noqa: E731
    print(f"{args.count} queries: {refused} refused ({100 * refused / args.count:.1f}%), "
          f"{len(unhandled)} unhandled errors")
    print(f"latency ms: median {statistics.median(seconds) * 1000:.1f}, p95 {cut(0.95):.1f}, "
          f"p99 {cut(0.99):.1f}, max {seconds[-1] * 1000:.1f}")
    print("slowest:")
    for spent, query, options in sorted(timings, key=lambda t: -t[0])[:10]:
        print(f"  {spent * 1000:8.1f} ms  {query!r} {options}")
    for query, options, trace in unhandled[:5]:
        print(f"unhandled: {query!r} {options}\n{trace}")
    sys.exit(1 if unhandled else 0)


if __name__ == "__main__":
    main()
