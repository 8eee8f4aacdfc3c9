"""Shared helpers: Hugging Face references and the error table printed at
the end of the run (pytest's terminal summary)."""

import types

import pytest
import torch

ERRORS = []  # (case, rotary error, transformers error or None, unit)
ONNX_ERRORS = []  # (case, rotary, onnx.reference, onnxruntime or None): vs float64


def record(case, rotary_err, hf_err, unit=""):
    ERRORS.append((case, rotary_err, hf_err, unit))


def record_onnx(case, rotary_err, reference_err, ort_err):
    ONNX_ERRORS.append((case, rotary_err, reference_err, ort_err))


def pytest_terminal_summary(terminalreporter):
    tr = terminalreporter
    if ONNX_ERRORS:
        tr.section("RotaryEmbedding (opset 23): max abs error vs float64 of the same inputs")
        tr.write_line(f"{'case':46} {'rotary':>10} {'onnx.reference':>15} {'onnxruntime':>12}")
        for case, r, e, o in ONNX_ERRORS:
            os_ = f"{o:12.3e}" if o is not None else f"{'-':>12}"
            tr.write_line(f"{case:46} {r:10.3e} {e:15.3e} {os_}")
    if not ERRORS:
        return
    tr.section("apply: max abs error vs float64; inv_freq: max relative difference rotary vs transformers")
    tr.write_line(f"{'case':58} {'rotary':>10} {'transformers':>13}")
    for case, r, h, unit in ERRORS:
        hs = f"{h:13.3e}" if h is not None else f"{'-':>13}"
        tr.write_line(f"{case:58} {r:10.3e} {hs} {unit}")


class _Float64Torch(types.ModuleType):
    """torch, except that torch.float and torch.float32 name float64: lets
    transformers' init functions (which ask for torch.float) run in double."""

    float = torch.float64
    float32 = torch.float64

    def __getattr__(self, name):
        return getattr(torch, name)


@pytest.fixture
def hf_float64(monkeypatch):
    """Runs transformers' RoPE init functions in float64 while active."""
    from transformers import modeling_rope_utils
    from transformers.models.llama import modeling_llama

    proxy = _Float64Torch("torch")
    monkeypatch.setattr(modeling_rope_utils, "torch", proxy)
    monkeypatch.setattr(modeling_llama, "torch", proxy)
    return proxy
