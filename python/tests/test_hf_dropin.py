"""rotary.hf.apply_rotary_pos_emb against transformers' own (Llama) on the
same q/k/cos/sin, 4-D, batch > 1, both layouts (unsqueeze_dim 1 and 2), f32
and bf16; both against float64 (transformers' function on float64 copies of
the same tensors). And rotary.hf.apply_rotary (position_ids, no cos/sin)
against transformers' full path.

Tolerances (|y| the largest output): f32 within 2^-22 * 4 |x| of float64;
bf16 within 2^-8 |y| (one rounding), and never farther from float64 than
transformers, which rounds q*cos, rotate_half(q)*sin and their sum to bf16.
"""

import pytest
import torch
from transformers import LlamaConfig
from transformers.models.llama import modeling_llama as llama

import rotary
from conftest import record
from rotary import hf

B, S, HQ, HK, D = 3, 9, 4, 2, 64
CONFIG = dict(hidden_size=HQ * D, num_attention_heads=HQ, num_key_value_heads=HK, head_dim=D,
              max_position_embeddings=4096, rope_theta=10000.0)


def rand(shape, seed, dtype):
    g = torch.Generator().manual_seed(seed)
    return torch.randn(shape, generator=g).to(dtype)


@pytest.mark.parametrize("dtype", [torch.float32, torch.bfloat16])
@pytest.mark.parametrize("unsqueeze_dim", [1, 2])
def test_apply_rotary_pos_emb(dtype, unsqueeze_dim):
    config = LlamaConfig(**CONFIG)
    emb = llama.LlamaRotaryEmbedding(config)
    shape = (lambda h: (B, h, S, D)) if unsqueeze_dim == 1 else (lambda h: (B, S, h, D))
    q, k = rand(shape(HQ), 1, dtype), rand(shape(HK), 2, dtype)
    position_ids = torch.randint(0, 4000, (B, S), generator=torch.Generator().manual_seed(3))
    cos, sin = emb(q, position_ids)  # [B][S][D], q's dtype
    q0, k0 = q.clone(), k.clone()

    ours = hf.apply_rotary_pos_emb(q, k, cos, sin, unsqueeze_dim=unsqueeze_dim)
    theirs = llama.apply_rotary_pos_emb(q, k, cos, sin, unsqueeze_dim=unsqueeze_dim)
    exact = llama.apply_rotary_pos_emb(q.double(), k.double(), cos.double(), sin.double(),
                                       unsqueeze_dim=unsqueeze_dim)
    assert torch.equal(q, q0) and torch.equal(k, k0)  # inputs untouched
    for o, t in zip(ours, theirs):
        assert o.shape == t.shape and o.dtype == t.dtype
    r = max((o.double() - e).abs().max().item() for o, e in zip(ours, exact))
    h = max((t.double() - e).abs().max().item() for t, e in zip(theirs, exact))
    record(f"hf.apply_rotary_pos_emb unsqueeze_dim={unsqueeze_dim} {str(dtype).split('.')[-1]}", r, h, "abs")
    xmax = max(q.abs().max().item(), k.abs().max().item())
    if dtype == torch.float32:
        assert r <= 2.0**-22 * 4 * xmax
    else:
        ymax = max(e.abs().max().item() for e in exact)
        assert r <= 2.0**-8 * ymax
        assert r <= h


def test_broadcast_cos_and_apply_rotary():
    config = LlamaConfig(**CONFIG)
    emb = llama.LlamaRotaryEmbedding(config)
    q, k = rand((B, HQ, S, D), 4, torch.float32), rand((B, HK, S, D), 5, torch.float32)
    position_ids = torch.arange(100, 100 + S)[None, :]  # [1][S]: one row for every sequence
    cos, sin = emb(q, position_ids)  # [1][S][D]
    want = llama.apply_rotary_pos_emb(q, k, cos, sin)
    got = hf.apply_rotary_pos_emb(q, k, cos, sin)
    for g, w in zip(got, want):
        assert (g - w).abs().max().item() < 1e-5
    rope = rotary.Rope.from_config(config.to_dict())
    for src in (rope, config, config.to_dict()):
        got = hf.apply_rotary(q, k, position_ids.expand(B, S), src)
        for g, w in zip(got, want):
            assert (g - w).abs().max().item() < 1e-4  # transformers' f32 angles at ~100
