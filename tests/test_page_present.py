"""Presentation mode: slides built from the selection, next/previous, bad parameters."""
import json

import pytest

from analysis import slides
from tests.test_app import open_page
from ui.i18n import t


def test_slides_for_poverty_national(data):
    assert slides.slides_for(data, "poverty_rate", "KG", has_forecast=True) == [
        "headline", "trend", "map", "ranking", "breakdown", "forecast"]
    assert "region" in slides.slides_for(data, "poverty_rate", "KG-B", has_forecast=True)
    assert slides.slides_for(data, "neet_rate", "KG", has_forecast=False)[:2] == ["headline", "trend"]


def test_presentable_indicators_have_a_national_series(data):
    chosen = slides.presentable_indicators(data)
    assert "poverty_rate" in chosen and "avg_monthly_wage" in chosen
    assert "pensioners" not in chosen  # only dates and quarters: no annual national series


@pytest.mark.parametrize("lang", ["ky", "ru", "en"])
def test_every_slide_draws(lang):
    for slide in range(1, 7):
        at = open_page("present", lang, slide=str(slide))
        assert not at.exception, (slide, [e.value for e in at.exception])
        assert at.caption[0].value.endswith("6") or "6" in at.caption[0].value
        if slide == 3:                                     # the map, with the boundaries' attribution
            notes = [a for c in at.get("plotly_chart") for a in json.loads(c.proto.spec)["layout"].get("annotations", [])]
            assert any(a.get("name") == "attribution" and a["text"] == t("regions.map_attribution", lang) for a in notes)


def test_next_and_previous():
    at = open_page("present", "en", slide="2")
    at.button(key="present_next").click().run()
    assert at.caption[0].value == "Slide 3 of 6"
    at.button(key="present_previous").click().run()
    assert at.caption[0].value == "Slide 2 of 6"


def test_first_slide_cannot_go_back():
    at = open_page("present", "en")
    assert at.button(key="present_previous").disabled


def test_bad_parameters_fall_back_with_notices():
    at = open_page("present", "en", indicator="nope", region="<b>x</b>", slide="99")
    assert not at.exception
    assert len([w for w in at.warning if "parameter" in w.value]) == 3


def test_the_sidebar_offers_presentation_mode():
    at = open_page("poverty", "en")
    assert at.sidebar.button(key="present_start")
