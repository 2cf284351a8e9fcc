"""The prose of the HTML evaluation pages (tests/html_pages.py), written for them.

Invented local news, none of it copied: people, places, clubs, firms and
figures are made up. Kept apart from the generator so both stay readable.

* ``STORIES``: per language, short articles, a headline and five to nine
  sentences of 60 to 250 characters (Chinese sentences are counted in
  characters too and run 33 to 57: a Chinese sentence carries more per
  character). German and English have the most, as the archive's intake does.
* ``LISTS``: pages that are one long list ("the week's dates"), every item a
  sentence; ``GALLERIES``: photo galleries whose captions are the text.
* ``CHROME``: what a news site carries around an article, per language:
  navigation, consent banners in full sentences, newsletter prompts, paywall
  teasers, comment threads, share labels, live-blog controls, copyright
  lines, bylines, month names, and the site names, staff and readers.

Sentence-like furniture (consent banners, comments, teasers, paywall offers)
is there on purpose: it is what a real extractor has to tell from an
article, and it is where rules that only count words or punctuation fail.
:func:`problems` checks the texts' own rules (lengths, no sentence twice).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["CHROME", "Chrome", "GALLERIES", "Gallery", "LANGUAGES", "LISTS", "ListStory", "SKIES", "STORIES",
           "Story", "problems"]


@dataclass(frozen=True)
class Story:
    """One article: its headline and its sentences, in order."""

    headline: str
    sentences: tuple[str, ...]


@dataclass(frozen=True)
class ListStory:
    """A page that is mostly one list: headline, one introductory sentence, the items."""

    headline: str
    intro: str
    items: tuple[str, ...]


@dataclass(frozen=True)
class Gallery:
    """A photo gallery: headline, an introductory sentence, one caption a picture."""

    headline: str
    intro: str
    captions: tuple[str, ...]


def _s(headline: str, *sentences: str) -> Story:
    return Story(headline, sentences)


# --------------------------------------------------------------------------- German

_DE = (
    _s("Stadtrat stimmt für Umgehungsstraße um Hohenbrück",
       "Nach mehr als vier Stunden Debatte hat der Stadtrat von Hohenbrück am Donnerstagabend mit 23 zu 14 Stimmen "
       "für den Bau der umstrittenen Umgehungsstraße gestimmt.",
       "Die 4,2 Kilometer lange Trasse soll den Durchgangsverkehr aus der Altstadt holen, in der täglich rund "
       "18.000 Fahrzeuge gezählt werden.",
       "Bürgermeisterin Petra Lindemann sprach von einem „guten Tag für die Anwohner der Hauptstraße“, die seit "
       "Jahren über Lärm und Abgase klagen.",
       "Die Grünen-Fraktion stimmte geschlossen dagegen und kritisierte, dass für das Projekt fast elf Hektar "
       "Ackerland versiegelt werden müssten.",
       "Die Kosten werden derzeit auf 38 Millionen Euro geschätzt, wovon das Land nach bisherigen Zusagen rund "
       "zwei Drittel übernehmen will.",
       "Eine Bürgerinitiative kündigte noch im Sitzungssaal an, gegen den Planfeststellungsbeschluss vor das "
       "Verwaltungsgericht ziehen zu wollen.",
       "Mit dem ersten Spatenstich rechnet die Verwaltung nach eigenen Angaben frühestens in drei Jahren."),
    _s("Unwetter setzt Teile des Lautertals unter Wasser",
       "Heftige Gewitter mit Starkregen haben in der Nacht zum Sonntag im oberen Lautertal zahlreiche Keller und "
       "Straßen überflutet.",
       "Innerhalb von zwei Stunden fielen nach Angaben des Wetterdienstes an der Messstation Kirchwalden 64 Liter "
       "Regen pro Quadratmeter.",
       "Die Feuerwehren aus sieben Gemeinden rückten zu mehr als 140 Einsätzen aus, verletzt wurde nach bisherigen "
       "Erkenntnissen niemand.",
       "Besonders schwer traf es den Ortsteil Unterau, wo ein über die Ufer getretener Bach eine Tiefgarage "
       "vollständig volllaufen ließ.",
       "Die Landesstraße zwischen Kirchwalden und Talheim blieb bis zum Mittag wegen Geröll und umgestürzter "
       "Bäume gesperrt.",
       "Kreisbrandmeister Jürgen Hollerbach lobte die Zusammenarbeit der Wehren und sagte, viele Helfer seien bis "
       "zum Morgen im Einsatz gewesen.",
       "Für die kommenden Tage sagen die Meteorologen weiterhin schwüle Luft und örtlich kräftige Schauer voraus."),
    _s("Landgericht verurteilt Immobilienmakler wegen Betrugs",
       "Das Landgericht Wallstein hat einen 52 Jahre alten Immobilienmakler wegen gewerbsmäßigen Betrugs zu vier "
       "Jahren und drei Monaten Haft verurteilt.",
       "Nach Überzeugung der Kammer hatte der Mann über drei Jahre hinweg Anzahlungen für Wohnungen kassiert, die "
       "es nie gegeben hat.",
       "Insgesamt 31 Käufer verloren so nach Berechnungen der Staatsanwaltschaft mehr als 1,7 Millionen Euro.",
       "Der Vorsitzende Richter Matthias Kremer sprach in seiner Urteilsbegründung von einem „System aus Lügen "
       "und gefälschten Grundbuchauszügen“.",
       "Der Angeklagte hatte die Vorwürfe zum Prozessauftakt im Wesentlichen eingeräumt und sich bei den "
       "Geschädigten entschuldigt.",
       "Seine Verteidigerin hatte eine Bewährungsstrafe gefordert und kündigte nach der Verhandlung an, eine "
       "Revision zu prüfen.",
       "Viele der Betroffenen verfolgten die Urteilsverkündung im voll besetzten Saal 114, einige von ihnen mit "
       "Tränen in den Augen."),
    _s("Kessler & Vogt streicht 240 Stellen in Neustadt",
       "Der Maschinenbauer Kessler & Vogt will an seinem Stammsitz in Neustadt bis Ende kommenden Jahres 240 von "
       "rund 1.100 Arbeitsplätzen abbauen.",
       "Das Unternehmen begründete den Schritt mit einem Einbruch der Aufträge aus Asien und dem anhaltenden "
       "Preisdruck bei Verpackungsanlagen.",
       "Betriebsbedingte Kündigungen sollen nach Angaben von Geschäftsführer Rainer Albrecht möglichst vermieden "
       "werden.",
       "Geplant seien stattdessen Abfindungen, Altersteilzeit und der Wechsel von Beschäftigten in eine "
       "Transfergesellschaft.",
       "Die IG Metall reagierte empört und warf der Firmenleitung vor, die Belegschaft erst aus der Zeitung "
       "informiert zu haben.",
       "Betriebsratschefin Sabine Kowalski kündigte für Mittwoch eine Protestkundgebung vor dem Werkstor an.",
       "Kessler & Vogt hatte im vergangenen Geschäftsjahr einen Umsatz von 310 Millionen Euro erzielt, rund zwölf "
       "Prozent weniger als im Jahr davor."),
    _s("TSV Breitenau feiert Aufstieg in die Dritte Liga",
       "Die Handballer des TSV Breitenau haben mit einem 31:27-Sieg gegen die HSG Mühlbach den Aufstieg in die "
       "Dritte Liga perfekt gemacht.",
       "Vor 1.400 Zuschauern in der ausverkauften Sporthalle am See lag die Mannschaft von Trainer Dirk Wendland "
       "nur in den ersten Minuten zurück.",
       "Bester Werfer war Rückraumspieler Lukas Brenner mit neun Toren, davon vier von der Siebenmeterlinie.",
       "Nach dem Schlusspfiff stürmten die Fans das Spielfeld und feierten die Spieler noch lange mit "
       "Sprechchören.",
       "„Diese Mannschaft hat eine ganze Saison lang an sich geglaubt“, sagte Wendland sichtlich bewegt in der "
       "Pressekonferenz.",
       "Für die neue Spielklasse muss der Verein nun bis Juli ein höheres Budget und eine zweite hauptamtliche "
       "Stelle nachweisen."),
    _s("Stadtmuseum Lüdersfeld öffnet nach drei Jahren Umbau",
       "Nach fast drei Jahren Umbau hat das Stadtmuseum Lüdersfeld am Samstag seine Türen wieder für Besucher "
       "geöffnet.",
       "Rund 6,5 Millionen Euro flossen in die Sanierung des ehemaligen Zollhauses, das nun barrierefrei und "
       "klimatisiert ist.",
       "Herzstück der neuen Dauerausstellung ist ein begehbares Modell der Stadt, wie sie um das Jahr 1650 "
       "ausgesehen haben dürfte.",
       "Museumsleiterin Katharina Engel sagte, man wolle die Geschichte der Stadt künftig stärker aus der Sicht "
       "ihrer Bewohner erzählen.",
       "Bereits am Eröffnungswochenende kamen nach Angaben der Stadt mehr als 3.000 Gäste, viele von ihnen mit "
       "Kindern.",
       "Der Eintritt ist bis Ende des Monats frei, danach kostet eine Karte für Erwachsene sechs Euro.",
       "Für Schulklassen bietet das Museum eigene Führungen an, die ab sofort über die Website gebucht werden "
       "können."),
    _s("Grundschulen im Kreis suchen dringend Lehrkräfte",
       "Wenige Wochen vor Beginn des neuen Schuljahres sind an den Grundschulen im Kreis Wallstein noch 47 "
       "Lehrerstellen unbesetzt.",
       "Das geht aus einer Antwort des Kultusministeriums auf eine Anfrage des Landtagsabgeordneten Thomas Reiner "
       "hervor.",
       "Besonders betroffen sind kleinere Schulen auf dem Land, an denen teilweise jede dritte Stelle nicht "
       "besetzt werden konnte.",
       "Schulamtsleiterin Monika Haas kündigte an, verstärkt Quereinsteiger und pensionierte Lehrkräfte "
       "einzusetzen.",
       "Die Gewerkschaft Erziehung und Wissenschaft hält das für eine Notlösung und fordert höhere Gehälter für "
       "Grundschullehrer.",
       "Eltern an der Grundschule Am Lindenhof befürchten, dass im Herbst erneut Unterrichtsstunden ausfallen "
       "müssen.",
       "Im vergangenen Schuljahr war dort über Monate hinweg kein regulärer Sportunterricht möglich gewesen."),
    _s("Marode Brücke: Bahnstrecke nach Talheim bleibt monatelang gesperrt",
       "Die Bahnstrecke zwischen Neustadt und Talheim bleibt wegen Schäden an einer Eisenbahnbrücke "
       "voraussichtlich bis zum Frühjahr gesperrt.",
       "Bei einer Routineprüfung hatten Ingenieure tiefe Risse in den Pfeilern der mehr als hundert Jahre alten "
       "Brücke über die Lauter entdeckt.",
       "Ein Sprecher der Bahn sagte, ein Neubau sei wirtschaftlicher als eine Sanierung, die Planungen liefen "
       "bereits.",
       "Für die rund 4.500 Fahrgäste am Tag wird ein Ersatzverkehr mit Bussen eingerichtet, der allerdings "
       "deutlich länger unterwegs ist.",
       "Pendler müssen nach Angaben des Verkehrsverbunds mit bis zu 35 Minuten zusätzlicher Fahrzeit rechnen.",
       "Landrat Herbert Vogel forderte die Bahn auf, zumindest zu den Hauptverkehrszeiten zusätzliche Busse "
       "einzusetzen."),
    _s("Klinikum Neustadt baut Notaufnahme aus",
       "Das Klinikum Neustadt erweitert seine Zentrale Notaufnahme und investiert dafür in den nächsten zwei "
       "Jahren rund 14 Millionen Euro.",
       "Die Zahl der Patienten in der Notaufnahme ist seit der Eröffnung vor zehn Jahren von 21.000 auf zuletzt "
       "fast 35.000 im Jahr gestiegen.",
       "Geplant sind unter anderem zwölf zusätzliche Behandlungsplätze und eine eigene Einheit für Kinder und "
       "Jugendliche.",
       "Chefarzt Stefan Winkler sagte, lange Wartezeiten seien für Patienten und Personal gleichermaßen "
       "belastend.",
       "Künftig soll eine speziell geschulte Pflegekraft bereits am Eingang einschätzen, wie dringend jemand "
       "behandelt werden muss.",
       "Während der Bauarbeiten bleibt die Notaufnahme geöffnet, die Zufahrt für Krankenwagen wird jedoch "
       "vorübergehend verlegt.",
       "Den Förderbescheid des Landes über 9,8 Millionen Euro übergab am Montag Gesundheitsministerin Claudia "
       "Brandt."),
    _s("Bürgerentscheid: Mehrheit in Oberwies gegen Windpark",
       "Die Bürger von Oberwies haben sich in einem Bürgerentscheid mit knapper Mehrheit gegen den geplanten "
       "Windpark auf dem Hohen Kamm ausgesprochen.",
       "Für das Bürgerbegehren stimmten 52,8 Prozent der Teilnehmer, die Wahlbeteiligung lag mit 61 Prozent "
       "ungewöhnlich hoch.",
       "Der Projektierer wollte auf dem bewaldeten Höhenzug sechs Windräder mit einer Gesamthöhe von jeweils 230 "
       "Metern errichten.",
       "Die Initiative Gegenwind Oberwies hatte vor allem mit dem Schutz des Waldes und des Landschaftsbildes "
       "geworben.",
       "Bürgermeister Frank Seidel, der das Projekt unterstützt hatte, sagte, er respektiere das Ergebnis ohne "
       "Wenn und Aber.",
       "Die Gemeinde verzichtet damit auf Pachteinnahmen, die der Kämmerer auf rund 180.000 Euro im Jahr "
       "geschätzt hatte."),
    _s("Einbruchserie in Talheim: Polizei nimmt zwei Verdächtige fest",
       "Nach einer Serie von mindestens 19 Wohnungseinbrüchen in Talheim hat die Polizei zwei tatverdächtige "
       "Männer festgenommen.",
       "Die 24 und 29 Jahre alten Männer wurden in der Nacht zum Freitag von einer Zivilstreife in der Nähe des "
       "Bahnhofs kontrolliert.",
       "In ihrem Auto fanden die Beamten Schmuck, mehrere Laptops und Werkzeug, das nach ersten Erkenntnissen bei "
       "den Taten benutzt worden war.",
       "Die Einbrecher hatten es vor allem auf Einfamilienhäuser am Ortsrand abgesehen und waren meist am frühen "
       "Abend eingestiegen.",
       "Ein Haftrichter erließ am Samstag Haftbefehl gegen beide Männer, die bislang zu den Vorwürfen schweigen.",
       "Die Polizei bittet Geschädigte, die ihr Eigentum wiedererkennen könnten, sich bei der "
       "Kriminalinspektion Neustadt zu melden."),
    _s("Spargelbauern klagen über späte Saison",
       "Wegen des kühlen Frühjahrs hat die Spargelernte im Wallsteiner Land in diesem Jahr fast drei Wochen "
       "später begonnen als üblich.",
       "Auf den Feldern von Landwirt Georg Pfeiffer in Birkenhain wurden die ersten Stangen erst Ende April "
       "gestochen.",
       "Pfeiffer rechnet damit, dass er in dieser Saison rund ein Fünftel weniger ernten wird als im Vorjahr.",
       "Hinzu komme, dass viele Erntehelfer später angereist seien, weil sie zuvor auf anderen Höfen im Einsatz "
       "gewesen seien.",
       "Für die Verbraucher bedeutet das zunächst höhere Preise: Ein Kilo Spargel der Klasse I kostet auf den "
       "Wochenmärkten derzeit bis zu 14 Euro.",
       "Die Saison endet traditionell am Johannistag, danach sollen sich die Pflanzen für das nächste Jahr "
       "erholen."),
    _s("Mieten in Neustadt steigen schneller als im Landesschnitt",
       "Wer in Neustadt eine Wohnung sucht, muss inzwischen im Schnitt 9,40 Euro pro Quadratmeter kalt bezahlen.",
       "Das sind knapp acht Prozent mehr als vor einem Jahr, wie aus dem neuen Mietspiegel hervorgeht, den die "
       "Stadt am Dienstag vorgestellt hat.",
       "Im Landesdurchschnitt stiegen die Angebotsmieten im selben Zeitraum dagegen nur um rund vier Prozent.",
       "Besonders gefragt sind kleine Wohnungen in der Innenstadt, wo Studierende und Berufspendler um dieselben "
       "Angebote konkurrieren.",
       "Baudezernent Michael Hartung verwies auf 600 neue Wohnungen, die derzeit auf dem Gelände des ehemaligen "
       "Güterbahnhofs entstehen.",
       "Der Mieterverein hält das für zu wenig und verlangt, dass mindestens ein Drittel davon als "
       "Sozialwohnungen vermietet wird.",
       "Die Stadt will im Herbst über eine entsprechende Quote für künftige Neubaugebiete beraten."),
    _s("Großbrand in Lagerhalle: Schaden in Millionenhöhe",
       "Bei einem Großbrand im Gewerbegebiet Nord ist in der Nacht zum Mittwoch die Lagerhalle eines "
       "Möbelhändlers vollständig zerstört worden.",
       "Als die ersten Einsatzkräfte gegen 2.30 Uhr eintrafen, schlugen die Flammen bereits meterhoch aus dem "
       "Dach.",
       "Rund 120 Feuerwehrleute verhinderten, dass das Feuer auf ein benachbartes Bürogebäude übergriff.",
       "Die Bevölkerung wurde über Warn-Apps aufgefordert, wegen der starken Rauchentwicklung Fenster und Türen "
       "geschlossen zu halten.",
       "Die Polizei schätzt den Schaden auf mindestens drei Millionen Euro, verletzt wurde bei dem Brand niemand.",
       "Zur Brandursache konnten die Ermittler zunächst keine Angaben machen, ein Gutachter soll die Ruine am "
       "Donnerstag untersuchen."),
    _s("Forscher aus Wallstein entwickeln Sensor für Trinkwasser",
       "Ein Team der Hochschule Wallstein hat einen Sensor entwickelt, der Keime im Trinkwasser innerhalb weniger "
       "Minuten erkennen soll.",
       "Bisher dauert es bei Laboruntersuchungen in der Regel mindestens einen Tag, bis ein Ergebnis vorliegt.",
       "Das Gerät ist etwa so groß wie eine Streichholzschachtel und kann direkt in Wasserleitungen eingebaut "
       "werden.",
       "Projektleiterin Julia Neumann sagte, die Stadtwerke Neustadt wollten den Sensor ab dem Sommer in einem "
       "Pilotversuch testen.",
       "Das Bundesforschungsministerium fördert die Entwicklung über drei Jahre mit insgesamt 1,2 Millionen Euro.",
       "Die Wissenschaftler haben ihre Ergebnisse inzwischen in einer Fachzeitschrift für Umwelttechnik "
       "veröffentlicht.",
       "Langfristig hoffen sie, dass der Sensor auch in Ländern mit schlechter Wasserversorgung eingesetzt werden "
       "kann."),
    _s("Weinfest in Rebenheim meldet Besucherrekord",
       "Mit schätzungsweise 85.000 Besuchern hat das Weinfest in Rebenheim am Wochenende einen neuen Rekord "
       "aufgestellt.",
       "An den 42 Ständen in der Altstadt schenkten Winzer aus der ganzen Region ihre Weine aus, dazu gab es "
       "Livemusik auf drei Bühnen.",
       "Der Verkehrsverein als Veranstalter zeigte sich zufrieden, dass es trotz des großen Andrangs weitgehend "
       "friedlich blieb.",
       "Die Polizei registrierte nach eigenen Angaben lediglich vier Körperverletzungen und einige Fälle von "
       "Sachbeschädigung.",
       "Zur neuen Weinkönigin wurde am Samstagabend die 22-jährige Lea Hofmann aus dem Ortsteil Sonnenberg "
       "gekrönt.",
       "Erstmals galt auf dem Festgelände ein Pfandsystem für Gläser, was nach Angaben der Stadt deutlich weniger "
       "Müll zur Folge hatte."),
)

# --------------------------------------------------------------------------- English

_EN = (
    _s("Harwick council approves £12m leisure centre",
       "Harwick District Council has approved plans for a new £12 million leisure centre on the site of the "
       "former bus depot in Mill Lane.",
       "Councillors voted by 28 votes to nine on Wednesday night after a debate that lasted almost three hours.",
       "The centre will include a 25-metre swimming pool, a sports hall and a gym, replacing the ageing Queensway "
       "baths.",
       "Council leader Margaret Ellison said residents had waited far too long for facilities that matched the "
       "size of the town.",
       "Opposition councillors argued that the money would be better spent on repairing roads and keeping "
       "libraries open.",
       "Construction is expected to begin next spring, and the council hopes the building will open in time for "
       "the summer holidays two years later."),
    _s("Storm brings flooding and power cuts to Lowmoor",
       "Hundreds of homes across Lowmoor were left without electricity on Sunday after a storm brought gusts of "
       "up to 80 miles per hour.",
       "The Environment Agency issued six flood warnings along the River Tarn, where water levels rose more than "
       "two metres overnight.",
       "Firefighters rescued an elderly couple from their car after it became stranded in floodwater near the "
       "village of Eastley.",
       "Several roads, including the main route between Eastley and Corbridge Vale, were closed because of "
       "fallen trees.",
       "Northern Power Networks said engineers were working through the night and expected most customers to be "
       "reconnected by Monday evening.",
       "Forecasters have warned that more heavy rain is likely later in the week, which could cause further "
       "disruption.",
       "Residents were urged to check on vulnerable neighbours and to avoid driving through flooded roads."),
    _s("Former charity treasurer jailed for stealing donations",
       "A former charity treasurer who stole more than £86,000 in donations to fund a gambling habit has been "
       "jailed for three years.",
       "Gordon Pike, 58, of Station Road, Harwick, admitted fraud by abuse of position at a previous hearing at "
       "Ashford Crown Court.",
       "The court heard that he transferred money from the accounts of a local hospice support group into his "
       "own accounts over six years.",
       "The theft was discovered when a new committee member noticed that the charity's bank statements did not "
       "match its published figures.",
       "Judge Helen Marsh told Pike that he had betrayed the trust of volunteers who had spent years raising "
       "money at coffee mornings and fun runs.",
       "The hospice said it was grateful for the support of the community and that no patient care had been "
       "affected."),
    _s("Bakery chain to create 150 jobs with new factory",
       "The family-run bakery chain Hollins & Gray is to create 150 jobs after announcing plans for a new "
       "production site near Corbridge.",
       "The company, which has 64 shops across the region, said demand for its bread and pastries had outgrown "
       "its current bakery.",
       "Managing director Rebecca Hollins said the £9 million investment was the biggest in the firm's 70-year "
       "history.",
       "The factory will be built on the Westfield business park and is due to start production within eighteen "
       "months.",
       "Local business leaders welcomed the news, saying it showed that manufacturing still had a future in the "
       "area.",
       "Recruitment for the first 60 positions, including bakers, drivers and engineers, is expected to begin in "
       "the autumn."),
    _s("Corbridge Rovers clinch title on final day",
       "Corbridge Rovers won the league title on the final day of the season with a 3-1 victory away at Milford "
       "Town.",
       "Rovers needed to better the result of second-placed Ashford United, who could only draw at home against "
       "Wexley.",
       "Striker Jamie Doyle scored twice in the first half to take his tally for the season to 27 goals.",
       "Milford pulled a goal back shortly after the break, but substitute Callum Reid sealed the win with a "
       "header in the 81st minute.",
       "More than 2,000 travelling fans celebrated on the pitch after the final whistle as the players lifted "
       "the trophy.",
       "Manager Steve Barlow, who took charge only last summer, said the title was a reward for a squad that "
       "never stopped believing."),
    _s("Restored theatre reopens with sold-out season",
       "The Palace Theatre in Eastley reopened its doors on Saturday after a two-year restoration costing £4.5 "
       "million.",
       "The Victorian building had been closed since part of its ornate ceiling collapsed during a performance "
       "of a Christmas pantomime.",
       "Craftsmen spent months recreating the plasterwork by hand, using photographs from the theatre's archive "
       "as a guide.",
       "Every performance in the opening season has already sold out, according to artistic director Naomi "
       "Fletcher.",
       "The reopening night featured a new play by local writer Owen Pritchard about the town's mining history.",
       "A community fundraising campaign raised more than £300,000 of the cost, with the rest coming from "
       "national arts grants."),
    _s("Parents fight plans to close village primary school",
       "Parents in the village of Ashby Green have launched a campaign to save their primary school from "
       "closure.",
       "Lowmoor County Council has proposed merging the school, which has 48 pupils, with a larger school three "
       "miles away.",
       "Officials say falling pupil numbers mean the school costs almost twice as much per child as the county "
       "average.",
       "Campaigners argue that the closure would force young children onto busy roads and remove the heart of "
       "the village.",
       "More than 1,200 people have signed a petition, which will be presented at a council meeting next month.",
       "Headteacher Claire Dawson said the school had been rated good by inspectors and was popular with "
       "families moving into the area.",
       "A final decision on the future of the school is expected before the end of the summer term."),
    _s("Rail line to reopen after landslip repairs",
       "The railway line between Harwick and Milford will reopen on Monday after a landslip closed it for almost "
       "seven weeks.",
       "Thousands of tonnes of earth slid onto the tracks in March after weeks of heavy rain weakened a steep "
       "embankment.",
       "Engineers have since installed more than 400 steel nails and a new drainage system to stabilise the "
       "slope.",
       "Network Rail said the repairs had cost around £6 million and had been completed ahead of schedule.",
       "Commuters have faced journeys of up to an hour longer on replacement buses while the line was closed.",
       "Passenger groups welcomed the reopening but called for a review of other embankments along the route."),
    _s("Hospital opens new cancer treatment centre",
       "Patients in Lowmoor will no longer have to travel more than 50 miles for radiotherapy after a new cancer "
       "centre opened at Harwick General Hospital.",
       "The £18 million centre has two treatment machines and is expected to treat around 1,500 patients a year.",
       "Until now, most patients from the county have had to make daily journeys to the city for courses of "
       "treatment lasting several weeks.",
       "Consultant oncologist Priya Raman said the shorter journeys would make a real difference to patients who "
       "are already exhausted.",
       "The centre was part-funded by a public appeal which raised £2.3 million in just over two years.",
       "The first patients began treatment on Monday, and a formal opening ceremony is planned for the summer."),
    _s("Town bans single-use plastics at markets",
       "Stallholders at Corbridge's weekly markets will be banned from handing out single-use plastic bags and "
       "cups from next month.",
       "The town council agreed the rules unanimously after a campaign led by pupils at Corbridge High School.",
       "Traders who break the rules could lose their licence to sell at the market after three warnings.",
       "Some stallholders said they supported the idea but were worried about the cost of paper and compostable "
       "alternatives.",
       "The council has promised a one-off grant of £150 for each trader to help with the change.",
       "Student campaigner Maya Okafor said she hoped other towns in the county would follow Corbridge's "
       "example."),
    _s("Police appeal after jewellery shop raid",
       "Police are appealing for witnesses after three men raided a jewellery shop in Harwick High Street on "
       "Thursday afternoon.",
       "The men, who wore balaclavas, smashed display cases with hammers and escaped with watches worth tens of "
       "thousands of pounds.",
       "A member of staff was treated for shock but was not physically injured, Lowmoor Police said.",
       "The robbers are believed to have fled on two motorcycles towards the ring road shortly after 3.15pm.",
       "Detective Inspector Mark Hughes said the raid lasted less than a minute and had clearly been well "
       "planned.",
       "Anyone with dashcam footage from the area at the time is asked to contact police, quoting the incident "
       "number on the force website."),
    _s("Dry summer leaves farmers short of winter feed",
       "Livestock farmers in Lowmoor are warning that the driest summer in decades has left them short of grass "
       "and hay for the winter.",
       "Some have already started feeding silage meant for the coldest months, while others are selling cattle "
       "earlier than planned.",
       "Farmer Tom Whitaker, who keeps 200 cows near Eastley, said he had harvested less than half his usual "
       "amount of hay.",
       "The price of a bale of hay has more than doubled at local auctions since the start of July.",
       "The farmers' union has asked the government to relax some environmental rules so that more land can be "
       "grazed.",
       "Forecasters say the dry spell may finally break at the end of the month, but many farmers fear it will "
       "be too late."),
    _s("Hundreds of new homes planned on former airfield",
       "Plans for up to 850 homes on the former airfield at Wexley have been submitted to Lowmoor County "
       "Council.",
       "The developer, Brightwater Homes, says a third of the houses would be offered as affordable housing for "
       "local families.",
       "The scheme also includes a primary school, a doctors' surgery, shops and a large park around the old "
       "control tower.",
       "Residents of Wexley, a village of about 2,000 people, fear that roads and services will not cope with "
       "the extra traffic.",
       "Parish council chairman David Crossley said the village was not against new homes but wanted them built "
       "in smaller phases.",
       "The council is expected to decide on the application early next year after a public consultation."),
    _s("Crews tackle huge blaze at recycling plant",
       "More than 60 firefighters were called to a large fire at a recycling plant on the Westfield industrial "
       "estate on Tuesday night.",
       "Thick black smoke could be seen for miles, and residents nearby were told to keep their windows and "
       "doors closed.",
       "The fire started in a pile of around 400 tonnes of mixed plastic and paper waste, the fire service said.",
       "Crews used high-volume pumps to draw water from the nearby canal as they worked through the night.",
       "No one was injured in the blaze, and the cause of the fire is now being investigated by specialist "
       "officers.",
       "It is the second fire at the site in less than two years, and local councillors have called for a review "
       "of its licence."),
    _s("Students build satellite due for launch next year",
       "A team of engineering students at the University of Harwick has built a small satellite that will be "
       "launched into orbit next year.",
       "The satellite, about the size of a shoebox, will measure air pollution over northern Europe from a "
       "height of around 500 kilometres.",
       "It is the first spacecraft to be designed and built entirely at the university, according to project "
       "leader Alan Brooks.",
       "The students spent two years testing the device in vacuum chambers and on vibration tables to make sure "
       "it survives the launch.",
       "Data from the satellite will be made freely available to schools, which will be able to follow its path "
       "over the internet.",
       "The project received £250,000 from the national space agency and support from two local engineering "
       "firms."),
    _s("Record crowds at Milford food festival",
       "An estimated 40,000 visitors attended the Milford Food Festival over the bank holiday weekend, a record "
       "for the event.",
       "More than 180 stalls lined the streets of the old town, offering everything from local cheeses to street "
       "food from around the world.",
       "Chef Laura Bennett, who grew up in the town, gave cooking demonstrations that drew queues around the "
       "market square.",
       "Organisers said the warm weather and a new park-and-ride service had helped attract visitors from across "
       "the region.",
       "Some residents complained about noise and litter, and the festival committee has promised to review "
       "arrangements for next year.",
       "The festival, which began with a dozen stalls in a car park, is now one of the largest of its kind in "
       "the north."),
)

# --------------------------------------------------------------------------- Russian

_RU = (
    _s("Городская дума Заречинска утвердила бюджет на следующий год",
       "Депутаты городской думы Заречинска на заседании во вторник утвердили бюджет на следующий год с дефицитом "
       "в 312 миллионов рублей.",
       "Доходы города запланированы в объёме 4,8 миллиарда рублей, расходы превысят их примерно на шесть "
       "процентов.",
       "Больше всего средств, как и в прошлые годы, направят на образование, ремонт дорог и содержание "
       "общественного транспорта.",
       "Глава города Олег Крылов заявил, что дефицит будет покрыт за счёт продажи части муниципального "
       "имущества.",
       "Фракция оппозиции голосовала против и потребовала сократить расходы на содержание городской "
       "администрации.",
       "Бюджет принят тридцатью голосами при семи против и двух воздержавшихся, обсуждение заняло почти пять "
       "часов."),
    _s("Снегопад парализовал движение на трассе под Заречинском",
       "Сильный снегопад, начавшийся в ночь на субботу, парализовал движение на федеральной трассе в районе "
       "Заречинска.",
       "По данным дорожной службы, за сутки выпало до 30 сантиметров снега, а порывы ветра достигали 20 метров в "
       "секунду.",
       "В пробке на участке протяжённостью около 15 километров оказались сотни легковых автомобилей и "
       "грузовиков.",
       "Спасатели развернули вдоль трассы пункты обогрева и раздавали водителям горячий чай и еду.",
       "К утру воскресенья движение удалось частично восстановить, однако грузовикам по-прежнему рекомендуют "
       "переждать непогоду.",
       "Синоптики обещают, что снегопад продлится ещё как минимум сутки, после чего ударят морозы до минус 25 "
       "градусов."),
    _s("Бывшего директора водоканала осудили за растрату",
       "Октябрьский районный суд Заречинска приговорил бывшего директора городского водоканала к пяти годам "
       "колонии общего режима.",
       "Суд признал Виктора Семёнова виновным в растрате более 40 миллионов рублей, выделенных на ремонт "
       "очистных сооружений.",
       "По версии следствия, деньги перечислялись подставным фирмам за работы, которые фактически так и не были "
       "выполнены.",
       "Свою вину подсудимый не признал и заявил, что стал жертвой конфликта с новым руководством предприятия.",
       "Помимо реального срока, суд запретил ему в течение трёх лет занимать руководящие должности на "
       "государственной службе.",
       "Защита уже заявила о намерении обжаловать приговор в областном суде в установленный законом срок."),
    _s("Завод «Северсталепром» запускает новую линию",
       "Металлургический завод «Северсталепром» в Заречинске запустил новую линию по производству "
       "оцинкованного проката.",
       "Инвестиции в проект составили около 2,3 миллиарда рублей, оборудование было закуплено в Италии и "
       "Германии.",
       "Мощность линии рассчитана на выпуск до 200 тысяч тонн продукции в год, которая пойдёт в основном на "
       "нужды строительной отрасли.",
       "На предприятии создано 180 новых рабочих мест, большая часть сотрудников прошла обучение за рубежом.",
       "Генеральный директор завода Андрей Лебедев сообщил, что до конца года компания рассчитывает выйти на "
       "проектную мощность.",
       "Губернатор области, присутствовавший на церемонии запуска, назвал проект одним из крупнейших в регионе "
       "за последние годы."),
    _s("Хоккеисты «Льдинки» впервые вышли в финал",
       "Хоккейный клуб «Льдинка» из Заречинска впервые в своей истории вышел в финал молодёжного первенства.",
       "В решающем седьмом матче полуфинальной серии команда обыграла соперников из Нижнеозёрска со счётом 4:2.",
       "Две шайбы на счету капитана команды Ильи Воронцова, который стал лучшим бомбардиром всей серии.",
       "Трибуны Ледового дворца, рассчитанного на пять тысяч зрителей, были заполнены до отказа.",
       "Главный тренер Сергей Мальцев после игры поблагодарил болельщиков и сказал, что команда сделала большой "
       "шаг вперёд.",
       "Первый матч финальной серии пройдёт в пятницу на выезде, второй состоится через два дня там же."),
    _s("В краеведческом музее открылась выставка старинных икон",
       "В краеведческом музее Заречинска открылась выставка, на которой впервые представлены иконы из частной "
       "коллекции купцов Завьяловых.",
       "Всего посетители смогут увидеть более 70 предметов, самые ранние из которых датируются концом XVII века.",
       "Многие экспонаты долгое время хранились в запасниках и прошли многолетнюю кропотливую реставрацию.",
       "Директор музея Елена Громова рассказала, что подготовка выставки заняла почти два года.",
       "Выставка продлится до конца осени, для школьников предусмотрены бесплатные экскурсии по выходным.",
       "Часть коллекции после завершения проекта планируется передать в постоянную экспозицию музея."),
    _s("В Заречинске подорожает проезд в общественном транспорте",
       "С первого числа следующего месяца стоимость проезда в автобусах и трамваях Заречинска вырастет с 25 до "
       "30 рублей.",
       "В администрации объясняют повышение ростом цен на топливо и необходимостью обновления подвижного "
       "состава.",
       "При оплате банковской или транспортной картой пассажиры по-прежнему смогут ездить на два рубля дешевле.",
       "Льготы для пенсионеров, школьников и студентов, как заверили в мэрии, сохранятся в полном объёме.",
       "Жители города уже собрали более трёх тысяч подписей под обращением с просьбой отменить решение.",
       "В последний раз стоимость проезда в городе повышалась два года назад, тогда на три рубля."),
    _s("В областной больнице появился новый томограф",
       "В областной клинической больнице Заречинска начал работу новый компьютерный томограф, приобретённый за "
       "счёт федеральной программы.",
       "Аппарат позволяет проводить обследование в несколько раз быстрее, чем прежнее оборудование, "
       "установленное более десяти лет назад.",
       "По словам главного врача Натальи Ковалёвой, очередь на плановые обследования должна сократиться с трёх "
       "недель до нескольких дней.",
       "Томограф будет работать в две смены, в том числе по выходным и в праздничные дни.",
       "Стоимость оборудования вместе с установкой и обучением персонала составила около 45 миллионов рублей.",
       "До конца года аналогичные аппараты планируется установить ещё в двух районных больницах области."),
    _s("Полиция задержала подозреваемых в серии краж автомобилей",
       "Сотрудники полиции Заречинска задержали троих мужчин, подозреваемых в серии краж дорогих автомобилей.",
       "По данным следствия, с начала года злоумышленники похитили не менее 12 машин, угоняя их по ночам из "
       "дворов жилых домов.",
       "Для вскрытия автомобилей они использовали электронное устройство, позволяющее обойти штатную "
       "сигнализацию.",
       "Похищенные машины разбирали на запчасти в гараже на окраине города или перегоняли в соседние регионы.",
       "В отношении задержанных возбуждено уголовное дело, им грозит до шести лет лишения свободы.",
       "Часть похищенных автомобилей уже удалось найти и вернуть законным владельцам."),
    _s("Жители протестуют против вырубки городского парка",
       "Несколько сотен жителей Заречинска вышли в воскресенье на акцию протеста против вырубки деревьев в "
       "Центральном парке.",
       "Поводом стал проект строительства торгового центра на части территории парка, одобренный городской "
       "комиссией по застройке.",
       "Участники акции держали плакаты и собирали подписи за придание парку статуса особо охраняемой природной "
       "территории.",
       "Инициатор протеста, местный учитель биологии Павел Зимин, заявил, что под угрозой находятся более 300 "
       "вековых лип и дубов.",
       "В мэрии заверили, что окончательного решения о строительстве пока нет и проект будет вынесен на "
       "общественные слушания.",
       "Акция прошла спокойно, никаких нарушений общественного порядка полиция не зафиксировала."),
    _s("В Заречинске построят новую школу на 1100 мест",
       "В новом микрорайоне Заречинска начинается строительство школы, рассчитанной на 1100 учеников.",
       "Здание будет включать бассейн, два спортивных зала, библиотеку и лаборатории для занятий робототехникой.",
       "Строительство обойдётся примерно в 1,4 миллиарда рублей, большую часть расходов возьмёт на себя "
       "областной бюджет.",
       "Сейчас дети из микрорайона вынуждены ездить в школы соседних районов, многие из которых работают в две "
       "смены.",
       "Открыть новую школу планируется к первому сентября через два года, если подрядчик уложится в сроки.",
       "Подрядчик будет выбран по итогам конкурса, который администрация объявит в ближайшие недели."),
)

# --------------------------------------------------------------------------- Polish

_PL = (
    _s("Radni Borkowa zdecydowali o budowie obwodnicy",
       "Rada Miejska w Borkowie zdecydowała we wtorek o rozpoczęciu prac projektowych nad obwodnicą miasta.",
       "Za uchwałą głosowało piętnastu radnych, czterech było przeciw, a dwóch wstrzymało się od głosu.",
       "Nowa droga o długości około sześciu kilometrów ma wyprowadzić ruch ciężarówek z ciasnego centrum miasta.",
       "Burmistrz Borkowa Tadeusz Wróblewski zapowiedział, że miasto będzie się starać o dofinansowanie z "
       "funduszy unijnych.",
       "Mieszkańcy ulicy Kościuszki od lat skarżą się na hałas, spaliny i pękające ściany swoich domów.",
       "Według wstępnych szacunków koszt całej inwestycji może przekroczyć 90 milionów złotych."),
    _s("Nawałnica nad powiatem łąckim. Setki interwencji strażaków",
       "Gwałtowna burza, która w czwartek wieczorem przeszła nad powiatem łąckim, uszkodziła kilkadziesiąt "
       "budynków.",
       "Strażacy interweniowali ponad 300 razy, głównie przy usuwaniu powalonych drzew i zabezpieczaniu "
       "zerwanych dachów.",
       "W kilku miejscowościach, między innymi w Zalesiu i Górkach, przez całą noc nie było prądu.",
       "Najbardziej ucierpiała szkoła podstawowa w Zalesiu, z której wiatr zerwał znaczną część dachu.",
       "Wójt gminy Anna Kaczmarek zapewniła, że poszkodowane rodziny otrzymają pomoc finansową jeszcze w tym "
       "tygodniu.",
       "Synoptycy ostrzegają przed kolejnymi burzami z gradem, które mogą pojawić się w nadchodzący weekend."),
    _s("Były prezes spółdzielni skazany za oszustwa",
       "Sąd Okręgowy w Łącku skazał byłego prezesa spółdzielni mieszkaniowej na trzy lata i sześć miesięcy "
       "pozbawienia wolności.",
       "Zdaniem sądu Marek Zieliński przez kilka lat wyprowadzał pieniądze spółdzielni na konta firm należących "
       "do jego rodziny.",
       "Straty poniesione przez lokatorów oszacowano na ponad dwa miliony złotych, a część z nich jest już nie "
       "do odzyskania.",
       "Oskarżony nie przyznał się do winy i przekonywał, że wszystkie przelewy były zgodne z prawem.",
       "Sąd orzekł również obowiązek naprawienia szkody oraz zakaz zajmowania stanowisk kierowniczych przez "
       "osiem lat.",
       "Wyrok nie jest prawomocny, a obrońca byłego prezesa zapowiedział już złożenie apelacji."),
    _s("Fabryka mebli w Borkowie zatrudni 200 osób",
       "Producent mebli Drewmax otworzy w Borkowie nowy zakład, w którym pracę znajdzie około 200 osób.",
       "Hala produkcyjna o powierzchni 20 tysięcy metrów kwadratowych powstanie w strefie ekonomicznej przy "
       "drodze krajowej.",
       "Firma zamierza zainwestować w projekt około 80 milionów złotych w ciągu najbliższych dwóch lat.",
       "Prezes spółki Katarzyna Nowicka powiedziała, że o wyborze lokalizacji zdecydowała dostępność "
       "wykwalifikowanych pracowników.",
       "Rekrutacja pierwszych osób ma ruszyć jeszcze przed końcem roku, głównie na stanowiska produkcyjne.",
       "Zakład będzie produkował przede wszystkim meble tapicerowane na eksport do Niemiec i Skandynawii."),
    _s("Siatkarki z Łącka awansowały do pierwszej ligi",
       "Siatkarki klubu Wisła Łąck wywalczyły awans do pierwszej ligi, wygrywając w decydującym meczu z drużyną "
       "z Opoczna 3:1.",
       "Hala miejska była wypełniona do ostatniego miejsca, a kibice dopingowali zawodniczki przez całe "
       "spotkanie.",
       "Najlepszą zawodniczką meczu wybrano atakującą Julię Malinowską, która zdobyła aż 24 punkty.",
       "Trener Piotr Sadowski przyznał po meczu, że drużyna przez cały sezon ciężko pracowała na ten sukces.",
       "Klub musi teraz zebrać dodatkowe środki, by spełnić wymagania licencyjne na grę w wyższej lidze.",
       "Władze miasta zapowiedziały już zwiększenie dotacji dla sekcji siatkówki w przyszłorocznym budżecie."),
    _s("Festiwal teatralny w Łącku przyciągnął tłumy",
       "Zakończył się dziesiąty Międzynarodowy Festiwal Teatrów Ulicznych w Łącku, który odwiedziło w tym roku "
       "około 25 tysięcy osób.",
       "Przez cztery dni na ulicach i placach miasta wystąpiło trzydzieści zespołów z ośmiu krajów.",
       "Największym zainteresowaniem cieszył się nocny spektakl hiszpańskiej grupy, która wykorzystała ogień i "
       "akrobacje na linach.",
       "Dyrektor festiwalu Agnieszka Pawlak podkreśliła, że wszystkie pokazy były dla widzów bezpłatne.",
       "Organizatorzy już zapowiedzieli, że przyszłoroczna edycja festiwalu potrwa o jeden dzień dłużej.",
       "Festiwal został sfinansowany ze środków miasta oraz z dotacji ministerstwa kultury."),
    _s("Remont wiaduktu utrudni dojazd do centrum",
       "Od poniedziałku rozpocznie się remont wiaduktu nad torami kolejowymi przy ulicy Słowackiego w Borkowie.",
       "Prace potrwają co najmniej pięć miesięcy, a w tym czasie obiekt będzie całkowicie zamknięty dla ruchu.",
       "Objazd poprowadzono ulicami Polną i Leśną, co według drogowców wydłuży przejazd nawet o kwadrans.",
       "Na czas remontu zmienią się również trasy czterech linii autobusowych komunikacji miejskiej.",
       "Wiadukt ma ponad pięćdziesiąt lat, a ostatnia kontrola techniczna wykazała poważne uszkodzenia "
       "konstrukcji.",
       "Koszt remontu wyniesie około 14 milionów złotych i w całości pokryje go budżet miasta."),
    _s("Nowy oddział dziecięcy w szpitalu powiatowym",
       "W Szpitalu Powiatowym w Łącku otwarto po gruntownej modernizacji oddział pediatryczny.",
       "Oddział dysponuje teraz 28 łóżkami, a wszystkie sale zostały wyposażone w miejsca dla rodziców.",
       "Remont kosztował ponad sześć milionów złotych i w większości został sfinansowany ze środków unijnych.",
       "Ordynator oddziału Tomasz Górski podkreślił, że nowy sprzęt pozwoli leczyć na miejscu dzieci, które dotąd "
       "trzeba było przewozić do szpitala wojewódzkiego.",
       "Na otwarciu pojawili się przedstawiciele władz powiatu oraz rodzice małych pacjentów.",
       "Szpital zapowiada, że w przyszłym roku gruntowną modernizację przejdzie także oddział położniczy."),
    _s("Policjanci zatrzymali sprawców włamań do domków letniskowych",
       "Policjanci z Łącka zatrzymali dwóch mężczyzn podejrzanych o serię włamań do domków letniskowych nad "
       "jeziorem Białym.",
       "Według śledczych przez całą zimę złodzieje okradli co najmniej 15 domków, zabierając elektronikę, "
       "narzędzia i rowery.",
       "Część skradzionych przedmiotów odnaleziono podczas przeszukania garażu jednego z zatrzymanych.",
       "Mężczyźni w wieku 27 i 34 lat usłyszeli już zarzuty kradzieży z włamaniem, za co grozi do dziesięciu lat "
       "więzienia.",
       "Sąd zastosował wobec obu podejrzanych trzymiesięczny areszt tymczasowy.",
       "Policja prosi właścicieli domków o sprawdzenie, czy nie padli ofiarą złodziei, i o kontakt z komendą."),
    _s("Mieszkańcy sprzeciwiają się budowie spalarni",
       "Kilkaset osób protestowało w sobotę przed urzędem gminy w Górkach przeciwko budowie spalarni odpadów.",
       "Inwestor chce wybudować zakład, który spalałby rocznie do 40 tysięcy ton śmieci z całego regionu.",
       "Mieszkańcy obawiają się zanieczyszczenia powietrza oraz wzmożonego ruchu ciężarówek na wąskich drogach "
       "gminnych.",
       "Przewodniczący komitetu protestacyjnego Jan Wiśniewski zapowiedział zbieranie podpisów pod wnioskiem o "
       "referendum.",
       "Przedstawiciele inwestora przekonują, że spalarnia będzie spełniać najsurowsze normy ekologiczne.",
       "Decyzja środowiskowa dla tej inwestycji ma zostać wydana w ciągu najbliższych kilku miesięcy."),
)

# --------------------------------------------------------------------------- Spanish

_ES = (
    _s("El pleno de Valdemora aprueba la reforma de la plaza mayor",
       "El pleno del Ayuntamiento de Valdemora aprobó el jueves el proyecto de reforma de la plaza mayor con los "
       "votos del equipo de gobierno.",
       "La obra, presupuestada en 3,2 millones de euros, prevé peatonalizar por completo el centro histórico y "
       "renovar el alumbrado.",
       "El alcalde, Javier Montero, defendió que la reforma devolverá la plaza a los vecinos y atraerá a más "
       "visitantes.",
       "La oposición votó en contra al considerar que el proyecto no resuelve la falta de aparcamiento en el "
       "casco antiguo.",
       "Los comerciantes de la zona temen que las obras, que durarán unos diez meses, reduzcan sus ventas.",
       "Los trabajos comenzarán previsiblemente después de las fiestas patronales de septiembre."),
    _s("Una ola de calor pone en alerta a toda la comarca",
       "La agencia de meteorología ha activado la alerta naranja en la comarca de Valdemora por temperaturas que "
       "podrían superar los 42 grados.",
       "El episodio de calor se prolongará al menos hasta el domingo, con noches en las que el termómetro no "
       "bajará de 25 grados.",
       "Las autoridades sanitarias recomiendan beber agua con frecuencia y evitar la actividad física en las "
       "horas centrales del día.",
       "El ayuntamiento ha ampliado el horario de las piscinas municipales y ha habilitado salas climatizadas en "
       "los centros de mayores.",
       "Los bomberos forestales permanecen en máxima alerta ante el riesgo muy alto de incendios en los montes "
       "de la sierra.",
       "Los agricultores adelantan la jornada de trabajo para recoger la cosecha antes de que apriete el calor."),
    _s("Condenado un exconcejal por cobrar comisiones ilegales",
       "La Audiencia Provincial ha condenado a un exconcejal de Urbanismo de Valdemora a cuatro años de prisión "
       "por cohecho y prevaricación.",
       "Según la sentencia, Ernesto Gil cobró al menos 180.000 euros de varias constructoras a cambio de acelerar "
       "licencias de obra.",
       "El tribunal considera probado que los pagos se realizaban en efectivo y a través de facturas falsas de "
       "una empresa de consultoría.",
       "Además de la pena de prisión, el exconcejal queda inhabilitado durante once años para ejercer cargo "
       "público.",
       "Dos empresarios acusados en la misma causa han sido condenados a penas de dos años de prisión.",
       "La defensa ha anunciado que recurrirá la sentencia ante el Tribunal Supremo en las próximas semanas."),
    _s("Una cooperativa de aceite abre su primera planta de envasado",
       "La cooperativa Olivares del Sur ha inaugurado en Valdemora su primera planta de envasado de aceite de "
       "oliva virgen extra.",
       "La instalación, que ha supuesto una inversión de 5,4 millones de euros, permitirá envasar hasta 12 "
       "millones de litros al año.",
       "Hasta ahora, la cooperativa vendía casi toda su producción a granel a grandes empresas envasadoras.",
       "Su presidenta, Carmen Ruiz, explicó que vender con marca propia permitirá pagar mejores precios a los "
       "1.300 socios.",
       "La nueva planta ha creado 35 puestos de trabajo directos, la mayoría ocupados por jóvenes de la comarca.",
       "La cooperativa ya exporta a Alemania y Japón y negocia su entrada en varias cadenas de supermercados."),
    _s("El CD Valdemora asciende tras un final agónico",
       "El CD Valdemora consiguió el domingo el ascenso de categoría tras empatar 1-1 en el campo del Atlético "
       "Peñalba.",
       "El gol del empate llegó en el minuto 89, obra del delantero Rubén Ortega, que cabeceó a la red un saque "
       "de esquina.",
       "Más de 800 aficionados se desplazaron en autobuses para acompañar al equipo en el partido decisivo.",
       "El entrenador, Luis Navarro, dedicó el ascenso a los jugadores que habían sufrido el descenso hace tres "
       "temporadas.",
       "A su regreso, el equipo fue recibido por cientos de personas en la plaza del ayuntamiento.",
       "El club tendrá que adecuar su estadio a las exigencias de la nueva categoría antes del mes de agosto."),
    _s("El festival de cine de Valdemora bate su récord de espectadores",
       "La vigésima edición del Festival de Cine de Valdemora cerró el sábado con más de 18.000 espectadores, la "
       "mejor cifra de su historia.",
       "El premio a la mejor película fue para un drama rural dirigido por la cineasta debutante Marta Esteban.",
       "Durante una semana se proyectaron 64 películas de 22 países en el teatro municipal y en tres salas al "
       "aire libre.",
       "La directora del certamen, Lucía Herrera, destacó el aumento del público joven gracias a los pases a "
       "precio reducido.",
       "El festival contó este año con un presupuesto de 450.000 euros, aportado en su mayoría por "
       "instituciones públicas.",
       "La organización ya trabaja en la próxima edición, que incluirá una sección dedicada al cine de "
       "animación."),
    _s("El nuevo autobús urbano conectará los barrios con el hospital",
       "El Ayuntamiento de Valdemora pondrá en marcha el próximo lunes una nueva línea de autobús urbano que "
       "unirá los barrios del norte con el hospital comarcal.",
       "La línea contará con 18 paradas y pasará un autobús cada veinte minutos en días laborables.",
       "Hasta ahora, los vecinos de estos barrios tenían que hacer transbordo en el centro para llegar al "
       "hospital.",
       "El concejal de Movilidad, Andrés Castillo, aseguró que los autobuses serán eléctricos y accesibles para "
       "sillas de ruedas.",
       "El billete sencillo costará 1,10 euros y los mayores de 65 años podrán viajar gratis en toda la red.",
       "La asociación de vecinos del barrio de San Roque, que llevaba años reclamando esta conexión, ha "
       "celebrado la noticia."),
    _s("El hospital comarcal reduce a la mitad las listas de espera",
       "El Hospital Comarcal de Valdemora ha reducido a la mitad su lista de espera quirúrgica en el último año.",
       "El número de pacientes pendientes de una operación ha pasado de 2.400 a unos 1.150, según los datos "
       "presentados por la dirección.",
       "El gerente del centro, Francisco Delgado, atribuyó la mejora a la apertura de quirófanos por la tarde y "
       "a la contratación de doce especialistas.",
       "Las especialidades con más demora siguen siendo traumatología y oftalmología, con esperas de varios "
       "meses.",
       "Los sindicatos reconocen los avances, pero advierten de que el personal de enfermería trabaja al límite.",
       "La consejería de Sanidad prevé ampliar el programa a otros dos hospitales de la provincia."),
    _s("Detenidos tres jóvenes por una ola de robos en comercios",
       "La Guardia Civil ha detenido a tres jóvenes como presuntos autores de una veintena de robos en comercios "
       "de Valdemora y pueblos cercanos.",
       "Los ladrones forzaban las persianas de madrugada y se llevaban el dinero de las cajas y productos de "
       "fácil venta.",
       "Los agentes lograron identificarlos gracias a las imágenes de las cámaras de seguridad de varios "
       "establecimientos.",
       "En un registro se recuperaron teléfonos móviles, herramientas y más de 3.000 euros en efectivo.",
       "Los detenidos, de entre 19 y 23 años, ya han pasado a disposición del juzgado de guardia.",
       "Los comerciantes de la zona habían pedido más vigilancia nocturna tras los últimos robos."),
    _s("Voluntarios plantan 5.000 árboles en la sierra quemada",
       "Más de 600 voluntarios participaron el domingo en la plantación de 5.000 árboles en la zona de la sierra "
       "arrasada por el incendio del verano pasado.",
       "La jornada fue organizada por una asociación ecologista con el apoyo del ayuntamiento y de la comunidad "
       "de regantes.",
       "Se plantaron sobre todo encinas, alcornoques y pinos, especies adaptadas al clima seco de la zona.",
       "El incendio destruyó más de 1.200 hectáreas de monte y obligó a desalojar dos urbanizaciones.",
       "La bióloga Elena Sanz explicó que la recuperación completa del bosque puede tardar varias décadas.",
       "Los organizadores prevén repetir la actividad en otoño, cuando las lluvias favorezcan el arraigo de las "
       "plantas."),
)

# --------------------------------------------------------------------------- French

_FR = (
    _s("Le conseil municipal de Saint-Aubin-sur-Lèze vote la rénovation des halles",
       "Le conseil municipal de Saint-Aubin-sur-Lèze a voté jeudi soir la rénovation complète des halles du "
       "centre-ville pour un montant de 4,6 millions d'euros.",
       "Le projet prévoit de remplacer la toiture, de créer une vingtaine d'emplacements pour les producteurs "
       "locaux et d'aménager une terrasse.",
       "Le maire, Philippe Garnier, a estimé que ce chantier était indispensable pour redonner vie au cœur de la "
       "commune.",
       "L'opposition s'est abstenue, regrettant l'absence de concertation avec les commerçants du marché.",
       "Les travaux doivent débuter au printemps et durer environ quatorze mois selon le calendrier prévu.",
       "Pendant cette période, le marché du samedi sera installé provisoirement sur la place de la mairie."),
    _s("Orages violents : une trentaine de communes touchées par la grêle",
       "De violents orages accompagnés de grêle ont frappé dimanche après-midi une trentaine de communes du sud "
       "du département.",
       "Des grêlons de la taille d'une balle de golf ont brisé des vitres, endommagé des toitures et ravagé de "
       "nombreuses parcelles de vignes.",
       "Les pompiers ont effectué plus de 250 interventions, principalement pour des bâchages de toits et des "
       "inondations de caves.",
       "Dans certains villages, les viticulteurs estiment avoir perdu jusqu'à 80 % de leur récolte en quelques "
       "minutes.",
       "La préfète a annoncé qu'une demande de reconnaissance de l'état de catastrophe naturelle serait déposée "
       "rapidement.",
       "Les prévisionnistes annoncent un retour au calme en début de semaine, avec des températures en légère "
       "baisse."),
    _s("Un ancien notaire condamné pour détournement de fonds",
       "Le tribunal correctionnel a condamné mardi un ancien notaire de la ville à trois ans de prison, dont "
       "dix-huit mois avec sursis.",
       "Bernard Lefèvre, 61 ans, était accusé d'avoir détourné près de 900 000 euros confiés par ses clients "
       "lors de ventes immobilières.",
       "Selon l'enquête, les sommes servaient à combler les pertes de placements hasardeux réalisés à titre "
       "personnel.",
       "À l'audience, le prévenu a reconnu l'ensemble des faits et affirmé vouloir rembourser toutes les "
       "victimes.",
       "Le tribunal a également prononcé une interdiction définitive d'exercer la profession de notaire.",
       "Plusieurs parties civiles ont exprimé leur soulagement à l'issue du délibéré, après des années "
       "d'attente."),
    _s("La fromagerie Vallon investit et embauche",
       "La fromagerie Vallon, installée à Montclar depuis trois générations, va investir huit millions d'euros "
       "dans une nouvelle cave d'affinage.",
       "Ce projet doit permettre à l'entreprise familiale de doubler sa production de tommes et de fromages à "
       "pâte pressée.",
       "Une quarantaine d'emplois devraient être créés d'ici deux ans, principalement dans la production et la "
       "logistique.",
       "Le directeur général, Étienne Vallon, petit-fils du fondateur, explique que la demande à l'export ne "
       "cesse d'augmenter.",
       "L'entreprise collecte le lait de 140 exploitations situées dans un rayon de cinquante kilomètres.",
       "La région a accordé une aide de 600 000 euros au titre du soutien à l'industrie agroalimentaire."),
    _s("Le Stade montclarais remporte la finale de la coupe régionale",
       "Le Stade montclarais a remporté samedi la finale de la coupe régionale de rugby en battant l'Union "
       "sportive de Lagarde sur le score de 24 à 17.",
       "Les Montclarais ont fait la différence en seconde période grâce à deux essais de leur ailier Hugo "
       "Barbier.",
       "Près de 3 000 spectateurs avaient pris place dans les tribunes du stade municipal, un record pour une "
       "finale régionale.",
       "L'entraîneur Christophe Marty a salué le courage de ses joueurs, qui ont longtemps évolué à quatorze "
       "après un carton jaune.",
       "Le capitaine Julien Roux a dédié la victoire aux bénévoles du club, qui font vivre l'équipe depuis des "
       "années.",
       "Cette victoire qualifie l'équipe pour les phases finales nationales qui débuteront au mois de mai."),
    _s("Le musée des Beaux-Arts rouvre après deux ans de travaux",
       "Le musée des Beaux-Arts de Montclar rouvre ses portes ce samedi après deux ans de travaux de rénovation "
       "et d'agrandissement.",
       "Le nouveau parcours présente plus de 400 œuvres, dont une importante collection de peintures du XIXe "
       "siècle.",
       "Une aile entièrement neuve accueille désormais les expositions temporaires et un atelier pédagogique.",
       "La conservatrice, Sophie Mercier, souhaite faire du musée un lieu ouvert à tous, et pas seulement aux "
       "amateurs d'art.",
       "L'entrée sera gratuite pour tous les visiteurs pendant le premier week-end suivant la réouverture.",
       "Le coût total du chantier s'élève à 11 millions d'euros, financés par la ville, la région et l'État."),
    _s("Une nouvelle ligne de bus express entre Montclar et l'aéroport",
       "Une ligne de bus express reliera à partir de lundi le centre de Montclar à l'aéroport en moins de "
       "quarante minutes.",
       "Les cars circuleront toutes les demi-heures de 5 heures à 23 heures, sept jours sur sept, y compris les "
       "jours fériés.",
       "Le billet coûtera huit euros, avec un tarif réduit pour les étudiants et les demandeurs d'emploi.",
       "Le vice-président chargé des transports, Laurent Dubois, espère convaincre les habitants de laisser leur "
       "voiture au garage.",
       "Jusqu'ici, seuls les taxis et les navettes privées permettaient de rejoindre l'aéroport sans voiture.",
       "Un premier bilan de fréquentation de la nouvelle ligne sera dressé à la fin de l'année."),
    _s("Les urgences de l'hôpital de Montclar saturées",
       "Le service des urgences de l'hôpital de Montclar a connu ce week-end une affluence record, avec plus de "
       "240 passages par jour.",
       "Certains patients ont attendu plus de dix heures sur des brancards avant d'être pris en charge par un "
       "médecin.",
       "Le personnel dénonce depuis plusieurs mois un manque chronique de lits et de médecins urgentistes.",
       "La directrice de l'établissement, Anne Girard, a annoncé l'ouverture temporaire de douze lits "
       "supplémentaires.",
       "Les syndicats ont déposé un préavis de grève pour la semaine prochaine afin d'obtenir des embauches.",
       "L'agence régionale de santé doit recevoir les représentants du personnel dans les prochains jours."),
    _s("Cambriolages en série : deux suspects interpellés",
       "Les gendarmes ont interpellé deux hommes soupçonnés d'avoir commis une vingtaine de cambriolages dans "
       "les villages autour de Montclar.",
       "Les suspects, âgés de 22 et 30 ans, visaient principalement des maisons isolées pendant l'absence de "
       "leurs propriétaires.",
       "Lors des perquisitions, les enquêteurs ont retrouvé des bijoux, des outils et plusieurs ordinateurs "
       "portables.",
       "Les deux hommes ont été placés en détention provisoire dans l'attente de leur procès.",
       "Les gendarmes invitent les victimes de cambriolages récents à se rapprocher de la brigade de Montclar.",
       "L'enquête se poursuit afin d'identifier d'éventuels complices et de retrouver le reste du butin."),
    _s("Des habitants mobilisés contre l'extension d'une carrière",
       "Plus de 500 personnes ont manifesté samedi à Lagarde contre le projet d'extension d'une carrière de "
       "calcaire.",
       "L'exploitant souhaite agrandir le site de 35 hectares et prolonger son activité pendant encore trente "
       "ans.",
       "Les opposants redoutent la poussière, le bruit des tirs de mines et la circulation des camions dans le "
       "village.",
       "Le président de l'association de riverains, Michel Fabre, a annoncé un recours devant le tribunal "
       "administratif.",
       "La société assure de son côté que des mesures seront prises pour limiter au maximum les nuisances.",
       "L'enquête publique sur le projet se termine à la fin du mois, en mairie de Lagarde."),
)

# --------------------------------------------------------------------------- Kazakh

_KK = (
    _s("Көктерек қалалық мәслихаты жаңа бюджетті бекітті",
       "Көктерек қалалық мәслихатының депутаттары сейсенбі күнгі сессияда келесі жылға арналған қала бюджетін "
       "бекітті.",
       "Бюджеттің кіріс бөлігі 18 миллиард теңге көлемінде жоспарланып, оның жартысынан астамы әлеуметтік "
       "салаға бағытталады.",
       "Қала әкімі Ерлан Сәрсенбаев жол жөндеуге және жаңа балабақшалар салуға басымдық берілетінін айтты.",
       "Депутаттар қоғамдық көлікке арналған жаңа автобустарды сатып алуға қосымша қаражат бөлуді ұсынды.",
       "Сессияда сондай-ақ қаланың бас жоспарына енгізілетін өзгерістер де егжей-тегжейлі талқыланды.",
       "Бюджет жобасы депутаттардың бірауыздан дауыс беруімен қабылданып, қаңтардан бастап күшіне енеді."),
    _s("Қатты боран облыстағы жолдарды жауып тастады",
       "Түнде басталған қатты боран салдарынан облыстағы бірнеше республикалық маңызы бар жол жабылды.",
       "Синоптиктердің мәліметінше, жел екпіні секундына 25 метрге дейін жетіп, көрінім нөлге дейін төмендеді.",
       "Құтқарушылар жолда қалып қойған жүзден астам адамды жақын маңдағы жылыту пункттеріне жеткізді.",
       "Сарыбел ауылына апаратын жолда қар үйінділерінің биіктігі кей жерлерде екі метрден асты.",
       "Жол қызметінің жұмысшылары тәулік бойы арнайы техникамен қар тазалау жұмыстарын жүргізді.",
       "Ауа райы болжаушылары алдағы екі күнде аяз күшейіп, температура минус 35 градусқа дейін түсетінін "
       "ескертті."),
    _s("Бұрынғы аудан әкімінің орынбасары сотталды",
       "Көктерек қалалық соты бұрынғы аудан әкімінің орынбасарын пара алғаны үшін жеті жылға бас "
       "бостандығынан айырды.",
       "Тергеу деректеріне сәйкес, шенеунік жер телімдерін бөлу үшін кәсіпкерлерден 15 миллион теңге алған.",
       "Сот отырысында айыпталушы өз кінәсін толық мойындамай, істі қайта қарауды сұрады.",
       "Сот сондай-ақ оған өмір бойы мемлекеттік қызметте жұмыс істеуге тыйым салу туралы шешім шығарды.",
       "Үкім әлі заңды күшіне енген жоқ, оған апелляциялық шағым берілуі әбден мүмкін.",
       "Бұл істі сыбайлас жемқорлыққа қарсы қызмет өткен жылдың күзінде тергей бастаған болатын."),
    _s("Сарыбелде жаңа сүт зауыты ашылды",
       "Сарыбел ауылында тәулігіне 60 тонна сүт өңдеуге қабілетті жаңа зауыт салтанатты түрде ашылды.",
       "Кәсіпорынның құрылысына жеке инвесторлар есебінен 4 миллиард теңгеге жуық қаржы салынды.",
       "Зауытта 120 адам жұмысқа орналасты, олардың басым бөлігі осы ауданның тұрғындары.",
       "Компания директоры Айгүл Жұмабаева өнімнің бір бөлігі көрші елдерге экспортталатынын хабарлады.",
       "Зауыт маңайындағы шаруа қожалықтары енді сүтті жыл бойы тұрақты бағамен өткізе алады.",
       "Алдағы жылы кәсіпорын ірімшік пен сары май өндіретін жаңа цех ашуды жоспарлап отыр."),
    _s("Көктеректік балуан әлем чемпионатында жүлдегер атанды",
       "Көктерек қаласының тумасы Нұрлан Әбдірахманов грек-рим күресінен әлем чемпионатында қола медаль жеңіп "
       "алды.",
       "Қола медаль үшін белдесуде қазақстандық балуан түрік спортшысын 5:2 есебімен сенімді түрде жеңді.",
       "Нұрланның бапкері Бауыржан Оспанов шәкіртінің бұл жетістігі ұзақ жылғы еңбектің нәтижесі екенін айтты.",
       "Балуанды әуежайда туыстары мен жерлестері гүл шоқтарымен және домбыра әуенімен қарсы алды.",
       "Бұл медаль Нұрланға олимпиада ойындарына жолдама алуға нақты мүмкіндік береді.",
       "Қала әкімдігі чемпионат жүлдегеріне жаңа үйден пәтер кілтін табыстайтынын мәлімдеді."),
    _s("Облыстық театр жаңа маусымды ашты",
       "Облыстық қазақ драма театры жаңа маусымды ұлттық классика негізінде қойылған спектакльмен ашты.",
       "Премьераға қала тұрғындары мен қонақтар көп жиналып, үлкен залда бірде-бір бос орын қалмады.",
       "Спектакльдің режиссері Ғалым Төлеуов қойылымға бір жылдан астам уақыт дайындалғанын айтты.",
       "Жаңа маусымда театр ұжымы жеті премьера мен балаларға арналған үш ертегі көрсетуді жоспарлап отыр.",
       "Театр ғимаратында өткен жылы ұзаққа созылған күрделі жөндеу жұмыстары аяқталған болатын.",
       "Студенттер мен зейнеткерлерге барлық қойылымдарға билет бағасына жеңілдік қарастырылған."),
    _s("Көктеректе жаңа автобус бағыттары ашылады",
       "Келесі айдан бастап Көктерек қаласында жаңа тұрғын аудандарды орталықпен байланыстыратын үш автобус "
       "бағыты іске қосылады.",
       "Жаңа бағыттарда табиғи газбен жүретін қырық заманауи автобус күн сайын жұмыс істейтін болады.",
       "Жолақы бағасы бұрынғыдай 80 теңге болып қалады, ал зейнеткерлер мен мүгедектер тегін жүреді.",
       "Қалалық жолаушылар көлігі бөлімінің басшысы Дәурен Қасымов аялдамаларда электронды табло орнатылатынын "
       "айтты.",
       "Бұған дейін тұрғындар жұмысқа жету үшін екі, тіпті үш рет көлік ауыстыруға мәжбүр болатын.",
       "Жаңа бағыттардың толық кестесі қала әкімдігінің ресми сайтында жарияланды."),
    _s("Аудандық ауруханаға заманауи құрылғылар жеткізілді",
       "Сарыбел аудандық ауруханасына мемлекеттік бағдарлама аясында заманауи медициналық құрылғылар "
       "жеткізілді.",
       "Олардың қатарында ультрадыбыстық зерттеу аппараты, рентген құрылғысы және жаңа жедел жәрдем көліктері "
       "бар.",
       "Аурухананың бас дәрігері Гүлнар Ахметова енді тұрғындарға облыс орталығына барудың қажеті болмайтынын "
       "атап өтті.",
       "Жаңа жабдықпен жұмыс істеу үшін аурухананың дәрігерлері арнайы оқу курсынан өтті.",
       "Жеткізілген құрылғылардың жалпы құны 300 миллион теңгеден асатыны хабарланды.",
       "Келесі жылы ауруханада балалар бөлімшесін күрделі жөндеуден өткізу жоспарланған."),
    _s("Полиция мал ұрлаған топты ұстады",
       "Полиция қызметкерлері аудандағы шаруа қожалықтарынан мал ұрлаумен айналысқан төрт адамды ұстады.",
       "Тергеушілердің айтуынша, күдіктілер соңғы үш айда қырықтан астам жылқы мен сиыр ұрлаған.",
       "Ұрланған малдың бір бөлігі көрші облыстағы мал базарында арзан бағамен сатылған.",
       "Ұсталғандардың үйлерін тінту кезінде мұздатылған ет пен малдың терісі табылды.",
       "Күдіктілерге қатысты қылмыстық іс қозғалып, сот оларды екі айға қамауға алуға санкция берді.",
       "Полиция мал иелерін малдарын тексеріп, жоғалған жағдайда дереу хабарласуға шақырады."),
    _s("Тұрғындар өзен жағалауын қоқыстан тазартты",
       "Демалыс күні Көктерек қаласының жүзден астам тұрғыны Ақсай өзенінің жағалауын қоқыстан тазалауға шықты.",
       "Акцияны жергілікті еріктілер ұйымы мен қала әкімдігі бірлесіп ұйымдастырды.",
       "Бірнеше сағаттың ішінде өзен жағалауынан сегіз тоннаға жуық қоқыс жиналып, полигонға жөнелтілді.",
       "Ұйымдастырушылардың бірі Әсем Нұрланова мұндай акциялар әр маусым сайын өткізілетінін айтты.",
       "Әкімдік демалушылар көп баратын жағалауға қосымша қоқыс жәшіктерін орнатуға уәде берді.",
       "Қоқыс тастағандарға айыппұл салу үшін жағалауға бейнебақылау камералары да орнатылмақ."),
)

# --------------------------------------------------------------------------- Chinese

_ZH = (
    _s("临江市人大通过老城区改造计划",
       "临江市人民代表大会常务委员会周二以多数票通过了老城区改造计划，涉及约一千二百户居民和四十多家沿街商铺的搬迁安置。",
       "根据计划，老城区的狭窄街道将被拓宽，部分历史建筑将得到修缮，并新建两座社区公园和一座地下停车场。",
       "市长刘建国在会后表示，改造工程将分三期进行，预计在五年内全部完成，总投资约为三十八亿元。",
       "部分居民对补偿标准表示担忧，认为目前的方案没有充分考虑老街坊的生活习惯和就业需求。",
       "市住房和城乡建设局表示，将在下个月召开听证会，广泛听取居民和商户的意见后再确定具体补偿细则。",
       "第一期工程预计明年春季开工，主要涉及沿江一带的危旧房屋改造以及老化排水管网的更新。"),
    _s("暴雨袭击临江 多处道路积水严重",
       "受强对流天气影响，临江市周日凌晨起遭遇今年入汛以来最强降雨，市区多条主干道出现严重积水，交通一度陷入瘫痪。",
       "市气象台数据显示，截至周日中午，城区平均降雨量达到一百二十毫米，其中东郊观测站录得的降雨量超过一百六十毫米。",
       "消防和市政部门出动三百多名救援人员，疏散被困群众四百余人，并连夜抽排地下通道和地下车库中的积水。",
       "受暴雨影响，临江火车站有十余趟列车晚点，机场部分航班被迫取消或延误，大量旅客滞留候机楼。",
       "气象部门提醒市民，未来三天仍有分散性雷阵雨，低洼地区居民要注意防范城市内涝和山体滑坡等次生灾害。",
       "教育部门已通知全市中小学周一停课一天，具体复课时间将根据天气情况和校舍检查结果另行通知。"),
    _s("原国企高管受贿案一审宣判",
       "临江市中级人民法院周四对原市交通投资集团副总经理王志强受贿一案进行一审宣判，判处其有期徒刑十年，并处罚金一百万元。",
       "法院审理查明，王志强在担任领导职务期间，利用职务便利为多家建筑企业在承揽工程项目方面谋取利益。",
       "经查，他先后多次非法收受他人财物，共计折合人民币八百余万元，其中大部分以现金和购物卡的形式收取。",
       "法院认为，王志强到案后如实供述自己的罪行，主动退缴全部赃款，依法可以从轻处罚。",
       "王志强当庭表示服从判决，不再上诉，并对自己给国家和企业造成的损失表示深刻悔过。",
       "据了解，此案是临江市近年来查处的交通领域职务犯罪案件中涉案金额最大的一起。"),
    _s("本地新能源车企扩建生产基地",
       "临江本地新能源汽车企业华驰汽车周一宣布，将投资二十五亿元在城北经济开发区扩建第二生产基地。",
       "新基地建成后，公司年产能将从目前的五万辆提升至十五万辆，主要生产面向家庭用户的小型纯电动汽车。",
       "公司董事长陈晓梅在签约仪式上表示，国内市场对经济型电动车的需求增长迅速，扩大产能势在必行。",
       "该项目预计将直接创造两千个就业岗位，并带动周边电池、座椅和线束等零部件企业的发展。",
       "开发区管委会表示，将在土地、电力供应和人才引进等方面为这一重点项目提供全方位支持。",
       "按照计划，新基地将于明年年底前建成投产，首款车型的试生产工作已经开始准备。"),
    _s("临江队夺得全省篮球联赛冠军",
       "在周六晚进行的全省篮球联赛总决赛第五场比赛中，临江队以九十八比九十一战胜省城队，以总比分三比二夺得冠军。",
       "这是临江队时隔十二年再次登上全省联赛的最高领奖台，现场近六千名观众见证了这一时刻。",
       "队长赵明全场砍下三十一分和十二个篮板，当选本届总决赛最有价值球员。",
       "主教练孙立平在赛后新闻发布会上说，球队在整个赛季中经历了很多困难，队员们始终没有放弃。",
       "比赛结束后，许多球迷自发聚集在体育馆外的广场上，挥舞着队旗为球员们庆祝到深夜。",
       "市体育局表示，将对球队给予表彰奖励，并计划明年在城南新建一座可容纳八千人的篮球馆。"),
    _s("临江博物馆新馆正式开放",
       "经过三年的建设，位于滨江新区的临江博物馆新馆于周六正式对公众开放，首日接待参观者超过一万人次。",
       "新馆建筑面积约三万平方米，设有八个常设展厅，展出文物和标本共计四千余件。",
       "其中最受关注的是一批近年来在城郊古墓中出土的青铜器和漆器，大部分是首次公开展出。",
       "馆长周文华介绍说，新馆特别设置了儿童互动体验区，希望让孩子们在游戏中了解本地历史。",
       "博物馆实行免费预约参观制度，市民可以通过官方网站或手机小程序提前预约参观时间。",
       "旧馆将在完成文物搬迁后进行改造，今后主要用于举办临时展览和学术讲座。"),
    _s("临江地铁二号线开通试运营",
       "临江地铁二号线周日上午正式开通试运营，线路全长二十六公里，共设二十一座车站，连接城东和城西两大居住区。",
       "二号线开通后，从城东火车站到西部大学城的通行时间将由原来的一个多小时缩短到四十分钟左右。",
       "试运营期间，列车每天早上六点开始运营，晚上十一点结束，高峰时段最短发车间隔为五分钟。",
       "开通首日，不少市民专程前来体验，部分车站出现排队进站的情况，工作人员在现场维持秩序。",
       "地铁公司负责人李国栋表示，将根据试运营期间的客流情况，进一步优化列车运行图和换乘安排。",
       "按照规划，临江还将在未来五年内建设三条新的地铁线路，形成覆盖主城区的轨道交通网络。"),
    _s("社区医院开设夜间门诊方便上班族",
       "从下周一开始，临江市十二家社区卫生服务中心将开设夜间门诊，服务时间延长至每天晚上九点。",
       "夜间门诊主要提供常见病诊疗、慢性病配药和儿童预防接种等服务，方便白天上班的居民就医。",
       "市卫生健康委员会副主任黄丽萍说，此前的调查显示，超过六成的上班族因为工作时间冲突而推迟看病。",
       "为保证夜间门诊的正常运转，相关社区卫生服务中心已经增加了医生和护士的排班人数。",
       "居民在夜间门诊就医可以使用医保卡结算，收费标准与白天门诊保持一致。",
       "如果试行效果良好，夜间门诊将在年底前推广到全市所有的社区卫生服务中心。"),
    _s("警方破获一起特大电信诈骗案",
       "临江市公安局周三通报，警方近日成功破获一起特大电信网络诈骗案，抓获犯罪嫌疑人二十三名。",
       "经查，该团伙冒充银行和快递公司客服人员，以退款和理赔为名骗取受害人的银行卡信息和验证码。",
       "初步统计，该团伙在半年时间里作案三百余起，涉案金额超过一千五百万元，受害人遍布全国十多个省份。",
       "办案民警在嫌疑人藏身的出租屋内查获手机两百余部、银行卡四百多张以及大量作案用的话术剧本。",
       "警方提醒市民，凡是要求提供验证码或者转账到所谓安全账户的电话，一律都是诈骗。",
       "目前，案件正在进一步审理之中，警方正全力追缴赃款，以尽可能挽回受害群众的经济损失。"),
    _s("数百名市民自发清理江边垃圾",
       "周末上午，数百名临江市民自发来到沿江步道和江边滩涂，参加由环保志愿者组织发起的清洁活动。",
       "志愿者们分成二十多个小组，在长约五公里的江岸上捡拾塑料瓶、泡沫饭盒和废弃渔网等垃圾。",
       "活动进行了大约三个小时，共清理出各类垃圾近三吨，其中塑料垃圾占了一半以上。",
       "活动发起人、退休中学教师吴秀兰说，她希望通过这样的活动让更多人意识到保护母亲河的重要性。",
       "市城市管理局表示，将在沿江步道增设分类垃圾桶，并加强对乱扔垃圾行为的巡查和处罚。",
       "不少家长带着孩子一起参加活动，他们认为这是一堂生动而难忘的环保实践课。"),
)

#: language -> its stories
STORIES: dict[str, tuple[Story, ...]] = {"de": _DE, "en": _EN, "ru": _RU, "pl": _PL, "es": _ES, "fr": _FR,
                                         "kk": _KK, "zh": _ZH}
LANGUAGES: tuple[str, ...] = tuple(STORIES)

# --------------------------------------------------------------------------- list pages

LISTS: dict[str, tuple[ListStory, ...]] = {
    "de": (
        ListStory(
            "Termine der Woche: Was in der Region los ist",
            "Von der Ratssitzung bis zum Flohmarkt: Diese Termine sollten Sie sich in den kommenden Tagen "
            "vormerken.",
            ("Am Montag um 18 Uhr berät der Bauausschuss im Rathaus Hohenbrück öffentlich über den neuen "
             "Bebauungsplan am Mühlbach.",
             "Die Stadtbücherei Neustadt lädt am Montagnachmittag Kinder ab sechs Jahren zu einer Vorlesestunde mit "
             "Bastelaktion ein.",
             "Am Dienstag beginnt die Sperrung der Bahnhofstraße in Talheim, die Umleitung führt über die "
             "Gartenstraße.",
             "Der Seniorenbeirat bietet am Dienstag von 10 bis 12 Uhr eine kostenlose Sprechstunde zu Fragen der "
             "Rente an.",
             "Am Mittwochabend spielt das Kammerorchester Wallstein in der Klosterkirche Werke von Haydn und Mozart.",
             "Die Volkshochschule startet am Mittwoch einen neuen Abendkurs für Anfänger in spanischer Sprache.",
             "Am Donnerstag stellt die Polizei auf dem Marktplatz in Neustadt ihre neue Fahrradstaffel vor.",
             "Der Kreistag tagt am Donnerstag ab 15 Uhr im großen Sitzungssaal des Landratsamtes.",
             "Am Freitag öffnet der Wochenmarkt in Rebenheim ausnahmsweise schon um sieben Uhr morgens.",
             "Die Freiwillige Feuerwehr Kirchwalden feiert am Freitagabend ihr 125-jähriges Bestehen mit einem "
             "Zapfenstreich.",
             "Am Samstag findet auf dem Parkplatz am Stadion der große Frühjahrsflohmarkt mit über 200 Ständen "
             "statt.",
             "Der Naturschutzbund führt am Samstagmorgen eine vogelkundliche Wanderung durch das Lautertal.",
             "Im Stadtmuseum Lüdersfeld gibt es am Samstag eine Sonderführung zur Geschichte des Zollhauses.",
             "Am Sonntag laufen beim Stadtlauf in Neustadt erstmals mehr als 1.500 Läuferinnen und Läufer durch "
             "die Innenstadt.",
             "Der TSV Breitenau empfängt am Sonntag um 17 Uhr die Handballer aus Mühlbach zum Spitzenspiel.",
             "Am Sonntagabend endet die Frist für Einwendungen gegen den Windpark auf dem Hohen Kamm.")),
        ListStory(
            "Was sich ab Januar ändert: Der große Überblick",
            "Neue Gebühren, neue Regeln, neue Fristen: Zum Jahreswechsel ändert sich für die Bürger im Kreis "
            "eine ganze Menge.",
            ("Die Müllgebühren im Kreis Wallstein steigen für einen Vier-Personen-Haushalt um rund elf Euro im "
             "Jahr.",
             "Die Grundsteuer in Neustadt bleibt trotz der angespannten Haushaltslage auf dem bisherigen Niveau.",
             "Wer in der Innenstadt von Hohenbrück parken will, zahlt künftig zwei Euro statt bisher 1,50 Euro pro "
             "Stunde.",
             "Der Bus zwischen Talheim und Kirchwalden fährt werktags nun im Halbstundentakt statt stündlich.",
             "Für Anträge auf einen neuen Personalausweis ist im Bürgerbüro künftig ein Termin über das Internet "
             "nötig.",
             "Die Stadtwerke Neustadt senken den Strompreis für Privatkunden um knapp zwei Cent je Kilowattstunde.",
             "Die Eintrittspreise im Hallenbad Lüdersfeld steigen für Erwachsene um 50 Cent pro Besuch.",
             "Kindergartenplätze für Kinder ab drei Jahren werden in Oberwies vollständig beitragsfrei.",
             "Altkleider dürfen nicht mehr in die Restmülltonne, sondern müssen in die Sammelcontainer gebracht "
             "werden.",
             "Die Hundesteuer in Rebenheim steigt für den ersten Hund von 60 auf 72 Euro im Jahr.",
             "Neue Bauanträge können im Kreis ab sofort ausschließlich in digitaler Form eingereicht werden.",
             "Die Öffnungszeiten des Wertstoffhofs in Birkenhain werden samstags bis 16 Uhr verlängert.",
             "Für Fahrten mit dem Anrufsammeltaxi gilt künftig derselbe Tarif wie für den Linienbus.",
             "Die Sperrmüllabfuhr muss spätestens zwei Wochen vorher schriftlich oder online angemeldet werden.",
             "Beim Wasserverband Lautertal steigt der Preis für einen Kubikmeter Trinkwasser um zwölf Cent.",
             "Die Kreismusikschule bietet erstmals einen ermäßigten Tarif für Familien mit drei und mehr Kindern "
             "an.")),
    ),
    "en": (
        ListStory(
            "What's on this week: our pick of events across the county",
            "From farmers' markets to late-night concerts, here is our selection of the best things to do in "
            "Lowmoor over the coming days.",
            ("On Monday evening, Harwick Library hosts a talk by local historian Ruth Adeyemi on the town's lost "
             "railway stations.",
             "The Corbridge Players open their run of a classic comedy at the Memorial Hall on Monday, with "
             "tickets from £8.",
             "A free family bike safety session takes place at Eastley Recreation Ground on Tuesday after school.",
             "On Tuesday night, the Milford Jazz Club welcomes a quartet from Glasgow for a show starting at "
             "8pm.",
             "The county's first repair café opens in the Wexley village hall on Wednesday for broken lamps, "
             "toasters and bicycles.",
             "Lowmoor Museum offers half-price entry all day on Wednesday to celebrate its fiftieth anniversary.",
             "On Thursday, residents can question the police and crime commissioner at a public meeting in "
             "Harwick Guildhall.",
             "A charity quiz in aid of the Harwick hospice is held at the Red Lion in Ashby Green on Thursday "
             "evening.",
             "The Friday farmers' market returns to Corbridge Market Square with more than forty local producers.",
             "On Friday night, the Palace Theatre in Eastley screens a silent film with live piano accompaniment.",
             "Volunteers are needed on Saturday morning to help clear litter from the banks of the River Tarn.",
             "The annual dog show on Milford Green starts at 10am on Saturday, with prizes for the waggiest tail.",
             "Harwick Cathedral choir performs a programme of spring music on Saturday afternoon, with free "
             "entry.",
             "On Sunday, the Lowmoor Fun Run raises money for the new cancer centre, starting at Wexley airfield.",
             "A vintage car rally leaves Ashford town centre on Sunday morning and finishes at Corbridge Castle.",
             "Gardeners can swap seeds and cuttings at the Eastley allotments open day on Sunday afternoon.")),
        ListStory(
            "Everything that changes from April: a guide",
            "Council tax, bin collections, bus fares and parking charges: these are the changes coming into "
            "force across the county next month.",
            ("Council tax in Lowmoor rises by 3.9 per cent, adding around £62 a year to a typical band D bill.",
             "Garden waste collections in Harwick will cost £45 a year instead of being included in council tax.",
             "Parking in Corbridge town centre car parks goes up by 20p an hour, but the first half hour stays "
             "free.",
             "Single bus fares on most routes across the county will be capped at £2 for passengers of all ages.",
             "Recycling bins will be emptied every two weeks in Milford instead of weekly, to save money.",
             "The minimum age for the county's free swimming scheme for young people rises from 16 to 18.",
             "Residents' parking permits in Eastley will be issued online only, and paper permits will no longer "
             "be valid.",
             "Opening hours at Wexley tip are extended on Sundays until 4pm during the spring and summer months.",
             "Libraries in Harwick and Milford will open on Saturday afternoons again after a two-year break.",
             "Fees for planning applications for house extensions increase by about a quarter across the county.",
             "Water bills from Lowmoor Water rise by an average of £19 a year, the company has confirmed.",
             "A new late-night bus will run between Harwick and Corbridge on Friday and Saturday nights.",
             "Dog owners must now carry bags at all times in parks, or face a fine of up to £100.",
             "The council's bulky waste service can only be booked online or by phone, not at council offices.",
             "Primary school breakfast clubs in Ashby Green and Wexley will be free for every pupil.",
             "Market stall fees in Corbridge are frozen for another year to help traders after a difficult "
             "winter.")),
    ),
    "ru": (
        ListStory(
            "Главные события недели: что ждёт жителей Заречинска",
            "Собрали для вас самое важное из того, что произойдёт в городе и районе в ближайшие семь дней.",
            ("В понедельник на улице Ленинградской начнётся ремонт теплотрассы, движение транспорта будет "
             "ограничено до пятницы.",
             "В понедельник вечером в городской библиотеке пройдёт встреча с местными писателями и краеведами.",
             "Во вторник депутаты городской думы обсудят новые правила благоустройства дворов и детских площадок.",
             "Во вторник в поликлиниках города можно будет бесплатно сделать прививку от гриппа без записи.",
             "В среду в Ледовом дворце состоится первый матч финальной серии молодёжного хоккейного первенства.",
             "В среду на Центральном рынке откроется ярмарка мёда, на которой представят продукцию пасечников "
             "области.",
             "В четверг областная филармония даст бесплатный концерт для ветеранов и пенсионеров.",
             "В четверг в мэрии пройдут общественные слушания по проекту застройки части Центрального парка.",
             "В пятницу в краеведческом музее будет продлён режим работы выставки старинных икон до девяти вечера.",
             "В пятницу на набережной начнётся фестиваль уличной еды, который продлится все выходные.",
             "В субботу в школах города пройдут дни открытых дверей для родителей будущих первоклассников.",
             "В субботу утром на стадионе «Труд» стартует городской забег, регистрация участников ещё открыта.",
             "В воскресенье в Центральном парке волонтёры проведут акцию по посадке молодых лип и клёнов.",
             "В воскресенье вечером на площади Победы состоится праздничный концерт, посвящённый Дню города.")),
    ),
    "es": (
        ListStory(
            "Qué hacer este fin de semana en Valdemora y la comarca",
            "Conciertos, mercados, rutas y cine al aire libre: estas son nuestras propuestas para disfrutar de "
            "los próximos días.",
            ("El viernes por la noche, la banda municipal ofrece un concierto gratuito en el parque de la "
             "Alameda.",
             "El mercado de artesanía de la plaza mayor abre el viernes por la tarde con más de cuarenta puestos.",
             "El cine de verano proyecta el viernes una comedia familiar en el patio del antiguo convento.",
             "El sábado por la mañana, el grupo de senderismo organiza una ruta de doce kilómetros por la sierra.",
             "La biblioteca municipal celebra el sábado un taller de cuentacuentos para niños de tres a ocho años.",
             "El sábado por la tarde, el CD Valdemora presenta a su plantilla ante la afición en el estadio "
             "municipal.",
             "La cooperativa Olivares del Sur ofrece el sábado visitas guiadas y catas de aceite en su nueva "
             "planta.",
             "El museo etnográfico abre el sábado por la noche de forma excepcional hasta las doce.",
             "El domingo por la mañana se celebra el tradicional mercado de antigüedades en la calle Real.",
             "Los vecinos de San Roque organizan el domingo una paella popular a beneficio de la parroquia.",
             "El domingo a mediodía, la escuela de música ofrece un recital de guitarra en la iglesia de Santa "
             "María.",
             "La piscina municipal amplía su horario el domingo hasta las nueve de la noche por el calor.",
             "Una asociación ecologista propone el domingo una jornada de observación de aves en el embalse.",
             "Para cerrar el fin de semana, el teatro municipal acoge el domingo una obra del grupo local La "
             "Farándula.")),
    ),
}

# --------------------------------------------------------------------------- galleries

GALLERIES: dict[str, tuple[Gallery, ...]] = {
    "de": (
        Gallery(
            "Bilder vom Weinfest: Rebenheim feiert drei Tage lang",
            "Winzer, Musik und eine neue Weinkönigin: Unsere Fotografen waren an allen drei Festtagen in der "
            "Altstadt unterwegs.",
            ("Schon am Freitagabend drängten sich die Besucher in den engen Gassen rund um den Marktbrunnen.",
             "Winzerin Marlene Auer aus Sonnenberg schenkt am Stand ihres Familienbetriebs einen jungen Riesling "
             "aus.",
             "Die Blaskapelle Rebenheim eröffnete das Fest traditionell mit einem Umzug durch die Weinbergstraße.",
             "Bei der Krönung am Samstagabend setzt die bisherige Weinkönigin ihrer Nachfolgerin die Krone auf.",
             "Auf der Bühne am Kirchplatz spielte bis Mitternacht eine Coverband aus dem Lautertal.",
             "Für die jüngsten Besucher gab es im Pfarrgarten ein Kinderprogramm mit Kasperletheater.",
             "Am Sonntagmittag war der historische Festumzug mit mehr als dreißig Gruppen der Höhepunkt.",
             "Helfer des Verkehrsvereins sammeln am Montagmorgen die letzten Pfandgläser auf dem Marktplatz ein.",
             "Zum Abschluss erhellte ein Feuerwerk über den Weinbergen den Himmel über der Altstadt.")),
        Gallery(
            "Nach dem Unwetter: Aufräumen im Lautertal",
            "Ein Tag nach dem Starkregen haben die Menschen im oberen Lautertal mit dem Aufräumen begonnen.",
            ("In Unterau pumpen Feuerwehrleute das Wasser aus einer vollgelaufenen Tiefgarage ab.",
             "Anwohner der Bachstraße tragen durchnässte Möbel und Teppiche aus ihren Kellern auf die Straße.",
             "Der sonst harmlose Mühlbach hat an mehreren Stellen die Uferböschung weggerissen.",
             "Auf der Landesstraße bei Kirchwalden räumt ein Bagger Geröll und Schlamm von der Fahrbahn.",
             "Helfer des Technischen Hilfswerks füllen am Ortsrand Sandsäcke für den Fall neuer Regenfälle.",
             "Eine Bäckerei in Talheim verteilt kostenlos Kaffee und Brötchen an die freiwilligen Helfer.",
             "Auf einer Wiese bei Unterau liegen umgestürzte Bäume, die das Wasser mitgerissen hat.",
             "Kreisbrandmeister Jürgen Hollerbach verschafft sich am Nachmittag einen Überblick über die Schäden.")),
    ),
    "en": (
        Gallery(
            "In pictures: Milford Food Festival draws record crowds",
            "Our photographers spent the bank holiday weekend among the stalls, kitchens and queues of the "
            "Milford Food Festival.",
            ("Visitors queue along Bridge Street for the opening of the festival on Saturday morning.",
             "A cheesemaker from Ashby Green offers samples of her award-winning blue cheese to passers-by.",
             "Chef Laura Bennett shows a packed audience how to prepare a traditional game pie.",
             "Children take part in a cupcake decorating competition in the marquee on the market square.",
             "A street food trader from Corbridge serves spicy noodles to the lunchtime crowds.",
             "Morris dancers perform in front of the old town hall during the Sunday afternoon parade.",
             "Festival volunteers sort recycling at one of the new waste stations by the river.",
             "The sun sets over the riverside stalls as the festival draws to a close on Monday evening.",
             "Organisers count the money raised for local charities in the festival office after closing time.")),
        Gallery(
            "Storm aftermath: clearing up across Lowmoor",
            "Residents and emergency services spent the day after the storm clearing fallen trees and pumping "
            "out flooded homes.",
            ("A fallen oak blocks the main road between Eastley and Corbridge Vale early on Monday morning.",
             "Firefighters pump water from a row of terraced houses near the River Tarn in Eastley.",
             "Engineers from Northern Power Networks repair a damaged power line outside Wexley.",
             "Volunteers fill sandbags at the community centre in Corbridge Vale as more rain is forecast.",
             "A farmer inspects a flooded field that was under more than a metre of water on Sunday.",
             "The swollen River Tarn rushes under the old packhorse bridge in the centre of Eastley.",
             "Residents of Mill Lane carry soaked carpets out of their homes and pile them on the pavement.",
             "Council workers clear mud and branches from the playground in Harwick Memorial Park.")),
    ),
    "ru": (
        Gallery(
            "Фоторепортаж: Заречинск встретил хоккеистов-финалистов",
            "Сотни болельщиков пришли в аэропорт и на площадь, чтобы поприветствовать команду после исторической "
            "победы.",
            ("Болельщики с флагами и шарфами клуба ждут самолёт с командой в зале прилёта аэропорта.",
             "Капитан команды Илья Воронцов первым выходит к встречающим с кубком победителя серии.",
             "Юные хоккеисты из детской школы клуба выстроились живым коридором для своих кумиров.",
             "Главный тренер Сергей Мальцев благодарит болельщиков за поддержку на протяжении всего сезона.",
             "Колонна автобусов с игроками проезжает по главной улице города под звуки клаксонов.",
             "На площади перед Ледовым дворцом для команды организовали небольшой праздничный концерт.",
             "Игроки раздают автографы и фотографируются с болельщиками у входа во дворец.",
             "Вечером над набережной в честь команды был дан праздничный салют.")),
    ),
    "fr": (
        Gallery(
            "En images : le musée des Beaux-Arts de Montclar rouvre ses portes",
            "Nous avons pu visiter en avant-première les nouvelles salles du musée avant l'arrivée du public.",
            ("La grande galerie restaurée accueille désormais les peintures de paysage du XIXe siècle.",
             "Des restaurateurs mettent la dernière main à un retable en bois doré la veille de la réouverture.",
             "La nouvelle aile en verre et en pierre s'ouvre largement sur le jardin des anciens remparts.",
             "Dans l'atelier pédagogique, des élèves de l'école Jean-Jaurès s'essaient à la peinture à l'huile.",
             "La conservatrice Sophie Mercier présente aux journalistes une toile récemment acquise par le musée.",
             "Le public se presse dès l'ouverture des portes, samedi matin, sur le parvis du musée.",
             "Les sculptures de la collection municipale ont trouvé place dans une salle baignée de lumière.",
             "Une visiteuse observe de près un portrait longtemps conservé dans les réserves du musée.")),
    ),
    "pl": (
        Gallery(
            "Zdjęcia: tak wyglądał Festiwal Teatrów Ulicznych w Łącku",
            "Przez cztery dni ulice i place Łącka należały do aktorów, akrobatów i tysięcy widzów.",
            ("Na Rynku w Łącku tłumy widzów oglądają sobotni pokaz hiszpańskiej grupy akrobatycznej.",
             "Szczudlarze z francuskiego teatru przechodzą ulicą Mickiewicza w barwnym korowodzie.",
             "Dzieci z zachwytem przyglądają się lalkom olbrzymom ustawionym przed ratuszem.",
             "Nocny spektakl z udziałem ognia zgromadził na bulwarach nad rzeką kilka tysięcy osób.",
             "Aktorzy z Łącka przygotowali widowisko o historii miasta na dziedzińcu starego zamku.",
             "Dyrektor festiwalu Agnieszka Pawlak wita publiczność przed koncertem na zakończenie imprezy.",
             "Wolontariusze festiwalu rozdają programy i mapki przy punkcie informacyjnym na Rynku.",
             "Ostatni pokaz festiwalu zakończył się długimi owacjami na stojąco.")),
    ),
    "es": (
        Gallery(
            "Fotogalería: así fue la gran plantación en la sierra quemada",
            "Cientos de voluntarios de todas las edades devolvieron el verde a las laderas arrasadas por el fuego.",
            ("Los voluntarios suben a primera hora de la mañana por el camino forestal cargados con plantones.",
             "Una familia de Valdemora planta una encina en la ladera que quedó calcinada el verano pasado.",
             "Los técnicos de la asociación explican cómo se debe colocar el protector de cada árbol.",
             "Niños del colegio San Roque riegan los primeros pinos plantados junto al cortafuegos.",
             "Desde lo alto del cerro se aprecia la enorme extensión de monte que destruyó el incendio.",
             "La bióloga Elena Sanz muestra a un grupo de jóvenes los brotes que han nacido tras las lluvias.",
             "A mediodía, los participantes comparten un almuerzo en la explanada de la antigua ermita.",
             "Al final de la jornada, las laderas quedaron salpicadas de cientos de protectores verdes.")),
    ),
}

# --------------------------------------------------------------------------- the furniture


@dataclass(frozen=True)
class Chrome:
    """What a site in one language carries around its articles.

    Placeholders: ``{site}`` the site's name, ``{publisher}`` its company, ``{year}``, ``{n}``, ``{i}``,
    ``{date}``, ``{names}``, ``{name}``.
    """

    nav: tuple[str, ...]             # main sections
    subnav: tuple[str, ...]          # subsections, for mega menus
    service: tuple[str, ...]         # imprint, privacy, contact... (footers)
    account: tuple[str, ...]         # log in, register, subscribe, search
    skip: str                        # skip link
    cookie: tuple[str, ...]          # consent banners, one or two sentences each
    cookie_buttons: tuple[str, ...]  # accept, settings, reject
    newsletter: tuple[str, ...]      # newsletter prompts
    newsletter_button: str
    email_placeholder: str
    most_read: str
    latest: str
    related: str
    read_also: str
    comments: str
    comment_count: str
    comment_form: tuple[str, ...]    # prompt, note, rules, send
    reply: str
    share: tuple[str, ...]
    paywall: tuple[str, ...]         # headline of the offer, then its lines
    copyright: str
    advert: tuple[str, ...]
    live: tuple[str, ...]            # refresh, newest first, oldest first, auto-refresh, "live"
    credit: tuple[str, ...]          # photo credits
    byline: tuple[str, str]          # one author, several
    and_: str
    updated: tuple[str, ...]         # "last updated" lines
    months: tuple[str, ...]          # as a date writes them
    noscript: str
    read_more: str
    gallery_counter: str
    gallery_nav: tuple[str, ...]
    subheads: tuple[str, ...]
    captions: tuple[str, ...]        # figure captions outside galleries
    cities: tuple[str, ...]          # for datelines
    people: tuple[str, ...]          # staff: authors
    photographers: tuple[str, ...]
    readers: tuple[str, ...]         # commenters
    comment_texts: tuple[str, ...]
    sites: tuple[tuple[str, str, str], ...]   # (site name, publisher, domain)
    table: tuple[str, tuple[str, ...], tuple[str, ...]]  # caption, column heads, row labels
    misc: tuple[str, ...]            # other sentence-like furniture
    quotes: tuple[str, str]
    tags: str
    back_to_top: str
    weather: str                     # "{city}: {t} °C" style widget line


CHROME: dict[str, Chrome] = {
    "de": Chrome(
        nav=("Startseite", "Politik", "Wirtschaft", "Lokales", "Sport", "Kultur", "Panorama", "Ratgeber",
             "Meinung", "Video", "Bilder", "Wetter", "Service", "Immobilien", "Jobs"),
        subnav=("Hohenbrück", "Neustadt", "Talheim", "Kreis Wallstein", "Lautertal", "Fußball", "Handball",
                "Regionalsport", "Börse", "Verbraucher", "Gesundheit", "Reise", "Auto", "Digital",
                "Leserbriefe", "Kommentare", "Kino", "Theater", "Konzerte", "Veranstaltungen", "Traueranzeigen",
                "Gewinnspiele", "E-Paper", "Archiv"),
        service=("Impressum", "Datenschutz", "Datenschutzeinstellungen", "Kontakt", "AGB", "Mediadaten",
                 "Abo-Service", "Karriere", "Barrierefreiheit", "Nutzungsbedingungen", "Redaktion"),
        account=("Anmelden", "Registrieren", "Abo abschließen", "Suche", "Mein Konto"),
        skip="Zum Inhalt springen",
        cookie=(
            "Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren und die Zugriffe "
            "auf unsere Website zu analysieren. Mit dem Klick auf „Alle akzeptieren“ stimmen Sie der "
            "Verarbeitung Ihrer Daten zu.",
            "Diese Website nutzt Cookies, um Ihnen das bestmögliche Nutzungserlebnis zu bieten. Ihre "
            "Einwilligung können Sie jederzeit in den Datenschutzeinstellungen widerrufen.",
            "Wir und unsere Partner speichern Informationen auf Ihrem Gerät und verarbeiten personenbezogene "
            "Daten wie Ihre IP-Adresse für personalisierte Anzeigen und Inhalte sowie zur Reichweitenmessung.",
        ),
        cookie_buttons=("Alle akzeptieren", "Einstellungen verwalten", "Nur notwendige Cookies"),
        newsletter=(
            "Melden Sie sich für unseren Newsletter an und erhalten Sie jeden Morgen die wichtigsten Nachrichten "
            "aus der Region.",
            "Nichts mehr verpassen: Der Abend-Newsletter fasst den Tag in fünf Minuten für Sie zusammen.",
        ),
        newsletter_button="Jetzt kostenlos abonnieren",
        email_placeholder="Ihre E-Mail-Adresse",
        most_read="Meistgelesen",
        latest="Neueste Artikel",
        related="Mehr zum Thema",
        read_also="Lesen Sie auch:",
        comments="Kommentare",
        comment_count="{n} Kommentare",
        comment_form=("Schreiben Sie einen Kommentar",
                      "Ihre E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind markiert.",
                      "Bitte beachten Sie unsere Regeln für die Diskussion auf dieser Seite.",
                      "Kommentar absenden"),
        reply="Antworten",
        share=("Auf Facebook teilen", "Auf Twitter teilen", "Per WhatsApp teilen", "Per E-Mail versenden",
               "Artikel drucken", "Link kopieren"),
        paywall=("Lesen Sie weiter mit {site} Plus",
                 "Alle Artikel auf unserer Website und in der App frei lesen.",
                 "Jetzt vier Wochen für nur 0,99 Euro testen, danach monatlich kündbar.",
                 "Sie haben bereits ein Abonnement? Hier anmelden und weiterlesen."),
        copyright="© {year} {publisher}. Alle Rechte vorbehalten.",
        advert=("Anzeige", "Werbung"),
        live=("Aktualisieren", "Neueste zuerst", "Älteste zuerst", "Ticker automatisch aktualisieren", "Live"),
        credit=("Foto: {name}", "Bild: {name}", "Foto: {name}/dpa", "© {name}"),
        byline=("Von {names}", "Von {names}"),
        and_=" und ",
        updated=("Aktualisiert am {date}", "Zuletzt aktualisiert: {date}", "Geändert am {date}"),
        months=("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                "November", "Dezember"),
        noscript="Bitte aktivieren Sie JavaScript in Ihrem Browser, um alle Funktionen dieser Seite nutzen zu "
                 "können.",
        read_more="Weiterlesen",
        gallery_counter="Bild {i} von {n}",
        gallery_nav=("Zurück", "Weiter", "Alle Bilder"),
        subheads=("Kritik aus der Opposition", "Wie es jetzt weitergeht", "Die Hintergründe",
                  "Reaktionen aus der Region", "Viele offene Fragen", "Ein Blick zurück"),
        captions=("Blick auf die Altstadt von Hohenbrück am frühen Morgen.",
                  "Das Rathaus in Neustadt, hier tagt der Stadtrat.",
                  "Archivbild aus dem vergangenen Sommer.",
                  "Die Entscheidung fiel nach langer Debatte.",
                  "Vor Ort machten sich viele Menschen selbst ein Bild."),
        cities=("HOHENBRÜCK", "NEUSTADT", "WALLSTEIN", "TALHEIM", "REBENHEIM"),
        people=("Anna Schmidt", "Jonas Berger", "Sabine Krüger", "Tobias Lehmann", "Martina Roth",
                "Florian Hartmann", "Claudia Weiß", "Henrik Vogel", "Laura Engel", "Stefan Maurer",
                "Nicole Brandt", "Oliver Kästner"),
        photographers=("Lena Vogt", "Markus Pfeil", "Uwe Sander", "Katrin Ebert", "Archiv"),
        readers=("Klaus M.", "Wutbürger77", "Heike aus Talheim", "R. Schubert", "gerd_l", "Nachbarin",
                 "Peter K.", "lautertaler", "S. Albers", "Mona"),
        comment_texts=(
            "Endlich passiert mal etwas, darauf warten wir in unserem Viertel schon seit zwanzig Jahren.",
            "Wer soll das alles bezahlen? Am Ende landen die Kosten wieder bei uns Bürgern.",
            "Ich wohne direkt an der Hauptstraße und kann nur sagen: Jeder Lastwagen weniger ist ein Gewinn.",
            "Schöner Artikel, aber Sie haben vergessen zu erwähnen, dass das Thema schon einmal abgelehnt wurde.",
            "Mal wieder wird über die Köpfe der Anwohner hinweg entschieden, typisch für diese Stadt.",
            "Danke an alle Helfer, die bei dem Wetter die ganze Nacht draußen waren!",
            "Das war doch absehbar, man hätte schon vor Jahren gegensteuern müssen.",
            "Kann mir jemand sagen, ob die Busse am Wochenende auch fahren?",
            "Ich finde es gut, dass die Zeitung so ausführlich darüber berichtet.",
            "Bei uns im Dorf sieht es genauso aus, nur schreibt darüber keiner.",
            "Bitte beim nächsten Mal auch die Gegenseite zu Wort kommen lassen.",
            "Wir waren am Samstag dort und es war wirklich ein gelungener Tag für die ganze Familie.",
        ),
        sites=(("Rheintaler Abendpost", "Musterverlag GmbH", "rheintaler-abendpost.de"),
               ("Wallsteiner Kurier", "Kurier Medien GmbH & Co. KG", "wallsteiner-kurier.de"),
               ("Neustädter Nachrichten", "Verlagshaus Neustadt GmbH", "nn-online.de"),
               ("Lautertal-Bote", "Lautertal Mediengruppe GmbH", "lautertal-bote.de")),
        table=("Die Zahlen im Überblick", ("Gemeinde", "Vorjahr", "Aktuell", "Veränderung"),
               ("Hohenbrück", "Neustadt", "Talheim", "Kirchwalden", "Oberwies", "Birkenhain", "Rebenheim",
                "Lüdersfeld", "Breitenau")),
        misc=("Haben Sie einen Fehler im Text entdeckt? Dann schreiben Sie uns bitte eine kurze Nachricht.",
              "Laden Sie jetzt unsere kostenlose App herunter und verpassen Sie keine Eilmeldung mehr.",
              "Weitere Nachrichten aus Ihrer Region finden Sie jederzeit auf unserer Lokalseite.",
              "Folgen Sie uns auch auf Facebook und Instagram für aktuelle Bilder aus der Region."),
        quotes=("„", "“"),
        tags="Themen",
        back_to_top="Nach oben",
        weather="{city}: {t} °C, {sky}",
    ),
    "en": Chrome(
        nav=("Home", "News", "Politics", "Business", "Sport", "Culture", "Opinion", "Lifestyle", "Weather",
             "Travel", "Property", "Jobs", "Motors", "Puzzles", "Video"),
        subnav=("Harwick", "Corbridge", "Milford", "Eastley", "Lowmoor", "Football", "Cricket", "Rugby",
                "Racing", "Money", "Health", "Education", "Food & Drink", "Gardening", "Letters", "Columnists",
                "Film", "Theatre", "Music", "What's On", "Obituaries", "Competitions", "Digital Edition",
                "Archive"),
        service=("Contact us", "Privacy policy", "Cookie settings", "Terms and conditions", "Advertise with us",
                 "Subscribe", "Careers", "Accessibility", "Complaints", "About us", "Sitemap"),
        account=("Sign in", "Register", "Subscribe", "Search", "My account"),
        skip="Skip to main content",
        cookie=(
            "We use cookies and similar technologies to improve your experience, personalise content and ads, "
            "and analyse our traffic. By clicking Accept all, you consent to our use of cookies.",
            "This website uses cookies to ensure you get the best experience. You can change your preferences "
            "at any time by visiting our cookie settings page.",
            "We and our partners store and access information on your device and process personal data, such "
            "as unique identifiers, for personalised advertising and audience measurement.",
        ),
        cookie_buttons=("Accept all", "Manage preferences", "Reject non-essential"),
        newsletter=(
            "Sign up to our daily newsletter and get the top stories from across the county straight to your "
            "inbox.",
            "Never miss a story: our evening briefing brings you the day's news in five minutes.",
        ),
        newsletter_button="Sign me up",
        email_placeholder="Enter your email address",
        most_read="Most read",
        latest="Latest news",
        related="Related articles",
        read_also="Read more:",
        comments="Comments",
        comment_count="{n} comments",
        comment_form=("Join the conversation",
                      "Your email address will not be published. Required fields are marked.",
                      "Please keep comments respectful and read our community guidelines before posting.",
                      "Post comment"),
        reply="Reply",
        share=("Share on Facebook", "Share on Twitter", "Share via WhatsApp", "Share by email",
               "Print this article", "Copy link"),
        paywall=("Continue reading with {site} Premium",
                 "Get unlimited access to every story on our website and app.",
                 "Try your first month for just £1, then cancel at any time.",
                 "Already a subscriber? Sign in to keep reading."),
        copyright="© {year} {publisher}. All rights reserved.",
        advert=("Advertisement", "Sponsored"),
        live=("Refresh", "Newest first", "Oldest first", "Auto-update this live blog", "Live"),
        credit=("Photo: {name}", "Picture: {name}", "Image: {name}/PA", "© {name}"),
        byline=("By {names}", "By {names}"),
        and_=" and ",
        updated=("Updated {date}", "Last updated: {date}", "This article was amended on {date}"),
        months=("January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December"),
        noscript="You need to enable JavaScript in your browser to use all the features of this website.",
        read_more="Read more",
        gallery_counter="Picture {i} of {n}",
        gallery_nav=("Previous", "Next", "View all"),
        subheads=("What happens next", "Criticism from the opposition", "The background", "Local reaction",
                  "Questions remain", "A long history"),
        captions=("A view of Harwick town centre from the castle walls.",
                  "The council chamber where the decision was taken.",
                  "File picture taken last summer.",
                  "Residents gathered to hear the announcement.",
                  "The site as it looks today."),
        cities=("HARWICK", "CORBRIDGE", "MILFORD", "EASTLEY", "LOWMOOR"),
        people=("John Doe", "Sarah Mitchell", "David Okoro", "Emma Clarke", "James Holloway", "Rachel Green",
                "Tom Ashworth", "Hannah Price", "Michael Byrne", "Sophie Turnbull", "Daniel Shaw",
                "Lucy Fairbairn"),
        photographers=("Paul Rigby", "Ann Collier", "Chris Dunmore", "Staff photographer", "Kate Willis"),
        readers=("harwickmum", "Dave R", "Lowmoor Lad", "Margaret T.", "concerned_resident", "Bob from Wexley",
                 "J. Patel", "oldtimer62", "Sue", "Kevin M"),
        comment_texts=(
            "About time too, we have been asking for this for the best part of twenty years.",
            "And who is going to pay for all of this? The council tax payer, as usual.",
            "I live on that road and honestly every lorry taken off it makes a difference.",
            "Good article, but you forgot to mention that the same plan was rejected five years ago.",
            "Once again the residents are the last to be asked, nothing changes in this town.",
            "Huge thanks to the volunteers who were out all night in that weather!",
            "Anyone could have seen this coming, something should have been done years ago.",
            "Does anyone know whether the buses are running at the weekend?",
            "Really glad the paper is covering this in so much detail.",
            "It's exactly the same in our village, but nobody ever writes about us.",
            "Next time it would be nice to hear from the other side as well.",
            "We went on Saturday and it was a brilliant day out for the whole family.",
        ),
        sites=(("The Lowmoor Gazette", "Lowmoor Newspapers Ltd", "lowmoorgazette.co.uk"),
               ("Harwick Evening Star", "Star Media Group Ltd", "harwickstar.co.uk"),
               ("Corbridge Echo", "Northern Echo Publishing", "corbridgeecho.com"),
               ("Milford Chronicle", "Chronicle Press Ltd", "milfordchronicle.co.uk")),
        table=("The figures at a glance", ("Area", "Last year", "This year", "Change"),
               ("Harwick", "Corbridge", "Milford", "Eastley", "Wexley", "Ashby Green", "Ashford",
                "Corbridge Vale", "Lowmoor rural")),
        misc=("Spotted a mistake in this article? Please let our newsdesk know so that we can correct it.",
              "Download our free app and get breaking news alerts from across the county.",
              "For more news from your area, visit our local news pages at any time.",
              "Follow us on Facebook and Instagram for the latest pictures from around the county."),
        quotes=("\u201c", "\u201d"),
        tags="Topics",
        back_to_top="Back to top",
        weather="{city}: {t}°C, {sky}",
    ),
    "ru": Chrome(
        nav=("Главная", "Новости", "Политика", "Экономика", "Общество", "Происшествия", "Спорт", "Культура",
             "Здоровье", "Авто", "Недвижимость", "Погода", "Фото", "Видео", "Афиша"),
        subnav=("Заречинск", "Область", "Район", "ЖКХ", "Транспорт", "Образование", "Хоккей", "Футбол",
                "Бизнес", "Финансы", "Криминал", "Суд", "Выставки", "Театр", "Кино", "Мнения", "Интервью",
                "Спецпроекты", "Архив", "Газета"),
        service=("О редакции", "Контакты", "Реклама", "Политика конфиденциальности",
                 "Пользовательское соглашение", "Вакансии", "Подписка", "Карта сайта"),
        account=("Войти", "Регистрация", "Подписаться", "Поиск", "Личный кабинет"),
        skip="Перейти к содержанию",
        cookie=(
            "Мы используем файлы cookie, чтобы сделать сайт удобнее для вас. Продолжая пользоваться сайтом, вы "
            "соглашаетесь с нашей политикой обработки персональных данных.",
            "Наш сайт использует файлы cookie и сервисы веб-аналитики. Вы можете отключить их в настройках "
            "своего браузера.",
            "Мы и наши партнёры обрабатываем данные о вашем посещении, чтобы показывать вам подходящую рекламу и "
            "улучшать работу сайта.",
        ),
        cookie_buttons=("Принять", "Настройки", "Отклонить"),
        newsletter=(
            "Подпишитесь на нашу рассылку и получайте главные новости Заречинска каждое утро.",
            "Будьте в курсе событий: вечерний дайджест расскажет о самом важном за пять минут.",
        ),
        newsletter_button="Подписаться на рассылку",
        email_placeholder="Ваш адрес электронной почты",
        most_read="Самое читаемое",
        latest="Последние новости",
        related="Читайте также",
        read_also="Читайте также:",
        comments="Комментарии",
        comment_count="Комментариев: {n}",
        comment_form=("Оставить комментарий",
                      "Ваш адрес электронной почты не будет опубликован. Обязательные поля помечены.",
                      "Комментарии, нарушающие правила сайта, будут удалены модератором.",
                      "Отправить комментарий"),
        reply="Ответить",
        share=("Поделиться ВКонтакте", "Поделиться в Одноклассниках", "Отправить в Telegram",
               "Отправить по почте", "Версия для печати", "Скопировать ссылку"),
        paywall=("Продолжение доступно подписчикам «{site}»",
                 "Оформите подписку и читайте все материалы сайта без ограничений.",
                 "Первый месяц всего за 1 рубль, отменить подписку можно в любой момент.",
                 "Уже есть подписка? Войдите в личный кабинет, чтобы продолжить чтение."),
        copyright="© {year} {publisher}. Все права защищены.",
        advert=("Реклама", "На правах рекламы"),
        live=("Обновить", "Сначала новые", "Сначала старые", "Обновлять трансляцию автоматически", "Онлайн"),
        credit=("Фото: {name}", "Фото {name}", "Фото: {name}/ТАСС", "© {name}"),
        byline=("Автор: {names}", "Авторы: {names}"),
        and_=" и ",
        updated=("Обновлено {date}", "Последнее обновление: {date}", "Изменено {date}"),
        months=("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
                "октября", "ноября", "декабря"),
        noscript="Для корректной работы сайта включите, пожалуйста, JavaScript в настройках браузера.",
        read_more="Читать далее",
        gallery_counter="Фото {i} из {n}",
        gallery_nav=("Назад", "Вперёд", "Все фото"),
        subheads=("Что будет дальше", "Мнение оппозиции", "Предыстория", "Реакция жителей",
                  "Вопросы остаются", "Цифры и факты"),
        captions=("Вид на центр Заречинска с набережной.",
                  "Здание городской администрации.",
                  "Фото из архива редакции.",
                  "Решение приняли после долгого обсуждения.",
                  "Так это место выглядит сегодня."),
        cities=("ЗАРЕЧИНСК", "НИЖНЕОЗЁРСК", "ЗАРЕЧЬЕ"),
        people=("Анна Смирнова", "Дмитрий Орлов", "Ольга Белова", "Максим Журавлёв", "Екатерина Полякова",
                "Игорь Соколов", "Марина Тихонова", "Алексей Гусев", "Светлана Киселёва", "Роман Фёдоров"),
        photographers=("Михаил Егоров", "Пресс-служба мэрии", "Юлия Носова", "Архив редакции"),
        readers=("Сергей_З", "Пенсионерка", "Иван Петрович", "zarechanin", "Наташа", "Дмитрий К.", "Горожанин",
                 "olga_v", "Старожил", "Алексей"),
        comment_texts=(
            "Наконец-то, этого ждали в нашем районе уже много лет.",
            "А кто будет за всё это платить? Как всегда, простые жители города.",
            "Живу рядом и могу сказать, что каждый грузовик меньше на этой улице уже большое облегчение.",
            "Хорошая статья, но почему не упомянули, что этот проект уже отклоняли раньше?",
            "Опять всё решили без нас, никто жителей даже не спросил.",
            "Огромное спасибо всем, кто всю ночь помогал людям в такую погоду!",
            "Это было ожидаемо, меры нужно было принимать ещё несколько лет назад.",
            "Подскажите, автобусы в выходные будут ходить по обычному расписанию?",
            "Спасибо редакции за подробный рассказ, в других изданиях об этом ни слова.",
            "У нас в посёлке всё то же самое, только про нас никто не пишет.",
        ),
        sites=(("Заречинские вести", "ООО «Медиагруппа Заречье»", "zarvesti.ru"),
               ("Вечерний Заречинск", "АНО «Редакция газеты Вечерний Заречинск»", "vecherniy-zar.ru"),
               ("Северный курьер", "ООО «Северный курьер»", "sevkurier.ru")),
        table=("Цифры и факты", ("Район", "Прошлый год", "Текущий год", "Изменение"),
               ("Центральный", "Октябрьский", "Заречный", "Северный", "Южный", "Промышленный", "Нижнеозёрск")),
        misc=("Нашли ошибку в тексте? Выделите её и нажмите Ctrl+Enter, чтобы сообщить редакции.",
              "Скачайте наше мобильное приложение и первыми узнавайте о главных событиях города.",
              "Больше новостей Заречинска и области читайте в нашем телеграм-канале.",
              "Присылайте свои новости, фото и видео в редакцию через форму обратной связи."),
        quotes=("«", "»"),
        tags="Теги",
        back_to_top="Наверх",
        weather="{city}: {t} °C, {sky}",
    ),
    "pl": Chrome(
        nav=("Strona główna", "Wiadomości", "Region", "Polityka", "Biznes", "Sport", "Kultura", "Zdrowie",
             "Motoryzacja", "Nieruchomości", "Praca", "Pogoda", "Galerie", "Wideo", "Opinie"),
        subnav=("Łąck", "Borków", "Górki", "Zalesie", "Powiat łącki", "Piłka nożna", "Siatkówka", "Żużel",
                "Finanse", "Rolnictwo", "Edukacja", "Kryminalne", "Teatr", "Koncerty", "Kino", "Felietony",
                "Listy czytelników", "Nekrologi", "E-wydanie", "Archiwum"),
        service=("Redakcja", "Kontakt", "Reklama", "Polityka prywatności", "Regulamin", "Ustawienia plików "
                 "cookie", "Prenumerata", "Kariera", "Mapa strony"),
        account=("Zaloguj się", "Załóż konto", "Kup dostęp", "Szukaj", "Moje konto"),
        skip="Przejdź do treści",
        cookie=(
            "Używamy plików cookie, aby zapewnić prawidłowe działanie serwisu oraz dopasować treści i reklamy "
            "do Twoich zainteresowań. Klikając „Akceptuję”, wyrażasz zgodę na ich zapisywanie.",
            "Ta strona korzysta z ciasteczek w celach statystycznych i reklamowych. Zgodę możesz w każdej chwili "
            "wycofać w ustawieniach prywatności.",
            "Wraz z naszymi partnerami przetwarzamy Twoje dane osobowe, takie jak adres IP, w celu wyświetlania "
            "spersonalizowanych reklam i pomiaru oglądalności.",
        ),
        cookie_buttons=("Akceptuję", "Ustawienia", "Odrzuć wszystkie"),
        newsletter=(
            "Zapisz się do naszego newslettera i codziennie rano otrzymuj najważniejsze wiadomości z regionu.",
            "Nie przegap niczego: wieczorny przegląd dnia podsumuje dla Ciebie wszystkie wydarzenia.",
        ),
        newsletter_button="Zapisz się za darmo",
        email_placeholder="Twój adres e-mail",
        most_read="Najczęściej czytane",
        latest="Najnowsze",
        related="Zobacz także",
        read_also="Przeczytaj też:",
        comments="Komentarze",
        comment_count="Komentarze ({n})",
        comment_form=("Dodaj komentarz",
                      "Twój adres e-mail nie zostanie opublikowany. Wymagane pola są oznaczone.",
                      "Komentarze naruszające regulamin serwisu będą usuwane przez moderatorów.",
                      "Wyślij komentarz"),
        reply="Odpowiedz",
        share=("Udostępnij na Facebooku", "Udostępnij na Twitterze", "Wyślij e-mailem", "Drukuj artykuł",
               "Kopiuj link"),
        paywall=("Czytaj dalej z dostępem {site} Premium",
                 "Wykup dostęp i czytaj bez ograniczeń wszystkie artykuły w serwisie i aplikacji.",
                 "Pierwszy miesiąc tylko za 1 zł, potem możesz zrezygnować w dowolnej chwili.",
                 "Masz już dostęp? Zaloguj się, aby czytać dalej."),
        copyright="© {year} {publisher}. Wszelkie prawa zastrzeżone.",
        advert=("Reklama", "Materiał partnera"),
        live=("Odśwież", "Od najnowszych", "Od najstarszych", "Automatyczne odświeżanie relacji", "Na żywo"),
        credit=("Fot. {name}", "Zdjęcie: {name}", "Fot. {name}/PAP", "© {name}"),
        byline=("Autor: {names}", "Autorzy: {names}"),
        and_=" i ",
        updated=("Aktualizacja: {date}", "Ostatnia aktualizacja: {date}", "Zmieniono {date}"),
        months=("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
                "października", "listopada", "grudnia"),
        noscript="Aby korzystać ze wszystkich funkcji serwisu, włącz obsługę JavaScript w przeglądarce.",
        read_more="Czytaj więcej",
        gallery_counter="Zdjęcie {i} z {n}",
        gallery_nav=("Poprzednie", "Następne", "Wszystkie zdjęcia"),
        subheads=("Co dalej?", "Krytyka opozycji", "Tło sprawy", "Reakcje mieszkańców", "Pytania bez odpowiedzi",
                  "Liczby i fakty"),
        captions=("Widok na centrum Łącka od strony rzeki.",
                  "Budynek urzędu miasta w Borkowie.",
                  "Zdjęcie archiwalne.",
                  "Decyzja zapadła po długiej dyskusji.",
                  "Tak to miejsce wygląda dzisiaj."),
        cities=("ŁĄCK", "BORKÓW", "GÓRKI"),
        people=("Anna Kowalczyk", "Paweł Nowak", "Magdalena Wójcik", "Krzysztof Lewandowski",
                "Joanna Kamińska", "Michał Dąbrowski", "Ewa Zając", "Tomasz Mazur", "Karolina Król",
                "Grzegorz Pietrzak"),
        photographers=("Adam Jasiński", "Beata Mroczek", "Archiwum redakcji", "Łukasz Sikora"),
        readers=("mieszkaniec", "Zbyszek z Górek", "Ania", "borkowianin", "Stanisław K.", "obserwator",
                 "Marta_88", "Emeryt", "Kasia", "jurek"),
        comment_texts=(
            "Nareszcie, czekaliśmy na to w naszej dzielnicy od wielu lat.",
            "A kto za to wszystko zapłaci? Jak zwykle zwykli mieszkańcy.",
            "Mieszkam przy tej ulicy i każda ciężarówka mniej to dla nas ogromna ulga.",
            "Dobry artykuł, ale zabrakło informacji, że ten projekt już kiedyś odrzucono.",
            "Znowu zdecydowali bez pytania mieszkańców o zdanie, jak zawsze w tym mieście.",
            "Wielkie podziękowania dla strażaków, którzy pracowali całą noc w taką pogodę!",
            "To było do przewidzenia, trzeba było coś z tym zrobić już dawno temu.",
            "Czy ktoś wie, czy autobusy będą kursować w weekend normalnie?",
            "Dziękuję redakcji za tak dokładne opisanie tej sprawy.",
            "U nas na wsi jest dokładnie tak samo, tylko nikt o tym nie pisze.",
        ),
        sites=(("Gazeta Łącka", "Wydawnictwo Łącko sp. z o.o.", "gazetalacka.pl"),
               ("Kurier Borkowski", "Media Borków sp. z o.o.", "kurierborkowski.pl"),
               ("Echo Powiatu", "Echo Media S.A.", "echopowiatu.pl")),
        table=("Liczby i fakty", ("Gmina", "Poprzedni rok", "Obecny rok", "Zmiana"),
               ("Łąck", "Borków", "Górki", "Zalesie", "Opoczno", "Biała", "Dębina")),
        misc=("Zauważyłeś błąd w tekście? Zaznacz go i naciśnij Ctrl+Enter, aby powiadomić redakcję.",
              "Pobierz naszą bezpłatną aplikację i bądź na bieżąco z wiadomościami z regionu.",
              "Więcej wiadomości z Twojej okolicy znajdziesz w dziale Region.",
              "Masz temat dla naszych dziennikarzy? Napisz do nas lub zadzwoń do redakcji."),
        quotes=("„", "”"),
        tags="Tagi",
        back_to_top="Do góry",
        weather="{city}: {t} °C, {sky}",
    ),
    "es": Chrome(
        nav=("Portada", "Local", "Comarca", "Política", "Economía", "Sucesos", "Deportes", "Cultura",
             "Sociedad", "Opinión", "Tiempo", "Fotos", "Vídeos", "Agenda", "Esquelas"),
        subnav=("Valdemora", "San Roque", "La Sierra", "Provincia", "Fútbol", "Baloncesto", "Ciclismo",
                "Agricultura", "Empleo", "Vivienda", "Salud", "Educación", "Tribunales", "Cine", "Música",
                "Teatro", "Fiestas", "Cartas al director", "Hemeroteca", "Edición impresa"),
        service=("Aviso legal", "Política de privacidad", "Política de cookies", "Contacto", "Publicidad",
                 "Suscripciones", "Trabaja con nosotros", "Quiénes somos", "Mapa web"),
        account=("Iniciar sesión", "Registrarse", "Suscríbete", "Buscar", "Mi cuenta"),
        skip="Saltar al contenido",
        cookie=(
            "Utilizamos cookies propias y de terceros para mejorar nuestros servicios y mostrarle publicidad "
            "relacionada con sus preferencias. Si continúa navegando, consideramos que acepta su uso.",
            "Este sitio web utiliza cookies para ofrecerle la mejor experiencia posible. Puede cambiar la "
            "configuración u obtener más información en nuestra política de cookies.",
            "Nosotros y nuestros socios almacenamos información en su dispositivo y tratamos datos personales "
            "para mostrar anuncios personalizados y medir la audiencia.",
        ),
        cookie_buttons=("Aceptar todo", "Configurar", "Rechazar"),
        newsletter=(
            "Suscríbase a nuestro boletín y reciba cada mañana las noticias más importantes de la comarca.",
            "No se pierda nada: nuestro resumen de la tarde le cuenta lo más destacado del día.",
        ),
        newsletter_button="Suscribirme gratis",
        email_placeholder="Su correo electrónico",
        most_read="Lo más leído",
        latest="Últimas noticias",
        related="Noticias relacionadas",
        read_also="Lea también:",
        comments="Comentarios",
        comment_count="{n} comentarios",
        comment_form=("Deje su comentario",
                      "Su dirección de correo electrónico no será publicada. Los campos obligatorios están "
                      "marcados.",
                      "Los comentarios que no respeten las normas de participación serán eliminados.",
                      "Publicar comentario"),
        reply="Responder",
        share=("Compartir en Facebook", "Compartir en Twitter", "Enviar por WhatsApp", "Enviar por correo",
               "Imprimir noticia", "Copiar enlace"),
        paywall=("Siga leyendo con {site} Premium",
                 "Acceda sin límites a todas las noticias de la web y de la aplicación.",
                 "Pruebe el primer mes por solo 1 euro y cancele cuando quiera.",
                 "¿Ya es suscriptor? Inicie sesión para seguir leyendo."),
        copyright="© {year} {publisher}. Todos los derechos reservados.",
        advert=("Publicidad", "Contenido patrocinado"),
        live=("Actualizar", "Más recientes", "Más antiguas", "Actualizar el directo automáticamente", "Directo"),
        credit=("Foto: {name}", "Imagen: {name}", "Foto: {name}/EFE", "© {name}"),
        byline=("Por {names}", "Por {names}"),
        and_=" y ",
        updated=("Actualizado el {date}", "Última actualización: {date}", "Modificado el {date}"),
        months=("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                "octubre", "noviembre", "diciembre"),
        noscript="Para utilizar todas las funciones de esta web debe activar JavaScript en su navegador.",
        read_more="Leer más",
        gallery_counter="Foto {i} de {n}",
        gallery_nav=("Anterior", "Siguiente", "Ver todas"),
        subheads=("Qué pasará ahora", "Críticas de la oposición", "Los antecedentes", "Reacciones vecinales",
                  "Preguntas sin respuesta", "Las cifras"),
        captions=("Vista de la plaza mayor de Valdemora.",
                  "Fachada del ayuntamiento.",
                  "Imagen de archivo.",
                  "La decisión se tomó tras un largo debate.",
                  "Así luce hoy el lugar."),
        cities=("VALDEMORA", "PEÑALBA", "SAN ROQUE"),
        people=("María López", "Carlos Fernández", "Laura Jiménez", "Pablo Romero", "Ana Torres",
                "Sergio Molina", "Isabel Vidal", "Diego Ramos", "Cristina Peña", "Alberto Campos"),
        photographers=("Manuel Cruz", "Eva Marín", "Archivo", "Rafael Soto"),
        readers=("vecino_valdemora", "Pepe", "Mari Carmen", "jlopez", "Un lector", "Antonio R.",
                 "sanroqueña", "Paco", "Lucía M.", "jubilado"),
        comment_texts=(
            "Ya era hora, en nuestro barrio llevamos años esperando algo así.",
            "¿Y quién va a pagar todo esto? Como siempre, los vecinos de a pie.",
            "Vivo en esa calle y cada camión menos es un alivio enorme para todos.",
            "Buen artículo, pero falta decir que este proyecto ya se rechazó hace unos años.",
            "Otra vez deciden sin preguntar a los vecinos, como siempre en este pueblo.",
            "¡Muchas gracias a todos los que estuvieron ayudando toda la noche!",
            "Era de esperar, había que haber hecho algo hace mucho tiempo.",
            "¿Alguien sabe si los autobuses funcionan también el fin de semana?",
            "Gracias al periódico por contarlo con tanto detalle.",
            "En mi pueblo pasa exactamente lo mismo, pero nadie escribe sobre nosotros.",
        ),
        sites=(("Diario de Valdemora", "Ediciones Valdemora S.L.", "diariodevaldemora.es"),
               ("La Voz de la Comarca", "Grupo Voz Comunicación S.A.", "lavozdelacomarca.es"),
               ("El Heraldo del Sur", "Heraldo Medios S.L.", "heraldodelsur.es")),
        table=("Las cifras", ("Municipio", "Año anterior", "Este año", "Variación"),
               ("Valdemora", "Peñalba", "San Roque", "Villanueva", "La Sierra", "Olmedillo", "Fuenteclara")),
        misc=("¿Ha encontrado un error en esta noticia? Escríbanos y lo corregiremos lo antes posible.",
              "Descargue nuestra aplicación gratuita y reciba las últimas noticias en su móvil.",
              "Encuentre más noticias de su municipio en nuestra sección de información local.",
              "Síganos en Facebook e Instagram para ver las mejores fotos de la comarca."),
        quotes=("«", "»"),
        tags="Temas",
        back_to_top="Volver arriba",
        weather="{city}: {t} °C, {sky}",
    ),
    "fr": Chrome(
        nav=("Accueil", "Actualité", "Politique", "Économie", "Faits divers", "Sports", "Culture", "Société",
             "Loisirs", "Météo", "Emploi", "Immobilier", "Vidéos", "Photos", "Opinions"),
        subnav=("Montclar", "Lagarde", "Saint-Aubin", "Lauragais", "Département", "Rugby", "Football",
                "Cyclisme", "Agriculture", "Entreprises", "Santé", "Éducation", "Justice", "Cinéma",
                "Spectacles", "Expositions", "Sorties", "Courrier des lecteurs", "Avis de décès", "Journal "
                "numérique"),
        service=("Mentions légales", "Politique de confidentialité", "Gestion des cookies", "Contact",
                 "Publicité", "Abonnement", "Recrutement", "Qui sommes-nous", "Plan du site"),
        account=("Se connecter", "Créer un compte", "S'abonner", "Rechercher", "Mon compte"),
        skip="Aller au contenu principal",
        cookie=(
            "Nous utilisons des cookies pour améliorer votre expérience, mesurer l'audience et vous proposer des "
            "publicités adaptées. En cliquant sur « Tout accepter », vous consentez à leur utilisation.",
            "Ce site utilise des cookies afin de vous offrir le meilleur service. Vous pouvez modifier vos choix "
            "à tout moment dans la page de gestion des cookies.",
            "Nos partenaires et nous-mêmes stockons des informations sur votre appareil et traitons des données "
            "personnelles pour la publicité personnalisée et la mesure d'audience.",
        ),
        cookie_buttons=("Tout accepter", "Paramétrer", "Continuer sans accepter"),
        newsletter=(
            "Inscrivez-vous à notre newsletter pour recevoir chaque matin l'essentiel de l'actualité locale.",
            "Ne manquez plus rien : notre lettre du soir vous résume la journée en cinq minutes.",
        ),
        newsletter_button="Je m'inscris gratuitement",
        email_placeholder="Votre adresse e-mail",
        most_read="Les plus lus",
        latest="Dernières actualités",
        related="À lire aussi",
        read_also="Lire aussi :",
        comments="Commentaires",
        comment_count="{n} commentaires",
        comment_form=("Laisser un commentaire",
                      "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués.",
                      "Les commentaires contraires à notre charte de modération seront supprimés.",
                      "Publier le commentaire"),
        reply="Répondre",
        share=("Partager sur Facebook", "Partager sur Twitter", "Envoyer par WhatsApp", "Envoyer par e-mail",
               "Imprimer l'article", "Copier le lien"),
        paywall=("Poursuivez votre lecture avec {site} Premium",
                 "Accédez à tous nos articles en illimité sur le site et l'application.",
                 "Le premier mois pour 1 euro seulement, sans engagement de durée.",
                 "Déjà abonné ? Connectez-vous pour lire la suite."),
        copyright="© {year} {publisher}. Tous droits réservés.",
        advert=("Publicité", "Contenu sponsorisé"),
        live=("Actualiser", "Plus récents", "Plus anciens", "Mettre à jour le direct automatiquement", "Direct"),
        credit=("Photo {name}", "Crédit : {name}", "Photo {name}/AFP", "© {name}"),
        byline=("Par {names}", "Par {names}"),
        and_=" et ",
        updated=("Mis à jour le {date}", "Dernière mise à jour : {date}", "Modifié le {date}"),
        months=("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                "novembre", "décembre"),
        noscript="Pour profiter de toutes les fonctionnalités de ce site, veuillez activer JavaScript dans votre "
                 "navigateur.",
        read_more="Lire la suite",
        gallery_counter="Photo {i} sur {n}",
        gallery_nav=("Précédente", "Suivante", "Toutes les photos"),
        subheads=("Et maintenant ?", "L'opposition critique", "Le contexte", "Les réactions", "Des questions en "
                  "suspens", "Les chiffres"),
        captions=("Vue du centre-ville de Montclar depuis les remparts.",
                  "La mairie, où s'est tenu le conseil.",
                  "Photo d'archives.",
                  "La décision a été prise après un long débat.",
                  "Le site tel qu'il se présente aujourd'hui."),
        cities=("MONTCLAR", "LAGARDE", "SAINT-AUBIN-SUR-LÈZE"),
        people=("Marie Dupont", "Julien Martin", "Camille Bernard", "Nicolas Petit", "Claire Moreau",
                "Thomas Laurent", "Élise Fontaine", "Antoine Rousseau", "Pauline Chevalier", "Mathieu Blanc"),
        photographers=("Pierre Durand", "Agnès Vidal", "Archives", "Loïc Perrin"),
        readers=("montclarais31", "Jeanine", "Un habitant", "P. Lacroix", "citoyen_engagé", "Robert",
                 "sylvie_m", "Ancien du quartier", "Nathalie", "jb"),
        comment_texts=(
            "Enfin, cela fait des années que nous attendons ce projet dans notre quartier.",
            "Et qui va payer tout ça ? Comme d'habitude, ce sont les contribuables.",
            "J'habite dans cette rue et chaque camion en moins est un vrai soulagement.",
            "Bon article, mais vous avez oublié de rappeler que ce projet avait déjà été refusé.",
            "Encore une décision prise sans consulter les habitants, rien ne change ici.",
            "Un grand merci aux pompiers et aux bénévoles mobilisés toute la nuit !",
            "C'était prévisible, il aurait fallu agir depuis longtemps déjà.",
            "Quelqu'un sait-il si les bus circulent aussi le week-end ?",
            "Merci au journal de traiter ce sujet avec autant de précision.",
            "Dans notre village c'est exactement pareil, mais personne n'en parle jamais.",
        ),
        sites=(("La Dépêche de Montclar", "Éditions du Midi SAS", "depeche-montclar.fr"),
               ("L'Écho du Lauragais", "Presse Sud-Ouest SA", "echo-lauragais.fr"),
               ("Le Journal de la Lèze", "SARL Journal de la Lèze", "journal-leze.fr")),
        table=("Les chiffres clés", ("Commune", "Année précédente", "Cette année", "Évolution"),
               ("Montclar", "Lagarde", "Saint-Aubin-sur-Lèze", "Lavaur", "Castelnau", "Puylaurens", "Revel")),
        misc=("Vous avez repéré une erreur dans cet article ? Signalez-la à la rédaction, nous la corrigerons.",
              "Téléchargez notre application gratuite pour recevoir les alertes de l'actualité locale.",
              "Retrouvez toute l'actualité de votre commune dans notre rubrique locale.",
              "Suivez-nous sur Facebook et Instagram pour ne rien manquer de la vie du département."),
        quotes=("« ", " »"),
        tags="Mots-clés",
        back_to_top="Haut de page",
        weather="{city} : {t} °C, {sky}",
    ),
    "kk": Chrome(
        nav=("Басты бет", "Жаңалықтар", "Саясат", "Экономика", "Қоғам", "Оқиға", "Спорт", "Мәдениет",
             "Денсаулық", "Білім", "Аймақ", "Ауа райы", "Фото", "Видео", "Сұхбат"),
        subnav=("Көктерек", "Сарыбел", "Облыс", "Аудандар", "Ауыл шаруашылығы", "Құрылыс", "Көлік", "Күрес",
                "Футбол", "Хоккей", "Театр", "Әдебиет", "Тарих", "Дін", "Жастар", "Мұрағат", "Газет"),
        service=("Редакция", "Байланыс", "Жарнама", "Құпиялылық саясаты", "Пайдалану ережесі", "Жазылу",
                 "Сайт картасы"),
        account=("Кіру", "Тіркелу", "Жазылу", "Іздеу", "Жеке кабинет"),
        skip="Мазмұнға өту",
        cookie=(
            "Біз сайттың жұмысын жақсарту үшін cookie файлдарын пайдаланамыз. Сайтты пайдалануды жалғастыра "
            "отырып, сіз жеке деректерді өңдеу саясатымен келісесіз.",
            "Бұл сайт cookie файлдары мен веб-талдау қызметтерін қолданады. Оларды браузер баптауларында "
            "өшіруге болады.",
        ),
        cookie_buttons=("Келісемін", "Баптаулар", "Бас тарту"),
        newsletter=(
            "Біздің таратылымға жазылып, өңірдің басты жаңалықтарын күн сайын таңертең алып отырыңыз.",
            "Маңызды оқиғаларды жіберіп алмаңыз: кешкі шолу күннің басты жаңалықтарын бес минутта айтады.",
        ),
        newsletter_button="Таратылымға жазылу",
        email_placeholder="Электрондық пошта мекенжайыңыз",
        most_read="Көп оқылғандар",
        latest="Соңғы жаңалықтар",
        related="Тақырыпқа қатысты",
        read_also="Оқи отырыңыз:",
        comments="Пікірлер",
        comment_count="Пікірлер: {n}",
        comment_form=("Пікір қалдыру",
                      "Электрондық пошта мекенжайыңыз жарияланбайды. Міндетті өрістер белгіленген.",
                      "Сайт ережесін бұзатын пікірлерді модератор өшіріп отырады.",
                      "Пікірді жіберу"),
        reply="Жауап беру",
        share=("Facebook-те бөлісу", "Telegram арқылы жіберу", "WhatsApp арқылы бөлісу", "Поштамен жіберу",
               "Сілтемені көшіру"),
        paywall=("Жалғасын «{site}» жазылушылары оқи алады",
                 "Жазылымды рәсімдеп, сайттағы барлық материалдарды шектеусіз оқыңыз.",
                 "Алғашқы ай бар болғаны 100 теңге, жазылымнан кез келген уақытта бас тартуға болады.",
                 "Жазылымыңыз бар ма? Оқуды жалғастыру үшін жеке кабинетке кіріңіз."),
        copyright="© {year} {publisher}. Барлық құқықтар қорғалған.",
        advert=("Жарнама", "Жарнама құқығында"),
        live=("Жаңарту", "Алдымен жаңалары", "Алдымен ескілері", "Трансляцияны автоматты түрде жаңарту",
              "Тікелей"),
        credit=("Сурет: {name}", "Фото: {name}", "Суретті түсірген {name}", "© {name}"),
        byline=("Автор: {names}", "Авторлар: {names}"),
        and_=" және ",
        updated=("Жаңартылды: {date}", "Соңғы жаңарту: {date}", "Өзгертілді: {date}"),
        months=("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан",
                "қараша", "желтоқсан"),
        noscript="Сайттың барлық мүмкіндіктерін пайдалану үшін браузеріңізде JavaScript қосыңыз.",
        read_more="Толығырақ",
        gallery_counter="{n} суреттің {i}-сі",
        gallery_nav=("Артқа", "Алға", "Барлық суреттер"),
        subheads=("Енді не болады", "Оппозиция пікірі", "Оқиғаның алғышарттары", "Тұрғындар не дейді",
                  "Сандар мен деректер", "Жауапсыз сұрақтар"),
        captions=("Көктерек қаласының орталығы.",
                  "Қала әкімдігінің ғимараты.",
                  "Мұрағаттағы сурет.",
                  "Шешім ұзақ талқылаудан кейін қабылданды.",
                  "Бұл жер бүгін осылай көрінеді."),
        cities=("КӨКТЕРЕК", "САРЫБЕЛ"),
        people=("Айгерім Сейтқали", "Дархан Мұратов", "Жанар Бекова", "Асхат Қалиев", "Мадина Тұрсынова",
                "Ерболат Жақыпов", "Салтанат Әлиева", "Нұржан Омаров"),
        photographers=("Бекзат Ысқақов", "Әкімдіктің баспасөз қызметі", "Редакция мұрағаты"),
        readers=("көктеректік", "Сәуле", "Марат А.", "ауыл_баласы", "Зейнеткер", "Гүлмира", "Ержан",
                 "оқырман", "Әлия Н.", "Бақыт"),
        comment_texts=(
            "Ақыры болды, біздің аудан мұны көп жылдан бері күтіп жүр еді.",
            "Осының бәрін кім төлейді? Әдеттегідей қарапайым тұрғындар.",
            "Мен сол көшеде тұрамын, әр жүк көлігінің азаюы біз үшін үлкен жеңілдік.",
            "Жақсы мақала, бірақ бұл жоба бұрын қабылданбағанын неге жазбадыңыздар?",
            "Тағы да тұрғындардан ешкім ештеңе сұрамай шешім қабылдады.",
            "Түні бойы көмектескен барлық азаматтарға үлкен рақмет!",
            "Мұны күтуге болатын еді, шараны бірнеше жыл бұрын қабылдау керек еді.",
            "Демалыс күндері автобустар әдеттегі кестемен жүре ме, білетін адам бар ма?",
            "Редакцияға осы мәселені толық жазғаны үшін рақмет.",
            "Біздің ауылда да дәл осындай жағдай, бірақ бұл туралы ешкім жазбайды.",
        ),
        sites=(("Көктерек жаршысы", "«Көктерек медиа» ЖШС", "kokterek-zharshy.kz"),
               ("Сарыбел таңы", "«Сарыбел ақпарат» ЖШС", "sarybel-tany.kz"),
               ("Өңір тынысы", "«Өңір медиа» ЖШС", "onir-tynysy.kz")),
        table=("Сандар мен деректер", ("Аудан", "Өткен жыл", "Биыл", "Өзгеріс"),
               ("Көктерек", "Сарыбел", "Ақсай", "Жаңатұрмыс", "Қарабұлақ", "Бесқайнар", "Талдыбай")),
        misc=("Мәтіннен қате таптыңыз ба? Оны белгілеп, Ctrl+Enter басып, редакцияға хабарлаңыз.",
              "Біздің мобильді қосымшаны жүктеп алып, жаңалықтарды бірінші болып біліңіз.",
              "Өңір жаңалықтарын біздің телеграм-арнамыздан да оқи аласыз.",
              "Өз жаңалықтарыңызды, суреттеріңіз бен бейнелеріңізді редакцияға жіберіңіз."),
        quotes=("«", "»"),
        tags="Тегтер",
        back_to_top="Жоғары",
        weather="{city}: {t} °C, {sky}",
    ),
    "zh": Chrome(
        nav=("首页", "本地", "时政", "经济", "社会", "法治", "体育", "文化", "健康", "教育", "汽车", "房产",
             "图片", "视频", "评论"),
        subnav=("临江新闻", "滨江新区", "城北", "区县", "民生", "交通", "篮球", "足球", "财经", "科技", "旅游",
                "美食", "读书", "影视", "专题", "数字报", "往期回顾"),
        service=("关于我们", "联系我们", "广告服务", "隐私政策", "用户协议", "网站地图", "新闻热线",
                 "违法和不良信息举报"),
        account=("登录", "注册", "订阅", "搜索", "个人中心"),
        skip="跳转到正文内容",
        cookie=(
            "本网站使用Cookie来改善您的浏览体验并分析网站流量。继续浏览本网站即表示您同意我们按照隐私政策使用Cookie。",
            "为了向您提供更好的服务，我们会收集和使用您的部分信息，详情请阅读我们的隐私政策和用户协议。",
        ),
        cookie_buttons=("同意并继续", "设置", "拒绝"),
        newsletter=(
            "订阅我们的每日新闻简报，每天早上第一时间获取临江本地最重要的新闻资讯。",
            "扫描二维码关注我们的官方微信公众号，随时随地了解身边发生的新鲜事。",
        ),
        newsletter_button="立即订阅",
        email_placeholder="请输入您的邮箱地址",
        most_read="热门排行",
        latest="最新消息",
        related="相关新闻",
        read_also="延伸阅读：",
        comments="网友评论",
        comment_count="共有{n}条评论",
        comment_form=("发表评论",
                      "请遵守互联网相关法律法规，文明上网，理性发言，评论内容仅代表网友个人观点。",
                      "您的评论需要经过审核后才能显示，请耐心等待管理员审核。",
                      "提交评论"),
        reply="回复",
        share=("分享到微信朋友圈", "分享到新浪微博", "分享到QQ空间", "复制链接"),
        paywall=("订阅{site}会员后继续阅读全文",
                 "开通会员即可无限制阅读本网站和客户端的全部新闻内容。",
                 "首月仅需一元，到期后可以随时取消自动续费服务。",
                 "已经是会员了吗？请登录您的账号后继续阅读全文。"),
        copyright="版权所有 © {year} {publisher} 未经书面授权禁止转载",
        advert=("广告", "推广内容"),
        live=("刷新", "最新在前", "最早在前", "自动刷新直播内容", "直播"),
        credit=("图片来源：{name}", "摄影：{name}", "记者 {name} 摄", "© {name}"),
        byline=("记者 {names}", "记者 {names}"),
        and_="、",
        updated=("更新时间：{date}", "最后更新：{date}", "编辑于{date}"),
        months=("1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"),
        noscript="您的浏览器未启用JavaScript脚本，部分功能可能无法正常使用，请启用后刷新页面。",
        read_more="阅读全文",
        gallery_counter="第{i}张，共{n}张",
        gallery_nav=("上一张", "下一张", "查看全部"),
        subheads=("下一步怎么办", "各方反应", "事件背景", "市民怎么看", "数字解读", "仍有疑问"),
        captions=("临江市区全景。", "市政府大楼外景。", "资料图片。", "会议现场。", "现场照片。"),
        cities=("临江", "滨江"),
        people=("王丽", "张伟", "李娜", "刘洋", "陈静", "杨帆", "赵磊", "孙悦"),
        photographers=("周强", "本报资料图", "吴斌", "通讯员 郑海"),
        readers=("临江老百姓", "江边的风", "网友小李", "城北居民", "老张", "一米阳光", "路过看看", "临江人在外地"),
        comment_texts=(
            "早就应该这样做了，我们这个小区的居民盼了好多年了。",
            "这么多钱最后还不是要老百姓来买单，希望能把钱花在刀刃上。",
            "我家就住在这条路边上，少一辆大货车就少一分噪音和危险。",
            "报道写得不错，但是没有提到这个方案几年前就被否决过一次。",
            "又是没有征求居民意见就做出的决定，希望有关部门多听听群众的声音。",
            "感谢所有连夜奋战在一线的救援人员，你们辛苦了！",
            "这是早就可以预见的事情，几年前就应该采取措施了。",
            "请问有谁知道周末公交车是不是正常运行？",
            "感谢记者这么详细的报道，其他媒体都没有提到这些细节。",
            "我们村里也是一模一样的情况，可惜从来没有人来报道。",
        ),
        sites=(("临江日报", "临江日报社", "ljrb.cn"), ("临江晚报", "临江报业传媒集团", "ljwb.com.cn"),
               ("滨江新闻网", "滨江网络传媒有限公司", "bjxww.cn")),
        table=("数据一览", ("区县", "去年", "今年", "变化"),
               ("城东区", "城西区", "滨江新区", "城北区", "临江县", "北山县", "南湖区")),
        misc=("如发现本文有错误之处，欢迎通过新闻热线或电子邮件向本报编辑部反映。",
              "下载临江日报客户端，第一时间获取突发新闻推送和本地生活服务信息。",
              "更多临江本地新闻资讯，请关注本报官方微博和微信公众号。",
              "欢迎广大读者通过报料平台向本报提供新闻线索，一经采用即有奖励。"),
        quotes=("“", "”"),
        tags="标签",
        back_to_top="返回顶部",
        weather="{city} {t}°C {sky}",
    ),
}

#: words for the weather widget, per language
SKIES: dict[str, tuple[str, ...]] = {
    "de": ("sonnig", "bewölkt", "leichter Regen", "Schneefall"), "en": ("sunny", "cloudy", "light rain", "snow"),
    "ru": ("ясно", "облачно", "небольшой дождь", "снег"), "pl": ("słonecznie", "pochmurno", "przelotny deszcz",
                                                              "śnieg"),
    "es": ("soleado", "nublado", "lluvia débil", "nieve"), "fr": ("ensoleillé", "nuageux", "pluie faible", "neige"),
    "kk": ("ашық", "бұлтты", "жаңбыр", "қар"), "zh": ("晴", "多云", "小雨", "小雪"),
}


def problems() -> list[str]:
    """Breaches of the texts' own rules: sentence lengths, a sentence twice, a sentence inside another."""
    found = []
    sentences = []
    for language, stories in STORIES.items():
        low = 30 if language == "zh" else 60
        if len(stories) < 10:
            found.append(f"{language}: only {len(stories)} stories")
        for story in stories:
            if not 5 <= len(story.sentences) <= 9:
                found.append(f"{language}: {story.headline}: {len(story.sentences)} sentences")
            for sentence in story.sentences:
                if not low <= len(sentence) <= 250:
                    found.append(f"{language}: {len(sentence)} characters: {sentence[:60]}")
                sentences.append(sentence)
    for language, lists in LISTS.items():
        for listing in lists:
            sentences += [listing.intro, *listing.items]
    for language, galleries in GALLERIES.items():
        for gallery in galleries:
            sentences += [gallery.intro, *gallery.captions]
    if len(set(sentences)) != len(sentences):
        found.append("a sentence occurs twice")
    ordered = sorted(set(sentences), key=len)
    for i, short in enumerate(ordered):
        for long in ordered[i + 1:]:
            if short in long:
                found.append(f"inside another: {short[:60]}")
    return found
