"""The README's examples run, and its report excerpt is what the CLI writes for data/."""

import doctest
import re
from pathlib import Path

from typer.testing import CliRunner

from claimcheck.cli import app

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"


def test_python_examples_run(monkeypatch):
    monkeypatch.chdir(ROOT)
    result = doctest.testfile(str(README), module_relative=False, optionflags=doctest.ELLIPSIS)
    assert result.attempted >= 5
    assert result.failed == 0


def test_report_excerpt_is_in_the_committed_report():
    excerpt = re.search(r"<!-- report-excerpt:start -->\n```markdown\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    assert excerpt, "the README carries a report excerpt"
    assert excerpt.group(1) in (ROOT / "reports" / "report.md").read_text(encoding="utf-8")


def test_committed_report_is_what_the_cli_writes_now(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    out = tmp_path / "report.md"
    result = CliRunner().invoke(app, ["report", "data/", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8") == (ROOT / "reports" / "report.md").read_text(encoding="utf-8")
