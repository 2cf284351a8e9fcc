"""The word lists person finding weighs: titles, speech verbs, words that are never names.

Compared by name key (:func:`archive.description.name_keys.name_key`), so that spelling
variants and Cyrillic forms of one word are caught too; a word written in ASCII is compared
with the lists' Latin words as written (and by key only with the long ones), so that a
surname whose key merely collides with a listed word's (Nash with "наш", Kerr with "her")
stays a name. The rules that use the lists are :mod:`archive.description.person_finding`
and :mod:`archive.description.name_context`; what is known of a word's form (endings,
capitals, tokens) is :mod:`archive.description.name_words`.
"""

from __future__ import annotations

from archive.description.name_keys import name_key

# --------------------------------------------------------------------------
# Word lists for the mention heuristics (compared by key, so that spelling
# variants and Cyrillic forms of the same word are caught too)
# --------------------------------------------------------------------------

def _keys(words: str) -> frozenset[str]:
    return frozenset(name_key(word) for word in words.split())


#: Every word the lists below were written with, as written (lower case): a given name whose
#: key merely collides with a listed word's (Ann with "an", Kim with a Cyrillic word) is not
#: one of them (:data:`archive.description.given_names.KEY_COLLISIONS`).
LISTED_WORDS: set[str] = set()


def _listed(words: str) -> frozenset[str]:
    """The keys of ``words``, remembering the words as written in :data:`LISTED_WORDS`."""
    LISTED_WORDS.update(words.split())
    return _keys(words)


#: Words that introduce a person: the next capitalised word(s) are a name even
#: without a surname ending (French ambassador Serge Smessov, MP Joe Higgins).
_TITLES = _listed("""
    president vice-president mr mrs ms miss dr prof professor sir madam
    minister premier chairman chairwoman chair leader spokesman spokeswoman
    spokesperson secretary ambassador envoy governor mayor akim general
    colonel major captain judge prosecutor lawyer attorney journalist editor
    reporter correspondent writer director deputy senator mp activist
    campaigner prisoner inmate dissident businessman businesswoman tycoon
    banker commander officer official founder chief adviser advisor analyst
    student wife husband widow son daughter brother sister father mother
    candidate colleague contributor economist expert scholar
    chancellor sen senator rep representative congressman congresswoman lawmaker
    legislator gov lt sgt cpl adm gen maj col capt cmdr supt insp det
    ayatollah sheikh imam rabbi pope cardinal archbishop bishop reverend rev pastor
    emir sultan crown prince princess
    coach manager striker midfielder defender goalkeeper captain chairperson
    ceo cfo executive magistrate justice councillor councilman councilwoman
    opposition speaker counsel whip negotiator mediator commissioner superintendent
    inspector sergeant detective constable dean provost rector headteacher headmaster
    solicitor advocate ombudsman registrar treasurer comptroller auditor curator
    президент премьер министр господин госпожа аким лидер депутат
""")

#: Speech verbs: "Saenen said", "Kalyuzhnyi continued" mark the word before
#: as a person (organisations say things too, hence the extra checks).
_SPEECH = _keys("""
    said says told tells stressed claimed claims added adds noted notes
    continued insisted insists argued argues explained replied wrote warned
    commented emphasised emphasized announced declared admitted recalled contributed
    заявил заявила сказал сказала отметил отметила
""")

#: Articles: English puts none before a personal name (the Kremlin, a Pavlov
#: dog), so a lone word after one is not a person.
_ARTICLES = _keys("the a an")

#: Prepositions of place: a lone word after one is far more often a place or
#: an organisation (in Almaty, from Moscow) than a person, unless its ending
#: says otherwise.
_PLACE_PREPOSITIONS = _keys("in at from of into near outside inside across via")

#: Capitalised words that are never part of a personal name: function words
#: that open sentences, months and days, places, nationalities and words of
#: organisation names. Places that happen to end like surnames (Kiev, Geneva,
#: Moldova, Kremlin) must be here or they would pass as people.
_NOT_NAMES = _listed("""
    the a an and but or nor so yet as at by for from in into of on onto to
    with without within about above after against along among around before
    behind below beneath beside between beyond despite during except inside
    near off out outside over since through throughout till toward towards
    under unlike until up upon via while when where why what which who whom
    whose how if unless although though because whether once even only also
    then now today yesterday tomorrow last next this that these those there
    here it its he she they we i you his her their our my your him them us
    me all both each either neither every some any many most more few no not
    according following meanwhile however moreover furthermore instead
    later earlier soon again thus hence therefore besides perhaps maybe
    afterwards eventually finally subsequently initially currently lately
    recently previously yes please thanks dear
    indeed still such other another same own one two three first second
    january february march april may june july august september october
    november december monday tuesday wednesday thursday friday saturday sunday
    kazakhstan kazakstan almaty astana akmola moscow russia
    kiev kyiv geneva moldova kremlin berlin dublin rostov kharkov lvov pskov
    saratov tambov kishinev azov pavlodar karaganda kostanai shymkent
    taraz aktobe atyrau oral uralsk semey petropavl kokshetau taldykorgan
    zhezkazgan ekibastuz turkestan baikonur bishkek tashkent dushanbe
    ashgabat beijing washington london paris brussels prague vienna
    europe asia america china ukraine uzbekistan kyrgyzstan tajikistan
    turkmenistan belarus georgia armenia azerbaijan
    kazakh kazak russian american french european soviet british chinese
    uzbek kyrgyz tajik turkmen ukrainian german dutch english western
    syrian iranian iraqi israeli palestinian turkish japanese korean indian
    pakistani afghan saudi egyptian italian spanish polish canadian australian
    mexican brazilian venezuelan cuban greek swedish norwegian danish finnish
    belgian swiss austrian hungarian czech irish scottish welsh nigerian kenyan
    lebanese jordanian yemeni qatari emirati libyan tunisian algerian moroccan
    taiwanese vietnamese filipino indonesian malaysian portuguese romanian
    bulgarian serbian croatian argentine argentinian chilean colombian peruvian
    african asian arab israeli kurdish iranian thai burmese cambodian laotian singaporean
    bangladeshi nepali nepalese mongolian sudanese somali ethiopian ghanaian ugandan rwandan
    tanzanian zimbabwean zambian angolan congolese senegalese malian nigerien chadian
    ivorian cameroonian liberian libyan omani bahraini kuwaiti emirati haitian jamaican
    bolivian ecuadorian uruguayan paraguayan guatemalan honduran salvadoran nicaraguan
    panamanian dominican puerto slovak slovenian estonian latvian lithuanian maltese
    cypriot icelandic luxembourgish bosnian albanian macedonian montenegrin kosovar
    georgian armenian azerbaijani kazakhstani afghan pashtun baloch tamil sinhalese
    punjabi bengali sikh hindu muslim catholic protestant jewish buddhist
    former acting interim outgoing incoming then-president deputy
    staff assembly league reuters associated house senate congress
    commission council cabinet watch
    special senior top veteran assistant associate minority majority foreign defence
    defense interior finance health trade energy education transport agriculture
    labour conservative liberal tory independent democrat democrats republicans
    political diplomatic economics sports business science security technology legal prime
    children county festival supporters residents officials exporters media mass
    rio sao santa santo puerto porto buenos
    eastern northern southern central north south east west new old great
    upper lower saint st san fort lake mount port cape
    party movement union committee council court government ministry
    parliament embassy foundation association institute university agency
    service services times news watch rights human democratic democracy
    choice republican people peoples national international front
    organisation organization bank company group office press police army
    republic state federal supreme district regional province region city
    town street square prison colony
    god allah internet web
    и а но или что как когда если после перед при по в во на из от до для
    без об о у с со за над под к ко же ли не ни это этот эта эти тот та те
    он она они мы вы я его ее её их наш ваш все весь вчера сегодня завтра
    однако также кроме тогда теперь сейчас здесь там где почему кто
    января февраля марта апреля мая июня июля августа сентября октября
    ноября декабря январь февраль март апрель май июнь июль август
    сентябрь октябрь ноябрь декабрь москва россия алматы астана казахстан
""") | _TITLES

#: Months that are also surnames (Theresa May, Kerry-Anne June): no list may drop them, so
#: they are names or dates by their context (:func:`date_context`), never by the word alone.
_MONTH_SURNAMES = _keys("may june april august")
_NOT_NAMES = _NOT_NAMES - _MONTH_SURNAMES
#: The same for a word written in ASCII, which is compared with the lists' Latin words as
#: written, and by key only with the long ones (spellings of places: Kazakstan, Karagandy).
#: A surname whose key is a Cyrillic word's (Nash, "наш") or a short English word's (Kerr,
#: "her") is no such word.
_NOT_NAMES_EXACT = frozenset(word for word in LISTED_WORDS if word.isascii()) - {"may", "june", "april", "august"}
_NOT_NAMES_LATIN = frozenset(name_key(w) for w in _NOT_NAMES_EXACT if len(w) >= 5) - _MONTH_SURNAMES

#: Words before a month that make it a date: "in May", "since May", "early May".
_BEFORE_DATES = _keys("""
    in on since until till by from of early late mid last next this through during before after
    between around throughout every each
""")

#: Words that make the name before them the name of a place or an institution
#: (Molotov Street, Nazarbayev University, the Soros Foundation).
_NAMED_AFTER = _keys("""
    street avenue prospect prospekt boulevard road lane square bridge park
    district airport station port city town village region oblast
    university institute academy school college museum library theatre
    theater stadium palace hospital centre center hall arena memorial monument cathedral
    church mosque cup trophy island islands cross crescent bay stand society societies
    county festival trust courthouse
    foundation fund prize award medal group company bank corporation plant
    factory mine field fields order peak
    улица проспект площадь университет фонд
""")

#: Abbreviated titles followed by a full stop that does not end a sentence.
_ABBREVIATIONS = _keys("mr mrs ms dr prof gen col st sen rep")

#: The particles of compound surnames (Ursula von der Leyen, Mohammed bin Salman, Virgil van
#: Dijk, Marine Le Pen): written in lower case they join the words around them into one run;
#: capitalised, they belong to the surname after them, never a given name of their own.
_PARTICLE_WORDS = frozenset("van von der den de da dos das du le la ter ten bin ibn al el di del della ben abu".split())
_PARTICLES = frozenset(map(name_key, _PARTICLE_WORDS))
