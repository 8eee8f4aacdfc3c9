// FROZEN COPY of dispatch/rope-inl.h as of commit dc3eef60cffb, for
// tests/kernel_frozen_test.cc only. Do not edit it to follow changes in
// dispatch/: it is the record of today's outputs that a rewrite of the
// kernels' walk layer must reproduce bit for bit on every target. Changed
// from the original only where two copies must live in one binary: the
// include guard, the namespace (rotary_frozen::HWY_NAMESPACE) and HeadsArgs
// (tests/frozen/heads_args.h, so a change to dispatch/kernels.h cannot
// reach in here). The rest of the text, comments included, is verbatim.
//
// RoPE kernels, compiled once per Highway target (included by rope.cc through
// hwy/foreach_target.h). Each rotates every head of one token with one cos/sin
// row, so the row is fetched once per token and stays in L1 across heads.
// Tensors are f32, f16 or bf16 (input and output each); the row and the math
// are f32.

#if defined(ROTARY_TESTS_FROZEN_ROPE_INL_H_) == defined(HWY_TARGET_TOGGLE)
#ifdef ROTARY_TESTS_FROZEN_ROPE_INL_H_
#undef ROTARY_TESTS_FROZEN_ROPE_INL_H_
#else
#define ROTARY_TESTS_FROZEN_ROPE_INL_H_
#endif

#include <cstring>
#include <type_traits>

#include "tests/frozen/heads_args.h"
#include "hwy/cache_control.h"
#include "hwy/highway.h"
#include "dispatch/dtype.h"

// For the lambdas handed to the walks below (ForBlocks, ForHeldRow):
// compiled for the current target and always inlined. GCC otherwise keeps
// some out of line, which for a held row means its vectors are passed,
// and reloaded, through memory on every call.
#ifndef ROTARY_WALK_LAMBDA
#if HWY_COMPILER_GCC || HWY_COMPILER_CLANG
#define ROTARY_WALK_LAMBDA HWY_ATTR __attribute__((always_inline))
#else
#define ROTARY_WALK_LAMBDA HWY_ATTR
#endif
#endif

HWY_BEFORE_NAMESPACE();
namespace rotary_frozen {
namespace HWY_NAMESPACE {
namespace hn = hwy::HWY_NAMESPACE;

// ---------------------------------------------------------- element types
// Tensors hold f32, f16 or bf16; the math is always f32 lanes. Loads widen
// exactly; stores narrow rounding to nearest-even, NaN kept NaN (quiet) and
// +-Inf kept, bit for bit what rotary::to_bf16 / to_f16 return (whose
// bodies in src/dtype.h the scalar tails use).

// Whether Highway's f16 PromoteTo/DemoteTo are the hardware conversions
// (F16C on AVX2 and AVX-512, FCVT on arm64 NEON/SVE), which round to
// nearest-even. Highway 1.0.3's emulation elsewhere (SSE4, SSSE3, SCALAR)
// truncates and turns Inf/NaN into finite numbers, so there we convert with
// our own integer code.
#if (HWY_ARCH_X86 && HWY_TARGET <= HWY_AVX2) || \
    (HWY_ARCH_ARM_A64 && HWY_TARGET != HWY_SCALAR && HWY_TARGET != HWY_EMU128)
constexpr bool kHardwareF16 = true;
#else
constexpr bool kHardwareF16 = false;
#endif

HWY_INLINE const uint16_t* Bits16(const rotary::bf16* p) {
  return reinterpret_cast<const uint16_t*>(p);
}
HWY_INLINE const uint16_t* Bits16(const rotary::f16* p) {
  return reinterpret_cast<const uint16_t*>(p);
}
HWY_INLINE uint16_t* Bits16(rotary::bf16* p) {
  return reinterpret_cast<uint16_t*>(p);
}
HWY_INLINE uint16_t* Bits16(rotary::f16* p) {
  return reinterpret_cast<uint16_t*>(p);
}

// Scalar conversions, for tails and the one-lane SCALAR target; identical to
// the lanes below.
HWY_INLINE float ToF32(float x) { return x; }
HWY_INLINE float ToF32(rotary::bf16 x) {
  return rotary::detail::float_from_bf16_bits(x.bits);
}
HWY_INLINE float ToF32(rotary::f16 x) {
  return rotary::detail::float_from_f16_bits(x.bits);
}
HWY_INLINE void FromF32(float y, float* p) { *p = y; }
HWY_INLINE void FromF32(float y, rotary::bf16* p) {
  p->bits = rotary::detail::bf16_bits_from_float(y);
}
HWY_INLINE void FromF32(float y, rotary::f16* p) {
  p->bits = rotary::detail::f16_bits_from_float(y);
}

// v, held in a register. A loaded vector that feeds two instructions would
// otherwise often be folded into both as a memory operand by GCC, which
// doubles the loads, and the load ports are what bounds these loops on data
// in cache (AVX2 f32 half-split, 16 tokens in L2: 0.70 of the roofline with
// the loads doubled, 0.99 without, on Zen 4).
template <class V>
HWY_INLINE V InRegister(V v) {
#if HWY_ARCH_X86 && HWY_TARGET != HWY_SCALAR && HWY_TARGET != HWY_EMU128 && \
    (defined(__GNUC__) || defined(__clang__))
#if HWY_TARGET <= HWY_AVX3
  asm("" : "+v"(v.raw));  // any of zmm0-31
#else
  asm("" : "+x"(v.raw));
#endif
#endif
  return v;
}

// Lanes(d) elements at p, as f32.
template <class D>
HWY_INLINE hn::Vec<D> LoadF32(D d, const float* p) {
  return InRegister(hn::LoadU(d, p));
}

#if HWY_TARGET == HWY_SCALAR
// One lane: the scalar conversions beat lane-wise emulation.
template <class D>
HWY_INLINE hn::Vec<D> LoadF32(D d, const rotary::bf16* p) {
  return hn::Set(d, ToF32(*p));
}
template <class D>
HWY_INLINE hn::Vec<D> LoadF32(D d, const rotary::f16* p) {
  return hn::Set(d, ToF32(*p));
}
#else
template <class D>
HWY_INLINE hn::Vec<D> LoadF32(D d, const rotary::bf16* p) {
  const hn::RebindToUnsigned<D> du;
  const hn::Rebind<uint16_t, D> d16;
  const auto wide = hn::PromoteTo(du, hn::LoadU(d16, Bits16(p)));
  return hn::BitCast(d, hn::ShiftLeft<16>(wide));
}

template <class D>
HWY_INLINE hn::Vec<D> LoadF32(D d, const rotary::f16* p) {
  if constexpr (kHardwareF16) {
    const hn::Rebind<hwy::float16_t, D> dh;
    return hn::PromoteTo(
        d, hn::LoadU(dh, reinterpret_cast<const hwy::float16_t*>(p)));
  } else {
    const hn::RebindToSigned<D> di;
    const hn::Rebind<uint16_t, D> d16;
    const auto h = hn::BitCast(
        di, hn::PromoteTo(hn::RebindToUnsigned<D>(), hn::LoadU(d16, Bits16(p))));
    const auto em = hn::And(h, hn::Set(di, 0x7FFF));
    const auto sign = hn::ShiftLeft<16>(hn::Xor(h, em));
    const auto shifted = hn::ShiftLeft<13>(em);
    // Normal: rebias the exponent (15 -> 127).
    const auto normal = hn::Add(shifted, hn::Set(di, 0x38000000));
    // Subnormal: em * 2^-24, exact, never an f32 denormal (so FTZ/DAZ agree).
    const auto subnormal = hn::BitCast(
        di, hn::Mul(hn::ConvertTo(d, em), hn::Set(d, 1.0f / 16777216.0f)));
    // Inf or NaN, the NaN quieted with its payload kept.
    const auto quiet =
        hn::IfThenElseZero(hn::Gt(em, hn::Set(di, 0x7C00)),
                           hn::Set(di, 0x00400000));
    const auto inf_nan =
        hn::Or(hn::Or(shifted, hn::Set(di, 0x7F800000)), quiet);
    auto u = hn::IfThenElse(hn::Lt(em, hn::Set(di, 0x0400)), subnormal, normal);
    u = hn::IfThenElse(hn::Gt(em, hn::Set(di, 0x7BFF)), inf_nan, u);
    return hn::BitCast(d, hn::Or(u, sign));
  }
}
#endif  // HWY_TARGET == HWY_SCALAR

// bf16 of each lane, rounded to nearest-even, in the upper half of its u32
// (Highway 1.0.3's bf16 DemoteTo truncates): add just under half an ulp plus
// the kept lsb; NaN is quieted instead (the add could turn it into Inf).
template <class D>
HWY_INLINE hn::Vec<hn::RebindToUnsigned<D>> BF16Rounded(D d, hn::Vec<D> v) {
  const hn::RebindToUnsigned<D> du;
  (void)d;
  const auto u = hn::BitCast(du, v);
  const auto lsb = hn::And(hn::ShiftRight<16>(u), hn::Set(du, 1u));
  const auto rounded = hn::Add(u, hn::Add(lsb, hn::Set(du, 0x7FFFu)));
  const auto quiet_nan = hn::Or(u, hn::Set(du, 0x00400000u));
  return hn::IfThenElse(hn::RebindMask(du, hn::Eq(v, v)), rounded, quiet_nan);
}

// f16 bits of each lane, rounded to nearest-even, in the lower half of its
// i32 (the emulation for targets without hardware f16; see kHardwareF16).
template <class D>
HWY_INLINE hn::Vec<hn::RebindToSigned<D>> F16BitsEmulated(D d, hn::Vec<D> v) {
  const hn::RebindToSigned<D> di;
  const auto u = hn::BitCast(di, v);
  const auto a = hn::And(u, hn::Set(di, 0x7FFFFFFF));
  const auto sign = hn::And(hn::ShiftRight<16>(u), hn::Set(di, 0x8000));
  // Normal in f16 (|v| >= 2^-14): rebias the exponent (127 -> 15) and round
  // away 13 bits, ties to even.
  const auto lsb = hn::And(hn::ShiftRight<13>(a), hn::Set(di, 1));
  const auto normal = hn::ShiftRight<13>(
      hn::Add(a, hn::Add(lsb, hn::Set(di, 0xFFF - 0x38000000))));
  // Subnormal or zero in f16: |v| + 0.5 has an ulp of 2^-24, the f16
  // subnormal step, and the f32 addition rounds to nearest-even.
  const auto subnormal =
      hn::Sub(hn::BitCast(di, hn::Add(hn::BitCast(d, a), hn::Set(d, 0.5f))),
              hn::Set(di, 0x3F000000));
  const auto nan = hn::Or(hn::And(hn::ShiftRight<13>(a), hn::Set(di, 0x3FF)),
                          hn::Set(di, 0x7E00));
  auto h = hn::IfThenElse(hn::Lt(a, hn::Set(di, 0x38800000)), subnormal, normal);
  // From 65520 (half-way past the largest f16, 65504) up: Inf.
  h = hn::IfThenElse(hn::Gt(a, hn::Set(di, 0x477FEFFF)), hn::Set(di, 0x7C00), h);
  h = hn::IfThenElse(hn::Gt(a, hn::Set(di, 0x7F800000)), nan, h);
  return hn::Or(h, sign);
}

// Stores the Lanes(d) lanes of v at p.
template <class D>
HWY_INLINE void StoreF32(D d, hn::Vec<D> v, float* p) {
  hn::StoreU(v, d, p);
}

#if HWY_TARGET == HWY_SCALAR
template <class D>
HWY_INLINE void StoreF32(D d, hn::Vec<D> v, rotary::bf16* p) {
  (void)d;
  FromF32(hn::GetLane(v), p);
}
template <class D>
HWY_INLINE void StoreF32(D d, hn::Vec<D> v, rotary::f16* p) {
  (void)d;
  FromF32(hn::GetLane(v), p);
}
#else
template <class D>
HWY_INLINE void StoreF32(D d, hn::Vec<D> v, rotary::bf16* p) {
  const hn::RebindToSigned<D> di;
  const hn::Rebind<uint16_t, D> d16;
  const auto bits = hn::BitCast(di, hn::ShiftRight<16>(BF16Rounded(d, v)));
  hn::StoreU(hn::DemoteTo(d16, bits), d16, Bits16(p));
}

template <class D>
HWY_INLINE void StoreF32(D d, hn::Vec<D> v, rotary::f16* p) {
  if constexpr (kHardwareF16) {
    const hn::Rebind<hwy::float16_t, D> dh;
    hn::StoreU(hn::DemoteTo(dh, v), dh, reinterpret_cast<hwy::float16_t*>(p));
  } else {
    const hn::Rebind<uint16_t, D> d16;
    hn::StoreU(hn::DemoteTo(d16, F16BitsEmulated(d, v)), d16, Bits16(p));
  }
}
#endif  // HWY_TARGET == HWY_SCALAR

// Stores v0 then v1 (2 * Lanes(d) elements) at p; d is a full vector. Two
// 16-bit results share one narrowing shuffle and one store.
template <class D, class T>
HWY_INLINE void Store2F32(D d, hn::Vec<D> v0, hn::Vec<D> v1, T* p) {
  const int64_t N = static_cast<int64_t>(hn::Lanes(d));
#if HWY_TARGET != HWY_SCALAR
  if constexpr (std::is_same<T, rotary::bf16>::value) {
    const hn::Repartition<uint16_t, D> d16;
    const auto lo = hn::BitCast(d16, BF16Rounded(d, v0));
    const auto hi = hn::BitCast(d16, BF16Rounded(d, v1));
    hn::StoreU(hn::ConcatOdd(d16, hi, lo), d16, Bits16(p));
    return;
  } else if constexpr (std::is_same<T, rotary::f16>::value && !kHardwareF16) {
    const hn::Repartition<uint16_t, D> d16;
    const auto lo = hn::BitCast(d16, F16BitsEmulated(d, v0));
    const auto hi = hn::BitCast(d16, F16BitsEmulated(d, v1));
    hn::StoreU(hn::ConcatEven(d16, hi, lo), d16, Bits16(p));
    return;
  }
#endif
  StoreF32(d, v0, p);
  StoreF32(d, v1, p + N);
}

// Entries [begin, end) pass through: copied bit for bit when in and out
// share a dtype (and a no-op in place), converted otherwise.
template <class TIn, class TOut>
HWY_INLINE void PassThrough(const TIn* in, TOut* out, int64_t begin,
                            int64_t end) {
  if (end <= begin) return;
  if constexpr (std::is_same<TIn, TOut>::value) {
    if (static_cast<const void*>(in) != static_cast<const void*>(out)) {
      std::memcpy(out + begin, in + begin,
                  static_cast<size_t>(end - begin) * sizeof(TIn));
    }
  } else {
    const hn::ScalableTag<float> d;
    const int64_t N = static_cast<int64_t>(hn::Lanes(d));
    int64_t i = begin;
    for (; i + N <= end; i += N) StoreF32(d, LoadF32(d, in + i), out + i);
    for (; i < end; ++i) FromF32(ToF32(in[i]), out + i);
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

// Loop order over the heads of one token: the row in blocks, and per block
// every head of a group of HeadsArgs::head_group heads, group after group.
// All heads in one group (data in L1/L2): a block's cos/sin stay in
// registers across every head. Small groups (data from L3 or DRAM): memory
// is walked nearly in order, which hardware prefetchers follow best, while
// a block of cos/sin (from L1) still serves the group. apply.cc picks the
// group size.
template <class TIn, class TOut>
struct HeadWalk {
  const TIn* in;
  TOut* out;
  int64_t in_stride, out_stride, heads;  // strides in elements
};

// How far ahead, in input bytes, the one-by-one order prefetches (a whole
// number of heads, at least one): on AVX2 (Zen 3) this took Llama-3-8B
// prefill (4096 tokens from DRAM, 1 thread) from 0.80-0.85 of the roofline
// to 0.96-1.0 in f32, and bf16 from 0.73-0.78 to 0.89-1.05 (1 KiB ahead gave
// bf16 less: 0.76-0.87). The core's own loads, held up behind the rotation's
// arithmetic, keep fewer misses in flight than a bare copy does.
constexpr int64_t kPrefetchBytes = 2048;

template <class TIn>
HWY_INLINE int64_t PrefetchHeads(int64_t head_dim) {
  const int64_t head_bytes = head_dim * static_cast<int64_t>(sizeof(TIn));
  const int64_t heads = (kPrefetchBytes + head_bytes - 1) / head_bytes;
  return heads < 1 ? 1 : heads;
}

// Prefetches every cache line of input entries [begin, end) of the head
// `ahead` heads after head h of w, and of [begin, end) + offset when offset
// is not 0 (a half-split head's second half), all at once before head h is
// rotated, so the rotation's loops carry no prefetch logic. The address may
// lie past the tensor (the next token's heads, when h is among the last):
// prefetches never fault, and the address is formed as an integer.
template <class TIn, class TOut>
HWY_INLINE void PrefetchHead(const HeadWalk<TIn, TOut>& w, int64_t h,
                             int64_t ahead, int64_t begin, int64_t end,
                             int64_t offset) {
#if HWY_TARGET == HWY_SCALAR || HWY_TARGET == HWY_EMU128
  // Blocks of one or two elements: the rotation is slow enough that the
  // hardware prefetchers keep up.
  (void)w;
  (void)h;
  (void)ahead;
  (void)begin;
  (void)end;
  (void)offset;
#else
  const uintptr_t head =
      reinterpret_cast<uintptr_t>(w.in) +
      static_cast<uintptr_t>((h + ahead) * w.in_stride) * sizeof(TIn);
  for (int span = 0; span < (offset == 0 ? 1 : 2); ++span) {
    const uintptr_t first =
        head + static_cast<uintptr_t>(begin + span * offset) * sizeof(TIn);
    const uintptr_t last =
        head + static_cast<uintptr_t>(end + span * offset) * sizeof(TIn);
    constexpr uintptr_t kLine = rotary_frozen::kCacheLineBytes;
    for (uintptr_t line = first & ~(kLine - 1); line < last; line += kLine) {
      hwy::Prefetch(reinterpret_cast<const uint8_t*>(line));
    }
  }
#endif
}

// Heads [h, h + group) of w, or as many as are left.
template <class TIn, class TOut>
HWY_INLINE HeadWalk<TIn, TOut> HeadGroup(const HeadWalk<TIn, TOut>& w,
                                         int64_t h, int64_t group) {
  const int64_t left = w.heads - h;
  return HeadWalk<TIn, TOut>{w.in + h * w.in_stride, w.out + h * w.out_stride,
                             w.in_stride, w.out_stride,
                             left < group ? left : group};
}

// Head h of w alone (a literal count, so the per-block head loops fold
// away).
template <class TIn, class TOut>
HWY_INLINE HeadWalk<TIn, TOut> OneHead(const HeadWalk<TIn, TOut>& w,
                                       int64_t h) {
  return HeadWalk<TIn, TOut>{w.in + h * w.in_stride, w.out + h * w.out_stride,
                             w.in_stride, w.out_stride, 1};
}

template <class TIn, class TOut>
HWY_INLINE HeadWalk<TIn, TOut> Walk(const rotary_frozen::HeadsArgs& a) {
  return HeadWalk<TIn, TOut>{static_cast<const TIn*>(a.in),
                             static_cast<TOut*>(a.out), a.in_head_stride,
                             a.out_head_stride, a.heads};
}

// The rotated slice of every head: w with its entry 0 at rotary_offset.
template <class TIn, class TOut>
HWY_INLINE HeadWalk<TIn, TOut> Shifted(const HeadWalk<TIn, TOut>& w,
                                       int64_t offset) {
  return HeadWalk<TIn, TOut>{w.in + offset, w.out + offset, w.in_stride,
                             w.out_stride, w.heads};
}

// How a call walks its heads: `group` heads at a time (see HeadWalk), and,
// one by one (group 1), prefetching `ahead` heads on.
struct WalkOrder {
  int64_t group, ahead;
};

// Runs block(j, heads) for the full steps j = begin, begin + step, ... below
// end, over every head of w, and returns where those steps stop. Groups:
// j outer, the group's heads inner (a block's cos/sin stay in registers
// across the group). One by one: heads outer, j inner, so memory is walked
// in order, the head loop holds no per-head setup (constants are hoisted
// out of both loops), and each head prefetches its entries of these steps
// `ahead` heads on (offset: see PrefetchHead).
template <class TIn, class TOut, class Block>
HWY_INLINE int64_t ForBlocks(const HeadWalk<TIn, TOut>& w, WalkOrder order,
                             int64_t begin, int64_t end, int64_t step,
                             int64_t offset, const Block& block) {
  if (end - begin < step) return begin;
  const int64_t stop = begin + (end - begin) / step * step;
  if (order.group == 1) {
    for (int64_t h = 0; h < w.heads; ++h) {
      PrefetchHead(w, h, order.ahead, begin, stop, offset);
      const HeadWalk<TIn, TOut> one = OneHead(w, h);
      for (int64_t j = begin; j < stop; j += step) block(j, one);
    }
  } else {
    for (int64_t h = 0; h < w.heads; h += order.group) {
      const HeadWalk<TIn, TOut> group = HeadGroup(w, h, order.group);
      for (int64_t j = begin; j < stop; j += step) block(j, group);
    }
  }
  return stop;
}

// Row vectors a one-by-one walk may keep in registers across heads: half of
// AVX-512's 32 on x86, the rest left to the data and the math. Elsewhere 0:
// AVX2 and SSE have 16 registers, and SVE vectors cannot form an array.
// (AVX2 would gain: f16 interleaved is bound by its row's loads there, a
// test build without them ran at the half-split speed; rotating two heads
// per row load instead was slower, on Zen 4.)
#if HWY_ARCH_X86 && HWY_TARGET <= HWY_AVX3
constexpr int kHeldRowVectors = 16;
#else
constexpr int kHeldRowVectors = 0;
#endif

// ForHeldRow's walk for exactly kBlocks steps.
template <int kBlocks, int kRowVectors, class D, class TIn, class TOut,
          class LoadRow, class Head>
HWY_INLINE void HeldRowBlocks(D, const HeadWalk<TIn, TOut>& w, int64_t ahead,
                              int64_t begin, int64_t step, int64_t offset,
                              const LoadRow& load_row, const Head& head) {
  hn::Vec<D> r[kBlocks * kRowVectors];
  for (int b = 0; b < kBlocks; ++b) {
    load_row(begin + b * step, r + b * kRowVectors);
  }
  for (int64_t h = 0; h < w.heads; ++h) {
    PrefetchHead(w, h, ahead, begin, begin + kBlocks * step, offset);
    const TIn* in = w.in + h * w.in_stride;
    TOut* out = w.out + h * w.out_stride;
    for (int b = 0; b < kBlocks; ++b) {
      head(begin + b * step, r + b * kRowVectors, in, out);
    }
  }
}

// One by one, when the steps from begin are few enough that all their row
// vectors (kRowVectors per step) fit in kHeldRowVectors: loads them once,
// load_row(j, r), and runs head(j, r, in, out) for every step of each head
// in turn (in, out: the head's first entry), so the heads stream through
// with no cos/sin loads at all. Returns where the steps stop, or begin when
// this walk does not apply. Like ForBlocks otherwise (prefetch included).
// From DRAM the row's loads are what held AVX-512 interleaved back, its
// expanded row being twice the bytes of the data it meets (f32 prefill on 2
// threads: 0.81 of the half-split speed with them, 1.0 held), and bf16
// (prefill, 1 thread: 0.80-0.84 of the roofline -> 0.90-0.95).
// load_row and head take the vectors as `auto*`, so they are instantiated
// only where vectors can form an array.
template <int kRowVectors, class D, class TIn, class TOut, class LoadRow,
          class Head>
HWY_INLINE int64_t ForHeldRow(D d, const HeadWalk<TIn, TOut>& w,
                              WalkOrder order, int64_t begin, int64_t end,
                              int64_t step, int64_t offset,
                              const LoadRow& load_row, const Head& head) {
  if constexpr (kHeldRowVectors >= kRowVectors) {
    if (order.group == 1) {
      constexpr int kMaxBlocks = kHeldRowVectors / kRowVectors;
      const int64_t blocks = (end - begin) / step;
      const int64_t a = order.ahead;
      if (blocks == 1) {
        HeldRowBlocks<1, kRowVectors>(d, w, a, begin, step, offset, load_row,
                                      head);
      } else if (blocks == 2 && kMaxBlocks >= 2) {
        HeldRowBlocks<kMaxBlocks >= 2 ? 2 : 1, kRowVectors>(
            d, w, a, begin, step, offset, load_row, head);
      } else if (blocks == 4 && kMaxBlocks >= 4) {
        HeldRowBlocks<kMaxBlocks >= 4 ? 4 : 1, kRowVectors>(
            d, w, a, begin, step, offset, load_row, head);
      } else {
        return begin;
      }
      return begin + blocks * step;
    }
  }
  (void)d;
  (void)w;
  (void)order;
  (void)end;
  (void)step;
  (void)offset;
  (void)load_row;
  (void)head;
  return begin;
}

// For ForHeldRow's load_row: kVectors vectors of cos at p into r, then as
// many of sin at p + sin_offset.
template <int kVectors, class D, class V>
HWY_INLINE void LoadCosSin(D d, const float* p, int64_t sin_offset, V* r) {
  const int64_t N = static_cast<int64_t>(hn::Lanes(d));
  for (int i = 0; i < kVectors; ++i) {
    r[i] = LoadF32(d, p + i * N);
    r[kVectors + i] = LoadF32(d, p + sin_offset + i * N);
  }
}

template <class TIn>
HWY_INLINE WalkOrder Order(const rotary_frozen::HeadsArgs& a) {
#if HWY_TARGET == HWY_SCALAR || HWY_TARGET == HWY_EMU128
  // Blocks of one element (or four emulated lanes): a row kept across heads
  // saves a scalar load, while a group's strided walk costs more; one by
  // one, without prefetch (see PrefetchHead).
  (void)a;
  return WalkOrder{1, 0};
#else
  const int64_t group = a.head_group > 0 ? a.head_group : a.heads;
  return WalkOrder{group, group == 1 ? PrefetchHeads<TIn>(a.head_dim) : 0};
#endif
}

#if HWY_TARGET != HWY_SCALAR
// ------------------------------------------------ bf16 in, bf16 out, fast
// 2N bf16 entries read as N u32 lanes hold entry 2i in the low half of lane i
// and entry 2i+1 in its high half: a shift and a mask widen them to f32 as
// two vectors, the even entries and the odd ones, without crossing lanes,
// and a shift and a blend narrow them back. cos/sin are permuted to match,
// once per row (PrepareEvenOdd*), so the heads see no shuffle at all.

constexpr bool kUsesEvenOdd = true;

// Floats of a permuted row kept on the stack; longer rows (rotary_dim above
// 1024) take the in-order path.
constexpr int64_t kMaxEvenOddRow = 1024;

template <class D>
HWY_INLINE void LoadEvenOdd(D d, const rotary::bf16* p, hn::Vec<D>* even,
                            hn::Vec<D>* odd) {
  const hn::RebindToUnsigned<D> du;
  const hn::Repartition<uint16_t, D> d16;
  const auto u = hn::BitCast(du, InRegister(hn::LoadU(d16, Bits16(p))));
  *even = hn::BitCast(d, hn::ShiftLeft<16>(u));
  *odd = hn::BitCast(d, hn::And(u, hn::Set(du, 0xFFFF0000u)));
}

// Rounds even and odd f32 lanes to bf16 and stores them interleaved again.
// Both are rounded at once in u16 lanes: the kept high halves (trunc) and
// the dropped low halves (low) side by side; RNE adds 1 where
// low + 0x7FFF + lsb(trunc) carries out of 16 bits, which is bit 15 of the
// rounding average (low + (0x7FFE | lsb) + 1) / 2.
// No NaN select as in BF16Rounded: every NaN an f32 operation returns from
// bf16 inputs is quiet with a zero low half (an operand's payload or the
// default NaN), so it never rounds up. Only for results of arithmetic on
// bf16 inputs.
template <class D>
HWY_INLINE void StoreEvenOdd(D d, hn::Vec<D> even, hn::Vec<D> odd,
                             rotary::bf16* p) {
  (void)d;  // the tags below are derived from D alone
  const hn::RebindToUnsigned<D> du;
  const hn::Repartition<uint16_t, D> d16;
  const auto e = hn::BitCast(du, even), o = hn::BitCast(du, odd);
  const auto trunc = hn::OddEven(hn::BitCast(d16, o),
                                 hn::BitCast(d16, hn::ShiftRight<16>(e)));
  const auto low = hn::OddEven(hn::BitCast(d16, hn::ShiftLeft<16>(o)),
                               hn::BitCast(d16, e));
  const auto k =
      hn::Or(hn::And(trunc, hn::Set(d16, uint16_t{1})), hn::Set(d16, uint16_t{0x7FFE}));
#if HWY_TARGET == HWY_SVE || HWY_TARGET == HWY_SVE_256
  // The live kernels' rounding fix (dispatch/io-inl.h, docs/arm64.md): the
  // frozen copy pins the walk layer, not this bug.
  const auto carry = hn::IfThenZeroElse(hn::Lt(low, hn::Not(k)),
                                        hn::Set(d16, uint16_t{1}));
#else
  const auto carry = hn::ShiftRight<15>(hn::AverageRound(low, k));
#endif
  hn::StoreU(hn::Add(trunc, carry), d16, Bits16(p));
}

// Half-split row: per block of 2N pairs, cos of the even pairs, cos of the
// odd ones, then sin the same way (4N floats). Returns the pairs covered.
template <class D>
HWY_INLINE int64_t PrepareEvenOddHalfSplit(D d, const float* HWY_RESTRICT row,
                                           int64_t half,
                                           float* HWY_RESTRICT prepared) {
  const int64_t N = static_cast<int64_t>(hn::Lanes(d));
  int64_t j = 0;
  for (; j + 2 * N <= half; j += 2 * N, prepared += 4 * N) {
    const auto c0 = hn::LoadU(d, row + j), c1 = hn::LoadU(d, row + j + N);
    const auto s0 = hn::LoadU(d, row + half + j);
    const auto s1 = hn::LoadU(d, row + half + j + N);
    hn::Store(hn::ConcatEven(d, c1, c0), d, prepared);
    hn::Store(hn::ConcatOdd(d, c1, c0), d, prepared + N);
    hn::Store(hn::ConcatEven(d, s1, s0), d, prepared + 2 * N);
    hn::Store(hn::ConcatOdd(d, s1, s0), d, prepared + 3 * N);
  }
  return j;
}

// Interleaved row: per block of 2N entries (N pairs), the cos and the sin of
// each pair (2N floats). Returns the entries covered.
template <class D>
HWY_INLINE int64_t PrepareEvenOddInterleaved(D d,
                                             const float* HWY_RESTRICT row,
                                             int64_t rd,
                                             float* HWY_RESTRICT prepared) {
  const int64_t N = static_cast<int64_t>(hn::Lanes(d));
  int64_t j = 0;
  for (; j + 2 * N <= rd; j += 2 * N, prepared += 2 * N) {
    const auto c0 = hn::LoadU(d, row + j), c1 = hn::LoadU(d, row + j + N);
    const auto s0 = hn::LoadU(d, row + rd + j);
    const auto s1 = hn::LoadU(d, row + rd + j + N);
    hn::Store(hn::ConcatEven(d, c1, c0), d, prepared);     // C[2i] = cos_i
    hn::Store(hn::ConcatOdd(d, s1, s0), d, prepared + N);  // S[2i+1] = sin_i
  }
  return j;
}

// Half-split pairs [0, 2N) at in/out (the head's first entry + j) with
// the prepared block's ce, co, se, so.
template <bool kBackward, class D, class V>
HWY_INLINE void HalfSplitHeadEvenOdd(D d, V ce, V co, V se, V so, int64_t half,
                                     const rotary::bf16* in,
                                     rotary::bf16* out) {
  V xae, xao, xbe, xbo;
  LoadEvenOdd(d, in, &xae, &xao);
  LoadEvenOdd(d, in + half, &xbe, &xbo);
  V yae, yao, ybe, ybo;
  HalfSplitMath<kBackward>(xae, xbe, ce, se, &yae, &ybe);
  HalfSplitMath<kBackward>(xao, xbo, co, so, &yao, &ybo);
  StoreEvenOdd(d, yae, yao, out);
  StoreEvenOdd(d, ybe, ybo, out + half);
}

// Half-split pairs [j, j + 2N) of every head; prepared: this block's 4N.
template <bool kBackward, class D>
HWY_INLINE void HalfSplitBlockEvenOdd(
    D d, const float* HWY_RESTRICT prepared, int64_t half, int64_t j,
    const HeadWalk<rotary::bf16, rotary::bf16>& w) {
  using V = hn::Vec<D>;
  const int64_t N = static_cast<int64_t>(hn::Lanes(d));
  const V ce = LoadF32(d, prepared), co = LoadF32(d, prepared + N);
  const V se = LoadF32(d, prepared + 2 * N);
  const V so = LoadF32(d, prepared + 3 * N);
  for (int64_t h = 0; h < w.heads; ++h) {
    HalfSplitHeadEvenOdd<kBackward>(d, ce, co, se, so, half,
                                    w.in + h * w.in_stride + j,
                                    w.out + h * w.out_stride + j);
  }
}

// Interleaved entries [0, 4N) at in/out with the prepared block's c0, s0,
// c1, s1: the even entries are the pairs' first halves, the odd ones their
// second, so no swap is needed.
template <bool kBackward, class D, class V>
HWY_INLINE void InterleavedHead2EvenOdd(D d, V c0, V s0, V c1, V s1,
                                        const rotary::bf16* in,
                                        rotary::bf16* out) {
  const int64_t N = static_cast<int64_t>(hn::Lanes(d));
  V xa0, xb0, xa1, xb1, ya0, yb0, ya1, yb1;
  LoadEvenOdd(d, in, &xa0, &xb0);
  LoadEvenOdd(d, in + 2 * N, &xa1, &xb1);
  HalfSplitMath<kBackward>(xa0, xb0, c0, s0, &ya0, &yb0);
  HalfSplitMath<kBackward>(xa1, xb1, c1, s1, &ya1, &yb1);
  StoreEvenOdd(d, ya0, yb0, out);
  StoreEvenOdd(d, ya1, yb1, out + 2 * N);
}

// Interleaved entries [j, j + 4N) of every head; prepared: these entries'
// 4N floats.
template <bool kBackward, class D>
HWY_INLINE void InterleavedBlock2EvenOdd(
    D d, const float* HWY_RESTRICT prepared, int64_t j,
    const HeadWalk<rotary::bf16, rotary::bf16>& w) {
  using V = hn::Vec<D>;
  const int64_t N = static_cast<int64_t>(hn::Lanes(d));
  const V c0 = LoadF32(d, prepared), s0 = LoadF32(d, prepared + N);
  const V c1 = LoadF32(d, prepared + 2 * N);
  const V s1 = LoadF32(d, prepared + 3 * N);
  for (int64_t h = 0; h < w.heads; ++h) {
    InterleavedHead2EvenOdd<kBackward>(d, c0, s0, c1, s1,
                                       w.in + h * w.in_stride + j,
                                       w.out + h * w.out_stride + j);
  }
}

// Interleaved entries [j, j + 2N) of every head (see above).
template <bool kBackward, class D>
HWY_INLINE void InterleavedBlockEvenOdd(
    D d, const float* HWY_RESTRICT prepared, int64_t j,
    const HeadWalk<rotary::bf16, rotary::bf16>& w) {
  using V = hn::Vec<D>;
  const int64_t N = static_cast<int64_t>(hn::Lanes(d));
  const V c = LoadF32(d, prepared), s = LoadF32(d, prepared + N);
  for (int64_t h = 0; h < w.heads; ++h) {
    const rotary::bf16* in = w.in + h * w.in_stride + j;
    rotary::bf16* out = w.out + h * w.out_stride + j;
    V xa, xb, ya, yb;
    LoadEvenOdd(d, in, &xa, &xb);
    HalfSplitMath<kBackward>(xa, xb, c, s, &ya, &yb);
    StoreEvenOdd(d, ya, yb, out);
  }
}
#else
constexpr bool kUsesEvenOdd = false;
constexpr int64_t kMaxEvenOddRow = 0;
#endif  // HWY_TARGET != HWY_SCALAR

template <class TIn, class TOut>
constexpr bool kEvenOdd = kUsesEvenOdd &&
                          std::is_same<TIn, rotary::bf16>::value &&
                          std::is_same<TOut, rotary::bf16>::value;

// Pairs [0, 2N) at in/out (the head's first entry + j) with the row's
// c0, c1, s0, s1 for them.
template <bool kBackward, class D, class V, class TIn, class TOut>
HWY_INLINE void HalfSplitHead2(D d, V c0, V c1, V s0, V s1, int64_t half,
                               const TIn* in, TOut* out) {
  const int64_t N = static_cast<int64_t>(hn::Lanes(d));
  const V xa0 = LoadF32(d, in), xa1 = LoadF32(d, in + N);
  const V xb0 = LoadF32(d, in + half), xb1 = LoadF32(d, in + half + N);
  V ya0, yb0, ya1, yb1;
  HalfSplitMath<kBackward>(xa0, xb0, c0, s0, &ya0, &yb0);
  HalfSplitMath<kBackward>(xa1, xb1, c1, s1, &ya1, &yb1);
  Store2F32(d, ya0, ya1, out);
  Store2F32(d, yb0, yb1, out + half);
}

// Pairs [j, j + 2N) of every head.
template <bool kBackward, class D, class TIn, class TOut>
HWY_INLINE void HalfSplitBlock2(D d, const float* HWY_RESTRICT row,
                                int64_t half, int64_t j,
                                const HeadWalk<TIn, TOut>& w) {
  using V = hn::Vec<D>;
  const int64_t N = static_cast<int64_t>(hn::Lanes(d));
  const V c0 = LoadF32(d, row + j), c1 = LoadF32(d, row + j + N);
  const V s0 = LoadF32(d, row + half + j);
  const V s1 = LoadF32(d, row + half + j + N);
  for (int64_t h = 0; h < w.heads; ++h) {
    HalfSplitHead2<kBackward>(d, c0, c1, s0, s1, half,
                              w.in + h * w.in_stride + j,
                              w.out + h * w.out_stride + j);
  }
}

// Pairs [j, j + N) of every head.
template <bool kBackward, class D, class TIn, class TOut>
HWY_INLINE void HalfSplitBlock1(D d, const float* HWY_RESTRICT row,
                                int64_t half, int64_t j,
                                const HeadWalk<TIn, TOut>& w) {
  using V = hn::Vec<D>;
  const V c = LoadF32(d, row + j), s = LoadF32(d, row + half + j);
  for (int64_t h = 0; h < w.heads; ++h) {
    const TIn* in = w.in + h * w.in_stride + j;
    TOut* out = w.out + h * w.out_stride + j;
    V ya, yb;
    HalfSplitMath<kBackward>(LoadF32(d, in), LoadF32(d, in + half), c, s, &ya,
                             &yb);
    StoreF32(d, ya, out);
    StoreF32(d, yb, out + half);
  }
}

// Entries [begin, end) of every head.
template <class TIn, class TOut>
HWY_INLINE void PassThroughHeads(const HeadWalk<TIn, TOut>& w, int64_t begin,
                                 int64_t end) {
  if (end <= begin) return;
  if (std::is_same<TIn, TOut>::value &&
      static_cast<const void*>(w.in) == static_cast<const void*>(w.out)) {
    return;  // in place: nothing to copy
  }
  for (int64_t h = 0; h < w.heads; ++h) {
    PassThrough(w.in + h * w.in_stride, w.out + h * w.out_stride, begin, end);
  }
}

// Every entry outside the rotated slice [offset, offset + rotary_dim) of the
// heads of `whole` (entry 0 at the head's start).
template <class TIn, class TOut>
HWY_INLINE void PassThroughOutside(const HeadWalk<TIn, TOut>& whole,
                                   const rotary_frozen::HeadsArgs& a) {
  PassThroughHeads(whole, 0, a.rotary_offset);
  PassThroughHeads(whole, a.rotary_offset + a.rotary_dim, a.head_dim);
}

// Rotates entries [0, 2 * half) of the heads of w in `order`.
// prepared: the even/odd row of pairs [0, prepared_pairs), for kEvenOdd.
template <bool kBackward, class TIn, class TOut>
HWY_INLINE void HalfSplitHeads(const float* HWY_RESTRICT row, int64_t half,
                               const float* HWY_RESTRICT prepared,
                               int64_t prepared_pairs,
                               const HeadWalk<TIn, TOut>& w, WalkOrder order) {
  using Walk = HeadWalk<TIn, TOut>;
  const hn::ScalableTag<float> d;
  const int64_t N = static_cast<int64_t>(hn::Lanes(d));
  int64_t j = 0;
#if HWY_TARGET != HWY_SCALAR
  if constexpr (kEvenOdd<TIn, TOut>) {
    j = ForHeldRow<4>(
        d, w, order, j, prepared_pairs, 2 * N, half,
        [&](int64_t jb, auto* r) ROTARY_WALK_LAMBDA {
          for (int i = 0; i < 4; ++i) {
            r[i] = LoadF32(d, prepared + 2 * jb + i * N);
          }
        },
        [&](int64_t jb, const auto* r, const TIn* in, TOut* out)
            ROTARY_WALK_LAMBDA {
              HalfSplitHeadEvenOdd<kBackward>(d, r[0], r[1], r[2], r[3], half,
                                              in + jb, out + jb);
            });
    j = ForBlocks(w, order, j, prepared_pairs, 2 * N, half,
                  [&](int64_t jb, const Walk& g) ROTARY_WALK_LAMBDA {
                    HalfSplitBlockEvenOdd<kBackward>(d, prepared + 2 * jb,
                                                     half, jb, g);
                  });
  }
#endif
  (void)prepared;
  (void)prepared_pairs;
  j = ForHeldRow<4>(
      d, w, order, j, half, 2 * N, half,
      [&](int64_t jb, auto* r) ROTARY_WALK_LAMBDA {
        LoadCosSin<2>(d, row + jb, half, r);
      },
      [&](int64_t jb, const auto* r, const TIn* in, TOut* out)
          ROTARY_WALK_LAMBDA {
            HalfSplitHead2<kBackward>(d, r[0], r[1], r[2], r[3], half, in + jb,
                                      out + jb);
          });
  j = ForBlocks(w, order, j, half, 2 * N, half,
                [&](int64_t jb, const Walk& g) ROTARY_WALK_LAMBDA {
                  HalfSplitBlock2<kBackward>(d, row, half, jb, g);
                });
  j = ForBlocks(w, order, j, half, N, half,
                [&](int64_t jb, const Walk& g) ROTARY_WALK_LAMBDA {
                  HalfSplitBlock1<kBackward>(d, row, half, jb, g);
                });
#if HWY_TARGET != HWY_SCALAR
  if (N > 4) {  // a 128-bit step before the remainder
    const hn::CappedTag<float, 4> d4;
    j = ForBlocks(w, order, j, half, 4, half,
                  [&](int64_t jb, const Walk& g) ROTARY_WALK_LAMBDA {
                    HalfSplitBlock1<kBackward>(d4, row, half, jb, g);
                  });
  }
#endif
  if (j < half) {
    for (int64_t h = 0; h < w.heads; ++h) {
      const TIn* in = w.in + h * w.in_stride;
      TOut* out = w.out + h * w.out_stride;
      for (int64_t i = j; i < half; ++i) {
        const float c = row[i];
        const float s = kBackward ? -row[half + i] : row[half + i];
        const float xa = ToF32(in[i]), xb = ToF32(in[half + i]);
        FromF32(xa * c - xb * s, out + i);
        FromF32(xb * c + xa * s, out + half + i);
      }
    }
  }
}

template <class TIn, class TOut, bool kBackward>
void RotateHalfSplit(const rotary_frozen::HeadsArgs& a) {
  const HeadWalk<TIn, TOut> whole = Walk<TIn, TOut>(a);
  const HeadWalk<TIn, TOut> w = Shifted(whole, a.rotary_offset);
  const int64_t half = a.rotary_dim / 2;
  HWY_ALIGN float prepared[kEvenOdd<TIn, TOut> ? kMaxEvenOddRow : 1];
  int64_t prepared_pairs = 0;
#if HWY_TARGET != HWY_SCALAR
  if constexpr (kEvenOdd<TIn, TOut>) {
    if (a.rotary_dim <= kMaxEvenOddRow) {
      prepared_pairs = PrepareEvenOddHalfSplit(hn::ScalableTag<float>(), a.row,
                                               half, prepared);
    }
  }
#endif
  HalfSplitHeads<kBackward>(a.row, half, prepared, prepared_pairs, w,
                            Order<TIn>(a));
  PassThroughOutside(whole, a);
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

// Entries [0, 4N) at in/out (the head's first entry + j) with the row's
// C (c0..c3) and S (s0..s3) for them.
template <bool kBackward, class D, class V, class TIn, class TOut>
HWY_INLINE void InterleavedHead4(D d, V c0, V c1, V c2, V c3, V s0, V s1, V s2,
                                 V s3, const TIn* in, TOut* out) {
  const int64_t N = static_cast<int64_t>(hn::Lanes(d));
  const V x0 = LoadF32(d, in), x1 = LoadF32(d, in + N);
  const V x2 = LoadF32(d, in + 2 * N), x3 = LoadF32(d, in + 3 * N);
  Store2F32(d, InterleavedMath<kBackward>(d, x0, c0, s0),
            InterleavedMath<kBackward>(d, x1, c1, s1), out);
  Store2F32(d, InterleavedMath<kBackward>(d, x2, c2, s2),
            InterleavedMath<kBackward>(d, x3, c3, s3), out + 2 * N);
}

// Entries [j, j + 4N) of every head: as many bytes per head as a
// half-split block of 2N pairs, so both pairings pay the same loop and
// addressing cost per byte.
template <bool kBackward, class D, class TIn, class TOut>
HWY_INLINE void InterleavedBlock4(D d, const float* HWY_RESTRICT row,
                                  int64_t rotary_dim, int64_t j,
                                  const HeadWalk<TIn, TOut>& w) {
  using V = hn::Vec<D>;
  const int64_t N = static_cast<int64_t>(hn::Lanes(d));
  const float* HWY_RESTRICT sin_row = row + rotary_dim;
  const V c0 = hn::LoadU(d, row + j), c1 = hn::LoadU(d, row + j + N);
  const V c2 = hn::LoadU(d, row + j + 2 * N);
  const V c3 = hn::LoadU(d, row + j + 3 * N);
  const V s0 = hn::LoadU(d, sin_row + j), s1 = hn::LoadU(d, sin_row + j + N);
  const V s2 = hn::LoadU(d, sin_row + j + 2 * N);
  const V s3 = hn::LoadU(d, sin_row + j + 3 * N);
  for (int64_t h = 0; h < w.heads; ++h) {
    InterleavedHead4<kBackward>(d, c0, c1, c2, c3, s0, s1, s2, s3,
                                w.in + h * w.in_stride + j,
                                w.out + h * w.out_stride + j);
  }
}

// Entries [j, j + 2N) of every head.
template <bool kBackward, class D, class TIn, class TOut>
HWY_INLINE void InterleavedBlock2(D d, const float* HWY_RESTRICT row,
                                  int64_t rotary_dim, int64_t j,
                                  const HeadWalk<TIn, TOut>& w) {
  using V = hn::Vec<D>;
  const int64_t N = static_cast<int64_t>(hn::Lanes(d));
  const V c0 = hn::LoadU(d, row + j), c1 = hn::LoadU(d, row + j + N);
  const V s0 = hn::LoadU(d, row + rotary_dim + j);
  const V s1 = hn::LoadU(d, row + rotary_dim + j + N);
  for (int64_t h = 0; h < w.heads; ++h) {
    const TIn* in = w.in + h * w.in_stride + j;
    TOut* out = w.out + h * w.out_stride + j;
    const V x0 = LoadF32(d, in), x1 = LoadF32(d, in + N);
    const V y0 = InterleavedMath<kBackward>(d, x0, c0, s0);
    const V y1 = InterleavedMath<kBackward>(d, x1, c1, s1);
    Store2F32(d, y0, y1, out);
  }
}

// Entries [j, j + N) of every head.
template <bool kBackward, class D, class TIn, class TOut>
HWY_INLINE void InterleavedBlock1(D d, const float* HWY_RESTRICT row,
                                  int64_t rotary_dim, int64_t j,
                                  const HeadWalk<TIn, TOut>& w) {
  const auto c = hn::LoadU(d, row + j), s = hn::LoadU(d, row + rotary_dim + j);
  for (int64_t h = 0; h < w.heads; ++h) {
    const TIn* in = w.in + h * w.in_stride + j;
    TOut* out = w.out + h * w.out_stride + j;
    StoreF32(d, InterleavedMath<kBackward>(d, LoadF32(d, in), c, s), out);
  }
}
#endif

// Rotates entries [0, rd) of the heads of w in `order`.
// prepared: the even/odd row of entries [0, prepared_entries), for kEvenOdd.
template <bool kBackward, class TIn, class TOut>
HWY_INLINE void InterleavedHeads(const float* HWY_RESTRICT row, int64_t rd,
                                 const float* HWY_RESTRICT prepared,
                                 int64_t prepared_entries,
                                 const HeadWalk<TIn, TOut>& w,
                                 WalkOrder order) {
  int64_t j = 0;
  (void)prepared;
  (void)prepared_entries;
  (void)order;
#if HWY_TARGET != HWY_SCALAR  // one lane cannot swap within a pair
  using Walk = HeadWalk<TIn, TOut>;
  const hn::ScalableTag<float> d;
  const int64_t N = static_cast<int64_t>(hn::Lanes(d));
  if constexpr (kEvenOdd<TIn, TOut>) {
    j = ForHeldRow<4>(
        d, w, order, j, prepared_entries, 4 * N, 0,
        [&](int64_t jb, auto* r) ROTARY_WALK_LAMBDA {
          for (int i = 0; i < 4; ++i) r[i] = LoadF32(d, prepared + jb + i * N);
        },
        [&](int64_t jb, const auto* r, const TIn* in, TOut* out)
            ROTARY_WALK_LAMBDA {
              InterleavedHead2EvenOdd<kBackward>(d, r[0], r[1], r[2], r[3],
                                                 in + jb, out + jb);
            });
    j = ForBlocks(w, order, j, prepared_entries, 4 * N, 0,
                  [&](int64_t jb, const Walk& g) ROTARY_WALK_LAMBDA {
                    InterleavedBlock2EvenOdd<kBackward>(d, prepared + jb, jb,
                                                        g);
                  });
    j = ForBlocks(w, order, j, prepared_entries, 2 * N, 0,
                  [&](int64_t jb, const Walk& g) ROTARY_WALK_LAMBDA {
                    InterleavedBlockEvenOdd<kBackward>(d, prepared + jb, jb,
                                                       g);
                  });
  }
  j = ForHeldRow<8>(
      d, w, order, j, rd, 4 * N, 0,
      [&](int64_t jb, auto* r) ROTARY_WALK_LAMBDA {
        LoadCosSin<4>(d, row + jb, rd, r);
      },
      [&](int64_t jb, const auto* r, const TIn* in, TOut* out)
          ROTARY_WALK_LAMBDA {
            InterleavedHead4<kBackward>(d, r[0], r[1], r[2], r[3], r[4], r[5],
                                        r[6], r[7], in + jb, out + jb);
          });
  j = ForBlocks(w, order, j, rd, 4 * N, 0,
                [&](int64_t jb, const Walk& g) ROTARY_WALK_LAMBDA {
                  InterleavedBlock4<kBackward>(d, row, rd, jb, g);
                });
  j = ForBlocks(w, order, j, rd, 2 * N, 0,
                [&](int64_t jb, const Walk& g) ROTARY_WALK_LAMBDA {
                  InterleavedBlock2<kBackward>(d, row, rd, jb, g);
                });
  j = ForBlocks(w, order, j, rd, N, 0,
                [&](int64_t jb, const Walk& g) ROTARY_WALK_LAMBDA {
                  InterleavedBlock1<kBackward>(d, row, rd, jb, g);
                });
  if (N > 4) {
    const hn::CappedTag<float, 4> d4;
    j = ForBlocks(w, order, j, rd, 4, 0,
                  [&](int64_t jb, const Walk& g) ROTARY_WALK_LAMBDA {
                    InterleavedBlock1<kBackward>(d4, row, rd, jb, g);
                  });
  }
#endif
  if (j < rd) {
    for (int64_t h = 0; h < w.heads; ++h) {
      const TIn* in = w.in + h * w.in_stride;
      TOut* out = w.out + h * w.out_stride;
      for (int64_t i = j; i < rd; i += 2) {
        const float c = row[i];
        const float s = kBackward ? -row[rd + i + 1] : row[rd + i + 1];
        const float xa = ToF32(in[i]), xb = ToF32(in[i + 1]);
        FromF32(xa * c - xb * s, out + i);
        FromF32(xb * c + xa * s, out + i + 1);
      }
    }
  }
}

template <class TIn, class TOut, bool kBackward>
void RotateInterleaved(const rotary_frozen::HeadsArgs& a) {
  const HeadWalk<TIn, TOut> whole = Walk<TIn, TOut>(a);
  const HeadWalk<TIn, TOut> w = Shifted(whole, a.rotary_offset);
  HWY_ALIGN float prepared[kEvenOdd<TIn, TOut> ? kMaxEvenOddRow : 1];
  int64_t prepared_entries = 0;
#if HWY_TARGET != HWY_SCALAR
  if constexpr (kEvenOdd<TIn, TOut>) {
    if (a.rotary_dim <= kMaxEvenOddRow) {
      prepared_entries = PrepareEvenOddInterleaved(
          hn::ScalableTag<float>(), a.row, a.rotary_dim, prepared);
    }
  }
#endif
  InterleavedHeads<kBackward>(a.row, a.rotary_dim, prepared, prepared_entries,
                              w, Order<TIn>(a));
  PassThroughOutside(whole, a);
}

// The roofline pass (see ScaleHeadsFn in kernels.h): out = in * scale
// through the kernels' own loads and stores, so a 16-bit pass widens and
// rounds exactly as a rotation does, and only the rotation's math is left
// out.
template <class T>
void ScaleHeads(const rotary_frozen::HeadsArgs& a, float scale) {
  const hn::ScalableTag<float> d;
  const int64_t N = static_cast<int64_t>(hn::Lanes(d));
  const auto vscale = hn::Set(d, scale);
  const int64_t head_dim = a.head_dim, heads = a.heads;
  for (int64_t h = 0; h < heads; ++h) {
    const T* in = static_cast<const T*>(a.in) + h * a.in_head_stride;
    T* out = static_cast<T*>(a.out) + h * a.out_head_stride;
    int64_t i = 0;
#if HWY_TARGET != HWY_SCALAR
    if constexpr (kEvenOdd<T, T>) {
      for (; i + 2 * N <= head_dim; i += 2 * N) {
        hn::Vec<decltype(d)> even, odd;
        LoadEvenOdd(d, in + i, &even, &odd);
        StoreEvenOdd(d, hn::Mul(even, vscale), hn::Mul(odd, vscale), out + i);
      }
    }
#endif
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

// NOLINTNEXTLINE(google-readability-namespace-comments)
}  // namespace HWY_NAMESPACE
}  // namespace rotary_frozen
HWY_AFTER_NAMESPACE();

#endif  // ROTARY_TESTS_FROZEN_ROPE_INL_H_
