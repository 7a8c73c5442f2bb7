"""Builds the wheels of the Python package from `make dist`'s archives, and checks them.

    python3 bindings/python/wheels.py [DIST]      # DIST defaults to the repository's dist/

Each archive dist/libopi-VERSION-PLATFORM.{tar.gz,zip} that exists gives one wheel in
DIST, with its library inside the package:

    linux-x86_64    libopi-VERSION-py3-none-manylinux_2_17_x86_64.manylinux2014_x86_64.whl
    linux-i686      libopi-VERSION-py3-none-manylinux_2_17_i686.manylinux2014_i686.whl
    linux-aarch64   libopi-VERSION-py3-none-manylinux_2_17_aarch64.manylinux2014_aarch64.whl
    linux-x86_64-musl   libopi-VERSION-py3-none-musllinux_1_2_x86_64.whl
    linux-aarch64-musl  libopi-VERSION-py3-none-musllinux_1_2_aarch64.whl
    windows-x86_64  libopi-VERSION-py3-none-win_amd64.whl
    windows-x86     libopi-VERSION-py3-none-win32.whl

The Linux libraries need glibc 2.17, so their wheels carry manylinux2014's tag under both
its names (PEP 600's manylinux_2_17 first, as `auditwheel repair` writes it); the musl
libraries need musl 1.2 and nothing but its libc.so, so theirs carry PEP 656's
musllinux_1_2 (Alpine 3.13 and newer). `auditwheel show` (PyPI: auditwheel) must find
each Linux wheel consistent with its tag; a
Windows wheel must hold opi.dll built for the machine its tag names. Needs `build` and
`auditwheel` from PyPI; the build backend, setuptools, comes from PyPI as well.
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPOSITORY = HERE.parents[1]

# Platform of make dist -> (wheel platform tag, PE machine of opi.dll or None).
PLATFORMS = {
    "linux-x86_64": ("manylinux_2_17_x86_64.manylinux2014_x86_64", None),
    "linux-i686": ("manylinux_2_17_i686.manylinux2014_i686", None),
    "linux-aarch64": ("manylinux_2_17_aarch64.manylinux2014_aarch64", None),
    "linux-x86_64-musl": ("musllinux_1_2_x86_64", None),
    "linux-aarch64-musl": ("musllinux_1_2_aarch64", None),
    "windows-x86_64": ("win_amd64", 0x8664),
    "windows-x86": ("win32", 0x014C),
}


def version() -> str:
    text = (REPOSITORY / "Cargo.toml").read_text(encoding="utf-8")
    match = re.search(r'^version\s*=\s*"([^"]+)"', text, re.MULTILINE)
    assert match, "Cargo.toml names no version"
    return match.group(1)


def extract_library(dist: Path, platform: str, release: str, into: Path) -> Path | None:
    """Copies the platform's shared library out of its archive into `into`."""
    name = f"libopi-{release}-{platform}"
    if platform.startswith("linux"):
        archive = dist / f"{name}.tar.gz"
        if not archive.exists():
            return None
        with tarfile.open(archive) as tar:
            member = tar.extractfile(f"{name}/lib/libopi.so.{release}")
            assert member is not None
            target = into / "libopi.so"
            target.write_bytes(member.read())
    else:
        archive = dist / f"{name}.zip"
        if not archive.exists():
            return None
        with zipfile.ZipFile(archive) as zip_file:
            target = into / "opi.dll"
            target.write_bytes(zip_file.read(f"{name}/bin/opi.dll"))
    return target


def pe_machine(data: bytes) -> int:
    """The Machine field of a PE file's COFF header."""
    if data[:2] != b"MZ":
        raise ValueError("not a PE file")
    (offset,) = struct.unpack_from("<I", data, 0x3C)
    if data[offset : offset + 4] != b"PE\0\0":
        raise ValueError("no PE signature")
    (machine,) = struct.unpack_from("<H", data, offset + 4)
    return machine


def check(wheel: Path, tag: str, machine: int | None) -> None:
    with zipfile.ZipFile(wheel) as zip_file:
        names = zip_file.namelist()
        for required in ("opi/__init__.py", "opi/py.typed"):
            if required not in names:
                sys.exit(f"wheels: {wheel.name} lacks {required}")
        if machine is not None:
            found = pe_machine(zip_file.read("opi/opi.dll"))
            if found != machine:
                sys.exit(f"wheels: {wheel.name}: opi.dll is for machine {found:#x}, not {machine:#x}")
            print(f"wheels: {wheel.name}: opi.dll is for machine {found:#06x}")
            return
        if "opi/libopi.so" not in names:
            sys.exit(f"wheels: {wheel.name} lacks opi/libopi.so")
    shown = subprocess.run(
        [sys.executable, "-m", "auditwheel", "show", str(wheel)],
        capture_output=True,
        text=True,
    )
    report = " ".join(shown.stdout.split())
    # auditwheel names the policy the wheel's libraries meet by its PEP 600 name, and
    # says whether the wheel's own tag is consistent with it.
    policy = tag.split(".")[0]
    consistent = f'is consistent with the following platform tag: "{policy}"'
    if shown.returncode != 0 or consistent not in report:
        sys.exit(f"wheels: auditwheel show {wheel.name} does not confirm {tag}:\n{shown.stdout}{shown.stderr}")
    print(f"wheels: {wheel.name}: auditwheel show: consistent with {policy}")


def main() -> None:
    dist = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else REPOSITORY / "dist"
    release = version()
    built = 0
    with tempfile.TemporaryDirectory() as scratch:
        for platform, (tag, machine) in PLATFORMS.items():
            stage = Path(scratch) / platform
            shutil.copytree(
                HERE,
                stage,
                ignore=shutil.ignore_patterns("tests", "build", "*.egg-info", "__pycache__", ".*"),
            )
            if extract_library(dist, platform, release, stage / "src" / "opi") is None:
                print(f"wheels: SKIPPED {platform}: no archive of it in {dist}")
                continue
            out = Path(scratch) / f"{platform}-out"
            building = subprocess.run(
                [sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(stage)],
                capture_output=True,
                text=True,
                env={**os.environ, "OPI_WHEEL_PLATFORM": tag},
            )
            if building.returncode != 0:
                sys.exit(f"wheels: building {platform} failed:\n{building.stdout}{building.stderr}")
            (wheel,) = out.glob("*.whl")
            if not wheel.name.endswith(f"-py3-none-{tag}.whl"):
                sys.exit(f"wheels: {wheel.name} does not carry the tag {tag}")
            check(wheel, tag, machine)
            shutil.copy2(wheel, dist / wheel.name)
            print(f"wheels: {dist / wheel.name}")
            built += 1
    if built == 0:
        sys.exit(f"wheels: no archive in {dist}; run `make dist` first")


if __name__ == "__main__":
    main()
