"""The researcher's command line: python -m analysis list | export.

Bad arguments and broken data end with exit status 2 and one line saying what is wrong.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from analysis import export, loader
from analysis.coverage import coverage
from analysis.schema import LANGUAGES
from analysis.writing import write_bytes_atomic


class UsageError(Exception):
    """Bad command-line input; the message is one line."""


class Parser(argparse.ArgumentParser):
    def error(self, message):  # one line, no usage dump
        raise UsageError(f"{self.prog}: {message}")


def build_parser() -> Parser:
    parser = Parser(prog="python -m analysis", description="Kyrgyz social indicators: list and export curated data.")
    parser.add_argument("--data", type=Path, default=loader.DATA_DIR, help="the data folder (default: data/)")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=Parser)

    listing = commands.add_parser("list", help="every indicator with its unit, regions and years")
    listing.add_argument("--lang", choices=LANGUAGES, default="en", help="language of the names")

    out = commands.add_parser("export", help="write the matching observations with unit, source and flags")
    out.add_argument("--indicator", nargs="+", action="extend", default=[], metavar="ID")
    out.add_argument("--region", nargs="+", action="extend", default=[], metavar="CODE")
    out.add_argument("--from", dest="year_from", type=_year, metavar="YEAR")
    out.add_argument("--to", dest="year_to", type=_year, metavar="YEAR")
    out.add_argument("--format", choices=export.FORMATS, default="csv")
    out.add_argument("--output", type=Path, metavar="FILE", help="file to write (default: standard output)")
    out.add_argument("--lang", choices=LANGUAGES, default="en", help="language of the names")
    out.add_argument("--all-sources", action="store_true",
                     help="also the values the dashboard does not show (other sources for the same figure)")
    fc = commands.add_parser("forecast", help="forecast one annual series with 80/95% intervals")
    fc.add_argument("--indicator", required=True, metavar="ID")
    fc.add_argument("--region", default="KG", metavar="CODE")
    fc.add_argument("--breakdown", nargs="+", action="extend", default=[], metavar="DIM=CODE",
                    help="e.g. sex=female area=rural (dimensions: sex, area, age_group, activity, category)")
    fc.add_argument("--horizon", type=_horizon, default=3, metavar="N", help="years ahead, 1-10, never past 2030")
    fc.add_argument("--after-break", action="store_true",
                    help="fit only on the years after a known break, when that segment is long enough")
    fc.add_argument("--format", choices=("csv", "json"), default="csv")
    return parser


def _horizon(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 10:
        raise argparse.ArgumentTypeError(f"{text!r} is not a horizon (a whole number of years, 1 to 10)")
    return int(text)


def _year(text: str) -> int:
    if not text.isdigit() or len(text) != 4:
        raise argparse.ArgumentTypeError(f"{text!r} is not a year (four digits, e.g. 2018)")
    return int(text)


def _check_choices(kind: str, given: list[str], valid) -> None:
    unknown = [g for g in given if g not in valid]
    if unknown:
        raise UsageError(f"unknown {kind} {', '.join(map(repr, unknown))}; valid: {', '.join(sorted(valid))}")


def run_list(data: loader.Dataset, lang: str) -> str:
    table = coverage(data, lang)
    everywhere = ",".join(data.regions.index)
    table["regions"] = table["regions"].where(table["regions"] != everywhere, "all")
    table["years"] = table["first_year"].astype(str) + "-" + table["last_year"].astype(str)
    columns = ["indicator_id", "unit", "regions", "years", "values", "name"]
    return table[columns].to_csv(sep="\t", index=False, lineterminator="\n")


def run_export(data: loader.Dataset, args) -> bytes:
    _check_choices("indicator", args.indicator, data.indicators.index)
    _check_choices("region", args.region, data.regions.index)
    if args.year_from and args.year_to and args.year_from > args.year_to:
        raise UsageError(f"--from {args.year_from} is after --to {args.year_to}")
    if args.format == "xlsx" and args.output is None:
        raise UsageError("--format xlsx needs --output FILE (a spreadsheet is not written to the terminal)")
    rows = export.select(data, args.indicator, args.region, args.year_from, args.year_to, args.all_sources)
    return export.to_bytes(data, rows, args.format, args.lang)


def run_forecast(data: loader.Dataset, args) -> bytes:
    from analysis import forecast
    from analysis.schema import BREAKDOWNS
    from analysis.series import SeriesKey, annual_values, break_years

    _check_choices("indicator", [args.indicator], data.indicators.index)
    _check_choices("region", [args.region], data.regions.index)
    breakdowns = {}
    for item in args.breakdown:
        dimension, _, code = item.partition("=")
        if dimension not in BREAKDOWNS:
            raise UsageError(f"unknown breakdown {dimension!r} in {item!r}; valid: {', '.join(BREAKDOWNS)}")
        valid = {"total", *data.codes.loc[data.codes["dimension"] == dimension, "code"]}
        _check_choices(f"{dimension} code", [code], valid)
        breakdowns[dimension] = code
    key = SeriesKey(args.indicator, args.region, **breakdowns)
    values = annual_values(data, key)
    if values.dropna().empty:
        raise UsageError(f"no annual values for {key.indicator} in {key.region} with {breakdowns or 'no breakdown'}")
    kind = forecast.kind_for_unit(data.indicators.loc[key.indicator, "unit"])
    result = forecast.forecast_series(values, kind, horizon=args.horizon, break_years=break_years(data, key),
                                      after_break=args.after_break)
    meta = {"indicator_id": key.indicator, "region": key.region, **key.breakdowns(),
            "fit_first": result.fit_first, "fit_last": result.fit_last, "mase": result.mase, "mape": result.mape,
            "transform": result.transform, "warnings": ";".join(result.warnings), "reason": result.reason or ""}
    if result.reason:
        print(f"no forecast: {result.reason}", file=sys.stderr)
    if args.format == "json":
        import json
        payload = {**meta, "model": result.model if not result.reason else None,
                   "forecast": result.table.to_dict(orient="records"),
                   "backtest": result.backtest.to_dict(orient="records")}
        return (json.dumps(payload, ensure_ascii=False, indent=1, default=float) + "\n").encode("utf-8")
    table = result.table.copy()
    for column in ("fit_first", "fit_last", "mase", "mape", "warnings"):
        table[column] = meta[column]
    return table.to_csv(index=False, lineterminator="\n").encode("utf-8")


def main(argv: list[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        data = loader.load(args.data)
        if args.command == "list":
            sys.stdout.write(run_list(data, args.lang))
            return 0
        content = run_export(data, args) if args.command == "export" else run_forecast(data, args)
    except UsageError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except loader.DataError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if getattr(args, "output", None) is None:
        sys.stdout.buffer.write(content)
        sys.stdout.flush()
    else:
        try:
            write_bytes_atomic(args.output, content)
        except OSError as error:
            print(f"error: cannot write {args.output}: {error.strerror}", file=sys.stderr)
            return 2
        print(f"wrote {args.output}", file=sys.stderr)
    return 0
