"""Every string the dashboard shows, in Kyrgyz, Russian and English."""

STRINGS: dict[str, dict[str, str]] = {
    "app.title": {
        "ky": "Кыргыз Республикасынын социалдык көрсөткүчтөрү",
        "ru": "Социальные показатели Кыргызской Республики",
        "en": "Social indicators of the Kyrgyz Republic",
    },
    "app.subtitle": {
        "ky": "Жакырчылык, эмгек акы, майыптуулук, пенсиялар жана социалдык коргоо: расмий булактардан алынган маалыматтар, ар бир маани өз булагы менен.",
        "ru": "Бедность, заработная плата, инвалидность, пенсии и социальная защита: данные из официальных источников, у каждого значения свой источник.",
        "en": "Poverty, wages, disability, pensions and social protection: data from official sources, every value with its source.",
    },
    "language.label": {"ky": "Тил", "ru": "Язык", "en": "Language"},
    "coverage.heading": {"ky": "Маалыматтардын камтылышы", "ru": "Охват данных", "en": "Data coverage"},
    "coverage.caption": {
        "ky": "{indicators} көрсөткүч, {values} маани, {sources} булак. Ар бир көрсөткүч үчүн: аймактар, жылдар жана булактар.",
        "ru": "{indicators} показателей, {values} значений, {sources} источников. Для каждого показателя: регионы, годы и источники.",
        "en": "{indicators} indicators, {values} values, {sources} sources. For each indicator: regions, years and sources.",
    },
    "column.indicator": {"ky": "Көрсөткүч", "ru": "Показатель", "en": "Indicator"},
    "column.topic": {"ky": "Тема", "ru": "Тема", "en": "Topic"},
    "column.unit": {"ky": "Бирдик", "ru": "Единица", "en": "Unit"},
    "column.regions": {"ky": "Аймактар", "ru": "Регионы", "en": "Regions"},
    "column.years": {"ky": "Жылдар", "ru": "Годы", "en": "Years"},
    "column.values": {"ky": "Маанилер", "ru": "Значений", "en": "Values"},
    "column.sources": {"ky": "Булактар", "ru": "Источники", "en": "Sources"},
    "regions.all": {"ky": "бардык 10", "ru": "все 10", "en": "all 10"},
    "regions.national": {"ky": "өлкө боюнча", "ru": "по стране", "en": "national"},
    "error.data": {
        "ky": "Маалыматтарды жүктөөгө болбойт. Файлды оңдоп, баракты жаңыртыңыз.",
        "ru": "Данные не удалось загрузить. Исправьте файл и обновите страницу.",
        "en": "The data could not be loaded. Fix the file and reload the page.",
    },
    "notice.unknown_language": {
        "ky": "«{value}» тили белгисиз; кыргыз тили көрсөтүлдү.",
        "ru": "Язык «{value}» неизвестен; показан кыргызский.",
        "en": "Unknown language “{value}”; showing Kyrgyz.",
    },
    "topic.poverty": {"ky": "Жакырчылык", "ru": "Бедность", "en": "Poverty"},
    "topic.wages": {"ky": "Эмгек акы", "ru": "Заработная плата", "en": "Wages"},
    "topic.labour": {"ky": "Эмгек рыногу", "ru": "Рынок труда", "en": "Labour market"},
    "topic.disability": {"ky": "Майыптуулук", "ru": "Инвалидность", "en": "Disability"},
    "topic.pensions": {"ky": "Пенсиялар", "ru": "Пенсии", "en": "Pensions"},
    "topic.social_protection": {"ky": "Социалдык коргоо", "ru": "Социальная защита", "en": "Social protection"},
    "topic.families_children": {"ky": "Үй-бүлө жана балдар", "ru": "Семьи и дети", "en": "Families and children"},
    "topic.population": {"ky": "Калк", "ru": "Население", "en": "Population"},
    "topic.social_fund": {"ky": "Социалдык фонд", "ru": "Социальный фонд", "en": "Social Fund"},
}
