#!/usr/bin/env bash
# Run the gradient benchmarks and write benches/RESULTS.md.
# Extra arguments go to criterion, e.g. `benches/run.sh rosen` to run the rosen groups only
# (the report then marks the other groups' older estimates as stale).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo bench -p autodiff-benches --features peers --bench gradients -- "$@"
python3 benches/report.py
