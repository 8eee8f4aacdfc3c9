// The cos/sin row kernels of angles-inl.h (rows from double angles, from a
// caller's cache, gathered for multi-axis specs), compiled once per Highway
// target and listed for isa.cc (parts.h).

#undef HWY_TARGET_INCLUDE
#define HWY_TARGET_INCLUDE "dispatch/angles.cc"
#include "hwy/foreach_target.h"  // IWYU pragma: keep

#include "dispatch/angles-inl.h"
#include "dispatch/parts.h"
#include "hwy/highway.h"

HWY_BEFORE_NAMESPACE();
namespace rotary {
namespace HWY_NAMESPACE {

constexpr rotary::detail::AnglePart kAngles = {HWY_TARGET, &FillRow,
                                               &LayOutCacheRow, &GatherRow};

// NOLINTNEXTLINE(google-readability-namespace-comments)
}  // namespace HWY_NAMESPACE
}  // namespace rotary
HWY_AFTER_NAMESPACE();

#if HWY_ONCE
namespace rotary {
namespace detail {

PartList<AnglePart> angle_parts() {
  static constexpr const AnglePart* kParts[] = {HWY_CHOOSE_TARGET_LIST(kAngles),
                                                HWY_CHOOSE_FALLBACK(kAngles)};
  return part_list(kParts);
}

}  // namespace detail
}  // namespace rotary
#endif  // HWY_ONCE
