"""The loader accepts data/ and rejects broken tables with file, line, column and rule."""
import pytest

from analysis import loader


def test_real_data_loads(data):
    assert len(data.observations) > 3000
    assert set(data.regions.index) == {"KG", "KG-B", "KG-J", "KG-Y", "KG-N", "KG-O", "KG-T", "KG-C", "KG-GB", "KG-GO"}


def _edit(path, line, column, value):
    """Set one cell of a CSV (line numbers as the loader reports them: header = 1)."""
    import csv
    rows = list(csv.reader(path.open(encoding="utf-8", newline="")))
    rows[line - 1][rows[0].index(column)] = value
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows)


def _line_of(path, predicate):
    import csv
    for number, row in enumerate(csv.DictReader(path.open(encoding="utf-8", newline="")), start=2):
        if predicate(row):
            return number
    raise AssertionError("no such row")


def test_missing_file(data_copy):
    (data_copy / "sources.csv").unlink()
    with pytest.raises(loader.DataError, match=r"data/sources.csv: the file is missing"):
        loader.load(data_copy)


def test_truncated_file(data_copy):
    path = data_copy / "observations.csv"
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: len(text) // 2].rsplit(",", 3)[0] + "\n", encoding="utf-8")
    with pytest.raises(loader.DataError, match=r"data/observations.csv, line \d+: \d+ fields where the header has 17"):
        loader.load(data_copy)


def test_wrong_type(data_copy):
    _edit(data_copy / "observations.csv", 2, "value", "twelve")
    with pytest.raises(loader.DataError, match=r"observations.csv, line 2, column 'value': 'twelve' is not a number"):
        loader.load(data_copy)


def test_percent_out_of_range(data_copy):
    path = data_copy / "observations.csv"
    line = _line_of(path, lambda r: r["unit"] == "percent" and r["value"])
    _edit(path, line, "value", "120")
    with pytest.raises(loader.DataError, match=rf"line {line}, column 'value': 120.0 is outside 0-100"):
        loader.load(data_copy)


def test_negative_count(data_copy):
    path = data_copy / "observations.csv"
    line = _line_of(path, lambda r: r["unit"] == "persons" and r["value"])
    _edit(path, line, "value", "-5")
    with pytest.raises(loader.DataError, match=rf"line {line}, column 'value': -5.0 is negative"):
        loader.load(data_copy)


def test_unknown_source(data_copy):
    _edit(data_copy / "observations.csv", 3, "source_id", "nowhere")
    with pytest.raises(loader.DataError, match=r"line 3, column 'source_id': 'nowhere' is not a known source"):
        loader.load(data_copy)


def test_missing_locator(data_copy):
    _edit(data_copy / "observations.csv", 4, "locator", "")
    with pytest.raises(loader.DataError, match=r"line 4, column 'locator': must not be empty"):
        loader.load(data_copy)


@pytest.mark.parametrize("column", ["title_ky", "title_ru", "publisher_ky", "publisher_ru"])
def test_source_needs_title_and_publisher_in_every_language(data_copy, column):
    path = data_copy / "sources.csv"
    line = _line_of(path, lambda r: r["source_id"] == "ref_24kg_353452")
    _edit(path, line, column, " ")
    with pytest.raises(loader.DataError, match=rf"data/sources.csv, line {line}, column '{column}': must not be empty"):
        loader.load(data_copy)


def test_sources_have_title_and_publisher_in_every_language(data):
    from analysis.schema import LANGUAGES, source_columns
    for lang in LANGUAGES:
        for column in source_columns(lang):
            assert (data.sources[column].str.strip() != "").all(), column
    assert source_columns("en") == ("title", "publisher")
    assert data.sources.loc["ref_24kg_353452", "title_ru"] == "В Кыргызстане растёт число людей с инвалидностью"
    with pytest.raises(ValueError, match="unknown language"):
        source_columns("de")


def test_unknown_region_code(data_copy):
    _edit(data_copy / "observations.csv", 2, "region", "KG-X")
    with pytest.raises(loader.DataError, match=r"line 2, column 'region': 'KG-X' is not a known region"):
        loader.load(data_copy)


def test_bad_period(data_copy):
    _edit(data_copy / "observations.csv", 2, "period", "spring 2019")
    with pytest.raises(loader.DataError, match=r"line 2, column 'period': 'spring 2019' is not a period notation"):
        loader.load(data_copy)


def test_period_and_year_disagree(data_copy):
    path = data_copy / "observations.csv"
    _edit(path, 2, "year", "1999")
    with pytest.raises(loader.DataError, match=r"line 2, column 'year': 1999 is not the year the period"):
        loader.load(data_copy)


def test_duplicate_key(data_copy):
    path = data_copy / "observations.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(lines[:3] + [lines[2]] + lines[3:]), encoding="utf-8")
    with pytest.raises(loader.DataError, match=r"observations.csv, line 4, column '.*': duplicate key"):
        loader.load(data_copy)


def test_missing_value_needs_a_reason(data_copy):
    path = data_copy / "observations.csv"
    line = _line_of(path, lambda r: r["value"] and not r["flags"])
    _edit(path, line, "value", "")
    with pytest.raises(loader.DataError, match=rf"line {line}, column 'value': a missing value needs a flag"):
        loader.load(data_copy)


def test_indicator_unit_must_be_known(data_copy):
    _edit(data_copy / "indicators.csv", 2, "unit", "furlongs")
    with pytest.raises(loader.DataError, match=r"indicators.csv, line 2, column 'unit': 'furlongs' is not a known unit"):
        loader.load(data_copy)


def test_wrong_header(data_copy):
    path = data_copy / "regions.csv"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("iso_code", "code", 1), encoding="utf-8")
    with pytest.raises(loader.DataError, match=r"regions.csv, line 1: the header must be exactly"):
        loader.load(data_copy)


def test_not_utf8(data_copy):
    (data_copy / "units.csv").write_bytes("unit,name_ky\n\xff\xfe".encode("latin-1"))
    with pytest.raises(loader.DataError, match=r"units.csv: not UTF-8"):
        loader.load(data_copy)


def test_document_tables_load(data):
    measures = loader.load_document_table("social_fund_measures.csv")
    assert set(measures["status"]) <= {"done", "in_progress", ""}
    directions = loader.load_document_table("program_directions.csv")
    assert {"goal", "direction", "expected_result"} <= set(directions["kind"])


def test_a_derived_value_needs_its_formula_in_the_note(data_copy):
    path = data_copy / "observations.csv"
    line = _line_of(path, lambda r: "derived" in r["flags"].split(";"))
    _edit(path, line, "note", "")
    with pytest.raises(loader.DataError, match=rf"observations.csv, line {line}, column 'note': a derived value needs"):
        loader.load(data_copy)


def test_new_flags_have_names_in_every_language(data):
    for flag in ("derived", "revised", "implausible", "mislabelled_in_source", "code_corrected"):
        names = data.flags.loc[flag, ["name_ky", "name_ru", "name_en"]]
        assert names.str.len().gt(0).all(), flag
