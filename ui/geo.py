"""The regional boundaries, read and validated once per server process for the maps."""
from __future__ import annotations

import streamlit as st

from analysis import geometry
from analysis.loader import DataError
from ui.i18n import t


@st.cache_resource(show_spinner=False)
def regions() -> geometry.Regions:
    """data/regions.geojson, read without geopandas (shared by every session; immutable)."""
    return geometry.read_regions()


def regions_or_none(lang: str) -> geometry.Regions | None:
    """The boundaries, or None with a visible error when the file breaks a rule."""
    try:
        return regions()
    except DataError as error:
        st.error(f"{t('error.data', lang)}\n\n`{error}`")
        return None
