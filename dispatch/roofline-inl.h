// The bench's roofline pass (see ScaleHeadsFn in kernels.h), compiled once
// per Highway target by roofline.cc (library rotary_roofline).

#if defined(ROTARY_DISPATCH_ROOFLINE_INL_H_) == defined(HWY_TARGET_TOGGLE)
#ifdef ROTARY_DISPATCH_ROOFLINE_INL_H_
#undef ROTARY_DISPATCH_ROOFLINE_INL_H_
#else
#define ROTARY_DISPATCH_ROOFLINE_INL_H_
#endif

#include "dispatch/io-inl.h"
#include "dispatch/kernels.h"
#include "dispatch/norm-inl.h"
#include "hwy/highway.h"

HWY_BEFORE_NAMESPACE();
namespace rotary {
namespace HWY_NAMESPACE {
namespace hn = hwy::HWY_NAMESPACE;

// The roofline pass (see ScaleHeadsFn in kernels.h): out = in * scale
// through the kernels' own loads and stores, so a 16-bit pass widens and
// rounds exactly as a rotation does, and only the rotation's math is left
// out. Where the kernels prefetch (a streaming walk: data from DRAM), it
// prefetches the same lines as far ahead (walk-inl.h), so that it is the
// limit of the kernels' own access pattern, not a slower one.
template <class T>
void ScaleHeads(const rotary::detail::HeadsArgs& a, float scale) {
  const hn::ScalableTag<float> d;
  const int64_t N = static_cast<int64_t>(hn::Lanes(d));
  const auto vscale = hn::Set(d, scale);
  const int64_t head_dim = a.head_dim, heads = a.heads;
  const int64_t head_bytes = head_dim * static_cast<int64_t>(sizeof(T));
  const int64_t ahead =
      a.walk.kind == rotary::detail::WalkKind::streaming && !kNarrow
          ? StreamingAhead(head_bytes)
          : 0;
  for (int64_t h = 0; h < heads; ++h) {
    const T* in = static_cast<const T*>(a.in) + h * a.in_head_stride;
    T* out = static_cast<T*>(a.out) + h * a.out_head_stride;
    if (ahead > 0) {
      PrefetchHeadAt(static_cast<const T*>(a.in), h + ahead, a.in_head_stride,
                     head_dim);
    }
    int64_t i = 0;
    if constexpr (kEvenOdd<T, T>) {
      for (; i + 2 * N <= head_dim; i += 2 * N) {
        hn::Vec<decltype(d)> even, odd;
        LoadEvenOdd(d, in + i, &even, &odd);
        StoreEvenOdd(d, hn::Mul(even, vscale), hn::Mul(odd, vscale), out + i);
      }
    }
    // Four vectors a step where they fit, as the kernels' widest blocks:
    // in L1 a loop of two a step was slower than the rotation itself.
    for (; i + 4 * N <= head_dim; i += 4 * N) {
      const auto v0 = LoadF32(d, in + i);
      const auto v1 = LoadF32(d, in + i + N);
      const auto v2 = LoadF32(d, in + i + 2 * N);
      const auto v3 = LoadF32(d, in + i + 3 * N);
      Store2F32(d, hn::Mul(v0, vscale), hn::Mul(v1, vscale), out + i);
      Store2F32(d, hn::Mul(v2, vscale), hn::Mul(v3, vscale), out + i + 2 * N);
    }
    for (; i + 2 * N <= head_dim; i += 2 * N) {
      const auto v0 = LoadF32(d, in + i);
      const auto v1 = LoadF32(d, in + i + N);
      Store2F32(d, hn::Mul(v0, vscale), hn::Mul(v1, vscale), out + i);
    }
    for (; i + N <= head_dim; i += N) {
      StoreF32(d, hn::Mul(LoadF32(d, in + i), vscale), out + i);
    }
    for (; i < head_dim; ++i) FromF32(ToF32(in[i]) * scale, out + i);
  }
}

// The bench's separate norm pass (roofline.h): every head of a, in place
// or not, one dtype, RMS-normalized over head_dim as the fused kernels
// normalize (norm-inl.h: the same f32 sum of squares and scaling), eps
// kNormPassEps, with a uniform weight `scale` folded into the head's factor
// (a real norm also loads a weight per entry, from L1).
constexpr double kNormPassEps = 1e-6;
template <class T>
void NormHeads(const rotary::detail::HeadsArgs& a, float scale) {
  const hn::ScalableTag<float> d;
  for (int64_t h = 0; h < a.heads; ++h) {
    const T* in = static_cast<const T*>(a.in) + h * a.in_head_stride;
    T* out = static_cast<T*>(a.out) + h * a.out_head_stride;
    const float inv =
        InverseRms(SumOfSquares(d, in, a.head_dim), a.head_dim, kNormPassEps);
    ScaleEntries(d, in, inv * scale, nullptr, a.head_dim, out);
  }
}

// NOLINTNEXTLINE(google-readability-namespace-comments)
}  // namespace HWY_NAMESPACE
}  // namespace rotary
HWY_AFTER_NAMESPACE();

#endif  // ROTARY_DISPATCH_ROOFLINE_INL_H_
