"""libopi in processes made by multiprocessing, with each start method.

With "fork" (the default on Linux before Python 3.14) a child starts as a copy of its
parent, libopi's connection pool and settings included. The library gives such a child a
pool of its own and keeps the settings; these tests hold it to that over HTTP and HTTPS.
Every wait is bounded, so a child that hangs fails the test instead of stalling the run.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections.abc import Iterator

import pytest

import opi
from conftest import standin

TOKEN = "6129457865:AAFyzNYOAFbu-loopback-stand-in"
CHAT = "@forked"
CALLS = 200
# Long enough for 200 calls on a loaded machine, short enough to fail a hang quickly.
LIMIT_S = 60


def calls_as(who: str, calls: int, api_url: str | None = None) -> list[str]:
    """Makes `calls` calls; returns what went wrong (nothing, when every answer is the
    caller's own). With `api_url`, first checks that it is the setting in force, which a
    forked child inherits and a spawned one has to be given."""
    wrong = []
    if api_url is not None:
        in_force = opi.configure()["result"]
        if in_force["api_url"] != api_url or in_force["timeout_ms"] != 20000:
            wrong.append(f"{who}: settings in force {in_force}")
    for call in range(calls):
        title = f"{who} c{call}"
        try:
            name = opi.create_invitation_link(TOKEN, CHAT, title=title)["result"].get("name")
        except opi.OpiError as error:
            wrong.append(f"{title}: {error.response}")
            continue
        if name != title:
            wrong.append(f"{title}: got the answer for {name!r}")
    return wrong


def configured_then_calls_as(who: str, calls: int, api_url: str, ca_file: str | None) -> list[str]:
    """For a child that does not inherit the settings: "spawn" and "forkserver" (whose
    server process may predate the parent's SSL_CERT_FILE)."""
    if ca_file is not None:
        os.environ["SSL_CERT_FILE"] = ca_file
    opi.configure(api_url=api_url, timeout_ms=20000)
    return calls_as(who, calls, api_url)


@pytest.fixture(scope="module")
def https_standin(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """The stand-in behind an HTTPS front, and the file holding the CA that vouches for
    it."""
    ca_file = str(tmp_path_factory.mktemp("tls") / "ca.pem")
    with standin("--tls", ca_file) as url:
        assert url.startswith("https://"), url
        yield url, ca_file


@pytest.fixture(params=["http", "https"])
def server(
    request: pytest.FixtureRequest, standin_url: str, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[str, str | None]]:
    """The stand-in's URL, set with timeout_ms=20000 (children check both) and put back
    afterwards; and for HTTPS the CA file the client must trust."""
    url, ca_file = standin_url, None
    if request.param == "https":
        url, ca_file = request.getfixturevalue("https_standin")
        # The trust store is read by each new client, and opi.configure makes one.
        monkeypatch.setenv("SSL_CERT_FILE", ca_file)
        monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    opi.configure(api_url=url, timeout_ms=20000)
    try:
        yield url, ca_file
    finally:
        opi.configure(api_url=standin_url, timeout_ms=30000)


@pytest.mark.parametrize("method", ["fork", "forkserver", "spawn"])
def test_processes_calling_at_once_each_get_their_own_answers(
    server: tuple[str, str | None], method: str
) -> None:
    url, ca_file = server
    # A connection waits in the pool when the children are made.
    assert calls_as("first", 1) == []
    context = multiprocessing.get_context(method)
    with context.Pool(3) as pool:
        if method == "fork":
            children = pool.starmap_async(calls_as, [(f"p{n}", CALLS, url) for n in (1, 2, 3)])
        else:
            children = pool.starmap_async(
                configured_then_calls_as, [(f"p{n}", CALLS, url, ca_file) for n in (1, 2, 3)]
            )
        parent = calls_as("p0", CALLS)
        wrong = [w for child in children.get(timeout=LIMIT_S) for w in child]
    assert parent + wrong == []


def _join_or_kill(children: list[multiprocessing.process.BaseProcess]) -> list[str]:
    deadline = time.monotonic() + LIMIT_S
    problems = []
    for child in children:
        child.join(max(0.0, deadline - time.monotonic()))
        if child.is_alive():
            child.kill()
            child.join()
            problems.append(f"{child.name} did not finish within {LIMIT_S} s")
        elif child.exitcode != 0:
            problems.append(f"{child.name} exited with {child.exitcode}")
    return problems


def _child_exits_with_what_went_wrong(who: str, calls: int, api_url: str) -> None:
    wrong = calls_as(who, calls, api_url)
    for line in wrong[:5]:
        print(line, flush=True)
    os._exit(1 if wrong else 0)


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # fork() with threads is the point
def test_children_forked_while_threads_are_mid_call(standin_url: str) -> None:
    opi.configure(api_url=standin_url, timeout_ms=20000)
    stop = threading.Event()
    wrong: list[str] = []
    made = [0] * 4

    def work(index: int) -> None:
        call = 0
        while not stop.is_set():
            wrong.extend(calls_as(f"t{index} n{call}", 1))
            call += 1
            made[index] = call
            # Other work between calls, while the connection waits in the pool.
            time.sleep(0.001)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for thread in threads:
        thread.start()
    try:
        deadline = time.monotonic() + LIMIT_S
        while min(made) < 5 and time.monotonic() < deadline:
            time.sleep(0.001)
        context = multiprocessing.get_context("fork")
        children = []
        for n in range(3):
            child = context.Process(
                target=_child_exits_with_what_went_wrong, args=(f"k{n}", 50, standin_url)
            )
            child.start()
            children.append(child)
            time.sleep(0.002)
        problems = _join_or_kill(children)
    finally:
        stop.set()
        for thread in threads:
            thread.join(LIMIT_S)
        opi.configure(api_url=standin_url, timeout_ms=30000)
    assert problems + wrong == []
    assert min(made) > 5


def _exit_at_once() -> None:
    pass


def test_a_child_that_exits_without_calling_leaves_the_pool_working(
    server: tuple[str, str | None],
) -> None:
    assert calls_as("before", 1) == []
    child = multiprocessing.get_context("fork").Process(target=_exit_at_once)
    child.start()
    assert _join_or_kill([child]) == []
    assert calls_as("after", 3) == []

