#!/usr/bin/env bash
# Mutation testing (not part of CI: it takes hours on two cores) over the code that
# judges input and answers: the value parsers, the answer's envelope, the result
# envelope, and the resend rules of one exchange. Each mutant is built and tested with
# the unit tests and the integration tests that reach these files; the outcome lands
# in mutants.out/ (caught.txt, missed.txt, unviable.txt, timeout.txt).
#
#   MUTANTS_TIMEOUT=300 .ci/mutants.sh [extra cargo-mutants options]
set -euo pipefail
cd "$(dirname "$0")/.."
command -v cargo-mutants >/dev/null || cargo install --locked cargo-mutants
cargo mutants \
  --file 'src/values/*.rs' --file src/transport/envelope.rs --file src/error.rs \
  --file src/transport/exchange.rs \
  --timeout "${MUTANTS_TIMEOUT:-300}" --jobs 1 "$@" \
  -- --lib --test integration -- \
  --skip cli:: --skip c_hosts:: --skip addin:: --skip layers:: --skip load:: --skip tls:: \
  --skip proxy:: --skip local_time:: --skip environment::
