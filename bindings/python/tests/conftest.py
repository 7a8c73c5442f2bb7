"""Starts one loopback Bot API stand-in for the whole run and points libopi at it."""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

import opi

REPOSITORY = Path(__file__).resolve().parents[3]

# Figures measured by the tests, printed after the summary so a run shows them.
MEASUREMENTS: list[str] = []


@contextlib.contextmanager
def standin(*flags: str) -> Iterator[str]:
    """Runs opi-standin with `flags` and yields its URL; stops it on leaving, which is
    when it writes what `--requests FILE` asks for."""
    binary = os.environ.get("OPI_STANDIN") or str(REPOSITORY / "target" / "release" / "opi-standin")
    if not os.path.exists(binary):
        pytest.fail(f"{binary} is missing; run `cargo build --release -p opi-standin` first")
    # The stand-in serves until its stdin closes, so it cannot outlive this process.
    process = subprocess.Popen(
        [binary, *flags], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert process.stdin is not None and process.stdout is not None
    try:
        url = process.stdout.readline().strip()
        if not url.startswith(("http://", "https://")):
            pytest.fail(f"opi-standin printed {url!r} instead of its URL")
        yield url
    finally:
        process.stdin.close()
        process.wait(timeout=10)


@pytest.fixture(scope="session")
def standin_url() -> Iterator[str]:
    with standin() as url:
        yield url


@pytest.fixture(scope="session", autouse=True)
def use_standin(standin_url: str) -> None:
    opi.configure(api_url=standin_url)


@pytest.fixture
def measurements() -> list[str]:
    return MEASUREMENTS


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    for line in MEASUREMENTS:
        terminalreporter.write_line(line)
