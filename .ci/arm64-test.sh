#!/usr/bin/env bash
# Cross-builds rotary for arm64 (Release) and runs every test suite under
# qemu-user once per emulated CPU model, so that each arm64 Highway target
# (NEON, SVE, SVE2, SVE_256, SVE2_128) runs its per-target kernel tests, then
# runs the bench binary once as a smoke test. Debian bookworm, as root.
#
#   .ci/arm64-test.sh                          # installs packages first
#   ROTARY_ARM64_SKIP_INSTALL=1 .ci/arm64-test.sh
set -euo pipefail

cd "$(dirname "$0")/.."
build=build-arm64
jobs=$(nproc)
start=$SECONDS

phase() { printf '\n==== %s\n' "$*"; }

if [ -z "${ROTARY_ARM64_SKIP_INSTALL:-}" ]; then
  phase "install"
  sh .ci/install-arm64.sh
fi

phase "configure and build ($build, Release)"
t=$SECONDS
cmake -S . -B "$build" -G Ninja \
  -DCMAKE_TOOLCHAIN_FILE=cmake/aarch64-linux-gnu.cmake \
  -DCMAKE_BUILD_TYPE=Release -DROTARY_BUILD_TESTS=ON -DROTARY_BUILD_BENCH=ON
cmake --build "$build" -j "$jobs"
echo "build: $((SECONDS - t)) s"

# name:QEMU_CPU, as registered in tests/CMakeLists.txt (label qemu_<name>).
models="a72:cortex-a72 sve128:max,sve128=on sve256:max,sve256=on max:max a64fx:a64fx"

# Every qemu_* label registered must be run here.
for label in $(cd "$build" && ctest --print-labels | sed -n 's/^ *\(qemu_[^ ]*\)$/\1/p'); do
  case " $models " in
    *" ${label#qemu_}:"*) ;;
    *) echo "error: ctest label $label is not run by $0" >&2; exit 1 ;;
  esac
done

summary=""
for model in $models; do
  name=${model%%:*}
  cpu=${model#*:}
  phase "QEMU_CPU=$cpu (ctest -L '^qemu_$name\$')"
  t=$SECONDS
  QEMU_CPU=$cpu qemu-aarch64 "$build/tests/rotary_isa_list"
  (cd "$build" && ctest -L "^qemu_$name\$" -j "$jobs" --output-on-failure)
  cat "$build/tests/qemu_$name.targets.txt"
  line="QEMU_CPU=$cpu: $((SECONDS - t)) s"
  echo "$line"
  summary+="$line"$'\n'
done

phase "bench smoke test under qemu (QEMU_CPU=max)"
echo "Smoke test only: benchmark numbers under emulation mean nothing."
t=$SECONDS
bench=("qemu-aarch64" "$build/bench/rotary_bench")
list=$(QEMU_CPU=max "${bench[@]}" --benchmark_list_tests)
echo "$list" | head -n 20
echo "($(printf '%s' "$list" | grep -c . || true) benchmarks registered)"
# One short benchmark: the first 'decode' one if any, else the first listed.
pick=$(printf '%s\n' "$list" | grep -m1 decode || printf '%s\n' "$list" | head -n1)
if [ -n "$pick" ]; then
  filter="^$(printf '%s' "$pick" | sed 's/[][\\.*^$+?(){}|]/\\&/g')\$"
  QEMU_CPU=max "${bench[@]}" --benchmark_filter="$filter" \
    --benchmark_min_time=0.01
else
  echo "no benchmarks registered; nothing to time"
fi
echo "bench smoke: $((SECONDS - t)) s"

phase "arm64 summary"
printf '%s' "$summary"
echo "arm64 total (install, build, tests, bench): $((SECONDS - start)) s"
