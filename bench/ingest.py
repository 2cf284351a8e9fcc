"""Benchmark: ``archive ingest`` against bagit-python's ``make_bag``, one bag per file.

Generates N distinct invented news articles of about 5 KB (plain UTF-8 text
with a headline, a dateline and invented names; deterministic for a seed) in
a temporary folder, then in the same run:

* ours: ``init_root(tmp/"root")`` and ``ingest(root, [src])``, timed around
  ``ingest`` (every file must come out "archived");
* baseline: for every file, make a directory, copy the file in and call
  ``bagit.make_bag(dir, {...}, checksums=["sha256", "sha512"])``; the whole
  loop, copies included, is timed.

Each side runs in its own fresh Python process (this script with the hidden
``--child`` flag), so the peak RSS reported (``ru_maxrss`` of that process)
is that side's alone. ``--scaling`` runs ours at several N to show whether
the peak grows with N; ``--profile`` runs ours under cProfile.

    .venv/bin/python bench/ingest.py              # N=2000, ours vs baseline
    .venv/bin/python bench/ingest.py --n 500
    .venv/bin/python bench/ingest.py --scaling    # ours at N=1000, 2000, 4000
    .venv/bin/python bench/ingest.py --profile --n 500
    .venv/bin/python bench/ingest.py --containers # feeds and WARC files (bench/ingest_containers.py)

The parent process imports neither ``archive`` nor ``bagit`` and keeps no
article in memory, so it stays small: on Linux a child's ``ru_maxrss`` starts
from the RSS of the process that spawned it, and the parent must not set the
floor. The child also reads ``VmHWM`` (peak RSS of its own address space) as a
cross-check.

Deleting: the temporary folder is removed only at the end of the run. On
ext4, creating a file right after many files were deleted is slow (the inode
allocator skips inodes freed in the last minutes, ``recently_deleted`` in the
kernel), so a run started within about five minutes of another run's cleanup
measures less than the machine can do, for both sides. Leave a few minutes
between runs, or use ``--keep`` and delete the folder later.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import machine  # bench/machine.py, beside this script

HERE = Path(__file__).resolve()
REPO = HERE.parent.parent
TARGET_BYTES = 5000  # "about 5 KB" per article
CHECKSUMS = ["sha256", "sha512"]  # the archive's default algorithms (archive/config.py)
ORGANIZATION = "Benchmark archive"

# --- generating articles ----------------------------------------------------------------
# Everything below is invented: names are built from syllables, places and
# organisations are made up, sentences are assembled from fragments.

_SYLLABLES = ["al", "bri", "cor", "dan", "el", "fen", "gar", "hol", "is", "jor", "kel", "lun",
              "mar", "nev", "or", "pel", "quin", "ros", "sel", "tam", "ul", "vor", "wen", "yar",
              "zel", "ba", "ce", "di", "fo", "gu", "ha", "li", "mo", "ne", "ri", "sa", "to", "vi"]
_TOWNS = ["Harrowmere", "Calden Bay", "North Brisket", "Ostervale", "Fennick Cross", "Lowmarsh",
          "Tarrow", "Quillsby", "Ambergate", "Wexton-on-Lyle", "Port Merrow", "Dunhallow"]
_BODIES = ["the district council", "the harbour board", "the regional water authority",
           "the county library service", "the transport committee", "the chamber of commerce",
           "the school governors", "the hospital trust", "the planning inspectorate",
           "the residents' association", "the fisheries cooperative", "the arts foundation"]
_ROLES = ["a spokesperson for", "the chair of", "a senior officer at", "a volunteer with",
          "the treasurer of", "an engineer working for", "a former member of", "the director of"]
_TOPICS = ["the new footbridge", "the flood defences", "the bus timetable", "the budget for next year",
           "the closure of the market hall", "the summer festival", "the repairs to the sea wall",
           "the housing plan", "the shortage of nurses", "the library opening hours",
           "the cycle lane on the high street", "the harbour dredging", "the rise in rents"]
_VERBS = ["approved", "delayed", "criticised", "welcomed", "questioned", "postponed", "defended",
          "revised", "rejected", "announced", "reviewed", "funded"]
_OPENERS = ["On Tuesday evening", "Earlier this week", "After months of debate", "In a brief statement",
            "At a crowded public meeting", "Late on Friday", "Following a review", "This morning"]
_CLAUSES = ["saying the decision had been taken with residents in mind",
            "although several members asked for more time to study the figures",
            "while campaigners gathered outside the town hall with handwritten signs",
            "and officials promised that work would begin before the end of the season",
            "even though the cost has risen by almost a third since the first estimate",
            "after a consultation that drew more than four hundred written responses",
            "but the details will not be published until the next meeting",
            "which local traders said would bring welcome custom to the centre"]
_QUOTES = ["We have listened carefully and we think this is the right balance",
           "Nobody asked the people who actually live here",
           "It is a good start, but it is only a start",
           "The numbers simply do not add up, and everyone knows it",
           "We will keep pressing until there is a proper answer",
           "I have lived here for forty years and I have never seen anything like it",
           "This is about making the town work for the next generation",
           "There is still a lot we do not know"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"]


def _name(rng: random.Random) -> str:
    def word(parts: int) -> str:
        return "".join(rng.choice(_SYLLABLES) for _ in range(parts)).capitalize()
    return f"{word(rng.randint(2, 3))} {word(rng.randint(2, 3))}"


def _sentence(rng: random.Random, people: list[str]) -> str:
    kind = rng.random()
    if kind < 0.35:
        return (f"{rng.choice(_OPENERS)}, {rng.choice(_BODIES)} {rng.choice(_VERBS)} "
                f"{rng.choice(_TOPICS)}, {rng.choice(_CLAUSES)}.")
    if kind < 0.65:
        person = rng.choice(people)
        return (f"\u201c{rng.choice(_QUOTES)},\u201d said {person}, {rng.choice(_ROLES)} "
                f"{rng.choice(_BODIES)}.")
    if kind < 0.85:
        return (f"Figures seen by this paper show that {rng.randint(2, 97)} per cent of households in "
                f"{rng.choice(_TOWNS)} would be affected by {rng.choice(_TOPICS)}, "
                f"{rng.choice(_CLAUSES)}.")
    person = rng.choice(people)
    return (f"{person.split()[0]} told reporters that {rng.choice(_TOPICS)} had been "
            f"{rng.choice(_VERBS)} {rng.randint(2, 11)} times since {rng.randint(1998, 2025)}.")


def make_article(index: int, seed: int) -> bytes:
    """Article ``index`` for ``seed``: about TARGET_BYTES of UTF-8 text, unique per index."""
    rng = random.Random(seed * 1_000_003 + index)
    town = rng.choice(_TOWNS)
    people = [_name(rng) for _ in range(rng.randint(2, 4))]
    headline = (f"{rng.choice(_BODIES).removeprefix('the ').capitalize()} {rng.choice(_VERBS)} "
                f"{rng.choice(_TOPICS).removeprefix('the ')} in {town}")
    date = f"{rng.randint(1, 28)} {rng.choice(_MONTHS)} {rng.randint(2001, 2025)}"
    lines = [headline, "", f"By {_name(rng)}", f"Bench article no. {index:07d} (seed {seed})", "",
             f"{town.upper()}, {date} \u2014 " + " ".join(_sentence(rng, people) for _ in range(2))]
    size = sum(len(line.encode("utf-8")) + 1 for line in lines)
    while size < TARGET_BYTES:
        paragraph = " ".join(_sentence(rng, people) for _ in range(rng.randint(2, 4)))
        lines += ["", paragraph]
        size += len(paragraph.encode("utf-8")) + 2
    return ("\n".join(lines) + "\n").encode("utf-8")


PER_FOLDER = 1000  # articles per sub-folder, as an archivist's batches would be


def generate(folder: Path, n: int, seed: int) -> int:
    """Write N articles into sub-folders of ``folder``; return their total size in bytes.

    Sub-folders of PER_FOLDER keep each directory listing the same size for
    every N, so a memory figure that grows with N is the ingest's own growth,
    not a bigger listing of one huge folder.
    """
    folder.mkdir(parents=True)
    total = 0
    for index in range(n):
        data = make_article(index, seed)
        sub = folder / f"batch-{index // PER_FOLDER:04d}"
        sub.mkdir(exist_ok=True)
        (sub / f"article-{index:07d}.txt").write_bytes(data)
        total += len(data)
    return total


# --- the two sides, each run in a child process ---------------------------------------------


def _status_kb(field: str) -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def _child_ours(src: Path, work: Path, n: int, profile: bool, workers: int | None = None) -> dict:
    sys.path.insert(0, str(REPO))
    from archive.preservation.ingest import ingest
    from archive.preservation.root import init_root

    root = init_root(work / "root")
    start_rss = _status_kb("VmRSS")
    profiler = None
    if profile:
        import cProfile
        profiler = cProfile.Profile()
        profiler.enable()
    t0 = time.perf_counter()
    # keep_outcomes=False, as the CLI runs it: outcomes are streamed, not kept
    report = ingest(root, [src], keep_outcomes=False, workers=workers)
    seconds = time.perf_counter() - t0
    if profiler:
        profiler.disable()
    counts = report.counts()
    if counts["archived"] != n:
        raise SystemExit(f"ours: expected {n} archived, got {counts}")
    result = {"seconds": seconds, "start_rss_kb": start_rss, "bags": counts["archived"]}
    if profiler:
        import io
        import pstats
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(35)
        result["profile"] = out.getvalue()
    # a sanity check outside the timing: bagit-python accepts the bags we wrote
    import bagit
    bags = sorted(p for p in root.bags.iterdir() if p.is_dir() and not p.name.startswith("."))
    for bag in (bags[0], bags[-1]):
        bagit.Bag(str(bag)).validate()
    return result


def _child_baseline(src: Path, work: Path, n: int) -> dict:
    import logging

    import bagit
    logging.getLogger("bagit").setLevel(logging.WARNING)
    out = work / "baseline"
    out.mkdir()
    files = sorted(p for p in src.rglob("*") if p.is_file())
    if len(files) != n:
        raise SystemExit(f"baseline: expected {n} files, found {len(files)}")
    start_rss = _status_kb("VmRSS")
    t0 = time.perf_counter()
    for path in files:
        bag_dir = out / path.stem
        bag_dir.mkdir()
        shutil.copyfile(path, bag_dir / path.name)
        bagit.make_bag(str(bag_dir), {"Source-Organization": ORGANIZATION}, checksums=CHECKSUMS)
    seconds = time.perf_counter() - t0
    bags = sorted(out.iterdir())
    for bag in (bags[0], bags[-1]):
        bagit.Bag(str(bag)).validate()
    return {"seconds": seconds, "start_rss_kb": start_rss, "bags": len(bags)}


def child_main(args: argparse.Namespace) -> None:
    src, work = Path(args.src), Path(args.work)
    if args.child in ("ours", "ours1"):
        result = _child_ours(src, work, args.n, args.profile, 1 if args.child == "ours1" else None)
    else:
        result = _child_baseline(src, work, args.n)
    result["maxrss_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KB on Linux
    result["vmhwm_kb"] = _status_kb("VmHWM")
    # ours stages in worker processes on large batches: the largest of them, separately
    result["workers_maxrss_kb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(json.dumps(result))


def run_child(side: str, src: Path, work: Path, n: int, profile: bool = False) -> dict:
    command = [sys.executable, str(HERE), "--child", side, "--src", str(src), "--work", str(work),
               "--n", str(n)] + (["--profile"] if profile else [])
    done = subprocess.run(command, stdout=subprocess.PIPE, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


# --- the report ------------------------------------------------------------------------------


def machine_line(folder: Path) -> str:
    return machine.machine_line(folder)


def row(side: str, n: int, megabytes: float, result: dict) -> dict:
    seconds = result["seconds"]
    return {"side": side, "n": n, "seconds": seconds, "per_s": n / seconds, "mb_s": megabytes / seconds,
            "start_mb": result["start_rss_kb"] / 1024, "peak_mb": result["maxrss_kb"] / 1024,
            "hwm_mb": result["vmhwm_kb"] / 1024, "worker_mb": result.get("workers_maxrss_kb", 0) / 1024}


def print_table(rows: list[dict]) -> None:
    header = (f"{'side':<32} {'N':>6} {'seconds':>8} {'articles/s':>10} {'MB/s':>7} "
              f"{'RSS start MB':>12} {'peak RSS MB':>11} {'worker peak MB':>14}")
    print(header)
    print("-" * len(header))
    for r in rows:
        print(f"{r['side']:<32} {r['n']:>6} {r['seconds']:>8.2f} {r['per_s']:>10.1f} {r['mb_s']:>7.2f} "
              f"{r['start_mb']:>12.1f} {r['peak_mb']:>11.1f} {r['worker_mb']:>14.1f}")


FSYNC_NOTE = ("note: ours flushes every batch of up to 256 staged bags to disk (one syncfs) before "
              "renaming them into bags/, then fsyncs bags/;\n      bagit-python's make_bag flushes "
              "nothing to disk. Ours also runs libmagic and encoding detection and writes two JSON "
              "tag files per bag.\n      'ours' stages bags in one worker process per core (batches of "
              "64 files or more); 'ours, 1 process' stays in one process like the baseline.")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=2000, help="articles to generate (default 2000)")
    parser.add_argument("--seed", type=int, default=20261125, help="generator seed")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--tmp", help="parent of the temporary folder (default: the system's)")
    parser.add_argument("--scaling", action="store_true",
                        help="run ours only, at each N of --sizes, to show peak memory against N")
    parser.add_argument("--sizes", default="1000,2000,4000", help="N values for --scaling")
    parser.add_argument("--profile", action="store_true",
                        help="run ours only, under cProfile, and print the top functions by cumulative time")
    parser.add_argument("--child", choices=["ours", "ours1", "baseline"], help=argparse.SUPPRESS)
    parser.add_argument("--src", help=argparse.SUPPRESS)
    parser.add_argument("--work", help=argparse.SUPPRESS)
    parser.add_argument("--containers", action="store_true",
                        help="the feed and WARC cases instead (bench/ingest_containers.py, its options after --)")
    args, rest = parser.parse_known_args(argv)
    if args.containers:
        import ingest_containers
        ingest_containers.main([a for a in rest if a != "--"])
        return
    if rest:
        parser.error(f"unrecognized arguments: {' '.join(rest)}")
    if args.child:
        child_main(args)
        return
    if args.n < 2:
        parser.error("--n must be at least 2")

    tmp = Path(tempfile.mkdtemp(prefix="bench-ingest-", dir=args.tmp))
    try:
        print(f"machine: {machine_line(tmp)}")
        rows: list[dict] = []
        if args.scaling or args.profile:
            sizes = [int(s) for s in args.sizes.split(",")] if args.scaling else [args.n]
            for n in sizes:
                src, work = tmp / f"src-{n}", tmp / f"work-{n}"
                megabytes = generate(src, n, args.seed) / 1e6
                work.mkdir()
                print(f"generated {n} articles, {megabytes:.2f} MB, in {src}", flush=True)
                result = run_child("ours", src, work, n, profile=args.profile)
                rows.append(row("ours (archive ingest)", n, megabytes, result))
                if args.profile:
                    print(result["profile"])
                # nothing is deleted until the end: see "Deleting" in the module docstring
            print()
            print_table(rows)
            if args.scaling:
                first, last = rows[0], rows[-1]
                print(f"\npeak RSS from N={first['n']} to N={last['n']} ({last['n'] / first['n']:.0f}x): "
                      f"{first['peak_mb']:.1f} -> {last['peak_mb']:.1f} MB "
                      f"({last['peak_mb'] - first['peak_mb']:+.1f} MB); "
                      f"growth over start RSS {first['peak_mb'] - first['start_mb']:.1f} -> "
                      f"{last['peak_mb'] - last['start_mb']:.1f} MB")
        else:
            src = tmp / "src"
            total = generate(src, args.n, args.seed)
            megabytes = total / 1e6
            print(f"generated {args.n} articles, {megabytes:.2f} MB "
                  f"(mean {total / args.n:.0f} bytes), in {src}", flush=True)
            for side, label in (("baseline", "baseline (bagit make_bag, 1/file)"),
                                ("ours1", "ours, 1 process"),
                                ("ours", "ours (archive ingest)")):
                work = tmp / f"work-{side}"
                work.mkdir()
                rows.append(row(label, args.n, megabytes, run_child(side, src, work, args.n)))
            print()
            print_table(rows)
            baseline, single, ours = rows
            print(f"\nratio ours/baseline, articles/s: {ours['per_s'] / baseline['per_s']:.2f} "
                  f"(1 process: {single['per_s'] / baseline['per_s']:.2f})")
        for r in rows:
            if abs(r["hwm_mb"] - r["peak_mb"]) > 1:
                print(f"warning: {r['side']} N={r['n']}: ru_maxrss {r['peak_mb']:.1f} MB but "
                      f"VmHWM {r['hwm_mb']:.1f} MB")
        print(FSYNC_NOTE)
    finally:
        if args.keep:
            print(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
