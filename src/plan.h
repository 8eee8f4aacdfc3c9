// The immutable plan behind rotary::Rope, and the per-call plumbing shared by
// Rope::apply and reference_apply. Internal.
#ifndef ROTARY_SRC_PLAN_H_
#define ROTARY_SRC_PLAN_H_

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <vector>

#include "rotary/rotary.hpp"

namespace rotary {
namespace detail {

struct FreeDeleter {
  void operator()(float* p) const { std::free(p); }
};

struct Plan {
  RopeSpec spec;                 // rotary_dim resolved (never 0)
  std::vector<double> inv_freq;  // rotary_dim / 2 entries
  int64_t row_floats = 0;        // floats per cos/sin row (see kernels.h)
  std::unique_ptr<float[], FreeDeleter> table;  // max_positions rows, or null

  // Writes the cos/sin row of `position` in the kernels' layout, from
  // double-precision angles rounded once to f32.
  void fill_row(int64_t position, float* row) const;
  const float* table_row(int64_t position) const {
    return table.get() + position * row_floats;
  }
};

// Frequencies of a validated spec, in double: theta^(-2i/rotary_dim), scaled.
std::vector<double> compute_inv_freq(const RopeSpec& spec);

// One tensor of a call: q or k, input and output (the same for in place).
struct TensorIo {
  bool present = false;
  const void* in = nullptr;  // elements of in_dtype
  void* out = nullptr;       // elements of out_dtype
  DType in_dtype = DType::f32, out_dtype = DType::f32;
  int64_t heads = 0;
  int64_t in_token_stride = 0, in_head_stride = 0;
  int64_t out_token_stride = 0, out_head_stride = 0;
};

struct CallIo {
  TensorIo q, k;
  int64_t begin = 0, end = 0;  // token range to process
};

// Checks every argument of an apply call before anything is written; fills
// *io on success.
Status validate_call(const Rope& rope, const ConstTensor& q_in,
                     const Tensor& q_out, const ConstTensor& k_in,
                     const Tensor& k_out, const Positions& positions,
                     const ApplyOptions& options, CallIo* io);

inline int64_t position_at(const Positions& p, int64_t t) {
  return p.i32 != nullptr ? static_cast<int64_t>(p.i32[t]) : p.i64[t];
}

// Runs the rotation, or (roofline) the same traffic as out = in * 1.0f, over
// io's token range with options' threading. Used by Rope::apply and by the
// bench, so both move the same bytes on the same threads.
enum class Pass { rotate, roofline };
Status run_call(const Plan& plan, const CallIo& io, const Positions& positions,
                const ApplyOptions& options, Pass pass);

// The roofline pass over validated arguments (bench only).
Status roofline_apply(const Rope& rope, const ConstTensor& q_in,
                      const Tensor& q_out, const ConstTensor& k_in,
                      const Tensor& k_out, const Positions& positions,
                      const ApplyOptions& options);

}  // namespace detail
}  // namespace rotary

#endif  // ROTARY_SRC_PLAN_H_
