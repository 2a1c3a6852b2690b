"""Strings of presentation mode and its handout."""

STRINGS: dict[str, dict[str, str]] = {
    "present.start": {"ky": "Презентация режими", "ru": "Режим презентации", "en": "Presentation mode"},
    "present.previous": {"ky": "Мурунку слайд (← же PageUp)", "ru": "Предыдущий слайд (← или PageUp)",
                         "en": "Previous slide (← or PageUp)"},
    "present.next": {"ky": "Кийинки слайд (→, PageDown же боштук)", "ru": "Следующий слайд (→, PageDown или пробел)",
                     "en": "Next slide (→, PageDown or Space)"},
    # Short: it stays whole beside the other buttons on a 1024 px projector; the help says it in full.
    "present.exit": {"ky": "Чыгуу", "ru": "Выйти", "en": "Exit"},
    "present.exit_help": {"ky": "Презентациядан чыгып, мурунку баракка кайтуу (Esc)",
                          "ru": "Выйти из презентации и вернуться на прежнюю страницу (Esc)",
                          "en": "Leave the presentation and go back to the page you came from (Esc)"},
    "present.counter": {"ky": "Слайд {slide} / {total}", "ru": "Слайд {slide} из {total}", "en": "Slide {slide} of {total}"},
    "present.topic": {"ky": "Көрсөткүч жана аймак", "ru": "Показатель и регион", "en": "Indicator and region"},
    "present.indicator": {"ky": "Көрсөткүч", "ru": "Показатель", "en": "Indicator"},
    "present.region": {"ky": "Аймак", "ru": "Регион", "en": "Region"},
    "present.breakdown": {"ky": "Бөлүштүрүү", "ru": "Разбивка", "en": "Breakdown"},
    "present.handout": {"ky": "Таркатма материал (PDF)", "ru": "Раздаточный материал (PDF)", "en": "Handout (PDF)"},
    "present.handout_help": {
        "ky": "Бардык слайддар бир PDF файлда, булактары менен: катышуучуларга таратуу үчүн",
        "ru": "Все слайды одним PDF-файлом, с источниками: чтобы раздать участникам",
        "en": "Every slide in one PDF file, with its sources, to hand out to the participants",
    },
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
    "present.ranking_title": {"ky": "{name}: аймактар, {period}", "ru": "{name}: регионы, {period}",
                              "en": "{name}: regions, {period}"},
    "present.map_title": {"ky": "{name}: аймактар боюнча, {period}", "ru": "{name} по регионам, {period}",
                          "en": "{name} by region, {period}"},
    # The handout (PDF): its first page and the line at the foot of every page.
    "present.handout_title": {"ky": "{name}: слайддар", "ru": "{name}: слайды", "en": "{name}: slides"},
    "present.handout_made": {
        "ky": "Кыргыз Республикасынын социалдык көрсөткүчтөрүнүн панели, {date}",
        "ru": "Панель социальных показателей Кыргызской Республики, {date}",
        "en": "Kyrgyz Republic social indicators dashboard, {date}",
    },
    "present.handout_page": {"ky": "{page} / {pages}-бет", "ru": "Стр. {page} из {pages}", "en": "Page {page} of {pages}"},

}
