"""The prediction intervals of analysis.forecast: how wide the series' own backtest errors say
they must be, where they sit inside the series' possible range, and the forecast distribution
they are quantiles of (the chance of meeting a target is read off the same distribution).

* Scales (:class:`Scale`): a series' own scale ("none"; bounds of the possible range are cut
  at), the log, and the logit of value/100 (rates, clipped to [0.05%, 99.95%]).
* Width (:func:`backtest_spread`): the error of every backtest forecast at horizons 1..6, its
  mean absolute size at each horizon, grown as sqrt(a h + b h^2) (a, b >= 0: a random walk and
  an uncertain trend; fitted by least squares on the squares, weighted by the number of
  errors) and taken as a Laplace scale estimated from K origins (:func:`interval_factor`).
  Either each error is divided by the mean absolute yearly change its origin saw and the fit
  multiplied by the window's (money, counts, other measures: a series that moves more now
  gets wider intervals), or the errors are used as they were made (rates, in points).  A
  yearly change into a year after a known break in comparability is no movement of the
  series and is left out of those means.  With fewer than FEW_ORIGINS usable origins the
  width is the series' own mean absolute change over h years instead (:func:`change_spread`).
* Placement (:class:`Predictive`, :func:`mirror_ends`): "log_mirror" (money and counts, all
  positive): the two ends are mirror images on the log scale (low x high = forecast^2) and as
  far apart as the width says (high - low = 2 x half-width), so the lower end never reaches
  zero and the upper one grows in proportion, not exponentially.  "logit_mirror" (rates within
  0-100): mirror images on the logit, 2 x half-width apart, so they bend away from 0 and 100.
  "none", "log", "logit": symmetric on that scale (on "none" cut at the possible range).
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

import numpy as np

LEVELS = (0.80, 0.95)       # the two prediction intervals
BACKTEST_HORIZONS = 6       # backtest errors at horizons 1..6
RATE_EPSILON = 5e-4         # rates are clipped to [0.05%, 99.95%] before the logit
FEW_ORIGINS = 5             # fewer backtest origins than this: the intervals say they rest on little


def interval_factor(p: float, dof: int) -> float:
    """Half-width of the central p interval in units of the Laplace scale, the scale estimated from `dof` origins.

    |error| / scale follows an F(2, 2 dof) distribution, whose p quantile is dof * ((1 - p)^(-1/dof) - 1):
    -ln(1 - p) (1.61 for 80%, 3.00 for 95%) for many origins, 4 and 19 for one.
    """
    return dof * ((1.0 - p) ** (-1.0 / dof) - 1.0)


class Scale:
    """Forward and back transform of one series; the back-transform is monotone, so nesting holds.

    "none" keeps the series' own scale; `low`/`high` are the bounds of the possible range that
    back-transformed values are cut at (0 for money and counts, 0 and 100 for rates).
    """

    def __init__(self, name: str, low: float = -math.inf, high: float = math.inf, positive: bool = False):
        self.name = name
        self.low, self.high = low, high
        self.positive = positive  # a point forecast must stay above `low` (money and counts that were all positive)

    def forward(self, y: np.ndarray) -> np.ndarray:
        y = np.asarray(y, dtype=float)
        if self.name == "log":
            return np.log(np.maximum(y, 1e-300))
        if self.name == "logit":
            p = np.clip(y / 100.0, RATE_EPSILON, 1.0 - RATE_EPSILON)
            return np.log(p) - np.log1p(-p)
        return y

    def inverse(self, z: np.ndarray) -> np.ndarray:
        z = np.asarray(z, dtype=float)
        if self.name == "log":
            return np.exp(np.minimum(z, 700.0))  # below the largest float: a bound stays finite
        if self.name == "logit":
            p = 1.0 / (1.0 + np.exp(-np.clip(z, -700.0, 700.0)))
            # At or beyond the clipping floor/ceiling, back to the bound itself (the forward
            # clip sent every value in [0, eps] to eps): an all-zero rate forecasts 0, not
            # 0.05.  Still monotone, still inside [0, 100].
            p = np.where(p <= RATE_EPSILON * (1 + 1e-9), 0.0, p)
            p = np.where(p >= 1.0 - RATE_EPSILON * (1 + 1e-9), 1.0, p)
            return 100.0 * p
        return np.clip(z, self.low, self.high)

    def leaves_range(self, z: np.ndarray) -> bool:
        """Point forecasts on the own scale outside the possible range (a positive level at or below zero, a rate
        below 0 or above 100)."""
        z = np.asarray(z, dtype=float)
        return bool(np.any(z < self.low) or np.any(z > self.high) or (self.positive and np.any(z <= self.low)))


# --------------------------------------------------------------------------- width

def _growth_fit(horizons: np.ndarray, mae: np.ndarray, weights: np.ndarray) -> tuple[float, float]:
    """a, b >= 0 minimising sum weights * (a h + b h^2 - mae^2)^2 (a two-variable NNLS, solved by cases)."""
    target = mae ** 2
    if horizons.size == 1:  # one horizon: no shape to fit, the error grows in proportion to h
        return 0.0, float(target[0] / horizons[0] ** 2)
    X = np.column_stack([horizons, horizons ** 2]).astype(float)
    sw = np.sqrt(weights)
    Xw, tw = X * sw[:, None], target * sw
    candidates = []
    solution, *_ = np.linalg.lstsq(Xw, tw, rcond=None)
    if np.all(solution >= 0):
        candidates.append(solution)
    for column in (0, 1):
        x = Xw[:, column]
        coef = max(0.0, float(x @ tw) / float(x @ x))
        candidates.append(np.array([coef, 0.0]) if column == 0 else np.array([0.0, coef]))
    best = min(candidates, key=lambda c: float(np.sum((Xw @ c - tw) ** 2)))
    return float(best[0]), float(best[1])


@dataclass(frozen=True)
class Spread:
    """The Laplace scale of the forecast error at horizons 1..len(scale), in the units the errors were taken in."""
    scale: np.ndarray
    origins: int            # usable backtest origins (fewer than FEW_ORIGINS: the scale is the fallback's)
    dof: int                # the number the interval factor uses: origins, or the yearly changes the fallback saw


def _kept_steps(n: int, breaks_at: Sequence[int]) -> np.ndarray:
    """Which of the n - 1 yearly changes of a window count as movement (not the change into a break year)."""
    kept = np.ones(max(n - 1, 0), dtype=bool)
    for j in breaks_at:
        if 1 <= j <= kept.size:
            kept[j - 1] = False
    return kept


def _grown(mae: np.ndarray, weights: np.ndarray, horizons: int) -> np.ndarray:
    """The mean absolute errors at horizons 1..BACKTEST_HORIZONS (weight 0: none seen), grown as sqrt(a h + b h^2)
    to 1..horizons."""
    seen = weights > 0
    a, b = _growth_fit(np.arange(1, mae.size + 1, dtype=float)[seen], mae[seen], weights[seen])
    steps = np.arange(1, horizons + 1, dtype=float)
    return np.sqrt(a * steps + b * steps ** 2)


def backtest_spread(u: np.ndarray, forecasts: np.ndarray, points: Sequence[tuple[int, int, int]],
                    breaks_at: Sequence[int], horizons: int, normalise: bool) -> Spread:
    """The spread of the errors u[L + h - 1] - forecasts[row, h - 1] over the backtest points (row, L, h), at
    horizons 1..`horizons`.

    u: the series in the units of the errors; forecasts: each origin's forecasts in them.  breaks_at:
    window positions of the first values after breaks (the yearly change into them is left out of
    every mean absolute yearly change).  normalise: divide each error by the mean absolute yearly
    change its origin saw and scale the result by the window's; else the errors are used as they are.
    With fewer than FEW_ORIGINS usable origins, the fallback: the series' own h-year changes
    (:func:`change_spread`).
    """
    kept = _kept_steps(u.size, breaks_at)
    totals = np.r_[0.0, np.cumsum(np.where(kept, np.abs(np.diff(u)), 0.0))]
    counted = np.r_[0, np.cumsum(kept)]
    sums = np.zeros(BACKTEST_HORIZONS)
    counts = np.zeros(BACKTEST_HORIZONS)
    origins = set()
    for row, L, h in points:
        scale = (totals[L - 1] / counted[L - 1] if counted[L - 1] else 0.0) if normalise else 1.0
        if not scale > 0:  # the origin saw no movement to measure its errors against
            continue
        sums[h - 1] += abs(u[L + h - 1] - forecasts[row, h - 1]) / scale
        counts[h - 1] += 1
        origins.add(L)
    if len(origins) < FEW_ORIGINS:
        fallback = change_spread(u, breaks_at, horizons)
        return Spread(fallback.scale, len(origins), fallback.dof)
    scale_now = float(totals[-1] / counted[-1]) if normalise else 1.0
    return Spread(scale_now * _grown(np.divide(sums, counts, out=np.zeros_like(sums), where=counts > 0), counts,
                                     horizons), len(origins), len(origins))


def change_spread(u: np.ndarray, breaks_at: Sequence[int], horizons: int) -> Spread:
    """The fallback for few backtest origins: the mean absolute change of the series over h years (every pair of
    years h apart in the window with no break between them), at h = 1..6, grown as sqrt(a h + b h^2); the
    degrees of freedom are the yearly changes seen.  How much the series itself moved over h years, not how
    well a forecast did."""
    kept = _kept_steps(u.size, breaks_at)
    mae, counts = np.zeros(BACKTEST_HORIZONS), np.zeros(BACKTEST_HORIZONS)
    for h in range(1, BACKTEST_HORIZONS + 1):
        changes = [abs(u[t + h] - u[t]) for t in range(u.size - h) if kept[t:t + h].all()]
        if changes:
            mae[h - 1], counts[h - 1] = float(np.mean(changes)), len(changes)
    if not counts.any():  # no two comparable years: no movement seen
        return Spread(np.zeros(horizons), 0, 1)
    return Spread(_grown(mae, counts, horizons), 0, int(kept.sum()))


# --------------------------------------------------------------------------- placement and the distribution

def mirror_ends(centre: np.ndarray, half: np.ndarray, scale: str) -> tuple[np.ndarray, np.ndarray]:
    """The two ends of an interval 2 x half wide whose ends are mirror images about `centre` on the log scale
    (low x high = centre^2) or, for rates in percent, on the logit scale (the odds multiplied and divided by
    the same factor); a rate interval as wide as 0-100 or wider is 0-100."""
    centre, half = np.asarray(centre, dtype=float), np.asarray(half, dtype=float)
    if scale == "log_mirror":
        high = half + np.sqrt(half ** 2 + centre ** 2)
        return centre ** 2 / np.where(high > 0, high, np.inf), high
    # Odds o of the centre, t the factor: high - low = o t / (1 + o t) - o / (t + o) = W solves
    # o (1 - W) t^2 - W (1 + o^2) t - o (1 + W) = 0.
    odds = np.exp(Scale("logit").forward(centre))
    width = 2 * half / 100.0
    inside = width < 1
    w = np.where(inside, width, 0.5)
    a, b, c = odds * (1 - w), w * (1 + odds ** 2), odds * (1 + w)
    t = (b + np.sqrt(b ** 2 + 4 * a * c)) / (2 * a)
    high = np.where(inside, 100 * odds * t / (1 + odds * t), 100.0)
    low = np.where(inside, 100 * odds / (t + odds), 0.0)
    # No width, no interval (the logit's clip would move a rate of 0 or 100 to 0.05 or 99.95).
    return np.where(half > 0, low, centre), np.where(half > 0, high, centre)


@dataclass(frozen=True)
class Predictive:
    """The forecast distribution of each table row, T symmetric with P(|T| > x) = (1 + x / dof) ** -dof.

    scale "none", "log", "logit": the value on that scale is centre + spread * T.  "log_mirror" and
    "logit_mirror" (centre: the forecast in the series' units): (value - mirror(value)) / 2 = spread * T,
    mirror(value) its mirror image about the centre on the log (logit) scale, so the central intervals
    are the mirror_ends.  On the series' own scale the mass beyond the possible range [low, high] sits
    at its bound (as the intervals are cut)."""
    scale: str
    centre: tuple[float, ...]
    spread: tuple[float, ...]
    dof: int
    low: float = -math.inf
    high: float = math.inf

    def interval(self, p: float) -> tuple[np.ndarray, np.ndarray]:
        """The central p interval of every row, in the series' units."""
        centre, half = np.array(self.centre), interval_factor(p, self.dof) * np.array(self.spread)
        if self.scale.endswith("_mirror"):
            low, high = mirror_ends(centre, half, self.scale)
            return np.clip(low, self.low, self.high), np.clip(high, self.low, self.high)
        scale = Scale(self.scale, self.low, self.high)
        return scale.inverse(centre - half), scale.inverse(centre + half)

    def probability_below(self, row: int, threshold: float) -> float:
        """P(the value of table row `row` <= threshold), in the original units."""
        if threshold >= self.high:
            return 1.0
        if threshold < self.low:
            return 0.0
        centre, spread = self.centre[row], self.spread[row]
        if not spread > 0:  # no spread: all the mass at the forecast
            return 1.0 if threshold >= (centre if self.scale.endswith("_mirror") else
                                        float(Scale(self.scale, self.low, self.high).inverse(np.array([centre]))[0])) else 0.0
        if self.scale.endswith("_mirror") and threshold <= 0:  # the mirrored ends never reach 0 (nor 100)
            return 0.0
        if self.scale == "log_mirror":
            distance = (threshold - centre ** 2 / threshold) / 2
        elif self.scale == "logit_mirror":
            if threshold >= 100:
                return 1.0
            logit = Scale("logit")
            mirror = logit.inverse(2 * logit.forward(np.array([centre])) - logit.forward(np.array([float(threshold)])))[0]
            distance = (threshold - float(mirror)) / 2
        else:
            distance = float(Scale(self.scale).forward(np.array([float(threshold)]))[0]) - centre
        u = distance / spread
        tail = 0.5 * (1.0 + abs(u) / self.dof) ** (-self.dof)
        return 1.0 - tail if u >= 0 else tail
