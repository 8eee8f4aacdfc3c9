// The bench's roofline pass: a rotation without its math, out = in * 1.0f
// through the kernels' own loads and stores (roofline-inl.h) and through
// Rope::apply's own call path, so it moves exactly the bytes a rotation
// moves. Library rotary_roofline (dispatch/roofline.cc), linked by the bench
// and the tests only: none of it ships in librotary. Plain C++.
#ifndef ROTARY_DISPATCH_ROOFLINE_H_
#define ROTARY_DISPATCH_ROOFLINE_H_

#include <cstddef>
#include <cstdint>

#include "dispatch/kernels.h"
#include "rotary/rotary.hpp"

namespace rotary {
namespace detail {

// The roofline pass over a call Rope::apply would accept, with one dtype in
// and out for q and for k (else invalid_argument), on the active ISA.
Status roofline_apply(const Rope& rope, const ConstTensor& q_in,
                      const Tensor& q_out, const ConstTensor& k_in,
                      const Tensor& k_out, const Positions& positions,
                      const ApplyOptions& options);

// The separate norm pass the bench sets against the fused QK-norm: every
// head of q and k RMS-normalized in f32 (eps 1e-6, weight 1), through the
// same call path and threads; one dtype in and out, as roofline_apply.
Status norm_pass_apply(const Rope& rope, const ConstTensor& q_in,
                       const Tensor& q_out, const ConstTensor& k_in,
                       const Tensor& k_out, const Positions& positions,
                       const ApplyOptions& options);

// Copies `bytes` bytes from in to out with non-temporal stores (hn::Stream,
// on the best target this CPU supports), the ranges not overlapping: the
// out-of-place plain pass that writes without reading the destination's
// lines first.
void stream_copy(const void* in, void* out, size_t bytes);

// The pass's heads kernels compiled for Highway target `target` (the
// `target` of a KernelSet), indexed by DType; null if none.
const ScaleHeadsFn* roofline_kernels(int64_t target);

}  // namespace detail
}  // namespace rotary

#endif  // ROTARY_DISPATCH_ROOFLINE_H_
