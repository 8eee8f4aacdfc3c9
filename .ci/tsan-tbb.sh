#!/usr/bin/env bash
# Builds oneTBB from Debian's own source package with ThreadSanitizer (Debian's
# libtbb gives TSan false positives: it is not instrumented) and installs it
# under $1 (default build-tsan/tbb). Idempotent. Needs root for apt.
set -euo pipefail
prefix=$(realpath -m "${1:-build-tsan/tbb}")
[ -f "$prefix/.done" ] && { echo "tsan-tbb: $prefix is ready"; exit 0; }
export DEBIAN_FRONTEND=noninteractive
need=()
for p in dpkg-dev cmake g++ ninja-build; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need+=("$p")
done
[ ${#need[@]} -eq 0 ] || { apt-get update -q; apt-get install -y -q --no-install-recommends "${need[@]}"; }
# A private apt configuration with a deb-src line for bookworm main.
apt_dir=$(mktemp -d /tmp/rotary-apt.XXXXXX)
mirror=$(awk '/^URIs:/{print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
[ -n "$mirror" ] || mirror=$(awk '/^deb /{print $2; exit}' /etc/apt/sources.list)
mkdir -p "$apt_dir/lists/partial" "$apt_dir/src"
echo "deb-src $mirror bookworm main" > "$apt_dir/sources.list"
opts=(-o Dir::Etc::SourceList="$apt_dir/sources.list" -o Dir::Etc::SourceParts=-
      -o Dir::State::Lists="$apt_dir/lists" -o APT::Get::List-Cleanup=0)
apt-get "${opts[@]}" update -q
(cd "$apt_dir/src" && apt-get "${opts[@]}" source -q --download-only onetbb \
  && dpkg-source -x --no-check onetbb_*.dsc onetbb >/dev/null)
# oneTBB 2021.8 asks for CMake 3.1 policies, which CMake 4 (a pip-installed
# cmake first on PATH) refuses without a policy floor; CMake 3.x ignores it.
cmake -S "$apt_dir/src/onetbb" -B "$apt_dir/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_POLICY_VERSION_MINIMUM=3.5 \
  -DCMAKE_CXX_COMPILER=g++ -DCMAKE_C_COMPILER=gcc -DTBB_SANITIZE=thread -DTBB_TEST=OFF \
  -DTBB_STRICT=OFF -DTBBMALLOC_BUILD=OFF -DCMAKE_INSTALL_PREFIX="$prefix" >/dev/null
cmake --build "$apt_dir/build"
cmake --install "$apt_dir/build" >/dev/null
touch "$prefix/.done"
rm -rf "$apt_dir"
echo "tsan-tbb: installed in $prefix"
