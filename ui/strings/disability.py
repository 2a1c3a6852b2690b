"""Strings of the Disability page."""
from ui.strings.wages import shared

STRINGS: dict[str, dict[str, str]] = {
    **shared("disability"),
    # Short names of the page's tabs (each section's charts carry their full titles).
    "disability.tab.persons": {"ky": "Саны жана үлүшү", "ru": "Численность и доля", "en": "Number and share"},
    "disability.tab.children": {"ky": "Балдар", "ru": "Дети", "en": "Children"},
    "disability.tab.new_cases": {"ky": "Жаңы учурлар", "ru": "Новые случаи", "en": "New cases"},
    "disability.tab.benefits": {"ky": "Жөлөкпулдар жана пенсиялар", "ru": "Пособия и пенсии", "en": "Benefits and pensions"},
    "disability.tab.all_figures": {"ky": "Бардык сандар", "ru": "Все цифры", "en": "Every figure"},
    "disability.title": {"ky": "Майыптуулук", "ru": "Инвалидность", "en": "Disability"},
    "disability.intro": {
        "ky": "Ден соолугунун мүмкүнчүлүктөрү чектелген адамдардын саны жана калктагы үлүшү, майыптыгы бар балдар, "
              "жыл сайын биринчи жолу майып деп таанылгандар жана майыптыгы боюнча пенсия менен жөлөкпул алгандар. "
              "Бул тема боюнча расмий жылдык катар жок: сандар ар кандай мезгилге (жыл, ай, белгилүү бир күн) "
              "тиешелүү жана ар кайсы булактан алынган, ошондуктан ар бир маани өз мезгили жана булагы менен "
              "көрсөтүлөт.",
        "ru": "Число лиц с ограниченными возможностями здоровья и их доля в населении, дети с инвалидностью, впервые "
              "признанные инвалидами за год, получатели пенсий и пособий по инвалидности. Официального годового ряда по "
              "этой теме нет: цифры относятся к разным периодам (год, месяц, дата) и взяты из разных источников, "
              "поэтому каждое значение показано со своим периодом и источником.",
        "en": "The number of persons with disabilities and their share of the population, children with "
              "disabilities, people first recognised as disabled each year, and recipients of disability pensions and "
              "benefits. There is no official annual series on this topic: the figures refer to different periods (a "
              "year, a month, a date) and come from different sources, so each value is shown with its own period and "
              "source.",
    },
    "disability.sources_notice": {
        "ky": "Бул барактагы {total} маанинин {secondary} — экинчи булактардан: расмий адамдарга шилтеме берген "
              "жаңылык кабарларынан (графиктерде ичи бош тегерекчелер). {program} маани Программадан алынган "
              "(мезгилдери: {periods}), {official} — Улуттук статистика комитетинин жылдык маалыматтары (пенсия "
              "жана майыптыгы боюнча жөлөкпул алгандардын үлүшү). Экинчи булактардагы сандарды расмий статистика "
              "катары эмес, болжолдуу көрсөткүч катары окуңуз.",
        "ru": "Из {total} значений на этой странице {secondary} — из вторичных источников: новостей со ссылкой на "
              "должностных лиц (полые кружки на графиках). {program} значений взяты из Программы (периоды: {periods}), "
              "{official} — годовые данные Национального статистического комитета (доля получателей пенсий и пособий "
              "по инвалидности). Цифры из вторичных источников читайте как ориентиры, а не как официальную статистику.",
        "en": "Of the {total} values on this page, {secondary} come from secondary sources: news reports quoting "
              "officials (hollow circles on the charts). {program} come from the Program (periods: {periods}) and "
              "{official} are the National Statistical Committee's annual figures (the share receiving pensions and "
              "disability benefits). Read the secondary figures as indications, not as official statistics.",
    },
    "disability.count_title": {"ky": "{name}: {region}", "ru": "{name}: {region}", "en": "{name}: {region}"},
    "disability.metric_latest": {"ky": "Акыркы маалымат ({period})", "ru": "Последние данные ({period})",
                                 "en": "Latest figure ({period})"},
    "disability.metric_program": {"ky": "Программа боюнча ({period})", "ru": "По Программе ({period})",
                                  "en": "According to the Program ({period})"},
    "disability.count_note": {
        "ky": "Сан — белгилүү бир учурда катталган ден соолугунун мүмкүнчүлүктөрү чектелген адамдар (МСЭК аркылуу). "
              "Расмий документтен алынган жалгыз маани — Программадагы {period} абалы боюнча саны (толук тегерекче); "
              "калгандары жаңылыктардан. Ай же күн менен берилген сандар жылдык маани катары эмес, өз ордунда турат.",
        "ru": "Число — лица с ограниченными возможностями здоровья, зарегистрированные на определённый момент (через "
              "МСЭК). Единственное значение из официального документа — численность по Программе на {period} "
              "(заполненный кружок); остальные — из новостей. Цифры на месяц или дату стоят на своём месте во "
              "времени, а не как годовые значения.",
        "en": "The count is of persons with disabilities registered at a point in time (through the medical and "
              "social expert commissions, MSEC). The only value from an official document is the Program's count at "
              "{period} (the filled circle); the rest come from news reports. Figures for a month or a date sit at "
              "their own place in time, not as annual values.",
    },
    "disability.conflict": {
        "ky": "Булактар дал келбейт — {name}{group}, {period}: графикте {shown} ({source}) көрсөтүлөт; башка булак: "
              "{others}.",
        "ru": "Источники расходятся — {name}{group}, {period}: на графике показано {shown} ({source}); другой "
              "источник: {others}.",
        "en": "Sources disagree — {name}{group}, {period}: the chart shows {shown} ({source}); the other source gives "
              "{others}.",
    },
    "disability.share_title": {"ky": "{name}, курак топтору боюнча", "ru": "{name}, по возрастным группам",
                               "en": "{name}, by age group"},
    "disability.share_note": {
        "ky": "Ар бир курак тобу өз курагындагы калкка карата: балдар — бардык балдарга, чоңдор — 18 жаштан "
              "жогоркуларга карата.",
        "ru": "Каждая возрастная группа — к населению того же возраста: дети — ко всем детям, взрослые — к населению "
              "18 лет и старше.",
        "en": "Each age group relates to the population of the same age: children to all children, adults to the "
              "population aged 18 and over.",
    },
    "disability.children_title": {"ky": "{name}: балдар (0–17 жаш)", "ru": "{name}: дети (0–17 лет)",
                                  "en": "{name}: children (0–17 years)"},
    "disability.metric_children_share": {
        "ky": "Бардык ДМЧАнын ичинде балдардын үлүшү ({period})",
        "ru": "Доля детей среди всех лиц с ОВЗ ({period})",
        "en": "Children among all persons with disabilities ({period})",
    },
    "disability.metric_children_population": {
        "ky": "Бардык балдардын ичинде ({period})", "ru": "Среди всех детей ({period})",
        "en": "Share of all children ({period})",
    },
    "disability.metric_working_age": {"ky": "Алардын ичинде эмгекке жарамдуу курактагылар ({period})",
                                      "ru": "Из них в трудоспособном возрасте ({period})",
                                      "en": "Of them of working age ({period})"},
    "disability.metric_group1": {"ky": "I топтогу майыптуулук берилгендер ({period})",
                                 "ru": "Получили I группу инвалидности ({period})",
                                 "en": "Assigned disability group I ({period})"},
    "disability.new_cases_note": {
        "ky": "Программа «жыл сайын» деп гана жазат, жылын көрсөтпөйт; маалымат жылы катары 2018-жыл алынган. "
              "≈ — болжолдуу, > — «ашык» деп жазылган төмөнкү чек.",
        "ru": "Программа пишет «ежегодно», не называя года; в качестве отчётного взят 2018 год. ≈ — приблизительно, "
              "> — нижняя граница («более»).",
        "en": "The Program says “every year” without naming one; 2018 is used as its reference year. ≈ approximate, "
              "> a lower bound (“more than”).",
    },
    "disability.recognised_note": {
        "ky": "Мындан тышкары: {period} ичинде МСЭК {total} адамды майып деп тааныган (анын ичинде {children} бала); "
              "булак бул биринчи жолу таанылгандар гана экенин айтпайт, ошондуктан графикте жок.",
        "ru": "Кроме того: за {period} МСЭК признала инвалидами {total} человек (из них {children} детей); источник не "
              "уточняет, только ли впервые, поэтому на графике этих данных нет.",
        "en": "Also: during {period} the MSEC recognised {total} persons as disabled (of them {children} children); "
              "the source does not say whether only for the first time, so they are not on the chart.",
    },
    "disability.benefit_title": {"ky": "{name}: {region}", "ru": "{name}: {region}", "en": "{name}: {region}"},
    "disability.repeat_note": {
        "ky": "{first}–{last}-жылдары маани өзгөрбөйт ({value} %): булакта мурунку маани кайталанган болушу мүмкүн.",
        "ru": "В {first}–{last} годах значение не меняется ({value} %): возможно, в источнике повторено прежнее "
              "значение.",
        "en": "The value stays exactly the same in {first}–{last} ({value}%): the source may have carried an earlier "
              "value forward.",
    },
    "disability.metric_pension_share": {"ky": "Майыптыгы боюнча пенсия алышат ({period})",
                                        "ru": "Получают пенсию по инвалидности ({period})",
                                        "en": "Receive a disability pension ({period})"},
    "disability.metric_pensions_share": {"ky": "Пенсиялардын ичинде майыптыгы боюнча ({period})",
                                         "ru": "Доля пенсий по инвалидности ({period})",
                                         "en": "Disability pensions among all pensions ({period})"},
    "disability.metric_avg_pension": {"ky": "Майыптыгы боюнча орточо пенсия ({period})",
                                      "ru": "Средняя пенсия по инвалидности ({period})",
                                      "en": "Average disability pension ({period})"},
    "disability.program_intro": {
        "ky": "Программадагы (2020–2023-жылдарга карата калкты социалдык коргоо жана эмгек чөйрөсүн өнүктүрүү "
              "программасы) майыптуулук боюнча сандар, алар тиешелүү мезгил менен.",
        "ru": "Цифры об инвалидности из Программы развития социальной защиты населения и сферы труда на 2020–2023 "
              "годы, с периодом, к которому они относятся.",
        "en": "The disability figures in the Program for the development of social protection and labour 2020–2023, "
              "with the period each refers to.",
    },
    "disability.register_intro": {
        "ky": "Бул барактагы бардык маанилер, ар бир булактыкы өзүнчө: бир эле көрсөткүчкө бир нече булак болсо, "
              "бирөө гана графикте көрсөтүлөт, калгандары «башка булактын мааниси» деп белгиленет.",
        "ru": "Все значения этой страницы, каждого источника отдельно: если у одной цифры несколько источников, на "
              "графике показано одно значение, остальные отмечены как «значение другого источника».",
        "en": "Every value on this page, each source separately: where one figure has several sources, one value is "
              "shown on the charts and the others are marked “another source's value”.",
    },
    "disability.register_filter": {"ky": "Көрсөткүч", "ru": "Показатель", "en": "Indicator"},
    "disability.all_indicators": {"ky": "Бардык көрсөткүчтөр", "ru": "Все показатели", "en": "All indicators"},
}
