"""An evaluation set of news headlines with the punctuation real headlines have, and articles under them.

Written here (no real headline is copied): templates in the shapes wire
services and news sites print (a topic and a colon, questions, quotes
straight, curly, single and left open, dashes spaced and doubled, ellipses,
ampersands, bracketed tags, hashtags, money and percentages, abbreviations
with full stops, upper-case AND/OR/NOT, censored words, headlines in
Russian, German, French, Spanish and Kazakh with their own quotation marks),
filled from word lists with a seeded random generator. The answer is marked:
each headline is the first line of exactly one article, so pasting it into a
search must rank that article first.

Used by ``tests/test_query_text.py`` (a sample, in CI) and
``bench/headlines.py`` (the whole set, with figures).
"""

from __future__ import annotations

import random
from pathlib import Path

PEOPLE = ["Trump", "May", "Merkel", "Macron", "Putin", "Nazarbayev", "Tokayev", "Johnson", "Corbyn",
          "Erdogan", "Xi", "Modi", "Biden", "Sanders", "Le Pen", "Ablyazov", "Abe", "Trudeau"]
PLACES = ["Brexit", "Syria", "Almaty", "N.Y.", "Washington, D.C.", "Kazakhstan", "the EU", "U.S.", "Gaza",
          "Calgary", "Moscow", "Astana", "Wall St.", "Hong Kong", "Venezuela", "Idlib", "Texas", "Brussels"]
NOUNS = ["deal", "vote", "talks", "tariffs", "election", "budget", "strike", "trial", "pipeline", "summit",
         "protest", "sanctions", "reform", "verdict", "oil price", "debate", "border wall", "pension plan",
         "court ruling", "airline merger", "grain exports", "rate cut", "teachers' strike", "cease-fire"]
VERBS = ["backs", "rejects", "delays", "warns on", "slams", "defends", "wins", "loses", "pushes", "eyes",
         "blocks", "signs", "quits", "weighs", "probes", "cuts", "scraps", "revives"]
NUMBERS = ["2", "3", "5", "10", "12", "50", "100", "1,000", "2.5", "40"]
TEMPLATES = [
    "{P}: what next for the {N}?",
    "{P}: {Q} {V} {N} - and what it means",
    "Article {D}: {Q} {V} {N}",
    "{Q} {V} {N}... again",
    "{Q} {V} {N} … for now",
    "Why {Q} {V} the {N}?",
    "Is the {N} over? {Q} says 'not yet'",
    '{Q}: "We will not {v2} the {N}"',
    '{Q} calls {N} "a disaster',
    "“{N2}” is back, says {Q}",
    "{Q} & {Q2} {V} {N} in {P}",
    "{Q} -- {N} talks collapse in {P}",
    "{Q} - {N} 'a mistake'",
    "{Q} — the {N} that never was",
    "{Q} – {N} deadline passes",
    "[Video] {Q} {V} {N}",
    "{Q} {V} {N} (updated)",
    "UPDATE {D}-{Q} {V} {N} in {P}",
    "EXCLUSIVE-{Q} {V} {N}, sources say",
    "WATCH: {Q} {V} {N}",
    "Q&A: the {N} in {P} explained",
    "Live: {Q} {V} {N} as {P} votes",
    "#{H}: {Q} {V} {N}",
    "{Q} {V} ${D}bn {N}",
    "£{D}m {N}: {Q} {V} plan",
    "{N2} falls {D}% after {Q} remarks",
    "{Q} {V} {N}; {Q2} {V2} too",
    "{Q} {V} {N}!",
    "{Q}'s {N}: 'It's complicated'",
    "Not so fast, {Q}: {P} {V} {N}",
    "{Q} {V} {N} AND {N3}",
    "{N2} OR {N3}? {Q} must choose",
    "{Q} says NOT to {N}",
    "{Q} vs. {Q2}: the {N} fight",
    "{Q} at No. {D}: {N} {V3}",
    "24/7 {N}: {Q} {V} plan",
    "{Q} {V} {N} [PHOTOS]",
    "{Q} {V} {N} {{analysis}}",
    "{Q}'s 's***hole' {N} remark",
    "F*** the {N}, says {Q} aide",
    "{Q} {V} {N}?!",
    "{Q} {V} {N}: 'Enough is enough'",
    "'{N2}' — {Q} {V} critics",
    "{P} ({Q}) {V} {N}",
    "{Q} + {Q2} = {N}?",
    "{Q} {V} {N} / {P}",
    "\"{Q} {V} {N}\"",
    "{Q} {V} {N} ***",
    "Trump, Putin: {N} in {P}",
    "{Q} ~ {N} ~ {P}",
    "{Q}^2: {N}",
    "{Q}'s \"{N}\" (and why it matters)",
    "Путин: «{RU}» — что дальше?",
    "Токаев подписал закон о {RU2}",
    "Merkel: „{DE}“ – was nun?",
    "Macron : « {FR} » ?",
    "¿Qué pasa con {ES}? {Q} responde",
    "Тоқаев: «{KK}» – не болады?",
    "{Q} {V} {N} in {P}",
    "{P} {N}: {Q} {V} {D} proposals",
]
RU = ["мы не отступим", "это провокация", "рубль устоит", "нефть подешевеет", "выборы будут честными"]
RU2 = ["выборах", "бюджете", "пенсиях", "налогах", "банках"]
DE = ["Wir schaffen das", "Die Lage ist ernst", "Keine neuen Schulden", "Europa muss handeln"]
FR = ["Nous sommes en guerre", "La réforme passera", "Pas de retour en arrière", "L'Europe d'abord"]
ES = ["el petróleo", "la frontera", "el peso", "las elecciones", "la deuda"]
KK = ["Біз алға барамыз", "Реформа жалғасады", "Тәуелсіздік маңызды", "Жаңа Қазақстан"]
HASHTAGS = ["MeToo", "Brexit", "BlackLivesMatter", "COP26", "Election2016"]
FILLER = ("the of a in said on for with that was by as at from officials government minister week "
          "statement analysts market report country president party police people year told added "
          "city state talks deal vote plan court trade oil bank election reform budget border").split()


def _fill(template: str, rng: random.Random) -> str:
    q, q2 = rng.sample(PEOPLE, 2)
    n, n2, n3 = rng.sample(NOUNS, 3)
    return template.format(
        P=rng.choice(PLACES), Q=q, Q2=q2, N=n, N2=n2.capitalize(), N3=n3, V=rng.choice(VERBS),
        V2=rng.choice(VERBS), V3=rng.choice(VERBS), v2=rng.choice(VERBS).split()[0].rstrip("s"),
        D=rng.choice(NUMBERS), H=rng.choice(HASHTAGS), RU=rng.choice(RU), RU2=rng.choice(RU2),
        DE=rng.choice(DE), FR=rng.choice(FR), ES=rng.choice(ES), KK=rng.choice(KK))


def headlines(count: int, seed: int = 20261204) -> list[str]:
    """``count`` distinct headlines: every template in turn, filled at random (deterministic for ``seed``)."""
    rng = random.Random(seed)
    found: dict[str, None] = {}
    attempts = 0
    while len(found) < count and attempts < count * 50:
        template = TEMPLATES[attempts % len(TEMPLATES)]
        attempts += 1
        found.setdefault(_fill(template, rng), None)
    return list(found)


def article_text(headline: str, number: int, rng: random.Random) -> str:
    """An article under ``headline``: a body of common news words (shared by many articles) and the headline's subject."""
    body = " ".join(rng.choice(FILLER) for _ in range(rng.randint(60, 180)))
    return f"{headline}\n\nReport {number}. {body.capitalize()}.\n"


def write_articles(folder: Path, titles: list[str], seed: int = 7) -> dict[str, str]:
    """One .txt article per headline in ``folder``; returns file name -> headline (the marked answers)."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    answers: dict[str, str] = {}
    for number, title in enumerate(titles):
        name = f"h{number:04d}.txt"
        (folder / name).write_text(article_text(title, number, rng), encoding="utf-8")
        answers[name] = title
    return answers
