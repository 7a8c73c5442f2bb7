#!/usr/bin/env bash
# Checks the C ABI of a fresh libopi.so against the one committed in platforms/abi/,
# with libabigail (Debian: abigail-tools):
#
#   added functions      pass, and are listed (0.x grows by adding)
#   a removed function, a changed signature or type, a symbol without version OPI_0
#                        fail, with abidiff's report of what changed
#
#   bash platforms/abi.sh [LIBRARY]     # default: make dist's x86_64 glibc build
#   bash platforms/abi.sh --update      # after a release: the baseline becomes this build
#
# The library must carry its debug information (make dist builds the opi crate with it
# and strips only the copies it packs), or types cannot be compared.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
baseline=$root/platforms/abi/libopi-linux-x86_64.abi
update=no
if [[ ${1:-} == --update ]]; then
    update=yes
    shift
fi
library=${1:-$root/target/x86_64-unknown-linux-gnu/release/libopi.so}

for tool in abidw abidiff; do
    if ! command -v "$tool" > /dev/null; then
        echo "abi: $tool is not installed (apt-get install abigail-tools)" >&2
        exit 2
    fi
done
if [[ ! -f $library ]]; then
    echo "abi: $library is missing; run make dist" >&2
    exit 2
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/opi-abi.XXXXXX")
trap 'rm -rf "$work"' EXIT

# Every exported function carries the version of libopi.map, so that programs built
# now record it, and an older library can name what a newer program lacks.
unversioned=$(objdump -T "$library" | awk '$2 == "g" && $4 == ".text" && $6 != "OPI_0" {print $7 " (" $6 ")"}')
if [[ -n $unversioned ]]; then
    echo "abi: FAILED: exported without the symbol version OPI_0 (see libopi.map):"
    echo "$unversioned" | sed 's/^/    /'
    exit 1
fi

# The exported functions with their parameter and return types, without source lines.
abidw --no-corpus-path --no-comp-dir-path --no-show-locs \
    --suppressions "$root/platforms/abi/exported.suppr" --out-file "$work/fresh.abi" "$library"
if ! grep -q "<function-decl name='opi_free'" "$work/fresh.abi"; then
    echo "abi: $library carries no debug information for its exports; build it as make dist does" >&2
    exit 2
fi
if [[ $update == yes ]]; then
    mkdir -p "$(dirname "$baseline")"
    cp "$work/fresh.abi" "$baseline"
    echo "abi: $baseline updated from $library"
    exit 0
fi

status=0
abidiff --no-show-locs "$baseline" "$work/fresh.abi" > "$work/report" 2>&1 || status=$?
# abidiff's exit status is a bit field: 1 and 2 an error of its own, 4 some change,
# 8 an incompatible one (a removed function among them).
if ((status & 3)); then
    echo "abi: abidiff failed (exit status $status):"
    sed 's/^/    /' "$work/report"
    exit 2
fi
# Additions alone change the ABI compatibly: any other count in the summaries fails.
broken=$(grep -E 'changes summary:' "$work/report" \
    | grep -E '[1-9][0-9]* (Removed|Changed)' || true)
if ((status & 8)) || [[ -n $broken ]]; then
    echo "abi: FAILED: the C ABI of $library breaks the one in ${baseline#"$root"/}."
    echo "    Within 0.x a function is never removed and its signature never changes;"
    echo "    add a new function instead (README, \"Platforms\"). What abidiff found:"
    sed 's/^/    /' "$work/report"
    exit 1
fi
added=$(grep -cE "^  \[A\] '" "$work/report" || true)
echo "abi: the C ABI keeps every function of the baseline; $added added"
if [[ $added -gt 0 ]]; then
    grep -E "^  \[A\] '" "$work/report" | sed 's/^/    /'
fi
