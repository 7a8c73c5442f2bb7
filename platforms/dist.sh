#!/usr/bin/env bash
# Builds libopi's release for every platform its users run, from this Linux machine, and
# packs it into dist/ (what `make dist` runs):
#
#   dist/LibOPI.zip                          the 1C add-in, all four libraries and MANIFEST.XML
#   dist/libopi-VERSION-linux-x86_64.tar.gz  glibc 2.17 or newer
#   dist/libopi-VERSION-linux-i686.tar.gz    glibc 2.17 or newer, 32-bit
#   dist/libopi-VERSION-linux-aarch64.tar.gz glibc 2.17 or newer, 64-bit ARM
#   dist/libopi-VERSION-linux-x86_64-musl.tar.gz, ...-linux-aarch64-musl.tar.gz
#                                            musl (Alpine), with a static bin/oint
#   dist/oint-VERSION-linux-x86_64, dist/oint-VERSION-linux-aarch64
#                                            that static oint alone: it runs on any Linux
#   dist/libopi-VERSION-windows-x86_64.zip   Windows 10 / Server 2016 or newer
#   dist/libopi-VERSION-windows-x86.zip      the same, 32-bit
#   dist/libopi-VERSION-py3-none-*.whl       the Python package, one wheel per platform
#                                            (musllinux_1_2 for the musl libraries)
#   dist/libopi-VERSION.tgz                  the npm package, with every library
#   dist/SHA256SUMS                          the checksum of every file above
#
#   bash platforms/dist.sh [PLATFORM...]     # linux-x86_64 linux-i686 linux-aarch64
#                                            # linux-x86_64-musl linux-aarch64-musl
#                                            # windows-x86_64 windows-x86
#
# Linux builds go through cargo-zigbuild, which links against glibc 2.17's symbols
# (PyPI: ziglang, cargo-zigbuild); Windows builds through the windows-gnu targets,
# Debian's mingw-w64 and the rust-lld of Rust's toolchain. A platform whose toolchain is
# missing is skipped with the reason (but for Linux x86_64, which the add-in zip needs:
# that fails); the exit status is non-zero only when a build that could run failed.
# Every library and program is stripped; `platforms/deps.sh dist` then checks what each
# one needs.
#
# Two runs from the same commit give the same bytes: every time stamp is the commit's
# (SOURCE_DATE_EPOCH), archives list their files sorted, with no owner, and the paths
# of this checkout and of cargo's sources are remapped out of the code.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

version=$(sed -n 's/^version *= *"\(.*\)"/\1/p' Cargo.toml | head -n 1)
major=${version%%.*}
out=$root/dist
stage=$root/target/dist-stage
all=(linux-x86_64 linux-i686 linux-aarch64 linux-x86_64-musl linux-aarch64-musl windows-x86_64 windows-x86)
wanted=("${@:-${all[@]}}")

triple() {
    case $1 in
        linux-x86_64) echo x86_64-unknown-linux-gnu ;;
        linux-i686) echo i686-unknown-linux-gnu ;;
        linux-aarch64) echo aarch64-unknown-linux-gnu ;;
        linux-x86_64-musl) echo x86_64-unknown-linux-musl ;;
        linux-aarch64-musl) echo aarch64-unknown-linux-musl ;;
        windows-x86_64) echo x86_64-pc-windows-gnu ;;
        windows-x86) echo i686-pc-windows-gnu ;;
        *) echo "dist: unknown platform $1 (one of ${all[*]})" >&2; exit 2 ;;
    esac
}

# The MinGW tool prefix of a Windows platform.
mingw() { [[ $1 == windows-x86_64 ]] && echo x86_64-w64-mingw32 || echo i686-w64-mingw32; }

# pip installs cargo-zigbuild among python3's scripts, which a pyenv or per-user
# Python may keep off the PATH.
if ! command -v cargo-zigbuild > /dev/null; then
    scripts=$(python3 -c 'import sysconfig; print(sysconfig.get_path("scripts"))' 2> /dev/null || true)
    if [[ -n $scripts && -x $scripts/cargo-zigbuild ]]; then
        PATH=$scripts:$PATH
    fi
fi

# Prints why PLATFORM cannot be built here, or nothing when it can.
missing_toolchain() {
    local platform=$1 target
    target=$(triple "$platform")
    if ! rustup target list --installed 2> /dev/null | grep -qx "$target"; then
        echo "the Rust target $target is not installed (rustup target add $target)"
    elif [[ $platform == linux-* ]] && ! command -v cargo-zigbuild > /dev/null; then
        echo "cargo-zigbuild is not installed (pip install ziglang cargo-zigbuild)"
    elif [[ $platform == linux-*-musl ]] && ! command -v patchelf > /dev/null; then
        echo "patchelf is not installed (apt-get install patchelf)"
    elif [[ $platform == linux-aarch64* ]] && ! command -v aarch64-linux-gnu-strip > /dev/null; then
        echo "aarch64-linux-gnu-strip is not installed (apt-get install binutils-aarch64-linux-gnu)"
    elif [[ $platform == windows-* ]] && ! command -v "$(mingw "$platform")-gcc" > /dev/null; then
        echo "$(mingw "$platform")-gcc is not installed (apt-get install mingw-w64)"
    elif [[ $platform == windows-* && ! -x $OPI_RUST_LLD ]]; then
        echo "Rust's toolchain has no $OPI_RUST_LLD"
    fi
}

# The linker of the Windows builds (platforms/mingw-lld/collect2): the lld that rustup
# ships with this very rustc.
OPI_RUST_LLD=$(rustc --print sysroot)/lib/rustlib/$(rustc -vV | sed -n 's/^host: //p')/bin/rust-lld
export OPI_RUST_LLD
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2> /dev/null || echo 0)}
cargo_home=${CARGO_HOME:-$HOME/.cargo}

build() {
    local platform=$1 target flags
    target=$(triple "$platform")
    # Paths end up in the code (panic locations): this checkout's and cargo's are
    # replaced by fixed ones, so the bytes do not depend on where the build ran.
    flags="--remap-path-prefix=$root=/libopi --remap-path-prefix=$cargo_home=/cargo"
    # For size (docs/performance.md, "Size"): panics keep their message but not their
    # file and line, which no caller sees (each is caught at the C boundary), and whose
    # records weigh some 50 KB. A -Z option: RUSTC_BOOTSTRAP lets this stable rustc,
    # the one the rest is built with, take it.
    flags+=" -Z location-detail=none"
    if [[ $platform == windows-* ]]; then
        # rustc puts the whole of a Windows library in one section (function-sections
        # is off for windows-gnu), which leaves a linker nothing to drop; with a section
        # per function, LLVM's lld (platforms/mingw-lld/collect2, in place of GNU ld)
        # drops what nothing calls and folds identical functions into one (--icf=all,
        # which GNU ld lacks): some 600 KB of opi.dll.
        flags+=" -Z function-sections=yes -C link-arg=-B$root/platforms/mingw-lld/ -C link-arg=-Wl,--icf=all"
        # The import libraries of the DLLs that std and windows-sys name, made so that
        # their symbols do not carry the random name of a temporary directory.
        flags+=" -C dlltool=$root/platforms/mingw-lld/dlltool"
    fi
    # The opi crate carries its debug information (types of the C ABI, for
    # platforms/abi.sh) in target/; the packed copies are stripped.
    local cargo=(--release --locked -p opi --features quiet-dependencies
        --config profile.release.package.opi.debug=2)
    # The standard library is built from its source (rustup's rust-src) with the
    # library, optimised and linked as one with it, and without its `backtrace` feature:
    # the printer of a panic's backtrace (gimli, addr2line, a demangler, an inflater)
    # that the prebuilt standard library brings along, which no host of libopi would
    # see (a panic is caught at the boundary) and which weighs 190-600 KB a library
    # (docs/performance.md, "Size"). A -Z option as above; panic_unwind keeps panics
    # catchable.
    cargo+=(-Z build-std=std,panic_unwind -Z build-std-features=)
    if [[ $platform == linux-*-musl ]]; then
        # Rust links musl programs statically by default, and then makes no shared
        # library; with this, libopi.so needs musl's libc.so, and oint, linked by zig
        # against its own musl, still needs nothing (it is static-pie).
        RUSTC_BOOTSTRAP=1 RUSTFLAGS="$flags -C target-feature=-crt-static" cargo zigbuild "${cargo[@]}" --target "$target"
    elif [[ $platform == linux-* ]]; then
        # The suffix asks zig for glibc 2.17's symbol versions; the output directory is
        # still target/<triple>.
        RUSTC_BOOTSTRAP=1 RUSTFLAGS=$flags cargo zigbuild "${cargo[@]}" --target "$target.2.17"
    else
        RUSTC_BOOTSTRAP=1 RUSTFLAGS=$flags cargo build "${cargo[@]}" --target "$target"
    fi
}

# Sets every file under $1 to the commit's time, so that archives do not carry the
# build's.
settle() { find "$1" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +; }

# zip with its entries sorted, no owner or Unix times, and DOS times read in UTC.
zip_sorted() {
    local archive=$1 dir=$2 name=$3
    (cd "$dir" && find "$name" -print | LC_ALL=C sort | TZ=UTC zip -q -X -9 -@ "$archive")
}

# Writes the short README of an archive.
readme() {
    local platform=$1 system minimum
    case $platform in
        linux-x86_64) system="Linux x86_64"; minimum="glibc 2.17 (RHEL/CentOS 7, Debian 8, Ubuntu 14.04) or newer" ;;
        linux-i686) system="Linux i686 (32-bit)"; minimum="glibc 2.17 or newer" ;;
        linux-aarch64) system="Linux aarch64 (64-bit ARM)"; minimum="glibc 2.17 or newer" ;;
        linux-x86_64-musl) system="Linux x86_64 with musl"; minimum="musl 1.2 (Alpine 3.13) or newer; bin/oint is static and runs on any x86_64 Linux" ;;
        linux-aarch64-musl) system="Linux aarch64 with musl"; minimum="musl 1.2 (Alpine 3.13) or newer; bin/oint is static and runs on any aarch64 Linux" ;;
        windows-x86_64) system="Windows x64"; minimum="Windows 10 or Windows Server 2016, or newer" ;;
        windows-x86) system="Windows x86 (32-bit)"; minimum="Windows 10 or Windows Server 2016, or newer" ;;
    esac
    echo "libopi $version for $system"
    echo
    echo "The Telegram functions of the Open Integration Package behind a plain C ABI."
    echo "Runs on $minimum."
    echo
    if [[ $platform == linux-* ]]; then
        cat << EOF
  include/opi.h            the C header
  lib/libopi.so.$version     the shared library (SONAME libopi.so.$major), with the
  lib/libopi.so.$major, libopi.so  links that loaders and linkers look for
  lib/libopi.a             the static library
  lib/pkgconfig/opi.pc     for pkg-config; it finds the tree wherever it is unpacked
  bin/oint                 the command line, as OPI's own: oint telegram --help

Build a program:
  PKG_CONFIG_PATH=\$PWD/lib/pkgconfig cc app.c \$(pkg-config --cflags --libs opi) -Wl,-rpath,\$PWD/lib
Linking statically: cc app.c -Iinclude lib/libopi.a \$(pkg-config --libs-only-l --static opi)
EOF
        if [[ $platform == linux-*-musl ]]; then
            echo "  (-lunwind is LLVM's libunwind, for musl: Alpine's llvm-libunwind-static; zig cc has its own)"
        fi
    else
        cat << EOF
  include/opi.h      the C header
  bin/opi.dll        the library (it needs only what Windows itself has)
  bin/oint.exe       the command line, as OPI's own: oint telegram --help
  lib/libopi.dll.a   the import library for MinGW (gcc ... -Llib -lopi)
  lib/opi.def        the exports; for MSVC make an import library with
                     lib /def:lib\\opi.def /machine:$([[ $platform == windows-x86_64 ]] && echo x64 || echo x86) /out:lib\\opi.lib
  lib/libopi.a       the static library, for MinGW only; link it with
                     $static_libs

Every string argument is UTF-8, whatever the code page of the console.
EOF
    fi
    echo
    echo "Every char * an opi_ function returns is released with opi_free, exactly once."
    echo "The full documentation: README.md of the source tree. License: MIT (LICENSE)."
}

# Runs a binutils program without the line that LLVM's linker plugin (installed with
# Debian's LLVM) prints on stdout for every member of a Rust archive it cannot read.
without_plugin_noise() {
    "$@" | { grep -v '^bfd plugin: ' || true; }
}

pack() {
    local platform=$1 target build name tree prefix native static_libs=
    target=$(triple "$platform")
    build=$root/target/$target/release
    name=libopi-$version-$platform
    tree=$stage/$name
    rm -rf "$tree"
    mkdir -p "$tree/include" "$tree/lib" "$tree/bin"
    cp include/opi.h "$tree/include/"
    cp LICENSE "$tree/"
    # What a program that links the static library needs from the system, as rustc says.
    native=$(rustc --target "$target" --crate-type staticlib --crate-name probe \
        --print native-static-libs --out-dir "$stage/probe" - < /dev/null 2>&1 \
        | sed -n 's/^note: native-static-libs: //p')
    if [[ $platform == linux-* ]]; then
        cp "$build/libopi.so" "$tree/lib/libopi.so.$version"
        ln -s "libopi.so.$version" "$tree/lib/libopi.so.$major"
        ln -s "libopi.so.$major" "$tree/lib/libopi.so"
        cp "$build/libopi.a" "$tree/lib/"
        cp "$build/oint" "$tree/bin/"
        local strip=strip
        [[ $platform == linux-aarch64* ]] && strip=aarch64-linux-gnu-strip
        # The opi crate's debug information brings rustc's pointer to its gdb scripts
        # into the program, in a section strip keeps unless told.
        "$strip" --strip-unneeded "$tree/lib/libopi.so.$version"
        "$strip" --strip-unneeded --remove-section=.debug_gdb_scripts "$tree/bin/oint"
        "$strip" --strip-debug "$tree/lib/libopi.a"
        if [[ $platform == linux-*-musl ]]; then
            # zig's musl names its C library libc.so; Alpine's is libc.musl-ARCH.so.1, the
            # name its packages record and auditwheel's musllinux policy reads. musl's
            # loader answers to both as itself.
            local arch=${platform#linux-}
            patchelf --replace-needed libc.so "libc.musl-${arch%-musl}.so.1" "$tree/lib/libopi.so.$version"
        fi
        mkdir -p "$tree/lib/pkgconfig"
        # shellcheck disable=SC2016 # ${pcfiledir} is pkg-config's, not the shell's
        sed -e 's|@PREFIX@|${pcfiledir}/../..|' -e 's|@LIBDIR@|${prefix}/lib|' \
            -e 's|@INCLUDEDIR@|${prefix}/include|' -e "s|@VERSION@|$version|" \
            -e "s|@LIBS_PRIVATE@|$native|" opi.pc.in > "$tree/lib/pkgconfig/opi.pc"
        readme "$platform" > "$tree/README"
        settle "$tree"
        tar -C "$stage" --owner=0 --group=0 --numeric-owner --sort=name --format=gnu -cf - "$name" \
            | gzip -n -9 > "$out/$name.tar.gz.partial"
        mv "$out/$name.tar.gz.partial" "$out/$name.tar.gz"
        if [[ $platform == linux-*-musl ]]; then
            # The static oint alone, for who wants one file.
            local arch=${platform#linux-}
            arch=${arch%-musl}
            cp "$tree/bin/oint" "$out/oint-$version-linux-$arch"
            touch -d "@$SOURCE_DATE_EPOCH" "$out/oint-$version-linux-$arch"
        fi
    else
        prefix=$(mingw "$platform")
        # rustc's list covers the standard library; the DLL's imports name what
        # libopi's own dependencies call (bcrypt, crypt32, ...). API sets and
        # bcryptprimitives are bound by the standard library itself, inside libopi.a.
        local dll
        for dll in $("$prefix-objdump" -p "$build/opi.dll" | sed -n 's/^\tDLL Name: //p' \
            | tr '[:upper:]' '[:lower:]' | sed 's/\.dll$//' | grep -v -e '^api-ms-win-' -e '^bcryptprimitives$' \
            -e '^msvcrt$' | sort -u); do
            [[ " $native " == *" -l$dll "* ]] || native+=" -l$dll"
        done
        static_libs="gcc app.c -Iinclude lib/libopi.a $native"
        cp "$build/opi.dll" "$build/oint.exe" "$tree/bin/"
        cp "$build/libopi.dll.a" "$build/libopi.a" "$tree/lib/"
        "$prefix-strip" --strip-unneeded "$tree/bin/opi.dll" "$tree/bin/oint.exe"
        # The standard library's split-DWARF members (.dwo) hold no code and no sections
        # that strip could read; they go first, then the debug sections of the rest.
        local dwo
        dwo=$(without_plugin_noise "$prefix-ar" t "$tree/lib/libopi.a" | grep '\.dwo$' || true)
        # shellcheck disable=SC2086 # one member name a word
        [[ -z $dwo ]] || without_plugin_noise "$prefix-ar" d "$tree/lib/libopi.a" $dwo
        without_plugin_noise "$prefix-strip" --strip-debug "$tree/lib/libopi.a"
        # The export table, as MSVC's `lib /def:` reads it.
        {
            echo "LIBRARY opi.dll"
            echo "EXPORTS"
            "$prefix-objdump" -p "$tree/bin/opi.dll" \
                | sed -n '/^\[Ordinal\/Name Pointer\] Table/,/^$/s/^\t\[ *[0-9]*\] /    /p'
        } > "$tree/lib/opi.def"
        readme "$platform" | sed 's/$/\r/' > "$tree/README.txt"
        rm -f "$out/$name.zip" "$out/$name.zip.partial"
        settle "$tree"
        zip_sorted "$out/$name.zip.partial" "$stage" "$name"
        mv "$out/$name.zip.partial" "$out/$name.zip"
    fi
    echo "dist: $out/$(basename "$out/$name".*)"
}

if ! command -v zip > /dev/null; then
    echo "dist: zip is not installed (apt-get install zip)" >&2
    exit 2
fi
mkdir -p "$out" "$stage/probe"
built=()
failed=()
for platform in "${wanted[@]}"; do
    triple "$platform" > /dev/null
    why=$(missing_toolchain "$platform")
    if [[ -n $why && $platform == linux-x86_64 ]]; then
        # The add-in zip and every Linux user need this one: no build, no release.
        echo "dist: FAILED $platform: $why"
        failed+=("$platform")
        continue
    elif [[ -n $why ]]; then
        echo "dist: SKIPPED $platform: $why"
        continue
    fi
    echo "dist: building $platform"
    # In a background job so that `set -e` holds inside it (it does not in a condition),
    # and one platform's failure still lets the others build.
    (build "$platform"; pack "$platform") &
    if wait $!; then
        built+=("$platform")
    else
        echo "dist: FAILED $platform"
        failed+=("$platform")
    fi
done

# The add-in zip lists every library built, each under its own name; 1C picks by os
# and arch from MANIFEST.XML.
linux64=$stage/libopi-$version-linux-x86_64/lib/libopi.so.$version
if [[ " ${built[*]} " == *" linux-x86_64 "* ]]; then
    mkdir -p "$stage/addin"
    cp "$linux64" "$stage/addin/libopi.so"
    options=()
    for platform in "${built[@]}"; do
        case $platform in
            linux-i686) options+=(--linux-i386 "$stage/libopi-$version-$platform/lib/libopi.so.$version") ;;
            windows-x86_64) options+=(--windows-x86_64 "$stage/libopi-$version-$platform/bin/opi.dll") ;;
            windows-x86) options+=(--windows-i386 "$stage/libopi-$version-$platform/bin/opi.dll") ;;
        esac
    done
    bash addin/pack.sh "${options[@]}" "$stage/addin" "$out/LibOPI.zip"
fi

# The Python and npm packages carry the libraries of the archives just made
# (bindings/python/wheels.py, bindings/node/pack.sh).
if [[ " ${built[*]} " == *" linux-x86_64 "* ]]; then
    python3 bindings/python/wheels.py "$out" || failed+=(python-wheels)
    bash bindings/node/pack.sh "$out" || failed+=(npm-package)
fi

# What a download can be checked against: every file this run made, by name.
(cd "$out" && find . -maxdepth 1 -type f ! -name SHA256SUMS ! -name '*.partial' -printf '%P\n' \
    | LC_ALL=C sort | xargs -r sha256sum > SHA256SUMS)
echo "dist: $out/SHA256SUMS"

if [[ ${#failed[@]} -gt 0 ]]; then
    echo "dist: FAILED: ${failed[*]}"
    exit 1
fi
echo "dist: built ${built[*]:-nothing}"
