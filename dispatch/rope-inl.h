// RoPE kernels, compiled once per Highway target (included by rope.cc through
// hwy/foreach_target.h). Each rotates every head of one token with one cos/sin
// row, so the row is fetched once per token and stays in L1 across heads.

#if defined(ROTARY_DISPATCH_ROPE_INL_H_) == defined(HWY_TARGET_TOGGLE)
#ifdef ROTARY_DISPATCH_ROPE_INL_H_
#undef ROTARY_DISPATCH_ROPE_INL_H_
#else
#define ROTARY_DISPATCH_ROPE_INL_H_
#endif

#include <cstring>

#include "dispatch/kernels.h"
#include "hwy/highway.h"

HWY_BEFORE_NAMESPACE();
namespace rotary {
namespace HWY_NAMESPACE {
namespace hn = hwy::HWY_NAMESPACE;

// Entries [rotary_dim, head_dim) pass through; copy them when out of place.
HWY_INLINE void PassThrough(const float* in, float* out, int64_t rotary_dim,
                            int64_t head_dim) {
  if (in != out && head_dim > rotary_dim) {
    std::memcpy(out + rotary_dim, in + rotary_dim,
                static_cast<size_t>(head_dim - rotary_dim) * sizeof(float));
  }
}

// Half-split pairs (i, i + half), cos in row[0..half), sin in row[half..):
//   forward:  ya = xa*c - xb*s,  yb = xb*c + xa*s
//   backward: ya = xa*c + xb*s,  yb = xb*c - xa*s
// Rotates pairs [*i, ...) in whole vectors of d and advances *i.
template <bool kBackward, class D>
HWY_INLINE void HalfSplitVectors(D d, const float* HWY_RESTRICT row,
                                 int64_t half, const float* in, float* out,
                                 int64_t* i) {
  const int64_t N = static_cast<int64_t>(hn::Lanes(d));
  int64_t j = *i;
  for (; j + N <= half; j += N) {
    const auto c = hn::LoadU(d, row + j);
    const auto s = hn::LoadU(d, row + half + j);
    const auto xa = hn::LoadU(d, in + j);
    const auto xb = hn::LoadU(d, in + half + j);
    if (kBackward) {
      hn::StoreU(hn::MulAdd(xa, c, hn::Mul(xb, s)), d, out + j);
      hn::StoreU(hn::MulSub(xb, c, hn::Mul(xa, s)), d, out + half + j);
    } else {
      hn::StoreU(hn::MulSub(xa, c, hn::Mul(xb, s)), d, out + j);
      hn::StoreU(hn::MulAdd(xb, c, hn::Mul(xa, s)), d, out + half + j);
    }
  }
  *i = j;
}

template <bool kBackward>
void RotateHalfSplit(const rotary::detail::HeadsArgs& a) {
  const hn::ScalableTag<float> d;
  const int64_t half = a.rotary_dim / 2;
  const float* HWY_RESTRICT row = a.row;
  for (int64_t h = 0; h < a.heads; ++h) {
    const float* in = a.in + h * a.in_head_stride;
    float* out = a.out + h * a.out_head_stride;
    int64_t i = 0;
    HalfSplitVectors<kBackward>(d, row, half, in, out, &i);
#if HWY_TARGET != HWY_SCALAR
    if (hn::Lanes(d) > 4) {  // a 128-bit step before the scalar remainder
      HalfSplitVectors<kBackward>(hn::CappedTag<float, 4>(), row, half, in,
                                  out, &i);
    }
#endif
    for (; i < half; ++i) {
      const float c = row[i], s = kBackward ? -row[half + i] : row[half + i];
      const float xa = in[i], xb = in[half + i];
      out[i] = xa * c - xb * s;
      out[half + i] = xb * c + xa * s;
    }
    PassThrough(in, out, a.rotary_dim, a.head_dim);
  }
}

#if HWY_TARGET != HWY_SCALAR
// Interleaved pairs (2i, 2i+1) with the expanded row C | S (see kernels.h):
//   forward:  y = x*C + swap(x)*S      backward: y = x*C - swap(x)*S
template <bool kBackward, class D>
HWY_INLINE void InterleavedVectors(D d, const float* HWY_RESTRICT row,
                                   int64_t rotary_dim, const float* in,
                                   float* out, int64_t* i) {
  const int64_t N = static_cast<int64_t>(hn::Lanes(d));
  int64_t j = *i;
  for (; j + N <= rotary_dim; j += N) {
    const auto c = hn::LoadU(d, row + j);
    const auto s = hn::LoadU(d, row + rotary_dim + j);
    const auto x = hn::LoadU(d, in + j);
    const auto xc = hn::Mul(x, c);
    const auto swapped = hn::Reverse2(d, x);
    hn::StoreU(kBackward ? hn::NegMulAdd(swapped, s, xc)
                         : hn::MulAdd(swapped, s, xc),
               d, out + j);
  }
  *i = j;
}
#endif

template <bool kBackward>
void RotateInterleaved(const rotary::detail::HeadsArgs& a) {
  const int64_t rd = a.rotary_dim;
  const float* HWY_RESTRICT row = a.row;
  for (int64_t h = 0; h < a.heads; ++h) {
    const float* in = a.in + h * a.in_head_stride;
    float* out = a.out + h * a.out_head_stride;
    int64_t i = 0;
#if HWY_TARGET != HWY_SCALAR  // one lane cannot swap within a pair
    const hn::ScalableTag<float> d;
    InterleavedVectors<kBackward>(d, row, rd, in, out, &i);
    if (hn::Lanes(d) > 4) {
      InterleavedVectors<kBackward>(hn::CappedTag<float, 4>(), row, rd, in,
                                    out, &i);
    }
#endif
    for (; i < rd; i += 2) {
      const float c = row[i];
      const float s = kBackward ? -row[rd + i + 1] : row[rd + i + 1];
      const float xa = in[i], xb = in[i + 1];
      out[i] = xa * c - xb * s;
      out[i + 1] = xb * c + xa * s;
    }
    PassThrough(in, out, rd, a.head_dim);
  }
}

void ScaleHeads(const rotary::detail::HeadsArgs& a, float scale) {
  const hn::ScalableTag<float> d;
  const int64_t N = static_cast<int64_t>(hn::Lanes(d));
  const auto vscale = hn::Set(d, scale);
  for (int64_t h = 0; h < a.heads; ++h) {
    const float* in = a.in + h * a.in_head_stride;
    float* out = a.out + h * a.out_head_stride;
    int64_t i = 0;
    for (; i + N <= a.head_dim; i += N) {
      hn::StoreU(hn::Mul(hn::LoadU(d, in + i), vscale), d, out + i);
    }
    for (; i < a.head_dim; ++i) out[i] = in[i] * scale;
  }
}

// NOLINTNEXTLINE(google-readability-namespace-comments)
}  // namespace HWY_NAMESPACE
}  // namespace rotary
HWY_AFTER_NAMESPACE();

#endif  // ROTARY_DISPATCH_ROPE_INL_H_
