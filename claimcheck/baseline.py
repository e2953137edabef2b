"""Accepted discrepancies: conflicts the desk has reviewed and decided to live with.

A baseline entry names a conflict by its fact (the group label: measure · scope · period) and by
the documents involved, as paths relative to the baseline file - never by line, so an edit
elsewhere in a file keeps the conflict accepted. A conflict that is not in the baseline is new,
and still fails `claimcheck check` and the pytest plugin.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import Msg, OutputError
from .ingest import display_path
from .model import Finding
from .tomlfile import TomlFile, check_keys, read_entries, string_list, typed

if TYPE_CHECKING:
    from .corpus import Corpus

TABLE = "accepted"
DEFAULT_BASELINE = "claimcheck-baseline.toml"  # next to pyproject.toml, when no baseline is set
ENTRY_KEYS = ("fact", "documents", "reason", "note")
HEADER = """\
# Conflicts the desk has reviewed and accepted: claimcheck reports them apart and does not fail on
# them. Written by `claimcheck check --write-baseline`. An entry is matched by its fact and its
# documents (paths relative to this file), not by line numbers. Say in `note` why it is accepted.
"""

PathOf = Callable[[str], str]
"""The path of a document (by id) as the user would open it from the working directory."""


@dataclass(frozen=True, slots=True)
class Accepted:
    """One accepted conflict: its fact, the documents involved, and where the entry is."""

    fact: str
    documents: tuple[str, ...]
    line: int
    reason: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Baseline:
    """The accepted conflicts of one file."""

    path: Path
    shown: str
    entries: tuple[Accepted, ...] = ()

    def relative(self, path: str) -> str:
        """A document's path (from the working directory) relative to this file's folder."""
        folder = os.path.dirname(os.path.abspath(self.path))
        return Path(os.path.relpath(os.path.abspath(path), folder)).as_posix()

    def key(self, finding: Finding, path_of: PathOf) -> tuple[str, tuple[str, ...]]:
        """What names a conflict here: its fact and its documents relative to this file."""
        documents = {self.relative(path_of(doc)) for doc in finding.group.documents}
        return finding.group.label, tuple(sorted(documents))

    def entry_for(self, finding: Finding, path_of: PathOf) -> Accepted | None:
        """The entry that accepts this conflict, if any."""
        key = self.key(finding, path_of)
        return next((e for e in self.entries if (e.fact, e.documents) == key), None)

    def unused(self, findings: Iterable[Finding], path_of: PathOf) -> list[Accepted]:
        """Entries that accept no conflict found now: fixed since, or renamed."""
        keys = {self.key(f, path_of) for f in findings if f.verdict == "conflict"}
        return [e for e in self.entries if (e.fact, e.documents) not in keys]


def read_baseline(path: str | Path) -> Baseline:
    """Read a baseline file; errors name the file and the line of the bad entry."""
    file, entries = read_entries(path, TABLE, what="the baseline file",
                                 hint="Write it with `claimcheck check --write-baseline`, or check the baseline path.")
    return Baseline(file.path, file.shown, tuple(_entry(file, i, entry) for i, entry in enumerate(entries)))


def _entry(file: TomlFile, index: int, entry: dict[str, Any]) -> Accepted:
    """One `[[accepted]]` table; E034 when its fact or documents are missing."""
    check_keys(file, TABLE, entry, ENTRY_KEYS, index, shown_as="[[accepted]]")
    fact = typed(file, TABLE, entry, "fact", str, "a string", index)
    documents = string_list(file, TABLE, entry, "documents", index)
    for key, given in (("fact", fact), ("documents", documents)):
        if not given:
            raise file.error(Msg.E034, TABLE, None, index, table="[[accepted]]", key=key,
                             hint="write entries with `claimcheck check --write-baseline`.")
    return Accepted(fact, tuple(sorted(documents)), file.line_of(TABLE, None, index),
                    typed(file, TABLE, entry, "reason", str, "a string", index),
                    typed(file, TABLE, entry, "note", str, "a string", index) or None)


def accept(findings: Sequence[Finding], baseline: Baseline, path_of: PathOf) -> list[Finding]:
    """The findings, with each conflict the baseline accepts marked with its entry's place."""
    marked = []
    for finding in findings:
        entry = baseline.entry_for(finding, path_of) if finding.verdict == "conflict" else None
        marked.append(replace(finding, accepted=f"{baseline.shown}:{entry.line}") if entry else finding)
    return marked


def baseline_text(conflicts: Sequence[Finding], target: Baseline, path_of: PathOf,
                  previous: Baseline | None = None, checked: Iterable[str] = ()) -> str:
    """The baseline file accepting `conflicts`. From `previous`, notes are kept, and so are
    entries about documents that were not `checked` (paths relative to the baseline) this run."""
    notes = {(e.fact, e.documents): e.note for e in previous.entries} if previous else {}
    seen = set(checked)
    kept = [e for e in (previous.entries if previous else ()) if not set(e.documents) <= seen]
    entries = {(e.fact, e.documents): e for e in kept}
    for finding in conflicts:
        fact, documents = target.key(finding, path_of)
        entries[(fact, documents)] = Accepted(fact, documents, 0, finding.reason, notes.get((fact, documents)))
    blocks = [_entry_text(entries[key]) for key in sorted(entries)]
    return HEADER + "".join("\n" + block for block in blocks)


def _entry_text(entry: Accepted) -> str:
    """One `[[accepted]]` table in TOML (JSON strings are valid TOML basic strings)."""
    lines = ["[[accepted]]", f"fact = {json.dumps(entry.fact, ensure_ascii=False)}",
             f"documents = [{', '.join(json.dumps(d, ensure_ascii=False) for d in entry.documents)}]"]
    if entry.reason:
        lines.append(f"reason = {json.dumps(entry.reason, ensure_ascii=False)}")
    lines.append(f"note = {json.dumps(entry.note or '', ensure_ascii=False)}")
    return "\n".join(lines) + "\n"


def write_baseline(corpus: Corpus, path: str | Path) -> int:
    """Accept every conflict of the corpus in a baseline file (notes and entries about documents
    not read this run are kept); returns how many conflicts it accepts now."""
    path = Path(path)
    target = Baseline(path, display_path(path))
    previous = corpus.baseline
    if previous is None or os.path.abspath(previous.path) != os.path.abspath(path):
        previous = read_baseline(path) if path.exists() else None
    conflicts = [f for f in corpus.findings if f.verdict == "conflict"]
    checked = [target.relative(d.path) for d in corpus.read + corpus.references]
    text = baseline_text(conflicts, target, corpus.path_of, previous, checked)
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as error:
        raise OutputError(Msg.E014, path=display_path(path), reason=error.strerror or error) from error
    return len(conflicts)
