"""inv_freq and the attention factor of every rope_type against
transformers' own init functions (ROPE_INIT_FUNCTIONS, and Llama's
compute_default_rope_parameters for "default").

The init functions ask for torch.float (f32) explicitly. They are run twice:
as shipped (f32: compared at f32 tolerance), and with torch.float pointing at
float64 (the hf_float64 fixture), which every function but longrope follows
(longrope calls Tensor.float() on its exponent, so stays f32 there: compared
at f32 tolerance only). The attention factor is Python float arithmetic in
transformers: compared at 1e-12.
"""

import math

import numpy as np
import pytest
import torch
from transformers import LlamaConfig
from transformers.modeling_rope_utils import ROPE_INIT_FUNCTIONS
from transformers.models.llama.modeling_llama import LlamaRotaryEmbedding

import rotary
from conftest import record

# Tolerances on inv_freq, relative. f32: transformers rounds the exponent and
# the power to f32 and mixes ramps in f32 (a few ulp, 2^-23 ~ 1.2e-7 each).
F32_RTOL = 1e-6
F64_RTOL = 1e-13
ATTN_RTOL = 1e-12

PHI3_SHORT = [1.0 + 0.01 * i for i in range(48)]
PHI3_LONG = [1.0 + 0.9 * i for i in range(48)]

# (name, LlamaConfig kwargs, seq_len to evaluate at)
CASES = [
    ("default", dict(head_dim=128, rope_parameters=dict(rope_type="default", rope_theta=500000.0)), None),
    ("linear x4", dict(head_dim=128, rope_parameters=dict(rope_type="linear", rope_theta=10000.0, factor=4.0)), None),
    ("dynamic x2, seq 4096 (= original)", dict(head_dim=128, max_position_embeddings=4096,
                                                rope_parameters=dict(rope_type="dynamic", rope_theta=10000.0, factor=2.0)), 4096),
    ("dynamic x2, seq 10000", dict(head_dim=128, max_position_embeddings=4096,
                                   rope_parameters=dict(rope_type="dynamic", rope_theta=10000.0, factor=2.0)), 10000),
    ("yarn x4 (Qwen2.5)", dict(head_dim=128, max_position_embeddings=131072,
                               rope_parameters=dict(rope_type="yarn", rope_theta=1000000.0, factor=4.0,
                                                    original_max_position_embeddings=32768)), None),
    ("yarn x4 truncate=False", dict(head_dim=128, max_position_embeddings=131072,
                                    rope_parameters=dict(rope_type="yarn", rope_theta=1000000.0, factor=4.0,
                                                         original_max_position_embeddings=32768, truncate=False)), None),
    ("yarn x40 DeepSeek mscale 1.0 / mscale_all_dim 0.8", dict(head_dim=64, max_position_embeddings=163840,
                                    rope_parameters=dict(rope_type="yarn", rope_theta=10000.0, factor=40.0,
                                                         original_max_position_embeddings=4096, beta_fast=32, beta_slow=1,
                                                         mscale=1.0, mscale_all_dim=0.8)), None),
    ("yarn x40 DeepSeek mscale = mscale_all_dim 0.707", dict(head_dim=64, max_position_embeddings=163840,
                                    rope_parameters=dict(rope_type="yarn", rope_theta=10000.0, factor=40.0,
                                                         original_max_position_embeddings=4096,
                                                         mscale=0.707, mscale_all_dim=0.707)), None),
    ("llama3 x8 (Llama 3.1)", dict(head_dim=128, max_position_embeddings=131072,
                                   rope_parameters=dict(rope_type="llama3", rope_theta=500000.0, factor=8.0,
                                                        low_freq_factor=1.0, high_freq_factor=4.0,
                                                        original_max_position_embeddings=8192)), None),
    ("longrope short (Phi-3), seq 4096", dict(head_dim=96, max_position_embeddings=131072,
                                        rope_parameters=dict(rope_type="longrope", rope_theta=10000.0,
                                                             short_factor=PHI3_SHORT, long_factor=PHI3_LONG,
                                                             original_max_position_embeddings=4096)), 4096),
    ("longrope long (Phi-3), seq 8192", dict(head_dim=96, max_position_embeddings=131072,
                                       rope_parameters=dict(rope_type="longrope", rope_theta=10000.0,
                                                            short_factor=PHI3_SHORT, long_factor=PHI3_LONG,
                                                            original_max_position_embeddings=4096)), 8192),
]


def hf_config(kwargs):
    return LlamaConfig(hidden_size=4096, num_attention_heads=32, num_key_value_heads=8, **kwargs)


def hf_init(config, seq_len):
    rope_type = config.rope_parameters["rope_type"]
    if rope_type == "default":
        inv, attn = LlamaRotaryEmbedding.compute_default_rope_parameters(config)
    else:
        inv, attn = ROPE_INIT_FUNCTIONS[rope_type](config, "cpu", seq_len=seq_len)
    return inv.numpy(), float(attn)


def rotary_plan(config):
    # The config as transformers serializes it, read by rotary's C++ parser.
    return rotary.Rope.from_config(config.to_dict(), max_positions=0)


@pytest.mark.parametrize("name,kwargs,seq_len", CASES, ids=[c[0] for c in CASES])
def test_inv_freq_f32(name, kwargs, seq_len):
    config = hf_config(kwargs)
    hf_inv, hf_attn = hf_init(config, seq_len)
    assert hf_inv.dtype == np.float32  # as shipped, transformers computes in f32
    rope = rotary_plan(config)
    ours = rope.inv_freq(seq_len or 0)
    assert ours.shape == hf_inv.shape
    rel = np.max(np.abs(ours - hf_inv.astype(np.float64)) / ours)
    record(f"inv_freq {name} (transformers f32, rel)", rel, None)
    assert rel <= F32_RTOL, (name, rel)
    assert math.isclose(rope.attention_factor, hf_attn, rel_tol=ATTN_RTOL), (rope.attention_factor, hf_attn)


@pytest.mark.parametrize("name,kwargs,seq_len", CASES, ids=[c[0] for c in CASES])
def test_inv_freq_f64(name, kwargs, seq_len, hf_float64):
    config = hf_config(kwargs)
    hf_inv, hf_attn = hf_init(config, seq_len)
    rope = rotary_plan(config)
    ours = rope.inv_freq(seq_len or 0)
    rel = np.max(np.abs(ours - hf_inv.astype(np.float64)) / ours)
    if config.rope_parameters["rope_type"] == "longrope":
        # Tensor.float() in _compute_longrope_parameters keeps its exponent f32.
        assert hf_inv.dtype == np.float64
        record(f"inv_freq {name} (transformers f64 run, exponent f32, rel)", rel, None)
        assert rel <= F32_RTOL, (name, rel)
    else:
        assert hf_inv.dtype == np.float64
        record(f"inv_freq {name} (transformers f64, rel)", rel, None)
        assert rel <= F64_RTOL, (name, rel)
    assert math.isclose(rope.attention_factor, hf_attn, rel_tol=ATTN_RTOL)


def test_explicit_scaling_dict_matches_config():
    # Rope(..., scaling=...) with Hugging Face's keys gives the same plan as
    # the config.json route.
    kwargs = CASES[8][1]
    from_config = rotary_plan(hf_config(kwargs))
    params = dict(kwargs["rope_parameters"])
    theta = params.pop("rope_theta")
    direct = rotary.Rope(head_dim=128, theta=theta, scaling=params)
    np.testing.assert_array_equal(direct.inv_freq(), from_config.inv_freq())
    assert direct.scaling_kind == "llama3"
