#!/usr/bin/env bash
# Builds the C and C++ host programs and runs them against the loopback stand-in, first
# under valgrind's memcheck, then built again with AddressSanitizer and
# UndefinedBehaviorSanitizer; and tests/c/unload.c, which loads and unloads libopi.so
# twenty times, both ways too. Exits non-zero on any failed check, memory error, or
# definite or indirect leak.
#
#   cargo build --release && cargo build -p opi-standin --release
#   bash tests/c/memcheck.sh [BUILD_DIR]      # BUILD_DIR defaults to target/release
#
# BUILD_DIR holds libopi.so, libopi.a and opi-standin. Needs gcc, g++, valgrind and
# readelf; CC and CXX choose other compilers.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${1:-$root/target/release}
if [[ ! -d $build ]]; then
    echo "memcheck: no build directory $build; run cargo build --release first" >&2
    exit 2
fi
build=$(cd "$build" && pwd)
cc=${CC:-gcc}
cxx=${CXX:-g++}

for file in libopi.so libopi.a opi-standin; do
    if [[ ! -e $build/$file ]]; then
        echo "memcheck: $build/$file is missing; run cargo build --release" \
            "and cargo build -p opi-standin --release first" >&2
        exit 2
    fi
done
if ! command -v valgrind > /dev/null; then
    echo "memcheck: valgrind is not installed (apt-get install valgrind)" >&2
    exit 2
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/opi-memcheck.XXXXXX")
# shellcheck source=../standin/standin.sh
source "$root/tests/standin/standin.sh"

cleanup() {
    standin_stop
    rm -rf "$work"
}
trap cleanup EXIT

# Programs linked against libopi.so record its SONAME (libopi.so.0) as what to load, and
# cargo writes only libopi.so, so the run-time name is provided beside a symlink.
soname=$(readelf -d "$build/libopi.so" | sed -n 's/.*Library soname: \[\(.*\)\].*/\1/p')
mkdir -p "$work/lib"
ln -s "$build/libopi.so" "$work/lib/${soname:-libopi.so}"

# The system libraries a program linking libopi.a needs, as rustc reports them.
probe=$work/probe
mkdir -p "$probe"
native_libs=$(rustc --crate-type staticlib --crate-name probe --print native-static-libs \
    --out-dir "$probe" - < /dev/null 2>&1 | sed -n 's/^note: native-static-libs: //p')
if [[ -z $native_libs ]]; then
    echo "memcheck: rustc did not report the native libraries of a static library" >&2
    exit 2
fi

c_flags=(-std=c99 -Wall -Wextra -Werror -pedantic -g -O1 -I"$root/include")
cxx_flags=(-std=c++17 -Wall -Wextra -Werror -pedantic -g -O1 -I"$root/include")
shared=(-L"$build" -lopi -Wl,-rpath,"$work/lib")

# build SUFFIX EXTRA_FLAGS...: every host program, into $work/<name>SUFFIX.
build_hosts() {
    local suffix=$1
    shift
    "$cc" "${c_flags[@]}" "$@" "$root/tests/c/host.c" "${shared[@]}" -o "$work/host$suffix"
    "$cc" "${c_flags[@]}" "$@" -pthread "$root/tests/c/threads.c" "${shared[@]}" \
        -o "$work/threads$suffix"
    # Linked statically: libopi.a and the system libraries, nothing from libopi.so.
    # shellcheck disable=SC2086 # native_libs is a list of flags
    "$cc" "${c_flags[@]}" "$@" -pthread "$root/tests/c/host.c" "$build/libopi.a" \
        $native_libs -o "$work/host_static$suffix"
    "$cxx" "${cxx_flags[@]}" "$@" -pthread "$root/tests/cpp/host.cpp" "${shared[@]}" \
        -o "$work/host_cpp$suffix"
    "$cc" "${c_flags[@]}" "$@" -pthread "$root/tests/c/fork.c" "${shared[@]}" \
        -o "$work/fork$suffix"
}

# The programs to run, with their arguments: fork.c forks children that call (each
# child is checked as well), and children that exit without calling.
runs=(host threads host_static host_cpp "fork idle" "fork exit")

standin_start "$build/opi-standin"
echo "memcheck: stand-in at $api_url"

failed=0

echo "memcheck: building the host programs"
build_hosts ""
for run in "${runs[@]}"; do
    read -r program args <<< "$run"
    name=${run// /_}
    log=$work/$name.valgrind
    status=0
    # shellcheck disable=SC2086 # args is a list of words
    "${run_env[@]}" valgrind --leak-check=full --errors-for-leak-kinds=definite,indirect \
        --error-exitcode=1 --log-file="$log.%p" "$work/$program" $args ${args:+"$api_url"} \
        > "$work/$name.out" 2>&1 || status=$?
    if [[ $status -eq 0 ]]; then
        echo "valgrind $run: ok"
        cat "$log".* | grep -E '(definitely|indirectly|possibly) lost:|still reachable:|All heap blocks|ERROR SUMMARY' \
            | sed 's/^==[0-9]*== /    /' | sort | uniq -c
    else
        echo "valgrind $run: FAILED (exit status $status)"
        cat "$work/$name.out" "$log".*
        failed=1
    fi
done

# Twenty loads and unloads by address and twenty by name. --keep-debuginfo names the
# frames of a library that is no longer mapped, which the one suppression (a block ureq
# never frees) needs.
"$cc" "${c_flags[@]}" "$root/tests/c/unload.c" -ldl -o "$work/unload"
log=$work/unload.valgrind
status=0
cycles=20
"${run_env[@]}" GLIBC_TUNABLES=glibc.malloc.tcache_count=0 valgrind --leak-check=full \
    --errors-for-leak-kinds=definite,indirect --error-exitcode=1 --keep-debuginfo=yes \
    --suppressions="$root/tests/c/unload.supp" --log-file="$log" \
    "$work/unload" "$build/libopi.so" "$cycles" > "$log.out" 2>&1 || status=$?
# The suppression may hide ureq's 10 bytes once per load and nothing more: a count that
# differs means it hides something else, or that ureq changed.
loads=$((2 * cycles))
suppressed="suppressed: $((10 * loads)) bytes in $loads blocks"
if [[ $status -eq 0 ]] && ! grep -q "$suppressed\$" "$log"; then
    echo "valgrind unload: the suppression hid other than $suppressed:"
    grep -E 'suppressed:' "$log" | sed 's/^==[0-9]*== /    /'
    status=1
fi
if [[ $status -eq 0 ]]; then
    echo "valgrind unload: ok"
    grep -E '(definitely|indirectly|possibly) lost:|still reachable:|suppressed:|All heap blocks|ERROR SUMMARY' "$log" \
        | sed 's/^==[0-9]*== /    /'
else
    echo "valgrind unload: FAILED (exit status $status)"
    cat "$log.out" "$log"
    failed=1
fi

echo "memcheck: building the host programs with -fsanitize=address,undefined"
build_hosts _sanitized -fsanitize=address,undefined -fno-sanitize-recover=all \
    -fno-omit-frame-pointer
for run in "${runs[@]}"; do
    read -r program args <<< "$run"
    out=$work/${run// /_}_sanitized.out
    status=0
    # shellcheck disable=SC2086 # args is a list of words
    ASAN_OPTIONS=detect_leaks=1:halt_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
        "${run_env[@]}" "$work/${program}_sanitized" $args ${args:+"$api_url"} > "$out" 2>&1 \
        || status=$?
    if [[ $status -eq 0 ]]; then
        echo "sanitizers $run: ok"
    else
        echo "sanitizers $run: FAILED (exit status $status)"
        cat "$out"
        failed=1
    fi
done

# Leaks are valgrind's to judge above: LeakSanitizer cannot name the frames of an
# unloaded library, so it could not tell ureq's block from any other.
"$cc" "${c_flags[@]}" -fsanitize=address,undefined -fno-sanitize-recover=all \
    -fno-omit-frame-pointer "$root/tests/c/unload.c" -ldl -o "$work/unload_sanitized"
out=$work/unload_sanitized.out
status=0
ASAN_OPTIONS=detect_leaks=0:halt_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
    GLIBC_TUNABLES=glibc.malloc.tcache_count=0 "${run_env[@]}" \
    "$work/unload_sanitized" "$build/libopi.so" 20 > "$out" 2>&1 || status=$?
if [[ $status -eq 0 ]]; then
    echo "sanitizers unload: ok"
else
    echo "sanitizers unload: FAILED (exit status $status)"
    cat "$out"
    failed=1
fi

if [[ $failed -ne 0 ]]; then
    echo "memcheck: FAILED"
    exit 1
fi
echo "memcheck: all clean"
