"""Völklingen: the concept section and the current edition (Fortschreibung 2020)
with its whole structure: goals, measures, responsible bodies, partners,
timeframes, budgets and indicators.

Terms follow locale/GLOSSARY.md: “Integrationskonzept” is the integration
strategy (the German word in brackets only where it stands alone as the
section's heading), “Fortschreibung” the updated edition, “Integrationsbeirat”
the integration advisory council, “Integrationsbüro” the Integration Office,
“Stadtrat” the city council. Authorities readers deal with themselves keep
their German name with a translation in brackets (Jobcenter, Agentur für
Arbeit, Bürgeramt, Sozialamt), so that they recognise the sign on the door;
internal offices are simply translated. Years and spans of years stay as
they are. Goals read as aims (“Cut waiting times …”), as in the German.
"""

TEXTS = {
    # --- The concept section -----------------------------------------------------
    "Integrationskonzept": {
        "en": "Integration strategy (Integrationskonzept)",
        "tr": "Entegrasyon stratejisi (Integrationskonzept)",
        "ar": "استراتيجية الاندماج (Integrationskonzept)",
        "uk": "Концепція інтеграції (Integrationskonzept)",
    },
    "integrationskonzept": {
        "en": "integration-strategy",
        "tr": "entegrasyon-stratejisi",
        "ar": "integrationskonzept",
        "uk": "integrationskonzept",
    },
    "Das Integrationskonzept von Völklingen in allen Ausgaben.": {
        "en": "Völklingen's integration strategy in all its editions.",
        "tr": "Völklingen'in entegrasyon stratejisinin tüm sürümleri.",
        "ar": "استراتيجية الاندماج في فولكلينغن بجميع إصداراتها.",
        "uk": "Концепція інтеграції Фельклінгена в усіх редакціях.",
    },
    # --- The edition: title, summary, council decision ------------------------------
    "Integrationskonzept – Fortschreibung 2020": {
        "en": "Integration strategy – updated edition 2020",
        "tr": "Entegrasyon stratejisi – 2020 güncellenmiş sürümü",
        "ar": "استراتيجية الاندماج – الإصدار المحدَّث 2020",
        "uk": "Концепція інтеграції – оновлена редакція 2020 року",
    },
    "integrationskonzept-2020": {
        "en": "integration-strategy-2020",
        "tr": "entegrasyon-stratejisi-2020",
        "ar": "integrationskonzept-2020",
        "uk": "integrationskonzept-2020",
    },
    (
        "Die Fortschreibung des Konzepts von 2009: ab 2017 erarbeitet mit dem Institut "
        "iSPO, einer Steuerungs- und einer Arbeitsgruppe, einer Bestandsaufnahme und "
        "Gesprächsrunden mit der Bürgerschaft. Der Stadtrat hat sie im September 2020 "
        "beschlossen."
    ): {
        "en": (
            "The updated edition of the 2009 strategy: drawn up from 2017 onwards with the "
            "iSPO institute, a steering group and a working group, a review of the current "
            "situation and discussion rounds with residents. The city council adopted it "
            "in September 2020."
        ),
        "tr": (
            "2009 stratejisinin güncellenmiş sürümü: 2017'den itibaren iSPO enstitüsüyle, bir "
            "yönlendirme grubu ve bir çalışma grubuyla, bir durum tespiti ve vatandaşlarla "
            "yapılan söyleşilerle hazırlandı. Belediye meclisi bu sürümü Eylül 2020'de kabul "
            "etti."
        ),
        "ar": (
            "الإصدار المحدَّث لاستراتيجية عام 2009: أُعدّ ابتداءً من عام 2017 بالتعاون مع "
            "معهد iSPO وفريق توجيه ومجموعة عمل، واستند إلى تقييم للوضع القائم وإلى جلسات "
            "حوار مع سكان المدينة. وقد اعتمده مجلس المدينة في أيلول/سبتمبر 2020."
        ),
        "uk": (
            "Оновлена редакція концепції 2009 року: її розробляли з 2017 року разом з "
            "інститутом iSPO, керівною та робочою групами, на основі аналізу ситуації та "
            "круглих столів із мешканцями міста. Міська рада ухвалила її у вересні 2020 року."
        ),
    },
    "Stadtrat": {
        "en": "City council",
        "tr": "Belediye meclisi",
        "ar": "مجلس المدينة",
        "uk": "Міська рада",
    },
    "Integrationsbeauftragte der Stadt": {
        "en": "The town's integration officer",
        "tr": "Belediyenin entegrasyon sorumlusu",
        "ar": "مفوّضة الاندماج في المدينة",
        "uk": "Уповноважена міста з питань інтеграції",
    },
    # --- Leitbild (mission statement) ---------------------------------------------------
    (
        "Völklingen ist eine Stadt für alle, die hier leben. Herkunft, Sprache oder "
        "Religion sollen nicht darüber entscheiden, welche Chancen jemand hat."
    ): {
        "en": (
            "Völklingen is a town for everyone who lives here. Where people come from, which "
            "language they speak or what faith they follow should not decide what "
            "opportunities they have."
        ),
        "tr": (
            "Völklingen, burada yaşayan herkesin şehridir. Kimsenin fırsatları kökenine, "
            "diline ya da dinine göre belirlenmemelidir."
        ),
        "ar": (
            "فولكلينغن مدينة لكل من يعيش فيها. ولا ينبغي أن يحدد الأصل أو اللغة أو الدين "
            "الفرصَ المتاحة لأي شخص."
        ),
        "uk": (
            "Фельклінген — місто для всіх, хто тут живе. Походження, мова чи віра не "
            "повинні визначати, які можливості має людина."
        ),
    },
    (
        "Integration ist eine Aufgabe aller: der Verwaltung und der Politik, der Vereine, "
        "Schulen und Betriebe, jeder Nachbarschaft. Das Konzept sagt, wer wofür "
        "Verantwortung trägt, und macht Fortschritte überprüfbar."
    ): {
        "en": (
            "Integration is a task for everyone: the administration and local politics, "
            "clubs and associations, schools and businesses, every neighbourhood. The "
            "strategy sets out who is responsible for what, and makes it possible to check "
            "progress."
        ),
        "tr": (
            "Entegrasyon herkesin görevidir: belediye yönetiminin ve siyasetin, derneklerin, "
            "okulların ve işletmelerin, her mahallenin. Strateji kimin neden sorumlu "
            "olduğunu belirler ve ilerlemenin denetlenebilmesini sağlar."
        ),
        "ar": (
            "الاندماج مهمة الجميع: الإدارة والسياسة، والجمعيات والمدارس والشركات، وكل حيّ "
            "سكني. وتحدد الاستراتيجية من يتحمل المسؤولية عن كل مهمة، وتتيح متابعة التقدم "
            "والتحقق منه."
        ),
        "uk": (
            "Інтеграція — спільна справа всіх: адміністрації та політиків, громадських "
            "об’єднань, шкіл і підприємств, кожної сусідської спільноти. Концепція "
            "визначає, хто за що відповідає, і дає змогу перевіряти, чого вдалося досягти."
        ),
    },
    (
        "In die Fortschreibung ist das Wissen derer eingeflossen, die täglich mit "
        "Zugewanderten arbeiten, und derer, die selbst zugewandert sind."
    ): {
        "en": (
            "The updated edition draws on the knowledge of those who work with newcomers "
            "every day, and of those who came here from abroad themselves."
        ),
        "tr": (
            "Güncellenmiş sürüm, her gün göçmenlerle çalışanların ve kendileri de göç etmiş "
            "olanların bilgi ve deneyimine dayanıyor."
        ),
        "ar": (
            "استفاد الإصدار المحدَّث من معارف من يعملون يوميًا مع القادمين الجدد، ومن معارف "
            "من هاجروا إلى هنا هم أنفسهم."
        ),
        "uk": (
            "В оновленій редакції враховано знання тих, хто щодня працює з мігрантами, і "
            "тих, хто сам колись переїхав сюди з-за кордону."
        ),
    },
    # --- Leitziele (strategic goals) ----------------------------------------------------
    "Sprache von Anfang an: Deutsch lernen und Mehrsprachigkeit wertschätzen.": {
        "en": "Language from day one: learning German and valuing multilingualism.",
        "tr": "İlk günden itibaren dil: Almanca öğrenmek ve çok dilliliğe değer vermek.",
        "ar": "اللغة منذ البداية: تعلّم الألمانية وتقدير تعدد اللغات.",
        "uk": "Мова з перших днів: вивчати німецьку та цінувати багатомовність.",
    },
    "Gleiche Bildungschancen von der Kita bis zum Berufsabschluss.": {
        "en": "Equal chances in education, from nursery to a vocational qualification.",
        "tr": "Kreşten meslek diplomasına kadar eşit eğitim fırsatları.",
        "ar": "تكافؤ فرص التعليم من الحضانة حتى الشهادة المهنية.",
        "uk": "Рівні освітні можливості — від дитячого садка до професійної кваліфікації.",
    },
    "Zugang zu Arbeit und Ausbildung für alle, die hier leben.": {
        "en": "Access to work and vocational training for everyone who lives here.",
        "tr": "Burada yaşayan herkes için işe ve meslek eğitimine erişim.",
        "ar": "إتاحة العمل والتدريب المهني لكل من يعيش هنا.",
        "uk": "Доступ до роботи та професійного навчання для всіх, хто тут живе.",
    },
    "Gutes Wohnen und lebendige Nachbarschaften in allen Stadtteilen.": {
        "en": "Good housing and lively neighbourhoods in every part of town.",
        "tr": "Tüm semtlerde iyi konut koşulları ve canlı komşuluk ilişkileri.",
        "ar": "سكن لائق وأحياء نابضة بالحياة في جميع أنحاء المدينة.",
        "uk": "Гідне житло та жваве сусідське життя в усіх районах міста.",
    },
    "Eine Verwaltung, die alle Bürgerinnen und Bürger versteht und erreicht.": {
        "en": "An administration that understands and reaches all residents.",
        "tr": "Tüm vatandaşları anlayan ve onlara ulaşan bir belediye yönetimi.",
        "ar": "إدارة تفهم جميع المواطنات والمواطنين وتصل إليهم.",
        "uk": "Адміністрація, яка розуміє всіх мешканців міста і доступна для кожного.",
    },
    "Mitreden und mitentscheiden: die Beteiligung Zugewanderter stärken.": {
        "en": "Having a say and a part in decisions: more participation for newcomers.",
        "tr": "Söz sahibi olmak ve kararlara katılmak: göçmenlerin katılımını güçlendirmek.",
        "ar": "المشاركة في النقاش وفي اتخاذ القرار: تعزيز مشاركة المهاجرين.",
        "uk": "Мати голос і впливати на рішення: посилити участь мігрантів.",
    },
    # --- Structure: Sprache -----------------------------------------------------------
    (
        "Seit 2015 sind viele Menschen neu nach Völklingen gekommen. Die Bestandsaufnahme "
        "zeigte ein breites Kursangebot, aber lange Wartezeiten und zu wenige Kurse mit "
        "Kinderbetreuung."
    ): {
        "en": (
            "Since 2015 many people have newly arrived in Völklingen. The review of the "
            "current situation found a wide range of courses, but long waiting times and "
            "too few courses with childcare."
        ),
        "tr": (
            "2015'ten bu yana Völklingen'e pek çok yeni insan geldi. Durum tespiti, geniş bir "
            "kurs yelpazesi olduğunu ama bekleme sürelerinin uzun olduğunu ve çocuk bakımı "
            "sunan kursların çok az olduğunu gösterdi."
        ),
        "ar": (
            "منذ عام 2015 قدم إلى فولكلينغن كثير من الناس الجدد. وأظهر تقييم الوضع القائم "
            "وجود عرض واسع من الدورات، لكن مع فترات انتظار طويلة وعدد قليل جدًا من الدورات "
            "التي توفر رعاية للأطفال."
        ),
        "uk": (
            "Від 2015 року до Фельклінгена приїхало багато нових людей. Аналіз ситуації "
            "показав широкий вибір курсів, але й довге очікування та замало курсів із "
            "доглядом за дітьми."
        ),
    },
    "Wartezeiten auf einen Sprachkurs verkürzen": {
        "en": "Cut waiting times for language courses",
        "tr": "Dil kursu için bekleme sürelerini kısaltmak",
        "ar": "تقليص فترات الانتظار للالتحاق بدورات اللغة",
        "uk": "Скоротити очікування на мовні курси",
    },
    "Wer Deutsch lernen will, soll ohne lange Pause beginnen können.": {
        "en": "Anyone who wants to learn German should be able to start without a long wait.",
        "tr": "Almanca öğrenmek isteyen herkes uzun süre beklemeden başlayabilmeli.",
        "ar": "ينبغي لكل من يريد تعلّم الألمانية أن يتمكن من البدء دون انتظار طويل.",
        "uk": "Кожен, хто хоче вивчати німецьку, повинен мати змогу почати без довгої перерви.",
    },
    "Gemeinsame Kursübersicht und Vermittlung im Integrationsbüro": {
        "en": "A joint course directory and course placement at the Integration Office",
        "tr": "Ortak kurs listesi ve Entegrasyon Bürosu'nda kurslara yönlendirme",
        "ar": "دليل موحّد للدورات وخدمة توجيه إليها في مكتب الاندماج",
        "uk": "Спільний перелік курсів і направлення на них у Бюро з питань інтеграції",
    },
    # Standing alone (as the body responsible for a measure), the office keeps
    # its German name, as in the events' texts (events.py).
    "Integrationsbüro": {
        "en": "Integrationsbüro (Integration Office)",
        "tr": "Integrationsbüro (Entegrasyon Bürosu)",
        "ar": "Integrationsbüro (مكتب الاندماج)",
        "uk": "Integrationsbüro (Бюро з питань інтеграції)",
    },
    "Kursträger, Jobcenter, Migrationsberatung": {
        "en": "Course providers, Jobcenter (job centre), migration advice services",
        "tr": "Kurs düzenleyen kurumlar, Jobcenter (iş merkezi), göç danışmanlığı",
        "ar": "الجهات المنظمة للدورات، Jobcenter (مركز التوظيف)، خدمات استشارة المهاجرين",
        "uk": "Організатори курсів, Jobcenter (центр зайнятості), міграційні консультації",
    },
    "2021–2022": {"en": "2021–2022", "tr": "2021–2022", "ar": "2021–2022", "uk": "2021–2022"},
    "Kurse mit Kinderbetreuung an zwei Standorten": {
        "en": "Courses with childcare at two locations",
        "tr": "İki ayrı yerde çocuk bakımı sunan kurslar",
        "ar": "دورات مع رعاية للأطفال في موقعين",
        "uk": "Курси з доглядом за дітьми у двох місцях",
    },
    "Kursträger": {
        "en": "Course providers",
        "tr": "Kurs düzenleyen kurumlar",
        "ar": "الجهات المنظمة للدورات",
        "uk": "Організатори курсів",
    },
    "Kindertagesstätten, Integrationsbüro": {
        "en": "Day nurseries, Integration Office",
        "tr": "Kreşler, Entegrasyon Bürosu",
        "ar": "دور الحضانة، مكتب الاندماج",
        "uk": "Дитячі садки, Бюро з питань інтеграції",
    },
    "ab 2021": {
        "en": "from 2021",
        "tr": "2021'den itibaren",
        "ar": "اعتبارًا من 2021",
        "uk": "з 2021 року",
    },
    "Landes- und Bundesmittel": {
        "en": "State and federal funding",
        "tr": "Eyalet ve federal bütçeden fonlar",
        "ar": "تمويل من الولاية ومن الحكومة الاتحادية",
        "uk": "Кошти федеральної землі та федерального бюджету",
    },
    "Durchschnittliche Wartezeit bis zum Kursbeginn": {
        "en": "Average waiting time until the course starts",
        "tr": "Kurs başlangıcına kadar ortalama bekleme süresi",
        "ar": "متوسط فترة الانتظار حتى بدء الدورة",
        "uk": "Середній час очікування до початку курсу",
    },
    "Abfrage 2019": {
        "en": "Survey 2019",
        "tr": "2019 anketi",
        "ar": "استطلاع 2019",
        "uk": "Опитування 2019 року",
    },
    "unter acht Wochen": {
        "en": "under eight weeks",
        "tr": "sekiz haftadan az",
        "ar": "أقل من ثمانية أسابيع",
        "uk": "менше восьми тижнів",
    },
    "Abfrage bei den Kursträgern": {
        "en": "Survey of course providers",
        "tr": "Kurs düzenleyen kurumlara yapılan anket",
        "ar": "استطلاع لدى الجهات المنظمة للدورات",
        "uk": "Опитування організаторів курсів",
    },
    "Mehrsprachigkeit als Stärke nutzen": {
        "en": "Use multilingualism as a strength",
        "tr": "Çok dilliliği bir güç olarak kullanmak",
        "ar": "الاستفادة من تعدد اللغات بوصفه نقطة قوة",
        "uk": "Використовувати багатомовність як перевагу",
    },
    "Pool von Sprachmittlerinnen und Sprachmittlern für Beratungen": {
        "en": "A pool of community interpreters for advice sessions",
        "tr": "Danışmanlık görüşmeleri için dil aracıları havuzu",
        "ar": "مجموعة من الوسطاء اللغويين والوسيطات اللغويات لجلسات الاستشارة",
        "uk": "Пул мовних посередниць і посередників для консультацій",
    },
    "Integrationsbeirat, Migrantenorganisationen": {
        "en": "Integration advisory council, migrant organisations",
        "tr": "Entegrasyon danışma kurulu, göçmen örgütleri",
        "ar": "المجلس الاستشاري للاندماج، منظمات المهاجرين",
        "uk": "Консультативна рада з питань інтеграції, організації мігрантів",
    },
    "2021–2023": {"en": "2021–2023", "tr": "2021–2023", "ar": "2021–2023", "uk": "2021–2023"},
    # --- Structure: Bildung -----------------------------------------------------------
    "Eltern als Partner der Schulen gewinnen": {
        "en": "Win parents over as partners of the schools",
        "tr": "Velileri okulların ortağı olarak kazanmak",
        "ar": "كسب أولياء الأمور شركاءَ للمدارس",
        "uk": "Залучити батьків як партнерів шкіл",
    },
    "Elternbegleiterinnen und Elternbegleiter an Grundschulen": {
        "en": "Parent mentors at primary schools",
        "tr": "İlkokullarda veli rehberleri",
        "ar": "مرافقات ومرافقون لأولياء الأمور في المدارس الابتدائية",
        "uk": "Наставниці й наставники для батьків у початкових школах",
    },
    "Grundschulen": {
        "en": "Primary schools",
        "tr": "İlkokullar",
        "ar": "المدارس الابتدائية",
        "uk": "Початкові школи",
    },
    "Integrationsbüro, Wohlfahrtsverbände": {
        "en": "Integration Office, welfare organisations",
        "tr": "Entegrasyon Bürosu, sosyal yardım kuruluşları",
        "ar": "مكتب الاندماج، جمعيات الرعاية الاجتماعية",
        "uk": "Бюро з питань інтеграції, благодійні організації",
    },
    "2021–2024": {"en": "2021–2024", "tr": "2021–2024", "ar": "2021–2024", "uk": "2021–2024"},
    "Mehrsprachige Elternabende zum Wechsel auf die weiterführende Schule": {
        "en": "Multilingual parents' evenings on moving up to secondary school",
        "tr": "Ortaokula geçiş üzerine çok dilli veli toplantıları",
        "ar": "أمسيات متعددة اللغات لأولياء الأمور حول الانتقال إلى المدرسة الثانوية",
        "uk": "Багатомовні батьківські збори про перехід до середньої школи",
    },
    "Grund- und Gemeinschaftsschulen": {
        "en": "Primary schools and Gemeinschaftsschulen (comprehensive schools)",
        "tr": "İlkokullar ve Gemeinschaftsschule'ler (karma ortaokullar)",
        "ar": "المدارس الابتدائية والمدارس الشاملة (Gemeinschaftsschulen)",
        "uk": "Початкові школи та Gemeinschaftsschulen (загальноосвітні школи)",
    },
    "jährlich": {"en": "every year", "tr": "her yıl", "ar": "سنويًا", "uk": "щороку"},
    "Familien bei mehrsprachigen Elternabenden": {
        "en": "Families at multilingual parents' evenings",
        "tr": "Çok dilli veli toplantılarına katılan aileler",
        "ar": "الأسر المشاركة في الأمسيات متعددة اللغات لأولياء الأمور",
        "uk": "Родини на багатомовних батьківських зборах",
    },
    "Erhebung 2021": {
        "en": "Figures from 2021",
        "tr": "2021 sayımı",
        "ar": "إحصاء 2021",
        "uk": "Облік 2021 року",
    },
    "jährlich steigend": {
        "en": "rising every year",
        "tr": "her yıl artan",
        "ar": "في ازدياد سنويًا",
        "uk": "щороку зростає",
    },
    "Teilnahmelisten": {
        "en": "Attendance lists",
        "tr": "Katılım listeleri",
        "ar": "قوائم الحضور",
        "uk": "Списки учасників",
    },
    "Junge Geflüchtete zum Schulabschluss begleiten": {
        "en": "Support young refugees on the way to a school-leaving qualification",
        "tr": "Genç mültecilere okul diploması alana kadar eşlik etmek",
        "ar": "مرافقة اللاجئين الشباب حتى حصولهم على الشهادة المدرسية",
        "uk": "Супроводжувати молодих біженців до здобуття шкільного атестата",
    },
    "Lernpatenschaften mit Ehrenamtlichen": {
        "en": "Learning mentorships with volunteers",
        "tr": "Gönüllülerle öğrenme mentorluğu",
        "ar": "إرشاد تعليمي يقدمه متطوعون",
        "uk": "Навчальне наставництво за участі волонтерів",
    },
    "Wohlfahrtsverbände": {
        "en": "Welfare organisations",
        "tr": "Sosyal yardım kuruluşları",
        "ar": "جمعيات الرعاية الاجتماعية",
        "uk": "Благодійні організації",
    },
    "Schulen, Ehrenamtliche": {
        "en": "Schools, volunteers",
        "tr": "Okullar, gönüllüler",
        "ar": "المدارس، المتطوعون",
        "uk": "Школи, волонтери",
    },
    # --- Structure: Arbeit und Ausbildung ---------------------------------------------
    "Übergänge in Ausbildung und Beruf verbessern": {
        "en": "Smooth the way into vocational training and work",
        "tr": "Meslek eğitimine ve iş hayatına geçişi kolaylaştırmak",
        "ar": "تحسين الانتقال إلى التدريب المهني وسوق العمل",
        "uk": "Полегшити перехід до професійного навчання та роботи",
    },
    "Ausbildungsmesse mit Sprechstunden in mehreren Sprachen": {
        "en": "Apprenticeship fair with advice sessions in several languages",
        "tr": "Birkaç dilde danışma saatleri sunan meslek eğitimi fuarı",
        "ar": "معرض للتدريب المهني مع ساعات استشارة بعدة لغات",
        "uk": "Ярмарок професійного навчання з консультаціями кількома мовами",
    },
    "Wirtschaftsförderung": {
        "en": "Economic development office",
        "tr": "Ekonomik kalkınma birimi",
        "ar": "دائرة التنمية الاقتصادية",
        "uk": "Відділ економічного розвитку",
    },
    "Agentur für Arbeit, Jobcenter, Kammern": {
        "en": (
            "Agentur für Arbeit (employment agency), Jobcenter (job centre), chambers of "
            "commerce and crafts"
        ),
        "tr": "Agentur für Arbeit (İş Ajansı), Jobcenter (iş merkezi), meslek odaları",
        "ar": "Agentur für Arbeit (وكالة العمل)، Jobcenter (مركز التوظيف)، الغرف المهنية",
        "uk": "Agentur für Arbeit (агенція праці), Jobcenter (центр зайнятості), професійні палати",
    },
    "jährlich ab 2022": {
        "en": "every year from 2022",
        "tr": "2022'den itibaren her yıl",
        "ar": "سنويًا اعتبارًا من 2022",
        "uk": "щороку з 2022 року",
    },
    "Beratung zur Anerkennung ausländischer Abschlüsse vor Ort": {
        "en": "Local advice on having foreign qualifications recognised",
        "tr": "Yurt dışında alınan diplomaların tanınması için yerinde danışmanlık",
        "ar": "استشارات محلية حول الاعتراف بالشهادات الأجنبية",
        "uk": "Консультації на місці щодо визнання іноземних дипломів",
    },
    "Jobcenter": {
        "en": "Jobcenter (job centre)",
        "tr": "Jobcenter (iş merkezi)",
        "ar": "Jobcenter (مركز التوظيف)",
        "uk": "Jobcenter (центр зайнятості)",
    },
    "IQ-Netzwerk Saarland, Integrationsbüro": {
        "en": (
            "IQ-Netzwerk Saarland (integration through qualification network), Integration Office"
        ),
        "tr": "IQ-Netzwerk Saarland (Nitelik Yoluyla Entegrasyon ağı), Entegrasyon Bürosu",
        "ar": "IQ-Netzwerk Saarland (شبكة الاندماج عبر التأهيل)، مكتب الاندماج",
        "uk": (
            "IQ-Netzwerk Saarland (мережа «Інтеграція через кваліфікацію»), "
            "Бюро з питань інтеграції"
        ),
    },
    "Neue Ausbildungsverträge junger Menschen mit ausländischer Staatsangehörigkeit": {
        "en": "New apprenticeship contracts of young people with a foreign nationality",
        "tr": "Yabancı uyruklu gençlerin yeni meslek eğitimi sözleşmeleri",
        "ar": "عقود التدريب المهني الجديدة للشباب من حاملي الجنسيات الأجنبية",
        "uk": "Нові договори про професійне навчання молоді з іноземним громадянством",
    },
    "2019": {"en": "2019", "tr": "2019", "ar": "2019", "uk": "2019"},
    "steigend": {"en": "rising", "tr": "artan", "ar": "في ازدياد", "uk": "зростає"},
    "Agentur für Arbeit": {
        "en": "Agentur für Arbeit (employment agency)",
        "tr": "Agentur für Arbeit (İş Ajansı)",
        "ar": "Agentur für Arbeit (وكالة العمل)",
        "uk": "Agentur für Arbeit (агенція праці)",
    },
    # --- Structure: Wohnen ------------------------------------------------------------
    "Fairer Zugang zu Wohnraum und gute Nachbarschaften": {
        "en": "Fair access to housing and good neighbourhoods",
        "tr": "Konuta adil erişim ve iyi komşuluk ilişkileri",
        "ar": "وصول عادل إلى السكن وعلاقات جوار طيبة",
        "uk": "Справедливий доступ до житла і добросусідство",
    },
    "Wohnraumberatung für neu Zugewanderte": {
        "en": "Housing advice for new arrivals",
        "tr": "Yeni gelen göçmenler için konut danışmanlığı",
        "ar": "استشارات في شؤون السكن للقادمين الجدد",
        "uk": "Консультації щодо житла для новоприбулих",
    },
    "Sozialamt": {
        "en": "Sozialamt (social welfare office)",
        "tr": "Sozialamt (Sosyal Yardım Dairesi)",
        "ar": "Sozialamt (مكتب الشؤون الاجتماعية)",
        "uk": "Sozialamt (відділ соціального забезпечення)",
    },
    "Wohnungsgesellschaften, Migrationsberatung": {
        "en": "Housing companies, migration advice services",
        "tr": "Konut şirketleri, göç danışmanlığı",
        "ar": "شركات الإسكان، خدمات استشارة المهاجرين",
        "uk": "Житлові компанії, міграційні консультації",
    },
    "Nachbarschaftstreffs in zwei Stadtteilen": {
        "en": "Neighbourhood meeting places in two districts",
        "tr": "İki semtte komşuluk buluşma noktaları",
        "ar": "ملتقيات للجيران في حيَّين من أحياء المدينة",
        "uk": "Сусідські місця зустрічей у двох районах",
    },
    "Quartiersmanagement": {
        "en": "Neighbourhood management",
        "tr": "Mahalle yönetimi",
        "ar": "إدارة الأحياء",
        "uk": "Менеджмент району",
    },
    "Vereine, Kirchen- und Moscheegemeinden": {
        "en": "Clubs and associations, church and mosque communities",
        "tr": "Dernekler, kilise ve cami cemaatleri",
        "ar": "الجمعيات، الرعايا الكنسية وجماعات المساجد",
        "uk": "Громадські об’єднання, церковні громади та громади мечетей",
    },
    "ab 2022": {
        "en": "from 2022",
        "tr": "2022'den itibaren",
        "ar": "اعتبارًا من 2022",
        "uk": "з 2022 року",
    },
    # --- Structure: Interkulturelle Öffnung der Verwaltung ------------------------------
    "Eine Verwaltung, die alle anspricht": {
        "en": "An administration that speaks to everyone",
        "tr": "Herkese hitap eden bir belediye yönetimi",
        "ar": "إدارة تخاطب الجميع",
        "uk": "Адміністрація, що звертається до кожного",
    },
    "Fortbildung zur interkulturellen Kompetenz für Beschäftigte mit Publikumsverkehr": {
        "en": "Intercultural competence training for staff who deal with the public",
        "tr": "Vatandaşlarla doğrudan temas eden çalışanlar için kültürlerarası yetkinlik eğitimi",
        "ar": "تدريب على الكفاءة بين الثقافات للموظفين الذين يتعاملون مع الجمهور",
        "uk": "Навчання з міжкультурної компетентності для працівників, які приймають відвідувачів",
    },
    "Personalamt": {
        "en": "Human resources department",
        "tr": "İnsan kaynakları dairesi",
        "ar": "دائرة شؤون الموظفين",
        "uk": "Відділ кадрів",
    },
    "Erklärungen zu häufigen Formularen in Leichter Sprache und mehreren Sprachen": {
        "en": "Explanations of common forms in Easy Read (Leichte Sprache) and several languages",
        "tr": "Sık kullanılan formlar için Kolay Dil (Leichte Sprache) ve birçok dilde açıklamalar",
        "ar": "شروح للاستمارات الشائعة باللغة المبسّطة (Leichte Sprache) وبعدة لغات",
        "uk": "Пояснення до поширених формулярів легкою мовою (Leichte Sprache) і кількома мовами",
    },
    "Bürgeramt": {
        "en": "Bürgeramt (citizens' services office)",
        "tr": "Bürgeramt (Vatandaş Hizmetleri Bürosu)",
        "ar": "Bürgeramt (مكتب خدمات المواطنين)",
        "uk": "Bürgeramt (центр обслуговування громадян)",
    },
    "2022–2025": {"en": "2022–2025", "tr": "2022–2025", "ar": "2022–2025", "uk": "2022–2025"},
    "Beschäftigte mit abgeschlossener Fortbildung": {
        "en": "Staff who have completed the training",
        "tr": "Eğitimi tamamlamış çalışanlar",
        "ar": "الموظفون الذين أتمّوا التدريب",
        "uk": "Працівники, які пройшли навчання",
    },
    "keine (2020)": {
        "en": "none (2020)",
        "tr": "hiç yok (2020)",
        "ar": "لا أحد (2020)",
        "uk": "жодного (2020)",
    },
    "alle Beschäftigten mit Publikumsverkehr": {
        "en": "all staff who deal with the public",
        "tr": "vatandaşlarla doğrudan temas eden tüm çalışanlar",
        "ar": "جميع الموظفين الذين يتعاملون مع الجمهور",
        "uk": "усі працівники, які приймають відвідувачів",
    },
    # --- Structure: Partizipation -----------------------------------------------------
    "Den Integrationsbeirat stärken und alle beteiligen": {
        "en": "Strengthen the integration advisory council and involve everyone",
        "tr": "Entegrasyon danışma kurulunu güçlendirmek ve herkesi sürece katmak",
        "ar": "تعزيز المجلس الاستشاري للاندماج وإشراك الجميع",
        "uk": "Посилити консультативну раду з питань інтеграції та залучити всіх",
    },
    "Anhörung des Integrationsbeirats vor Beschlüssen zu Integrationsthemen": {
        "en": "Consulting the integration advisory council before decisions on integration",
        "tr": (
            "Entegrasyonla ilgili kararlardan önce entegrasyon danışma kurulunun görüşünün alınması"
        ),
        "ar": "الاستماع إلى المجلس الاستشاري للاندماج قبل اتخاذ القرارات المتعلقة بالاندماج",
        "uk": "Консультації з радою з питань інтеграції перед рішеннями щодо інтеграції",
    },
    "Ratsbüro": {
        "en": "Council office",
        "tr": "Meclis bürosu",
        "ar": "مكتب شؤون المجلس",
        "uk": "Секретаріат міської ради",
    },
    "Integrationsbeirat, Fraktionen": {
        "en": "Integration advisory council, council groups",
        "tr": "Entegrasyon danışma kurulu, meclis grupları",
        "ar": "المجلس الاستشاري للاندماج، الكتل في مجلس المدينة",
        "uk": "Консультативна рада з питань інтеграції, фракції міської ради",
    },
    "fortlaufend": {"en": "ongoing", "tr": "sürekli", "ar": "بصورة مستمرة", "uk": "постійно"},
    "Jährliche Gesprächsrunde zum Stand des Konzepts": {
        "en": "An annual discussion round on where the strategy stands",
        "tr": "Stratejinin ne durumda olduğuna dair yıllık söyleşi",
        "ar": "جلسة حوار سنوية حول مدى تنفيذ الاستراتيجية",
        "uk": "Щорічний круглий стіл про стан виконання концепції",
    },
    "Integrationsbeirat, Wohlfahrtsverbände, Vereine": {
        "en": "Integration advisory council, welfare organisations, clubs and associations",
        "tr": "Entegrasyon danışma kurulu, sosyal yardım kuruluşları, dernekler",
        "ar": "المجلس الاستشاري للاندماج، جمعيات الرعاية الاجتماعية، الجمعيات الأهلية",
        "uk": (
            "Консультативна рада з питань інтеграції, благодійні організації, громадські об’єднання"
        ),
    },
    "jährlich ab 2021": {
        "en": "every year from 2021",
        "tr": "2021'den itibaren her yıl",
        "ar": "سنويًا اعتبارًا من 2021",
        "uk": "щороку з 2021 року",
    },
    "Wahlbeteiligung bei der Wahl des Integrationsbeirats": {
        "en": "Turnout in the integration advisory council election",
        "tr": "Entegrasyon danışma kurulu seçimine katılım oranı",
        "ar": "نسبة المشاركة في انتخابات المجلس الاستشاري للاندماج",
        "uk": "Явка на виборах до консультативної ради з питань інтеграції",
    },
    "letzte Wahl": {
        "en": "last election",
        "tr": "son seçim",
        "ar": "الانتخابات الأخيرة",
        "uk": "останні вибори",
    },
    "Wahlamt": {
        "en": "Elections office",
        "tr": "Seçim işleri birimi",
        "ar": "مكتب الانتخابات",
        "uk": "Виборчий відділ",
    },
    # --- Documents --------------------------------------------------------------------
    "Integrationskonzept der Stadt Völklingen – Fortschreibung 2020 (PDF)": {
        "en": (
            "Integration strategy of the Town of Völklingen – updated edition 2020 (PDF, in German)"
        ),
        "tr": (
            "Völklingen Belediyesi entegrasyon stratejisi – 2020 güncellenmiş sürümü (PDF, Almanca)"
        ),
        "ar": "استراتيجية الاندماج لمدينة فولكلينغن – الإصدار المحدَّث 2020 (PDF، باللغة الألمانية)",
        "uk": (
            "Концепція інтеграції міста Фельклінген – оновлена редакція 2020 року (PDF, "
            "німецькою мовою)"
        ),
    },
}
