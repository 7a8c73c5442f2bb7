#!/usr/bin/env bash
# Installs what `make dist` and tests/platforms/run.sh need on a Debian machine (as
# root), each from where this machine reaches it:
#
#   rustup    the targets i686-unknown-linux-gnu, aarch64-unknown-linux-gnu,
#             x86_64-unknown-linux-musl, aarch64-unknown-linux-musl, x86_64-pc-windows-gnu,
#             i686-pc-windows-gnu, and the component rust-src (the standard library's
#             source, which dist.sh builds the libraries with)
#   PyPI      ziglang and cargo-zigbuild, for Linux builds against glibc 2.17; build and
#             auditwheel, for the Python wheels
#   Debian    mingw-w64, Wine, gcc-multilib, and with the i386 architecture: libc6:i386,
#             its debug symbols (valgrind needs them) and wine32; for aarch64 and musl
#             qemu-user, libc6-arm64-cross, binutils-aarch64-linux-gnu and musl-tools (not
#             Debian's aarch64 gcc, which would remove gcc-multilib), patchelf for the
#             musl libraries' name of their C library; for
#             platforms/abi.sh abigail-tools
#
#   bash platforms/toolchains.sh
#
# What cannot be installed is named with the reason, and the platform that needs it is
# then skipped by dist.sh or run.sh, which say so again. The script fails only when
# mingw-w64 or Wine, which every Windows build and run needs, could not be installed.
set -uo pipefail
export DEBIAN_FRONTEND=noninteractive

note() { echo "toolchains: $*"; }

for target in i686-unknown-linux-gnu aarch64-unknown-linux-gnu x86_64-unknown-linux-musl \
    aarch64-unknown-linux-musl x86_64-pc-windows-gnu i686-pc-windows-gnu; do
    if ! rustup target list --installed | grep -qx "$target"; then
        rustup target add "$target" || note "cannot add the Rust target $target; its platform is skipped"
    fi
done
if ! rustup component list --installed | grep -q '^rust-src'; then
    rustup component add rust-src || note "cannot add rust-src; make dist cannot build"
fi

if ! command -v cargo-zigbuild > /dev/null || ! python3 -m ziglang version > /dev/null 2>&1; then
    python3 -m pip install --quiet ziglang==0.17.1 cargo-zigbuild==0.24.1 \
        || note "cannot install ziglang and cargo-zigbuild from PyPI; the Linux builds cannot run"
    # pyenv makes a program installed by `python3 -m pip` reachable only after a rehash.
    if command -v pyenv > /dev/null; then pyenv rehash; fi
fi

# The Python wheels: PyPA's build makes them, auditwheel checks their manylinux tag.
if ! python3 -m build --version > /dev/null 2>&1 || ! python3 -m auditwheel --version > /dev/null 2>&1; then
    python3 -m pip install --quiet build==1.6.1 auditwheel==6.8.2 \
        || note "cannot install build and auditwheel from PyPI; make dist cannot make the wheels"
fi

wanted=(mingw-w64 wine wine64 gcc-multilib g++-multilib libc6:i386 libc6-dbg:i386
    qemu-user libc6-arm64-cross binutils-aarch64-linux-gnu musl-tools patchelf abigail-tools)
missing=()
for package in "${wanted[@]}"; do
    dpkg-query -W -f '${Status}\n' "$package" 2> /dev/null | grep -q 'install ok installed' \
        || missing+=("$package")
done
wine32=no
dpkg-query -W -f '${Status}\n' wine32:i386 2> /dev/null | grep -q 'install ok installed' && wine32=yes
if [[ ${#missing[@]} -eq 0 && $wine32 == yes ]]; then
    note "all installed"
    exit 0
fi

dpkg --print-foreign-architectures | grep -qx i386 || dpkg --add-architecture i386
# While a mirror syncs, one list (often i386's security updates) may fail to download;
# the others are still good to install from.
apt-get update -q || note "some package lists could not be fetched; installing from the rest"
if [[ ${#missing[@]} -gt 0 ]] && ! apt-get install -y -q --no-install-recommends "${missing[@]}"; then
    note "cannot install ${missing[*]} together; trying one by one"
    for package in "${missing[@]}"; do
        apt-get install -y -q --no-install-recommends "$package" || note "cannot install $package"
    done
fi
# wine32 needs i386 twins of many amd64 libraries at the very same versions, which Debian's
# i386 lists can lag behind while a mirror syncs: then x86 Windows is not run here.
if [[ $wine32 == no ]]; then
    apt-get install -y -q --no-install-recommends wine32:i386 \
        || note "cannot install wine32:i386 (its i386 dependencies do not match the installed amd64 versions yet); Windows x86 is built but not run"
fi
command -v x86_64-w64-mingw32-gcc > /dev/null && command -v wine > /dev/null
