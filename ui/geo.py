"""The regional boundaries, read and validated once per server process for the maps."""
from __future__ import annotations

import geopandas as gpd
import streamlit as st

from analysis import geometry
from analysis.loader import DataError
from ui.i18n import t


@st.cache_resource(show_spinner=False)
def regions() -> gpd.GeoDataFrame:
    """data/regions.geojson as a GeoDataFrame (shared by every session; never modified)."""
    return geometry.load_regions()


def regions_or_none(lang: str) -> gpd.GeoDataFrame | None:
    """The boundaries, or None with a visible error when the file breaks a rule."""
    try:
        return regions()
    except DataError as error:
        st.error(f"{t('error.data', lang)}\n\n`{error}`")
        return None
