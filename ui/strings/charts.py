"""Strings of the line charts every page shares (ui.figures.lines)."""

STRINGS: dict[str, dict[str, str]] = {
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
