"""claimcheck: find where documents disagree on figures and dates, and cite both sides."""

from .corpus import Corpus, extract, load
from .errors import ClaimcheckError, ConfigurationError, InputError, OutputError
from .model import Claim, ClaimGroup, Document, Finding, Period, Quantity, Span

__version__ = "0.1.0"

__all__ = [
    "Claim", "ClaimGroup", "ClaimcheckError", "ConfigurationError", "Corpus", "Document",
    "Finding", "InputError", "OutputError", "Period", "Quantity", "Span", "extract", "load", "__version__",
]
