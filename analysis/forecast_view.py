"""What the Forecasts page needs: which series can be forecast, and the result in plain parts."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd

from analysis import forecast, forecast_store, periods, trends
from analysis.loader import Dataset
from analysis.series import SeriesKey, annual_values, break_years, observations_of

DEFAULT_HORIZON = 3
BREAKDOWN_DIMENSIONS = ("sex", "area", "age_group", "activity", "category")


def forecastable(store: forecast_store.Store) -> pd.DataFrame:
    """Series keys with a stored forecast (columns as forecast_store.KEY_COLUMNS)."""
    runs = store.runs.reset_index()
    return runs[runs["model"].fillna("") != ""][list(forecast_store.KEY_COLUMNS)].reset_index(drop=True)


def breakdown_label_parts(row) -> list[tuple[str, str]]:
    """The (dimension, code) pairs that are not totals, to name a series."""
    return [(d, getattr(row, d) if hasattr(row, d) else row[d]) for d in BREAKDOWN_DIMENSIONS
            if (getattr(row, d) if hasattr(row, d) else row[d]) != "total"]


def encode_breakdown(pairs: list[tuple[str, str]]) -> str:
    return ",".join(f"{d}={c}" for d, c in pairs) or "total"


def decode_breakdown(text: str) -> dict[str, str]:
    if text == "total":
        return {}
    return dict(part.split("=", 1) for part in text.split(","))


def history(data: Dataset, key: SeriesKey) -> pd.DataFrame:
    """Observed calendar years: year, value (NaN where missing)."""
    values = annual_values(data, key)
    return pd.DataFrame({"year": values.index.astype(int), "value": values.to_numpy()})


def history_rows(data: Dataset, key: SeriesKey, drawn: pd.DataFrame) -> tuple:
    """The labels in data.observations of the observed years a forecast chart draws (`drawn`:
    history's rows with a value): what its table and downloads hold."""
    shown = observations_of(data, key)
    years = {str(int(y)) for y in drawn["year"]}
    return tuple(int(r) for r in shown.index[shown["period"].isin(years).to_numpy() & shown["value"].notna().to_numpy()])


def computed_table(table: pd.DataFrame, heads: dict[str, str], lang: str, names: dict[str, str],
                   note: Callable[[pd.Series], str], source: str,
                   target: tuple[int, float, str, str] | None = None) -> pd.DataFrame:
    """The forecast years as rows of the chart's table view (analysis.chart_view.table's headers
    `heads`): the projected value, its intervals in the Notes column (`note(row)` writes them),
    `source` saying it is a projection. names: indicator, region, unit and, for a series of a
    breakdown, breakdown. target (year, value, note, source): the target the chart marks, one row more."""
    rows = [(int(r["year"]), float(r["value"]), note(r), source) for _, r in table.iterrows()]
    if target is not None:
        rows.append(target)
    out = pd.DataFrame({heads["indicator"]: names["indicator"], heads["region"]: names["region"],
                        heads["period"]: [periods.label(str(year), lang) for year, *_ in rows],
                        heads["value"]: [value for _, value, *_ in rows], heads["unit"]: names["unit"],
                        heads["flags"]: [text for *_, text, _ in rows], heads["source"]: [s for *_, s in rows]},
                       index=range(len(rows)))
    if names.get("breakdown"):
        out.insert(2, heads["breakdown"], names["breakdown"])
    return out


def after_break_option(data: Dataset, key: SeriesKey) -> int | None:
    """A break after which enough years remain to fit on that segment alone (no fitting here)."""
    return forecast.segment_after_break_possible(annual_values(data, key), break_years(data, key))


def live(data: Dataset, key: SeriesKey, horizon: int = DEFAULT_HORIZON, after_break: bool = False):
    """Fit now (for a horizon or window other than the stored one): (Summary, backtest table)."""
    values = annual_values(data, key)
    kind = forecast.kind_for_unit(data.indicators.loc[key.indicator, "unit"])
    last = int(values.dropna().index.max())
    horizon = max(1, min(horizon, 2030 - last)) if last < 2030 else 1
    result = forecast.forecast_series(values, kind, horizon=horizon, break_years=break_years(data, key),
                                      after_break=after_break, implausible_years=trends.implausible_years(data, key))
    return from_result(result), result.backtest


def split_code(code: str) -> tuple[str, str]:
    """'break_in_window:2021' -> ('break_in_window', '2021'); 'rate_clipped' -> ('rate_clipped', '')."""
    name, _, value = code.partition(":")
    return name, value


@dataclass(frozen=True)
class Summary:
    """What the page shows about a forecast, wherever it came from (store or a live fit)."""
    table: pd.DataFrame
    model: str
    fit_first: int | None
    fit_last: int | None
    mase: float | None
    mape: float | None
    warnings: tuple[str, ...]
    reason: str | None


def from_store(store: forecast_store.Store, key: SeriesKey) -> Summary | None:
    run = store.run(key)
    if run is None:
        return None

    def number(value):
        return None if pd.isna(value) else float(value)

    return Summary(
        table=store.table(key), model=str(run["model"]) if not pd.isna(run["model"]) else "",
        fit_first=None if pd.isna(run["fit_first"]) else int(run["fit_first"]),
        fit_last=None if pd.isna(run["fit_last"]) else int(run["fit_last"]),
        mase=number(run["mase"]), mape=number(run["mape"]),
        warnings=tuple(w for w in str(run["warnings"] if not pd.isna(run["warnings"]) else "").split(";") if w),
        reason=None if pd.isna(run["reason"]) or run["reason"] == "" else str(run["reason"]),
    )


def from_result(result: forecast.Forecast) -> Summary:
    return Summary(result.table, result.model, result.fit_first, result.fit_last, result.mase, result.mape,
                   result.warnings, result.reason)


def beats_naive(summary: Summary) -> bool | None:
    """The chosen model forecast better than the naive one in the backtest (naive itself: None)."""
    if summary.model in ("", "naive") or summary.mase is None:
        return None
    return summary.mase < 1
