"""Every string the dashboard shows exists in Kyrgyz, Russian and English."""
import string

from analysis.schema import LANGUAGES
from ui.strings import STRINGS


def test_every_key_has_all_three_languages():
    for key, texts in STRINGS.items():
        assert set(texts) == set(LANGUAGES), key
        assert all(texts[lang].strip() for lang in LANGUAGES), key


def test_placeholders_agree_across_languages():
    for key, texts in STRINGS.items():
        fields = {lang: {f for _, f, _, _ in string.Formatter().parse(texts[lang]) if f} for lang in LANGUAGES}
        assert fields["ky"] == fields["ru"] == fields["en"], key


def test_catalogue_names_exist_in_all_languages(data):
    for table in (data.indicators, data.regions, data.units, data.codes, data.flags):
        for lang in LANGUAGES:
            assert (table[f"name_{lang}"].str.strip() != "").all()


def test_source_line_in_each_language(data):
    from ui import labels
    ids = ["ref_24kg_353452", "nsc_sdg_sdmx"]
    assert labels.source_line(data, ids, "ru") == (
        "Источник: Национальный статистический комитет Кыргызской Республики, Данные национальной отчётности по ЦУР, "
        "файлы SDMX-ML 2.1; 24.kg, В Кыргызстане растёт число людей с инвалидностью")
    assert labels.source_line(data, ids, "ky") == (
        "Булак: Кыргыз Республикасынын Улуттук статистика комитети, ТӨМ боюнча улуттук отчеттуулуктун "
        "маалыматтары, SDMX-ML 2.1 файлдары; 24.kg, Кыргызстанда майыптуулугу бар адамдардын саны өсүүдө")
    assert labels.source_line(data, ids, "en") == (
        "Source: National Statistical Committee of the Kyrgyz Republic, SDG national reporting data, SDMX-ML 2.1 "
        "files; 24.kg, Number of people with disabilities is growing in Kyrgyzstan")
    assert labels.publisher(data, "ref_24kg_64940", "ru") == "24.kg (англоязычная версия)"
