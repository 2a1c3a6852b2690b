"""Strings of the Labour market page."""
from app_pages.wages.strings import shared

STRINGS: dict[str, dict[str, str]] = {
    **shared("labour"),
    # Short names of the page's tabs (each section's charts carry their full titles).
    "labour.tab.regions": {"ky": "Аймактар боюнча", "ru": "По регионам", "en": "By region"},
    "labour.tab.sex_age": {"ky": "Жынысы жана курагы", "ru": "Пол и возраст", "en": "Sex and age"},
    "labour.tab.registered": {"ky": "Катталган жумушсуздук", "ru": "Регистрируемая безработица", "en": "Registered"},
    "labour.tab.injuries": {"ky": "Өндүрүштөгү жаракат", "ru": "Травматизм", "en": "Injuries"},
    "labour.tab.youth_informal": {"ky": "Жаштар жана расмий эмес иш", "ru": "Молодёжь и неформальная занятость", "en": "Youth and informal work"},
    "labour.title": {"ky": "Эмгек рыногу", "ru": "Рынок труда", "en": "Labour market"},
    "labour.intro": {
        "ky": "Жумушсуздуктун деңгээли (ЭЭУнун аныктамасы боюнча, калкты сурамжылоо): ар бир аймакта, жынысы жана "
              "курагы боюнча; катталган жумушсуздук; өндүрүштө жаракат алуу; окубаган жана иштебеген жаштар (NEET); "
              "ошондой эле Программадагы расмий эмес секторда иштөө жана башка эмгек көрсөткүчтөрү. Жылдык "
              "маалыматтар Улуттук статистика комитетинин ТӨМ боюнча маалыматтарынан алынган.",
        "ru": "Уровень безработицы (по методологии МОТ, обследование населения): в каждом регионе, по полу и "
              "возрасту; регистрируемая безработица; производственный травматизм; молодёжь вне учёбы и работы (NEET); "
              "а также занятость в неформальном секторе и другие показатели труда из Программы. Годовые данные — из "
              "данных Национального статистического комитета по ЦУР.",
        "en": "The unemployment rate (ILO definition, from the labour force survey): in every region, by sex and "
              "age; registered unemployment; occupational injuries; young people not in education, employment or "
              "training (NEET); and informal employment and the other labour figures of the Program. The annual "
              "figures come from the National Statistical Committee's SDG data.",
    },
    "labour.regions_title": {"ky": "{name}, аймактар боюнча", "ru": "{name} по регионам", "en": "{name} by region"},
    "labour.late_start": {
        "ky": "Бул аймактардын катары кечирээк башталат: {regions}; ага чейинки жылдары маани жок (бош калат).",
        "ru": "Ряды этих регионов начинаются позже: {regions}; за более ранние годы значений нет (оставлены пустыми).",
        "en": "These regions' series start later: {regions}; earlier years have no value (left empty).",
    },
    "labour.ranked_title": {"ky": "{name}, {year}-ж.: аймактардын рейтинги", "ru": "{name}, {year} г.: рейтинг регионов",
                            "en": "{name}, {year}: regions ranked"},
    "labour.ranked_note": {
        "ky": "Кызгылт сары мамыча — өлкө боюнча маани. Жумушсуздук сурамжылоого негизделет, ошондуктан калкы аз аймактарда "
              "жылдан жылга термелүү чоңураак болот.",
        "ru": "Оранжевый столбец — значение по стране. Безработица оценивается по обследованию, поэтому в небольших "
              "регионах колебания от года к году больше.",
        "en": "The orange bar is the national value. Unemployment is estimated from a survey, so in smaller regions "
              "it moves more from year to year.",
    },
    "labour.breakdown": {"ky": "Бөлүштүрүү", "ru": "Разбивка", "en": "Breakdown"},
    "labour.sex_age_title": {"ky": "{name}: {region}, {by}", "ru": "{name}: {region}, {by}",
                             "en": "{name}: {region}, {by}"},
    "labour.age_note": {
        "ky": "70 жаштан жогоркулар боюнча маалымат айрым жылдар үчүн гана бар; калган жылдар бош калат.",
        "ru": "По возрасту 70 лет и старше данные есть лишь за отдельные годы; остальные годы оставлены пустыми.",
        "en": "For ages 70 and over there are values for some years only; the other years are left empty.",
    },
    "labour.registered_title": {
        "ky": "Жумушсуздук: сурамжылоо боюнча жана катталган, {region}",
        "ru": "Безработица: по обследованию и регистрируемая, {region}",
        "en": "Unemployment: survey-based and registered, {region}",
    },
    "labour.registered_note": {
        "ky": "Катталган жумушсуздук — жумуш издеп мамлекеттик кызматка катталгандар гана. {year}-жылы катталган "
              "деңгээл {registered} %, сурамжылоо боюнча {ilo} %: жумушсуздардын болжол менен {percent} % гана "
              "катталган.",
        "ru": "Регистрируемая безработица — только вставшие на учёт в службе занятости. В {year} году "
              "регистрируемый уровень — {registered} %, по обследованию — {ilo} %: на учёте примерно {percent} % "
              "безработных.",
        "en": "Registered unemployment counts only those registered with the employment service. In {year} the "
              "registered rate was {registered}% against {ilo}% in the survey: roughly {percent}% of the unemployed "
              "were registered.",
    },
    "labour.injury_measure": {"ky": "Көрсөткүч", "ru": "Показатель", "en": "Measure"},
    "labour.injury_title": {"ky": "{name}: {region}, жынысы боюнча", "ru": "{name}: {region}, по полу",
                            "en": "{name}: {region}, by sex"},
    "labour.injury_note": {
        "ky": "100 000 иштегенге карата. Аймактар боюнча маалыматтар көп жылдары жок (мамыча «маалымат жок» деп "
              "белгиленет); иштегендер аз аймактарда бир-эки окуя деңгээлди кескин өзгөртөт.",
        "ru": "На 100 000 работающих. По регионам во многие годы данных нет («нет данных»); в регионах с небольшим "
              "числом работающих один-два случая резко меняют уровень.",
        "en": "Per 100 000 workers. Many regions lack values in many years (listed as “no data”); where few people "
              "work, one or two cases change the rate sharply.",
    },
    "labour.zero_note": {
        "ky": "{year}-жылы булакта 0 деп берилген: {regions}. Бул окуя болгон эмес дегенди же эсеп жүргүзүлбөгөнүн "
              "билдириши мүмкүн; булак муну түшүндүрбөйт.",
        "ru": "В {year} году источник даёт 0 для: {regions}. Это может означать, что случаев не было, или что учёт не "
              "вёлся; источник этого не поясняет.",
        "en": "In {year} the source gives 0 for: {regions}. This may mean no cases, or that nothing was counted; the "
              "source does not say.",
    },
    "labour.neet_title": {"ky": "{name}: {region}, жынысы боюнча", "ru": "{name}: {region}, по полу",
                          "en": "{name}: {region}, by sex"},
    "labour.program_intro": {
        "ky": "Программадагы эмгек рыногу боюнча сандар. Алар бир жолку көрсөткүчтөр (көбү 2018-жыл үчүн), катар "
              "эмес; расмий эмес секторда иштегендердин үлүшү — ошолордун бири.",
        "ru": "Цифры о рынке труда из Программы. Это разовые значения (в основном за 2018 год), а не ряды; доля "
              "занятых в неформальном секторе — одно из них.",
        "en": "The Program's labour-market figures. They are single values (mostly for 2018), not series; the share "
              "of employment in the informal sector is one of them.",
    },
    "labour.left_out": {
        "ky": "Таблицага кирген жок: «{name}» ({period}) боюнча {count} маани — маалыматтарда алар бир эле "
              "көрсөткүч катары берилген жана кайсы иш түрүнө тиешелүү экени көрсөтүлгөн эмес.",
        "ru": "Не вошли в таблицу: {count} значения показателя «{name}» ({period}) — в данных они записаны как одна и "
              "та же цифра, без указания вида деятельности.",
        "en": "Left out of the table: {count} values of “{name}” ({period}) — the data records them as the same "
              "figure, without saying which economic activity each belongs to.",
    },
}
