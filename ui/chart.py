"""The one chart component: every chart of every page is drawn by `chart()`.

Each chart offers its views (Chart, Table, and Map for a regional indicator; the open one in the
URL as ?view.<key>=table), text for screen readers, "About this data" (definition, unit, every
source in full, flags and breaks in words, the release, a citation), downloads of exactly what it
shows (CSV, Excel, PNG, SVG, named by what they hold) and a link to this view. The About,
Download and Link panels are built only while open (popovers with on_change="rerun"), and only
the open view is drawn.
"""
from __future__ import annotations

import shutil
from urllib.parse import urlencode

import streamlit as st

from analysis import chart_view, maps
from analysis.chart_view import Chart
from analysis.loader import Dataset
from ui import state, tables
from ui.cache import kept
from ui.charts import PLOTLY_CONFIG, show
from ui.i18n import t
from ui.tables import Sortable

# Every chart's Map view at the width of the page, in its shape (maps.container_css, for any key
# that starts with "map-view-").
MAP_VIEW_CSS = "<style>" + maps.container_css("map-view").replace(".st-key-map-view", "[class*='st-key-map-view-']") \
    + "</style>"
MEDIA = {"csv": "text/csv", "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
         "png": "image/png", "svg": "image/svg+xml"}


def chart(data: Dataset, lang: str, made: Chart, key: str, config: dict | None = None, width: str = "stretch",
          controls: bool = True) -> None:
    """Draw `made` under the Streamlit key `key` with its views and panels. controls=False (a
    slide, a card's sparkline): the chart alone, still with its text for screen readers."""
    if not controls:
        show(made.figure, key, config=config, width=width, alt=made.alt)
        return
    param = f"view.{key.removesuffix('_chart')}"
    view = state.read_choice(lang, param, made.views, made.views[0])
    if len(made.views) > 1:
        picked = st.segmented_control(t("chart.view", lang), made.views, default=view, key=f"{key}_view",
                                      format_func=lambda v: t(f"chart.view.{v}", lang),
                                      label_visibility="collapsed")
        view = picked or view       # a click on the open view leaves it open
        state.write(param, view, made.views[0])
    if view == "table":
        _table(data, lang, made, key)
    elif view == "map" and not made.is_map:
        _map(data, lang, made, key)
    else:
        named = {**(PLOTLY_CONFIG if config is None else config)}
        named["toImageButtonOptions"] = {**named.get("toImageButtonOptions", {}),
                                         "filename": _stem(data, made, lang)}
        show(made.figure, key, config=named, width=width, alt=made.alt)
    _panels(data, lang, made, key)


@kept(entries=16)
def _stem(data, made, lang):
    return chart_view.file_stem(data, made, lang)


@kept(entries=16)
def _table_of(data, made, lang) -> Sortable:
    frame = chart_view.table(data, made, lang)
    value = chart_view.TABLE_HEADERS[lang]["value"]
    decimals = _decimals(data, made)
    numbers = tuple(frame[value].astype(float))
    observed = len(frame) - (len(made.computed) if made.computed is not None else 0)
    missing = t("chart.no_data", lang)
    shown = frame.assign(**{value: [missing if v != v else chart_view.number(v, decimals if i < observed
                                                                             else made.computed_decimals, lang)
                                    for i, v in enumerate(numbers)]})
    return Sortable(shown, {value: numbers})


def _decimals(data, made) -> int:
    ids = chart_view.observations(data, made)["indicator_id"].unique()
    return max((int(data.indicators.loc[i, "decimals"]) for i in ids), default=1)


def _table(data, lang, made, key) -> None:
    tables.show_table(_table_of(data, made, lang), hide_index=True, width="stretch", key=f"{key}_table")


def _map(data, lang, made, key) -> None:
    from ui.regional_map import map_chart        # the map's module draws with this one
    shown = map_chart(data, lang, made.map_indicator, made.map_year)
    if shown is None:
        st.info(t("chart.no_map", lang))
        return
    st.html(MAP_VIEW_CSS)
    show(shown.figure, f"map-view-{key}", config=maps.MAP_CONFIG, width="stretch", alt=shown.alt)


def _panels(data, lang, made, key) -> None:
    with st.container(horizontal=True, gap="small", key=f"{key}_panels"):
        panel = st.popover(t("chart.about", lang), icon=":material/info:", key=f"{key}_about", on_change="rerun")
        if panel.open:
            with panel:
                _about(data, lang, made)
        panel = st.popover(t("chart.download", lang), icon=":material/download:", key=f"{key}_download",
                           on_change="rerun")
        if panel.open:
            with panel:
                _downloads(data, lang, made, key)
        panel = st.popover(t("chart.link", lang), icon=":material/link:", key=f"{key}_link", on_change="rerun")
        if panel.open:
            with panel:
                st.caption(t("chart.link_note", lang))
                st.code(link_to_view(), language=None, wrap_lines=True)


def link_to_view() -> str:
    """This page's address with the current view's parameters (views, regions, years, language)."""
    base = st.context.url or ""
    query = urlencode(st.query_params.to_dict())
    return f"{base}?{query}" if query else base


@kept(entries=16)
def _about_text(data, made, lang) -> str:
    said = chart_view.about(data, made, lang)
    parts = []
    for item in said.indicators:
        parts.append(f"**{item['name']}** ({t('chart.about.unit', lang)}: {item['unit']})\n\n{item['definition']}")
    lines = []
    for s in said.sources:
        where = s["url"] or s["document"]
        kind = t(f"chart.about.{s['kind']}", lang) if s["kind"] in ("primary", "secondary") else s["kind"]
        text = f"- {s['publisher']}, *{s['title']}*" + (f" ({s['date']})" if s["date"] else "") + f"; {kind}"
        if where:
            text += f"; {where}"
        if s["licence"]:
            text += f"; {t('chart.about.licence', lang)}: {s['licence']}"
        lines.append(text)
    parts.append(f"**{t('chart.about.sources', lang)}**\n\n" + "\n".join(lines))
    if said.flags:
        parts.append(f"**{t('chart.about.flags', lang)}**\n\n"
                     + "\n".join(f"- `{flag}`: {meaning}" for flag, meaning in said.flags))
    if said.breaks:
        parts.append(f"**{t('chart.about.breaks', lang)}**\n\n"
                     + "\n".join(f"- {year}: {note}" for year, note in said.breaks))
    if said.release:
        parts.append(t("chart.about.release", lang, id=said.release[0], as_of=said.release[1]))
    if said.citation:
        parts.append(f"**{t('chart.about.cite', lang)}**\n\n{said.citation}")
    return "\n\n".join(parts).replace("$", "\\$")


def _about(data, lang, made) -> None:
    st.markdown(_about_text(data, made, lang))


def _downloads(data, lang, made, key) -> None:
    stem = _stem(data, made, lang)
    st.caption(t("chart.download_note", lang))
    for fmt in ("csv", "xlsx"):
        st.download_button(t(f"chart.download.{fmt}", lang), lambda fmt=fmt: chart_view.table_file(data, made, fmt, lang),
                           file_name=f"{stem}.{fmt}", mime=MEDIA[fmt], key=f"{key}_{fmt}", on_click="ignore",
                           icon=":material/table:")
    if not _has_chromium():
        st.caption(t("chart.no_images", lang))
        return
    for fmt in chart_view.IMAGE_FORMATS:
        st.download_button(t(f"chart.download.{fmt}", lang), lambda fmt=fmt: _image(made, fmt), file_name=f"{stem}.{fmt}",
                           mime=MEDIA[fmt], key=f"{key}_{fmt}", on_click="ignore", icon=":material/image:")


@kept(entries=8)
def _image(made, fmt) -> bytes:
    return chart_view.image_file(made.figure, fmt)


def _has_chromium() -> bool:
    return any(shutil.which(name) for name in ("chromium", "chromium-browser", "google-chrome", "chrome"))
