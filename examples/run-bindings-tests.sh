#!/usr/bin/env bash
# Runs the Python, Node.js and Go bindings' tests against the release build of libopi.
# Expects `cargo build --release` and `cargo build --release -p opi-standin` to have run;
# installs what each suite needs when it is missing. Each suite starts its own loopback
# stand-in, so each also runs alone. Exits non-zero when any suite fails, after all ran.
set -uo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive

for built in target/release/libopi.so target/release/opi-standin; do
  if [ ! -e "$built" ]; then
    echo "$built is missing: run cargo build --release and cargo build --release -p opi-standin" >&2
    exit 1
  fi
done

step() { printf '\n== %s\n' "$*"; }
failed=()
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# go needs a build cache, which it places under HOME; an environment may define none.
if [ -z "${GOCACHE:-}${XDG_CACHE_HOME:-}${HOME:-}" ]; then
  export GOCACHE="$work/go-build"
fi

step "install what is missing"
python3 -c 'import pytest' 2>/dev/null || python3 -m pip install --quiet pytest || exit 1
if ! command -v go >/dev/null; then
  apt-get update -q && apt-get install -y -q golang-go || exit 1
fi
# npm ci installs exactly the locked koffi, with its prebuilt library for this platform.
(cd examples/node && npm ci --no-audit --no-fund) || exit 1

step "Python (pytest)"
(cd examples/python && python3 -m pytest) || failed+=(python)

step "Node.js (node --test)"
(cd examples/node && node --test) || failed+=(node)

step "Go (go test)"
# gofmt -l names each file whose layout differs from gofmt's.
unformatted=$(cd examples/go && gofmt -l .)
if [ -n "$unformatted" ]; then
  echo "not formatted with gofmt: $unformatted" >&2
  failed+=(gofmt)
fi
(cd examples/go && go vet ./... && go test -count=1 -v ./...) || failed+=(go)

step "Go (go test), linked against libopi.so"
# Linked programs ask the loader for the SONAME (libopi.so.0), which cargo does not
# write; a private directory provides it under that name.
mkdir "$work/lib"
soname=$(readelf -d target/release/libopi.so | sed -n 's/.*Library soname: \[\(.*\)\].*/\1/p')
ln -s "$PWD/target/release/libopi.so" "$work/lib/${soname:-libopi.so}"
(cd examples/go && LD_LIBRARY_PATH="$work/lib" go test -count=1 -tags opi_shared ./...) || failed+=(go-shared)

if [ ${#failed[@]} -gt 0 ]; then
  printf '\nbindings tests failed: %s\n' "${failed[*]}" >&2
  exit 1
fi
printf '\nbindings tests passed: python, node, go\n'
