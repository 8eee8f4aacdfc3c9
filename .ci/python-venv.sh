#!/usr/bin/env bash
# Makes the Python environment of the tests and the peer bench: a venv in
# build-python/venv (ROTARY_VENV to put it elsewhere) with the pinned
# requirements and rotary built from this checkout (pip install ./python).
# Prints the venv's path last. Needs python3 with venv and its headers: on
# Debian, .ci/install-deps.sh installs python3-venv and python3-dev when the
# python3 found has no ensurepip or no Python.h.
#
# torch is installed first, pinned and on its own, so that nothing pulls a
# newer (CUDA) build. On machines with a local torch 2.13.0 CPU wheel pip
# takes it; elsewhere `pip install torch==2.13.0` downloads PyPI's build.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=${ROTARY_VENV:-$PWD/build-python/venv}

if ! python3 -c 'import ensurepip, sysconfig, os, sys
sys.exit(not os.path.exists(os.path.join(sysconfig.get_paths()["include"], "Python.h")))' 2>/dev/null; then
  bash .ci/install-deps.sh python3 python3-venv python3-dev >&2
fi
bash .ci/install-deps.sh >&2

if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
pip=("$venv/bin/python" -m pip --disable-pip-version-check -q)
"${pip[@]}" install torch==2.13.0 >&2
"${pip[@]}" install -r python/requirements-test.txt >&2
CMAKE_BUILD_PARALLEL_LEVEL=${CMAKE_BUILD_PARALLEL_LEVEL:-$(nproc)} \
  "${pip[@]}" install ./python >&2
"$venv/bin/python" -c 'import rotary; print("rotary", rotary.__version__, "isa", rotary.active_isa())' >&2
echo "$venv"
