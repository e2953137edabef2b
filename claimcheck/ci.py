"""What CI systems read: GitHub Actions annotations, SARIF 2.1.0 for code-scanning views, and the
Markdown step summary. All computed from a Corpus, like the report.

Every conflict has a stable rule id: CC001 when documents disagree, CC002 when a document
contradicts the fact sheet. Each document side of a conflict is one annotation (and one SARIF
result), so both files show the problem where it is written.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from .corpus import Corpus
from .errors import Msg, OutputError
from .model import Claim, Finding
from .reconcile import off_reference
from .report import (
    citation,
    md_accepted,
    md_conflicts,
    md_summary,
    md_title,
    ordered_accepted,
    ordered_claims,
    ordered_conflicts,
    summary_line,
    tool_version,
)

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/claimcheck/claimcheck"
RULES = {
    "CC001": ("conflict-between-documents", "Two documents state the same fact differently."),
    "CC002": ("conflict-with-fact-sheet", "A document contradicts a figure on the fact sheet."),
}


def rule_of(finding: Finding) -> str:
    """CC002 for a conflict with the fact sheet, CC001 for one between documents."""
    return "CC002" if any(c.reference for c in finding.group.claims) else "CC001"


def sides(corpus: Corpus, finding: Finding) -> Iterator[tuple[Claim, list[Claim]]]:
    """Each claim in the wrong with what it disagrees with: against a fact sheet, the claims that
    contradict it and the verified figure; between documents, every claim and all the others."""
    claims = ordered_claims(corpus, finding.group.claims)
    wrong = off_reference(finding.group, corpus.tolerance)
    references = [c for c in claims if c.reference]
    for claim in wrong or claims:
        yield claim, references if wrong else [other for other in claims if other is not claim]


def side_message(corpus: Corpus, finding: Finding, claim: Claim, others: list[Claim]) -> str:
    """One line about one side: its words, the others' words and places, and the reason."""
    against = "; ".join(f"\"{o.surface}\" at {citation(corpus, o)}" for o in others)
    return f"\"{claim.surface}\" here; {against}. {finding.reason}"


# --- GitHub Actions ------------------------------------------------------------------------------


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github_annotations(corpus: Corpus) -> str:
    """`::error file=,line=,col=,title=::message` for each side of each new conflict, then the
    accepted ones as notices."""
    lines = []
    for level, findings in (("error", ordered_conflicts(corpus)), ("notice", ordered_accepted(corpus))):
        for finding in findings:
            for claim, others in sides(corpus, finding):
                accepted = f" (accepted in {finding.accepted})" if finding.accepted else ""
                title = f"claimcheck {rule_of(finding)}: {finding.group.label}{accepted}"
                place = (f"file={_escape_property(corpus.path_of(claim.doc))},line={claim.span.line},"
                         f"col={claim.span.col},title={_escape_property(title)}")
                lines.append(f"::{level} {place}::{_escape_data(side_message(corpus, finding, claim, others))}")
    return "".join(line + "\n" for line in lines)


def github_text(corpus: Corpus) -> str:
    """What `check --format github` prints: the annotations, then the summary line for the log."""
    return github_annotations(corpus) + summary_line(corpus) + "\n"


# --- SARIF ---------------------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def _uri(path: str) -> str:
    """A path as a SARIF artifact URI: relative paths stay relative (to the repository root).
    Cached: each side of a conflict cites every other, so a path is asked for many times."""
    return Path(path).as_uri() if Path(path).is_absolute() else Path(path).as_posix()


def _location(corpus: Corpus, claim: Claim) -> dict[str, Any]:
    """A SARIF physical location: the file, and the claim's line and columns, with its sentence."""
    return {
        "physicalLocation": {
            "artifactLocation": {"uri": _uri(corpus.path_of(claim.doc))},
            "region": {
                "startLine": claim.span.line,
                "startColumn": claim.span.col,
                "endColumn": claim.span.col + len(claim.span.text),
                "snippet": {"text": claim.span.text},
            },
        },
        "message": {"text": f"{claim.surface}: {' '.join(claim.sentence.split())}"},
    }


def _result(corpus: Corpus, finding: Finding, claim: Claim, others: list[Claim]) -> dict[str, Any]:
    """One SARIF result: one side of a conflict, with the other sides as related locations."""
    documents = "|".join(corpus.path_of(d) for d in finding.group.documents)
    fingerprint = hashlib.sha256(f"{finding.group.label}|{documents}|{corpus.path_of(claim.doc)}".encode())
    result: dict[str, Any] = {
        "ruleId": rule_of(finding),
        "level": "error",
        "message": {"text": f"{finding.group.label}: {side_message(corpus, finding, claim, others)}"},
        "locations": [_location(corpus, claim)],
        "relatedLocations": [{"id": i, **_location(corpus, o)} for i, o in enumerate(others, 1)],
        "partialFingerprints": {"claimcheckConflict/v1": fingerprint.hexdigest()[:32]},
    }
    if finding.accepted:
        result["suppressions"] = [{"kind": "external", "status": "accepted",
                                   "justification": f"accepted in {finding.accepted}"}]
    return result


def to_sarif(corpus: Corpus) -> dict[str, Any]:
    """The conflicts as a SARIF 2.1.0 log: new ones as errors, accepted ones suppressed."""
    findings = ordered_conflicts(corpus) + ordered_accepted(corpus)
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "claimcheck",
                "version": tool_version(),
                "informationUri": INFORMATION_URI,
                "rules": [{"id": rule, "name": name, "shortDescription": {"text": text},
                           "defaultConfiguration": {"level": "error"}}
                          for rule, (name, text) in RULES.items()],
            }},
            "columnKind": "unicodeCodePoints",
            "results": [_result(corpus, f, claim, others) for f in findings for claim, others in sides(corpus, f)],
        }],
    }


def sarif_text(corpus: Corpus) -> str:
    """`to_sarif` serialised, ending in a newline."""
    return json.dumps(to_sarif(corpus), indent=2, ensure_ascii=False) + "\n"


# --- step summary --------------------------------------------------------------------------------


def step_summary(corpus: Corpus) -> str:
    """The Markdown a CI run page shows: the report without its agreements."""
    lines = md_title() + md_summary(corpus) + md_conflicts(corpus) + md_accepted(corpus)
    return "\n".join(lines) + "\n"


def append_step_summary(corpus: Corpus, path: str | Path) -> None:
    """Append the step summary to the file GitHub names in $GITHUB_STEP_SUMMARY."""
    try:
        with open(path, "a", encoding="utf-8") as summary:
            summary.write(step_summary(corpus))
    except OSError as error:
        raise OutputError(Msg.E014, path=path, reason=error.strerror or error) from error
