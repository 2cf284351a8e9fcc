"""An evaluation set for finding PERSONS in English news, with every person mention marked.

What it is for: measuring the person finder (``archive.description.person_finding``
and ``archive.description.names.people``) on the English news it will meet, before
and after a change to it. The finder was built around Russian and Kazakh names; this
set asks for the rest: names after titles, roles and nationality words ("German
Chancellor Angela Merkel", "Sen. John McCain"), surnames that are also ordinary words
or months (May, Rice, Brown, King, Young) next to the same words used as words ("in
May", "the Black Sea", "young voters"), name particles and compound surnames (al-,
bin, Le, von der, O', Mc, hyphens), East Asian family-name-first names (Xi Jinping,
Kim Jong-un), later mentions by surname alone and possessives, bylines, and capitalised
strings that are not people (organisations, buildings, places, boilerplate, things
named after people such as Johns Hopkins University).

How it was made: every article was written for this file. The events are invented;
most people are invented; a few real public figures appear as names only, because
real news is full of them. Each article is written once with light inline markup and
the answers are read off it, so the marks cannot drift from the text:

* ``{Angela Merkel}``, ``{Merkel}``, ``{Merkel's}`` mark a person mention; the
  surface is what is written, and it is resolved to the one person of the article
  whose full name it equals, ends with or (family name first) starts with, with a
  possessive ``'s`` or ``'`` left out for the lookup. ``{Kelly|John Kelly}`` names
  the person outright where two share a surname.
* ``<White House>`` marks a capitalised string that is not a person.

Titles are never part of a mention ("Prime Minister {Theresa May}"). A given name
on its own ("Angela said") is out of scope: it is neither marked as a person nor
listed as a non-person.

How it is scored (:func:`score`): an article that names person P in full should be
found by a ``--person "P"`` search, so recall is over (article, full-name person)
pairs: a pair counts as found when some name the finder reports for the article
ends with P's surname (case-insensitively; an ``al-``/``el-`` prefix of the surname
may be left off, titles before the name are ignored) and, if the reported name has
a given name before the surname, that given name starts with the same letter as P's
first given name. For family-name-first names (Xi Jinping) the reported name must
start with the family name instead. Precision: of the names the finder reports (once
per article), the share that match a marked person of that article.

Run ``python tests/person_news.py`` for counts, the self-check and the current
finder's figures.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

__all__ = ["Article", "ARTICLES", "FAMILY_FIRST", "articles", "check", "score", "surname_of"]


@dataclass(frozen=True)
class Article:
    """One invented news article and its answers."""

    name: str
    pattern: str
    text: str
    people: tuple[str, ...]
    mentions: tuple[tuple[str, str], ...]
    not_people: tuple[str, ...]


PATTERNS = ("titles", "wordnames", "particles", "later", "notpeople", "bylines", "mixed")

#: People whose family name is written first; their surname is the first word.
FAMILY_FIRST = frozenset({
    "Xi Jinping", "Li Keqiang", "Wang Yi", "Zhang Lihua", "Li Wen", "Kim Jong-un", "Kim Yo-jong",
    "Moon Jae-in", "Park Geun-hye", "Chung Eui-yong", "Lee Nak-yon", "Kang Kyung-wha", "Kim Hyun-jong",
    "Abe Shinzo",
})

_MARK = re.compile(r"\{([^{}|<>]+)(?:\|([^{}<>]+))?\}|<([^<>{}]+)>")
_PARTICLES = frozenset({"al", "el", "ad", "as", "ash", "bin", "ibn", "bint", "abu", "le", "la", "de", "da",
                        "di", "del", "della", "du", "des", "dos", "van", "von", "der", "den", "ter", "ten"})
_TITLE_WORDS = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "sen", "rep", "gen", "col", "adm", "lt",
                          "sgt", "capt", "gov", "president", "prime", "minister", "chancellor", "judge",
                          "mayor", "sir", "dame", "lord", "lady", "pope", "king", "queen", "ayatollah",
                          "sheikh", "former", "senator", "governor", "general"})


def _stem(surface: str) -> str:
    """The surface without a possessive: Trump's -> Trump, Jones' -> Jones."""
    s = surface.replace("\u2019", "'")
    if s.endswith("'s"):
        return s[:-2]
    if s.endswith("'"):
        return s[:-1]
    return s


def _resolve(surface: str, people: tuple[str, ...], article: str) -> str:
    stem = _stem(surface).lower()
    exact = [p for p in people if p.lower() == stem]
    hits = exact or [p for p in people if p.lower().endswith((" " + stem, "-" + stem))
                     or p.lower().startswith(stem + " ")]
    if len(hits) != 1:
        raise ValueError(f"{article}: mention {surface!r} resolves to {hits!r}")
    return hits[0]


def _article(name: str, pattern: str, people: str, marked: str) -> Article:
    """Build an article from its marked text; ``people`` is the full names joined by ';'."""
    who = tuple(p.strip() for p in people.split(";") if p.strip())
    mentions: list[tuple[str, str]] = []
    not_people: list[str] = []
    for m in _MARK.finditer(marked):
        if m.group(3) is not None:
            if m.group(3) not in not_people:
                not_people.append(m.group(3))
        elif m.group(2) is not None:
            mentions.append((m.group(1), m.group(2).strip()))
        else:
            mentions.append((m.group(1), _resolve(m.group(1), who, name)))
    text = _MARK.sub(lambda m: m.group(1) or m.group(3), marked.strip()) + "\n"
    return Article(name, pattern, text, who, tuple(mentions), tuple(not_people))


ARTICLES: list[Article] = []


def articles() -> list[Article]:
    """The whole set, in a fixed order."""
    return list(ARTICLES)


# --------------------------------------------------------------------------
# Checking and scoring
# --------------------------------------------------------------------------

def _occurs(needle: str, text: str) -> bool:
    return re.search(r"(?<![\w-])" + re.escape(needle) + r"(?![\w-])", text) is not None


def check() -> list[str]:
    """Problems with the set; an empty list when it is sound."""
    problems: list[str] = []
    names = Counter(a.name for a in ARTICLES)
    problems += [f"duplicate article name {n}" for n, c in names.items() if c > 1]
    for a in ARTICLES:
        where = a.name
        if a.pattern not in PATTERNS:
            problems.append(f"{where}: unknown pattern {a.pattern!r}")
        head, _, body = a.text.partition("\n\n")
        if not head.strip() or "\n" in head.strip() or not body.strip():
            problems.append(f"{where}: wants a headline line, a blank line and paragraphs")
        words = len(a.text.split())
        if not 120 <= words <= 400:
            problems.append(f"{where}: {words} words")
        if len(set(a.people)) != len(a.people):
            problems.append(f"{where}: a person is listed twice")
        for surface, person in a.mentions:
            if not _occurs(surface, a.text):
                problems.append(f"{where}: surface {surface!r} not in the text")
            if person not in a.people:
                problems.append(f"{where}: {surface!r} refers to {person!r}, who is not in people")
        for person in a.people:
            if not _occurs(person, a.text):
                problems.append(f"{where}: {person!r} is not named in full")
            if (person, person) not in {(_stem(s), p) for s, p in a.mentions}:
                problems.append(f"{where}: no full-name mention of {person!r}")
            if len(person.split()) < 2:
                problems.append(f"{where}: {person!r} is not a full name")
        for thing in a.not_people:
            if not _occurs(thing, a.text):
                problems.append(f"{where}: non-person {thing!r} not in the text")
            if thing in a.people:
                problems.append(f"{where}: {thing!r} is both a person and not one")
    return problems


def surname_of(person: str) -> str:
    """The surname as this set reads it: the family name of FAMILY_FIRST names, else the
    last word with the particles before it (Le Pen, von der Leyen, bin Salman)."""
    words = person.split()
    if person in FAMILY_FIRST:
        return words[0]
    i = len(words) - 1
    while i > 1 and words[i - 1].lower() in _PARTICLES:
        i -= 1
    return " ".join(words[i:])


def _norm(name: str) -> str:
    return " ".join(_stem(name.strip()).lower().split())


def _untitled(words: list[str]) -> list[str]:
    while words and words[0].rstrip(".") in _TITLE_WORDS:
        words = words[1:]
    return words


def _core(surname: str) -> str:
    last = surname.split()[-1]
    head, dash, tail = last.partition("-")
    return tail if dash and head.lower() in _PARTICLES else last


def matches(found: str, person: str) -> bool:
    """Whether a name the finder reports stands for ``person`` (see the module docstring)."""
    words = _untitled(_norm(found).split())
    if not words:
        return False
    initial = person[0].lower()
    if person in FAMILY_FIRST:
        family, *given = person.lower().split()
        if words[0] == family and (len(words) == 1 or words[1][0] == given[0][0]):
            return True
        # The same person written given name first (Shinzo Abe for Abe Shinzo).
        return len(words) > 1 and words[-1] == family and words[0][0] == given[0][0]
    f = " ".join(words)
    for core in {_core(surname_of(person)).lower(), surname_of(person).lower()}:
        if f.endswith(core) and (len(f) == len(core) or f[-len(core) - 1] in " -"):
            rest = f[: -len(core)].rstrip(" -").split()
            while rest and (rest[-1] in _PARTICLES or rest[-1].split("-")[-1] in _PARTICLES):
                rest.pop()
            rest = _untitled(rest)
            if not rest or rest[0][0] == initial:
                return True
    return False


def score(people_of: Callable[[str], Iterable[str]]) -> dict:
    """Score a finder: ``people_of(text)`` gives the full-name strings it finds in a text."""
    pairs = found_pairs = reported = good = 0
    misses: list[tuple[str, str]] = []
    false: list[tuple[str, str]] = []
    by_pattern: dict[str, list[int]] = {}
    for a in ARTICLES:
        seen: dict[str, str] = {}
        for n in people_of(a.text):
            seen.setdefault(_norm(n), n)
        names = list(seen.values())
        for person in a.people:
            hit = any(matches(n, person) for n in names)
            pairs += 1
            found_pairs += hit
            tally = by_pattern.setdefault(a.pattern, [0, 0])
            tally[0] += hit
            tally[1] += 1
            if not hit:
                misses.append((a.name, person))
        for n in names:
            reported += 1
            if any(matches(n, p) for p in a.people):
                good += 1
            else:
                false.append((a.name, n))
    return {
        "pairs": pairs,
        "found": found_pairs,
        "recall": found_pairs / pairs if pairs else 0.0,
        "reported": reported,
        "correct": good,
        "precision": good / reported if reported else 0.0,
        "recall_by_pattern": {p: (h, t, h / t) for p, (h, t) in sorted(by_pattern.items())},
        "misses": misses,
        "false_persons": false,
    }


# --------------------------------------------------------------------------
# The articles
# --------------------------------------------------------------------------

# Pattern 1: names after titles, roles and nationality words.

ARTICLES += [
    _article("titles-01", "titles", "Angela Merkel; Emmanuel Macron; Lotte Brandauer; Julien Castagnet; "
             "Friedrich Ostendorf; Aurélie Ganivet", """
{Merkel} and {Macron} agree to revive euro zone budget talks

BERLIN (<Reuters>) - German Chancellor {Angela Merkel} and French President {Emmanuel Macron} agreed on Tuesday to put a joint plan for a small euro zone budget to other European leaders before the summer, after a dinner at the <Chancellery> that ran past midnight.

{Merkel} told reporters the two governments still differed on how large the fund should be, but that they had settled on the rules for drawing on it. "We are closer than we were a month ago," she said.

{Macron's} office said German Finance Minister {Lotte Brandauer} and her French counterpart, Economy Minister {Julien Castagnet}, would draft the text together. {Brandauer}, a former central banker, has been wary of any fund that could turn into a permanent transfer between member states.

Opposition figures in both capitals were quick to object. {Friedrich Ostendorf}, who leads the parliamentary group of the pro-business <Free Democrats> in the <Bundestag>, called the plan "a credit card without a limit". In Paris, far-left lawmaker {Aurélie Ganivet} said it would do nothing for workers.

{Macron} has made reform of the currency bloc a central promise of his presidency. Speaking after the dinner, he said that he and {Merkel} shared "the same sense of urgency".

The two leaders are due to meet again in <Brussels> at the end of the month.
"""),
    _article("titles-02", "titles", "Rex Tillerson; John McCain; Dolores Whitcombe; Jim Mattis; Mike Pence; "
             "Mitch McConnell; Paul Ryan", """
{McCain} presses {Tillerson} on Russia sanctions at heated hearing

WASHINGTON - Secretary of State {Rex Tillerson} faced sharp questions on Thursday from Sen. {John McCain}, who accused the administration of dragging its feet on sanctions that <Congress> passed last summer.

{McCain}, the Arizona Republican who chairs the <Senate Armed Services Committee>, said the delay sent "exactly the wrong signal" to Moscow. {Tillerson} replied that the <State Department> was working through a list of companies and would name them "in the coming weeks".

Rep. {Dolores Whitcombe}, a Democrat from New Mexico, said later that her colleagues in the <House of Representatives> were drafting a bill that would set a firm deadline. "We have heard 'coming weeks' before," {Whitcombe} said.

Defense Secretary {Jim Mattis} was not at the hearing but sent a letter backing the sanctions. A spokeswoman for Vice President {Mike Pence} said the <White House> supported the secretary.

Senate Majority Leader {Mitch McConnell} told reporters he expected the issue to come up again during budget talks. House Speaker {Paul Ryan} declined to comment.

{Tillerson's} aides said he would travel to Europe next week to press allies on the same list.
"""),
    _article("titles-03", "titles", "Bashar al-Assad; Sergei Lavrov; Mevlut Cavusoglu; Staffan de Mistura; "
             "Nasr al-Hariri; Walid Haddad", """
{Assad} vows to retake <Idlib> as {Lavrov} calls for talks

DAMASCUS - Syrian President {Bashar al-Assad} said on Sunday his army would retake the northern province of Idlib "inch by inch", hours after Russian Foreign Minister {Sergei Lavrov} urged all sides to return to talks in <Geneva>.

In an interview with state television, {al-Assad} said the rebels holding the province were "terrorists with foreign passports". He thanked Russia and Iran for their support.

{Lavrov}, speaking in Moscow alongside Turkish Foreign Minister {Mevlut Cavusoglu}, said a military solution would cost thousands of lives. {Cavusoglu} said Turkey would not accept another wave of refugees on its border.

United Nations envoy {Staffan de Mistura} said he was ready to convene a new round at short notice. {De Mistura's} office said invitations had gone to the government and to the opposition's negotiating body, led by {Nasr al-Hariri}.

A senior Syrian officer, Gen. {Walid Haddad}, told the pro-government newspaper <Al-Watan> that troops were massing south of the province. {Haddad} said the offensive would begin "when the leadership decides".

Aid groups said {Assad's} previous offensives had driven hundreds of thousands from their homes. The <International Committee of the Red Cross> appealed for safe corridors.
"""),
    _article("titles-04", "titles", "Ann Walsh; Colin Ashdown; Gary Pruitt; Priya Raman; Marcus Feeney; "
             "Teresa Alvarado", """
Judge rejects bid to move fraud trial of former hospital chief

Judge {Ann Walsh} on Wednesday refused a request by lawyers for former hospital executive {Colin Ashdown} to move his fraud trial out of the county, saying jurors could be found who had not followed the case.

{Ashdown}, 58, ran <St. Brendan's Regional Medical Center> for nine years before he was charged with steering contracts worth $4 million to a company owned by his brother-in-law, {Gary Pruitt}. Both men deny the charges.

Defense attorney {Priya Raman} argued that coverage in the local press had been "relentless". District Attorney {Marcus Feeney} answered that {Raman} had offered no evidence that any potential juror was biased.

{Walsh} agreed with the prosecution. "This court has tried harder cases with more publicity," she wrote in a four-page order.

{Pruitt's} lawyer, {Teresa Alvarado}, said her client would ask for a separate trial. {Feeney} said his office would oppose it.

Jury selection is set to begin on <March> 4 at the <Hollis County Courthouse>. If convicted, {Ashdown} faces up to 20 years in prison.
"""),
    _article("titles-05", "titles", "Ali Khamenei; Hassan Rouhani; Mohammad Javad Zarif; Ahmad Jannati; "
             "Javad Karimi-Ghodousi; Reza Tavakoli; Emmanuel Macron", """
{Khamenei} backs {Rouhani} on nuclear deal but warns Washington

TEHRAN - Iran's Supreme Leader Ayatollah {Ali Khamenei} on Wednesday gave his backing to President {Hassan Rouhani's} handling of the nuclear agreement, but warned that Iran would "not wait forever" for Europe to shield its trade from US sanctions.

In a speech to clerics in the holy city of <Qom>, {Khamenei} said Foreign Minister {Mohammad Javad Zarif} and his team had acted "with dignity". {Zarif} has spent weeks shuttling between European capitals.

Hardliners have been less generous. Ayatollah {Ahmad Jannati}, who heads the <Guardian Council>, said last week that {Rouhani} had trusted the West too much. A conservative lawmaker, {Javad Karimi-Ghodousi}, called for the deal to be torn up.

A senior cleric close to the government, Hojatoleslam {Reza Tavakoli}, told the <Islamic Republic News Agency> that the supreme leader's words ended the argument. "The leader has spoken; the debate is closed," {Tavakoli} said.

{Rouhani} is due to address the <United Nations General Assembly> in New York later this month. Officials said he would meet French President {Emmanuel Macron} there.
"""),
    _article("titles-06", "titles", "Denise Okafor; Harold Banks; Raymond Tully; Luis Ferreira; Grace Lindqvist; "
             "Tom Kowalczyk; Ingrid Solheim", """
Mayor names new police chief after months-long search

Mayor {Denise Okafor} on Monday named Deputy Chief {Harold Banks} as the city's next police chief, ending a search that began when his predecessor, {Raymond Tully}, retired in the spring.

{Banks}, a 27-year veteran of the department, has led its eastern district since 2014. {Okafor} said he had "earned the trust of the neighborhoods that need it most".

Councilman {Luis Ferreira}, who chairs the council's public safety committee, praised the choice but said he wanted to see {Banks'} plan for reducing overtime costs. Councilwoman {Grace Lindqvist} said she would vote to confirm him.

The president of the police union, Sgt. {Tom Kowalczyk}, said officers were "relieved to have one of our own" in the job. The local chapter of the <American Civil Liberties Union> was more guarded, saying it would judge {Banks} on his record.

Dr. {Ingrid Solheim}, a criminologist at <Temple University> who sat on the search panel, said the committee had interviewed eleven candidates. "He was the clear choice," {Solheim} said.

The <City Council> is expected to vote on the appointment next week.
"""),
    _article("titles-07", "titles", "Ellen Johnson Sirleaf; Samuel Kollie; George Weah; Olusegun Obasanjo; "
             "John Kufuor; Charles Brumskine; Martha Kollie", """
Former leaders gather in <Monrovia> to honour peace negotiator

MONROVIA - Former President {Ellen Johnson Sirleaf} led mourners on Saturday at the funeral of {Samuel Kollie}, the church elder who helped broker the 2003 agreement that ended Liberia's civil war.

{Johnson Sirleaf}, Africa's first elected female head of state, said {Kollie|Samuel Kollie} had "walked between armies with nothing but a Bible". President {George Weah}, the former footballer who succeeded her, declared a day of national mourning.

Former Nigerian President {Olusegun Obasanjo}, who took part in the talks in <Accra>, flew in for the service. {Obasanjo} recalled long nights at the negotiating table and said {Kollie's|Samuel Kollie} patience had saved the process more than once.

Also present was former Ghanaian President {John Kufuor}, who hosted the talks. {Kufuor} told reporters the region owed the late elder "a debt we cannot repay".

Opposition leader {Charles Brumskine} attended alongside government ministers, a rare show of unity. "Today there are no parties," {Brumskine} said.

{Kollie|Samuel Kollie}, who was 84, is survived by his wife, {Martha Kollie}, and seven children. He will be buried in his home town of <Gbarnga>.
"""),
    _article("titles-08", "titles", "Raila Odinga; Uhuru Kenyatta; Kalonzo Musyoka; Wafula Chebukati; "
             "William Ruto; David Maraga; Charles Owino", """
Kenyan opposition leader {Odinga} rejects poll result, calls for protests

NAIROBI - Kenyan opposition leader {Raila Odinga} on Friday rejected the official result of this week's presidential election, which gave President {Uhuru Kenyatta} a second term, and called on supporters to stay away from work on Monday.

Speaking at a rally in <Kibera>, {Odinga} said the tally had been "cooked in a computer". His running mate, {Kalonzo Musyoka}, said the coalition would present evidence within days.

The chairman of the electoral commission, {Wafula Chebukati}, defended the count and said observers had been present at every stage. {Chebukati} declared {Kenyatta} the winner with 54 percent of the vote.

Deputy President {William Ruto} urged the opposition to go to court rather than to the streets. Chief Justice {David Maraga} said the <Supreme Court> was ready to hear any petition quickly.

Police spokesman {Charles Owino} said officers would not allow "chaos" in the capital. Rights group <Amnesty International> warned against excessive force.

{Odinga's} coalition, the <National Super Alliance>, has challenged results before. {Kenyatta's} <Jubilee Party> said it was confident the victory would stand.
"""),
    _article("titles-09", "titles", "Joseph Dunford; John Nicholson; Harriet Colquitt; Samuel Ortega; "
             "Ruth Abernathy; Jack Reed", """
<Pentagon> to send more trainers to Afghanistan, general says

WASHINGTON - The top US military officer, Gen. {Joseph Dunford}, said on Tuesday the Pentagon would send about 800 more trainers to Afghanistan this year to work with local forces.

{Dunford}, chairman of the <Joint Chiefs of Staff>, told the <Senate Armed Services Committee> that the new trainers would be spread among Afghan army corps in the south and east.

The commander of US forces in the country, Gen. {John Nicholson}, has long asked for more advisers. In a video link from <Kabul>, {Nicholson} said Afghan troops had "fought hard but need help holding ground".

Adm. {Harriet Colquitt}, who runs the Navy's training command, said some instructors would come from her service. Lt. Col. {Samuel Ortega}, a former adviser in <Helmand>, testified that small teams had worked best. "Trust takes months to build," {Ortega} said.

Maj. Gen. {Ruth Abernathy} told the panel that contractors would handle much of the logistics. Sen. {Jack Reed}, the committee's senior Democrat, asked how long the deployment would last. {Dunford} said there was no fixed end date.

{Colquitt's} office said the first instructors would leave in the summer.
"""),
    _article("titles-10", "titles", "Mark Carney; Mario Draghi; Philip Hammond; Jerome Powell; Priyanka Sethi; "
             "Crispin Odell; Jens Weidmann", """
{Carney} warns on Brexit risks as {Draghi} keeps rates on hold

LONDON - Bank of England Governor {Mark Carney} warned on Thursday that a disorderly exit from the European Union could push up prices and slow growth sharply, as European Central Bank President {Mario Draghi} kept euro zone interest rates unchanged.

{Carney} told a news conference at the <Bank of England> that the bank's contingency plans were in place. Britain's Chancellor of the Exchequer, {Philip Hammond}, said separately that the government was "preparing for every outcome".

In Frankfurt, {Draghi} said the bank's bond buying would end as planned. He said Federal Reserve Chair {Jerome Powell} had shared similar views on trade at a recent meeting.

Investors were more anxious. {Priyanka Sethi}, chief economist at <Hollenbeck Capital>, said markets had not priced in the risk of a chaotic exit. Billionaire fund manager {Crispin Odell} told <Bloomberg Television> he had sold his holdings in British retailers.

{Draghi's} term ends next year. The <Bundesbank> chief, {Jens Weidmann}, is among those tipped to replace him; {Weidmann} declined to comment.

{Hammond's} spokesman said the chancellor would meet {Carney} next week.
"""),
]

# Pattern 2: surnames that are also words or months, next to the same words used as words.

ARTICLES += [
    _article("wordnames-01", "wordnames", "Theresa May; Boris Johnson; Jeremy Hunt; Anna Soubry; Keir Starmer", """
{May} to set out Brexit plan before summer recess

LONDON - Prime Minister {Theresa May} will set out her plan for future trade with the European Union before parliament breaks for the summer, her office said on Friday, after a cabinet meeting that ministers described as long and at times bitter.

{May} has struggled to unite her party since the election in <May> last year cost the Conservatives their majority. Foreign Secretary {Boris Johnson} and Health Secretary {Jeremy Hunt} both spoke at the meeting, according to two people who were present.

{Hunt} is said to have urged colleagues to back the prime minister. {Johnson} argued for a cleaner break. The hunt for a compromise that both wings of the party can accept has gone on for months.

"The prime minister may not please everyone, but she will set out a clear plan," said Conservative lawmaker {Anna Soubry}. Labour's Brexit spokesman, {Keir Starmer}, said {May's} government had "wasted two years".

A vote on the plan may come as early as <July>. Business groups, including the <Confederation of British Industry>, have urged ministers to avoid a sudden break, and {Starmer} said Labour would not back any deal that cost jobs.

{May} will host the cabinet again at <Chequers>, her country residence, next month.
"""),
    _article("wordnames-02", "wordnames", "Marjorie Rice; Sontirat Sontijirawong; Dennis Price; Somsak Boonmee", """
Thai rice exports slump as US envoy {Rice} seeks new deal

BANGKOK - US trade envoy {Marjorie Rice} arrived in Bangkok on Monday to push for lower tariffs on American farm goods, as Thailand's rice exports fell to their lowest level in six years.

<Rice> shipments in the first quarter dropped 18 percent from a year earlier, according to the <Thai Rice Exporters Association>, as buyers in Africa turned to cheaper grain from Vietnam and India.

{Rice}, a former agriculture lobbyist, is expected to meet Commerce Minister {Sontirat Sontijirawong}. {Rice's} aides said she would raise the issue of pork and beef imports, which Thailand has restricted for years.

<Price> controls on fertiliser, introduced last year to help farmers, have also weighed on the budget. {Dennis Price}, an analyst at <Kasikorn Research Center>, said the government could not afford to keep them. "The price of rice is not going to rise on its own," {Price} said.

Farm leader {Somsak Boonmee} said growers wanted {Rice} to understand that the price farmers receive barely covers their costs. Protests are planned outside the <Ministry of Commerce> on Wednesday.

The commerce minister told reporters he welcomed the visit but would not "trade away" protections for Thai farmers.
"""),
    _article("wordnames-03", "wordnames", "Gordon Brown; Helen Black; Owen Tarrant", """
Former prime minister {Brown} calls for grain corridor through <Black Sea>

LONDON - Former Prime Minister {Gordon Brown} on Tuesday called for an international naval escort for grain ships crossing the Black Sea, saying millions of people in poorer countries faced hunger.

{Brown}, who led Britain from 2007 to 2010 and now serves as a United Nations envoy for global education, said rich countries had been "too slow and too timid". {Brown's} proposal was backed by former <World Food Programme> official {Helen Black}.

{Black} said the price of bread in <North Africa> had risen by a third. "Hunger does not wait for diplomacy," she told a meeting at <Chatham House>.

The plan faces obstacles. Russia's <Black Sea Fleet> patrols much of the area, and shipping insurers say few firms would cover vessels in waters where mines have been found. {Owen Tarrant}, a maritime law researcher at <Brown University> in the United States, said an escort would need the consent of both Russia and Ukraine.

{Black} and {Brown} are due to present the plan to foreign ministers in <Brussels> next week. {Tarrant} said he doubted it would move quickly. "The sea lanes are open on paper and closed in practice," he said.
"""),
    _article("wordnames-04", "wordnames", "Darnell King; Jamie Little; Farah Haddow; Gerardo Seoane; Brendan Young", """
{King} keeps faith with youth as {Little} returns for cup tie

Manager {Darnell King} said on Friday he would stick with the young side that reached the quarter-finals, as striker {Jamie Little} returned from a two-month injury lay-off.

{King}, in his second season at the club, has given debuts to six teenagers. "<Young> players need games, not speeches," {King} said at the training ground.

{Little}, 29, scored 14 goals before tearing a hamstring in <January>. The club's medical chief, Dr. {Farah Haddow}, said {Little's} recovery had gone "better than we could have hoped", although he is unlikely to start.

The squad travels by train from <King's Cross> on Saturday morning for the tie against <Young Boys>, the Swiss champions, who are unbeaten at home this season. Their coach, {Gerardo Seoane}, said his team respected the English side but feared no one.

Captain {Brendan Young} is suspended after his red card last week. {Young's} absence leaves a little less experience at the back, and {King} admitted the defence would be "a work in progress".

A little over 3,000 away fans are expected to make the journey.
"""),
    _article("wordnames-05", "wordnames", "Tim Cook; Alison Wood; George W. Bush; Hamish Tait", """
{Cook} pledges Apple aid as bush fires rage across New South Wales

SYDNEY - Apple Chief Executive {Tim Cook} said on Wednesday the company would donate to firefighting and recovery efforts as bush fires burned across New South Wales for a third week.

{Cook} wrote on Twitter that the images from the <Blue Mountains> were "heartbreaking". {Cook's} announcement followed similar pledges from other technology companies.

<Rural Fire Service> Commissioner {Alison Wood} said the fires had burned through more than a million hectares of bush and farmland. {Wood} warned residents of <Woodford> and nearby towns that wood smoke would hang over the area for days.

<Bush> fire season now starts in August in parts of the state, according to the <Bureau of Meteorology>. Volunteers from the <Cook Islands> and New Zealand arrived in Sydney on Tuesday to relieve exhausted crews.

Former US President {George W. Bush} sent a message of support to the firefighters, recalling the Australian crews who helped fight wildfires in California. {Bush} said the two countries "stand together when the land burns".

Local farmer {Hamish Tait} lost 400 sheep and most of his fences. "You cannot fight the bush, you can only get out of its way," {Tait} said. {Wood} said the weather was expected to ease by the weekend.
"""),
    _article("wordnames-06", "wordnames", "Sue Gray; David Rose; Richard Burgon; Clare Hope", """
Civil servant {Gray} to lead inquiry into leaked prisons memo

LONDON - Senior civil servant {Sue Gray} will lead an inquiry into the leak of a confidential memo on prison funding, the <Cabinet Office> said on Monday.

{Gray}, who has run several sensitive investigations, is expected to report within a month and will work from offices near <Gray's Inn>. Justice Secretary {David Rose} said he had "every confidence" in her. {Rose's} department was the source of the memo, which set out plans to close four prisons.

The leak has set off a hunt for the source across <Whitehall>. Officials said {Gray} would interview staff in both departments. Labour's justice spokesman, {Richard Burgon}, said his party hoped the inquiry would not be "a whitewash in a gray suit".

<Hope> of a quick answer faded when it emerged that dozens of people had seen the memo. {Clare Hope}, a former prison governor who now runs a reform charity, said the real scandal was the content, not the leak. "<Rose-tinted> promises on funding have run out," {Hope} said.

{Burgon} called on {Rose} to publish the memo in full. The <Ministry of Justice> said it would not comment while the inquiry was under way.
"""),
    _article("wordnames-07", "wordnames", "Tom Price; Virginia Long; Nancy Pelosi; Kevin Yeung", """
{Price} defends health bill after long night of talks

WASHINGTON - Health Secretary {Tom Price} defended the Republican health bill on Friday after a long night of talks with holdouts in the <House Freedom Caucus>.

{Price}, a former surgeon from Georgia, said the bill would lower premiums. "The price of doing nothing is too high," he told reporters outside the <Capitol>.

Rep. {Virginia Long}, a moderate Republican from <Long Island>, said she remained undecided. {Long's} district includes thousands of people who bought coverage through the state exchange. "It has been a long week, and it will be a longer one," {Long} said.

Democrats were united against the bill. House Minority Leader {Nancy Pelosi} said {Price} was "selling a product nobody wants to buy".

<Long> lines formed outside town hall meetings in several districts last weekend. <Price> rises of up to 20 percent are possible next year for older customers, said {Kevin Yeung}, an analyst at <Marlow Health Analytics>. {Yeung} said insurers were waiting to see the final text before setting rates.

{Pelosi} said Democrats would force a debate on every amendment. A vote is expected before the <Easter> recess.
"""),
    _article("wordnames-08", "wordnames", "Andrew Little; Jacinda Ardern; Simon Bridges; Stuart Nash; Nicole McKee", """
{Little} says gun law changes will pass within weeks

WELLINGTON - Justice Minister {Andrew Little} said on Thursday that changes to New Zealand's gun laws would pass before parliament's winter break, with support from the opposition.

{Little} told reporters the bill had been "a little rough around the edges" in its first draft but had been improved in committee. Prime Minister {Jacinda Ardern} said the government had listened to farmers and sporting shooters.

Opposition leader {Simon Bridges} said his <National Party> would vote for the bill. {Bridges} had earlier called for a longer consultation. Building bridges with rural voters has been a priority for {Ardern's} government since the election.

Police Minister {Stuart Nash} said the buy-back scheme had collected more than 10,000 weapons. {Nash} said collection events would continue through <August>, including one in the small town of <Little River> near <Christchurch>.

{Nicole McKee}, a spokeswoman for licensed gun owners, said members felt "treated like criminals". {McKee's} group plans to challenge parts of the law in court. {Little} said the government was confident the law would survive any challenge.
"""),
    _article("wordnames-09", "wordnames", "Hope Hicks; Donald Trump; John Kelly; Raj Shah; Sarah Huckabee Sanders", """
<White House> communications director {Hicks} to step down

WASHINGTON - White House communications director {Hope Hicks}, one of President {Donald Trump's} longest-serving aides, will leave her post in the coming weeks, the White House said on Wednesday.

{Hicks}, 29, joined {Trump's} campaign in 2015. Her departure comes a day after she told the <House Intelligence Committee> that her job had sometimes required her to tell "white lies". <Hope> among some aides that the <West Wing> would calm down has faded.

Chief of staff {John Kelly} said {Hicks} had been "strategic, poised and smart". {Kelly} has overseen a string of departures since he took the job in the summer.

Deputy press secretary {Raj Shah} said no successor had been chosen. {Shah} would not say whether the president had asked her to stay.

Press secretary {Sarah Huckabee Sanders} told reporters that {Trump} was sorry to see her go. {Sanders} said the two had spoken in the <Oval Office> on Wednesday afternoon, and that {Hicks} would stay on until a new director was in place, possibly until <May>.
"""),
    _article("wordnames-10", "wordnames", "Susan Rice; Barack Obama; Sherrod Brown; Marcus Black", """
Former adviser {Rice} to lead <Rice University> panel on cyber threats

HOUSTON - Former national security adviser {Susan Rice} will chair a new panel on election cyber threats at Rice University, the school said on Monday.

{Rice}, who served under President {Barack Obama}, said foreign interference had become "a permanent feature" of American elections. {Rice's} panel will include former intelligence officials and researchers from the university's <Baker Institute>.

Sen. {Sherrod Brown}, an Ohio Democrat, welcomed the appointment. {Brown} has pushed for more money for state election offices and said local officials were "outgunned".

{Marcus Black}, a former official at the <National Security Agency> who will sit on the panel, said county election systems were the weakest link. {Black} said the panel would present its first findings at the <Black Hat> security conference in Las Vegas in <August>.

{Obama} has rarely commented on his former aides' work since leaving office. A spokesman said he had spoken to {Rice} about the panel and wished it well.
"""),
]

# Pattern 3: name particles, compound and hyphenated surnames, family-name-first order.

ARTICLES += [
    _article("particles-01", "particles", "Marine Le Pen; Jean-Marie Le Pen; Jordan Bardella; Édouard Philippe; "
             "Sandrine Duquesnoy; Emmanuel Macron", """
{Le Pen|Marine Le Pen} distances party from father's remarks ahead of <European> vote

PARIS - French far-right leader {Marine Le Pen} on Sunday distanced her party from comments made by her father and its founder, {Jean-Marie Le Pen}, who told a radio station that the election campaign was "a circus run by bankers".

{Le Pen|Marine Le Pen}, who took over the party in 2011 and has worked to soften its image, said her father spoke "for himself and no one else". The elder {Le Pen|Jean-Marie Le Pen}, 90, was expelled from the party in 2015 after a series of rows.

The party's lead candidate for the European Parliament, {Jordan Bardella}, said the campaign would focus on immigration and the cost of living. {Bardella}, 23, is the youngest lead candidate in the race.

Prime Minister {Édouard Philippe} said the family quarrel showed the party had not changed. "The name on the door is the same," {Philippe} said during a visit to <Le Havre>, where he was once mayor.

Polls published by <Le Monde> and <Le Figaro> put the party level with President {Emmanuel Macron's} list. Political scientist {Sandrine Duquesnoy} said {Marine Le Pen's} strategy depended on keeping older voters while winning younger ones. "Her father is a reminder of the past she wants to leave behind," {Duquesnoy} said.
"""),
    _article("particles-02", "particles", "Ursula von der Leyen; Frans Timmermans; Jan ter Horst; Pieter van den Broek; "
             "Margrethe Vestager", """
{Von der Leyen} unveils climate plan, Dutch farmers protest in <Brussels>

BRUSSELS - European Commission President {Ursula von der Leyen} on Wednesday unveiled a plan to cut the bloc's emissions to net zero by 2050, calling it "Europe's man-on-the-moon moment".

{Von der Leyen}, a former German defence minister, said the plan would create jobs. Executive Vice President {Frans Timmermans}, who will steer the plan through, said the costs would be shared fairly. {Timmermans'} team has promised a fund of 100 billion euros for regions that depend on coal.

Outside the <Berlaymont> building, hundreds of Dutch farmers drove tractors through the streets. Their spokesman, {Jan ter Horst}, said rules on nitrogen would put thousands of family farms out of business. "We feed Europe, and we are treated as polluters," {ter Horst} said.

{Pieter van den Broek}, a member of the <European Parliament> from the Netherlands, said the plan lacked detail on farming. {Van den Broek} wants a separate fund for farmers who cut their herds.

Competition chief {Margrethe Vestager} said state aid rules would be relaxed for green projects. {Vestager} and {von der Leyen's} spokesman said details would follow in <March>. Some of the farmers later rested in the shade of a tourist stand advertising the <Van Gogh Museum>.
"""),
    _article("particles-03", "particles", "Mohammed bin Salman; Adel al-Jubeir; Faisal bin Farhan; Khalid al-Rashidi; "
             "Nadia bin Hamad", """
Saudi crown prince {bin Salman} opens investment forum in <Riyadh>

RIYADH - Saudi Crown Prince {Mohammed bin Salman} opened the kingdom's annual investment conference on Tuesday, promising foreign investors that plans to diversify the economy away from oil were "irreversible".

{Bin Salman}, 33, told the audience at the <Ritz-Carlton> hotel that the kingdom would sell more shares in the state oil company <Saudi Aramco>. The crown prince's speech was interrupted several times by applause.

Minister of State for Foreign Affairs {Adel al-Jubeir} said several Western delegations had returned after staying away last year. {Al-Jubeir} said the kingdom had "nothing to hide". Foreign Minister Prince {Faisal bin Farhan} met a group of American bankers on the sidelines.

Economist {Khalid al-Rashidi}, of <King Abdulaziz University> in Jeddah, said investors wanted more than promises. "They want courts they can trust," {al-Rashidi} said.

{Nadia bin Hamad}, who runs a women-led technology fund, said rules allowing women to register businesses without a male guardian's permission had changed her work. {Bin Hamad|Nadia bin Hamad} said her fund had backed twelve start-ups in a year.

Bankers said {bin Salman's|Mohammed bin Salman} plans would need years to show results. The conference continues until Thursday at the <King Abdullah Financial District>.
"""),
    _article("particles-04", "particles", "Kim Jong-un; Moon Jae-in; Kim Yo-jong; Park Geun-hye; Chung Eui-yong", """
{Kim|Kim Jong-un} and {Moon} agree on new military hotline

SEOUL - North Korean leader {Kim Jong-un} and South Korean President {Moon Jae-in} agreed on Friday to set up a new hotline between their armed forces, at the end of a two-day summit in <Pyongyang>.

{Kim|Kim Jong-un} said the two Koreas would "open a new era" and promised to visit Seoul before the end of the year. {Moon} told crowds at the <May Day Stadium> that the peninsula must be free of nuclear weapons.

{Kim's|Kim Jong-un} sister, {Kim Yo-jong}, was at his side throughout the visit and handled much of the protocol. South Korean officials said {Kim Yo-jong} had become one of the most influential figures in the North.

{Moon's} national security adviser, {Chung Eui-yong}, said the hotline would be working within a month. {Chung} will travel to Washington next week to brief US officials.

The summit was watched closely in the South, where {Moon's} predecessor, {Park Geun-hye}, is serving a prison sentence for corruption. {Park} had taken a hard line on the North. Crowds had gathered on <Kim Il Sung Square> to greet the southern delegation on its arrival.
"""),
    _article("particles-05", "particles", "Xi Jinping; Li Keqiang; Wang Yi; Shinzo Abe; Zhang Lihua; Taro Kono", """
{Xi} hosts {Abe} in first formal visit by Japanese leader in seven years

BEIJING - Chinese President {Xi Jinping} welcomed Japanese Prime Minister {Shinzo Abe} to Beijing on Friday, the first formal visit by a Japanese leader in seven years, with both sides pledging to put a long chill behind them.

{Xi} told {Abe} at the <Great Hall of the People> that relations were "back on the right track". Premier {Li Keqiang} signed a currency swap agreement with the visiting delegation, and {Li} said the two economies could do more together in third countries.

{Abe}, who arrived with more than 500 business leaders, laid out plans for joint infrastructure projects. Foreign Minister {Wang Yi} met his Japanese counterpart, {Taro Kono}, and {Wang} said the two had discussed maritime disputes "frankly".

Not everyone was convinced. {Zhang Lihua}, a researcher at the <Chinese Academy of Social Sciences>, said deep mistrust remained over history and the <East China Sea>. "One visit does not change a decade," {Zhang} said.

{Kono} said Tokyo would keep talking. {Abe's} delegation was due to visit <Peking University> before flying home on Saturday, while {Xi's} office said a return visit to Japan was planned for next year.
"""),
    _article("particles-06", "particles", "Conor O'Brien; Leo Varadkar; Mary Lou McDonald; Siobhan McAllister; "
             "Aidan MacLeod", """
{O'Brien} resigns as junior minister over housing row

DUBLIN - Junior housing minister {Conor O'Brien} resigned on Thursday after it emerged that a property company owned by his brother had won a contract from his department.

{O'Brien}, who has been a member of the <Dail> since 2011, said he had done nothing wrong but did not want to be "a distraction". Prime Minister {Leo Varadkar} accepted the resignation and thanked {O'Brien} for his work.

<Sinn Fein> leader {Mary Lou McDonald} said the resignation was overdue. {McDonald} called for an independent inquiry into all contracts awarded by the department since 2016. {Varadkar's} office said the matter would go to the standards commission.

Labour housing spokeswoman {Siobhan McAllister} said the affair showed why the country needed a register of beneficial ownership. {McAllister} has tabled a bill that would create one.

{O'Brien's} replacement is expected to be named next week. Among those tipped is {Aidan MacLeod}, a backbencher from <Galway> who chairs the housing committee. {MacLeod} declined to comment when reached by telephone at the airport, where he was returning from a trip to Chicago's <O'Hare International Airport>. A campaign sign outside a <McDonald's> restaurant in his constituency already bore his name.
"""),
    _article("particles-07", "particles", "Andrés Manuel López Obrador; Ricardo dos Santos; Mariana da Costa; "
             "Luis de la Fuente; António Costa", """
{López Obrador} and Portugal's {Costa|António Costa} sign trade pact in <Lisbon>

LISBON - Mexican President {Andrés Manuel López Obrador} and Portuguese Prime Minister {António Costa} signed an agreement on Monday to cut tariffs on farm goods and wine, at a ceremony in the Portuguese capital.

{López Obrador}, who rarely travels abroad, said Mexico wanted to "look beyond its northern neighbour". {Costa|António Costa} said the deal would help Portuguese wine makers reach Latin American markets.

Portugal's economy minister, {Ricardo dos Santos}, said the pact could double trade within five years. {Dos Santos} told reporters that olive oil and cork producers would gain the most.

{Mariana da Costa}, who heads the Portuguese wine growers' association, said her members had waited years for the deal. {Da Costa} said Mexican tequila would enter Portugal duty-free in return.

The delegations later crossed the <Vasco da Gama Bridge> to visit a port terminal. Mexican trade negotiator {Luis de la Fuente} said talks on fish and machinery would continue in <Mexico City> in the autumn. "We have done the easy part," {de la Fuente} said.

{López Obrador's} office said he would fly home on Tuesday.
"""),
    _article("particles-08", "particles", "Abdel Fattah el-Sisi; Sameh Shoukry; Ahmed Abu Zeid; Hisham el-Masry; "
             "Yusuf ibn Rashid", """
Egypt's {Sisi} opens new canal lane, promises more investment

ISMAILIA - Egyptian President {Abdel Fattah el-Sisi} opened a new lane of the <Suez Canal> on Thursday, telling a crowd of officials and foreign guests that the project would double the waterway's revenue within a decade.

{El-Sisi} arrived on a yacht that once belonged to the country's royal family. Foreign Minister {Sameh Shoukry} said delegations from more than thirty countries had attended, and {Shoukry} thanked the Gulf states for their support.

Foreign ministry spokesman {Ahmed Abu Zeid} said the event showed Egypt was "open for business". {Abu Zeid} told the state newspaper <Al-Ahram> that contracts for a new industrial zone would be signed next month.

Critics were less enthusiastic. Economist {Hisham el-Masry} said canal traffic depended on world trade, not on the number of lanes. "You can widen a road, but you cannot order the cars to come," {el-Masry} said in an interview with <Al Jazeera>.

A shipping executive from the United Arab Emirates, {Yusuf ibn Rashid}, said his company would move part of its business to the new zone. {Ibn Rashid} said it would depend on customs rules.

{Sisi's} government has borrowed heavily to pay for large projects, including a new capital east of <Cairo>.
"""),
    _article("particles-09", "particles", "Ronald Koeman; Virgil van Dijk; Frenkie de Jong; Matthijs de Ligt; "
             "Hans ter Steeg", """
{Van Dijk} leads Dutch revival as {Koeman} hails 'mature' team

AMSTERDAM - The Netherlands beat Germany 3-1 on Saturday, and coach {Ronald Koeman} said his side had shown "a maturity we did not have a year ago".

Captain {Virgil van Dijk} scored the second goal with a header from a corner. {Van Dijk}, who plays his club football in England, said the team had "found its identity again".

Midfielder {Frenkie de Jong} controlled the game, and {de Jong's} pass set up the third goal. Defender {Matthijs de Ligt}, 19, was booked early but recovered. {De Ligt} said it was the best atmosphere he had played in.

The match was played at the <Johan Cruyff Arena>, renamed last year after the country's most famous player. A spokesman for the <Royal Dutch Football Association>, {Hans ter Steeg}, said every ticket had been sold within an hour. {Ter Steeg} said the association would consider moving more games to the ground.

{Koeman's} side next plays France in <Rotterdam> in <November>. {Koeman} said he would keep the same defence. "Why change what works?" he said.
"""),
    _article("particles-10", "particles", "Annegret Kramp-Karrenbauer; Jean-Claude Juncker; Ana Sánchez-Villar; "
             "Karl-Heinz Obermeier", """
{Kramp-Karrenbauer} backs <European> army idea on visit to <Brussels>

BRUSSELS - German Defence Minister {Annegret Kramp-Karrenbauer} said on Monday that Europe should move toward a common army over time, during her first visit to the European Commission since taking office.

{Kramp-Karrenbauer} met Commission President {Jean-Claude Juncker}, who has long argued for closer defence ties. {Juncker} said the two had agreed that "Europe cannot rely on others for its security forever". {Juncker's} term ends this year.

Spanish lawmaker {Ana Sánchez-Villar}, who sits on the European Parliament's security committee, welcomed the remarks but said national parliaments must keep control of troops. {Sánchez-Villar} said Spain would want a say in any command structure.

Defence industry groups were more enthusiastic. {Karl-Heinz Obermeier}, who heads the German association of arms makers, said a common army would need common equipment. {Obermeier} named aircraft engines from <Rolls-Royce> and trucks from <Mercedes-Benz> as examples of cross-border supply chains that already worked.

{Kramp-Karrenbauer's} ministry said she would travel to Paris later in the week.
"""),
]

# Pattern 4: later mentions by surname alone, possessives, Mr./Ms., "said X", "according to X".

ARTICLES += [
    _article("later-01", "later", "Donald Trump; Justin Trudeau; Chrystia Freeland; Larry Kudlow; Elena Voss", """
{Trump} says Canada talks 'going well' as deadline nears

WASHINGTON - President {Donald Trump} said on Wednesday that talks with Canada over a new North American trade deal were "going well", but repeated his threat to put tariffs on Canadian cars if there was no agreement by Friday.

Mr. {Trump} spoke to reporters in the <Oval Office> after a call with Prime Minister {Justin Trudeau}. According to a Canadian official, Mr. {Trudeau} told him that Canada would not accept a deal that weakened its dairy rules.

Canada's foreign minister, {Chrystia Freeland}, flew to Washington for the third time in two weeks. Ms. {Freeland} said the two sides had "goodwill and a lot of work to do". {Freeland's} team was working late into the night at the office of the <United States Trade Representative>.

{Trump's} economic adviser, {Larry Kudlow}, said on television that a deal was "close but not done". Mr. {Kudlow} added that the president "likes Canada, but he likes a good deal more".

Trade lawyer {Elena Voss} said the president's tariff threat might not hold up. "The law he would use was written for national security, not for cars," said {Voss}, who advised carmakers during the last round of talks.

{Trudeau's} office said only that the talks would go on.
"""),
    _article("later-02", "later", "Karen Jones; Mark Okonkwo-Reid; Yasmin Sadiq; Bernard Holt", """
Retailer's chief {Jones} quits after profit warning

LONDON - {Karen Jones}, chief executive of the clothing chain <Halberd & Finch>, resigned on Tuesday, two weeks after the company warned that annual profit would fall by a third.

{Jones'} departure had been expected. Shareholders had criticised her plan to open twenty new stores while sales moved online. "I take responsibility for the results," {Jones} said in a statement.

The board named finance director {Mark Okonkwo-Reid} as interim chief executive. {Okonkwo-Reid}, who joined from a supermarket group last year, said he would review the store plan "immediately". Shares rose 6 percent on the news.

Analyst {Yasmin Sadiq} of <Peel Hunt> said the new chief had a short time to act. "The cash is there for about eighteen months," according to {Sadiq}, who has a sell rating on the stock.

The company's chairman, {Bernard Holt}, thanked {Jones} for nine years of service, most of them successful. {Holt} said a search for a permanent chief executive would begin at once, and that {Okonkwo-Reid's} candidacy would be considered.

{Jones's} predecessor left in similar circumstances in 2009. The group employs 6,000 people in 240 shops.
"""),
    _article("later-03", "later", "Priya Nair; Darren Whitlock; Leanne Moss; Gavin Petrie", """
Man charged after lorry crash that closed motorway for hours

MANCHESTER - A 44-year-old man has been charged with dangerous driving after a lorry overturned on the M62 on Sunday, closing the motorway for nine hours, police said.

{Darren Whitlock}, of <Oldham>, will appear before magistrates on Thursday. {Whitlock} was arrested at the scene and later released on bail.

Detective Sgt. {Priya Nair} said three people had been taken to hospital with injuries that were not life-threatening. According to {Nair}, officers had received calls about a lorry "weaving between lanes" several minutes before the crash.

One of the injured, nurse {Leanne Moss}, was driving home from a night shift. Her husband, {Gavin Petrie}, said she had a broken arm and was "shaken but cheerful". "She keeps apologising to the hospital for taking up a bed," said {Petrie}.

{Moss's} car was one of four hit by the trailer as it tipped across the carriageway. Recovery crews worked through the afternoon to clear spilled building materials.

{Nair} appealed for drivers with dash-camera footage to come forward. {Whitlock's} solicitor said his client would plead not guilty and had no further comment.
"""),
    _article("later-04", "later", "Naomi Osaka; Serena Williams; Sascha Bajin; Carlos Ramos", """
{Osaka} beats {Williams} in chaotic final

NEW YORK - {Naomi Osaka} won her first Grand Slam title on Saturday, beating {Serena Williams} 6-2, 6-4 in a final overshadowed by a row between {Williams} and the umpire.

{Osaka}, 20, became the first Japanese player to win a major singles title. She was in tears during the trophy ceremony as parts of the crowd booed. "I'm sorry it had to end like this," {Osaka} said.

{Williams'} dispute with umpire {Carlos Ramos} began when he warned her for receiving coaching from the stands. She later smashed her racket and called {Ramos} "a thief", and was docked a game. {Ramos's} decisions were debated long after the match ended.

{Osaka's} coach, {Sascha Bajin}, who once worked as a hitting partner for {Williams}, said his player had stayed calm. "She did not let anything distract her," {Bajin} said.

In <Osaka>, the city where the champion was born, fans gathered to watch the match on big screens in the early morning. The <United States Tennis Association> said it would review what happened. {Williams} was fined $17,000 on Sunday.
"""),
    _article("later-05", "later", "Ravi Menon; Catherine Ashworth; Tobias Lindgren; Ama Owusu", """
Malaria vaccine trial shows strong results, researchers say

OXFORD - A malaria vaccine developed at the <University of Oxford> prevented three out of four infections in young children during a year-long trial in Burkina Faso, researchers said on Friday.

Professor {Ravi Menon}, who led the trial, called the results "the best we have seen for any malaria vaccine". {Menon's} team gave the vaccine to 450 children aged between five and seventeen months.

{Menon} said a larger trial involving 4,800 children in four countries would start next year. His colleague, Dr. {Catherine Ashworth}, said the vaccine could be made cheaply in large amounts. {Ashworth} said a manufacturer in India had agreed to produce 200 million doses a year if it was approved.

Scientists not involved in the study were cautious. "Efficacy can fall in the second and third years," said {Tobias Lindgren}, an epidemiologist at the <Karolinska Institute> in Stockholm. {Lindgren} added that the trial was small.

{Ama Owusu}, who coordinates malaria programmes for a health charity in <Accra>, said the news gave hope to parents. "Every rainy season we bury children," {Owusu} said.

The findings were published in <The Lancet>. {Ashworth's} group is also testing the vaccine in adults.
"""),
    _article("later-06", "later", "Ingrid Halvorsen; Erik Halvorsen; Jonas Brekke; Sigrid Aas", """
{Ingrid Halvorsen}, architect of Norway's oil fund, dies at 86

OSLO - {Ingrid Halvorsen}, the economist who helped design Norway's sovereign wealth fund, has died at the age of 86, her family said on Sunday.

{Halvorsen|Ingrid Halvorsen} joined the finance ministry in 1961 and spent three decades there. She argued in the 1980s that oil money should be invested abroad rather than spent at home, an idea that was ridiculed at the time and later adopted. {Halvorsen's|Ingrid Halvorsen} memo on the subject is still taught at the <Norwegian School of Economics>.

Her son, {Erik Halvorsen}, said she died peacefully at home in <Bergen>. The younger {Halvorsen|Erik Halvorsen}, a doctor, said his mother had kept reading the financial pages "until the very last week".

Former finance minister {Jonas Brekke}, who worked under her as a young official, said she was "the cleverest person in any room, and the last to say so". {Brekke} said the fund, now worth more than a trillion dollars, was her legacy.

The head of the fund, {Sigrid Aas}, said staff had observed a minute's silence. {Aas} said {Halvorsen|Ingrid Halvorsen} had visited the fund's offices on her 80th birthday and asked pointed questions about its fees.

The funeral will be held in Bergen next week.
"""),
    _article("later-07", "later", "Helen Castell; Graham Pike; Nadia Rahman; Owen Lydiate; Bryony Fairclough", """
Tight race in coastal seat as candidates make final push

SCARBOROUGH - Candidates in one of the most closely fought seats in the north of England made a final push for votes on Wednesday, a day before polls open.

The sitting member, Conservative {Helen Castell}, held the seat by just 212 votes last time. {Castell} spent the morning at the fish market, where traders complained about paperwork for exports. "{Castell} listens, I'll give her that," said one trader.

Her Labour challenger, {Graham Pike}, a former teacher, campaigned at a hospital where parking charges have become an issue. {Pike} said the town had been "taken for granted". {Pike's} leaflets promise free parking for nurses.

Liberal Democrat {Nadia Rahman} and the Green candidate, {Owen Lydiate}, are both hoping for a better share than last time. {Rahman} told a hustings that local bus routes had halved in ten years, and {Lydiate} promised to fight a plan for a new bypass.

Polling expert {Bryony Fairclough} said the result would depend on turnout among older voters. According to {Fairclough}, {Castell's} lead among pensioners was "the whole ball game".

The count will take place overnight at the <Spa Conference Centre>.
"""),
    _article("later-08", "later", "Idris Elba; Lucia Ferrante; Dominic Shaw", """
{Elba} to play detective in new series filmed on Italian island

ROME - British actor {Idris Elba} will star as a retired London detective in a new drama series to be filmed on the island of <Elba>, the producers said on Tuesday.

{Elba}, 46, will also serve as an executive producer. The show follows a police officer who moves to the Tuscan island and is drawn into a smuggling case. Filming begins in <September> in the port town of <Portoferraio>.

Italian director {Lucia Ferrante} will direct the first four episodes. {Ferrante} said she had spent summers on Elba as a child and wanted to show "the island the tourists never see". {Ferrante's} last film won a prize at the <Venice Film Festival>.

The series was written by {Dominic Shaw}, whose previous crime drama ran for five seasons. {Shaw} said he wrote the lead role with {Elba} in mind. "He brings a stillness that most actors would kill for," {Shaw} said.

Local officials welcomed the production. {Elba's} casting was first reported by the trade paper <Variety>. The island, where a deposed French emperor spent nine months in exile, hopes the show will draw visitors outside the summer season.
"""),
    _article("later-09", "later", "Paul Manafort; Rick Gates; Robert Mueller; Kevin Downing; Amy Berman Jackson", """
{Manafort} jury hears from former deputy {Gates}

ALEXANDRIA, Va. - {Rick Gates}, the former business partner of {Paul Manafort}, told jurors on Monday that he had helped {Manafort} hide millions of dollars in foreign bank accounts.

{Gates}, who has pleaded guilty and is cooperating with Special Counsel {Robert Mueller}, said he created false documents at {Manafort's} request. {Mueller's} office has charged {Manafort} with bank and tax fraud.

Under cross-examination, defense attorney {Kevin Downing} accused {Gates} of stealing from his former boss. {Gates} admitted that he had taken "several hundred thousand dollars". {Downing} said the jury could not believe "a word he says".

In a separate case in Washington, Judge {Amy Berman Jackson} set a date for {Manafort's} second trial. {Jackson} has ordered him held in jail since June.

The trial, at the federal courthouse in Alexandria, is the first to come out of {Mueller's} inquiry. Closing arguments are expected next week, and jurors were told the case could reach them by the end of <August>.
"""),
    _article("later-10", "later", "Mark Zuckerberg; Sheryl Sandberg; Lindsey Graham; Dana Whitfield", """
{Zuckerberg} apologises to senators over data scandal

WASHINGTON - <Facebook> chief executive {Mark Zuckerberg} apologised to US senators on Tuesday for the misuse of data belonging to up to 87 million users, in five hours of testimony on <Capitol Hill>.

{Zuckerberg}, wearing a suit rather than his usual grey T-shirt, said the company had not done enough to stop its tools from being used for harm. "That was a big mistake, and it was my mistake," he said.

Sen. {Lindsey Graham}, a South Carolina Republican, asked whether Facebook was a monopoly. {Zuckerberg's} answer - "It certainly doesn't feel like that to me" - drew laughter. {Graham} said Congress might have to regulate the industry.

Chief operating officer {Sheryl Sandberg} did not testify but watched from the company's offices in California. {Sandberg} said last week that users might one day have to pay to opt out of advertising.

Privacy lawyer {Dana Whitfield} said the hearing had changed little. "Nobody asked the hard questions about how the advertising works," {Whitfield} said. {Zuckerberg} will appear before a House committee on Wednesday.
"""),
]

# Pattern 5: organisations, buildings, places and boilerplate that are not people, including
# things named after people.

ARTICLES += [
    _article("notpeople-01", "notpeople", "David Solomon; James Gorman; Ruth Pemberton", """
<Wall Street> banks lift stocks after strong quarter

NEW YORK - Shares of <Goldman Sachs> and <Morgan Stanley> led a rally on Wall Street on Tuesday after both banks reported quarterly profits well above forecasts, helped by a surge in bond trading.

The <Dow Jones Industrial Average> rose 1.2 percent and the <S&P 500> gained 0.9 percent. Financial shares were the best performers, with <Wells Fargo> and <Charles Schwab> also rising more than 3 percent.

Goldman's chief executive, {David Solomon}, told analysts on a call that clients had been "busier than at any time in the last five years". {Solomon} said the bank would keep hiring in its wealth management business.

At Morgan Stanley, chairman and chief executive {James Gorman} said trading revenue had risen by a quarter. {Gorman} warned that the pace would not last.

{Ruth Pemberton}, a portfolio manager at <Alder Row Investments>, said investors had been too gloomy about the banks. "<Everyone> was waiting for a slowdown that has not come," said {Pemberton}.

Trading on the <New York Stock Exchange> was heavier than average. <JPMorgan Chase> and <Citigroup> report results later in the week, and the <Federal Reserve> meets at the end of the month.
"""),
    _article("notpeople-02", "notpeople", "Theresa May; Philip Hammond; Steve Rowe; Gillian Harte", """
<Downing Street> hosts retailers as high street closures mount

LONDON - Prime Minister {Theresa May} met the heads of Britain's biggest retailers at Downing Street on Monday, as a wave of store closures hit towns across the country.

Among the guests was {Steve Rowe}, chief executive of <Marks and Spencer>, which is closing more than a hundred stores. {Rowe} told reporters afterwards that business rates were "the single biggest problem" for shops. Executives from <John Lewis>, <Sainsbury's> and <Boots> also attended.

Chancellor {Philip Hammond} said the government would cut rates for small shops in next month's budget. {Hammond} ruled out a tax on online sales, which some retailers have demanded.

<Marks & Spencer's> flagship store near <Marble Arch> will stay open, {Rowe} said. But shoppers at <Victoria Station>, where the chain has closed a food hall, said the area was changing fast.

{Gillian Harte}, who runs a small bookshop in <Bishop's Stortford>, said nobody had invited her to <Number 10>. "They invite the big names and forget the rest of us," {Harte} said.

A spokeswoman for {May} said further meetings were planned with the <British Retail Consortium> and the <Federation of Small Businesses> before the budget.
"""),
    _article("notpeople-03", "notpeople", "Nancy Pelosi; Chuck Schumer; Calvin Redd; Mitch McConnell", """
Shutdown closes <Lincoln Memorial> visitor centre as talks stall

WASHINGTON (<Associated Press>) - The partial government shutdown entered its third week on Friday, closing visitor facilities at the Lincoln Memorial and the <Smithsonian> museums, as talks between the <White House> and congressional leaders made little progress.

House Speaker {Nancy Pelosi} and Senate Democratic leader {Chuck Schumer} left a meeting after less than an hour. {Schumer} said there had been "no movement" on funding for a border wall. {Pelosi's} office said Democrats would pass spending bills for each department.

Senate Majority Leader {Mitch McConnell} said on <Capitol Hill> that the Senate would not vote on bills the president would veto. {McConnell} urged both sides to keep talking.

The <Supreme Court> said it could keep operating normally until at least the end of next week. The <Kennedy Center> and the <National Zoo> have closed.

Park ranger {Calvin Redd}, who is working without pay, said he was worried about his mortgage. "I love this job, but the bank does not care," {Redd} said outside the <Washington Monument>. Flights at <Ronald Reagan Washington National Airport> were running normally, though security queues were longer than usual.
"""),
    _article("notpeople-04", "notpeople", "Jose Mourinho; Marcus Rashford; Paul Pogba; Ed Woodward", """
<Manchester United> slump again as <Premier League> pressure grows

MANCHESTER - Manchester United lost 3-1 at home on Saturday, leaving manager {Jose Mourinho} under growing pressure after the club's worst start to a Premier League season in decades.

Fans in the <Sir Alex Ferguson Stand> at <Old Trafford> booed at half-time. {Mourinho} said afterwards that his players had "no personality" in the second half. {Mourinho's} side is fourteen points behind the leaders.

Forward {Marcus Rashford} scored United's only goal. {Rashford} said the squad backed the manager. Midfielder {Paul Pogba}, who has clashed with {Mourinho} over tactics, was left on the bench; {Pogba} did not speak to reporters.

Executive vice-chairman {Ed Woodward} is expected to meet the club's owners this week. A spokesman for the <Manchester United Supporters' Trust> said supporters had lost patience with {Woodward}.

United face <Juventus> in the <Champions League> on Tuesday before a trip to <Stamford Bridge> next weekend. The <League Managers Association> declined to comment.
"""),
    _article("notpeople-05", "notpeople", "Amara Diallo; Peter Kessler; Lauren Whitby", """
Measles cases rise sharply, <World Health Organization> says

GENEVA - Measles cases worldwide rose by almost a third last year, the World Health Organization said on Thursday, with the largest outbreaks in countries where vaccination rates have fallen.

The figures were compiled with researchers at <Johns Hopkins University> in Baltimore and the <Centers for Disease Control and Prevention>. Dr. {Amara Diallo}, who leads the WHO's immunisation department, said the rise was "entirely preventable". {Diallo} said false claims about vaccine safety had spread faster than the virus.

The <Red Cross> and <Médecins Sans Frontières> have sent teams to help vaccinate children in several African countries. {Peter Kessler}, a spokesman for the <International Federation of Red Cross and Red Crescent Societies>, said clinics were short of staff.

In the United States, doctors at the <Mayo Clinic> and <St. Jude Children's Research Hospital> urged parents to check their children's records. Paediatrician {Lauren Whitby}, of the <Johns Hopkins Bloomberg School of Public Health>, said she now spent more time answering questions about vaccines than treating illness. "Parents are frightened of the wrong thing," {Whitby} said.

The WHO will present the figures to the <World Health Assembly> in <May>.
"""),
    _article("notpeople-06", "notpeople", "Lama Fakih; Hamid Karzai; Nasrin Sadat", """
<Human Rights Watch> says civilians bore brunt of offensive

KABUL - Civilians made up most of those killed in a month-long offensive in northern Afghanistan, <Human Rights Watch> said in a report on Wednesday, accusing both the government and the <Taliban> of failing to protect them.

The group's researchers interviewed more than 80 survivors. A woman from <Kunduz> who gave only her first name, Zarmina, said her two sons were killed when a shell hit their home. "There was nowhere to run," she said.

{Lama Fakih}, the group's deputy director for crisis and conflict, said the findings should be investigated. {Fakih} said the <United Nations Assistance Mission in Afghanistan> had documented similar cases.

Former President {Hamid Karzai} called for a ceasefire. {Karzai} told reporters at his home in <Kabul> that "neither side can win this war with bombs".

The <Afghan Red Crescent Society> said its clinics had treated more than 1,200 wounded. Lawmaker {Nasrin Sadat}, who represents Kunduz in the <Wolesi Jirga>, the lower house of the <National Assembly>, said she would raise the report in parliament. {Sadat} said local officials had ignored warnings. The <Ministry of Defence> rejected the report as "one-sided".
"""),
    _article("notpeople-07", "notpeople", "Bill de Blasio; Rick Cotton; Yolanda Pierce", """
<George Washington Bridge> lanes to close for months of repairs

NEW YORK - Two lanes of the George Washington Bridge will close overnight for eight months starting in <April>, the <Port Authority of New York and New Jersey> said on Monday, warning drivers to expect delays.

The work is part of a $1.9 billion program to replace the bridge's suspension cables. Port Authority executive director {Rick Cotton} said the cables had "served us for nearly ninety years and need to be retired". {Cotton} said work on the <Lincoln Tunnel> and the <Holland Tunnel> would be timed to avoid closures on the same nights.

Mayor {Bill de Blasio} urged commuters to use trains. A spokesman for {de Blasio} said extra buses would run from <Washington Heights>.

{Yolanda Pierce}, who drives a delivery van from <Fort Lee> to <John F. Kennedy International Airport> each night, said her trips already took two hours. "They fix one road and close another," {Pierce} told <The New York Times>.

The <Madison Square Garden> events calendar and the <Yankee Stadium> schedule will be shared with the agency so that closures do not fall on big event nights, officials said.
"""),
    _article("notpeople-08", "notpeople", "Ayesha Gilani; Tom Brennan", """
Floods cut off villages in Pakistan's north as rivers rise

ISLAMABAD - Floods cut off dozens of villages in northern Pakistan on Sunday after days of heavy rain, officials said, and the army was deployed to help evacuate families.

The <National Disaster Management Authority> said at least 23 people had died. Its spokeswoman, {Ayesha Gilani}, said roads in <Swat> and <Chitral> were blocked by landslides. {Gilani} said helicopters had dropped food to stranded villages.

A farmer who gave his name only as Rehmat said the water had taken his cattle and his house. "We climbed the hill with what we could carry," he said.

The <Pakistan Red Crescent Society> and the <World Food Programme> said they were sending supplies. {Tom Brennan}, a British engineer working on a dam project near <Gilgit>, said his team had moved to higher ground. {Brennan} said bridges on the <Karakoram Highway> had been damaged.

<Staff> and agencies contributed to this report.

<Copyright> 2019. <All Rights Reserved>.

<Related Coverage>: Monsoon season - what to expect

<Photo>: <Getty Images>
"""),
    _article("notpeople-09", "notpeople", "Alex Ovechkin; Braden Holtby; Jonathan Marchessault; Gary Bettman", """
Capitals win first <Stanley Cup> as {Ovechkin} named playoff MVP

LAS VEGAS - The <Washington Capitals> won the Stanley Cup for the first time on Thursday, beating the <Vegas Golden Knights> 4-3 to take the final series four games to one.

Captain {Alex Ovechkin} was awarded the <Conn Smythe Trophy> as the most valuable player of the playoffs. {Ovechkin}, 32, scored 15 goals in the post-season. "We waited a long time," {Ovechkin} said as teammates sprayed champagne.

Goaltender {Braden Holtby} made 28 saves in the deciding game. {Holtby's} save on {Jonathan Marchessault} late in the second game is already being called one of the best in the history of the final. {Marchessault} said the Golden Knights had "nothing to be ashamed of" after a remarkable first season.

League commissioner {Gary Bettman} presented the cup on the ice at the <T-Mobile Arena>. {Bettman} was booed, as is the custom. The <National Hockey League> said television audiences were the highest in years.

The Capitals will hold a parade on <Constitution Avenue> in Washington next week, ending near the <Lincoln Memorial>.
"""),
    _article("notpeople-10", "notpeople", "Édouard Philippe; Richard Ferrand; Claire Montagnac", """
French pension reform clears <National Assembly> amid strikes

PARIS - France's lower house of parliament, the National Assembly, approved the government's pension reform on Saturday, as strikes disrupted trains for a fourth week.

Prime Minister {Édouard Philippe} said the reform was "fair and necessary". {Philippe's} government used a special procedure to pass the bill without a final vote, angering opposition parties. The speaker of the Assembly, {Richard Ferrand}, said the procedure was lawful.

Trains from the <Gare de Lyon> and <Gare Montparnasse> were largely cancelled. Flights at <Charles de Gaulle Airport> were not affected. Several thousand protesters marched from the <Place de la République> to the <Place de la Nation>, and metro stations including <Franklin D. Roosevelt> and <George V> were closed.

{Claire Montagnac}, a rail worker and union delegate at the <CGT>, said the strike would go on. "They can pass what they like in the <Palais Bourbon>; the trains are ours," {Montagnac} said.

The bill now goes to the <Senate>. The <Élysée Palace> said the president would address the nation next week. {Ferrand} said the debate had been "long, but democratic".
"""),
]

# Pattern 6: bylines and credit lines; the journalists named there are persons, the labels are not.

ARTICLES += [
    _article("bylines-01", "bylines", "Ashraf Ghani; Sediq Sediqqi; Farid Noorzai; Meera Kapoor; Simon Caldwell", """
Afghan president offers talks with Taliban without preconditions

KABUL (<Reuters>) - Afghan President {Ashraf Ghani} offered on Wednesday to recognise the Taliban as a legitimate political group and to hold peace talks without preconditions, in the most direct appeal yet to the insurgents.

{Ghani} made the offer at the opening of an international conference in Kabul attended by representatives of more than twenty countries. He said a ceasefire and an exchange of prisoners could be the first steps.

"The ball is now in their court," {Ghani} told delegates. His spokesman, {Sediq Sediqqi}, said the government was ready to issue passports to Taliban members and to open an office for them in the capital.

There was no immediate response from the Taliban, who have previously refused to talk directly with the government, which they call a puppet of the West. {Sediqqi} said the offer would remain open.

Diplomats at the conference welcomed the proposal, although several said privately that the insurgents were unlikely to accept it while they were gaining ground on the battlefield.

(<Reporting> by {Farid Noorzai}; <Additional> reporting by {Meera Kapoor} in New Delhi; <Editing> by {Simon Caldwell})
"""),
    _article("bylines-02", "bylines", "Jane Holloway; Sandra Kilbride; Victor Amadi; Harold Nkemelu", """
County approves new bus rapid transit line after long debate

By {Jane Holloway}, <Staff Writer>

County commissioners voted 4-1 on Tuesday night to approve a bus rapid transit line along the <Route 9> corridor, ending more than two years of debate over how to ease traffic in the county's fastest-growing area.

Commission chair {Sandra Kilbride} called the vote "a turning point". {Kilbride} said the line, which will have dedicated lanes for most of its 14-mile length, could be running within four years.

The lone vote against came from Commissioner {Victor Amadi}, who said the $180 million price tag was too high. {Amadi} argued that the money would be better spent widening existing roads.

Business owners along the route were divided. {Harold Nkemelu}, who owns a furniture store near the proposed <Maple Avenue> station, said construction could drive customers away. "Two years of cones and detours could finish small shops like mine," {Nkemelu} said.

The county will apply for federal money to cover half of the cost. A series of public meetings on station designs begins next month at the <Hollins Public Library>.

<Staff Writer> {Jane Holloway} covers transportation and county government.
"""),
    _article("bylines-03", "bylines", "Marco Ruiz; Dana Kowalski; Jair Bolsonaro; Ricardo Salles; Li Wen; Paulo Amaral", """
Brazil's {Bolsonaro} rejects G7 offer of help to fight Amazon fires

By {Marco Ruiz} and {Dana Kowalski}
<Associated Press>

BRASILIA, Brazil - Brazilian President {Jair Bolsonaro} on Tuesday rejected an offer of $20 million from the <Group of Seven> nations to help fight fires in the Amazon, calling it an insult to Brazil's sovereignty.

{Bolsonaro} said wealthy countries should "take care of their own homes". Environment Minister {Ricardo Salles} had initially welcomed the money, but {Salles} later said the government would decide how any foreign aid was spent.

Firefighters and soldiers were battling more than 1,000 new fires across the region. Forest engineer {Paulo Amaral}, who works for an environmental group in the state of <Para>, said most of the fires had been set to clear land for cattle. "This is not a natural disaster," {Amaral} said.

China, a major buyer of Brazilian soy and beef, said it was following the situation closely.

Associated Press writer {Li Wen} in Beijing contributed to this report.
"""),
    _article("bylines-04", "bylines", "Hannah Ellison; Jeremy Corbyn; Tom Watson; Emily Thornberry", """
Labour deputy calls for second referendum in challenge to leadership

{Hannah Ellison} <Political Correspondent>

Labour's deputy leader, {Tom Watson}, has called for the party to back a second referendum on leaving the European Union, putting him at odds with {Jeremy Corbyn}, who has resisted pressure to commit to a new vote.

In a speech in London, {Watson} said the party should campaign to remain "with our heads held high". {Watson's} allies say more than half of Labour's MPs share his view.

{Corbyn} told reporters in <Derby> that the party's policy had not changed and that it would seek a general election first. {Corbyn's} spokesman said the leader respected the deputy's opinion.

The shadow foreign secretary, {Emily Thornberry}, said the party should "stop sitting on the fence". {Thornberry} is among several senior figures who have urged {Corbyn} to move faster.

The party's national executive is due to meet next week to discuss its position before the autumn conference in <Brighton>.

<Staff> and agencies
"""),
    _article("bylines-05", "bylines", "Rodrigo Duterte; Salvador Panelo; Leila de Lima; Karen Lema; Clarence Fernandez; "
             "Martin Petty", """
Philippines' {Duterte} says he will not cooperate with ICC inquiry

MANILA (<Reuters>) - Philippine President {Rodrigo Duterte} said on Friday he would not cooperate with an inquiry by the <International Criminal Court> into killings during his war on drugs, and threatened to arrest any investigator who entered the country.

{Duterte}, speaking at a military camp in the south, said the court had no jurisdiction over the Philippines, which withdrew from it last year. His spokesman, {Salvador Panelo}, said the government would not allow "foreign meddling".

Police say more than 5,000 drug suspects have been killed in operations in which they fought back. Rights groups say the true number is far higher and accuse officers of executions, which police deny.

Opposition senator {Leila de Lima}, a prominent critic of the campaign who has been in detention for more than two years on drug charges she says were invented, said in a handwritten statement that the inquiry gave victims' families hope. {De Lima} has denied all the charges.

{Panelo} said {de Lima's} statement was "political theatre".

(<Reporting> by {Karen Lema}; <Writing> by {Martin Petty}; <Editing> by {Clarence Fernandez})
"""),
    _article("bylines-06", "bylines", "Tom Brown; Rosalind Achebe; Owen Pritchard", """
Drought leaves reservoirs at record lows as hosepipe ban looms

By {Tom Brown}, <Senior Correspondent>

Reservoirs across the south-east of England have fallen to their lowest levels since records began, the <Environment Agency> said on Thursday, as water companies warned that a hosepipe ban was likely within weeks.

Lawns in <Hyde Park> have turned brown, and the level of the <Thames> at <Teddington Lock> is lower than at any time in forty years. The agency's head of water resources, {Rosalind Achebe}, said the country had had its driest spring in a century. {Achebe} urged households to take shorter showers and to water gardens only in the evening.

<Southern Water> said it would apply for drought permits. Its chief executive, {Owen Pritchard}, said the company had cut leaks by a fifth in three years but that "the weather has outrun us". {Pritchard} said a ban would be a last resort.

Farmers said crops of wheat and barley were already suffering, and some had begun to sell cattle early because grass had stopped growing.

{Tom Brown} can be reached at the newsdesk on 020 7946 0018.
"""),
    _article("bylines-07", "bylines", "Anjali Rao; Peter Lang; Sunil Mehta; Urjit Patel; Shaktikanta Das", """
India central bank governor quits in surprise move

MUMBAI - The governor of the <Reserve Bank of India>, {Urjit Patel}, resigned on Monday, citing personal reasons, after weeks of public friction with the government over the bank's independence.

{Patel}, who took the job in 2016, said in a short statement that it had been an honour to serve. He did not mention the disputes with the finance ministry, which had pressed the bank to ease lending rules and hand over more of its reserves.

The rupee fell 1.5 percent against the dollar in early trading on Tuesday. {Sunil Mehta}, chief economist at <Kotak Securities>, said markets were worried about the bank's autonomy. "The governor's job just became much harder to fill," {Mehta} said.

The government named former finance ministry official {Shaktikanta Das} as the new governor the following day. {Das} said he would meet bankers and economists in his first week.

To contact the reporter on this story: {Anjali Rao} in Mumbai at arao@example.com

To contact the editors responsible for this story: {Peter Lang} at plang@example.com
"""),
    _article("bylines-08", "bylines", "Rachel Stein; Omar Haddad; Kenji Sato; Yuriko Koike; Hiroshi Tanabe", """
Tokyo Olympics organisers move marathon north to escape heat

By {Rachel Stein} and {Omar Haddad}

TOKYO - The marathon and race walks at next year's Olympics will be moved from Tokyo to the northern city of <Sapporo> to avoid the summer heat, the <International Olympic Committee> said on Friday, despite objections from the Japanese capital's governor.

Tokyo Governor {Yuriko Koike} said she did not agree with the decision but would not block it. "It is a decision made without us," {Koike} said at a news conference, adding that the city would not pay any extra costs.

Athletes and coaches had raised concerns after several runners collapsed during the world championships in <Doha>, where races were held at midnight to avoid the heat. {Hiroshi Tanabe}, a former Japanese marathon runner who now coaches at <Waseda University>, said the move was sensible. "Running in Tokyo in August is dangerous," {Tanabe} said.

Organisers in Sapporo, which hosted the 1972 Winter Games, said they would need to plan the course within weeks.

{Kenji Sato} contributed reporting from Sapporo.
"""),
    _article("bylines-09", "bylines", "Jim Carver; Loretta Haynes; Dwight Sorensen", """
Old mill to become apartments after council vote

{Jim Carver} | <Daily Courier>

The former <Cresswell Woolen Mill>, empty for nearly three decades, will be turned into 120 apartments and ground-floor shops under a plan approved by the city council on Monday.

Developer {Loretta Haynes} said work would begin in the spring and take about two years. {Haynes} said about a fifth of the apartments would be set aside for people on low incomes. "This building has been waiting for a second life," she said.

Some neighbours worried about parking and traffic on <Mill Street>. Council member {Dwight Sorensen}, who represents the area, voted for the plan but asked the developer to add a second entrance to the car park. {Sorensen} said he had received more than 200 emails about the project, most of them supportive.

The mill, built in 1887, once employed 900 people. Part of the original brick chimney will be kept.

Reach {Jim Carver} at 555-0143. Follow him on Twitter: @jcarver_courier.
"""),
    _article("bylines-10", "bylines", "Sara Lindholm; Joseph Okello; Grace Wanjiru; Duncan Mwangi; Alison Hale; "
             "Fred Matiang'i", """
Kenya steps up security after hotel attack

Compiled by {Sara Lindholm}

NAIROBI (<Reuters>) - Kenya deployed extra police to shopping malls, hotels and bus stations on Thursday, a day after gunmen stormed a hotel and office complex in Nairobi, killing 21 people.

Interior Minister {Fred Matiang'i} said all the attackers had been killed and that several suspected accomplices had been arrested. {Matiang'i} said security forces had rescued more than 700 people from the complex.

The <al Shabaab> militant group, based in neighbouring Somalia, said it carried out the attack. The group has killed hundreds of people in Kenya since Kenyan troops entered Somalia in 2011.

In the coastal city of Mombasa, police set up checkpoints on roads leading to the port. Residents said queues at the <Likoni Ferry> stretched for more than an hour.

(<Reporting> by {Joseph Okello} in Nairobi and {Grace Wanjiru} in Mombasa; <Writing> by {Duncan Mwangi}; <Editing> by {Alison Hale})
"""),
]

# Mixed: all of the above in one article.

ARTICLES += [
    _article("mixed-01", "mixed", "Nikki Haley; Bashar Jaafari; Bashar al-Assad; Vassily Nebenzia; Karin Lindqvist-Berg; "
             "Lucy Marsh; Paul Young", """
{Haley} clashes with Syrian envoy at <Security Council> over chemical attack

UNITED NATIONS (<Reuters>) - US Ambassador to the United Nations {Nikki Haley} accused the government of Syrian President {Bashar al-Assad} on Monday of carrying out a chemical attack on a rebel-held town, and warned that Washington was ready to act alone if the Security Council did not.

Syria's UN envoy, {Bashar Jaafari}, called the accusation "a fabrication from start to finish". {Jaafari} said the rebels had staged the attack to draw in foreign forces. Russia's ambassador, {Vassily Nebenzia}, said experts from the <Organisation for the Prohibition of Chemical Weapons> should be allowed to visit the site. {Nebenzia's} proposal was rejected by Western members.

"History will record this as the moment the Council either did its duty or failed," {Haley} said. {Haley's} remarks were echoed by Swedish diplomat {Karin Lindqvist-Berg}, who chairs a sanctions committee.

The <International Committee of the Red Cross> said hospitals in the area had treated hundreds of people for breathing problems. Its regional director said young children made up many of the patients.

{Assad's} government has denied using chemical weapons throughout the war. The council is expected to vote on rival resolutions from Russia and the United States in <May>, though diplomats said a vote could come sooner.

(<Reporting> by {Lucy Marsh}; <Editing> by {Paul Young})
"""),
    _article("mixed-02", "mixed", "Boris Johnson; Matt Hancock; Chris Whitty; Patrick Vallance; Angela Rayner; "
             "Aled Young; Kate Holton", """
{Johnson} says lockdown easing on track as scientists urge caution

LONDON (<Reuters>) - Prime Minister {Boris Johnson} said on Wednesday that the government was on track to reopen shops and schools next month, but England's chief medical officer, {Chris Whitty}, warned that the virus could return in the autumn.

Speaking at a <Downing Street> news conference, {Johnson} said the country had "turned a corner". {Whitty} and the government's chief scientific adviser, Sir {Patrick Vallance}, stood beside him. {Vallance} said infections were falling in every region.

Health Secretary {Matt Hancock} told parliament that testing capacity would double by <June>. {Hancock's} critics said the targets kept changing. Labour's deputy leader, {Angela Rayner}, said ministers had "lost the trust of the public".

Commuters at <Victoria Station> said trains were already busier. Dr. {Aled Young}, a public health researcher at <Cardiff University>, said young people were more likely to break the rules because they felt safe. "<Young> adults are not immune, they just feel immune," {Young} said.

{Johnson's} office said any easing would depend on the data. <Hope> of a normal summer has grown among businesses, and the <Confederation of British Industry> urged a clear timetable.

(<Writing> by {Kate Holton}; <Editing> by <Staff>)
"""),
    _article("mixed-03", "mixed", "Stephen Curry; Kevin Durant; Steve Kerr; Kawhi Leonard; Nick Nurse; Ayana Brooks", """
{Curry} scores 47 but Warriors fall to Raptors

SAN FRANCISCO - {Stephen Curry} scored 47 points on Sunday, but the <Golden State Warriors> still lost 123-109 to the <Toronto Raptors> in the first game at their new home, the <Chase Center>.

{Curry} made eight three-pointers. Warriors coach {Steve Kerr} said his team had missed {Kevin Durant}, who left for Brooklyn in the summer. "We miss {Durant}, of course, but we have to find a new way," {Kerr} said.

Raptors forward {Kawhi Leonard}, back in the Bay Area where he grew up, led Toronto with 31 points. {Leonard's} coach, {Nick Nurse}, praised his defence on {Curry} in the fourth quarter. {Nurse} said the team had "done its homework".

Outside the arena, food trucks sold everything from tacos to a Thai curry that one vendor named after the Warriors' star. Fans who had grown used to the old <Oracle Arena> in Oakland said the new building felt different. "It's beautiful, but it's quieter," said {Ayana Brooks}, a season-ticket holder for twenty years.

{Brooks} said she would keep her seats. The Warriors play the <Los Angeles Clippers> on Thursday.
"""),
    _article("mixed-04", "mixed", "Abe Shinzo; Moon Jae-in; Lee Nak-yon; Kang Kyung-wha; Taro Kono; Kim Hyun-jong", """
{Abe} and {Moon} meet briefly as trade row simmers

BANGKOK - Japanese Prime Minister {Abe Shinzo} and South Korean President {Moon Jae-in} held an unscheduled 11-minute conversation on the sidelines of a regional summit on Monday, their first talks in more than a year.

{Moon} told {Abe} that the two countries should resolve their dispute over export controls through dialogue, according to {Moon's} spokesperson. {Abe's} office said he had repeated Japan's position that a 1965 treaty settled all claims from the colonial era.

The encounter followed a visit to Tokyo last month by South Korean Prime Minister {Lee Nak-yon}, who attended the emperor's enthronement. {Lee} said afterwards that relations were "at a turning point".

Foreign Minister {Kang Kyung-wha} and her Japanese counterpart, {Taro Kono}, are due to meet in <Nagoya> later in the month. {Kang} said a military intelligence-sharing pact that expires on <November> 23 was also on the table. <Moon> and <Sun> Festival organisers in Busan said Japanese visitor numbers had halved.

{Kim Hyun-jong}, a deputy national security adviser, said Seoul was "keeping all options open". Under a full moon, protesters gathered outside the Japanese embassy in Seoul on Monday night.
"""),
    _article("mixed-05", "mixed", "Cyril Ramaphosa; Jacob Zuma; Julius Malema; Mmusi Maimane; Goodwill Zwelithini; "
             "Thandeka Mokoena", """
{Ramaphosa} pledges land reform as {Zuma} trial is delayed again

JOHANNESBURG - South African President {Cyril Ramaphosa} promised on Saturday to speed up land reform, as the corruption trial of his predecessor, {Jacob Zuma}, was postponed for the fourth time.

{Ramaphosa} told a rally in <Nelson Mandela Bay> that land would be returned to black South Africans "without destroying the economy". The <Nelson Mandela Foundation> has urged the government to publish its plans in full.

{Zuma's} lawyers asked the <High Court> in <Pietermaritzburg> for more time to prepare. {Zuma} denies charges of fraud and racketeering linked to an arms deal in the 1990s.

Opposition leader {Julius Malema}, whose <Economic Freedom Fighters> want all land held by the state, said {Ramaphosa} was moving too slowly. {Mmusi Maimane}, leader of the <Democratic Alliance>, said the plans would scare investors. {Malema} and {Maimane} rarely agree on anything.

Zulu King {Goodwill Zwelithini}, who controls millions of hectares through a trust, warned that the land of his people must not be touched. Analyst {Thandeka Mokoena} said the king's support for the ruling party could not be taken for granted. {Mokoena} spoke as the president flew out of <King Shaka International Airport> in Durban.
"""),
    _article("mixed-06", "mixed", "Benjamin Netanyahu; Benny Gantz; Ayelet Shaked; Mahmoud Abbas; Reuven Rivlin; "
             "Noa Ben-David", """
{Netanyahu} and {Gantz} fail to agree on unity government

JERUSALEM - Israeli Prime Minister {Benjamin Netanyahu} and his rival, former army chief {Benny Gantz}, failed on Wednesday to agree on a unity government, raising the prospect of a third election in less than a year.

{Gantz}, whose <Blue and White> party won one more seat than {Netanyahu's} <Likud> in September, said the prime minister had insisted on staying in office first. {Netanyahu} said {Gantz's} demands were "unreasonable".

President {Reuven Rivlin} has given the two men until next week. {Rivlin} said the country could not afford another campaign. Former justice minister {Ayelet Shaked} urged both sides to compromise.

In <Ramallah>, Palestinian President {Mahmoud Abbas} said the deadlock showed that Israel had no partner for peace. {Abbas's} spokesman said any new government should return to talks.

Travellers at <Ben Gurion Airport> were delayed by a strike of airport workers over pay. {Noa Ben-David}, a union official, said the strike was unrelated to politics. The <Knesset> must dissolve itself if no government is formed by December, and {Ben-David} said the union would not wait for the election to be settled.
"""),
]

# >>> articles go above this line <<<


def _main() -> None:
    counts = Counter(a.pattern for a in ARTICLES)
    for pattern in PATTERNS:
        print(f"{pattern:10} {counts.get(pattern, 0):3} articles")
    people = {p for a in ARTICLES for p in a.people}
    print(f"{len(ARTICLES)} articles, {sum(len(a.mentions) for a in ARTICLES)} mentions, "
          f"{sum(len(a.people) for a in ARTICLES)} (article, person) pairs, {len(people)} distinct people, "
          f"{sum(len(a.not_people) for a in ARTICLES)} non-persons")
    problems = check()
    print("check:", "ok" if not problems else f"{len(problems)} problems")
    for p in problems:
        print("  ", p)
    try:
        from archive.description.names import people as find
    except ImportError:
        return
    result = score(lambda text: [p.name for p in find(text)])
    print(f"current finder: recall {result['found']}/{result['pairs']} = {result['recall']:.1%}, "
          f"precision {result['correct']}/{result['reported']} = {result['precision']:.1%}")
    for pattern, (hit, total, share) in result["recall_by_pattern"].items():
        print(f"  recall {pattern:10} {hit:3}/{total:3} = {share:.1%}")
    print("false persons:", "; ".join(f"{a}: {n}" for a, n in result["false_persons"]) or "none")


if __name__ == "__main__":
    _main()
