"""One exception tree for claimcheck, and the catalogue of its messages.

Every message is written once here, as a numbered template, so that it can be looked up
and tested. Errors raised by libraries underneath are translated into these, with the file
(and line, where there is one) that caused them.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path


class Msg(str, Enum):
    """Numbered message templates. Format with keyword arguments."""

    E001 = "E001 {path}: file not found. Check the path, or pass a directory to walk it."
    E002 = "E002 {path}: cannot read the file ({reason})."
    E003 = "E003 {path}: looks like a binary file ({reason}); only text, Markdown and HTML are read."
    E004 = "E004 {path}: the file is empty (no text left after cleaning)."
    E005 = "E005 {path}: cannot decode the bytes as text ({reason})."
    E006 = "E006 {path}: unsupported file type '{suffix}'; claimcheck reads .txt, .md, .markdown, .html and .htm."
    E007 = "E007 {path}: claims could not be extracted ({reason}); the file was skipped. Please report this with the file attached."
    E008 = ("E008 {path}:{line}: a sentence could not be read ({reason}); its claims are missing, the rest of "
            "the file was read. Please report this with the file attached.")
    E010 = "E010 {value!r} is not a date claimcheck understands; write it as YYYY-MM-DD."
    E011 = "E011 --tolerance must be at least 0 and below 1 (a share of the value, e.g. 0.01 for 1%); got {value!r}."
    E012 = "E012 unknown output format {value!r}; use one of: {choices}."
    E014 = "E014 {path}: cannot write the output ({reason})."
    E015 = ("E015 the spaCy pipeline {model!r} is not installed. Install it with pip (as a package "
            "named like the pipeline), or leave out --spacy-model: claimcheck needs no trained pipeline.")
    E013 = "E013 no documents to read in {paths}; pass files or directories with .txt, .md or .html files."
    E016 = "E016 --jobs must be 1 or more (the number of worker processes); got {value!r}."
    E017 = ("E017 a worker process stopped ({reason}), perhaps for lack of memory. Run again with "
            "fewer --jobs, or with --jobs 1 to see which file it was.")
    E018 = ("E018 cannot reach the Dask scheduler at {scheduler} ({reason}). Check the address "
            "(tcp://host:8786), or leave out --scheduler to run a local cluster.")
    E019 = ("E019 {path}: not a claims store claimcheck can read ({reason}). Delete the folder and "
            "run `claimcheck index` again.")
    E020 = ("E020 {path}: no claims store here. Build one with `claimcheck index PATHS` "
            "(it writes .claimcheck/ in the current folder, or where --store says).")
    E021 = ("E021 {path}: the claims store was written by another version of claimcheck "
            "(pipeline {found}, this is {expected}). Run `claimcheck index` again to rebuild it.")
    E022 = ("E022 {path}: cannot write to the claims store ({reason}). Is another `claimcheck index` "
            "writing to it? Wait for it to finish, or pass another --store.")
    # Editorial CI: configuration, the fact sheet and the baseline (E030-E049).
    E030 = "E030 {path}: {what} was not found. {hint}"
    E031 = "E031 {path}:{line}: not valid TOML ({reason}). Fix the syntax on that line."
    E032 = "E032 {path}:{line}: unknown key {key!r} in {table}; the known keys are: {choices}."
    E033 = "E033 {path}:{line}: {key} must be {expected}; got {value!r}."
    E034 = "E034 {path}:{line}: this {table} entry has no {key}; {hint}"
    E035 = ("E035 {path}:{line}: {value!r} is not a period claimcheck can pin down; write a year "
            "(2025), a quarter (Q1 2026), a half (H1 2026), a month (March 2026), a day (2026-02-04) "
            "or a span of years (2023-2025).")
    E036 = ("E036 {path}:{line}: {value!r} is not a number claimcheck can read; write it as in "
            "a text, e.g. 227.9, \"227.9 billion\" or \"4,200\".")
    E037 = ("E037 {path}:{line}: {value!r} is not a unit claimcheck knows; use a currency (USD, EUR, "
            "$), percent, percentage points, a physical unit (km) or the noun counted (people).")
    E038 = ("E038 no documents to check: pass paths (claimcheck check PATHS, pytest --claimcheck "
            "PATH) or set paths in [tool.claimcheck] of pyproject.toml.")
    E039 = "E039 {path}:{line}: {key} names {file}, which does not exist. Fix the path, or create the file."
    # Sources index (W050-W059): warnings and notes, never errors.
    W050 = "W050 {path}:{line}: {problem}; the row is left out."
    W051 = "W051 {path}: used as the sources index (it dates {count} of the documents read), not read as a document."


class ClaimcheckError(Exception):
    """Base of every error claimcheck raises on purpose."""

    def __init__(self, msg: Msg, **fields: object) -> None:
        self.code = msg.name
        self.fields = fields
        super().__init__(msg.value.format(**fields))

    @property
    def path(self) -> Path | None:
        """The file the error is about, when there is one."""
        path = self.fields.get("path")
        return Path(str(path)) if path is not None else None


class InputError(ClaimcheckError):
    """A document cannot be read: missing, unreadable, binary, empty or of an unknown type."""


class ConfigurationError(ClaimcheckError):
    """An option or setting is invalid."""


class ReferenceFileError(ConfigurationError):
    """A file claimcheck is pointed at for settings or reference (pyproject.toml, the fact sheet,
    the baseline) is missing or malformed; `path` and `line` say where."""

    @property
    def line(self) -> int | None:
        line = self.fields.get("line")
        return line if isinstance(line, int) else None


class OutputError(ClaimcheckError):
    """A report or table cannot be written where the user asked."""
