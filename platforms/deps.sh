#!/usr/bin/env bash
# Checks what each library and program in dist/ needs from the system it runs on, and
# what each library offers:
#
#   Linux     no glibc symbol newer than 2.17; no library but libc, libm, libdl,
#             libpthread and the loader (no OpenSSL, libgcc_s or libstdc++)
#   musl      libopi.so needs musl's libc alone (libc.musl-ARCH.so.1, as on Alpine); the
#             static oint (in the archive and alone in dist/) needs nothing: no
#             loader, no library
#   Windows   no DLL that a clean Windows 10 lacks (no libgcc_s_*, libwinpthread-1 or
#             libstdc++-6 beside it)
#   both      the libraries export the opi_ functions and the 1C entry points, by their
#             plain names, and nothing else (on Linux each with the symbol version OPI_0),
#             and each stripped library is at most 2.5 MB
#
#   bash platforms/deps.sh [DIST_DIR]      # after make dist; DIST_DIR defaults to dist
#
# Prints each file's needs and stripped size; exits non-zero on the first rule broken
# by any file (after reporting them all). Needs binutils and mingw-w64's objdump.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dist=$(cd "${1:-$root/dist}" && pwd)
version=$(sed -n 's/^version *= *"\(.*\)"/\1/p' "$root/Cargo.toml" | head -n 1)

newest_glibc=2.17
linux_libs='^(libc\.so\.6|libm\.so\.6|libdl\.so\.2|libpthread\.so\.0|ld-linux(-x86-64|-aarch64)?\.so\.(1|2))$'
# musl's loader is its libc; the library names it as Alpine does (platforms/dist.sh).
musl_libs='^libc\.musl-(x86_64|aarch64)\.so\.1$'
# The most a stripped libopi.so or opi.dll may weigh (docs/platforms.md, "Size").
ceiling=$((2500 * 1000))
# Part of every Windows 10 and Server 2016 installation; api-ms-win-* are API sets that
# Windows resolves itself.
windows_dlls='^(kernel32|ntdll|advapi32|bcrypt|bcryptprimitives|crypt32|msvcrt|userenv|ws2_32|secur32|ncrypt|ole32|oleaut32|shell32|user32|api-ms-win-[a-z0-9-]+)\.dll$'
exports='^(opi_[a-z_]+|GetClassNames|GetClassObject|DestroyObject|SetPlatformCapabilities|GetAttachType)$'

work=$(mktemp -d "${TMPDIR:-/tmp}/opi-deps.XXXXXX")
trap 'rm -rf "$work"' EXIT

problems=0
problem() { echo "    NOT ALLOWED: $*"; problems=$((problems + 1)); }

check_elf() {
    local file=$1 library=$2 libc=$3 newest needed tools= size
    # Debian's objdump and nm read x86 only; the cross binutils read aarch64.
    [[ $(readelf -h "$file" | sed -n 's/^ *Machine: *//p') == AArch64 ]] && tools=aarch64-linux-gnu-
    needed=$(readelf -d "$file" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
    size=$(stat -c %s "$file")
    if [[ $libc == static ]]; then
        echo "  $(basename "$file"): $size bytes; static: needs ${needed:-nothing}"
        [[ -z $needed ]] || problem "needs $needed"
        if readelf -l "$file" | grep -q 'INTERP'; then
            problem "asks for a program loader: $(readelf -l "$file" | sed -n 's/.*interpreter: \(.*\)]/\1/p')"
        fi
    elif [[ $libc == musl ]]; then
        echo "  $(basename "$file"): $size bytes; needs ${needed//$'\n'/ }"
        for lib in $needed; do
            [[ $lib =~ $musl_libs ]] || problem "needs $lib"
        done
    else
        newest=$("${tools}objdump" -T "$file" | grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -n 1)
        echo "  $(basename "$file"): $size bytes; glibc $newest; needs ${needed//$'\n'/ }"
        if [[ $(printf '%s\n%s\n' "$newest" "$newest_glibc" | sort -V | tail -n 1) != "$newest_glibc" ]]; then
            problem "a glibc symbol of version $newest:"
            "${tools}objdump" -T "$file" | grep "GLIBC_$newest" | sed 's/^/      /'
        fi
        for lib in $needed; do
            [[ $lib =~ $linux_libs ]] || problem "needs $lib"
        done
    fi
    if [[ $library == yes ]]; then
        # nm names a versioned symbol NAME@@VERSION; the version is checked below.
        for symbol in $("${tools}nm" -D --defined-only "$file" | awk '$2 ~ /^[TDBRVW]$/ {sub(/@.*/, "", $3); print $3}'); do
            [[ $symbol =~ $exports ]] || problem "exports $symbol"
        done
        # The version every export must carry (libopi.map).
        "${tools}objdump" -T "$file" | awk '$2 == "g" && $4 == ".text" && $6 != "OPI_0" {print $7, $6}' \
            | while read -r symbol version; do echo "    NOT ALLOWED: exports $symbol with version $version, not OPI_0"; done \
            | tee "$work/unversioned"
        problems=$((problems + $(wc -l < "$work/unversioned")))
        ((size <= ceiling)) || problem "weighs $size bytes, more than $ceiling"
    fi
    if readelf -S "$file" | grep -qE '\.symtab|\.debug_'; then
        problem "is not stripped"
    fi
}

check_pe() {
    local file=$1 library=$2 objdump=$3 needed
    needed=$("$objdump" -p "$file" | sed -n 's/^\tDLL Name: //p' | tr '[:upper:]' '[:lower:]' | sort -u)
    echo "  $(basename "$file"): $(stat -c %s "$file") bytes; needs ${needed//$'\n'/ }"
    for dll in $needed; do
        [[ $dll =~ $windows_dlls ]] || problem "needs $dll"
    done
    if [[ $library == yes ]]; then
        local size
        size=$(stat -c %s "$file")
        ((size <= ceiling)) || problem "weighs $size bytes, more than $ceiling"
        for symbol in $("$objdump" -p "$file" \
            | sed -n '/^\[Ordinal\/Name Pointer\] Table/,/^$/s/^\t\[ *[0-9]*\] //p'); do
            [[ $symbol =~ $exports ]] || problem "exports $symbol"
        done
    fi
    if "$objdump" -h "$file" | grep -qE '\.debug_|\.symtab'; then
        problem "is not stripped"
    fi
}

found=0
for archive in "$dist"/libopi-"$version"-{linux,windows}-*; do
    [[ -e $archive ]] || continue
    found=$((found + 1))
    name=$(basename "$archive")
    echo "$name"
    mkdir -p "$work/$name"
    case $archive in
        *.tar.gz)
            tar -C "$work/$name" -xzf "$archive"
            tree=$(echo "$work/$name"/libopi-*)
            if [[ $name == *-musl.tar.gz ]]; then
                check_elf "$tree/lib/libopi.so.$version" yes musl
                check_elf "$tree/bin/oint" no static
            else
                check_elf "$tree/lib/libopi.so.$version" yes glibc
                check_elf "$tree/bin/oint" no glibc
            fi
            ;;
        *.zip)
            python3 -m zipfile -e "$archive" "$work/$name"
            tree=$(echo "$work/$name"/libopi-*)
            objdump=i686-w64-mingw32-objdump
            [[ $name == *windows-x86_64* ]] && objdump=x86_64-w64-mingw32-objdump
            check_pe "$tree/bin/opi.dll" yes "$objdump"
            check_pe "$tree/bin/oint.exe" no "$objdump"
            ;;
    esac
done

# The static oint alone must be the archive's, and as free of needs.
for program in "$dist"/oint-"$version"-linux-*; do
    [[ -e $program ]] || continue
    echo "$(basename "$program")"
    check_elf "$program" no static
    arch=${program##*-linux-}
    if ! tar -xzOf "$dist/libopi-$version-linux-$arch-musl.tar.gz" "libopi-$version-linux-$arch-musl/bin/oint" \
        | cmp -s - "$program"; then
        problem "differs from bin/oint of libopi-$version-linux-$arch-musl.tar.gz"
    fi
done

if [[ $found -eq 0 ]]; then
    echo "deps: no archive in $dist; run make dist" >&2
    exit 2
fi
if [[ $problems -ne 0 ]]; then
    echo "deps: $problems problem(s)"
    exit 1
fi
echo "deps: every library and program needs only what its system has"
