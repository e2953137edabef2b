"""Settings from [tool.claimcheck]: paths relative to the pyproject.toml, flags over the file,
include/exclude globs, and every mistake reported with the file and line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from claimcheck.config import Settings, configured, find_pyproject, read_settings
from claimcheck.errors import ConfigurationError, ReferenceFileError
from newsroom import DESK, lay_out

PYPROJECT = """\
[project]
name = "port-ardenne-newsroom"

[tool.claimcheck]
paths = ["stories"]
exclude = ["drafts/*"]
tolerance = 0.01
published = 2026-02-10
facts = "facts.toml"
baseline = "claimcheck-baseline.toml"
collect-groups = true
"""


@pytest.fixture
def newsroom_repo(tmp_path: Path) -> Path:
    """A repository with a pyproject.toml, stories (one a draft) and the fact sheet."""
    lay_out(tmp_path, {"pyproject.toml": PYPROJECT, "facts.toml": DESK["facts.toml"],
                       "stories/city-hall.md": DESK["city-hall.md"], "stories/budget.md": DESK["budget.md"],
                       "stories/drafts/weekly.md": DESK["weekly.md"], "stories/notes.pdf": "%PDF-1.4"})
    return tmp_path


def test_settings_are_read_relative_to_the_pyproject(newsroom_repo: Path) -> None:
    settings = read_settings(newsroom_repo / "pyproject.toml")
    assert settings.paths == (newsroom_repo / "stories",)
    assert settings.facts == newsroom_repo / "facts.toml"
    assert settings.baseline == newsroom_repo / "claimcheck-baseline.toml"
    assert (settings.tolerance, settings.published, settings.collect_groups) == (0.01, date(2026, 2, 10), True)


def test_exclude_globs_leave_files_out_and_unsupported_ones_are_still_reported(newsroom_repo: Path) -> None:
    inputs = read_settings(newsroom_repo / "pyproject.toml").inputs()
    assert [p.relative_to(newsroom_repo).as_posix() for p in inputs] == [
        "stories/budget.md", "stories/city-hall.md", "stories/notes.pdf"]


def test_include_globs_choose_the_files(newsroom_repo: Path) -> None:
    settings = read_settings(newsroom_repo / "pyproject.toml").override(include=("*.md",), exclude=("budget.md",))
    assert [p.name for p in settings.inputs()] == ["city-hall.md", "weekly.md"]


def test_flags_win_over_the_file(newsroom_repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(newsroom_repo / "stories")
    settings = configured(Path.cwd(), paths=[Path("budget.md")], tolerance=0.0, facts=None)
    assert settings.paths == (Path("budget.md"),)
    assert settings.tolerance == 0.0
    assert settings.facts == newsroom_repo / "facts.toml"


def test_the_nearest_pyproject_with_the_table_is_used(newsroom_repo: Path) -> None:
    lay_out(newsroom_repo, {"stories/pyproject.toml": '[project]\nname = "not-claimcheck"\n'})
    assert find_pyproject(newsroom_repo / "stories" / "drafts") == newsroom_repo / "pyproject.toml"


def test_without_any_paths_there_is_nothing_to_check() -> None:
    with pytest.raises(ConfigurationError, match="E038 no documents to check"):
        Settings().inputs()


@pytest.mark.parametrize("setting, code, words", [
    ('facts-file = "facts.toml"', "E032",
     "unknown key 'facts-file' in [tool.claimcheck]; the known keys are: paths, include, exclude"),
    ("tolerance = 5", "E033", "tolerance must be a number from 0 up to 1 (0.01 is 1%); got 5"),
    ('tolerance = "1%"', "E033", "tolerance must be a number from 0 up to 1 (0.01 is 1%); got '1%'"),
    ('published = "10/02/2026"', "E033", "published must be a date (YYYY-MM-DD); got '10/02/2026'"),
    ("paths = [1, 2]", "E033", "paths must be a list of strings; got [1, 2]"),
    ('collect-groups = "yes"', "E033", "collect-groups must be true or false; got 'yes'"),
    ("paths = [stories]", "E031", "not valid TOML"),
])
def test_a_bad_setting_names_the_file_and_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               setting: str, code: str, words: str) -> None:
    monkeypatch.chdir(tmp_path)
    paths = "" if setting.startswith("paths") else 'paths = ["."]\n'
    lay_out(tmp_path, {"pyproject.toml": f'[project]\nname = "x"\n\n[tool.claimcheck]\n{setting}\n{paths}'})
    with pytest.raises(ReferenceFileError) as excinfo:
        read_settings(Path("pyproject.toml"))
    assert str(excinfo.value).startswith(f"{code} pyproject.toml:5: ")
    assert words in str(excinfo.value)
