"""What the benchmarks of changes to one item share (``bench/amend.py``, ``bench/withdraw.py``).

Both time one ``archive`` command on one item of a large archive, so both need the same
scaffolding: an archive to work on (a copy of one kept by ``bench/index.py --keep``, its bags
hard-linked, never changed; or one built from generated articles), an index this version can
read, the items to change (single-article, in access, spread over the ids), and the command
run in a process of its own, as an archivist runs it.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

import machine  # bench/machine.py, beside this script
import index as bench_index  # bench/index.py: the article generator

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from archive.errors import ArchiveError  # noqa: E402
from archive.preservation.catalog import bag_dirs, load_item  # noqa: E402
from archive.search.index import current_folder, open_index, read_build_meta  # noqa: E402

__all__ = ["archive_command", "copy_root", "build_root", "ready_index", "picks", "median_line", "bench_main"]


def archive_command(root: Path, *args: str) -> tuple[float, subprocess.CompletedProcess]:
    """Wall time of one ``archive`` command in a process of its own, and what it printed."""
    argv = [sys.executable, "-m", "archive", *args]
    if args[0] != "--version":
        argv += ["--root", str(root)]
    started = time.perf_counter()
    done = subprocess.run(argv, cwd=REPO, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"archive {' '.join(args)} failed ({done.returncode}): {done.stderr.strip()}")
    return seconds, done


def copy_root(reuse: Path, work: Path) -> Path:
    """A copy of the archive root in ``reuse`` (or ``reuse/root``): bags hard-linked (a change
    makes a new version beside them, so the originals are never touched), the rest copied."""
    source = reuse / "root" if (reuse / "root" / "archive.toml").exists() else reuse
    if not (source / "archive.toml").exists():
        raise SystemExit(f"{reuse} holds no archive root (no archive.toml there or in root/)")
    target = work / "root"
    target.mkdir()
    started = time.perf_counter()
    for entry in sorted(source.iterdir()):
        flags = "-al" if entry.name == "bags" else "-a"
        subprocess.run(["cp", flags, str(entry), str(target / entry.name)], check=True)
    print(f"copied {source} to {target} in {time.perf_counter() - started:.1f} s "
          "(bags/ hard-linked; the original is never changed)", flush=True)
    return target


def build_root(n: int, seed: int, work: Path) -> Path:
    """An archive of ``n`` generated articles (``bench/index.py``'s generator), ingested."""
    from archive.preservation.ingest import ingest
    from archive.preservation.root import init_root
    total, _ = bench_index.generate(work / "src", n, seed)
    root = init_root(work / "root")
    started = time.perf_counter()
    ingest(root, [work / "src"], keep_outcomes=False)
    print(f"generated and ingested {n} articles ({total / 1e6:.0f} MB) in {time.perf_counter() - started:.0f} s",
          flush=True)
    return root.path


def ready_index(root) -> float | None:
    """Rebuild the index if this version cannot read it; the rebuild's seconds, or None."""
    try:
        open_index(root)
        read_build_meta(current_folder(root))
        return None
    except ArchiveError as why:
        print(f"the index cannot be used as it is ({why.message[:100]}...): rebuilding it", flush=True)
    from archive.search.reindex import reindex
    started = time.perf_counter()
    report = reindex(root)
    seconds = time.perf_counter() - started
    print(f"full reindex: {report.indexed} bags in {seconds:.1f} s", flush=True)
    return seconds


def picks(root, count: int) -> list[str]:
    """``count`` single-article items in access, spread evenly over the archive's ids."""
    names = [bag.name for bag in bag_dirs(root)]
    step = max(1, len(names) // (count + 1))
    found = []
    for name in names[step // 2::step]:
        item = load_item(root.bags / name)
        if item.kind not in ("feed", "warc") and not item.hidden and not item.withdrawn:
            found.append(name)
        if len(found) == count:
            break
    return found


def median_line(label: str, values: list[float], extra: str = "", width: int = 52) -> float:
    """Print the median (with min, max and count) of ``values``; return the median."""
    median = statistics.median(values)
    print(f"  {label:<{width}} {median:7.3f} s  (min {min(values):.3f}, max {max(values):.3f}, "
          f"n={len(values)}){extra}", flush=True)
    return median


def bench_main(doc: str, prefix: str, seed: int, run: Callable[[Path, Path, int], None],
               argv: list[str] | None = None) -> None:
    """The command line both benchmarks take (--reuse DIR or --n N, --items, --seed, --tmp,
    --keep), then ``run(root, work, items)`` in a temporary folder removed afterwards."""
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--reuse", help="an existing archive root (or a folder with root/): copied, never changed")
    source.add_argument("--n", type=int, help="build an archive of N invented articles")
    parser.add_argument("--items", type=int, default=3, help="items timed per case (default 3)")
    parser.add_argument("--seed", type=int, default=seed, help="generator seed (with --n)")
    parser.add_argument("--tmp", help="parent of the temporary folder (default: the system's)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix=f"bench-{prefix}-", dir=args.tmp))
    print(machine.machine_line(work), flush=True)
    try:
        root = copy_root(Path(args.reuse), work) if args.reuse else build_root(args.n, args.seed, work)
        run(root, work, args.items)
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
