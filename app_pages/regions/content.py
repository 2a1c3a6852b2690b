"""Regions: a map of any regional indicator in a chosen year, and one region's profile."""
from __future__ import annotations

from analysis import periods
from analysis import regions_view as view
from analysis.schema import period_kind
from ui import format as fmt
from ui import labels
from ui.cache import kept
from ui.i18n import t
from ui.tables import Sortable

indicators = kept(view.regional_indicators)
map_data = kept(view.map_data)


def words(lang):
    """The page's say(key, **values) and number(value, decimals) in a language."""
    return (lambda key, **values: t(key, lang, **values)), (lambda value, decimals: fmt.number(value, decimals, lang))


@kept
def map_years(data, indicator: str) -> tuple:
    """The years the indicator can be mapped in."""
    return tuple(view.map_periods(data, indicator))


@kept
def map_title(data, lang, indicator: str, year: int):
    """(the notices above the map, its title)."""
    say, number = words(lang)
    shown = map_data(data, indicator, year)
    period = periods.label(shown.period, lang)
    notices = []
    if indicator == view.SHARE_OF_NATION:
        notices.append(say("regions.share_note", period=period, total=number(shown.values.sum(min_count=1), 1)))
        title = say("regions.share_title", period=period)
    else:
        title = say("regions.map_title", name=labels.indicator(data, indicator, lang), period=period)
    if period_kind(shown.period) != "year":
        notices.append(say("regions.period_note", period=period))
    return notices, title


@kept
def map_notes(data, lang, indicator: str, year: int):
    """(the source line under the map, the note on colours and flags)."""
    say, _ = words(lang)
    shown = map_data(data, indicator, year)
    flag_names = labels.flag_names(data, lang)
    notes = [say("regions.flagged", flag=flag_names.get(flag, flag),
                 regions=say("regions.every_unit") if codes == ["*"]
                 else ", ".join(labels.region(data, c, lang) for c in codes))
             for flag, codes in view.flag_groups(shown).items()]
    return labels.source_line(data, shown.source_ids, lang), "  \n".join([say("regions.colours"), *notes])


@kept
def profile_table(data, lang, region: str):
    """(the profile table as shown, its height, its source line)."""
    say, number = words(lang)
    profile = view.profile(data, region)
    table = view.profile_display(data, profile, lang, say, number)
    names = {c: say(f"regions.col_{c}") for c in table.columns}
    numbers = {names[c]: tuple(v) for c, v in view.profile_numbers(profile).items()}
    # A missing latest value, rank or change: "no data" in each (the table shows one text for them all).
    return (Sortable(table.rename(columns=names), numbers, missing=say("chart.no_data")), 36 * (len(table) + 1) + 4,
            labels.source_line(data, profile["source_id"].dropna(), lang))
