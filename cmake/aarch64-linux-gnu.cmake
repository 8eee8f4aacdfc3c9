# Cross-compiles for arm64 Linux with Debian's g++-aarch64-linux-gnu and runs
# the results under qemu-user. Dependencies are Debian's :arm64 -dev packages
# (multiarch, under /usr/lib/aarch64-linux-gnu); see .ci/install-arm64.sh.
#
#   cmake -S . -B build-arm64 -G Ninja \
#     -DCMAKE_TOOLCHAIN_FILE=cmake/aarch64-linux-gnu.cmake
#
# No sysroot and no CMAKE_FIND_ROOT_PATH: multiarch paths are found through
# CMAKE_LIBRARY_ARCHITECTURE, and a root path with ONLY modes hides hwy's
# CMake package. Never give qemu -L / QEMU_LD_PREFIX: it mixes two arm64 C
# libraries and pthread_create hangs.
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR aarch64)
set(CMAKE_C_COMPILER aarch64-linux-gnu-gcc)
set(CMAKE_CXX_COMPILER aarch64-linux-gnu-g++)
set(CMAKE_LIBRARY_ARCHITECTURE aarch64-linux-gnu)
set(CMAKE_CROSSCOMPILING_EMULATOR /usr/bin/qemu-aarch64)
