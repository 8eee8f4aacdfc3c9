#!/usr/bin/env bash
# The main job: a Release build and the per-ISA throughput report (every ISA
# this CPU supports, both pairings, Llama-3-8B shapes, against the roofline).
# Extra arguments go to the benchmark binary (e.g. --benchmark_filter=avx2).
# The report's JSON goes to build-bench/report.json. Then, from the venv of
# .ci/python-venv.sh, its charts (python/bench/plot_report.py, PNG files in
# build-bench/plots), the Python binding's per-call overhead and the peer
# bench (python/bench/peer_bench.py); ROTARY_PYTHON=0 leaves them out, for a
# system without PyPI.
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/install-deps.sh
cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DROTARY_BUILD_TESTS=OFF
cmake --build build-bench --target rotary_bench
build-bench/bench/rotary_bench --benchmark_repetitions=5 --benchmark_min_time=0.1 \
  --benchmark_report_aggregates_only=true \
  --benchmark_out=build-bench/report.json --benchmark_out_format=json "$@"

# Python: the binding's per-call overhead, and the peer bench against
# transformers' eager Llama RoPE and torch.compile of it (table + chart in
# ROTARY_PEER_OUT, default build-bench/peer).
if [ "${ROTARY_PYTHON:-1}" = 0 ]; then
  echo "ROTARY_PYTHON=0: the Python overhead and peer bench are LEFT OUT"
  exit 0
fi
venv=$(bash .ci/python-venv.sh | tail -n 1)
# Charts of the report (per ISA: GB/s against tokens, kernel and roofline;
# threading against serial per thread count; thread scaling) in
# build-bench/plots.
"$venv/bin/python" python/bench/plot_report.py build-bench/report.json build-bench/plots
"$venv/bin/python" python/bench/overhead.py
"$venv/bin/python" python/bench/peer_bench.py "${ROTARY_PEER_OUT:-build-bench/peer}"
