"""ONNX's RotaryEmbedding (opset 23) as one rotary call, on numpy arrays or
CPU torch tensors.

    from rotary.onnx import rotary_embedding
    Y = rotary_embedding(X, cos_cache, sin_cache, position_ids)

Semantics of onnx/defs/nn (and onnx.reference.ops.op_rotary_embedding):
X is 4-D [batch][num_heads][seq][head_size], or 3-D [batch][seq][hidden]
with num_heads (head_size = hidden / num_heads). With position_ids
([batch][seq]) the caches are [max_position][cache_width], row p serving
position p; without, they are [batch][seq][cache_width], one row per token.
The first rotary_embedding_dim/2 entries of a row are used (rotary_embedding_dim
0 = head_size); entries of a head past rotary_embedding_dim pass through.
interleaved=1 pairs (2i, 2i+1), 0 pairs (i, i + rotary_embedding_dim/2).
The caches are read in place (no gather, no copy); the result is a new array
of X's shape and dtype. Arithmetic is f32 whatever the dtype (ONNX's reference
computes in X's dtype), so f16 results are at least as close to exact.
"""

from functools import lru_cache

import rotary


@lru_cache(maxsize=64)
def _rope(head_dim, rotary_dim, pairing):
    return rotary.Rope(head_dim=head_dim, rotary_dim=rotary_dim, pairing=pairing)


def _empty_like(x):
    if type(x).__module__.startswith("torch"):
        import torch

        return torch.empty_like(x, memory_format=torch.contiguous_format)
    import numpy as np

    return np.empty(x.shape, dtype=x.dtype)


def rotary_embedding(X, cos_cache, sin_cache, position_ids=None, interleaved=0, num_heads=0,
                     rotary_embedding_dim=0, *, out=None, threading="auto"):
    """ONNX RotaryEmbedding (opset 23); returns Y, a new array, or `out`
    (X's shape, dense, not overlapping X) when given, as a runtime with
    preallocated outputs (ORT's IOBinding) writes. threading ("auto" or
    "serial") is rotary's, as in Rope.apply."""
    Y = _empty_like(X) if out is None else out
    if X.ndim == 4:
        layout, x, y = "bhsd", X, Y
        head_size = X.shape[3]
    elif X.ndim == 3:
        if num_heads <= 0:
            raise rotary.InvalidArgumentError("a 3-D X [batch][seq][hidden] needs num_heads > 0")
        batch, seq, hidden = X.shape
        if hidden % num_heads:
            raise rotary.InvalidArgumentError(
                f"X's hidden size {hidden} is not a multiple of num_heads {num_heads}")
        head_size = hidden // num_heads
        layout = "bshd"
        x = X.reshape(batch, seq, num_heads, head_size)
        y = Y.reshape(batch, seq, num_heads, head_size)  # a view: Y is dense
    else:
        raise rotary.InvalidArgumentError(
            f"X must be 4-D [batch][num_heads][seq][head_size] or 3-D [batch][seq][hidden], got {X.ndim}-D")
    rdim = rotary_embedding_dim or head_size
    half = rdim // 2
    rope = _rope(head_size, rdim, "interleaved" if interleaved else "half_split")
    expect = 2 if position_ids is not None else 3
    if cos_cache.ndim != expect or sin_cache.ndim != expect:
        form = ("[max_position][width] with position_ids" if position_ids is not None
                else "[batch][seq][width] without position_ids")
        raise rotary.InvalidArgumentError(
            f"cos_cache and sin_cache must be {expect}-D {form}, got {cos_cache.ndim}-D and {sin_cache.ndim}-D")
    rope.apply(x, None, position_ids, q_out=y, layout=layout, threading=threading,
               cos=cos_cache[..., :half], sin=sin_cache[..., :half])
    return Y
