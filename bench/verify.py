"""Benchmark: our fixity audit (``archive.fixity.verify``) against bagit-python's ``Bag.validate()``.

Builds two data sets, then measures, all in the same run:

* (a) N bags of about 5 KB invented articles, made by the archive's own
  ``ingest`` (so they are the archive's real bags: sha256 and sha512 manifests
  and tag manifests, provenance and descriptive tag files);
* (b) one bag "from another system": a folder holding one file of random
  bytes (``--big-mb``, default 1024 MiB), bagged by bagit-python's
  ``make_bag(folder, checksums=["sha256", "sha512"])``.

Sides, each in a fresh child process (this script with the hidden ``--child``
flag) so that the peak RSS reported is that side's own (worker processes
separately: the largest of them):

* ours on (a): ``verify_bags(bag dirs, expected=N)`` as ``archive verify``
  calls it (``expected`` is passed when the function takes it: it decides
  whether bags are spread over worker processes); every verdict must be valid;
* ours on (a) in one process: the same with ``workers=1``;
* bagit on (a): ``bagit.Bag(str(path)).validate()`` for every bag, one after
  the other (bagit's defaults: one process);
* ours on (b) and bagit on (b), the same calls on the one big bag;
* raw hashlib on (b)'s payload file: sha256 alone, sha512 alone, both in
  sequence (one read loop updating both, as a single thread must), and both
  in two threads fed by one read loop (the ceiling for one file on two or
  more cores: about the sha512 figure).

Every side reads warm data: before any timing the parent reads every file of
both data sets once (they fit in the page cache), and re-reads the big file
before each side that uses it. ``fincore`` (if installed) confirms the big
file is resident.

Shared machines: each side reports "others", the CPU every other process on
the machine used while it ran (from /proc/stat), and ``--wait-idle SECONDS``
waits before each side for a quiet second. The report names the commit and a
digest of the verify modules, and warns if they changed during the run.

    .venv/bin/python bench/verify.py --keep            # build, measure, keep the data
    .venv/bin/python bench/verify.py --reuse DIR --repeat 3 --scaling --wait-idle 90
    .venv/bin/python bench/verify.py --reuse DIR --skip-big --profile --profile-n 2000
    .venv/bin/python bench/verify.py --reuse DIR --build-only   # only build what DIR lacks
    .venv/bin/python bench/verify.py --n 500 --big-mb 64   # a quick try

``--scaling`` also runs ours on the first 5,000, 10,000 and 20,000 bags of (a)
(``--sizes``) and prints the peak RSS for each: it must stay flat. Bags are
fed to every side lazily, in directory order (``os.scandir``), and verdicts
are counted, not kept, so the harness itself does not grow with N.
``--profile`` runs ours in one process (``workers=1``) under cProfile, every
thread profiled.

The parent imports neither ``archive`` nor ``bagit`` and stays small: on
Linux a child's ``ru_maxrss`` starts from the RSS of the process that spawned
it. ``--reuse DIR`` takes the data a ``--keep`` run left in DIR (building
20,000 bags takes about a minute) and never deletes it; what DIR lacks is
built there.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

import machine  # bench/machine.py, beside this script
from typing import Self

HERE = Path(__file__).resolve()
REPO = HERE.parent.parent
CHECKSUMS = ["sha256", "sha512"]
PER_FOLDER = 1000  # source articles per sub-folder, as in bench/ingest.py
CHUNK = 16 * 1024 * 1024  # writing the big file
READ_CHUNK = 1024 * 1024  # reading it for the raw hashlib figures
BUILD_FILE = "build.json"
MB = 1e6  # decimal units throughout: MB = 10^6 bytes, GB = 10^9 bytes


# --- the data sets ---------------------------------------------------------------------


def _bench_ingest():
    """bench/ingest.py as a module, for its article generator (one generator for both benchmarks)."""
    spec = importlib.util.spec_from_file_location("bench_ingest", HERE.parent / "ingest.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def bag_dirs(bags: Path):
    """The bags under ``bags`` in directory order, lazily: no list of N paths is ever built."""
    with os.scandir(bags) as entries:
        for entry in entries:
            if not entry.name.startswith(".") and entry.is_dir(follow_symlinks=False):
                yield Path(entry.path)


def _build_small(data: Path, n: int, seed: int) -> dict:
    sys.path.insert(0, str(REPO))
    from archive.preservation.ingest import ingest
    from archive.preservation.root import init_root

    articles = _bench_ingest()
    src = data / "src"
    t0 = time.perf_counter()
    source_bytes = articles.generate(src, n, seed)
    generated = time.perf_counter() - t0
    root = init_root(data / "root")
    t0 = time.perf_counter()
    report = ingest(root, [src], keep_outcomes=False)
    ingested = time.perf_counter() - t0
    counts = report.counts()
    if counts["archived"] != n:
        raise SystemExit(f"build: expected {n} archived, got {counts}")
    shutil.rmtree(src)  # only the bags are measured
    return {"n": n, "seed": seed, "source_bytes": source_bytes,
            "generate_seconds": generated, "ingest_seconds": ingested}


def _build_big(data: Path, megabytes: int, seed: int) -> dict:
    import logging

    import bagit
    logging.getLogger("bagit").setLevel(logging.WARNING)
    folder = data / "big"
    folder.mkdir()
    rng = random.Random(seed)
    size = megabytes * 1024 * 1024
    t0 = time.perf_counter()
    with open(folder / f"random-{megabytes}MiB.bin", "wb") as out:
        left = size
        while left:
            block = rng.randbytes(min(CHUNK, left))
            out.write(block)
            left -= len(block)
    written = time.perf_counter() - t0
    t0 = time.perf_counter()
    bagit.make_bag(str(folder), {"Source-Organization": "Another system"}, checksums=CHECKSUMS)
    bagged = time.perf_counter() - t0
    return {"mib": megabytes, "bytes": size, "write_seconds": written, "make_bag_seconds": bagged}


def big_payload(data: Path) -> Path:
    files = sorted((data / "big" / "data").iterdir())
    if len(files) != 1:
        raise SystemExit(f"{data / 'big'}: expected one payload file, found {len(files)}")
    return files[0]


def load_build(data: Path) -> dict:
    try:
        return json.loads((data / BUILD_FILE).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}


def save_build(data: Path, build: dict) -> None:
    (data / BUILD_FILE).write_text(json.dumps(build, indent=1) + "\n", encoding="utf-8")


# --- warming the page cache, counting bytes (parent; small buffers, nothing kept) ---------------


def read_all(path: Path, buffer: bytearray) -> int:
    total = 0
    with open(path, "rb", buffering=0) as handle:
        while True:
            got = handle.readinto(buffer)
            if not got:
                return total
            total += got


def warm_small(bags: Path, checkpoints: list[int]) -> dict[int, dict]:
    """Read every file of the bags once (warming the cache); sizes at each checkpoint of bag count.

    ``payload`` counts the bytes under data/ (what the archive holds); ``hashed``
    also counts the tag files a validator hashes (all but the tag manifests).
    """
    buffer = bytearray(READ_CHUNK)
    wanted = sorted(set(checkpoints))
    stats: dict[int, dict] = {}
    bags_seen = files = payload = hashed = 0
    for bag in bag_dirs(bags):
        for folder, _dirs, names in os.walk(bag):
            in_payload = os.path.relpath(folder, bag).split(os.sep)[0] == "data"
            for name in names:
                size = read_all(Path(folder, name), buffer)
                files += 1
                if in_payload:
                    payload += size
                if in_payload or not name.startswith("tagmanifest-"):
                    hashed += size
        bags_seen += 1
        if bags_seen in wanted:
            stats[bags_seen] = {"files": files, "payload": payload, "hashed": hashed}
            if bags_seen == wanted[-1]:
                break
    if bags_seen < wanted[-1]:
        raise SystemExit(f"{bags}: only {bags_seen} bags, {wanted[-1]} asked for")
    return stats


def warm_big(payload: Path) -> float:
    t0 = time.perf_counter()
    read_all(payload, bytearray(READ_CHUNK))
    return time.perf_counter() - t0


def resident(path: Path) -> str:
    try:
        out = subprocess.run(["fincore", "--bytes", "--noheadings", "--output", "RES,SIZE", str(path)],
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, check=True)
        res, size = out.stdout.split()[:2]
        return f"{int(res) / int(size):.0%} of the file in the page cache"
    except (OSError, subprocess.CalledProcessError, ValueError):
        return "page-cache residency unknown (no fincore)"


# --- the sides, each run in a child process ----------------------------------------------------


def _status_kb(field: str) -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def _busy_seconds() -> float:
    """CPU seconds spent by the whole machine (every process, every core) since boot, from /proc/stat."""
    with open("/proc/stat", encoding="ascii") as stat:
        fields = [int(x) for x in stat.readline().split()[1:]]
    idle = fields[3] + fields[4]  # idle, iowait
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def _cpu_seconds() -> float:
    """CPU of this process (all threads) and of its finished child processes (worker pools)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


class _Clock:
    """Wall and CPU time of this side (its workers included), and the CPU every other process on
    the machine used meanwhile (in cores)."""

    def __enter__(self) -> Self:
        self.busy0, self.cpu0, self.t0 = _busy_seconds(), _cpu_seconds(), time.perf_counter()
        return self

    def __exit__(self, *exc: object) -> None:
        self.seconds = time.perf_counter() - self.t0
        self.cpu = _cpu_seconds() - self.cpu0
        self.others = max(0.0, _busy_seconds() - self.busy0 - self.cpu) / self.seconds

    def result(self, **more) -> dict:
        return dict(seconds=self.seconds, cpu=self.cpu, others=self.others, **more)


def _thread_profiler():
    """cProfile for every thread (cProfile alone sees only the thread that enabled it)."""
    import cProfile
    import threading
    profilers: list = []

    def start(frame, event, arg):  # the first profile event of a new thread swaps in cProfile
        profiler = cProfile.Profile()
        profilers.append(profiler)
        profiler.enable()

    main = cProfile.Profile()
    profilers.append(main)
    threading.setprofile(start)
    main.enable()

    def stop() -> str:
        import io
        import pstats
        main.disable()
        threading.setprofile(None)
        out = io.StringIO()
        stats = pstats.Stats(profilers[0], stream=out)
        for other in profilers[1:]:
            stats.add(other)
        out.write(f"({len(profilers)} threads profiled; times are summed over threads)\n")
        stats.sort_stats("tottime").print_stats(25)
        stats.sort_stats("cumulative").print_stats(25)
        return out.getvalue()

    return stop


def _ours(paths, expected: int, workers: int | None = None, profile: bool = False) -> dict:
    import inspect
    sys.path.insert(0, str(REPO))
    from archive.fixity.verify import verify_bags

    options = {"workers": workers}
    if "expected" in inspect.signature(verify_bags).parameters:
        options["expected"] = expected  # the number of bags coming, as `archive verify` passes it
    start_rss = _status_kb("VmRSS")
    stop = _thread_profiler() if profile else None
    bags = files = nbytes = 0
    invalid = []
    with _Clock() as clock:
        for verdict in verify_bags(paths, **options):
            bags += 1
            files += verdict.files
            nbytes += verdict.bytes
            if not verdict.valid and len(invalid) < 5:
                invalid.append(f"{verdict.bag}: {[str(p) for p in verdict.problems[:3]]}")
    result = clock.result(start_rss_kb=start_rss, bags=bags, files=files, bytes=nbytes)
    if stop:
        result["profile"] = stop()
    if invalid:
        raise SystemExit("ours: invalid bags:\n" + "\n".join(invalid))
    return result


def _bagit(paths) -> dict:
    import logging

    import bagit
    logging.getLogger("bagit").setLevel(logging.WARNING)
    start_rss = _status_kb("VmRSS")
    bags = 0
    with _Clock() as clock:
        for path in paths:
            bagit.Bag(str(path)).validate()  # raises on the first invalid bag
            bags += 1
    return clock.result(start_rss_kb=start_rss, bags=bags)


def _hash_loop(path: Path, algorithms: list[str]) -> None:
    import hashlib
    hashers = [hashlib.new(a) for a in algorithms]
    buffer = bytearray(READ_CHUNK)
    view = memoryview(buffer)
    with open(path, "rb", buffering=0) as handle:
        while True:
            got = handle.readinto(buffer)
            if not got:
                break
            chunk = view[:got]
            for hasher in hashers:
                hasher.update(chunk)  # hashlib releases the GIL for large buffers


def _hash_threads(path: Path, algorithms: list[str]) -> None:
    """One read loop, one thread per algorithm; each chunk (an immutable bytes) goes to every thread."""
    import hashlib
    import queue
    import threading

    queues = [queue.Queue(maxsize=8) for _ in algorithms]

    def work(algorithm: str, inbox: queue.Queue) -> None:
        hasher = hashlib.new(algorithm)
        while (chunk := inbox.get()) is not None:
            hasher.update(chunk)

    threads = [threading.Thread(target=work, args=(a, q)) for a, q in zip(algorithms, queues, strict=True)]
    for thread in threads:
        thread.start()
    with open(path, "rb", buffering=0) as handle:
        while chunk := handle.read(READ_CHUNK):
            for inbox in queues:
                inbox.put(chunk)
    for inbox in queues:
        inbox.put(None)
    for thread in threads:
        thread.join()


def _hashlib(payload: Path) -> dict:
    size = payload.stat().st_size
    modes = {}
    for label, run, algorithms in (("sha256 alone", _hash_loop, ["sha256"]),
                                   ("sha512 alone", _hash_loop, ["sha512"]),
                                   ("both in sequence", _hash_loop, CHECKSUMS),
                                   ("both, 2 threads", _hash_threads, CHECKSUMS)):
        with _Clock() as clock:
            run(payload, algorithms)
        modes[label] = clock.result(bytes=size)
    return {"modes": modes}


def child_main(args: argparse.Namespace) -> None:
    data = Path(args.data)
    bags = data / "root" / "bags"
    if args.child == "build-small":
        result = _build_small(data, args.n, args.seed)
    elif args.child == "build-big":
        result = _build_big(data, args.big_mb, args.seed)
    elif args.child == "ours-small":
        result = _ours(islice(bag_dirs(bags), args.count), args.count)
    elif args.child == "ours1-small":  # one process (workers=1); under --profile, with cProfile
        result = _ours(islice(bag_dirs(bags), args.count), args.count, workers=1, profile=args.profile)
    elif args.child == "bagit-small":
        result = _bagit(islice(bag_dirs(bags), args.count))
    elif args.child == "ours-big":
        result = _ours([data / "big"], 1)
    elif args.child == "bagit-big":
        result = _bagit([data / "big"])
    else:
        result = _hashlib(big_payload(data))
    result["maxrss_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KB on Linux
    result["vmhwm_kb"] = _status_kb("VmHWM")
    result["workers_maxrss_kb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # the largest
    print(json.dumps(result))


def wait_for_idle(most_seconds: float, below: float = 0.2) -> str:
    """On a shared machine: wait (up to ``most_seconds``) for a second in which the other processes
    used less than ``below`` of a core; say how long it took and how busy the last second was."""
    t0 = time.perf_counter()
    while True:
        busy0 = _busy_seconds()
        time.sleep(1.0)
        others = _busy_seconds() - busy0  # the parent sleeps: all of this is other processes
        waited = time.perf_counter() - t0
        if others < below:
            return f"idle after {waited:.0f} s"
        if waited >= most_seconds:
            return f"still {others:.2f} cores busy after {waited:.0f} s"


def run_child(side: str, data: Path, args: argparse.Namespace, count: int = 0,
              profile: bool = False) -> dict:
    if args.wait_idle and not side.startswith("build"):
        print(f"  {side}: machine {wait_for_idle(args.wait_idle)}", flush=True)
    command = [sys.executable, str(HERE), "--child", side, "--data", str(data), "--n", str(args.n),
               "--seed", str(args.seed), "--big-mb", str(args.big_mb), "--count", str(count)]
    if profile:
        command.append("--profile")
    done = subprocess.run(command, stdout=subprocess.PIPE, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


# --- the report ------------------------------------------------------------------------------------


def machine_line(folder: Path) -> str:
    try:
        from importlib.metadata import version
        bagit_version = version("bagit")
    except Exception:  # noqa: BLE001  (only for the report)
        bagit_version = "unknown"
    return machine.machine_line(folder, f"bagit {bagit_version}")


VERIFY_MODULES = ["archive/__init__.py", "archive/verify.py", "archive/hashing.py", "archive/workers.py"]


def library_state() -> str:
    """The commit, and a digest of the modules verify runs on: a run whose code changed midway says so."""
    import hashlib
    digest = hashlib.sha256()
    for name in VERIFY_MODULES:
        path = REPO / name
        digest.update(name.encode() + b"\0" + (path.read_bytes() if path.exists() else b""))
    try:
        commit = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], text=True,
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(REPO), "status", "--porcelain", "--", *VERIFY_MODULES], text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        commit, dirty = "unknown", ""
    return (f"commit {commit}{' (verify modules modified)' if dirty else ''}; sha256 of "
            f"{', '.join(Path(n).name for n in VERIFY_MODULES)}: {digest.hexdigest()[:12]}")


def row(side: str, bags: int, nbytes: int, result: dict) -> dict:
    seconds = result["seconds"]
    return {"side": side, "bags": bags, "mb": nbytes / MB, "seconds": seconds,
            "bags_s": bags / seconds, "mb_s": nbytes / MB / seconds,
            "cores": result["cpu"] / seconds, "others": result["others"], "start_mb": result["start_rss_kb"] / 1024,
            "peak_mb": result["maxrss_kb"] / 1024, "hwm_mb": result["vmhwm_kb"] / 1024,
            "worker_mb": result.get("workers_maxrss_kb", 0) / 1024}


def print_table(rows: list[dict]) -> None:
    header = (f"{'side':<30} {'bags':>6} {'MB':>8} {'seconds':>8} {'bags/s':>9} {'MB/s':>8} "
              f"{'CPU/wall':>8} {'others':>6} {'RSS start MB':>12} {'peak RSS MB':>11} {'worker peak MB':>14}")
    print(header)
    print("-" * len(header))
    for r in rows:
        print(f"{r['side']:<30} {r['bags']:>6} {r['mb']:>8.1f} {r['seconds']:>8.2f} {r['bags_s']:>9.1f} "
              f"{r['mb_s']:>8.1f} {r['cores']:>8.2f} {r['others']:>6.2f} {r['start_mb']:>12.1f} {r['peak_mb']:>11.1f} {r['worker_mb']:>14.1f}")


def median(values: list[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def pair_rounds(repeat: int):
    """Side order per round, alternating so neither side always runs first."""
    for i in range(repeat):
        yield ("bagit", "ours") if i % 2 == 0 else ("ours", "bagit")


NOTES = ("notes: MB = 10^6 bytes of payload (files under data/); 'CPU/wall' is the child's CPU "
         "seconds (all threads) over wall seconds,\n       so 2.00 means two cores busy for the "
         "whole run (worker processes included); 'others' is the CPU every other process on the machine used meanwhile (cores,\n"
         "       from /proc/stat), which this side could not have. Every side reads warm data (page cache). bagit validates with its\n       "
         "defaults (processes=1): one process, one thread, files one after the other, both digests "
         "per 512 KiB read.")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=20000, help="small bags in (a) (default 20000)")
    parser.add_argument("--big-mb", type=int, default=1024, help="payload of (b) in MiB (default 1024)")
    parser.add_argument("--skip-big", action="store_true", help="neither build nor measure (b)")
    parser.add_argument("--skip-small", action="store_true", help="neither build nor measure (a)")
    parser.add_argument("--seed", type=int, default=20261125, help="generator seed")
    parser.add_argument("--tmp", help="parent of the data folder (default: the system's temp dir)")
    parser.add_argument("--keep", action="store_true", help="keep the data folder (for --reuse)")
    parser.add_argument("--reuse", metavar="DIR", help="use (and complete) the data a --keep run left in DIR")
    parser.add_argument("--build-only", action="store_true",
                        help="build (or complete) the data, measure nothing; with --reuse DIR or --keep")
    parser.add_argument("--wait-idle", type=float, default=0, metavar="SECONDS",
                        help="before each measured side, wait up to SECONDS for the other processes on "
                             "the machine to use less than 0.2 of a core (for shared machines)")
    parser.add_argument("--repeat", type=int, default=1,
                        help="measure each ours/bagit pair this many times, alternating which goes first")
    parser.add_argument("--scaling", action="store_true",
                        help="also run ours on the first --sizes bags of (a), for peak RSS against N")
    parser.add_argument("--sizes", default="5000,10000,20000", help="bag counts for --scaling")
    parser.add_argument("--profile", action="store_true",
                        help="only run ours on the first --profile-n bags of (a) under cProfile (all threads)")
    parser.add_argument("--profile-n", type=int, default=2000)
    parser.add_argument("--child", choices=["build-small", "build-big", "ours-small", "ours1-small", "bagit-small",
                                            "ours-big", "bagit-big", "hashlib"], help=argparse.SUPPRESS)
    parser.add_argument("--data", help=argparse.SUPPRESS)
    parser.add_argument("--count", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child_main(args)
        return
    if args.n < 1 or args.big_mb < 1 or args.repeat < 1:
        parser.error("--n, --big-mb and --repeat must be positive")
    small, big = not args.skip_small, not (args.skip_big or args.profile)
    sizes = sorted({int(s) for s in args.sizes.split(",")} | {args.n}) if args.scaling else [args.n]
    sizes = [s for s in sizes if s <= args.n]

    if args.reuse:
        data = Path(args.reuse).absolute()
        data.mkdir(parents=True, exist_ok=True)
    else:
        data = Path(tempfile.mkdtemp(prefix="bench-verify-", dir=args.tmp))
    try:
        print(f"machine: {machine_line(data)}", flush=True)
        library = library_state()
        print(f"library: {library}", flush=True)
        build = load_build(data)
        if small:
            have = build.get("small")
            if have and have["n"] < max(sizes + [args.profile_n if args.profile else 0]):
                raise SystemExit(f"{data}: holds {have['n']} small bags, fewer than asked for")
            if not have:
                print(f"building (a): {args.n} articles, ingested into {data / 'root'} ...", flush=True)
                build["small"] = run_child("build-small", data, args)
                save_build(data, build)
            have = build["small"]
            print(f"(a) {have['n']} bags: articles generated in {have['generate_seconds']:.1f} s, "
                  f"ingested in {have['ingest_seconds']:.1f} s", flush=True)
        if big:
            have = build.get("big")
            if have and have["mib"] != args.big_mb:
                raise SystemExit(f"{data}: its big bag holds {have['mib']} MiB, not {args.big_mb}")
            if not have:
                print(f"building (b): {args.big_mb} MiB of random bytes, bagged by bagit-python ...",
                      flush=True)
                build["big"] = run_child("build-big", data, args)
                save_build(data, build)
            have = build["big"]
            print(f"(b) one bag, {have['bytes'] / MB:.1f} MB payload: written in "
                  f"{have['write_seconds']:.1f} s, make_bag in {have['make_bag_seconds']:.1f} s", flush=True)

        if args.build_only:
            return
        rows: list[dict] = []
        ratios: list[str] = []
        if small:
            counts = sorted(set(sizes + ([args.profile_n] if args.profile else [])))
            t0 = time.perf_counter()
            stats = warm_small(data / "root" / "bags", counts)
            last = stats[max(counts)]
            print(f"warm-up: read {max(counts)} bags, {last['files']} files, {last['hashed'] / MB:.1f} MB "
                  f"(payload {last['payload'] / MB:.1f} MB), in {time.perf_counter() - t0:.1f} s", flush=True)
            if args.profile:
                n = args.profile_n
                result = run_child("ours1-small", data, args, count=n, profile=True)
                print(result["profile"])
                rows.append(row("ours (a), 1 process, cProfile", n, stats[n]["payload"], result))
            else:
                n = args.n
                labels = {"bagit": "bagit (a) Bag.validate", "ours1": "ours (a), 1 process",
                          "ours": "ours (a) verify_bags"}
                by_side: dict[str, list[dict]] = {side: [] for side in labels}
                for order in pair_rounds(args.repeat):
                    for side in (order[0], "ours1", order[1]):
                        r = row(labels[side], n, stats[n]["payload"],
                                run_child(f"{side}-small", data, args, count=n))
                        rows.append(r)
                        by_side[side].append(r)
                per_s = {side: median([r["bags_s"] for r in got]) for side, got in by_side.items()}
                ratios.append(f"(a) ours/bagit, bags/s: {per_s['ours'] / per_s['bagit']:.2f}  (target >= 3); "
                              f"ours in 1 process/bagit: {per_s['ours1'] / per_s['bagit']:.2f}"
                              + (" (medians of each side's runs)" if args.repeat > 1 else ""))
                if args.scaling:
                    for k in sizes:
                        if k == n:
                            continue
                        rows.append(row("ours (a), scaling", k, stats[k]["payload"],
                                        run_child("ours-small", data, args, count=k)))
                    scaled = sorted((r for r in rows if r["side"] in ("ours (a) verify_bags",
                                                                       "ours (a), scaling")),
                                    key=lambda r: r["bags"])
                    first, top = scaled[0], scaled[-1]
                    ratios.append(f"(a) ours peak RSS from {first['bags']} to {top['bags']} bags: "
                                  f"{first['peak_mb']:.1f} -> {top['peak_mb']:.1f} MB "
                                  f"({top['peak_mb'] - first['peak_mb']:+.1f} MB); largest worker "
                                  f"{first['worker_mb']:.1f} -> {top['worker_mb']:.1f} MB")
        if big:
            payload = big_payload(data)
            nbytes = payload.stat().st_size
            print(f"warm-up: read {payload.name} ({nbytes / MB:.1f} MB) in {warm_big(payload):.2f} s; "
                  f"{resident(payload)}", flush=True)
            by_side = {"ours": [], "bagit": []}
            for order in pair_rounds(args.repeat):
                for side in order:
                    warm_big(payload)
                    label = "ours (b) verify_bags" if side == "ours" else "bagit (b) Bag.validate"
                    r = row(label, 1, nbytes, run_child(f"{side}-big", data, args))
                    rows.append(r)
                    by_side[side].append(r)
            warm_big(payload)
            raw = run_child("hashlib", data, args)
            hashlib_mb_s = {}
            for label, mode in raw["modes"].items():
                r = row(f"hashlib {label}", 1, mode["bytes"],
                        dict(mode, start_rss_kb=0, maxrss_kb=raw["maxrss_kb"], vmhwm_kb=raw["vmhwm_kb"]))
                rows.append(r)
                hashlib_mb_s[label] = r["mb_s"]
            ours_b = median([r["mb_s"] for r in by_side["ours"]])
            bagit_b = median([r["mb_s"] for r in by_side["bagit"]])
            seq, s512 = hashlib_mb_s["both in sequence"], hashlib_mb_s["sha512 alone"]
            ratios += [f"(b) ours/bagit, MB/s: {ours_b / bagit_b:.2f}  (target >= 1.3)"
                       + (" (medians of each side's runs)" if args.repeat > 1 else ""),
                       (f"(b) ours as a fraction of raw hashlib 'both in sequence' ({seq:.0f} MB/s): "
                        f"{ours_b / seq:.2f}; of 'sha512 alone' ({s512:.0f} MB/s): {ours_b / s512:.2f}"),
                       f"(b) bagit as a fraction of 'both in sequence': {bagit_b / seq:.2f}"]
        if library_state() != library:
            print(f"WARNING: the verify modules changed during the run (now {library_state()}); "
                  "the figures mix two versions")
        print()
        print_table(rows)
        print()
        for line in ratios:
            print(line)
        for r in rows:
            if r["start_mb"] and abs(r["hwm_mb"] - r["peak_mb"]) > 1:
                print(f"warning: {r['side']} ({r['bags']} bags): ru_maxrss {r['peak_mb']:.1f} MB but "
                      f"VmHWM {r['hwm_mb']:.1f} MB")
        print(NOTES)
    finally:
        if args.reuse:
            print(f"data left in {data} (--reuse never deletes)")
        elif args.keep:
            print(f"kept {data}; measure again with --reuse {data}")
        else:
            shutil.rmtree(data, ignore_errors=True)


if __name__ == "__main__":
    main()
