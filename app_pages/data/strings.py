"""Strings of the Data page."""

STRINGS: dict[str, dict[str, str]] = {
    "data.title": {"ky": "Маалыматтар", "ru": "Данные", "en": "Data"},
    "data.intro": {
        "ky": "Изилдөөчүлөр үчүн: көрсөткүчтөрдү, аймактарды жана жылдарды тандап, таблицаны карап чыгыңыз "
              "жана аны CSV, Excel же JSON түрүндө жүктөп алыңыз. Ар бир маани өз булагы жана булактагы так "
              "орду (локатор) менен берилет.",
        "ru": "Для исследователей: выберите показатели, регионы и годы, посмотрите таблицу и скачайте её в CSV, "
              "Excel или JSON. У каждого значения — его источник и точное место в нём (локатор).",
        "en": "For researchers: choose indicators, regions and years, look at the table and download it as CSV, "
              "Excel or JSON. Every value comes with its source and its exact place in it (the locator).",
    },
    "data.indicators": {"ky": "Көрсөткүчтөр", "ru": "Показатели", "en": "Indicators"},
    "data.indicators_help": {
        "ky": "Аталышын терип издеңиз. Көрсөткүчтөр тема боюнча топтолгон; тема аталыштан кийин турат.",
        "ru": "Начните вводить название, чтобы найти показатель. Показатели сгруппированы по темам; тема "
              "указана после названия.",
        "en": "Type part of a name to search. Indicators are grouped by topic; the topic follows the name.",
    },
    "data.years": {"ky": "Жылдар", "ru": "Годы", "en": "Years"},
    "data.totals_only": {"ky": "Жалпы маанилер гана (бөлүштүрүүсүз)", "ru": "Только итоги (без разбивок)",
                         "en": "Totals only (no breakdowns)"},
    "data.totals_only_help": {
        "ky": "Өчүрүлсө, жынысы, шаар жана айыл, курагы, иш түрү жана категория боюнча маанилер да кошулат.",
        "ru": "Если выключить, добавятся значения по полу, городу и селу, возрасту, видам деятельности и категориям.",
        "en": "Switch off to add the values by sex, urban and rural area, age, economic activity and category.",
    },
    "data.all_sources": {"ky": "Башка булактардын маанилерин да кошуу", "ru": "Включить значения других источников",
                         "en": "Include other sources' values"},
    "data.all_sources_help": {
        "ky": "Бир эле маанини бир нече булак берсе, дашборд бирөөнү гана көрсөтөт («Көрсөтүлгөн» тилкеси); "
              "калгандары салыштыруу үчүн кошулат.",
        "ru": "Если одно значение дают несколько источников, дашборд показывает одно (столбец «Показано»); "
              "остальные добавляются для сравнения.",
        "en": "Where several sources give the same figure, the dashboard shows one (column “Shown”); the "
              "others are added for comparison.",
    },
    "data.choose_indicator": {"ky": "Жок дегенде бир көрсөткүч тандаңыз.", "ru": "Выберите хотя бы один показатель.",
                              "en": "Choose at least one indicator."},
    "data.choose_region": {"ky": "Жок дегенде бир аймак тандаңыз.", "ru": "Выберите хотя бы один регион.",
                           "en": "Choose at least one region."},
    "data.empty": {
        "ky": "Тандалган шарттарга туура келген маани жок.",
        "ru": "Нет значений, подходящих под выбранные условия.",
        "en": "No values match this selection.",
    },
    "data.count": {"ky": "{rows} маани, {indicators} көрсөткүч.", "ru": "Значений: {rows}, показателей: {indicators}.",
                   "en": "Values: {rows}; indicators: {indicators}."},
    "data.download_heading": {"ky": "Жүктөп алуу", "ru": "Скачать", "en": "Download"},
    "data.download_csv": {"ky": "CSV", "ru": "CSV", "en": "CSV"},
    "data.download_xlsx": {"ky": "Excel (метамаалыматтар жана шилтеме менен)",
                           "ru": "Excel (с метаданными и цитированием)",
                           "en": "Excel (with metadata and citation)"},
    "data.download_json": {"ky": "JSON", "ru": "JSON", "en": "JSON"},
    "data.download_note": {
        "ky": "Файлдарда таблицадагы маанилер гана, тегеректелбеген түрүндө. Ар бир саптын жанында анын булагы толук "
              "(жарыялоочу, аталышы, датасы, дареги, лицензиясы), локатору, белгилердин түшүндүрмөсү, тандоо жана "
              "цитата бар. Excel файлында «metadata» (көрсөткүчтөрдүн аныктамалары жана цитата), «sources» жана "
              "«flags» барактары бар. Аталыштар тандалган тилде; тилкелердин аттары англисче.",
        "ru": "В файлах — ровно значения таблицы, без округления. В каждой строке — её источник полностью "
              "(издатель, название, дата, адрес, лицензия), локатор, расшифровка отметок, выборка и цитирование. "
              "В файле Excel есть листы «metadata» (определения показателей и цитирование), «sources» и «flags». "
              "Названия — на выбранном языке, имена столбцов — на английском.",
        "en": "The files hold exactly the table's values, unrounded. Each row carries its source in full "
              "(publisher, title, date, address, licence), its locator, its flags in words, the selection and a "
              "citation. The Excel file has the sheets “metadata” (the indicators' definitions and a citation), "
              "“sources” and “flags”. Names are in the chosen language; column names are in English.",
    },
    "data.api_heading": {"ky": "Ушул эле маалыматтар шилтеме аркылуу (API)", "ru": "Те же данные по ссылке (API)",
                         "en": "The same data from a URL (API)"},
    "data.api_intro": {
        "ky": "Бул дарек жогорудагы таблицанын саптарын так ошол бойдон, маалыматтардын учурдагы чыгарылышынан, CSV "
              "түрүндө берет (data.csv ордуна data.json — JSON түрүндө). Скрипт аны түз окуй алат жана ар бир "
              "суроодо акыркы чыгарылышты алат. API ошондой эле бардык көрсөткүчтөрдү (/api/v1/indicators), "
              "булактарды (/api/v1/sources) жана аймактарды (/api/v1/regions) тизмелейт.",
        "ru": "Этот адрес возвращает ровно строки таблицы выше из текущего выпуска данных в формате CSV (data.json "
              "вместо data.csv — в JSON). Скрипт может читать его напрямую и при каждом запросе получает последний "
              "выпуск. API также перечисляет все показатели (/api/v1/indicators), источники (/api/v1/sources) и "
              "регионы (/api/v1/regions).",
        "en": "This address answers exactly the rows of the table above, from the current data release, as CSV "
              "(data.json instead of data.csv gives JSON). A script can read it directly and gets the newest "
              "release on every request. The API also lists every indicator (/api/v1/indicators), source "
              "(/api/v1/sources) and region (/api/v1/regions).",
    },
    "data.api_snippets": {"ky": "Python, R же Excel'де кантип окуу керек", "ru": "Как прочитать в Python, R или Excel",
                          "en": "Read it in Python, R or Excel"},
    "data.api_python": {"ky": "Python, pandas менен:", "ru": "Python, с pandas:", "en": "Python, with pandas:"},
    "data.api_r": {"ky": "R (базалык R, пакетсиз):", "ru": "R (базовый R, без пакетов):",
                   "en": "R (base R, no packages needed):"},
    "data.api_excel": {
        "ky": "Excel (Power Query): «Данные» → «Получить данные» → «Из других источников» → «Пустой запрос» → "
              "«Расширенный редактор» (англисче: Data → Get Data → From Other Sources → Blank Query → Advanced "
              "Editor) ачып, төмөнкүнү коюңуз:",
        "ru": "Excel (Power Query): Данные → Получить данные → Из других источников → Пустой запрос → Расширенный "
              "редактор, затем вставьте:",
        "en": "Excel (Power Query): Data → Get Data → From Other Sources → Blank Query → Advanced Editor, then "
              "paste:",
    },
    "data.col_indicator": {"ky": "Көрсөткүч", "ru": "Показатель", "en": "Indicator"},
    "data.col_region": {"ky": "Аймак", "ru": "Регион", "en": "Region"},
    "data.col_period": {"ky": "Мезгил", "ru": "Период", "en": "Period"},
    "data.col_sex": {"ky": "Жынысы", "ru": "Пол", "en": "Sex"},
    "data.col_area": {"ky": "Шаар/айыл", "ru": "Город/село", "en": "Area"},
    "data.col_age_group": {"ky": "Курагы", "ru": "Возраст", "en": "Age"},
    "data.col_activity": {"ky": "Иш түрү", "ru": "Вид деятельности", "en": "Economic activity"},
    "data.col_category": {"ky": "Категория", "ru": "Категория", "en": "Category"},
    "data.col_value": {"ky": "Маани", "ru": "Значение", "en": "Value"},
    "data.col_unit": {"ky": "Бирдик", "ru": "Единица", "en": "Unit"},
    "data.col_flags": {"ky": "Белгилер", "ru": "Отметки", "en": "Flags"},
    "data.col_shown": {"ky": "Көрсөтүлгөн", "ru": "Показано", "en": "Shown"},
    "data.col_source": {"ky": "Булак", "ru": "Источник", "en": "Source"},
    "data.col_locator": {"ky": "Булактагы орду (локатор)", "ru": "Место в источнике (локатор)",
                         "en": "Place in the source (locator)"},
    "data.coverage_source": {
        "ky": "Булак: дашборддун маалыматтары (data/observations.csv), көрсөтүлгөн маанилер.",
        "ru": "Источник: данные дашборда (data/observations.csv), показываемые значения.",
        "en": "Source: the dashboard's data (data/observations.csv), the values shown.",
    },
    "data.sources_heading": {"ky": "Булактар", "ru": "Источники", "en": "Sources"},
    "data.sources_caption": {
        "ky": "{count} булак. Биринчи булактар — расмий маалыматтар жана документтер; экинчи булактар — расмий "
              "адамдардын сөзүн келтирген маалымат каражаттары.",
        "ru": "Источников: {count}. Первичные — официальные данные и документы; вторичные — СМИ, цитирующие "
              "официальных лиц.",
        "en": "{count} sources. Primary: official data and documents; secondary: news reports quoting officials.",
    },
    "data.sources_source": {
        "ky": "Булак: дашборддун булактар каталогу (data/sources.csv).",
        "ru": "Источник: каталог источников дашборда (data/sources.csv).",
        "en": "Source: the dashboard's catalogue of sources (data/sources.csv).",
    },
    "data.kind_primary": {"ky": "биринчи (расмий)", "ru": "первичный (официальный)", "en": "primary (official)"},
    "data.kind_secondary": {"ky": "экинчи (маалымат каражаты)", "ru": "вторичный (СМИ)",
                            "en": "secondary (news report)"},
    "data.col_source_id": {"ky": "Коду", "ru": "Код", "en": "ID"},
    "data.col_title": {"ky": "Аталышы", "ru": "Название", "en": "Title"},
    "data.col_publisher": {"ky": "Басып чыгаруучу", "ru": "Издатель", "en": "Publisher"},
    "data.col_date": {"ky": "Күнү", "ru": "Дата", "en": "Date"},
    "data.col_kind": {"ky": "Түрү", "ru": "Вид", "en": "Kind"},
    "data.col_url": {"ky": "Шилтеме", "ru": "Ссылка", "en": "URL"},
    "data.col_document": {"ky": "Документ", "ru": "Документ", "en": "Document"},
}
