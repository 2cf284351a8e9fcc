"""Benchmark: person finding on English news, against two marked sets.

``tests/person_news.py`` is the set the rules were tuned on; ``tests/person_news_heldout.py``
was written afterwards, blind to the rules, and is never tuned on: its figures are the honest
ones. For each set: recall over (article, person named in full) pairs, precision over the
names reported, recall per pattern (titles, words as surnames, particles, later mentions,
things that are not people, bylines, mixed), the names missed and the false ones, and the
milliseconds an article takes.

    .venv/bin/python bench/person_news.py [--list] [--set tuned|heldout|both]
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
from tests.person_news_heldout import ARTICLES as HELD_OUT, score_heldout  # noqa: E402


def _report(label: str, count: int, scorer, show_all: bool) -> None:
    """Score one set and print its figures."""
    started = time.perf_counter()
    result = scorer(lambda text: [person.name for person in people(text)])
    ms = (time.perf_counter() - started) * 1000 / count
    print(f"{label} ({count} articles): recall {result['recall']:.3f} ({result['found']} of {result['pairs']} pairs), "
          f"precision {result['precision']:.3f} ({result['correct']} of {result['reported']} names), "
          f"{ms:.2f} ms an article\n")
    print("| pattern | found | pairs | recall |")
    print("|---|---|---|---|")
    for pattern, (hit, total, share) in result["recall_by_pattern"].items():
        print(f"| {pattern} | {hit} | {total} | {share:.3f} |")
    shown = None if show_all else 12
    print("\nmissed:", ", ".join(f"{person} ({name})" for name, person in result["misses"][:shown]))
    print("false:", ", ".join(f"{found} ({name})" for name, found in result["false_persons"][:shown]) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--list", action="store_true", help="list every miss and false person")
    parser.add_argument("--set", choices=("tuned", "heldout", "both"), default="both")
    args = parser.parse_args()
    print(machine.machine_line(HERE.parent, f"{len(ARTICLES)} + {len(HELD_OUT)} articles") + "\n")
    people(ARTICLES[0].text)    # the given-name lists load on first use: not part of the timing
    if args.set in ("tuned", "both"):
        _report("tuned set", len(ARTICLES), score, args.list)
    if args.set in ("heldout", "both"):
        _report("held-out set", len(HELD_OUT), score_heldout, args.list)


if __name__ == "__main__":
    main()
