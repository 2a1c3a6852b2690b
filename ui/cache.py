"""What a page builds (figures, tables, summaries) kept between reruns and shared by sessions.

A rerun that only redraws what was built before costs the page's serialisation, not its
computation. Everything the result depends on must be an argument of the kept function: the
dataset, the language, the page's state (plain values: hashing them is cheap, hashing data
frames is not). A page script's own globals may be used only when they follow from the
dataset and the language alone.
"""
from __future__ import annotations

import streamlit as st

from analysis.loader import Dataset

ENTRIES = 48     # per function: every language x the states people actually pick


def kept(func):
    """Keep `func`'s result for each distinct arguments (the dataset by identity: one per
    process). The result is shared by every session: callers never change it."""
    if func.__module__ == "__main__":
        # Every page script runs as __main__: without its file in the key, two pages' functions
        # of the same name and source would share one cache.
        func.__module__ = func.__code__.co_filename
    return st.cache_resource(show_spinner=False, max_entries=ENTRIES, hash_funcs={Dataset: id})(func)
