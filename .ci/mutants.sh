#!/usr/bin/env bash
# Mutation testing (not part of CI: about three hours on two cores) over the code that
# judges input and answers: the value parsers, the answer's envelope, the result
# envelope, the retry rules of one exchange and the stale-connection rules of the wire.
# Each mutant is built and run against the whole suite of the library's package (unit,
# integration, CLI and doc tests: what `cargo test` runs; the stand-in's own tests cannot
# see a mutant). The outcome lands in mutants.out/ (caught.txt, missed.txt,
# unviable.txt, timeout.txt).
#
#   MUTANTS_TIMEOUT=120 .ci/mutants.sh [extra cargo-mutants options, e.g. --file src/error.rs]
set -euo pipefail
cd "$(dirname "$0")/.."
command -v cargo-mutants >/dev/null || cargo install --locked cargo-mutants
files=(--file 'src/values/*.rs' --file src/transport/envelope.rs --file src/error.rs
       --file src/transport/exchange.rs --file src/transport/wire.rs)
for arg in "$@"; do
  # Options naming files of their own replace the default set.
  case "$arg" in --file|-f|--file=*) files=() ;; esac
done
cargo mutants "${files[@]}" --profile mutants \
  --timeout "${MUTANTS_TIMEOUT:-120}" --jobs 1 "$@"
