"""wenzheng (问政): question answering and fact-checking over government work reports.

This package is the base (`settings`, `errors`: imported by everything, importing nothing of
ours) and the public face. `from wenzheng import Wenzheng` loads the service lazily so that
importing the base stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Answer", "CheckResult", "Settings", "Wenzheng"]

if TYPE_CHECKING:
    from wenzheng.bot.core.types import Answer, CheckResult
    from wenzheng.bot.service import Wenzheng
    from wenzheng.settings import Settings

_PUBLIC = {
    "Wenzheng": "wenzheng.bot.service",
    "Answer": "wenzheng.bot.core.types",
    "CheckResult": "wenzheng.bot.core.types",
    "Settings": "wenzheng.settings",
}


def __getattr__(name: str) -> Any:
    """Import a public name on first use."""
    if name not in _PUBLIC:
        raise AttributeError(f"module 'wenzheng' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(_PUBLIC[name]), name)
