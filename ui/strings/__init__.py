"""Every string the dashboard shows, in Kyrgyz, Russian and English.

One module per page (and `common` for what pages share); keys are prefixed by the module's
topic, so two modules never define the same key (a test checks).
"""
from __future__ import annotations

import importlib
import pkgutil

STRINGS: dict[str, dict[str, str]] = {}
SOURCES: dict[str, str] = {}  # key -> module that defines it

for _module in sorted(m.name for m in pkgutil.iter_modules(__path__)):
    for _key, _texts in importlib.import_module(f"{__name__}.{_module}").STRINGS.items():
        if _key in STRINGS:
            raise ValueError(f"string key {_key!r} defined in both {SOURCES[_key]} and {_module}")
        STRINGS[_key], SOURCES[_key] = _texts, _module
