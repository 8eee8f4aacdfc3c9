"""Drop-ins for Hugging Face transformers' RoPE, on CPU torch tensors.

    from rotary import hf
    q_embed, k_embed = hf.apply_rotary_pos_emb(q, k, cos, sin)      # as HF's
    q_embed, k_embed = hf.apply_rotary(q, k, position_ids, rope)    # no cos/sin

apply_rotary_pos_emb has the semantics and layouts of transformers'
(Llama's) function: q/k [batch][heads][seq][head_dim] (unsqueeze_dim=1) or
[batch][seq][heads][head_dim] (unsqueeze_dim=2); cos/sin [batch or 1][seq]
[head_dim] as HF's rotary embedding module returns them, the two halves of a
row equal (rotate_half pairs entry i with i + head_dim/2). rotary reads the
first half of each row in place (a per-token cache, row stride head_dim),
so cos/sin are neither copied nor expanded. The results are new tensors, of
the dtype HF's arithmetic gives (torch.result_type(q, cos)); q and k are
not modified.

apply_rotary takes position_ids and a rotary.Rope (or a config, built with
max_positions=0: cos/sin computed in the call) and never materializes cos/sin.
"""

from functools import lru_cache

import rotary


@lru_cache(maxsize=64)
def _rope(head_dim, rotary_dim, pairing):
    return rotary.Rope(head_dim=head_dim, rotary_dim=rotary_dim, pairing=pairing)


def _layout(unsqueeze_dim):
    if unsqueeze_dim == 1:
        return "bhsd"
    if unsqueeze_dim == 2:
        return "bshd"
    raise rotary.InvalidArgumentError(
        f"unsqueeze_dim must be 1 (q/k [batch][heads][seq][head_dim]) or 2 "
        f"([batch][seq][heads][head_dim]), got {unsqueeze_dim}")


def apply_rotary_pos_emb(q, k, cos, sin, position_ids=None, unsqueeze_dim=1):
    """transformers' apply_rotary_pos_emb (half-split rotate_half).

    position_ids is accepted and unused, as in transformers. Returns
    (q_embed, k_embed), new tensors."""
    import torch

    del position_ids
    layout = _layout(unsqueeze_dim)
    if cos.dim() != 3 or sin.dim() != 3:
        raise rotary.InvalidArgumentError(
            f"cos and sin must be 3-D [batch][seq][head_dim], got {cos.dim()}-D and {sin.dim()}-D")
    head_dim = q.shape[-1]
    if cos.shape[-1] != head_dim:
        raise rotary.InvalidArgumentError(
            f"cos/sin have width {cos.shape[-1]} but q's head_dim is {head_dim} "
            f"(for partial rotary pass q[..., :rotary_dim] as transformers does)")
    half = head_dim // 2
    out_dtype = torch.result_type(q, cos)
    q_out = torch.empty_like(q, dtype=out_dtype)
    k_out = torch.empty_like(k, dtype=torch.result_type(k, cos))
    rope = _rope(head_dim, head_dim, "half_split")
    rope.apply(q, k, None, q_out=q_out, k_out=k_out, layout=layout,
               cos=cos[..., :half], sin=sin[..., :half])
    return q_out, k_out


def apply_rotary(q, k, position_ids, rope, unsqueeze_dim=1, sequence_length=0):
    """RoPE of `rope` (a rotary.Rope, or a config dict / path / transformers
    PretrainedConfig) at position_ids ([batch or 1][seq], or [seq]; None =
    0..seq-1), without cos/sin tensors. Returns (q_embed, k_embed), new
    tensors of q's and k's dtypes."""
    import torch

    layout = _layout(unsqueeze_dim)
    if not isinstance(rope, rotary.Rope):
        config = rope.to_dict() if hasattr(rope, "to_dict") else rope
        rope = rotary.Rope.from_config(config, max_positions=0)
    q_out = torch.empty_like(q)
    k_out = torch.empty_like(k)
    rope.apply(q, k, position_ids, q_out=q_out, k_out=k_out, layout=layout,
               sequence_length=sequence_length)
    return q_out, k_out
