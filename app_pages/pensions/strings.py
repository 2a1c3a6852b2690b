"""Strings of the Pensions and social protection page."""
from app_pages.wages.strings import shared

STRINGS: dict[str, dict[str, str]] = {
    **shared("pensions"),
    # Short names of the page's tabs (each section's charts carry their full titles).
    "pensions.tab.pensioners": {"ky": "Пенсионерлер", "ru": "Пенсионеры", "en": "Pensioners"},
    "pensions.tab.below": {"ky": "Минимумдан төмөн", "ru": "Ниже минимума", "en": "Below the minimum"},
    "pensions.tab.coverage": {"ky": "Социалдык коргоо менен камтуу", "ru": "Охват соцзащитой", "en": "Coverage"},
    "pensions.tab.benefits": {"ky": "Жөлөкпулдар", "ru": "Пособия", "en": "Benefits"},
    "pensions.tab.spending": {"ky": "Чыгашалар", "ru": "Расходы", "en": "Spending"},
    "pensions.title": {"ky": "Пенсиялар жана социалдык коргоо", "ru": "Пенсии и социальная защита",
                       "en": "Pensions and social protection"},
    "pensions.intro": {
        "ky": "Пенсионерлердин саны (Улуттук статистика комитетинин маалыматтарынан эсептелген расмий жылдык катар "
              "жана анын жанында расмий адамдар белгилүү бир күндөргө карата айткан сандар) жана орточо пенсия, аны "
              "пенсионерлердин жашоо минимуму менен салыштыруу; пенсиясы жашоо минимумунан төмөн пенсионерлер; "
              "калкты социалдык коргоо менен камтуу (өлкө боюнча жана аймактардын салымы); аз камсыз болгон "
              "үй-бүлөлөргө жөлөкпул, социалдык жөлөкпулдар жана мамлекеттин социалдык чыгашалары. Орточо пенсия "
              "боюнча расмий жылдык катар жок: анын сандары ар кандай күнгө же айга тиешелүү, көбү жаңылыктардан "
              "(ичи бош тегерекчелер).",
        "ru": "Численность пенсионеров (официальный годовой ряд, рассчитанный по данным Национального статистического "
              "комитета, и рядом — цифры, которые должностные лица называли на отдельные даты) и средняя пенсия в "
              "сравнении с прожиточным минимумом пенсионера; пенсионеры с пенсией ниже этого минимума; охват населения "
              "социальной защитой (по стране и вклад регионов); пособие малообеспеченным семьям, социальные пособия и "
              "государственные расходы на социальную сферу. Официального годового ряда средней пенсии нет: её цифры "
              "относятся к разным датам и месяцам, большинство — из новостей (полые кружки).",
        "en": "The number of pensioners (an official annual series derived from the National Statistical Committee's "
              "data, with the counts officials gave for particular dates beside it) and the average pension against "
              "the pensioners' subsistence minimum; pensioners whose pension is below it; how much of the population "
              "social protection covers (for the country, and each region's part); the low-income family allowance, "
              "social benefits, and government social spending. The average pension has no official annual series: "
              "its figures refer to different dates and months, most from news reports (hollow circles).",
    },
    "pensions.pensioners_title": {"ky": "{name}: {region}", "ru": "{name}: {region}", "en": "{name}: {region}"},
    "pensions.series_derived": {"ky": "УСКнын жылдык саны (эсептелген)", "ru": "Годовая численность НСК (рассчитана)",
                                "en": "NSC annual count (derived)"},
    "pensions.series_reported": {"ky": "Белгилүү бир күнгө же айга карата айтылган сандар",
                                 "ru": "Численность на дату или месяц",
                                 "en": "Counts reported for a date or month"},
    "pensions.metric_derived": {"ky": "Пенсионерлер, УСКнын жылдык саны (эсептелген), {period}",
                                "ru": "Пенсионеры, годовая численность НСК (рассчитана), {period}",
                                "en": "Pensioners, NSC annual count (derived), {period}"},
    "pensions.metric_reported": {"ky": "Акыркы жарыяланган сан ({period})",
                                 "ru": "Последняя сообщённая численность ({period})",
                                 "en": "Latest reported count ({period})"},
    "pensions.since": {"ky": "{period} менен салыштырганда {change}", "ru": "{change} к {period}",
                       "en": "{change} since {period}"},
    "pensions.where": {"ky": "{source}; файлдагы орду: {locator}", "ru": "{source}; место в файле: {locator}",
                       "en": "{source}; place in the file: {locator}"},
    "pensions.derived_help": {
        "ky": "Белги: {flag}. Формула жана анын тактыгы төмөндөгү түшүндүрмөдө.",
        "ru": "Отметка: {flag}. Формула и её точность — в пояснении ниже.",
        "en": "Flag: {flag}. The formula and how precise it is are explained below.",
    },
    "pensions.reported_help": {
        "ky": "Ушул күнгө же айга карата айтылган сан — жылдык маани эмес; камтуусу айырмаланышы мүмкүн (бардык "
              "пенсионерлер же Социалдык фонддукулар гана). {source}",
        "ru": "Численность, названная на эту дату или месяц, — не годовое значение; охват может различаться (все "
              "пенсионеры или только Социального фонда). {source}",
        "en": "A count given for this date or month, not an annual value; its coverage can differ (all pensioners, or "
              "the Social Fund's only). {source}",
    },
    "pensions.derived_text": {
        "ky": "**«Эсептелген» деген эмнени билдирет.** УСКнын таблицаларында бардык пенсионерлердин саны жок. "
              "1.3.1.1g таблицасы пенсиясы пенсионердин жашоо минимумунан төмөн болгон жаш курагы боюнча "
              "пенсионерлердин санын ({year}-жылы {count}) жана бул сандын бардык пенсионерлердин санына карата "
              "үлүшүн ({share} %) берет. Демек, бардык пенсионерлер = сан ÷ үлүш × 100: {count} ÷ {share} × 100 = "
              "{value}. {spans} {precision} Таблицада жыл ичиндеги күн көрсөтүлгөн эмес.",
        "ru": "**Что значит «рассчитана».** В таблицах НСК нет численности всех пенсионеров. Таблица 1.3.1.1g даёт "
              "число пенсионеров по возрасту с пенсией ниже прожиточного минимума пенсионера ({count} в {year} году) "
              "и его долю от общей численности пенсионеров ({share} %). Отсюда все пенсионеры = число ÷ доля × 100: "
              "{count} ÷ {share} × 100 = {value}. {spans} {precision} Дата внутри года в таблице не указана.",
        "en": "**What “derived” means.** The NSC's tables give no count of all pensioners. Table 1.3.1.1g gives the "
              "number of old-age pensioners whose pension is below the pensioners' subsistence minimum ({count} in "
              "{year}) and that number as a share of all pensioners ({share}%). So all pensioners = count ÷ share × "
              "100: {count} ÷ {share} × 100 = {value}. {spans} {precision} The table states no date within the year.",
    },
    "pensions.derived_exact_years": {
        "ky": "{years}-жылдары үлүш толук берилген, ошондуктан сан бир адамга чейин так.",
        "ru": "За {years} годы доля дана полностью, поэтому численность точна до человека.",
        "en": "For {years} the share is published in full, so the count is exact to the person.",
    },
    "pensions.derived_rounded_years": {
        "ky": "{years}-жылдары үлүш {step} чейин тегеректелген, ошондуктан сан так эмес, бир аралыкта гана белгилүү.",
        "ru": "За {years} годы доля округлена до {step}, поэтому численность известна лишь в пределах интервала.",
        "en": "For {years} the share is rounded to {step}, so the count is known only within a range.",
    },
    "pensions.derived_range": {
        "ky": "{year}-жылы — {low} менен {high} ортосунда (±{pm} %).",
        "ru": "В {year} году — от {low} до {high} (±{pm} %).",
        "en": "In {year}: between {low} and {high} (±{pm}%).",
    },
    "pensions.derived_exact": {
        "ky": "{year}-жылдагы сан бир адамга чейин так.",
        "ru": "Численность {year} года точна до человека.",
        "en": "The count for {year} is exact to the person.",
    },
    "pensions.cmp_turn": {
        "ky": "Жылдын чегинде (31-декабрь же 1-январь) жарыяланган сандар эсептелген сан менен {gap} % тактыкта "
              "дал келет (төмөнкү таблица).",
        "ru": "На рубеже года (31 декабря или 1 января) сообщённые цифры совпадают с рассчитанной численностью с "
              "точностью до {gap} % (таблица ниже).",
        "en": "At the turn of a year (31 December or 1 January) the reported counts agree with the derived count "
              "within {gap}% (table below).",
    },
    "pensions.cmp_within_below": {
        "ky": "{years}-жылдардын айлары үчүн жарыяланган сандар ошол жылдардын эсептелген санынан {low}–{high} % "
              "төмөн: алар башка күндөргө тиешелүү жана Социалдык фонддун пенсионерлерин гана камтышы мүмкүн. Экөө "
              "тең көрсөтүлөт, бири да оңдолгон жок.",
        "ru": "Цифры, названные за месяцы {years} гг., на {low}–{high} % ниже рассчитанной численности тех же лет: "
              "они относятся к другим датам и могут охватывать только пенсионеров Социального фонда. Показаны обе, ни "
              "одна не исправлена.",
        "en": "The counts reported for months of {years} are {low}–{high}% below the derived totals of those years: "
              "they refer to other dates and may cover only the Social Fund's pensioners. Both are shown; neither is "
              "corrected.",
    },
    "pensions.cmp_within_above": {
        "ky": "{years}-жылдардын айлары үчүн жарыяланган сандар ошол жылдардын эсептелген санынан {low}–{high} % "
              "жогору: алар башка күндөргө тиешелүү жана камтуусу башка болушу мүмкүн. Экөө тең көрсөтүлөт, бири да "
              "оңдолгон жок.",
        "ru": "Цифры, названные за месяцы {years} гг., на {low}–{high} % выше рассчитанной численности тех же лет: "
              "они относятся к другим датам, и охват может отличаться. Показаны обе, ни одна не исправлена.",
        "en": "The counts reported for months of {years} are {low}–{high}% above the derived totals of those years: "
              "they refer to other dates and their coverage may differ. Both are shown; neither is corrected.",
    },
    "pensions.cmp_within_apart": {
        "ky": "{years}-жылдардын айлары үчүн жарыяланган сандар ошол жылдардын эсептелген санынан {low}–{high} % "
              "айырмаланат: алар башка күндөргө тиешелүү жана камтуусу башка болушу мүмкүн. Экөө тең көрсөтүлөт, "
              "бири да оңдолгон жок.",
        "ru": "Цифры, названные за месяцы {years} гг., расходятся с рассчитанной численностью тех же лет на "
              "{low}–{high} %: они относятся к другим датам, и охват может отличаться. Показаны обе, ни одна не "
              "исправлена.",
        "en": "The counts reported for months of {years} differ from the derived totals of those years by "
              "{low}–{high}%: they refer to other dates and their coverage may differ. Both are shown; neither is "
              "corrected.",
    },
    "pensions.share_jump": {
        "ky": "Эсептөөгө негиз болгон үлүш {year_before}-жылы {before} % болсо, {year}-жылы {after} % болуп секирет; "
              "бул жылдардагы үлүштөр тегеректелген жана мурункудай эле бөлүүчүгө карата эсептелбеши мүмкүн, "
              "ошондуктан бул жылдардын эсептелген сандарын этият окуңуз.",
        "ru": "Доля, из которой рассчитана численность, подскакивает с {before} % в {year_before} году до {after} % в "
              "{year} году; доли этих лет округлены и, возможно, отнесены не к тому же знаменателю, что раньше, "
              "поэтому рассчитанную численность этих лет стоит читать осторожно.",
        "en": "The share the derived totals come from jumps from {before}% in {year_before} to {after}% in {year}; the "
              "shares of these years are rounded and may not use the same denominator as before, so read their "
              "derived totals with care.",
    },
    "pensions.cmp_intro": {
        "ky": "Бардык пенсионерлердин жарыяланган саны жана ошол эле жылдагы УСКнын эсептелген саны:",
        "ru": "Сообщённая численность всех пенсионеров и рассчитанная численность НСК за тот же год:",
        "en": "The reported counts of all pensioners against the NSC's derived count of the same year:",
    },
    "pensions.cmp.period": {"ky": "Жарыяланган: мезгил", "ru": "Сообщено: период", "en": "Reported: period"},
    "pensions.cmp.value": {"ky": "Жарыяланган сан, {unit}", "ru": "Сообщённая численность, {unit}",
                           "en": "Reported count, {unit}"},
    "pensions.cmp.year": {"ky": "УСКнын жылы", "ru": "Год НСК", "en": "NSC year"},
    "pensions.cmp.annual": {"ky": "Эсептелген сан (УСК), {unit}", "ru": "Рассчитанная численность (НСК), {unit}",
                            "en": "Derived count (NSC), {unit}"},
    "pensions.cmp.percent": {"ky": "Айырма, %", "ru": "Разница, %", "en": "Difference, %"},
    "pensions.cmp.timing": {"ky": "Кантип салыштырылат", "ru": "Как сравнивается", "en": "Compared as"},
    "pensions.timing.year": {"ky": "ошол эле жыл", "ru": "тот же год", "en": "the same year"},
    "pensions.timing.turn": {"ky": "жылдын чеги", "ru": "рубеж года", "en": "the turn of the year"},
    "pensions.timing.within": {"ky": "башка ай (болжолдуу гана)", "ru": "другой месяц (лишь приблизительно)",
                          "en": "another month (only roughly)"},
    "pensions.metric_below_count": {"ky": "Жашоо минимумунан төмөн пенсионерлер, {period}",
                                    "ru": "Пенсионеры ниже прожиточного минимума, {period}",
                                    "en": "Pensioners below the subsistence minimum, {period}"},
    "pensions.metric_below_share": {"ky": "Алардын бардык пенсионерлердеги үлүшү, {period}",
                                    "ru": "Их доля среди всех пенсионеров, {period}",
                                    "en": "Their share of all pensioners, {period}"},
    "pensions.pensioners_note": {
        "ky": "Сызык — УСКнын жылдык саны (эсептелген, төмөндү караңыз). Тегерекчелер — белгилүү бир күнгө же айга "
              "карата айтылган сандар (жылдын аягы, 1-октябрь ж.б.), ар бири өз убактысында турат: ичи бош "
              "тегерекчелер жаңылыктардан, толугу Программадан. Алардын камтуусу айырмаланышы мүмкүн (Социалдык "
              "фонддун пенсионерлери гана же бардыгы). Айрым категориялар (жаш курагы боюнча, индексацияга кирген "
              "ж.б.) «Пенсионерлердин категориялары жана башка сандар» таблицасында.",
        "ru": "Линия — годовая численность НСК (рассчитана, см. ниже). Кружки — численность, названная на дату или "
              "месяц (конец года, 1 октября и т. п.), каждая на своём месте во времени: полые — из новостей, "
              "заполненный — из Программы. Охват может различаться (только пенсионеры Социального фонда или все). "
              "Отдельные категории (по возрасту, охваченные индексацией и т. п.) — в таблице «Категории пенсионеров и "
              "другие цифры».",
        "en": "The line is the NSC's annual count (derived: see below). The circles are counts given for a date or "
              "month (the end of a year, 1 October and so on), each at its own place in time: hollow ones from news "
              "reports, the filled one from the Program. Their coverage can differ (the Social Fund's pensioners "
              "only, or all). Categories (old-age pensioners, those covered by an indexation and so on) are in the "
              "table “Categories of pensioners and other figures”.",
    },
    "pensions.pensioners_more": {"ky": "Пенсионерлердин категориялары жана башка сандар",
                                 "ru": "Категории пенсионеров и другие цифры",
                                 "en": "Categories of pensioners and other figures"},
    "pensions.pension_title": {
        "ky": "Орточо пенсия жана пенсионерлердин жашоо минимуму, номиналдык",
        "ru": "Средняя пенсия и прожиточный минимум пенсионера, номинально",
        "en": "Average pension and the pensioners' subsistence minimum, nominal",
    },
    "pensions.pension_note": {
        "ky": "Суммалар номиналдык (баалардын өзгөрүшү эске алынбайт). Орточо пенсиянын көп маанилери индексацияга "
              "чейинки же андан кийинки айга тиешелүү (мисалы, 2022-жылдын сентябры жана октябры), ошондуктан "
              "секирик бар. Чейректик жашоо минимуму жылдык орточо эмес.",
        "ru": "Суммы номинальные (без поправки на цены). Многие значения средней пенсии относятся к месяцу до или "
              "после индексации (например, сентябрь и октябрь 2022 года), отсюда скачки. Квартальный прожиточный "
              "минимум — не среднегодовое значение.",
        "en": "Amounts are nominal (not adjusted for prices). Many average-pension values refer to the month before "
              "or after an indexation (September and October 2022, say), hence the jumps. A quarterly subsistence "
              "minimum is not an annual average.",
    },
    "pensions.col_pension": {"ky": "Орточо пенсия, {unit}", "ru": "Средняя пенсия, {unit}",
                             "en": "Average pension, {unit}"},
    "pensions.col_minimum": {"ky": "Пенсионердин жашоо минимуму, {unit}", "ru": "Прожиточный минимум пенсионера, {unit}",
                             "en": "Pensioners' subsistence minimum, {unit}"},
    "pensions.col_percent": {"ky": "Пенсия жашоо минимумуна карата, %", "ru": "Пенсия к прожиточному минимуму, %",
                             "en": "Pension as % of the minimum"},
    "pensions.col_secondary": {"ky": "Экинчи булак", "ru": "Вторичный источник", "en": "Secondary source"},
    "pensions.yes": {"ky": "ооба", "ru": "да", "en": "yes"},
    "pensions.matched_note": {
        "ky": "Катыш эки маани так бир мезгилге тиешелүү болгондо гана эсептелет (чейрек жыл менен "
              "салыштырылбайт).",
        "ru": "Отношение считается только там, где оба значения относятся ровно к одному периоду (квартал с годом "
              "не сравнивается).",
        "en": "The ratio is computed only where both values refer to exactly the same period (a quarter is never "
              "matched with a year).",
    },
    "pensions.measure": {"ky": "Көрсөткүч", "ru": "Показатель", "en": "Measure"},
    "pensions.below_title": {"ky": "{name}: {region}", "ru": "{name}: {region}", "en": "{name}: {region}"},
    "pensions.below_note": {
        "ky": "Улуттук статистика комитетинин жылдык маалыматтары (ТӨМ 1.3.1, 1.3.1.1g таблицасы). Сан — пенсиясы "
              "пенсионердин жашоо минимумунан төмөн болгон жаш курагы боюнча пенсионерлер; бир үлүш аларды бардык "
              "пенсионерлерге (пенсиянын бардык түрлөрү), экинчиси бүт калкка карата берет. Санды биринчи үлүшкө "
              "бөлгөндө биринчи өтмөктөгү пенсионерлердин саны чыгат.",
        "ru": "Годовые данные Национального статистического комитета (ЦУР 1.3.1, таблица 1.3.1.1g). Число — "
              "пенсионеры по возрасту с пенсией ниже прожиточного минимума пенсионера; одна доля отнесена ко всем "
              "пенсионерам (с любым видом пенсии), другая — ко всему населению. Число, делённое на первую долю, даёт "
              "численность пенсионеров на первой вкладке.",
        "en": "Annual figures of the National Statistical Committee (SDG 1.3.1, table 1.3.1.1g). The count is of "
              "old-age pensioners whose pension is below the pensioners' subsistence minimum; one share relates them "
              "to all pensioners (every kind of pension), the other to the whole population. The count divided by "
              "the first share gives the number of pensioners on the first tab.",
    },
    "pensions.coverage_title": {"ky": "{name}: {region}", "ru": "{name}: {region}", "en": "{name}: {region}"},
    "pensions.regional_warning": {
        "ky": "Аймактар боюнча маалыматтар аймактын өз камтуу деңгээли ЭМЕС. Ар бир маани — ошол аймактагы "
              "социалдык коргоо алгандардын саны БҮТҮН ӨЛКӨНҮН калкына карата пайыз менен. Ошондуктан калкы көп "
              "аймактар чоң көрүнөт, ал эми бардык аймактардын маанилеринин суммасы өлкө боюнча камтууга барабар.",
        "ru": "Региональные значения — НЕ уровень охвата в регионе. Каждое значение — число получателей социальной "
              "защиты в регионе в процентах от населения ВСЕЙ СТРАНЫ. Поэтому крупные по населению регионы выглядят "
              "больше, а сумма значений всех регионов равна охвату по стране.",
        "en": "The regional values are NOT coverage rates of the regions. Each is the number of social-protection "
              "beneficiaries in the region as a percentage of the WHOLE COUNTRY's population. So populous regions "
              "look larger, and the values of all regions add up to the national coverage.",
    },
    "pensions.regional_title": {"ky": "{name}, {year}-ж.", "ru": "{name}, {year} г.", "en": "{name}, {year}"},
    "pensions.regional_sum": {
        "ky": "Текшерүү: {year}-жылы {count} аймактын маанилеринин суммасы {total} %, өлкө боюнча камтуу {national} %.",
        "ru": "Проверка: в {year} году сумма значений {count} регионов — {total} %, охват по стране — {national} %.",
        "en": "Check: in {year} the values of the {count} regions add up to {total}%; national coverage is {national}%.",
    },
    "pensions.benefits_title": {
        "ky": "Жөлөкпул алган калктын үлүшү: {region}", "ru": "Доля населения, получающего пособия: {region}",
        "en": "Share of the population receiving benefits: {region}",
    },
    "pensions.program_benefits": {
        "ky": "Программадагы жөлөкпулдар боюнча сандар, ар бири өз мезгили менен:",
        "ru": "Цифры о пособиях из Программы, каждая со своим периодом:",
        "en": "The Program's figures on benefits, each with its period:",
    },
    "pensions.spending_title": {
        "ky": "Мамлекеттик чыгашалардагы үлүш: {region}", "ru": "Доля в государственных расходах: {region}",
        "en": "Share of government spending: {region}",
    },
    "pensions.spending_note": {
        "ky": "ТӨМ 1.a.2: социалдык коргоого, саламаттык сактоого жана билим берүүгө чыгашалар мамлекеттин "
              "жалпы чыгашаларынын пайызы катары; «негизги кызматтар» — үчөөнүн суммасы.",
        "ru": "ЦУР 1.a.2: расходы на социальную защиту, здравоохранение и образование в процентах от общих "
              "государственных расходов; «основные услуги» — сумма трёх.",
        "en": "SDG 1.a.2: spending on social protection, health and education as a percentage of total government "
              "spending; “essential services” is the sum of the three.",
    },
}
