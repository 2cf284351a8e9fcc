"""Timing of archive.search.people and .timeline (people, person, dates) at 20,000 articles.

Either times an existing archive root (``--root DIR``, for example the
``root/`` kept by ``bench/index.py --keep``), or builds a synthetic index in a
temporary folder: the articles of bench/index.py's generator, written straight
into a Whoosh index with the archive's schema (people from the generator's
answer sheet, no derivation, so building takes a minute or two rather than a
full reindex; 15% undated, 5% month only, 2% year only, 1 in 500 restricted).

Prints the time of the first call (the one pass over the stored fields that
builds the snapshot), of a rebuild, and the mean time per call afterwards.

    .venv/bin/python bench/browse.py                 # 20,000 synthetic articles
    .venv/bin/python bench/browse.py --root /tmp/bench-index-XXXX/root
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent.parent))

from archive.search import browse_snapshot
from archive.search.people import people, person_profile
from archive.search.timeline import timeline
from archive.search.index import CURRENT_NAME
from archive.search.schema import SCHEMA
from archive.description.name_keys import name_key
from archive.preservation.root import ArchiveRoot, init_root, open_root


def _dates(rng: random.Random, day: str) -> dict:
    year, month, dom = day.split("-")
    draw = rng.random()
    if draw < 0.15:
        return {"undated": True}
    if draw < 0.20:
        edtf, first, last = f"{year}-{month}", int(year + month + "01"), int(year + month + "28")
    elif draw < 0.22:
        edtf, first, last = year, int(year + "0101"), int(year + "1231")
    else:
        edtf, first = day, int(year + month + dom)
        last = first
    return {"undated": False, "pub_edtf": edtf, "pub_earliest": first, "pub_latest": last,
            "pub_year": year}


def build_synthetic(folder: Path, n: int) -> ArchiveRoot:
    """A root whose live index holds ``n`` generated articles."""
    from whoosh import index as whoosh_index

    import index as generator  # bench/index.py
    root = init_root(folder / "root")
    build = root.index / "build-20260101T000000000000Z-00000000"
    build.mkdir(parents=True)
    ix = whoosh_index.create_in(str(build), SCHEMA)
    writer = ix.writer(limitmb=128)
    rng = random.Random(5)
    for i in range(n):
        text, answers = generator.make_article(i, 7)
        people = []
        for full in answers["people"]:
            surname = full.split()[-1]
            people.append({"name": full, "key": name_key(surname),
                           "forms": {full: 1, surname: rng.randint(1, 5)}})
        writer.add_document(
            id=f"{i:016x}", sha256="0" * 64, title=answers["title"], text=text,
            source=answers["host"], restricted=i % 500 == 0,
            person=",".join(dict.fromkeys(k for p in people
                                          for k in (p["key"], name_key(p["name"])))),
            person_names=[p["name"] for p in people], person_forms=json.dumps(people),
            **_dates(rng, answers["date"]))
    writer.commit()
    (root.index / CURRENT_NAME).write_text(build.name + "\n", encoding="utf-8")
    return root


def timed(label: str, call, repeat: int = 20) -> None:
    call()
    started = time.perf_counter()
    for _ in range(repeat):
        call()
    print(f"  {label:<34} {(time.perf_counter() - started) / repeat * 1000:8.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", help="time this archive root instead of a synthetic one")
    parser.add_argument("--n", type=int, default=20_000, help="synthetic articles (default 20000)")
    args = parser.parse_args()
    work = None
    if args.root:
        root = open_root(args.root)
    else:
        work = Path(tempfile.mkdtemp(prefix="bench-browse-"))
        started = time.perf_counter()
        root = build_synthetic(work, args.n)
        print(f"built a synthetic index of {args.n} articles in {time.perf_counter() - started:.0f} s")
    try:
        started = time.perf_counter()
        listing = people(root, limit=1)
        print(f"first call (snapshot of {timeline(root).total} public articles): "
              f"{(time.perf_counter() - started) * 1000:.0f} ms")
        browse_snapshot._CACHE.clear()
        started = time.perf_counter()
        people(root)
        print(f"snapshot rebuilt: {(time.perf_counter() - started) * 1000:.0f} ms")
        top = listing.people[0].key
        print("per call, snapshot cached:")
        timed("people (page 1, 50)", lambda: people(root))
        timed("people (by name, page 2)", lambda: people(root, sort="name", page=2))
        timed(f"person_profile ({listing.people[0].articles} articles)",
              lambda: person_profile(root, top))
        for period in (None, "2000s", "2004", "2004-04", "2004-04-06", "undated"):
            timed(f"timeline {period or '(archive)'}", lambda p=period: timeline(root, p))
    finally:
        if work is not None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
