// The bench's roofline pass (ScaleHeads of roofline-inl.h), compiled once
// per Highway target and listed for isa.cc (parts.h).

#undef HWY_TARGET_INCLUDE
#define HWY_TARGET_INCLUDE "dispatch/roofline.cc"
#include "hwy/foreach_target.h"  // IWYU pragma: keep

#include "dispatch/parts.h"
#include "dispatch/roofline-inl.h"
#include "hwy/highway.h"

HWY_BEFORE_NAMESPACE();
namespace rotary {
namespace HWY_NAMESPACE {

constexpr rotary::detail::ScalePart kScale = {
    HWY_TARGET,
    {&ScaleHeads<float>, &ScaleHeads<rotary::f16>, &ScaleHeads<rotary::bf16>}};

// NOLINTNEXTLINE(google-readability-namespace-comments)
}  // namespace HWY_NAMESPACE
}  // namespace rotary
HWY_AFTER_NAMESPACE();

#if HWY_ONCE
namespace rotary {
namespace detail {

PartList<ScalePart> scale_parts() {
  static constexpr const ScalePart* kParts[] = {
      HWY_CHOOSE_TARGET_LIST(kScale), HWY_CHOOSE_FALLBACK(kScale)};
  return part_list(kParts);
}

}  // namespace detail
}  // namespace rotary
#endif  // HWY_ONCE
