"""rotary's apply against transformers' own apply_rotary_pos_emb (Llama:
half-split rotate_half; GPT-NeoX: partial rotary, BHSD; GPT-J: interleaved,
rotate_every_two), f32 and bf16, positions up to 131071; both against a
float64 evaluation: transformers' function on float64 tensors with float64
cos/sin from a float64 inv_freq.

transformers forms angles in f32 (position * inv_freq rounded to f32), so its
error grows with the position: about 1e-4 at 1000 and 5e-3 at 131071 (times
|x| and the attention factor). rotary's angles are double and cos/sin rounded
once, so its f32 error stays at 2^-21 (|x_a| + |x_b|) (attention factor
included) at any position. Tolerances per case are below.
"""

import numpy as np
import pytest
import torch
from transformers import GPTJConfig, GPTNeoXConfig, LlamaConfig
from transformers.models.gpt_neox import modeling_gpt_neox as neox
from transformers.models.gptj import modeling_gptj as gptj
from transformers.models.llama import modeling_llama as llama

import rotary
from conftest import record

POS_HI = [1000, 4095, 65535, 131070, 131071]


def positions(n, seed):
    g = np.random.default_rng(seed)
    p = np.concatenate([[0, 1], POS_HI, g.integers(0, 131072, n - 2 - len(POS_HI))])
    return torch.from_numpy(p.astype(np.int64))


def rand(shape, dtype, seed):
    g = torch.Generator().manual_seed(seed)
    return torch.randn(shape, generator=g, dtype=torch.float32).to(dtype)


def float64_cos_sin(inv64, pos, attention, cat):
    ang = pos.to(torch.float64)[:, None] * inv64[None, :]
    emb = torch.cat((ang, ang), dim=-1) if cat else ang
    return emb.cos() * attention, emb.sin() * attention


def max_err(y, ref):
    return (y.to(torch.float64) - ref).abs().max().item()


def f32_bound(x, attention):
    # 2^-21 (|x_a| + |x_b|) per element, attention factor included, taken
    # at the largest |x| of the tensor.
    return 2.0**-21 * 2 * x.abs().max().item() * max(1.0, attention)


def check(case, dtype, x_list, ours, theirs, refs, attention):
    r = max(max_err(o, ref) for o, ref in zip(ours, refs))
    h = max(max_err(t, ref) for t, ref in zip(theirs, refs))
    record(f"{case} {str(dtype).split('.')[-1]}", r, h, "abs")
    xmax = max(x.abs().max().item() for x in x_list)
    if dtype == torch.float32:
        assert r <= f32_bound(torch.tensor(xmax), attention), (case, r)
    else:
        # One bf16 rounding of the output: 2^-8 relative to the largest value.
        assert r <= 2.0**-8 * xmax * max(1.0, attention), (case, r)
    assert r < h, f"{case}: rotary {r} is not closer to float64 than transformers {h}"


# ------------------------------------------------------------------ Llama ---

LLAMA31 = dict(hidden_size=4096, num_attention_heads=32, num_key_value_heads=8, head_dim=128,
               max_position_embeddings=131072,
               rope_parameters=dict(rope_type="llama3", rope_theta=500000.0, factor=8.0, low_freq_factor=1.0,
                                    high_freq_factor=4.0, original_max_position_embeddings=8192))
QWEN_YARN = dict(hidden_size=3584, num_attention_heads=28, num_key_value_heads=4, head_dim=128,
                 max_position_embeddings=131072,
                 rope_parameters=dict(rope_type="yarn", rope_theta=1000000.0, factor=4.0,
                                      original_max_position_embeddings=32768))


def hf_float64_inv_freq(config, hf_float64_fixture=None):
    # inv_freq from transformers' init function, run in float64 (see conftest).
    from conftest import _Float64Torch
    from transformers import modeling_rope_utils

    saved = modeling_rope_utils.torch
    modeling_rope_utils.torch = _Float64Torch("torch")
    try:
        rope_type = config.rope_parameters["rope_type"]
        inv, attn = modeling_rope_utils.ROPE_INIT_FUNCTIONS[rope_type](config, "cpu")
    finally:
        modeling_rope_utils.torch = saved
    assert inv.dtype == torch.float64
    return inv, float(attn)


@pytest.mark.parametrize("dtype", [torch.float32, torch.bfloat16])
@pytest.mark.parametrize("model,table", [("llama-3.1", 0), ("llama-3.1", 131072), ("qwen2.5-yarn", 0)])
def test_llama_half_split(model, table, dtype):
    config = LlamaConfig(**(LLAMA31 if model == "llama-3.1" else QWEN_YARN))
    T, HQ, HK, D = 64, 4, 2, 128
    pos = positions(T, 1)
    q = rand((1, T, HQ, D), dtype, 2)  # BSHD
    k = rand((1, T, HK, D), dtype, 3)

    emb = llama.LlamaRotaryEmbedding(config)
    cos, sin = emb(q, pos[None, :])
    hq, hk = llama.apply_rotary_pos_emb(q, k, cos, sin, unsqueeze_dim=2)

    inv64, attn = hf_float64_inv_freq(config)
    c64, s64 = float64_cos_sin(inv64, pos, attn, cat=True)
    rq, rk = llama.apply_rotary_pos_emb(q.double(), k.double(), c64[None], s64[None], unsqueeze_dim=2)

    rope = rotary.Rope.from_config(config.to_dict(), max_positions=table)
    assert abs(rope.attention_factor - attn) < 1e-12
    oq, ok = torch.empty_like(q[0]), torch.empty_like(k[0])
    rope.apply(q[0], k[0], pos, q_out=oq, k_out=ok)

    check(f"Llama {model} half-split table={table}", dtype, [q, k], [oq, ok], [hq[0], hk[0]],
          [rq[0], rk[0]], attn)
    # In place gives the same bytes as out of place.
    q2, k2 = q[0].clone(), k[0].clone()
    rope.apply(q2, k2, pos)
    assert torch.equal(q2, oq) and torch.equal(k2, ok)


def test_llama_error_grows_with_position_for_transformers_only():
    config = LlamaConfig(**LLAMA31)
    rope = rotary.Rope.from_config(config.to_dict(), max_positions=0)
    emb = llama.LlamaRotaryEmbedding(config)
    inv64, attn = hf_float64_inv_freq(config)
    D = 128
    for p, hf_floor in [(1000, 1e-6), (131071, 1e-4)]:
        pos = torch.full((32,), p, dtype=torch.int64)
        q = rand((1, 32, 1, D), torch.float32, p)
        cos, sin = emb(q, pos[None, :])
        hq, _ = llama.apply_rotary_pos_emb(q, q, cos, sin, unsqueeze_dim=2)
        c64, s64 = float64_cos_sin(inv64, pos, attn, cat=True)
        rq, _ = llama.apply_rotary_pos_emb(q.double(), q.double(), c64[None], s64[None], unsqueeze_dim=2)
        oq = torch.empty_like(q[0])
        rope.apply(q[0], None, pos, q_out=oq)
        r, h = max_err(oq, rq[0]), max_err(hq[0], rq[0])
        record(f"Llama 3.1 f32, every token at position {p}", r, h, "abs")
        assert r <= f32_bound(q, attn)
        assert h >= hf_floor and r < h


# -------------------------------------------------------------- GPT-NeoX ---

@pytest.mark.parametrize("dtype", [torch.float32, torch.bfloat16])
def test_gpt_neox_partial_bhsd(dtype):
    config = GPTNeoXConfig(hidden_size=6144, num_attention_heads=64, rotary_pct=0.25,
                           max_position_embeddings=131072)
    T, H, D = 48, 3, 96
    rot = 24
    pos = positions(T, 4)
    q = rand((1, H, T, D), dtype, 5)  # BHSD, as GPT-NeoX attends
    k = rand((1, H, T, D), dtype, 6)

    emb = neox.GPTNeoXRotaryEmbedding(config)
    cos, sin = emb(q, pos[None, :])
    assert cos.shape[-1] == rot
    hq, hk = neox.apply_rotary_pos_emb(q, k, cos, sin)

    inv64 = 1.0 / (10000.0 ** (torch.arange(0, rot, 2, dtype=torch.float64) / rot))
    c64, s64 = float64_cos_sin(inv64, pos, 1.0, cat=True)
    rq, rk = neox.apply_rotary_pos_emb(q.double(), k.double(), c64[None], s64[None])

    rope = rotary.Rope.from_config(config.to_dict(), max_positions=0)
    assert rope.rotary_dim == rot and rope.pairing == "half_split"
    # [heads][tokens][dim] seen as [tokens][heads][dim]: strides, no copy.
    qv, kv = q[0].transpose(0, 1), k[0].transpose(0, 1)
    oq = torch.empty_like(q[0]).transpose(0, 1)
    ok = torch.empty_like(k[0]).transpose(0, 1)
    rope.apply(qv, kv, pos, q_out=oq, k_out=ok)
    check("GPT-NeoX-20B partial (24 of 96) BHSD", dtype, [q, k],
          [oq.transpose(0, 1), ok.transpose(0, 1)], [hq[0], hk[0]], [rq[0], rk[0]], 1.0)
    # Pass-through entries are copied bit for bit.
    assert torch.equal(oq[..., rot:], qv[..., rot:])


# ----------------------------------------------------------------- GPT-J ---

@pytest.mark.parametrize("dtype", [torch.float32, torch.bfloat16])
def test_gptj_interleaved(dtype):
    config = GPTJConfig(n_embd=4096, n_head=16, rotary_dim=64, n_positions=131072)
    T, H, D, rot = 40, 2, 256, 64
    pos = positions(T, 7)
    q = rand((1, T, H, D), dtype, 8)  # BSHD, as GPT-J rotates
    k = rand((1, T, H, D), dtype, 9)

    # GPT-J's own path: sin/cos table in f32, gathered per position, cast to
    # the tensor dtype, rotate_every_two on the first rotary_dim entries.
    table = gptj.create_sinusoidal_positions(131072, rot)
    sincos = table[pos][None].to(dtype)
    sin, cos = torch.split(sincos, rot // 2, dim=-1)

    def hf(x, s, c):
        return torch.cat([gptj.apply_rotary_pos_emb(x[..., :rot], s, c), x[..., rot:]], dim=-1)

    hq, hk = hf(q, sin, cos), hf(k, sin, cos)
    inv64 = 1.0 / (10000.0 ** (torch.arange(0, rot, 2, dtype=torch.float64) / rot))
    c64, s64 = float64_cos_sin(inv64, pos, 1.0, cat=False)
    rq, rk = hf(q.double(), s64[None], c64[None]), hf(k.double(), s64[None], c64[None])

    rope = rotary.Rope.from_config(config.to_dict(), max_positions=0)
    assert rope.rotary_dim == rot and rope.pairing == "interleaved"
    oq, ok = torch.empty_like(q[0]), torch.empty_like(k[0])
    rope.apply(q[0], k[0], pos, q_out=oq, k_out=ok)
    check("GPT-J-6B interleaved (64 of 256)", dtype, [q, k], [oq, ok], [hq[0], hk[0]], [rq[0], rk[0]], 1.0)


def test_backward_undoes_forward_and_numpy_matches_torch():
    rope = rotary.Rope(head_dim=64, theta=10000.0, pairing="interleaved")
    x = rand((8, 3, 64), torch.float32, 10)
    pos = np.arange(100, 108, dtype=np.int32)
    y = x.numpy().copy()
    rope.apply(y, None, pos)
    t = x.clone()
    rope.apply(t, None, torch.from_numpy(pos))
    np.testing.assert_array_equal(y, t.numpy())
    rope.apply(y, None, list(pos), backward=True)
    np.testing.assert_allclose(y, x.numpy(), atol=2e-6)
    # f16 in numpy too.
    h = x.numpy().astype(np.float16)
    rope.apply(h, None, pos, threading="serial")
    np.testing.assert_allclose(h.astype(np.float32), t.numpy(), atol=4e-3)
