"""Völklingen: home page, press section and the 2017 kick-off release.

Terms follow locale/GLOSSARY.md, as in concept.py and events.py: “Integrationskonzept”
is the integration strategy (the German word first, the translation in brackets,
on first use in a text), “Fortschreibung” the updated edition, “Integrationsbüro”
the Integration Office, “Pressemitteilung” a press release, “Workshop” a
workshop, “Auftakt” the kick-off event, “Veranstaltungen” events. Slugs stay as
they were, so that addresses do not change.
"""

TEXTS = {
    # --- Völklingen: home page ---------------------------------------------------
    # The home page's title: the town's name as readers say it (the official
    # German name stays in the header).
    "Mittelstadt Völklingen": {
        "en": "Town of Völklingen",
        "tr": "Völklingen Belediyesi",
        "ar": "مدينة فولكلينغن",
        "uk": "Місто Фельклінген",
    },
    "volklingen": {"en": "volklingen", "tr": "volklingen", "ar": "volklingen", "uk": "volklingen"},
    "Integrationsarbeit in Völklingen: Konzept, Pressemitteilungen und Veranstaltungen.": {
        "en": (
            "Integration work in Völklingen: the integration strategy, press releases and events."
        ),
        "tr": "Völklingen'de entegrasyon çalışmaları: strateji, basın bültenleri ve etkinlikler.",
        "ar": "العمل على الاندماج في فولكلينغن: الاستراتيجية والبيانات الصحفية والفعاليات.",
        "uk": "Інтеграційна робота у Фельклінгені: концепція, прес-релізи та події.",
    },
    (
        "In Völklingen leben Menschen aus vielen Ländern zusammen. Hier zeigt die Stadt, "
        "wie sie Integration plant und umsetzt: mit ihrem Integrationskonzept, dessen "
        "Fortschreibung, mit Workshops und Gesprächsrunden. Fragen und Anregungen nimmt "
        "das Integrationsbüro gern entgegen."
    ): {
        "en": (
            "People from many countries live together in Völklingen. Here the town shows "
            "how it plans and puts integration into practice: with its Integrationskonzept "
            "(integration strategy) and its updated edition, with workshops and discussion "
            "rounds. The Integrationsbüro (Integration Office) is happy to answer your "
            "questions and hear your ideas."
        ),
        "tr": (
            "Völklingen'de pek çok ülkeden insan bir arada yaşıyor. Şehir burada "
            "entegrasyonu nasıl planladığını ve hayata geçirdiğini anlatıyor: "
            "Integrationskonzept'i (entegrasyon stratejisi) ve bu stratejinin güncellenmiş "
            "sürümüyle, atölye çalışmaları ve söyleşilerle. Sorularınızı ve önerilerinizi "
            "Integrationsbüro (Entegrasyon Bürosu) memnuniyetle karşılar."
        ),
        "ar": (
            "يعيش في فولكلينغن معًا أناس من بلدان كثيرة. تعرض المدينة هنا كيف تخطط "
            "للاندماج وكيف تنفذه: من خلال Integrationskonzept (استراتيجية الاندماج) "
            "وإصدارها المحدَّث، "
            "ومن خلال ورش العمل وجلسات الحوار. يسعد Integrationsbüro (مكتب الاندماج) "
            "بتلقي أسئلتكم واقتراحاتكم."
        ),
        "uk": (
            "У Фельклінгені разом живуть люди з багатьох країн. Тут місто розповідає, як "
            "воно планує та втілює інтеграцію: за допомогою своєї Integrationskonzept "
            "(концепції інтеграції) та її оновленої редакції, семінарів-практикумів і "
            "круглих столів. Integrationsbüro (Бюро з питань інтеграції) охоче відповість "
            "на Ваші запитання та вислухає Ваші пропозиції."
        ),
    },
    # --- Völklingen: press section ----------------------------------------------
    "Pressemitteilungen": {
        "en": "Press releases",
        "tr": "Basın bültenleri",
        "ar": "البيانات الصحفية",
        "uk": "Прес-релізи",
    },
    "presse": {"en": "press", "tr": "basin", "ar": "presse", "uk": "presse"},
    "Pressemitteilungen von Mittelstadt Völklingen zur Integrationsarbeit.": {
        "en": "Press releases from the Town of Völklingen about its integration work.",
        "tr": "Völklingen Belediyesi'nin entegrasyon çalışmalarına ilişkin basın bültenleri.",
        "ar": "بيانات صحفية من مدينة فولكلينغن حول عملها في مجال الاندماج.",
        "uk": "Прес-релізи міста Фельклінген про його інтеграційну роботу.",
    },
    # --- Völklingen: press release ----------------------------------------------
    "Neues Integrationskonzept: Auftakt im Neuen Rathaus": {
        "en": "A new integration strategy: kick-off event at the New Town Hall",
        "tr": "Yeni entegrasyon stratejisi: Yeni Belediye Binası'nda açılış toplantısı",
        "ar": "استراتيجية جديدة للاندماج: فعالية افتتاحية في مبنى البلدية الجديد",
        "uk": "Нова концепція інтеграції: стартова зустріч у Новій ратуші",
    },
    "neues-integrationskonzept-auftakt-im-neuen-rathaus": {
        "en": "new-integration-concept-kick-off",
        "tr": "yeni-uyum-konsepti-baslangic",
        "ar": "neues-integrationskonzept-auftakt-im-neuen-rathaus",
        "uk": "neues-integrationskonzept-auftakt-im-neuen-rathaus",
    },
    "Workshop im Neuen Rathaus: Völklingen überarbeitet sein Integrationskonzept.": {
        "en": "Workshop at the New Town Hall: Völklingen is revising its integration strategy.",
        "tr": (
            "Yeni Belediye Binası'nda atölye çalışması: Völklingen entegrasyon stratejisini "
            "yeniliyor."
        ),
        "ar": "ورشة عمل في مبنى البلدية الجديد: فولكلينغن تراجع استراتيجيتها للاندماج.",
        "uk": "Семінар-практикум у Новій ратуші: Фельклінген переглядає свою концепцію інтеграції.",
    },
    "Völklingen": {"en": "Völklingen", "tr": "Völklingen", "ar": "فولكلينغن", "uk": "Фельклінген"},
    (
        "Die Stadt schreibt ihr Integrationskonzept aus dem Jahr 2009 fort. Zum Auftakt kamen "
        "Fachleute aus Verwaltung und Stadtgesellschaft im Neuen Rathaus zusammen. Das "
        "Saarbrücker Institut iSPO begleitet die Arbeit; ein erster Entwurf soll im Mai 2018 "
        "vorliegen."
    ): {
        "en": (
            "The town is updating its Integrationskonzept (integration strategy) from 2009. "
            "For the kick-off event, experts from the administration and from civil society "
            "met at the New Town Hall. The iSPO institute from Saarbrücken is supporting the "
            "work; a first draft is expected in May 2018."
        ),
        "tr": (
            "Şehir, 2009 yılından kalma Integrationskonzept'ini (entegrasyon stratejisi) "
            "güncelliyor. Açılış toplantısında belediye yönetiminden ve sivil toplumdan uzmanlar "
            "Yeni Belediye Binası'nda bir araya geldi. Çalışmalara Saarbrücken'deki iSPO enstitüsü "
            "eşlik ediyor; ilk taslağın Mayıs 2018'de hazır olması bekleniyor."
        ),
        "ar": (
            "تعمل المدينة على تحديث Integrationskonzept (استراتيجية الاندماج) الصادرة عام "
            "2009. وفي الفعالية الافتتاحية اجتمع في مبنى البلدية الجديد مختصون من الإدارة "
            "ومن المجتمع المدني. يرافق معهد iSPO من زاربروكن هذا العمل، ومن المنتظر أن تكون "
            "المسودة الأولى جاهزة في أيار/مايو 2018."
        ),
        "uk": (
            "Місто оновлює свою Integrationskonzept (концепцію інтеграції) 2009 року. На "
            "стартову зустріч у Новій ратуші зібралися фахівці з адміністрації та "
            "громадянського суспільства. Роботу супроводжує інститут iSPO із Саарбрюккена; "
            "перший проєкт очікують у травні 2018 року."
        ),
    },
    (
        "Den Auftrag gaben Ende August der Hauptausschuss und der Ausschuss für Kinder, Jugend "
        "und Soziales. Mit der fachlichen Begleitung und dem Schreiben des neuen Konzepts hat "
        "die Stadt das Institut für Sozialforschung, Praxisberatung und "
        "Organisationsentwicklung (iSPO) aus Saarbrücken beauftragt."
    ): {
        "en": (
            "The decision was taken at the end of August by the Hauptausschuss (main "
            "committee) and the committee for children, youth and social affairs. The town "
            "has asked the Institut für Sozialforschung, Praxisberatung und "
            "Organisationsentwicklung (iSPO), an institute for social research and "
            "consulting in Saarbrücken, to advise on the new strategy and to write it."
        ),
        "tr": (
            "Görevlendirme ağustos sonunda Hauptausschuss (ana komisyon) ile Çocuk, Gençlik "
            "ve Sosyal İşler Komisyonu tarafından yapıldı. Şehir, yeni stratejinin uzmanlık "
            "desteğini ve yazımını Saarbrücken'deki Institut für Sozialforschung, "
            "Praxisberatung und Organisationsentwicklung'a (iSPO, sosyal araştırma ve "
            "danışmanlık enstitüsü) verdi."
        ),
        "ar": (
            "صدر التكليف في أواخر آب/أغسطس عن Hauptausschuss (اللجنة الرئيسية) ولجنة "
            "الأطفال والشباب والشؤون الاجتماعية. وقد كلّفت المدينة معهد Institut für "
            "Sozialforschung, Praxisberatung und Organisationsentwicklung (iSPO)، وهو معهد "
            "للبحث الاجتماعي والاستشارات في زاربروكن، بالمرافقة المتخصصة وبكتابة "
            "الاستراتيجية الجديدة."
        ),
        "uk": (
            "Доручення наприкінці серпня дали Hauptausschuss (головний комітет) і комітет у "
            "справах дітей, молоді та соціальних питань. Фаховий супровід і написання нової "
            "концепції місто доручило Institut für Sozialforschung, Praxisberatung und "
            "Organisationsentwicklung (iSPO) — інституту соціальних досліджень і "
            "консультування із Саарбрюккена."
        ),
    },
    (
        "Oberbürgermeister Klaus Lorig erinnerte daran, dass seit 2009 vieles gelungen sei. "
        "Die Lage habe sich aber deutlich verändert, besonders in den vergangenen drei "
        "Jahren. Deshalb gehöre das Konzept auf den Prüfstand."
    ): {
        "en": (
            "Lord Mayor Klaus Lorig recalled that a great deal had been achieved since 2009. "
            "But the situation had changed considerably, especially over the past three "
            "years, and so it was time to take a hard look at the strategy."
        ),
        "tr": (
            "Belediye Başkanı Klaus Lorig, 2009'dan bu yana pek çok şeyin başarıldığını "
            "hatırlattı. Ancak durum, özellikle son üç yılda belirgin biçimde değişti. Bu "
            "yüzden stratejinin yeniden gözden geçirilmesi gerekiyor."
        ),
        "ar": (
            "ذكّر رئيس البلدية كلاوس لوريغ بأن أمورًا كثيرة تحققت منذ عام 2009، لكن الوضع "
            "تغيّر كثيرًا، ولا سيما في السنوات الثلاث الأخيرة، ولذلك حان الوقت لمراجعة "
            "الاستراتيجية."
        ),
        "uk": (
            "Обер-бургомістр Клаус Лоріг нагадав, що від 2009 року вдалося досягти багато "
            "чого. Проте ситуація помітно змінилася, особливо за останні три роки. Тому "
            "концепцію варто ретельно переглянути."
        ),
    },
    (
        "Wer jeden Tag mit Zugewanderten arbeitet, weiß am besten, was ein neues Konzept "
        "leisten muss. Genau diese Erfahrung brauchen wir, auch wenn sie unbequem ist."
    ): {
        "en": (
            "Those who work with newcomers every day know best what a new strategy has to "
            "deliver. That is exactly the experience we need, even when it is uncomfortable."
        ),
        "tr": (
            "Her gün göçmenlerle çalışanlar, yeni bir stratejinin neyi başarması gerektiğini en "
            "iyi bilir. Rahatsız edici olsa bile tam da bu deneyime ihtiyacımız var."
        ),
        "ar": (
            "من يعمل كل يوم مع القادمين الجدد يعرف أكثر من غيره ما الذي يجب أن تحققه "
            "استراتيجية جديدة. وهذه الخبرة بالذات هي ما نحتاج إليه، حتى لو كانت غير مريحة."
        ),
        "uk": (
            "Ті, хто щодня працює з мігрантами, найкраще знають, що має дати нова концепція. "
            "Саме цей досвід нам і потрібен, навіть якщо він незручний."
        ),
    },
    "Klaus Lorig": {
        "en": "Klaus Lorig",
        "tr": "Klaus Lorig",
        "ar": "كلاوس لوريغ",
        "uk": "Клаус Лоріг",
    },
    "Oberbürgermeister": {
        "en": "Lord Mayor",
        "tr": "Belediye Başkanı",
        "ar": "رئيس البلدية",
        "uk": "Обер-бургомістр",
    },
    "Viele Beteiligte, ein gemeinsames Konzept": {
        "en": "Many voices, one shared strategy",
        "tr": "Birçok paydaş, ortak bir strateji",
        "ar": "أطراف كثيرة واستراتيجية مشتركة واحدة",
        "uk": "Багато учасників — одна спільна концепція",
    },
    (
        "Integrationsbeauftragte Gülsah Bora kündigte an, alle wichtigen Gruppen aus "
        "Verwaltung und Zivilgesellschaft einzubeziehen. Je mehr Menschen mitarbeiten, desto "
        "stärker werde das Konzept später getragen."
    ): {
        "en": (
            "Gülsah Bora, the town's integration officer, announced that all key groups from "
            "the administration and civil society would be involved. The more people take "
            "part, she said, the more widely the strategy will be supported later on."
        ),
        "tr": (
            "Entegrasyon sorumlusu Gülsah Bora, belediye yönetiminden ve sivil toplumdan tüm "
            "önemli grupların sürece dahil edileceğini duyurdu. Ne kadar çok kişi katkı "
            "verirse, strateji daha sonra o kadar güçlü biçimde sahiplenilecek."
        ),
        "ar": (
            "أعلنت مفوّضة الاندماج غولشاه بورا أن جميع المجموعات المهمة من الإدارة والمجتمع "
            "المدني ستُشرك في العمل. وكلما شارك عدد أكبر من الناس، كان التأييد "
            "للاستراتيجية لاحقًا أقوى."
        ),
        "uk": (
            "Уповноважена з питань інтеграції Гюльшах Бора пообіцяла залучити всі важливі "
            "групи з адміністрації та громадянського суспільства. Що більше людей долучиться, "
            "то ширшу підтримку матиме концепція згодом."
        ),
    },
    "Aus vielen Bausteinen entsteht ein Konzept (Symbolgrafik)": {
        "en": "Many building blocks make one strategy (illustration)",
        "tr": "Birçok yapı taşından bir strateji doğuyor (temsili görsel)",
        "ar": "من لبنات كثيرة تنشأ استراتيجية واحدة (رسم توضيحي)",
        "uk": "З багатьох цеглинок постає концепція (ілюстрація)",
    },
    "Der Zeitplan": {
        "en": "The timetable",
        "tr": "Zaman planı",
        "ar": "الجدول الزمني",
        "uk": "Графік роботи",
    },
    (
        "Im Workshop fiel die Entscheidung für eine Steuerungsgruppe und eine Arbeitsgruppe. "
        "Moderiert hat Erik Schäffer, Geschäftsführer von iSPO. Nach seiner Planung liegt im "
        "Dezember eine erste Bestandsaufnahme vor, im Mai 2018 ein erster Entwurf. Zur Mitte "
        "des Jahres 2018 soll das neue Konzept fertig sein. Vorher wird der Entwurf in "
        "Gesprächsrunden mit Bürgerinnen und Bürgern besprochen."
    ): {
        "en": (
            "The workshop decided to set up a steering group and a working group. It was "
            "chaired by Erik Schäffer, managing director of iSPO. According to his plan, a "
            "first review of the current situation will be ready in December and a first "
            "draft in May 2018. The new strategy is due to be finished by mid-2018. Before "
            "that, the draft will be discussed with residents in open discussion rounds."
        ),
        "tr": (
            "Atölye çalışmasında bir yönlendirme grubu ve bir çalışma grubu kurulmasına karar "
            "verildi. Toplantıyı iSPO'nun genel müdürü Erik Schäffer yönetti. Onun planına göre "
            "aralık ayında ilk durum tespiti, Mayıs 2018'de ise ilk taslak hazır olacak. Yeni "
            "stratejinin 2018 yılının ortasında tamamlanması hedefleniyor. Taslak bundan önce "
            "vatandaşlarla yapılacak söyleşilerde ele alınacak."
        ),
        "ar": (
            "تقرّر في ورشة العمل تشكيل فريق توجيه ومجموعة عمل. وأدار الورشة إريك شيفر، المدير "
            "التنفيذي لمعهد iSPO. ووفقًا لخطته، سيكون أول تقييم للوضع القائم جاهزًا في كانون "
            "الأول/ديسمبر، والمسودة الأولى في أيار/مايو 2018، على أن تكتمل الاستراتيجية الجديدة في "
            "منتصف عام 2018. وقبل ذلك ستُناقش المسودة مع المواطنات والمواطنين في جلسات حوار."
        ),
        "uk": (
            "На семінарі-практикумі вирішили створити керівну та робочу групи. Модерував зустріч "
            "Ерік Шеффер, керівник iSPO. За його планом, у грудні буде готовий перший аналіз "
            "ситуації, а в травні 2018 року — перший проєкт. Нову концепцію мають завершити до "
            "середини 2018 року. Перед тим проєкт обговорять із мешканцями міста на відкритих "
            "зустрічах."
        ),
    },
}
