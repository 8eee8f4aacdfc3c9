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
template <bool kBackward, class V>
HWY_INLINE void HalfSplitMath(V xa, V xb, V c, V s, V* ya, V* yb) {
  if (kBackward) {
    *ya = hn::MulAdd(xa, c, hn::Mul(xb, s));
    *yb = hn::MulSub(xb, c, hn::Mul(xa, s));
  } else {
    *ya = hn::MulSub(xa, c, hn::Mul(xb, s));
    *yb = hn::MulAdd(xb, c, hn::Mul(xa, s));
  }
}

// Two loop orders over the heads of one token:
//  - resident (data in cache): the row in blocks, every head per block, so a
//    block's cos/sin stay in registers and only q/k are loaded per head;
//  - streaming (data from DRAM): head after head, each walked front to back,
//    the order hardware prefetchers follow best; cos/sin come from L1.
struct HeadWalk {
  const float* in;
  float* out;
  int64_t in_stride, out_stride, heads;
};

HWY_INLINE HeadWalk OneHead(const HeadWalk& w, int64_t h) {
  return HeadWalk{w.in + h * w.in_stride, w.out + h * w.out_stride,
                  w.in_stride, w.out_stride, 1};
}

// Pairs [j, j + 2N) of every head.
template <bool kBackward, class D>
HWY_INLINE void HalfSplitBlock2(D d, const float* HWY_RESTRICT row,
                                int64_t half, int64_t j, const HeadWalk& w) {
  using V = hn::Vec<D>;
  const int64_t N = static_cast<int64_t>(hn::Lanes(d));
  const V c0 = hn::LoadU(d, row + j), c1 = hn::LoadU(d, row + j + N);
  const V s0 = hn::LoadU(d, row + half + j);
  const V s1 = hn::LoadU(d, row + half + j + N);
  for (int64_t h = 0; h < w.heads; ++h) {
    const float* in = w.in + h * w.in_stride + j;
    float* out = w.out + h * w.out_stride + j;
    const V xa0 = hn::LoadU(d, in), xa1 = hn::LoadU(d, in + N);
    const V xb0 = hn::LoadU(d, in + half), xb1 = hn::LoadU(d, in + half + N);
    V ya0, yb0, ya1, yb1;
    HalfSplitMath<kBackward>(xa0, xb0, c0, s0, &ya0, &yb0);
    HalfSplitMath<kBackward>(xa1, xb1, c1, s1, &ya1, &yb1);
    hn::StoreU(ya0, d, out);
    hn::StoreU(ya1, d, out + N);
    hn::StoreU(yb0, d, out + half);
    hn::StoreU(yb1, d, out + half + N);
  }
}

// Pairs [j, j + N) of every head.
template <bool kBackward, class D>
HWY_INLINE void HalfSplitBlock1(D d, const float* HWY_RESTRICT row,
                                int64_t half, int64_t j, const HeadWalk& w) {
  using V = hn::Vec<D>;
  const V c = hn::LoadU(d, row + j), s = hn::LoadU(d, row + half + j);
  for (int64_t h = 0; h < w.heads; ++h) {
    const float* in = w.in + h * w.in_stride + j;
    float* out = w.out + h * w.out_stride + j;
    V ya, yb;
    HalfSplitMath<kBackward>(hn::LoadU(d, in), hn::LoadU(d, in + half), c, s,
                             &ya, &yb);
    hn::StoreU(ya, d, out);
    hn::StoreU(yb, d, out + half);
  }
}

// Entries [rotary_dim, head_dim) of every head, when out of place.
HWY_INLINE void PassThroughHeads(const HeadWalk& w, int64_t rotary_dim,
                                 int64_t head_dim) {
  for (int64_t h = 0; h < w.heads; ++h) {
    PassThrough(w.in + h * w.in_stride, w.out + h * w.out_stride, rotary_dim,
                head_dim);
  }
}

// Rotates entries [0, 2 * half) of the heads of w.
template <bool kBackward>
HWY_INLINE void HalfSplitHeads(const float* HWY_RESTRICT row, int64_t half,
                               const HeadWalk& w) {
  const hn::ScalableTag<float> d;
  const int64_t N = static_cast<int64_t>(hn::Lanes(d));
  int64_t j = 0;
  for (; j + 2 * N <= half; j += 2 * N) {
    HalfSplitBlock2<kBackward>(d, row, half, j, w);
  }
  for (; j + N <= half; j += N) HalfSplitBlock1<kBackward>(d, row, half, j, w);
#if HWY_TARGET != HWY_SCALAR
  const hn::CappedTag<float, 4> d4;  // a 128-bit step before the remainder
  for (; N > 4 && j + 4 <= half; j += 4) {
    HalfSplitBlock1<kBackward>(d4, row, half, j, w);
  }
#endif
  if (j < half) {
    for (int64_t h = 0; h < w.heads; ++h) {
      const float* in = w.in + h * w.in_stride;
      float* out = w.out + h * w.out_stride;
      for (int64_t i = j; i < half; ++i) {
        const float c = row[i];
        const float s = kBackward ? -row[half + i] : row[half + i];
        const float xa = in[i], xb = in[half + i];
        out[i] = xa * c - xb * s;
        out[half + i] = xb * c + xa * s;
      }
    }
  }
}

template <bool kBackward>
void RotateHalfSplit(const rotary::detail::HeadsArgs& a) {
  const HeadWalk w{a.in, a.out, a.in_head_stride, a.out_head_stride, a.heads};
  const int64_t half = a.rotary_dim / 2;
  if (a.streaming) {
    for (int64_t h = 0; h < w.heads; ++h) {
      HalfSplitHeads<kBackward>(a.row, half, OneHead(w, h));
    }
  } else {
    HalfSplitHeads<kBackward>(a.row, half, w);
  }
  PassThroughHeads(w, a.rotary_dim, a.head_dim);
}

#if HWY_TARGET != HWY_SCALAR
// Interleaved pairs (2i, 2i+1) with the expanded row C | S (see kernels.h):
//   forward:  y = x*C + swap(x)*S      backward: y = x*C - swap(x)*S
template <bool kBackward, class D>
HWY_INLINE hn::Vec<D> InterleavedMath(D d, hn::Vec<D> x, hn::Vec<D> c,
                                      hn::Vec<D> s) {
  const auto xc = hn::Mul(x, c);
  const auto swapped = hn::Reverse2(d, x);
  return kBackward ? hn::NegMulAdd(swapped, s, xc) : hn::MulAdd(swapped, s, xc);
}

// Entries [j, j + 2N) of every head.
template <bool kBackward, class D>
HWY_INLINE void InterleavedBlock2(D d, const float* HWY_RESTRICT row,
                                  int64_t rotary_dim, int64_t j,
                                  const HeadWalk& w) {
  using V = hn::Vec<D>;
  const int64_t N = static_cast<int64_t>(hn::Lanes(d));
  const V c0 = hn::LoadU(d, row + j), c1 = hn::LoadU(d, row + j + N);
  const V s0 = hn::LoadU(d, row + rotary_dim + j);
  const V s1 = hn::LoadU(d, row + rotary_dim + j + N);
  for (int64_t h = 0; h < w.heads; ++h) {
    const float* in = w.in + h * w.in_stride + j;
    float* out = w.out + h * w.out_stride + j;
    const V x0 = hn::LoadU(d, in), x1 = hn::LoadU(d, in + N);
    const V y0 = InterleavedMath<kBackward>(d, x0, c0, s0);
    const V y1 = InterleavedMath<kBackward>(d, x1, c1, s1);
    hn::StoreU(y0, d, out);
    hn::StoreU(y1, d, out + N);
  }
}

// Entries [j, j + N) of every head.
template <bool kBackward, class D>
HWY_INLINE void InterleavedBlock1(D d, const float* HWY_RESTRICT row,
                                  int64_t rotary_dim, int64_t j,
                                  const HeadWalk& w) {
  const auto c = hn::LoadU(d, row + j), s = hn::LoadU(d, row + rotary_dim + j);
  for (int64_t h = 0; h < w.heads; ++h) {
    const float* in = w.in + h * w.in_stride + j;
    float* out = w.out + h * w.out_stride + j;
    hn::StoreU(InterleavedMath<kBackward>(d, hn::LoadU(d, in), c, s), d, out);
  }
}
#endif

// Rotates entries [0, rd) of the heads of w.
template <bool kBackward>
HWY_INLINE void InterleavedHeads(const float* HWY_RESTRICT row, int64_t rd,
                                 const HeadWalk& w) {
  int64_t j = 0;
#if HWY_TARGET != HWY_SCALAR  // one lane cannot swap within a pair
  const hn::ScalableTag<float> d;
  const int64_t N = static_cast<int64_t>(hn::Lanes(d));
  for (; j + 2 * N <= rd; j += 2 * N) {
    InterleavedBlock2<kBackward>(d, row, rd, j, w);
  }
  for (; j + N <= rd; j += N) InterleavedBlock1<kBackward>(d, row, rd, j, w);
  const hn::CappedTag<float, 4> d4;
  for (; N > 4 && j + 4 <= rd; j += 4) {
    InterleavedBlock1<kBackward>(d4, row, rd, j, w);
  }
#endif
  if (j < rd) {
    for (int64_t h = 0; h < w.heads; ++h) {
      const float* in = w.in + h * w.in_stride;
      float* out = w.out + h * w.out_stride;
      for (int64_t i = j; i < rd; i += 2) {
        const float c = row[i];
        const float s = kBackward ? -row[rd + i + 1] : row[rd + i + 1];
        const float xa = in[i], xb = in[i + 1];
        out[i] = xa * c - xb * s;
        out[i + 1] = xb * c + xa * s;
      }
    }
  }
}

template <bool kBackward>
void RotateInterleaved(const rotary::detail::HeadsArgs& a) {
  const HeadWalk w{a.in, a.out, a.in_head_stride, a.out_head_stride, a.heads};
  if (a.streaming) {
    for (int64_t h = 0; h < w.heads; ++h) {
      InterleavedHeads<kBackward>(a.row, a.rotary_dim, OneHead(w, h));
    }
  } else {
    InterleavedHeads<kBackward>(a.row, a.rotary_dim, w);
  }
  PassThroughHeads(w, a.rotary_dim, a.head_dim);
}

void ScaleHeads(const rotary::detail::HeadsArgs& a, float scale) {
  const hn::ScalableTag<float> d;
  const int64_t N = static_cast<int64_t>(hn::Lanes(d));
  const auto vscale = hn::Set(d, scale);
  const int64_t head_dim = a.head_dim, heads = a.heads;
  for (int64_t h = 0; h < heads; ++h) {
    const float* in = a.in + h * a.in_head_stride;
    float* out = a.out + h * a.out_head_stride;
    int64_t i = 0;
    for (; i + 2 * N <= head_dim; i += 2 * N) {
      const auto v0 = hn::LoadU(d, in + i);
      const auto v1 = hn::LoadU(d, in + i + N);
      hn::StoreU(hn::Mul(v0, vscale), d, out + i);
      hn::StoreU(hn::Mul(v1, vscale), d, out + i + N);
    }
    for (; i + N <= head_dim; i += N) {
      hn::StoreU(hn::Mul(hn::LoadU(d, in + i), vscale), d, out + i);
    }
    for (; i < head_dim; ++i) out[i] = in[i] * scale;
  }
}

// NOLINTNEXTLINE(google-readability-namespace-comments)
}  // namespace HWY_NAMESPACE
}  // namespace rotary
HWY_AFTER_NAMESPACE();

#endif  // ROTARY_DISPATCH_ROPE_INL_H_
