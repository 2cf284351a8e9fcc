"""The texts of the encoding corpus (tests/encoding_corpus.py), written for it.

Invented local news, a few paragraphs each, in the languages and scripts the
archive receives: prose, because detectors judge letter and word statistics
and a word list would mislead them; typographic punctuation where the
language's press uses it, because the code pages differ in whether they hold
it. Kept apart from the generator so that each file stays readable.
"""

from __future__ import annotations

#: language -> (script, region for the double-byte code pages, text)
TEXTS: dict[str, tuple[str, str, str]] = {
    "russian": ("Cyrillic", "ru", (
        "Вчера в Алматы прошло заседание городского совета, на котором депутаты обсудили проект бюджета на "
        "следующий год. По словам председателя комиссии по экономике, расходы на общественный транспорт вырастут "
        "почти на треть, а строительство новых школ начнётся уже весной.\n"
        "Представители оппозиции заявили, что документ подготовлен в спешке и не учитывает мнение жителей "
        "окраин. «Мы получили текст за два дня до голосования», — сказал один из депутатов журналистам после "
        "заседания. Мэр города ответил, что все замечания будут рассмотрены во втором чтении.\n"
        "Тем временем в центре города собрались несколько сотен пенсионеров, требовавших повысить льготы на "
        "проезд. Полиция не вмешивалась, акция завершилась мирно через два часа. Экономисты, опрошенные нашей "
        "газетой, считают, что рост цен на топливо заставит власти пересмотреть тарифы уже к лету. Следующее "
        "заседание совета назначено на 15 марта; ожидается, что на нём будет принят окончательный вариант.")),
    "ukrainian": ("Cyrillic", "uk", (
        "Київська міська рада у четвер ухвалила програму ремонту мостів, яка розрахована на п'ять років. Згідно "
        "з документом, першочергово відновлять шляхопровід на Лівому березі, де минулої осені обвалилася "
        "частина огорожі. Голова профільної комісії пояснив журналістам, що гроші надійдуть з міського бюджету "
        "та з кредиту європейського банку.\n"
        "Опозиційні депутати голосували проти: на їхню думку, кошторис завищений майже вдвічі, а підрядника "
        "обрали без відкритого конкурсу. «Ми вимагаємо оприлюднити всі договори», — заявила депутатка від "
        "фракції меншості. Мешканці прилеглих вулиць скаржаться на затори, які утворюються щоранку через "
        "обмеження руху.\n"
        "Міський голова пообіцяв, що ґрунтовні роботи почнуться лише після завершення опалювального сезону, щоб "
        "не залишити будинки без гарячої води. Наступне засідання ради призначене на кінець місяця; на ньому "
        "мають розглянути звіт про виконання торішнього бюджету та зміни до правил паркування в центрі міста.")),
    "bulgarian": ("Cyrillic", "bg", (
        "Министерският съвет одобри днес проекта за нов закон за горите, който предвижда по-строг контрол върху "
        "сечта в планинските райони. Според министъра на земеделието през последните десет години незаконно са "
        "изсечени хиляди хектари, а глобите досега са били твърде ниски, за да възпират нарушителите.\n"
        "Еколозите посрещнаха предложението с предпазлив оптимизъм, но настояват държавата да наеме повече "
        "горски инспектори. „Без хора на терена и най-добрият закон остава на хартия“, каза представител на "
        "едно от сдруженията. Общините в Родопите пък се опасяват, че новите правила ще затруднят местните "
        "фирми, които изкупуват дървесина. Кметът на Смолян поиска среща с министъра още тази седмица.\n"
        "Законопроектът трябва да бъде обсъден в парламентарната комисия по околната среда, след което ще бъде "
        "гласуван на първо четене. Очаква се дебатът да продължи поне до края на месеца.")),
    "kazakh": ("Cyrillic", "kk", (
        "Алматы облысында өткен жиналыста аудан әкімі жаңа мектептің құрылысы туралы есеп берді. Оның "
        "айтуынша, ғимараттың қабырғалары биыл күзде толық тұрғызылады, ал оқушылар келесі жылдың қыркүйегінде "
        "сабаққа бара алады. Мектепке жаңа жиһаз бен компьютерлер әкелінеді.\n"
        "Ауыл тұрғындары жол мен ауыз судың жағдайына наразылық білдірді. «Көктемде су тасығанда балалар "
        "мектепке жете алмайды», — деді бір ана. Әкім көпір салуға қаржы бөлінетінін, бірақ жұмыстың қашан "
        "басталатыны әлі белгісіз екенін мойындады.\n"
        "Сонымен қатар облыстық денсаулық сақтау басқармасы ауылдық емханаларға жаңа құрал-жабдықтар "
        "жеткізілгенін хабарлады. Дәрігерлердің жетіспеушілігі әлі де өзекті мәселе болып қалып отыр: кейбір "
        "ауылдарда бір фельдшер үш елді мекенге қызмет көрсетеді. Жергілікті депутаттар бұл мәселені келесі "
        "сессияда қарауға уәде берді. Шаруалар көктемгі егіс науқанына дайындық жүріп жатқанын айтты, бірақ "
        "жанар-жағармай бағасының өсуі оларды алаңдатады.")),
    "greek": ("Greek", "el", (
        "Το υπουργικό συμβούλιο ενέκρινε χθες το νομοσχέδιο για τη μεταρρύθμιση του συστήματος υγείας, το οποίο "
        "αναμένεται να κατατεθεί στη Βουλή την επόμενη εβδομάδα. Σύμφωνα με τον αρμόδιο υπουργό, τα νοσοκομεία "
        "της περιφέρειας θα αποκτήσουν περισσότερο προσωπικό και νέα ιατρικά μηχανήματα μέχρι το τέλος του "
        "έτους.\n"
        "Η αντιπολίτευση κατηγόρησε την κυβέρνηση ότι βιάζεται να περάσει το νομοσχέδιο χωρίς ουσιαστικό "
        "διάλογο με τους γιατρούς. «Δεν μας ρώτησε κανείς», δήλωσε ο πρόεδρος της ένωσης νοσοκομειακών ιατρών "
        "της Αθήνας. Ένα από τα πιο αμφιλεγόμενα σημεία αφορά την κατάργηση των εφημεριών στα μικρά κέντρα "
        "υγείας των νησιών.\n"
        "Οι κάτοικοι της Νάξου, της Πάρου και του Άγιου Νικολάου έχουν ήδη συγκεντρώσει υπογραφές εναντίον του "
        "μέτρου. Ο υπουργός υποσχέθηκε ότι καμία μονάδα δεν θα κλείσει, ενώ οι αναλυτές εκτιμούν ότι το κόστος "
        "της μεταρρύθμισης θα ξεπεράσει τα διακόσια εκατομμύρια ευρώ.")),
    "hebrew": ("Hebrew", "he", (
        "הממשלה אישרה אתמול את תקציב המדינה לשנה הבאה, לאחר דיון סוער שנמשך עד שעות הלילה המאוחרות. לפי "
        "הודעת משרד האוצר, ההוצאה על חינוך תגדל בשמונה אחוזים, ורוב הכסף יופנה לבניית כיתות חדשות בערי "
        "הפריפריה.\n"
        "ראשי הרשויות המקומיות בצפון בירכו על ההחלטה, אך הזהירו כי הסכום אינו מספיק כדי לסגור את הפערים. "
        "\"אנחנו מחכים שנים לבית ספר תיכון חדש\", אמר ראש המועצה בשיחה עם עיתונאים. ארגוני הסטודנטים הודיעו "
        "על הפגנה מול משרדי הממשלה בירושלים ביום ראשון, במחאה על העלאת שכר הלימוד.\n"
        "במקביל, בנק ישראל פרסם את תחזית הצמיחה העדכנית – הוא צופה האטה קלה בשל הירידה ביצוא. הכלכלנים "
        "מעריכים כי הריבית תישאר ללא שינוי עד סוף הרבעון. הכנסת צפויה להצביע על התקציב בקריאה ראשונה "
        "בשבוע הבא.\n"
        "בתחום התחבורה, משרד התחבורה הודיע כי הרכבת הקלה תפעל גם בסופי שבוע בשעות מוגבלות, בניסוי שיימשך "
        "שלושה חודשים. נהגי המוניות מחו על ההחלטה וטענו כי היא תפגע בפרנסתם.")),
    "arabic": ("Arabic", "ar", (
        "أعلنت وزارة الصحة اليوم عن خطة جديدة لتوسيع شبكة المستشفيات في المناطق الريفية، وذلك بعد سلسلة من "
        "الشكاوى حول نقص الأطباء والأدوية. وقال الوزير في مؤتمر صحفي إن الحكومة خصصت مبلغاً كبيراً لبناء "
        "عشرة مراكز صحية خلال العامين المقبلين، مشيراً إلى أن الأولوية ستكون للمحافظات الجنوبية.\n"
        "ورحب نواب المعارضة بالخطة، لكنهم طالبوا بنشر تفاصيل العقود والجدول الزمني للتنفيذ. من جهة أخرى، "
        "أكد اتحاد الأطباء أن رواتب العاملين في القطاع العام لم ترتفع منذ خمس سنوات، وأن كثيراً من الخريجين "
        "يفضلون السفر إلى الخارج.\n"
        "وفي العاصمة، تجمع مئات المواطنين أمام مبنى البرلمان للمطالبة بتحسين الخدمات العامة وخفض أسعار "
        "الوقود. وانتهت الوقفة بهدوء بعد أن استقبل رئيس لجنة الصحة وفداً من المحتجين. ومن المنتظر أن يناقش "
        "مجلس الوزراء الخطة في جلسته المقبلة يوم الأحد.\n"
        "وعلى صعيد آخر، قررت البلدية إغلاق السوق القديم مؤقتاً لإجراء أعمال صيانة للمباني الأثرية، على أن "
        "يُعاد فتحه قبل بداية شهر رمضان. وأبدى التجار قلقهم من تراجع المبيعات خلال فترة الإغلاق.")),
    "turkish": ("Latin", "tr", (
        "Büyükşehir belediye meclisi dün akşam yaptığı toplantıda, şehir merkezindeki tarihi çarşının "
        "yenilenmesi için hazırlanan projeyi oy çokluğuyla kabul etti. Belediye başkanı, çalışmaların "
        "ilkbaharda başlayacağını ve esnafın mağdur edilmeyeceğini söyledi.\n"
        "Muhalefet grubundan bir meclis üyesi ise projenin maliyetinin açıklanmadığını, ihalenin şeffaf "
        "yapılması gerektiğini vurguladı. Çarşıdaki dükkân sahipleri, iki yıl sürmesi beklenen inşaat boyunca "
        "müşteri kaybından endişe ediyor. “Zaten zor günler geçiriyoruz,” dedi kırk yıldır bakırcılık yapan "
        "Mehmet Usta.\n"
        "Öte yandan İstanbul’dan gelen uzmanlar, yapıların özgün dokusunun korunacağını, ahşap cephelerin eski "
        "fotoğraflara göre onarılacağını belirtti. Ulaşım müdürlüğü, otobüs güzergâhlarının geçici olarak "
        "değişeceğini ve yeni durakların önümüzdeki hafta ilan edileceğini duyurdu.\n"
        "Valilik de bölgedeki trafik düzenlemesi için ayrı bir çalışma başlattı; esnaf odası başkanı ise "
        "kararın acele alındığını ve çarşı halkıyla yeterince görüşülmediğini öne sürdü.")),
    "polish": ("Latin", "pl", (
        "Rada miasta Krakowa przyjęła w środę uchwałę o rozszerzeniu strefy płatnego parkowania na kolejne "
        "dzielnice. Zmiany wejdą w życie od pierwszego lipca, a opłata za godzinę postoju wzrośnie o złotówkę. "
        "Zdaniem wiceprezydenta miasta nowe przepisy mają zmniejszyć liczbę samochodów w centrum i skłonić "
        "mieszkańców do korzystania z tramwajów.\n"
        "Przedsiębiorcy z ulicy Długiej obawiają się jednak, że klienci przestaną przyjeżdżać do ich sklepów. "
        "„Już teraz trudno tu znaleźć miejsce”, powiedziała właścicielka małej księgarni. Radni opozycji "
        "złożyli wniosek o przeprowadzenie konsultacji społecznych, ale został on odrzucony.\n"
        "Równocześnie trwa remont wiaduktu nad torami przy Dworcu Głównym, który potrwa do jesieni. Kierowcy "
        "muszą liczyć się z utrudnieniami, szczególnie w godzinach porannego szczytu. Źródła w magistracie "
        "twierdzą, że ceny biletów komunikacji miejskiej pozostaną bez zmian.")),
    "czech": ("Latin", "cs", (
        "Vláda v pondělí schválila návrh zákona o podpoře obnovitelných zdrojů energie, který nyní projedná "
        "Poslanecká sněmovna. Ministr průmyslu řekl novinářům, že cílem je snížit závislost země na dovozu "
        "zemního plynu a zároveň udržet ceny elektřiny pro domácnosti pod kontrolou.\n"
        "Podle návrhu budou obce moci zakládat energetická společenství a prodávat přebytečnou elektřinu ze "
        "střešních panelů sousedům. Opoziční poslanci kritizují, že stát nepočítá s dostatečnými penězi na "
        "modernizaci přenosové soustavy. „Bez nových vedení zůstanou elektrárny na jihu odpojené,“ uvedl "
        "předseda hospodářského výboru.\n"
        "V Ostravě mezitím pokračuje stávka zaměstnanců hutí, kteří požadují zvýšení mezd o osm procent. Vedení "
        "podniku teď tvrdí, že si kvůli drahým energiím nemůže dovolit víc než tři procenta, a chuť k dohodě "
        "je na obou stranách malá. Jednání mají pokračovat ve čtvrtek za účasti zástupců ministerstva práce.")),
    "hungarian": ("Latin", "hu", (
        "A kormány szerdán bejelentette, hogy jövő évtől emeli a pedagógusok fizetését, és új tankönyveket vezet "
        "be az általános iskolákban, valamint támogatja az épületek fűtésének korszerűsítését. Az oktatási "
        "miniszter szerint a béremelés átlagosan tizenöt százalékos lesz, ám a szakszervezetek ezt kevésnek "
        "tartják.\n"
        "„Évek óta ígéretekből élünk” – mondta a tanárok egyik érdekvédelmi szervezetének elnöke egy budapesti "
        "sajtótájékoztatón. Az ellenzéki pártok azt követelik, hogy a kormány hozza nyilvánosságra a program "
        "pontos költségvetését.\n"
        "Közben Debrecenben több száz szülő tüntetett egy kisváros iskolájának bezárása ellen; a fenntartó "
        "szerint túl kevés a gyerek ahhoz, hogy az intézmény gazdaságosan működjön. A helyi önkormányzat "
        "ígéretet tett arra, hogy ingyenes iskolabuszt indít a szomszédos településre. A parlament várhatóan "
        "ősszel szavaz a törvénymódosításról.")),
    "romanian": ("Latin", "ro", (
        "Guvernul a aprobat joi un pachet de măsuri pentru sprijinirea fermierilor afectați de seceta din "
        "această vară. Potrivit ministrului agriculturii, producătorii vor primi despăgubiri pentru fiecare "
        "hectar de porumb și floarea-soarelui compromis, iar plățile ar urma să înceapă în luna noiembrie.\n"
        "Asociațiile din sectorul agricol spun însă că sumele sunt prea mici și că birocrația îi va descuraja "
        "pe mulți să depună cereri. „Am pierdut aproape toată recolta și nimeni nu ne-a întrebat nimic”, a "
        "declarat un fermier din județul Teleorman. Opoziția a cerut ca ministrul să fie audiat în Parlament.\n"
        "În paralel, Administrația Națională Apele Române a anunțat că nivelul Dunării a scăzut la cel mai "
        "redus nivel din ultimii douăzeci de ani, ceea ce îngreunează transportul de mărfuri pe fluviu. "
        "Specialiștii avertizează că seceta ar putea deveni o problemă frecventă în sudul țării.")),
    "german": ("Latin", "de", (
        "Der Stadtrat von Leipzig hat am Dienstagabend beschlossen, die Gebühren für Kindertagesstätten im "
        "kommenden Jahr nicht zu erhöhen. Nach Angaben der Kämmerei fehlen der Stadt rund zwölf Millionen Euro, "
        "die nun durch Einsparungen bei der Straßenbeleuchtung und beim Bau eines Verwaltungsgebäudes "
        "ausgeglichen werden sollen.\n"
        "Elternvertreter begrüßten die Entscheidung, forderten aber zugleich mehr Personal: „Die Gruppen sind zu "
        "groß, die Erzieherinnen am Ende ihrer Kräfte“, sagte eine Sprecherin des Stadtelternrates. Die "
        "Opposition kritisierte, dass die Kürzungen vor allem die äußeren Stadtteile träfen.\n"
        "Unterdessen meldete die örtliche Polizei einen deutlichen Rückgang der Fahrraddiebstähle. Seit der "
        "Einführung überwachter Abstellanlagen am Hauptbahnhof sei die Zahl der Anzeigen um fast ein Drittel "
        "gesunken. Über den Haushalt soll endgültig im März abgestimmt werden.")),
    "french": ("Latin", "fr", (
        "Le conseil municipal de Lyon a adopté lundi soir un plan de rénovation des écoles maternelles, dont le "
        "coût total est estimé à quarante millions d’euros sur cinq ans. Selon l’adjointe chargée de "
        "l’éducation, les travaux porteront d’abord sur l’isolation des bâtiments et le remplacement des "
        "chaudières au fioul.\n"
        "« Nos enfants ont froid l’hiver et trop chaud au mois de juin », a-t-elle déclaré devant les élus. "
        "L’opposition a voté contre, estimant que le financement repose sur une hausse déguisée de la taxe "
        "foncière. Les syndicats d’enseignants saluent l’effort mais réclament davantage de postes.\n"
        "Par ailleurs, la préfecture a annoncé la fermeture du tunnel de la Croix-Rousse pendant trois "
        "week-ends consécutifs. Enfin, le maire a confirmé que la fête des Lumières aurait bien lieu en "
        "décembre, malgré les économies d’énergie demandées par l’État. Un cœur de ville plus sobre, a-t-il "
        "promis, mais toujours aussi lumineux.")),
    "spanish": ("Latin", "es", (
        "El Ayuntamiento de Sevilla aprobó ayer por la tarde el nuevo plan de movilidad, que prevé ampliar los "
        "carriles para bicicletas y peatonalizar varias calles del casco antiguo. Según la concejala de "
        "Urbanismo, las obras comenzarán en otoño y durarán cerca de dos años.\n"
        "Los comerciantes del centro temen que la reducción del tráfico les haga perder clientes. «¿Quién va a "
        "venir a comprar si no puede aparcar?», se preguntó el presidente de la asociación de vendedores. Los "
        "vecinos, en cambio, celebran la medida porque llevan años quejándose del ruido.\n"
        "Mientras tanto, la ola de calor continúa: el termómetro alcanzó ayer los cuarenta y cuatro grados, y la "
        "Junta de Andalucía mantiene la alerta naranja en toda la provincia. ¡Qué verano!, comentaban los "
        "turistas en la plaza de España.\n"
        "Por otra parte, la Universidad de Sevilla anunció que retrasará una semana el inicio de los exámenes de "
        "septiembre para evitar las horas de más calor. Los estudiantes pidieron además que las bibliotecas "
        "abran por la noche.")),
    "portuguese": ("Latin", "pt", (
        "A Câmara Municipal do Porto aprovou ontem um programa de habitação acessível que prevê a construção de "
        "mil e duzentas casas até ao final da década. Segundo o vereador responsável, as primeiras obras "
        "arrancam em março nos terrenos de uma antiga fábrica têxtil, na zona oriental da cidade.\n"
        "A oposição considera que o número de fogos é insuficiente face à procura, que não pára de crescer. "
        "«Há jovens casais que pagam metade do ordenado por um quarto», lembrou uma deputada municipal. Os "
        "proprietários de alojamento local contestam as novas restrições às licenças.\n"
        "Entretanto, a empresa de transportes anunciou a compra de quarenta autocarros elétricos, que começarão "
        "a circular no próximo verão. O presidente da câmara garantiu que as tarifas se manterão inalteradas.\n"
        "Na mesma reunião, os vereadores aprovaram por unanimidade a reabilitação do mercado do Bolhão, cujas "
        "obras deverão terminar no outono. Os comerciantes, instalados provisoriamente num centro comercial, "
        "esperam regressar antes do Natal.")),
    "lithuanian": ("Latin", "lt", (
        "Vilniaus miesto taryba trečiadienį pritarė naujam viešojo transporto planui, pagal kurį iki kitų metų "
        "pabaigos į gatves išvažiuos šimtas naujų elektrinių autobusų. Savivaldybės atstovo teigimu, seni "
        "troleibusai bus palaipsniui nurašyti, o bilietų kainos nesikeis.\n"
        "Opozicijos nariai abejoja, ar miestas turės pakankamai lėšų įkrovimo stotelėms įrengti. „Planas "
        "gražus, bet pinigų jam niekas nenumatė“, – sakė vienas tarybos narys. Gyventojai skundžiasi, kad "
        "priemiesčiuose autobusai važiuoja per retai, ypač vakarais ir savaitgaliais.\n"
        "Tuo tarpu Kaune prasidėjo Laisvės alėjos rekonstrukcija: darbininkai keičia grindinį, sodina naujus "
        "medžius ir įrengia suoliukus. Prekybininkai tikisi, kad atnaujinta gatvė pritrauks daugiau lankytojų. "
        "Darbai turėtų būti baigti iki rugsėjo, kai mieste vyks tarptautinis kultūros festivalis.\n"
        "Be to, savivaldybė paskelbė, kad nuo spalio pradžios mokyklose bus nemokami pietūs pradinių klasių "
        "mokiniams. Tėvų asociacija šį sprendimą pasveikino, tačiau paprašė užtikrinti maisto kokybę.")),
    "latvian": ("Latin", "lv", (
        "Rīgas dome ceturtdien apstiprināja budžeta grozījumus, kas paredz papildu līdzekļus skolu remontam un "
        "ielu apgaismojumam. Finanšu komitejas vadītājs skaidroja, ka naudu izdevies atrast, samazinot "
        "izdevumus pašvaldības uzņēmumu reklāmai. Opozīcija pārmet koalīcijai, ka lēmums pieņemts steigā.\n"
        "„Mēs dokumentus saņēmām tikai vakar vakarā,“ sacīja kāds deputāts. Tikmēr Daugavpilī turpinās strīds "
        "par veco ūdensvada tīklu: iedzīvotāji sūdzas par rūsganu ūdeni, bet uzņēmums apgalvo, ka tā kvalitāte "
        "atbilst normām. Veselības inspekcija solīja nākamnedēļ paņemt jaunus paraugus.\n"
        "Ķekavas novadā šonedēļ atklāja jaunu bērnudārzu, kurā vietas atradīs gandrīz divsimt bērnu; ģimenes to "
        "gaidīja vairākus gadus. Ļoti daudz vecāku bija ieradušies uz atklāšanu.\n"
        "Satiksmes ministrija paziņoja, ka vilcienu kustība starp Rīgu un Jelgavu remontdarbu dēļ tiks "
        "ierobežota līdz mēneša beigām. Pasažieriem ieteikts izmantot autobusus, kuru biļetes būs derīgas arī "
        "vilcienos.")),
    "vietnamese": ("Latin", "vi", (
        "Ủy ban nhân dân thành phố Hà Nội vừa công bố kế hoạch mở rộng mạng lưới xe buýt điện trong năm tới, "
        "nhằm giảm ô nhiễm không khí và ùn tắc giao thông ở khu vực nội thành. Theo đại diện Sở Giao thông vận "
        "tải, thành phố sẽ đưa thêm một trăm xe mới vào hoạt động và xây dựng các trạm sạc tại những bến xe lớn.\n"
        "Nhiều người dân bày tỏ sự đồng tình, nhưng cũng lo ngại về tần suất chuyến xe vào giờ cao điểm. “Tôi "
        "muốn đi xe buýt, nhưng phải chờ quá lâu”, một nhân viên văn phòng ở quận Cầu Giấy cho biết.\n"
        "Trong khi đó, tại Thành phố Hồ Chí Minh, tuyến tàu điện ngầm đầu tiên đã chạy thử nghiệm thành công và "
        "dự kiến chính thức vận hành vào cuối năm. Giá vé chưa được công bố, song lãnh đạo thành phố khẳng định "
        "sẽ ở mức phù hợp với thu nhập của người lao động.\n"
        "Cùng ngày, Sở Giáo dục thông báo các trường học sẽ cho học sinh nghỉ hai ngày vì bão sắp đổ bộ vào các "
        "tỉnh ven biển miền Trung. Người dân được khuyến cáo chằng chống nhà cửa và hạn chế ra khỏi nhà.")),
    "thai": ("Thai", "th", (
        "คณะรัฐมนตรีมีมติเห็นชอบแผนพัฒนาระบบขนส่งสาธารณะในกรุงเทพมหานครเมื่อวันอังคารที่ผ่านมา "
        "โดยจะเพิ่มรถโดยสารไฟฟ้าอีกหลายร้อยคันภายในสองปีข้างหน้า รัฐมนตรีว่าการกระทรวงคมนาคมกล่าวว่า "
        "โครงการนี้จะช่วยลดมลพิษทางอากาศและปัญหาการจราจรติดขัดในเขตเมือง\n"
        "ฝ่ายค้านตั้งข้อสังเกตว่ารัฐบาลยังไม่ได้เปิดเผยรายละเอียดของงบประมาณและวิธีการจัดซื้อ "
        "ชาวบ้านในย่านชานเมืองหลายคนบอกว่ารถเมล์มาช้าและไม่ตรงเวลา โดยเฉพาะในช่วงเช้าและเย็น "
        "ผู้เชี่ยวชาญด้านการวางผังเมืองเสนอให้สร้างช่องทางเดินรถเฉพาะสำหรับรถโดยสาร เพื่อให้ผู้คนหันมาใช้บริการมากขึ้น\n"
        "ขณะเดียวกัน กรมอุตุนิยมวิทยาเตือนว่าจะมีฝนตกหนักในภาคใต้ตลอดสัปดาห์นี้ "
        "ประชาชนควรติดตามข่าวสารอย่างใกล้ชิดและเตรียมพร้อมรับมือกับน้ำท่วม\n"
        "นอกจากนี้ กระทรวงศึกษาธิการประกาศเลื่อนการเปิดภาคเรียนในจังหวัดที่ได้รับผลกระทบออกไปหนึ่งสัปดาห์ "
        "เพื่อให้โรงเรียนมีเวลาซ่อมแซมอาคารเรียนและทำความสะอาดห้องเรียน")),
    "chinese-simplified": ("Han", "zh", (
        "市政府昨天召开新闻发布会，宣布将在明年投入三十亿元用于改善城市公共交通。根据计划，全市将新增两百辆"
        "电动公交车，并在主要交通枢纽建设充电站。交通局负责人表示，新线路将优先覆盖郊区的新建住宅区，以缓解"
        "居民上下班的困难。\n"
        "不少市民对这一计划表示欢迎，但也有人担心票价会随之上涨。“我们希望公交车能更准时，而不是更贵。”一位"
        "在地铁站等车的退休教师说。人大代表在会上提出，应当公开采购合同，接受社会监督。\n"
        "另外，气象部门发布暴雨预警，预计本周末南部地区将出现强降雨，部分路段可能积水。有关部门提醒市民减少"
        "不必要的外出，注意出行安全。国家统计局本月公布的数据显示，第三季度全国居民人均可支配收入同比增长"
        "百分之五点二，消费市场继续保持恢复势头。\n"
        "教育局还宣布，从下学期开始，全市中小学将推行课后服务，学生可以在校内完成作业并参加体育和艺术活动。家长"
        "普遍认为，这项措施有助于减轻接送孩子的压力，但也希望学校提高服务质量，合理安排时间。")),
    "chinese-traditional": ("Han", "zh", (
        "市議會昨日通過新的都市更新條例，允許老舊公寓在取得多數住戶同意後進行重建。市長在記者會上表示，條例"
        "將加快改善危險建築，並保障原住戶的居住權益。反對派議員則批評，條例對租屋者的保護不足，可能導致弱勢"
        "家庭被迫搬離。\n"
        "「我們不反對重建，但不能讓老人流落街頭。」一名社福團體代表說。根據市府統計，全市屋齡超過四十年的住宅"
        "約有三萬棟，其中不少位於人口密集的舊市區。建築師公會建議政府提供低利貸款，協助住戶負擔重建費用。\n"
        "此外，交通部宣布，連接南北的高速鐵路將於下月起增加班次，以因應連假期間的旅運需求。氣象局也提醒民眾，"
        "颱風可能於週末接近東部海面，各地應做好防颱準備。\n"
        "在經濟方面，主計總處公布最新統計，今年前三季出口金額較去年同期成長百分之八，主要受惠於電子零組件的強勁"
        "需求。不過，學者提醒，國際市場仍有許多不確定因素，政府應及早研擬因應措施，協助中小企業轉型升級。")),
    "japanese": ("Japanese", "ja", (
        "東京都は昨日、来年度から都内の公立小中学校で給食費を無償化する方針を発表した。知事は記者会見で、物価の"
        "上昇が続く中、子育て世帯の負担を少しでも軽くしたいと述べた。必要な予算は年間およそ四百億円と見込まれて"
        "おり、財源には税収の増加分を充てるという。\n"
        "一方、野党の議員からは、一時的な人気取りではないかとの批判も出ている。「本当に必要なのは教員の数を増やす"
        "ことだ」と、ある区議会議員は話した。保護者の多くは今回の決定を歓迎しているが、給食の質が下がらないか"
        "心配する声もある。\n"
        "また、気象庁によると、今週末は関東地方で大雨となるおそれがあり、土砂災害や河川の増水に十分注意するよう"
        "呼びかけている。鉄道各社は、運転を見合わせる可能性があると発表した。\n"
        "このほか、市内の商店街では年末の売り出しが始まり、多くの買い物客でにぎわった。商店街の組合長は、昨年より"
        "も客足が戻ってきたと話し、地元の野菜や果物を安く販売する朝市を来月も続ける考えを示した。")),
    "korean": ("Hangul", "ko", (
        "서울시는 어제 대중교통 요금을 내년 봄부터 인상하는 방안을 발표했다. 시 관계자는 연료비와 인건비가 크게 "
        "오르면서 지하철과 버스의 적자가 매년 늘고 있다고 설명했다. 이번 조정으로 성인 기본요금은 약 이백 원 "
        "오를 예정이며, 청소년과 노인에 대한 할인 제도는 그대로 유지된다.\n"
        "시민단체들은 서민의 부담이 커질 것이라며 반대 의견을 밝혔다. \"월급은 그대로인데 교통비만 오른다\"고 "
        "한 직장인은 말했다. 시의회는 다음 달 공청회를 열어 시민들의 의견을 듣기로 했다.\n"
        "한편 기상청은 이번 주말 전국에 비가 내리고 기온이 크게 떨어질 것으로 예보했다. 특히 강원도 산간 "
        "지역에는 첫눈이 내릴 가능성도 있다고 밝혔다. 농민들은 수확이 끝나지 않은 밭작물의 피해를 걱정하고 있다.\n"
        "또한 교육청은 다음 학기부터 초등학교 방과 후 수업을 무료로 운영하겠다고 밝혔다. 학부모들은 환영하면서도 "
        "강사의 수를 충분히 늘려야 한다고 지적했다. 교육감은 예산이 확보되는 대로 지원을 확대하겠다고 약속했다.")),
}

_RUSSIAN_SEED = ("Председатель партии Демократический выбор Казахстана заявил журналистам, "
                 "что власти преследуют оппозицию. Суд приговорил его к семи годам заключения.")
_FRENCH_SEED = ("Le président a déclaré à Almaty que l'élection était libre. "
                "Les observateurs étrangers ont critiqué le scrutin.")
#: the short texts of tests/test_encoding.py: (name, text, codec written in)
SEEDS: tuple[tuple[str, str, str], ...] = (
    ("russian-cp1251", _RUSSIAN_SEED, "cp1251"),
    ("russian-koi8r", _RUSSIAN_SEED, "koi8_r"),
    ("russian-cp866", _RUSSIAN_SEED, "cp866"),
    ("russian-caps-cp1251", _RUSSIAN_SEED.upper(), "cp1251"),
    ("russian-caps-koi8r", _RUSSIAN_SEED.upper(), "koi8_r"),
    ("kazakh-kz1048", "Қазақстан Республикасының Президенті бүгін Астанада сөз сөйледі. "
                      "Өкілдер наразылық білдірді.", "kz1048"),
    ("ukrainian-cp1251", "Київ. Президент України заявив, що ґрунтовні реформи є необхідними. "
                         "Її позиція відома.", "cp1251"),
    ("french-latin1", _FRENCH_SEED, "iso8859_1"),
    ("french-cp1252", _FRENCH_SEED.replace("'", "\u2019"), "cp1252"),
    ("hello-koi8r", "Привет, мир", "koi8_r"),
    ("hello-cp1251", "Привет, мир", "cp1251"),
)
