"""The words a download says about its values, in Kyrgyz, Russian and English (analysis/ has no
access to the app's strings: the CLI and the API write files without Streamlit). Column names
stay in English in every language, so a script reads any file the same way."""
from __future__ import annotations

PRODUCT = {"en": "Kyrgyz Social Indicators Dashboard", "ru": "Панель социальных показателей Кыргызской Республики",
           "ky": "Кыргыз Республикасынын социалдык көрсөткүчтөр панели"}

# The citation: its head names the dashboard, the day and the release; then the sources; the file's own
# citation ends with where each value's source is.
CITATION_LABEL = {"en": "Citation", "ru": "Ссылка для цитирования", "ky": "Цитата үчүн шилтеме"}
CITATION_HEAD = {"en": "{product}, data extract of {date}{release}.",
                 "ru": "{product}, выгрузка данных от {date}{release}.",
                 "ky": "{product}, {date} күнкү маалымат үзүндүсү{release}."}
CITATION_SOURCES = {"en": "Sources: {sources}.", "ru": "Источники: {sources}.", "ky": "Булактар: {sources}."}
CITATION_SOURCE = {"en": "Source: {sources}.", "ru": "Источник: {sources}.", "ky": "Булак: {sources}."}
CITATION_TAIL = {
    "en": "Each value's own source and exact place in it are in the columns source_id and locator.",
    "ru": "Источник каждого значения и точное место в нём указаны в столбцах source_id и locator.",
    "ky": "Ар бир маанинин булагы жана андагы так орду source_id жана locator мамычаларында көрсөтүлгөн.",
}
RELEASE_NOTE = {"en": " (release {id}, data as of {as_of})", "ru": " (выпуск {id}, данные по состоянию на {as_of})",
                "ky": " ({id} чыгарылышы, маалыматтардын абалы: {as_of})"}
RELEASE_LABELS = {"en": ("Data release", "Data as of"), "ru": ("Выпуск данных", "Данные по состоянию на"),
                  "ky": ("Маалымат чыгарылышы", "Маалыматтардын абалы")}

# The labels of the Excel file's metadata sheet.
LABELS = {
    "en": {"made_on": "Extract made on", "filter": "Filter (the selection that made this file)",
           "precision": "Precision of the values", "rows": "Number of values", "sheets": "Sheets",
           "indicators": "Indicators"},
    "ru": {"made_on": "Дата выгрузки", "filter": "Фильтр (выбор, по которому сделан файл)",
           "precision": "Точность значений", "rows": "Число значений", "sheets": "Листы",
           "indicators": "Показатели"},
    "ky": {"made_on": "Үзүндү алынган күн", "filter": "Чыпка (бул файл түзүлгөн тандоо)",
           "precision": "Маанилердин тактыгы", "rows": "Маанилердин саны", "sheets": "Барактар",
           "indicators": "Көрсөткүчтөр"},
}
SHEETS = {
    "en": "data: the values, one per row, each with its source; sources: every source in full; flags: what each "
          "flag means; metadata: this sheet.",
    "ru": "data — значения, по одному в строке, каждое со своим источником; sources — все источники полностью; "
          "flags — что означает каждая отметка; metadata — этот лист.",
    "ky": "data — маанилер, ар бир сапта бирден, ар бири өз булагы менен; sources — бардык булактар толук; "
          "flags — ар бир белги эмнени билдирет; metadata — ушул барак.",
}
COMPUTED_SHEET = {"en": " computed: values the chart computed from these (how: in the note).",
                  "ru": " computed — значения, рассчитанные диаграммой из этих (как — в примечании).",
                  "ky": " computed — диаграмма ушул маанилерден эсептеген маанилер (кантип — эскертмеде)."}

# What the file says about precision: the values are the sources' own; rounding on screen is only display.
PRECISION = {
    "en": "Values are exactly as published in their sources, unrounded. The dashboard rounds them on screen "
          "(the column value_precision says how, for each indicator); that rounding is only a display choice.",
    "ru": "Значения приведены точно так, как опубликованы в источниках, без округления. На экране дашборд их "
          "округляет (как — указано для каждого показателя в столбце value_precision); это округление — только "
          "способ показа.",
    "ky": "Маанилер булактарда жарыялангандай, тегеректелбестен берилген. Дашборд аларды экранда тегеректеп "
          "көрсөтөт (ар бир көрсөткүч үчүн кантип экени value_precision мамычасында); бул тегеректөө көрсөтүү "
          "үчүн гана.",
}
# One row's value_precision: "as in the source" and how the screen rounds it (indicators.csv: decimals).
VALUE_PRECISION = {
    "en": "as in the source, unrounded; shown on screen rounded to {places} (display only)",
    "ru": "как в источнике, без округления; на экране округлено {places} (только для показа)",
    "ky": "булактагыдай, тегеректелген эмес; экранда {places} тегеректелип көрсөтүлөт (көрсөтүү үчүн гана)",
}
PLACES = {
    "en": {0: "a whole number", 1: "1 decimal place", "n": "{n} decimal places"},
    "ru": {0: "до целых", 1: "до десятых", 2: "до сотых", 3: "до тысячных", "n": "до {n} знаков после запятой"},
    "ky": {0: "бүтүн санга чейин", 1: "ондон бирге чейин", 2: "жүздөн бирге чейин", 3: "миңден бирге чейин",
           "n": "үтүрдөн кийинки {n} орунга чейин"},
}

KIND = {"en": {"primary": "primary (official)", "secondary": "secondary (news report quoting officials)"},
        "ru": {"primary": "первичный (официальный)", "secondary": "вторичный (СМИ, цитирующие официальных лиц)"},
        "ky": {"primary": "биринчи (расмий)", "secondary": "экинчи (расмий адамдардын сөзүн келтирген маалымат каражаты)"}}

# Rows a chart computed (a change, a gap, a forecast) carry this flag; flags.csv holds the data's own flags.
COMPUTED_FLAG = "computed"
COMPUTED_MEANING = {"en": "Computed by the dashboard from the values in this file (how: in the note)",
                    "ru": "Рассчитано дашбордом из значений этого файла (как — в примечании)",
                    "ky": "Дашборд ушул файлдагы маанилерден эсептеген (кантип эсептелгени эскертмеде)"}


def places(decimals: int, lang: str) -> str:
    words = PLACES[lang]
    return words[decimals] if decimals in words else words["n"].format(n=decimals)


def value_precision(decimals: int, lang: str) -> str:
    return VALUE_PRECISION[lang].format(places=places(decimals, lang))
