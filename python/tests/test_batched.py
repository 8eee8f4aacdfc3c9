"""The batched views, position forms, caller caches and rotary_offset of the
binding, each against the plain 3-D call it must equal."""

import numpy as np
import pytest
import torch

import rotary

B, S, HQ, HK, D = 3, 5, 4, 2, 32


def rand(shape, seed, dtype=torch.float32):
    g = torch.Generator().manual_seed(seed)
    return torch.randn(shape, generator=g).to(dtype)


@pytest.fixture
def rope():
    return rotary.Rope(head_dim=D, theta=10000.0, max_positions=64)


def per_sequence(rope, q, k, pos):
    """q/k [B][S][H][D], pos [B][S]: one 3-D call per sequence."""
    qo, ko = q.clone(), k.clone()
    for b in range(q.shape[0]):
        rope.apply(qo[b], ko[b], pos[b])
    return qo, ko


@pytest.mark.parametrize("layout", ["bshd", "bhsd"])
def test_4d_layouts_and_position_forms(rope, layout):
    q, k = rand((B, S, HQ, D), 1), rand((B, S, HK, D), 2)
    pos = torch.randint(0, 64 - S, (B, S), generator=torch.Generator().manual_seed(3))
    want_q, want_k = per_sequence(rope, q, k, pos)
    view = (lambda t: t.transpose(1, 2).contiguous()) if layout == "bhsd" else (lambda t: t.clone())
    back = (lambda t: t.transpose(1, 2)) if layout == "bhsd" else (lambda t: t)

    for form, positions, kw in [("2-D", pos, {}), ("1-D", pos.reshape(-1), {}),
                                ("int32", pos.to(torch.int32), {})]:
        qq, kk = view(q), view(k)
        rope.apply(qq, kk, positions, layout=layout, **kw)
        assert torch.equal(back(qq), want_q), form
        assert torch.equal(back(kk), want_k), form

    # A shared row (stride 0 or first dimension 1), starts, sequential.
    row = pos[:1]
    want_q, _ = per_sequence(rope, q, k, row.expand(B, S))
    for positions in (row, row.expand(B, S)):
        qq = view(q)
        rope.apply(qq, None, positions, layout=layout)
        assert torch.equal(back(qq), want_q)
    starts = torch.tensor([0, 7, 30])
    want_q, _ = per_sequence(rope, q, k, starts[:, None] + torch.arange(S))
    qq = view(q)
    rope.apply(qq, None, None, starts=starts, layout=layout)
    assert torch.equal(back(qq), want_q)
    want_q, _ = per_sequence(rope, q, k, torch.arange(S).expand(B, S))
    qq = view(q)
    rope.apply(qq, None, layout=layout)
    assert torch.equal(back(qq), want_q)


def test_strided_batch_out_of_place(rope):
    base = rand((B, S, HQ + HK, D), 4)  # a packed q|k buffer
    q, k = base[:, :, :HQ], base[:, :, HQ:]
    pos = torch.arange(B * S).reshape(B, S)
    want_q, want_k = per_sequence(rope, q, k, pos)
    qo, ko = torch.empty_like(q), torch.empty_like(k)
    rope.apply(q, k, pos, q_out=qo, k_out=ko)
    assert torch.equal(qo, want_q) and torch.equal(ko, want_k)


@pytest.mark.parametrize("dtype", [torch.float32, torch.float16, torch.bfloat16])
def test_caller_caches(rope, dtype):
    """The plan's own cos/sin as a packed, a separate and a per-token cache
    give the plan's result (exactly in f32; within the cache's rounding)."""
    half = D // 2
    rows = 64
    cs = [rope.cos_sin(p) for p in range(rows)]
    cos = torch.tensor(np.stack([c for c, _ in cs])).to(dtype)
    sin = torch.tensor(np.stack([s for _, s in cs])).to(dtype)
    q = rand((B, S, HQ, D), 5)
    pos = torch.randint(0, rows, (B, S), generator=torch.Generator().manual_seed(6))
    want = q.clone()
    rope.apply(want, None, pos)
    tol = 0 if dtype == torch.float32 else (2.0**-10 if dtype == torch.float16 else 2.0**-7) * 2 * q.abs().max().item()

    packed = torch.cat([cos, sin], dim=1)
    tok_cos, tok_sin = cos[pos], sin[pos]  # [B][S][half]
    for kw in [dict(cos_sin_cache=packed), dict(cos=cos, sin=sin), dict(cos=tok_cos, sin=tok_sin),
               dict(cos=torch.cat([cos, cos], 1)[:, :half], sin=torch.cat([sin, sin], 1)[:, :half])]:
        got = q.clone()
        rope.apply(got, None, pos, **kw)
        assert (got - want).abs().max().item() <= tol, list(kw)
    # numpy caches (f32, f16) too.
    if dtype != torch.bfloat16:
        got = q.clone()
        rope.apply(got, None, pos, cos=cos.numpy(), sin=sin.numpy())
        assert (got - want).abs().max().item() <= tol


def test_rotary_offset():
    full = rotary.Rope(head_dim=24, rotary_dim=16, theta=10000.0)
    off = rotary.Rope(head_dim=32, rotary_dim=16, rotary_offset=8, theta=10000.0)
    assert off.rotary_offset == 8 and "rotary_offset=8" in repr(off)
    x = rand((4, 2, 32), 7)
    pos = [0, 3, 9, 100]
    want = x[:, :, 8:].clone()
    full.apply(want, None, pos)
    got = x.clone()
    off.apply(got, None, pos)
    assert torch.equal(got[:, :, :8], x[:, :, :8])
    assert torch.equal(got[:, :, 8:], want)


def test_every_way_of_reading_an_array_gives_the_same_bytes():
    """Plain tensors and numpy arrays take the binding's direct paths
    (DLPack's exchange table, the buffer protocol); tensor subclasses,
    non-native byte order and odd strides take the general ones. All must
    describe the same memory the same way."""
    rope = rotary.Rope(head_dim=64, theta=10000.0, max_positions=64)
    rng = np.random.default_rng(5)
    wide = rng.standard_normal((5, 6, 64)).astype(np.float32)
    positions = np.array([3, 9, 1, 40, 2])
    want = torch.from_numpy(wide[:, ::2].copy())
    rope.apply(want, None, torch.from_numpy(positions))

    def check(q, pos):
        out = np.full((5, 3, 64), 7.25, np.float32)
        rope.apply(q, None, pos, q_out=out)
        assert out.tobytes() == want.numpy().tobytes()

    strided = wide[:, ::2]  # heads 128 floats apart
    check(strided, positions)
    check(strided, positions.astype(np.int32))
    check(torch.from_numpy(wide)[:, ::2], torch.from_numpy(positions).int())
    check(torch.nn.Parameter(torch.from_numpy(strided.copy()), requires_grad=False),
          list(positions))
    byteswapped = strided.astype(">f4")
    with pytest.raises(rotary.RotaryError):
        rope.apply(byteswapped, None, positions)
    assert np.array_equal(byteswapped, strided)  # nothing written
