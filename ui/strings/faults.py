"""Messages for a broken data file that only some pages need (the rest of the app keeps working)."""

STRINGS = {
    "faults.forecasts": {
        "ky": "Сакталган болжолдорду окууга болбойт, ошондуктан бул барак аларды көрсөтө албайт; башка барактар "
              "иштей берет. Файлды оңдоңуз же болжолдорду python scripts/build_forecasts.py менен кайра түзүп, "
              "баракты жаңыртыңыз.",
        "ru": "Сохранённые прогнозы не удалось прочитать, поэтому эта страница не может их показать; остальные "
              "страницы работают. Исправьте файл или пересоздайте прогнозы командой "
              "python scripts/build_forecasts.py и обновите страницу.",
        "en": "The stored forecasts could not be read, so this page cannot show them; the other pages still work. "
              "Fix the file or rebuild the forecasts with python scripts/build_forecasts.py, then reload the page.",
    },
    "faults.forecast_slide": {
        "ky": "Сакталган болжолдорду окууга болбойт, ошондуктан болжол слайды көрсөтүлбөйт; башка слайддар "
              "иштей берет. Файлды оңдоңуз же болжолдорду python scripts/build_forecasts.py менен кайра түзүңүз.",
        "ru": "Сохранённые прогнозы не удалось прочитать, поэтому слайд с прогнозом не показан; остальные слайды "
              "работают. Исправьте файл или пересоздайте прогнозы командой python scripts/build_forecasts.py.",
        "en": "The stored forecasts could not be read, so the forecast slide is left out; the other slides still "
              "work. Fix the file or rebuild the forecasts with python scripts/build_forecasts.py.",
    },
}
