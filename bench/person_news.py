"""Benchmark: person finding on English news, against the marked set of ``tests/person_news.py``.

Prints recall over (article, person named in full) pairs, precision over the
names reported, both per pattern (titles, words as surnames, particles, later
mentions, things that are not people, bylines, mixed), the names missed and
the false ones, and the milliseconds an article takes.

    .venv/bin/python bench/person_news.py [--list]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import machine  # bench/machine.py, beside this script

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parent.parent))

from archive.description.names import people  # noqa: E402
from tests.person_news import ARTICLES, score  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--list", action="store_true", help="list every miss and false person")
    args = parser.parse_args()
    print(machine.machine_line(HERE.parent, f"{len(ARTICLES)} articles") + "\n")
    started = time.perf_counter()
    result = score(lambda text: [person.name for person in people(text)])
    ms = (time.perf_counter() - started) * 1000 / len(ARTICLES)
    print(f"recall {result['recall']:.3f} ({result['found']} of {result['pairs']} pairs), "
          f"precision {result['precision']:.3f} ({result['correct']} of {result['reported']} names), "
          f"{ms:.2f} ms an article\n")
    print("| pattern | found | pairs | recall |")
    print("|---|---|---|---|")
    for pattern, (hit, total, share) in result["recall_by_pattern"].items():
        print(f"| {pattern} | {hit} | {total} | {share:.3f} |")
    shown = None if args.list else 12
    print("\nmissed:", ", ".join(f"{person} ({name})" for name, person in result["misses"][:shown]))
    print("false:", ", ".join(f"{found} ({name})" for name, found in result["false_persons"][:shown]))


if __name__ == "__main__":
    main()
