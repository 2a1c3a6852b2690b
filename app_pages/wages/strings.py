"""Strings of the Wages page (and the table columns the four topic pages share)."""

# Column headers of the figure tables; ui/strings/{disability,pensions,labour}.py copy them under their prefix.
COLUMNS: dict[str, dict[str, str]] = {
    "indicator": {"ky": "Көрсөткүч", "ru": "Показатель", "en": "Indicator"},
    "region": {"ky": "Аймак", "ru": "Регион", "en": "Region"},
    "breakdown": {"ky": "Топ же камтуу", "ru": "Группа или охват", "en": "Group or coverage"},
    "period": {"ky": "Мезгил", "ru": "Период", "en": "Period"},
    "value": {"ky": "Мааниси", "ru": "Значение", "en": "Value"},
    "unit": {"ky": "Бирдиги", "ru": "Единица", "en": "Unit"},
    "value_unit": {"ky": "Мааниси", "ru": "Значение", "en": "Value"},
    "flags": {"ky": "Белгилер", "ru": "Отметки", "en": "Flags"},
    "source": {"ky": "Булак", "ru": "Источник", "en": "Source"},
    "status": {"ky": "Баракта", "ru": "На странице", "en": "On this page"},
}
STATUS: dict[str, dict[str, str]] = {
    "shown": {"ky": "көрсөтүлгөн маани", "ru": "показанное значение", "en": "the value shown"},
    "alternative": {"ky": "башка булактын мааниси (көрсөтүлбөйт)", "ru": "значение другого источника (не показано)",
                    "en": "another source's value (not shown)"},
}


def shared(prefix: str) -> dict[str, dict[str, str]]:
    """The column and status strings under a page's prefix."""
    out = {f"{prefix}.col.{k}": v for k, v in COLUMNS.items()}
    out.update({f"{prefix}.status.{k}": v for k, v in STATUS.items()})
    return out


STRINGS: dict[str, dict[str, str]] = {
    **shared("wages"),
    # Short names of the page's tabs (each section's charts carry their full titles).
    "wages.tab.national": {"ky": "Өлкө боюнча", "ru": "По стране", "en": "National"},
    "wages.tab.by_sex": {"ky": "Аялдар жана эркектер", "ru": "Женщины и мужчины", "en": "Women and men"},
    "wages.tab.by_activity": {"ky": "Иш түрлөрү боюнча", "ru": "По видам деятельности", "en": "By activity"},
    "wages.tab.minimums": {"ky": "Минималдуу эмгек акы", "ru": "Минимальная зарплата", "en": "Minimum wage"},
    "wages.tab.regional": {"ky": "Аймактар жана карыздар", "ru": "Регионы и задолженность", "en": "Regions and arrears"},
    "wages.title": {"ky": "Эмгек акы", "ru": "Заработная плата", "en": "Wages"},
    "wages.intro": {
        "ky": "Кыргыз Республикасындагы орточо айлык эмгек акы: 2011-жылдан бери өлкө боюнча, аялдар менен эркектерде "
              "жана экономикалык иш түрлөрү боюнча; аны эмгек акынын минималдуу өлчөмү жана жашоо минимуму менен "
              "салыштыруу; жарыяланган бир нече аймактык көрсөткүч жана эмгек акы боюнча карыздар. Расмий жылдык "
              "маалыматтар Улуттук статистика комитетинен алынган; графиктеги ичи бош тегерекчелер — расмий "
              "адамдарга шилтеме берген жаңылыктардагы сандар (экинчи булак).",
        "ru": "Среднемесячная заработная плата в Кыргызской Республике: по стране с 2011 года, у женщин и мужчин и по "
              "видам экономической деятельности; её сравнение с минимальным размером оплаты труда и прожиточным "
              "минимумом; немногие опубликованные региональные цифры и задолженность по заработной плате. Официальные "
              "годовые данные — Национального статистического комитета; полые кружки на графиках — цифры из новостей "
              "со ссылкой на должностных лиц (вторичный источник).",
        "en": "The average monthly wage in the Kyrgyz Republic: for the country since 2011, for women and men and by "
              "economic activity; how it compares with the minimum wage and the subsistence minimum; the few regional "
              "figures that have been published; and wage arrears. Official annual figures come from the National "
              "Statistical Committee; hollow circles on the charts are figures from news reports quoting officials "
              "(secondary sources).",
    },
    "wages.nominal_notice": {
        "ky": "Бул баракта эмгек акы номиналдык түрдө берилет: ар бир жылдын өз сому менен, баалардын өсүшү эске "
              "алынбайт. Маалыматтарда баалардын индекси (дефлятор) жок, ошондуктан бул сандардын өсүшү сатып алуу "
              "жөндөмдүүлүгүнүн өсүшүн билдирбейт.",
        "ru": "Заработная плата на этой странице номинальная: в сомах каждого года, без поправки на рост цен. В данных "
              "нет индекса цен (дефлятора), поэтому рост этих цифр не означает роста покупательной способности.",
        "en": "Wages on this page are nominal: in the som of each year, not adjusted for price changes. The data has "
              "no price index (deflator), so growth in these figures is not growth in purchasing power.",
    },
    "wages.national_title": {"ky": "{name}: {region}, номиналдык маанилер", "ru": "{name}: {region}, номинальные значения",
                             "en": "{name}: {region}, nominal values"},
    "wages.metric_latest": {"ky": "Акыркы маани ({period}), {unit}", "ru": "Последнее значение ({period}), {unit}",
                            "en": "Latest value ({period}), {unit}"},
    "wages.metric_previous": {"ky": "{year}-жылга салыштырмалуу", "ru": "К {year} году", "en": "Change from {year}"},
    "wages.metric_base": {"ky": "{year}-жыл — Программанын базалык жылы. Өзгөрүү номиналдык.",
                          "ru": "{year} год — базовый год Программы. Изменение номинальное.",
                          "en": "{year} is the Program's base year. The change is nominal."},
    "wages.latest_secondary": {
        "ky": "{year}-жылдын мааниси экинчи булактан (Улуттук статкомдун жыйнагынан жаңылыктарда келтирилген); "
              "расмий жылдык таблицалар {official}-жыл менен бүтөт. Өзгөрүүлөр номиналдык.",
        "ru": "Значение за {year} год — из вторичного источника (цифра сборника Нацстаткома в пересказе новостей); "
              "официальные годовые таблицы заканчиваются {official} годом. Изменения номинальные.",
        "en": "The {year} value comes from a secondary source (the NSC's yearbook figure as reported in the news); "
              "the official annual tables end in {official}. Changes are nominal.",
    },
    "wages.national_note": {
        "ky": "Сызык — расмий жылдык орточо маанилер. Ичи бош тегерекчелер — жаңылыктардагы сандар, алардын айрымдары "
              "жылдын бир бөлүгүнө (мисалы, январь–ноябрь же чейрек) тиешелүү, ошондуктан өз мезгилинде турат жана "
              "жылдык орточо менен түз салыштырылбайт. Чекиттин үстүнө келсеңиз, мезгили жана белгилери көрүнөт.",
        "ru": "Линия — официальные среднегодовые значения. Полые кружки — цифры из новостей; часть из них относится к "
              "части года (например, январь–ноябрь или квартал), поэтому стоит на своём месте во времени и не сравнима "
              "напрямую со среднегодовым значением. При наведении видны период и отметки.",
        "en": "The line is the official annual average. Hollow circles are figures from news reports; some cover part "
              "of a year (January–November, a quarter), so they sit at their own place in time and are not directly "
              "comparable with an annual average. Hover over a point for its period and flags.",
    },
    "wages.other_national": {
        "ky": "Орточо эмгек акынын башка жарыяланган көрсөткүчтөрү (башка камтуу, башка булак)",
        "ru": "Другие опубликованные значения средней заработной платы (другой охват, другие источники)",
        "en": "Other published figures of the national average wage (other coverage, other sources)",
    },
    "wages.sex_title": {"ky": "{name}, жынысы боюнча", "ru": "{name} по полу", "en": "{name} by sex"},
    "wages.gap_series": {"ky": "Аялдар менен эркектердин эмгек акысынын айырмасы",
                         "ru": "Разрыв в оплате труда женщин и мужчин", "en": "Gender wage gap"},
    "wages.gap_title": {
        "ky": "Аялдардын орточо эмгек акысы эркектердикине салыштырмалуу, %",
        "ru": "Средняя зарплата женщин относительно зарплаты мужчин, %",
        "en": "Women's average wage relative to men's, %",
    },
    "wages.gap_how": {"ky": "аялдардын эмгек акысы ÷ эркектердики − 1 (эсептелген)",
                      "ru": "зарплата женщин ÷ зарплата мужчин − 1 (расчёт)",
                      "en": "women's wage ÷ men's wage − 1 (computed)"},
    "wages.gap_note": {
        "ky": "Айырма = аялдардын орточо эмгек акысы ÷ эркектердики − 1. {year}-жылы аялдар орточо {women} сом, "
              "эркектер {men} сом алышкан: айырма {gap} %, башкача айтканда, аялдардын эмгек акысы {lower} % төмөн.",
        "ru": "Разрыв = средняя зарплата женщин ÷ средняя зарплата мужчин − 1. В {year} году женщины получали в среднем "
              "{women} сомов, мужчины — {men} сомов: разрыв {gap} %, то есть зарплата женщин на {lower} % ниже.",
        "en": "Gap = women's average wage ÷ men's average wage − 1. In {year} women earned on average {women} som and "
              "men {men} som: a gap of {gap}%, so women's wage was {lower}% lower.",
    },
    "wages.sex": {"ky": "Жынысы", "ru": "Пол", "en": "Sex"},
    "wages.activity_title": {"ky": "{name} иш түрлөрү боюнча, {period} ({sex})",
                             "ru": "{name} по видам деятельности, {period} ({sex})",
                             "en": "{name} by economic activity, {period} ({sex})"},
    "wages.activity_note": {
        "ky": "Кызгылт сары мамыча — бардык иш түрлөрү боюнча орточо. Ошол жылы мааниси жок иш түрлөрү «маалымат жок» деп "
              "жазылат. Эки жыныс боюнча иш түрлөрүнүн маалыматтары {first}–{last}-жылдарга, аялдар менен эркектер "
              "боюнча {since}-жылдан бери бар.",
        "ru": "Оранжевый столбец — среднее по всем видам деятельности. Виды деятельности без значения в этом году "
              "перечислены как «нет данных». По обоим полам данные по видам деятельности есть за {first}–{last} годы, "
              "отдельно по женщинам и мужчинам — с {since} года.",
        "en": "The orange bar is the average over all activities. Activities without a value in that year are listed "
              "as “no data”. For both sexes the activity figures cover {first}–{last}; for women and men separately, from "
              "{since}.",
    },
    "wages.compare": {"ky": "Графикте көрсөтүү", "ru": "Показать на графике", "en": "Show on the chart"},
    "wages.minimums_title": {
        "ky": "Орточо эмгек акы, минималдуу эмгек акы жана жашоо минимуму, номиналдык",
        "ru": "Средняя заработная плата, МРОТ и прожиточный минимум, номинально",
        "en": "Average wage, minimum wage and subsistence minimum, nominal",
    },
    "wages.minimums_note": {
        "ky": "Минималдуу эмгек акы жана жашоо минимуму боюнча маалыматтар аз жана ар кандай мезгилге тиешелүү: "
              "жыл, чейрек, ай же белгилүү бир күн. Ар бир маани өз мезгилинде турат; алардын көбү жаңылыктардан "
              "(ичи бош тегерекчелер). Чейректик жашоо минимуму жылдык орточо эмес.",
        "ru": "Данных о МРОТ и прожиточном минимуме немного, и они относятся к разным периодам: году, кварталу, месяцу "
              "или дате. Каждое значение стоит на своём месте во времени; большинство — из новостей (полые кружки). "
              "Квартальный прожиточный минимум — не среднегодовое значение.",
        "en": "There are few minimum wage and subsistence minimum figures, and they refer to different periods: a year, "
              "a quarter, a month or a date. Each value sits at its own place in time; most come from news reports "
              "(hollow circles). A quarterly subsistence minimum is not an annual average.",
    },
    "wages.planned_note": {
        "ky": "{first}–{last}-жылдардын минималдуу эмгек акысы — бюджетте белгиленген же пландалган деңгээл, "
              "байкалган маани эмес.",
        "ru": "МРОТ на {first}–{last} годы — уровень, установленный или запланированный в бюджете, а не наблюдаемое "
              "значение.",
        "en": "The minimum wage for {first}–{last} is a level set or planned in the budget, not an observed value.",
    },
    "wages.regional_intro": {
        "ky": "Аймактар боюнча жылдык эмгек акынын расмий катары бул маалыматтарда жок. Төмөнкү таблицада жарыяланган "
              "өзүнчө сандар гана: ар башка мезгилдерге (жылдын бир бөлүгү, чейрек, жыл) жана камтууга тиешелүү, "
              "көбү экинчи булактардан. Аларды бир катар катары салыштырууга болбойт.",
        "ru": "Официального годового ряда заработной платы по регионам в этих данных нет. В таблице — только отдельные "
              "опубликованные цифры: за разные периоды (часть года, квартал, год) и с разным охватом, большинство — "
              "из вторичных источников. Сравнивать их как один ряд нельзя.",
        "en": "The data has no official annual series of wages by region. The table lists only the separate figures "
              "that have been published: for different periods (part of a year, a quarter, a year) and coverage, most "
              "from secondary sources. They cannot be compared as one series.",
    },
    "wages.arrears_metric": {"ky": "Эмгек акы боюнча карыздар, бардыгы ({period})",
                             "ru": "Задолженность по заработной плате, всего ({period})",
                             "en": "Wage arrears, total ({period})"},
    "wages.arrears_title": {
        "ky": "Аймактын үлүшү өлкөдөгү эмгек акы боюнча карыздардын жалпы суммасында, {period}",
        "ru": "Доля региона в общей задолженности по зарплате в стране, {period}",
        "en": "Region's share of the country's total wage arrears, {period}",
    },
    "wages.arrears_note": {
        "ky": "Бул аймактын өз көрсөткүчү эмес, өлкө боюнча карыздардын жалпы суммасындагы үлүшү (Программа боюнча). "
              "Программа төрт аймакты гана атайт, алар жалпы карыздын {total} % түзөт; калгандары көрсөтүлгөн эмес.",
        "ru": "Это не показатель самого региона, а его доля в общей сумме задолженности по стране (по Программе). "
              "Программа называет только четыре региона, на них приходится {total} % задолженности; остальные не "
              "указаны.",
        "en": "This is not a rate of the region itself but its share of the country's total arrears (from the "
              "Program). The Program names only four regions, which together hold {total}% of the arrears; the others "
              "are not stated.",
    },
}
