// The store kernels of the KV-cache append (Rope::apply_append): v's heads
// of one token copied into the v cache, converted to its dtype, and heads
// quantized to int8 (k after its rotation, or v). Compiled once per Highway
// target through rotate_part-inl.h.

#if defined(ROTARY_DISPATCH_COPY_INL_H_) == defined(HWY_TARGET_TOGGLE)
#ifdef ROTARY_DISPATCH_COPY_INL_H_
#undef ROTARY_DISPATCH_COPY_INL_H_
#else
#define ROTARY_DISPATCH_COPY_INL_H_
#endif

#include <cmath>
#include <cstring>

#include "dispatch/io-inl.h"
#include "dispatch/kernels.h"
#include "hwy/highway.h"

HWY_BEFORE_NAMESPACE();
namespace rotary {
namespace HWY_NAMESPACE {

// Every entry of a.heads heads of a.head_dim entries: bit for bit when TIn
// and TOut are one dtype, else widened exactly and rounded to nearest-even
// as the rotations store (two vectors per Store2F32, as they do). a.row and
// the rotary fields are not read; in and out must not overlap.
template <class TIn, class TOut>
HWY_NOINLINE void CopyHeads(const rotary::detail::HeadsArgs& a) {
  const TIn* in = static_cast<const TIn*>(a.in);
  TOut* out = static_cast<TOut*>(a.out);
  const int64_t n = a.head_dim;
  for (int64_t h = 0; h < a.heads; ++h) {
    const TIn* x = in + h * a.in_head_stride;
    TOut* y = out + h * a.out_head_stride;
    if constexpr (std::is_same<TIn, TOut>::value) {
      std::memcpy(y, x, static_cast<size_t>(n) * sizeof(TIn));
    } else {
      const hn::ScalableTag<float> d;
      const int64_t N = static_cast<int64_t>(hn::Lanes(d));
      int64_t i = 0;
      for (; i + 2 * N <= n; i += 2 * N) {
        Store2F32(d, LoadF32(d, x + i), LoadF32(d, x + i + N), y + i);
      }
      PassThrough(x, y, i, n);  // the rest, vector by vector then scalar
    }
  }
}

// int8 of a.heads heads (CacheDType::int8 in rotary.hpp): scale = max|x| /
// 127, each x stored as x / scale rounded to nearest-even and saturated to
// [-127, 127]. Divisions, not a multiplication by 127 / max, so that the
// vector lanes and the scalar tail agree bit for bit with the format's
// statement (IEEE division is correctly rounded on every target).
template <class TIn>
HWY_NOINLINE void QuantizeHeads(const rotary::detail::HeadsArgs& a,
                                float* scale, int64_t scale_stride) {
  const hn::ScalableTag<float> d;
  const hn::RebindToSigned<decltype(d)> di;
  const hn::Rebind<int8_t, decltype(d)> d8;
  const int64_t N = static_cast<int64_t>(hn::Lanes(d));
  const int64_t n = a.head_dim;
  for (int64_t h = 0; h < a.heads; ++h) {
    const TIn* in = static_cast<const TIn*>(a.in) + h * a.in_head_stride;
    int8_t* out = static_cast<int8_t*>(a.out) + h * a.out_head_stride;
    auto vmax = hn::Zero(d);
    int64_t i = 0;
    for (; i + N <= n; i += N)
      vmax = hn::Max(vmax, hn::Abs(LoadF32(d, in + i)));
    float max = hn::GetLane(hn::MaxOfLanes(d, vmax));
    for (; i < n; ++i) max = std::max(max, std::fabs(ToF32(in[i])));
    const float s = max / 127.0f;
    scale[h * scale_stride] = s > 0.0f ? s : 0.0f;
    if (!(s > 0.0f)) {
      std::memset(out, 0, static_cast<size_t>(n));
      continue;
    }
    const auto vs = hn::Set(d, s);
    const auto lo = hn::Set(d, -127.0f), hi = hn::Set(d, 127.0f);
    // Adding and subtracting 1.5 * 2^23 rounds |x| < 2^22 to an integer,
    // nearest-even, in any IEEE f32 arithmetic (Highway 1.0.3's SCALAR
    // NearestInt adds 0.5 first, which rounds 0.49999997 up).
    const auto magic = hn::Set(d, 12582912.0f);
    for (i = 0; i + N <= n; i += N) {
      auto q = hn::Min(hn::Max(hn::Div(LoadF32(d, in + i), vs), lo), hi);
      q = hn::Sub(hn::Add(q, magic), magic);
      hn::StoreU(hn::DemoteTo(d8, hn::ConvertTo(di, q)), d8, out + i);
    }
    for (; i < n; ++i) {
      const float q = std::min(127.0f, std::max(-127.0f, ToF32(in[i]) / s));
      out[i] = static_cast<int8_t>(std::nearbyint(q));
    }
  }
}

// NOLINTNEXTLINE(google-readability-namespace-comments)
}  // namespace HWY_NAMESPACE
}  // namespace rotary
HWY_AFTER_NAMESPACE();

#endif  // ROTARY_DISPATCH_COPY_INL_H_
