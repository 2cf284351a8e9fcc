"""Benchmark: bags in and out (issue 17 points 5 and 6) against bagit-python, on the same files.

Generates ``--files`` invented articles of about ``--kb`` KB (random words from a fixed
vocabulary: text that identifies, encodes and compresses like prose), then, in the same run
and on the same bytes (payload megabytes per second, every file read once before any timing
so that every side reads from the page cache):

* **import**: a sender's bag made by bagit-python's ``make_bag`` (sha256 and sha512), taken
  in by :func:`archive.preservation.ingest.ingest` with the archive's verifier, as
  ``archive ingest --no-index BAG`` does (validated whole, then one item per payload file);
  the same bag as a ``.tar`` (surveyed, unpacked, validated, taken in); the validation alone
  (:func:`archive.fixity.transfer_check.bag_problems`); against bagit-python's
  ``Bag.validate()`` of the same bag. Ratios are ours / bagit's speed.
* **export**: every item's bag exported by :func:`archive.preservation.export.export_bags` as a
  folder, a tar and a zip (each written, flushed, verified from what was written, renamed);
  against bagit-python's ``make_bag`` of the same payload files, as one bag of them all and as
  one bag per file (files hard-linked in first, so it hashes and moves but copies, flushes
  and verifies nothing: its best case).
* baselines: an ordinary ingest of the same files (not a bag), and ``cp`` of them with one
  ``sync``, the floor any export writing the bytes durably stands on.
* the zip deflate level chosen by :mod:`archive.preservation.serialize` (1), against the
  default (6), on the articles: speed and size.

    .venv/bin/python bench/transfer.py                    # 600 files of 300 KB, ~180 MB
    .venv/bin/python bench/transfer.py --files 100 --kb 50 --tmp /var/tmp
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

import bagit

import machine  # bench/machine.py, beside this script

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from archive.fixity.transfer_check import bag_problems  # noqa: E402
from archive.preservation.catalog import bag_dirs  # noqa: E402
from archive.preservation.export import export_bags  # noqa: E402
from archive.preservation.ingest import ingest  # noqa: E402
from archive.preservation.root import init_root  # noqa: E402

WORDS = ("harbour board council ferry bridge river minister election report court appeal market "
         "prices winter storm school library hospital budget mayor police village farmers harvest "
         "railway station festival museum archive newspaper editor reporter witness evidence said "
         "on Tuesday the of and to in for with that was were will would after before during").split()


def _pool(size: int, seed: int = 17) -> str:
    """Prose-like text: random words, sentences and paragraphs, ``size`` characters or so."""
    rng = random.Random(seed)
    parts, total = [], 0
    while total < size:
        sentence = " ".join(rng.choices(WORDS, k=rng.randint(8, 24))).capitalize() + ". "
        if rng.random() < 0.15:
            sentence += "\n\n"
        parts.append(sentence)
        total += len(sentence)
    return "".join(parts)


def make_files(folder: Path, count: int, kb: int) -> int:
    """``count`` articles, each a different slice of one pool of prose; their total bytes."""
    pool = _pool(4 * 1024 * 1024 + kb * 1024)
    rng, total = random.Random(5), 0
    folder.mkdir(parents=True)
    for number in range(count):
        start = rng.randrange(0, len(pool) - kb * 1024)
        text = f"Article {number}\n\n" + pool[start:start + kb * 1024]
        data = text.encode("utf-8")
        (folder / f"article-{number:05d}.txt").write_bytes(data)
        total += len(data)
    return total


def _warm(folder: Path) -> None:
    for path in folder.rglob("*"):
        if path.is_file():
            with open(path, "rb") as handle:
                while handle.read(1 << 22):
                    pass


def _timed(label: str, megabytes: float, call) -> float:
    started = time.perf_counter()
    call()
    seconds = time.perf_counter() - started
    print(f"  {label:<62} {megabytes / seconds:8.1f} MB/s  ({seconds:6.2f} s)", flush=True)
    return megabytes / seconds


def _ratio(ours: float, theirs: float, what: str) -> None:
    print(f"  {'ratio ' + what:<62} {ours / theirs:8.2f} x", flush=True)


def bench_import(work: Path, files: Path, megabytes: float) -> None:
    print("import: a sender's bag taken in (validated whole, then one item per payload file)")
    sender = work / "sender" / "cbpa-transfer"
    shutil.copytree(files, sender)
    bagit.make_bag(str(sender), {"Source-Organization": "Bench Sender"}, checksums=["sha256", "sha512"])
    packed = work / "cbpa-transfer.tar"
    subprocess.run(["tar", "-C", str(sender.parent), "-cf", str(packed), sender.name], check=True)
    _warm(sender)
    _warm(packed.parent)
    theirs = _timed("bagit-python Bag(bag).validate() (one process, its default)", megabytes,
                    lambda: bagit.Bag(str(sender)).validate())
    alone = _timed("ours: validation alone (archive verify, every manifest)", megabytes,
                   lambda: _must_be_valid(sender))
    root = init_root(work / "import-dir")
    whole = _timed("ours: ingest of the bag folder (validate + items, flushed)", megabytes,
                   lambda: _ingested(root, sender))
    root_tar = init_root(work / "import-tar")
    tarred = _timed("ours: ingest of the bag as a .tar (survey, unpack, validate, items)", megabytes,
                    lambda: _ingested(root_tar, packed))
    root_plain = init_root(work / "import-plain")
    plain = _timed("baseline: ingest of the same files, not a bag (no validation)", megabytes,
                   lambda: _ingested(root_plain, files))
    _ratio(alone, theirs, "validation: ours / bagit-python")
    _ratio(whole, plain, "ingest of the bag folder / of the same plain files")
    _ratio(whole, theirs, "ingest of the folder / bagit-python's validate")
    _ratio(tarred, theirs, "ingest of the tar / bagit-python's validate")


def _must_be_valid(bag: Path) -> None:
    problems = bag_problems(bag)
    assert not problems, problems[:3]


def _ingested(root, bag: Path) -> None:
    report = ingest(root, [bag], check_bag=bag_problems, keep_outcomes=False)
    assert report.counts()["archived"] > 0 and not report.counts()["refused"], report.counts()


def bench_export(work: Path, files: Path, megabytes: float) -> None:
    print("export: every item's bag written, flushed, verified from what was written, renamed")
    root = init_root(work / "export-source")
    ingest(root, [files], keep_outcomes=False)
    ids = [bag.name for bag in bag_dirs(root)]
    _warm(root.bags)
    speeds = {}
    for fmt in ("dir", "tar", "zip"):
        target = work / f"export-{fmt}"
        target.mkdir()
        speeds[fmt] = _timed(f"ours: export of {len(ids)} bags as {fmt}", megabytes,
                             lambda fmt=fmt, target=target: export_bags(root, ids, target, fmt,
                                                                         check=bag_problems))
    floor = work / "copy-floor"
    _timed("floor: cp of the payload files, then one sync (no bags, no checks)", megabytes,
           lambda: subprocess.run(f"cp -r {files} {floor} && sync -f {floor}", shell=True, check=True))
    linked = work / "make-bag" / "all"
    linked.parent.mkdir()
    subprocess.run(["cp", "-al", str(files), str(linked)], check=True)
    theirs = _timed("bagit-python make_bag (one bag of all files, sha256+sha512)", megabytes,
                    lambda: bagit.make_bag(str(linked), checksums=["sha256", "sha512"]))
    one_each = work / "make-bag-each"
    one_each.mkdir()
    for path in sorted(files.iterdir()):
        (one_each / path.stem).mkdir()
        os.link(path, one_each / path.stem / path.name)
    each = _timed(f"bagit-python make_bag per item ({len(ids)} bags of one file)", megabytes,
                  lambda: [bagit.make_bag(str(folder), checksums=["sha256", "sha512"])
                           for folder in sorted(one_each.iterdir())])
    for fmt, speed in speeds.items():
        _ratio(speed, theirs, f"export as {fmt} / bagit-python's make_bag (one bag)")
        _ratio(speed, each, f"export as {fmt} / bagit-python's make_bag (a bag per item)")


def bench_deflate(files: Path) -> None:
    print("zip deflate level (what serialize.py chose: 1), on the articles")
    sample = b"".join(p.read_bytes() for p in sorted(files.iterdir())[:40])
    for level in (1, 6):
        started = time.perf_counter()
        packed = zlib.compress(sample, level)
        seconds = time.perf_counter() - started
        print(f"  level {level}: {len(sample) / 1e6 / seconds:8.1f} MB/s, {len(sample) / len(packed):5.2f} "
              f"times smaller")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--files", type=int, default=600)
    parser.add_argument("--kb", type=int, default=300)
    parser.add_argument("--tmp", default=None, help="Where to put the data (default: the system's temp).")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-transfer-", dir=args.tmp))
    try:
        print(machine.machine_line(work))
        files = work / "articles"
        total = make_files(files, args.files, args.kb)
        megabytes = total / 1e6
        print(f"{args.files} articles, {megabytes:.1f} MB; bagit-python {bagit.VERSION}")
        _warm(files)
        bench_import(work, files, megabytes)
        bench_export(work, files, megabytes)
        bench_deflate(files)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
