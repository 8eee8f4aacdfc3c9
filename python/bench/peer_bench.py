"""Peer bench: rotary against transformers' eager Llama apply_rotary_pos_emb
on torch and against torch.compile of the same function, at the Llama-3-8B
shapes (q 32 heads, k 8 heads, head_dim 128; prefill 4096, 512 and 16 tokens,
decode 1 token), f32 and bf16, on 1 thread and on all threads.

Candidates (all BSHD [1][tokens][heads][128], contiguous, Llama 3.1 config):
  rotary             rope.apply(q, k, positions), in place; cos/sin from its
                     table (max_positions 131072), computed inside the call.
  hf eager +cos/sin  LlamaRotaryEmbedding(q, position_ids) then
                     apply_rotary_pos_emb: what a Llama layer runs per step.
  hf eager           apply_rotary_pos_emb only, cos/sin computed beforehand
                     (excluded from the time).
  torch.compile      torch.compile(apply_rotary_pos_emb, dynamic=True), cos/sin
                     computed beforehand (excluded).
  rotary onnx        rotary.onnx.rotary_embedding on q then k, 3-D
                     [1][tokens][heads*128] with num_heads, from the same
                     cos_cache/sin_cache [16384][64] and position_ids ORT gets,
                     into preallocated outputs (out=), as ORT's IOBinding
                     writes; two Python calls (ONNX's op takes one tensor).
  onnxruntime        one warm InferenceSession of two RotaryEmbedding (opset 23)
                     nodes (q and k), IOBinding with inputs and preallocated
                     outputs bound once; intra_op_num_threads 1 or all cores.
                     float32 only: ORT's CPU RotaryEmbedding has no bfloat16
                     kernel (n/a in the bf16 rows).
transformers' calls return new tensors (out of place); rotary writes in place.
Threads: torch.set_num_threads(1) with threading="serial", or every core with
threading="auto". One process; within each case the candidates run round
robin (the order rotating every round), each timing a batch of calls; the
figure is the median time per call.

    python python/bench/peer_bench.py OUT_DIR [--quick]

prints the table and writes OUT_DIR/peer_bench.{md,json,png}.
"""

import argparse
import json
import os
import platform
import statistics
import subprocess
import time
from pathlib import Path

import numpy as np
import torch
from transformers import LlamaConfig
from transformers.models.llama import modeling_llama as llama

import rotary
from rotary.onnx import rotary_embedding

LLAMA31 = dict(hidden_size=4096, num_attention_heads=32, num_key_value_heads=8, head_dim=128,
               max_position_embeddings=131072,
               rope_parameters=dict(rope_type="llama3", rope_theta=500000.0, factor=8.0, low_freq_factor=1.0,
                                    high_freq_factor=4.0, original_max_position_embeddings=8192))
SHAPES = [("prefill 4096", 4096), ("prefill 512", 512), ("prefill 16", 16), ("decode 1", 1)]
HQ, HK, D = 32, 8, 128


def ort_version():
    try:
        import onnxruntime

        return onnxruntime.__version__
    except ImportError:
        return "not installed"


def cpu_model():
    try:
        out = subprocess.run(["lscpu"], capture_output=True, text=True, check=True).stdout
        for line in out.splitlines():
            if line.startswith("Model name:"):
                return line.split(":", 1)[1].strip()
    except (OSError, subprocess.CalledProcessError):
        pass
    return platform.processor() or "unknown CPU"


CACHE_ROWS = 16384  # positions 5000..9095 of the bench, and then some


def onnx_caches(rope):
    """cos_cache/sin_cache [CACHE_ROWS][64] f32: the plan's angles in double,
    attention factor applied, rounded once (as rotary's own table)."""
    inv = rope.inv_freq(CACHE_ROWS)
    ang = np.arange(CACHE_ROWS, dtype=np.float64)[:, None] * inv[None, :]
    a = rope.attention_factor
    return (np.cos(ang) * a).astype(np.float32), (np.sin(ang) * a).astype(np.float32)


def ort_candidate(tokens, caches, pos, threads):
    """An onnxruntime session of RotaryEmbedding on q and k, for IOBinding
    the caller binds; None without onnxruntime."""
    try:
        import onnxruntime as ort
        from onnx import TensorProto, helper
    except ImportError:
        return None
    F = TensorProto.FLOAT
    vi = helper.make_tensor_value_info
    nodes = [helper.make_node("RotaryEmbedding", [x, "cos", "sin", "pos"], [y], num_heads=h)
             for x, y, h in (("q", "q_out", HQ), ("k", "k_out", HK))]
    graph = helper.make_graph(
        nodes, "rope",
        [vi("q", F, [1, tokens, HQ * D]), vi("k", F, [1, tokens, HK * D]), vi("cos", F, list(caches[0].shape)),
         vi("sin", F, list(caches[1].shape)), vi("pos", TensorProto.INT64, [1, tokens])],
        [vi("q_out", F, [1, tokens, HQ * D]), vi("k_out", F, [1, tokens, HK * D])])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 23)])
    model.ir_version = 10
    so = ort.SessionOptions()
    so.intra_op_num_threads = threads
    sess = ort.InferenceSession(model.SerializeToString(), so, providers=["CPUExecutionProvider"])
    return sess


def make_candidates(config, rope, q, k, pos, threading, caches, threads):
    """name -> zero-argument callable doing one call."""
    emb = llama.LlamaRotaryEmbedding(config)
    position_ids = pos[None, :]
    cos, sin = emb(q, position_ids)
    apply = llama.apply_rotary_pos_emb
    compiled = torch.compile(apply, dynamic=True)

    def hf_full():
        c, s = emb(q, position_ids)
        return apply(q, k, c, s, unsqueeze_dim=2)

    cands = {
        "rotary": lambda: rope.apply(q[0], k[0], pos, threading=threading),
        "hf eager +cos/sin": hf_full,
        "hf eager": lambda: apply(q, k, cos, sin, unsqueeze_dim=2),
        "torch.compile": lambda: compiled(q, k, cos, sin, unsqueeze_dim=2),
    }
    if q.dtype != torch.float32:
        return cands
    tokens = q.shape[1]
    q3, k3 = q.reshape(1, tokens, HQ * D).numpy(), k.reshape(1, tokens, HK * D).numpy()
    pos2 = pos[None, :].numpy().astype(np.int64)
    cos_c, sin_c = caches

    q_o, k_o = np.empty_like(q3), np.empty_like(k3)

    def rotary_onnx():
        return (rotary_embedding(q3, cos_c, sin_c, pos2, num_heads=HQ, out=q_o, threading=threading),
                rotary_embedding(k3, cos_c, sin_c, pos2, num_heads=HK, out=k_o, threading=threading))

    cands["rotary onnx"] = rotary_onnx
    sess = ort_candidate(tokens, caches, pos2, threads)
    if sess is not None:
        outs = {"q_out": np.empty_like(q3), "k_out": np.empty_like(k3)}
        io = sess.io_binding()
        for name, arr in (("q", q3), ("k", k3), ("cos", cos_c), ("sin", sin_c), ("pos", pos2)):
            io.bind_cpu_input(name, arr)
        for name, arr in outs.items():
            io.bind_output(name, "cpu", 0, arr.dtype, arr.shape, arr.ctypes.data)
        ref_q = rotary_onnx()[0]
        sess.run_with_iobinding(io)
        err = np.abs(outs["q_out"] - ref_q).max()
        assert err < 1e-4 * np.abs(q3).max(), f"onnxruntime and rotary disagree by {err}"
        keep = (q3, k3, cos_c, sin_c, pos2, outs)  # IOBinding holds raw pointers into these
        cands["onnxruntime"] = lambda keep=keep: sess.run_with_iobinding(io)
    return cands


def check_agreement(config, rope, q, k, pos):
    emb = llama.LlamaRotaryEmbedding(config)
    cos, sin = emb(q, pos[None, :])
    hq, _ = llama.apply_rotary_pos_emb(q, k, cos, sin, unsqueeze_dim=2)
    oq = torch.empty_like(q[0])
    rope.apply(q[0], None, pos, q_out=oq)
    tol = 2e-2 if q.dtype == torch.bfloat16 else 2e-3  # transformers' f32 angles drift
    err = (oq.float() - hq[0].float()).abs().max().item()
    assert err < tol * q.abs().max().item(), f"rotary and transformers disagree by {err}"


def time_case(candidates, rounds, budget_s):
    names = list(candidates)
    with torch.no_grad():
        for fn in candidates.values():  # warm up (and compile)
            fn()
            fn()
        # Calls per timing: about budget_s / (rounds * candidates) each.
        per = {}
        for n, fn in candidates.items():
            t0 = time.perf_counter()
            fn()
            per[n] = max(time.perf_counter() - t0, 1e-7)
        samples = {n: [] for n in names}
        for r in range(rounds):
            order = names[r % len(names):] + names[:r % len(names)]
            for n in order:
                reps = max(1, min(20000, int(budget_s / (rounds * len(names) * per[n]))))
                fn = candidates[n]
                t0 = time.perf_counter_ns()
                for _ in range(reps):
                    fn()
                samples[n].append((time.perf_counter_ns() - t0) / reps / 1e3)
    return {n: statistics.median(v) for n, v in samples.items()}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--budget", type=float, default=2.0, help="seconds of timing per case (about)")
    ap.add_argument("--quick", action="store_true", help="3 rounds, 0.5 s per case")
    args = ap.parse_args()
    if args.quick:
        args.rounds, args.budget = 3, 0.5
    args.out_dir.mkdir(parents=True, exist_ok=True)

    all_threads = os.cpu_count() or 1
    config = LlamaConfig(**LLAMA31)
    rope = rotary.Rope.from_config(config.to_dict())  # table of 131072 positions
    caches = onnx_caches(rope)
    gen = torch.Generator().manual_seed(0)
    results = []
    for threads, threading in [(1, "serial"), (all_threads, "auto")]:
        torch.set_num_threads(threads)
        for dtype in (torch.float32, torch.bfloat16):
            for shape, tokens in SHAPES:
                q = torch.randn((1, tokens, HQ, D), generator=gen).to(dtype)
                k = torch.randn((1, tokens, HK, D), generator=gen).to(dtype)
                pos = torch.arange(5000, 5000 + tokens) if tokens > 1 else torch.tensor([5000])
                check_agreement(config, rope, q, k, pos)
                cands = make_candidates(config, rope, q, k, pos, threading, caches, threads)
                med = time_case(cands, args.rounds, args.budget)
                row = dict(threads=threads, dtype=str(dtype).split(".")[-1], shape=shape, tokens=tokens,
                           us=med)
                results.append(row)
                print(f"{threads:2}T {row['dtype']:8} {shape:13} " +
                      "  ".join(f"{n} {v:10.1f} us" for n, v in med.items()), flush=True)

    names = list(results[0]["us"])  # float32 rows come first and have every candidate
    lines = [f"CPU: {cpu_model()}; rotary {rotary.__version__} ({rotary.active_isa()}), torch {torch.__version__}, "
             f"transformers {__import__('transformers').__version__}, onnxruntime {ort_version()}; median µs per call, "
             f"(×) = that candidate's time / rotary's",
             "",
             "| threads | dtype | shape | " + " | ".join(names) + " |",
             "|---|---|---|" + "---:|" * len(names)]
    for r in results:
        base = r["us"]["rotary"]
        cells = [f"{r['us'][n]:.1f}" if n == "rotary" else
                 f"{r['us'][n]:.1f} ({r['us'][n] / base:.1f}×)" if n in r["us"] else "n/a"
                 for n in names]
        lines.append(f"| {r['threads']} | {r['dtype']} | {r['shape']} | " + " | ".join(cells) + " |")
    table = "\n".join(lines)
    print()
    print(table)
    (args.out_dir / "peer_bench.md").write_text(table + "\n")
    (args.out_dir / "peer_bench.json").write_text(json.dumps(dict(cpu=cpu_model(), results=results), indent=1))
    chart(results, names, args.out_dir / "peer_bench.png")
    print(f"\nwrote {args.out_dir}/peer_bench.md, .json and .png")


def chart(results, names, path):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    groups = sorted({(r["threads"], r["dtype"]) for r in results}, key=lambda g: (g[0], g[1] != "float32"))
    fig, axes = plt.subplots(1, len(groups), figsize=(4.2 * len(groups), 4), sharey=True)
    axes = np.atleast_1d(axes)
    for ax, (threads, dtype) in zip(axes, groups):
        rows = [r for r in results if r["threads"] == threads and r["dtype"] == dtype]
        x = np.arange(len(rows))
        w = 0.8 / len(names)
        for i, n in enumerate(names):
            speed = [r["us"][n] / r["us"]["rotary"] if n in r["us"] else 0 for r in rows]  # time / rotary's
            ax.bar(x + (i - (len(names) - 1) / 2) * w, speed, w, label=n)
        ax.set_xticks(x, [r["shape"] for r in rows], rotation=20)
        ax.set_yscale("log")
        ax.axhline(1.0, color="k", lw=0.6)
        ax.set_ylim(bottom=0.3)
        ax.set_title(f"{dtype}, {threads} thread{'s' if threads > 1 else ''}")
    axes[0].set_ylabel("time per call / rotary's (log)")
    axes[0].legend(fontsize=8)
    fig.suptitle(f"RoPE, Llama-3-8B shapes (q 32, k 8 heads x 128): {cpu_model()}", fontsize=9)
    fig.tight_layout()
    fig.savefig(path, dpi=110)


if __name__ == "__main__":
    main()
