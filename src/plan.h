// The immutable plan behind rotary::Rope, and the per-call plumbing shared by
// Rope::apply and reference_apply. Internal.
#ifndef ROTARY_SRC_PLAN_H_
#define ROTARY_SRC_PLAN_H_

#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <vector>

#include "dispatch/kernels.h"
#include "rotary/rotary.hpp"

namespace rotary {
namespace detail {

struct KernelSet;

struct FreeDeleter {
  void operator()(float* p) const { std::free(p); }
};

// Frequencies with their attention factor, and optionally the cos/sin table
// built from them.
struct FreqSet {
  std::vector<double> inv_freq;  // half entries + zeros to kInvFreqPad
  double attention = 1.0;
  // cos(inv_freq) then sin(inv_freq), inv_freq.size() each: the step from
  // one position to the next (RowState); empty until computed.
  std::vector<double> step;
  std::unique_ptr<float[], FreeDeleter> table;  // max_positions rows, or null
  int64_t table_rows = 0;
};

// Most position axes of a multi-axis spec (llama.cpp carries 4 streams).
constexpr int kMaxAxes = 4;

// Checks a MultiAxis against the pairs of its spec (message names
// spec.multi_axis).
Status validate_multi_axis(const MultiAxis& m, int64_t half);

struct Plan {
  RopeSpec spec;  // rotary_dim resolved (never 0)
  // Multi-axis: axes > 0, pair i at position[pair_axis[i]] with frequency
  // pair_freq[i] (resolved: the identity when the spec's list is empty).
  int axes = 0;
  std::vector<int> pair_axis;
  std::vector<int64_t> pair_freq;
  bool identity_freq = true;
  // The same as runs of consecutive pairs with one axis and consecutive
  // frequencies (M-RoPE sections: 3 runs), copied whole when they are few.
  struct PairRun {
    int64_t begin, length, freq;
    int axis;
  };
  std::vector<PairRun> runs;
  // The same per float of a row (kernels.h layout): row float j is float
  // gather_column[j] of axis gather_axis[j]'s row; and the GatherRuns of
  // the row's vectors, per width of kGatherWidths.
  std::vector<int32_t> gather_axis, gather_column;
  std::vector<detail::GatherRun> gather_runs[3];
  // GatherArgs of the above (base, offset and row are per call's), or, when
  // runs are few enough to be copied whole (gather_by_runs), unused.
  detail::GatherArgs gather_args{};
  bool gather_by_runs = false;
  int64_t half = 0;
  int64_t row_floats = 0;  // floats per cos/sin row (see kernels.h)
  FreqSet base;            // every kind; longrope: short factors
  FreqSet long_ctx;        // longrope: long factors
  // Largest position on-the-fly rows accept (angle reduction range).
  int64_t max_otf_position = 0;
  // The kernel set last reported under ROTARY_VERBOSE (report_kernels).
  mutable std::atomic<const KernelSet*> reported_kernels{nullptr};
  // The same for the fused QK-norm kernels (Rope::apply_qk_norm).
  mutable std::atomic<const KernelSet*> reported_qk_norm{nullptr};

  // Whether calls need the sequence length (dynamic, longrope).
  bool needs_sequence_length() const {
    return spec.scaling.kind == ScalingKind::dynamic ||
           spec.scaling.kind == ScalingKind::longrope;
  }
  // The frequencies for a sequence of `sequence_length` tokens; dynamic
  // scaling beyond the original length computes them into *scratch (no
  // table).
  const FreqSet& select(int64_t sequence_length, FreqSet* scratch) const;
  // Whether select(sequence_length) has a table.
  bool uses_table(int64_t sequence_length) const {
    return base.table != nullptr &&
           !(spec.scaling.kind == ScalingKind::dynamic &&
             sequence_length > spec.scaling.original_max_positions);
  }
};

// The step of a padded inv_freq (see FreqSet::step).
std::vector<double> row_steps(const std::vector<double>& inv_freq);

// Validates the scaling parameters of a spec whose rotary_dim is resolved.
Status validate_scaling(const RopeSpec& spec);
// inv_freq (half entries, not padded) and attention factor of a validated
// spec for a sequence length (dynamic, longrope), in double.
void compute_frequencies(const RopeSpec& spec, int64_t sequence_length,
                         std::vector<double>* inv_freq, double* attention);

// Token t of a call as sequence b, token s (t = b * tokens + s), without a
// division in the one-sequence case (decode calls make several per token).
struct TokenIndex {
  int64_t b, s;
};
// Elements from a validated, non-empty view's first element to one past its
// last (every sequence, token and head; head_dim entries a head).
inline int64_t view_span(const ConstTensor& t, int64_t head_dim) {
  return head_dim + (t.heads - 1) * t.head_stride +
         (t.tokens - 1) * t.token_stride + (t.batch - 1) * t.batch_stride;
}

inline TokenIndex split_token(int64_t t, int64_t tokens) {
  if (t < tokens) return {0, t};
  const int64_t b = t / tokens;
  return {b, t - b * tokens};
}

// One tensor of a call: q or k, input and output (the same for in place).
// Tokens are numbered t = b * tokens + s over the call's sequences.
struct TensorIo {
  bool present = false;
  const void* in = nullptr;  // elements of in_dtype
  void* out = nullptr;       // elements of out_dtype
  DType in_dtype = DType::f32, out_dtype = DType::f32;
  int64_t heads = 0;
  int64_t tokens = 1;  // per sequence
  int64_t in_token_stride = 0, in_head_stride = 0, in_batch_stride = 0;
  int64_t out_token_stride = 0, out_head_stride = 0, out_batch_stride = 0;
  // A KV-cache output (Rope::apply_append): token t's heads go to slot
  // out_slot[t] (out_token_stride elements a slot, batch ignored), none where
  // it is negative. Null: out_offset's strides.
  const int64_t* out_slot = nullptr;
  // An int8 cache (CacheDType::int8): out holds int8 values quantized from
  // the f32 that out_dtype (f32) describes; head h of token t's scale is at
  // out_scale + out_slot[t] * scale_slot_stride + h * scale_head_stride.
  float* out_scale = nullptr;
  int64_t scale_slot_stride = 0, scale_head_stride = 0;
  // Rope::apply_qk_norm: the norm fused with the rotation (the kernels of
  // KernelSet::qk_norm); null for a plain rotation.
  const NormArgs* norm = nullptr;

  // Element offsets of token t's first head.
  int64_t in_offset(int64_t t) const {
    const TokenIndex i = split_token(t, tokens);
    return i.b * in_batch_stride + i.s * in_token_stride;
  }
  int64_t out_offset(int64_t t) const {
    if (out_slot != nullptr) return out_slot[t] * out_token_stride;
    const TokenIndex i = split_token(t, tokens);
    return i.b * out_batch_stride + i.s * out_token_stride;
  }
  // Whether token t is written (false: a skipped cache slot).
  bool writes(int64_t t) const {
    return out_slot == nullptr || out_slot[t] >= 0;
  }
  // Token t's scale of head h (int8 output).
  float* scale(int64_t t, int64_t h) const {
    return out_scale + out_slot[t] * scale_slot_stride + h * scale_head_stride;
  }
};

// The position of token t = b * tokens + s, in any PositionKind.
struct PositionMap {
  const int32_t* i32 = nullptr;
  const int64_t* i64 = nullptr;
  PositionKind kind = PositionKind::per_token;
  int64_t stride = 0;       // per_token: entries between sequences
  int64_t tokens = 1;       // per sequence
  int axes = 0;             // multi-axis positions (per_token), else 0
  int64_t axis_stride = 0;  // entries between axes

  int64_t entry(int64_t i) const {
    return i32 != nullptr ? static_cast<int64_t>(i32[i]) : i64[i];
  }
  int64_t at(int64_t t) const { return at(t, 0); }
  // Axis `axis` of token t (axis 0 for 1D positions).
  int64_t at(int64_t t, int axis) const {
    const TokenIndex i = split_token(t, tokens);
    const int64_t b = i.b, s = i.s;
    switch (kind) {
      case PositionKind::per_token:
        return entry(axis * axis_stride + b * stride + s);
      case PositionKind::sequence_start:
        return entry(b) + s;
      case PositionKind::sequential:
        break;
    }
    return s;
  }
};

// A validated caller cache (see CosSinCache), in elements of dtype.
struct CacheIo {
  const void* cos = nullptr;  // null: no cache
  const void* sin = nullptr;
  DType dtype = DType::f32;
  bool by_position = true;
  int64_t row_stride = 0;
  int64_t batch_stride = 0, token_stride = 0;
  int64_t tokens = 1;  // per sequence (per_token rows)
  // f32, half-split and sin == cos + half: a row is used where it lies.
  bool direct = false;

  // Element offset of the row of token t at `position`.
  int64_t offset(int64_t t, int64_t position) const {
    if (by_position) return position * row_stride;
    const TokenIndex i = split_token(t, tokens);
    return i.b * batch_stride + i.s * token_stride;
  }
};

struct CallIo {
  TensorIo q, k;
  // apply_append's v: copied (converted) into the v cache, not rotated.
  TensorIo v;
  PositionMap positions;
  CacheIo cache;
  int64_t begin = 0, end = 0;   // token range to process
  int64_t sequence_length = 0;  // resolved (dynamic, longrope), else 0
  bool qk_norm = false;         // Rope::apply_qk_norm (TensorIo::norm)
};

// Checks every argument of an apply call before anything is written; fills
// *io, which must be as CallIo() made it, on success. validate_simple_call
// first, else validate_full_call.
Status validate_call(const Rope& rope, const ConstTensor& q_in,
                     const Tensor& q_out, const ConstTensor& k_in,
                     const Tensor& k_out, const Positions& positions,
                     const ApplyOptions& options, CallIo* io);
// Every check, with its message on error.
// k_names, if not null, replaces the names "k_in" and "k_out" in messages.
Status validate_full_call(const Rope& rope, const ConstTensor& q_in,
                          const Tensor& q_out, const ConstTensor& k_in,
                          const Tensor& k_out, const Positions& positions,
                          const ApplyOptions& options, CallIo* io,
                          const char* const* k_names = nullptr);
// The fast path of the common call (per-token positions, one stream per
// axis of the spec, q in place and k in place or absent, BSHD-like strides,
// one sequence, the plan's own frequencies or a caller cache indexed by
// position, whole range): true with *io filled as validate_full_call
// fills it when the call is valid and of that form; false (no error, *io
// unspecified) when validate_full_call must decide.
bool validate_simple_call(const Rope& rope, const ConstTensor& q_in,
                          const Tensor& q_out, const ConstTensor& k_in,
                          const Tensor& k_out, const Positions& positions,
                          const ApplyOptions& options, CallIo* io);

// Runs the rotation over io's token range with options' threading. The
// bench's roofline pass takes the same path (apply_scale_pass, declared in
// dispatch/pass.h for the roofline library alone), so both move the same
// bytes on the same threads.
Status run_call(const Plan& plan, const CallIo& io,
                const ApplyOptions& options);

// ROTARY_VERBOSE (read once; set and not "0"): one line to stderr the first
// time `plan` runs with `kernels`, and again if select_isa() changes them.
// Prints nothing otherwise. qk_norm: the call ran the fused QK-norm kernels
// (Rope::apply_qk_norm), reported on a line of their own that says so.
void report_kernels(const Plan& plan, const KernelSet& kernels,
                    bool qk_norm = false);

}  // namespace detail
}  // namespace rotary

#endif  // ROTARY_SRC_PLAN_H_
