"""The claims store: documents and their claims kept in SQLite under `.claimcheck/`, so that an
archive is extracted once and each later run redoes only the files that changed.

A document is reused while its content hash, its extraction settings and the pipeline stamp are
the same; a document id is its path relative to the folder that holds `.claimcheck/`. Each
document is written in one transaction, in WAL mode, so a run stopped at any moment, even by
kill -9, leaves every finished document complete and nothing of the one in progress. A store
written by another version of the pipeline is rebuilt by `index` and refused by readers: claims
are never read with code that did not write them.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, fields, is_dataclass
from datetime import date
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from types import UnionType
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints

from .engine import Engine, Extracted, Monitor, Settings, run
from .errors import InputError, Msg, OutputError
from .ingest import display_path, sources
from .model import Claim, Document

DEFAULT_STORE = Path(".claimcheck")
STORE_FILE = "claims.sqlite"
EXTRACTION_LIBRARIES = ("spacy", "quantulum3", "ftfy", "charset-normalizer", "python-dateutil")
"""Libraries whose version can change the claims found."""
WAIT_SECONDS = 60  # how long a write waits for another process's transaction to end
STORE_FORMAT = "1"
"""Layout of the tables below; a store of another layout is rebuilt."""
PIPELINE_VERSION = "2"
"""Raise it whenever a change to ingest or extraction changes the claims found: a claims store
written by another version is rebuilt, never read. (It lives here, not in extract.py, so that
opening a store does not import the extraction grammar.)"""

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL,
    settings TEXT NOT NULL,
    published TEXT,
    published_source TEXT,
    skipped TEXT,
    story TEXT NOT NULL,
    claims INTEGER NOT NULL
);
CREATE TABLE claims (
    doc TEXT NOT NULL,
    position INTEGER NOT NULL,
    block TEXT NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (doc, position)
);
CREATE INDEX claims_by_block ON claims (block);
"""
"""`documents.claims` is how many claim rows the document has; `claims.block` is the claim's
matching block (match.block_key), so that a check reads only the claims it could match."""


@lru_cache(maxsize=1)
def pipeline_stamp() -> str:
    """PIPELINE_VERSION and a hash of claimcheck's own source and of the versions of the libraries
    that shape claims: any change to what extracts or blocks claims (even one nobody remembered
    to version, or an upgraded library) makes a new stamp."""
    code = hashlib.sha256()
    for module in sorted(Path(__file__).parent.glob("*.py")):
        code.update(module.name.encode() + b"\0" + module.read_bytes())
    for library in EXTRACTION_LIBRARIES:
        code.update(f"{library}=={metadata.version(library)}".encode())
    return f"{PIPELINE_VERSION}+{code.hexdigest()[:12]}"


@dataclass(frozen=True, slots=True)
class Stamp:
    """What wrote a store: the table layout and the pipeline."""

    format: str
    pipeline: str

    @classmethod
    def current(cls) -> Stamp:
        return cls(STORE_FORMAT, pipeline_stamp())


@dataclass(frozen=True, slots=True)
class IndexSummary:
    """What `index` did: documents seen, extracted anew, reused unchanged and removed (their files
    are gone), the skipped ones, the claims now in the store, the stamp of a store rebuilt, and the
    documents extracted anew with sentences that could not be read (E008)."""

    documents: int
    extracted: int
    reused: int
    removed: int
    skipped: list[Document]
    claims: int
    rebuilt_from: str | None = None
    partly_read: list[Document] = field(default_factory=list)


class Store:
    """An open claims store in `folder` (the `.claimcheck/` directory)."""

    def __init__(self, folder: Path, connection: sqlite3.Connection, rebuilt_from: str | None = None) -> None:
        self.folder = folder
        self.root = folder.absolute().parent
        self.connection = connection
        self.rebuilt_from = rebuilt_from

    @classmethod
    def create(cls, folder: str | Path = DEFAULT_STORE) -> Store:
        """Open the store for writing, making it if there is none and rebuilding it when another
        version of the pipeline wrote it."""
        folder = Path(folder)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise InputError(Msg.E019, path=folder, reason=error.strerror or error) from error
        connection = _connect(folder)
        found = _stamp(connection, folder)
        if found == Stamp.current():
            return cls(folder, connection)
        with _transaction(connection):
            for table in ("meta", "documents", "claims"):
                connection.execute(f"DROP TABLE IF EXISTS {table}")
            for statement in SCHEMA.split(";"):
                connection.execute(statement)
            connection.executemany("INSERT INTO meta VALUES (?, ?)",
                                   [("format", STORE_FORMAT), ("pipeline", pipeline_stamp())])
        return cls(folder, connection, rebuilt_from=found.pipeline if found else None)

    @classmethod
    def open(cls, folder: str | Path = DEFAULT_STORE) -> Store:
        """Open an existing store to read: E020 when there is none, E021 when another version of
        the pipeline wrote it, E019 when it is not a store."""
        folder = Path(folder)
        if not (folder / STORE_FILE).is_file():
            raise InputError(Msg.E020, path=folder)
        connection = _connect(folder)
        found = _stamp(connection, folder)
        if found != Stamp.current():
            connection.close()
            raise InputError(Msg.E021, path=folder, found=found.pipeline if found else "none",
                             expected=pipeline_stamp())
        return cls(folder, connection)

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def fingerprints(self) -> dict[str, tuple[str, str]]:
        """(content hash, settings) of every stored document, by id."""
        rows = self.connection.execute("SELECT id, content_hash, settings FROM documents")
        return {doc: (content_hash, settings) for doc, content_hash, settings in rows}

    def put(self, result: Extracted, content_hash: str, settings: str) -> None:
        """Store one document and its claims, replacing what was stored for it, in one transaction."""
        document = result.document
        claims = sorted(result.claims, key=lambda c: (c.span.start, c.span.end, c.id))
        with _transaction(self.connection):
            self.connection.execute("DELETE FROM claims WHERE doc = ?", (document.id,))
            self.connection.execute(
                "INSERT OR REPLACE INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (document.id, content_hash, settings, _iso(document.published), document.published_source,
                 document.skipped, json.dumps(sorted(result.story), ensure_ascii=False), len(claims)),
            )
            self.connection.executemany(
                "INSERT INTO claims VALUES (?, ?, ?, ?)",
                [(document.id, i, _block(c), json.dumps(plain(c), ensure_ascii=False)) for i, c in enumerate(claims)],
            )

    def remove(self, doc_ids: Iterable[str]) -> None:
        """Forget documents, each in its own transaction."""
        for doc in doc_ids:
            with _transaction(self.connection):
                self.connection.execute("DELETE FROM claims WHERE doc = ?", (doc,))
                self.connection.execute("DELETE FROM documents WHERE id = ?", (doc,))

    def counts(self) -> tuple[int, int]:
        """(documents, claims) in the store."""
        documents, claims = self.connection.execute(
            "SELECT COUNT(*), COALESCE(SUM(claims), 0) FROM documents").fetchone()
        return documents, claims

    def documents(self, doc_ids: Iterable[str] | None = None) -> list[Document]:
        """Stored documents (all, or those with the given ids), without their text, their paths
        shown as from the working directory."""
        query = "SELECT id, published, published_source, skipped FROM documents"
        rows = self._where(query, "id", doc_ids) if doc_ids is not None else self.connection.execute(query)
        return [Document(id=doc, path=display_path(self.root / doc), raw="", text="", offsets=[0],
                         published=date.fromisoformat(published) if published else None,
                         published_source=source, skipped=skipped)
                for doc, published, source, skipped in rows]

    def stories(self, doc_ids: Iterable[str]) -> dict[str, frozenset[str]]:
        """The names each of these documents mentions (measure.story_keys), by id."""
        rows = self._where("SELECT id, story FROM documents", "id", doc_ids)
        return {doc: frozenset(json.loads(story)) for doc, story in rows}

    def claims(self, doc: str) -> list[Claim]:
        """One document's claims, in reading order."""
        rows = self.connection.execute("SELECT body FROM claims WHERE doc = ? ORDER BY position", (doc,))
        return [revive(Claim, json.loads(body)) for (body,) in rows]

    def candidates(self, claims: Iterable[Claim], *, exclude: Iterable[str] = ()) -> list[Claim]:
        """The stored claims that could state the same fact as one of `claims`: in the same
        matching block and compatible with it (match.compatible), from documents other than
        `exclude`. Only the claims in those blocks are read from disk."""
        from .match import compatible  # loaded for a check, not by `index`

        excluded = set(exclude)
        by_block: dict[str, list[Claim]] = defaultdict(list)
        for claim in claims:
            by_block[_block(claim)].append(claim)
        found = []
        for doc, block, body in self._where("SELECT doc, block, body FROM claims", "block", by_block):
            if doc not in excluded:
                stored = revive(Claim, json.loads(body))
                if any(compatible(claim, stored) for claim in by_block[block]):
                    found.append(stored)
        return found

    def _where(self, query: str, column: str, values: Iterable[str]) -> Iterator[tuple]:
        """Rows of `query` whose `column` is one of `values`, asked in chunks SQLite accepts."""
        values = sorted(set(values))
        for i in range(0, len(values), 500):
            chunk = values[i:i + 500]
            marks = ", ".join("?" * len(chunk))
            yield from self.connection.execute(f"{query} WHERE {column} IN ({marks})", chunk)


def index(
    paths: str | Path | Iterable[str | Path],
    *,
    store: str | Path = DEFAULT_STORE,
    published: date | None = None,
    spacy_model: str | None = None,
    jobs: int | None = None,
    engine: Engine | str = Engine.local,
    scheduler: str | None = None,
    monitor: Monitor | None = None,
) -> IndexSummary:
    """Bring the store up to date with the files under `paths`: extract the new and changed
    ones, keep the unchanged ones, and forget those under `paths` whose files are gone."""
    with Store.create(store) as archive:
        readable, skipped = sources(paths, root=archive.root)
        readable.sort(key=lambda s: (s.shown, s.id))
        settings = Settings(published=published, spacy_model=spacy_model, keep_text=False)
        key = _settings_key(settings)
        stored = archive.fingerprints()
        hashes = {s.id: content_hash(s.path) for s in readable}
        stale = [s for s in readable if stored.get(s.id) != (hashes[s.id], key)]
        partly_read: list[Document] = []
        for result in run(stale, settings, jobs=jobs, engine=engine, scheduler=scheduler, monitor=monitor):
            archive.put(result, hashes[result.document.id], key)
            if result.document.skipped is not None:
                skipped.append(result.document)
            elif result.document.unread:
                partly_read.append(result.document)
        gone = _gone(stored, {s.id for s in readable}, archive.root, paths)
        archive.remove(gone)
        _, claims = archive.counts()
        return IndexSummary(len(readable), len(stale), len(readable) - len(stale), len(gone),
                            skipped, claims, archive.rebuilt_from, partly_read)


def content_hash(path: Path) -> str:
    """SHA-256 of a file's bytes ('' when it cannot be read: such a file is always re-read)."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""


def plain(value: Any) -> Any:
    """A model value (Claim, Span, Quantity, Period...) as JSON-ready data: dataclasses as
    objects of their fields, tuples as lists, dates as ISO strings."""
    names = _init_fields(type(value))
    if names is not None:
        return {name: plain(getattr(value, name)) for name in names}
    if isinstance(value, tuple):
        return [plain(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def revive(hint: Any, data: Any) -> Any:
    """The inverse of `plain`, led by the type hints of the model's dataclasses."""
    return _reviver(hint)(data)


@lru_cache(maxsize=None)
def _reviver(hint: Any) -> Callable[[Any], Any]:
    """`revive` for one type hint, worked out once: stored claims are read by the thousand."""
    origin = get_origin(hint)
    if origin in (Union, UnionType):
        (inner,) = [a for a in get_args(hint) if a is not type(None)]
        return _reviver(inner)
    if origin is Literal or hint in (str, int, float, bool):
        return _as_is
    if origin is tuple:
        args = get_args(hint)
        if len(args) == 2 and args[1] is Ellipsis:
            item = _reviver(args[0])
            return _unless_none(lambda data: tuple([item(v) for v in data]))
        items = [_reviver(a) for a in args]
        return _unless_none(lambda data: tuple([read(v) for read, v in zip(items, data)]))
    if hint is date:
        return _unless_none(date.fromisoformat)
    if is_dataclass(hint):
        readers = {name: _reviver(inner) for name, inner in _hints(hint).items()}
        return _unless_none(lambda data: hint(**{name: readers[name](v) for name, v in data.items()}))

    def unknown(data: Any) -> Any:
        if data is None:
            return None
        raise TypeError(f"cannot read a stored {hint!r}")
    return unknown


def _as_is(data: Any) -> Any:
    return data


def _unless_none(read: Callable[[Any], Any]) -> Callable[[Any], Any]:
    return lambda data: None if data is None else read(data)


@lru_cache(maxsize=None)
def _hints(cls: type) -> dict[str, Any]:
    return get_type_hints(cls)


@lru_cache(maxsize=None)
def _init_fields(cls: type) -> tuple[str, ...] | None:
    """The names of a dataclass's fields set by its constructor; None for any other type."""
    return tuple(f.name for f in fields(cls) if f.init) if is_dataclass(cls) else None


def _block(claim: Claim) -> str:
    from .match import block_key  # loaded to store or check claims, not to open a store

    return repr(block_key(claim))


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _settings_key(settings: Settings) -> str:
    """The extraction settings a document's claims depend on, as a string to compare."""
    return json.dumps({"published": _iso(settings.published), "spacy_model": settings.spacy_model})


def _gone(stored: dict[str, Any], found: set[str], root: Path, paths: str | Path | Iterable[str | Path]) -> list[str]:
    """Stored documents under `paths` that were not found there this time (compared as text:
    a store may hold many more documents than `paths` has)."""
    given = [paths] if isinstance(paths, (str, Path)) else paths
    places = [os.path.join(os.path.abspath(p), "") for p in given]  # each ending in a separator
    inside = os.path.join(str(root), "")
    return sorted(doc for doc in stored if doc not in found
                  and any(f"{inside}{doc.replace('/', os.sep)}{os.sep}".startswith(place) for place in places))


def _connect(folder: Path) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit), WAL journal."""
    path = folder / STORE_FILE
    try:
        connection = sqlite3.connect(path, isolation_level=None, timeout=WAIT_SECONDS)
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=NORMAL")
    except sqlite3.Error as error:
        raise InputError(Msg.E019, path=path, reason=error) from error
    return connection


def _stamp(connection: sqlite3.Connection, folder: Path) -> Stamp | None:
    """What wrote the store; None for an empty one; E019 for a database that is not a store."""
    try:
        tables = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not tables:
            return None
        meta = dict(connection.execute("SELECT key, value FROM meta"))
        return Stamp(meta["format"], meta["pipeline"])
    except (sqlite3.Error, KeyError) as error:
        connection.close()
        raise InputError(Msg.E019, path=folder / STORE_FILE, reason=error) from error


@contextmanager
def _transaction(connection: sqlite3.Connection) -> Iterator[None]:
    """BEGIN ... COMMIT, rolled back on any error; E022 when the database refuses the write."""
    try:
        connection.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")
    except sqlite3.Error as error:
        path = connection.execute("PRAGMA database_list").fetchone()[2]
        raise OutputError(Msg.E022, path=display_path(Path(path)), reason=error) from error
