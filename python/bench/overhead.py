"""Per-call overhead of the binding: one decode token (Llama-3-8B shapes,
q 32 heads, k 8 heads, head_dim 128, f32, in place, serial) called from
Python vs the same call looped in C++ (Rope._apply_ns_in_cpp, which times
rope.apply on the very same views). Rounds alternate; medians are printed.

    python python/bench/overhead.py [--rounds 15] [--reps 20000]
"""

import argparse
import statistics
import time

import numpy as np
import torch

import rotary


def python_ns(fn, reps):
    start = time.perf_counter_ns()
    for _ in range(reps):
        fn()
    return (time.perf_counter_ns() - start) / reps


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=15)
    ap.add_argument("--reps", type=int, default=20000)
    args = ap.parse_args()

    rope = rotary.Rope(head_dim=128, theta=500000.0, max_positions=8192)
    cases = {}
    qn = np.random.default_rng(0).standard_normal((1, 32, 128)).astype(np.float32)
    kn = np.random.default_rng(1).standard_normal((1, 8, 128)).astype(np.float32)
    cases["numpy f32"] = (qn, kn, np.array([4000], np.int64))
    cases["torch f32"] = (torch.from_numpy(qn.copy()), torch.from_numpy(kn.copy()), torch.tensor([4000]))
    cases["torch bf16"] = (cases["torch f32"][0].bfloat16(), cases["torch f32"][1].bfloat16(), torch.tensor([4000]))

    print(f"rotary {rotary.__version__}, isa {rotary.active_isa()}; 1 token, q 32x128 + k 8x128, in place, serial")
    print(f"{'case':12} {'python call':>12} {'C++ call':>10} {'extra':>8}   (ns, median of {args.rounds} rounds)")
    for name, (q, k, pos) in cases.items():
        py, cpp = [], []
        call = lambda: rope.apply(q, k, pos, threading="serial")  # noqa: E731
        for _ in range(3):
            call()
        for _ in range(args.rounds):
            py.append(python_ns(call, args.reps))
            cpp.append(rope._apply_ns_in_cpp(q, k, pos, args.reps, "serial"))
        p, c = statistics.median(py), statistics.median(cpp)
        print(f"{name:12} {p:12.0f} {c:10.0f} {p - c:8.0f}")


if __name__ == "__main__":
    main()
