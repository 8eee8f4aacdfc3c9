#!/usr/bin/env bash
# Installs what building, testing and benchmarking rotary needs on Debian
# bookworm (as root), plus any packages named as arguments. Idempotent: does
# nothing when everything is present.
set -euo pipefail
packages=(g++ cmake ninja-build pkg-config
          libhwy-dev libtbb-dev libgtest-dev libbenchmark-dev nlohmann-json3-dev "$@")
missing=()
# Installed for this machine's architecture (or arch-independent): with arm64
# multiarch set up, a bare name also matches the arm64 copy.
arch=$(dpkg --print-architecture)
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status} ${Architecture}\n' "$p" 2>/dev/null |
    grep -Eq "^install ok installed ($arch|all)\$" || missing+=("$p:$arch")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
