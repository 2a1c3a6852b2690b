"""Strings of the line charts every page shares (ui.figures.lines)."""

STRINGS: dict[str, dict[str, str]] = {
    "lines.highlight": {"ky": "Бөлүп көрсөтүү", "ru": "Выделить", "en": "Highlight"},
    "lines.highlight_none": {"ky": "Бөлүп көрсөтпөө", "ru": "Не выделять", "en": "None"},
    "lines.since": {"ky": "Базалык жылдан бери өзгөрүүнү көрсөтүү", "ru": "Показать изменение с базового года",
                      "en": "Show change since a base year"},
    "lines.since_year": {"ky": "Базалык жыл", "ru": "Базовый год", "en": "Base year"},
    "lines.change_title": {
        "ky": "{name}: аймактар {base}-жылдан {year}-жылга чейинки өзгөрүү боюнча",
        "ru": "{name}: регионы по изменению с {base} по {year} г.",
        "en": "{name}: regions by change from {base} to {year}",
    },
    "lines.since_note": {"ky": "{year}-жылдан берки өзгөрүү (эсептелген)", "ru": "изменение с {year} г. (расчёт)",
                         "en": "change since {year} (calculated)"},
    "lines.since_title.rate": {
        "ky": "{title}: {year}-жылдан бери өзгөрүү, пайыздык пункт менен",
        "ru": "{title}: изменение с {year} г., в процентных пунктах",
        "en": "{title}: change since {year}, percentage points",
    },
    "lines.since_title.level": {
        "ky": "{title}: {year}-жылдан бери өзгөрүү, пайыз менен",
        "ru": "{title}: изменение с {year} г., в процентах",
        "en": "{title}: change since {year}, percent",
    },
    "lines.since_title.other": {
        "ky": "{title}: {year}-жылдан бери өзгөрүү ({unit})",
        "ru": "{title}: изменение с {year} г. ({unit})",
        "en": "{title}: change since {year} ({unit})",
    },
}
