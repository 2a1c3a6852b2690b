"""Strings of the Poverty page."""

STRINGS: dict[str, dict[str, str]] = {
    "poverty.title": {"ky": "Жакырчылык", "ru": "Бедность", "en": "Poverty"},
    "poverty.intro": {
        "ky": "Улуттук жакырчылык чегинен төмөн жашаган калктын үлүшү: өлкө боюнча, шаар жана айыл, жыныс жана курак боюнча, ар бир аймакта.",
        "ru": "Доля населения ниже национальной черты бедности: по стране, по городу и селу, полу и возрасту, в каждом регионе.",
        "en": "Share of the population below the national poverty line: for the country, by urban and rural areas, sex and age, and in every region.",
    },
    "poverty.measure": {"ky": "Көрсөткүч", "ru": "Показатель", "en": "Measure"},
    "poverty.break_notice": {
        "ky": "{year}-жылы бардык аймактарда жакырчылык бир убакта кескин өскөн; булак муну түшүндүрбөйт. Графиктеги чекиттүү сызык салыштырууда үзгүлтүк болушу мүмкүн экенин белгилейт.",
        "ru": "В {year} году бедность резко выросла во всех регионах одновременно; источник этого не объясняет. Пунктирная линия на графике отмечает возможный разрыв сопоставимости.",
        "en": "In {year} poverty jumps in every region at once; the source does not explain why. The dotted line on the charts marks a possible break in comparability.",
    },
    "poverty.national": {"ky": "Өлкө боюнча", "ru": "По стране", "en": "National"},
    "poverty.breakdown": {"ky": "Бөлүштүрүү", "ru": "Разбивка", "en": "Breakdown"},
    "poverty.regions": {"ky": "Аймактар боюнча", "ru": "По регионам", "en": "By region"},
    "poverty.regions_title": {"ky": "{name}, аймактар боюнча", "ru": "{name} по регионам", "en": "{name} by region"},
    "poverty.ranked_title": {"ky": "{name}, {year}-ж.: аймактардын рейтинги", "ru": "{name}, {year}: рейтинг регионов",
                             "en": "{name}, {year}: regions ranked"},
    "poverty.lines": {"ky": "Жакырчылыктын чеги", "ru": "Черта бедности", "en": "Poverty lines"},
}
