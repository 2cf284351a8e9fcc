"""An evaluation set for language identification: news prose in 14 languages, answers marked.

Written here for this purpose, none of it copied: twelve news sentences per
language (sixteen for Kazakh and Russian, the archive's own newspapers) on the
same dozen stories, so every language faces the same kind of text, and six
headlines each. Longer texts are built from those sentences:

* ``headline``: one headline, 10 to 57 characters (Chinese the shortest);
* ``sentence``: one sentence, 23 to 167 characters;
* ``paragraph``: three sentences in a row (wrapping round), 82 to 474 characters;
* ``article``: a headline and every sentence, rotated, in paragraphs of four,
  388 to 1,867 characters.

That makes 34 texts per language (42 for ``kk`` and ``ru``), 492 in all. Then
``trap`` texts: the mixtures a real intake brings (an English report quoting
a Russian name in Cyrillic, German full of English loanwords, Kazakh full of
Russian titles, Turkish and German typed without their letters, headlines in
capitals). Their answer is the language most of the text is in. And
``UNSURE`` texts, where None is the right answer or the only other one allowed
(names alone, a web address, Kazakh in Latin letters).

Used by ``tests/test_language.py`` and ``bench/language.py``; the two libraries
compared are wrapped at the end so both use them the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.metadata import version
from typing import Callable

# --------------------------------------------------------------------------- the texts

SENTENCES: dict[str, tuple[str, ...]] = {
    "en": (
        "The city council voted on Tuesday to close the old tram depot and turn the site into a public park by the end of next year.",
        "Heavy snow blocked the mountain pass for a third day, leaving dozens of lorries stranded near the border crossing.",
        "Shares in the national airline fell sharply after the company warned that fuel costs would wipe out its profits this winter.",
        "Police said the two men arrested at the harbour had been carrying forged documents and a large amount of cash.",
        "The minister told reporters that wheat exports would resume once the new inspection rules were agreed with neighbouring countries.",
        "Teachers in the northern region have threatened to strike unless their salaries are raised before the school year begins.",
        "A spokesman for the hospital confirmed that the injured driver was in a stable condition and expected to recover.",
        "The orchestra's first concert in the restored hall drew more than two thousand people, many of whom had queued since morning.",
        "Officials admitted that the new bridge would not open until the spring because of a shortage of steel.",
        "Opposition leaders accused the government of hiding the true size of the budget deficit from parliament.",
        "Farmers say the dry summer has halved the harvest in some districts, and the price of bread is likely to rise.",
        "The local football club announced that its coach had signed a new three-year contract after the team won the league.",
    ),
    "de": (
        "Der Stadtrat hat am Dienstag beschlossen, das alte Straßenbahndepot zu schließen und auf dem Gelände bis Ende nächsten Jahres einen Park anzulegen.",
        "Starker Schneefall hat den Gebirgspass den dritten Tag in Folge blockiert, Dutzende Lastwagen stecken am Grenzübergang fest.",
        "Die Aktien der Fluggesellschaft gaben deutlich nach, nachdem das Unternehmen vor steigenden Treibstoffkosten gewarnt hatte.",
        "Nach Angaben der Polizei trugen die beiden im Hafen festgenommenen Männer gefälschte Papiere und eine große Menge Bargeld bei sich.",
        "Der Minister sagte vor Journalisten, die Weizenausfuhren würden wieder aufgenommen, sobald die neuen Kontrollregeln mit den Nachbarländern vereinbart seien.",
        "Die Lehrer im Norden des Landes drohen mit einem Streik, falls ihre Gehälter nicht vor Beginn des Schuljahres erhöht werden.",
        "Ein Sprecher des Krankenhauses bestätigte, dass der verletzte Fahrer in stabilem Zustand sei und sich voraussichtlich erholen werde.",
        "Zum ersten Konzert des Orchesters im renovierten Saal kamen mehr als zweitausend Menschen, viele von ihnen hatten seit dem Morgen angestanden.",
        "Die Behörden räumten ein, dass die neue Brücke wegen eines Mangels an Stahl erst im Frühjahr eröffnet werden kann.",
        "Die Opposition wirft der Regierung vor, dem Parlament das wahre Ausmaß des Haushaltsdefizits verschwiegen zu haben.",
        "Die Bauern berichten, dass der trockene Sommer die Ernte in manchen Kreisen halbiert hat, und rechnen mit höheren Brotpreisen.",
        "Der örtliche Fußballverein teilte mit, dass sein Trainer nach dem Gewinn der Meisterschaft einen neuen Dreijahresvertrag unterschrieben hat.",
    ),
    "fr": (
        "Le conseil municipal a voté mardi la fermeture de l'ancien dépôt de tramways, dont le terrain deviendra un jardin public d'ici la fin de l'année prochaine.",
        "D'importantes chutes de neige ont bloqué le col pour le troisième jour consécutif, laissant des dizaines de camions immobilisés près de la frontière.",
        "L'action de la compagnie aérienne a fortement reculé après que la direction a prévenu que le prix du carburant effacerait ses bénéfices cet hiver.",
        "Selon la police, les deux hommes interpellés sur le port transportaient de faux papiers et une importante somme en espèces.",
        "Le ministre a déclaré aux journalistes que les exportations de blé reprendraient dès que les nouvelles règles de contrôle seraient approuvées par les pays voisins.",
        "Les enseignants de la région du nord menacent de faire grève si leurs salaires ne sont pas augmentés avant la rentrée.",
        "Un porte-parole de l'hôpital a confirmé que le conducteur blessé était dans un état stable et qu'il devrait se rétablir.",
        "Le premier concert de l'orchestre dans la salle rénovée a attiré plus de deux mille personnes, dont beaucoup faisaient la queue depuis le matin.",
        "Les autorités ont reconnu que le nouveau pont ne serait pas ouvert avant le printemps en raison d'une pénurie d'acier.",
        "Les dirigeants de l'opposition accusent le gouvernement d'avoir caché au Parlement l'ampleur réelle du déficit budgétaire.",
        "Selon les agriculteurs, l'été sec a réduit de moitié la récolte dans certains cantons, et le prix du pain devrait augmenter.",
        "Le club de football local a annoncé que son entraîneur avait signé un nouveau contrat de trois ans après le titre de champion.",
    ),
    "es": (
        "El ayuntamiento aprobó el martes el cierre de la antigua cochera de tranvías, cuyo terreno se convertirá en un parque público antes de que termine el próximo año.",
        "Las fuertes nevadas mantuvieron cerrado el puerto de montaña por tercer día consecutivo y decenas de camiones quedaron atrapados cerca de la frontera.",
        "Las acciones de la aerolínea cayeron con fuerza después de que la empresa advirtiera de que el precio del combustible acabaría con sus beneficios este invierno.",
        "La policía informó de que los dos hombres detenidos en el puerto llevaban documentos falsos y una gran cantidad de dinero en efectivo.",
        "El ministro dijo a los periodistas que las exportaciones de trigo se reanudarán en cuanto se acuerden las nuevas normas de inspección con los países vecinos.",
        "Los maestros de la región del norte amenazan con ir a la huelga si no se les sube el sueldo antes del comienzo del curso escolar.",
        "Un portavoz del hospital confirmó que el conductor herido se encuentra en estado estable y que se espera su recuperación.",
        "El primer concierto de la orquesta en la sala restaurada reunió a más de dos mil personas, muchas de las cuales hacían cola desde la mañana.",
        "Las autoridades reconocieron que el nuevo puente no se abrirá hasta la primavera por la falta de acero.",
        "Los líderes de la oposición acusaron al Gobierno de ocultar al Parlamento el verdadero tamaño del déficit presupuestario.",
        "Los agricultores aseguran que el verano seco ha reducido a la mitad la cosecha en algunas comarcas y que el pan será más caro.",
        "El club de fútbol de la ciudad anunció que su entrenador ha firmado un nuevo contrato de tres años tras ganar la liga.",
    ),
    "nl": (
        "De gemeenteraad heeft dinsdag besloten de oude tramremise te sluiten en het terrein voor het einde van volgend jaar om te vormen tot een openbaar park.",
        "Door zware sneeuwval bleef de bergpas voor de derde dag op rij dicht, waardoor tientallen vrachtwagens bij de grens vastzitten.",
        "Het aandeel van de luchtvaartmaatschappij daalde fors nadat het bedrijf had gewaarschuwd dat de brandstofkosten deze winter de hele winst zouden opslokken.",
        "Volgens de politie hadden de twee mannen die in de haven werden aangehouden valse papieren en een grote hoeveelheid contant geld bij zich.",
        "De minister zei tegen verslaggevers dat de uitvoer van tarwe wordt hervat zodra de nieuwe keuringsregels met de buurlanden zijn afgesproken.",
        "Leraren in het noorden van het land dreigen met een staking als hun salarissen niet voor het begin van het schooljaar omhooggaan.",
        "Een woordvoerder van het ziekenhuis bevestigde dat de gewonde bestuurder in stabiele toestand verkeert en naar verwachting zal herstellen.",
        "Het eerste concert van het orkest in de gerestaureerde zaal trok meer dan tweeduizend bezoekers, van wie velen sinds de ochtend in de rij stonden.",
        "De autoriteiten gaven toe dat de nieuwe brug door een tekort aan staal pas in het voorjaar opengaat.",
        "Oppositieleiders verwijten de regering dat zij de werkelijke omvang van het begrotingstekort voor het parlement heeft verzwegen.",
        "Boeren zeggen dat de droge zomer de oogst in sommige streken heeft gehalveerd en verwachten dat het brood duurder wordt.",
        "De plaatselijke voetbalclub maakte bekend dat de trainer na het winnen van de competitie een nieuw contract voor drie jaar heeft getekend.",
    ),
    "it": (
        "Il consiglio comunale ha votato martedì la chiusura del vecchio deposito dei tram, la cui area diventerà un parco pubblico entro la fine del prossimo anno.",
        "Le forti nevicate hanno bloccato il passo di montagna per il terzo giorno consecutivo, lasciando decine di camion fermi vicino al confine.",
        "Le azioni della compagnia aerea sono crollate dopo che l'azienda ha avvertito che il costo del carburante cancellerà gli utili di quest'inverno.",
        "Secondo la polizia, i due uomini arrestati al porto avevano con sé documenti falsi e una grossa somma in contanti.",
        "Il ministro ha detto ai giornalisti che le esportazioni di grano riprenderanno non appena saranno concordate le nuove regole di controllo con i paesi vicini.",
        "Gli insegnanti della regione settentrionale minacciano lo sciopero se gli stipendi non verranno aumentati prima dell'inizio dell'anno scolastico.",
        "Un portavoce dell'ospedale ha confermato che l'autista ferito è in condizioni stabili e che dovrebbe guarire.",
        "Il primo concerto dell'orchestra nella sala restaurata ha richiamato oltre duemila persone, molte delle quali erano in fila dalla mattina.",
        "Le autorità hanno ammesso che il nuovo ponte non sarà aperto prima della primavera a causa della mancanza di acciaio.",
        "I leader dell'opposizione accusano il governo di aver nascosto al Parlamento le vere dimensioni del deficit di bilancio.",
        "Gli agricoltori dicono che l'estate secca ha dimezzato il raccolto in alcune zone e che il prezzo del pane è destinato a salire.",
        "La squadra di calcio della città ha annunciato che l'allenatore ha firmato un nuovo contratto di tre anni dopo la vittoria del campionato.",
    ),
    "pt": (
        "A câmara municipal aprovou na terça-feira o encerramento da antiga estação de elétricos, cujo terreno será transformado num parque público até ao final do próximo ano.",
        "A forte queda de neve manteve a passagem da serra fechada pelo terceiro dia seguido, deixando dezenas de camiões parados junto à fronteira.",
        "As ações da companhia aérea caíram bastante depois de a empresa avisar que o preço do combustível iria acabar com os lucros deste inverno.",
        "Segundo a polícia, os dois homens detidos no porto levavam documentos falsos e uma grande quantia em dinheiro.",
        "O ministro disse aos jornalistas que as exportações de trigo serão retomadas assim que as novas regras de inspeção forem acordadas com os países vizinhos.",
        "Os professores da região norte ameaçam fazer greve se os salários não forem aumentados antes do início do ano letivo.",
        "Um porta-voz do hospital confirmou que o motorista ferido está em estado estável e deverá recuperar.",
        "O primeiro concerto da orquestra na sala recuperada atraiu mais de duas mil pessoas, muitas das quais estavam na fila desde manhã.",
        "As autoridades admitiram que a nova ponte só vai abrir na primavera por causa da falta de aço.",
        "Os líderes da oposição acusam o Governo de ter escondido do Parlamento a verdadeira dimensão do défice orçamental.",
        "Os agricultores dizem que o verão seco reduziu para metade a colheita em alguns concelhos e que o pão vai ficar mais caro.",
        "O clube de futebol da cidade anunciou que o treinador assinou um novo contrato de três anos depois de conquistar o campeonato.",
    ),
    "pl": (
        "Rada miasta zdecydowała we wtorek o zamknięciu starej zajezdni tramwajowej, a na jej terenie do końca przyszłego roku powstanie park.",
        "Intensywne opady śniegu już trzeci dzień z rzędu blokują przełęcz, a kilkadziesiąt ciężarówek utknęło w pobliżu przejścia granicznego.",
        "Akcje linii lotniczej mocno spadły po tym, jak spółka ostrzegła, że koszty paliwa pochłoną tej zimy cały jej zysk.",
        "Według policji dwaj mężczyźni zatrzymani w porcie mieli przy sobie fałszywe dokumenty i dużą sumę pieniędzy w gotówce.",
        "Minister powiedział dziennikarzom, że eksport pszenicy zostanie wznowiony, gdy tylko nowe zasady kontroli zostaną uzgodnione z krajami sąsiednimi.",
        "Nauczyciele z północnej części kraju grożą strajkiem, jeśli ich pensje nie zostaną podwyższone przed początkiem roku szkolnego.",
        "Rzecznik szpitala potwierdził, że ranny kierowca jest w stanie stabilnym i powinien wrócić do zdrowia.",
        "Pierwszy koncert orkiestry w odnowionej sali przyciągnął ponad dwa tysiące osób, z których wiele czekało w kolejce od rana.",
        "Urzędnicy przyznali, że z powodu braku stali nowy most zostanie otwarty dopiero wiosną.",
        "Przywódcy opozycji oskarżyli rząd o ukrywanie przed parlamentem prawdziwej wysokości deficytu budżetowego.",
        "Rolnicy twierdzą, że suche lato zmniejszyło o połowę zbiory w niektórych powiatach, a chleb prawdopodobnie podrożeje.",
        "Miejscowy klub piłkarski ogłosił, że trener podpisał nowy trzyletni kontrakt po zdobyciu mistrzostwa ligi.",
    ),
    "ru": (
        "Городской совет во вторник проголосовал за закрытие старого трамвайного депо, на месте которого до конца следующего года разобьют парк.",
        "Сильный снегопад третий день подряд блокирует горный перевал, у пограничного перехода застряли десятки грузовиков.",
        "Акции авиакомпании резко упали после того, как руководство предупредило, что расходы на топливо этой зимой съедят всю прибыль.",
        "По данным полиции, двое мужчин, задержанных в порту, имели при себе поддельные документы и крупную сумму наличных.",
        "Министр сообщил журналистам, что экспорт пшеницы возобновится, как только новые правила досмотра будут согласованы с соседними странами.",
        "Учителя северной области грозят забастовкой, если их зарплаты не повысят до начала учебного года.",
        "Представитель больницы подтвердил, что пострадавший водитель находится в стабильном состоянии и, как ожидается, поправится.",
        "Первый концерт оркестра в отреставрированном зале собрал более двух тысяч человек, многие из которых стояли в очереди с самого утра.",
        "Чиновники признали, что из-за нехватки стали новый мост откроется только весной.",
        "Лидеры оппозиции обвинили правительство в том, что оно скрыло от парламента реальный размер дефицита бюджета.",
        "По словам фермеров, засушливое лето вдвое сократило урожай в некоторых районах, и хлеб, скорее всего, подорожает.",
        "Местный футбольный клуб объявил, что главный тренер подписал новый контракт на три года после победы в чемпионате.",
        "На очередном заседании правительства Республики Казахстан премьер-министр доложил о ходе экономических реформ.",
        "Акимат Алматинской области планирует в этом году построить двенадцать новых школ в сельской местности.",
        "Национальный банк сообщил, что провёл интервенции на валютном рынке, чтобы стабилизировать курс тенге.",
        "В международной выставке в Астане приняли участие компании из более чем тридцати стран.",
    ),
    "uk": (
        "Міська рада у вівторок проголосувала за закриття старого трамвайного депо, на місці якого до кінця наступного року облаштують парк.",
        "Сильний снігопад третій день поспіль блокує гірський перевал, біля пункту пропуску застрягли десятки вантажівок.",
        "Акції авіакомпанії різко впали після того, як керівництво попередило, що витрати на пальне цієї зими з'їдять увесь прибуток.",
        "За даними поліції, двоє чоловіків, затриманих у порту, мали при собі підроблені документи та велику суму готівки.",
        "Міністр повідомив журналістам, що експорт пшениці відновиться, щойно нові правила огляду погодять із сусідніми країнами.",
        "Вчителі північної області погрожують страйком, якщо їхні зарплати не підвищать до початку навчального року.",
        "Речник лікарні підтвердив, що травмований водій перебуває у стабільному стані й, як очікується, одужає.",
        "Перший концерт оркестру в оновленій залі зібрав понад дві тисячі людей, багато з яких стояли в черзі з самого ранку.",
        "Посадовці визнали, що через брак сталі новий міст відкриють лише навесні.",
        "Лідери опозиції звинуватили уряд у тому, що він приховав від парламенту справжній розмір дефіциту бюджету.",
        "За словами фермерів, посушливе літо вдвічі зменшило врожай у деяких районах, і хліб, найімовірніше, подорожчає.",
        "Місцевий футбольний клуб оголосив, що головний тренер підписав новий контракт на три роки після перемоги в чемпіонаті.",
    ),
    "kk": (
        "Қалалық мәслихат сейсенбі күні ескі трамвай паркін жабу туралы шешім қабылдады, оның орнында келесі жылдың соңына дейін саябақ салынады.",
        "Қалың қар жауғандықтан тау асуы үшінші күн қатарынан жабық тұр, шекара бекетінің маңында ондаған жүк көлігі тұрып қалды.",
        "Әуе компаниясының басшылығы биылғы қыста жанармай шығыны бүкіл пайданы жеп қоятынын ескерткеннен кейін компания акциялары күрт төмендеді.",
        "Полиция мәліметінше, портта ұсталған екі ер адамның жанынан жалған құжаттар мен көп мөлшерде қолма-қол ақша табылған.",
        "Министр журналистерге бидай экспорты көрші елдермен жаңа тексеру ережелері келісілген бойда қайта басталатынын айтты.",
        "Солтүстік облыстың мұғалімдері оқу жылы басталғанға дейін жалақылары көтерілмесе, ереуілге шығатындарын мәлімдеді.",
        "Аурухана өкілі жарақат алған жүргізушінің жағдайы тұрақты екенін және оның жазылып кетуі күтілетінін растады.",
        "Оркестрдің жөнделген залдағы алғашқы концертіне екі мыңнан астам адам жиналды, олардың көбі таңертеңнен бері кезекте тұрды.",
        "Шенеуніктер болат жетіспеушілігіне байланысты жаңа көпір тек көктемде ашылатынын мойындады.",
        "Оппозиция көшбасшылары үкіметті бюджет тапшылығының нақты көлемін парламенттен жасырды деп айыптады.",
        "Фермерлердің айтуынша, құрғақ жаз кейбір аудандарда өнімді екі есе азайтқан, сондықтан нан қымбаттауы мүмкін.",
        "Жергілікті футбол клубы бас бапкердің чемпионаттағы жеңістен кейін үш жылға жаңа келісімшартқа қол қойғанын хабарлады.",
        "Қазақстан Республикасы Үкіметінің кезекті отырысында Премьер-Министр экономикалық реформалардың барысы туралы баяндама жасады.",
        "Алматы облысының әкімдігі биыл ауылдық жерлерде он екі жаңа мектеп салуды жоспарлап отыр.",
        "Ұлттық банк теңге бағамын тұрақтандыру үшін валюта нарығына интервенция жасағанын хабарлады.",
        "Астанада өткен халықаралық көрмеге отыздан астам елден келген компаниялар қатысты.",
    ),
    "tr": (
        "Belediye meclisi salı günü eski tramvay deposunun kapatılmasına karar verdi; alan gelecek yılın sonuna kadar halka açık bir parka dönüştürülecek.",
        "Yoğun kar yağışı dağ geçidini üçüncü gün de kapalı tuttu, sınır kapısı yakınında onlarca tır mahsur kaldı.",
        "Havayolu şirketinin hisseleri, yönetimin yakıt maliyetlerinin bu kış tüm kârı silip süpüreceği uyarısının ardından sert düştü.",
        "Polisin açıklamasına göre limanda gözaltına alınan iki adamın üzerinde sahte belgeler ve yüklü miktarda nakit para bulundu.",
        "Bakan gazetecilere, yeni denetim kuralları komşu ülkelerle kararlaştırılır kararlaştırılmaz buğday ihracatının yeniden başlayacağını söyledi.",
        "Kuzey bölgesindeki öğretmenler, maaşları okulların açılmasından önce artırılmazsa greve gideceklerini açıkladı.",
        "Hastane sözcüsü, yaralı sürücünün durumunun stabil olduğunu ve iyileşmesinin beklendiğini doğruladı.",
        "Orkestranın restore edilen salondaki ilk konseri, çoğu sabahtan beri kuyrukta bekleyen iki binden fazla kişiyi bir araya getirdi.",
        "Yetkililer, çelik sıkıntısı nedeniyle yeni köprünün ancak ilkbaharda açılabileceğini kabul etti.",
        "Muhalefet liderleri hükümeti bütçe açığının gerçek boyutunu meclisten gizlemekle suçladı.",
        "Çiftçiler kurak geçen yazın bazı ilçelerde hasadı yarı yarıya azalttığını ve ekmeğin zamlanabileceğini söylüyor.",
        "Şehrin futbol kulübü, teknik direktörün şampiyonluğun ardından üç yıllık yeni bir sözleşme imzaladığını duyurdu.",
    ),
    "ar": (
        "صوّت المجلس البلدي يوم الثلاثاء على إغلاق مستودع الترام القديم وتحويل أرضه إلى حديقة عامة قبل نهاية العام المقبل.",
        "أدى تساقط الثلوج بكثافة إلى إغلاق الممر الجبلي لليوم الثالث على التوالي، وعلقت عشرات الشاحنات قرب المعبر الحدودي.",
        "تراجعت أسهم شركة الطيران بشدة بعد أن حذرت الإدارة من أن تكاليف الوقود ستقضي على أرباحها هذا الشتاء.",
        "قالت الشرطة إن الرجلين اللذين اعتقلا في الميناء كانا يحملان وثائق مزورة ومبلغا كبيرا من المال نقدا.",
        "وأبلغ الوزير الصحفيين أن صادرات القمح ستستأنف فور الاتفاق مع الدول المجاورة على قواعد التفتيش الجديدة.",
        "يهدد المعلمون في المنطقة الشمالية بالإضراب إذا لم ترفع رواتبهم قبل بداية العام الدراسي.",
        "وأكد متحدث باسم المستشفى أن السائق المصاب في حالة مستقرة ومن المتوقع أن يتعافى.",
        "اجتذب أول حفل للأوركسترا في القاعة التي تم ترميمها أكثر من ألفي شخص، وقف كثير منهم في الطابور منذ الصباح.",
        "واعترف المسؤولون بأن الجسر الجديد لن يفتتح قبل الربيع بسبب نقص الحديد.",
        "اتهم قادة المعارضة الحكومة بإخفاء الحجم الحقيقي لعجز الميزانية عن البرلمان.",
        "ويقول المزارعون إن الصيف الجاف خفض المحصول إلى النصف في بعض المناطق، ومن المرجح أن ترتفع أسعار الخبز.",
        "أعلن نادي كرة القدم المحلي أن مدربه وقع عقدا جديدا لمدة ثلاث سنوات بعد الفوز بالدوري.",
    ),
    "zh": (
        "市议会周二投票决定关闭旧电车车库，并在明年年底前把这块地改建成公园。",
        "大雪连续第三天封锁山口，数十辆卡车滞留在边境口岸附近。",
        "航空公司警告今年冬天燃油成本将吞掉全部利润后，公司股价大幅下跌。",
        "警方说，在港口被捕的两名男子携带伪造证件和大量现金。",
        "部长对记者表示，一旦与邻国商定新的检验规则，小麦出口将立即恢复。",
        "北部地区的教师表示，如果开学前工资得不到提高，他们将举行罢工。",
        "医院发言人证实，受伤司机情况稳定，预计能够康复。",
        "乐团在修复后的音乐厅举行的首场音乐会吸引了两千多人，其中许多人从早上就开始排队。",
        "官员承认，由于钢材短缺，新桥要到春天才能通车。",
        "反对派领导人指责政府向议会隐瞒了预算赤字的真实规模。",
        "农民说，干旱的夏天使一些县的收成减少了一半，面包价格可能上涨。",
        "本地足球俱乐部宣布，球队夺得联赛冠军后，主教练签署了一份为期三年的新合同。",
    ),
}

HEADLINES: dict[str, tuple[str, ...]] = {
    "en": ("Council backs plan for park on tram depot site", "Snow strands lorries at border for third day",
           "Airline shares slump on fuel warning", "Teachers threaten strike over pay",
           "Drought halves harvest in southern districts", "Bridge opening delayed until spring"),
    "de": ("Stadtrat stimmt für Park auf dem Depotgelände", "Schnee blockiert Lastwagen an der Grenze",
           "Lehrer drohen mit Streik wegen der Gehälter", "Dürre halbiert die Ernte im Süden",
           "Brückeneröffnung auf das Frühjahr verschoben", "Neuer Vertrag für den Trainer des Meisters"),
    "fr": ("La mairie approuve un jardin sur le site du dépôt", "La neige bloque des camions à la frontière",
           "Les enseignants menacent de faire grève", "La sécheresse divise la récolte par deux",
           "L'ouverture du pont reportée au printemps", "Le déficit caché du budget fait polémique"),
    "es": ("El ayuntamiento aprueba un parque en la antigua cochera", "La nieve deja atrapados a decenas de camiones",
           "Los maestros amenazan con una huelga por los sueldos", "La sequía reduce a la mitad la cosecha",
           "El nuevo puente no abrirá hasta la primavera", "La oposición denuncia un déficit oculto"),
    "nl": ("Gemeenteraad kiest voor park op terrein van tramremise", "Sneeuw houdt vrachtwagens vast bij de grens",
           "Leraren dreigen met staking om salaris", "Droogte halveert de oogst in het zuiden",
           "Opening van nieuwe brug uitgesteld tot voorjaar", "Trainer tekent nieuw contract na kampioenschap"),
    "it": ("Il comune approva un parco al posto del deposito dei tram", "La neve blocca decine di camion al confine",
           "Gli insegnanti minacciano lo sciopero", "La siccità dimezza il raccolto nel sud",
           "Il nuovo ponte aprirà solo in primavera", "Nuovo contratto per l'allenatore campione"),
    "pt": ("Câmara aprova parque no terreno da antiga estação", "Neve deixa dezenas de camiões parados na fronteira",
           "Professores ameaçam greve por causa dos salários", "Seca reduz colheita para metade",
           "Nova ponte só abre na primavera", "Oposição acusa Governo de esconder défice"),
    "pl": ("Radni chcą parku w miejscu zajezdni", "Śnieg zablokował ciężarówki na granicy",
           "Nauczyciele grożą strajkiem", "Susza zmniejszyła zbiory o połowę",
           "Otwarcie mostu przesunięte na wiosnę", "Trener mistrzów z nowym kontraktem"),
    "ru": ("Горсовет решил разбить парк на месте трамвайного депо", "Снегопад заблокировал грузовики на границе",
           "Учителя грозят забастовкой", "Засуха вдвое сократила урожай",
           "Открытие моста перенесли на весну", "Тренер чемпионов продлил контракт"),
    "uk": ("Міськрада вирішила облаштувати парк на місці депо", "Снігопад заблокував вантажівки на кордоні",
           "Вчителі погрожують страйком", "Посуха вдвічі зменшила врожай",
           "Відкриття мосту перенесли на весну", "Тренер чемпіонів продовжив контракт"),
    "kk": ("Мәслихат трамвай паркінің орнына саябақ салуды қолдады", "Қар шекарада жүк көліктерін тоқтатты",
           "Мұғалімдер ереуілге шығамыз дейді", "Құрғақшылық өнімді екі есе азайтты",
           "Жаңа көпір көктемде ғана ашылады", "Чемпион бапкері келісімшартын ұзартты"),
    "tr": ("Eski tramvay deposu parka dönüşüyor", "Kar, tırları sınırda mahsur bıraktı",
           "Öğretmenler greve hazırlanıyor", "Kuraklık hasadı yarıya indirdi",
           "Yeni köprünün açılışı ilkbahara kaldı", "Şampiyon teknik direktörle sözleşme uzatıldı"),
    "ar": ("المجلس البلدي يقر إنشاء حديقة مكان مستودع الترام", "الثلوج تحاصر الشاحنات على الحدود",
           "المعلمون يهددون بالإضراب", "الجفاف يخفض المحصول إلى النصف",
           "تأجيل افتتاح الجسر الجديد إلى الربيع", "عقد جديد لمدرب الفريق البطل"),
    "zh": ("市议会批准在电车车库旧址建公园", "大雪致边境口岸数十辆卡车滞留", "北部教师威胁罢工要求加薪",
           "干旱致部分县收成减半", "因钢材短缺新桥推迟到春天通车", "冠军球队主教练续约三年"),
}

#: (answer, what makes it hard, text)
TRAPS: tuple[tuple[str, str, str], ...] = (
    ("en", "English quoting a Russian name in Cyrillic",
     "Maria Petrova (Мария Ивановна Петрова), the former head of the regional water board, told the court "
     "on Monday that she had never signed the contract and did not know who had."),
    ("en", "English with a Russian quotation",
     "Outside the factory gates the strikers held a banner reading «Мы не уйдём», and their leader said the "
     "workers would stay until the wages owed since March were paid in full."),
    ("en", "English dateline full of Kazakh place names",
     "ALMATY, Kazakhstan — Officials in Taldykorgan, Ust-Kamenogorsk and Kyzylorda said on Friday that "
     "the regional akimats would share the cost of repairing the Almaty–Ust-Kamenogorsk highway."),
    ("de", "German with English loanwords",
     "Das Start-up aus Berlin hat sein Business-Modell umgestellt: Statt Meetings im Office gibt es jetzt "
     "Calls im Homeoffice, und das Team arbeitet agil mit Sprints, Deadlines und einem neuen Headquarter."),
    ("de", "German typed without umlauts or ß",
     "Der Buergermeister sagte, die Strassenbahn werde nach der Sanierung der Bruecke wieder fahren, "
     "spaetestens aber im Fruehjahr, wenn die Arbeiten am Gleis abgeschlossen seien."),
    ("fr", "French with English loanwords",
     "Le week-end dernier, des centaines de fans ont fait la queue devant le food truck du festival, "
     "tandis que les organisateurs vantaient sur les réseaux sociaux le line-up et le merchandising."),
    ("es", "Spanish with English business words",
     "El CEO de la startup explicó en una call con inversores que el nuevo software de marketing "
     "online llegará al mercado en otoño y que la empresa no piensa despedir a nadie del equipo."),
    ("ru", "Russian with English brand names",
     "Компания Apple представила новый iPhone, а Microsoft и Google в ответ снизили цены на облачные "
     "сервисы для малого бизнеса, сообщили аналитики на конференции в Москве."),
    ("ru", "Russian headline in capitals",
     "СИЛЬНЫЙ СНЕГОПАД ЗАБЛОКИРОВАЛ ГОРНЫЙ ПЕРЕВАЛ НА ГРАНИЦЕ"),
    ("ru", "Russian quoting a Kazakh phrase",
     "Открывая форум, аким области процитировал пословицу «Бірлік бар жерде тірлік бар» и призвал "
     "предпринимателей вкладывать деньги в переработку зерна и мяса."),
    ("kk", "Kazakh full of Russian titles and names",
     "«Қазақтелеком» АҚ басқарма төрағасы Сергей Петров пен «Казпочта» АҚ өкілдері Алматыда "
     "өткен брифингте байланыс қызметтерінің тарифтері өзгермейтінін айтты."),
    ("kk", "Kazakh headline in capitals",
     "ҚАЛАЛЫҚ МӘСЛИХАТ ЕСКІ ТРАМВАЙ ПАРКІН ЖАБУ ТУРАЛЫ ШЕШІМ ҚАБЫЛДАДЫ"),
    ("kk", "Kazakh with Russian loanwords and numbers",
     "2004 жылғы 15 наурыздағы мәлімет бойынша облыстағы 37 кәсіпорын өнім шығаруды 12 пайызға арттырды, "
     "ал инвестиция көлемі 4,5 миллиард теңгеге жетті."),
    ("uk", "Ukrainian quoting a Russian sentence",
     "Свідок розповів суду, що посадовець сказав йому «Не лезь не в своё дело», після чого перестав "
     "відповідати на дзвінки, а згодом виїхав за кордон."),
    ("tr", "Turkish typed without its letters",
     "Belediye meclisi sali gunu eski tramvay deposunun kapatilmasina karar verdi ve alanin gelecek "
     "yilin sonuna kadar halka acik bir parka donusturulecegini acikladi."),
    ("pl", "Polish typed without its letters",
     "Rada miasta zdecydowala we wtorek o zamknieciu starej zajezdni tramwajowej, a na jej terenie do "
     "konca przyszlego roku powstanie park dla mieszkancow."),
    ("en", "English article with a table of figures",
     "Regional grain output, thousand tonnes: Akmola 4,812 (2003: 5,104); Kostanay 4,377 (4,905); "
     "North Kazakhstan 3,961 (4,420). Totals fell by 7.8 per cent on the year, the ministry said."),
    ("nl", "Dutch with English words",
     "De nieuwe app van de bank is volgens de CEO een game changer: klanten kunnen online hun hypotheek "
     "regelen en krijgen binnen een dag feedback van een adviseur."),
)

LENGTHS = ("headline", "sentence", "paragraph", "article", "trap")


@dataclass(frozen=True)
class Sample:
    """One text and the language it is in."""

    lang: str      # ISO 639-1 code of the answer
    length: str    # one of LENGTHS
    text: str
    note: str = ""


def _paragraphs(lang: str) -> list[Sample]:
    """Three consecutive sentences, once from each starting sentence."""
    sents = SENTENCES[lang]
    return [Sample(lang, "paragraph", " ".join(sents[(i + k) % len(sents)] for k in range(3)))
            for i in range(len(sents))]


def _articles(lang: str, count: int = 4) -> list[Sample]:
    """A headline over all the sentences, rotated so each article starts elsewhere."""
    sents = SENTENCES[lang]
    out = []
    for n in range(count):
        start = n * len(sents) // count
        order = sents[start:] + sents[:start]
        paras = [" ".join(order[i:i + 4]) for i in range(0, len(order), 4)]
        out.append(Sample(lang, "article", "\n\n".join([HEADLINES[lang][n], *paras])))
    return out


def samples(lengths: tuple[str, ...] = LENGTHS) -> list[Sample]:
    """The whole set (or the named length classes), in a fixed order."""
    out: list[Sample] = []
    for lang in SENTENCES:
        out += [Sample(lang, "headline", h) for h in HEADLINES[lang]]
        out += [Sample(lang, "sentence", s) for s in SENTENCES[lang]]
        out += _paragraphs(lang)
        out += _articles(lang)
    out += [Sample(lang, "trap", text, note) for lang, note, text in TRAPS]
    return [s for s in out if s.length in lengths]


def long_article(lang: str, size: int) -> str:
    """About ``size`` characters of one language: its articles over and over."""
    body = "\n\n".join(a.text for a in _articles(lang))
    return (body + "\n\n") * (size // (len(body) + 2) + 1)


#: Texts where saying nothing is right: (the only answer allowed besides None, what it is, text).
UNSURE: tuple[tuple[str | None, str, str], ...] = (
    (None, "names only", "Нурсултан Назарбаев, Касым-Жомарт Токаев, Даниал Ахметов"),
    (None, "a web address", "http://example.kz/news/2004/03/15/article-12345.html"),
    (None, "a catalogue number", "ISBN 978-601-7327-45-1, УДК 94(574), ББК 63.3(5Каз)"),
    ("en", "a photo credit", "AP Photo / John Smith, Associated Press"),
    ("kk", "Kazakh in the Latin alphabet of 2021",
     "Qalalyq máslıhat seısenbi kúni eski tramvaı parkin jabý týraly sheshim qabyldady."),
    ("kk", "Kazakh transliterated into plain ASCII",
     "Kalalyk maslikhat seisenbi kuni eski tramvai parkin zhabu turaly sheshim kabyldady."),
)

# --------------------------------------------------------------------------- the libraries compared

#: A detector: text in, (ISO 639-1 tag or None, confidence) out.
Detector = Callable[[str], tuple[str | None, float]]


def py3langid_detector() -> tuple[str, Detector]:
    """py3langid as the archive uses it (all labels, regional forms folded), without its thresholds."""
    from archive.description import language

    language.ranked("warm up")  # loads the model, so its time counts as loading

    def detect(text: str) -> tuple[str | None, float]:
        return language.ranked(text)[0]
    return language.method(), detect


def lingua_detector() -> tuple[str, Detector]:
    """Lingua with all its languages and models loaded up front (its high-accuracy mode)."""
    from lingua import LanguageDetectorBuilder

    detector = LanguageDetectorBuilder.from_all_languages().with_preloaded_language_models().build()

    def detect(text: str) -> tuple[str | None, float]:
        values = detector.compute_language_confidence_values(text)
        if not values or values[0].value == 0.0:
            return None, 0.0
        return values[0].language.iso_code_639_1.name.lower(), values[0].value
    return f"lingua-language-detector {version('lingua-language-detector')}", detect

