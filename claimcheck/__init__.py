"""claimcheck: find where documents disagree on figures and dates, and cite both sides."""

from .corpus import Corpus, extract, extract_documents, load
from .errors import ClaimcheckError, ConfigurationError, InputError, OutputError
from .model import Claim, ClaimGroup, Document, Finding, Period, Quantity, Span
from .store import index

__version__ = "0.1.0"

__all__ = [
    "Claim", "ClaimGroup", "ClaimcheckError", "ConfigurationError", "Corpus", "Document",
    "Finding", "InputError", "OutputError", "Period", "Quantity", "Span", "extract", "extract_documents",
    "index", "load", "__version__",
]
