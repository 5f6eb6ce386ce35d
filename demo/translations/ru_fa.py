"""Russian and Persian: Völklingen's home page, press section and 2017 release.

The German keys are those of voelklingen_press.py; text() merges the tables.
Terms follow locale/GLOSSARY.md (Integrationskonzept: «концепция интеграции» /
«راهبرد ادغام»; Integrationsbüro: «Бюро по вопросам интеграции» / «دفتر ادغام»;
Auftakt: «стартовая встреча» / «نشست آغازین»).
Also the roles of the people the release links to (Person snippets). Persian
uses Persian letters (ی, ک) and Persian digits in running text.
"""

TEXTS = {
    # --- Völklingen: home page ---------------------------------------------------
    "Mittelstadt Völklingen": {
        "ru": "Город Фёльклинген",
        "fa": "شهر فولکلینگن",
    },
    "volklingen": {
        "ru": "volklingen",
        "fa": "volklingen",
    },
    "Integrationsarbeit in Völklingen: Konzept, Pressemitteilungen und Veranstaltungen.": {
        "ru": "Работа по интеграции в Фёльклингене: концепция, пресс-релизы и мероприятия.",
        "fa": "فعالیت‌های شهر فولکلینگن در زمینه ادغام: راهبرد، بیانیه‌های مطبوعاتی و رویدادها.",
    },
    (
        "In Völklingen leben Menschen aus vielen Ländern zusammen. Hier zeigt die Stadt, wie sie "
        "Integration plant und umsetzt: mit ihrem Integrationskonzept, dessen Fortschreibung, mit "
        "Workshops und Gesprächsrunden. Fragen und Anregungen nimmt das Integrationsbüro gern "
        "entgegen."
    ): {
        "ru": (
            "В Фёльклингене вместе живут люди из многих стран. Здесь город рассказывает, как он "
            "планирует и осуществляет интеграцию: с помощью своей Integrationskonzept (концепции "
            "интеграции) и её обновлённой редакции, семинаров-практикумов и открытых встреч. "
            "Integrationsbüro (Бюро по вопросам интеграции) охотно ответит на Ваши вопросы и "
            "выслушает Ваши предложения."
        ),
        "fa": (
            "در فولکلینگن مردمانی از کشورهای گوناگون در کنار هم زندگی می‌کنند. شهر در اینجا نشان "
            "می‌دهد که ادغام را چگونه برنامه‌ریزی و اجرا می‌کند: با Integrationskonzept (راهبرد "
            "ادغام) و ویرایش به‌روزشده آن، و با کارگاه‌ها و نشست‌های گفت‌وگو. Integrationsbüro "
            "(دفتر ادغام) با کمال میل به پرسش‌های شما پاسخ می‌دهد و پیشنهادهایتان را می‌پذیرد."
        ),
    },
    # --- Völklingen: press section ----------------------------------------------
    "Pressemitteilungen": {
        "ru": "Пресс-релизы",
        "fa": "بیانیه‌های مطبوعاتی",
    },
    "presse": {
        "ru": "presse",
        "fa": "presse",
    },
    "Pressemitteilungen von Mittelstadt Völklingen zur Integrationsarbeit.": {
        "ru": "Пресс-релизы города Фёльклинген о его работе по интеграции.",
        "fa": "بیانیه‌های مطبوعاتی شهر فولکلینگن درباره فعالیت‌هایش در زمینه ادغام.",
    },
    # --- Völklingen: press release ----------------------------------------------
    "Neues Integrationskonzept: Auftakt im Neuen Rathaus": {
        "ru": "Новая концепция интеграции: стартовая встреча в Новой ратуше",
        "fa": "راهبرد تازه ادغام: نشست آغازین در ساختمان جدید شهرداری",
    },
    "neues-integrationskonzept-auftakt-im-neuen-rathaus": {
        "ru": "neues-integrationskonzept-auftakt-im-neuen-rathaus",
        "fa": "neues-integrationskonzept-auftakt-im-neuen-rathaus",
    },
    "Workshop im Neuen Rathaus: Völklingen überarbeitet sein Integrationskonzept.": {
        "ru": (
            "Семинар-практикум в Новой ратуше: Фёльклинген пересматривает свою концепцию "
            "интеграции."
        ),
        "fa": "کارگاه در ساختمان جدید شهرداری: فولکلینگن راهبرد ادغام خود را بازنگری می‌کند.",
    },
    "Völklingen": {
        "ru": "Фёльклинген",
        "fa": "فولکلینگن",
    },
    (
        "Die Stadt schreibt ihr Integrationskonzept aus dem Jahr 2009 fort. Zum Auftakt kamen "
        "Fachleute aus Verwaltung und Stadtgesellschaft im Neuen Rathaus zusammen. Das Saarbrücker "
        "Institut iSPO begleitet die Arbeit; ein erster Entwurf soll im Mai 2018 vorliegen."
    ): {
        "ru": (
            "Город обновляет свою Integrationskonzept (концепцию интеграции) 2009 года. На "
            "стартовую встречу в Новой ратуше собрались специалисты из администрации и городского "
            "сообщества. Работу сопровождает институт iSPO из Саарбрюккена; первый проект "
            "ожидается в мае 2018 года."
        ),
        "fa": (
            "شهر فولکلینگن Integrationskonzept (راهبرد ادغام) سال ۲۰۰۹ خود را به‌روز می‌کند. در "
            "نشست آغازین، کارشناسانی از اداره شهر و جامعه مدنی در ساختمان جدید شهرداری گرد هم "
            "آمدند. مؤسسه iSPO از زاربروکن این کار را همراهی می‌کند و قرار است نخستین پیش‌نویس در "
            "ماه مه ۲۰۱۸ آماده شود."
        ),
    },
    (
        "Den Auftrag gaben Ende August der Hauptausschuss und der Ausschuss für Kinder, Jugend und "
        "Soziales. Mit der fachlichen Begleitung und dem Schreiben des neuen Konzepts hat die "
        "Stadt das Institut für Sozialforschung, Praxisberatung und Organisationsentwicklung "
        "(iSPO) aus Saarbrücken beauftragt."
    ): {
        "ru": (
            "Поручение в конце августа дали Hauptausschuss (главный комитет) и комитет по делам "
            "детей, молодёжи и социальным вопросам. Профессиональное сопровождение и написание "
            "новой концепции город поручил Institut für Sozialforschung, Praxisberatung und "
            "Organisationsentwicklung (iSPO) — институту социальных исследований и консалтинга из "
            "Саарбрюккена."
        ),
        "fa": (
            "این مأموریت در اواخر اوت از سوی Hauptausschuss (کمیسیون اصلی) و کمیسیون کودکان، "
            "نوجوانان و امور اجتماعی صادر شد. شهر همراهی تخصصی و نگارش راهبرد جدید را به Institut "
            "für Sozialforschung, Praxisberatung und Organisationsentwicklung (iSPO)، مؤسسه پژوهش "
            "اجتماعی و مشاوره در زاربروکن، سپرده است."
        ),
    },
    (
        "Oberbürgermeister Klaus Lorig erinnerte daran, dass seit 2009 vieles gelungen sei. Die "
        "Lage habe sich aber deutlich verändert, besonders in den vergangenen drei Jahren. Deshalb "
        "gehöre das Konzept auf den Prüfstand."
    ): {
        "ru": (
            "Обер-бургомистр Клаус Лориг напомнил, что с 2009 года удалось многого добиться. "
            "Однако ситуация заметно изменилась, особенно за последние три года. Поэтому концепцию "
            "пора тщательно пересмотреть."
        ),
        "fa": (
            "کلاوس لوریگ، شهردار، یادآوری کرد که از سال ۲۰۰۹ تاکنون دستاوردهای بسیاری به دست آمده "
            "است. اما به گفته او، اوضاع به‌ویژه در سه سال گذشته به‌طور چشمگیری تغییر کرده و از این "
            "رو راهبرد باید به‌دقت بازنگری شود."
        ),
    },
    (
        "Wer jeden Tag mit Zugewanderten arbeitet, weiß am besten, was ein neues Konzept leisten "
        "muss. Genau diese Erfahrung brauchen wir, auch wenn sie unbequem ist."
    ): {
        "ru": (
            "Те, кто каждый день работает с мигрантами, лучше всех знают, что должна дать новая "
            "концепция. Именно этот опыт нам и нужен, даже если он неудобен."
        ),
        "fa": (
            "کسانی که هر روز با مهاجران کار می‌کنند، بهتر از همه می‌دانند که یک راهبرد تازه باید "
            "چه چیزی را محقق کند. ما دقیقاً به همین تجربه نیاز داریم، حتی اگر ناخوشایند باشد."
        ),
    },
    "Klaus Lorig": {
        "ru": "Клаус Лориг",
        "fa": "کلاوس لوریگ",
    },
    "Oberbürgermeister": {
        "ru": "Обер-бургомистр",
        "fa": "شهردار",
    },
    "Viele Beteiligte, ein gemeinsames Konzept": {
        "ru": "Много участников — одна общая концепция",
        "fa": "مشارکت‌کنندگان بسیار، یک راهبرد مشترک",
    },
    (
        "Integrationsbeauftragte Gülsah Bora kündigte an, alle wichtigen Gruppen aus Verwaltung "
        "und Zivilgesellschaft einzubeziehen. Je mehr Menschen mitarbeiten, desto stärker werde "
        "das Konzept später getragen."
    ): {
        "ru": (
            "Уполномоченная по вопросам интеграции Гюльшах Бора объявила, что к работе будут "
            "привлечены все важные группы из администрации и гражданского общества. Чем больше "
            "людей примет участие, тем шире будет поддержка концепции в дальнейшем."
        ),
        "fa": (
            "گولشاه بورا، مسئول امور ادغام شهر، اعلام کرد که همه گروه‌های مهم اداره شهر و جامعه "
            "مدنی در این کار مشارکت داده می‌شوند. به گفته او، هرچه افراد بیشتری همکاری کنند، "
            "راهبرد در آینده از پشتیبانی گسترده‌تری برخوردار خواهد بود."
        ),
    },
    "Aus vielen Bausteinen entsteht ein Konzept (Symbolgrafik)": {
        "ru": "Из множества кирпичиков складывается концепция (иллюстрация)",
        "fa": "از قطعه‌های بسیار، یک راهبرد شکل می‌گیرد (تصویر نمادین)",
    },
    "Der Zeitplan": {
        "ru": "График работы",
        "fa": "جدول زمانی",
    },
    (
        "Im Workshop fiel die Entscheidung für eine Steuerungsgruppe und eine Arbeitsgruppe. "
        "Moderiert hat Erik Schäffer, Geschäftsführer von iSPO. Nach seiner Planung liegt im "
        "Dezember eine erste Bestandsaufnahme vor, im Mai 2018 ein erster Entwurf. Zur Mitte des "
        "Jahres 2018 soll das neue Konzept fertig sein. Vorher wird der Entwurf in Gesprächsrunden "
        "mit Bürgerinnen und Bürgern besprochen."
    ): {
        "ru": (
            "На семинаре-практикуме решили создать руководящую и рабочую группы. Модерировал "
            "встречу Эрик Шеффер, руководитель iSPO. По его плану, в декабре будет готов первый "
            "анализ ситуации, а в мае 2018 года — первый проект. Новую концепцию планируется "
            "завершить к середине 2018 года. Перед этим проект обсудят с жителями города на "
            "открытых встречах."
        ),
        "fa": (
            "در این کارگاه تصمیم گرفته شد یک گروه راهبری و یک کارگروه تشکیل شود. مدیریت جلسه را "
            "اریک شفر، مدیرعامل iSPO، بر عهده داشت. طبق برنامه او، نخستین ارزیابی وضع موجود در "
            "دسامبر و نخستین پیش‌نویس در مه ۲۰۱۸ آماده می‌شود. قرار است راهبرد جدید تا نیمه سال "
            "۲۰۱۸ نهایی شود. پیش از آن، پیش‌نویس در نشست‌های گفت‌وگو با شهروندان به بحث گذاشته "
            "می‌شود."
        ),
    },
    # --- People the release links to (Person snippets) ---------------------------
    "Person.name: Pressestelle": {
        "ru": "Пресс-служба",
        "fa": "دفتر مطبوعاتی",
    },
    "Presse- und Öffentlichkeitsarbeit, Mittelstadt Völklingen": {
        "ru": "Связи с прессой и общественностью, город Фёльклинген",
        "fa": "روابط عمومی و امور رسانه‌ها، شهر فولکلینگن",
    },
    "Integrationsbeauftragte der Mittelstadt Völklingen": {
        "ru": "Уполномоченная по вопросам интеграции города Фёльклинген",
        "fa": "مسئول امور ادغام شهر فولکلینگن",
    },
}
