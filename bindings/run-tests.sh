#!/usr/bin/env bash
# Runs each binding's tests against its package as a user installs it, built by
# `make dist` into DIST (default: dist/):
#
#   Python   the manylinux2014_x86_64 wheel, installed into a fresh venv
#   Node.js  the npm tarball, installed into a new project; its declarations compiled by
#            tsc against test/usage.ts
#   Go       the module, served from a module proxy directory to a clean module cache,
#            linking the libopi.a (and, with -tags opi_shared, libopi.so) of the Linux
#            x86_64 archive; then its tests built for Linux aarch64 and for musl
#            (-tags musl) against those archives' libopi.a, aarch64 run under qemu
#   C#       Opi.cs, Json.cs and Telegram.g.cs compiled by Mono's mcs, run by mono beside that
#            archive's libopi.so
#
#   bash bindings/run-tests.sh [DIST]
#
# Each suite starts its own loopback stand-in, target/release/opi-standin (cargo build
# --release -p opi-standin). Installs what a suite needs when it is missing. Exits
# non-zero when any suite fails, after all ran.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD
dist=$(cd "${1:-dist}" && pwd) || exit 1
export DEBIAN_FRONTEND=noninteractive
export OPI_STANDIN=$root/target/release/opi-standin
# What every method's example sends, as oint sends it (tests/integration/cli.rs): each
# suite runs the same examples through its own functions and compares.
export OPI_EXAMPLE_REQUESTS=$root/tests/examples.requests
# Each package must find its own library, not one named from outside.
unset OPI_LIBRARY

version=$(sed -n 's/^version *= *"\(.*\)"/\1/p' Cargo.toml | head -n 1)
wheel=$dist/libopi-$version-py3-none-manylinux_2_17_x86_64.manylinux2014_x86_64.whl
tarball=$dist/libopi-$version.tgz
archive=$dist/libopi-$version-linux-x86_64.tar.gz
for needed in "$OPI_STANDIN" "$wheel" "$tarball" "$archive"; do
  if [ ! -e "$needed" ]; then
    echo "$needed is missing: run make dist and cargo build --release -p opi-standin" >&2
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
packages=()
python3 -c 'import venv, ensurepip' 2>/dev/null || packages+=(python3-venv)
command -v go >/dev/null || packages+=(golang-go)
command -v mcs >/dev/null || packages+=(mono-mcs)
command -v mono >/dev/null || packages+=(mono-runtime)
if [ ${#packages[@]} -gt 0 ]; then
  apt-get update -q || true
  apt-get install -y -q "${packages[@]}" || exit 1
fi
tar -C "$work" -xzf "$archive"
tree=$work/libopi-$version-linux-x86_64

step "Python: the wheel in a fresh venv (pytest)"
if python3 -m venv "$work/venv" &&
  "$work/venv/bin/python" -m pip install --quiet --disable-pip-version-check "$wheel" pytest; then
  # From the tests' folder, whose parent holds src/, not opi/: `import opi` can only
  # find the installed package.
  (cd bindings/python && "$work/venv/bin/python" -m pytest -p no:cacheprovider) || failed+=(python)
else
  failed+=(python)
fi

step "Node.js: the npm tarball in a new project (node --test)"
mkdir "$work/node"
cp -r bindings/node/test "$work/node/"
printf '{"name": "libopi-tests", "private": true, "type": "module"}\n' > "$work/node/package.json"
# typescript only to compile test/usage.ts against the package's declarations.
(cd "$work/node" && npm install --no-audit --no-fund --loglevel=error "$tarball" typescript@5 &&
  npx tsc --noEmit --strict --module nodenext --moduleResolution nodenext --target es2022 test/usage.ts &&
  node --test) || failed+=(node)

step "Go: the module from a proxy, in a clean module cache (go vet, go test)"
# gofmt -l names each file whose layout differs from gofmt's.
unformatted=$(cd bindings/go && gofmt -l .)
if [ -n "$unformatted" ]; then
  echo "not formatted with gofmt: $unformatted" >&2
  failed+=(gofmt)
fi
module=$(sed -n 's/^module //p' bindings/go/go.mod)
python3 bindings/go/proxy.py "$work/goproxy" "v$version"
mkdir "$work/gouse"
printf 'module example.com/use\n\ngo 1.19\n\nrequire %s v%s\n' "$module" "$version" > "$work/gouse/go.mod"
(
  cd "$work/gouse" &&
    export GOPROXY="file://$work/goproxy" GOSUMDB=off GOMODCACHE="$work/gomodcache" GOFLAGS="-mod=mod -modcacherw" \
      CGO_CFLAGS="-I$tree/include" CGO_LDFLAGS="-L$tree/lib" &&
    go mod download "$module" &&
    documented=$(go doc "$module" CreateInvitationLink) &&
    grep -q 'creates a link for joining a closed chat' <<< "$documented" &&
    go vet "$module" &&
    go test -count=1 -v "$module" &&
    printf '\n== Go: linked against libopi.so (-tags opi_shared)\n' &&
    LD_LIBRARY_PATH="$tree/lib" go test -count=1 -tags opi_shared "$module"
) || failed+=(go)

step "Go: the module's tests on Linux aarch64 (glibc, under qemu) and musl (-tags musl, static)"
# Each links the libopi.a of its platform's archive, with zig as cgo's C compiler for the
# target (PyPI: ziglang, as make dist uses), musl programs statically so that no musl
# loader is needed; aarch64 runs under qemu-user (with libc6-arm64-cross for glibc).
zig() { python3 -m ziglang "$@"; }
go_dir=$(cd "$work/gouse" && GOPROXY=off GOFLAGS=-mod=mod GOMODCACHE="$work/gomodcache" go list -m -f '{{.Dir}}' "$module" 2>/dev/null)
for row in "linux-x86_64-musl amd64 musl x86_64-linux-musl" "linux-aarch64 arm64 - aarch64-linux-gnu.2.17" \
  "linux-aarch64-musl arm64 musl aarch64-linux-musl"; do
  read -r platform goarch tags zig_target <<< "$row"
  [ "$tags" = - ] && tags=
  other=$dist/libopi-$version-$platform.tar.gz
  run=()
  [ "$goarch" = arm64 ] && run=(qemu-aarch64)
  [ "$platform" = linux-aarch64 ] && run=(qemu-aarch64 -L /usr/aarch64-linux-gnu)
  ldflags=()
  [ "$tags" = musl ] && ldflags=(-ldflags '-linkmode external -extldflags -static')
  if [ ! -e "$other" ]; then
    echo "Go on $platform: SKIPPED: no $(basename "$other") in $dist"
    continue
  elif ! zig version >/dev/null 2>&1 || { [ ${#run[@]} -gt 0 ] && ! command -v qemu-aarch64 >/dev/null; }; then
    echo "Go on $platform: SKIPPED: zig or qemu-aarch64 is missing (pip install ziglang; apt-get install qemu-user)"
    continue
  fi
  tar -C "$work" -xzf "$other"
  started=$SECONDS
  (
    cd "$work/gouse" &&
      GOPROXY="file://$work/goproxy" GOSUMDB=off GOMODCACHE="$work/gomodcache" GOFLAGS="-mod=mod -modcacherw" \
        CGO_ENABLED=1 GOOS=linux GOARCH=$goarch CC="python3 -m ziglang cc -target $zig_target" \
        CGO_CFLAGS="-I$work/libopi-$version-$platform/include" CGO_LDFLAGS="-L$work/libopi-$version-$platform/lib" \
        go test -c -tags "$tags" "${ldflags[@]}" -o "$work/go-$platform.test" "$module" &&
      cd "$go_dir" && "${run[@]}" "$work/go-$platform.test" -test.count=1 &&
      echo "Go on $platform: passed in $((SECONDS - started)) s"
  ) || failed+=("go-$platform")
done

step "C#: compiled by mcs, run by mono"
mkdir "$work/csharp"
# C# 5 at most, as .NET Framework 4.x's compilers take it.
if mcs -langversion:5 -target:library -out:"$work/csharp/LibOpi.dll" bindings/csharp/Opi.cs bindings/csharp/Json.cs bindings/csharp/Telegram.g.cs &&
  mcs -langversion:5 -r:"$work/csharp/LibOpi.dll" -out:"$work/csharp/OpiTests.exe" bindings/csharp/tests/OpiTests.cs; then
  # DllImport("opi") finds libopi.so beside the program, as it finds opi.dll on Windows.
  cp "$tree/lib/libopi.so.$version" "$work/csharp/libopi.so"
  mono "$work/csharp/OpiTests.exe" "$OPI_STANDIN" || failed+=(csharp)
else
  failed+=(csharp)
fi

if [ ${#failed[@]} -gt 0 ]; then
  printf '\nbindings tests failed: %s\n' "${failed[*]}" >&2
  exit 1
fi
printf '\nbindings tests passed: python, node, go, csharp\n'
