// Per-ISA kernel table. Plain C++: callers never see Highway types.
#ifndef ROTARY_DISPATCH_KERNELS_H_
#define ROTARY_DISPATCH_KERNELS_H_

#include <cstdint>
#include <vector>

#include "rotary/rotary.hpp"

namespace rotary {
namespace detail {

// Layout of one token's cos/sin row, as the kernels read it:
//  half_split:  cos[0..half) then sin[0..half)                (rotary_dim)
//  interleaved: C[0..rd) then S[0..rd) with C[2i] = C[2i+1] = cos_i,
//               S[2i] = -sin_i, S[2i+1] = sin_i               (2 * rotary_dim)
// so that y = x*C + swap_pairs(x)*S needs no shuffle of cos/sin per head.
inline int64_t row_floats(Pairing pairing, int64_t rotary_dim) {
  return pairing == Pairing::interleaved ? 2 * rotary_dim : rotary_dim;
}

// How a kernel walks the heads of one token (dispatch/walk-inl.h). The row
// is split into blocks of a few vectors each.
enum class WalkKind : uint8_t {
  // Every head at once, block by block: a block's cos/sin are loaded once
  // and stay in registers across all heads. For data in L1/L2.
  resident,
  // The same within groups of WalkOrder::group heads, group after group:
  // memory is walked nearly in order while a block's cos/sin (from L1)
  // still serve a group. For data from L3.
  grouped,
  // One head at a time, all its blocks, strictly in memory order, each head
  // prefetching its entries kPrefetchBytes ahead; where the target has the
  // registers, the row's vectors are held across heads. For data from DRAM.
  streaming,
};

struct WalkOrder {
  WalkKind kind = WalkKind::resident;
  int64_t group = 0;  // heads per group (grouped only)
};

// How far ahead, in input bytes, a streaming walk prefetches (rounded up to
// whole heads, at least one): the core's own loads, held up behind the
// rotation's arithmetic, keep fewer misses in flight than a bare copy does.
constexpr int64_t kPrefetchBytes = 2048;

// Cache sizes the walk order is chosen by (per core share, conservatively).
constexpr int64_t kWalkL2Bytes = 4 * 1024 * 1024;
constexpr int64_t kWalkL3Bytes = 32 * 1024 * 1024;
constexpr int64_t kWalkGroupHeads = 4;

// The one decision of the walk order, by the bytes one kernel call of a
// run of calls moves through the caches (traffic_bytes: read + written, of
// every token the run covers): resident while they stay in L1/L2, groups of
// kWalkGroupHeads from L3, streaming from DRAM. Narrow targets (KernelSet)
// always stream: there a group's strided walk costs more than the row's
// reuse saves.
inline WalkOrder walk_order(int64_t traffic_bytes, bool narrow) {
  if (narrow) return WalkOrder{WalkKind::streaming, 1};
  if (traffic_bytes <= kWalkL2Bytes) return WalkOrder{WalkKind::resident, 0};
  if (traffic_bytes <= kWalkL3Bytes) {
    return WalkOrder{WalkKind::grouped, kWalkGroupHeads};
  }
  return WalkOrder{WalkKind::streaming, 1};
}

// A head-outer walk (apply.cc: a view whose heads lie farther apart than
// its tokens, BHSD) takes a block of `tokens` tokens at a time, and for each
// of its head ranges of up to `heads` heads, one kernel call per token in
// `walk` order. Each head's entries continue the previous token's, streams
// the hardware prefetchers follow, so no software prefetch. From DRAM (the
// run's own order streams) long blocks of many heads, grouped, keep the
// most streams going; from the caches short blocks of few heads (measured:
// docs/tuning.md). Narrow targets stream, as above.
struct HeadOuterOrder {
  int64_t tokens;
  int64_t heads;
  WalkOrder walk;
};
constexpr int64_t kHeadOuterMaxTokens = 32;
inline HeadOuterOrder head_outer_order(WalkOrder run, bool narrow) {
  if (narrow) return HeadOuterOrder{16, 4, WalkOrder{WalkKind::streaming, 1}};
  if (run.kind == WalkKind::streaming) {
    return HeadOuterOrder{kHeadOuterMaxTokens, 32,
                          WalkOrder{WalkKind::grouped, 16}};
  }
  return HeadOuterOrder{16, 4, WalkOrder{WalkKind::resident, 0}};
}

// A per-head norm fused with the rotation (KernelSet::qk_norm), over the
// whole head (head_dim entries, rotated slice or not), with the mean of the
// squares taken in f32:
//  before (rms, rms_one_plus): y = rotate(x * inv_rms(x) * weight)
//  after (l2_after):           y = r * inv_rms(r), r = rotate(x)
// where inv_rms(v) = 1 / sqrt(sum(v_i^2) / head_dim + eps).
struct NormArgs {
  // head_dim f32 multipliers (rms: w; rms_one_plus: 1 + w, formed in f32),
  // or null (after: no weight).
  const float* weight = nullptr;
  double eps = 0.0;    // > 0
  bool after = false;  // normalize after the rotation (l2_after)
};

// The heads of one token of one tensor (q or k), all rotated by one row.
// in and out point to elements of the kernel's input and output dtype.
struct HeadsArgs {
  const float* row;  // cos/sin row of this token (layout above)
  const void* in;    // first head; head h at in + h * in_head_stride elements
  void* out;         // may equal in (in place, same dtype)
  int64_t in_head_stride;
  int64_t out_head_stride;
  int64_t heads;
  int64_t head_dim;
  // Entries [rotary_offset, rotary_offset + rotary_dim) of each head rotate
  // (rotary_dim even, the slice within head_dim); the rest passes through.
  int64_t rotary_dim;
  int64_t rotary_offset = 0;
  WalkOrder walk;  // see walk_order()
  // KernelSet::qk_norm only: the norm (never null there); the rotations
  // ignore it.
  const NormArgs* norm = nullptr;
};

using RotateHeadsFn = void (*)(const HeadsArgs& args);

// Copies every entry of the heads (row and the rotary fields unused), in
// dtype to out dtype, rounding to nearest-even as the rotations store: the
// v side of Rope::apply_append. in and out do not overlap.
using CopyHeadsFn = void (*)(const HeadsArgs& args);

// Quantizes every head to int8, as rotary::CacheDType::int8 states: head h's
// head_dim int8 values at out + h * out_head_stride, its scale at
// scale[h * scale_stride]. row and the rotary fields are unused.
using QuantizeHeadsFn = void (*)(const HeadsArgs& args, float* scale,
                                 int64_t scale_stride);

// inv_freq arrays handed to FillRowFn are zero-padded to a multiple of this
// (the most double lanes of any target), so whole vectors can be loaded.
constexpr int64_t kInvFreqPad = 32;
// Angles up to this many radians are reduced exactly (see angles-inl.h).
constexpr double kMaxAngle = 6.0e9;

// What on-the-fly rows carry from one token to the next: a row for position
// p + 1 is the row for p rotated by one step (cos and sin of inv_freq), in
// double, far cheaper than reducing the angles again. Values stay the
// correctly rounded ones: lanes whose accumulated error bound could change
// the f32 rounding are computed directly, and every kMaxRowSteps rows the
// state is recomputed from the angles.
struct RowState {
  const double* step;     // cos(inv_freq) then sin(inv_freq), padded lengths
  double* cos_sin;        // cos then sin (before attention) of `position`'s
                          // angles, padded lengths
  int64_t position = -1;  // the position cos_sin holds; -1: none
  int64_t steps = 0;      // rotations since cos_sin was computed directly
};
constexpr int64_t kMaxRowSteps = 128;

// One token's cos/sin row from double-precision angles.
struct AngleArgs {
  const double* inv_freq;  // half entries, zero-padded (kInvFreqPad)
  int64_t half;            // pairs
  int64_t position;        // >= 0, position * max(inv_freq) <= kMaxAngle
  double attention;        // multiplies cos and sin
  bool interleaved;        // row layout (see row_floats)
  float* row;              // row_floats(...) floats
  // Optional, for runs of consecutive positions; padded = inv_freq's padded
  // length (a multiple of kInvFreqPad).
  RowState* state = nullptr;
  int64_t padded = 0;
};
using FillRowFn = void (*)(const AngleArgs& args);

// One token's row from a caller cache's f32 cos and sin (half values each).
using CacheRowFn = void (*)(const float* cos, const float* sin, int64_t half,
                            bool interleaved, float* row);

// A multi-axis row (see plan.h): row[j] = base[offset[axis[j]] + column[j]]
// for j in [0, floats). base holds each axis's 1D row (table rows, or rows
// built for the call) at float offset offset[a]; every index fits int32.
// The pattern of axis and column, known when the plan is made, is given per
// vector of kGatherWidths[w] floats as a GatherKind, so that the kernel
// picks whole loads without inspecting the columns per row; consecutive
// vectors of one kind whose loads run on form one GatherRun, walked as one
// loop.
enum GatherKind : uint8_t {
  kGatherIndex,   // any columns: gathered
  kOneAxisByOne,  // one axis, columns c, c+1, ...: one load
  kOneAxisByTwo,  // one axis, columns c, c+2, ...: even entries of two
  kBlendByOne,    // several axes, columns by one: loads blended by lane
  kBlendByTwo,    // several axes, columns by two
};
constexpr int64_t kGatherWidths[] = {4, 8, 16};
// Vectors [begin, begin + vectors * width) of a row, all of `kind`. Vector
// v of the run reads on from its first vector's columns: column[begin] +
// v * width (by one) or + v * 2 * width (by two) of the same axis or axes;
// gathered vectors read their own columns.
struct GatherRun {
  int32_t begin;    // first float
  int32_t vectors;  // >= 1
  uint8_t kind;     // GatherKind
};
struct GatherArgs {
  const float* base;
  const int32_t* axis;    // floats entries, each in [0, axes)
  const int32_t* column;  // floats entries, within one row
  // Runs covering the row's whole vectors of kGatherWidths[w] floats, in
  // order; a target whose vectors have another width gathers every float.
  const GatherRun* runs[3];
  int32_t run_counts[3];
  bool identity;      // column[j] == j for every j
  int32_t offset[4];  // per axis (kMaxAxes)
  int axes;
  int64_t floats;
  float* row;
};
using GatherRowFn = void (*)(const GatherArgs& args);

// The step of the kernels' and apply()'s software prefetches: one cache line
// of the x86 and most arm64 cores (a longer line is merely asked for twice).
constexpr int64_t kCacheLineBytes = 64;

// The bench's roofline pass (roofline.h, its own library rotary_roofline,
// not part of librotary): a rotation without its math. out = in * scale
// over every head_dim entry, in and out of one dtype, through the same loads
// and stores as the kernels (16-bit data widened to f32 and rounded back to
// nearest-even exactly as a rotation does), so a kernel cannot beat it. The
// library runs it through its own call path (pass.h).
using ScaleHeadsFn = void (*)(const HeadsArgs& args, float scale);

constexpr int kDTypes = 3;  // indexed by static_cast<int>(DType)

struct KernelSet {
  int64_t target;  // Highway target bit
  const char* name;
  const char* description;
  bool narrow;  // vectors of at most 4 emulated lanes (see walk_order())
  // [input dtype][output dtype][pairing][direction]
  RotateHeadsFn rotate[kDTypes][kDTypes][2][2];
  // [input dtype][output dtype]
  CopyHeadsFn copy[kDTypes][kDTypes];
  // [input dtype]
  QuantizeHeadsFn quantize[kDTypes];
  // The forward rotation fused with a per-head norm (HeadsArgs::norm; see
  // dispatch/norm-inl.h): [input dtype][output dtype][pairing].
  RotateHeadsFn qk_norm[kDTypes][kDTypes][2];
  FillRowFn fill_row;
  CacheRowFn cache_row;
  GatherRowFn gather_row;
};

// Every compiled kernel set, best first.
const std::vector<const KernelSet*>& compiled_kernel_sets();

// The best kernel set this CPU supports (whatever ROTARY_ISA says).
const KernelSet* best_kernel_set();

// The kernel set apply() uses now; null with *error set when ROTARY_ISA named
// an ISA that cannot run and select_isa() has not been called since.
const KernelSet* active_kernel_set(Status* error);

}  // namespace detail
}  // namespace rotary

#endif  // ROTARY_DISPATCH_KERNELS_H_
