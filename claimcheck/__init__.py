"""claimcheck: find where documents disagree on figures and dates, and cite both sides.

The public names load on first use (PEP 562), so that the `claimcheck` command can hand its work
to a warm server (claimcheck.server) without first compiling the whole grammar.
"""

from __future__ import annotations

import sys
from importlib import import_module
from types import ModuleType
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_HOMES = {
    "read_baseline": "baseline", "write_baseline": "baseline",
    "Corpus": "corpus", "extract": "corpus", "extract_documents": "corpus", "load": "corpus",
    "ClaimcheckError": "errors", "ConfigurationError": "errors", "InputError": "errors",
    "OutputError": "errors", "ReferenceFileError": "errors",
    "read_facts": "facts",
    "Claim": "model", "ClaimGroup": "model", "Document": "model", "Finding": "model",
    "Period": "model", "Quantity": "model", "Span": "model",
    "index": "store",
}

__all__ = [
    "Claim", "ClaimGroup", "ClaimcheckError", "ConfigurationError", "Corpus", "Document",
    "Finding", "InputError", "OutputError", "Period", "Quantity", "ReferenceFileError", "Span", "extract",
    "extract_documents", "index", "load", "read_baseline", "read_facts", "write_baseline", "__version__",
]

if TYPE_CHECKING:
    from .baseline import read_baseline, write_baseline
    from .corpus import Corpus, extract, extract_documents, load
    from .errors import (
        ClaimcheckError,
        ConfigurationError,
        InputError,
        OutputError,
        ReferenceFileError,
    )
    from .facts import read_facts
    from .model import Claim, ClaimGroup, Document, Finding, Period, Quantity, Span
    from .store import index


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module 'claimcheck' has no attribute {name!r}")
    value = getattr(import_module(f".{_HOMES[name]}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_HOMES))


class _Package(ModuleType):
    """`claimcheck.extract` is the function: importing the claimcheck.extract module (which the
    import system would bind to the same name) leaves it so."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _HOMES and isinstance(value, ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
