#!/usr/bin/env bash
# Runs every fuzz target (or those named) for FUZZ_SECONDS each, default 60, with
# cargo-fuzz on the nightly toolchain. New inputs go to corpus/<target> (not kept in
# the repository); the minimised seeds in seeds/<target> are read as well. A finding
# stops the run with the failing input under artifacts/<target>.
#
#   FUZZ_SECONDS=600 fuzz/run.sh answer cli
set -euo pipefail
cd "$(dirname "$0")"
seconds=${FUZZ_SECONDS:-60}
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(params configure answer addin_values cli)
cargo +nightly fuzz build -O --debug-assertions
for target in "${targets[@]}"; do
  mkdir -p "corpus/$target"
  echo "== $target: ${seconds}s"
  cargo +nightly fuzz run -O --debug-assertions "$target" "corpus/$target" "seeds/$target" -- \
    -max_total_time="$seconds" -rss_limit_mb=2048 -max_len=4096 -print_final_stats=1 2>&1 |
    grep -E 'stat::number_of_executed_units|stat::peak_rss_mb|Done|ERROR|panicked|SUMMARY|Test unit written' || true
  # A finding leaves an artifact and fails the run.
  if compgen -G "artifacts/$target/*" >/dev/null; then
    echo "finding in $target: $(ls "artifacts/$target")" >&2
    exit 1
  fi
done
