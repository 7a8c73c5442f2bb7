"""Writes this Go module, as it stands in the working tree, into a module proxy directory
that GOPROXY=file://DIR serves, as the Go module proxy serves a published version:

    python3 bindings/go/proxy.py DIR VERSION      # VERSION such as v0.1.0

The tests install the module from there into a clean module cache, as a user's `go get`
would, rather than build it from this folder.
"""

import json
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    out, version = Path(sys.argv[1]), sys.argv[2]
    go_mod = (HERE / "go.mod").read_text(encoding="utf-8")
    module = next(line.split()[1] for line in go_mod.splitlines() if line.startswith("module "))
    versions = out / module / "@v"
    versions.mkdir(parents=True, exist_ok=True)
    (versions / "list").write_text(version + "\n", encoding="utf-8")
    (versions / f"{version}.info").write_text(
        json.dumps({"Version": version, "Time": "2025-01-01T00:00:00Z"}), encoding="utf-8"
    )
    (versions / f"{version}.mod").write_text(go_mod, encoding="utf-8")
    # A module zip holds the module's files under module@version/; go.mod is one of them.
    with zipfile.ZipFile(versions / f"{version}.zip", "w", zipfile.ZIP_DEFLATED) as module_zip:
        for path in sorted(HERE.iterdir()):
            if path.is_file() and (path.suffix == ".go" or path.name in ("go.mod", "README.md")):
                module_zip.write(path, f"{module}@{version}/{path.name}")


if __name__ == "__main__":
    main()
