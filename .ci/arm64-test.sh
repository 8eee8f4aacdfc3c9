#!/usr/bin/env bash
# Cross-builds rotary for arm64 (Release) and runs the tests under qemu-user,
# then runs the bench binary once as a smoke test. Debian bookworm, as root.
#
# Per emulated CPU model (tests/CMakeLists.txt, ROTARY_QEMU_MODELS):
#   cortex-a72     (NEON only)  the whole suite, then label qemu_a72
#   max,sve128=on  (SVE2_128)   the whole suite but the NEON per-target cases
#                               (run under cortex-a72), then label qemu_sve128
#   max,sve256=on, max, a64fx   label qemu_<name> only
# Each label checks that the kernel test instantiates exactly the model's
# targets and runs the per-target kernel cases of the targets no earlier
# model ran (SVE_256 under sve256; SVE2 and SVE again at 512 bits under max;
# none under a64fx), and, for a model without a whole-suite run, the API
# suite and the ROTARY_ISA tests, whose answers depend on the CPU. So every
# arm64 target (NEON, SVE, SVE2, SVE_256, SVE2_128) runs its kernel cases
# under some model. Tests that cannot apply on a model skip and say why;
# the reasons are printed after each whole-suite run. Each model prints its
# wall time, and the summary lists them.
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

# name:QEMU_CPU:whole-suite run, as registered in tests/CMakeLists.txt (label
# qemu_<name>; "suite" there). The whole-suite run leaves out the per-target
# cases whose ctest names match the regex after it (targets already run).
models='a72:cortex-a72:suite: sve128:max,sve128=on:suite:/NEON$ sve256:max,sve256=on:: max:max:: a64fx:a64fx::'

# Every qemu_* label registered must be run here.
for label in $(cd "$build" && ctest --print-labels | sed -n 's/^ *\(qemu_[^ ]*\)$/\1/p'); do
  case " $models " in
    *" ${label#qemu_}:"*) ;;
    *) echo "error: ctest label $label is not run by $0" >&2; exit 1 ;;
  esac
done

# The reasons the tests ctest skipped give (ctest-level tests print
# "SKIPPED: why", GoogleTest prints "...: Skipped" and the reason below it).
skip_reasons() {
  local names name
  names=$(sed -n 's/^[[:space:]]*[0-9]* - \(.*\) (Skipped)$/\1/p' "$1")
  [ -n "$names" ] || { echo "skipped: none"; return 0; }
  echo "skipped:"
  while IFS= read -r name; do
    awk -v name="$name" '
      index($0, "\"" name "\" start time:") == 1 { on = 1 }
      on && /^<end of output>$/ { exit }
      on && /SKIPPED: / { sub(/.*SKIPPED: /, ""); print "  " name ": " $0; exit }
      on && prev ~ /: Skipped$/ { print "  " name ": " $0; exit }
      { prev = $0 }' "$build/Testing/Temporary/LastTest.log"
  done <<< "$names"
}

summary=""
for model in $models; do
  IFS=: read -r name cpu suite skip <<< "$model"
  t=$SECONDS
  if [ "$suite" = suite ]; then
    phase "QEMU_CPU=$cpu: whole suite (ctest -LE qemu${skip:+ -E '$skip'})"
    # gtest_discover_tests keeps the cases it listed under the last CPU:
    # list them again under this one.
    rm -f "$build"/tests/*_tests.cmake
    log=$(mktemp)
    status=0
    (cd "$build" && QEMU_CPU=$cpu ctest -LE qemu ${skip:+-E "$skip"} \
       -j "$jobs" --output-on-failure --no-tests=error) 2>&1 | tee "$log" ||
      status=$?
    skip_reasons "$log"
    rm -f "$log"
    [ "$status" -eq 0 ] || exit "$status"
  fi
  phase "QEMU_CPU=$cpu (ctest -L '^qemu_$name\$')"
  QEMU_CPU=$cpu qemu-aarch64 "$build/tests/rotary_isa_list"
  (cd "$build" && ctest -L "^qemu_$name\$" -j "$jobs" --output-on-failure \
     --no-tests=error)
  cat "$build/tests/qemu_$name".kernel*.txt
  line="QEMU_CPU=$cpu${suite:+ (whole suite and qemu_$name)}: $((SECONDS - t)) s"
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
