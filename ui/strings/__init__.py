"""Every string the dashboard shows, in Kyrgyz, Russian and English.

Each page's own words are in app_pages/<page>/strings.py; what several pages share is here (`common`,
`charts`, `faults`). Keys are prefixed by their module's topic, so two modules never define the
same key (a test checks).
"""
from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

STRINGS: dict[str, dict[str, str]] = {}
SOURCES: dict[str, str] = {}  # key -> module that defines it

_PAGES = Path(__file__).resolve().parent.parent.parent / "app_pages"
_MODULES = [f"{__name__}.{m.name}" for m in pkgutil.iter_modules(__path__)] + [
    f"app_pages.{folder.name}.strings" for folder in sorted(_PAGES.iterdir()) if (folder / "strings.py").is_file()]

for _module in sorted(_MODULES):
    for _key, _texts in importlib.import_module(_module).STRINGS.items():
        if _key in STRINGS:
            raise ValueError(f"string key {_key!r} defined in both {SOURCES[_key]} and {_module}")
        STRINGS[_key], SOURCES[_key] = _texts, _module
