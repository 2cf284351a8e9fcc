"""Benchmark: reading news feeds of 1,000, 5,000 and 20,000 items with read_feed.

Each feed is RSS 2.0 written here, its items shaped like a news site's: a
GUID, link, date, author, two categories, and a description of four
paragraphs of HTML (about 1.6 KB, with a share box and a script to drop).
Each size is read in a fresh interpreter, so that one size's memory does not
hide the next one's:

* time: ``read_feed`` on the file's bytes, fastest of ``--repeat`` runs;
  the share of it that is feedparser's parse is timed apart;
* peak RSS: the process's high-water mark (``resource``), and its growth
  over the mark before reading (the interpreter, the modules and the
  file's bytes are below that line);
* Python peak: ``tracemalloc``'s peak during one further read (traced reads
  are slower, so this read is not timed).

    .venv/bin/python bench/feeds.py
    .venv/bin/python bench/feeds.py --sizes 1000 50000 --repeat 1
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from importlib.metadata import version
from pathlib import Path

import machine  # bench/machine.py, beside this script

REPO = Path(__file__).resolve().parent.parent
WORDS = ("council budget river bridge minister market school hospital election court police road "
         "farmers winter harvest railway museum festival university water energy prices").split()


def _paragraph(item: int, number: int) -> str:
    """A sentence-like paragraph of some 60 words, different for every item and paragraph."""
    words = [WORDS[(item * 7 + number * 3 + k * k) % len(WORDS)] for k in range(60)]
    return f"<p>Item {item}, paragraph {number}: {' '.join(words)}.</p>"


def feed(items: int) -> bytes:
    """An RSS 2.0 feed of ``items`` news items."""
    parts = ['<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" '
             'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Bench Wire</title>'
             '<link>https://wire.example/</link><description>Benchmark feed</description>'
             '<language>en</language>']
    for n in range(items):
        body = "".join(_paragraph(n, p) for p in range(4))
        parts.append(
            f"<item><title>Headline number {n}</title><link>https://wire.example/news/{n}</link>"
            f'<guid isPermaLink="false">wire-{n}</guid><pubDate>Tue, 03 May 2016 10:{n % 60:02d}:00 GMT'
            f"</pubDate><dc:creator>Reporter {n % 50}</dc:creator><category>World</category>"
            f"<category>Region {n % 9}</category><description><![CDATA[{body}"
            f'<div class="share">Share this article</div><script>track({n})</script>]]></description></item>\n')
    parts.append("</channel></rss>\n")
    return "".join(parts).encode("utf-8")


_CHILD = """
import json, resource, sys, time, tracemalloc
from archive.description import feed_entries
from archive.description.feed_entries import read_feed
data = open(sys.argv[1], "rb").read()
repeat = int(sys.argv[2])
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
seconds, parse_seconds = [], []
for _ in range(repeat):
    started = time.perf_counter()
    reading = read_feed(data, "utf-8")
    seconds.append(time.perf_counter() - started)
    started = time.perf_counter()
    feed_entries._parse(data.decode("utf-8"))
    parse_seconds.append(time.perf_counter() - started)
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
tracemalloc.start()
read_feed(data, "utf-8")
traced = tracemalloc.get_traced_memory()[1] / 2**20
print(json.dumps({"seconds": min(seconds), "parse_seconds": min(parse_seconds), "entries": len(reading.entries),
                  "problems": reading.problems, "peak_mb": peak, "growth_mb": peak - before,
                  "traced_mb": traced, "sample": reading.entries[0].text}))
"""


def measure(items: int, repeat: int, folder: Path) -> dict:
    """Time and memory of reading a feed of ``items`` items, in a fresh interpreter."""
    path = folder / f"feed-{items}.xml"
    path.write_bytes(feed(items))
    done = subprocess.run([sys.executable, "-c", _CHILD, str(path), str(repeat)], cwd=REPO,
                          capture_output=True, text=True, check=True)
    result = json.loads(done.stdout)
    result["megabytes"] = path.stat().st_size / 1e6
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 5_000, 20_000])
    parser.add_argument("--repeat", type=int, default=2, help="timed reads per size; the fastest counts")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        print(machine.machine_line(Path(folder), f"feedparser {version('feedparser')}, "
                                                 f"feedparser-sgmllib {version('feedparser-sgmllib')}, "
                                                 f"beautifulsoup4 {version('beautifulsoup4')}"))
        print(f"{'items':>7} {'MB':>6} {'seconds':>8} {'items/s':>8} {'feedparser':>10} "
              f"{'peak RSS':>9} {'growth':>7} {'Python peak':>12}")
        for items in arguments.sizes:
            started = time.perf_counter()
            result = measure(items, arguments.repeat, Path(folder))
            assert result["entries"] == items and result["problems"] == [], result["problems"][:3]
            print(f"{items:>7,} {result['megabytes']:>6.1f} {result['seconds']:>8.2f} "
                  f"{items / result['seconds']:>8,.0f} {result['parse_seconds'] / result['seconds']:>10.0%} "
                  f"{result['peak_mb']:>6.0f} MB {result['growth_mb']:>4.0f} MB {result['traced_mb']:>9.0f} MB"
                  f"   ({time.perf_counter() - started:.0f} s in all)", flush=True)
        print("sample item text:", json.dumps(result["sample"])[:160])


if __name__ == "__main__":
    main()
