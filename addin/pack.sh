#!/usr/bin/env bash
# Packs libopi as a 1C:Enterprise add-in: a zip holding the library and the
# MANIFEST.XML that tells 1C (and OneScript) which file to load on which system. Put the
# zip in a common template of type "Binary data" and attach it with
# AttachAddIn("CommonTemplate.<Name>", "OPI", AddInType.Native).
#
#   cargo build --release
#   bash addin/pack.sh [OPTIONS] [BUILD_DIR [OUTPUT]]
#
# BUILD_DIR holds libopi.so for Linux x86_64 (default target/release); OUTPUT defaults
# to target/LibOPI.zip. Builds made on other systems are added by option, each under its
# own name in the zip and with its own line in the manifest:
#
#   --windows-x86_64 FILE   opi.dll from `cargo build --release` on 64-bit Windows
#   --windows-i386 FILE     opi.dll from `cargo build --release --target i686-pc-windows-msvc`
#   --linux-i386 FILE       libopi.so from `cargo build --release --target i686-unknown-linux-gnu`
#
# Uses zip when it is installed, else python3's zipfile module; PACK_WITH=zip or
# PACK_WITH=python3 chooses one.
set -euo pipefail

usage() {
    sed -n 's/^# \{0,1\}//; 2,19p' "${BASH_SOURCE[0]}" >&2
    exit 2
}

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# Each entry: "os arch name-in-zip source-file".
entries=()
positional=()
while [[ $# -gt 0 ]]; do
    case $1 in
        --windows-x86_64 | --windows-i386 | --linux-i386)
            [[ $# -ge 2 ]] || usage
            case $1 in
                --windows-x86_64) entries+=("Windows x86_64 opi_x86_64.dll $2") ;;
                --windows-i386) entries+=("Windows i386 opi_i386.dll $2") ;;
                --linux-i386) entries+=("Linux i386 libopi_i386.so $2") ;;
            esac
            shift 2
            ;;
        -h | --help) usage ;;
        -*) echo "pack: unknown option $1" >&2; usage ;;
        *) positional+=("$1"); shift ;;
    esac
done
[[ ${#positional[@]} -le 2 ]] || usage
build=${positional[0]:-$root/target/release}
output=${positional[1]:-$root/target/LibOPI.zip}

if [[ ! -f $build/libopi.so ]]; then
    echo "pack: $build/libopi.so is missing; run cargo build --release first" >&2
    exit 2
fi
entries=("Linux x86_64 libopi.so $build/libopi.so" "${entries[@]}")

# The first bytes of each file must match the system it is listed for, so that a build
# for the wrong machine is not packed under a name that 1C would load.
check_binary() {
    local os=$1 arch=$2 file=$3 magic machine
    if [[ ! -f $file ]]; then
        echo "pack: $file does not exist" >&2
        exit 2
    fi
    magic=$(od -An -tx1 -N4 "$file" | tr -d ' \n')
    if [[ $os == Linux ]]; then
        # ELF, and e_machine (offset 18): 0x3e for x86_64, 0x03 for i386.
        machine=$(od -An -tx1 -j18 -N1 "$file" | tr -d ' \n')
        if [[ $magic != 7f454c46 || $machine != "$([[ $arch == x86_64 ]] && echo 3e || echo 03)" ]]; then
            echo "pack: $file is not a Linux $arch shared library" >&2
            exit 2
        fi
    elif [[ ${magic:0:4} != 4d5a ]]; then
        echo "pack: $file is not a Windows DLL" >&2
        exit 2
    fi
}

stage=$(mktemp -d "${TMPDIR:-/tmp}/opi-pack.XXXXXX")
trap 'rm -rf "$stage"' EXIT

names=()
{
    echo '<?xml version="1.0" encoding="UTF-8"?>'
    echo '<bundle xmlns="http://v8.1c.ru/8.2/addin/bundle">'
    for entry in "${entries[@]}"; do
        read -r os arch name file <<< "$entry"
        check_binary "$os" "$arch" "$file"
        cp "$file" "$stage/$name"
        names+=("$name")
        echo "    <component os=\"$os\" path=\"$name\" type=\"native\" arch=\"$arch\"/>"
    done
    echo '</bundle>'
} > "$stage/MANIFEST.XML"

mkdir -p "$(dirname "$output")"
output=$(cd "$(dirname "$output")" && pwd)/$(basename "$output")
partial=$output.partial.$$
rm -f "$partial"

# For a reproducible zip (make dist sets SOURCE_DATE_EPOCH): the files' times are the
# commit's, and zip's DOS times are read in UTC.
if [[ -n ${SOURCE_DATE_EPOCH:-} ]]; then
    touch -d "@$SOURCE_DATE_EPOCH" "$stage"/*
fi
export TZ=UTC

tool=${PACK_WITH:-}
if [[ -z $tool ]]; then
    if command -v zip > /dev/null; then tool=zip; else tool=python3; fi
fi
# The manifest is stored uncompressed: a few hundred bytes gain nothing from deflate,
# and any reader, however simple, can then check it.
case $tool in
    zip)
        (cd "$stage" && zip -q -X -0 "$partial" MANIFEST.XML && zip -q -X -9 "$partial" "${names[@]}")
        ;;
    python3)
        if ! command -v python3 > /dev/null; then
            echo "pack: neither zip nor python3 is installed (apt-get install zip)" >&2
            exit 2
        fi
        python3 - "$partial" "$stage" "${names[@]}" << 'PY'
import os
import sys
import zipfile

out, stage, names = sys.argv[1], sys.argv[2], sys.argv[3:]
with zipfile.ZipFile(out, "w") as z:
    z.write(os.path.join(stage, "MANIFEST.XML"), "MANIFEST.XML", zipfile.ZIP_STORED)
    for name in names:
        z.write(os.path.join(stage, name), name, zipfile.ZIP_DEFLATED, 9)
PY
        ;;
    *)
        echo "pack: PACK_WITH must be zip or python3" >&2
        exit 2
        ;;
esac
mv "$partial" "$output"

echo "pack: $output"
sed 's/^/    /' "$stage/MANIFEST.XML"
