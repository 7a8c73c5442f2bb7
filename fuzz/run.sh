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
  # A finding (crash, leak, out of memory, timeout) leaves an artifact and fails the
  # run. An input that merely ran slowly is named for a look, not counted as a finding:
  # on a shared machine its time says more about the load than about the code.
  slow=$(ls "artifacts/$target" 2>/dev/null | grep '^slow-unit-' || true)
  [ -z "$slow" ] || echo "slow inputs in $target (kept for a look): $slow"
  findings=$(ls "artifacts/$target" 2>/dev/null | grep -v '^slow-unit-' || true)
  if [ -n "$findings" ]; then
    echo "finding in $target: $findings" >&2
    exit 1
  fi
done
