"""Shared fixtures: pytester for the plugin tests, and a newsroom laid out in a temporary folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsroom import DESK, lay_out

pytest_plugins = ["pytester"]


@pytest.fixture
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The newsroom's two stories and fact sheet in the working directory (paths read short)."""
    monkeypatch.chdir(tmp_path)
    lay_out(tmp_path, DESK)
    return tmp_path
