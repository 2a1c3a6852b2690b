"""Strings of the Disability page."""
from app_pages.wages.strings import shared

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
        "ky": "Барактын негизги катары — Улуттук статистика комитетинин (УСК) майыптуулук боюнча пенсия жана "
              "жөлөкпул алуучулардын жылдык саны (2007–2023). Анын жанында: расмий адамдар жарыялаган майыптуулугу "
              "бар адамдардын саны жана калктагы үлүшү, майыптыгы бар балдар, жыл сайын биринчи жолу майып деп "
              "таанылгандар, майыптуулук боюнча пенсиялар жана жөлөкпулдар. УСКнын жылдык катарларынан башка "
              "сандар ар кандай мезгилге (жыл, ай, белгилүү бир күн) тиешелүү жана ар кайсы булактан алынган, "
              "ошондуктан ар бир маани өз мезгили жана булагы менен көрсөтүлөт.",
        "ru": "Главный ряд страницы — годовая численность получателей пенсий и пособий по инвалидности по данным "
              "Национального статистического комитета (НСК), 2007–2023 годы. Рядом с ним — численность лиц с "
              "ограниченными возможностями здоровья, которую называли должностные лица, их доля в населении, дети с "
              "инвалидностью, впервые признанные инвалидами за год, пенсии и пособия по инвалидности. Кроме годовых "
              "рядов НСК, цифры относятся к разным периодам (год, месяц, дата) и взяты из разных источников, поэтому "
              "каждое значение показано со своим периодом и источником.",
        "en": "The page's main series is the National Statistical Committee's (NSC) annual count of people receiving "
              "disability pensions and benefits, 2007–2023. Beside it: the number of persons with disabilities as "
              "officials have reported it, their share of the population, children with disabilities, people first "
              "recognised as disabled each year, and disability pensions and benefits. Apart from the NSC's annual "
              "series, the figures refer to different periods (a year, a month, a date) and come from different "
              "sources, so each value is shown with its own period and source.",
    },
    "disability.sources_notice": {
        "ky": "Бул барактагы {total} маанинин {secondary} — экинчи булактардан: расмий адамдарга шилтеме берген "
              "жаңылык кабарларынан (графиктерде ичи бош тегерекчелер). {program} маани Программадан алынган "
              "(мезгилдери: {periods}), {official} — Улуттук статистика комитетинин жылдык маалыматтары (майыптуулук "
              "боюнча пенсия жана жөлөкпул алуучулардын саны жана алардын калктагы үлүшү). Экинчи булактардагы "
              "сандарды расмий статистика катары эмес, болжолдуу көрсөткүч катары окуңуз.",
        "ru": "Из {total} значений на этой странице {secondary} — из вторичных источников: новостей со ссылкой на "
              "должностных лиц (полые кружки на графиках). {program} значений взяты из Программы (периоды: {periods}), "
              "{official} — годовые данные Национального статистического комитета (численность получателей пенсий и "
              "пособий по инвалидности и их доля в населении). Цифры из вторичных источников читайте как ориентиры, а "
              "не как официальную статистику.",
        "en": "Of the {total} values on this page, {secondary} come from secondary sources: news reports quoting "
              "officials (hollow circles on the charts). {program} come from the Program (periods: {periods}) and "
              "{official} are the National Statistical Committee's annual figures (the number of people receiving "
              "disability pensions and benefits, and their share of the population). Read the secondary figures as "
              "indications, not as official statistics.",
    },
    "disability.count_title": {
        "ky": "Майыптуулук: расмий катар жана жарыяланган сандар, {region}",
        "ru": "Инвалидность: официальный ряд и сообщённые цифры, {region}",
        "en": "Disability: the official series and reported figures, {region}",
    },
    "disability.metric_official": {
        "ky": "{period}: майыптуулук боюнча пенсия, жөлөкпул алуучулар (УСК)",
        "ru": "Получатели пенсий и пособий по инвалидности (НСК), {period}",
        "en": "Recipients of disability pensions and benefits (NSC), {period}",
    },
    "disability.metric_reported": {
        "ky": "{period}: майыптуулугу бар адамдар, акыркы сан",
        "ru": "Лица с ОВЗ, последняя сообщённая цифра ({period})",
        "en": "Persons with disabilities, latest reported figure ({period})",
    },
    "disability.since": {"ky": "{period} менен салыштырганда {change}", "ru": "{change} к {period}",
                         "en": "{change} since {period}"},
    "disability.where": {"ky": "{source}; файлдагы орду: {locator}", "ru": "{source}; место в файле: {locator}",
                         "en": "{source}; place in the file: {locator}"},
    "disability.reported_help": {
        "ky": "{name}: расмий адамдарга шилтеме берген жаңылык кабары боюнча (экинчи булак). Бул сан төлөм "
              "алуучуларды эмес, майыптуулугу бар адамдарды эсептейт. {source}",
        "ru": "{name}: по сообщению СМИ со ссылкой на должностных лиц (вторичный источник). Эта цифра считает лиц с "
              "инвалидностью, а не получателей выплат. {source}",
        "en": "{name}: as a news report quoted officials (a secondary source). It counts persons with disabilities, "
              "not recipients of payments. {source}",
    },
    "disability.reported_help_official": {
        "ky": "{name}: бул сан төлөм алуучуларды эмес, майыптуулугу бар адамдарды эсептейт. {source}",
        "ru": "{name}: эта цифра считает лиц с инвалидностью, а не получателей выплат. {source}",
        "en": "{name}: it counts persons with disabilities, not recipients of payments. {source}",
    },
    "disability.definition": {
        "ky": "**Сызык эмнени эсептейт.** {definition}",
        "ru": "**Что считает линия.** {definition}",
        "en": "**What the line counts.** {definition}",
    },
    "disability.count_note": {
        "ky": "Негизги катар катары УСКнын жылдык саны көрсөтүлөт (сызык жана жогорудагы көрсөткүч). Тегерекчелер — "
              "расмий адамдар айткан майыптуулугу бар адамдардын саны: ичи бош тегерекчелер жаңылыктардан, толугу "
              "Программадан ({program}); алар өз күнүндө же айында турат, жылдык маани эмес. Бул эки сан бир аз "
              "башка нерсени эсептейт: биринчиси — майыптуулук боюнча пенсия жана жөлөкпул алуучуларды, экинчиси — "
              "майыптуулугу бар адамдарды.",
        "ru": "Основной ряд — годовая численность НСК (линия и показатель выше). Кружки — численность лиц с "
              "инвалидностью, которую называли должностные лица: полые — из новостей, заполненный — из Программы "
              "({program}); они стоят на своих датах и месяцах и не являются годовыми значениями. Эти цифры считают "
              "немного разное: первая — получателей пенсий и пособий по инвалидности, вторая — лиц с инвалидностью.",
        "en": "The main series is the NSC's annual count (the line and the metric above). The circles are the number "
              "of persons with disabilities as officials gave it: hollow ones from news reports, the filled one from "
              "the Program ({program}); each sits at its own date or month and is not an annual value. The two count "
              "slightly different things: the first counts recipients of disability pensions and benefits, the "
              "second persons with disabilities.",
    },
    "disability.compare_note": {
        "ky": "Эки сан бир эле жылга же анын чегине (31-декабрь же 1-январь) тиешелүү болгон жерде алардын айырмасы "
              "{gap} пайыздан ашпайт (төмөнкү таблица). Жылдын башка айына тиешелүү санды болжолдуу гана "
              "салыштырууга болот: УСКнын санында жыл ичиндеги күн көрсөтүлгөн эмес.",
        "ru": "Там, где обе цифры относятся к одному году или к его рубежу (31 декабря или 1 января), они расходятся "
              "не более чем на {gap} % (таблица ниже). Цифру за другой месяц года можно сравнить лишь приблизительно: "
              "у численности НСК нет даты внутри года.",
        "en": "Where both refer to the same year or its turn (31 December or 1 January), they differ by at most "
              "{gap}% (table below). A figure for another month of a year compares only roughly: the NSC's count "
              "states no date within the year.",
    },
    "disability.cmp_intro": {
        "ky": "Жарыяланган майыптуулугу бар адамдардын саны жана ошол эле жылдагы УСКнын саны:",
        "ru": "Сообщённая численность лиц с инвалидностью и численность НСК за тот же год:",
        "en": "The reported numbers of persons with disabilities against the NSC's count of the same year:",
    },
    "disability.cmp.period": {"ky": "Жарыяланган: мезгил", "ru": "Сообщено: период", "en": "Reported: period"},
    "disability.cmp.value": {"ky": "Майыптуулугу бар адамдар, {unit}", "ru": "Лица с инвалидностью, {unit}",
                             "en": "Persons with disabilities, {unit}"},
    "disability.cmp.year": {"ky": "УСКнын жылы", "ru": "Год НСК", "en": "NSC year"},
    "disability.cmp.annual": {"ky": "Пенсия жана жөлөкпул алуучулар (УСК), {unit}",
                              "ru": "Получатели пенсий и пособий (НСК), {unit}",
                              "en": "Pension and benefit recipients (NSC), {unit}"},
    "disability.cmp.percent": {"ky": "Айырма, %", "ru": "Разница, %", "en": "Difference, %"},
    "disability.cmp.timing": {"ky": "Кантип салыштырылат", "ru": "Как сравнивается", "en": "Compared as"},
    "disability.timing.year": {"ky": "ошол эле жыл", "ru": "тот же год", "en": "the same year"},
    "disability.timing.turn": {"ky": "жылдын чеги", "ru": "рубеж года", "en": "the turn of the year"},
    "disability.timing.within": {"ky": "башка ай (болжолдуу гана)", "ru": "другой месяц (лишь приблизительно)",
                            "en": "another month (only roughly)"},
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
    "disability.repeat_count": {
        "ky": "Ошол эле жылдары УСКнын майыптуулук боюнча пенсия жана жөлөкпул алуучуларынын саны {first}-жылы "
              "{first_value} болсо, {last}-жылы {last_value} болду.",
        "ru": "За те же годы численность получателей пенсий и пособий по инвалидности по данным НСК изменилась с "
              "{first_value} в {first} году до {last_value} в {last} году.",
        "en": "Over the same years the NSC's count of recipients of disability pensions and benefits went from "
              "{first_value} in {first} to {last_value} in {last}.",
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
