// The kernel arguments tests/frozen/rope-inl.h reads: a copy of
// rotary::detail::HeadsArgs and kCacheLineBytes (dispatch/kernels.h) as they
// were when the copy was frozen, so the frozen kernels keep their own
// interface whatever happens to the live one.
#ifndef ROTARY_TESTS_FROZEN_HEADS_ARGS_H_
#define ROTARY_TESTS_FROZEN_HEADS_ARGS_H_

#include <cstdint>

namespace rotary_frozen {

// See rotary::detail::HeadsArgs: one token's heads of one tensor, rotated by
// one cos/sin row (half_split: cos then sin, rotary_dim floats;
// interleaved: C then S, 2 * rotary_dim floats).
struct HeadsArgs {
  const float* row;
  const void* in;
  void* out;  // may equal in (in place, same dtype)
  int64_t in_head_stride;
  int64_t out_head_stride;
  int64_t heads;
  int64_t head_dim;
  int64_t rotary_dim;
  int64_t rotary_offset = 0;
  int64_t head_group = 0;  // heads walked together; <= 0: all
};

constexpr int64_t kCacheLineBytes = 64;

}  // namespace rotary_frozen

#endif  // ROTARY_TESTS_FROZEN_HEADS_ARGS_H_
