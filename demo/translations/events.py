"""Völklingen: the events section and its two events (the 2017 kick-off workshop and the
discussion round on the Integrationskonzept).

Also the roles of the Völklingen people that pages link to (for the translated
Person snippets, see localize.translate_people). Times, the venue's address and
the institute's short name stay as they are.
"""

TEXTS = {
    # --- Völklingen: events section ---------------------------------------------
    "Veranstaltungen": {
        "en": "Events",
        "tr": "Etkinlikler",
        "ar": "الفعاليات",
        "uk": "Події",
    },
    "veranstaltungen": {
        "en": "events",
        "tr": "etkinlikler",
        "ar": "veranstaltungen",
        "uk": "veranstaltungen",
    },
    "Workshops, Tagungen und Dialogveranstaltungen: angekündigt und dokumentiert.": {
        "en": (
            "Workshops, conferences and dialogue events: announced beforehand, documented "
            "afterwards."
        ),
        "tr": (
            "Atölye çalışmaları, konferanslar ve diyalog etkinlikleri: önceden duyuruluyor, "
            "sonrasında belgeleniyor."
        ),
        "ar": "ورش العمل والمؤتمرات والفعاليات الحوارية: يُعلن عنها مسبقًا وتُوثَّق بعد انعقادها.",
        "uk": (
            "Семінари-практикуми, конференції та діалогові зустрічі: анонси заздалегідь, звіти "
            "після подій."
        ),
    },
    # --- Shared by both events --------------------------------------------------
    "Neues Rathaus": {
        "en": "Neues Rathaus (New Town Hall)",
        "tr": "Neues Rathaus (Yeni Belediye Binası)",
        "ar": "Neues Rathaus (مبنى البلدية الجديد)",
        "uk": "Neues Rathaus (Нова ратуша)",
    },
    "Integrationsbüro": {
        "en": "Integrationsbüro (Integration Office)",
        "tr": "Integrationsbüro (Entegrasyon Bürosu)",
        "ar": "Integrationsbüro (مكتب الاندماج)",
        "uk": "Integrationsbüro (Бюро з питань інтеграції)",
    },
    # --- Auftaktworkshop 2017 ---------------------------------------------------
    "Auftaktworkshop zur Fortschreibung des Integrationskonzepts": {
        "en": "Kick-off workshop for updating the Integrationskonzept (integration strategy)",
        "tr": "Integrationskonzept (entegrasyon stratejisi) güncellemesi için açılış atölyesi",
        "ar": "ورشة العمل الافتتاحية لتحديث Integrationskonzept (استراتيجية الاندماج)",
        "uk": "Стартовий семінар-практикум з оновлення Integrationskonzept (концепції інтеграції)",
    },
    "auftaktworkshop-fortschreibung-2017": {
        "en": "kick-off-workshop-strategy-update-2017",
        "tr": "strateji-guncelleme-acilis-atolyesi-2017",
        "ar": "auftaktworkshop-fortschreibung-2017",
        "uk": "auftaktworkshop-fortschreibung-2017",
    },
    (
        "Mit einem Workshop im Neuen Rathaus begann 2017 die Überarbeitung des "
        "Integrationskonzepts von 2009, begleitet vom Saarbrücker Institut iSPO."
    ): {
        "en": (
            "A workshop at the New Town Hall in 2017 marked the start of the revision of the 2009 "
            "integration strategy, with support from the iSPO institute in Saarbrücken."
        ),
        "tr": (
            "2009 tarihli entegrasyon stratejisinin yenilenmesi, 2017'de Yeni Belediye Binası'nda "
            "yapılan bir atölye çalışmasıyla başladı. Sürece Saarbrücken'deki iSPO enstitüsü eşlik "
            "ediyor."
        ),
        "ar": (
            "بورشة عمل في مبنى البلدية الجديد بدأت عام 2017 مراجعة استراتيجية الاندماج الصادرة عام "
            "2009، بمرافقة معهد iSPO من زاربروكن."
        ),
        "uk": (
            "У 2017 році семінаром-практикумом у Новій ратуші розпочався перегляд концепції "
            "інтеграції 2009 року за супроводу інституту iSPO із Саарбрюккена."
        ),
    },
    (
        "Stadtverwaltung, Wohlfahrtsverbände, Schulen, Vereine, Migrantenorganisationen und der "
        "Integrationsbeirat"
    ): {
        "en": (
            "The town administration, welfare organisations, schools, clubs and associations, "
            "migrant organisations and the Integrationsbeirat (integration advisory council)"
        ),
        "tr": (
            "Belediye yönetimi, refah kuruluşları, okullar, dernekler, göçmen örgütleri ve "
            "Integrationsbeirat (entegrasyon danışma kurulu)"
        ),
        "ar": (
            "إدارة المدينة وجمعيات الرعاية الاجتماعية والمدارس والجمعيات الأهلية ومنظمات المهاجرين "
            "وIntegrationsbeirat (المجلس الاستشاري للاندماج)"
        ),
        "uk": (
            "Міська адміністрація, соціальні благодійні організації, школи, громадські об’єднання, "
            "організації мігрантів та Integrationsbeirat (консультативна рада з питань інтеграції)"
        ),
    },
    "Begrüßung und Eröffnung": {
        "en": "Welcome and opening",
        "tr": "Karşılama ve açılış",
        "ar": "الترحيب والافتتاح",
        "uk": "Привітання та відкриття",
    },
    "Oberbürgermeister Klaus Lorig": {
        "en": "Lord Mayor Klaus Lorig",
        "tr": "Belediye Başkanı Klaus Lorig",
        "ar": "رئيس البلدية كلاوس لوريغ",
        "uk": "Обер-бургомістр Клаус Лоріг",
    },
    "Warum das Konzept von 2009 fortgeschrieben wird": {
        "en": "Why the 2009 strategy is being updated",
        "tr": "2009 stratejisi neden güncelleniyor?",
        "ar": "لماذا تُحدَّث استراتيجية عام 2009",
        "uk": "Чому концепцію 2009 року оновлюють",
    },
    "Integrationsbeauftragte Gülsah Bora": {
        "en": "Gülsah Bora, integration officer",
        "tr": "Entegrasyon sorumlusu Gülsah Bora",
        "ar": "مفوّضة الاندماج غولشاه بورا",
        "uk": "Уповноважена з питань інтеграції Гюльшах Бора",
    },
    "Ablauf, Zeitplan und Beteiligung": {
        "en": "Process, timetable and participation",
        "tr": "Süreç, zaman planı ve katılım",
        "ar": "سير العمل والجدول الزمني والمشاركة",
        "uk": "Перебіг роботи, графік і участь",
    },
    "Erik Schäffer, iSPO": {
        "en": "Erik Schäffer, iSPO",
        "tr": "Erik Schäffer, iSPO",
        "ar": "إريك شيفر، iSPO",
        "uk": "Ерік Шеффер, iSPO",
    },
    "Austausch: Was hat sich seit 2009 verändert?": {
        "en": "Discussion: what has changed since 2009?",
        "tr": "Fikir alışverişi: 2009'dan bu yana neler değişti?",
        "ar": "تبادل الآراء: ما الذي تغيّر منذ عام 2009؟",
        "uk": "Обмін думками: що змінилося з 2009 року?",
    },
    "Steuerungs- und Arbeitsgruppe: wer macht mit?": {
        "en": "Steering group and working group: who will take part?",
        "tr": "Yönlendirme grubu ve çalışma grubu: kimler yer alacak?",
        "ar": "فريق التوجيه ومجموعة العمل: من يشارك؟",
        "uk": "Керівна та робоча групи: хто долучиться?",
    },
    (
        "Ende August 2017 haben der Hauptausschuss und der Ausschuss für Kinder, Jugend und "
        "Soziales beschlossen, das Integrationskonzept aus dem Jahr 2009 zu überarbeiten. Der "
        "Auftaktworkshop klärte die grundlegenden Fragen und die Organisation des Vorhabens."
    ): {
        "en": (
            "At the end of August 2017, the Hauptausschuss (main committee) and the committee for "
            "children, youth and social affairs decided to revise the 2009 Integrationskonzept "
            "(integration strategy). The kick-off workshop settled the basic questions and how the "
            "project would be organised."
        ),
        "tr": (
            "Ağustos 2017 sonunda Hauptausschuss (ana komisyon) ile Çocuk, Gençlik ve Sosyal İşler "
            "Komisyonu, 2009 tarihli Integrationskonzept'in (entegrasyon stratejisi) yenilenmesine "
            "karar verdi. Açılış atölyesinde temel sorular ve çalışmanın nasıl örgütleneceği "
            "netleştirildi."
        ),
        "ar": (
            "في أواخر آب/أغسطس 2017 قرّر Hauptausschuss (اللجنة الرئيسية) ولجنة الأطفال والشباب "
            "والشؤون الاجتماعية مراجعة Integrationskonzept (استراتيجية الاندماج) الصادرة عام 2009. "
            "وقد حسمت ورشة العمل الافتتاحية المسائل الأساسية وطريقة تنظيم المشروع."
        ),
        "uk": (
            "Наприкінці серпня 2017 року Hauptausschuss (головний комітет) і комітет у справах "
            "дітей, молоді та соціальних питань ухвалили рішення переглянути Integrationskonzept "
            "(концепцію інтеграції) 2009 року. На стартовому семінарі-практикумі з’ясували основні "
            "питання та організацію роботи."
        ),
    },
    (
        "Oberbürgermeister Klaus Lorig eröffnete den Workshop. Er warb um offene und auch "
        "kritische Beiträge, vor allem von denen, die außerhalb des Rathauses direkt mit "
        "Zugewanderten arbeiten."
    ): {
        "en": (
            "Lord Mayor Klaus Lorig opened the workshop. He asked for open and even critical "
            "contributions, above all from those who work directly with newcomers outside the town "
            "hall."
        ),
        "tr": (
            "Belediye Başkanı Klaus Lorig atölye çalışmasını açtı. Özellikle belediye dışında "
            "göçmenlerle doğrudan çalışanlardan açık ve gerektiğinde eleştirel katkılar "
            "beklediğini söyledi."
        ),
        "ar": (
            "افتتح رئيس البلدية كلاوس لوريغ ورشة العمل، ودعا إلى مساهمات صريحة وناقدة أيضًا، ولا "
            "سيما من الذين يعملون مباشرة مع القادمين الجدد خارج مبنى البلدية."
        ),
        "uk": (
            "Обер-бургомістр Клаус Лоріг відкрив семінар-практикум. Він закликав до відвертих і "
            "навіть критичних висловлювань — передусім від тих, хто поза ратушею безпосередньо "
            "працює з мігрантами."
        ),
    },
    "Viele Beteiligte, ein gemeinsamer Plan (Symbolgrafik)": {
        "en": "Many participants, one shared plan (illustration)",
        "tr": "Birçok paydaş, ortak bir plan (temsili görsel)",
        "ar": "أطراف كثيرة وخطة مشتركة واحدة (رسم توضيحي)",
        "uk": "Багато учасників — один спільний план (ілюстрація)",
    },
    (
        "Erik Schäffer, Geschäftsführer des Instituts iSPO, moderierte und stellte den Zeitplan "
        "vor. Die Teilnehmenden entschieden, eine Steuerungsgruppe und eine Arbeitsgruppe "
        "einzurichten."
    ): {
        "en": (
            "Erik Schäffer, managing director of the iSPO institute, chaired the workshop and "
            "presented the timetable. The participants decided to set up a steering group and a "
            "working group."
        ),
        "tr": (
            "iSPO enstitüsünün genel müdürü Erik Schäffer toplantıyı yönetti ve zaman planını "
            "sundu. Katılımcılar bir yönlendirme grubu ve bir çalışma grubu kurulmasına karar "
            "verdi."
        ),
        "ar": (
            "أدار إريك شيفر، المدير التنفيذي لمعهد iSPO، الورشة وعرض الجدول الزمني. وقرّر "
            "المشاركون تشكيل فريق توجيه ومجموعة عمل."
        ),
        "uk": (
            "Ерік Шеффер, керівник інституту iSPO, модерував зустріч і представив графік роботи. "
            "Учасники вирішили створити керівну та робочу групи."
        ),
    },
    "Steuerungsgruppe bilden": {
        "en": "Set up a steering group",
        "tr": "Yönlendirme grubunu oluşturmak",
        "ar": "تشكيل فريق التوجيه",
        "uk": "Створити керівну групу",
    },
    "Sie lenkt den Prozess und bereitet Entscheidungen für die Ausschüsse vor.": {
        "en": "It steers the process and prepares decisions for the committees.",
        "tr": "Süreci yönlendirir ve komisyonlar için kararları hazırlar.",
        "ar": "يوجّه الفريق العملية ويُعدّ القرارات للجان.",
        "uk": "Вона керує процесом і готує рішення для комітетів.",
    },
    "Stadtverwaltung": {
        "en": "Town administration",
        "tr": "Belediye yönetimi",
        "ar": "إدارة المدينة",
        "uk": "Міська адміністрація",
    },
    "Herbst 2017": {
        "en": "Autumn 2017",
        "tr": "Sonbahar 2017",
        "ar": "خريف 2017",
        "uk": "Осінь 2017 року",
    },
    "Arbeitsgruppe einrichten": {
        "en": "Set up a working group",
        "tr": "Çalışma grubunu kurmak",
        "ar": "تشكيل مجموعة العمل",
        "uk": "Створити робочу групу",
    },
    "Fachleute aus Verwaltung und Stadtgesellschaft erarbeiten die Inhalte.": {
        "en": "Experts from the administration and the community draw up the content.",
        "tr": "Belediye yönetiminden ve kent toplumundan uzmanlar içerikleri hazırlar.",
        "ar": "يُعدّ مختصون من الإدارة ومن المجتمع المحلي المضامين.",
        "uk": "Фахівці з адміністрації та міської спільноти напрацьовують зміст.",
    },
    "Integrationsbüro mit iSPO": {
        "en": "Integrationsbüro (Integration Office) with iSPO",
        "tr": "Integrationsbüro (Entegrasyon Bürosu) ve iSPO",
        "ar": "Integrationsbüro (مكتب الاندماج) مع iSPO",
        "uk": "Integrationsbüro (Бюро з питань інтеграції) разом з iSPO",
    },
    "Erste Bestandsaufnahme vorlegen": {
        "en": "Present a first review of the current situation",
        "tr": "İlk durum tespitini sunmak",
        "ar": "تقديم أول تقييم للوضع القائم",
        "uk": "Представити перший аналіз ситуації",
    },
    "Dezember 2017": {
        "en": "December 2017",
        "tr": "Aralık 2017",
        "ar": "كانون الأول/ديسمبر 2017",
        "uk": "Грудень 2017 року",
    },
    "Ersten Entwurf vorlegen": {
        "en": "Present a first draft",
        "tr": "İlk taslağı sunmak",
        "ar": "تقديم المسودة الأولى",
        "uk": "Представити перший проєкт",
    },
    "Mai 2018": {
        "en": "May 2018",
        "tr": "Mayıs 2018",
        "ar": "أيار/مايو 2018",
        "uk": "Травень 2018 року",
    },
    "Gesprächsrunden mit Bürgerinnen und Bürgern": {
        "en": "Discussion rounds with residents",
        "tr": "Vatandaşlarla söyleşiler",
        "ar": "جلسات حوار مع المواطنات والمواطنين",
        "uk": "Відкриті зустрічі з мешканцями",
    },
    "Der Entwurf wird öffentlich besprochen, bevor er in die Gremien geht.": {
        "en": "The draft is discussed in public before it goes to the council's committees.",
        "tr": "Taslak, kurullara sunulmadan önce kamuya açık olarak tartışılır.",
        "ar": "تُناقش المسودة علنًا قبل أن تُعرض على الهيئات المختصة.",
        "uk": "Проєкт обговорюють публічно, перш ніж він надійде до комітетів.",
    },
    "Neues Konzept vorlegen": {
        "en": "Present the new strategy",
        "tr": "Yeni stratejiyi sunmak",
        "ar": "تقديم الاستراتيجية الجديدة",
        "uk": "Представити нову концепцію",
    },
    "Mitte 2018": {
        "en": "Mid-2018",
        "tr": "2018 ortası",
        "ar": "منتصف 2018",
        "uk": "Середина 2018 року",
    },
    # --- Gesprächsrunde ---------------------------------------------------------
    "Gesprächsrunde: Sechs Jahre Integrationskonzept": {
        "en": "Discussion round: six years of the Integrationskonzept (integration strategy)",
        "tr": "Söyleşi: Integrationskonzept'in (entegrasyon stratejisi) altı yılı",
        "ar": "جلسة حوار: ستة أعوام على Integrationskonzept (استراتيجية الاندماج)",
        "uk": "Відкрита розмова: шість років Integrationskonzept (концепції інтеграції)",
    },
    "gespraechsrunde-integrationskonzept": {
        "en": "discussion-round-integration-strategy",
        "tr": "soylesi-entegrasyon-stratejisi",
        "ar": "gespraechsrunde-integrationskonzept",
        "uk": "gespraechsrunde-integrationskonzept",
    },
    (
        "Was ist aus den Maßnahmen der Fortschreibung geworden? Das Integrationsbüro berichtet und "
        "lädt zum Gespräch ein. Alle Interessierten sind willkommen."
    ): {
        "en": (
            "What has become of the measures in the updated edition? The Integrationsbüro "
            "(Integration Office) reports on them and invites you to talk. Everyone interested is "
            "welcome."
        ),
        "tr": (
            "Güncellenmiş sürümdeki tedbirlerden ne sonuç çıktı? Integrationsbüro (Entegrasyon "
            "Bürosu) bilgi veriyor ve sizi sohbete davet ediyor. İlgilenen herkes davetlidir."
        ),
        "ar": (
            "ماذا حلّ بالإجراءات الواردة في الإصدار المحدَّث؟ يقدّم Integrationsbüro (مكتب "
            "الاندماج) عرضًا عنها ويدعوكم إلى الحوار. الدعوة مفتوحة لجميع المهتمين."
        ),
        "uk": (
            "Що вдалося зробити із заходів оновленої редакції? Integrationsbüro (Бюро з питань "
            "інтеграції) звітує та запрошує до розмови. Ласкаво просимо всіх охочих."
        ),
    },
    "Begrüßung": {
        "en": "Welcome",
        "tr": "Karşılama",
        "ar": "الترحيب",
        "uk": "Привітання",
    },
    "Wo stehen wir? Bericht zum Stand der Maßnahmen": {
        "en": "Where do we stand? A progress report on the measures",
        "tr": "Neredeyiz? Tedbirlerin durumu hakkında rapor",
        "ar": "أين نقف؟ تقرير عن وضع الإجراءات",
        "uk": "Де ми зараз? Звіт про стан виконання заходів",
    },
    "Gespräch an Thementischen: Sprache, Bildung, Arbeit, Wohnen": {
        "en": "Talking at theme tables: language, education, work, housing",
        "tr": "Tema masalarında sohbet: dil, eğitim, iş, konut",
        "ar": "حوار حول طاولات موضوعية: اللغة والتعليم والعمل والسكن",
        "uk": "Розмова за тематичними столами: мова, освіта, робота, житло",
    },
    "Was nehmen wir mit? Zusammenfassung": {
        "en": "What do we take away? Summary",
        "tr": "Neler öğrendik? Özet",
        "ar": "ماذا نستخلص؟ ملخص",
        "uk": "Що ми винесли? Підсумки",
    },
    "Integrationsbeirat": {
        "en": "Integrationsbeirat (integration advisory council)",
        "tr": "Integrationsbeirat (entegrasyon danışma kurulu)",
        "ar": "Integrationsbeirat (المجلس الاستشاري للاندماج)",
        "uk": "Integrationsbeirat (консультативна рада з питань інтеграції)",
    },
    (
        "Im September 2020 hat der Stadtrat die Fortschreibung des Integrationskonzepts "
        "beschlossen. Einmal im Jahr legt die Stadt offen, welche Maßnahmen laufen, welche "
        "abgeschlossen sind und wo es hakt."
    ): {
        "en": (
            "In September 2020 the city council adopted the updated edition of the "
            "Integrationskonzept (integration strategy). Once a year the town reports openly on "
            "which measures are under way, which have been completed and where there are problems."
        ),
        "tr": (
            "Belediye meclisi Eylül 2020'de Integrationskonzept'in (entegrasyon stratejisi) "
            "güncellenmiş sürümünü kabul etti. Şehir yılda bir kez hangi tedbirlerin sürdüğünü, "
            "hangilerinin tamamlandığını ve nerede aksaklık olduğunu açıkça paylaşıyor."
        ),
        "ar": (
            "في أيلول/سبتمبر 2020 اعتمد مجلس المدينة الإصدار المحدَّث من Integrationskonzept "
            "(استراتيجية الاندماج). ومرة كل عام تعرض المدينة بشفافية الإجراءات الجارية وتلك التي "
            "اكتملت والمواضع التي تتعثر فيها الأمور."
        ),
        "uk": (
            "У вересні 2020 року міська рада ухвалила оновлену редакцію Integrationskonzept "
            "(концепції інтеграції). Раз на рік місто відкрито звітує, які заходи тривають, які "
            "завершено і де виникають труднощі."
        ),
    },
    (
        "Eine Anmeldung ist nicht nötig. Der Saal ist stufenlos erreichbar. Wer eine "
        "Sprachmittlung braucht, meldet sich bitte bis eine Woche vorher beim Integrationsbüro."
    ): {
        "en": (
            "No registration is needed. The hall has step-free access. If you need an interpreter, "
            "please contact the Integration Office at least one week in advance."
        ),
        "tr": (
            "Kayıt gerekmiyor. Salona basamaksız erişim mümkün. Sözlü çeviri desteğine ihtiyacınız "
            "varsa lütfen en geç bir hafta önceden Entegrasyon Bürosu ile iletişime geçin."
        ),
        "ar": (
            "لا حاجة إلى التسجيل المسبق، ويمكن الوصول إلى القاعة من دون درج. إذا كنتم بحاجة إلى "
            "وساطة لغوية، يُرجى التواصل مع مكتب الاندماج قبل أسبوع على الأقل."
        ),
        "uk": (
            "Попередня реєстрація не потрібна. До зали можна потрапити без сходинок. Якщо Вам "
            "потрібен мовний посередник, будь ласка, зверніться до Бюро з питань інтеграції не "
            "пізніше ніж за тиждень."
        ),
    },
    "Begegnung und Austausch (Symbolgrafik)": {
        "en": "Meeting and sharing ideas (illustration)",
        "tr": "Buluşma ve fikir alışverişi (temsili görsel)",
        "ar": "لقاء وتبادل للآراء (رسم توضيحي)",
        "uk": "Зустріч і обмін думками (ілюстрація)",
    },
    # --- Völklingen people's roles (Person snippets) ----------------------------
    "Integrationsbeauftragte der Mittelstadt Völklingen": {
        "en": "Integration officer, Town of Völklingen",
        "tr": "Völklingen Belediyesi entegrasyon sorumlusu",
        "ar": "مفوّضة الاندماج في مدينة فولكلينغن",
        "uk": "Уповноважена з питань інтеграції міста Фельклінген",
    },
    "Presse- und Öffentlichkeitsarbeit, Mittelstadt Völklingen": {
        "en": "Press and public relations, Town of Völklingen",
        "tr": "Basın ve halkla ilişkiler, Völklingen Belediyesi",
        "ar": "الصحافة والعلاقات العامة، مدينة فولكلينغن",
        "uk": "Зв’язки з пресою та громадськістю, місто Фельклінген",
    },
}

# Agenda times, the venue's postal address and the institute's short name read
# the same in every language.
for _same in (
    "15:00",
    "15:20",
    "15:45",
    "16:30",
    "17:30",
    "18:00",
    "18:10",
    "18:40",
    "19:40",
    "2018",
    "iSPO",
    "Hindenburgplatz, 66333 Völklingen",
):
    TEXTS[_same] = dict.fromkeys(("en", "tr", "ar", "uk"), _same)
