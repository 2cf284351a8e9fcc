"""Benchmark: a full name finds that person, not everyone of the surname (precision and recall).

Writes the invented articles of ``tests/person_pairs.py`` (relatives and
namesakes who share a surname; the answers marked), ingests them into a fresh
archive, and searches ``--person "Given Surname"`` for every person. Prints
precision and recall over all full-name searches, for ours and for the
baseline in the same run: the surname alone, which is what a full name found
before (every article of the surname), and the time per search.

    .venv/bin/python bench/person_pairs.py
    .venv/bin/python bench/person_pairs.py --per-shape 5
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

import machine  # bench/machine.py, beside this script

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from archive.preservation.catalog import bag_dirs, load_item  # noqa: E402
from archive.preservation.root import init_root  # noqa: E402
from archive.search.intake import ingest_and_index  # noqa: E402
from archive.search.searching import search  # noqa: E402
from tests.person_pairs import write_pair_articles  # noqa: E402


def scores(root, answers: dict[str, set[str]], names: dict[str, str], surname_only: bool) -> tuple[float, float, float]:
    """(precision, recall, ms per search) over every full name in ``answers``."""
    found = relevant = right = 0
    started = time.perf_counter()
    for full, wanted in answers.items():
        asked = full.split()[-1] if surname_only else full
        hits = {names[hit.id] for hit in search(root, person=asked, limit=100, facets=False).hits}
        found += len(hits)
        relevant += len(wanted)
        right += len(hits & wanted)
    elapsed = (time.perf_counter() - started) * 1000 / len(answers)
    return right / found if found else 0.0, right / relevant, elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--per-shape", type=int, default=3, help="articles of each shape per pair")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-person-pairs-"))
    try:
        print(machine.machine_line(folder, f"{args.per_shape} articles per shape and pair"))
        answers = write_pair_articles(folder / "inbox", args.per_shape)
        root = init_root(folder / "root")
        ingest_and_index(root, [folder / "inbox"])
        names = {bag.name: load_item(bag).original_name for bag in bag_dirs(root)}
        print(f"{len(names)} articles, {len(answers)} people in {len(answers) // 2} pairs")
        for label, surname_only in (("surname alone (before)", True), ("full name (ours)", False)):
            precision, recall, ms = scores(root, answers, names, surname_only)
            print(f"{label:<24} precision {precision:.3f}  recall {recall:.3f}  {ms:.1f} ms a search")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
