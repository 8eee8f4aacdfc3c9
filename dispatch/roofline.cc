// The bench's roofline pass (roofline.h): ScaleHeads of roofline-inl.h
// compiled once per Highway target, listed by target, and run through the
// library's own call path (pass.h); the same for the separate norm pass
// (NormHeads). Part of rotary_roofline, not librotary.

#undef HWY_TARGET_INCLUDE
#define HWY_TARGET_INCLUDE "dispatch/roofline.cc"
#include "hwy/foreach_target.h"  // IWYU pragma: keep

#include "dispatch/kernels.h"
#include "dispatch/roofline-inl.h"
#include "hwy/highway.h"

#ifndef ROTARY_DISPATCH_ROOFLINE_CC_ONCE_
#define ROTARY_DISPATCH_ROOFLINE_CC_ONCE_
namespace rotary {
namespace detail {
namespace {
struct ScalePart {
  int64_t target;  // Highway target bit
  ScaleHeadsFn scale[kDTypes];
};
}  // namespace
}  // namespace detail
}  // namespace rotary
#endif  // ROTARY_DISPATCH_ROOFLINE_CC_ONCE_

HWY_BEFORE_NAMESPACE();
namespace rotary {
namespace HWY_NAMESPACE {

constexpr rotary::detail::ScalePart kScale = {
    HWY_TARGET,
    {&ScaleHeads<float>, &ScaleHeads<rotary::f16>, &ScaleHeads<rotary::bf16>}};
constexpr rotary::detail::ScalePart kNorm = {
    HWY_TARGET,
    {&NormHeads<float>, &NormHeads<rotary::f16>, &NormHeads<rotary::bf16>}};

// NOLINTNEXTLINE(google-readability-namespace-comments)
}  // namespace HWY_NAMESPACE
}  // namespace rotary
HWY_AFTER_NAMESPACE();

#if HWY_ONCE

#include "dispatch/pass.h"
#include "dispatch/roofline.h"

namespace rotary {
namespace detail {

const ScaleHeadsFn* roofline_kernels(int64_t target) {
  // Constants: finding a target runs no code compiled for any.
  static constexpr const ScalePart* kParts[] = {HWY_CHOOSE_TARGET_LIST(kScale),
                                                HWY_CHOOSE_FALLBACK(kScale)};
  for (const ScalePart* part : kParts) {
    if (part != nullptr && part->target == target) return part->scale;
  }
  return nullptr;
}

const ScaleHeadsFn* norm_pass_kernels(int64_t target) {
  static constexpr const ScalePart* kParts[] = {HWY_CHOOSE_TARGET_LIST(kNorm),
                                                HWY_CHOOSE_FALLBACK(kNorm)};
  for (const ScalePart* part : kParts) {
    if (part != nullptr && part->target == target) return part->scale;
  }
  return nullptr;
}

Status norm_pass_apply(const Rope& rope, const ConstTensor& q_in,
                       const Tensor& q_out, const ConstTensor& k_in,
                       const Tensor& k_out, const Positions& positions,
                       const ApplyOptions& options) {
  return apply_scale_pass(rope, q_in, q_out, k_in, k_out, positions, options,
                          &norm_pass_kernels);
}

Status roofline_apply(const Rope& rope, const ConstTensor& q_in,
                      const Tensor& q_out, const ConstTensor& k_in,
                      const Tensor& k_out, const Positions& positions,
                      const ApplyOptions& options) {
  return apply_scale_pass(rope, q_in, q_out, k_in, k_out, positions, options,
                          &roofline_kernels);
}

}  // namespace detail
}  // namespace rotary

#endif  // HWY_ONCE
