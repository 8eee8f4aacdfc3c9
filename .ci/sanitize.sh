#!/usr/bin/env bash
# The test suite under AddressSanitizer + UndefinedBehaviorSanitizer (g++;
# ROTARY_SANITIZE_CLANG=1 adds clang, which also instruments AVX2/AVX-512
# masked ops, but needs long to build) and under
# ThreadSanitizer (g++, with oneTBB rebuilt with TSan from Debian's source so
# that its internals are instrumented too). Exits non-zero on any report.
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/install-deps.sh clang libclang-rt-14-dev
jobs=$(nproc)
common=(-G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DROTARY_BUILD_BENCH=OFF -DROTARY_BUILD_TOOLS=OFF)

echo "== ASan + UBSan, g++"
cmake -S . -B build-asan "${common[@]}" -DROTARY_SANITIZE="address;undefined" >/dev/null
cmake --build build-asan
ctest --test-dir build-asan --output-on-failure -j "$jobs" -E '^(tool|qemu)'

if [ "${ROTARY_SANITIZE_CLANG:-0}" = 1 ]; then
  # clang instruments AVX2/AVX-512 masked ops, which g++ does not; its
  # instrumented build of every dtype kernel takes long: on request only.
  echo "== ASan + UBSan, clang"
  CC=clang CXX=clang++ cmake -S . -B build-asan-clang "${common[@]}" \
    -DROTARY_HWY_DISABLED_TARGETS=4224 -DROTARY_SANITIZE="address;undefined" >/dev/null
  cmake --build build-asan-clang
  ctest --test-dir build-asan-clang --output-on-failure -j "$jobs" -E '^(tool|qemu)'
fi

echo "== TSan, g++, oneTBB built with TSan"
bash .ci/tsan-tbb.sh build-tsan/tbb
cmake -S . -B build-tsan "${common[@]}" -DROTARY_SANITIZE=thread -DROTARY_TEST_FROZEN=OFF \
  -DTBB_DIR="$PWD/build-tsan/tbb/lib/cmake/TBB" >/dev/null
cmake --build build-tsan
# The concurrency and threading tests, and the rest for good measure.
LD_LIBRARY_PATH="$PWD/build-tsan/tbb/lib" \
  setarch "$(uname -m)" -R ctest --test-dir build-tsan --output-on-failure -j "$jobs" -E '^(tool|qemu)'
