// The per-target parts of the kernel table, as the Highway translation units
// of dispatch/ compile them; isa.cc assembles them into KernelSets. Plain
// C++: no Highway types.
#ifndef ROTARY_DISPATCH_PARTS_H_
#define ROTARY_DISPATCH_PARTS_H_

#include <cstddef>
#include <cstdint>

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

template <class Part, size_t N>
PartList<Part> part_list(const Part* const (&parts)[N]) {
  return PartList<Part>{parts, static_cast<int>(N)};
}

// The rotations reading one input dtype: KernelSet::rotate[that dtype],
// and the copies, KernelSet::copy[that dtype] and quantize[that dtype].
struct RotatePart {
  int64_t target;                       // Highway target bit
  bool narrow;                          // KernelSet::narrow
  RotateHeadsFn rotate[kDTypes][2][2];  // [output dtype][pairing][direction]
  CopyHeadsFn copy[kDTypes];            // [output dtype]
  QuantizeHeadsFn quantize;
  RotateHeadsFn qk_norm[kDTypes][2];    // [output dtype][pairing]
};

// The cos/sin row kernels (angles-inl.h).
struct AnglePart {
  int64_t target;  // Highway target bit
  FillRowFn fill_row;
  CacheRowFn cache_row;
  GatherRowFn gather_row;
};

// rope_f32.cc, rope_f16.cc, rope_bf16.cc: rotations by input dtype.
PartList<RotatePart> rotate_parts_f32();
PartList<RotatePart> rotate_parts_f16();
PartList<RotatePart> rotate_parts_bf16();
// angles.cc
PartList<AnglePart> angle_parts();

}  // namespace detail
}  // namespace rotary

#endif  // ROTARY_DISPATCH_PARTS_H_
