"""The researcher's command line: python -m analysis list | export | forecast, and the data update:
update --sources DIR [--dry-run] | update --rollback [--to ID] | releases.

Bad arguments and broken data end with exit status 2 and one line saying what is wrong.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from analysis import export, loader, releases
from analysis.coverage import coverage
from analysis.schema import BREAKDOWNS, LANGUAGES
from analysis.writing import write_bytes_atomic


class UsageError(Exception):
    """Bad command-line input; the message is one line."""


class Parser(argparse.ArgumentParser):
    def error(self, message):  # one line, no usage dump
        raise UsageError(f"{self.prog}: {message}")


def build_parser() -> Parser:
    parser = Parser(prog="python -m analysis", description="Kyrgyz social indicators: list and export curated data.")
    parser.add_argument("--data", type=Path, default=loader.DATA_DIR,
                        help="the data folder (default: the current data release, else data/)")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=Parser)

    listing = commands.add_parser("list", help="every indicator with its unit, regions and years")
    listing.add_argument("--lang", choices=LANGUAGES, default="en", help="language of the names")

    out = commands.add_parser("export", help="write the matching observations with unit, flags and each value's "
                                             "source in full, the filter and a citation")
    out.add_argument("--indicator", nargs="+", action="extend", default=[], metavar="ID")
    out.add_argument("--region", nargs="+", action="extend", default=[], metavar="CODE")
    out.add_argument("--from", dest="year_from", type=_year, metavar="YEAR")
    out.add_argument("--to", dest="year_to", type=_year, metavar="YEAR")
    for dimension in BREAKDOWNS:
        out.add_argument(f"--{dimension.replace('_', '-')}", dest=dimension, nargs="+", action="extend", default=[],
                         metavar="CODE", help=f"only these {dimension} codes (total: the value not broken down)")
    out.add_argument("--format", choices=export.FORMATS, default="csv")
    out.add_argument("--output", type=Path, metavar="FILE",
                     help="file to write, or an existing folder to write it in under a name saying what it holds "
                          "(default: standard output)")
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

    up = commands.add_parser("update", help="build a new data release from a newer copy of the official sources, "
                                            "report what it changes and publish it; or roll back")
    up.add_argument("--sources", type=Path, metavar="DIR",
                    help="a copy of the sources with the layout of ../shared: sources/, seeds/, reference/")
    up.add_argument("--dry-run", action="store_true",
                    help="only report what would change (new, revised and withdrawn values, new flags, validation)")
    up.add_argument("--rollback", action="store_true",
                    help="switch back to the release the current one replaced (every release stays in the store)")
    up.add_argument("--to", metavar="ID", help="with --rollback: switch to this release of the store")
    commands.add_parser("releases", help="the data releases in the store, newest first, and what each changed")
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
    """The file's content; with --output FOLDER, args.output becomes the file in it named from the selection."""
    _check_choices("indicator", args.indicator, data.indicators.index)
    _check_choices("region", args.region, data.regions.index)
    for dimension in BREAKDOWNS:
        _check_choices(f"{dimension} code", getattr(args, dimension), export.allowed(data, dimension))
    if args.year_from and args.year_to and args.year_from > args.year_to:
        raise UsageError(f"--from {args.year_from} is after --to {args.year_to}")
    if args.format == "xlsx" and args.output is None:
        raise UsageError("--format xlsx needs --output FILE (a spreadsheet is not written to the terminal)")
    selection = export.make_selection(args.indicator, args.region, args.year_from, args.year_to,
                                      {d: getattr(args, d) for d in BREAKDOWNS}, args.all_sources, args.lang)
    rows = export.selected_rows(data, selection)
    if args.output is not None and args.output.is_dir():
        args.output = args.output / export.file_name(data, rows, args.format, args.lang, selection)
    return export.to_bytes(data, rows, args.format, args.lang, release=releases.read(args.data), selection=selection)


def run_forecast(data: loader.Dataset, args) -> bytes:
    from analysis import forecast, trends
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
                                      after_break=args.after_break, implausible_years=trends.implausible_years(data, key))
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


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def run_update(args) -> int:
    """update: a dry run prints the revision report; a publish prints its summary; a rollback one line."""
    if args.to is not None and not args.rollback:
        raise UsageError("--to goes with --rollback")
    if args.rollback:
        if args.sources is not None or args.dry_run:
            raise UsageError("--rollback takes neither --sources nor --dry-run")
        try:
            left, now = releases.rollback(args.to)
        except OSError as error:
            raise releases.UpdateError(f"cannot write the release store {releases.store_dir()}: "
                                       f"{error.strerror or error}") from None
        _say(f"rolled back from release {left} to release {now.id} (data as of {now.data_as_of}); "
             f"{left} stays in {releases.store_dir()}")
        return 0
    if args.sources is None:
        raise UsageError("update needs --sources DIR (a newer copy of the sources) or --rollback")
    if releases.DATA_ENV in os.environ:
        _say(f"note: {releases.DATA_ENV} is set, so the app and the CLI read {os.environ[releases.DATA_ENV]}, "
             "not the release store")
    if args.dry_run:
        plan = releases.dry_run(args.sources)
        sys.stdout.write(releases.report(plan))
        if plan.error:
            raise releases.UpdateError(f"the new data do not validate: {plan.error}")
        _say("dry run: nothing was changed")
        return 0
    try:
        plan, now, switched = releases.publish(args.sources, say=_say)
    except OSError as error:
        raise releases.UpdateError(f"cannot write the release store {releases.store_dir()}: "
                                   f"{error.strerror or error}; the running release is unchanged") from None
    sys.stdout.write(releases.report(plan, rows=False))
    if not switched:
        _say(f"nothing to publish: {args.sources} gives release {now.id}, the current release")
    else:
        _say(f"published release {now.id} (data as of {now.data_as_of}) in {releases.store_dir()}; "
             "the previous release stays: python -m analysis update --rollback")
    return 0


def run_releases() -> str:
    columns = ("id", "data_as_of", "published", "replaces", *releases.COUNTS, "current")
    lines = ["\t".join(columns)]
    for release in releases.history():
        cells = {**release, "published": release["published"] or ("shipped" if release["shipped"] else ""),
                 "current": "yes" if release["current"] else ""}
        lines.append("\t".join("" if cells[c] is None else str(cells[c]) for c in columns))
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        if args.command == "update":
            return run_update(args)
        if args.command == "releases":
            sys.stdout.write(run_releases())
            return 0
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
    except releases.UpdateError as error:
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
        release = releases.read(args.data) if args.command == "export" else None
        print(f"wrote {args.output}" + (f" (data as of {release.data_as_of}, release {release.id})" if release else ""),
              file=sys.stderr)
    return 0
