#!/usr/bin/env bash
# Builds the libFuzzer targets with clang + ASan + UBSan and runs each for a
# bounded time (ROTARY_FUZZ_SECONDS, default 60) from the seed corpus in
# tests/fuzz/corpus. Exits non-zero on any crash, mismatch or sanitizer report.
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/install-deps.sh clang libclang-rt-14-dev
seconds=${ROTARY_FUZZ_SECONDS:-60}
# Kernels (dispatch/) without ASan/UBSan and without AVX3_DL and SSSE3 (kernels
# of their neighbours AVX3 and SSE4): clang's instrumented build of every
# dtype kernel takes most of an hour otherwise. src/ keeps ASan + UBSan, and
# the harness checks every byte around the outputs.
CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DROTARY_FUZZ_PLAIN_KERNELS=ON -DROTARY_HWY_DISABLED_TARGETS=4224 \
  -DROTARY_FUZZ=ON -DROTARY_SANITIZE="address;undefined" -DROTARY_INSTALL=OFF \
  -DROTARY_BUILD_TESTS=OFF -DROTARY_BUILD_BENCH=OFF -DROTARY_BUILD_TOOLS=OFF >/dev/null
cmake --build build-fuzz
export ASAN_OPTIONS=quarantine_size_mb=16:detect_leaks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
for target in fuzz_apply fuzz_invalid; do
  corpus=build-fuzz/corpus/$target
  log=build-fuzz/$target.log
  mkdir -p "$corpus"
  echo "== $target, ${seconds}s"
  rc=0
  "build-fuzz/tests/fuzz/$target" -max_total_time="$seconds" -print_final_stats=1 \
    -max_len=512 -timeout=20 -artifact_prefix=build-fuzz/ \
    "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log"
    echo "$target: FAILED (exit $rc)"
    exit 1
  fi
done
