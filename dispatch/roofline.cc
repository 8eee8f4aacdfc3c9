// The bench's roofline pass (roofline.h): ScaleHeads of roofline-inl.h
// compiled once per Highway target, listed by target, and run through the
// library's own call path (pass.h); the same for the separate norm pass
// (NormHeads); and stream_copy(). Part of rotary_roofline, not librotary.

#undef HWY_TARGET_INCLUDE
#define HWY_TARGET_INCLUDE "dispatch/roofline.cc"
#include "hwy/foreach_target.h"  // IWYU pragma: keep

#include <algorithm>
#include <cstdint>
#include <cstring>

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

namespace hn = hwy::HWY_NAMESPACE;

// stream_copy() (roofline.h) on this target: whole vectors stored with
// hn::Stream from the first output address aligned to a vector on, memcpy
// before and after.
HWY_NOINLINE void StreamCopy(const uint8_t* HWY_RESTRICT in,
                             uint8_t* HWY_RESTRICT out, size_t n) {
  const hn::ScalableTag<uint8_t> d;
  const size_t N = hn::Lanes(d);
  const size_t misaligned = reinterpret_cast<uintptr_t>(out) % N;
  size_t i = misaligned == 0 ? 0 : std::min(n, N - misaligned);
  std::memcpy(out, in, i);
  for (; i + 4 * N <= n; i += 4 * N) {
    hn::Stream(hn::LoadU(d, in + i), d, out + i);
    hn::Stream(hn::LoadU(d, in + i + N), d, out + i + N);
    hn::Stream(hn::LoadU(d, in + i + 2 * N), d, out + i + 2 * N);
    hn::Stream(hn::LoadU(d, in + i + 3 * N), d, out + i + 3 * N);
  }
  for (; i + N <= n; i += N) hn::Stream(hn::LoadU(d, in + i), d, out + i);
  std::memcpy(out + i, in + i, n - i);
  hwy::FlushStream();
}

// NOLINTNEXTLINE(google-readability-namespace-comments)
}  // namespace HWY_NAMESPACE
}  // namespace rotary
HWY_AFTER_NAMESPACE();

#if HWY_ONCE

#include "dispatch/pass.h"
#include "dispatch/roofline.h"

namespace rotary {
HWY_EXPORT(StreamCopy);

namespace detail {

void stream_copy(const void* in, void* out, size_t bytes) {
  HWY_DYNAMIC_DISPATCH(StreamCopy)
  (static_cast<const uint8_t*>(in), static_cast<uint8_t*>(out), bytes);
}

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
