"""What the Pensions and social protection page computes. Pure functions (no Streamlit)."""
from __future__ import annotations

import math

import pandas as pd

from analysis.loader import Dataset
from analysis.series import SeriesKey, annual_values, observations_of
from analysis.topic_tables import observations, secondary_sources, year_values, years_with_values

PENSIONERS = "pensioners"
AVG_PENSION = "avg_pension"
MINIMUM = ("subsistence_minimum", "pensioners")
BELOW = ("pensioners_below_subsistence_share_pensioners", "pensioners_below_subsistence_share_population")
COVERAGE = "social_protection_coverage"
REGIONAL = "social_protection_beneficiaries_share_of_national_population"
BENEFITS = ("family_allowance_recipients_share", "social_benefit_recipients_share")
SPENDING = ("social_protection_spending_share", "health_spending_share", "education_spending_share",
            "essential_services_spending_share")
OTHER_PENSION_FIGURES = ("pensioners_share", "avg_pension_calculated", "population_above_working_age",
                         "sf_pensioners_paid_via_banks", "sf_pensioners_paid_via_banks_share")
PROGRAM_BENEFIT_FIGURES = ("family_allowance_recipients", "family_allowance_avg_amount",
                           "family_allowance_extreme_poor_coverage", "children_receiving_family_allowance_share",
                           "state_benefit_coverage", "social_benefit_amount", "state_benefits_services_spending_share")
FINANCING = "pension_financing"


def pension_against_minimum(data: Dataset) -> pd.DataFrame:
    """The average pension as a share of the pensioners' subsistence minimum, only where both
    refer to exactly the same period (a quarter is never matched with a year).

    Columns: period, pension, minimum, percent, secondary (either value from a secondary
    source), source_ids (list).
    """
    pension = observations_of(data, SeriesKey(AVG_PENSION)).set_index("period")
    minimum = observations_of(data, SeriesKey(MINIMUM[0], category=MINIMUM[1])).set_index("period")
    secondary = secondary_sources(data)
    rows = []
    for period in pension.index.intersection(minimum.index):
        p, m = pension.loc[period], minimum.loc[period]
        if math.isnan(p["value"]) or math.isnan(m["value"]) or m["value"] <= 0:
            continue
        rows.append({"period": period, "pension": float(p["value"]), "minimum": float(m["value"]),
                     "percent": float(p["value"]) / float(m["value"]) * 100,
                     "secondary": p["source_id"] in secondary or m["source_id"] in secondary,
                     "source_ids": [p["source_id"], m["source_id"]]})
    return pd.DataFrame(rows, columns=["period", "pension", "minimum", "percent", "secondary", "source_ids"])


def pensioner_rows(data: Dataset) -> pd.DataFrame:
    """Every shown count of pensioners (all categories) and the other pension figures."""
    return pd.concat([observations(data, [PENSIONERS]), observations(data, OTHER_PENSION_FIGURES)])


def regional_shares(data: Dataset, year: int) -> pd.DataFrame:
    """Each region's social-protection beneficiaries as % of the WHOLE COUNTRY's population in a
    calendar year: columns code, value (NaN = missing), flags, source_id."""
    return year_values(data, REGIONAL, year, [r for r in data.regions.index if r != "KG"])


def regional_check(data: Dataset, year: int) -> tuple[float | None, float | None, int]:
    """(sum of the regional shares, national coverage, regions with a value) in a year. The
    regional values are parts of the national rate, so they add up to it (up to rounding)."""
    shares = regional_shares(data, year)["value"].dropna()
    national = annual_values(data, SeriesKey(COVERAGE)).get(year)
    national = None if national is None or math.isnan(national) else float(national)
    return (float(shares.sum()) if len(shares) else None), national, len(shares)


def financing_rows(data: Dataset) -> pd.DataFrame:
    rows = observations(data, [FINANCING])
    return rows[rows["region"] != "KG"]


def program_benefit_rows(data: Dataset) -> pd.DataFrame:
    """The Program's figures on family allowance and social benefits."""
    return observations(data, PROGRAM_BENEFIT_FIGURES)


def regional_years(data: Dataset) -> tuple[int, ...]:
    """The calendar years with a regional share of social-protection beneficiaries."""
    return tuple(years_with_values(data, REGIONAL))
