"""What the Pensions and social protection page computes. Pure functions (no Streamlit)."""
from __future__ import annotations

import math

import pandas as pd

from analysis.topic_tables import against_annual, latest_change
from analysis.loader import Dataset
from analysis.series import SeriesKey, annual, annual_values, observations_of
from analysis.topic_tables import observations, secondary_sources, year_values, years_with_values

PENSIONERS = "pensioners"          # the NSC's annual count (derived, see `derivation`) and reported counts with dates
DERIVED = "derived"
BELOW_COUNT = "pensioners_below_subsistence"
BELOW_SHARE = "pensioners_below_subsistence_share_pensioners"
FULL_PRECISION = 6                 # a share published with more decimals than this is taken as exact
AVG_PENSION = "avg_pension"
MINIMUM = ("subsistence_minimum", "pensioners")
BELOW = (BELOW_SHARE, "pensioners_below_subsistence_share_population", BELOW_COUNT)
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


def headline(data: Dataset) -> tuple[pd.Series, int, float] | None:
    """(the latest annual count of pensioners, the year before, the change since then): the NSC's
    derived series (`latest_change`)."""
    return latest_change(data, SeriesKey(PENSIONERS))


def decimals_of(value: float) -> int | None:
    """How many decimals a published share was rounded to; None when it carries more than
    FULL_PRECISION (taken as exact), as the build decides (scripts/databuild/derived.py)."""
    for places in range(FULL_PRECISION + 1):
        if abs(value - round(value, places)) < 1e-9:
            return places
    return None


def derivation(data: Dataset, year: int) -> dict | None:
    """How the derived number of pensioners of a year follows from table 1.3.1.1g, recomputed
    from the data: the count of old-age pensioners below the subsistence minimum and its share of
    all pensioners from the derived value's own source; all pensioners = count / share x 100.

    Keys: year, value (the stored derived value), computed (count / share x 100), count, share,
    decimals (of the share; None = given in full), low and high (the range the total lies in
    when the share is rounded; both equal `computed` otherwise), plus_minus (half the range in %
    of the value), source_id. None when that year has no derived value.
    """
    rows = annual(data, SeriesKey(PENSIONERS))
    rows = rows[(rows["year"] == year) & rows["flags"].str.split(";").map(lambda f: DERIVED in f)]
    if rows.empty:
        return None
    derived = rows.iloc[0]
    inputs = {}
    for indicator in (BELOW_COUNT, BELOW_SHARE):
        found = observations(data, [indicator], ["KG"], all_sources=True, category="total")
        found = found[(found["period"] == str(year)) & (found["source_id"] == derived["source_id"])]
        if found.empty:
            return None
        inputs[indicator] = float(found["value"].iloc[0])
    count, share = inputs[BELOW_COUNT], inputs[BELOW_SHARE]
    computed = count / share * 100
    places = decimals_of(share)
    low = high = computed
    if places is not None:
        half = 0.5 * 10 ** -places
        low, high = count / (share + half) * 100, count / (share - half) * 100
    return {"year": year, "value": float(derived["value"]), "computed": computed, "count": count, "share": share,
            "decimals": places, "low": low, "high": high, "plus_minus": (high - low) / 2 / computed * 100,
            "source_id": derived["source_id"]}


def derived_years(data: Dataset) -> tuple[int, ...]:
    """The calendar years with a derived count of pensioners."""
    rows = annual(data, SeriesKey(PENSIONERS))
    return tuple(int(y) for y, f in zip(rows["year"], rows["flags"]) if DERIVED in str(f).split(";"))


def precision_years(data: Dataset) -> tuple[list[int], list[int]]:
    """(years whose derived count is exact to the person, years whose share was rounded)."""
    exact, rounded = [], []
    for year in derived_years(data):
        found = derivation(data, year)
        if found is not None:
            (exact if found["decimals"] is None else rounded).append(year)
    return exact, rounded


def pensioner_comparison(data: Dataset) -> pd.DataFrame:
    """Every reported count of all pensioners set against the NSC's derived count of its year
    (analysis.topic_tables.against_annual: at the year's turn, or within the year)."""
    return against_annual(data, SeriesKey(PENSIONERS), SeriesKey(PENSIONERS))


def share_jumps(data: Dataset, threshold: float = 5.0) -> list[tuple[int, float, float]]:
    """(year, share the year before, share) where the share of pensioners below the subsistence
    minimum moves by more than `threshold` percentage points from one year to the next."""
    values = annual_values(data, SeriesKey(BELOW_SHARE)).dropna().sort_index()
    return [(int(y), float(values[y - 1]), float(v)) for y, v in values.items()
            if y - 1 in values.index and abs(v - values[y - 1]) > threshold]


def year_span(years: list[int]) -> str:
    """'2007–2018' for consecutive years, '2019, 2021' otherwise ('' for none)."""
    years = sorted(years)
    if not years:
        return ""
    if len(years) > 2 and years[-1] - years[0] == len(years) - 1:
        return f"{years[0]}–{years[-1]}"
    return ", ".join(map(str, years))


def below_year(data: Dataset) -> int | None:
    """The latest calendar year with both the count of pensioners below the subsistence minimum
    and its share of all pensioners (so the two figures shown side by side are of one year)."""
    count = annual_values(data, SeriesKey(BELOW_COUNT)).dropna()
    share = annual_values(data, SeriesKey(BELOW_SHARE)).dropna()
    common = sorted(set(count.index) & set(share.index))
    return int(common[-1]) if common else None
