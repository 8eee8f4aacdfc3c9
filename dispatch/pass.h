// The library's seam for the bench's roofline pass (dispatch/roofline.cc,
// library rotary_roofline): src/apply.cc defines what it declares, and
// besides that file only the roofline library includes it. Plain C++.
#ifndef ROTARY_DISPATCH_PASS_H_
#define ROTARY_DISPATCH_PASS_H_

#include <cstdint>

#include "dispatch/kernels.h"
#include "rotary/rotary.hpp"

namespace rotary {
namespace detail {

// The heads kernels of a pass for Highway target `target` (that of the
// kernel set the call runs on), indexed by DType, each reading and writing
// one dtype; null when the pass has none for that target.
using ScaleKernelsFn = const ScaleHeadsFn* (*)(int64_t target);

// Validates the call exactly as Rope::apply does (same messages), refuses
// q or k whose input and output dtypes differ, then runs it as Rope::apply
// would (token range, threading, walk over tokens and heads) with the
// rotation of each token's heads replaced by kernels(target)[dtype] with
// scale 1.0f (read at run time, so the multiply stays).
Status apply_scale_pass(const Rope& rope, const ConstTensor& q_in,
                        const Tensor& q_out, const ConstTensor& k_in,
                        const Tensor& k_out, const Positions& positions,
                        const ApplyOptions& options, ScaleKernelsFn kernels);

}  // namespace detail
}  // namespace rotary

#endif  // ROTARY_DISPATCH_PASS_H_
