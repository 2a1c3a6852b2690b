"""Strings of the Pensions and social protection page."""
from ui.strings.wages import shared

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
        "ky": "Пенсионерлердин саны жана орточо пенсия, аны пенсионерлердин жашоо минимуму менен салыштыруу, "
              "пенсиясы жашоо минимумунан төмөн пенсионерлер, калкты социалдык коргоо менен камтуу (өлкө боюнча жана "
              "аймактардын салымы), аз камсыз болгон үй-бүлөлөргө жөлөкпул, социалдык жөлөкпулдар жана мамлекеттин "
              "социалдык чыгашалары. Пенсионерлердин саны жана орточо пенсия боюнча расмий жылдык катар жок: "
              "сандар ар кандай күнгө же айга тиешелүү, көбү жаңылыктардан (ичи бош тегерекчелер).",
        "ru": "Число пенсионеров и средняя пенсия в сравнении с прожиточным минимумом пенсионера, пенсионеры с "
              "пенсией ниже прожиточного минимума, охват населения социальной защитой (по стране и вклад регионов), "
              "пособие малообеспеченным семьям, социальные пособия и государственные расходы на социальную сферу. "
              "Официального годового ряда по числу пенсионеров и средней пенсии нет: цифры относятся к разным датам "
              "и месяцам, большинство — из новостей (полые кружки).",
        "en": "The number of pensioners and the average pension against the pensioners' subsistence minimum, "
              "pensioners whose pension is below it, how much of the population social protection covers (for the "
              "country, and each region's part), the low-income family allowance, social benefits, and government "
              "social spending. There is no official annual series of pensioners or of the average pension: the "
              "figures refer to different dates and months, most from news reports (hollow circles).",
    },
    "pensions.pensioners_title": {"ky": "{name}: {region}", "ru": "{name}: {region}", "en": "{name}: {region}"},
    "pensions.pensioners_note": {
        "ky": "Ар бир сан өз күнүндө же айында турат (мисалы, жылдын аягы, 1-октябрь); алар ар кандай камтууга "
              "ээ болушу мүмкүн (Социалдык фонддун гана же бардык пенсионерлер). Айрым категориялар (жаш курагы "
              "боюнча, индексацияга кирген ж.б.) төмөнкү таблицада.",
        "ru": "Каждая цифра стоит на своей дате или месяце (например, конец года, 1 октября); охват может "
              "различаться (только пенсионеры Социального фонда или все). Отдельные категории (по возрасту, "
              "охваченные индексацией и т. п.) — в таблице ниже.",
        "en": "Each figure sits at its own date or month (the end of a year, 1 October); coverage can differ (the "
              "Social Fund's pensioners only, or all). Categories (old-age pensioners, those covered by an "
              "indexation and so on) are in the table below.",
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
    "pensions.measure": {"ky": "Эмнеге карата үлүш", "ru": "Доля от чего", "en": "Share of"},
    "pensions.below_title": {"ky": "{name}: {region}", "ru": "{name}: {region}", "en": "{name}: {region}"},
    "pensions.below_note": {
        "ky": "Улуттук статистика комитетинин жылдык маалыматтары (ТӨМ 1.3.1). Жаш курагы боюнча пенсионерлер "
              "гана эсепке алынат.",
        "ru": "Годовые данные Национального статистического комитета (ЦУР 1.3.1). Учитываются только пенсионеры по "
              "возрасту.",
        "en": "Annual figures of the National Statistical Committee (SDG 1.3.1). Only old-age pensioners are counted.",
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
    "pensions.map_title": {
        "ky": "Аймактагы социалдык коргоо алуучулар, өлкөнүн калкынын %, {year}-ж.",
        "ru": "Получатели соцзащиты в регионе, % населения страны, {year} г.",
        "en": "Beneficiaries in the region, % of the country's population, {year}",
    },
    "pensions.map_colorbar": {"ky": "өлкөнүн калкынын %", "ru": "% населения страны", "en": "% of country"},
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
