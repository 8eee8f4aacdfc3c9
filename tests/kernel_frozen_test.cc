// Today's kernels, frozen: tests/frozen/rope-inl.h is a copy of
// dispatch/rope-inl.h taken before its walk layer (the loop orders, held
// rows and block steps) is rewritten. Both are compiled for every
// Highway target into this one binary, and on each target this CPU supports
// the live kernels must store exactly the bytes the frozen ones store, for
// every entry point of the kernel table that rope-inl.h fills (rotate)
// and of the roofline pass (roofline-inl.h, scale), every walk order, and
// shapes sized by the target's lanes. Both get the same cos/sin row, so
// angles-inl.h (rows from angles, caches and gathers) stays shared and is
// tested against the reference elsewhere.

#undef HWY_TARGET_INCLUDE
#define HWY_TARGET_INCLUDE "tests/kernel_frozen_test.cc"
#include "hwy/foreach_target.h"  // IWYU pragma: keep

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "dispatch/kernels.h"
#include "dispatch/roofline.h"
#include "hwy/highway.h"
#include "hwy/tests/hwy_gtest.h"
#include "rotary/rotary.hpp"
#include "tests/frozen/rope-inl.h"
#include "tests/test_util.h"

#ifndef ROTARY_TESTS_KERNEL_FROZEN_TEST_ONCE_
#define ROTARY_TESTS_KERNEL_FROZEN_TEST_ONCE_
namespace rotary {
namespace test {
namespace frozen {

constexpr DType kDTypes[] = {DType::f32, DType::f16, DType::bf16};

// One shape of a call: heads of head_dim entries, `stride` apart, entries
// [offset, offset + rotary_dim) rotated.
struct Shape {
  int64_t head_dim, rotary_dim, offset;
};

// The shapes for a target with `lanes` f32 lanes: the model shapes (Llama
// and Gemma's 128 and 256, 64), partial and offset slices, odd head sizes,
// rows longer than the bf16 kernels' permuted-row buffer (1024 floats), and
// rotated spans of 1, N-1, N and N+1 vectors (lane_rotary_dims), each whole
// and inside an odd-sized head at an odd offset.
std::vector<Shape> Shapes(int64_t lanes) {
  std::vector<Shape> shapes = {{64, 64, 0},     {128, 128, 0},   {256, 256, 0},
                               {128, 64, 0},    {256, 64, 0},    {96, 64, 32},
                               {72, 72, 0},     {40, 40, 0},     {80, 40, 20},
                               {7, 4, 1},       {2, 2, 0},       {6, 6, 0},
                               {1100, 1040, 0}, {1100, 1028, 30}};
  for (int64_t rd : lane_rotary_dims(lanes)) {
    shapes.push_back({rd, rd, 0});
    shapes.push_back({rd + 5, rd, 3});
  }
  return shapes;
}

// Input values: mostly random of several magnitudes, with rounding ties,
// subnormals, overflow in 16 bits, Inf and NaN mixed in, stored as `dtype`.
std::vector<unsigned char> Inputs(DType dtype, size_t count, uint32_t seed) {
  std::mt19937 rng(seed);
  std::uniform_real_distribution<float> unit(-1.0f, 1.0f);
  const float specials[] = {0.0f,
                            -0.0f,
                            1.0f + 1.0f / 2048,
                            1.00390625f + 1.0f / 512,
                            1e-40f,
                            0x3p-25f,
                            65520.0f,
                            70000.0f,
                            1e30f,
                            std::numeric_limits<float>::infinity(),
                            -std::numeric_limits<float>::infinity(),
                            std::numeric_limits<float>::quiet_NaN()};
  const size_t size = dtype_size(dtype);
  std::vector<unsigned char> out(count * size);
  for (size_t i = 0; i < count; ++i) {
    float v = unit(rng) * (i % 7 == 3 ? 1000.0f : 3.0f);
    if (i % 61 == 17) v = specials[(i / 61) % (sizeof(specials) / 4)];
    const uint16_t h = to_f16(v).bits, b = to_bf16(v).bits;
    if (dtype == DType::f32) std::memcpy(&out[4 * i], &v, 4);
    if (dtype == DType::f16) std::memcpy(&out[2 * i], &h, 2);
    if (dtype == DType::bf16) std::memcpy(&out[2 * i], &b, 2);
  }
  return out;
}

// A cos/sin row in the kernels' layout (dispatch/kernels.h), of random
// pairs not of unit norm (as a caller cache may hold).
std::vector<float> Row(Pairing pairing, int64_t rotary_dim, uint32_t seed) {
  std::mt19937 rng(seed);
  std::uniform_real_distribution<float> unit(-1.25f, 1.25f);
  const int64_t half = rotary_dim / 2;
  std::vector<float> row(
      static_cast<size_t>(detail::row_floats(pairing, rotary_dim)));
  for (int64_t i = 0; i < half; ++i) {
    const float c = unit(rng), s = unit(rng);
    if (pairing == Pairing::half_split) {
      row[i] = c;
      row[half + i] = s;
    } else {
      row[2 * i] = row[2 * i + 1] = c;
      row[rotary_dim + 2 * i] = -s;
      row[rotary_dim + 2 * i + 1] = s;
    }
  }
  return row;
}

}  // namespace frozen
}  // namespace test
}  // namespace rotary
#endif  // ROTARY_TESTS_KERNEL_FROZEN_TEST_ONCE_

HWY_BEFORE_NAMESPACE();
namespace rotary {
namespace test {
namespace HWY_NAMESPACE {
namespace hn = hwy::HWY_NAMESPACE;
namespace fz = rotary_frozen::HWY_NAMESPACE;

using FrozenRotateFn = void (*)(const rotary_frozen::HeadsArgs&);

// The walk order of a head group (see walk_of_group), in either kernels'
// arguments.
inline void SetWalk(detail::HeadsArgs* a, int64_t group) {
  a->walk = walk_of_group(group);
}
inline void SetWalk(rotary_frozen::HeadsArgs* a, int64_t group) {
  a->head_group = group;
}
using FrozenScaleFn = void (*)(const rotary_frozen::HeadsArgs&, float);

// The frozen kernels of this target, indexed as KernelSet::rotate.
template <class TIn, class TOut>
void FillFrozen(FrozenRotateFn (&fn)[2][2]) {
  fn[0][0] = &fz::RotateInterleaved<TIn, TOut, false>;
  fn[0][1] = &fz::RotateInterleaved<TIn, TOut, true>;
  fn[1][0] = &fz::RotateHalfSplit<TIn, TOut, false>;
  fn[1][1] = &fz::RotateHalfSplit<TIn, TOut, true>;
}

template <class TIn>
void FillFrozenFrom(FrozenRotateFn (&fn)[3][2][2]) {
  FillFrozen<TIn, float>(fn[0]);
  FillFrozen<TIn, rotary::f16>(fn[1]);
  FillFrozen<TIn, rotary::bf16>(fn[2]);
}

struct FrozenSet {
  FrozenRotateFn rotate[3][3][2][2];
  FrozenScaleFn scale[3];
  FrozenSet() {
    FillFrozenFrom<float>(rotate[0]);
    FillFrozenFrom<rotary::f16>(rotate[1]);
    FillFrozenFrom<rotary::bf16>(rotate[2]);
    scale[0] = &fz::ScaleHeads<float>;
    scale[1] = &fz::ScaleHeads<rotary::f16>;
    scale[2] = &fz::ScaleHeads<rotary::bf16>;
  }
};

const detail::KernelSet* LiveKernels() {
  for (const detail::KernelSet* s : detail::compiled_kernel_sets()) {
    if (s->target == HWY_TARGET) return s;
  }
  return nullptr;
}

// One call's buffers: `misalign` spare elements before the first head and a
// guard of spare bytes after the last, all holding a canary the kernels must
// leave alone (they are compared too).
struct Buffers {
  std::vector<unsigned char> in, out;
  size_t in_first, out_first;  // byte offset of the first head
};

constexpr size_t kGuard = 64;

Buffers MakeBuffers(const std::vector<unsigned char>& inputs, DType in,
                    DType out, bool in_place, int misalign) {
  Buffers b;
  const size_t count = inputs.size() / dtype_size(in);
  b.in_first = static_cast<size_t>(misalign) * dtype_size(in);
  b.in.assign(b.in_first + inputs.size() + kGuard, 0x5A);
  std::memcpy(&b.in[b.in_first], inputs.data(), inputs.size());
  if (in_place) {
    b.out_first = b.in_first;
    return b;  // out is in
  }
  b.out_first = static_cast<size_t>(misalign) * dtype_size(out);
  b.out.assign(b.out_first + count * dtype_size(out) + kGuard, 0xA5);
  return b;
}

// Whether the element of type `dtype` at `p` is a NaN.
bool IsNaN(const unsigned char* p, DType dtype) {
  if (dtype == DType::f32) {
    uint32_t u;
    std::memcpy(&u, p, 4);
    return (u & 0x7F800000u) == 0x7F800000u && (u & 0x007FFFFFu) != 0;
  }
  uint16_t u;
  std::memcpy(&u, p, 2);
  if (dtype == DType::f16) return (u & 0x7C00u) == 0x7C00u && (u & 0x3FFu);
  return (u & 0x7F80u) == 0x7F80u && (u & 0x7Fu) != 0;  // bf16
}

// Makes every output element that is a NaN in both `x` and `y` hold the
// same bytes. A NaN's sign is not part of the kernels' contract: where a
// NaN input meets a negated product (backward rotation), SVE's FMLS/FMSB
// negate whichever multiplicand the register allocator put first, so the
// same source stores a NaN of either sign depending on how it was inlined.
// Where a NaN is must still match exactly.
void UnifyNaNs(std::vector<unsigned char>& x,
               const std::vector<unsigned char>& y, size_t first, DType dtype) {
  const size_t size = dtype_size(dtype);
  for (size_t i = first; i + size <= x.size() - kGuard; i += size) {
    if (std::memcmp(&x[i], &y[i], size) != 0 && IsNaN(&x[i], dtype) &&
        IsNaN(&y[i], dtype)) {
      std::memcpy(&x[i], &y[i], size);
    }
  }
}

// Runs `live` and `frozen` on copies of the same buffers and returns
// whether every byte (outputs, inputs, guards, padding) is the same, but
// for the sign and payload of NaN outputs (UnifyNaNs); reports the first
// differing element through gtest otherwise.
template <class LiveCall, class FrozenCall>
bool SameBytes(const Buffers& start, DType out_dtype, bool in_place,
               int64_t stride, const LiveCall& live, const FrozenCall& frozen,
               const std::string& what) {
  Buffers a = start, b = start;
  auto run = [&](Buffers& buf, const auto& call) {
    unsigned char* in = &buf.in[buf.in_first];
    unsigned char* out = in_place ? in : &buf.out[buf.out_first];
    call(in, out);
  };
  run(a, live);
  run(b, frozen);
  if (!in_place && a.in != b.in) {
    ADD_FAILURE() << what << ": the input buffers differ";
    return false;
  }
  std::vector<unsigned char>& x = in_place ? a.in : a.out;
  const std::vector<unsigned char>& y = in_place ? b.in : b.out;
  UnifyNaNs(x, y, in_place ? a.in_first : a.out_first, out_dtype);
  if (std::memcmp(x.data(), y.data(), x.size()) == 0) return true;
  size_t i = 0;
  while (x[i] == y[i]) ++i;
  const size_t first = in_place ? a.in_first : a.out_first;
  const size_t size = dtype_size(out_dtype);
  const int64_t element =
      (static_cast<int64_t>(i) - static_cast<int64_t>(first)) /
      static_cast<int64_t>(size);
  ADD_FAILURE() << what << ": differs from the frozen kernel at byte " << i
                << " (head " << element / stride << ", entry "
                << element % stride << ")";
  return false;
}

void TestMatchesFrozenKernels() {
  const detail::KernelSet* live = LiveKernels();
  ASSERT_NE(live, nullptr);
  const FrozenSet frozen;
  const int64_t lanes =
      static_cast<int64_t>(hn::Lanes(hn::ScalableTag<float>()));
  // head count, head_group: every walk order over 7 heads (all at once,
  // groups, one by one), a group larger than the heads, and one head alone
  // (all heads = one by one).
  constexpr int64_t kOrders[][2] = {{7, 0}, {7, 1}, {7, 2}, {7, 3},
                                    {7, 4}, {7, 9}, {1, 0}};
  uint32_t n = 0;
  int failures = 0;
  for (const frozen::Shape& shape : frozen::Shapes(lanes)) {
    const int64_t stride = shape.head_dim + 3;  // padding between heads
    for (Pairing pairing : {Pairing::interleaved, Pairing::half_split}) {
      const std::vector<float> row =
          frozen::Row(pairing, shape.rotary_dim, ++n);
      for (bool in_place : {false, true}) {
        for (DType in_dtype : frozen::kDTypes) {
          for (DType out_dtype : frozen::kDTypes) {
            if (in_place && in_dtype != out_dtype) continue;
            for (const auto& order : kOrders) {
              const int64_t heads = order[0];
              const std::vector<unsigned char> inputs = frozen::Inputs(
                  in_dtype, static_cast<size_t>(heads * stride), ++n);
              const Buffers start =
                  MakeBuffers(inputs, in_dtype, out_dtype, in_place,
                              static_cast<int>(n % 3));
              for (Direction dir : {Direction::forward, Direction::backward}) {
                const int i = static_cast<int>(in_dtype);
                const int o = static_cast<int>(out_dtype);
                const int p = static_cast<int>(pairing);
                const int r = static_cast<int>(dir);
                const detail::RotateHeadsFn live_fn = live->rotate[i][o][p][r];
                const FrozenRotateFn frozen_fn = frozen.rotate[i][o][p][r];
                auto args = [&](auto* a, void* in, void* out) {
                  a->row = row.data();
                  a->in = in;
                  a->out = out;
                  a->in_head_stride = stride;
                  a->out_head_stride = stride;
                  a->heads = heads;
                  a->head_dim = shape.head_dim;
                  a->rotary_dim = shape.rotary_dim;
                  a->rotary_offset = shape.offset;
                  SetWalk(a, order[1]);
                };
                const std::string what =
                    std::string(pairing == Pairing::interleaved
                                    ? "interleaved"
                                    : "half_split") +
                    " head_dim " + std::to_string(shape.head_dim) +
                    " rotary_dim " + std::to_string(shape.rotary_dim) +
                    " offset " + std::to_string(shape.offset) + " " +
                    dtype_name(in_dtype) + "->" + dtype_name(out_dtype) +
                    (in_place ? " in place" : "") +
                    (dir == Direction::backward ? " backward" : "") +
                    " heads " + std::to_string(heads) + " head_group " +
                    std::to_string(order[1]);
                const bool same = SameBytes(
                    start, out_dtype, in_place, stride,
                    [&](void* in, void* out) {
                      detail::HeadsArgs a;
                      args(&a, in, out);
                      live_fn(a);
                    },
                    [&](void* in, void* out) {
                      rotary_frozen::HeadsArgs a;
                      args(&a, in, out);
                      frozen_fn(a);
                    },
                    what);
                if (!same && ++failures >= 8) return;
              }
            }
          }
        }
      }
    }
  }
  // The roofline pass (roofline_kernels), in place and out of place.
  const detail::ScaleHeadsFn* live_scale = detail::roofline_kernels(HWY_TARGET);
  ASSERT_NE(live_scale, nullptr);
  for (const frozen::Shape& shape : frozen::Shapes(lanes)) {
    const int64_t stride = shape.head_dim + 3, heads = 3;
    for (DType dtype : frozen::kDTypes) {
      for (bool in_place : {false, true}) {
        const std::vector<unsigned char> inputs =
            frozen::Inputs(dtype, static_cast<size_t>(heads * stride), ++n);
        const Buffers start = MakeBuffers(inputs, dtype, dtype, in_place,
                                          static_cast<int>(n % 3));
        auto args = [&](auto* a, void* in, void* out) {
          a->row = nullptr;
          a->in = in;
          a->out = out;
          a->in_head_stride = stride;
          a->out_head_stride = stride;
          a->heads = heads;
          a->head_dim = shape.head_dim;
          a->rotary_dim = shape.rotary_dim;
        };
        const int d = static_cast<int>(dtype);
        const bool same = SameBytes(
            start, dtype, in_place, stride,
            [&](void* in, void* out) {
              detail::HeadsArgs a;
              args(&a, in, out);
              live_scale[d](a, 0.8125f);
            },
            [&](void* in, void* out) {
              rotary_frozen::HeadsArgs a;
              args(&a, in, out);
              frozen.scale[d](a, 0.8125f);
            },
            std::string("scale ") + dtype_name(dtype) + " head_dim " +
                std::to_string(shape.head_dim) + (in_place ? " in place" : ""));
        if (!same && ++failures >= 8) return;
      }
    }
  }
}

// NOLINTNEXTLINE(google-readability-namespace-comments)
}  // namespace HWY_NAMESPACE
}  // namespace test
}  // namespace rotary
HWY_AFTER_NAMESPACE();

#if HWY_ONCE
namespace rotary {
namespace test {
HWY_BEFORE_TEST(RopeFrozenKernelTest);
HWY_EXPORT_AND_TEST_P(RopeFrozenKernelTest, TestMatchesFrozenKernels);
}  // namespace test
}  // namespace rotary
#endif
