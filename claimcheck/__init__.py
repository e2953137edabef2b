"""claimcheck: find where documents disagree on figures and dates, and cite both sides."""

from .baseline import read_baseline, write_baseline
from .corpus import Corpus, extract, extract_documents, load
from .errors import ClaimcheckError, ConfigurationError, InputError, OutputError, ReferenceFileError
from .facts import read_facts
from .model import Claim, ClaimGroup, Document, Finding, Period, Quantity, Span
from .store import index

__version__ = "0.1.0"

__all__ = [
    "Claim", "ClaimGroup", "ClaimcheckError", "ConfigurationError", "Corpus", "Document",
    "Finding", "InputError", "OutputError", "Period", "Quantity", "ReferenceFileError", "Span", "extract",
    "extract_documents", "index", "load", "read_baseline", "read_facts", "write_baseline", "__version__",
]
