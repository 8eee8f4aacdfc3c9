#!/bin/sh
# Installs what the arm64 cross-build and its qemu-user test run need, on
# Debian bookworm (amd64 host), as root. Safe to run again: apt only installs
# what is missing.
set -eu

export DEBIAN_FRONTEND=noninteractive

if ! dpkg --print-foreign-architectures | grep -qx arm64; then
  dpkg --add-architecture arm64
fi
apt-get update

# oneTBB's hwloc pulls in libudev1:arm64; pinning it to the host's version
# keeps apt from upgrading the host's systemd packages to match.
# (Ask for the host's copy by architecture: once libudev1:arm64 is installed,
# plain "libudev1" matches both.)
udev=$(dpkg-query -W -f='${db:Status-Status} ${Version}' \
  "libudev1:$(dpkg --print-architecture)" 2>/dev/null || true)
udev_pin=""
case "$udev" in
  "installed "*) udev_pin="libudev1:arm64=${udev#installed }" ;;
esac

# shellcheck disable=SC2086
apt-get install -y --no-install-recommends \
  cmake ninja-build nlohmann-json3-dev \
  g++-aarch64-linux-gnu qemu-user \
  libhwy-dev:arm64 libtbb-dev:arm64 libgtest-dev:arm64 libbenchmark-dev:arm64 \
  $udev_pin
