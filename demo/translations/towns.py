"""Merzig, Wilhelmshaven, Marl and Kaiserslautern: home page, press section and one release each.

Also the roles of the people these pages link to (press offices, contact
points), which localize.translate_people uses for the translated snippets.
"""

TEXTS = {
    # --- Shared by the four towns ----------------------------------------------
    # The press sections' title and slug (Pressemitteilungen, presse) are in
    # voelklingen_press.py.
    # Offices that appear as a contact "person": their name is translated
    # (localize.translate_people); people's names stay as they are.
    "Person.name: Pressestelle": {
        "en": "Press office",
        "tr": "Basın ofisi",
        "ar": "المكتب الصحفي",
        "uk": "Пресслужба",
    },
    "Person.name: Integrationsbüro": {
        "en": "Integrationsbüro (Integration Office)",
        "tr": "Integrationsbüro (Entegrasyon Bürosu)",
        "ar": "Integrationsbüro (مكتب الاندماج)",
        "uk": "Integrationsbüro (Бюро з питань інтеграції)",
    },
    # --- Merzig: home page ------------------------------------------------------
    "Kreisstadt Merzig": {
        "en": "Town of Merzig",
        "tr": "Merzig Belediyesi",
        "ar": "مدينة ميرتسيغ",
        "uk": "Місто Мерціг",
    },
    "merzig": {
        "en": "merzig",
        "tr": "merzig",
        "ar": "merzig",
        "uk": "merzig",
    },
    "Integrationsarbeit in Merzig: Konzept, Pressemitteilungen und Veranstaltungen.": {
        "en": "Integration work in Merzig: the integration strategy, press releases and events.",
        "tr": "Merzig'de entegrasyon çalışmaları: strateji, basın bültenleri ve etkinlikler.",
        "ar": "العمل على الاندماج في ميرتسيغ: الاستراتيجية والبيانات الصحفية والفعاليات.",
        "uk": "Інтеграційна робота в Мерцігу: концепція, прес-релізи та події.",
    },
    (
        "Merzig will eine Stadt sein, in der alle gut ankommen und dauerhaft mitmachen können, "
        "ganz gleich, woher sie oder ihre Eltern stammen. Hier berichtet die Kreisstadt über ihre "
        "Integrationsarbeit, den Selbstcheck „Weltoffene Kommune“ und die interkulturelle Öffnung "
        "der Verwaltung."
    ): {
        "en": (
            "Merzig wants to be a town where everyone can settle in well and take part for good, "
            "wherever they or their parents come from. Here the town reports on its integration "
            "work, on the self-assessment in the Weltoffene Kommune (“Open-Minded Municipality”) "
            "project and on how its administration is opening up to people of all cultures."
        ),
        "tr": (
            "Merzig, kendisi ya da anne babası nereden gelirse gelsin herkesin kolayca "
            "yerleşebildiği ve kalıcı olarak hayata katılabildiği bir şehir olmak istiyor. Şehir "
            "burada entegrasyon çalışmalarını, Weltoffene Kommune (“Dünyaya Açık Belediye”) "
            "projesindeki öz değerlendirmeyi ve belediye yönetiminin kültürlerarası açılımını "
            "anlatıyor."
        ),
        "ar": (
            "تريد ميرتسيغ أن تكون مدينة يستقر فيها الجميع جيدًا ويشاركون فيها على الدوام، أيًّا "
            "كان البلد الذي جاؤوا منه هم أو آباؤهم. وتعرض المدينة هنا عملها في مجال الاندماج، "
            "والتقييم الذاتي ضمن مشروع Weltoffene Kommune («البلدية المنفتحة على العالم»)، وانفتاح "
            "إدارتها على التنوع الثقافي."
        ),
        "uk": (
            "Мерціг прагне бути містом, де кожен може добре облаштуватися й надовго долучитися до "
            "спільного життя, незалежно від того, звідки походить він сам чи його батьки. Тут "
            "місто розповідає про свою інтеграційну роботу, самооцінку в проєкті Weltoffene "
            "Kommune («Відкрита світові громада») та міжкультурне відкриття міської адміністрації."
        ),
    },
    # --- Merzig: press section --------------------------------------------------
    "Pressemitteilungen von Kreisstadt Merzig zur Integrationsarbeit.": {
        "en": "Press releases from the Town of Merzig about its integration work.",
        "tr": "Merzig Belediyesi'nin entegrasyon çalışmalarına ilişkin basın bültenleri.",
        "ar": "بيانات صحفية من مدينة ميرتسيغ حول عملها في مجال الاندماج.",
        "uk": "Прес-релізи міста Мерціг про його інтеграційну роботу.",
    },
    # --- Merzig: press release --------------------------------------------------
    "Merzig prüft seine Integrationsarbeit im Selbstcheck": {
        "en": "Merzig puts its integration work to a self-assessment",
        "tr": "Merzig entegrasyon çalışmalarını öz değerlendirmeyle gözden geçiriyor",
        "ar": "ميرتسيغ تراجع عملها في مجال الاندماج بتقييم ذاتي",
        "uk": "Мерціг перевіряє свою інтеграційну роботу самооцінкою",
    },
    "merzig-prueft-integrationsarbeit-im-selbstcheck": {
        "en": "merzig-self-assessment-integration-work",
        "tr": "merzig-entegrasyon-oz-degerlendirme",
        "ar": "merzig-prueft-integrationsarbeit-im-selbstcheck",
        "uk": "merzig-prueft-integrationsarbeit-im-selbstcheck",
    },
    "Workshop im Projekt „Weltoffene Kommune“: Verwaltung und Rat ziehen Bilanz.": {
        "en": (
            "A workshop in the Weltoffene Kommune (“Open-Minded Municipality”) project: the "
            "administration and the council take stock."
        ),
        "tr": (
            "Weltoffene Kommune (“Dünyaya Açık Belediye”) projesinde atölye çalışması: belediye "
            "yönetimi ve meclis bilanço çıkarıyor."
        ),
        "ar": (
            "ورشة عمل ضمن مشروع Weltoffene Kommune («البلدية المنفتحة على العالم»): الإدارة "
            "والمجلس يقيّمان الحصيلة."
        ),
        "uk": (
            "Семінар-практикум у проєкті Weltoffene Kommune («Відкрита світові громада»): "
            "адміністрація та рада підбивають підсумки."
        ),
    },
    "Merzig": {
        "en": "Merzig",
        "tr": "Merzig",
        "ar": "ميرتسيغ",
        "uk": "Мерціг",
    },
    (
        "Verwaltung und Stadtrat haben mit Bürgermeister Marcus Hoffeld in einem "
        "viereinhalbstündigen Workshop geprüft, wo die Kreisstadt auf dem Weg zur weltoffenen "
        "Kommune steht. Das Ergebnis: Vieles läuft gut, einiges bleibt zu tun."
    ): {
        "en": (
            "In a four-and-a-half-hour workshop with Mayor Marcus Hoffeld, the administration and "
            "the city council looked at how far the town has come on its way to being a "
            "municipality open to the world. The result: much is going well, and some things "
            "remain to be done."
        ),
        "tr": (
            "Belediye yönetimi ve belediye meclisi, Belediye Başkanı Marcus Hoffeld ile birlikte "
            "dört buçuk saat süren bir atölye çalışmasında şehrin dünyaya açık bir belediye olma "
            "yolunda nerede durduğunu inceledi. Sonuç: Pek çok şey iyi gidiyor, yapılacak işler de "
            "var."
        ),
        "ar": (
            "بحثت الإدارة ومجلس المدينة مع رئيس البلدية ماركوس هوفيلد، في ورشة عمل استمرت أربع "
            "ساعات ونصف الساعة، أين تقف المدينة على طريقها لتصبح بلدية منفتحة على العالم. "
            "والنتيجة: أمور كثيرة تسير على ما يرام، وبعضها لا يزال بحاجة إلى عمل."
        ),
        "uk": (
            "Адміністрація та міська рада разом із бургомістром Маркусом Гоффельдом на "
            "чотирипівгодинному семінарі-практикумі з’ясовували, наскільки місто просунулося на "
            "шляху до відкритої світові громади. Результат: багато що вдається, але дещо ще "
            "належить зробити."
        ),
    },
    (
        "Die Kreisstadt Merzig nimmt am Selbstcheck „Weltoffene Kommune“ teil, einem Projekt der "
        "Bertelsmann Stiftung und von PHINEO. Gefördert wird es von der Integrationsbeauftragten "
        "der Bundesregierung."
    ): {
        "en": (
            "The town of Merzig is taking part in the Weltoffene Kommune self-assessment, a "
            "project of the Bertelsmann Stiftung and PHINEO. It is funded by the Federal "
            "Government Commissioner for Integration."
        ),
        "tr": (
            "Merzig, Bertelsmann Stiftung ile PHINEO'nun ortak projesi olan Weltoffene Kommune öz "
            "değerlendirmesine katılıyor. Proje, Federal Hükümetin Entegrasyon Sorumlusu "
            "tarafından destekleniyor."
        ),
        "ar": (
            "تشارك مدينة ميرتسيغ في التقييم الذاتي ضمن مشروع Weltoffene Kommune، وهو مشروع تنفّذه "
            "مؤسسة Bertelsmann Stiftung ومنظمة PHINEO، بتمويل من مفوّضة الحكومة الاتحادية لشؤون "
            "الاندماج."
        ),
        "uk": (
            "Місто Мерціг бере участь у самооцінці Weltoffene Kommune — проєкті фонду Bertelsmann "
            "Stiftung та організації PHINEO. Його фінансує уповноважена федерального уряду з "
            "питань інтеграції."
        ),
    },
    (
        "Im Workshop ging es um zwei Fragen: Wo stehen wir heute? Und wie geht es weiter? "
        "Grundlage ist das kommunale Integrationskonzept, das der Arbeit seit Jahren Leitlinien "
        "gibt."
    ): {
        "en": (
            "The workshop dealt with two questions: where do we stand today, and where do we go "
            "from here? It builds on the town's Integrationskonzept (integration strategy), which "
            "has guided the work for years."
        ),
        "tr": (
            "Atölye çalışmasında iki soru ele alındı: Bugün neredeyiz? Bundan sonra nasıl "
            "ilerleyeceğiz? Temel, yıllardır çalışmalara yön veren belediyenin "
            "Integrationskonzept'i (entegrasyon stratejisi)."
        ),
        "ar": (
            "تناولت ورشة العمل سؤالين: أين نقف اليوم؟ وكيف نمضي قدمًا؟ والأساس في ذلك هو "
            "Integrationskonzept (استراتيجية الاندماج) الخاصة بالبلدية، التي ترسم توجهات العمل منذ "
            "سنوات."
        ),
        "uk": (
            "На семінарі-практикумі йшлося про два запитання: де ми сьогодні? І що далі? Основою є "
            "муніципальна Integrationskonzept (концепція інтеграції), яка вже багато років "
            "визначає напрям роботи."
        ),
    },
    "Verschiedene Sichtweisen, ein gemeinsames Ziel (Symbolgrafik)": {
        "en": "Different perspectives, one shared goal (illustration)",
        "tr": "Farklı bakış açıları, ortak bir hedef (temsili görsel)",
        "ar": "وجهات نظر مختلفة وهدف مشترك واحد (رسم توضيحي)",
        "uk": "Різні погляди — одна спільна ціль (ілюстрація)",
    },
    "Fachliche Begleitung": {
        "en": "Expert support",
        "tr": "Uzman desteği",
        "ar": "المرافقة المتخصصة",
        "uk": "Фаховий супровід",
    },
    (
        "Moderiert und begleitet wurde der Workshop von Nadine Haßlöwer vom Institut für Soziale "
        "Innovation in Düsseldorf, Claudia Walther von der Bertelsmann Stiftung und Nils Bortloff "
        "von der Fitt gGmbH in Saarbrücken. Er unterstützt die Stadtverwaltung schon seit einigen "
        "Jahren bei ihrer interkulturellen Öffnung im bundesweiten IQ-Programm."
    ): {
        "en": (
            "The workshop was moderated and supported by Nadine Haßlöwer of the Institut für "
            "Soziale Innovation (Institute for Social Innovation) in Düsseldorf, Claudia Walther "
            "of the Bertelsmann Stiftung and Nils Bortloff of Fitt gGmbH in Saarbrücken. For "
            "several years now he has been helping the town's administration to open up to people "
            "of all cultures as part of the nationwide IQ programme."
        ),
        "tr": (
            "Atölye çalışmasını Düsseldorf'taki Institut für Soziale Innovation'dan (Sosyal "
            "İnovasyon Enstitüsü) Nadine Haßlöwer, Bertelsmann Stiftung'dan Claudia Walther ve "
            "Saarbrücken'deki Fitt gGmbH'dan Nils Bortloff yönetti ve destekledi. Nils Bortloff, "
            "belediye yönetimini birkaç yıldır ülke çapındaki IQ programı kapsamında "
            "kültürlerarası açılım sürecinde destekliyor."
        ),
        "ar": (
            "أدار ورشة العمل ورافقها كلٌّ من نادينه هاسلوفر من معهد Institut für Soziale "
            "Innovation (معهد الابتكار الاجتماعي) في دوسلدورف، وكلاوديا فالتر من مؤسسة Bertelsmann "
            "Stiftung، ونيلس بورتلوف من شركة Fitt gGmbH في زاربروكن. ويدعم بورتلوف إدارة المدينة "
            "منذ عدة سنوات في انفتاحها على التنوع الثقافي ضمن برنامج IQ على المستوى الاتحادي."
        ),
        "uk": (
            "Модерували й супроводжували семінар-практикум Надіне Гаслевер з Institut für Soziale "
            "Innovation (Інституту соціальних інновацій) у Дюссельдорфі, Клаудія Вальтер із "
            "Bertelsmann Stiftung та Нільс Бортлофф із Fitt gGmbH у Саарбрюккені. Він уже кілька "
            "років підтримує міську адміністрацію в її міжкультурному відкритті в межах "
            "загальнонімецької програми IQ."
        ),
    },
    "Wie es weitergeht": {
        "en": "What happens next",
        "tr": "Bundan sonrası",
        "ar": "الخطوات التالية",
        "uk": "Що далі",
    },
    (
        "Die Teilnehmenden haben zahlreiche Ideen gesammelt. Die Stadtverwaltung wertet sie nun "
        "aus und setzt sie Schritt für Schritt um."
    ): {
        "en": (
            "The participants came up with a large number of ideas. The town's administration is "
            "now assessing them and will put them into practice step by step."
        ),
        "tr": (
            "Katılımcılar çok sayıda fikir topladı. Belediye yönetimi şimdi bunları "
            "değerlendiriyor ve adım adım hayata geçirecek."
        ),
        "ar": (
            "جمع المشاركون أفكارًا كثيرة، وتعكف إدارة المدينة الآن على تقييمها وتنفيذها خطوة بخطوة."
        ),
        "uk": (
            "Учасники зібрали чимало ідей. Тепер міська адміністрація їх опрацьовує і крок за "
            "кроком утілюватиме в життя."
        ),
    },
    "Ansprechstelle für Integration, Kreisstadt Merzig": {
        "en": "Contact point for integration, Town of Merzig",
        "tr": "Entegrasyon irtibat noktası, Merzig Belediyesi",
        "ar": "جهة التواصل لشؤون الاندماج، مدينة ميرتسيغ",
        "uk": "Контактний пункт з питань інтеграції, місто Мерціг",
    },
    "Presse- und Öffentlichkeitsarbeit, Kreisstadt Merzig": {
        "en": "Press and public relations, Town of Merzig",
        "tr": "Basın ve halkla ilişkiler, Merzig Belediyesi",
        "ar": "الصحافة والعلاقات العامة، مدينة ميرتسيغ",
        "uk": "Зв’язки з пресою та громадськістю, місто Мерціг",
    },
    # --- Wilhelmshaven: home page ----------------------------------------------
    "Stadt Wilhelmshaven": {
        "en": "City of Wilhelmshaven",
        "tr": "Wilhelmshaven Belediyesi",
        "ar": "مدينة فيلهلمسهافن",
        "uk": "Місто Вільгельмсгафен",
    },
    "wilhelmshaven": {
        "en": "wilhelmshaven",
        "tr": "wilhelmshaven",
        "ar": "wilhelmshaven",
        "uk": "wilhelmshaven",
    },
    "Integrationsarbeit in Wilhelmshaven: Konzept, Pressemitteilungen und Veranstaltungen.": {
        "en": (
            "Integration work in Wilhelmshaven: the integration strategy, press releases and "
            "events."
        ),
        "tr": (
            "Wilhelmshaven'de entegrasyon çalışmaları: strateji, basın bültenleri ve etkinlikler."
        ),
        "ar": "العمل على الاندماج في فيلهلمسهافن: الاستراتيجية والبيانات الصحفية والفعاليات.",
        "uk": "Інтеграційна робота у Вільгельмсгафені: концепція, прес-релізи та події.",
    },
    (
        "Wilhelmshaven will, dass das Zusammenleben in Vielfalt im Alltag gelingt, unabhängig von "
        "Herkunft, Weltanschauung und Religion. Grundlage ist das Handlungskonzept Integration. "
        "Seit 2021 ist die Jadestadt außerdem Modellkommune im Projekt „Weltoffene Kommune“."
    ): {
        "en": (
            "Wilhelmshaven wants people of every background, belief and religion to live well "
            "together in everyday life. The basis for this is the Handlungskonzept Integration "
            "(integration action plan). Since 2021 the town on the Jade Bight has also been a "
            "model municipality in the Weltoffene Kommune (“Open-Minded Municipality”) project."
        ),
        "tr": (
            "Wilhelmshaven, kökeni, dünya görüşü ve dini ne olursa olsun herkesin gündelik hayatta "
            "çeşitlilik içinde iyi bir arada yaşamasını istiyor. Bunun temeli Handlungskonzept "
            "Integration'dur (entegrasyon eylem planı). Jade Körfezi kıyısındaki şehir 2021'den bu "
            "yana ayrıca Weltoffene Kommune (“Dünyaya Açık Belediye”) projesinde model belediye."
        ),
        "ar": (
            "تريد فيلهلمسهافن أن ينجح العيش المشترك في ظل التنوع في الحياة اليومية، بصرف النظر عن "
            "الأصل والمعتقد والدين. والأساس في ذلك هو Handlungskonzept Integration (خطة العمل "
            "للاندماج). ومنذ عام 2021 أصبحت المدينة الواقعة على خليج يادِه أيضًا بلدية نموذجية في "
            "مشروع Weltoffene Kommune («البلدية المنفتحة على العالم»)."
        ),
        "uk": (
            "Вільгельмсгафен прагне, щоб люди різного походження, світогляду та віри добре "
            "уживалися в повсякденному житті. Основою для цього є Handlungskonzept Integration "
            "(план дій з інтеграції). Крім того, від 2021 року місто на затоці Яде є модельною "
            "громадою в проєкті Weltoffene Kommune («Відкрита світові громада»)."
        ),
    },
    # --- Wilhelmshaven: press section -------------------------------------------
    "Pressemitteilungen von Stadt Wilhelmshaven zur Integrationsarbeit.": {
        "en": "Press releases from the City of Wilhelmshaven about its integration work.",
        "tr": "Wilhelmshaven Belediyesi'nin entegrasyon çalışmalarına ilişkin basın bültenleri.",
        "ar": "بيانات صحفية من مدينة فيلهلمسهافن حول عملها في مجال الاندماج.",
        "uk": "Прес-релізи міста Вільгельмсгафен про його інтеграційну роботу.",
    },
    # --- Wilhelmshaven: press release -------------------------------------------
    "Wilhelmshaven ist Modellkommune im Projekt „Weltoffene Kommune“": {
        "en": (
            "Wilhelmshaven is a model municipality in the Weltoffene Kommune (“Open-Minded "
            "Municipality”) project"
        ),
        "tr": (
            "Wilhelmshaven, Weltoffene Kommune (“Dünyaya Açık Belediye”) projesinde model belediye"
        ),
        "ar": (
            "فيلهلمسهافن بلدية نموذجية في مشروع Weltoffene Kommune («البلدية المنفتحة على العالم»)"
        ),
        "uk": (
            "Вільгельмсгафен — модельна громада в проєкті Weltoffene Kommune («Відкрита світові "
            "громада»)"
        ),
    },
    "wilhelmshaven-ist-modellkommune-weltoffene-kommune": {
        "en": "wilhelmshaven-model-municipality-weltoffene-kommune",
        "tr": "wilhelmshaven-weltoffene-kommune-model-belediye",
        "ar": "wilhelmshaven-ist-modellkommune-weltoffene-kommune",
        "uk": "wilhelmshaven-ist-modellkommune-weltoffene-kommune",
    },
    "Online-Auftakt: Wilhelmshaven beteiligt sich am Modellprojekt.": {
        "en": "Online kick-off event: Wilhelmshaven joins the pilot project.",
        "tr": "Çevrimiçi açılış toplantısı: Wilhelmshaven model projeye katılıyor.",
        "ar": "فعالية افتتاحية عبر الإنترنت: فيلهلمسهافن تشارك في المشروع النموذجي.",
        "uk": "Стартова онлайн-зустріч: Вільгельмсгафен долучається до модельного проєкту.",
    },
    "Wilhelmshaven": {
        "en": "Wilhelmshaven",
        "tr": "Wilhelmshaven",
        "ar": "فيلهلمسهافن",
        "uk": "Вільгельмсгафен",
    },
    (
        "Mit einer Online-Auftaktveranstaltung hat Wilhelmshaven seine Arbeit als Modellkommune "
        "begonnen. Ein Selbstcheck-Workshop und eine Dialogveranstaltung mit Migrantinnen und "
        "Migranten sollen noch in diesem Jahr folgen."
    ): {
        "en": (
            "Wilhelmshaven has begun its work as a model municipality with an online kick-off "
            "event. A self-assessment workshop and a dialogue event with migrants are to follow "
            "later this year."
        ),
        "tr": (
            "Wilhelmshaven, model belediye olarak çalışmalarına çevrimiçi bir açılış toplantısıyla "
            "başladı. Bu yıl içinde bir öz değerlendirme atölyesi ve göçmenlerle bir diyalog "
            "etkinliği düzenlenecek."
        ),
        "ar": (
            "بدأت فيلهلمسهافن عملها بوصفها بلدية نموذجية بفعالية افتتاحية عبر الإنترنت. ومن المقرر "
            "أن تليها خلال هذا العام ورشة للتقييم الذاتي وفعالية حوارية مع المهاجرات والمهاجرين."
        ),
        "uk": (
            "Вільгельмсгафен розпочав роботу як модельна громада зі стартової онлайн-зустрічі. Ще "
            "цього року мають відбутися семінар-практикум із самооцінки та діалогова зустріч із "
            "мігрантками й мігрантами."
        ),
    },
    (
        "Mit dem Handlungskonzept Integration haben Politik und Verwaltung bereits die Richtung "
        "vorgegeben. Nun geht die Stadt einen Schritt weiter: Sie will wissen, wie das "
        "Zusammenleben in Vielfalt im Alltag noch besser gelingen kann."
    ): {
        "en": (
            "With the Handlungskonzept Integration (integration action plan), the council and the "
            "administration have already set the direction. Now the town is going one step "
            "further: it wants to find out how people from many backgrounds can live together even "
            "better in everyday life."
        ),
        "tr": (
            "Siyaset ve belediye yönetimi, Handlungskonzept Integration (entegrasyon eylem planı) "
            "ile yönü zaten belirlemişti. Şimdi şehir bir adım daha ileri gidiyor: Çeşitlilik "
            "içinde bir arada yaşamanın gündelik hayatta nasıl daha da iyi işleyebileceğini "
            "öğrenmek istiyor."
        ),
        "ar": (
            "حدّد السياسيون والإدارة الاتجاه بالفعل من خلال Handlungskonzept Integration (خطة "
            "العمل للاندماج). والآن تخطو المدينة خطوة أخرى إلى الأمام: فهي تريد أن تعرف كيف يمكن "
            "للعيش المشترك في ظل التنوع أن ينجح في الحياة اليومية على نحو أفضل."
        ),
        "uk": (
            "Політики та адміністрація вже визначили напрям у Handlungskonzept Integration (плані "
            "дій з інтеграції). Тепер місто робить наступний крок: воно хоче дізнатися, як ще "
            "краще налагодити спільне життя в розмаїтті в повсякденні."
        ),
    },
    (
        "Eröffnet hat den Prozess der Erste Stadtrat und Integrationsbeauftragte Armin "
        "Schönfelder. Rainer Päsler, Leiter des Migrationsbüros, erklärte, was der Selbstcheck für "
        "die Integrationsarbeit bedeutet."
    ): {
        "en": (
            "The process was opened by Armin Schönfelder, the town's Erster Stadtrat (first deputy "
            "to the mayor) and integration officer. Rainer Päsler, head of the Migrationsbüro "
            "(migration office), explained what the self-assessment means for integration work."
        ),
        "tr": (
            "Süreci Erster Stadtrat (belediye başkanının birinci yardımcısı) ve entegrasyon "
            "sorumlusu Armin Schönfelder açtı. Migrationsbüro (Göç Bürosu) müdürü Rainer Päsler, "
            "öz değerlendirmenin entegrasyon çalışmaları için ne anlama geldiğini anlattı."
        ),
        "ar": (
            "افتتح العملية أرمين شونفيلدر، Erster Stadtrat (النائب الأول لرئيس البلدية) ومفوّض "
            "الاندماج. وشرح راينر بيسلر، رئيس Migrationsbüro (مكتب الهجرة)، ما يعنيه التقييم "
            "الذاتي للعمل في مجال الاندماج."
        ),
        "uk": (
            "Процес відкрив Армін Шенфельдер — Erster Stadtrat (перший заступник бургомістра) та "
            "уповноважений з питань інтеграції. Райнер Песлер, керівник Migrationsbüro (бюро з "
            "питань міграції), пояснив, що означає самооцінка для інтеграційної роботи."
        ),
    },
    (
        "Zur Dialogveranstaltung sollen möglichst viele kommen, vor allem Menschen, die selbst "
        "eingewandert sind. Wir wollen von ihnen hören."
    ): {
        "en": (
            "We want as many people as possible to come to the dialogue event, especially people "
            "who have immigrated themselves. We want to hear from them."
        ),
        "tr": (
            "Diyalog etkinliğine mümkün olduğunca çok kişinin, özellikle de kendisi göç etmiş "
            "insanların gelmesini istiyoruz. Onları dinlemek istiyoruz."
        ),
        "ar": (
            "نريد أن يحضر الفعالية الحوارية أكبر عدد ممكن من الناس، ولا سيما من هاجروا بأنفسهم. "
            "نريد أن نسمع منهم."
        ),
        "uk": (
            "Ми хочемо, щоб на діалогову зустріч прийшло якомога більше людей, передусім тих, хто "
            "сам іммігрував. Ми хочемо їх почути."
        ),
    },
    "Rainer Päsler": {
        "en": "Rainer Päsler",
        "tr": "Rainer Päsler",
        "ar": "راينر بيسلر",
        "uk": "Райнер Песлер",
    },
    "Leiter des Migrationsbüros": {
        "en": "Head of the Migration Office",
        "tr": "Göç Bürosu Müdürü",
        "ar": "رئيس مكتب الهجرة",
        "uk": "Керівник бюро з питань міграції",
    },
    "Viele Wege, ein gemeinsames Ziel (Symbolgrafik)": {
        "en": "Many paths, one shared goal (illustration)",
        "tr": "Birçok yol, ortak bir hedef (temsili görsel)",
        "ar": "طرق كثيرة وهدف مشترك واحد (رسم توضيحي)",
        "uk": "Багато шляхів — одна спільна ціль (ілюстрація)",
    },
    "Frauen gezielt einbeziehen": {
        "en": "Making sure women take part",
        "tr": "Kadınları özellikle sürece katmak",
        "ar": "إشراك النساء بشكل مقصود",
        "uk": "Цілеспрямовано залучати жінок",
    },
    (
        "Damit auch Frauen mit Einwanderungsgeschichte mitreden, arbeitet die "
        "Gleichstellungsbeauftragte Cordula Franke von Beginn an im Projekt mit."
    ): {
        "en": (
            "To make sure that women with a history of immigration have their say too, Cordula "
            "Franke, the equal opportunities officer, has been involved in the project from the "
            "start."
        ),
        "tr": (
            "Göç geçmişi olan kadınların da söz sahibi olması için eşitlik sorumlusu Cordula "
            "Franke en başından beri projede yer alıyor."
        ),
        "ar": (
            "ولكي تشارك النساء ذوات الخلفية المهاجرة أيضًا في النقاش، تعمل مفوّضة المساواة كوردولا "
            "فرانكه في المشروع منذ بدايته."
        ),
        "uk": (
            "Щоб свій голос мали й жінки з досвідом імміграції, уповноважена з питань "
            "рівноправності Кордула Франке від самого початку працює в проєкті."
        ),
    },
    "Mitmachen": {
        "en": "Get involved",
        "tr": "Siz de katılın",
        "ar": "شاركوا معنا",
        "uk": "Долучайтеся",
    },
    (
        "Wer eine Einwanderungsgeschichte hat und sich einbringen möchte, erreicht Rainer Päsler "
        "telefonisch unter 04421 7495611 oder per E-Mail an rainer.paesler@wilhelmshaven.de."
    ): {
        "en": (
            "If you have a history of immigration and would like to get involved, you can reach "
            "Rainer Päsler by phone on 04421 7495611 or by email at "
            "rainer.paesler@wilhelmshaven.de."
        ),
        "tr": (
            "Göç geçmişiniz varsa ve katkıda bulunmak istiyorsanız Rainer Päsler'e 04421 7495611 "
            "numaralı telefondan ya da rainer.paesler@wilhelmshaven.de adresine e-posta göndererek "
            "ulaşabilirsiniz."
        ),
        "ar": (
            "إذا كانت لديكم خلفية مهاجرة وتودّون المشاركة، يمكنكم التواصل مع راينر بيسلر هاتفيًا "
            "على الرقم 04421 7495611 أو عبر البريد الإلكتروني rainer.paesler@wilhelmshaven.de."
        ),
        "uk": (
            "Якщо Ви маєте досвід імміграції та хочете долучитися, зверніться до Райнера Песлера "
            "за телефоном 04421 7495611 або електронною поштою rainer.paesler@wilhelmshaven.de."
        ),
    },
    "Leiter des Migrationsbüros; Ansprechpartner für das Modellprojekt „Weltoffene Kommune“": {
        "en": (
            "Head of the Migration Office; contact for the Weltoffene Kommune (“Open-Minded "
            "Municipality”) pilot project"
        ),
        "tr": (
            "Göç Bürosu Müdürü; Weltoffene Kommune (“Dünyaya Açık Belediye”) model projesi irtibat "
            "kişisi"
        ),
        "ar": (
            "رئيس مكتب الهجرة؛ مسؤول التواصل في المشروع النموذجي Weltoffene Kommune («البلدية "
            "المنفتحة على العالم»)"
        ),
        "uk": (
            "Керівник бюро з питань міграції; контактна особа модельного проєкту Weltoffene "
            "Kommune («Відкрита світові громада»)"
        ),
    },
    "Presse- und Öffentlichkeitsarbeit, Stadt Wilhelmshaven": {
        "en": "Press and public relations, City of Wilhelmshaven",
        "tr": "Basın ve halkla ilişkiler, Wilhelmshaven Belediyesi",
        "ar": "الصحافة والعلاقات العامة، مدينة فيلهلمسهافن",
        "uk": "Зв’язки з пресою та громадськістю, місто Вільгельмсгафен",
    },
    # --- Marl: home page --------------------------------------------------------
    "Stadt Marl": {
        "en": "Town of Marl",
        "tr": "Marl Belediyesi",
        "ar": "مدينة مارل",
        "uk": "Місто Марль",
    },
    "marl": {
        "en": "marl",
        "tr": "marl",
        "ar": "marl",
        "uk": "marl",
    },
    "Integrationsarbeit in Marl: Konzept, Pressemitteilungen und Veranstaltungen.": {
        "en": "Integration work in Marl: the integration strategy, press releases and events.",
        "tr": "Marl'da entegrasyon çalışmaları: strateji, basın bültenleri ve etkinlikler.",
        "ar": "العمل على الاندماج في مارل: الاستراتيجية والبيانات الصحفية والفعاليات.",
        "uk": "Інтеграційна робота в Марлі: концепція, прес-релізи та події.",
    },
    (
        "In Marl arbeiten Stadt, Wohlfahrtsverbände und viele Ehrenamtliche gemeinsam daran, dass "
        "Einwanderung gelingt. Unter dem Namen „Marler Weg“ führt die Stadt ihre Formate zusammen: "
        "den „Marler Kodex“, das Kommunale Integrationsmanagement und die Tagungsreihe „Blickpunkt "
        "soziale Lagen“."
    ): {
        "en": (
            "In Marl, the town, the welfare organisations and many volunteers work together to "
            "make immigration a success. Under the name “Marler Weg” (“the Marl Way”), the town "
            "brings its formats together: the “Marler Kodex” (“Marl Code”), the Kommunales "
            "Integrationsmanagement (municipal integration management) and the conference series "
            "“Blickpunkt soziale Lagen” (“Focus on social conditions”)."
        ),
        "tr": (
            "Marl'da belediye, refah kuruluşları ve çok sayıda gönüllü, göçün başarılı olması için "
            "birlikte çalışıyor. Şehir, çalışma biçimlerini “Marler Weg” (“Marl Yolu”) adı altında "
            "bir araya getiriyor: “Marler Kodex” (“Marl İlkeleri”), Kommunales "
            "Integrationsmanagement (belediye entegrasyon yönetimi) ve “Blickpunkt soziale Lagen” "
            "(“Odakta sosyal koşullar”) konferans dizisi."
        ),
        "ar": (
            "في مارل تعمل المدينة وجمعيات الرعاية الاجتماعية وكثير من المتطوعين معًا من أجل إنجاح "
            "الهجرة. وتجمع المدينة صيغ عملها تحت اسم «Marler Weg» («نهج مارل»): «Marler Kodex» "
            "(«ميثاق مارل»)، وKommunales Integrationsmanagement (الإدارة البلدية للاندماج)، وسلسلة "
            "المؤتمرات «Blickpunkt soziale Lagen» («الأوضاع الاجتماعية في دائرة الضوء»)."
        ),
        "uk": (
            "У Марлі місто, соціальні благодійні організації та багато волонтерів разом працюють "
            "над тим, щоб імміграція була успішною. Під назвою «Marler Weg» («Марльський шлях») "
            "місто об’єднує свої формати: «Marler Kodex» («Марльський кодекс»), Kommunales "
            "Integrationsmanagement (муніципальне управління інтеграцією) та серію конференцій "
            "«Blickpunkt soziale Lagen» («У фокусі — соціальне становище»)."
        ),
    },
    # --- Marl: press section ----------------------------------------------------
    "Pressemitteilungen von Stadt Marl zur Integrationsarbeit.": {
        "en": "Press releases from the Town of Marl about its integration work.",
        "tr": "Marl Belediyesi'nin entegrasyon çalışmalarına ilişkin basın bültenleri.",
        "ar": "بيانات صحفية من مدينة مارل حول عملها في مجال الاندماج.",
        "uk": "Прес-релізи міста Марль про його інтеграційну роботу.",
    },
    # --- Marl: press release ----------------------------------------------------
    "Der Marler Weg: 60 Aktive beraten über Einwanderung": {
        "en": (
            "The Marler Weg (“Marl Way”): 60 people who make integration happen discuss immigration"
        ),
        "tr": "Marler Weg (“Marl Yolu”): 60 gönüllü ve uzman göçü konuşuyor",
        "ar": "Marler Weg («نهج مارل»): 60 من الناشطين يتشاورون حول الهجرة",
        "uk": "Marler Weg («Марльський шлях»): 60 активних учасників радяться про імміграцію",
    },
    "der-marler-weg-60-aktive-beraten-ueber-einwanderung": {
        "en": "the-marl-way-60-people-discuss-immigration",
        "tr": "marl-yolu-60-kisi-gocu-konusuyor",
        "ar": "der-marler-weg-60-aktive-beraten-ueber-einwanderung",
        "uk": "der-marler-weg-60-aktive-beraten-ueber-einwanderung",
    },
    "Tagung „Blickpunkt soziale Lagen“: Stadt und AG Wohlfahrt bündeln ihre Arbeit.": {
        "en": (
            "The “Blickpunkt soziale Lagen” (“Focus on social conditions”) conference: the town "
            "and the AG Wohlfahrt (welfare organisations' working group) join forces."
        ),
        "tr": (
            "“Blickpunkt soziale Lagen” (“Odakta sosyal koşullar”) konferansı: belediye ve AG "
            "Wohlfahrt (refah kuruluşları çalışma grubu) güçlerini birleştiriyor."
        ),
        "ar": (
            "مؤتمر «Blickpunkt soziale Lagen» («الأوضاع الاجتماعية في دائرة الضوء»): المدينة وAG "
            "Wohlfahrt (مجموعة عمل جمعيات الرعاية الاجتماعية) توحّدان جهودهما."
        ),
        "uk": (
            "Конференція «Blickpunkt soziale Lagen» («У фокусі — соціальне становище»): місто та "
            "AG Wohlfahrt (робоча група соціальних благодійних організацій) об’єднують зусилля."
        ),
    },
    "Marl": {
        "en": "Marl",
        "tr": "Marl",
        "ar": "مارل",
        "uk": "Марль",
    },
    (
        "Auf Einladung der Stadt und der AG Wohlfahrt haben sich rund 60 Aktive im "
        "Ernst-Reuter-Haus getroffen. Unter dem Titel „Der Marler Weg – Einwanderung gemeinsam "
        "gestalten“ berieten sie an fünf Thementischen. Künftig sollen mehrere Formate unter einer "
        "Steuerungsgruppe zusammenlaufen."
    ): {
        "en": (
            "At the invitation of the town and the AG Wohlfahrt, some 60 professionals and "
            "volunteers met at the Ernst-Reuter-Haus. Under the title “Der Marler Weg – "
            "Einwanderung gemeinsam gestalten” (“The Marl Way – shaping immigration together”), "
            "they held discussions at five theme tables. In future, several formats are to come "
            "together under one steering group."
        ),
        "tr": (
            "Belediyenin ve AG Wohlfahrt'ın daveti üzerine yaklaşık 60 gönüllü ve uzman "
            "Ernst-Reuter-Haus'ta bir araya geldi. “Der Marler Weg – Einwanderung gemeinsam "
            "gestalten” (“Marl Yolu – Göçü birlikte şekillendirmek”) başlığı altında beş tema "
            "masasında görüş alışverişinde bulundular. Gelecekte birçok çalışma biçimi tek bir "
            "yönlendirme grubu altında toplanacak."
        ),
        "ar": (
            "بدعوة من المدينة ومن AG Wohlfahrt، التقى نحو 60 من الناشطين في دار Ernst-Reuter-Haus. "
            "وتحت عنوان «Der Marler Weg – Einwanderung gemeinsam gestalten» («نهج مارل – نصوغ "
            "الهجرة معًا») تشاوروا حول خمس طاولات موضوعية. ومن المقرر مستقبلًا أن تجتمع صيغ عمل "
            "عدة تحت مظلة فريق توجيه واحد."
        ),
        "uk": (
            "На запрошення міста та AG Wohlfahrt близько 60 активних учасників зібралися в "
            "Ernst-Reuter-Haus. Під назвою «Der Marler Weg – Einwanderung gemeinsam gestalten» "
            "(«Марльський шлях — разом формуємо імміграцію») вони радилися за п’ятьма тематичними "
            "столами. Надалі кілька форматів мають об’єднатися під спільною керівною групою."
        ),
    },
    (
        "Bürgermeister Werner Arndt eröffnete die Tagung und dankte allen, die sich beruflich oder "
        "ehrenamtlich für ein gutes Miteinander in der Stadt einsetzen. Anschließend stellten das "
        "Team um Nuray Kaharan, Ressortleitung des Kommunalen Integrationsmanagements, und der "
        "Integrationsbeauftragte Deniz Tekmen die Konzepte der Stadt vor."
    ): {
        "en": (
            "Mayor Werner Arndt opened the conference and thanked everyone who works, "
            "professionally or as a volunteer, for good relations between people in the town. Then "
            "the team led by Nuray Kaharan, head of the Kommunales Integrationsmanagement "
            "(municipal integration management), and the integration officer Deniz Tekmen "
            "presented the town's strategies."
        ),
        "tr": (
            "Belediye Başkanı Werner Arndt konferansı açtı ve şehirde iyi bir bir arada yaşam için "
            "mesleği gereği ya da gönüllü olarak çalışan herkese teşekkür etti. Ardından "
            "Kommunales Integrationsmanagement (belediye entegrasyon yönetimi) birim yöneticisi "
            "Nuray Kaharan ve ekibi ile entegrasyon sorumlusu Deniz Tekmen şehrin stratejilerini "
            "tanıttı."
        ),
        "ar": (
            "افتتح رئيس البلدية فيرنر أرندت المؤتمر، وشكر كل من يعمل مهنيًا أو تطوعيًا من أجل "
            "تعايش جيد في المدينة. ثم عرض فريق نوراي كاهاران، رئيسة قسم Kommunales "
            "Integrationsmanagement (الإدارة البلدية للاندماج)، ومفوّض الاندماج دنيز تكمن "
            "استراتيجيات المدينة."
        ),
        "uk": (
            "Бургомістр Вернер Арндт відкрив конференцію й подякував усім, хто професійно чи як "
            "волонтер дбає про добре співжиття в місті. Потім команда Нурай Кахаран, керівниці "
            "напряму Kommunales Integrationsmanagement (муніципальне управління інтеграцією), та "
            "уповноважений з питань інтеграції Деніз Текмен представили концепції міста."
        ),
    },
    "Fünf Tische, fünf Themen": {
        "en": "Five tables, five topics",
        "tr": "Beş masa, beş konu",
        "ar": "خمس طاولات وخمسة مواضيع",
        "uk": "П’ять столів — п’ять тем",
    },
    (
        "An Thementischen ging es um Sport, Bildung, Sozialraum, Wohnen und Arbeit. Die Ergebnisse "
        "fließen in die weitere Arbeit ein."
    ): {
        "en": (
            "The theme tables covered sport, education, neighbourhoods, housing and work. The "
            "results will feed into the work ahead."
        ),
        "tr": (
            "Tema masalarında spor, eğitim, mahalle yaşamı, konut ve iş konuları ele alındı. "
            "Sonuçlar bundan sonraki çalışmalara yansıtılacak."
        ),
        "ar": (
            "تناولت الطاولات الموضوعية الرياضة والتعليم والحيّ والسكن والعمل. وستُستثمر النتائج في "
            "مواصلة العمل."
        ),
        "uk": (
            "За тематичними столами йшлося про спорт, освіту, життя в районах, житло та роботу. "
            "Результати буде враховано в подальшій роботі."
        ),
    },
    "Vernetzt für Marl (Symbolgrafik)": {
        "en": "Working together for Marl (illustration)",
        "tr": "Marl için el ele (temsili görsel)",
        "ar": "شبكة واحدة من أجل مارل (رسم توضيحي)",
        "uk": "Разом заради Марля (ілюстрація)",
    },
    "Ein gemeinsamer Weg": {
        "en": "One shared path",
        "tr": "Ortak bir yol",
        "ar": "طريق مشترك",
        "uk": "Спільний шлях",
    },
    (
        "Die Tagungsreihe „Blickpunkt soziale Lagen“, der „Marler Kodex“ und das Kommunale "
        "Integrationsmanagement werden unter einer Steuerungsgruppe als „Marler Weg“ "
        "zusammengeführt. Für das Landesprogramm sind in Marl fünf neue Stellen entstanden, zwei "
        "davon in der Ausländerbehörde."
    ): {
        "en": (
            "The “Blickpunkt soziale Lagen” conference series, the “Marler Kodex” (“Marl Code”) "
            "and the Kommunales Integrationsmanagement are being brought together as the “Marler "
            "Weg” under one steering group. The state programme has created five new posts in "
            "Marl, two of them at the Ausländerbehörde (immigration office)."
        ),
        "tr": (
            "“Blickpunkt soziale Lagen” konferans dizisi, “Marler Kodex” (“Marl İlkeleri”) ve "
            "Kommunales Integrationsmanagement, tek bir yönlendirme grubu altında “Marler Weg” "
            "adıyla birleştiriliyor. Eyalet programı kapsamında Marl'da, ikisi Ausländerbehörde'de "
            "(yabancılar dairesi) olmak üzere beş yeni kadro oluşturuldu."
        ),
        "ar": (
            "تُجمع سلسلة المؤتمرات «Blickpunkt soziale Lagen» و«Marler Kodex» («ميثاق مارل») "
            "وKommunales Integrationsmanagement تحت مظلة فريق توجيه واحد باسم «Marler Weg». وقد "
            "استُحدثت في مارل خمس وظائف جديدة في إطار برنامج الولاية، اثنتان منها في "
            "Ausländerbehörde (دائرة شؤون الأجانب)."
        ),
        "uk": (
            "Серію конференцій «Blickpunkt soziale Lagen», «Marler Kodex» («Марльський кодекс») і "
            "Kommunales Integrationsmanagement об’єднують під спільною керівною групою як «Marler "
            "Weg». Завдяки земельній програмі в Марлі з’явилося п’ять нових посад, дві з них — в "
            "Ausländerbehörde (відомстві у справах іноземців)."
        ),
    },
    (
        "Wer Integration in Marl voranbringen will, braucht beides: Menschen, die es beruflich "
        "tun, und Menschen, die sich freiwillig engagieren."
    ): {
        "en": (
            "Anyone who wants to move integration forward in Marl needs both: people who do it for "
            "a living and people who volunteer."
        ),
        "tr": (
            "Marl'da entegrasyonu ilerletmek isteyen herkesin ikisine de ihtiyacı var: bu işi "
            "meslek olarak yapanlara ve gönüllü olarak emek verenlere."
        ),
        "ar": (
            "من يريد أن يدفع الاندماج قُدمًا في مارل يحتاج إلى الأمرين معًا: أناس يعملون في هذا "
            "المجال مهنيًا، وأناس يتطوعون فيه."
        ),
        "uk": (
            "Хто хоче просувати інтеграцію в Марлі, потребує і тих, і тих: людей, які займаються "
            "цим професійно, і людей, які долучаються як волонтери."
        ),
    },
    "Claudia Schwidrik-Grebe": {
        "en": "Claudia Schwidrik-Grebe",
        "tr": "Claudia Schwidrik-Grebe",
        "ar": "كلاوديا شفيدريك-غريبه",
        "uk": "Клаудія Швідрік-Гребе",
    },
    "Sozialdezernentin": {
        "en": "Head of Social Affairs",
        "tr": "Sosyal İşler Dairesi Başkanı",
        "ar": "رئيسة دائرة الشؤون الاجتماعية",
        "uk": "Керівниця департаменту соціальних справ",
    },
    "Integrationsbeauftragter der Stadt Marl": {
        "en": "Integration officer, Town of Marl",
        "tr": "Marl Belediyesi entegrasyon sorumlusu",
        "ar": "مفوّض الاندماج في مدينة مارل",
        "uk": "Уповноважений з питань інтеграції міста Марль",
    },
    "Presse- und Öffentlichkeitsarbeit, Stadt Marl": {
        "en": "Press and public relations, Town of Marl",
        "tr": "Basın ve halkla ilişkiler, Marl Belediyesi",
        "ar": "الصحافة والعلاقات العامة، مدينة مارل",
        "uk": "Зв’язки з пресою та громадськістю, місто Марль",
    },
    # --- Kaiserslautern: home page ----------------------------------------------
    "Stadt Kaiserslautern": {
        "en": "City of Kaiserslautern",
        "tr": "Kaiserslautern Belediyesi",
        "ar": "مدينة كايزرسلاوترن",
        "uk": "Місто Кайзерслаутерн",
    },
    "kaiserslautern": {
        "en": "kaiserslautern",
        "tr": "kaiserslautern",
        "ar": "kaiserslautern",
        "uk": "kaiserslautern",
    },
    "Integrationsarbeit in Kaiserslautern: Konzept, Pressemitteilungen und Veranstaltungen.": {
        "en": (
            "Integration work in Kaiserslautern: the integration strategy, press releases and "
            "events."
        ),
        "tr": (
            "Kaiserslautern'de entegrasyon çalışmaları: strateji, basın bültenleri ve etkinlikler."
        ),
        "ar": "العمل على الاندماج في كايزرسلاوترن: الاستراتيجية والبيانات الصحفية والفعاليات.",
        "uk": "Інтеграційна робота в Кайзерслаутерні: концепція, прес-релізи та події.",
    },
    (
        "Kaiserslautern ist eine von 21 Modellstädten im Projekt „Weltoffene Kommune“. Gemeinsam "
        "mit Fachleuten aus der Stadtgesellschaft prüft die Stadt, wo ihre Integrationsarbeit "
        "steht und was sie noch besser machen kann."
    ): {
        "en": (
            "Kaiserslautern is one of 21 model towns in the Weltoffene Kommune (“Open-Minded "
            "Municipality”) project. Together with experts from the community, the city is "
            "examining where its integration work stands and what it can do even better."
        ),
        "tr": (
            "Kaiserslautern, Weltoffene Kommune (“Dünyaya Açık Belediye”) projesindeki 21 model "
            "şehirden biri. Şehir, kent toplumundan uzmanlarla birlikte entegrasyon çalışmalarının "
            "ne durumda olduğunu ve neleri daha iyi yapabileceğini inceliyor."
        ),
        "ar": (
            "كايزرسلاوترن واحدة من 21 مدينة نموذجية في مشروع Weltoffene Kommune («البلدية المنفتحة "
            "على العالم»). وتبحث المدينة مع مختصين من المجتمع المحلي أين يقف عملها في مجال "
            "الاندماج وما الذي يمكنها أن تحسّنه أكثر."
        ),
        "uk": (
            "Кайзерслаутерн — одне з 21 модельного міста в проєкті Weltoffene Kommune («Відкрита "
            "світові громада»). Разом із фахівцями з міської спільноти місто з’ясовує, на якому "
            "етапі перебуває його інтеграційна робота і що можна зробити ще краще."
        ),
    },
    # --- Kaiserslautern: press section ------------------------------------------
    "Pressemitteilungen von Stadt Kaiserslautern zur Integrationsarbeit.": {
        "en": "Press releases from the City of Kaiserslautern about its integration work.",
        "tr": "Kaiserslautern Belediyesi'nin entegrasyon çalışmalarına ilişkin basın bültenleri.",
        "ar": "بيانات صحفية من مدينة كايزرسلاوترن حول عملها في مجال الاندماج.",
        "uk": "Прес-релізи міста Кайзерслаутерн про його інтеграційну роботу.",
    },
    # --- Kaiserslautern: press release ------------------------------------------
    "Weltoffene Kommune: Kaiserslautern nimmt seine Integrationsarbeit unter die Lupe": {
        "en": (
            "Weltoffene Kommune (“Open-Minded Municipality”): Kaiserslautern takes a close look at "
            "its integration work"
        ),
        "tr": (
            "Weltoffene Kommune (“Dünyaya Açık Belediye”): Kaiserslautern entegrasyon "
            "çalışmalarını mercek altına alıyor"
        ),
        "ar": (
            "Weltoffene Kommune («البلدية المنفتحة على العالم»): كايزرسلاوترن تُخضع عملها في مجال "
            "الاندماج لفحص دقيق"
        ),
        "uk": (
            "Weltoffene Kommune («Відкрита світові громада»): Кайзерслаутерн прискіпливо аналізує "
            "свою інтеграційну роботу"
        ),
    },
    "weltoffene-kommune-erster-workshop": {
        "en": "weltoffene-kommune-first-workshop",
        "tr": "weltoffene-kommune-ilk-atolye",
        "ar": "weltoffene-kommune-erster-workshop",
        "uk": "weltoffene-kommune-erster-workshop",
    },
    "Erster Workshop im Projekt „Weltoffene Kommune“: viel Gutes, klare Aufgaben.": {
        "en": (
            "The first workshop in the Weltoffene Kommune project: much that is good, and clear "
            "tasks."
        ),
        "tr": (
            "Weltoffene Kommune projesinde ilk atölye çalışması: pek çok olumlu nokta, net "
            "görevler."
        ),
        "ar": "ورشة العمل الأولى في مشروع Weltoffene Kommune: إيجابيات كثيرة ومهام واضحة.",
        "uk": (
            "Перший семінар-практикум у проєкті Weltoffene Kommune: багато доброго й чіткі "
            "завдання."
        ),
    },
    "Kaiserslautern": {
        "en": "Kaiserslautern",
        "tr": "Kaiserslautern",
        "ar": "كايزرسلاوترن",
        "uk": "Кайзерслаутерн",
    },
    (
        "Rund 30 Fachleute aus der Integrationsarbeit haben in der Alten Eintracht eingeschätzt, "
        "wo die Stadt in sieben Handlungsfeldern steht. Eine neue Taskforce kümmert sich nun um "
        "die Lücken, die der Workshop gezeigt hat."
    ): {
        "en": (
            "At the Alte Eintracht, around 30 integration experts assessed where the city stands "
            "in seven fields of action. A new task force is now tackling the gaps that the "
            "workshop revealed."
        ),
        "tr": (
            "Entegrasyon alanından yaklaşık 30 uzman, Alte Eintracht'ta şehrin yedi eylem alanında "
            "nerede durduğunu değerlendirdi. Atölye çalışmasının ortaya koyduğu eksikliklerle "
            "artık yeni bir görev gücü ilgileniyor."
        ),
        "ar": (
            "قيّم نحو 30 مختصًا في مجال الاندماج، في قاعة Alte Eintracht، موقع المدينة في سبعة "
            "مجالات عمل. وتتولى الآن فرقة عمل جديدة معالجة الثغرات التي كشفتها الورشة."
        ),
        "uk": (
            "Близько 30 фахівців з інтеграційної роботи оцінили в Alte Eintracht, як справи в "
            "місті в семи напрямах діяльності. Тепер прогалинами, які виявив семінар-практикум, "
            "займається нова оперативна група."
        ),
    },
    (
        "Seit einigen Wochen ist Kaiserslautern eine von 21 Modellstädten im Projekt „Weltoffene "
        "Kommune“. Das Projekt gehört zum Nationalen Aktionsplan Integration der Bundesregierung. "
        "PHINEO und die Bertelsmann Stiftung setzen es um, gefördert von der "
        "Integrationsbeauftragten der Bundesregierung. Für die Stadt ist die Teilnahme kostenlos."
    ): {
        "en": (
            "For a few weeks now, Kaiserslautern has been one of 21 model towns in the Weltoffene "
            "Kommune (“Open-Minded Municipality”) project. The project is part of the Federal "
            "Government's National Action Plan on Integration. It is run by PHINEO and the "
            "Bertelsmann Stiftung and funded by the Federal Government Commissioner for "
            "Integration. Taking part costs the city nothing."
        ),
        "tr": (
            "Kaiserslautern birkaç haftadır Weltoffene Kommune (“Dünyaya Açık Belediye”) "
            "projesindeki 21 model şehirden biri. Proje, Federal Hükümetin Ulusal Entegrasyon "
            "Eylem Planı'nın bir parçası. Projeyi PHINEO ve Bertelsmann Stiftung yürütüyor, "
            "Federal Hükümetin Entegrasyon Sorumlusu destekliyor. Katılım şehir için ücretsiz."
        ),
        "ar": (
            "منذ بضعة أسابيع أصبحت كايزرسلاوترن واحدة من 21 مدينة نموذجية في مشروع Weltoffene "
            "Kommune («البلدية المنفتحة على العالم»). ويندرج المشروع ضمن خطة العمل الوطنية "
            "للاندماج التابعة للحكومة الاتحادية، وتنفّذه منظمة PHINEO ومؤسسة Bertelsmann Stiftung "
            "بتمويل من مفوّضة الحكومة الاتحادية لشؤون الاندماج. والمشاركة مجانية للمدينة."
        ),
        "uk": (
            "Кілька тижнів тому Кайзерслаутерн став одним із 21 модельного міста в проєкті "
            "Weltoffene Kommune («Відкрита світові громада»). Проєкт є частиною Національного "
            "плану дій з інтеграції федерального уряду. Його втілюють PHINEO та Bertelsmann "
            "Stiftung, а фінансує уповноважена федерального уряду з питань інтеграції. Для міста "
            "участь безкоштовна."
        ),
    },
    (
        "Den ersten Workshop leitete Claudia Walther von der Bertelsmann Stiftung. Die sieben "
        "Handlungsfelder gibt die Stiftung für alle Modellkommunen gleich vor."
    ): {
        "en": (
            "The first workshop was led by Claudia Walther of the Bertelsmann Stiftung. The "
            "foundation sets the same seven fields of action for all model municipalities."
        ),
        "tr": (
            "İlk atölye çalışmasını Bertelsmann Stiftung'dan Claudia Walther yönetti. Yedi eylem "
            "alanı, vakıf tarafından tüm model belediyeler için aynı şekilde belirleniyor."
        ),
        "ar": (
            "أدارت ورشة العمل الأولى كلاوديا فالتر من مؤسسة Bertelsmann Stiftung. وتحدد المؤسسة "
            "مجالات العمل السبعة نفسها لجميع البلديات النموذجية."
        ),
        "uk": (
            "Перший семінар-практикум провела Клаудія Вальтер із Bertelsmann Stiftung. Сім "
            "напрямів діяльності фонд визначає однаково для всіх модельних громад."
        ),
    },
    (
        "Wir sehen viele Städte im ganzen Land. Kaiserslautern ist auf dem Weg zur Weltoffenheit "
        "schon weit gekommen."
    ): {
        "en": (
            "We see many towns and cities all over the country. Kaiserslautern has already come a "
            "long way towards being open to the world."
        ),
        "tr": (
            "Ülkenin dört bir yanında pek çok şehir görüyoruz. Kaiserslautern dünyaya açıklık "
            "yolunda şimdiden epey yol aldı."
        ),
        "ar": (
            "نرى مدنًا كثيرة في أنحاء البلاد. وقد قطعت كايزرسلاوترن شوطًا طويلًا على طريق الانفتاح "
            "على العالم."
        ),
        "uk": (
            "Ми бачимо багато міст по всій країні. Кайзерслаутерн уже пройшов чималий шлях до "
            "відкритості світові."
        ),
    },
    "Claudia Walther": {
        "en": "Claudia Walther",
        "tr": "Claudia Walther",
        "ar": "كلاوديا فالتر",
        "uk": "Клаудія Вальтер",
    },
    "Projektmanagerin, Bertelsmann Stiftung": {
        "en": "Project manager, Bertelsmann Stiftung",
        "tr": "Proje yöneticisi, Bertelsmann Stiftung",
        "ar": "مديرة مشروع، مؤسسة Bertelsmann Stiftung",
        "uk": "Менеджерка проєкту, Bertelsmann Stiftung",
    },
    "Unterschiedliche Wege, eine Richtung (Symbolgrafik)": {
        "en": "Different paths, one direction (illustration)",
        "tr": "Farklı yollar, tek bir yön (temsili görsel)",
        "ar": "طرق مختلفة واتجاه واحد (رسم توضيحي)",
        "uk": "Різні шляхи — один напрям (ілюстрація)",
    },
    "Wo es noch hakt": {
        "en": "Where things are still stuck",
        "tr": "Hâlâ aksayan noktalar",
        "ar": "أين لا تزال هناك عقبات",
        "uk": "Де ще є труднощі",
    },
    (
        "Vieles läuft in Kaiserslautern gut, manches sogar sehr gut. Es fehlt aber an "
        "Begegnungsräumen, die Zielgruppen werden schwer erreicht, und beim strukturellen und "
        "alltäglichen Rassismus sehen die Fachleute Defizite."
    ): {
        "en": (
            "A lot is going well in Kaiserslautern, some things even very well. But there are too "
            "few places where people can meet, the target groups are hard to reach, and the "
            "experts see shortcomings when it comes to structural and everyday racism."
        ),
        "tr": (
            "Kaiserslautern'de pek çok şey iyi, bazıları ise çok iyi gidiyor. Ancak buluşma "
            "mekânları eksik, hedef gruplara ulaşmak zor ve uzmanlar yapısal ve gündelik ırkçılık "
            "konusunda eksiklikler görüyor."
        ),
        "ar": (
            "تسير أمور كثيرة في كايزرسلاوترن على ما يرام، وبعضها على نحو ممتاز. لكن ثمة نقصًا في "
            "أماكن اللقاء، ويصعب الوصول إلى الفئات المستهدفة، ويرى المختصون قصورًا في التصدي "
            "للعنصرية البنيوية واليومية."
        ),
        "uk": (
            "Багато що в Кайзерслаутерні вдається добре, а дещо навіть дуже добре. Проте бракує "
            "місць для зустрічей, до цільових груп важко достукатися, а щодо структурного й "
            "побутового расизму фахівці бачать недоліки."
        ),
    },
    "Die Taskforce": {
        "en": "The task force",
        "tr": "Görev gücü",
        "ar": "فرقة العمل",
        "uk": "Оперативна група",
    },
    (
        "In der Taskforce arbeiten Verwaltung, Migrationsbeirat, Jugendparlament und Träger der "
        "Integrationsarbeit zusammen. Sie verknüpft die Ergebnisse mit den bestehenden Strukturen "
        "und tauscht sich mit den anderen Modellkommunen aus. Wenn die Pandemie es erlaubt, folgt "
        "im Herbst ein zweiter Workshop."
    ): {
        "en": (
            "The task force brings together the administration, the Migrationsbeirat (migration "
            "advisory council), the youth parliament and organisations that do integration work. "
            "It links the results with existing structures and exchanges ideas with the other "
            "model municipalities. If the pandemic allows, a second workshop will follow in the "
            "autumn."
        ),
        "tr": (
            "Görev gücünde belediye yönetimi, Migrationsbeirat (göç danışma kurulu), gençlik "
            "meclisi ve entegrasyon alanında çalışan kuruluşlar birlikte çalışıyor. Görev gücü, "
            "sonuçları mevcut yapılarla ilişkilendiriyor ve diğer model belediyelerle fikir "
            "alışverişinde bulunuyor. Pandemi izin verirse sonbaharda ikinci bir atölye çalışması "
            "yapılacak."
        ),
        "ar": (
            "تضم فرقة العمل الإدارة وMigrationsbeirat (المجلس الاستشاري للهجرة) وبرلمان الشباب "
            "والجهات العاملة في مجال الاندماج. وهي تربط النتائج بالهياكل القائمة وتتبادل الخبرات "
            "مع البلديات النموذجية الأخرى. وإذا سمحت الجائحة، فستُعقد ورشة عمل ثانية في الخريف."
        ),
        "uk": (
            "В оперативній групі разом працюють адміністрація, Migrationsbeirat (консультативна "
            "рада з питань міграції), молодіжний парламент та організації, що займаються "
            "інтеграцією. Група пов’язує результати з наявними структурами й обмінюється досвідом "
            "з іншими модельними громадами. Якщо пандемія дозволить, восени відбудеться другий "
            "семінар-практикум."
        ),
    },
    "Ansprechstelle für das Projekt „Weltoffene Kommune“, Stadt Kaiserslautern": {
        "en": (
            "Contact point for the Weltoffene Kommune (“Open-Minded Municipality”) project, City "
            "of Kaiserslautern"
        ),
        "tr": (
            "Weltoffene Kommune (“Dünyaya Açık Belediye”) projesi irtibat noktası, Kaiserslautern "
            "Belediyesi"
        ),
        "ar": (
            "جهة التواصل لمشروع Weltoffene Kommune («البلدية المنفتحة على العالم»)، مدينة "
            "كايزرسلاوترن"
        ),
        "uk": (
            "Контактний пункт проєкту Weltoffene Kommune («Відкрита світові громада»), місто "
            "Кайзерслаутерн"
        ),
    },
    "Presse- und Öffentlichkeitsarbeit, Stadt Kaiserslautern": {
        "en": "Press and public relations, City of Kaiserslautern",
        "tr": "Basın ve halkla ilişkiler, Kaiserslautern Belediyesi",
        "ar": "الصحافة والعلاقات العامة، مدينة كايزرسلاوترن",
        "uk": "Зв’язки з пресою та громадськістю, місто Кайзерслаутерн",
    },
}
