"""A HELD-OUT evaluation set for finding PERSONS in English news, every person mention marked.

What it is for: an honest figure for the person finder (``archive.description.names.people``).
The rules were tuned on ``tests/person_news.py``, so its figures overstate real news; this set
was written afterwards, blind to the rules (without reading ``archive/description``), with
people none of whom is named in the tuned set. Read its figures, not its misses: once a rule
is changed to mend a miss seen here, the set stops being held out.

It asks for what the tuned set asks for, on new text: names after titles, roles and
nationality words ("Turkish President Recep Tayyip Erdogan", "Det. Insp. Gareth Pryce");
surnames that are ordinary words or months (Brown, Little, King, Rice, Black, Young, Wood,
Green, Hill, Long, Price, March, Bush) beside the same words used as words; particles and
compound surnames (al-, bin, Abu, Le, de, van der, ter, Di, Spanish double surnames, Mc, O');
East Asian names written family name first (Ri Yong-ho, Hua Chunying); later mentions by
surname alone and possessives (Bezos', Nadal's); bylines, credits and sign-offs; and
capitalised strings that are not people: firms, places, buildings, ships, awards, teams and
bodies named after people or looking like names (Johnson & Johnson, Kennedy Airport, USS
Abraham Lincoln, Nobel Peace Prize), headline-case title lines, all-caps datelines.

How it was made: every article was written for this file; the events are invented or loosely
drawn from 2016-2019, the real public figures appear as names only, the private people are
invented. The markup is the tuned set's (``tests.person_news._article``): ``{Name}`` or
``{Surface|Full Name}`` marks a person mention, ``<Thing>`` a capitalised string that is
not a person; titles are never part of a mention, and a given name alone is out of scope.

How it is scored: exactly as the tuned set. :func:`check_heldout` and :func:`score_heldout`
run ``tests.person_news.check`` and ``tests.person_news.score`` themselves, with this set's
``ARTICLES`` and ``FAMILY_FIRST`` in place of the tuned ones for the length of the call.

Run ``python -m tests.person_news_heldout`` for the sizes and the marking check
(``--score`` adds the current finder's figures).
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

import tests.person_news as tuned
from tests.person_news import PATTERNS, Article, _article

__all__ = ["ARTICLES", "FAMILY_FIRST", "articles", "check_heldout", "score_heldout"]

#: People of this set whose family name is written first; their surname is the first word.
FAMILY_FIRST = frozenset({
    "Ri Yong-ho", "Choe Son-hui", "Kim Yeon-chul", "Geng Shuang", "Park Soo-min",
    "Hua Chunying", "Chan Tsz-kin", "Wong Mei-ling", "Liu He", "Cho Kuk", "Hwang Kyo-ahn",
    "Lee Jae-yong", "Choi Min-seo", "Jung Ha-eun",
})

ARTICLES: list[Article] = []


def articles() -> list[Article]:
    """The whole held-out set, in a fixed order."""
    return list(ARTICLES)


@contextmanager
def _in_place_of_the_tuned_set() -> Iterator[None]:
    """Let ``tests.person_news``'s own check and score read this set. They read that module's
    ``ARTICLES`` and ``FAMILY_FIRST``; both are swapped for the call and always restored."""
    saved = tuned.ARTICLES, tuned.FAMILY_FIRST
    tuned.ARTICLES = ARTICLES
    tuned.FAMILY_FIRST = saved[1] | FAMILY_FIRST
    try:
        yield
    finally:
        tuned.ARTICLES, tuned.FAMILY_FIRST = saved


def check_heldout() -> list[str]:
    """Problems with the held-out set (the tuned set's check, and that it is held out)."""
    with _in_place_of_the_tuned_set():
        problems = tuned.check()
    named = {p for a in ARTICLES for p in a.people}
    seen_in_tuned = {p for a in tuned.ARTICLES for p in a.people}
    problems += [f"{p!r} is also in the tuned set" for p in sorted(named & seen_in_tuned)]
    problems += [f"FAMILY_FIRST {p!r} is in no article" for p in sorted(FAMILY_FIRST - named)]
    problems += [f"FAMILY_FIRST {p!r} is also the tuned set's"
                 for p in sorted(FAMILY_FIRST & tuned.FAMILY_FIRST)]
    return problems


def score_heldout(people_of: Callable[[str], Iterable[str]]) -> dict:
    """Score a finder on the held-out set; the same dict as ``tests.person_news.score``."""
    with _in_place_of_the_tuned_set():
        return tuned.score(people_of)


# --------------------------------------------------------------------------
# The articles
# --------------------------------------------------------------------------

# Pattern 1: names after titles, roles and nationality words.

ARTICLES += [
    _article("h-titles-01", "titles", "Recep Tayyip Erdogan; Vladimir Putin; Dmitry Peskov; Hulusi Akar; "
             "Ibrahim Kalin; Kerem Yavuzoglu", """
{Erdogan} and {Putin} agree joint patrols in northeast Syria

SOCHI, Russia (<Reuters>) - Turkish President {Recep Tayyip Erdogan} and Russian President {Vladimir Putin} agreed on Tuesday that their forces would patrol a strip of northeast Syria together, after more than six hours of talks at a resort on the <Black Sea> coast.

{Putin} said the agreement would help "restore the territorial integrity" of Syria. {Erdogan} told a joint news conference that Kurdish fighters had 150 hours to pull back at least 30 km from the Turkish border.

Kremlin spokesman {Dmitry Peskov} said Russian military police would move into the area at noon on Wednesday. {Peskov} added that Moscow had kept Damascus informed "at every step", and that the <Kremlin> saw no need for a further Turkish operation.

In Ankara, Defence Minister {Hulusi Akar} warned that troops would resume their offensive if the withdrawal was not completed on time. Presidential spokesman {Ibrahim Kalin} said the deal met "all of Turkey's demands". {Kalin} did not say how the withdrawal would be verified.

{Kerem Yavuzoglu}, a security analyst at the <Bosphorus Policy Institute> in Istanbul, said the meeting showed how far Russia had become the arbiter of the conflict. "Ankara came to Sochi because the road to Damascus now runs through Moscow," {Yavuzoglu} said.

{Erdogan's} office said he would brief NATO allies by telephone later in the week.
"""),
    _article("h-titles-02", "titles", "Mike Pompeo; John Bolton; Steven Mnuchin; Juan Guaidó; Nicolás Maduro; "
             "Marco Rubio; Eliot Engel; Dwayne Akers", """
US tightens oil sanctions on Venezuela as {Guaidó} courts army

WASHINGTON - Secretary of State {Mike Pompeo} said on Monday the United States would block any payments for Venezuelan oil that did not go to accounts controlled by opposition leader {Juan Guaidó}, in a new attempt to force President {Nicolás Maduro} from power.

National Security Adviser {John Bolton} told reporters at the <White House> that "all options are on the table". Treasury Secretary {Steven Mnuchin} said the measures would cost the government in Caracas about $11 billion in export revenue this year.

{Maduro} called the sanctions "theft" in a speech broadcast on state television and said he would take the matter to international courts. {Guaidó}, who declared himself interim president last week, urged soldiers to switch sides.

On <Capitol Hill>, Sen. {Marco Rubio}, a Florida Republican, praised the move. Rep. {Eliot Engel}, the New York Democrat who chairs the <House Foreign Affairs Committee>, said he backed the goal but wanted the administration to explain how it would protect Venezuelan civilians. {Engel} said hearings would begin next month.

A Pentagon spokesman, Lt. Col. {Dwayne Akers}, said there had been no change in US military posture in the region. {Akers} declined to discuss contingency plans.

{Pompeo} is due to address the <Organization of American States> on Thursday, and {Bolton's} deputies will brief lawmakers on the same day.
"""),
    _article("h-titles-03", "titles", "Narendra Modi; Imran Khan; Shah Mahmood Qureshi; Sushma Swaraj; "
             "Abhinandan Varthaman; Asif Ghafoor; Meenakshi Iyengar", """
Pakistan to free captured Indian pilot as a gesture of peace

ISLAMABAD - Pakistani Prime Minister {Imran Khan} said on Thursday his country would release a captured Indian Air Force pilot, in a move aimed at easing the worst crisis between the nuclear-armed neighbours in years.

{Khan} told a joint session of parliament that Wing Commander {Abhinandan Varthaman}, whose jet was shot down over Kashmir on Wednesday, would be handed over at the <Wagah> border crossing. "We do not want this to escalate," {Khan} said.

Foreign Minister {Shah Mahmood Qureshi} said earlier that Pakistan was ready to talk to India about all issues. Army spokesman Maj. Gen. {Asif Ghafoor} said the military had shown restraint. {Ghafoor} added that the forces remained on high alert along the <Line of Control>.

In New Delhi, Indian Prime Minister {Narendra Modi} did not refer directly to the pilot in a speech to scientists, but said the country had "just completed a pilot project". External Affairs Minister {Sushma Swaraj}, speaking in China, said India did not wish to see the situation escalate further.

{Varthaman's} family in Chennai said they were relieved. Retired diplomat {Meenakshi Iyengar} said the release gave {Modi} room to step back before the election. "Both leaders now have something to show their voters," {Iyengar} said.
"""),
    _article("h-titles-04", "titles", "Hilary Fenwick; Nikhil Bhattacharya; Joanna Kestrel; Gareth Pryce; "
             "Olwen Treharne; Anthony Blythe-Moreton", """
Surgeon denies falsifying records of patients who died

CARDIFF - A consultant surgeon falsified the notes of three patients who died after operations to hide his own mistakes, a jury at <Cardiff Crown Court> heard on Monday.

Dr {Nikhil Bhattacharya}, 54, of Penarth, denies three counts of perverting the course of justice. Opening the case for the prosecution, Ms {Joanna Kestrel} said the surgeon had altered timings in the records "to make it look as though he had acted promptly, when he had not".

{Kestrel} told the jury that the changes came to light when a nurse at the <University Hospital of Wales> noticed that entries had been made days after the events they described.

Det Insp {Gareth Pryce}, of <South Wales Police>, is expected to give evidence later in the week. Mrs {Olwen Treharne}, whose husband died in 2016, sat in the public gallery. Outside court, {Treharne} said she had waited three years for answers.

Sir {Anthony Blythe-Moreton}, a former president of the <Royal College of Surgeons>, will give expert evidence for the defence. Judge {Hilary Fenwick} told jurors they must put aside anything they had read about the case. {Bhattacharya} sat in the dock wearing a dark suit and spoke only to confirm his name.

The trial, which is expected to last four weeks, continues. {Pryce} and his team spent two years on the investigation.
"""),
    _article("h-titles-05", "titles", "Muhammadu Buhari; Atiku Abubakar; Yemi Osinbajo; Mahmood Yakubu; "
             "Bukola Saraki; Funmilayo Adebayo-Cole", """
Nigeria's {Buhari} declared winner as opposition rejects result

ABUJA - Nigerian President {Muhammadu Buhari} was declared the winner of the presidential election on Wednesday, defeating former Vice President {Atiku Abubakar} by nearly four million votes, the electoral commission said.

Commission chairman Prof. {Mahmood Yakubu} announced the result in the early hours at the national collation centre in Abuja. {Yakubu} said turnout had been about 35 percent, the lowest in years.

{Abubakar} said the vote had been rigged and that his party would go to court. "I would have congratulated the winner if this had been a free and fair election," he said in a statement. Senate President {Bukola Saraki}, who ran {Abubakar's} campaign, said the opposition had evidence of widespread fraud.

Vice President {Yemi Osinbajo} said the government had won "fair and square" and urged the losers to accept the outcome. {Osinbajo} will serve a second term alongside {Buhari}.

In Lagos, market trader {Funmilayo Adebayo-Cole} said she hoped the president would now deal with the cost of living. "Four more years of promises is not what we need," {Adebayo-Cole} said.

Observers from the <European Union> and the <African Union> are due to publish their reports next week. {Buhari}, 76, was first elected in 2015.
"""),
    _article("h-titles-06", "titles", "Ri Yong-ho; Choe Son-hui; Stephen Biegun; Kim Yeon-chul; Geng Shuang; "
             "Park Soo-min", """
North Korea says nuclear talks with Washington have stalled

SEOUL (<Yonhap>) - North Korean Foreign Minister {Ri Yong-ho} said on Saturday that talks with the United States had reached a standstill, and blamed Washington for refusing to ease sanctions, according to a statement carried by the state news agency <KCNA>.

{Ri} said Pyongyang had taken "trust-building steps" by halting nuclear and missile tests, but had received nothing in return. First Vice Foreign Minister {Choe Son-hui}, who has led working-level contacts, said separately that the North saw little reason to keep talking. {Choe} warned that her government's patience "is not unlimited".

US special representative {Stephen Biegun}, on a visit to Seoul, said the door remained open. {Biegun} met South Korean Unification Minister {Kim Yeon-chul}, who said after the meeting that the two allies were "in complete agreement" on the next steps. {Kim} has pushed for a resumption of joint economic projects with the North.

In Beijing, Chinese Foreign Ministry spokesman {Geng Shuang} urged both sides to meet each other halfway. {Geng} told a regular briefing that China would keep playing a "constructive role".

{Park Soo-min}, a researcher at the <Asan Institute for Policy Studies>, said the statements were aimed as much at a domestic audience as at Washington. "They want to show that the leadership has not given anything away," {Park} said. She expected contacts at <Panmunjom> to resume before the end of the year.
"""),
]

# Pattern 2: surnames that are also ordinary words or months.

ARTICLES += [
    _article("h-wordnames-01", "wordnames", "Kate Brown; Tamsin Brown; Brad Little; Gavin Newsom; Dale Hill", """
Western governors seek more aircraft as fire season starts early

SALEM, Ore. - Oregon Gov. {Kate Brown} declared a state of emergency on Friday as wildfires burned across the south of the state, and joined California Gov. {Gavin Newsom} and Idaho Gov. {Brad Little} in asking for more federal firefighting aircraft.

<Little> rain has fallen in the region since April, and the hills around Medford had turned brown weeks earlier than usual. "We are at least a month ahead of a normal year," {Brown|Kate Brown} told reporters at the state capitol.

{Little}, a Republican who took office in January, said Idaho had already moved crews to its western border. {Newsom} said California would send two air tankers north once its own fires were contained. {Newsom's} office said the request to Washington would go out on Monday.

Fire Capt. {Dale Hill} of the <Oregon Department of Forestry> said crews had cut a line along the ridge above <Brownsville> overnight. <Long> shifts were taking their toll, {Hill} said, and the department was short of about 200 firefighters.

{Tamsin Brown}, a fire ecologist at <Oregon State University>, said a longer season was now the rule rather than the exception. "The question is not whether the hill country burns but how often," {Brown|Tamsin Brown} said. She is no relation of the governor.
"""),
    _article("h-wordnames-02", "wordnames", "Adam Price; Leanne Wood; Rhun ap Iorwerth; Carwyn Jones; Mark Drakeford; "
             "Sian March", """
{Price} ousts {Wood} as leader of Plaid Cymru

CARDIFF - {Adam Price} was elected leader of <Plaid Cymru> on Friday, defeating {Leanne Wood}, who had led the Welsh nationalist party for six years and had been expected to survive the challenge.

{Price}, 50, won just under half of the first-preference votes. {Rhun ap Iorwerth}, the member for Anglesey, came second and {Wood} third. "I have no regrets. We built something together," {Wood} said in a short speech at the party's office in <Cardiff Bay>.

Mr {ap Iorwerth} said he would serve under the new leader. {Price} promised to make the case for independence "in every town and every valley" and to win power at the next election to the <Senedd>.

First Minister {Carwyn Jones}, who is himself stepping down in December, congratulated {Price}. Labour's {Mark Drakeford}, the favourite to succeed {Jones}, said the price of a divided opposition would be paid by Welsh voters. {Drakeford's} campaign has focused on the risks of Brexit.

Britain is due to leave the European Union in <March>, and party members said the timing mattered. {Sian March}, a teacher from Pontypridd who has belonged to the party since she was 16, said she had voted for change with a heavy heart. "Leanne gave us everything," {March} said.
"""),
    _article("h-wordnames-03", "wordnames", "Steve King; Angus King; Kathleen Rice; Bobby Rush; Todd Young; "
             "Terrence Black", """
House rebukes Iowa's {King|Steve King} over remarks on white supremacy

WASHINGTON - The <House of Representatives> voted almost unanimously on Tuesday to condemn white supremacy after remarks by Rep. {Steve King}, a day after Republican leaders stripped the Iowa congressman of his committee seats.

{King|Steve King} said his words had been taken out of context and voted for the resolution himself. "I regret the heartburn that has poured out on this Congress," he said on the floor.

Rep. {Kathleen Rice}, a New York Democrat, said the measure did not go far enough. {Rice} called for a formal censure. Rep. {Bobby Rush} of Illinois, a member of the <Congressional Black Caucus>, had already filed a censure motion. "There was no rush to judgment here. He has said these things for years," {Rush} said.

In the Senate, {Angus King}, the independent from Maine, said he was tired of being asked whether they were related. "We are not, and I would like that on the record," {King|Angus King} said. Sen. {Todd Young}, an Indiana Republican, said his party should "show him the door". <Young> voters in particular, {Young} added, wanted the party to speak clearly.

The vote came days before <Martin Luther King Jr. Day>. {Terrence Black}, a pastor in Sioux City, said {King's|Steve King} constituents were divided. "A lot of folks here just want him to stop talking," {Black} said.
"""),
    _article("h-wordnames-04", "wordnames", "Jonny May; Eddie Jones; Tom Curry; Owen Farrell; Ben Youngs; "
             "Warren Gatland; Alun Wyn Jones", """
{May} hat-trick keeps England's title hopes alive

LONDON - Wing {Jonny May} scored three tries in the first half hour as England beat France 44-8 at <Twickenham> on Sunday, their biggest win over the French in the <Six Nations>.

{May}, whose contract with <Leicester Tigers> runs until <May> 2021, said the forwards had done the hard work. "I just had to run," he said.

Coach {Eddie Jones} singled out flanker {Tom Curry}, 20, who made 14 tackles. "{Curry} was everywhere. He is going to be a great player," {Jones|Eddie Jones} said. Captain {Owen Farrell} kicked five conversions, and scrum-half {Ben Youngs} set up the second try with a chip over the French defence. {Farrell} said the side still had much to improve.

England now travel to Cardiff to face Wales, coached by {Warren Gatland}, who are also unbeaten. {Gatland} said his team would not fear England at the <Principality Stadium>. Wales captain {Alun Wyn Jones}, who will win his 130th cap, said the match was "as big as it gets". {Jones|Alun Wyn Jones} has never lost to England in Cardiff as captain.

{Youngs} said the squad would celebrate with a curry on Sunday night and then switch its attention to Wales. "<Young> players like Tom bring energy," {Youngs} said.
"""),
    _article("h-wordnames-05", "wordnames", "George P. Bush; Sylvester Turner; Rosa Black; Terrell Long; "
             "Anita Price", """
Two years after Harvey, Houston homeowners still wait for repairs

<HOUSTON> - Texas Land Commissioner {George P. Bush} promised on Thursday to speed up repairs for thousands of families whose homes were flooded by <Hurricane Harvey>, after complaints that the state program had rebuilt only a fraction of them.

{Bush}, whose <General Land Office> took over the housing money from the city last year, said contractors had been paid late and that the agency was hiring more inspectors. "Two years is too long to wait," {Bush} said.

Houston Mayor {Sylvester Turner} said the state had been too slow to spend the federal money. {Turner} said the city had repaired homes faster when it ran the program.

{Rosa Black}, 71, has lived with relatives since the water reached the ceiling of her house in northeast Houston. {Black} said she had filled in the same forms four times. "Every time, a new person calls," she said.

Contractor {Terrell Long} said firms like his had waited months for payment. <Long> delays, {Long} said, had forced some small builders out of the work altogether. <Price> increases for lumber and drywall had not helped.

{Anita Price}, an economist at <Rice University>, said the slow recovery was hitting poorer neighbourhoods hardest. {Price} estimated that about one in five flooded homes in <Harris County> had not been fully repaired. Flights from <George Bush Intercontinental Airport> were cancelled for days after the storm in August 2017.
"""),
    _article("h-wordnames-06", "wordnames", "Scott Morrison; Bill Shorten; Richard Di Natale; Michael McCormack; "
             "Joan Frost; Warwick Green", """
{Morrison} promises faster drought payments as farmers despair

<DUBBO>, Australia - Prime Minister {Scott Morrison} promised on Wednesday to shorten the wait for drought payments, as he toured farms in western New South Wales that have had almost no rain for two years.

{Morrison} said the government would spend an extra A$100 million on the program and cut the paperwork farmers must complete. Deputy Prime Minister {Michael McCormack}, the leader of the <Nationals>, said the money would reach bank accounts "within weeks, not months".

Opposition leader {Bill Shorten} said the announcement came far too late. {Shorten} accused {Morrison} of having no plan for climate change, which scientists say is making droughts longer and harsher. <Greens> leader {Richard Di Natale} said the government should stop subsidising coal. {Di Natale's} party wants a national drought authority.

Grazier {Joan Frost} has sold most of her cattle. The paddocks behind her house, green as recently as 2017, are bare red earth. "<Frost> we can handle. This we cannot," {Frost} said.

{Warwick Green}, an agronomist who advises farmers across the <Murray-Darling Basin>, said many families would not return to farming. {Green} said the green shoots after a storm in <April> had died within a fortnight.

The <Bureau of Meteorology> expects below-average rainfall to continue into the spring.
"""),
]

# Pattern 3: name particles, compound and double surnames.

ARTICLES += [
    _article("h-particles-01", "particles", "François de Rugy; Bruno Le Maire; Jean-Yves Le Drian; Marion Maréchal; "
             "Hélène du Plessis-Morel", """
French minister {de Rugy} resigns over lobster dinners

PARIS - French Environment Minister {François de Rugy} resigned on Tuesday after reports that he had hosted lavish dinners with lobster and vintage wine at public expense while he was speaker of the <National Assembly>.

{De Rugy} denied any wrongdoing and said he would sue the investigative website <Mediapart>, which published photographs of the dinners at the <Hôtel de Lassay>, the speaker's official residence. "I am not going to let myself be lynched," {de Rugy} wrote on Facebook.

Economy Minister {Bruno Le Maire} said the resignation was "the right decision". Speaking on <France Inter> radio, {Le Maire} said ministers had to be beyond reproach. Foreign Minister {Jean-Yves Le Drian}, asked about the affair during a visit to Dakar, said he had "nothing to add". {Le Drian's} office later said he had not been invited to any of the dinners.

On the far right, {Marion Maréchal} said the scandal showed that the government preached austerity to others. {Maréchal}, who has stepped back from party politics, now runs a private school in Lyon.

{Hélène du Plessis-Morel}, a political scientist at <Sciences Po>, said the affair would do lasting damage. {Du Plessis-Morel's} research on ministerial scandals suggests that voters forgive a great deal, but not displays of luxury. She said {Le Maire} was now the government's most trusted voice.
"""),
    _article("h-particles-02", "particles", "Mark Rutte; Carola Schouten; Thierry Baudet; Joost van der Wiel; "
             "Annelies ter Borg; Klaus-Dieter von Ahlen", """
Dutch farmers drive tractors into <The Hague> over nitrogen rules

<THE HAGUE> - Thousands of farmers drove their tractors into the Dutch seat of government on Tuesday, causing the country's worst morning traffic on record, to protest against plans to cut livestock herds to reduce nitrogen emissions.

Prime Minister {Mark Rutte} said the government understood their anger but would not drop the plans. {Rutte} said a court ruling had left the country no choice. Agriculture Minister {Carola Schouten} addressed the crowd on the <Malieveld>, a field near parliament. "We will find a way forward together," {Schouten} said, to boos and applause.

Protest organiser {Joost van der Wiel}, who keeps 300 dairy cows near Deventer, said farmers were being blamed for pollution caused by aviation and construction. {Van der Wiel} said the protest would go on "until someone listens".

{Thierry Baudet}, leader of the right-wing populist <Forum for Democracy>, joined the farmers on a tractor. {Baudet} called the plans "madness".

{Annelies ter Borg}, an ecologist at <Wageningen University>, said nitrogen was damaging protected nature areas. "It is a real problem, whoever causes it," {ter Borg} said.

Across the border, {Klaus-Dieter von Ahlen}, of a Lower Saxony farmers' association, said German farmers faced similar rules. {Von Ahlen} said his members had driven to the Dutch border to show solidarity.
"""),
    _article("h-particles-03", "particles", "Omar al-Bashir; Abdel Fattah al-Burhan; Mohamed Hamdan Dagalo; "
             "Abdalla Hamdok; Anwar Gargash; Amira Abu Bakr; Tariq bin Issa", """
Sudan's military and protesters sign power-sharing deal

KHARTOUM - Sudan's ruling military council and the main protest coalition signed a power-sharing deal on Saturday, four months after the army removed President {Omar al-Bashir} following months of street protests.

The head of the council, Lt. Gen. {Abdel Fattah al-Burhan}, will chair a joint sovereign council for the first 21 months. {Burhan} said the army would "protect the revolution". His deputy, {Mohamed Hamdan Dagalo}, whose paramilitary forces are accused of killing protesters in June, signed for the military. {Dagalo} denied that his men had been responsible.

Economist {Abdalla Hamdok}, a former United Nations official, is expected to be named prime minister. {Hamdok} is due to return to Khartoum next week.

{Al-Bashir}, who ruled for 30 years, is in Kober prison and faces corruption charges. {Bashir's} lawyers say the charges are political.

Protest organiser {Amira Abu Bakr}, a doctor, said the deal was only a first step. "We did not march for a new general," {Abu Bakr} said outside the <Friendship Hall>, where the ceremony took place.

United Arab Emirates Minister of State for Foreign Affairs {Anwar Gargash} welcomed the agreement. {Tariq bin Issa}, an analyst in Dubai, said Gulf states would now offer aid. "The money will follow the generals," {bin Issa} said.
"""),
    _article("h-particles-04", "particles", "Pedro Sánchez; Pablo Casado; Albert Rivera; Pablo Iglesias; "
             "Santiago Abascal; Ana Belén Martínez Soler; José Luis Ortiz de Zárate", """
{Sánchez} wins Spanish election but falls short of majority

MADRID - Spain's Socialist Prime Minister {Pedro Sánchez} won Sunday's general election but fell well short of a majority, leaving him to seek the support of the far-left and regional parties to stay in power.

"The future has won and the past has lost," {Sánchez} told cheering supporters outside the party's headquarters. The conservative <People's Party>, led by {Pablo Casado}, lost more than half of its seats in its worst result ever. {Casado} said he accepted the verdict of the voters.

{Albert Rivera}, whose centre-right <Ciudadanos> came third, ruled out any pact with the Socialists. {Pablo Iglesias} of <Podemos> said he wanted seats in the cabinet in exchange for his support. {Iglesias} and {Rivera} spoke within minutes of each other.

The far-right <Vox> entered parliament for the first time. Its leader, {Santiago Abascal}, who held a rally at the <Plaza de Colón> in February, told supporters it was "only the beginning". {Abascal's} party won 24 seats.

Pollster {Ana Belén Martínez Soler} said turnout of 76 percent had helped the left. {Martínez Soler} said the <Santiago Bernabéu> stadium could have been filled several times over with voters who switched from the <People's Party> to <Vox>.

In Bilbao, businessman {José Luis Ortiz de Zárate} said firms wanted a stable government above all. {Ortiz de Zárate} said a long negotiation would hurt investment.
"""),
    _article("h-particles-05", "particles", "Mauricio Macri; Alberto Fernández; Cristina Fernández de Kirchner; "
             "Miguel Ángel Pichetto; Roberto Lavagna; Lucía Iturralde Vega", """
Argentina's {Macri} concedes defeat as peso slides

BUENOS AIRES - Argentine President {Mauricio Macri} conceded defeat on Sunday night to the Peronist challenger {Alberto Fernández}, whose running mate is former President {Cristina Fernández de Kirchner}.

{Macri} said he had called {Fernández|Alberto Fernández} to congratulate him and had invited him to breakfast at the <Casa Rosada> on Monday to begin an orderly transition. {Fernández|Alberto Fernández} told a crowd of supporters in Buenos Aires that Argentina faced "a very difficult time" but that the country would pay its debts.

{Fernández de Kirchner}, who led the country from 2007 to 2015, faces several corruption trials, which she says are politically motivated. {Kirchner} spoke only briefly on election night. Crowds gathered in the <Plaza de Mayo> and outside the <Kirchner Cultural Centre>.

{Macri's} running mate, Senator {Miguel Ángel Pichetto}, said the opposition would be "firm but responsible". {Pichetto} had broken with the Peronists to join the president's ticket. Former economy minister {Roberto Lavagna}, who came third, urged unity. {Lavagna} said he would not join the new government.

Economist {Lucía Iturralde Vega} said the first test would be talks with the <International Monetary Fund> over a $57 billion loan. "The market wants to know who will sit in the economy ministry," {Iturralde Vega} said.
"""),
    _article("h-particles-06", "particles", "Simon Coveney; Michelle O'Neill; Arlene Foster; Micheál Martin; "
             "Martin McGuinness; Declan McElhinney; Siobhán O'Driscoll", """
Irish border haulage firms prepare for the worst as Brexit nears

DUBLIN - Ireland's deputy prime minister {Simon Coveney} said on Wednesday the government was ready for a no-deal Brexit, but warned that hauliers and farmers along the border would be hit hardest.

{Coveney} told the <Dáil> that customs officers would not be placed on the border itself under any circumstances. Fianna Fáil leader {Micheál Martin} accused the government of being vague about the checks that would be needed. {Martin|Micheál Martin} said businesses were "flying blind".

In Belfast, Sinn Féin's vice-president {Michelle O'Neill} said the only way to protect the peace was a special status for Northern Ireland. {O'Neill} was speaking near a mural of her predecessor, the late {Martin McGuinness}. Democratic Unionist Party leader {Arlene Foster} rejected any arrangement that would treat the region differently from the rest of the United Kingdom. {Foster's} party props up the government in London.

{Declan McElhinney}, who runs a fleet of 40 lorries out of Newry, said his customers were already switching to ferries from <Dublin Port>. "<McElhinney's> has crossed that border 200 times a week for 30 years," he said of his family firm. "Nobody can tell me what happens after <October> 31."

Economist {Siobhán O'Driscoll} said small food exporters were most at risk. {O'Driscoll} said many had no experience of customs paperwork at all.
"""),
]

# Pattern 4: later mentions by surname alone, and possessives.

ARTICLES += [
    _article("h-later-01", "later", "Sajid Javid; Michael Gove; Dominic Cummings; John Bercow; Jo Swinson; "
             "Nigel Farage", """
{Bercow} blocks second vote on Brexit deal as {Javid} warns of cost

LONDON - House of Commons Speaker {John Bercow} refused on Monday to allow a second vote on the government's Brexit deal, saying it would be "repetitive and disorderly" to put the same motion to lawmakers again.

{Bercow's} ruling angered ministers. Finance minister {Sajid Javid} said delay was costing the economy. {Javid} told broadcasters that businesses needed certainty. {Javid's} allies said the chancellor was close to losing patience.

{Michael Gove}, in charge of no-deal preparations, said the government would bring the deal back later in the week. {Gove} said the ruling changed nothing. {Gove's} officials have been working through the weekend.

Government adviser {Dominic Cummings} was seen leaving <Downing Street> late in the evening. {Cummings} has told aides the country will leave on time. {Cummings'} critics in the party accuse him of ignoring parliament.

Liberal Democrat leader {Jo Swinson} welcomed {Bercow's} decision. {Swinson} said her party would keep trying to stop Brexit. {Swinson's} lawmakers will back a new referendum.

<Brexit Party> leader {Nigel Farage} said the Commons was "betraying the voters". {Farage} will address a rally in Hartlepool on Thursday. {Farage's} party does not sit in the Commons.

{Bercow} has said he will stand down at the end of the month. Lawmakers expect the deal to return to the Commons on Tuesday, when {Bercow} will rule again.
"""),
    _article("h-later-02", "later", "Kevin McAleenan; Beto O'Rourke; Kevin McCarthy; Pete Buttigieg; Joe Biden; "
             "Veronica Saldívar", """
Border chief defends detention centres as Democrats visit El Paso

EL PASO, Texas - Acting Homeland Security Secretary {Kevin McAleenan} defended conditions at migrant detention centres on Thursday, as Democratic presidential candidates converged on the border to denounce them.

{McAleenan} told a House committee that the centres were "overwhelmed" but that children were receiving food and medical care. {McAleenan's} testimony was interrupted twice by protesters.

Former congressman {Beto O'Rourke}, who represented El Paso for six years, led a march to one of the centres. {O'Rourke} called the conditions "a stain on the country". {O'Rourke's} campaign said more than 2,000 people took part.

South Bend Mayor {Pete Buttigieg} said the next president should close the centres within a year. {Buttigieg} visited a shelter run by a church. Former Vice President {Joe Biden}, campaigning in Iowa, said the administration had "lost its way". {Biden's} aides said he would visit the border later in the month.

In Washington, House Minority Leader {Kevin McCarthy} accused Democrats of playing politics. {McCarthy} said Congress should pass emergency funding instead. {McCarthy's} office released a list of bills that Republicans supported.

{Veronica Saldívar}, who volunteers at the church shelter, said families arrived exhausted and frightened. {Saldívar} said donations had tripled since the spring. "People here do not need speeches. They need diapers," {Saldívar} said.
"""),
    _article("h-later-03", "later", "Jody Wilson-Raybould; Gerald Butts; Andrew Scheer; Jagmeet Singh; Bill Morneau; "
             "Jane Philpott", """
Canada's former attorney general says she faced pressure over SNC-Lavalin case

OTTAWA - Canada's former attorney general {Jody Wilson-Raybould} told lawmakers on Wednesday that senior government officials had pressed her for months to help engineering firm <SNC-Lavalin> avoid a criminal trial.

{Wilson-Raybould} said she had been subjected to "veiled threats" and inappropriate pressure from people close to the prime minister. {Wilson-Raybould's} testimony before the <House of Commons> justice committee lasted nearly four hours.

She named {Gerald Butts}, who resigned last month as the prime minister's principal secretary. {Butts} has denied wrongdoing and asked to testify. {Butts'} lawyer said he would give "his own account".

Conservative leader {Andrew Scheer} called on the prime minister to resign. {Scheer} said the testimony described "a staggering abuse of power". New Democrat leader {Jagmeet Singh} called for a public inquiry. {Singh} said the committee alone could not get to the truth. {Singh's} party has 39 seats.

Finance Minister {Bill Morneau} said his office had raised only the jobs at stake. {Morneau} said nobody had crossed a line. {Jane Philpott}, who resigned from the cabinet the following week, said she had lost confidence in the government's handling of the affair. {Philpott's} departure deepened the crisis.

{Wilson-Raybould} remains a member of the governing party's caucus. She told reporters on <Parliament Hill> that she had nothing more to say.
"""),
    _article("h-later-04", "later", "Tyrone Baptiste; Celeste Marchetti; Ilse Brandt; Howard Feingold; "
             "Maureen Oyelaran; Kwame Asante-Boateng", """
Jury hears 911 call in trial over bakery owner's death

NEWARK, N.J. - Jurors in the murder trial of {Tyrone Baptiste} heard the emergency call made on the night {Celeste Marchetti} was killed, as the trial entered its second week at <Essex County Superior Court> on Tuesday.

{Marchetti}, 62, was found dead in the back room of <Marchetti's Bakery>, the shop her parents opened in 1958. {Baptiste}, 29, a former delivery driver for the bakery, has pleaded not guilty.

Det. Sgt. {Ilse Brandt} testified that {Baptiste's} fingerprints were found on the cash box. Under questioning, {Brandt} agreed that {Baptiste} had handled the box many times while he worked there. {Brandt's} team did not find the murder weapon.

Defense attorney {Howard Feingold} told jurors that his client had been at a party across town. {Feingold} said the police had "decided on the ending and then wrote the story". {Feingold's} first witness is expected on Thursday.

Neighbor {Kwame Asante-Boateng} said he heard shouting just after 10 p.m. {Asante-Boateng} said he could not see who was in the shop. {Asante-Boateng's} call was the one played in court.

{Marchetti's} daughter wept as the recording was played. Superior Court Judge {Maureen Oyelaran} called a short recess. {Oyelaran} told jurors the trial was likely to last until the end of the month.
"""),
    _article("h-later-05", "later", "Jeff Bezos; Elon Musk; Sundar Pichai; Satya Nadella; Dara Khosrowshahi; "
             "Priscilla Okonjo", """
{Bezos} and {Musk} trade barbs as space race heats up

SEATTLE - <Amazon> founder {Jeff Bezos} unveiled a lunar lander on Thursday, reviving a public rivalry with <Tesla> chief {Elon Musk}, whose <SpaceX> is competing for the same NASA contracts.

{Bezos'} company <Blue Origin> said the lander could carry four tonnes to the surface of the moon. {Bezos} told an audience in Washington that "it's time to go back to the moon, this time to stay". {Musk} replied on Twitter within an hour. {Musk's} post, a mocking picture, was shared more than 40,000 times.

The rivalry has spread. <Alphabet> chief executive {Sundar Pichai} said on an earnings call that the company would keep investing in satellite imagery. {Pichai} did not mention either man. {Satya Nadella} of <Microsoft> announced a cloud service for satellite operators last month. {Nadella's} pitch is that every space company will need data centres.

{Dara Khosrowshahi}, who runs <Uber>, said flying taxis were a nearer prospect than moon bases. {Khosrowshahi's} company plans trial flights in Dallas and Melbourne.

{Priscilla Okonjo}, a space policy analyst in Washington, said the public sparring helped both companies. "Every tweet is free advertising," {Okonjo} said. "{Bezos} and {Musk} both know that."
"""),
    _article("h-later-06", "later", "Novak Djokovic; Rafael Nadal; Roger Federer; Dominic Thiem; Ashleigh Barty; "
             "Simona Halep", """
{Djokovic} crushes {Nadal} to win seventh Australian Open

MELBOURNE - {Novak Djokovic} beat {Rafael Nadal} 6-3 6-2 6-3 on Sunday to win a record seventh Australian Open title, producing one of the most complete performances of his career on <Rod Laver Arena>.

{Djokovic} made only nine unforced errors. {Nadal}, who had not dropped a set before the final, said he had "no answers". {Nadal's} serve, remodelled over the winter, was broken five times.

{Djokovic's} win took him to 15 grand slam titles, three behind {Roger Federer} and two behind {Nadal}. {Federer}, who lost in the fourth round, watched from Switzerland. Austria's {Dominic Thiem} called the performance "unreal". {Thiem} retired from his second-round match with illness.

The winner lifted the <Norman Brookes Challenge Cup> for the seventh time. In the women's draw, local hope {Ashleigh Barty} reached the quarter-finals, playing her matches on <Margaret Court Arena> and drawing big crowds. {Barty} said the support had been "incredible". Former champion {Simona Halep} lost in the fourth round. {Halep's} coach said she had been tired.

{Djokovic} said he would take a short break before the clay season. "This is the best I have played here," {Djokovic} said.
"""),
]

# Pattern 5: capitalised strings that are not people, many of them named after people.

ARTICLES += [
    _article("h-notpeople-01", "notpeople", "Thad Balkman; Mike Hunter; Alex Gorsky; Gretchen Vossberg; "
             "Devika Malhotra", """
<Johnson & Johnson> ordered to pay $572 million in Oklahoma opioid case

<NORMAN>, Okla. - A judge ordered <Johnson & Johnson> on Monday to pay $572 million for its part in fuelling Oklahoma's opioid crisis, in the first ruling of its kind against a drug maker.

<Cleveland County> District Judge {Thad Balkman} found that the company and its subsidiary <Janssen Pharmaceuticals> had carried out "false, misleading and dangerous marketing campaigns" that exaggerated the benefits of painkillers. {Balkman} read his decision in a packed courtroom in <Norman>.

Oklahoma Attorney General {Mike Hunter} called the ruling a victory for families. The state had settled earlier with <Purdue Pharma> and <Teva>. {Hunter} said the money would fund treatment for 20 years, although the state had asked for far more.

J&J said it would appeal. Chief executive {Alex Gorsky} told employees in a memo that the company's medicines made up a tiny share of the opioids sold in the state. {Gretchen Vossberg}, a lawyer for the company, said outside court that the ruling "misapplied public nuisance law".

Shares of J&J rose 2 percent in after-hours trading, because the award was smaller than investors had feared. {Devika Malhotra}, a health care analyst at <Morgan Stanley>, said the decision would shape talks in thousands of similar cases. "<Everybody> in the industry was watching Norman today," {Malhotra} said. Rivals <Procter & Gamble> and <Abbott Laboratories> were not part of the case.
"""),
    _article("h-notpeople-02", "notpeople", "Bill Ford; Jim Hackett; Mary Barra; Lorenzo Whitt; Naledi Forsythe", """
<Ford> to cut 7,000 white-collar jobs in global overhaul

<DEARBORN>, Mich. - <Ford Motor Co.> said on Monday it would cut about 7,000 salaried jobs worldwide, or a tenth of its white-collar workforce, as the carmaker tries to save money for electric and self-driving vehicles.

Chief executive {Jim Hackett} said in an email to staff that the company needed fewer layers of management. {Hackett} said most of the cuts would be completed by August. Executive chairman {Bill Ford}, the great-grandson of the company's founder, said the decisions had been "painful but necessary". {Ford|Bill Ford} said the carmaker would keep its headquarters in Dearborn, near the <Henry Ford Museum>.

The cuts will fall hardest on the <Lincoln> luxury brand and on operations in Europe. <Ford> shares rose 1.5 percent. Rival <General Motors>, led by {Mary Barra}, announced its own restructuring last year. {Barra} has closed plants in Ohio and Ontario. <Fiat Chrysler> said on the same day that it would hire engineers in Michigan, and <Dodge> and <Jeep> sales have held up well.

{Lorenzo Whitt}, a union official at the <Michigan Assembly Plant>, said hourly workers were worried they would be next. "They always start with the offices," {Whitt} said.

Analyst {Naledi Forsythe} of <Edmunds> said the company had little choice. {Forsythe} said <Ford> was spending billions on a partnership with electric truck maker <Rivian> and needed to cut costs elsewhere. The company plans to renovate <Michigan Central Station> in Detroit as a technology campus.
"""),
    _article("h-notpeople-03", "notpeople", "Andrew Cuomo; Patricia Ebbesen; Mamadou Diop; Grant Albright", """
Storm grounds flights at <Kennedy Airport> as winds lash New York

NEW YORK - A fast-moving storm grounded hundreds of flights at <Kennedy Airport> and <LaGuardia Airport> on Wednesday and brought down trees across the city, days before the <Macy's Thanksgiving Day Parade>.

Gov. {Andrew Cuomo} declared a state of emergency for New York City and Long Island. {Cuomo} said the state had placed crews along the <Hudson River> and on the approaches to the <Verrazzano-Narrows Bridge>, which was closed to trucks. "<Nobody> should be on the roads tonight who does not have to be," he said.

{Patricia Ebbesen}, a spokeswoman for the airports, said about 40 percent of departures from <Kennedy> had been cancelled and that <Newark Liberty International Airport> was also badly affected. {Ebbesen} advised travellers to check with their airlines.

Performances at <Carnegie Hall> and <Lincoln Center> were called off, and <Rockefeller Center> closed its skating rink. Commuters at <Grand Central Terminal> faced long delays on trains to <Westchester>.

{Mamadou Diop}, who was trying to fly home to Dakar, had spent eight hours in Terminal 1. "I have seen worse in the rainy season, but there the planes still fly," {Diop} said.

{Grant Albright}, a meteorologist with the <National Weather Service>, said gusts had reached 60 mph. {Albright} said the storm was not comparable to <Hurricane Sandy> but would cause power cuts. <Washington> has not yet been asked for federal aid.
"""),
    _article("h-notpeople-04", "notpeople", "Yoweri Museveni; Fred Enanga; Agnes Nakato; Moses Ssekandi", """
Dozens feared dead after pleasure boat capsizes on <Lake Victoria>

<KAMPALA> - At least 30 people died when an overloaded pleasure boat capsized on <Lake Victoria> near Kampala on Saturday evening, police said, and rescuers were searching for more than a dozen still missing.

The boat was carrying about 90 people to a party when it sank in rough weather off <Mutima Beach>, police spokesman {Fred Enanga} said. {Enanga} said the vessel was in poor condition and had not been licensed. Survivors were taken to <Mulago National Referral Hospital> and to a clinic in <Entebbe>.

President {Yoweri Museveni} ordered an investigation and said those responsible would be punished. {Museveni} said the owner of the boat had ignored warnings from the marine police.

{Agnes Nakato}, 24, said she swam for more than an hour before a fisherman pulled her out. "I kept thinking about my son," {Nakato} said from her hospital bed.

Capt. {Moses Ssekandi}, who leads the marine rescue unit of the <Uganda People's Defence Force>, said divers would resume the search at first light. {Ssekandi} said strong currents had carried some bodies towards the islands of <Kalangala>.

Boat accidents are common on the lake, which is shared by Uganda, Kenya and Tanzania. Tourist boats at the <Speke Resort> in Munyonyo, named after the British explorer, were ordered to stay on shore for a week. Relatives flew in from Nairobi through <Jomo Kenyatta International Airport>.
"""),
    _article("h-notpeople-05", "notpeople", "Abiy Ahmed; Berit Reiss-Andersen; Isaias Afwerki; Greta Thunberg; "
             "Alfred Nobel; Hirut Gebremedhin", """
Ethiopian leader {Abiy Ahmed} wins <Nobel Peace Prize>

OSLO - Ethiopian Prime Minister {Abiy Ahmed} won the 2019 <Nobel Peace Prize> on Friday for ending two decades of hostility with neighbouring Eritrea and for reforms at home.

{Berit Reiss-Andersen}, chair of the <Norwegian Nobel Committee>, said the prize was meant to encourage the peace process, which she described as still fragile. "The prize is also an encouragement," {Reiss-Andersen} told reporters at the <Nobel Institute>.

The committee also recognised Eritrean President {Isaias Afwerki}, who signed the peace declaration with Ethiopia in July 2018. {Afwerki} did not comment. Swedish climate activist {Greta Thunberg}, a favourite with bookmakers, was passed over. {Thunberg} has won the <Right Livelihood Award> this year.

In his will, {Alfred Nobel} asked that the peace prize go to whoever had done the most for "fraternity between nations". {Nobel's} wishes are often cited by critics of the choice.

In Addis Ababa, crowds gathered in <Meskel Square>. {Hirut Gebremedhin}, a university lecturer, said the award was deserved but ethnic violence was rising. "A <Nobel> cannot solve everything," {Gebremedhin} said.

The prize, worth 9 million Swedish crowns, will be presented at <Oslo City Hall> on December 10, the anniversary of the death of its founder.
"""),
    _article("h-notpeople-06", "notpeople", "Dave Martinez; A.J. Hinch; Stephen Strasburg; Howie Kendrick; Juan Soto; "
             "Gerrit Cole", """
<Nationals> win first <World Series> as <Washington> celebrates

<HOUSTON> - The <Washington Nationals> won the <World Series> for the first time on Wednesday, coming from behind to beat the <Houston Astros> 6-2 in Game 7 at <Minute Maid Park>.

{Howie Kendrick} hit a two-run home run off the foul pole in the seventh inning to give Washington the lead. {Kendrick}, 36, said he had "just tried to put a good swing on it". {Juan Soto}, who turned 21 during the series, added a run-scoring single in the ninth.

{Stephen Strasburg} was named winner of the <Willie Mays World Series MVP Award> after going 2-0 in the series. {Strasburg} said he had dreamed of this moment since the club drafted him in 2009.

Manager {Dave Martinez}, whose team had been 19-31 in May, said the players never gave up. "We just kept grinding," {Martinez} said.

Astros manager {A.J. Hinch} was asked why he did not bring in ace {Gerrit Cole}, who warmed up but never pitched. {Hinch} said {Cole} was being saved for extra innings. {Cole's} contract expires this winter.

Back home, thousands of fans watched on screens at <Nationals Park> and celebrated in the streets near the <Capitol>. The <Astros> had the best regular-season record in baseball.
"""),
]

# Pattern 6: bylines, credits and sign-offs.

ARTICLES += [
    _article("h-bylines-01", "bylines", "Joko Widodo; Prabowo Subianto; Ma'ruf Amin; Sandiaga Uno; Arief Budiman; "
             "Dimas Prasetyo; Kartika Wulandari; Hendra Simanjuntak; Yosef da Silva; Matthew Penrose; "
             "Clare Fairweather", """
Indonesia's {Widodo} wins second term, challenger cries foul

JAKARTA (<Reuters>) - Indonesian President {Joko Widodo} won a second term with 55.5 percent of the vote, the election commission said on Tuesday, but his challenger {Prabowo Subianto} refused to accept the result and said he would go to court.

Commission chairman {Arief Budiman} announced the official count a day earlier than planned. {Budiman} said the vote had been "honest and fair". {Widodo} and his running mate, Muslim cleric {Ma'ruf Amin}, won in 21 of 34 provinces.

{Subianto}, a former general, said there had been "massive cheating". His running mate, businessman {Sandiaga Uno}, said the campaign had collected evidence from thousands of polling stations. {Uno} urged supporters to stay calm.

Police deployed 32,000 officers in the capital as hundreds of {Subianto's} supporters gathered outside the election supervisory agency.

<FILE PHOTO>: {Joko Widodo} waves to supporters at a rally in Jakarta, April 13, 2019. <REUTERS>/{Dimas Prasetyo}

(<Reporting> by {Kartika Wulandari} and {Hendra Simanjuntak}; <Additional> reporting by {Yosef da Silva} in Surabaya; <Writing> by {Matthew Penrose}; <Editing> by {Clare Fairweather})
"""),
    _article("h-bylines-02", "bylines", "Farai Mutasa; Helen Drummond; Emmerson Mnangagwa; Nelson Chamisa; "
             "Energy Mutodi; Tendai Biti", """
Zimbabwe shuts internet as fuel protests turn deadly

By {FARAI MUTASA} and {HELEN DRUMMOND}
<Associated Press>

<HARARE>, Zimbabwe - Zimbabwe's government shut down the internet on Friday as security forces cracked down on protests over a sharp rise in fuel prices, and rights groups said at least a dozen people had been killed.

President {Emmerson Mnangagwa}, who was on a trip abroad, said he would cut it short and return home. {Mnangagwa} had announced a more than doubling of the fuel price last weekend, saying it would end shortages.

Deputy Information Minister {Energy Mutodi} said the shutdown was needed to stop "people organising violence". {Mutodi} blamed the opposition <Movement for Democratic Change> for the unrest. Its leader, {Nelson Chamisa}, denied that and accused soldiers of beating people in their homes. {Chamisa} said the president had "run out of ideas".

Opposition lawmaker {Tendai Biti} was arrested on Wednesday and charged with inciting violence. {Biti's} lawyers said he would plead not guilty.

Passengers arriving at <Robert Gabriel Mugabe International Airport> described empty streets and closed shops in the capital. The ruling <ZANU-PF> party said order had been restored in most areas.

{Farai Mutasa} reported from Harare. <Associated Press> writer {Helen Drummond} contributed from Johannesburg.
"""),
    _article("h-bylines-03", "bylines", "Rachel Oduya; Jason Glass; Susan Harmon; Oscar Villanueva-Ruiz; "
             "Lindiwe Carter; Kevin Ashby", """
School board approves four-day week for rural campuses

By {Rachel Oduya} | <Staff Writer>

The <Jefferson County> school board voted 4-1 on Thursday night to move six rural schools to a four-day week next fall, a decision the district says will save money and help it hire teachers.

Superintendent {Jason Glass} told the board that the plan would save about $1.2 million a year in transport and heating costs. {Glass} said teachers at the six schools had asked for the change. "We are competing for staff with every district on the <Front Range>," he said.

Board president {Susan Harmon} said the vote was difficult. {Harmon} cast the lone vote against, saying she worried about families who could not find child care on Fridays.

{Oscar Villanueva-Ruiz}, whose two daughters attend <Conifer High School>, said many parents would have to take unpaid leave. {Villanueva-Ruiz} said the district had not asked families what they wanted.

{Lindiwe Carter}, who teaches fifth grade in Evergreen, said the longer days would be tiring for young pupils but that the extra day would be used for training. {Carter} has taught in the district for 14 years.

Parents pack the meeting at the <Jefferson County Public Schools> education center in Golden on Thursday night. (<Photo>: {Kevin Ashby}/<Front Range Courier>)

Contact {Rachel Oduya} at 303-555-0188. {Oduya} covers education for the <Courier>.
"""),
    _article("h-bylines-04", "bylines", "Christian Sewing; Paul Achleitner; Garth Ritchie; Ingo Feldkamp; "
             "Oliver Kettering; Annika Strohm; Gwen Thackeray; Rupert Aldous", """
<Deutsche Bank> to cut 18,000 jobs in retreat from investment banking

(<Bloomberg>) -- <Deutsche Bank AG> will cut 18,000 jobs and shut down its global equities business, the most drastic overhaul in its 150-year history, as Chief Executive Officer {Christian Sewing} tries to restore profits.

{Sewing} said the bank would create a so-called bad bank holding 74 billion euros of assets it intends to sell. "This is a restart," {Sewing} said in a message to staff. Investment banking chief {Garth Ritchie} will leave at the end of the month. {Ritchie's} departure had been widely expected.

Chairman {Paul Achleitner}, who has backed the chief executive, said the board supported the plan unanimously. {Achleitner's} own term ends in 2022.

The cuts, which will cost about 7.4 billion euros, follow failed merger talks with <Commerzbank AG>. Analysts said the bank was giving up on competing with <Goldman Sachs> and <Morgan Stanley>. {Ingo Feldkamp}, an analyst at a Frankfurt brokerage, said the plan was "credible, but late". {Feldkamp} expects the shares to stay under pressure.

--With assistance from {Annika Strohm}.

To contact the reporter on this story: {Oliver Kettering} in Frankfurt at okettering1@bloomberg.net

To contact the editors responsible for this story: {Gwen Thackeray} at gthackeray@bloomberg.net, {Rupert Aldous}
"""),
    _article("h-bylines-05", "bylines", "Obinna Eze; Harriet Lyle; Nana Akufo-Addo; Mahamudu Bawumia; John Mahama; "
             "Barbara Oteng-Gyasi; Keisha Montgomery-Ansah; Temilade Adeyemi", """
Ghana's 'Year of Return' draws thousands from the diaspora

{Obinna Eze} in Accra and {Harriet Lyle} in London

Tens of thousands of African Americans and other members of the diaspora have travelled to Ghana this year for the "Year of Return", marking 400 years since the first enslaved Africans were recorded arriving in Virginia.

President {Nana Akufo-Addo} launched the campaign in Washington last year, inviting descendants of enslaved people to "come home". {Akufo-Addo} said this month that arrivals at <Kotoka International Airport> had risen by almost a fifth. Tourism Minister {Barbara Oteng-Gyasi} said visitors had spent about $1.9 billion. {Oteng-Gyasi} wants to double that figure by 2024.

Vice President {Mahamudu Bawumia} has offered citizenship to 126 visitors at a ceremony at the <Kwame Nkrumah Memorial Park>. Former president {John Mahama}, who hopes to win back his old job next year, said the benefits had not reached ordinary Ghanaians. {Mahama's} party has accused the government of spending too much on concerts.

{Keisha Montgomery-Ansah}, a nurse from Atlanta, wept as she walked through the "door of no return" at <Cape Coast Castle>. "I came to find where my story starts," {Montgomery-Ansah} said. She plans to buy land near Accra.

Visitors at <Cape Coast Castle> in August. <Photograph>: {Temilade Adeyemi}/<AFP> via <Getty Images>
"""),
    _article("h-bylines-06", "bylines", "Choi Min-seo; Daniel Ostrowski; Lee Jae-yong; Cho Kuk; Hwang Kyo-ahn; "
             "Jung Ha-eun", """
<Samsung Heir Returns To Court As Justice Minister Quits>

By {Choi Min-seo} and {Daniel Ostrowski}

SEOUL - <Samsung Electronics> Vice Chairman {Lee Jae-yong} returned to court on Friday for a retrial in a bribery case, on the same week that Justice Minister {Cho Kuk} resigned after two months of protests over his family's finances.

{Lee}, 51, bowed to reporters outside the <Seoul High Court> but did not answer questions. He was freed in 2018 when an appeals court suspended his sentence, but the Supreme Court ordered a retrial in August. {Lee's} lawyers said he had been a victim of pressure from the former president.

{Cho}, a close ally of the president, said he was stepping down to spare the government further damage. Prosecutors are investigating {Cho's} wife over an investment fund. "I have caused too much pain to the people," {Cho} said.

{Hwang Kyo-ahn}, leader of the opposition <Liberty Korea Party>, said the resignation came far too late. {Hwang} called on the <Blue House> to apologise. Hundreds of thousands of people had rallied for and against {Cho} in the streets of <Seocho> and near <Gwanghwamun Square>.

Shares in Samsung rose 0.8 percent on the <Korea Exchange>.

<Additional> reporting by {Jung Ha-eun}; <Editing> by {Daniel Ostrowski}
"""),
]

# Pattern 7: mixed.

ARTICLES += [
    _article("h-mixed-01", "mixed", "Dominic Raab; Fabian Picardo; Hossein Salami; Abbas Mousavi; Mark Esper; "
             "Eleni Papadakis; Ravindra Pillai; Samira Haddadi; Tom Ellwood", """
Iranian tanker leaves <Gibraltar> as Britain seeks release of <Stena Impero>

<GIBRALTAR> (<Reuters>) - An Iranian oil tanker detained off <Gibraltar> for six weeks sailed on Sunday night under a new name, the <Adrian Darya 1>, after the territory's government rejected a last-minute US request to seize it.

Gibraltar's Chief Minister {Fabian Picardo} said the ship, formerly the <Grace 1>, had been released because Iran had given assurances that its oil would not go to Syria. {Picardo} said Gibraltar acted under the rule of law, "not politics".

In London, Foreign Secretary {Dominic Raab} said Britain expected Tehran to release the British-flagged <Stena Impero>, seized in the <Strait of Hormuz> in July. {Raab} spoke after a meeting at <Downing Street>. The frigate <HMS Montrose> has escorted British ships through the strait.

Iranian Foreign Ministry spokesman {Abbas Mousavi} said the two cases were unrelated. Maj. Gen. {Hossein Salami}, commander of the <Revolutionary Guards>, said Iran would "defend its ships anywhere". In Washington, Defense Secretary {Mark Esper} said the <USS Abraham Lincoln> carrier group would stay in the Gulf. {Esper} declined to say whether the US would act against the tanker at sea.

{Eleni Papadakis}, a shipping analyst in Piraeus, said insurers had raised premiums for the route. The tanker's Indian captain, {Ravindra Pillai}, left the ship before it sailed. {Pillai} said his crew had been "in limbo".

(<Reporting> by {Samira Haddadi} in Dubai; <Editing> by {Tom Ellwood})
"""),
    _article("h-mixed-02", "mixed", "Carrie Lam; Joshua Wong; Hua Chunying; Liu He; Chan Tsz-kin; Wong Mei-ling; "
             "Gordon Fairbairn", """
Hong Kong leader withdraws extradition bill as protests continue

HONG KONG - Hong Kong leader {Carrie Lam} formally withdrew an extradition bill on Wednesday that triggered months of protests, but activists said the move came too late and vowed to keep up their campaign.

{Lam} told the <Legislative Council> that the bill was "dead", to jeers from opposition lawmakers. {Lam's} office said she would also set up a platform for dialogue with residents.

Activist {Joshua Wong}, who was released from prison in June, said the protesters' other demands, including an independent inquiry into police conduct, still stood. {Wong|Joshua Wong} spoke outside the <Admiralty> government offices.

In Beijing, Foreign Ministry spokeswoman {Hua Chunying} said foreign forces should stop interfering. {Hua} said China fully supported the city's government. Vice Premier {Liu He}, who leads trade talks with Washington, is due in the US capital next week; {Liu} did not comment on the city.

{Chan Tsz-kin}, a 20-year-old student who had been treated at <Queen Elizabeth Hospital> for a head wound, said he would march again at the weekend. {Chan} said many of his friends had been arrested near <Prince Edward> station. Shop owner {Wong Mei-ling} in <Causeway Bay> said takings had fallen by half. "Everyone is tired," {Wong|Wong Mei-ling} said.

{Gordon Fairbairn}, a fund manager at a bank in the city, said investors had welcomed the news. Thousands gathered in <Victoria Park> on Sunday evening.
"""),
    _article("h-mixed-03", "mixed", "Jamal Khashoggi; Agnes Callamard; Saud al-Qahtani; Hatice Cengiz; Irfan Fidan; "
             "Salman bin Abdulaziz; Yasmin Abu Shakra; Nikolai Verhoeven", """
UN expert calls for inquiry into <Crown Prince> over {Khashoggi} killing

By {Nikolai Verhoeven}

GENEVA - A United Nations human rights expert said on Wednesday there was credible evidence to investigate senior Saudi officials over the killing of journalist {Jamal Khashoggi}, who was murdered inside the Saudi consulate in Istanbul last October.

{Agnes Callamard}, the UN special rapporteur on extrajudicial executions, said the killing was "deliberate, premeditated". {Callamard's} 100-page report named {Saud al-Qahtani}, a former royal adviser, as a central figure. {Al-Qahtani} has not been charged in Saudi Arabia, and {Qahtani's} whereabouts are unknown.

Saudi Arabia rejected the report as "baseless". King {Salman bin Abdulaziz} has ordered a restructuring of the intelligence services.

{Khashoggi}, a columnist for <The Washington Post>, had gone to the consulate to obtain papers for his marriage to {Hatice Cengiz}. {Cengiz} said the report was a first step. "I want the world to remember Jamal," she said.

Istanbul chief prosecutor {Irfan Fidan} has sought the extradition of 18 Saudi suspects. {Fidan} said Turkey would share further evidence.

{Yasmin Abu Shakra}, a lawyer in Beirut who advises press freedom groups, said governments should freeze assets. "Words are not enough," {Abu Shakra} said. US troops meanwhile arrived at <Prince Sultan Air Base>.
"""),
    _article("h-mixed-04", "mixed", "Colm Devereux; Fiona Hill; Gordon Sondland; Marie Yovanovitch; Rudy Giuliani; "
             "Adam Schiff; Devin Nunes; Volodymyr Zelensky; Deborah Kilbane", """
<Former Aide Says Envoys Ran A Shadow Foreign Policy>

By {Colm Devereux}

WASHINGTON - A former top White House expert on Russia told impeachment investigators on Thursday that a "domestic political errand" had been run alongside the country's foreign policy toward Ukraine, and that she had warned colleagues it would end badly.

{Fiona Hill}, who left the <National Security Council> in July, said the president's personal lawyer, {Rudy Giuliani}, had been "making a lot of incendiary claims" about the former ambassador to Kyiv, {Marie Yovanovitch}. {Hill} said {Giuliani's} campaign against {Yovanovitch} was "a smear".

{Hill} also described a tense meeting with {Gordon Sondland}, the ambassador to the European Union. {Sondland} testified on Wednesday that he had followed the president's orders. "He was being involved in a domestic political errand," {Hill} said of {Sondland}.

The hearing in the <Longworth House Office Building> was chaired by Rep. {Adam Schiff}, who leads the <House Intelligence Committee>. {Schiff} said the testimony was "devastating". The committee's top Republican, {Devin Nunes}, said it proved nothing. {Nunes} told <The Hill> newspaper that the inquiry was a "circus".

Ukrainian President {Volodymyr Zelensky} has said he felt no pressure. {Zelensky's} office declined to comment. Republicans on <Capitol Hill> said they expected a vote in the House by Christmas.

<Contributing>: {Deborah Kilbane}
"""),
]

# >>> held-out articles go above this line <<<


def _main(argv: list[str]) -> None:
    counts = Counter(a.pattern for a in ARTICLES)
    for pattern in PATTERNS:
        print(f"{pattern:10} {counts.get(pattern, 0):3} articles")
    people = {p for a in ARTICLES for p in a.people}
    print(f"{len(ARTICLES)} articles, {sum(len(a.mentions) for a in ARTICLES)} person mentions, "
          f"{sum(len(a.people) for a in ARTICLES)} (article, person) pairs, {len(people)} distinct people, "
          f"{sum(len(a.not_people) for a in ARTICLES)} non-persons, "
          f"{sum(len(a.text.split()) for a in ARTICLES)} words")
    problems = check_heldout()
    print("check:", "ok" if not problems else f"{len(problems)} problems")
    for p in problems:
        print("  ", p)
    if "--score" not in argv:
        return
    from archive.description.names import people as find
    result = score_heldout(lambda text: [p.name for p in find(text)])
    print(f"current finder: recall {result['found']}/{result['pairs']} = {result['recall']:.1%}, "
          f"precision {result['correct']}/{result['reported']} = {result['precision']:.1%}")
    for pattern, (hit, total, share) in result["recall_by_pattern"].items():
        print(f"  recall {pattern:10} {hit:3}/{total:3} = {share:.1%}")


if __name__ == "__main__":
    _main(sys.argv[1:])
