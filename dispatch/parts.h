// The per-target parts of the kernel table, as the Highway translation units
// of dispatch/ compile them; isa.cc assembles them into KernelSets. Plain
// C++: no Highway types.
#ifndef ROTARY_DISPATCH_PARTS_H_
#define ROTARY_DISPATCH_PARTS_H_

#include "dispatch/kernels.h"

namespace rotary {
namespace detail {

// One translation unit's part for each Highway target it compiled, in the
// order of Highway's dispatch table (HWY_CHOOSE_TARGET_LIST, then
// HWY_CHOOSE_FALLBACK): null where a target was not compiled, and a target
// may appear twice (the fallback is also in the list). The parts are
// constants, so listing them runs no code compiled for any target.
template <class Part>
struct PartList {
  const Part* const* parts;
  int count;
};

// dispatch/rope.cc: every kernel of one target (name and description left
// for isa.cc).
PartList<KernelSet> kernel_set_parts();

}  // namespace detail
}  // namespace rotary

#endif  // ROTARY_DISPATCH_PARTS_H_
