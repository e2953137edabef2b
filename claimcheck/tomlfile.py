"""TOML files read with the line of every table and key, so that a bad setting, fact or baseline
entry is reported as path:line and never as a traceback.

tomllib gives values but no positions; the few lines we need (a table's header, a key inside
it) are found by scanning the text, which is enough for the flat files claimcheck reads.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import Msg, ReferenceFileError
from .ingest import display_path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]#]+?)\s*\]\]?\s*(?:#.*)?$")
_KEY = re.compile(r"""^\s*(?:"([^"]+)"|'([^']+)'|([A-Za-z0-9_-]+))\s*=""")
_DECODE_POSITION = re.compile(r"\s*\(at line (\d+), column \d+\)|\s*\(at end of document\)")


@dataclass(frozen=True, slots=True)
class TomlFile:
    """A parsed TOML file: where it is (`shown` as the user would write it), its text and data."""

    path: Path
    shown: str
    text: str
    data: dict[str, Any]

    def line_of(self, table: str, key: str | None = None, index: int = 0) -> int:
        """1-based line of `key` in the `index`-th `[table]` or `[[table]]` ("" is the top level);
        of the table's header when `key` is None or absent; 1 when the table has no header line."""
        header_line = 0
        seen = -1
        inside = table == ""  # the top level: keys before the first header
        for number, line in enumerate(self.text.splitlines(), 1):
            header = _HEADER.match(line)
            if header:
                name = re.sub(r"\s*\.\s*", ".", header.group(2)).replace('"', "").replace("'", "")
                if key is not None and name == (f"{table}.{key}" if table else key):
                    return number  # the key is a table of its own
                inside = name == table and (seen := seen + 1) == index
                header_line = number if inside else header_line
                continue
            found = _KEY.match(line)
            if inside and key is not None and found and key in found.groups():
                return number
        return header_line or 1

    def error(self, msg: Msg, section: str, at: str | None = None, index: int = 0,
              **fields: object) -> ReferenceFileError:
        """An error about this file, naming the line of key `at` in the `index`-th table `section`."""
        return ReferenceFileError(msg, path=self.shown, line=self.line_of(section, at, index), **fields)


def read_toml(path: Path, *, what: str, hint: str) -> TomlFile:
    """Parse a TOML file; E030 when it is missing, E031 naming the line when it is not TOML."""
    shown = display_path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ReferenceFileError(Msg.E030, path=shown, what=what, hint=hint) from None
    except OSError as error:
        raise ReferenceFileError(Msg.E002, path=shown, reason=error.strerror or error) from error
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[:error.start].count(b"\n") + 1
        raise ReferenceFileError(Msg.E031, path=shown, line=line, reason="not UTF-8") from error
    try:
        parsed = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        position = _DECODE_POSITION.search(str(error))
        line = int(position.group(1)) if position and position.group(1) else text.count("\n") + 1
        reason = _DECODE_POSITION.sub("", str(error))
        raise ReferenceFileError(Msg.E031, path=shown, line=line, reason=reason) from error
    return TomlFile(path, shown, text, parsed)


def read_entries(path: str | Path, table: str, *, what: str, hint: str) -> tuple[TomlFile, list[dict[str, Any]]]:
    """A file of `[[table]]` entries and nothing else (a fact sheet, a baseline): the file and
    its entries; an empty file has none."""
    file = read_toml(Path(path), what=what, hint=hint)
    check_keys(file, "", file.data, [table], shown_as=what)
    entries = file.data.get(table, [])
    if not isinstance(entries, list):
        raise file.error(Msg.E033, "", table, key=table, expected=f"a list of [[{table}]] tables", value=entries)
    return file, entries


def check_keys(file: TomlFile, table: str, entry: dict[str, Any], known: Iterable[str],
               index: int = 0, *, shown_as: str | None = None) -> None:
    """E032 for the first key of `entry` that is not `known`, naming its line."""
    allowed = list(known)
    for key in entry:
        if key not in allowed:
            raise file.error(Msg.E032, table, key, index, key=key, table=shown_as or f"[{table}]",
                             choices=", ".join(allowed))


def typed(file: TomlFile, table: str, entry: dict[str, Any], key: str, kinds: type | tuple[type, ...],
          expected: str, index: int = 0) -> Any:
    """`entry[key]` when it is of `kinds` (None when absent); E033 naming the line otherwise."""
    value = entry.get(key)
    if value is None:
        return None
    wrong_bool = isinstance(value, bool) and bool not in (kinds if isinstance(kinds, tuple) else (kinds,))
    if not isinstance(value, kinds) or wrong_bool:
        raise file.error(Msg.E033, table, key, index, key=key, expected=expected, value=value)
    return value


def string_list(file: TomlFile, table: str, entry: dict[str, Any], key: str, index: int = 0) -> tuple[str, ...]:
    """`entry[key]` as a tuple of strings (a single string is a list of one); E033 otherwise."""
    value = typed(file, table, entry, key, (str, list), "a string or a list of strings", index)
    values = [value] if isinstance(value, str) else value or []
    if not all(isinstance(v, str) for v in values):
        raise file.error(Msg.E033, table, key, index, key=key, expected="a list of strings", value=value)
    return tuple(values)
