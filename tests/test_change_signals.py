"""A change's arrow and colour come from its number, on the Overview cards and on the slides alike.

The expected arrow and colour are worked out here from the change itself (its sign, the
indicator's better direction, money being nominal), not from any text the page writes.
"""
import math

import pytest
from streamlit.proto.Metric_pb2 import Metric as MetricProto

from analysis import overview_view as view
from analysis import signals, slides, trends
from tests.test_app import open_page

UP, DOWN, NONE = MetricProto.MetricDirection.UP, MetricProto.MetricDirection.DOWN, MetricProto.MetricDirection.NONE
GREEN, RED, GRAY = MetricProto.MetricColor.GREEN, MetricProto.MetricColor.RED, MetricProto.MetricColor.GRAY


def expected(card: view.Headline) -> tuple[int, int]:
    """(direction, colour) a reader must see for the card's change since 2018."""
    if card.base_status != "ok":
        return NONE, GRAY
    change = card.since_base.change
    if card.measure == "rate":
        amount, digits = change.percentage_points, card.decimals
    elif card.measure == "level":
        amount, digits = change.percent, 1
    else:
        amount, digits = change.absolute, card.decimals
    if round(abs(amount), digits) == 0:
        return NONE, GRAY
    direction = UP if amount > 0 else DOWN
    if card.unit in trends.MONEY_UNITS or card.higher_is_better not in ("true", "false"):
        return direction, GRAY                     # nominal money, or no better direction
    better = (amount > 0) == (card.higher_is_better == "true")
    return direction, GREEN if better else RED


def test_the_headline_changes_cover_falls_and_rises(data):
    """The check below means something only if some headline fell and some rose."""
    directions = {expected(view.headline(data, i))[0] for i in view.HEADLINES}
    assert {UP, DOWN} <= directions


@pytest.mark.parametrize("lang", ["ky", "ru", "en"])
def test_overview_cards_and_slides_agree_with_the_number(data, lang):
    cards = open_page("overview", lang).metric
    assert len(cards) == len(view.HEADLINES)
    presentable = set(slides.presentable_indicators(data))
    for indicator, card_metric in zip(view.HEADLINES, cards):
        want = expected(view.headline(data, indicator))
        assert (card_metric.proto.direction, card_metric.proto.color) == want, (indicator, "card", card_metric.proto.delta)
        if indicator not in presentable:
            continue
        slide = open_page("present", lang, indicator=indicator, slide="1")
        assert not slide.exception
        (slide_metric,) = slide.metric
        assert (slide_metric.proto.direction, slide_metric.proto.color) == want, (indicator, "slide", slide_metric.proto.delta)
        assert slide_metric.proto.delta.startswith(card_metric.proto.delta), (indicator, lang)


def test_judge_from_the_number():
    assert signals.judge(-2.5, 1, "false", "percent") == signals.Signal("down", "green", "better")
    assert signals.judge(2.5, 1, "false", "percent") == signals.Signal("up", "red", "worse")
    assert signals.judge(-2.5, 1, "true", "percent") == signals.Signal("down", "red", "worse")
    assert signals.judge(19.3, 1, "true", "som_per_month") == signals.Signal("up", "gray", "nominal")
    assert signals.judge(1.0, 1, "", "percent") == signals.Signal("up", "gray", "neutral")
    assert signals.judge(0.04, 1, "false", "percent") == signals.Signal("off", "gray", "unchanged")
    assert signals.judge(math.nan, 1, "false", "percent").verdict == "unchanged"
