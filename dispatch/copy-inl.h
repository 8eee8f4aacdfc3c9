// The copy kernel of the KV-cache append (Rope::apply_append): v's heads
// of one token copied into the v cache, converted to its dtype. Compiled
// once per Highway target through rotate_part-inl.h.

#if defined(ROTARY_DISPATCH_COPY_INL_H_) == defined(HWY_TARGET_TOGGLE)
#ifdef ROTARY_DISPATCH_COPY_INL_H_
#undef ROTARY_DISPATCH_COPY_INL_H_
#else
#define ROTARY_DISPATCH_COPY_INL_H_
#endif

#include "dispatch/io-inl.h"
#include "dispatch/kernels.h"
#include "hwy/highway.h"

HWY_BEFORE_NAMESPACE();
namespace rotary {
namespace HWY_NAMESPACE {

// Every entry of a.heads heads of a.head_dim entries: bit for bit when TIn
// and TOut are one dtype, else widened exactly and rounded to nearest-even
// as the rotations store (PassThrough). a.row and the rotary fields are not
// read; in and out must not overlap.
template <class TIn, class TOut>
HWY_NOINLINE void CopyHeads(const rotary::detail::HeadsArgs& a) {
  const TIn* in = static_cast<const TIn*>(a.in);
  TOut* out = static_cast<TOut*>(a.out);
  for (int64_t h = 0; h < a.heads; ++h) {
    PassThrough(in + h * a.in_head_stride, out + h * a.out_head_stride, 0,
                a.head_dim);
  }
}

// NOLINTNEXTLINE(google-readability-namespace-comments)
}  // namespace HWY_NAMESPACE
}  // namespace rotary
HWY_AFTER_NAMESPACE();

#endif  // ROTARY_DISPATCH_COPY_INL_H_
