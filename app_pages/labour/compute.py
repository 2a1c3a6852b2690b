"""What the Labour market page computes. Pure functions on the loaded data (no Streamlit)."""
from __future__ import annotations

import pandas as pd

from analysis.loader import Dataset
from analysis.series import SeriesKey, annual_values
from analysis.topic_tables import BREAKDOWNS, observations, year_values

UNEMPLOYMENT = "unemployment_rate"
REGISTERED = "registered_unemployment_rate"
NEET = "neet_rate"
INJURIES = ("occupational_injury_rate", "fatal_occupational_injury_rate")
PROGRAM_FIGURES = (
    "informal_employment_share", "new_jobs", "new_jobs_informal_share", "new_jobs_informal_individual_share",
    "new_jobs_temporary_share", "working_poor_share", "economically_active_population_share",
    "working_age_population_share", "non_observed_economy_gdp_share", "non_observed_economy_volume",
    "occupational_accident_victims", "occupational_accident_fatalities", "occupational_disability_new_cases",
    "forced_labour_persons_estimate", "forced_labour_prevalence", "forced_labour_court_cases",
)


def ranked_year(data: Dataset, indicator: str, year: int, with_country: bool = True, **breakdowns) -> pd.DataFrame:
    """One calendar year's value of every region (and the country first, when asked): columns
    code, value (NaN = missing), flags, source_id."""
    regions = [r for r in data.regions.index if with_country or r != "KG"]
    return year_values(data, indicator, year, regions, **breakdowns)


def zero_regions(values: pd.DataFrame) -> list[str]:
    """Regions whose value is exactly 0: a rate of 0 can mean no case reported, or that
    nothing was counted; the page says so rather than let a 0 pass as a measurement."""
    return [c for c, v in zip(values["code"], values["value"]) if v == 0]


def unique_figures(rows: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(rows, left out): figures that have exactly one shown value, and the rows of figures
    that the data gives several shown values for with nothing to tell them apart (the same
    indicator, region, breakdowns and period), which cannot be labelled honestly."""
    keys = ["indicator_id", "region", *BREAKDOWNS, "period"]
    counts = rows.groupby(keys)["value"].transform("size")
    return rows[counts == 1], rows[counts > 1]


def program_rows(data: Dataset) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The Program's labour figures (and the few others in PROGRAM_FIGURES), split as in
    `unique_figures`."""
    return unique_figures(observations(data, PROGRAM_FIGURES))


def registered_share(data: Dataset) -> pd.DataFrame:
    """Per calendar year with both: the registered unemployment rate as % of the survey (ILO)
    rate, a rough measure of how many unemployed register. Columns year, ilo, registered, percent."""
    ilo = annual_values(data, SeriesKey(UNEMPLOYMENT))
    registered = annual_values(data, SeriesKey(REGISTERED))
    both = pd.DataFrame({"ilo": ilo, "registered": registered}).dropna()
    both = both[both["ilo"] > 0]
    both["percent"] = both["registered"] / both["ilo"] * 100
    return both.rename_axis("year").reset_index()


def late_starts(data: Dataset, indicator: str, regions: list[str]) -> dict[str, int]:
    """Regions whose annual series starts later than the country's: region -> first year."""
    first = {}
    for region in ["KG", *regions]:
        values = annual_values(data, SeriesKey(indicator, region)).dropna()
        if len(values):
            first[region] = int(values.index.min())
    country = first.get("KG")
    return {r: y for r, y in first.items() if r != "KG" and country is not None and y > country}
