"""Strings of presentation mode."""

STRINGS: dict[str, dict[str, str]] = {
    "present.start": {"ky": "Презентация режими", "ru": "Режим презентации", "en": "Presentation mode"},
    "present.previous": {"ky": "Мурунку слайд", "ru": "Предыдущий слайд", "en": "Previous slide"},
    "present.next": {"ky": "Кийинки слайд", "ru": "Следующий слайд", "en": "Next slide"},
    "present.exit": {"ky": "Презентациядан чыгуу", "ru": "Выйти из презентации", "en": "Exit presentation"},
    "present.counter": {"ky": "Слайд {slide} / {total}", "ru": "Слайд {slide} из {total}", "en": "Slide {slide} of {total}"},
    "present.flagged_change": {
        "ky": "Эскертүү: бул өзгөрүү салыштырууда үзгүлтүк болушу мүмкүн болгон жылды же маалыматы жок жылдарды камтыйт.",
        "ru": "Внимание: это изменение охватывает возможный разрыв сопоставимости или годы без данных.",
        "en": "Note: this change spans a possible break in comparability or years without data.",
    },
    "present.forecast_note": {
        "ky": "Болжолдуу уландысы, расмий болжол эмес: 80% жана 95% аралыктары менен.",
        "ru": "Иллюстративное продолжение, не официальный прогноз: с интервалами 80% и 95%.",
        "en": "An illustrative projection, not an official forecast, with 80% and 95% intervals.",
    },
}
