// The rotations of one input dtype, the copies (copy-inl.h) and the QK-norm
// kernels (norm-inl.h) reading it, as a RotatePart (parts.h), compiled once
// per Highway target by each of rope_f32.cc, rope_f16.cc and rope_bf16.cc, so
// that no translation unit compiles every kernel for every target.
// rope-inl.h is thus included by three translation units: what it defines
// outside a class must be a template or inline.

#if defined(ROTARY_DISPATCH_ROTATE_PART_INL_H_) == defined(HWY_TARGET_TOGGLE)
#ifdef ROTARY_DISPATCH_ROTATE_PART_INL_H_
#undef ROTARY_DISPATCH_ROTATE_PART_INL_H_
#else
#define ROTARY_DISPATCH_ROTATE_PART_INL_H_
#endif

#include "dispatch/copy-inl.h"
#include "dispatch/dtype.h"
#include "dispatch/norm-inl.h"
#include "dispatch/parts.h"
#include "dispatch/rope-inl.h"
#include "hwy/highway.h"

HWY_BEFORE_NAMESPACE();
namespace rotary {
namespace HWY_NAMESPACE {

// Kernels reading TIn and writing TOut, [pairing][direction].
template <class TIn, class TOut>
constexpr void FillRotate(rotary::detail::RotateHeadsFn (&fn)[2][2]) {
  fn[0][0] = &RotateInterleaved<TIn, TOut, false>;
  fn[0][1] = &RotateInterleaved<TIn, TOut, true>;
  fn[1][0] = &RotateHalfSplit<TIn, TOut, false>;
  fn[1][1] = &RotateHalfSplit<TIn, TOut, true>;
}

// The QK-norm kernels reading TIn and writing TOut, [pairing].
template <class TIn, class TOut>
constexpr void FillQkNorm(rotary::detail::RotateHeadsFn (&fn)[2]) {
  fn[0] = &NormRotate<TIn, TOut, true>;
  fn[1] = &NormRotate<TIn, TOut, false>;
}

// Every output dtype for input TIn, in DType order.
template <class TIn>
constexpr rotary::detail::RotatePart MakeRotatePart() {
  rotary::detail::RotatePart part{};
  part.target = HWY_TARGET;
  part.narrow = kNarrow;
  FillRotate<TIn, float>(part.rotate[0]);
  FillRotate<TIn, rotary::f16>(part.rotate[1]);
  FillRotate<TIn, rotary::bf16>(part.rotate[2]);
  part.copy[0] = &CopyHeads<TIn, float>;
  part.copy[1] = &CopyHeads<TIn, rotary::f16>;
  part.copy[2] = &CopyHeads<TIn, rotary::bf16>;
  part.quantize = &QuantizeHeads<TIn>;
  FillQkNorm<TIn, float>(part.qk_norm[0]);
  FillQkNorm<TIn, rotary::f16>(part.qk_norm[1]);
  FillQkNorm<TIn, rotary::bf16>(part.qk_norm[2]);
  return part;
}

// NOLINTNEXTLINE(google-readability-namespace-comments)
}  // namespace HWY_NAMESPACE
}  // namespace rotary
HWY_AFTER_NAMESPACE();

#endif  // ROTARY_DISPATCH_ROTATE_PART_INL_H_
