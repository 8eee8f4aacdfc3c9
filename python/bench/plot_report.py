"""Charts of the per-ISA report: reads rotary_bench's JSON output (written by
.ci/bench.sh with --benchmark_out) and draws, as PNG files in OUT_DIR:

  report_<isa>.png  per dtype, GB/s against tokens per call (1, 16, 512, 4096
                    on one thread; 4096 on every thread as its own point) of
                    the kernel, both pairings, and of the roofline passes
                    alternated with each (the rope/ rows);
  threads.png       per dtype, against tokens of one call, the speed of
                    automatic threading and of every call parallel over
                    serial, alternated in one run, inside an arena of each
                    thread count (the rope_threads/ rows);
  scaling.png       per dtype, GB/s against threads of the kernel and the
                    roofline pass at prefill and 512 tokens (the
                    rope_scaling/ rows).

GB/s are the medians the report prints (median pass of the median
repetition). Rows the run did not have (a filter left them out) are left
out of the charts; a chart with no rows is not written.

    python python/bench/plot_report.py REPORT_JSON OUT_DIR
"""

import json
import os
import re
import sys

# rope/ shapes on one thread, by tokens; the multi-threaded prefill is drawn
# as its own marker at 4096.
SHAPES = {"decode1": 1, "tokens16_1t": 16, "tokens512_1t": 512,
          "prefill4096_1t": 4096}
DTYPES = ["f32", "bf16", "f16"]


def medians(report):
    """name (without /manual_time) -> counters of its median aggregate, or of
    its single run when the report has no aggregates."""
    rows = {}
    for b in report.get("benchmarks", []):
        if b.get("error_occurred"):
            continue
        is_median = (b.get("run_type") == "aggregate" and
                     b.get("aggregate_name") == "median")
        single = b.get("run_type") == "iteration" and b.get("repetitions", 1) <= 1
        if not (is_median or single):
            continue
        name = b.get("run_name", b["name"]).replace("/manual_time", "")
        rows[name] = b
    return rows


def gbps(row, counter):
    v = row.get(counter)
    return None if v is None else v / 1e9


def style(ax, xlabel, ylabel, title, legend_size):
    ax.set_xscale("log", base=2)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.set_title(title)
    ax.grid(True, alpha=0.3)
    ax.legend(fontsize=legend_size)


def save(plt, fig, drawn, title, path):
    """Writes fig to path if anything was drawn; returns the path or None."""
    if not drawn:
        plt.close(fig)
        return None
    fig.suptitle(title, fontsize=10)
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)
    return path


def plot_isa(plt, rows, isa, out_dir, cpu):
    fig, axes = plt.subplots(1, len(DTYPES), figsize=(15, 4.6), squeeze=False)
    drawn = False
    for ax, dtype in zip(axes[0], DTYPES):
        for pairing, color in (("interleaved", "tab:blue"),
                               ("half_split", "tab:orange")):
            xs, kernel, roof = [], [], []
            for shape, tokens in SHAPES.items():
                row = rows.get(f"rope/{isa}/{dtype}/{pairing}/{shape}")
                if row is None:
                    continue
                xs.append(tokens)
                kernel.append(gbps(row, "median_bytes_per_second"))
                roof.append(gbps(row, "roofline_bytes_per_second"))
            if xs:
                drawn = True
                ax.plot(xs, kernel, "o-", color=color, label=f"{pairing}")
                ax.plot(xs, roof, "x--", color=color, alpha=0.6,
                        label=f"roofline ({pairing})")
            mt = rows.get(f"rope/{isa}/{dtype}/{pairing}/prefill4096_mt")
            if mt is not None:
                drawn = True
                ax.plot([4096], [gbps(mt, "median_bytes_per_second")], "s",
                        color=color, label=f"{pairing}, all threads")
                ax.plot([4096], [gbps(mt, "roofline_bytes_per_second")], "+",
                        color=color, markersize=12,
                        label=f"roofline, all threads")
        style(ax, "tokens per call (32 q + 8 k heads of 128, in place)",
              "GB/s (q+k read + written)", f"{isa} {dtype}", 7)
    return save(plt, fig, drawn,
                f"rotary kernels against the roofline pass, {cpu}",
                os.path.join(out_dir, f"report_{isa}.png"))


def plot_threads(plt, rows, out_dir, cpu):
    fig, axes = plt.subplots(1, len(DTYPES), figsize=(15, 4.2), squeeze=False)
    drawn = False
    for ax, dtype in zip(axes[0], DTYPES):
        curves = {}  # (forced, threads) -> [(tokens, ratio)]
        for name, row in rows.items():
            m = re.fullmatch(rf"rope_threads(_forced)?/{dtype}/half_split/"
                             r"tokens(\d+)/threads(\d+)", name)
            if m and row.get("vs_serial") is not None:
                key = (m.group(1) is not None, int(m.group(3)))
                curves.setdefault(key, []).append(
                    (int(m.group(2)), row["vs_serial"]))
        if not curves:
            ax.set_visible(False)
            continue
        drawn = True
        for (forced, threads), points in sorted(curves.items()):
            points.sort()
            ax.plot([t for t, _ in points], [r for _, r in points],
                    "x--" if forced else "o-",
                    label=f"{'every call parallel' if forced else 'automatic'}"
                          f", {threads} threads")
        ax.axhline(1.0, color="black", linewidth=0.8)
        style(ax, "tokens per call", "speed / serial speed",
              f"{dtype}, half-split, default ISA", 6)
    return save(plt, fig, drawn,
                f"threading against serial inside an arena of N threads, {cpu}",
                os.path.join(out_dir, "threads.png"))


def plot_scaling(plt, rows, out_dir, cpu):
    fig, axes = plt.subplots(1, len(DTYPES), figsize=(15, 4.2), squeeze=False)
    drawn = False
    for ax, dtype in zip(axes[0], DTYPES):
        curves = {}  # (shape, pairing) -> [(threads, row)]
        for name, row in rows.items():
            m = re.fullmatch(rf"rope_scaling/{dtype}/(\w+)/(\w+)/threads(\d+)",
                             name)
            if m:
                curves.setdefault((m.group(2), m.group(1)), []).append(
                    (int(m.group(3)), row))
        if not curves:
            ax.set_visible(False)
            continue
        drawn = True
        for (shape, pairing), points in sorted(curves.items()):
            points.sort(key=lambda p: p[0])
            xs = [t for t, _ in points]
            line, = ax.plot(
                xs, [gbps(r, "median_bytes_per_second") for _, r in points],
                "o-", label=f"{shape}, {pairing}")
            ax.plot(xs,
                    [gbps(r, "roofline_bytes_per_second") for _, r in points],
                    ":", color=line.get_color(),
                    label=f"{shape}, roofline ({pairing})")
        style(ax, "threads", "GB/s (q+k read + written)",
              f"{dtype}, default ISA", 6)
    return save(plt, fig, drawn,
                f"thread scaling, kernel and roofline pass, {cpu}",
                os.path.join(out_dir, "scaling.png"))


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[-1].strip(), file=sys.stderr)
        return 2
    with open(argv[1]) as f:
        report = json.load(f)
    os.makedirs(argv[2], exist_ok=True)
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = medians(report)
    context = report.get("context", {})
    cpu = platform_cpu()
    isas = sorted({n.split("/")[1] for n in rows if n.startswith("rope/")})
    written = [plot_isa(plt, rows, isa, argv[2], cpu) for isa in isas]
    written.append(plot_threads(plt, rows, argv[2], cpu))
    written.append(plot_scaling(plt, rows, argv[2], cpu))
    for path in written:
        if path:
            print("wrote", path)
    return 0


def platform_cpu():
    """The CPU's model name from /proc/cpuinfo (Linux), else the platform's."""
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    import platform

    return platform.processor() or platform.machine()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
