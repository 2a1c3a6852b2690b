"""Strings of the Overview page."""

STRINGS: dict[str, dict[str, str]] = {
    "overview.title": {
        "ky": "Негизги социалдык көрсөткүчтөр",
        "ru": "Основные социальные показатели",
        "en": "Key social indicators",
    },
    "overview.intro": {
        "ky": "Кыргыз Республикасы боюнча акыркы маанилер жана алардын 2018-жылдан берки өзгөрүшү. "
              "2018-жыл — Калкты социалдык коргоо жана эмгек чөйрөсүн өнүктүрүүнүн 2020–2023-жылдарга "
              "программасынын базалык жылы.",
        "ru": "Последние значения по Кыргызской Республике и их изменение с 2018 года — базового года "
              "Программы развития социальной защиты населения и сферы труда на 2020–2023 годы.",
        "en": "The latest values for the Kyrgyz Republic and their change since 2018, the baseline year of the "
              "Program for the development of social protection and labour for 2020–2023.",
    },
    "overview.how_to_read": {
        "ky": "Үлүштөрдүн өзгөрүшү пайыздык пункт (п.п.) менен, деңгээлдердики пайыз менен берилет. "
              "Жашыл — абал жакшырды, кызыл — начарлады, боз — көрсөткүчтүн «жакшы» багыты жок. "
              "Сызыктагы көңдөй чекит — экинчи булактын (маалымат каражаттарынын) мааниси.",
        "ru": "Изменения долей даны в процентных пунктах (п.п.), уровней — в процентах. "
              "Зелёный — положение улучшилось, красный — ухудшилось, серый — у показателя нет направления «лучше». "
              "Полый кружок на линии — значение из вторичного источника (СМИ).",
        "en": "Changes in rates are in percentage points (pp), changes in levels in percent. "
              "Green means better, red worse, grey that the indicator has no better direction. "
              "A hollow dot on a line is a value from a secondary source (a news report).",
    },
    "overview.rates": {
        "ky": "Жакырчылык, жумушсуздук жана социалдык коргоо",
        "ru": "Бедность, безработица и социальная защита",
        "en": "Poverty, unemployment and social protection",
    },
    "overview.levels": {
        "ky": "Эмгек акы, пенсиялар жана майыптуулук",
        "ru": "Заработная плата, пенсии и инвалидность",
        "en": "Wages, pensions and disability",
    },
    "overview.label_unit": {"ky": "{name}, {unit}", "ru": "{name}, {unit}", "en": "{name}, {unit}"},
    "overview.value_percent": {"ky": "{value} %", "ru": "{value} %", "en": "{value}%"},
    "overview.pp": {"ky": "{amount} п.п.", "ru": "{amount} п.п.", "en": "{amount} pp"},
    "overview.percent": {"ky": "{amount} %", "ru": "{amount} %", "en": "{amount}%"},
    "overview.with_verdict": {"ky": "{change} ({verdict})", "ru": "{change} ({verdict})", "en": "{change} ({verdict})"},
    "overview.verdict.better": {"ky": "жакшыруу", "ru": "улучшение", "en": "better"},
    "overview.verdict.worse": {"ky": "начарлоо", "ru": "ухудшение", "en": "worse"},
    "overview.verdict.nominal": {"ky": "номиналдык", "ru": "номинально", "en": "nominal"},
    "overview.since_base": {"ky": "{year}-жылдан берки өзгөрүш", "ru": "Изменение с {year} года",
                            "en": "Change since {year}"},
    "overview.no_base_value": {"ky": "{year}-жылга маани жок", "ru": "нет значения за {year} год",
                         "en": "no {year} value"},
    "overview.latest_is_base": {"ky": "акыркы маани {year}-жылга таандык", "ru": "последнее значение — за {year} год",
                                "en": "the latest value is for {year}"},
    "overview.no_change": {"ky": "{year}-жылдан берки өзгөрүштү эсептөөгө болбойт",
                           "ru": "изменение с {year} года рассчитать нельзя",
                           "en": "no change since {year} can be computed"},
    "overview.period": {"ky": "Мезгили: {period}", "ru": "Период: {period}", "en": "Period: {period}"},
    "overview.secondary": {"ky": "○ экинчи булак (маалымат каражаты)", "ru": "○ вторичный источник (СМИ)",
                           "en": "○ secondary source (news report)"},
    "overview.previous": {
        "ky": "Мурунку мааниге ({period}) салыштырмалуу: {change}",
        "ru": "К предыдущему значению ({period}): {change}",
        "en": "Against the previous value ({period}): {change}",
    },
    "overview.no_previous": {"ky": "Мурунку маани жок", "ru": "Предыдущего значения нет",
                             "en": "No previous value"},
    "overview.newer_report": {
        "ky": "Кийинки сан, маалымат каражаттарынын кабарынан (экинчи булак): {value} ({period})",
        "ru": "Более новое число из сообщения СМИ (вторичный источник): {value} ({period})",
        "en": "A newer figure from a news report (secondary source): {value} ({period})",
    },
    "overview.companion_report": {
        "ky": "{name}, маалымат каражаттарынын кабарынан (экинчи булак): {value} ({period})",
        "ru": "{name}, по сообщению СМИ (вторичный источник): {value} ({period})",
        "en": "{name}, from a news report (secondary source): {value} ({period})",
    },
    "overview.flag_implausible": {
        "ky": "⚠ {years}-жылдын мааниси күмөндүү (булактагыдай сакталды)",
        "ru": "⚠ значение за {years} г. сомнительно (сохранено как в источнике)",
        "en": "⚠ the {years} value is implausible (kept as published)",
    },
    "overview.flag_break": {
        "ky": "⚠ {years}-жылы салыштырууда үзгүлтүк болушу мүмкүн",
        "ru": "⚠ возможен разрыв сопоставимости в {years} г.",
        "en": "⚠ possible break in comparability in {years}",
    },
    "overview.flag_missing": {
        "ky": "⚠ ортодогу жылдарга маани жок: {years}",
        "ru": "⚠ за годы между ними значений нет: {years}",
        "en": "⚠ no value for the years in between: {years}",
    },
    "overview.base_notes": {"ky": "{year}-жылдан бери: {notes}", "ru": "С {year} года: {notes}",
                            "en": "Since {year}: {notes}"},
    "overview.nominal": {
        "ky": "Номиналдык сумма, инфляция эсепке алынган эмес.",
        "ru": "Номинальная сумма, без учёта инфляции.",
        "en": "Nominal amount, not adjusted for inflation.",
    },
    "overview.flags": {"ky": "Белгилер: {flags}", "ru": "Отметки: {flags}", "en": "Notes: {flags}"},
    "overview.source": {"ky": "Булак: {sources}", "ru": "Источник: {sources}", "en": "Source: {sources}"},
    # The card's small line for a screen reader: the years it spans and the value the card states.
    "overview.spark_alt": {
        "ky": "{name}, {span}; акыркы маани — {value} ({period})",
        "ru": "{name}, {span}; последнее значение — {value} ({period})",
        "en": "{name} {span}, latest {value} in {period}",
    },
    "overview.spark_alt_none": {"ky": "{name}: маанилер жок", "ru": "{name}: значений нет", "en": "{name}: no values"},
    "overview.map_heading": {
        "ky": "Аймактардагы жакырчылык",
        "ru": "Бедность по регионам",
        "en": "Poverty by region",
    },
    "overview.map_note": {
        "ky": "Түс канчалык кочкул болсо, жакырчылык ошончолук жогору. Ош шаары алкак менен белгиленип, "
              "бурчтагы кошумча картада чоңойтулуп көрсөтүлгөн; Бишкек шаары Чүй облусунун ичинде.",
        "ru": "Чем темнее цвет, тем выше бедность. Город Ош обведён рамкой и показан крупно на врезке; "
              "город Бишкек — внутри Чуйской области.",
        "en": "The darker the colour, the higher the poverty rate. Osh city is framed by a box and shown "
              "enlarged in the inset; Bishkek city lies inside Chui oblast.",
    },
    "overview.map_more": {
        "ky": "Башка көрсөткүчтөр, жылдар жана ар бир аймактын көрүнүшү",
        "ru": "Другие показатели, годы и профиль каждого региона",
        "en": "Other indicators, years and each region's profile",
    },
}
