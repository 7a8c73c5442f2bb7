#!/usr/bin/env bash
# Packs the npm package from `make dist`'s archives into DIST (default: dist/):
# DIST/libopi-VERSION.tgz, with the library of each archive found in
# prebuilds/PLATFORM-ARCH/ as process.platform and process.arch name them:
#
#   linux-x64/libopi.so   linux-ia32/libopi.so   linux-arm64/libopi.so (glibc)
#   linux-x64-musl/libopi.so   linux-arm64-musl/libopi.so (musl: opi.js picks these on
#                              a system whose Node runs on musl)
#   win32-x64/opi.dll     win32-ia32/opi.dll
#
#   bash bindings/node/pack.sh [DIST]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
dist=$(cd "${1:-$root/dist}" && pwd)
version=$(sed -n 's/^version *= *"\(.*\)"/\1/p' "$root/Cargo.toml" | head -n 1)
package_version=$(node -p "require('$here/package.json').version")
if [[ $package_version != "$version" ]]; then
    echo "pack: package.json says $package_version, Cargo.toml $version" >&2
    exit 1
fi

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp "$here/package.json" "$here/opi.js" "$here/opi.d.ts" "$here/telegram.js" "$here/telegram.d.ts" "$here/README.md" "$root/LICENSE" "$stage/"

packed=0
for pair in linux-x86_64:linux-x64 linux-i686:linux-ia32 linux-aarch64:linux-arm64 \
    linux-x86_64-musl:linux-x64-musl linux-aarch64-musl:linux-arm64-musl \
    windows-x86_64:win32-x64 windows-x86:win32-ia32; do
    platform=${pair%%:*} prebuild=${pair#*:} name=libopi-$version-${pair%%:*}
    mkdir -p "$stage/prebuilds/$prebuild"
    if [[ $platform == linux-* && -e $dist/$name.tar.gz ]]; then
        tar -xzOf "$dist/$name.tar.gz" "$name/lib/libopi.so.$version" > "$stage/prebuilds/$prebuild/libopi.so"
    elif [[ $platform == windows-* && -e $dist/$name.zip ]]; then
        python3 -c 'import sys, zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))' \
            "$dist/$name.zip" "$name/bin/opi.dll" > "$stage/prebuilds/$prebuild/opi.dll"
    else
        echo "pack: SKIPPED $prebuild: no $name archive in $dist"
        rmdir "$stage/prebuilds/$prebuild"
        continue
    fi
    packed=$((packed + 1))
done
if [[ $packed -eq 0 ]]; then
    echo "pack: no archive in $dist; run make dist first" >&2
    exit 1
fi
(cd "$stage" && npm pack --quiet --pack-destination "$stage" > /dev/null)
# npm's tar is the same from run to run, its gzip stream not always: gzip's own is.
gzip -dc "$stage/libopi-$version.tgz" | gzip -n -9 > "$dist/libopi-$version.tgz"
echo "pack: $dist/libopi-$version.tgz"
