#!/usr/bin/env bash
# The Python stage: builds the venv (.ci/python-venv.sh), then runs the
# binding's tests (parity with transformers, ONNX's reference and onnxruntime;
# bad input) with pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=$(bash .ci/python-venv.sh | tail -n 1)
HF_HUB_OFFLINE=1 "$venv/bin/python" -m pytest -q -p no:cacheprovider python/tests
