#!/usr/bin/env bash
# Builds rotary and runs every test suite; exits non-zero on any failure:
#  1. the native build (static library) and its ctest suite, which includes
#     the per-ISA kernel tests, ROTARY_ISA runs, the C API in C and C++, the
#     exported-symbols check and the installed-package consumers;
#  2. the same suite against a shared librotary;
#  3. the Python binding: a venv with the pinned requirements, rotary built
#     by pip from python/, and its pytest suite (.ci/python-test.sh);
#  4. the package test: install shared and static builds, build the examples
#     with find_package, pkg-config and add_subdirectory;
#  5. ASan + UBSan (g++, clang) and TSan (.ci/sanitize.sh);
#  6. the fuzz targets for ROTARY_FUZZ_SECONDS each (.ci/fuzz.sh);
#  7. the arm64 build under qemu, every NEON/SVE target (.ci/arm64-test.sh).
# ROTARY_QUICK=1 stops after step 1. ROTARY_PYTHON=0 leaves out step 3, for
# a system that reaches Debian's archive but not PyPI (it says so loudly).
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/install-deps.sh
jobs=$(nproc)
step() { printf '\n==== %s (%s)\n' "$1" "$(date -u +%H:%M:%S)"; }

step "native tests"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build build
ctest --test-dir build --output-on-failure -j "$jobs"
[ "${ROTARY_QUICK:-0}" = 1 ] && exit 0

step "shared library tests"
cmake -S . -B build-shared -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_SHARED_LIBS=ON \
  -DROTARY_BUILD_BENCH=OFF -DROTARY_TEST_FROZEN=OFF
cmake --build build-shared
ctest --test-dir build-shared --output-on-failure -j "$jobs"

step "python binding tests"
if [ "${ROTARY_PYTHON:-1}" = 0 ]; then
  echo "ROTARY_PYTHON=0: the Python stage is LEFT OUT of this run"
else
  bash .ci/python-test.sh
fi

step "package consumers"
bash .ci/package-test.sh

step "sanitizers"
bash .ci/sanitize.sh

step "fuzzing"
bash .ci/fuzz.sh

step "arm64 under qemu"
bash .ci/arm64-test.sh
step "all passed"
