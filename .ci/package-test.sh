#!/usr/bin/env bash
# Packaging check: installs librotary into a temporary prefix, then builds
# and runs the example consumers (examples/c, examples/cpp) against that
# prefix with find_package(rotary CONFIG) and with pkg-config.
#
#   .ci/package-test.sh
#       Configures and builds the library twice (shared and static, tests and
#       bench off), installs each, tests the consumers of each, and builds
#       examples/cpp with add_subdirectory(<this checkout>). A few minutes.
#   .ci/package-test.sh --installed-from BUILD_DIR
#       Installs an already built tree and tests its consumers only (the
#       ctest package.consumers). Well under a minute.
#
# Uses $CMAKE (default cmake) and $CMAKE_GENERATOR (default Ninja if
# available); needs a C and a C++ compiler and pkg-config. A cross build's
# ctest sets CMAKE_TOOLCHAIN_FILE (read by cmake), CC, CXX and
# PKG_CONFIG_LIBDIR for the target, and ROTARY_EMULATOR (e.g. qemu-aarch64),
# which runs the consumers.
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
cmake=${CMAKE:-cmake}
if [ -z "${CMAKE_GENERATOR:-}" ] && command -v ninja >/dev/null; then
  export CMAKE_GENERATOR=Ninja
fi
# shellcheck disable=SC2206  # an emulator command may carry options
emulator=(${ROTARY_EMULATOR:-})
work=$(mktemp -d "${TMPDIR:-/tmp}/rotary-package.XXXXXX")
trap 'rm -rf "$work"' EXIT

step() { echo "== $*"; }

# Builds and runs both examples against the rotary installed in $1.
consumers() {
  local prefix=$1 label=$2 pc pcdir libdir static=""
  pc=$(find "$prefix" -name rotary.pc -print -quit)
  [ -n "$pc" ] || { echo "no rotary.pc under $prefix" >&2; return 1; }
  pcdir=$(dirname "$pc")
  libdir=$(dirname "$pcdir")
  if [ -e "$libdir/librotary.a" ]; then static=--static; fi

  for lang in c cpp; do
    step "$label: examples/$lang with find_package(rotary CONFIG)"
    "$cmake" -S "$src/examples/$lang" -B "$work/$label-$lang" \
      -DCMAKE_BUILD_TYPE=Release -DCMAKE_PREFIX_PATH="$prefix" >/dev/null
    "$cmake" --build "$work/$label-$lang" >/dev/null
    "${emulator[@]}" "$work/$label-$lang/rotary_example_$lang"
  done

  step "$label: examples with pkg-config${static:+ $static}"
  export PKG_CONFIG_PATH=$pcdir
  # shellcheck disable=SC2046  # pkg-config output is meant to be split
  "${CC:-cc}" -std=c99 -O2 -Wall -Wextra -pedantic -Werror \
    -o "$work/$label-c-pkgconfig" "$src/examples/c/main.c" \
    $(pkg-config --cflags rotary) $(pkg-config $static --libs rotary) -lm
  # shellcheck disable=SC2046
  "${CXX:-c++}" -std=c++17 -O2 -Wall -Wextra -Werror \
    -o "$work/$label-cpp-pkgconfig" "$src/examples/cpp/main.cpp" \
    $(pkg-config --cflags rotary) $(pkg-config $static --libs rotary)
  LD_LIBRARY_PATH="$libdir${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" \
    "${emulator[@]}" "$work/$label-c-pkgconfig"
  LD_LIBRARY_PATH="$libdir${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" \
    "${emulator[@]}" "$work/$label-cpp-pkgconfig"
  unset PKG_CONFIG_PATH
}

if [ "${1:-}" = "--installed-from" ]; then
  build=${2:?usage: $0 [--installed-from BUILD_DIR]}
  step "installing $build"
  "$cmake" --install "$build" --prefix "$work/prefix" >/dev/null
  consumers "$work/prefix" installed
  echo "package-test: consumers of $build pass"
  exit 0
fi

for variant in shared static; do
  shared=OFF
  [ "$variant" = shared ] && shared=ON
  step "$variant: configure, build, install"
  "$cmake" -S "$src" -B "$work/build-$variant" -DCMAKE_BUILD_TYPE=Release \
    -DBUILD_SHARED_LIBS=$shared -DROTARY_BUILD_TESTS=OFF \
    -DROTARY_BUILD_BENCH=OFF >/dev/null
  "$cmake" --build "$work/build-$variant"
  "$cmake" --install "$work/build-$variant" --prefix "$work/prefix-$variant" \
    >/dev/null
  consumers "$work/prefix-$variant" "$variant"
done

step "add_subdirectory: examples/cpp with rotary's sources"
"$cmake" -S "$src/examples/cpp" -B "$work/subdir" -DCMAKE_BUILD_TYPE=Release \
  -DROTARY_SOURCE_DIR="$src" >/dev/null
"$cmake" --build "$work/subdir"
if [ -e "$work/subdir/rotary/tests" ] || [ -e "$work/subdir/rotary/bench" ]; then
  echo "add_subdirectory(rotary) built its tests or bench" >&2
  exit 1
fi
"${emulator[@]}" "$work/subdir/rotary_example_cpp"
echo "package-test: all consumers pass"
