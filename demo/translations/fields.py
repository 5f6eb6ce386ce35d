"""The 20 shared fields of action (concepts/taxonomy.py) in every content language.

The loader translates the FieldOfAction snippets through wagtail-localize
(demo/localize.py, translate_fields_of_action) before the pages, so that
a translated concept edition points to the translated fields. The slug is
synchronised, the same in every language (it names the field in addresses);
the fields have no description yet.

Names follow the glossary (locale/GLOSSARY.md): “Handlungsfeld” is a field of
action; English in sentence case.
"""

TEXTS = {
    # --- The seven fields of the Selbstcheck “Weltoffene Kommune” -------------------
    "Management und Steuerung": {
        "en": "Management and governance",
        "tr": "Yönetim ve yönlendirme",
        "ar": "الإدارة والتوجيه",
        "uk": "Управління та координація",
        "ru": "Управление и координация",
        "fa": "مدیریت و راهبری",
    },
    "Interkulturelle Öffnung und Antirassismus": {
        "en": "Intercultural opening and anti-racism",
        "tr": "Kültürlerarası açılım ve ırkçılıkla mücadele",
        "ar": "الانفتاح على التنوع الثقافي ومناهضة العنصرية",
        "uk": "Міжкультурна відкритість і протидія расизму",
        "ru": "Межкультурная открытость и противодействие расизму",
        "fa": "گشودگی میان‌فرهنگی و مبارزه با نژادپرستی",
    },
    "Fairer Zugang und Teilhabechancen": {
        "en": "Fair access and equal opportunities",
        "tr": "Adil erişim ve katılım fırsatları",
        "ar": "الوصول العادل وفرص المشاركة",
        "uk": "Справедливий доступ і рівні можливості",
        "ru": "Справедливый доступ и равные возможности",
        "fa": "دسترسی منصفانه و فرصت‌های برابر برای مشارکت",
    },
    "Arbeit und wirtschaftliche Entwicklung": {
        "en": "Work and economic development",
        "tr": "Çalışma hayatı ve ekonomik kalkınma",
        "ar": "العمل والتنمية الاقتصادية",
        "uk": "Праця та економічний розвиток",
        "ru": "Труд и экономическое развитие",
        "fa": "کار و توسعه اقتصادی",
    },
    "Engagement und Beteiligung": {
        "en": "Civic engagement and participation",
        "tr": "Gönüllülük ve katılım",
        "ar": "العمل التطوعي والمشاركة",
        "uk": "Громадська активність і участь",
        "ru": "Гражданская активность и участие",
        "fa": "فعالیت داوطلبانه و مشارکت",
    },
    "Zusammenhalt und Begegnung": {
        "en": "Social cohesion and encounters",
        "tr": "Toplumsal dayanışma ve buluşma",
        "ar": "التماسك الاجتماعي والتلاقي",
        "uk": "Згуртованість і зустрічі",
        "ru": "Сплочённость и встречи",
        "fa": "همبستگی اجتماعی و دیدار",
    },
    "Kommunikation und Konfliktmanagement": {
        "en": "Communication and conflict management",
        "tr": "İletişim ve çatışma yönetimi",
        "ar": "التواصل وإدارة النزاعات",
        "uk": "Комунікація та врегулювання конфліктів",
        "ru": "Коммуникация и урегулирование конфликтов",
        "fa": "ارتباطات و مدیریت تعارض",
    },
    # --- The fields most municipal integration concepts use -------------------------
    "Sprache": {
        "en": "Language",
        "tr": "Dil",
        "ar": "اللغة",
        "uk": "Мова",
        "ru": "Язык",
        "fa": "زبان",
    },
    "Bildung": {
        "en": "Education",
        "tr": "Eğitim",
        "ar": "التعليم",
        "uk": "Освіта",
        "ru": "Образование",
        "fa": "آموزش",
    },
    "Arbeit und Ausbildung": {
        "en": "Work and vocational training",
        "tr": "Çalışma ve meslek eğitimi",
        "ar": "العمل والتدريب المهني",
        "uk": "Праця та професійне навчання",
        "ru": "Работа и профессиональное обучение",
        "fa": "کار و آموزش حرفه‌ای",
    },
    "Wohnen": {
        "en": "Housing",
        "tr": "Konut",
        "ar": "السكن",
        "uk": "Житло",
        "ru": "Жильё",
        "fa": "مسکن",
    },
    "Gesundheit": {
        "en": "Health",
        "tr": "Sağlık",
        "ar": "الصحة",
        "uk": "Здоров’я",
        "ru": "Здоровье",
        "fa": "سلامت",
    },
    "Sport": {
        "en": "Sport",
        "tr": "Spor",
        "ar": "الرياضة",
        "uk": "Спорт",
        "ru": "Спорт",
        "fa": "ورزش",
    },
    "Kultur": {
        "en": "Culture",
        "tr": "Kültür",
        "ar": "الثقافة",
        "uk": "Культура",
        "ru": "Культура",
        "fa": "فرهنگ",
    },
    "Sozialraum und Quartier": {
        "en": "Neighbourhoods and local communities",
        "tr": "Sosyal çevre ve mahalle",
        "ar": "الحيّ والبيئة الاجتماعية",
        "uk": "Соціальне середовище і квартал",
        "ru": "Социальная среда и квартал",
        "fa": "محله و محیط اجتماعی",
    },
    "Familie": {
        "en": "Family",
        "tr": "Aile",
        "ar": "الأسرة",
        "uk": "Сім’я",
        "ru": "Семья",
        "fa": "خانواده",
    },
    "Seniorinnen und Senioren": {
        "en": "Older people",
        "tr": "Yaşlılar",
        "ar": "كبار السن",
        "uk": "Люди похилого віку",
        "ru": "Пожилые люди",
        "fa": "سالمندان",
    },
    "Interkulturelle Öffnung der Verwaltung": {
        "en": "Intercultural opening of the administration",
        "tr": "Kamu yönetiminin kültürlerarası açılımı",
        "ar": "انفتاح الإدارة على التنوع الثقافي",
        "uk": "Міжкультурна відкритість адміністрації",
        "ru": "Межкультурная открытость администрации",
        "fa": "گشودگی میان‌فرهنگی دستگاه اداری",
    },
    "Partizipation": {
        "en": "Participation",
        "tr": "Katılım",
        "ar": "المشاركة",
        "uk": "Участь",
        "ru": "Участие",
        "fa": "مشارکت",
    },
    "Antidiskriminierung": {
        "en": "Anti-discrimination",
        "tr": "Ayrımcılıkla mücadele",
        "ar": "مكافحة التمييز",
        "uk": "Протидія дискримінації",
        "ru": "Противодействие дискриминации",
        "fa": "مبارزه با تبعیض",
    },
}
