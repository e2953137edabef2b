"""The pytest plugin: installing claimcheck is all an editorial repository needs for its tests.

Registered through the `pytest11` entry point. Settings come from [tool.claimcheck] of the
pyproject.toml in pytest's rootdir, with the --claimcheck options over them. The fixtures give
the configured corpus (built once per session) and a factory for corpora from paths or texts.
With --claimcheck-groups (or `collect-groups = true`), every fact stated in two or more places
is a test item of its own: it fails when its sources conflict, and an accepted conflict xfails.

This module stands outside the `claimcheck` package, and imports it only in a session that uses
it: importing the package loads spaCy and pandas, and pytest loads every installed plugin in every
session, so the plugin costs nothing to test suites that do not use it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

pytest.register_assert_rewrite("claimcheck.testing")

if TYPE_CHECKING:
    from claimcheck.config import Settings
    from claimcheck.corpus import Corpus
    from claimcheck.model import Finding

SETTINGS: pytest.StashKey[Settings] = pytest.StashKey()
CORPUS: pytest.StashKey[Corpus] = pytest.StashKey()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("claimcheck", "claimcheck: figures and dates that documents state differently")
    group.addoption("--claimcheck", action="append", dest="claimcheck_paths", default=[], metavar="PATH",
                    help="A file or folder of documents to check (repeat for more); "
                    "replaces paths in [tool.claimcheck].")
    group.addoption("--claimcheck-facts", dest="claimcheck_facts", metavar="FILE",
                    help="The fact sheet (TOML) of verified figures.")
    group.addoption("--claimcheck-baseline", dest="claimcheck_baseline", metavar="FILE",
                    help="The baseline (TOML) of accepted conflicts.")
    group.addoption("--claimcheck-tolerance", dest="claimcheck_tolerance", type=float, metavar="SHARE",
                    help="How far apart figures may be and still agree, as a share (0.01 = 1%%).")
    group.addoption("--claimcheck-groups", dest="claimcheck_groups", action="store_true", default=None,
                    help="Collect each fact stated in two or more places as a test item.")


def pytest_configure(config: pytest.Config) -> None:
    """Read the settings once, when this session uses claimcheck; a bad one stops pytest with
    its message (file and line), not a traceback."""
    pyproject = config.rootpath / "pyproject.toml"
    uses_table = pyproject.is_file() and "[tool.claimcheck]" in pyproject.read_text(encoding="utf-8", errors="replace")
    options = config.option
    flags = [options.claimcheck_paths, options.claimcheck_facts, options.claimcheck_baseline,
             options.claimcheck_tolerance, options.claimcheck_groups]
    if not uses_table and not any(flag not in (None, []) for flag in flags):
        return
    from claimcheck.config import read_settings
    from claimcheck.errors import ClaimcheckError

    here = config.invocation_params.dir
    try:
        settings = read_settings(pyproject if uses_table else None)
    except ClaimcheckError as error:
        raise pytest.UsageError(str(error)) from None
    config.stash[SETTINGS] = settings.override(
        paths=[here / p for p in options.claimcheck_paths],
        facts=here / options.claimcheck_facts if options.claimcheck_facts else None,
        baseline=here / options.claimcheck_baseline if options.claimcheck_baseline else None,
        tolerance=options.claimcheck_tolerance,
        collect_groups=options.claimcheck_groups,
    )


def configured_corpus(config: pytest.Config) -> Corpus:
    """The configured corpus, built on first use and kept for the session."""
    if SETTINGS not in config.stash:  # no [tool.claimcheck] and no --claimcheck option
        from claimcheck.errors import ConfigurationError, Msg

        raise ConfigurationError(Msg.E038)
    if CORPUS not in config.stash:
        config.stash[CORPUS] = config.stash[SETTINGS].load()
    return config.stash[CORPUS]


@pytest.fixture(scope="session")
def claimcheck_corpus(pytestconfig: pytest.Config) -> Corpus:
    """The corpus [tool.claimcheck] and the --claimcheck options describe, built once per session."""
    from claimcheck.errors import ClaimcheckError

    try:
        return configured_corpus(pytestconfig)
    except ClaimcheckError as error:
        pytest.fail(str(error), pytrace=False)


@pytest.fixture
def claimcheck_corpus_factory(tmp_path_factory: pytest.TempPathFactory) -> Callable[..., Corpus]:
    """A factory: `claimcheck_corpus_factory(*paths, texts={"a.md": "..."}, facts=..., baseline=...,
    tolerance=..., published=...)` reads the paths and the texts (written to files of those names)."""
    from claimcheck.corpus import load
    from claimcheck.errors import ClaimcheckError

    def make(*paths: str | Path, texts: Mapping[str, str] | None = None, facts: str | Path | None = None,
             baseline: str | Path | None = None, tolerance: float = 0.0, published: date | None = None) -> Corpus:
        inputs = [Path(p) for p in paths]
        if texts:
            folder = tmp_path_factory.mktemp("claimcheck")
            for name, text in texts.items():
                (folder / name).write_text(text, encoding="utf-8")
            inputs += [folder / name for name in texts]
        try:
            return load(inputs, facts=facts, baseline=baseline, tolerance=tolerance, published=published)
        except ClaimcheckError as error:
            pytest.fail(str(error), pytrace=False)

    return make


# --- one test item per fact ----------------------------------------------------------------------


class ConflictFound(Exception):
    """A claim group item's sources disagree; the message cites each side."""


class ClaimGroupItem(pytest.Item):
    """One fact stated in two or more places: passes when they agree, fails when they conflict."""

    def __init__(self, *, corpus: Corpus, finding: Finding, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.corpus = corpus
        self.finding = finding

    def runtest(self) -> None:
        if self.finding.verdict == "agree":
            return
        if self.finding.accepted:
            pytest.xfail(f"accepted in {self.finding.accepted}")
        from claimcheck.report import check_block

        raise ConflictFound("\n".join(check_block(self.corpus, self.finding)))

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> Any:
        if isinstance(excinfo.value, ConflictFound):
            return str(excinfo.value)
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self) -> tuple[Path, int, str]:
        first = min(self.finding.group.claims, key=lambda c: (self.corpus.path_of(c.doc), c.span.start))
        return Path(self.corpus.path_of(first.doc)), first.span.line - 1, f"claimcheck: {self.name}"


class ClaimGroups(pytest.File):
    """The configured corpus's facts stated in two or more places, one item each, under the
    pyproject.toml that configures them (node ids read `pyproject.toml::extension cost`)."""

    def collect(self) -> list[pytest.Item]:
        corpus = configured_corpus(self.config)
        items: list[pytest.Item] = []
        seen: dict[str, int] = {}
        for finding in sorted(corpus.findings, key=lambda f: (f.group.label, f.group.id)):
            label = finding.group.label
            seen[label] = seen.get(label, 0) + 1
            name = label if seen[label] == 1 else f"{label} [{seen[label]}]"
            items.append(ClaimGroupItem.from_parent(self, name=name, corpus=corpus, finding=finding))
        return items

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> Any:
        from claimcheck.errors import ClaimcheckError

        if isinstance(excinfo.value, ClaimcheckError):
            return str(excinfo.value)
        return super().repr_failure(excinfo, style=style)


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(session: pytest.Session, config: pytest.Config, items: list[pytest.Item]) -> None:
    """With collect-groups on, add one item per fact after the tests (before -k and -m select);
    a bad setting or fact sheet is a collection error with its message."""
    settings = config.stash.get(SETTINGS, None)
    if settings is not None and settings.collect_groups:
        items.extend(session.genitems(ClaimGroups.from_parent(session, path=config.rootpath / "pyproject.toml")))
