"""rotary: SIMD kernels for Rotary Position Embedding (RoPE) on CPUs.

    import rotary, torch
    rope = rotary.Rope(head_dim=128, theta=500000.0, max_positions=8192)
    q = torch.randn(16, 32, 128)          # [tokens][heads][head_dim]
    k = torch.randn(16, 8, 128)
    rope.apply(q, k, torch.arange(16))    # in place; returns (q, k)

numpy arrays and CPU torch tensors are used without copies (float32,
float16, bfloat16; head_dim contiguous, other strides free; 3-D or 4-D with
layout="bshd"/"bhsd"); positions per token, [batch][seq], starts= or None;
caller cos/sin caches through cos_sin_cache= or cos=/sin=. Drop-ins:
rotary.hf.apply_rotary_pos_emb (transformers) and
rotary.onnx.rotary_embedding (ONNX RotaryEmbedding, opset 23).
Errors raise rotary.RotaryError subclasses that are also ValueError,
IndexError, NotImplementedError, MemoryError or RuntimeError.
"""

from ._rotary import (
    InternalError,
    InvalidArgumentError,
    OutOfMemoryError,
    PositionOutOfRangeError,
    Rope,
    RotaryError,
    UnsupportedError,
    active_isa,
    compiled_isas,
    select_isa,
    supported_isas,
)

__all__ = [
    "Rope",
    "RotaryError",
    "InvalidArgumentError",
    "PositionOutOfRangeError",
    "UnsupportedError",
    "OutOfMemoryError",
    "InternalError",
    "compiled_isas",
    "supported_isas",
    "active_isa",
    "select_isa",
]
__version__ = "0.1.0"
