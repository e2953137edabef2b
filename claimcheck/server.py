"""A warm claimcheck: `claimcheck serve` keeps the pipeline loaded beside a claims store, and the
`index` and `check --against` commands for that store hand their work to it.

A command's own cost is mostly start-up (importing spaCy, building the tokenizer, compiling the
grammar: about a second), which dwarfs re-reading one changed file of an archive. A server pays it
once; a command that finds one answering at `STORE/server.sock` sends it its arguments, working
folder and environment, and prints what it answers, as if it had done the work itself. A command
that finds none (or a stale socket, or a server running older code) does the work itself.

This module is the command's entry point, so it imports nothing heavy: the client path costs the
interpreter's start-up and one round trip.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from io import StringIO
from pathlib import Path

SOCKET = "server.sock"
DEFAULT_IDLE = 1800.0  # seconds a server waits for work before it stops
LOCAL_STORE = ".claimcheck"  # store.DEFAULT_STORE, not imported: store.py is not light


def main() -> None:
    """The `claimcheck` command: let a warm server run it when one serves its store, else run here."""
    argv = sys.argv[1:]
    code = delegate(argv)
    if code is None:
        from .cli import app

        app(prog_name="claimcheck")
    sys.exit(code)


def served_store(argv: list[str]) -> Path | None:
    """The store a server would run this command for: `index` (without --watch) with its --store,
    `check` with its --against. None for anything else, and whenever a path is standard input."""
    if not argv or "-" in argv or "--help" in argv:
        return None
    command, options = argv[0], argv[1:]
    if command == "index" and not _option(options, "--watch"):
        return Path(_option(options, "--store") or LOCAL_STORE)
    if command == "check" and _option(options, "--against"):
        return Path(_option(options, "--against"))  # type: ignore[arg-type]
    return None


def delegate(argv: list[str]) -> int | None:
    """Run the command on the server of its store and return its exit code; None when no server
    could run it (then the caller runs it itself)."""
    store = served_store(argv)
    if store is None or not (store / SOCKET).exists():
        return None
    request = {"argv": argv, "cwd": os.getcwd(), "env": dict(os.environ)}
    try:
        reply = _exchange(store / SOCKET, request)
    except OSError:
        return None  # a socket left by a server that was killed: nobody answers
    if reply.get("stale"):
        print(f"claimcheck: the server for {store} ran older code and has stopped; running here",
              file=sys.stderr)
        return None
    sys.stdout.write(reply["stdout"])
    sys.stderr.write(reply["stderr"])
    return int(reply["code"])


def stop(store: Path) -> bool:
    """Ask the server of `store` to stop; False when none answers."""
    try:
        _exchange(store / SOCKET, {"stop": True})
    except OSError:
        return False
    return True


def serve(store: Path, run: Callable[[list[str]], int], *, idle: float = DEFAULT_IDLE,
          stamp: Callable[[], str] | None = None, ready: Callable[[], None] | None = None) -> None:
    """Answer commands for `store` with `run(argv) -> exit code` until `idle` seconds pass without
    one, or a stop request, SIGTERM or Ctrl-C comes. `stamp()` names the code now installed: when
    it differs from the one the server started with, the server stops rather than answer with
    older code."""
    store.mkdir(parents=True, exist_ok=True)
    address = store / SOCKET
    started = stamp() if stamp else ""
    with _listening(address) as listener:
        listener.settimeout(idle)
        if ready:
            ready()
        while True:
            try:
                connection, _ = listener.accept()
            except socket.timeout:
                return
            with connection:
                request = json.loads(_receive(connection))
                if request.get("ping"):
                    _send(connection, {"pong": True})
                    continue
                if request.get("stop"):
                    _send(connection, {"stopped": True})
                    return
                if stamp and stamp() != started:
                    _send(connection, {"stale": True})
                    return
                began = time.perf_counter()
                answer = _answer(request, run)
                _send(connection, answer)
                print(f"claimcheck: served `{' '.join(request['argv'])}` in {request['cwd']}: exit {answer['code']}, "
                      f"{time.perf_counter() - began:.2f} s", file=sys.stderr, flush=True)


def _answer(request: dict, run: Callable[[list[str]], int]) -> dict:
    """Run one command as the client would have: in its folder, with its environment, capturing
    what it prints."""
    out, err = StringIO(), StringIO()
    with _as_client(request["cwd"], request["env"]), redirect_stdout(out), redirect_stderr(err):
        try:
            code = run(request["argv"])
        except SystemExit as done:
            code = done.code if isinstance(done.code, int) else (0 if done.code is None else 1)
        except Exception as error:  # a bug must not take the server down with it
            print(f"claimcheck: the server failed: {type(error).__name__}: {error}", file=sys.stderr)
            code = 2
    return {"code": code, "stdout": out.getvalue(), "stderr": err.getvalue()}


@contextmanager
def _as_client(cwd: str, env: dict[str, str]) -> Iterator[None]:
    """The client's working folder and environment, for the length of one command."""
    saved_cwd, saved_env = os.getcwd(), dict(os.environ)
    os.chdir(cwd)
    os.environ.clear()
    os.environ.update(env)
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved_env)
        os.chdir(saved_cwd)


@contextmanager
def _listening(address: Path) -> Iterator[socket.socket]:
    """A Unix socket at `address`, readable by this user only, removed when the server stops.
    A live server there already is an error; a dead one's socket is replaced."""
    if address.exists():
        try:
            _exchange(address, {"ping": True}, timeout=1.0)
        except OSError:
            address.unlink()
        else:
            raise RuntimeError(f"{address}: a claimcheck server already serves this store")
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    previous = signal.signal(signal.SIGTERM, _interrupt) if _main_thread() else None
    try:
        with _umask(0o177):
            listener.bind(_short(address))
        listener.listen()
        yield listener
    except KeyboardInterrupt:
        return
    finally:
        listener.close()
        address.unlink(missing_ok=True)
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _interrupt(*_: object) -> None:
    raise KeyboardInterrupt


def _main_thread() -> bool:
    import threading

    return threading.current_thread() is threading.main_thread()


@contextmanager
def _umask(mask: int) -> Iterator[None]:
    previous = os.umask(mask)
    try:
        yield
    finally:
        os.umask(previous)


def _exchange(address: Path, message: dict, timeout: float | None = None) -> dict:
    """Send one request and read its answer (OSError when nobody listens)."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
        client.settimeout(timeout)
        client.connect(_short(address))
        _send(client, message)
        return json.loads(_receive(client))


def _send(connection: socket.socket, message: dict) -> None:
    connection.sendall(json.dumps(message).encode("utf-8"))
    connection.shutdown(socket.SHUT_WR)


def _receive(connection: socket.socket) -> str:
    chunks = []
    while chunk := connection.recv(1 << 16):
        chunks.append(chunk)
    return b"".join(chunks).decode("utf-8") or "{}"


def _short(address: Path) -> str:
    """The socket's path as short as it can be written (Unix socket paths hold about 100 bytes)."""
    absolute = str(address.resolve())
    relative = os.path.relpath(absolute)
    return relative if len(relative) < len(absolute) else absolute


def _option(options: list[str], name: str) -> str | None:
    """The value of `--name VALUE` or `--name=VALUE` in a command's options (the last one given)."""
    value = None
    for i, option in enumerate(options):
        if option == name and i + 1 < len(options):
            value = options[i + 1]
        elif option.startswith(name + "="):
            value = option[len(name) + 1:]
    return value
