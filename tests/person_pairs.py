"""People who share a surname, and invented articles that name them, with the answers marked.

Written here: pairs of relatives and namesakes (Bill and Hillary Clinton,
Scott and John Kelly, Saddam and Mahmoud Hussein ...), and for each pair
articles of three shapes: one names the first person in full and later by
the surname alone; one names the second the same way; one names both in
full. ``answers`` says which articles are about whom, so a full-name search
can be scored (precision: of the articles found, the share that name the
person; recall: of those that do, the share found). Used by
``tests/test_person_full_names.py`` and ``bench/person_pairs.py``.
"""

from __future__ import annotations

import random
from pathlib import Path

PAIRS = [("Ivanka", "Donald", "Trump"), ("Hillary", "Bill", "Clinton"), ("Scott", "John", "Kelly"),
         ("Saddam", "Mahmoud", "Hussein"), ("Michelle", "Barack", "Obama"), ("Melania", "Eric", "Trump"),
         ("Dariga", "Rakhat", "Aliyev"), ("Mukhtar", "Madina", "Ablyazov"), ("Boris", "Stanley", "Johnson"),
         ("Jeb", "George", "Bush"), ("Ed", "David", "Miliband"), ("Raul", "Fidel", "Castro"),
         ("Angela", "Horst", "Merkel"), ("Sergei", "Yuri", "Ivanov")]
PLACES = ["WASHINGTON", "LONDON", "ALMATY", "BAGHDAD", "NEW YORK", "HAVANA", "MOSCOW", "BERLIN"]
OPENINGS = ["said on Monday that the talks would go on", "told reporters the plan was sound",
            "said the company would appeal", "said in a statement that the vote was fair"]
LATER = ["{s} said the matter was closed.", "{s} added that more talks were planned.",
         "According to {s}, the deal would hold."]


def _one(first: str, surname: str, rng: random.Random, number: int) -> str:
    return (f"Report {number}: {surname} speaks\n\n{rng.choice(PLACES)}, March {rng.randint(1, 28)} - "
            f"{first} {surname} {rng.choice(OPENINGS)}. Officials said the issue was urgent. "
            f"{rng.choice(LATER).format(s=surname)}\n")


def _both(a: str, b: str, surname: str, rng: random.Random, number: int) -> str:
    return (f"Report {number}: two of a name\n\n{rng.choice(PLACES)}, March {rng.randint(1, 28)} - "
            f"{a} {surname} {rng.choice(OPENINGS)}, and {b} {surname} said he disagreed. "
            f"Officials said the issue was urgent.\n")


def write_pair_articles(folder: Path, per_shape: int = 2, seed: int = 11) -> dict[str, set[str]]:
    """Articles for every pair in ``folder``; returns full name -> the file names that name that person."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    answers: dict[str, set[str]] = {}
    number = 0
    for a, b, surname in PAIRS:
        for _ in range(per_shape):
            for text, named in ((_one(a, surname, rng, number), [a]), (_one(b, surname, rng, number + 1), [b]),
                                (_both(a, b, surname, rng, number + 2), [a, b])):
                name = f"p{number:04d}.txt"
                (folder / name).write_text(text, encoding="utf-8")
                for given in named:
                    answers.setdefault(f"{given} {surname}", set()).add(name)
                number += 1
    return answers
