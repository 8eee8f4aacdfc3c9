// The rotations reading bf16 (every output dtype, pairing and direction),
// compiled once per Highway target: KernelSet::rotate[DType::bf16], listed
// for isa.cc (parts.h).

#undef HWY_TARGET_INCLUDE
#define HWY_TARGET_INCLUDE "dispatch/rope_bf16.cc"
#include "hwy/foreach_target.h"  // IWYU pragma: keep

#include "dispatch/parts.h"
#include "dispatch/rotate_part-inl.h"
#include "hwy/highway.h"

HWY_BEFORE_NAMESPACE();
namespace rotary {
namespace HWY_NAMESPACE {

constexpr rotary::detail::RotatePart kRotateBF16 =
    MakeRotatePart<rotary::bf16>();

// NOLINTNEXTLINE(google-readability-namespace-comments)
}  // namespace HWY_NAMESPACE
}  // namespace rotary
HWY_AFTER_NAMESPACE();

#if HWY_ONCE
namespace rotary {
namespace detail {

PartList<RotatePart> rotate_parts_bf16() {
  static constexpr const RotatePart* kParts[] = {
      HWY_CHOOSE_TARGET_LIST(kRotateBF16), HWY_CHOOSE_FALLBACK(kRotateBF16)};
  return part_list(kParts);
}

}  // namespace detail
}  // namespace rotary
#endif  // HWY_ONCE
