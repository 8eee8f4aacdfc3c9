// QK-norm fused with the rotation, compiled once per Highway target
// (included by rotate_part-inl.h, so by rope_f32.cc, rope_f16.cc and
// rope_bf16.cc). One pass over each head of q or k: the head's sum of
// squares, then its normalization and rotation while it is still in L1,
// instead of a norm pass over the whole tensor followed by a rope pass.
//
// Per head of head_dim entries (the whole head, whatever slice rotates),
// with inv_rms(v) = 1 / sqrt(sum(v_i^2) / head_dim + eps):
//   before (Qwen3, OLMo 2: weight w; Gemma 3: weight 1 + w):
//     y = rotate(x * inv_rms(x) * weight)
//   after (Llama 4, no weight):
//     y = r * inv_rms(r), r = rotate(x)
//
// Error bound: the sum of squares is accumulated in f32 lanes (two vector
// accumulators, their lanes summed, then a scalar tail), so its relative
// error is at most about (head_dim / (2 Lanes) + log2(2 Lanes) + 2) * 2^-24
// (the usual bound for blocked summation of non-negative terms, 2 Lanes
// partial sums: 2.2e-6 for head_dim 256 at 4 lanes); 1/sqrt(mean + eps) is
// formed in double from it and rounded once to f32, which halves that error and
// adds 2^-24. Each normalized entry then takes two more f32 roundings (x * inv,
// * weight), and the rotation its own (rope-inl.h). Against a reference
// computed in double throughout, an f32 output is off by at most about
// (head_dim / (2 Lanes) + 8) * 2^-24 times the head's largest |y| (entries
// bounded by sqrt(head_dim) * max|weight|); a 16-bit output adds its one
// rounding to nearest-even. tests/qk_norm_test.cc holds every target to
// (head_dim / 2 + 16) * 2^-24 times that largest |y|, a bound at any lane
// count.

#if defined(ROTARY_DISPATCH_NORM_INL_H_) == defined(HWY_TARGET_TOGGLE)
#ifdef ROTARY_DISPATCH_NORM_INL_H_
#undef ROTARY_DISPATCH_NORM_INL_H_
#else
#define ROTARY_DISPATCH_NORM_INL_H_
#endif

#include <cmath>
#include <cstdint>
#include <limits>
#include <memory>

#include "dispatch/io-inl.h"
#include "dispatch/kernels.h"
#include "dispatch/rope-inl.h"
#include "hwy/highway.h"

HWY_BEFORE_NAMESPACE();
namespace rotary {
namespace HWY_NAMESPACE {
namespace hn = hwy::HWY_NAMESPACE;

// The sum of the squares of n entries at p, in f32: two accumulators of
// whole vectors (an FMA's latency hides behind the other's), their lanes
// summed, then the entries no vector covers.
template <class D, class T>
HWY_INLINE float SumOfSquares(D d, const T* HWY_RESTRICT p, int64_t n) {
  const int64_t N = static_cast<int64_t>(hn::Lanes(d));
  hn::Vec<D> acc0 = hn::Zero(d), acc1 = hn::Zero(d);
  int64_t i = 0;
  for (; i + 2 * N <= n; i += 2 * N) {
    const hn::Vec<D> x0 = LoadF32(d, p + i), x1 = LoadF32(d, p + i + N);
    acc0 = hn::MulAdd(x0, x0, acc0);
    acc1 = hn::MulAdd(x1, x1, acc1);
  }
  for (; i + N <= n; i += N) {
    const hn::Vec<D> x = LoadF32(d, p + i);
    acc0 = hn::MulAdd(x, x, acc0);
  }
  float sum = hn::GetLane(hn::SumOfLanes(d, hn::Add(acc0, acc1)));
  for (; i < n; ++i) {
    const float x = ToF32(p[i]);
    sum += x * x;
  }
  return sum;
}

// 1 / sqrt(sum_sq / n + eps), formed in double and rounded once.
HWY_INLINE float InverseRms(float sum_sq, int64_t n, double eps) {
  return static_cast<float>(
      1.0 /
      std::sqrt(static_cast<double>(sum_sq) / static_cast<double>(n) + eps));
}

// out[i] = in[i] * inv * weight[i] (no weight: in[i] * inv) for i < n, in
// f32, stored as TOut; vector and scalar entries round alike.
template <class D, class TIn, class TOut>
HWY_INLINE void ScaleEntries(D d, const TIn* HWY_RESTRICT in, float inv,
                             const float* HWY_RESTRICT weight, int64_t n,
                             TOut* HWY_RESTRICT out) {
  const int64_t N = static_cast<int64_t>(hn::Lanes(d));
  const hn::Vec<D> vinv = hn::Set(d, inv);
  int64_t i = 0;
  if (weight != nullptr) {
    for (; i + N <= n; i += N) {
      const hn::Vec<D> y =
          hn::Mul(hn::Mul(LoadF32(d, in + i), vinv), hn::LoadU(d, weight + i));
      StoreF32(d, y, out + i);
    }
    for (; i < n; ++i) FromF32(ToF32(in[i]) * inv * weight[i], out + i);
    return;
  }
  for (; i + N <= n; i += N) {
    StoreF32(d, hn::Mul(LoadF32(d, in + i), vinv), out + i);
  }
  for (; i < n; ++i) FromF32(ToF32(in[i]) * inv, out + i);
}

// The order every path below takes its heads in, kBatch at a time: each
// head's sum of squares (sum(h); with ahead > 0, input streamed from memory,
// after prefetching the head `ahead` heads on, as the streaming walks do),
// then the batch's inverse RMS over n entries, then finish(h, inverse) for
// each head. The heads' reductions, divisions and square roots overlap
// instead of each head waiting on its own chain (a one-token call is bound
// by that chain).
template <class TIn, class Sum, class Finish>
HWY_INLINE void InBatches(const TIn* in, int64_t in_stride, int64_t heads,
                          int64_t n, double eps, int64_t ahead, const Sum& sum,
                          const Finish& finish) {
  constexpr int64_t kBatch = 8;
  for (int64_t h0 = 0; h0 < heads; h0 += kBatch) {
    const int64_t count = heads - h0 < kBatch ? heads - h0 : kBatch;
    float inv[kBatch];  // each head's sum of squares, then its inverse RMS
    for (int64_t i = 0; i < count; ++i) {
      if (ahead > 0) PrefetchHeadAt(in, h0 + i + ahead, in_stride, n);
      inv[i] = sum(h0 + i);
    }
    for (int64_t i = 0; i < count; ++i) inv[i] = InverseRms(inv[i], n, eps);
    for (int64_t i = 0; i < count; ++i) finish(h0 + i, inv[i]);
  }
}

// out head h = in head h * inv_rms(in head h) * weight, for `heads` heads
// of n entries (strides in elements), in batches (InBatches).
template <class D, class TIn, class TOut>
HWY_INLINE void NormalizeHeads(D d, const TIn* in, int64_t in_stride,
                               int64_t heads, int64_t n,
                               const rotary::detail::NormArgs& norm, TOut* out,
                               int64_t out_stride, int64_t ahead = 0) {
  InBatches(
      in, in_stride, heads, n, norm.eps, ahead,
      [&](int64_t h) { return SumOfSquares(d, in + h * in_stride, n); },
      [&](int64_t h, float inv) {
        ScaleEntries(d, in + h * in_stride, inv, norm.weight, n,
                     out + h * out_stride);
      });
}

// The forward rotation of a's heads, TIn to TOut.
template <class TIn, class TOut, bool kInterleaved>
HWY_INLINE void RotateForward(const rotary::detail::HeadsArgs& a) {
  if (kInterleaved) {
    RotateInterleaved<TIn, TOut, false>(a);
  } else {
    RotateHalfSplit<TIn, TOut, false>(a);
  }
}

// SVE vectors are sizeless (no arrays of them): the held path below is left
// out of the SVE targets, which take the general path.
#if HWY_TARGET != HWY_SVE && HWY_TARGET != HWY_SVE2 && \
    HWY_TARGET != HWY_SVE_256 && HWY_TARGET != HWY_SVE2_128
#define ROTARY_NORM_HELD 1
#else
#define ROTARY_NORM_HELD 0
#endif

#if ROTARY_NORM_HELD
// Heads whose whole head rotates and fills kVectors vectors exactly
// (head_dim = kVectors * Lanes(d): 128 on AVX-512 with kVectors 8), a batch
// of heads at a time: each head's sum of squares from its entries in
// registers, then the batch's inverses (their divisions and square roots
// overlap, instead of each head's rotation waiting on its own chain), then
// each head loaded again (from L1), normalized and rotated in registers and
// stored once. The same operations in the same order as NormalizeHeads and
// the rotation through the scratch (the sum's two accumulators, x * inv then
// * weight, HalfSplitMath / InterleavedMath), so the outputs are those of
// the general path below, without its scratch stores and loads.
template <int kVectors, class TIn, class TOut, bool kInterleaved, class D>
HWY_INLINE void NormRotateHeld(D d, const rotary::detail::HeadsArgs& a,
                               int64_t ahead) {
  using V = hn::Vec<D>;
  constexpr int kHalf = kVectors / 2;
  const int64_t N = static_cast<int64_t>(hn::Lanes(d));
  const int64_t hd = a.head_dim;
  const rotary::detail::NormArgs& norm = *a.norm;
  const float* HWY_RESTRICT row = a.row;
  const float* HWY_RESTRICT weight = norm.weight;
  const TIn* in = static_cast<const TIn*>(a.in);
  TOut* out = static_cast<TOut*>(a.out);
  const auto load = [&](int64_t h, V* x) {
    const TIn* hin = in + h * a.in_head_stride;
    HWY_UNROLL(16)
    for (int k = 0; k < kVectors; ++k) x[k] = LoadF32(d, hin + k * N);
  };
  const auto sum_of_squares = [&](const V* x) {
    V acc0 = hn::Zero(d), acc1 = hn::Zero(d);
    HWY_UNROLL(16)
    for (int k = 0; k + 1 < kVectors; k += 2) {
      acc0 = hn::MulAdd(x[k], x[k], acc0);
      acc1 = hn::MulAdd(x[k + 1], x[k + 1], acc1);
    }
    if (kVectors % 2) acc0 = hn::MulAdd(x[kVectors - 1], x[kVectors - 1], acc0);
    return hn::GetLane(hn::SumOfLanes(d, hn::Add(acc0, acc1)));
  };
  const auto rotate = [&](V* x) {
    if (kInterleaved) {
      HWY_UNROLL(16)
      for (int k = 0; k < kVectors; ++k) {
        x[k] = InterleavedMath<false>(d, x[k], hn::LoadU(d, row + k * N),
                                      hn::LoadU(d, row + hd + k * N));
      }
    } else {
      HWY_UNROLL(16)
      for (int k = 0; k < kHalf; ++k) {
        const V c = hn::LoadU(d, row + k * N);
        const V s = hn::LoadU(d, row + hd / 2 + k * N);
        HalfSplitMath<false>(x[k], x[k + kHalf], c, s, &x[k], &x[k + kHalf]);
      }
    }
  };
  const auto sum = [&](int64_t h) {
    V x[kVectors];
    load(h, x);
    if (norm.after) rotate(x);
    return sum_of_squares(x);
  };
  const auto finish = [&](int64_t h, float inv) {
    V x[kVectors];
    load(h, x);
    const V vinv = hn::Set(d, inv);
    if (!norm.after) {
      HWY_UNROLL(16)
      for (int k = 0; k < kVectors; ++k) {
        x[k] = weight != nullptr ? hn::Mul(hn::Mul(x[k], vinv),
                                           hn::LoadU(d, weight + k * N))
                                 : hn::Mul(x[k], vinv);
      }
      rotate(x);
    } else {
      rotate(x);
      HWY_UNROLL(16)
      for (int k = 0; k < kVectors; ++k) x[k] = hn::Mul(x[k], vinv);
    }
    TOut* hout = out + h * a.out_head_stride;
    HWY_UNROLL(16)
    for (int k = 0; k < kVectors; ++k) StoreF32(d, x[k], hout + k * N);
  };
  InBatches(in, a.in_head_stride, a.heads, hd, norm.eps, ahead, sum, finish);
}

#endif  // ROTARY_NORM_HELD

// Heads normalized before the rotation whose whole head rotates in blocks
// of two vectors (interleaved: head_dim a multiple of 2 Lanes(d); half-split:
// of 4 Lanes(d)), where the held path does not apply: a batch of heads' sums
// of squares, then their inverses, then each head read again from L1 two
// vectors (interleaved) or two pairs of vectors (half-split) at a time,
// scaled, rotated and stored, without the scratch's store and reload. The
// same operations in the same order as NormalizeHeads and the rotation
// through the scratch, so the outputs are those of the general path below.
template <class TIn, class TOut, bool kInterleaved, class D>
HWY_INLINE void NormRotateBlocks(D d, const rotary::detail::HeadsArgs& a,
                                 int64_t ahead) {
  using V = hn::Vec<D>;
  const int64_t N = static_cast<int64_t>(hn::Lanes(d));
  const int64_t hd = a.head_dim;
  const int64_t half = hd / 2;
  const rotary::detail::NormArgs& norm = *a.norm;
  const float* HWY_RESTRICT row = a.row;
  const float* HWY_RESTRICT weight = norm.weight;
  const TIn* in = static_cast<const TIn*>(a.in);
  TOut* out = static_cast<TOut*>(a.out);
  // Entries [k, k + N) of a head, times its inverse RMS, then the weight.
  const auto scaled = [&](const TIn* p, int64_t k, V vinv) {
    const V x = hn::Mul(LoadF32(d, p + k), vinv);
    return weight != nullptr ? hn::Mul(x, hn::LoadU(d, weight + k)) : x;
  };
  const auto finish = [&](int64_t h, float inv) {
    const TIn* hin = in + h * a.in_head_stride;  // in place: hout
    TOut* hout = out + h * a.out_head_stride;
    const V vinv = hn::Set(d, inv);
    if (kInterleaved) {
      for (int64_t k = 0; k < hd; k += 2 * N) {
        const V y0 = InterleavedMath<false>(d, scaled(hin, k, vinv),
                                            hn::LoadU(d, row + k),
                                            hn::LoadU(d, row + hd + k));
        const V y1 = InterleavedMath<false>(d, scaled(hin, k + N, vinv),
                                            hn::LoadU(d, row + k + N),
                                            hn::LoadU(d, row + hd + k + N));
        Store2F32(d, y0, y1, hout + k);
      }
    } else {
      for (int64_t k = 0; k < half; k += 2 * N) {
        V ya0, yb0, ya1, yb1;
        HalfSplitMath<false>(scaled(hin, k, vinv), scaled(hin, half + k, vinv),
                             hn::LoadU(d, row + k),
                             hn::LoadU(d, row + half + k), &ya0, &yb0);
        HalfSplitMath<false>(scaled(hin, k + N, vinv),
                             scaled(hin, half + k + N, vinv),
                             hn::LoadU(d, row + k + N),
                             hn::LoadU(d, row + half + k + N), &ya1, &yb1);
        Store2F32(d, ya0, ya1, hout + k);
        Store2F32(d, yb0, yb1, hout + half + k);
      }
    }
  };
  InBatches(
      in, a.in_head_stride, a.heads, hd, norm.eps, ahead,
      [&](int64_t h) { return SumOfSquares(d, in + h * a.in_head_stride, hd); },
      finish);
}

// bf16 heads in and out, normalized before the rotation, whose whole head
// rotates (interleaved: head_dim a multiple of 2 Lanes(d); half-split: of 4
// Lanes(d); at most kMaxEvenOddRow): every 2N entries are read as their even
// and their odd entries (LoadEvenOdd: a shift and a mask, no widening
// shuffle) and stored back rounded by StoreEvenOdd, as the plain bf16
// kernels do; the row (PrepareEvenOdd*) and the weight are permuted to
// match once per call. Otherwise as NormRotateBlocks: a batch of heads'
// sums, their inverses, then each head from L1. The sum adds the even
// entries' squares in one accumulator and the odd ones' in the other, so
// each lane still sums head_dim / (2 Lanes) squares (the bound at the top of
// this file holds) but not in the general path's order: outputs may differ
// from it in the last bit. NaNs in the weight are quieted to the default
// NaN first, as StoreEvenOdd needs (its rounding assumes NaNs with a zero
// low half).
#if HWY_TARGET != HWY_SCALAR  // as LoadEvenOdd (io-inl.h)
template <bool kInterleaved, class D>
HWY_INLINE void NormRotateEvenOdd(D d, const rotary::detail::HeadsArgs& a,
                                  int64_t ahead) {
  using V = hn::Vec<D>;
  const int64_t N = static_cast<int64_t>(hn::Lanes(d));
  const int64_t hd = a.head_dim;
  const int64_t half = hd / 2;
  const rotary::detail::NormArgs& norm = *a.norm;
  HWY_ALIGN float row[kMaxEvenOddRow];
  HWY_ALIGN float weight[kMaxEvenOddRow];
  if (kInterleaved) {
    PrepareEvenOddInterleaved(d, a.row, hd, row);
  } else {
    PrepareEvenOddHalfSplit(d, a.row, half, row);
  }
  const bool weighted = norm.weight != nullptr;
  if (weighted) {
    const V nan = hn::Set(d, std::numeric_limits<float>::quiet_NaN());
    for (int64_t j = 0; j < hd; j += 2 * N) {
      V w0 = hn::LoadU(d, norm.weight + j);
      V w1 = hn::LoadU(d, norm.weight + j + N);
      w0 = hn::IfThenElse(hn::Eq(w0, w0), w0, nan);
      w1 = hn::IfThenElse(hn::Eq(w1, w1), w1, nan);
      hn::Store(hn::ConcatEven(d, w1, w0), d, weight + j);
      hn::Store(hn::ConcatOdd(d, w1, w0), d, weight + j + N);
    }
  }
  const rotary::bf16* in = static_cast<const rotary::bf16*>(a.in);
  rotary::bf16* out = static_cast<rotary::bf16*>(a.out);
  // x (entries at weight + j of the permuted order) times the inverse RMS,
  // then the weight.
  const auto scaled = [&](V x, int64_t j, V vinv) {
    x = hn::Mul(x, vinv);
    return weighted ? hn::Mul(x, hn::Load(d, weight + j)) : x;
  };
  const auto sum = [&](int64_t h) {
    const rotary::bf16* hin = in + h * a.in_head_stride;
    V acc0 = hn::Zero(d), acc1 = hn::Zero(d);
    for (int64_t j = 0; j < hd; j += 2 * N) {
      V even, odd;
      LoadEvenOdd(d, hin + j, &even, &odd);
      acc0 = hn::MulAdd(even, even, acc0);
      acc1 = hn::MulAdd(odd, odd, acc1);
    }
    return hn::GetLane(hn::SumOfLanes(d, hn::Add(acc0, acc1)));
  };
  const auto finish = [&](int64_t h, float inv) {
    const rotary::bf16* hin = in + h * a.in_head_stride;  // in place: hout
    rotary::bf16* hout = out + h * a.out_head_stride;
    const V vinv = hn::Set(d, inv);
    if (kInterleaved) {
      for (int64_t j = 0; j < hd; j += 2 * N) {
        V even, odd, ye, yo;
        LoadEvenOdd(d, hin + j, &even, &odd);
        HalfSplitMath<false>(scaled(even, j, vinv), scaled(odd, j + N, vinv),
                             hn::Load(d, row + j), hn::Load(d, row + j + N),
                             &ye, &yo);
        StoreEvenOdd(d, ye, yo, hout + j);
      }
    } else {
      for (int64_t j = 0; j < half; j += 2 * N) {
        V ae, ao, be, bo, yae, yao, ybe, ybo;
        LoadEvenOdd(d, hin + j, &ae, &ao);
        LoadEvenOdd(d, hin + half + j, &be, &bo);
        const float* p = row + 2 * j;  // cos even, cos odd, sin even, sin odd
        HalfSplitMath<false>(scaled(ae, j, vinv), scaled(be, half + j, vinv),
                             hn::Load(d, p), hn::Load(d, p + 2 * N), &yae,
                             &ybe);
        HalfSplitMath<false>(scaled(ao, j + N, vinv),
                             scaled(bo, half + j + N, vinv),
                             hn::Load(d, p + N), hn::Load(d, p + 3 * N), &yao,
                             &ybo);
        StoreEvenOdd(d, yae, yao, hout + j);
        StoreEvenOdd(d, ybe, ybo, hout + half + j);
      }
    }
  };
  InBatches(in, a.in_head_stride, a.heads, hd, norm.eps, ahead, sum, finish);
}
#endif  // HWY_TARGET != HWY_SCALAR

// Floats of the f32 scratch that holds a group of normalized (before) or
// rotated (after) heads between the norm and the rotation: 16 KiB, so a
// group stays in L1 beside its input. A head longer than that gets a
// scratch of its own from the heap.
constexpr int64_t kNormScratchFloats = 4096;

// The heads of a (a.norm set), normalized and rotated forward (see the top
// of this file), a group of heads at a time through the f32 scratch: the
// rotation is rope-inl.h's own, f32 in (before) or f32 out (after), so the
// rotated slice, its offset and the pass-through of the other entries are
// exactly those of the plain rotation.
template <class TIn, class TOut, bool kInterleaved>
void NormRotate(const rotary::detail::HeadsArgs& a) {
  const rotary::detail::NormArgs& norm = *a.norm;
  const hn::ScalableTag<float> d;
  const int64_t hd = a.head_dim;
  HWY_ALIGN float stack_scratch[kNormScratchFloats];
  std::unique_ptr<float[]> heap_scratch;
  float* scratch = stack_scratch;
  int64_t group = kNormScratchFloats / hd;
  if (group < 1) {
    heap_scratch.reset(new float[static_cast<size_t>(hd)]);
    scratch = heap_scratch.get();
    group = 1;
  }
  // Heads prefetched ahead where the input streams from memory (walk-inl.h).
  const int64_t ahead = a.walk.kind == rotary::detail::WalkKind::streaming
                            ? StreamingAhead(hd * int64_t{sizeof(TIn)})
                            : 0;
  // The whole head rotates in blocks of whole vectors: a path without the
  // scratch, by dtype and size (see each).
  const int64_t N = static_cast<int64_t>(hn::Lanes(d));
  const bool whole_head = a.rotary_offset == 0 && a.rotary_dim == hd && N >= 2;
  const bool whole_blocks =
      whole_head && hd % ((kInterleaved ? 2 : 4) * N) == 0;
#if HWY_TARGET != HWY_SCALAR
  if constexpr (kEvenOdd<TIn, TOut>) {
    if (whole_blocks && !norm.after && hd <= kMaxEvenOddRow) {
      return NormRotateEvenOdd<kInterleaved>(d, a, ahead);
    }
  }
#endif
#if ROTARY_NORM_HELD
  if (whole_head) {
    if (hd == 4 * N) {
      return NormRotateHeld<4, TIn, TOut, kInterleaved>(d, a, ahead);
    }
    if (hd == 8 * N) {
      return NormRotateHeld<8, TIn, TOut, kInterleaved>(d, a, ahead);
    }
  }
#endif
  if (whole_blocks && !norm.after) {
    return NormRotateBlocks<TIn, TOut, kInterleaved>(d, a, ahead);
  }
  const TIn* in = static_cast<const TIn*>(a.in);
  TOut* out = static_cast<TOut*>(a.out);
  for (int64_t h0 = 0; h0 < a.heads; h0 += group) {
    const int64_t heads = a.heads - h0 < group ? a.heads - h0 : group;
    const TIn* group_in = in + h0 * a.in_head_stride;
    TOut* group_out = out + h0 * a.out_head_stride;
    rotary::detail::HeadsArgs r = a;
    r.heads = heads;
    r.norm = nullptr;
    // A rotation from the scratch (in L1) walks it resident: no prefetch, no
    // held row. One from the input (after) walks it as the call's walk
    // would, prefetching where that streams.
    r.walk = norm.after && ahead > 0
                 ? a.walk
                 : rotary::detail::WalkOrder{rotary::detail::WalkKind::resident,
                                             0};
    if (!norm.after) {
      NormalizeHeads(d, group_in, a.in_head_stride, heads, hd, norm, scratch,
                     hd, ahead);
      r.in = scratch;
      r.in_head_stride = hd;
      r.out = group_out;
      RotateForward<float, TOut, kInterleaved>(r);
    } else {
      r.in = group_in;
      r.out = scratch;
      r.out_head_stride = hd;
      RotateForward<TIn, float, kInterleaved>(r);
      NormalizeHeads(d, static_cast<const float*>(scratch), hd, heads, hd, norm,
                     group_out, a.out_head_stride);
    }
  }
}

#undef ROTARY_NORM_HELD

// NOLINTNEXTLINE(google-readability-namespace-comments)
}  // namespace HWY_NAMESPACE
}  // namespace rotary
HWY_AFTER_NAMESPACE();

#endif  // ROTARY_DISPATCH_NORM_INL_H_
