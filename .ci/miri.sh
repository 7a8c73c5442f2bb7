#!/usr/bin/env bash
# Miri over the tests that walk the unsafe code without the network or C: the C
# boundary (src/ffi), the 1C add-in driven through its vtables with a stand-in of the
# platform (src/addin) and the panic guard, under Stacked Borrows and Tree Borrows.
set -euo pipefail
cd "$(dirname "$0")/.."
rustup +nightly component add miri rust-src >/dev/null 2>&1
filters=(addin:: ffi:: boundary::)
echo "== Miri, Stacked Borrows"
MIRIFLAGS="${MIRIFLAGS:-}" cargo +nightly miri test --lib -- "${filters[@]}"
echo "== Miri, Tree Borrows"
MIRIFLAGS="-Zmiri-tree-borrows ${MIRIFLAGS:-}" cargo +nightly miri test --lib -- "${filters[@]}"
