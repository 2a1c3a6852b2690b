"""What a page builds (figures, tables, summaries) kept between reruns and shared by sessions.

A rerun that only redraws what was built before costs the page's serialisation, not its
computation. Everything the result depends on must be an argument of the kept function: the
dataset, the language, the page's state as plain hashable values (str, int, bool, tuples of
them); the modules that hold kept functions (app_pages/<page>/content.py) have constants only at module level.

Not st.cache_resource: its hasher walks every argument on every call (a data frame costs
milliseconds) and reads a function's source each time one is wrapped. Here the key is the
tuple of arguments itself, the dataset by identity, and a function is known by its file, name
and code.
"""
from __future__ import annotations

import functools
import threading
from collections import OrderedDict

from analysis.loader import Dataset

ENTRIES = 48     # per function: every language x the states people actually pick

_lock = threading.Lock()
_results: dict[tuple, OrderedDict] = {}
_building: dict[tuple, threading.Event] = {}   # (function, key) being built, set when done


class _Same:
    """The dataset in a key: by identity (one per process), held so its id is never reused."""
    __slots__ = ("obj",)

    def __init__(self, obj) -> None:
        self.obj = obj

    def __hash__(self) -> int:
        return id(self.obj)

    def __eq__(self, other) -> bool:
        return isinstance(other, _Same) and other.obj is self.obj


def kept(func=None, *, entries: int = ENTRIES):
    """Keep `func`'s result for each distinct arguments, the last `entries` of them. The result
    is shared by every session: callers never change it. Exceptions are not kept.

    `@kept` or `@kept(entries=8)` (for large results such as download files)."""
    if func is None:
        return lambda f: kept(f, entries=entries)
    code = func.__code__
    name = (code.co_filename, func.__qualname__, code.co_code, code.co_consts)

    @functools.wraps(func)
    def call(*args, **kwargs):
        key = tuple(_Same(a) if isinstance(a, Dataset) else a for a in args) + tuple(sorted(kwargs.items()))
        try:
            hash(key)
        except TypeError:
            raise TypeError(f"{func.__qualname__}: kept functions take plain hashable arguments, not {key!r:.200}") from None
        while True:
            with _lock:
                results = _results.setdefault(name, OrderedDict())
                if key in results:
                    results.move_to_end(key)
                    return results[key]
                # One thread builds a result; others asking for the same one meanwhile (sessions
                # opening the same page at once, the slides built ahead) wait for it.
                building = _building.get((name, key))
                if building is None:
                    building = _building[(name, key)] = threading.Event()
                    break
            building.wait()   # then read the result, or build it here if that build failed
        try:
            value = func(*args, **kwargs)   # this run's function: its globals are this run's
            with _lock:
                results[key] = value
                while len(results) > entries:
                    results.popitem(last=False)
        finally:
            with _lock:
                _building.pop((name, key)).set()
        return value

    return call


def clear() -> None:
    """Forget everything kept (tests that swap the data folder)."""
    with _lock:
        _results.clear()
