"""Benchmark: ``archive.search.searching.search`` against a naive Whoosh setup, per kind of query.

Runs 200 queries of each kind (deterministic for the seed) against both indexes
built by ``bench/index.py`` on the same articles, each side in its own fresh
child process, and prints the median and 95th-percentile latency per kind for
both, with the ratio ours/naive (below 1: ours is faster). Every query asks
for the top 10 with highlights:

* term: one word: one of ranks 30-1,000 of the generator's Zipf lexicon (in 36% to 1% of
  the articles) or, 7 times in 977, a word of its sentence parts (in most articles);
* and: two such words (``prussdem AND council``);
* phrase: a quoted two-word phrase (``"sea wall"``), one of the generator's commonest
  (each in about two articles of three): the hardest case, since every article that has
  the phrase must be found and ranked;
* person: a surname in any of its spellings. Ours: ``search(root, "", person=...)``,
  which matches every transliteration (Zhakianov finds Zhakiyanov and
  Jakiyanov) and explains which spelling matched. Naive: ``people:<spelling>``
  on the naive index's people field, which matches that spelling only;
  highlights on ``people``;
* date: a word and a range of years. Ours: ``search(root, word, date_from=Y1,
  date_to=Y2)``; naive: ``word date:[Y10101 TO Y21231]`` (a term range on the
  stored ``yyyymmdd`` ID);
* faceted: two words OR-ed (a broad result set) with facet counts over all of
  it. Ours: its five facets (year, source, language, kind, person), as the web
  search page shows them; naive: ``groupedby="source"`` and
  ``results.groups("source")``. The other kinds ask ours for no facets
  (``facets=False``), as naive computes none for them.

Ours is called as a library (``search(root, ...)`` with the root opened once);
it keeps one searcher per thread and reopens it only when the index changes,
as the module does. The
naive side opens its index and one searcher once for the whole run (the index
does not change, so it gets the same advantage as ours), parses with ``QueryParser("text", schema)`` and calls
``searcher.search(q, limit=10)`` then ``hit.highlights(field)`` for each hit.
Five queries of each kind run untimed first, on each side.

    .venv/bin/python bench/search.py --reuse /tmp/bench-index-XXXX   # data from bench/index.py --keep
    .venv/bin/python bench/search.py --n 5000    # builds the data first (bench/index.py), then deletes it
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

import machine  # bench/machine.py, beside this script

HERE = Path(__file__).resolve()
REPO = HERE.parent.parent
KINDS = ("term", "and", "phrase", "person", "date", "faceted")
WARMUP = 5

#: Query words: ranks 30 to 1,000 of bench/index.py's Zipf lexicon, which occur in about 36% down to
#: 1% of the articles; plus a few words of the sentence parts, which occur in most of them.
_COMMON = ["footbridge", "flood", "pipeline", "council", "harbour", "Harrowmere", "Tarrow"]
_PHRASES = ["sea wall", "market hall", "flood defences", "gas prices", "court ruling", "mining licence",
            "bus timetable", "town hall", "per cent", "next meeting", "public meeting", "grain harvest",
            "housing plan", "proper answer", "right balance", "pipeline contract", "handwritten signs",
            "first estimate", "written responses", "energy ministry"]


def queries(kind: str, count: int, seed: int) -> list[dict]:
    """``count`` queries of ``kind``, the same for both sides."""
    sys.path.insert(0, str(HERE.parent))
    from index import PEOPLE, lexicon  # bench/index.py's invented people and words
    words = lexicon()[30:1000] + _COMMON
    rng = random.Random(f"{seed}-{kind}")
    out = []
    for _ in range(count):
        if kind == "term":
            out.append({"q": rng.choice(words)})
        elif kind == "and":
            a, b = rng.sample(words, 2)
            out.append({"q": f"{a} AND {b}"})
        elif kind == "phrase":
            out.append({"q": f'"{rng.choice(_PHRASES)}"'})
        elif kind == "person":
            out.append({"person": rng.choice(rng.choice(PEOPLE)[1])})
        elif kind == "date":
            first = rng.randint(1995, 2010)
            out.append({"q": rng.choice(words), "from": first, "to": first + rng.randint(0, 2)})
        else:
            a, b = rng.sample(words, 2)
            out.append({"q": f"{a} OR {b}"})
    return out


# --- the two sides, in child processes ----------------------------------------------------


def _peak_rss_kb() -> int:
    """This process's peak RSS (``VmHWM``): ``ru_maxrss`` would carry over the parent's
    size from before ``execve``."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _ours(work: Path):
    sys.path.insert(0, str(REPO))
    from archive.preservation.root import open_root
    from archive.search.searching import search
    root = open_root(work / "root")

    def run(kind: str, q: dict) -> int:
        facets = kind == "faceted"
        if kind == "person":
            result = search(root, "", person=q["person"], limit=10, facets=facets)
        elif kind == "date":
            result = search(root, q["q"], date_from=str(q["from"]), date_to=str(q["to"]), limit=10,
                            facets=facets)
        else:
            result = search(root, q["q"], limit=10, facets=facets)
        assert all(h.snippet for h in result.hits) or kind == "person"
        return result.total
    return run


def _naive(work: Path):
    from whoosh import index as whoosh_index
    from whoosh.qparser import QueryParser
    ix = whoosh_index.open_dir(str(work / "naive"))
    parser = QueryParser("text", ix.schema)
    searcher = ix.searcher()     # one searcher for the whole run: the index does not change

    def run(kind: str, q: dict) -> int:
        field = "text"
        if kind == "person":
            query, field = parser.parse(f"people:{q['person']}"), "people"
        elif kind == "date":
            query = parser.parse(f"{q['q']} date:[{q['from']}0101 TO {q['to']}1231]")
        else:
            query = parser.parse(q["q"])
        if kind == "faceted":
            results = searcher.search(query, limit=10, groupedby="source")
            results.groups("source")
        else:
            results = searcher.search(query, limit=10)
        for hit in results[:10]:
            hit.highlights(field)
        return len(results)
    return run


def child_main(args: argparse.Namespace) -> None:
    work = Path(args.work)
    run = _ours(work) if args.child == "ours" else _naive(work)
    out = {}
    for kind in KINDS:
        qs = queries(kind, args.queries + WARMUP, args.seed)
        for q in qs[:WARMUP]:
            run(kind, q)
        times, totals = [], []
        for q in qs[WARMUP:]:
            t0 = time.perf_counter()
            totals.append(run(kind, q))
            times.append(time.perf_counter() - t0)
        out[kind] = {"times": times, "mean_total": statistics.fmean(totals)}
        print(f"{args.child} {kind}: {len(times)} queries, {sum(times):.1f} s", file=sys.stderr, flush=True)
    out["maxrss_kb"] = _peak_rss_kb()
    print(json.dumps(out))


def run_child(side: str, work: Path, args: argparse.Namespace) -> dict:
    command = [sys.executable, str(HERE), "--child", side, "--work", str(work),
               "--queries", str(args.queries), "--seed", str(args.seed)]
    done = subprocess.run(command, stdout=subprocess.PIPE, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[18]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reuse", help="a folder kept by bench/index.py --keep (root/, naive/)")
    parser.add_argument("--n", type=int, default=20000, help="articles, when building the data (default 20000)")
    parser.add_argument("--queries", type=int, default=200, help="queries of each kind (default 200)")
    parser.add_argument("--seed", type=int, default=20261125)
    parser.add_argument("--keep", action="store_true", help="keep data this run built")
    parser.add_argument("--ours-only", action="store_true", help="run ours only (for sizes where naive is too slow)")
    parser.add_argument("--child", choices=["ours", "naive"], help=argparse.SUPPRESS)
    parser.add_argument("--work", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child_main(args)
        return
    built = None
    if args.reuse:
        work = Path(args.reuse)
    else:
        done = subprocess.run([sys.executable, str(HERE.parent / "index.py"), "--n", str(args.n), "--keep"],
                              stdout=subprocess.PIPE, text=True, check=True)
        print(done.stdout)
        work = built = Path(done.stdout.strip().splitlines()[-1].removeprefix("kept "))
    try:
        n = len(json.loads((work / "answers.json").read_text(encoding="utf-8")))
        print(f"machine: {machine.machine_line(work)}")
        print(f"data: {work}, N={n}; {args.queries} timed queries of each kind, top 10 with highlights")
        sides = ("ours",) if args.ours_only else ("naive", "ours")
        results = {side: run_child(side, work, args) for side in sides}
        if args.ours_only:
            print(f"\n{'kind':<8} {'ours median ms':>14} {'ours p95 ms':>11} {'hits ours':>9}")
            for kind in KINDS:
                b = results["ours"][kind]
                print(f"{kind:<8} {statistics.median(b['times']) * 1e3:>14.1f} {p95(b['times']) * 1e3:>11.1f} "
                      f"{b['mean_total']:>9.0f}")
            print(f"\npeak RSS MB: ours {results['ours']['maxrss_kb'] / 1024:.1f}")
            return
        print()
        header = (f"{'kind':<8} {'naive median ms':>15} {'naive p95 ms':>12} {'ours median ms':>14} "
                  f"{'ours p95 ms':>11} {'p95 ours/naive':>14} {'hits naive':>10} {'hits ours':>9}")
        print(header)
        print("-" * len(header))
        for kind in KINDS:
            a, b = results["naive"][kind], results["ours"][kind]
            na_med, na_p95 = statistics.median(a["times"]) * 1e3, p95(a["times"]) * 1e3
            ou_med, ou_p95 = statistics.median(b["times"]) * 1e3, p95(b["times"]) * 1e3
            print(f"{kind:<8} {na_med:>15.1f} {na_p95:>12.1f} {ou_med:>14.1f} {ou_p95:>11.1f} "
                  f"{ou_p95 / na_p95:>14.2f} {a['mean_total']:>10.0f} {b['mean_total']:>9.0f}")
        print(f"\npeak RSS MB: naive {results['naive']['maxrss_kb'] / 1024:.1f}, "
              f"ours {results['ours']['maxrss_kb'] / 1024:.1f}")
        print("note: hits = mean total matches per query. Ours' person search matches every spelling of a\n"
              "      surname, naive only the one typed; for 'faceted' ours counts five facets, naive one\n"
              "      (source); naive people/dates/sources were handed to it.")
    finally:
        if built is not None and not args.keep:
            shutil.rmtree(built, ignore_errors=True)


if __name__ == "__main__":
    main()
