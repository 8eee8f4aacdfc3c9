"""Bad input from Python raises with rotary's message and writes nothing:
every buffer keeps its canary contents."""

import numpy as np
import pytest
import torch

import rotary

D = 64


@pytest.fixture
def rope():
    return rotary.Rope(head_dim=D, theta=10000.0, max_positions=128)


def canary(shape, dtype=torch.float32):
    return torch.full(shape, 7.25, dtype=dtype)


def untouched(*tensors):
    for t in tensors:
        a = t.numpy() if isinstance(t, torch.Tensor) else t
        assert np.all(a.astype(np.float32) == 7.25)


def raises(exc, match, fn):
    with pytest.raises(exc, match=match) as info:
        fn()
    assert isinstance(info.value, rotary.RotaryError)
    return info.value


def test_wrong_dtype(rope):
    q = canary((2, 2, D), torch.float64)
    k = canary((2, 1, D))
    raises(ValueError, r"q has dtype float64; rotary takes float32, float16 or bfloat16",
           lambda: rope.apply(q, k, [0, 1]))
    untouched(q, k)
    raises(ValueError, r"positions have dtype float32; rotary takes int32 or int64",
           lambda: rope.apply(k, None, np.zeros(2, np.float32)))
    untouched(k)


def test_non_contiguous_head_dim(rope):
    base = canary((2, 2, 2 * D))
    q = base[:, :, ::2]
    raises(ValueError, r"q's last dimension \(head_dim\) must be contiguous \(stride 1\), got stride 2",
           lambda: rope.apply(q, None, [0, 1]))
    untouched(base)


def test_mismatched_shapes(rope):
    q, k = canary((3, 2, D)), canary((2, 1, D))
    err = raises(ValueError, None, lambda: rope.apply(q, k, [0, 1, 2]))
    assert "k" in str(err) and "3" in str(err)
    untouched(q, k)
    raises(ValueError, r"q has head_dim 32 \(its last dimension\) but the plan's head_dim is 64",
           lambda: rope.apply(canary((2, 2, 32)), None, [0, 1]))
    out = canary((2, 3, D))
    raises(ValueError, r"heads", lambda: rope.apply(canary((2, 2, D)), None, [0, 1], q_out=out))
    untouched(out)
    raises(ValueError, r"must be \[batch\]\[tokens\]\[heads\]\[head_dim\] \(layout 'bshd'\) or "
           r"\[tokens\]\[heads\]\[head_dim\], got 2-D",
           lambda: rope.apply(canary((2, D)), None, [0, 1]))


def test_batched_positions_that_do_not_fit(rope):
    q = canary((2, 3, 2, D))  # [batch 2][tokens 3][heads 2][D]
    raises(ValueError, r"positions", lambda: rope.apply(q, None, [0, 1, 2]))  # 3 of 6
    raises(ValueError, r"positions are \[3\]\[3\] but q/k have batch 2",
           lambda: rope.apply(q, None, np.zeros((3, 3), np.int64)))
    raises(ValueError, r"positions have 2 tokens per row but q/k have 3",
           lambda: rope.apply(q, None, np.zeros((2, 2), np.int64)))
    raises(ValueError, r"positions and starts given together",
           lambda: rope.apply(q, None, [0] * 6, starts=np.zeros(2, np.int64)))
    raises(ValueError, r"layout must be 'bshd' or 'bhsd'", lambda: rope.apply(q, None, None, layout="sbhd"))
    untouched(q)


def test_read_only_numpy_in_place_and_as_output(rope):
    q = np.full((2, 2, D), 7.25, np.float32)
    q.flags.writeable = False
    raises(ValueError, r"q is read-only \(numpy writeable=False\)", lambda: rope.apply(q, None, [0, 1]))
    out = np.full((2, 2, D), 7.25, np.float32)
    out.flags.writeable = False
    raises(ValueError, r"q_out is read-only", lambda: rope.apply(q, None, [0, 1], q_out=out))
    untouched(q, out)
    # A read-only input is fine out of place.
    res = np.full((2, 2, D), 7.25, np.float32)
    rope.apply(q, None, [0, 1], q_out=res)
    untouched(q)
    assert not np.all(res == 7.25)


def test_non_cpu_device(rope):
    q = torch.empty((2, 2, D), device="meta")
    raises(ValueError, r"q is on device 'meta': rotary runs on CPU memory only", lambda: rope.apply(q, None, [0, 1]))
    out = torch.empty((2, 2, D), device="meta")
    src = canary((2, 2, D))
    raises(ValueError, r"q_out is on device 'meta'", lambda: rope.apply(src, None, [0, 1], q_out=out))
    untouched(src)


def test_requires_grad_and_foreign_objects(rope):
    q = canary((2, 2, D)).requires_grad_()
    raises(ValueError, r"q requires grad", lambda: rope.apply(q, None, [0, 1]))
    assert torch.all(q.detach() == 7.25)
    # Reading one out of place is fine.
    out = canary((2, 2, D))
    rope.apply(q, None, [0, 1], q_out=out)
    raises(ValueError, r"q must be a numpy array or a CPU torch tensor", lambda: rope.apply([1.0], None, [0]))
    raises(ValueError, r"q_out given without q", lambda: rope.apply(None, None, [], q_out=canary((1, 1, D))))


def test_position_out_of_range(rope):
    q = canary((2, 2, D))
    err = raises(IndexError, r"positions\[1\] = 128 is outside the cos/sin table \(max_positions 128\)",
                 lambda: rope.apply(q, None, [3, 128]))
    assert isinstance(err, rotary.PositionOutOfRangeError)
    raises(IndexError, r"positions\[0\]", lambda: rope.apply(q, None, [-1, 0]))
    untouched(q)


def test_overlapping_output(rope):
    buf = canary((3, 2, D))
    raises(ValueError, r"overlap", lambda: rope.apply(buf[:2], None, [0, 1], q_out=buf[1:]))
    untouched(buf)


def test_bad_options_and_spec(rope):
    q = canary((1, 1, D))
    raises(ValueError, r"threading must be 'auto' or 'serial'", lambda: rope.apply(q, None, [0], threading="tbb"))
    untouched(q)
    raises(ValueError, r"rotary_dim", lambda: rotary.Rope(head_dim=64, rotary_dim=63))
    raises(ValueError, r"pairing must be 'half_split' or 'interleaved'", lambda: rotary.Rope(head_dim=64, pairing="neox"))
    raises(ValueError, r"scaling: unknown key 'fator'", lambda: rotary.Rope(head_dim=64, scaling={"rope_type": "linear", "fator": 2}))
    # An M-RoPE config without its sections is refused, never read as 1D.
    raises(ValueError, r"rope_type 'mrope' needs mrope_section",
           lambda: rotary.Rope.from_config({"head_dim": 64, "rope_scaling": {"rope_type": "mrope"}}))
    raises(ValueError, r"config", lambda: rotary.Rope.from_config("/nonexistent/config.json"))


def test_isa_control():
    names = [i["name"] for i in rotary.supported_isas()]
    assert names and rotary.active_isa() == names[0]
    assert set(names) <= {i["name"] for i in rotary.compiled_isas()}
    raises(ValueError, None, lambda: rotary.select_isa("no-such-isa"))
    try:
        rotary.select_isa("scalar")
        assert rotary.active_isa() == "scalar"
    finally:
        rotary.select_isa("auto")
    assert rotary.active_isa() == names[0]


def test_bad_caches(rope):
    q = canary((2, 3, 2, D))
    half = D // 2
    cos, sin = torch.rand(8, half), torch.rand(8, half)
    raises(ValueError, rf"cos/sin have width {half - 2} but the plan's rotary_dim/2 is {half}",
           lambda: rope.apply(q, None, None, cos=cos[:, 2:], sin=cos[:, 2:]))
    raises(ValueError, rf"cos_sin_cache has width {half} but the plan's rotary_dim is {D}",
           lambda: rope.apply(q, None, None, cos_sin_cache=cos))
    raises(ValueError, r"cos has dtype float64; rotary takes float32, float16 or bfloat16 caches",
           lambda: rope.apply(q, None, None, cos=cos.double(), sin=cos.double()))
    raises(ValueError, r"cos has dtype float32 but sin has float16",
           lambda: rope.apply(q, None, None, cos=cos, sin=cos.half()))
    meta = torch.empty(8, half, device="meta")
    raises(ValueError, r"cos is on device 'meta': rotary runs on CPU memory only",
           lambda: rope.apply(q, None, None, cos=meta, sin=meta))
    raises(ValueError, r"sin given without cos", lambda: rope.apply(q, None, None, sin=cos))
    err = raises(IndexError, r"position of sequence 1, token 2 = 8 is past the cos/sin cache \(rows 8\)",
                 lambda: rope.apply(q, None, torch.tensor([[0, 1, 2], [3, 4, 8]]), cos=cos, sin=sin))
    assert isinstance(err, rotary.PositionOutOfRangeError)
    raises(ValueError, r"cos/sin are \[2\]\[2\]",
           lambda: rope.apply(q, None, None, cos=torch.rand(2, 2, half), sin=torch.rand(2, 2, half)))
    untouched(q)


def test_bad_dropin_input():
    from rotary.onnx import rotary_embedding

    X = np.full((1, 2, 3, D), 7.25, np.float32)
    g = np.random.default_rng(0)
    cos, sin = (g.random((4, D // 2)).astype(np.float32) for _ in range(2))
    pos = np.zeros((1, 3), np.int64)
    raises(ValueError, r"cos/sin have width 8 but the plan's rotary_dim/2 is 32",
           lambda: rotary_embedding(X, cos[:, :8], sin[:, :8], pos))
    raises(IndexError, r"positions\[1\] = 4 is past the cos/sin cache \(rows 4\)",
           lambda: rotary_embedding(X, cos, sin, np.array([[0, 4, 1]])))
    raises(ValueError, r"cos has dtype float64",
           lambda: rotary_embedding(X, cos.astype(np.float64), sin.astype(np.float64), pos))
    raises(ValueError, r"needs num_heads", lambda: rotary_embedding(X[0], cos, sin, pos))
    untouched(X)
