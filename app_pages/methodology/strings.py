"""Strings of the Methodology and sources page."""

STRINGS: dict[str, dict[str, str]] = {
    # Short names of the page's tabs; each tab's heading gives the full title.
    "methodology.tab.sources": {"ky": "Булактар", "ru": "Источники", "en": "Sources"},
    "methodology.tab.definitions": {"ky": "Аныктамалар", "ru": "Определения", "en": "Definitions"},
    "methodology.tab.breaks": {"ky": "Үзгүлтүктөр", "ru": "Разрывы", "en": "Breaks"},
    "methodology.tab.conflicts": {"ky": "Карама-каршылыктар", "ru": "Расхождения", "en": "Conflicts"},
    "methodology.tab.missing": {"ky": "Жок маанилер", "ru": "Пропуски", "en": "Missing values"},
    "methodology.tab.flags": {"ky": "Белгилер", "ru": "Отметки", "en": "Flags"},
    "methodology.tab.periods": {"ky": "Мезгилдер", "ru": "Периоды", "en": "Periods"},
    "methodology.tab.sdg131": {"ky": "ТӨМ 1.3.1", "ru": "ЦУР 1.3.1", "en": "SDG 1.3.1"},
    "methodology.tab.forecasts": {"ky": "Болжолдор", "ru": "Прогнозы", "en": "Forecasts"},
    "methodology.tab.maps": {"ky": "Чек аралар", "ru": "Границы", "en": "Boundaries"},
    "methodology.tab.releases": {"ky": "Чыгарылыштар", "ru": "Выпуски", "en": "Releases"},
    "methodology.title": {"ky": "Методология жана булактар", "ru": "Методология и источники",
                          "en": "Methodology and sources"},
    "methodology.intro": {
        "ky": "Ар бир сан кайдан алынган жана дашборд аны кантип колдонот: булактар, аныктамалар, үзгүлтүктөр жана карама-каршылыктар, жок маанилер, белгилер, мезгилдер, аймактык ТӨМ 1.3.1 тузагы, болжолдор, карта жана маалыматтардын чыгарылыштары.",
        "ru": "Откуда взято каждое число и как дашборд с ним обращается: источники, определения, разрывы и расхождения, пропуски, отметки, периоды, ловушка регионального ЦУР 1.3.1, прогнозы, карта и выпуски данных.",
        "en": "Where every number comes from and how the dashboard treats it: sources, definitions, breaks and conflicts, missing values, flags, periods, the regional SDG 1.3.1 trap, forecasts, the map and the data releases.",
    },
    "methodology.all": {"ky": "Баары", "ru": "Все", "en": "All"},

    # Sources
    "methodology.sources": {"ky": "Булактар", "ru": "Источники", "en": "Sources"},
    "methodology.sources_intro": {
        "ky": "Маалыматтардын бардык булактары жана ар биринен эмне алынганы. Сандар сакталган маанилер боюнча эсептелген: «маанилер» — булактан алынган сандар, «көрсөтүлгөнү» — дашборд көрсөткүчтүн мааниси катары көрсөткөндөрү. Бир эле санды бир нече булак берсе, бирөө гана көрсөтүлөт: адегенде Улуттук статистика комитетинин (УСК) SDMX файлдары, андан кийин анын Excel таблицалары, Программа, Социалдык фонддун отчету, эң акырында маалымат каражаттарынын кабарлары. Баштапкы булактар — расмий статистика жана расмий документтер; экинчи булактар — расмий адамдардын сөзүн келтирген маалымат каражаттарынын жана агенттиктердин барактары, алардын маанилери графиктерде ичи бош белгилер менен тартылат.",
        "ru": "Все источники данных и что из каждого взято. Числа подсчитаны по хранимым значениям: «значения» — числа, взятые из источника, «показано» — те, что дашборд показывает как значение показателя. Если одну и ту же цифру дают несколько источников, показывается ровно одна: сначала файлы SDMX Национального статистического комитета (НСК), затем его таблицы Excel, Программа, отчёт Социального фонда и в последнюю очередь сообщения СМИ. Первичные источники — официальная статистика и официальные документы; вторичные — страницы СМИ и агентств, цитирующие официальных лиц; их значения на графиках рисуются полыми маркерами.",
        "en": "Every source the data draws on, and what was taken from it. The counts are computed from the stored values: “values” are the numbers taken from the source, “shown” those the dashboard shows as the value of a figure. Where several sources give the same figure, exactly one is shown: the National Statistical Committee's (NSC) SDMX files first, then its Excel tables, the Program, the Social Fund's report, and news reports last. Primary sources are official statistics and official documents; secondary sources are news and agency pages quoting officials, and their values are drawn as hollow markers.",
    },
    "methodology.kind_filter": {"ky": "Булактын түрү", "ru": "Вид источника", "en": "Kind of source"},
    "methodology.kind.all": {"ky": "Бардык булактар", "ru": "Все источники", "en": "All sources"},
    "methodology.kind.primary": {"ky": "Баштапкы", "ru": "Первичный", "en": "Primary"},
    "methodology.kind.secondary": {"ky": "Экинчи", "ru": "Вторичный", "en": "Secondary"},
    "methodology.scol.title": {"ky": "Булак — чыгаруучу", "ru": "Источник — издатель", "en": "Source — publisher"},
    "methodology.scol.kind": {"ky": "Түрү", "ru": "Вид", "en": "Kind"},
    "methodology.scol.date": {"ky": "Датасы", "ru": "Дата", "en": "Date"},
    "methodology.scol.url": {"ky": "Шилтеме же документ", "ru": "Ссылка или документ", "en": "URL or document"},
    "methodology.scol.values": {"ky": "Маанилер", "ru": "Значений", "en": "Values"},
    "methodology.scol.shown": {"ky": "Көрсөтүлгөнү", "ru": "Показано", "en": "Shown"},
    "methodology.scol.indicators": {"ky": "Эмне алынган", "ru": "Что взято", "en": "What was taken"},
    "methodology.taken": {"ky": "{count} көрсөткүч: {names}", "ru": "показателей: {count} — {names}",
                          "en": "{count} indicators: {names}"},
    "methodology.taken_none": {"ky": "маанилер алынган эмес", "ru": "значения не брались", "en": "no values taken"},
    "methodology.also_rows": {"ky": "; ошондой эле документтин же максаттардын {count} сабы",
                              "ru": "; а также строк документа или целей: {count}",
                              "en": "; also {count} rows of the document or targets"},
    "methodology.more": {"ky": "… (дагы {count})", "ru": "… (ещё {count})", "en": "… (+{count} more)"},
    "methodology.sources_caption": {
        "ky": "{count} булак: {primary} баштапкы, {secondary} экинчи; бардыгы {values} маани. Аталыштар жана чыгаруучулар окурмандын тилинде; булактын өз тилинде эмес аталыш — котормо (жаңылыктардын аталыштары көбүнчө барактын дареги боюнча калыбына келтирилген).",
        "ru": "Источников: {count} (первичных: {primary}, вторичных: {secondary}); всего значений: {values}. Названия и издатели — на языке читателя; название не на языке самого источника — перевод (заголовки новостей по большей части восстановлены по адресу страницы).",
        "en": "{count} sources: {primary} primary, {secondary} secondary; {values} values in all. Titles and publishers are in the reader's language; a title not in the source's own language is a translation (news headlines mostly reconstructed from the page's address).",
    },
    "methodology.sources_source": {
        "ky": "Булак: дашборддун булактар каталогу (data/sources.csv); сандар data/observations.csv жана документтердин таблицалары боюнча эсептелген.",
        "ru": "Источник: каталог источников дашборда (data/sources.csv); числа подсчитаны по data/observations.csv и таблицам документов.",
        "en": "Source: the dashboard's catalogue of sources (data/sources.csv); counts computed from data/observations.csv and the document tables.",
    },

    # Definitions
    "methodology.definitions": {"ky": "Көрсөткүчтөрдүн аныктамалары", "ru": "Определения показателей",
                                "en": "Definitions of the indicators"},
    "methodology.definitions_intro": {
        "ky": "Ар бир көрсөткүч бирдиги жана аныктамасы менен. «Жакшыраак» — кайсы багыттагы өзгөрүү жакшыруу деп эсептелет (эгер ал бар болсо).",
        "ru": "Каждый показатель с единицей и определением. «Лучше» — какое направление изменения считается улучшением, если оно есть.",
        "en": "Every indicator with its unit and definition. “Better” says which direction counts as an improvement, where there is one.",
    },
    "methodology.topic_filter": {"ky": "Тема", "ru": "Тема", "en": "Topic"},
    "methodology.topic.all": {"ky": "Бардык темалар", "ru": "Все темы", "en": "All topics"},
    "methodology.search": {"ky": "Издөө (аталышы, аныктамасы же коду)", "ru": "Поиск (название, определение или код)",
                           "en": "Search (name, definition or id)"},
    "methodology.dcol.name": {"ky": "Көрсөткүч", "ru": "Показатель", "en": "Indicator"},
    "methodology.dcol.topic": {"ky": "Тема", "ru": "Тема", "en": "Topic"},
    "methodology.dcol.unit": {"ky": "Бирдик", "ru": "Единица", "en": "Unit"},
    "methodology.dcol.definition": {"ky": "Аныктама", "ru": "Определение", "en": "Definition"},
    "methodology.dcol.better": {"ky": "Жакшыраак", "ru": "Лучше", "en": "Better"},
    "methodology.dcol.id": {"ky": "Коду", "ru": "Код", "en": "Id"},
    "methodology.better.true": {"ky": "жогору", "ru": "выше", "en": "higher"},
    "methodology.better.false": {"ky": "төмөн", "ru": "ниже", "en": "lower"},
    "methodology.better.none": {"ky": "—", "ru": "—", "en": "—"},
    "methodology.found": {"ky": "{total} көрсөткүчтүн {count} табылды.", "ru": "Показателей: {count} из {total}.",
                          "en": "{count} of {total} indicators."},
    "methodology.not_found": {"ky": "Эч бир көрсөткүч табылган жок.", "ru": "Ни одного показателя не найдено.",
                              "en": "No indicator matches."},
    "methodology.definitions_source": {
        "ky": "Булак: дашборддун көрсөткүчтөр каталогу (data/indicators.csv).",
        "ru": "Источник: каталог показателей дашборда (data/indicators.csv).",
        "en": "Source: the dashboard's indicator catalogue (data/indicators.csv).",
    },

    # Breaks
    "methodology.breaks": {"ky": "Салыштыруудагы үзгүлтүктөр", "ru": "Разрывы сопоставимости",
                           "en": "Breaks in comparability"},
    "methodology.breaks_intro": {
        "ky": "Катар булак түшүндүрбөгөн секирик жасаса, ага чейинки жана андан кийинки маанилерди салыштырууга болбой калышы мүмкүн. Графиктерде үзгүлтүк чекиттүү сызык менен белгиленет, андан өткөн өзгөрүүлөр белгиленет, болжолдор ал тууралуу эскертет.",
        "ru": "Если ряд меняется скачком, а источник этого не объясняет, значения до и после могут быть несопоставимы. Графики отмечают разрыв пунктирной линией, изменения через разрыв помечаются, прогнозы о нём предупреждают.",
        "en": "Where a series jumps in a way its source does not explain, the values before and after may not be comparable. Charts mark the break with a dotted line, changes across it are flagged, and forecasts warn about it.",
    },
    "methodology.bcol.indicator": {"ky": "Көрсөткүч", "ru": "Показатель", "en": "Indicator"},
    "methodology.bcol.first_year_after": {"ky": "Үзгүлтүктөн кийинки биринчи жыл", "ru": "Первый год после разрыва",
                                          "en": "First year after the break"},
    "methodology.bcol.note": {"ky": "Эмне болот", "ru": "Что происходит", "en": "What happens"},
    "methodology.bcol.basis": {"ky": "Негизи", "ru": "Основание", "en": "Basis"},
    "methodology.breaks_source": {
        "ky": "Үзгүлтүктөрдүн тизмеси: data/breaks.csv (негизи таблицада).",
        "ru": "Список разрывов: data/breaks.csv (основание — в таблице).",
        "en": "List of breaks: data/breaks.csv (basis in the table).",
    },

    # Conflicts
    "methodology.conflicts": {"ky": "Булактардын карама-каршылыктары", "ru": "Расхождения между источниками",
                              "en": "Conflicting values"},
    "methodology.conflicts_intro": {
        "ky": "Булактар бир эле көрсөткүч үчүн ар башка сандарды берсе, баары сакталат жана ар бирине «булактар дал келбейт» белгиси коюлат; жогоруда айтылган булактардын тартиби боюнча бирөө гана көрсөтүлөт. «Булактын өзүндө карама-каршылык бар» белгиси бир булак (же ал алынган маалымдама таблица) эки сан берген же өз текстине туура келбеген сан берген учурларды белгилейт. Бардык {count} учур, ар биринин бардык маанилери менен:",
        "ru": "Если источники дают для одной и той же цифры разные числа, сохраняются все и каждое получает отметку «источники расходятся»; показывается ровно одно — по описанному выше порядку источников. Отметка «противоречие в самом источнике» означает, что один источник (или справочная таблица, из которой он взят) даёт два числа или число, не согласующееся с его же текстом. Все случаи ({count}) со всеми значениями:",
        "en": "Where sources give different numbers for the same figure, all are kept and each carries the flag “sources disagree”; exactly one is shown, by the order of sources above. “The source itself records a conflict” marks figures where one source (or the reference table it came from) gives two numbers, or one that does not fit its own text. All {count} cases, each with every value:",
    },
    "methodology.ccol.indicator": {"ky": "Көрсөткүч", "ru": "Показатель", "en": "Indicator"},
    "methodology.ccol.region": {"ky": "Аймак", "ru": "Регион", "en": "Region"},
    "methodology.ccol.period": {"ky": "Мезгил", "ru": "Период", "en": "Period"},
    "methodology.ccol.breakdown": {"ky": "Бөлүгү", "ru": "Разрез", "en": "Breakdown"},
    "methodology.ccol.values": {"ky": "Маанилер жана булактар", "ru": "Значения и источники",
                                "en": "Values and sources"},
    "methodology.ccol.shown_value": {"ky": "Көрсөтүлгөн маани", "ru": "Показанное значение", "en": "Value shown"},
    "methodology.ccol.note": {"ky": "Маалыматтардагы эскертүү (англисче)", "ru": "Примечание в данных (на английском)",
                              "en": "Note in the data"},
    "methodology.conflict.shown": {"ky": "көрсөтүлөт", "ru": "показано", "en": "shown"},
    "methodology.conflict.not_shown": {"ky": "көрсөтүлбөйт", "ru": "не показано", "en": "not shown"},
    "methodology.conflict.both_shown": {
        "ky": "экөө тең өзүнчө коддор менен сакталган; бири да маани катары алынган эмес",
        "ru": "оба сохранены под отдельными кодами; ни одно не принято за значение",
        "en": "both kept under separate codes; neither is taken as the figure",
    },
    "methodology.conflict.none": {"ky": "жок", "ru": "нет", "en": "none"},

    # Missing values
    "methodology.missing": {"ky": "Жок маанилер", "ru": "Пропущенные значения", "en": "Missing values"},
    "methodology.missing_text": {
        "ky": "Жок маани жок бойдон калат: ал эч качан нөл катары тартылбайт жана эсептелбейт. Графиктерде боштук калат, карталарда «маалымат жок» деп жазылат, ал эми мезгил ичиндеги өзгөрүү ортодогу маани жок жылдарды атайт, аларды аттап өтпөйт. Бир гана системалуу учур: УСКнын SDMX файлдарында Ош шаары үчүн {first}–{last}-жылдары 0 турат, анткени ал кезде шаар Ош облусунун курамында эсептелген. Бул нөлдөр өлчөө эмес, ошондуктан алар «{flag}» белгиси менен бош сакталат ({count} маани; {indicators}). Ошондуктан Ош шаарынын катарлары {start}-жылдан башталат.",
        "ru": "Пропуск остаётся пропуском: он никогда не рисуется и не считается как ноль. На графиках остаётся разрыв, на картах — «нет данных», а изменение за период называет годы без значений, не перескакивая через них. Единственный систематический случай: в файлах SDMX НСК у города Ош стоят нули за {first}–{last} годы, потому что тогда город учитывался в составе Ошской области. Эти нули — не измерения, поэтому они хранятся пустыми с отметкой «{flag}» (значений: {count}; {indicators}). Поэтому ряды города Ош начинаются с {start} года.",
        "en": "A missing value stays missing: it is never drawn or counted as zero. Charts leave a gap, maps say “no data”, and a change over time names the years without a value in between instead of bridging them. The one systematic case: in the NSC's SDMX files Osh city has 0 for {first}–{last}, because the city was then counted inside Osh oblast. These zeros are not measurements, so they are stored empty with the flag “{flag}” ({count} values; {indicators}). Osh city's series therefore start in {start}.",
    },

    # Flags
    "methodology.flags": {"ky": "Белгилер эмнени билдирет", "ru": "Что означают отметки", "en": "What the flags mean"},
    "methodology.flags_intro": {
        "ky": "Белгилер ар бир маани менен кошо жүрөт: графиктер аларды курсор менен көрсөткөндө чыгарат, таблицалар атайт, жүктөлүп алынган файлдарда да болот.",
        "ru": "Отметки сопровождают каждое значение: графики показывают их при наведении курсора, таблицы называют их, выгрузки их содержат.",
        "en": "Flags travel with each value: charts show them on hover, tables name them, and downloads carry them.",
    },
    "methodology.fcol.flag": {"ky": "Коду", "ru": "Код", "en": "Code"},
    "methodology.fcol.name": {"ky": "Аталышы", "ru": "Название", "en": "Name"},
    "methodology.fcol.meaning": {"ky": "Эмнени билдирет", "ru": "Что означает", "en": "What it means"},
    "methodology.fcol.count": {"ky": "Маанилер", "ru": "Значений", "en": "Values"},
    "methodology.flag.possible_break": {
        "ky": "Катар булак түшүндүрбөгөн секирик жасайт; ага чейинки жана кийинки маанилерди салыштырууга болбошу мүмкүн («Салыштыруудагы үзгүлтүктөр» бөлүмүн караңыз).",
        "ru": "Ряд меняется скачком, а источник этого не объясняет; значения до и после могут быть несопоставимы (см. «Разрывы сопоставимости»).",
        "en": "The series jumps in a way its source does not explain; values before and after may not be comparable (see “Breaks in comparability”).",
    },
    "methodology.flag.secondary": {
        "ky": "Расмий басылмадан эмес, расмий адамдын сөзүн келтирген маалымат каражатынын же агенттиктин барагынан алынган; ичи бош белги менен тартылат жана бул сан үчүн расмий булак жок болгондо гана көрсөтүлөт.",
        "ru": "Взято не из официальной публикации, а со страницы СМИ или агентства, цитирующей официальное лицо; рисуется полым маркером и показывается, только если официального источника для этой цифры нет.",
        "en": "Taken from a news or agency page quoting an official, not from the official publication; drawn as a hollow marker and shown only where no official source gives the figure.",
    },
    "methodology.flag.approx": {
        "ky": "Булак санды болжолдуу берет («болжол менен», «~»).",
        "ru": "Источник даёт число как приблизительное («около», «~»).",
        "en": "The source gives the number as approximate (“about”, “~”).",
    },
    "methodology.flag.lower_bound": {
        "ky": "Булак «ашык» же «андан көп» дейт: чыныгы сан мындан жогору.",
        "ru": "Источник говорит «более» или «свыше»: настоящее число выше.",
        "en": "The source says “more than” or “over”: the true number is higher.",
    },
    "methodology.flag.as_worded": {
        "ky": "Булактын сөзүнөн мезгил же камтылышы так эмес; маани булакта жазылгандай алынган, эскертүүдө ал кантип окулганы айтылат.",
        "ru": "Формулировка источника оставляет неясным период или охват; значение взято как сформулировано, а в примечании сказано, как его прочли.",
        "en": "The source's wording leaves the period or coverage open; the value is taken as worded, and its note says how it was read.",
    },
    "methodology.flag.conflict": {
        "ky": "Башка булак ошол эле көрсөткүч үчүн башка сан берет; баары сакталат, бирөө көрсөтүлөт («Булактардын карама-каршылыктары» бөлүмүн караңыз).",
        "ru": "Другой источник даёт для той же цифры другое число; сохраняются все, показывается одно (см. «Расхождения между источниками»).",
        "en": "Another source gives a different number for the same figure; all are kept and one is shown (see “Conflicting values”).",
    },
    "methodology.flag.conflict_in_source": {
        "ky": "Булактын өзү (же ал алынган маалымдама таблица) бул көрсөткүч үчүн эки сан берет же өз текстине туура келбеген сан берет.",
        "ru": "Сам источник (или справочная таблица, из которой он взят) даёт для цифры два числа или число, не согласующееся с его же текстом.",
        "en": "The source itself (or the reference table it came from) gives two numbers for the figure, or one that does not fit its own text.",
    },
    "methodology.flag.missing_zero_in_source": {
        "ky": "Булакта өзүнчө эсеп жүргүзүлбөгөн жерде 0 турат (Ош шаары, 2007–2012): нөл катары эмес, жок маани катары сакталат.",
        "ru": "В источнике 0 там, где отдельного учёта не было (город Ош, 2007–2012): хранится как пропуск, а не как ноль.",
        "en": "The source has 0 where nothing was counted separately (Osh city, 2007–2012): stored as missing, never as zero.",
    },
    "methodology.flag.unit_corrected": {
        "ky": "Булак файлында бирдик туура эмес коддолгон (мисалы, сом менен берилген сумма үчүн пайыз); бирдик оңдолду, сан өзгөргөн жок.",
        "ru": "В файле источника единица закодирована неверно (например, процент для суммы в сомах); единица исправлена, число не изменено.",
        "en": "The source file codes the unit wrongly (e.g. percent for an amount in som); the unit was corrected, the number is unchanged.",
    },
    "methodology.flag.budget_plan": {
        "ky": "Мыйзам же бюджет белгилеген, же келерки жылга пландалган маани (мисалы, эмгек акынын минималдуу өлчөмү 2026-2028-жылдарга). Бул байкалган маани эмес: трендде, өзгөрүүлөрдө жана болжолдордо эсептелбейт, графикте белгиси менен көрсөтүлөт.",
        "ru": "Значение, установленное законом о бюджете или запланированное на будущий год (например, минимальная заработная плата на 2026-2028 годы). Это не наблюдаемое значение: в трендах, изменениях и прогнозах не учитывается, на графиках показано с пометкой.",
        "en": "A value set by a budget law or planned for a coming year (e.g. the minimum wage for 2026-2028). It is not an observed value: trends, changes and forecasts leave it out; charts show it with this flag.",
    },
    "methodology.flag.derived": {
        "ky": "Булак бул санды түз бербейт: ал ошол эле расмий таблицанын эки маанисинен эсептелген (мисалы, пенсионерлердин жалпы саны = жашоо минимумунан төмөн пенсия алгандардын саны / алардын үлүшү). Формула, эки маани жана алардын жайгашкан жери эскертмеде; үлүш тегеректелген жерде натыйжанын тактыгы да ошол жерде айтылат.",
        "ru": "Источник не даёт это число прямо: оно рассчитано из двух значений той же официальной таблицы (например, общее число пенсионеров = число получающих пенсию ниже прожиточного минимума / их доля). Формула, оба значения и их места в источнике — в примечании; где доля округлена, там же сказано, насколько точен результат.",
        "en": "The source does not give this number directly: it is computed from two values of the same official table (e.g. all pensioners = those with a pension below the subsistence minimum / their share). The note gives the formula, both values and where they stand; where the share is rounded, it also says how precise the result is.",
    },
    "methodology.flag.revised": {
        "ky": "Кийинки басылма (УСКнын ТӨМ сайты) бул жыл үчүн башка сан берет: экөө тең сакталат, жаңысы көрсөтүлөт.",
        "ru": "Более поздняя публикация (сайт ЦУР Нацстаткома) даёт за этот год другое число: сохраняются оба, показывается более новое.",
        "en": "A later publication (the NSC's SDG site) gives another number for this year: both are kept and the newer one is shown.",
    },
    "methodology.flag.implausible": {
        "ky": "Маани коңшу жылдардан кескин айырмаланат жана кийинки жылы кайра кайтат (катардын өз өзгөрүүлөрүнөн 5 эседен ашык): булакта жазылгандай сакталат, графикте белгиленет, анын үстүнөн эсептелген өзгөрүүлөр муну айтат, болжолдор аны эскертет.",
        "ru": "Значение резко выбивается из соседних лет и на следующий год возвращается (более чем в 5 раз сильнее обычных изменений ряда): хранится как опубликовано, отмечено на графиках, изменения через него это оговаривают, прогнозы о нём предупреждают.",
        "en": "The value breaks sharply from its neighbouring years and the series comes back the year after (over 5 times the series' usual year-to-year change): kept as published, marked on charts; changes across it say so and forecasts warn about it.",
    },
    "methodology.flag.mislabelled_in_source": {
        "ky": "Булак файлында бул маани башка саптын белгиси менен турат окшойт (бардык жылдар боюнча текшерилген); ал сакталат, бирок эч качан көрсөтүлбөйт, анын ордуна УСКнын Excel таблицасы колдонулат.",
        "ru": "В файле источника это значение, по-видимому, стоит под подписью другой строки (проверено по всем годам); оно сохранено, но никогда не показывается — вместо него используется Excel-таблица Нацстаткома.",
        "en": "In the source file this value appears to sit under another row's label (checked in every year); it is kept but never shown, and the NSC's Excel table is used instead.",
    },
    "methodology.flag.code_corrected": {
        "ky": "Булак файлында бөлүнүштүн коду туура эмес (мисалы, 60–69 жаш тобу 65–69 деп коддолгон); код оңдолду, сан өзгөргөн жок.",
        "ru": "В файле источника код разбивки неверен (например, группа 60–69 лет закодирована как 65–69); код исправлен, число не изменено.",
        "en": "The source file codes the breakdown wrongly (e.g. the 60-69 age group coded as 65-69); the code was corrected, the number is unchanged.",
    },
    "methodology.flag.unknown": {"ky": "—", "ru": "—", "en": "—"},
    "methodology.flags_source": {
        "ky": "Булак: белгилердин каталогу (data/flags.csv); маанилердин саны data/observations.csv боюнча эсептелген.",
        "ru": "Источник: каталог отметок (data/flags.csv); число значений подсчитано по data/observations.csv.",
        "en": "Source: the catalogue of flags (data/flags.csv); counts computed from data/observations.csv.",
    },

    # Periods
    "methodology.periods": {"ky": "Мезгилдер кантип тартылат", "ru": "Как изображаются периоды",
                            "en": "How periods are drawn"},
    "methodology.periods_text": {
        "ky": "Ар бир маани булак берген мезгилин сактайт: календардык жыл, күн (ошол күнгө карата абал), чейрек, ай, бир нече ай же бир нече жылдагы жыйынды. Убакыт огунда жыл өзүнүн ортосунда (1-июль), күн — өз күнүндө, чейрек же ай — өз ортосунда турат, ошондуктан чейрек же күн эч качан жыл катары тартылбайт. Белгилер мезгилди так атайт, ал эми тренддер жана болжолдор календардык жылдар боюнча гана түзүлөт.",
        "ru": "Каждое значение сохраняет период, который даёт источник: календарный год, дату (состояние на этот день), квартал, месяц, несколько месяцев или сумму за несколько лет. На оси времени год стоит в своей середине (1 июля), дата — в свой день, квартал или месяц — в своей середине, поэтому квартал или дата никогда не рисуются как год. Подписи точно называют период, а тренды и прогнозы строятся только по календарным годам.",
        "en": "Every value keeps the period its source gives: a calendar year, a date (a stock on that day), a quarter, a month, a range of months or a sum over several years. On a time axis a year sits at its middle (1 July), a date on its day, and a quarter or month at its own middle, so a quarter or a date is never drawn as if it were a year. Labels name the exact period, and trends and forecasts use calendar years only.",
    },
    "methodology.pcol.notation": {"ky": "Маалыматтагы жазылышы", "ru": "Запись в данных", "en": "Notation in the data"},
    "methodology.pcol.kind": {"ky": "Түрү", "ru": "Вид", "en": "Kind"},
    "methodology.pcol.label": {"ky": "Кантип жазылат", "ru": "Как подписано", "en": "Written as"},
    "methodology.pcol.drawn_at": {"ky": "Убакыт огундагы орду", "ru": "Место на оси времени", "en": "Placed on the time axis at"},
    "methodology.period.year": {"ky": "календардык жыл", "ru": "календарный год", "en": "calendar year"},
    "methodology.period.date": {"ky": "күнгө карата абал", "ru": "состояние на дату", "en": "stock on a date"},
    "methodology.period.quarter": {"ky": "чейрек", "ru": "квартал", "en": "quarter"},
    "methodology.period.month": {"ky": "ай", "ru": "месяц", "en": "month"},
    "methodology.period.months": {"ky": "бир нече ай", "ru": "несколько месяцев", "en": "range of months"},
    "methodology.period.years": {"ky": "бир нече жылдагы жыйынды", "ru": "сумма за несколько лет", "en": "sum over several years"},
    "methodology.periods_source": {
        "ky": "Булак: дашборддун мезгилдер эрежелери (analysis/periods.py); ар бир сап ошол эрежелер менен эсептелген.",
        "ru": "Источник: правила периодов дашборда (analysis/periods.py); каждая строка вычислена по этим правилам.",
        "en": "Source: the dashboard's period rules (analysis/periods.py); every row is computed by those rules.",
    },

    # SDG 1.3.1
    "methodology.sdg131": {"ky": "Аймактык ТӨМ 1.3.1 тузагы", "ru": "Ловушка регионального ЦУР 1.3.1",
                           "en": "The regional SDG 1.3.1 trap"},
    "methodology.sdg131_text": {
        "ky": "ТӨМ 1.3.1 — социалдык коргоо менен камтылган калктын үлүшү. УСКнын аймактык маанилери аймактын өз камтуусу эмес: алар аймактагы алуучулардын бүткүл өлкөнүн калкына карата пайызы, ошондуктан алардын суммасы өлкө боюнча деңгээлге барабар. Дашборд аларды өзүнчө көрсөткүч катары сактайт («{name}») жана аларды аймактардагы камтуу катары көрсөтпөйт: чоң аймактын үлүшү анда калк көп болгону үчүн гана чоң болушу мүмкүн.",
        "ru": "ЦУР 1.3.1 — доля населения, охваченного социальной защитой. Региональные значения НСК — не охват в самом регионе, а получатели из региона в процентах от населения всей страны, поэтому в сумме они дают общереспубликанский уровень. Дашборд хранит их как отдельный показатель («{name}») и не выдаёт их за охват в регионах: доля крупного региона может быть больше просто потому, что в нём больше жителей.",
        "en": "SDG 1.3.1 is the share of the population covered by social protection. The NSC's regional values are not each region's own coverage: they are the region's beneficiaries as a share of the whole country's population, so they add up to the national rate. The dashboard stores them as a separate indicator (“{name}”) and does not present them as regional coverage rates: a large region can have a larger share simply because more people live there.",
    },
    "methodology.sdg131_check": {
        "ky": "Текшерүү, {year}-ж.: {regions} аймактын маанилеринин суммасы {regional_sum}%, өлкө боюнча камтуу {national}%.",
        "ru": "Проверка, {year} г.: сумма значений {regions} регионов — {regional_sum}%, охват по стране — {national}%.",
        "en": "Check, {year}: the {regions} regions' values add up to {regional_sum}%; national coverage is {national}%.",
    },

    # Forecasts
    "methodology.forecasts": {"ky": "Болжолдор кантип түзүлөт", "ru": "Как строятся прогнозы",
                              "en": "How forecasts are made"},
    "methodology.forecasts_text": {
        "ky": "Болжол жылдык катарды бир нече жыл алдыга улантат. Бул өткөн өзгөрүүнүн иллюстративдик проекциясы — расмий болжол да, максаттуу көрсөткүч да эмес.\n\n- **Маалыматтар:** календардык жылдар гана; акыркы жыл менен бүткөн үзгүлтүксүз жылдардын эң узун катары (боштуктардын ордуна эч нерсе толукталбайт). Чекиттер {min_points} чекиттен аз болсо, болжол түзүлбөйт.\n- **Болжол:** үч жөнөкөй болжолдун ар бир жыл боюнча медианасы: жөнөкөй экспоненциалдык жылмалоо (тренди жок жылмаланган деңгээл), Холттун сызыктуу тренди (деңгээл жана акыркы тренд) жана дрейф (акыркы маани плюс орточо жылдык өзгөрүү). Медиана «тренди жок», «акыркы тренд» жана «узак мөөнөттүү тренд» ортосундагысын алат, ошондуктан бир да экстраполяция өтө алыска кетпейт; эреже бардык катарлар үчүн бирдей.\n- **Шкала:** ар бир катар өз шкаласында болжолдонот (логарифм өсүштү татаал пайыздай күчөтмөк). Болжолдун өзү он жылдын ичинде нөлгө жетмек же 0–100дөн чыгып кетмек болсо, катар логарифм (үлүштөр — логит) шкаласында моделденет.\n- **Ретроспективдик текшерүү:** ыкма ар бир мурунку жылга чейинки жылдар боюнча (бешинчиден баштап) кайра бааланып, кийинки 1–6 жылды болжолдойт; анын каталары «акыркы маани» болжолунун каталары менен салыштырылат (MASE). Салыштыруудагы белгилүү үзгүлтүк аркылуу өткөн болжолдор эсепке алынбайт.\n- **Белгисиздик:** 80% жана 95% аралыктарынын туурасы ошол каталардын чоңдугуна жараша: алардын ар бир горизонттогу орточо чоңдугу, горизонт менен кандай өссө ошондой өсүп, Лаплас (кош экспоненциалдык) бөлүштүрүүсү катары алынат жана ал таянган мурунку болжолдордун аздыгына жараша кеңейтилет. Акча, сан жана башка көрсөткүчтөрдө ар бир ката болжол түзүлгөнгө чейин катар канча өзгөргөнү менен салыштырылат, ошондуктан азыр көбүрөөк өзгөргөн катардын аралыктары кененирээк болот; үлүштөрдүн каталары пайыздык пункттарда, кандай болсо ошондой алынат. Салыштыруудагы белгилүү үзгүлтүктөн кийинки жылга секирик катардын кыймылы катары эсептелбейт.\n- **Мүмкүн болгон чекте:** нөлдөн жогору акча жана сан көрсөткүчтөрүндө аралыктын эки учу логарифмдик шкалада симметриялуу (жогорку учу болжолдон канча эсе чоң болсо, болжол төмөнкү учтан ошончо эсе чоң), ошондуктан төмөнкү учу эч качан нөлгө жетпейт; үлүштөрдө алар логит шкаласында симметриялуу жана 0 менен 100дөн алыстайт (туурасы 100 пункт же андан көп аралык — бул 0–100).\n- **Мурунку болжолдор аз:** текшерүүгө бештен аз болжол болсо (катар кыска же аны үзгүлтүк бөлөт), аралыктын туурасы катардын өзү ошончо жылда канча өзгөргөнүнөн алынат жана болжол бул тууралуу эскертет.\n- **Максаттар:** максатка жетүү ыктымалдыгы аралыктар алынган ошол эле бөлүштүрүүдөн эсептелет.\n- **Текшерилген:** M3 болжолдоо мелдешинин 645 жылдык катарында алты жыл алдыга болжолдор акыркы маанидан, дрейфтен, экспоненциалдык жылмалоодон жана тета ыкмасынан так (sMAPE 15,6, башкаларда 16,8–17,9), ал эми 80% жана 95% аралыктары ар бир горизонтто чыныгы маанилердин 79–83% жана 94–97% камтыйт. Өткөнүнө караганда тезирээк өскөн M1 мелдешинин катарларында азыраак (65–74% жана 82–91%).\n- **Үзгүлтүктөр:** болжол түзүлгөн жылдардын ичинде салыштыруудагы белгилүү үзгүлтүк болсо, болжол бул тууралуу эскертет.",
        "ru": "Прогноз продлевает годовой ряд на несколько лет вперёд. Это иллюстративная проекция прошлой динамики — не официальный прогноз и не целевое значение.\n\n- **Данные:** только календарные годы; самый длинный непрерывный отрезок лет, заканчивающийся последним (пропуски ничем не заполняются). Если точек меньше {min_points}, прогноза нет.\n- **Прогноз:** медиана (по каждому году) трёх простых прогнозов: простого экспоненциального сглаживания (сглаженный уровень без тренда), линейного тренда Хольта (уровень и недавний тренд) и дрейфа (последнее значение плюс средний годовой прирост). Медиана берёт середину из «без тренда», «недавний тренд» и «долгосрочный тренд», поэтому ни одна экстраполяция не уходит слишком далеко; правило одно для всех рядов.\n- **Шкала:** каждый ряд прогнозируется в собственной шкале (логарифмы наращивали бы рост как сложные проценты). Если сам прогноз в пределах десяти лет дошёл бы до нуля или вышел за 0–100, ряд моделируется в логарифмах (доли — в логитах).\n- **Ретроспективная проверка:** метод заново оценивается по годам до каждого прошлого года (начиная с пятого) и прогнозирует следующие 1–6 лет; его ошибки сравниваются с ошибками прогноза «последнее значение» (MASE). Прогнозы через известный разрыв сопоставимости не учитываются.\n- **Неопределённость:** интервалы 80% и 95% настолько широки, насколько велики эти ошибки: их средний размер на каждом горизонте, растущий с горизонтом так, как он рос, принимается за распределение Лапласа (двойное экспоненциальное) и расширяется с учётом небольшого числа прошлых прогнозов, на которых он основан. Для денежных величин, численностей и прочих показателей каждая ошибка соотносится с тем, насколько ряд менялся до момента прогноза, поэтому ряд, который сейчас меняется сильнее, получает более широкие интервалы; ошибки долей берутся в процентных пунктах, как есть. Скачок в год после известного разрыва сопоставимости не считается движением ряда.\n- **В пределах возможного:** для положительных денежных величин и численностей концы интервала симметричны в логарифмической шкале (верхний конец во столько же раз больше прогноза, во сколько прогноз больше нижнего), поэтому нижний конец никогда не доходит до нуля; для долей они симметричны в логит-шкале и отступают от 0 и 100 (интервал шириной 100 пунктов и больше — это 0–100).\n- **Мало прошлых прогнозов:** если проверить можно меньше пяти (ряд короткий или его прерывает разрыв), ширина берётся из того, насколько сам ряд менялся за столько же лет, и прогноз об этом предупреждает.\n- **Цели:** вероятность достичь цели берётся из того же распределения, что и интервалы.\n- **Проверка:** на 645 годовых рядах соревнования M3 на шесть лет вперёд прогнозы точнее последнего значения, дрейфа, экспоненциального сглаживания и тета-метода (sMAPE 15,6 против 16,8–17,9), а интервалы 80% и 95% содержат 79–83% и 94–97% фактических значений на каждом горизонте. На рядах соревнования M1, которые росли быстрее, чем в прошлом, — меньше (65–74% и 82–91%).\n- **Разрывы:** если среди лет, по которым строится прогноз, есть известный разрыв сопоставимости, прогноз предупреждает об этом.",
        "en": "A forecast extends an annual series a few years ahead. It is an illustrative projection of past movement — not an official forecast and not a target.\n\n- **Data:** calendar years only; the longest run of consecutive years ending at the latest one (nothing is filled in across a gap). With fewer than {min_points} points there is no forecast.\n- **Forecast:** the median, year by year, of three simple forecasts: simple exponential smoothing (the smoothed level, no trend), Holt's linear trend (the level and the recent trend) and drift (the last value plus the average yearly change). The median keeps the middle of “no trend”, “the recent trend” and “the long-run trend”, so no single extrapolation runs away; the same rule applies to every series.\n- **Scale:** each series is forecast on its own scale (a log scale would compound growth). Where the forecast itself would reach zero or leave 0–100 within ten years, the series is modelled on the log (rates: logit) scale instead.\n- **Backtest:** the method is refitted on the years up to each earlier year (from the fifth on) and forecasts the next 1–6 years; its errors are compared with those of the last-value forecast (MASE). Forecasts across a known break in comparability are left out.\n- **Uncertainty:** the 80% and 95% intervals are as wide as those backtest errors say: their average size at each horizon, growing with the horizon as it grew, taken as a Laplace (double-exponential) distribution and widened for the few past forecasts it rests on. For money, counts and other measures each error is measured against how much the series had moved before it was made, so a series that moves more now gets wider intervals; the errors of rates are taken in percentage points as they were made. The jump into a year after a known break is not counted as movement.\n- **Within what is possible:** for money and counts above zero the two ends of an interval are mirror images on the log scale (the upper end is as many times the forecast as the forecast is the lower end), so the lower end never reaches zero; for rates they are mirror images on the logit scale and bend away from 0 and 100 (an interval 100 points wide or more is 0–100).\n- **Few past forecasts:** with fewer than five to check (a short series, or one a break cuts), the width follows how much the series itself moved over as many years instead, and the forecast says so.\n- **Targets:** the chance of meeting a target comes from the same distribution as the intervals.\n- **Checked:** on the 645 yearly series of the M3 forecasting competition, six years ahead, the forecasts are more accurate than the last value, drift, exponential smoothing and the theta method (sMAPE 15.6 against 16.8–17.9), and the 80% and 95% intervals contain 79–83% and 94–97% of the actual values at every horizon. On the M1 competition's series, which grew faster than their past, they contain fewer (65–74% and 82–91%).\n- **Breaks:** where a known break in comparability falls inside the fitted years, the forecast warns about it.",
    },


    # Maps
    "methodology.maps": {"ky": "Картадагы чек аралар", "ru": "Границы на карте", "en": "Map boundaries"},
    "methodology.maps_text": {
        "ky": "Карталар тогуз бирдиктин баарын — жети облусту, Бишкек жана Ош шаарларын — административдик чек "
              "аралардын жалпы оперативдик маалымат топтомунун (HDX COD-AB; Кыргыз Республикасынын Өзгөчө кырдаалдар "
              "министрлиги / OCHA, 2018-жылдын 19-ноябрындагы абал боюнча) биринчи деңгээлдеги чек аралары боюнча "
              "тартат. Колдонулган нуска вектордук плиткалардан калыбына келтирилген: куруу учурунда коңшу "
              "бирдиктердин ортосундагы ичке боштуктар жана кабатташкан жерлер алынат, жалпы чек аралар бирге "
              "жөнөкөйлөтүлөт (ошондуктан жалпы бойдон калат), координаттар болжол менен 10 метрге чейин "
              "тегеректелет. Карталар интернетке кайрылбай тартылат. Өлкөнүн масштабында Ош шаары өтө кичине, "
              "ошондуктан картада ал алкак менен белгиленип, бурчтагы кошумча картада чоңойтулуп көрсөтүлөт. Булар "
              "жалпыланган чек аралар: бүт өлкөнүн картасы үчүн ылайыктуу, бирок аянтты же чек араны өлчөөгө "
              "жарабайт.",
        "ru": "Карты рисуют все девять единиц — семь областей, города Бишкек и Ош — по границам первого уровня из "
              "общего оперативного набора данных об административных границах (HDX COD-AB; Министерство "
              "чрезвычайных ситуаций Кыргызской Республики / OCHA, по состоянию на 19 ноября 2018 года). "
              "Использованная копия восстановлена из векторных тайлов: при сборке убираются узкие щели и наложения "
              "между соседними единицами, общие границы упрощаются совместно (поэтому остаются общими), координаты "
              "округляются примерно до 10 метров. Карты рисуются без обращения к интернету. В масштабе страны "
              "город Ош очень мал, поэтому на карте он обведён рамкой и показан крупно на врезке в углу. Это "
              "обобщённые границы: они годятся для карты всей страны, но не для измерения площадей или границ.",
        "en": "The maps draw all nine units — the seven oblasts and the cities of Bishkek and Osh — from the "
              "first-level boundaries of the Common Operational Dataset of administrative boundaries (HDX COD-AB; "
              "Ministry of Emergency Situations of the Kyrgyz Republic / OCHA, as of 19 November 2018). The copy "
              "used was rebuilt from vector tiles: the build removes the slivers and overlaps between neighbouring "
              "units, simplifies the shared borders together (so they stay shared) and rounds the coordinates to "
              "about 10 metres. The maps are drawn without any request to the internet. At the scale of the country "
              "Osh city is very small, so the map frames it with a box and shows it enlarged in an inset in the "
              "corner. These are generalised boundaries: fine for a map of the whole country, not for measuring "
              "areas or borders.",
    },
    "methodology.maps_source": {
        "ky": "Булак: Кыргыз Республикасынын Өзгөчө кырдаалдар министрлиги / OCHA, HDX COD-AB "
              "(`kgz_admbnda_adm1_moes_20181119`), лицензия CC BY 3.0 IGO; толугу `data/regions_geometry_source.md` "
              "файлында.",
        "ru": "Источник: Министерство чрезвычайных ситуаций Кыргызской Республики / OCHA, HDX COD-AB "
              "(`kgz_admbnda_adm1_moes_20181119`), лицензия CC BY 3.0 IGO; подробнее — в файле "
              "`data/regions_geometry_source.md`.",
        "en": "Source: Ministry of Emergency Situations of the Kyrgyz Republic / OCHA, HDX COD-AB "
              "(`kgz_admbnda_adm1_moes_20181119`), licence CC BY 3.0 IGO; details in `data/regions_geometry_source.md`.",
    },

    # Releases
    "methodology.releases": {"ky": "Маалыматтардын чыгарылыштары", "ru": "Выпуски данных", "en": "Data releases"},
    "methodology.releases_intro": {
        "ky": "Чыгарылыш — дашборддун бардык маалыматтары, расмий булактардын бир нускасынан түзүлүп, жарыяланганга чейин текшерилген. Улуттук статистика комитети жаңы сандарды жарыялаганда, жаңы чыгарылыш мурункусун алмаштырат; мурунку чыгарылыш сакталат жана аны кайра калыбына келтирүүгө болот. «Маалыматтардын абалы» — чыгарылыш түзүлгөн булактардын эң акыркы жарыяланган күнү. Сандар ар бир чыгарылышты ал алмаштырган чыгарылыш менен салыштырат: жаңы маанилер, кайра каралган маанилер, алынып салынган маанилер жана жаңы белги алган маанилер.",
        "ru": "Выпуск — это все данные дашборда, собранные из одной копии официальных источников и проверенные до публикации. Когда Национальный статистический комитет публикует новые цифры, новый выпуск заменяет предыдущий; предыдущий сохраняется, и к нему можно вернуться. «Данные по состоянию на» — самая поздняя дата публикации среди источников, из которых собран выпуск. Числа сравнивают каждый выпуск с тем, который он заменил: новые значения, пересмотренные, отозванные и значения, получившие новые отметки.",
        "en": "A release is the whole of the dashboard's data, built from one copy of the official sources and checked before it is published. When the National Statistical Committee publishes new figures, a new release replaces the one before it, which stays and can be restored. “Data as of” is the newest publication date among the sources a release was built from. The counts compare each release with the one it replaced: new values, revised values, withdrawn values and values that gained a flag.",
    },
    "methodology.rcol.release": {"ky": "Чыгарылыш", "ru": "Выпуск", "en": "Release"},
    "methodology.rcol.data_as_of": {"ky": "Маалыматтардын абалы", "ru": "Данные по состоянию на", "en": "Data as of"},
    "methodology.rcol.published": {"ky": "Жарыяланган", "ru": "Опубликован", "en": "Published"},
    "methodology.rcol.replaces": {"ky": "Алмаштырган чыгарылыш", "ru": "Заменил выпуск", "en": "Replaced"},
    "methodology.rcol.new": {"ky": "Жаңы маанилер", "ru": "Новые значения", "en": "New values"},
    "methodology.rcol.revised": {"ky": "Кайра каралган", "ru": "Пересмотрено", "en": "Revised"},
    "methodology.rcol.withdrawn": {"ky": "Алынып салынган", "ru": "Отозвано", "en": "Withdrawn"},
    "methodology.rcol.new_flags": {"ky": "Жаңы белгилер", "ru": "Новые отметки", "en": "New flags"},
    "methodology.rcol.current": {"ky": "Азыр көрсөтүлүүдө", "ru": "Показан сейчас", "en": "Shown now"},
    "methodology.releases_shipped": {"ky": "дашборд менен кошо берилген", "ru": "поставлен с дашбордом",
                                     "en": "shipped with the dashboard"},
    "methodology.releases_source": {
        "ky": "Булак: ар бир чыгарылыштын release.json файлы жана чыгарылыштардын журналы (releases/log.csv). Ар бир өзгөргөн маани эски жана жаңы сандары менен чыгарылыштын changes.csv файлында.",
        "ru": "Источник: файл release.json каждого выпуска и журнал выпусков (releases/log.csv). Каждое изменившееся значение со старым и новым числом — в файле changes.csv выпуска.",
        "en": "Source: each release's release.json and the log of releases (releases/log.csv). Every value that changed, with its old and new number, is in the release's changes.csv.",
    },
}
