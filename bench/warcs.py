"""Benchmark: reading web archives with archive.description.warc_records, at three sizes.

Writes WARC.gz files of 1,000, 5,000 and 20,000 small HTML responses
(``--sizes``; warcio's WARCWriter, one gzip member per record, pages of 2 to
6 KB of seeded random words, as a crawl of a news site gives) into a
temporary folder, then reads each one, in a fresh child process per size
(this script with the hidden ``--child`` flag), through ``read_warc(path)``
and ``items()``, as ingest will: every payload is looked at (its length
summed) and dropped.

For each size it prints records per second and the peak memory: the peak
of Python allocations while reading (tracemalloc, in a second reading, as
tracing slows the first) and the child's peak RSS. Reading streams, so both
peaks must stay flat as the file grows. For scale, it also times warcio
alone: its ArchiveIterator reading every record's body, nothing else.

    .venv/bin/python bench/warcs.py
    .venv/bin/python bench/warcs.py --sizes 1000 5000 20000 100000 --repeat 3
"""

from __future__ import annotations

import argparse
import io
import json
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import tracemalloc
from importlib.metadata import version
from pathlib import Path

import machine  # bench/machine.py, beside this script

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

WORDS = ("harbour council flood bridge market minister election river school budget "
         "railway hospital festival storm court police farmers museum tender mayor").split()


def _page(rng: random.Random, number: int) -> bytes:
    """A small news page: a title, a few paragraphs of random words, some furniture."""
    paragraphs = "".join(
        "<p>" + " ".join(rng.choice(WORDS) for _ in range(rng.randint(40, 120))) + ".</p>\n"
        for _ in range(rng.randint(3, 7)))
    return (f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>Story {number} | The Gazette</title></head><body><nav>Home News Sport</nav>"
            f"<article><h1>Story {number}</h1>{paragraphs}</article></body></html>").encode()


def write_warc(path: Path, count: int, seed: int = 7) -> None:
    """A WARC.gz of ``count`` HTML responses."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    rng = random.Random(seed)
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for number in range(count):
            body = _page(rng, number)
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                                  ("Content-Length", str(len(body)))],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                f"https://gazette.example/story/{number}", "response",
                payload=io.BytesIO(body), length=len(body), http_headers=headers))


def read_all(path: Path) -> tuple[int, int, int, int]:
    """(records, pages, payload bytes, problems) of one reading."""
    from archive.description.warc_records import read_warc

    reading = read_warc(path)
    pages = size = 0
    for item in reading.items():
        pages += 1
        size += len(item.payload)
    return reading.records, pages, size, len(reading.problems)


def warcio_alone(path: Path) -> int:
    """The floor: warcio's own iterator reading every body, with nothing of ours around it."""
    from warcio.archiveiterator import ArchiveIterator

    size = 0
    with path.open("rb") as stream:
        for record in ArchiveIterator(stream):
            size += len(record.content_stream().read())
    return size


def _best(repeat: int, reading) -> tuple[float, object]:
    seconds, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = reading()
        seconds.append(time.perf_counter() - started)
    return min(seconds), result


def child(path: Path, repeat: int) -> None:
    """Time ``repeat`` readings (best kept), then one traced; print the figures as JSON."""
    import archive.description.warc_records  # noqa: F401  (imported before timing)

    floor, _ = _best(repeat, lambda: warcio_alone(path))
    best, counts = _best(repeat, lambda: read_all(path))
    tracemalloc.start()
    read_all(path)
    traced = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"seconds": best, "warcio": floor, "records": counts[0], "pages": counts[1],
                      "payload": counts[2], "problems": counts[3], "traced": traced,
                      "rss": rss_kb * 1024}))


def measure(path: Path, repeat: int) -> dict:
    done = subprocess.run([sys.executable, __file__, "--child", str(path), "--repeat", str(repeat)],
                          check=True, stdout=subprocess.PIPE, text=True)
    return json.loads(done.stdout)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    parser.add_argument("--repeat", type=int, default=3, help="timed readings per size (best kept)")
    parser.add_argument("--tmp", help="parent of the temporary folder (default: the system's)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(Path(args.child), args.repeat)
        return
    folder = Path(tempfile.mkdtemp(prefix="bench-warcs-", dir=args.tmp))
    try:
        print(machine.machine_line(folder, f"warcio {version('warcio')}"), flush=True)
        print(f"{'responses':>9} {'file MB':>8} {'write s':>8} {'read s':>7} {'records/s':>10} "
              f"{'MB/s':>6} {'warcio alone s':>14} {'page KB':>8} {'traced peak MB':>15} {'RSS peak MB':>12}",
              flush=True)
        for size in args.sizes:
            path = folder / f"crawl-{size}.warc.gz"
            started = time.perf_counter()
            write_warc(path, size)
            written = time.perf_counter() - started
            result = measure(path, args.repeat)
            assert result["records"] == result["pages"] == size and not result["problems"], result
            megabytes = path.stat().st_size / 2**20
            print(f"{size:>9,} {megabytes:>8.1f} {written:>8.1f} {result['seconds']:>7.2f} "
                  f"{size / result['seconds']:>10,.0f} {megabytes / result['seconds']:>6.1f} "
                  f"{result['warcio']:>14.2f} {result['payload'] / size / 1024:>8.1f} "
                  f"{result['traced'] / 2**20:>15.2f} {result['rss'] / 2**20:>12.1f}", flush=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
