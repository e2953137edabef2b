"""Sources index: the list of files, with their publication dates or addresses, that newsroom
dumps and research corpora ship beside the documents.

An index is a file named `sources`, `metadata`, `manifest` or `index` (any case; .md, .txt, .csv,
.tsv, .json or .jsonl) in a folder that is read or just above a path given, or one named
outright. Each row names a document, by a path relative to the index or by a file name that only
one document read has, and gives its date: stated ("published 2016-05-25", a `date` column or
key) or read from its URL ("/2007/04/09/", "ymd=20081216"). A stated date wins over a URL date.
A bad row is a warning naming the file and line; it never stops a run.
"""

from __future__ import annotations

import csv
import io
import json
import re
import warnings
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .errors import Msg
from .ingest import SUFFIXES, URL_RE, display_path, find_date, url_date

INDEX_NAMES = {"sources", "metadata", "manifest", "index"}
INDEX_SUFFIXES = {".md", ".txt", ".csv", ".tsv", ".json", ".jsonl"}
# Column or key names, in the order they are tried.
FILE_KEYS = ("path", "file", "filename", "file_name", "document", "doc", "name", "id")
DATE_KEYS = ("published", "date", "publication_date", "pubdate", "published_at", "publish_date",
             "datepublished", "date_published")
URL_KEYS = ("url", "link", "source_url", "address", "href", "source")

DOCUMENT_RE = re.compile(
    rf"[^\s`'\"<>|,;()\[\]]+?(?:{'|'.join(re.escape(s) for s in sorted(SUFFIXES, key=len, reverse=True))})(?![\w.])",
    re.I)
FOLDER_RE = re.compile(r"^`?([^\s`/]+(?:/[^\s`/]+)*)/`?:?$")
STATED_RE = re.compile(r"\b(?:published|dated|date|pubdate)\b\s*[:=]?\s*(.*)", re.I)
ISO_DAY_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)")
TABLE_RULE_RE = re.compile(r"^\s*\|?\s*:?-{3,}")
LIST_MARKER_RE = re.compile(r"^(\s*)(?:[-*+]\s+|\d{1,4}[.)]\s+)?")


class SourcesIndexWarning(UserWarning):
    """A row of a sources index that claimcheck could not use."""


@dataclass(frozen=True)
class Row:
    """One document an index names: its path parts, its date and how the index gives it."""

    parts: tuple[str, ...]
    published: date
    how: str  # "stated" or "URL"
    line: int


@dataclass
class SourcesIndex:
    """An index file read: its rows, and the dates it gives the documents loaded."""

    path: Path
    rows: list[Row] = field(default_factory=list)

    @property
    def shown(self) -> str:
        return display_path(self.path)

    def dates_for(self, files: Sequence[Path]) -> dict[Path, tuple[date, str]]:
        """The date each of `files` gets: the row naming it by a path relative to the index, or
        by a tail of its path (its file name, say) that no other file read has. A row whose tail
        several files share is ambiguous and dates none of them (with a warning)."""
        by_name: dict[str, list[Path]] = defaultdict(list)
        for path in files:
            by_name[path.name.lower()].append(path)
        base = self.path.parent.resolve()
        dated: dict[Path, tuple[date, str]] = {}
        for row in self.rows:
            candidates = by_name.get(row.parts[-1].lower(), [])
            exact = [p for p in candidates if p.resolve() == base.joinpath(*row.parts).resolve()]
            tail = [p for p in candidates if _ends_with(p.resolve().parts, row.parts)]
            matched = exact or tail
            if len(matched) > 1:
                warn(Msg.W050, path=self.shown, line=row.line,
                     problem=f"{'/'.join(row.parts)} could be any of {len(matched)} files read")
                continue
            if matched and matched[0] not in dated:
                dated[matched[0]] = (row.published, f"sources index {row.how} ({self.shown}:{row.line})")
        return dated


def is_index_name(path: Path) -> bool:
    """Whether a file is named like a sources index (sources.md, MANIFEST.csv, index.json, …)."""
    return path.stem.lower() in INDEX_NAMES and path.suffix.lower() in INDEX_SUFFIXES


def find_indexes(given: Sequence[Path], walked: Iterable[Path]) -> list[Path]:
    """Files that may be sources indexes: those named so among the files found under the paths
    given, then those in the folder above each path given (nearest first)."""
    found = [p for p in walked if is_index_name(p)]
    for folder in dict.fromkeys(Path(path).absolute().parent for path in given):
        if folder.is_dir():
            found.extend(p for p in sorted(folder.iterdir()) if is_index_name(p) and p.is_file())
    unique: dict[Path, Path] = {}
    for path in found:
        unique.setdefault(path.resolve(), path)
    return sorted(unique.values(), key=lambda p: -len(p.resolve().parts))


def read_index(path: Path) -> SourcesIndex:
    """Read a sources index: Markdown or text lists, CSV/TSV with a header, JSON or JSON Lines."""
    index = SourcesIndex(Path(path))
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        warn(Msg.W050, path=index.shown, line=1, problem=f"cannot read it ({error})")
        return index
    suffix = Path(path).suffix.lower()
    reader = {".csv": _table_rows, ".tsv": _table_rows, ".json": _json_rows, ".jsonl": _jsonl_rows}.get(suffix, _list_rows)
    for line, name, stated, url in reader(text, index):
        row = _row(index, line, name, stated, url)
        if row is not None:
            index.rows.append(row)
    return index


def warn(msg: Msg, **fields: object) -> None:
    """A SourcesIndexWarning from the catalogue (the CLI prints it as a note on stderr)."""
    warnings.warn(msg.value.format(**fields), SourcesIndexWarning, stacklevel=2)


def _row(index: SourcesIndex, line: int, name: str, stated: str | None, url: str | None) -> Row | None:
    """A Row from one entry, or None (with a warning when the entry gives a date that is no date)."""
    parts = tuple(p for p in name.replace("\\", "/").split("/") if p not in ("", "."))
    if not parts:
        return None
    if stated and str(stated).strip():
        day = _stated_date(str(stated))
        if day is not None:
            return Row(parts, day, "stated", line)
        warn(Msg.W050, path=index.shown, line=line,
             problem=f"{str(stated).strip()!r} is not a date (for {'/'.join(parts)})")
    if url and (day := url_date(str(url))) is not None:
        return Row(parts, day, "URL", line)
    return None


def _stated_date(value: str) -> date | None:
    """A stated publication date: ISO (a timestamp's day) or as news writes it, 1900–2099."""
    m = ISO_DAY_RE.search(value)
    try:
        day = date(int(m[1]), int(m[2]), int(m[3])) if m else find_date(value)
    except ValueError:
        return None
    return day if day is not None and 1900 <= day.year <= 2099 else None


Entry = tuple[int, str, "str | None", "str | None"]  # line, document named, stated date, URL


def _list_rows(text: str, index: SourcesIndex) -> Iterator[Entry]:
    """Rows of a Markdown or plain-text list: a line naming a document, with its URL or its date
    ("published 2016-05-25", or an ISO day after the name). A line naming only a folder
    ("`10ecbplus/`") puts the lines indented under it there. A Markdown table is read by its
    header, as a CSV file."""
    folders: list[tuple[int, str]] = []
    lines = text.splitlines()
    header: list[str] | None = None
    for number, raw in enumerate(lines, 1):
        if raw.lstrip().startswith("|"):  # a Markdown table: its header names the columns
            cells = [c.strip().strip("`*_ ") for c in raw.strip().strip("|").split("|")]
            following = lines[number] if number < len(lines) else ""
            if TABLE_RULE_RE.match(following):
                header = [c.lower() for c in cells]
            elif header is not None and not TABLE_RULE_RE.match(raw):
                yield from _keyed_row(dict(zip(header, cells)), number)
            continue
        header = None
        marker = LIST_MARKER_RE.match(raw)
        indent = len(marker.group(1).expandtabs(4)) if marker else 0
        body = raw[marker.end():].strip() if marker else raw.strip()
        if not body:
            continue
        while folders and folders[-1][0] >= indent:
            folders.pop()
        if body.startswith("#"):
            folders.clear()
            continue
        urls = [m.group() for m in URL_RE.finditer(body)]
        rest = URL_RE.sub(" ", body)
        document = DOCUMENT_RE.search(rest)
        if document is None:
            folder = FOLDER_RE.match(body)
            if folder:
                folders.append((indent, folder.group(1)))
            continue
        name = document.group().strip("`*_")
        if "/" not in name and folders:
            name = "/".join([f for _, f in folders] + [name])
        after = rest[document.end():]
        keyword, iso = STATED_RE.search(after), ISO_DAY_RE.search(after)
        stated = keyword.group(1) if keyword else iso.group(0) if iso else None
        yield number, name, stated, urls[0] if urls else None


def _table_rows(text: str, index: SourcesIndex) -> Iterator[Entry]:
    """Rows of a CSV or TSV file with a header naming a file column and a date or URL column."""
    delimiter = "\t" if index.path.suffix.lower() == ".tsv" else (";" if text.count(";") > text.count(",") else ",")
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    header = {(h or "").strip().lower(): h for h in reader.fieldnames or []}
    file_key = next((header[k] for k in FILE_KEYS if k in header), None)
    if file_key is None:
        warn(Msg.W050, path=index.shown, line=1,
             problem=f"no column names the documents (one of: {', '.join(FILE_KEYS)})")
        return
    date_key = next((header[k] for k in DATE_KEYS if k in header), None)
    url_key = next((header[k] for k in URL_KEYS if k in header), None)
    for row in reader:
        name = (row.get(file_key) or "").strip()
        if not name:
            warn(Msg.W050, path=index.shown, line=reader.line_num, problem="the row names no document")
            continue
        yield reader.line_num, name, row.get(date_key) if date_key else None, row.get(url_key) if url_key else None


def _keyed_row(row: dict[str, str], line: int) -> Iterator[Entry]:
    """The entry of a Markdown table row, its cells keyed by the header (as CSV columns)."""
    name = next((row[k] for k in FILE_KEYS if row.get(k)), None)
    if name:
        yield (line, name, next((row[k] for k in DATE_KEYS if row.get(k)), None),
               next((row[k] for k in URL_KEYS if row.get(k)), None))


def _json_rows(text: str, index: SourcesIndex) -> Iterator[Entry]:
    """Rows of a JSON list of objects, {"documents": [...]}, or an object keyed by document."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        warn(Msg.W050, path=index.shown, line=error.lineno, problem=f"not valid JSON ({error.msg})")
        return
    if isinstance(data, dict):
        listed = next((data[k] for k in ("documents", "files", "sources", "items", "articles")
                       if isinstance(data.get(k), list)), None)
        if listed is None:
            data = [{"path": k, **(v if isinstance(v, dict) else {"value": v})} for k, v in data.items()]
        else:
            data = listed
    if not isinstance(data, list):
        warn(Msg.W050, path=index.shown, line=1, problem="expected a list of documents")
        return
    for item in data:
        yield from _object_row(item, _line_of(text, item), index)


def _jsonl_rows(text: str, index: SourcesIndex) -> Iterator[Entry]:
    """Rows of a JSON Lines file: one object per line."""
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as error:
            warn(Msg.W050, path=index.shown, line=number, problem=f"not valid JSON ({error.msg})")
            continue
        yield from _object_row(item, number, index)


def _object_row(item: object, line: int, index: SourcesIndex) -> Iterator[Entry]:
    """The entry of one JSON object (keys as the CSV columns; "value" a date or a URL)."""
    if not isinstance(item, dict):
        warn(Msg.W050, path=index.shown, line=line, problem="the entry is not an object")
        return
    keys = {str(k).lower(): v for k, v in item.items()}
    name = next((keys[k] for k in FILE_KEYS if isinstance(keys.get(k), str)), None)
    if not name:
        warn(Msg.W050, path=index.shown, line=line, problem="the entry names no document")
        return
    stated = next((keys[k] for k in DATE_KEYS if keys.get(k)), None)
    url = next((keys[k] for k in URL_KEYS if isinstance(keys.get(k), str)), None)
    value = keys.get("value")
    if isinstance(value, str):
        if URL_RE.match(value):
            url = url or value
        else:
            stated = stated or value
    yield line, name, str(stated) if stated is not None else None, url


def _line_of(text: str, item: object) -> int:
    """The line of a JSON entry: where the first of its string values appears."""
    values = [v for v in item.values() if isinstance(v, str)] if isinstance(item, dict) else []
    at = text.find(json.dumps(values[0])) if values else -1
    return text.count("\n", 0, at) + 1 if at >= 0 else 1


def _ends_with(parts: Sequence[str], tail: Sequence[str]) -> bool:
    """Whether a path's parts end with `tail` (file names compared without case)."""
    return len(parts) >= len(tail) and [p.lower() for p in parts[-len(tail):]] == [t.lower() for t in tail]
