"""Presentation mode: slides built from the topic of the page it starts from, next/previous and
their keys, bad parameters, figures for a projector, the PDF handout."""
import io
import json
import socket

import pytest

from analysis import charts, slides
from tests.test_app import open_page
from ui import presentation
from ui.i18n import t


def test_slides_for_poverty_national(data):
    assert slides.slides_for(data, "poverty_rate", "KG", has_forecast=True) == [
        "headline", "trend", "map", "ranking", "breakdown", "forecast"]
    assert "region" in slides.slides_for(data, "poverty_rate", "KG-B", has_forecast=True)
    assert slides.slides_for(data, "neet_rate", "KG", has_forecast=False)[:2] == ["headline", "trend"]


def test_presentable_indicators_have_a_national_series(data):
    chosen = slides.presentable_indicators(data)
    assert "poverty_rate" in chosen and "avg_monthly_wage" in chosen
    assert "poverty_line" not in chosen              # only quarters: no annual national series


# --- the topic of the page presenting starts from ---------------------------------------------------

@pytest.mark.parametrize("page, params, topic", [
    ("overview", {}, slides.Topic("poverty_rate")),
    ("poverty", {"indicator": "extreme_poverty_rate", "by": "area", "regions": "KG-N"},
     slides.Topic("extreme_poverty_rate", "KG-N", "area")),
    ("poverty", {"regions": "KG-N,KG-B"}, slides.Topic("poverty_rate")),          # several regions: the country
    ("wages", {}, slides.Topic("avg_monthly_wage")),
    ("wages", {"section": "by_sex"}, slides.Topic("avg_monthly_wage", by="sex")),
    ("wages", {"section": "minimums"}, slides.Topic("minimum_wage")),
    ("disability", {"section": "new_cases"}, slides.Topic("disabled_persons")),   # no annual national series
    ("pensions", {"section": "below", "below": "pensioners_below_subsistence_share_population"},
     slides.Topic("pensioners_below_subsistence_share_population")),
    ("labour", {"section": "injuries", "injury": "fatal_occupational_injury_rate"},
     slides.Topic("fatal_occupational_injury_rate", by="sex")),
    ("labour", {"section": "sex_age", "by": "age_group"}, slides.Topic("unemployment_rate", by="age_group")),
    ("regions", {}, slides.Topic("poverty_rate", "KG-B")),                        # its profile opens on Batken
    ("regions", {"indicator": "unemployment_rate", "region": "KG-C"}, slides.Topic("unemployment_rate", "KG-C")),
    ("forecasts", {"indicator": "unemployment_rate", "region": "KG-C", "series": "sex=female"},
     slides.Topic("unemployment_rate", "KG-C", "sex")),
    ("data", {"indicators": "neet_rate,poverty_rate", "regions": "KG-T"}, slides.Topic("neet_rate", "KG-T")),
    ("methodology", {"section": "flags"}, slides.Topic("poverty_rate")),
    ("nowhere", {"indicator": "<script>"}, slides.Topic("poverty_rate")),
])
def test_the_topic_of_each_page(data, page, params, topic):
    assert slides.topic_of(data, page, params) == topic


@pytest.mark.parametrize("page, section, key", [
    ("poverty", None, "poverty_indicator"), ("regions", None, "regions_indicator"),
    ("forecasts", None, "forecasts_indicator"), ("pensions", "below", "pensions_below"),
    ("labour", "injuries", "labour_injury"),
])
def test_the_pages_defaults_are_what_the_slides_assume(page, section, key):
    """analysis.slides.SHOWN holds each page's defaults: the pages' own widgets open on them."""
    at = open_page(page, "en", **({"section": section} if section else {}))
    assert at.selectbox(key=key).value == slides.SHOWN[page, section][0]


def test_the_origin_travels_as_one_plain_parameter():
    assert presentation.entry("wages", {"lang": "ru", "section": "by_sex", "present": "1"}) == {
        "present": "1", "from": "wages?section=by_sex", "lang": "ru"}
    assert presentation.entry("", {}) == {"present": "1", "from": "overview"}
    assert slides.parse_origin("wages?section=by_sex&sex=female") == ("wages", {"section": "by_sex", "sex": "female"})
    assert slides.parse_origin(None) == ("overview", {}) and slides.parse_origin("regions") == ("regions", {})
    for bad in ("<script>", "present", "wages?" + "a" * 3000, "wages?lang=ky", "wages?present=1", "wages?Section=x",
                "wages?x=" + "9" * 600, "wages?" + "&".join(["a=1"] * 40), "wages?a=1&&=2"):
        assert slides.parse_origin(bad) is None, bad


# --- the page ----------------------------------------------------------------------------------------

def counter(at) -> str:
    (text,) = [m.value for m in at.markdown if m.value.startswith(("Slide", "Слайд"))]
    return text


def shown_title(at) -> str:
    """The title of the slide shown: slide n is in slot n % 2, the next slide in the other slot."""
    number = int(counter(at).split()[1])
    return (at.title[-1] if number % 2 else at.title[0]).value


@pytest.mark.parametrize("lang", ["ky", "ru", "en"])
def test_every_slide_draws(lang):
    for slide in range(1, 7):
        at = open_page("present", lang, slide=str(slide))
        assert not at.exception, (slide, [e.value for e in at.exception])
        assert counter(at) == t("present.counter", lang, slide=slide, total=6)
        # this slide's chart (the headline's trend line too) and the next slide's, drawn hidden
        assert at.title and len(at.get("plotly_chart")) == (1 if slide == 6 else 2)
        assert any(c.value.startswith(t("chart.source", lang)) for c in at.caption), "a source under every slide"
        if slide == 3:                                     # the map, with the boundaries' attribution
            (spec,) = [s for s in (json.loads(c.proto.spec) for c in at.get("plotly_chart")) if "map" in s["layout"]]
            notes = {a.get("name"): a["text"] for a in spec["layout"]["annotations"]}
            assert notes["attribution"] == notes["attribution-narrow"].replace("<br>", " ") == t("regions.map_attribution", lang)
            assert spec["layout"]["height"] == 10 and "width" not in spec["layout"]   # fitted by the page
        if slide == 6:
            assert any(t("present.forecast_note", lang) in m.value for m in at.markdown)
        assert all(c.proto.alt.strip() for c in at.get("plotly_chart")), "text for screen readers on every slide"
        assert len(at.get("popover")) == 1, "the topic's popover only: a slide's chart has no panels"


def test_next_and_previous():
    at = open_page("present", "en", slide="2")
    at.button(key="present_next").click().run()
    assert counter(at) == "Slide 3 of 6"
    at.button(key="present_next_page").click().run()
    assert counter(at) == "Slide 4 of 6"
    at.button(key="present_next_space").click().run()
    assert counter(at) == "Slide 5 of 6"
    at.button(key="present_previous").click().run()
    assert counter(at) == "Slide 4 of 6"
    at.button(key="present_previous_page").click().run()
    assert counter(at) == "Slide 3 of 6"


def test_a_clicker_and_the_keyboard_press_the_buttons():
    at = open_page("present", "en", slide="2")
    shortcuts = {b.key: b.proto.shortcut for b in at.button if b.key and b.key.startswith("present_") and b.proto.shortcut}
    assert shortcuts == {"present_previous": "left", "present_next": "right", "present_next_page": "pagedown",
                         "present_next_space": "space", "present_previous_page": "pageup", "present_exit": "escape"}


def test_first_slide_cannot_go_back_and_last_cannot_go_on():
    at = open_page("present", "en")
    assert at.button(key="present_previous").disabled and at.button(key="present_previous_page").disabled
    at = open_page("present", "en", slide="6")
    assert at.button(key="present_next").disabled and at.button(key="present_next_space").disabled


def test_the_topic_comes_from_the_page_and_can_be_changed():
    at = open_page("present", "en", **{"from": "wages?section=by_sex"})
    assert shown_title(at) == "Average monthly wage"
    assert at.selectbox(key="present_by").value == "sex"
    at = open_page("present", "en", slide="3")                    # the map ...
    at.selectbox(key="present_indicator").set_value("unemployment_rate").run()
    assert not at.exception
    assert at.query_params["indicator"] == "unemployment_rate"
    assert shown_title(at).startswith("Unemployment rate by region") and counter(at).startswith("Slide 3 ")
    at.selectbox(key="present_region").set_value("KG-C").run()
    titles = [shown_title(at)]
    while not at.button(key="present_next").disabled:
        at.button(key="present_next").click().run()
        titles.append(shown_title(at))
    assert titles[0].startswith("Unemployment rate by region") and "Unemployment rate: Chui oblast" in titles


def test_starting_from_a_page_carries_its_view():
    at = open_page("wages", "en", section="by_sex")
    at.sidebar.button(key="present_start").click().run()
    assert not at.exception
    assert dict(at.query_params) == {"present": "1", "from": "wages?section=by_sex", "lang": "en"}
    assert shown_title(at) == "Average monthly wage"


def test_bad_parameters_fall_back_with_notices():
    at = open_page("present", "en", indicator="nope", region="<b>x</b>", slide="99")
    assert not at.exception
    assert len([w for w in at.warning if "parameter" in w.value]) == 3
    at = open_page("present", "en", **{"from": "<script>?" + "a" * 5000})
    assert not at.exception and shown_title(at) == "Poverty rate"
    assert len([w for w in at.warning if "parameter" in w.value]) == 1


def test_the_sidebar_offers_presentation_mode():
    at = open_page("poverty", "en")
    assert at.sidebar.button(key="present_start")


# --- figures for a projector ---------------------------------------------------------------------------

def test_charts_are_made_for_a_room(data):
    from app_pages.present import content as present
    for kind in ("trend", "ranking", "region", "breakdown", "forecast"):
        fig = present.slide(data, "en", "poverty_rate", "KG-B", None, kind)["figure"]
        layout = fig.layout
        assert not (layout.title and layout.title.text), kind                 # the slide has the title
        assert not [a for a in layout.annotations if a.yref == "paper" and a.y == 0 and (a.yshift or 0) < 0], kind
        if kind != "ranking":
            assert layout.xaxis.tickfont.size >= 20 and layout.yaxis.tickfont.size >= 20, kind
            assert charts.contrast(layout.xaxis.tickfont.color) >= 4.5
            assert layout.legend.font.size >= 20
        else:
            assert all(a.font.size >= 20 and charts.contrast(a.font.color) >= 4.5 for a in layout.annotations)
            assert fig.data[0].textfont is None or True
        for note in layout.annotations:
            assert charts.contrast(note.font.color) >= 4.5, (kind, note.text)
    for colour in (slides.INK, charts.BREAK_TEXT, slides.AXIS_LINE):
        assert charts.contrast(colour) >= 4.5


@pytest.mark.parametrize("lang", ["ky", "ru", "en"])
def test_every_slide_chart_is_its_figure_with_its_observations_and_words(data, lang):
    from analysis import chart_view
    from app_pages.present import content as present
    for kind in slides.SLIDES:
        made = present.slide(data, lang, "poverty_rate", "KG-B", "area", kind)
        chart = made["chart"]
        assert chart.figure is made["figure"] and chart.title == made["title"] and chart.alt.strip(), kind
        rows = chart_view.observations(data, chart)
        assert len(rows) and set(rows["indicator_id"]) == {"poverty_rate"}, kind
        if kind in ("map", "ranking"):
            assert len(rows) == 9 and rows["period"].nunique() == 1 and (rows["region"] != "KG").all(), kind
        if kind == "forecast":
            assert len(chart.computed) == 3 and (rows["region"] == "KG-B").all()
            assert chart.computed.iloc[-1, 2][:4] in chart.alt             # the last forecast year
        assert chart_view.ALT[lang]["table"] not in chart.alt, "a slide has no table view to point to"


def test_the_map_fits_its_slide_at_any_size(data):
    from analysis import maps
    from app_pages.present import content as present
    fig = present.slide(data, "ru", "poverty_rate", "KG", None, "map")["figure"]
    assert fig.layout.width is None and fig.layout.height == maps.RESPONSIVE_FIRST_HEIGHT
    labels = {a.name: a for a in fig.layout.annotations if a.name}
    assert labels["KG-B"].font.size == present.MAP_LABEL_PX and not labels["KG-B"].xshift
    assert 0 < labels["KG-B"].x < 0.5 and "<b>48,1</b>" in labels["KG-B"].text      # in the plot's own shares
    assert labels["compact-KG-B"].text == "<b>48,1</b>"
    assert fig.layout.map.zoom < maps.fit_view(maps._country_bounds(maps._default_regions()), *present.MAP_SIZE,
                                               {**maps.RESPONSIVE_MARGIN, **present.MAP_MARGIN})[2]


# --- the handout ---------------------------------------------------------------------------------------

@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the handout tried to open a network connection")
    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.mark.parametrize("lang, words", [
    ("ky", ["Жакырчылыктын деңгээли", "Булак:", "Баткен облусу", "-бет"]),
    ("ru", ["Уровень бедности", "Источник:", "Баткенская область", "Стр."]),
    ("en", ["Poverty rate", "Source:", "Batken oblast", "Page 1 of 7"]),
])
def test_the_handout_has_every_slide_in_the_language(data, lang, words, no_network):
    from pypdf import PdfReader

    from ui import handout
    from app_pages.present import content as present
    deck = present.deck(data, lang, "poverty_rate", "KG-B", None)
    document = PdfReader(io.BytesIO(handout.pdf(data, lang, "poverty_rate", "KG-B", None)))
    assert len(document.pages) == len(deck) == 7
    text = [page.extract_text() for page in document.pages]
    for slide, page_text in zip(deck, text):
        assert slide["title"].split(" — ")[0] in page_text
        assert slide["source"][:40] in page_text.replace("\n", " ")
    everything = "\n".join(text)
    for word in words:
        assert word in everything, word
    if lang != "en":
        assert "Source:" not in everything and "Poverty" not in everything
    assert t("present.forecast_note", lang) in text[-1].replace("\n", " ")
