"""Benchmark: news feeds and web archives through ``archive ingest``, articles per second and memory.

Run by ``bench/ingest.py --containers`` (or directly). For each N of
``--sizes`` (default 1,000, 5,000 and 20,000 articles) it writes, from
bench/ingest.py's invented 5 KB articles:

* **feeds**: RSS 2.0 files of ``--per-feed`` items (default 100, as news
  sites publish them), N items in all, each item's text as HTML paragraphs;
* **WARC**: WARC.gz files of ``--per-warc`` HTML responses (default 1,000,
  with a request record beside each, as crawlers write them), N pages in all.

Then, in a fresh child process per case (so its peak RSS is its own), ours
runs ``ingest_and_index(root, [src])``: the bags are written, then every
article derived and indexed. The baseline, in the same run and on the same
files, is what the work cannot do without: bagit-python's ``make_bag`` of each
file plus reading its articles with the same library (feedparser's ``parse``,
warcio's ``ArchiveIterator`` reading every body). The ratio is ours' time over
the baseline's. Peak RSS should stay flat as N grows, since memory follows the
largest file, not the archive.

    .venv/bin/python bench/ingest_containers.py
    .venv/bin/python bench/ingest_containers.py --sizes 1000,20000 --per-feed 50
"""

from __future__ import annotations

import argparse
import io
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve()
REPO = HERE.parent.parent
sys.path.insert(0, str(HERE.parent))

from ingest import make_article  # noqa: E402  bench/ingest.py's generator
import machine  # noqa: E402


def _item(index: int, seed: int) -> tuple[str, str]:
    """(headline, HTML paragraphs) of invented article ``index``."""
    lines = make_article(index, seed).decode("utf-8").split("\n")
    paragraphs = "".join(f"<p>{escape(line)}</p>" for line in lines[2:] if line.strip())
    return lines[0], paragraphs


def write_feed(path: Path, first: int, count: int, seed: int) -> None:
    """An RSS 2.0 feed of ``count`` items, from article ``first`` on."""
    out = io.StringIO()
    out.write('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
              f"<title>Bench feed {first}</title><link>https://bench.example/</link>"
              "<description>Invented news</description>")
    for index in range(first, first + count):
        headline, body = _item(index, seed)
        out.write(f"<item><guid>urn:bench:{index}</guid><title>{escape(headline)}</title>"
                  f"<link>https://bench.example/{index}</link>"
                  f"<pubDate>Tue, 03 May 2016 10:00:00 GMT</pubDate>"
                  f"<description>{escape(body)}</description></item>")
    out.write("</channel></rss>\n")
    path.write_text(out.getvalue(), encoding="utf-8")


def write_warc(path: Path, first: int, count: int, seed: int) -> None:
    """A WARC.gz of ``count`` HTML responses (and their requests), from article ``first`` on."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for index in range(first, first + count):
            headline, body = _item(index, seed)
            page = (f"<html><head><title>{escape(headline)}</title></head><body><article>"
                    f"<h1>{escape(headline)}</h1>{body}</article></body></html>").encode()
            uri = f"https://bench.example/{index}"
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(page),
                                                          http_headers=headers))
            writer.write_record(writer.create_warc_record(uri, "request",
                                                          payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))


def generate(folder: Path, case: str, n: int, per_file: int, seed: int) -> int:
    """Write N articles as ``case`` files of ``per_file`` each; their total size in bytes."""
    folder.mkdir(parents=True)
    writer, suffix = (write_feed, ".xml") if case == "feed" else (write_warc, ".warc.gz")
    for number, first in enumerate(range(0, n, per_file)):
        writer(folder / f"{case}-{number:05d}{suffix}", first, min(per_file, n - first), seed)
    return sum(p.stat().st_size for p in folder.iterdir())


# --- the sides, each in a child process ----------------------------------------------------------


def _child_ours(src: Path, work: Path) -> dict:
    sys.path.insert(0, str(REPO))
    from archive.preservation.root import init_root
    from archive.search.index import open_index
    from archive.search.intake import ingest_and_index
    root = init_root(work / "root")
    started = time.perf_counter()
    report, indexed = ingest_and_index(root, [src], keep_outcomes=False)
    seconds = time.perf_counter() - started
    with open_index(root).searcher() as searcher:
        articles = sum(1 for fields in searcher.all_stored_fields() if fields.get("container"))
    return {"seconds": seconds, "articles": articles, "files": report.counts()["archived"],
            "failed": indexed.failed if indexed else None}


def _child_baseline(src: Path, work: Path, case: str) -> dict:
    import logging

    import bagit
    logging.getLogger("bagit").setLevel(logging.WARNING)
    started = time.perf_counter()
    articles = 0
    for number, path in enumerate(sorted(src.iterdir())):
        bag = work / f"bag-{number}"
        bag.mkdir(parents=True)
        shutil.copyfile(path, bag / path.name)
        bagit.make_bag(str(bag), {"Source-Organization": "bench"}, checksums=["sha256", "sha512"])
        articles += _read_articles(bag / "data" / path.name, case)
    return {"seconds": time.perf_counter() - started, "articles": articles}


def _read_articles(path: Path, case: str) -> int:
    if case == "feed":
        import feedparser
        return len(feedparser.parse(path.read_bytes()).entries)
    from warcio.archiveiterator import ArchiveIterator
    count = 0
    with path.open("rb") as handle:
        for record in ArchiveIterator(handle):
            if record.rec_type == "response":
                record.content_stream().read()
                count += 1
    return count


def child_main(args: argparse.Namespace) -> None:
    src, work = Path(args.src), Path(args.work)
    result = _child_ours(src, work) if args.child == "ours" else _child_baseline(src, work, args.case)
    result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result["workers_peak_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps(result))


def run_child(side: str, case: str, src: Path, work: Path) -> dict:
    command = [sys.executable, str(HERE), "--child", side, "--case", case, "--src", str(src), "--work", str(work)]
    done = subprocess.run(command, stdout=subprocess.PIPE, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,5000,20000", help="articles in all, per case")
    parser.add_argument("--per-feed", type=int, default=100, help="items per feed file")
    parser.add_argument("--per-warc", type=int, default=1000, help="pages per WARC file")
    parser.add_argument("--cases", default="feed,warc")
    parser.add_argument("--seed", type=int, default=20261204)
    parser.add_argument("--tmp", help="parent of the temporary folder")
    parser.add_argument("--child", choices=["ours", "baseline"], help=argparse.SUPPRESS)
    parser.add_argument("--case", help=argparse.SUPPRESS)
    parser.add_argument("--src", help=argparse.SUPPRESS)
    parser.add_argument("--work", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child_main(args)
        return
    tmp = Path(tempfile.mkdtemp(prefix="bench-containers-", dir=args.tmp))
    try:
        print(f"machine: {machine.machine_line(tmp)}")
        header = (f"{'case':<6} {'N':>6} {'files':>5} {'MB':>7} {'ours s':>8} {'articles/s':>10} "
                  f"{'base s':>7} {'ratio':>6} {'ours peak MB':>12} {'workers MB':>10} {'base peak MB':>12}")
        print(header)
        print("-" * len(header))
        for case in args.cases.split(","):
            per_file = args.per_feed if case == "feed" else args.per_warc
            for n in (int(s) for s in args.sizes.split(",")):
                src = tmp / f"{case}-{n}"
                megabytes = generate(src, case, n, per_file, args.seed) / 1e6
                ours = run_child("ours", case, src, tmp / f"ours-{case}-{n}")
                base = run_child("baseline", case, src, tmp / f"base-{case}-{n}")
                if ours["articles"] != n or base["articles"] != n:
                    raise SystemExit(f"{case} N={n}: expected {n} articles, ours {ours}, baseline {base}")
                files = len(list(src.iterdir()))
                print(f"{case:<6} {n:>6} {files:>5} {megabytes:>7.1f} {ours['seconds']:>8.2f} "
                      f"{n / ours['seconds']:>10.1f} {base['seconds']:>7.2f} "
                      f"{ours['seconds'] / base['seconds']:>6.2f} {ours['peak_mb']:>12.1f} "
                      f"{ours['workers_peak_mb']:>10.1f} {base['peak_mb']:>12.1f}", flush=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
