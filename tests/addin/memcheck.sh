#!/usr/bin/env bash
# Runs the 1C:Enterprise Native API host program (tests/addin/host.cpp) under valgrind's
# memcheck against the loopback stand-in: no memory errors, no definite or indirect
# leaks, and (checked by the program itself) every block allocated through the
# platform's memory manager released by the platform; then its twenty load-and-unload
# cycles (--unload) the same way, and every method's example by both names (--examples),
# which must send tests/examples.requests in each pass.
#
#   cargo build --release --workspace
#   bash tests/addin/memcheck.sh [BUILD_DIR]      # BUILD_DIR defaults to target/release
#
# BUILD_DIR holds libopi.so and opi-standin. Needs g++ and valgrind; CXX chooses
# another compiler.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${1:-$root/target/release}
if [[ ! -d $build ]]; then
    echo "addin memcheck: no build directory $build; run cargo build --release --workspace first" >&2
    exit 2
fi
build=$(cd "$build" && pwd)
cxx=${CXX:-g++}

for file in libopi.so opi-standin; do
    if [[ ! -e $build/$file ]]; then
        echo "addin memcheck: $build/$file is missing; run cargo build --release --workspace first" >&2
        exit 2
    fi
done
if ! command -v valgrind > /dev/null; then
    echo "addin memcheck: valgrind is not installed (apt-get install valgrind)" >&2
    exit 2
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/opi-addin-memcheck.XXXXXX")
# shellcheck source=../standin/standin.sh
source "$root/tests/standin/standin.sh"

cleanup() {
    standin_stop
    rm -rf "$work"
}
trap cleanup EXIT

echo "addin memcheck: building the host program"
"$cxx" -std=c++17 -Wall -Wextra -Werror -g -O1 "$root/tests/addin/host.cpp" -ldl \
    -o "$work/addin_host"

standin_start "$build/opi-standin"
echo "addin memcheck: stand-in at $api_url"

# The program unloads the library at the end, as the platform does. --keep-debuginfo
# names the frames of a library that is no longer mapped, which the one suppression (a
# block ureq never frees, see tests/c/unload.supp) needs.
valgrind=(valgrind --leak-check=full --errors-for-leak-kinds=definite,indirect
    --error-exitcode=1 --keep-debuginfo=yes --suppressions="$root/tests/c/unload.supp")
log=$work/addin_host.valgrind
status=0
"${run_env[@]}" "${valgrind[@]}" --log-file="$log" "$work/addin_host" "$build/libopi.so" \
    > "$log.out" 2>&1 || status=$?
if [[ $status -ne 0 ]]; then
    echo "valgrind addin_host: FAILED (exit status $status)"
    cat "$log.out" "$log"
    exit 1
fi
echo "valgrind addin_host: ok"
sed 's/^/    /' "$log.out"
grep -E '(definitely|indirectly|possibly) lost:|still reachable:|suppressed:|All heap blocks|ERROR SUMMARY' "$log" \
    | sed 's/^==[0-9]*== /    /'

# Twenty loads and unloads of the add-in.
log=$work/addin_unload.valgrind
status=0
"${run_env[@]}" "${valgrind[@]}" --log-file="$log" "$work/addin_host" --unload \
    "$build/libopi.so" 20 > "$log.out" 2>&1 || status=$?
if [[ $status -ne 0 ]]; then
    echo "valgrind addin_host --unload: FAILED (exit status $status)"
    cat "$log.out" "$log"
    exit 1
fi
echo "valgrind addin_host --unload: ok"
grep -E '(definitely|indirectly|possibly) lost:|still reachable:|suppressed:|ERROR SUMMARY' "$log" \
    | sed 's/^==[0-9]*== /    /'
standin_stop

# Every method's example by both names, against a stand-in of its own that records what
# arrives: a pass by the English names and one by the Russian names, each sending
# tests/examples.requests byte for byte. A subshell, so that the stand-in is a coprocess
# of its own.
record=${OPI_EXAMPLE_REQUESTS:-$root/tests/examples.requests}
log=$work/addin_examples.valgrind
status=0
(
    trap standin_stop EXIT
    standin_start "$build/opi-standin" --requests "$work/examples.requests"
    "${run_env[@]}" "${valgrind[@]}" --log-file="$log" "$work/addin_host" --examples \
        "$build/libopi.so" > "$log.out" 2>&1
) || status=$?
if [[ $status -ne 0 ]]; then
    echo "valgrind addin_host --examples: FAILED (exit status $status)"
    cat "$log.out" "$log"
    exit 1
fi
if ! cat "$record" "$record" | cmp -s - "$work/examples.requests"; then
    echo "valgrind addin_host --examples: FAILED: the requests differ from two passes of $record"
    diff <(cat "$record" "$record") "$work/examples.requests" | head -n 6 | sed 's/^/    /'
    exit 1
fi
echo "valgrind addin_host --examples: ok, sent $(basename "$record") by each name"
grep -E '(definitely|indirectly|possibly) lost:|still reachable:|suppressed:|ERROR SUMMARY' "$log" \
    | sed 's/^==[0-9]*== /    /'
echo "addin memcheck: all clean"
