"""Settings from `[tool.claimcheck]` in pyproject.toml, with command-line flags over them.

The CLI and the pytest plugin read settings the same way: paths in the file (documents, the fact
sheet, the baseline) are relative to the folder of the pyproject.toml, an unknown key is an
error naming its line, and a flag given on the command line wins over the file.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import date
from fnmatch import fnmatch
from pathlib import Path

from .baseline import DEFAULT_BASELINE
from .corpus import Corpus, load
from .errors import ConfigurationError, Msg, ReferenceFileError
from .ingest import discover, display_path
from .tomlfile import TomlFile, check_keys, read_toml, string_list, typed

TABLE = "tool.claimcheck"
KEYS = ("paths", "include", "exclude", "tolerance", "published", "sources", "facts", "baseline", "spacy-model",
        "collect-groups")
"""The keys of [tool.claimcheck], as written in the file."""


@dataclass(frozen=True, slots=True)
class Settings:
    """What to check and how: the documents, the fact sheet, the baseline and the options."""

    paths: tuple[Path, ...] = ()
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    tolerance: float = 0.0
    published: date | None = None
    sources: Path | None = None  # the sources index (manifest.py); None: found beside the documents
    facts: Path | None = None
    baseline: Path | None = None
    spacy_model: str | None = None
    collect_groups: bool = False
    root: Path = Path(".")
    source: str | None = None  # the pyproject.toml the settings came from, as shown
    lines: Mapping[str, int] = field(default_factory=dict)  # where `source` sets the index, fact sheet, baseline

    def override(self, **flags: object) -> Settings:
        """These settings with every flag that was given (not None, not empty) put over them."""
        names = {f.name for f in fields(self)}
        given = {k: v for k, v in flags.items() if k in names and v is not None and v != () and v != []}
        if "paths" in given:
            given["paths"] = tuple(Path(p) for p in given["paths"])  # type: ignore[union-attr]
        lines = {key: line for key, line in self.lines.items() if key not in given}
        return replace(self, **given, lines=lines)  # type: ignore[arg-type]

    def inputs(self) -> list[Path]:
        """The paths to read. Folders are walked for the files `include` and `exclude` select
        (globs on the path relative to the settings' folder or any tail of it: `drafts/*`,
        `*.draft.md`); files named outright are always read."""
        if not self.paths:
            raise ConfigurationError(Msg.E038)
        if not (self.include or self.exclude):
            return list(self.paths)
        chosen: list[Path] = []
        for path in self.paths:
            if not path.is_dir():
                chosen.append(path)
                continue
            files, skipped = discover(path)
            chosen += [f for f in sorted(files + [p for p, _ in skipped]) if self._selected(f)]
        return chosen

    def _selected(self, path: Path) -> bool:
        """Whether the include and exclude globs let a file in."""
        try:
            relative = path.resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            relative = path.as_posix()

        parts = relative.split("/")
        tails = ["/".join(parts[i:]) for i in range(len(parts))]

        def matches(globs: tuple[str, ...]) -> bool:
            return any(fnmatch(tail, glob) for glob in globs for tail in tails)

        return (not self.include or matches(self.include)) and not matches(self.exclude)

    def options(self) -> dict[str, object]:
        """The keyword arguments of `claimcheck.load` these settings give; E039 naming the line of
        pyproject.toml that sets a sources index, fact sheet or baseline that does not exist."""
        for key, line in self.lines.items():
            path = getattr(self, key)
            if path is not None and not path.exists():
                raise ReferenceFileError(Msg.E039, path=self.source, line=line, key=key, file=display_path(path))
        return {"published": self.published, "tolerance": self.tolerance, "spacy_model": self.spacy_model,
                "sources_index": self.sources, "facts": self.facts, "baseline": self.baseline}

    def load(self) -> Corpus:
        """The corpus these settings describe: `claimcheck.load` with them."""
        return load(self.inputs(), **self.options())  # type: ignore[arg-type]


def configured(start: Path, **flags: object) -> Settings:
    """The [tool.claimcheck] settings of the nearest pyproject.toml at or above `start`, with the
    flags given over them."""
    return read_settings(find_pyproject(start)).override(**flags)


def find_pyproject(start: Path) -> Path | None:
    """The nearest pyproject.toml at or above `start` that has a [tool.claimcheck] table."""
    for folder in [start.resolve(), *start.resolve().parents]:
        candidate = folder / "pyproject.toml"
        if candidate.is_file() and "[tool.claimcheck]" in candidate.read_text(encoding="utf-8", errors="replace"):
            return candidate
    return None


def read_settings(pyproject: Path | None) -> Settings:
    """The settings in a pyproject.toml's [tool.claimcheck] (defaults when None or absent);
    errors name the file and the line. With no baseline set, a claimcheck-baseline.toml beside
    the pyproject.toml (or in the working directory), as `check --write-baseline` writes it, is used."""
    settings = _settings_in(pyproject) if pyproject is not None else Settings()
    written = settings.root / DEFAULT_BASELINE
    if settings.baseline is None and written.is_file():
        return replace(settings, baseline=written)
    return settings


def _settings_in(pyproject: Path) -> Settings:
    """The [tool.claimcheck] table of one pyproject.toml."""
    file = read_toml(pyproject, what="pyproject.toml", hint="Pass an existing pyproject.toml.")
    table = file.data.get("tool", {}).get("claimcheck")
    root = pyproject.parent
    if table is None:
        return Settings(root=root)
    check_keys(file, TABLE, table, KEYS, shown_as="[tool.claimcheck]")
    return Settings(
        paths=tuple(root / p for p in string_list(file, TABLE, table, "paths")),
        include=string_list(file, TABLE, table, "include"),
        exclude=string_list(file, TABLE, table, "exclude"),
        tolerance=_tolerance(file, table),
        published=_published(file, table),
        sources=_file(file, table, "sources", root),
        facts=_file(file, table, "facts", root),
        baseline=_file(file, table, "baseline", root),
        spacy_model=typed(file, TABLE, table, "spacy-model", str, "a string"),
        collect_groups=bool(typed(file, TABLE, table, "collect-groups", bool, "true or false")),
        root=root,
        source=file.shown,
        lines={key: file.line_of(TABLE, key) for key in ("sources", "facts", "baseline") if key in table},
    )


def _tolerance(file: TomlFile, table: dict[str, object]) -> float:
    """The tolerance: a share of the value from 0 up to (not including) 1."""
    value = typed(file, TABLE, table, "tolerance", (int, float), "a number from 0 up to 1 (0.01 is 1%)")
    if value is not None and not 0 <= value < 1:
        raise file.error(Msg.E033, TABLE, "tolerance", key="tolerance",
                         expected="a number from 0 up to 1 (0.01 is 1%)", value=value)
    return float(value or 0.0)


def _published(file: TomlFile, table: dict[str, object]) -> date | None:
    """The publication date for every document: a TOML date or a YYYY-MM-DD string."""
    value = typed(file, TABLE, table, "published", (date, str), "a date (YYYY-MM-DD)")
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise file.error(Msg.E033, TABLE, "published", key="published",
                             expected="a date (YYYY-MM-DD)", value=value) from None
    return value


def _file(file: TomlFile, table: dict[str, object], key: str, root: Path) -> Path | None:
    """A file setting, relative to the pyproject.toml's folder."""
    value = typed(file, TABLE, table, key, str, "a path (a string)")
    return root / value if value else None
