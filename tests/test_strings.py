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
