#!/usr/bin/env bash
# Tests each platform's release, as `make dist` packed it, on this Linux machine:
#
#   Linux x86_64, i686   natively (i686 built -m32): the C and C++ host programs of
#                        tests/c and tests/cpp (shared, and static from libopi.a) and the
#                        1C add-in harness on the library from LibOPI.zip, all under
#                        valgrind; `oint` runs the Bash example of OPI's page.
#   Linux aarch64        under qemu-user (Debian's qemu-user, with libc6-arm64-cross as
#                        the system root), built with zig for glibc 2.17: the
#                        same C and C++ host programs, shared and static, the 8 threads, the 1C
#                        add-in harness on the archive's library, and `oint` runs the
#                        Bash example (no valgrind under qemu)
#   Linux musl x86_64    natively: the C host and the 8 threads built with Debian's
#                        musl-gcc, and the C host linked statically (zig's musl)
#   Linux musl aarch64   under qemu: the C host and the 8 threads linked statically with
#                        libopi.a (this machine has no aarch64 musl loader for shared ones)
#   static oint          the one of each musl archive, and dist/oint-VERSION-linux-*
#                        alone, run the Bash example (aarch64 under qemu)
#   Windows x64, x86     under Wine: the same C and C++ host programs built with MinGW,
#                        opi.dll loaded and freed again and again (tests/c/windows_unload.c),
#                        the 1C add-in harness laid out as MSVC lays out the platform's
#                        objects (tests/addin/windows_host.c) on the DLLs from LibOPI.zip,
#                        and `oint.exe` runs the page's CMD/Bat example under `cmd /c`.
#   every build          `oint` runs every method's example (examples.sh, or examples.bat
#                        under `cmd`), which must send the requests of the first platform;
#                        where the 1C add-in harness runs, it calls every method by its
#                        example too, by both names (--examples), and each pass must send
#                        tests/examples.requests.
#
# Every program talks to the loopback stand-in on 127.0.0.1, which records what it
# received: the spec examples are checked by the request that arrived, not only by the
# exit status and output.
#
#   make dist && cargo build --release -p opi-standin
#   bash tests/platforms/run.sh [DIST_DIR]      # DIST_DIR defaults to dist
#
# A platform whose archive is missing, or that this machine cannot run (no Wine, no
# 32-bit Wine, no 32-bit C library), is reported as skipped with the reason; the exit
# status is non-zero only when a test that ran failed. The last line counts the results.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
dist=$(cd "${1:-$root/dist}" && pwd)
standin=$root/target/release/opi-standin
version=$(sed -n 's/^version *= *"\(.*\)"/\1/p' "$root/Cargo.toml" | head -n 1)
if [[ ! -x $standin ]]; then
    echo "platforms: $standin is missing; run cargo build --release -p opi-standin" >&2
    exit 2
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/opi-platforms.XXXXXX")
# shellcheck source=../standin/standin.sh
source "$root/tests/standin/standin.sh"
cleanup() {
    if [[ -n ${WINEPREFIX:-} ]] && command -v wineserver > /dev/null; then
        wineserver -k 2> /dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

passed=0
failed=0
skipped=0
pass() { echo "  ok      $1"; passed=$((passed + 1)); }
fail() { echo "  FAILED  $1"; failed=$((failed + 1)); }
skip() { echo "  SKIPPED $1"; skipped=$((skipped + 1)); }

# The examples are OPI's page, verbatim; when the page is at hand, they must still match.
spec=$root/../shared/spec/CreateInvitationLink.md
if [[ -f $spec ]]; then
    python3 - "$spec" "$root/tests/platforms" << 'PY' || { echo "platforms: the spec examples differ from $spec" >&2; exit 1; }
import pathlib, re, sys
page = pathlib.Path(sys.argv[1]).read_text()
here = pathlib.Path(sys.argv[2])
for fence, name in (("bash", "spec_example.sh"), ("batch", "spec_example.bat")):
    block = re.search(r"```" + fence + r"\n(.*?)```", page, re.S).group(1)
    assert (here / name).read_text() == block, name
PY
fi

# What the page's example must send, under TZ=Europe/Moscow (UTC+3 all year, so Wine's
# zones, which lack history, agree): 2025-05-02T15:46:10 there is 12:46:10 UTC.
spec_path='/bot***/createChatInviteLink'
spec_body='{"chat_id":"@testsichee","name":"Link 01.05.2025 15:46:10","expire_date":1746189970,"member_limit":200}'

# run_against_standin LOG COMMAND...: runs COMMAND with a fresh stand-in's URL in
# OPI_TELEGRAM_API_URL, output to LOG.out, and the requests the stand-in got in LOG.requests.
# A subshell each: bash's coprocess variables do not survive one stand-in after another.
run_against_standin() (
    log=$1
    status=0
    shift
    trap standin_stop EXIT
    standin_start "$standin" --requests "$log.requests"
    "${run_env[@]}" "$@" > "$log.out" 2>&1 || status=$?
    standin_stop
    exit "$status"
)

# check_requests LOG COUNT: the stand-in received exactly COUNT requests.
check_requests() {
    local got
    got=$(wc -l < "$1.requests")
    if [[ $got -ne $2 ]]; then
        echo "    the stand-in received $got requests, not $2"
        return 1
    fi
}

# check_spec_example LOG: the run of the page's example sent exactly the page's request
# (the placeholder token "***" as given, so Telegram's 401 came back) and printed it.
check_spec_example() {
    python3 - "$1" "$spec_path" "$spec_body" << 'PY'
import json, sys
log, path, body = sys.argv[1:]
# What arrived, as the page shows it: method, path and body (the parts of a
# multipart request are recorded too; this one has none).
requests = [{k: r[k] for k in ("method", "path", "body")} for r in map(json.loads, open(log + ".requests"))]
wanted = [{"method": "POST", "path": path, "body": body}]
if requests != wanted:
    sys.exit(f"    sent {requests}\n    wanted {wanted}")
# cmd echoes each command of a .bat before it runs it; the answer is what oint printed.
text = open(log + ".out", encoding="utf-8").read()
answer = json.loads(text[text.find("{") : text.rfind("}") + 1])
if answer != {"ok": False, "error_code": 401, "description": "Unauthorized"}:
    sys.exit(f"    printed {answer}")
PY
}

# The record of what every method's example sends (tests/integration/cli.rs makes it).
record=${OPI_EXAMPLE_REQUESTS:-$root/tests/examples.requests}

# sent_the_record LOG: the add-in harness's --examples run, a pass over every method's
# example by the English names and one by the Russian names, sent the record twice, byte
# for byte; else says where it first differs.
sent_the_record() {
    if cat "$record" "$record" | cmp -s - "$1.requests"; then
        return 0
    fi
    echo "    the requests differ from two passes of $record:"
    diff <(cat "$record" "$record") "$1.requests" | head -n 6 | sed 's/^/    /'
    return 1
}

# valgrind_run NAME LOG PROGRAM...: PROGRAM under memcheck against a fresh stand-in.
# The 1C harness unloads the library at its end; tests/c/unload.supp names the one
# block that a load leaves behind (ureq's), which needs the frames of the unloaded
# library kept and more of them than the default twelve.
valgrind_run() {
    local name=$1 log=$2
    shift 2
    if run_against_standin "$log" valgrind --leak-check=full \
        --errors-for-leak-kinds=definite,indirect --error-exitcode=1 \
        --keep-debuginfo=yes --num-callers=40 --suppressions="$root/tests/c/unload.supp" \
        --log-file="$log.valgrind" "$@"; then
        pass "$name ($(grep -o 'ERROR SUMMARY: [0-9]* errors' "$log.valgrind"))"
        return 0
    fi
    fail "$name"
    cat "$log.out" "$log.valgrind" | sed 's/^/    /'
    return 1
}

# built PLATFORM LOG: waits for the build of the host programs, which runs as a
# background job so that `set -e` holds inside it; a failed build counts as a failure.
built() {
    if wait $!; then
        return 0
    fi
    fail "$1: building the host programs"
    sed 's/^/    /' "$2"
    return 1
}

unpack() {
    local archive=$1
    mkdir -p "$work/unpacked"
    case $archive in
        *.tar.gz) tar -C "$work/unpacked" -xzf "$archive" ;;
        *.zip) python3 -m zipfile -e "$archive" "$work/unpacked" ;;
    esac
}

# The add-in libraries come out of LibOPI.zip itself, so the harness loads what 1C loads.
addin=$work/addin
mkdir -p "$addin"
if [[ -f $dist/LibOPI.zip ]]; then
    python3 -m zipfile -e "$dist/LibOPI.zip" "$addin"
fi

test_linux() {
    local platform=$1 tree m=() dir lib cflags libs static_libs
    tree=$work/unpacked/libopi-$version-$platform
    [[ $platform == linux-i686 ]] && m=(-m32)
    dir=$work/$platform
    mkdir -p "$dir"
    if ! echo 'int main(void) { return 0; }' | gcc "${m[@]}" -x c - -o "$dir/probe" 2> "$dir/probe.err" \
        || ! "$dir/probe"; then
        skip "$platform: cannot build and run ${m[*]:-native} C programs here ($(head -n 1 "$dir/probe.err"); apt-get install gcc-multilib g++-multilib libc6:i386)"
        return
    fi

    # Built as a user of the archive builds: with the flags its opi.pc gives.
    export PKG_CONFIG_PATH=$tree/lib/pkgconfig
    read -ra cflags <<< "$(pkg-config --cflags opi)"
    read -ra libs <<< "$(pkg-config --libs opi)"
    read -ra static_libs <<< "$(pkg-config --libs-only-l --static opi | sed 's/-lopi //')"
    lib=$tree/lib
    local strict=(-Wall -Wextra -Werror -pedantic -g -O1 "${m[@]}")
    (
        gcc -std=c99 "${strict[@]}" "${cflags[@]}" "$root/tests/c/host.c" "${libs[@]}" \
            -Wl,-rpath,"$lib" -o "$dir/host"
        gcc -std=c99 "${strict[@]}" -pthread "${cflags[@]}" "$root/tests/c/threads.c" "${libs[@]}" \
            -Wl,-rpath,"$lib" -o "$dir/threads"
        gcc -std=c99 "${strict[@]}" -pthread "${cflags[@]}" "$root/tests/c/host.c" "$lib/libopi.a" \
            "${static_libs[@]}" -o "$dir/host_static"
        g++ -std=c++17 "${strict[@]}" -pthread "${cflags[@]}" "$root/tests/cpp/host.cpp" "${libs[@]}" \
            -Wl,-rpath,"$lib" -o "$dir/host_cpp"
        g++ -std=c++17 -Wall -Wextra -Werror -g -O1 "${m[@]}" "$root/tests/addin/host.cpp" -ldl \
            -o "$dir/addin_host"
    ) > "$dir/build.log" 2>&1 &
    unset PKG_CONFIG_PATH
    built "$platform" "$dir/build.log" || return 0

    valgrind_run "$platform: C host, shared" "$dir/host" "$dir/host" || true
    valgrind_run "$platform: C host, static" "$dir/host_static" "$dir/host_static" || true
    valgrind_run "$platform: C++ host" "$dir/host_cpp" "$dir/host_cpp" || true
    if valgrind_run "$platform: 8 C threads x 200 calls" "$dir/threads" "$dir/threads"; then
        check_requests "$dir/threads" $((8 * 180)) || fail "$platform: threads' request count"
    fi
    local addin_lib=$addin/libopi.so
    [[ $platform == linux-i686 ]] && addin_lib=$addin/libopi_i386.so
    if [[ -f $addin_lib ]]; then
        valgrind_run "$platform: 1C add-in harness on $(basename "$addin_lib") from LibOPI.zip" \
            "$dir/addin_host" "$dir/addin_host" "$addin_lib" || true
        if valgrind_run "$platform: 1C add-in harness, every method's example by both names" \
            "$dir/addin_examples" "$dir/addin_host" --examples "$addin_lib"; then
            if sent_the_record "$dir/addin_examples"; then
                pass "$platform: 1C add-in harness: each pass sent $(basename "$record")"
            else
                fail "$platform: 1C add-in harness: every method's example and $record"
            fi
        fi
    else
        fail "$platform: LibOPI.zip has no $(basename "$addin_lib")"
    fi

    run_spec_example "$platform: oint" "$dir" "$tree/bin/oint"
}

# zig as a C and C++ compiler for another target (PyPI: ziglang, as make dist uses).
zig() { python3 -m ziglang "$@"; }

# plain_run NAME LOG PROGRAM...: PROGRAM against a fresh stand-in, without valgrind
# (which runs neither under qemu nor with musl).
plain_run() {
    local name=$1 log=$2 status=0
    shift 2
    run_against_standin "$log" "$@" || status=$?
    if [[ $status -eq 0 ]]; then
        pass "$name"
        return 0
    fi
    fail "$name (exit status $status)"
    sed 's/^/    /' "$log.out"
    return 1
}

# run_spec_example NAME DIR OINT RUNNER...: the page's Bash example, verbatim, with
# OINT answering to `oint` (through RUNNER, qemu, when it is for another machine).
run_spec_example() {
    local name=$1 dir=$2 oint=$3 status=0
    shift 3
    mkdir -p "$dir/oint-bin"
    printf '#!/bin/sh\nexec %s "%s" "$@"\n' "$*" "$oint" > "$dir/oint-bin/oint"
    chmod +x "$dir/oint-bin/oint"
    cp "$root/tests/platforms/spec_example.sh" "$dir/"
    (cd "$dir" && run_against_standin "$dir/spec" env PATH="$dir/oint-bin:$PATH" TZ=Europe/Moscow \
        bash spec_example.sh) || status=$?
    if [[ $status -eq 1 ]] && check_spec_example "$dir/spec"; then
        pass "$name runs the page's Bash example and sends its request"
    else
        fail "$name and the page's Bash example (exit status $status)"
        sed 's/^/    /' "$dir/spec.out"
    fi
    cp "$root/tests/platforms/examples.sh" "$dir/"
    (cd "$dir" && run_against_standin "$dir/examples" env PATH="$dir/oint-bin:$PATH" \
        TZ=Europe/Moscow bash examples.sh) || true
    check_examples "$name" "$dir/examples" Bash
}

# check_examples NAME LOG FORM: the run of every method's example (tests/platforms/
# examples.sh or .bat) sent the same requests, byte for byte, as the first platform's
# run; that first run must have sent as many to /bot***/ as examples.sh says.
check_examples() {
    local name=$1 log=$2 form=$3 reference=$work/examples.reference
    if [[ ! -f $reference ]]; then
        local wanted sent
        wanted=$(sed -n 's/^# requests: //p' "$root/tests/platforms/examples.sh")
        sent=$(grep -c '"path":"/bot\*\*\*/' "$log.requests" || true)
        if [[ $sent -ne $wanted ]]; then
            fail "$name: the $form examples sent $sent requests to /bot***/, not $wanted"
            sed 's/^/    /' "$log.out" | tail -n 20
            return
        fi
        cp "$log.requests" "$reference"
    fi
    if cmp -s "$log.requests" "$reference"; then
        pass "$name runs every method's $form example and sends the requests of the first platform ($(wc -l < "$reference"))"
    else
        fail "$name: every method's $form example: the requests differ from the first platform's"
        diff "$reference" "$log.requests" | head -n 20 | sed 's/^/    /'
    fi
}

# The platforms of another C library or machine: built with their own compilers, run
# under qemu where the machine differs.
test_other_linux() {
    local platform=$1 tree dir lib cc cxx=() static_cc=() run=() shared=yes static=()
    tree=$work/unpacked/libopi-$version-$platform
    dir=$work/$platform
    mkdir -p "$dir"
    # Debian's aarch64 cross compilers cannot be installed beside gcc-multilib (i686), so
    # zig builds for aarch64, C++ with its libc++ built from source once. No C++ for musl:
    # another libc++ build per target, minutes CI cannot spare, to test what the C hosts
    # test already.
    case $platform in
        linux-aarch64)
            cc=(zig cc -target aarch64-linux-gnu.2.17) cxx=(zig c++ -target aarch64-linux-gnu.2.17)
            run=(qemu-aarch64 -L /usr/aarch64-linux-gnu)
            ;;
        linux-x86_64-musl)
            # Debian's libgcc_eh is glibc's, so a static musl program takes zig's unwinder.
            cc=(musl-gcc) static_cc=(zig cc -target x86_64-linux-musl) static=(-static)
            ;;
        linux-aarch64-musl)
            cc=(zig cc -target aarch64-linux-musl) static=(-static)
            run=(qemu-aarch64) shared=no
            ;;
    esac
    local tool
    for tool in "${cc[0]}" "${static_cc[@]:0:1}" "${cxx[@]:0:1}" "${run[@]:0:1}"; do
        if [[ $tool == zig ]] && ! python3 -m ziglang version > /dev/null 2>&1; then
            skip "$platform: zig is not installed (pip install ziglang)"
            return
        elif [[ $tool != zig ]] && ! command -v "$tool" > /dev/null; then
            skip "$platform: $tool is not installed (apt-get install qemu-user musl-tools)"
            return
        fi
    done
    if [[ $platform == linux-aarch64 && ! -e /usr/aarch64-linux-gnu/lib/ld-linux-aarch64.so.1 ]]; then
        skip "$platform: no aarch64 glibc to run it with (apt-get install libc6-arm64-cross)"
        return
    fi

    [[ ${#static_cc[@]} -gt 0 ]] || static_cc=("${cc[@]}")
    lib=$tree/lib
    local strict=(-Wall -Wextra -Werror -pedantic -g -O1 -I"$tree/include")
    # clang (zig) also warns of adjacent literals, which tests/c/host.c joins on purpose.
    local cc_quiet=() static_quiet=()
    [[ ${cc[0]} == zig ]] && cc_quiet=(-Wno-string-concatenation)
    [[ ${static_cc[0]} == zig ]] && static_quiet=(-Wno-string-concatenation)
    local static_libs
    read -ra static_libs <<< "$(sed -n 's/^Libs.private: *//p' "$lib/pkgconfig/opi.pc")"
    (
        # glibc is not linked statically: there libopi.a goes into a dynamic program.
        "${static_cc[@]}" -std=c99 "${strict[@]}" "${static_quiet[@]}" "${static[@]}" -pthread \
            "$root/tests/c/host.c" "$lib/libopi.a" "${static_libs[@]}" -o "$dir/host_static"
        if [[ $shared == yes ]]; then
            "${cc[@]}" -std=c99 "${strict[@]}" "${cc_quiet[@]}" "$root/tests/c/host.c" -L"$lib" -lopi \
                -Wl,-rpath,"$lib" -o "$dir/host"
            "${cc[@]}" -std=c99 "${strict[@]}" "${cc_quiet[@]}" -pthread "$root/tests/c/threads.c" \
                -L"$lib" -lopi -Wl,-rpath,"$lib" -o "$dir/threads"
        else
            "${static_cc[@]}" -std=c99 "${strict[@]}" "${static_quiet[@]}" "${static[@]}" -pthread \
                "$root/tests/c/threads.c" "$lib/libopi.a" "${static_libs[@]}" -o "$dir/threads"
        fi
        if [[ ${#cxx[@]} -gt 0 ]]; then
            "${cxx[@]}" -std=c++17 "${strict[@]}" -pthread "$root/tests/cpp/host.cpp" -L"$lib" -lopi \
                -Wl,-rpath,"$lib" -o "$dir/host_cpp"
            "${cxx[@]}" -std=c++17 -Wall -Wextra -Werror -g -O1 "$root/tests/addin/host.cpp" -ldl \
                -o "$dir/addin_host"
        fi
    ) > "$dir/build.log" 2>&1 &
    built "$platform" "$dir/build.log" || return 0

    local how=natively
    [[ ${#run[@]} -gt 0 ]] && how="under qemu"
    if [[ $shared == yes ]]; then
        plain_run "$platform $how: C host, shared" "$dir/host" "${run[@]}" "$dir/host" || true
    fi
    plain_run "$platform $how: C host, static" "$dir/host_static" "${run[@]}" "$dir/host_static" || true
    if plain_run "$platform $how: 8 C threads x 200 calls" "$dir/threads" "${run[@]}" "$dir/threads"; then
        check_requests "$dir/threads" $((8 * 180)) || fail "$platform: threads' request count"
    fi
    if [[ ${#cxx[@]} -gt 0 ]]; then
        plain_run "$platform $how: C++ host" "$dir/host_cpp" "${run[@]}" "$dir/host_cpp" || true
        plain_run "$platform $how: 1C add-in harness on the archive's libopi.so" "$dir/addin_host" \
            "${run[@]}" "$dir/addin_host" "$lib/libopi.so.$version" || true
        if plain_run "$platform $how: 1C add-in harness, every method's example by both names" \
            "$dir/addin_examples" "${run[@]}" "$dir/addin_host" --examples "$lib/libopi.so.$version"; then
            if sent_the_record "$dir/addin_examples"; then
                pass "$platform: 1C add-in harness: each pass sent $(basename "$record")"
            else
                fail "$platform: 1C add-in harness: every method's example and $record"
            fi
        fi
    fi
    run_spec_example "$platform $how: oint" "$dir" "$tree/bin/oint" "${run[@]}"
    if [[ $platform == *-musl ]]; then
        local arch=${platform#linux-} alone
        arch=${arch%-musl}
        alone=$dist/oint-$version-linux-$arch
        if [[ -f $alone ]]; then
            mkdir -p "$dir/alone"
            run_spec_example "$(basename "$alone") alone, $how," "$dir/alone" "$alone" "${run[@]}"
        else
            fail "$platform: no $(basename "$alone") in $dist"
        fi
    fi
}

# Wine, set up once: its own prefix, no Mono or Gecko prompts, no debug chatter.
wine_ready=
setup_wine() {
    [[ -n $wine_ready ]] && return 0
    export WINEPREFIX=$work/wineprefix WINEDEBUG=-all WINEDLLOVERRIDES='mscoree,mshtml='
    wineboot -i > "$work/wineboot.log" 2>&1 || true
    # wineboot returns while the new prefix's services still run; a program started
    # then can fail before it prints a line. Wait until the prefix is at rest.
    wineserver -w 2>> "$work/wineboot.log" || true
    wine_ready=1
}

test_windows() {
    local platform=$1 tree mingw dir bin lib status
    tree=$work/unpacked/libopi-$version-$platform
    mingw=$([[ $platform == windows-x86_64 ]] && echo x86_64-w64-mingw32 || echo i686-w64-mingw32)
    dir=$work/$platform
    mkdir -p "$dir"
    if ! command -v wine > /dev/null; then
        skip "$platform: Wine is not installed (apt-get install wine wine64)"
        return
    fi
    if ! command -v "$mingw-gcc" > /dev/null; then
        skip "$platform: $mingw-gcc is not installed (apt-get install mingw-w64)"
        return
    fi
    setup_wine
    # Without its 32-bit half, Wine runs no 32-bit program and yet exits 0.
    printf '#include <stdio.h>\nint main(void) { puts("probe ran"); return 7; }\n' \
        | "$mingw-gcc" -x c - -o "$dir/probe.exe"
    status=0
    wine "$dir/probe.exe" > "$dir/probe.out" 2>&1 || status=$?
    if [[ $status -ne 7 ]] || ! grep -q 'probe ran' "$dir/probe.out"; then
        if [[ $platform == windows-x86 ]]; then
            skip "$platform: Wine runs no 32-bit program here: wine32 is not installed (dpkg --add-architecture i386; apt-get install wine32:i386)"
        else
            skip "$platform: Wine runs no 64-bit program here (apt-get install wine64)"
        fi
        return
    fi

    # The programs sit beside opi.dll, where Windows looks first, with the stand-in
    # ProcessPrng that Wine 8 lacks (tests only: it is not in the archive).
    bin=$tree/bin
    lib=$tree/lib
    "$mingw-gcc" -std=c99 -Wall -Wextra -Werror -O2 -shared -Wl,--kill-at \
        "$root/tests/platforms/bcryptprimitives.c" -ladvapi32 -o "$bin/bcryptprimitives.dll"
    local strict=(-Wall -Wextra -Werror -pedantic -g -O1 -I"$tree/include")
    (
        # -static links MinGW's own runtime into each program, so that only opi.dll and
        # Windows' DLLs are loaded; opi.dll is linked through its import library.
        "$mingw-gcc" -std=c99 "${strict[@]}" -static "$root/tests/c/host.c" "$lib/libopi.dll.a" \
            -lws2_32 -o "$bin/host.exe"
        "$mingw-gcc" -std=c99 "${strict[@]}" -static -pthread "$root/tests/c/threads.c" \
            "$lib/libopi.dll.a" -o "$bin/threads.exe"
        "$mingw-g++-posix" -std=c++17 "${strict[@]}" -static -pthread "$root/tests/cpp/host.cpp" \
            "$lib/libopi.dll.a" -o "$bin/host_cpp.exe"
        local native
        native=$(sed -n 's/^ *\(gcc app.c .*libopi.a \)//p' "$tree/README.txt" | tr -d '\r')
        # shellcheck disable=SC2086 # the README's list of flags
        "$mingw-gcc" -std=c99 "${strict[@]}" -static "$root/tests/c/host.c" "$lib/libopi.a" \
            $native -o "$bin/host_static.exe"
        "$mingw-gcc" -std=c99 -municode "${strict[@]}" -static "$root/tests/c/windows_unload.c" \
            -o "$bin/windows_unload.exe"
        # The add-in harness is GNU C: calling-convention attributes, MSVC's layout.
        "$mingw-gcc" -std=gnu11 -municode -Wall -Wextra -Werror -g -O1 -static \
            "$root/tests/addin/windows_host.c" -o "$bin/windows_host.exe"
    ) > "$dir/build.log" 2>&1 &
    built "$platform" "$dir/build.log" || return 0

    local program name
    for program in host host_static host_cpp threads; do
        case $program in
            host) name="C host, opi.dll" ;;
            host_static) name="C host, static libopi.a" ;;
            host_cpp) name="C++ host" ;;
            threads) name="8 C threads x 200 calls" ;;
        esac
        status=0
        run_against_standin "$dir/$program" wine "$bin/$program.exe" || status=$?
        if [[ $status -eq 0 ]] && { [[ $program != threads ]] || check_requests "$dir/threads" $((8 * 180)); }; then
            pass "$platform under Wine: $name"
        else
            fail "$platform under Wine: $name (exit status $status)"
            if [[ -s $dir/$program.out ]]; then
                sed 's/^/    /' "$dir/$program.out"
            else
                echo "    (the program printed nothing; Wine's set-up said:)"
                sed 's/^/    /' "$work/wineboot.log"
            fi
        fi
    done

    # opi.dll loaded, used and freed 20 times by address and 20 by name: FreeLibrary
    # leaves no handle, thread or memory behind, and the DLL unmapped.
    status=0
    run_against_standin "$dir/unload" wine "$bin/windows_unload.exe" "$(winepath -w "$bin/opi.dll")" \
        || status=$?
    if [[ $status -eq 0 ]] && grep -q '^unloaded cleanly' "$dir/unload.out"; then
        pass "$platform under Wine: 20 cycles of LoadLibrary, calls and FreeLibrary leave nothing behind"
    else
        fail "$platform under Wine: LoadLibrary, calls and FreeLibrary (exit status $status)"
        sed 's/^/    /' "$dir/unload.out"
    fi

    # A name lookup that outlives its call keeps opi.dll loaded past FreeLibrary, as its
    # thread still runs the DLL's code: the name answers late through tests/c/slow_lookup.c,
    # preloaded into Wine's own (Linux) process, built for its word size.
    local m=() slow=$dir/slow_lookup.so
    [[ $platform == windows-x86 ]] && m=(-m32)
    if gcc "${m[@]}" -shared -fPIC -O1 "$root/tests/c/slow_lookup.c" -ldl -o "$slow" \
        2> "$dir/slow_lookup.err"; then
        status=0
        run_against_standin "$dir/pinned" env LD_PRELOAD="$slow" wine "$bin/windows_unload.exe" \
            --left-running "$(winepath -w "$bin/opi.dll")" || status=$?
        if [[ $status -eq 0 ]] && grep -q '^the DLL stayed loaded' "$dir/pinned.out"; then
            pass "$platform under Wine: a lookup left running keeps opi.dll loaded past FreeLibrary"
        else
            fail "$platform under Wine: a lookup left running and FreeLibrary (exit status $status)"
            grep -v 'cannot be preloaded' "$dir/pinned.out" | head -n 20 | sed 's/^/    /'
        fi
    else
        skip "$platform under Wine: a lookup left running: cannot build slow_lookup.so ${m[*]} ($(head -n 1 "$dir/slow_lookup.err"); apt-get install gcc-multilib)"
    fi

    # The 1C add-in, as the platform lays out its objects on Windows, on the DLL from
    # LibOPI.zip, with Moscow as Windows' zone so that a Date is read in a zone not UTC.
    local addin_dll=$addin/opi_x86_64.dll sent
    [[ $platform == windows-x86 ]] && addin_dll=$addin/opi_i386.dll
    status=0
    run_against_standin "$dir/addin" env TZ=Europe/Moscow wine "$bin/windows_host.exe" \
        "$(winepath -w "$addin_dll")" || status=$?
    sent=$(sed -n 's/^requests sent: \([0-9]*\).*/\1/p' "$dir/addin.out")
    if [[ $status -eq 0 ]] && grep -q 'all released: yes' "$dir/addin.out" \
        && grep -q 'local time: UTC+180 minutes' "$dir/addin.out" \
        && [[ -n $sent ]] && check_requests "$dir/addin" "$sent"; then
        pass "$platform under Wine: 1C add-in harness in MSVC's layout on $(basename "$addin_dll") from LibOPI.zip ($(grep -o 'platform allocations: [0-9]*' "$dir/addin.out"), all returned)"
    else
        fail "$platform under Wine: 1C add-in harness on $(basename "$addin_dll") (exit status $status)"
        sed 's/^/    /' "$dir/addin.out"
    fi
    # Every method by its example, in UTC, the zone the record was made in.
    status=0
    run_against_standin "$dir/addin_examples" env TZ=UTC wine "$bin/windows_host.exe" --examples \
        "$(winepath -w "$addin_dll")" || status=$?
    if [[ $status -eq 0 ]] && sent_the_record "$dir/addin_examples"; then
        pass "$platform under Wine: 1C add-in harness, every method's example by both names, sending $(basename "$record") in each pass"
    else
        fail "$platform under Wine: 1C add-in harness, every method's example (exit status $status)"
        sed 's/^/    /' "$dir/addin_examples.out"
    fi

    # The page's CMD/Bat example, saved as Windows saves a .bat (CRLF), run by cmd with
    # the archive's bin on the PATH.
    sed 's/$/\r/' "$root/tests/platforms/spec_example.bat" > "$dir/spec_example.bat"
    status=0
    (cd "$dir" && run_against_standin "$dir/spec" env WINEPATH="$(winepath -w "$bin")" \
        TZ=Europe/Moscow wine cmd /c spec_example.bat) || status=$?
    tr -d '\r' < "$dir/spec.out" > "$dir/spec.out.unix" && mv "$dir/spec.out.unix" "$dir/spec.out"
    if [[ $status -eq 1 ]] && check_spec_example "$dir/spec"; then
        pass "$platform under Wine: oint.exe runs the page's CMD/Bat example and sends its request"
    else
        fail "$platform under Wine: oint.exe and the page's CMD/Bat example (exit status $status)"
        sed 's/^/    /' "$dir/spec.out"
    fi
    cp "$root/tests/platforms/examples.bat" "$dir/"
    (cd "$dir" && run_against_standin "$dir/examples" env WINEPATH="$(winepath -w "$bin")" \
        TZ=Europe/Moscow wine cmd /c examples.bat) || true
    check_examples "$platform under Wine: oint.exe" "$dir/examples" CMD/Bat
}

for platform in linux-x86_64 linux-i686 linux-aarch64 linux-x86_64-musl linux-aarch64-musl \
    windows-x86_64 windows-x86; do
    echo "platforms: $platform"
    archive=
    for candidate in "$dist/libopi-$version-$platform".{tar.gz,zip}; do
        [[ -f $candidate ]] && archive=$candidate
    done
    if [[ -z $archive ]]; then
        skip "$platform: no archive in $dist (make dist names why it did not build it)"
        continue
    fi
    unpack "$archive"
    started=$SECONDS
    case $platform in
        linux-x86_64 | linux-i686) test_linux "$platform" ;;
        linux-*) test_other_linux "$platform" ;;
        windows-*) test_windows "$platform" ;;
    esac
    echo "  ($platform: $((SECONDS - started)) s)"
done

echo "platforms: $passed passed, $failed failed, $skipped skipped"
[[ $failed -eq 0 ]]
