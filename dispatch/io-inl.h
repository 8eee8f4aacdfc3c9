// Element I/O for the kernels, compiled once per Highway target: f32, f16
// and bf16 tensors loaded as f32 lanes and stored back, rounding to
// nearest-even, plus the target wrappers the algorithm files use instead of
// #if. Included by the kernel headers; no kernel of its own.

#if defined(ROTARY_DISPATCH_IO_INL_H_) == defined(HWY_TARGET_TOGGLE)
#ifdef ROTARY_DISPATCH_IO_INL_H_
#undef ROTARY_DISPATCH_IO_INL_H_
#else
#define ROTARY_DISPATCH_IO_INL_H_
#endif

#include <cstring>
#include <type_traits>

#include "dispatch/dtype.h"
#include "hwy/highway.h"

HWY_BEFORE_NAMESPACE();
namespace rotary {
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

// Targets whose vectors hold at most four (emulated) lanes: the rotation is
// slow enough there that the hardware prefetchers keep up, so the walks
// issue no software prefetch (see walk-inl.h), and apply() walks their heads
// one by one (KernelSet::narrow).
#if HWY_TARGET == HWY_SCALAR || HWY_TARGET == HWY_EMU128
constexpr bool kNarrow = true;
#else
constexpr bool kNarrow = false;
#endif

// Row vectors a streaming walk may keep in registers across heads: half of
// AVX-512's 32 on x86, the rest left to the data and the math. Elsewhere 0:
// AVX2 and SSE have 16 registers, and SVE vectors cannot form an array.
#if HWY_ARCH_X86 && HWY_TARGET <= HWY_AVX3
constexpr int kHeldRowVectors = 16;
#else
constexpr int kHeldRowVectors = 0;
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
// in cache (docs/tuning.md, "Kernel layer").
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
    const auto h = hn::BitCast(di, hn::PromoteTo(hn::RebindToUnsigned<D>(),
                                                 hn::LoadU(d16, Bits16(p))));
    const auto em = hn::And(h, hn::Set(di, 0x7FFF));
    const auto sign = hn::ShiftLeft<16>(hn::Xor(h, em));
    const auto shifted = hn::ShiftLeft<13>(em);
    // Normal: rebias the exponent (15 -> 127).
    const auto normal = hn::Add(shifted, hn::Set(di, 0x38000000));
    // Subnormal: em * 2^-24, exact, never an f32 denormal (so FTZ/DAZ agree).
    const auto subnormal = hn::BitCast(
        di, hn::Mul(hn::ConvertTo(d, em), hn::Set(d, 1.0f / 16777216.0f)));
    // Inf or NaN, the NaN quieted with its payload kept.
    const auto quiet = hn::IfThenElseZero(hn::Gt(em, hn::Set(di, 0x7C00)),
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
  auto h =
      hn::IfThenElse(hn::Lt(a, hn::Set(di, 0x38800000)), subnormal, normal);
  // From 65520 (half-way past the largest f16, 65504) up: Inf.
  h = hn::IfThenElse(hn::Gt(a, hn::Set(di, 0x477FEFFF)), hn::Set(di, 0x7C00),
                     h);
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

#if HWY_TARGET != HWY_SCALAR
// ------------------------------------------------ bf16 in, bf16 out, fast
// 2N bf16 entries read as N u32 lanes hold entry 2i in the low half of lane i
// and entry 2i+1 in its high half: a shift and a mask widen them to f32 as
// two vectors, the even entries and the odd ones, without crossing lanes,
// and a shift and a blend narrow them back. cos/sin are permuted to match,
// once per row (PrepareEvenOdd*), so the heads see no shuffle at all.

constexpr bool kUsesEvenOdd = true;

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
  const auto trunc =
      hn::OddEven(hn::BitCast(d16, o), hn::BitCast(d16, hn::ShiftRight<16>(e)));
  const auto low =
      hn::OddEven(hn::BitCast(d16, hn::ShiftLeft<16>(o)), hn::BitCast(d16, e));
  const auto k = hn::Or(hn::And(trunc, hn::Set(d16, uint16_t{1})),
                        hn::Set(d16, uint16_t{0x7FFE}));
#if HWY_TARGET == HWY_SVE || HWY_TARGET == HWY_SVE_256
  // Highway 1.0.3's AverageRound on SVE without SVE2 adds in u16 and drops
  // the sum's carry; compare instead: low + k + 1 carries out of 16 bits
  // exactly where low >= ~k.
  const auto carry = hn::IfThenZeroElse(hn::Lt(low, hn::Not(k)),
                                        hn::Set(d16, uint16_t{1}));
#else
  const auto carry = hn::ShiftRight<15>(hn::AverageRound(low, k));
#endif
  hn::StoreU(hn::Add(trunc, carry), d16, Bits16(p));
}

// Floats of a permuted row kept on the stack; longer rows (rotary_dim above
// 1024) take the in-order path.
constexpr int64_t kMaxEvenOddRow = 1024;

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
HWY_INLINE int64_t PrepareEvenOddInterleaved(D d, const float* HWY_RESTRICT row,
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
#else
constexpr bool kUsesEvenOdd = false;
constexpr int64_t kMaxEvenOddRow = 0;
template <class D>
HWY_INLINE int64_t PrepareEvenOddHalfSplit(D, const float*, int64_t, float*) {
  return 0;
}
template <class D>
HWY_INLINE int64_t PrepareEvenOddInterleaved(D, const float*, int64_t, float*) {
  return 0;
}
#endif  // HWY_TARGET != HWY_SCALAR

template <class TIn, class TOut>
constexpr bool kEvenOdd =
    kUsesEvenOdd&& std::is_same<TIn, rotary::bf16>::value&&
        std::is_same<TOut, rotary::bf16>::value;

// NOLINTNEXTLINE(google-readability-namespace-comments)
}  // namespace HWY_NAMESPACE
}  // namespace rotary
HWY_AFTER_NAMESPACE();

#endif  // ROTARY_DISPATCH_IO_INL_H_
