// The fixed cost of a decode call: N one-token calls of one shape, for
// instruction counts under callgrind (run with two N and subtract) or timed
// against the roofline pass (out = in * 1.0f through the same call path)
// and the roofline's kernel alone over the same bytes (rmw).
//
//   rotary_call_cost SHAPE DTYPE PAIRING FREQS PASS N
//     SHAPE   q8 (q 8 heads, no k) | llama (q 32, k 8 heads); head_dim 128
//     DTYPE   f32 | bf16
//     PAIRING il | hs
//     FREQS   table (max_positions 8192) | otf | cache (vLLM packed, f32) |
//             sections | interleaved | vision2d (multi-axis on the table:
//             Qwen2-VL [16, 24, 24], Qwen3-VL [24, 20, 20], Qwen vision 2D;
//             an image token's axis positions)
//     PASS    rope | roof | rmw | time (ns per call of all three, medians
//             of N rounds of 1000 calls each)
//     N       calls
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "dispatch/kernels.h"
#include "dispatch/roofline.h"
#include "rotary/rotary.hpp"

using namespace rotary;

namespace {

constexpr int64_t kHeadDim = 128, kRows = 8192;

// The roofline pass's kernel alone (out = in * 1.0f over one token's
// heads, read + written): the bytes' cost without a call's validation,
// dispatch and setup.
volatile float g_one = 1.0f;
void rmw(const detail::ScaleHeadsFn* scale, const Tensor& x) {
  if (x.heads == 0) return;
  detail::HeadsArgs a;
  a.row = nullptr;
  a.in = x.data;
  a.out = x.data;
  a.in_head_stride = a.out_head_stride = x.head_stride;
  a.heads = x.heads;
  a.head_dim = a.rotary_dim = kHeadDim;
  scale[static_cast<int>(x.dtype)](a, g_one);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 7) {
    std::fprintf(stderr,
                 "usage: %s q8|llama f32|bf16 il|hs "
                 "table|otf|cache|sections|interleaved|vision2d "
                 "rope|roof|rmw|time N\n",
                 argv[0]);
    return 2;
  }
  const std::string shape = argv[1], dts = argv[2], pair = argv[3],
                    freqs = argv[4], pass = argv[5];
  const long n = std::atol(argv[6]);
  const DType dt = dts == "bf16" ? DType::bf16 : DType::f32;
  const size_t es = dtype_size(dt);
  const int64_t qh = shape == "llama" ? 32 : 8, kh = shape == "llama" ? 8 : 0;

  RopeSpec spec;
  spec.head_dim = kHeadDim;
  spec.pairing = pair == "il" ? Pairing::interleaved : Pairing::half_split;
  spec.theta = 500000.0;
  const bool multi =
      freqs == "sections" || freqs == "interleaved" || freqs == "vision2d";
  spec.max_positions = freqs == "table" || multi ? kRows : 0;
  const int64_t half = kHeadDim / 2;
  if (freqs == "sections") spec.multi_axis = mrope_sections(half, {16, 24, 24});
  if (freqs == "interleaved") {
    spec.multi_axis = mrope_interleaved(half, {24, 20, 20});
  }
  if (freqs == "vision2d") spec.multi_axis = vision_2d_qwen(half);
  Rope rope;
  if (!Rope::create(spec, &rope).ok()) return 1;

  std::vector<float> cache(static_cast<size_t>(kRows * kHeadDim));
  for (int64_t p = 0; p < kRows; ++p) {
    if (!rope.cos_sin(p, &cache[p * kHeadDim], &cache[p * kHeadDim + 64]).ok())
      return 1;
  }
  const CosSinCache cs = CosSinCache::packed(cache.data(), kRows, kHeadDim);

  // One buffer, q then k, on a cache line.
  const size_t qb = static_cast<size_t>(qh * kHeadDim) * es,
               kb = static_cast<size_t>(kh * kHeadDim) * es;
  unsigned char* buf = static_cast<unsigned char*>(
      std::aligned_alloc(64, (qb + kb + 63) / 64 * 64));
  std::memset(buf, 0, qb + kb);
  for (size_t i = 0; i < (qb + kb) / es; ++i) {
    const float v = std::sin(0.001f * i);
    if (dt == DType::f32) {
      std::memcpy(buf + 4 * i, &v, 4);
    } else {
      const uint16_t b = to_bf16(v).bits;
      std::memcpy(buf + 2 * i, &b, 2);
    }
  }
  const Tensor q{buf, dt, 1, qh, qh * kHeadDim, kHeadDim};
  const Tensor k =
      kh > 0 ? Tensor{buf + qb, dt, 1, kh, kh * kHeadDim, kHeadDim} : Tensor();
  const int32_t position = 4095;
  // Multi-axis: t, h, w of an image token (vision2d takes h and w).
  const int32_t axes_pos[3] = {4000, 4019, 4018};
  const int axes = spec.multi_axis.axes;
  const Positions pos =
      multi ? Positions::multi_axis(axes_pos + (axes == 2 ? 1 : 0), axes, 1, 1)
            : Positions(&position, 1);
  ApplyOptions opt;
  if (freqs == "cache") opt.cos_sin = &cs;

  const auto call_rope = [&] { return rope.apply(q, k, pos, opt); };
  const auto call_roof = [&] {
    return detail::roofline_apply(rope, q, q, k, k, pos, opt);
  };
  // Warm up: lazy ISA state, the verbose check, page faults.
  for (int i = 0; i < 16; ++i) {
    if (!call_rope().ok() || !call_roof().ok()) return 1;
  }
  Status error;
  const detail::KernelSet* kernels = detail::active_kernel_set(&error);
  if (kernels == nullptr) return 1;
  const detail::ScaleHeadsFn* scale = detail::roofline_kernels(kernels->target);
  if (scale == nullptr) return 1;
  const auto call_rmw = [&] {
    rmw(scale, q);
    rmw(scale, k);
  };
  if (pass == "rope") {
    for (long i = 0; i < n; ++i) call_rope();
  } else if (pass == "roof") {
    for (long i = 0; i < n; ++i) call_roof();
  } else if (pass == "rmw") {
    for (long i = 0; i < n; ++i) call_rmw();
  } else {
    using Clock = std::chrono::steady_clock;
    constexpr int kInner = 1000;
    std::vector<double> t[3];
    for (long r = 0; r < n; ++r) {
      for (int w = 0; w < 3; ++w) {
        const int which = (w + static_cast<int>(r)) % 3;
        const auto t0 = Clock::now();
        for (int i = 0; i < kInner; ++i) {
          if (which == 0)
            call_rope();
          else if (which == 1)
            call_roof();
          else
            call_rmw();
        }
        t[which].push_back(
            std::chrono::duration<double, std::nano>(Clock::now() - t0)
                .count() /
            kInner);
      }
    }
    const auto median = [](std::vector<double> v) {
      std::sort(v.begin(), v.end());
      return v[v.size() / 2];
    };
    std::printf(
        "%s %s %s %s: rope %.1f ns, roofline %.1f ns, rmw %.1f ns, "
        "rope - rmw %.1f ns\n",
        argv[1], argv[2], argv[3], argv[4], median(t[0]), median(t[1]),
        median(t[2]), median(t[0]) - median(t[2]));
  }
  std::free(buf);
  return 0;
}
