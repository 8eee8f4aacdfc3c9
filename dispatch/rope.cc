// Compiles rope-inl.h once per Highway target and lists the per-target
// kernels for isa.cc (dispatch/parts.h).

#undef HWY_TARGET_INCLUDE
#define HWY_TARGET_INCLUDE "dispatch/rope.cc"
#include "hwy/foreach_target.h"  // IWYU pragma: keep

#include "dispatch/angles-inl.h"
#include "dispatch/rope-inl.h"
#include "dispatch/roofline-inl.h"
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

// Every output dtype for input TIn, in DType order.
template <class TIn>
constexpr void FillRotateFrom(rotary::detail::RotateHeadsFn (&fn)[3][2][2]) {
  FillRotate<TIn, float>(fn[0]);
  FillRotate<TIn, rotary::f16>(fn[1]);
  FillRotate<TIn, rotary::bf16>(fn[2]);
}

constexpr rotary::detail::KernelSet MakeKernelSet() {
  rotary::detail::KernelSet s{};
  s.target = HWY_TARGET;
  FillRotateFrom<float>(s.rotate[0]);
  FillRotateFrom<rotary::f16>(s.rotate[1]);
  FillRotateFrom<rotary::bf16>(s.rotate[2]);
  s.scale[0] = &ScaleHeads<float>;
  s.scale[1] = &ScaleHeads<rotary::f16>;
  s.scale[2] = &ScaleHeads<rotary::bf16>;
  s.fill_row = &FillRow;
  s.cache_row = &LayOutCacheRow;
  s.gather_row = &GatherRow;
  return s;
}

// Constant-initialized: listing the targets runs no code compiled for them,
// so it is safe on CPUs that lack them.
constexpr rotary::detail::KernelSet kKernelSet = MakeKernelSet();

// NOLINTNEXTLINE(google-readability-namespace-comments)
}  // namespace HWY_NAMESPACE
}  // namespace rotary
HWY_AFTER_NAMESPACE();

#if HWY_ONCE

#include "dispatch/parts.h"

namespace rotary {
namespace detail {

PartList<KernelSet> kernel_set_parts() {
  static constexpr const KernelSet* kParts[] = {
      HWY_CHOOSE_TARGET_LIST(kKernelSet), HWY_CHOOSE_FALLBACK(kKernelSet)};
  return {kParts, static_cast<int>(sizeof(kParts) / sizeof(kParts[0]))};
}

}  // namespace detail
}  // namespace rotary

#endif  // HWY_ONCE
