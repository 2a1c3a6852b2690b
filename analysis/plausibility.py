"""Which values of an annual series break sharply from their neighbours. Pure functions.

A value is kept as published; this module only says which ones deserve the flag
`implausible`, and why. Two rules, both measured against the spread of the series' other
year-to-year changes (every change between consecutive years except the jumps into and out
of the value judged, so that a spike does not widen the yardstick it is measured with):

* spike (a value with a neighbour on each side, in consecutive calendar years): the jump into
  the value and the jump out of it are both far outside the spread of the series' changes,
  they have opposite signs, and the series comes back: the value after the spike is closer to
  the value before it than half of the smaller jump. A level that moves and stays (a wage
  reform, a new method) is not a spike.
* edge (a value with a neighbour on one side only: the first or last year of the series, or
  next to a missing year): whether it reverses cannot be seen, so the one jump must be far
  outside the spread of changes AND the value far from the same year's values of the other
  regions (its peers). Without at least MIN_PEERS peers (national series, breakdowns no region
  has) an edge value is never flagged.

The spread: the changes' median absolute deviation scaled to a standard deviation (/0.6745),
but never below their 75th percentile absolute deviation scaled the same way (/1.1503): where
many changes are tiny (a rate that moves by 0.01 in most years) the MAD alone collapses and
every ordinary swing would look infinite. The two scalings agree for normally distributed
changes. A series whose other changes are mostly exactly zero (a rare-event rate published
as 0 in most years, as the international poverty rate of most regions) has no measurable
spread: a lone 0.9 among zeros is what a small sample gives, and it is not judged.
"""
from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

# A jump counts as far outside the series' spread beyond this many robust standard
# deviations. For normally distributed changes one beyond 5 sigma has a chance under 1 in a
# million, and a spike needs two in a row, of opposite signs, that cancel out. Checked on the
# dashboard's 461 annual series: 5 flags ten values, all occupational-injury rates (Batken
# 2022, Bishkek and the country 2010, the country's fatal rate 2022: three times any other
# year); 4 adds a one-year wage dip (women in agriculture, 2023) and Talas's fatal rate of
# 2013, survey-size swings rather than errors; 6 drops the country's fatal rate of 2022.
SPIKE_SIGMAS = 5.0
# An edge value must also lie this many robust standard deviations from the median of the
# other regions' values in the same year (the same bar as in time).
PEER_SIGMAS = 5.0
# Fewest other year-to-year changes (pairs of consecutive years, the value's own jumps left
# out) that give a spread worth using: with fewer, one more swing would move the median.
MIN_CHANGES = 4
# Fewest other regions with a value in the same year for the edge rule.
MIN_PEERS = 4
# A series with at least this share of its other changes exactly 0 is mostly flat at a rounded
# value; its spread cannot be measured and it is not judged.
MAX_ZERO_SHARE = 0.5
# A spike must come back: the value after it lies within this share of the smaller jump
# from the value before it.
RETURN_SHARE = 0.5
MAD_TO_SIGMA = 0.6745        # the median of |N(0, 1)|
Q75_TO_SIGMA = 1.1503        # the 75th percentile of |N(0, 1)|


@dataclass(frozen=True)
class Finding:
    year: int
    value: float
    rule: str                   # "spike" or "edge"
    jump_in: float | None       # value minus the previous year's value
    jump_out: float | None      # next year's value minus the value
    spread: float               # the robust standard deviation of the series' other changes
    typical_change: float       # their median
    peer_median: float | None = None   # edge rule: the other regions' median in that year
    peer_spread: float | None = None

    def describe(self) -> str:
        """One English sentence with the numbers, for the note beside the value."""
        parts = []
        if self.jump_in is not None:
            parts.append(f"{self.jump_in:+.6g} from the year before")
        if self.jump_out is not None:
            parts.append(f"{self.jump_out:+.6g} to the year after")
        text = (f"Breaks sharply from its neighbouring years ({', '.join(parts)}; the series' other "
                f"year-to-year changes have a median of {self.typical_change:+.3g} and a robust spread of "
                f"{self.spread:.3g})")
        if self.rule == "edge":
            text += (f" and from the other regions in {self.year} (median {self.peer_median:.3g}, "
                     f"spread {self.peer_spread:.3g})")
        return text + ". Kept as published."


def robust_spread(numbers: Sequence[float]) -> tuple[float, float]:
    """(robust standard deviation, median) of the numbers: MAD/0.6745, floored by Q75(|dev|)/1.1503."""
    x = np.asarray([n for n in numbers if _finite(n)], dtype=float)
    if x.size == 0:
        return 0.0, math.nan
    median = float(np.median(x))
    deviation = np.abs(x - median)
    return max(float(np.median(deviation)) / MAD_TO_SIGMA, float(np.quantile(deviation, 0.75)) / Q75_TO_SIGMA), median


def _finite(value) -> bool:
    return value is not None and isinstance(value, (int, float, np.floating, np.integer)) and math.isfinite(value)


def _clean(values: Mapping[int, float]) -> dict[int, float]:
    items = values.items() if isinstance(values, Mapping) else values.to_dict().items()
    return {int(year): float(value) for year, value in sorted(items) if _finite(value)}


def findings(values: Mapping[int, float], peers: Mapping[int, Sequence[float]] | None = None) -> list[Finding]:
    """Every value of a year -> value series that one of the two rules flags, in year order.

    values: a mapping or pandas Series indexed by calendar year (NaN or None = missing).
    peers: year -> the other regions' values in that year (for the edge rule); None = no peers.
    """
    series = _clean(values)
    changes = {year: value - series[year - 1] for year, value in series.items() if year - 1 in series}
    found = []
    for year, value in series.items():
        jump_in, jump_out = changes.get(year), changes.get(year + 1)
        if jump_in is None and jump_out is None:
            continue
        others = [change for y, change in changes.items() if y not in (year, year + 1)]
        if len(others) < MIN_CHANGES or sum(c == 0 for c in others) >= MAX_ZERO_SHARE * len(others):
            continue
        spread, typical = robust_spread(others)
        if spread <= 0:
            continue
        bar = SPIKE_SIGMAS * spread
        if jump_in is not None and jump_out is not None:
            if (jump_in * jump_out < 0 and abs(jump_in - typical) > bar and abs(jump_out - typical) > bar
                    and abs(series[year + 1] - series[year - 1]) < RETURN_SHARE * min(abs(jump_in), abs(jump_out))):
                found.append(Finding(year, value, "spike", jump_in, jump_out, spread, typical))
        elif (jump_in is None) != (jump_out is None) and peers:
            jump = jump_in if jump_in is not None else jump_out
            peer_values = [p for p in peers.get(year, ()) if _finite(p)]
            if abs(jump - typical) <= bar or len(peer_values) < MIN_PEERS:
                continue
            peer_spread, peer_median = robust_spread(peer_values)
            if peer_spread > 0 and abs(value - peer_median) > PEER_SIGMAS * peer_spread:
                found.append(Finding(year, value, "edge", jump_in, jump_out, spread, typical,
                                     peer_median, peer_spread))
    return found


def implausible_years(values: Mapping[int, float], peers: Mapping[int, Sequence[float]] | None = None) -> list[int]:
    """The calendar years whose values the rules flag."""
    return [f.year for f in findings(values, peers)]
