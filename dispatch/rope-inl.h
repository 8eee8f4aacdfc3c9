// RoPE kernels, compiled once per Highway target (included by rope_f32.cc,
// rope_f16.cc and rope_bf16.cc through hwy/foreach_target.h). Each rotates
// every head of one token with one cos/sin row, so the row is fetched once per
// token and stays in L1 across heads. Tensors are f32, f16 or bf16 (input and
// output each); the row and the math are f32.
//
// This file holds the pair math and the block kinds; walk-inl.h walks the
// heads, io-inl.h loads and stores the elements. A kernel is a ladder of
// block kinds, widest first, each taking the entries the previous left.

#if defined(ROTARY_DISPATCH_ROPE_INL_H_) == defined(HWY_TARGET_TOGGLE)
#ifdef ROTARY_DISPATCH_ROPE_INL_H_
#undef ROTARY_DISPATCH_ROPE_INL_H_
#else
#define ROTARY_DISPATCH_ROPE_INL_H_
#endif

#include <cstdint>

#include "dispatch/io-inl.h"
#include "dispatch/kernels.h"
#include "dispatch/walk-inl.h"
#include "hwy/highway.h"

HWY_BEFORE_NAMESPACE();
namespace rotary {
namespace HWY_NAMESPACE {
namespace hn = hwy::HWY_NAMESPACE;

// ------------------------------------------------------------- pair math

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

// Interleaved pairs (2i, 2i+1) with the expanded row C | S (see kernels.h):
//   forward:  y = x*C + swap(x)*S      backward: y = x*C - swap(x)*S
// Lanes(d) >= 2, so that a vector holds whole pairs.
template <bool kBackward, class D>
HWY_INLINE hn::Vec<D> InterleavedMath(D d, hn::Vec<D> x, hn::Vec<D> c,
                                      hn::Vec<D> s) {
  const auto xc = hn::Mul(x, c);
  const auto swapped = hn::Reverse2(d, x);
  return kBackward ? hn::NegMulAdd(swapped, s, xc) : hn::MulAdd(swapped, s, xc);
}

// The size of a block kind's blocks (see walk-inl.h): kVectors vectors of
// entries (of pairs, for half-split) with kRow row vectors for them.
template <int kVectors, int kRow>
struct Blocks {
  static constexpr int kRowVectors = kRow;
  template <class D>
  static int64_t Step(D d) {
    return kVectors * static_cast<int64_t>(hn::Lanes(d));
  }
};

// ------------------------------------------------- half-split block kinds
// j counts pairs: a block at j covers entries [j, j + Step) and
// [half + j, half + j + Step) of a head (half = row.pair_offset).

// 2N pairs, any dtypes.
struct HalfSplitBy2 : Blocks<2, 4> {
  template <class D, class Fn>
  HWY_INLINE static void LoadRow(D d, const RowRef& row, int64_t j,
                                 const Fn& fn) {
    const int64_t N = static_cast<int64_t>(hn::Lanes(d));
    const float* c = row.cos_sin + j;
    const float* s = row.cos_sin + row.sin_offset + j;
    fn(LoadF32(d, c), LoadF32(d, c + N), LoadF32(d, s), LoadF32(d, s + N));
  }
  template <bool kBackward, class D, class TIn, class TOut, class V>
  HWY_INLINE static void Head(D d, const RowRef& row, const TIn* in, TOut* out,
                              V c0, V c1, V s0, V s1) {
    const int64_t N = static_cast<int64_t>(hn::Lanes(d));
    const int64_t half = row.pair_offset;
    const V xa0 = LoadF32(d, in), xa1 = LoadF32(d, in + N);
    const V xb0 = LoadF32(d, in + half), xb1 = LoadF32(d, in + half + N);
    V ya0, yb0, ya1, yb1;
    HalfSplitMath<kBackward>(xa0, xb0, c0, s0, &ya0, &yb0);
    HalfSplitMath<kBackward>(xa1, xb1, c1, s1, &ya1, &yb1);
    Store2F32(d, ya0, ya1, out);
    Store2F32(d, yb0, yb1, out + half);
  }
};

// N pairs (Lanes(d) of any tag), any dtypes.
struct HalfSplitBy1 : Blocks<1, 2> {
  template <class D, class Fn>
  HWY_INLINE static void LoadRow(D d, const RowRef& row, int64_t j,
                                 const Fn& fn) {
    fn(LoadF32(d, row.cos_sin + j),
       LoadF32(d, row.cos_sin + row.sin_offset + j));
  }
  template <bool kBackward, class D, class TIn, class TOut, class V>
  HWY_INLINE static void Head(D d, const RowRef& row, const TIn* in, TOut* out,
                              V c, V s) {
    const int64_t half = row.pair_offset;
    V ya, yb;
    HalfSplitMath<kBackward>(LoadF32(d, in), LoadF32(d, in + half), c, s, &ya,
                             &yb);
    StoreF32(d, ya, out);
    StoreF32(d, yb, out + half);
  }
};

// 2N pairs of bf16 in and out, read as even and odd entries (io-inl.h)
// against the prepared row: per block, cos of the even pairs, of the odd
// ones, then sin the same way.
struct HalfSplitEvenOdd : Blocks<2, 4> {
  template <class D, class Fn>
  HWY_INLINE static void LoadRow(D d, const RowRef& row, int64_t j,
                                 const Fn& fn) {
    const int64_t N = static_cast<int64_t>(hn::Lanes(d));
    const float* p = row.prepared + 2 * j;
    fn(LoadF32(d, p), LoadF32(d, p + N), LoadF32(d, p + 2 * N),
       LoadF32(d, p + 3 * N));
  }
  template <bool kBackward, class D, class V>
  HWY_INLINE static void Head(D d, const RowRef& row, const rotary::bf16* in,
                              rotary::bf16* out, V ce, V co, V se, V so) {
    const int64_t half = row.pair_offset;
    V xae, xao, xbe, xbo;
    LoadEvenOdd(d, in, &xae, &xao);
    LoadEvenOdd(d, in + half, &xbe, &xbo);
    V yae, yao, ybe, ybo;
    HalfSplitMath<kBackward>(xae, xbe, ce, se, &yae, &ybe);
    HalfSplitMath<kBackward>(xao, xbo, co, so, &yao, &ybo);
    StoreEvenOdd(d, yae, yao, out);
    StoreEvenOdd(d, ybe, ybo, out + half);
  }
};

// ------------------------------------------------ interleaved block kinds
// j counts entries: a block at j covers entries [j, j + Step) of a head.
// The vector kinds need Lanes(d) >= 2.

// 4N entries, any dtypes: as many bytes per head as a half-split block of
// 2N pairs, so both pairings pay the same loop cost per byte.
struct InterleavedBy4 : Blocks<4, 8> {
  template <class D, class Fn>
  HWY_INLINE static void LoadRow(D d, const RowRef& row, int64_t j,
                                 const Fn& fn) {
    const int64_t N = static_cast<int64_t>(hn::Lanes(d));
    const float* c = row.cos_sin + j;
    const float* s = row.cos_sin + row.sin_offset + j;
    fn(hn::LoadU(d, c), hn::LoadU(d, c + N), hn::LoadU(d, c + 2 * N),
       hn::LoadU(d, c + 3 * N), hn::LoadU(d, s), hn::LoadU(d, s + N),
       hn::LoadU(d, s + 2 * N), hn::LoadU(d, s + 3 * N));
  }
  template <bool kBackward, class D, class TIn, class TOut, class V>
  HWY_INLINE static void Head(D d, const RowRef&, const TIn* in, TOut* out,
                              V c0, V c1, V c2, V c3, V s0, V s1, V s2, V s3) {
    const int64_t N = static_cast<int64_t>(hn::Lanes(d));
    const V x0 = LoadF32(d, in), x1 = LoadF32(d, in + N);
    const V x2 = LoadF32(d, in + 2 * N), x3 = LoadF32(d, in + 3 * N);
    Store2F32(d, InterleavedMath<kBackward>(d, x0, c0, s0),
              InterleavedMath<kBackward>(d, x1, c1, s1), out);
    Store2F32(d, InterleavedMath<kBackward>(d, x2, c2, s2),
              InterleavedMath<kBackward>(d, x3, c3, s3), out + 2 * N);
  }
};

// 2N entries, any dtypes.
struct InterleavedBy2 : Blocks<2, 4> {
  template <class D, class Fn>
  HWY_INLINE static void LoadRow(D d, const RowRef& row, int64_t j,
                                 const Fn& fn) {
    const int64_t N = static_cast<int64_t>(hn::Lanes(d));
    const float* c = row.cos_sin + j;
    const float* s = row.cos_sin + row.sin_offset + j;
    fn(hn::LoadU(d, c), hn::LoadU(d, c + N), hn::LoadU(d, s),
       hn::LoadU(d, s + N));
  }
  template <bool kBackward, class D, class TIn, class TOut, class V>
  HWY_INLINE static void Head(D d, const RowRef&, const TIn* in, TOut* out,
                              V c0, V c1, V s0, V s1) {
    const int64_t N = static_cast<int64_t>(hn::Lanes(d));
    const V x0 = LoadF32(d, in), x1 = LoadF32(d, in + N);
    const V y0 = InterleavedMath<kBackward>(d, x0, c0, s0);
    const V y1 = InterleavedMath<kBackward>(d, x1, c1, s1);
    Store2F32(d, y0, y1, out);
  }
};

// N entries (Lanes(d) of any tag), any dtypes.
struct InterleavedBy1 : Blocks<1, 2> {
  template <class D, class Fn>
  HWY_INLINE static void LoadRow(D d, const RowRef& row, int64_t j,
                                 const Fn& fn) {
    fn(hn::LoadU(d, row.cos_sin + j),
       hn::LoadU(d, row.cos_sin + row.sin_offset + j));
  }
  template <bool kBackward, class D, class TIn, class TOut, class V>
  HWY_INLINE static void Head(D d, const RowRef&, const TIn* in, TOut* out, V c,
                              V s) {
    StoreF32(d, InterleavedMath<kBackward>(d, LoadF32(d, in), c, s), out);
  }
};

// 4N entries of bf16 in and out, read as even entries (the pairs' first
// halves) and odd ones (their second), so no swap is needed, against the
// prepared row: per 2N entries, the cos then the sin of each pair.
struct InterleavedEvenOdd2 : Blocks<4, 4> {
  template <class D, class Fn>
  HWY_INLINE static void LoadRow(D d, const RowRef& row, int64_t j,
                                 const Fn& fn) {
    const int64_t N = static_cast<int64_t>(hn::Lanes(d));
    const float* p = row.prepared + j;
    fn(LoadF32(d, p), LoadF32(d, p + N), LoadF32(d, p + 2 * N),
       LoadF32(d, p + 3 * N));
  }
  template <bool kBackward, class D, class V>
  HWY_INLINE static void Head(D d, const RowRef&, const rotary::bf16* in,
                              rotary::bf16* out, V c0, V s0, V c1, V s1) {
    const int64_t N = static_cast<int64_t>(hn::Lanes(d));
    V xa0, xb0, xa1, xb1, ya0, yb0, ya1, yb1;
    LoadEvenOdd(d, in, &xa0, &xb0);
    LoadEvenOdd(d, in + 2 * N, &xa1, &xb1);
    HalfSplitMath<kBackward>(xa0, xb0, c0, s0, &ya0, &yb0);
    HalfSplitMath<kBackward>(xa1, xb1, c1, s1, &ya1, &yb1);
    StoreEvenOdd(d, ya0, yb0, out);
    StoreEvenOdd(d, ya1, yb1, out + 2 * N);
  }
};

// 2N entries of bf16 in and out (see above).
struct InterleavedEvenOdd1 : Blocks<2, 2> {
  template <class D, class Fn>
  HWY_INLINE static void LoadRow(D d, const RowRef& row, int64_t j,
                                 const Fn& fn) {
    const int64_t N = static_cast<int64_t>(hn::Lanes(d));
    fn(LoadF32(d, row.prepared + j), LoadF32(d, row.prepared + j + N));
  }
  template <bool kBackward, class D, class V>
  HWY_INLINE static void Head(D d, const RowRef&, const rotary::bf16* in,
                              rotary::bf16* out, V c, V s) {
    V xa, xb, ya, yb;
    LoadEvenOdd(d, in, &xa, &xb);
    HalfSplitMath<kBackward>(xa, xb, c, s, &ya, &yb);
    StoreEvenOdd(d, ya, yb, out);
  }
};

// ---------------------------------------------------------------- kernels

// Pairs [j, half) of every head of w, in scalar f32: the pairs no vector
// covers. A loop of its own, heads outer: the compiler's contraction of
// these expressions into FMAs depends on the loop's shape, and this shape
// is the one the kernels' outputs are frozen with (tests/frozen).
template <bool kBackward, class TIn, class TOut>
HWY_INLINE void HalfSplitTail(const Heads<TIn, TOut>& w, const float* row,
                              int64_t j, int64_t half) {
  if (j >= half) return;
  for (int64_t h = 0; h < w.count; ++h) {
    const TIn* in = w.In(h);
    TOut* out = w.Out(h);
    for (int64_t i = j; i < half; ++i) {
      const float c = row[i];
      const float s = kBackward ? -row[half + i] : row[half + i];
      const float xa = ToF32(in[i]), xb = ToF32(in[half + i]);
      FromF32(xa * c - xb * s, out + i);
      FromF32(xb * c + xa * s, out + half + i);
    }
  }
}

// Entries [j, rd) of every head of w, pair by pair (see HalfSplitTail).
template <bool kBackward, class TIn, class TOut>
HWY_INLINE void InterleavedTail(const Heads<TIn, TOut>& w, const float* row,
                                int64_t j, int64_t rd) {
  if (j >= rd) return;
  for (int64_t h = 0; h < w.count; ++h) {
    const TIn* in = w.In(h);
    TOut* out = w.Out(h);
    for (int64_t i = j; i < rd; i += 2) {
      const float c = row[i];
      const float s = kBackward ? -row[rd + i + 1] : row[rd + i + 1];
      const float xa = ToF32(in[i]), xb = ToF32(in[i + 1]);
      FromF32(xa * c - xb * s, out + i);
      FromF32(xb * c + xa * s, out + i + 1);
    }
  }
}

// Every entry of a's heads outside the rotated slice passes through.
template <class TIn, class TOut>
HWY_INLINE void PassThroughOutside(const rotary::detail::HeadsArgs& a) {
  const Heads<TIn, TOut> whole = HeadsOf<TIn, TOut>(a, 0);
  PassThroughHeads(whole, Entries{0, a.rotary_offset});
  PassThroughHeads(whole, Entries{a.rotary_offset + a.rotary_dim, a.head_dim});
}

template <class TIn, class TOut, bool kBackward>
void RotateHalfSplit(const rotary::detail::HeadsArgs& a) {
  const hn::ScalableTag<float> d;
  const int64_t N = static_cast<int64_t>(hn::Lanes(d));
  const int64_t half = a.rotary_dim / 2;
  const Heads<TIn, TOut> w = HeadsOf<TIn, TOut>(a, a.rotary_offset);
  HWY_ALIGN float prepared[kEvenOdd<TIn, TOut> ? kMaxEvenOddRow : 1];
  const RowRef row{a.row, prepared, half, half};
  int64_t j = 0;
  if constexpr (kEvenOdd<TIn, TOut>) {
    if (a.rotary_dim <= kMaxEvenOddRow) {
      const int64_t pairs = PrepareEvenOddHalfSplit(d, a.row, half, prepared);
      j = Walk<HalfSplitEvenOdd, kBackward>(d, row, w, Entries{0, pairs});
    }
  }
  j = Walk<HalfSplitBy2, kBackward>(d, row, w, Entries{j, half});
  j = Walk<HalfSplitBy1, kBackward>(d, row, w, Entries{j, half});
  if (N > 4) {  // a 128-bit block before single pairs
    const hn::CappedTag<float, 4> d4;
    j = Walk<HalfSplitBy1, kBackward>(d4, row, w, Entries{j, half});
  }
  HalfSplitTail<kBackward>(w, a.row, j, half);
  PassThroughOutside<TIn, TOut>(a);
}

template <class TIn, class TOut, bool kBackward>
void RotateInterleaved(const rotary::detail::HeadsArgs& a) {
  const hn::ScalableTag<float> d;
  const int64_t N = static_cast<int64_t>(hn::Lanes(d));
  const int64_t rd = a.rotary_dim;
  const Heads<TIn, TOut> w = HeadsOf<TIn, TOut>(a, a.rotary_offset);
  HWY_ALIGN float prepared[kEvenOdd<TIn, TOut> ? kMaxEvenOddRow : 1];
  const RowRef row{a.row, prepared, rd, 0};
  int64_t j = 0;
  if (N >= 2) {  // vectors of whole pairs
    if constexpr (kEvenOdd<TIn, TOut>) {
      if (rd <= kMaxEvenOddRow) {
        const int64_t entries =
            PrepareEvenOddInterleaved(d, a.row, rd, prepared);
        j = Walk<InterleavedEvenOdd2, kBackward>(d, row, w,
                                                 Entries{0, entries});
        j = Walk<InterleavedEvenOdd1, kBackward>(d, row, w,
                                                 Entries{j, entries});
      }
    }
    j = Walk<InterleavedBy4, kBackward>(d, row, w, Entries{j, rd});
    j = Walk<InterleavedBy2, kBackward>(d, row, w, Entries{j, rd});
    j = Walk<InterleavedBy1, kBackward>(d, row, w, Entries{j, rd});
    if (N > 4) {  // a 128-bit block before single pairs
      const hn::CappedTag<float, 4> d4;
      j = Walk<InterleavedBy1, kBackward>(d4, row, w, Entries{j, rd});
    }
  }
  InterleavedTail<kBackward>(w, a.row, j, rd);
  PassThroughOutside<TIn, TOut>(a);
}

// NOLINTNEXTLINE(google-readability-namespace-comments)
}  // namespace HWY_NAMESPACE
}  // namespace rotary
HWY_AFTER_NAMESPACE();

#endif  // ROTARY_DISPATCH_ROPE_INL_H_
