"""When a page counts as drawn in a browser: the browser tests and benchmarks/browser.py share it.

The app ends each run with a mark (ui/drawn.py): an empty container whose class names the
session's run number and how many charts that run drew. A page is drawn when a run later than the one before the action has
finished, its mark is the only one and not stale, no skeleton or spinner is left, and exactly
that many charts are mounted, each with its SVG and data. Nothing here is true before the run:
the mark comes last, and the count is the server's, not what happens to be on the page.
"""
from __future__ import annotations

# `after`: the run number before the action (0 for a fresh page). Returns performance.now()
# when the page became drawn, else false.
DRAWN = r"""
after => {
  const app = document.querySelector('[data-testid=stApp]');
  if (!app || app.dataset.testScriptState !== 'notRunning' || app.dataset.testConnectionState !== 'CONNECTED')
    return false;
  const marks = [...document.querySelectorAll('[class*="st-key-drawn-run-"]')];
  if (marks.length !== 1) return false;
  const [, run, count] = marks[0].className.match(/st-key-drawn-run-(\d+)-charts-(\d+)/);
  if (Number(run) <= after) return false;
  if (document.querySelector('[data-stale=true], [data-testid=stSkeleton], [data-testid=stSkeletonElement], '
                             + '[data-testid=stSpinner]')) return false;
  const charts = [...document.querySelectorAll('[data-testid=stPlotlyChart]')];
  if (charts.length !== Number(count)) return false;
  const mounted = charts.every(c => {
    const plot = c.querySelector('.js-plotly-plot');
    return plot && plot.querySelector('.main-svg') && (plot.data || []).length > 0;
  });
  return mounted && performance.now();
}
"""

# The run number of the mark on the page now (0 before the first run has finished).
LAST_RUN = r"""
() => {
  const mark = document.querySelector('[class*="st-key-drawn-run-"]');
  return mark ? Number(mark.className.match(/st-key-drawn-run-(\d+)/)[1]) : 0;
}
"""


def last_run(page) -> int:
    return page.evaluate(LAST_RUN)


def wait_until_drawn(page, after: int = 0, timeout: float = 60_000) -> int:
    """Wait until a run later than `after` has drawn the whole page; its run number."""
    page.wait_for_function(DRAWN, arg=after, polling="raf", timeout=timeout)
    return last_run(page)
