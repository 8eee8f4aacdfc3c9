// Every kernel against the scalar reference, once per compiled Highway target
// this CPU supports: the library's ISA is pinned to the target under test and
// the kernel that ran must be that one.

#undef HWY_TARGET_INCLUDE
#define HWY_TARGET_INCLUDE "tests/kernel_test.cc"
#include "hwy/foreach_target.h"  // IWYU pragma: keep

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstring>
#include <limits>
#include <random>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "dispatch/kernels.h"
#include "hwy/highway.h"
#include "hwy/tests/hwy_gtest.h"
#include "rotary/rotary.hpp"
#include "tests/test_util.h"

#ifndef ROTARY_TESTS_KERNEL_TEST_ONCE_
#define ROTARY_TESTS_KERNEL_TEST_ONCE_
namespace rotary {
namespace test {

// head_dim values: the list, tiny ones, and ones whose half is an odd
// multiple of 4 or 8 lanes (vector + 128-bit step + scalar remainder).
constexpr int64_t kHeadDims[] = {2,  6,  8,   16,  24,  40,  64, 72,
                                 80, 96, 120, 128, 136, 200, 256};

constexpr DType kDTypes[] = {DType::f32, DType::f16, DType::bf16};

// Input and output dtypes a call can have: one dtype in place, any pair out
// of place.
std::vector<std::pair<DType, DType>> dtype_pairs(bool in_place) {
  std::vector<std::pair<DType, DType>> pairs;
  for (DType in : kDTypes) {
    for (DType out : kDTypes) {
      if (!in_place || in == out) pairs.emplace_back(in, out);
    }
  }
  return pairs;
}

}  // namespace test
}  // namespace rotary
#endif

HWY_BEFORE_NAMESPACE();
namespace rotary {
namespace test {
namespace HWY_NAMESPACE {
namespace hn = hwy::HWY_NAMESPACE;

// A fixed shuffle of 0..size-1 (Fisher-Yates over mt19937, whose output the
// standard fixes, so every platform runs the same cases).
std::vector<uint32_t> Shuffled(uint32_t size, uint32_t seed) {
  std::vector<uint32_t> p(size);
  for (uint32_t i = 0; i < size; ++i) p[i] = i;
  std::mt19937 rng(seed);
  for (uint32_t i = size - 1; i > 0; --i) std::swap(p[i], p[rng() % (i + 1)]);
  return p;
}

// What the grid's n-th case varies besides its loops. Position kind, token
// count, head configuration and index width are the digits (radix 4, 4, 4,
// 2) of a shuffled n % 128, so every one of their 128 combinations comes
// once in each 128 cases; misalignment and the cos/sin source (table or on
// the fly) are the digits (5, 3) of a shuffled n % 15, a period coprime
// with 128, so they meet each of those combinations in turn. The shuffles
// keep the digits from lining up with the loops (n % 4 alone would pin each
// position kind to one dtype pair, the loop over 12 of them being a
// multiple of 4).
struct GridSelectors {
  PositionKind positions;
  int64_t tokens;
  int64_t q_heads, k_heads;
  bool positions_i64;
  int misalign;
  int64_t max_positions;
  uint32_t combination;  // of the first four, 0..127
};

GridSelectors SelectGrid(uint32_t n) {
  static const std::vector<uint32_t> kFirst = Shuffled(128, 7);
  static const std::vector<uint32_t> kSecond = Shuffled(15, 11);
  // GQA (4:2), MQA (5:1), q only, k only.
  constexpr int64_t kHeads[4][2] = {{4, 2}, {5, 1}, {3, 0}, {0, 3}};
  const uint32_t u = kFirst[n % 128], v = kSecond[n % 15];
  GridSelectors s;
  s.positions = static_cast<PositionKind>(u % 4);
  s.tokens = 1 + static_cast<int64_t>(u / 4 % 4);
  s.q_heads = kHeads[u / 16 % 4][0];
  s.k_heads = kHeads[u / 16 % 4][1];
  s.positions_i64 = u / 64 % 2 == 0;
  s.misalign = static_cast<int>(v % 5);
  s.max_positions = v / 5 == 0 ? 0 : 512;
  s.combination = u;
  return s;
}

// Every pairing, head size, rotary slice, layout, dtype pair, in place and
// out of place against the reference, the other choices from SelectGrid.
// Head sizes: kHeadDims (full and partial rotary), and the spans of
// lane_rotary_dims for this target's lanes, whole heads and (in place only)
// inside an odd-sized head, one layout per case: these grow with the
// lanes, and the per-target tests also run under qemu (SVE at 512 bits).
void TestGridAgainstReference() {
  PinIsa pin(HWY_TARGET);
  ASSERT_TRUE(pin.status().ok()) << pin.status().message();
  struct Dims {
    int64_t head_dim, rotary_dim;
    bool every_layout;
    bool out_of_place = true;
  };
  std::vector<Dims> dims;
  for (int64_t hd : kHeadDims) {
    dims.push_back({hd, hd, true});
    // Partial rotary (GPT-J: 64 of 256; NeoX-style 25%).
    const int64_t partial = std::max<int64_t>(2, (hd / 4) & ~int64_t{1});
    if (partial != hd) dims.push_back({hd, partial, true});
  }
  const int64_t lanes =
      static_cast<int64_t>(hn::Lanes(hn::ScalableTag<float>()));
  for (int64_t rd : lane_rotary_dims(lanes)) {
    dims.push_back({rd, rd, false});
    dims.push_back({rd + 1, rd, false, false});
  }
  constexpr Layout kLayouts[] = {Layout::bshd, Layout::bhsd, Layout::packed_qkv,
                                 Layout::padded};
  uint32_t n = 0;
  std::vector<bool> seen(128, false);
  for (Pairing pairing : {Pairing::interleaved, Pairing::half_split}) {
    for (const Dims& dim : dims) {
      for (int layout_index = 0; layout_index < 4; ++layout_index) {
        if (!dim.every_layout && layout_index > 0) continue;
        for (bool in_place : {true, false}) {
          if (!in_place && !dim.out_of_place) continue;
          for (const auto& [in_dtype, out_dtype] : dtype_pairs(in_place)) {
            ++n;
            const GridSelectors s = SelectGrid(n);
            seen[s.combination] = true;
            Case c;
            c.set_dtypes(in_dtype, out_dtype);
            c.pairing = pairing;
            c.head_dim = dim.head_dim;
            c.rotary_dim = dim.rotary_dim;
            // One layout per case otherwise, the 12 dtype cases of a span
            // meeting every layout over four spans.
            c.layout = dim.every_layout ? kLayouts[layout_index]
                                        : kLayouts[(n + n / 12) % 4];
            c.in_place = in_place;
            c.seed = n;
            c.misalign = s.misalign;
            c.positions = s.positions;
            c.positions_i64 = s.positions_i64;
            c.max_positions = s.max_positions;
            c.tokens = s.tokens;
            c.q_heads = s.q_heads;
            c.k_heads = s.k_heads;
            check_against_reference(c, pin.name());
            if (::testing::Test::HasFatalFailure()) return;
          }
        }
      }
    }
  }
  EXPECT_EQ(std::count(seen.begin(), seen.end(), true), 128);
}

// Caller caches (each form and dtype), batched views of every layout,
// every position form and a rotated slice at an offset, against the
// reference. The case's selectors step with coprime periods, so their
// combinations vary independently.
void TestDropInAgainstReference() {
  PinIsa pin(HWY_TARGET);
  ASSERT_TRUE(pin.status().ok()) << pin.status().message();
  constexpr int64_t kDims[][3] = {
      // head_dim, rotary_dim (0 = the rest of the head), rotary_offset
      {64, 0, 0},     {128, 0, 0}, {96, 64, 32}, {40, 16, 4},
      {192, 64, 128}, {72, 0, 8},  {24, 8, 16}};
  constexpr PositionForm kForms[] = {
      PositionForm::flat, PositionForm::rows, PositionForm::shared_row,
      PositionForm::starts, PositionForm::sequential};
  constexpr CacheForm kCaches[] = {CacheForm::none, CacheForm::packed,
                                   CacheForm::separate, CacheForm::per_token};
  uint32_t n = 0;
  for (Pairing pairing : {Pairing::interleaved, Pairing::half_split}) {
    for (CacheForm cache : kCaches) {
      for (DType cache_dtype : kDTypes) {
        if (cache == CacheForm::none && cache_dtype != DType::f32) continue;
        for (Layout layout :
             {Layout::bshd, Layout::bhsd, Layout::packed_qkv, Layout::padded}) {
          for (bool in_place : {true, false}) {
            ++n;
            const auto pairs = dtype_pairs(in_place);
            const auto& [in_dtype, out_dtype] = pairs[n % pairs.size()];
            Case c;
            c.set_dtypes(in_dtype, out_dtype);
            c.pairing = pairing;
            c.cache = cache;
            c.cache_dtype = cache_dtype;
            c.layout = layout;
            c.in_place = in_place;
            c.seed = 1000 + n;
            const auto& dims = kDims[n % 7];
            c.head_dim = dims[0];
            c.rotary_dim = dims[1];
            c.rotary_offset = dims[2];
            c.position_form = kForms[n % 5];
            c.batch = 1 + static_cast<int64_t>(n % 3);
            c.tokens = 1 + static_cast<int64_t>((n / 3) % 4);
            c.positions = static_cast<PositionKind>((n / 2) % 4);
            c.positions_i64 = (n / 5) % 2 == 0;
            c.max_positions = (n / 7) % 3 == 0 ? 0 : 512;
            c.direction =
                (n / 11) % 2 == 0 ? Direction::forward : Direction::backward;
            c.misalign = static_cast<int>(n % 4);
            const int64_t heads[4][2] = {{4, 2}, {5, 1}, {3, 0}, {0, 3}};
            c.q_heads = heads[(n / 13) % 4][0];
            c.k_heads = heads[(n / 13) % 4][1];
            check_against_reference(c, pin.name());
            if (::testing::Test::HasFatalFailure()) return;
          }
        }
      }
    }
  }
}

// Multi-axis RoPE: every preset, both pairings, tables, on-the-fly rows and
// caller caches, against the reference (text-like and image-like tokens
// mixed in each call).
void TestMultiAxisAgainstReference() {
  PinIsa pin(HWY_TARGET);
  ASSERT_TRUE(pin.status().ok()) << pin.status().message();
  struct Preset {
    const char* name;
    int64_t head_dim, rotary_dim;
    MultiAxis m;
  };
  auto ggml = [](int64_t half, int s0, int s1, int s2, int s3, int mode) {
    const int sections[4] = {s0, s1, s2, s3};
    MultiAxis m;
    EXPECT_TRUE(ggml_multi_axis(half, sections, mode, &m).ok());
    return m;
  };
  const Preset presets[] = {
      {"mrope_sections", 128, 0, mrope_sections(64, {16, 24, 24})},
      {"mrope_interleaved", 128, 0, mrope_interleaved(64, {24, 20, 20})},
      {"mrope_interleaved partial", 256, 64,
       mrope_interleaved(32, {11, 11, 10})},
      {"mrope_sections small", 24, 0, mrope_sections(12, {4, 4, 4})},
      {"vision_2d_qwen", 80, 0, vision_2d_qwen(40)},
      {"vision_2d_ggml", 64, 0, vision_2d_ggml(32, {16, 16})},
      {"pixtral_2d", 88, 0, pixtral_2d(44)},
      {"llama4_vision", 128, 0, llama4_vision(64)},
      {"ggml mrope", 128, 0, ggml(64, 16, 24, 24, 0, 8)},
      {"ggml imrope", 128, 0, ggml(64, 24, 20, 20, 0, 40)},
      {"ggml vision", 72, 0, ggml(36, 18, 18, 0, 0, 24)},
  };
  constexpr PositionForm kForms[] = {PositionForm::flat, PositionForm::rows,
                                     PositionForm::shared_row};
  constexpr CacheForm kCaches[] = {CacheForm::none, CacheForm::packed,
                                   CacheForm::separate, CacheForm::per_token};
  uint32_t n = 0;
  for (const Preset& p : presets) {
    for (Pairing pairing : {Pairing::interleaved, Pairing::half_split}) {
      for (CacheForm cache : kCaches) {
        for (int64_t table : {0, 300}) {
          if (cache != CacheForm::none && table == 0) continue;
          ++n;
          const bool in_place = n % 3 != 0;
          const auto pairs = dtype_pairs(in_place);
          const auto& [in_dtype, out_dtype] = pairs[n % pairs.size()];
          Case c;
          c.set_dtypes(in_dtype, out_dtype);
          c.preset = p.name;
          c.multi_axis = p.m;
          c.head_dim = p.head_dim;
          c.rotary_dim = p.rotary_dim;
          c.pairing = pairing;
          c.cache = cache;
          c.cache_dtype = kDTypes[n % 3];
          c.max_positions = table;
          c.layout = static_cast<Layout>(n % 4);
          c.in_place = in_place;
          c.seed = 5000 + n;
          c.position_form = kForms[n % 3];
          c.batch = 1 + static_cast<int64_t>(n % 2);
          c.tokens = 7 + static_cast<int64_t>(n % 5);
          c.positions =
              n % 4 == 3 ? PositionKind::table_end : PositionKind::random;
          c.positions_i64 = n % 2 == 0;
          c.direction = n % 5 == 4 ? Direction::backward : Direction::forward;
          c.misalign = static_cast<int>(n % 4);
          check_against_reference(c, pin.name());
          if (::testing::Test::HasFatalFailure()) return;
        }
      }
    }
  }
}

void TestBackwardAgainstReference() {
  PinIsa pin(HWY_TARGET);
  ASSERT_TRUE(pin.status().ok()) << pin.status().message();
  uint32_t n = 1000;
  for (Pairing pairing : {Pairing::interleaved, Pairing::half_split}) {
    for (int64_t hd : {8, 72, 128}) {
      for (bool in_place : {true, false}) {
        Case c;
        c.pairing = pairing;
        c.head_dim = hd;
        c.rotary_dim = hd == 72 ? 36 : 0;
        c.in_place = in_place;
        const DType dtype = kDTypes[n % 3];
        c.set_dtypes(dtype, in_place ? dtype : kDTypes[(n + 1) % 3]);
        c.direction = Direction::backward;
        c.seed = ++n;
        c.max_positions = n % 2 ? 0 : 4096;
        check_against_reference(c, pin.name());
      }
    }
  }
}

// BHSD views (heads farther apart than tokens) are walked a block of 16
// tokens at a time, heads outer, a few heads per kernel call (apply.cc):
// sequences longer than a block, head counts that leave a partial call,
// every cos/sin source, position form and direction; k of one head (walked
// token by token beside a head-outer q) too.
void TestHeadOuterWalkAgainstReference() {
  PinIsa pin(HWY_TARGET);
  ASSERT_TRUE(pin.status().ok()) << pin.status().message();
  constexpr CacheForm kCaches[] = {CacheForm::none, CacheForm::packed,
                                   CacheForm::separate, CacheForm::per_token};
  constexpr PositionForm kForms[] = {PositionForm::flat, PositionForm::starts,
                                     PositionForm::sequential};
  uint32_t n = 4000;
  for (Pairing pairing : {Pairing::interleaved, Pairing::half_split}) {
    for (CacheForm cache : kCaches) {
      for (int64_t table : {0, 300}) {
        if (cache != CacheForm::none && table == 0) continue;
        for (bool in_place : {true, false}) {
          ++n;
          const auto pairs = dtype_pairs(in_place);
          const auto& [in_dtype, out_dtype] = pairs[n % pairs.size()];
          Case c;
          c.set_dtypes(in_dtype, out_dtype);
          c.pairing = pairing;
          c.head_dim = n % 2 ? 64 : 40;
          c.rotary_dim = n % 3 == 0 ? c.head_dim / 2 : 0;
          c.rotary_offset = n % 3 == 0 ? c.head_dim / 4 : 0;
          c.q_heads = 6;
          c.k_heads = n % 2 ? 3 : 1;
          c.batch = 2;
          c.tokens = 37;
          c.layout = Layout::bhsd;
          c.cache = cache;
          c.cache_dtype = kDTypes[n % 3];
          c.max_positions = table;
          c.in_place = in_place;
          c.seed = n;
          c.position_form = cache == CacheForm::per_token
                                ? PositionForm::sequential
                                : kForms[n % 3];
          c.positions_i64 = n % 2 == 0;
          c.direction = n % 4 == 3 ? Direction::backward : Direction::forward;
          c.misalign = static_cast<int>(n % 4);
          check_against_reference(c, pin.name());
          if (::testing::Test::HasFatalFailure()) return;
        }
      }
    }
  }
}

// Rows longer than the kernels' stack buffer for permuted bf16 rows (1024
// floats) take the in-order path.
void TestLongRowsAgainstReference() {
  PinIsa pin(HWY_TARGET);
  ASSERT_TRUE(pin.status().ok()) << pin.status().message();
  uint32_t n = 3000;
  for (Pairing pairing : {Pairing::interleaved, Pairing::half_split}) {
    for (int64_t rd : {1040, 1028}) {
      for (bool in_place : {true, false}) {
        Case c;
        c.pairing = pairing;
        c.head_dim = 1100;
        c.rotary_dim = rd;
        c.q_heads = 3;
        c.k_heads = 1;
        c.tokens = 2;
        c.in_place = in_place;
        c.set_dtypes(in_place ? DType::bf16 : DType::f32, DType::bf16);
        c.seed = ++n;
        check_against_reference(c, pin.name());
      }
    }
  }
}

// Calls moving more than a few MiB walk heads in groups (the streaming
// loop order); check that path on every target too, with tails, for every
// dtype in place and the conversions out of place.
void TestStreamingAgainstReference() {
  PinIsa pin(HWY_TARGET);
  ASSERT_TRUE(pin.status().ok()) << pin.status().message();
  struct Variant {
    DType in, out;
    int64_t rotary_dim;  // 72: full, in place where the dtypes allow
  };
  const Variant kVariants[] = {
      {DType::f32, DType::f32, 72},   {DType::f32, DType::f32, 40},
      {DType::bf16, DType::bf16, 72}, {DType::f16, DType::f16, 40},
      {DType::f32, DType::bf16, 40},  {DType::bf16, DType::f32, 72},
      {DType::f16, DType::bf16, 40}};
  uint32_t n = 2000;
  {
    // Each variant with one pairing, alternating: both pairings meet full and
    // partial rotary, in place and out, every dtype (these cases are large;
    // under emulation each costs seconds).
    for (size_t i = 0; i < sizeof(kVariants) / sizeof(kVariants[0]); ++i) {
      const Variant& v = kVariants[i];
      Case c;
      c.pairing = i % 2 == 0 ? Pairing::interleaved : Pairing::half_split;
      c.head_dim = 72;
      c.rotary_dim = v.rotary_dim;
      // Head counts that leave a partial group of the streaming order.
      c.q_heads = 30;
      c.k_heads = 7;
      // Just over 4 MiB of traffic: 37 heads x 72 x (in + out) bytes a token.
      const int64_t bytes_per_entry =
          static_cast<int64_t>(dtype_size(v.in) + dtype_size(v.out));
      c.tokens = 200 * 8 / bytes_per_entry;
      c.set_dtypes(v.in, v.out);
      c.in_place = v.rotary_dim == 72 && v.in == v.out;
      c.misalign = 1;
      c.seed = ++n;
      c.max_positions = 4096;
      check_against_reference(c, pin.name());
    }
  }
}

uint32_t Expected(DType out, float y);
float ValueOf(DType dtype, uint32_t bits);

// Element i of a buffer of dtype elements: its bits and its value.
uint32_t BitsAt(const std::vector<unsigned char>& buf, DType dtype, size_t i) {
  uint32_t u = 0;
  const size_t size = dtype_size(dtype);
  std::memcpy(&u, &buf[i * size], size);
  return u;
}

// This target's row of the kernel table.
const detail::KernelSet* ThisTargetsKernels() {
  for (const detail::KernelSet* s : detail::compiled_kernel_sets()) {
    if (s->target == HWY_TARGET) return s;
  }
  return nullptr;
}

// The walk orders of walk-inl.h only reorder independent work, so every
// order must give the same bits: resident (group 0 in walk_of_group), groups
// of 2, 3, 4 and 6 (apply()'s order from L3) and streaming (group 1,
// apply()'s order from DRAM, with prefetch), which on AVX-512 also keeps the
// row in registers across heads where the rotated span is 1, 2 or 4 whole
// steps (rotary_dim 64, 128 and 256 among others). apply() takes the small
// orders only in calls over 4 MiB and 32 MiB (or for a tensor of one head),
// so this drives this target's kernels directly with the order forced, and
// checks the one-by-one result against a rotation in double with the
// kernel tests' tolerance as well (it is the order the other tests reach
// least). Rotated spans: the model shapes, odd pair counts, and whole,
// minus one and plus one vectors of this target's lanes; alone in the head
// and as a slice at an odd offset of an odd-sized head; out of place and in
// place.
void TestHeadGroupsAgree() {
  const detail::KernelSet* set = ThisTargetsKernels();
  ASSERT_NE(set, nullptr);
  const int64_t lanes =
      static_cast<int64_t>(hn::Lanes(hn::ScalableTag<float>()));
  std::vector<int64_t> rotary_dims = {40, 64, 72, 128, 256};
  for (int64_t rd : lane_rotary_dims(lanes)) rotary_dims.push_back(rd);
  std::sort(rotary_dims.begin(), rotary_dims.end());
  rotary_dims.erase(std::unique(rotary_dims.begin(), rotary_dims.end()),
                    rotary_dims.end());
  const int64_t heads = 7, position = 12345;
  for (Pairing pairing : {Pairing::interleaved, Pairing::half_split}) {
    const bool interleaved = pairing == Pairing::interleaved;
    for (int64_t rotary_dim : rotary_dims) {
      const int64_t half = rotary_dim / 2;
      // One row, computed by this target's angle code, and the same
      // angles in double for the reference.
      const int64_t padded = (half + detail::kInvFreqPad - 1) /
                             detail::kInvFreqPad * detail::kInvFreqPad;
      std::vector<double> inv_freq(static_cast<size_t>(padded), 0.0);
      std::vector<double> cos_d(static_cast<size_t>(half));
      std::vector<double> sin_d(static_cast<size_t>(half));
      for (int64_t i = 0; i < half; ++i) {
        inv_freq[i] = std::pow(10000.0, -2.0 * i / rotary_dim);
        cos_d[i] = std::cos(static_cast<double>(position) * inv_freq[i]);
        sin_d[i] = std::sin(static_cast<double>(position) * inv_freq[i]);
      }
      std::vector<float> row(
          static_cast<size_t>(detail::row_floats(pairing, rotary_dim)));
      set->fill_row(detail::AngleArgs{inv_freq.data(), half, position, 1.0,
                                      interleaved, row.data()});
      for (int64_t offset : {int64_t{0}, int64_t{3}}) {
        // A tail of 2 entries past the slice; padding between heads.
        const int64_t head_dim = offset == 0 ? rotary_dim : rotary_dim + 5;
        const int64_t stride = head_dim + 3;
        for (bool in_place : {false, true}) {
          for (const auto& io : dtype_pairs(in_place)) {
            const DType in_dtype = io.first, out_dtype = io.second;
            const size_t in_size = dtype_size(in_dtype);
            const size_t out_size = dtype_size(out_dtype);
            std::vector<unsigned char> in(static_cast<size_t>(heads * stride) *
                                          in_size);
            for (size_t i = 0; i < in.size() / in_size; ++i) {
              const float v = std::sin(0.37f * static_cast<float>(i)) * 3.0f;
              const uint16_t h = to_f16(v).bits, b = to_bf16(v).bits;
              if (in_dtype == DType::f32) std::memcpy(&in[4 * i], &v, 4);
              if (in_dtype == DType::f16) std::memcpy(&in[2 * i], &h, 2);
              if (in_dtype == DType::bf16) std::memcpy(&in[2 * i], &b, 2);
            }
            for (Direction dir : {Direction::forward, Direction::backward}) {
              SCOPED_TRACE(
                  std::string(interleaved ? "interleaved" : "half_split") +
                  " rotary_dim " + std::to_string(rotary_dim) + " offset " +
                  std::to_string(offset) + " " + dtype_name(in_dtype) + "->" +
                  dtype_name(out_dtype) + (in_place ? " in place" : "") +
                  (dir == Direction::backward ? " backward" : ""));
              const detail::RotateHeadsFn fn =
                  set->rotate[static_cast<int>(in_dtype)]
                             [static_cast<int>(out_dtype)]
                             [static_cast<int>(pairing)][static_cast<int>(dir)];
              std::vector<unsigned char> want, one_by_one;
              for (int64_t group : {int64_t{0}, int64_t{1}, int64_t{2},
                                    int64_t{3}, int64_t{4}, int64_t{6}}) {
                std::vector<unsigned char> out =
                    in_place
                        ? in
                        : std::vector<unsigned char>(
                              static_cast<size_t>(heads * stride) * out_size,
                              0xA5);
                detail::HeadsArgs a;
                a.row = row.data();
                a.in = in_place ? out.data() : in.data();
                a.out = out.data();
                a.in_head_stride = stride;
                a.out_head_stride = stride;
                a.heads = heads;
                a.head_dim = head_dim;
                a.rotary_dim = rotary_dim;
                a.rotary_offset = offset;
                a.walk = walk_of_group(group);
                fn(a);
                if (group == 1) one_by_one = out;
                if (group == 0) {
                  want = out;
                  continue;
                }
                ASSERT_TRUE(out == want) << "group " << group;
              }
              // One by one against the rotation in double; pass-through
              // entries converted exactly, padding untouched.
              int failures = 0;
              for (int64_t h = 0; h < heads; ++h) {
                for (int64_t e = 0; e < stride; ++e) {
                  const size_t i = static_cast<size_t>(h * stride + e);
                  const uint32_t got = BitsAt(one_by_one, out_dtype, i);
                  const float x = ValueOf(in_dtype, BitsAt(in, in_dtype, i));
                  const int64_t j = e - offset;  // within the slice
                  uint32_t expect;
                  bool ok;
                  if (e >= head_dim) {
                    expect = in_place ? BitsAt(in, in_dtype, i)
                                      : (out_size == 4 ? 0xA5A5A5A5u : 0xA5A5u);
                    ok = got == expect;
                  } else if (j < 0 || j >= rotary_dim) {
                    expect = in_dtype == out_dtype ? BitsAt(in, in_dtype, i)
                                                   : Expected(out_dtype, x);
                    ok = got == expect;
                  } else {
                    const int64_t pair = interleaved ? j / 2 : j % half;
                    const bool first = interleaved ? j % 2 == 0 : j < half;
                    const int64_t partner = interleaved
                                                ? (first ? e + 1 : e - 1)
                                                : (first ? e + half : e - half);
                    const float xp = ValueOf(
                        in_dtype,
                        BitsAt(in, in_dtype,
                               static_cast<size_t>(h * stride + partner)));
                    const double c = cos_d[pair];
                    const double s =
                        dir == Direction::backward ? -sin_d[pair] : sin_d[pair];
                    const double y = first ? x * c - xp * s : x * c + xp * s;
                    expect = Expected(out_dtype, static_cast<float>(y));
                    ok = close_enough(out_dtype, got, expect, x, xp);
                  }
                  if (!ok && failures++ < 8) {
                    ADD_FAILURE() << "one by one: head " << h << " entry " << e
                                  << " bits 0x" << std::hex << got
                                  << ", want 0x" << expect << std::dec;
                  }
                }
              }
              if (failures > 0) return;
            }
          }
        }
      }
    }
  }
}

// On-the-fly rows computed by this target's vectorized angle code: every
// cos/sin is the double result rounded once, at positions up to 2^31 - 1,
// scattered and in runs.
void TestAnglesExact() {
  PinIsa pin(HWY_TARGET);
  ASSERT_TRUE(pin.status().ok()) << pin.status().message();
  for (Pairing pairing : {Pairing::interleaved, Pairing::half_split}) {
    RopeSpec spec;
    spec.head_dim = 40;  // 20 pairs: whole vectors and a remainder
    spec.theta = 500000.0;
    spec.pairing = pairing;
    spec.scaling.kind = ScalingKind::yarn;  // attention factor != 1
    spec.scaling.factor = 8;
    spec.scaling.original_max_positions = 8192;
    Rope rope;
    ASSERT_TRUE(Rope::create(spec, &rope).ok());
    const std::vector<double> f = rope.inv_freq();
    const double att = rope.attention_factor();
    std::vector<int64_t> pos;
    for (int64_t p = 0; p < 64; ++p) pos.push_back(p);
    for (int64_t top : {int64_t{1} << 17, int64_t{1} << 20, int64_t{1} << 24,
                        int64_t{2147483647}}) {
      for (int64_t p = top; p > top - 3000; p -= 13) pos.push_back(p);
      // A run of consecutive positions: rows rotated on from the previous
      // one (RowState), past its restart every kMaxRowSteps rows.
      for (int64_t p = top - 300; p <= top; ++p) pos.push_back(p);
    }
    const int64_t T = static_cast<int64_t>(pos.size());
    std::vector<float> q(static_cast<size_t>(T * 40), 0.0f);
    for (int64_t t = 0; t < T; ++t) {
      for (int64_t i = 0; i < 20; ++i) {
        q[t * 40 + (pairing == Pairing::interleaved ? 2 * i : i)] = 1.0f;
      }
    }
    ApplyOptions o;
    o.threading = Threading::serial;  // runs longer than kMaxRowSteps
    const char* ran = nullptr;
    o.isa_used = &ran;
    ASSERT_TRUE(rope.apply(Tensor::bshd(q.data(), T, 1, 40), Tensor{},
                           Positions(pos.data(), T), o)
                    .ok());
    ASSERT_STREQ(ran, pin.name());
    int bad = 0;
    for (int64_t t = 0; t < T; ++t) {
      for (int64_t i = 0; i < 20; ++i) {
        const int64_t a = pairing == Pairing::interleaved ? 2 * i : i;
        const int64_t b = pairing == Pairing::interleaved ? 2 * i + 1 : i + 20;
        const double th = static_cast<double>(pos[t]) * f[i];
        if (q[t * 40 + a] != static_cast<float>(std::cos(th) * att) ||
            q[t * 40 + b] != static_cast<float>(std::sin(th) * att)) {
          if (bad++ < 5)
            ADD_FAILURE() << "position " << pos[t] << " pair " << i;
        }
      }
    }
  }
}

// Rounding through the kernels: at position 0 cos is 1 and sin is 0 exactly,
// so every output is its own input (or NaN where the partner is not finite:
// Inf * 0), converted to the output dtype; it must be exactly what the
// public conversions give, which round to nearest-even. The inputs are ties,
// neighbours of ties, subnormals, overflow, Inf and NaN, in the rotated part
// and in the pass-through part, over vector blocks, 128-bit steps and scalar
// tails.
std::vector<float> CraftedInputs() {
  std::vector<float> v;
  auto from_bits = [](uint32_t u) {
    float f;
    std::memcpy(&f, &u, sizeof(f));
    return f;
  };
  // bf16 ties (low half 0x8000) with even and odd kept lsb, and neighbours.
  for (uint32_t hi : {0x3F80u, 0x3F81u, 0xBF80u, 0xBF81u, 0x4049u, 0x7F7Fu,
                      0x0001u, 0x0080u, 0x8003u}) {
    for (uint32_t lo : {0x8000u, 0x7FFFu, 0x8001u, 0x0000u, 0xFFFFu}) {
      v.push_back(from_bits(hi << 16 | lo));
    }
  }
  // f16 ties: half-way between neighbours, normal and subnormal, both lsbs.
  for (float tie : {1.0f + 1.0f / 2048, 1.0f + 3.0f / 2048, 1000.25f, -1000.75f,
                    0x1p-25f, 0x3p-25f, 0x5p-25f, -0x3p-25f,
                    0x1.0p-15f + 0x1p-26f, 65519.0f, 65520.0f, -65520.0f,
                    65504.0f, 70000.0f, 1e30f, 1e-30f, 1e-40f, -1e-44f}) {
    v.push_back(tie);
    v.push_back(std::nextafter(tie, 0.0f));
    v.push_back(std::nextafter(tie, 2 * tie));
  }
  v.push_back(std::numeric_limits<float>::infinity());
  v.push_back(-std::numeric_limits<float>::infinity());
  v.push_back(std::numeric_limits<float>::quiet_NaN());
  v.push_back(from_bits(0xFF800001u));  // signalling NaN, sign set
  v.push_back(from_bits(0x7FBFFFFFu));  // signalling NaN, payload all ones
  v.push_back(std::numeric_limits<float>::max());
  v.push_back(0.0f);
  return v;
}

template <class T>
uint32_t BitsOf(T x) {
  uint32_t u = 0;
  std::memcpy(&u, &x, sizeof(T));
  return u;
}

// The bits the kernel must store for the f32 value y in dtype out.
uint32_t Expected(DType out, float y) {
  switch (out) {
    case DType::f16:
      return BitsOf(to_f16(y));
    case DType::bf16:
      return BitsOf(to_bf16(y));
    case DType::f32:
      break;
  }
  return BitsOf(y);
}

float ValueOf(DType dtype, uint32_t bits) {
  switch (dtype) {
    case DType::f16:
      return to_float(f16{static_cast<uint16_t>(bits)});
    case DType::bf16:
      return to_float(bf16{static_cast<uint16_t>(bits)});
    case DType::f32:
      break;
  }
  float f;
  std::memcpy(&f, &bits, sizeof(f));
  return f;
}

bool SameOutput(DType out, uint32_t got, uint32_t want) {
  if (got == want) return true;
  const float g = ValueOf(out, got), w = ValueOf(out, want);
  // NaN for NaN (payloads may differ after arithmetic), quiet in 16 bits;
  // the sign of a zero depends on x*1 -/+ partner*0.
  const uint32_t quiet = out == DType::f16    ? 0x200u
                         : out == DType::bf16 ? 0x40u
                                              : 0u;
  return (std::isnan(g) && std::isnan(w) && (got & quiet) == quiet) ||
         (g == 0 && w == 0);
}

// Rotates `inputs` (bits of dtype in) at position 0 into dtype out and
// checks each output against its input converted on its own.
void CheckConversions(const std::vector<uint32_t>& inputs, DType in, DType out,
                      const char* isa) {
  for (Pairing pairing : {Pairing::interleaved, Pairing::half_split}) {
    // Vector blocks + 128-bit step + scalar tail in both parts.
    for (int64_t hd : {70, 64, 6}) {
      SCOPED_TRACE(
          std::string(dtype_name(in)) + "->" + dtype_name(out) +
          (pairing == Pairing::interleaved ? " interleaved" : " half_split") +
          " head_dim=" + std::to_string(hd));
      const int64_t rd = hd == 70 ? 38 : hd == 64 ? 64 : 2;
      RopeSpec spec;
      spec.head_dim = hd;
      spec.rotary_dim = rd;
      spec.pairing = pairing;
      spec.max_positions = 4;
      Rope rope;
      ASSERT_TRUE(Rope::create(spec, &rope).ok());
      const int64_t T = static_cast<int64_t>((inputs.size() + hd - 1) / hd);
      Case c;
      c.tokens = T;
      c.q_heads = 1;
      c.k_heads = 0;
      c.head_dim = hd;
      QkStorage src(c, hd, in), dst(c, hd, out);
      GuardedBuffer& sb = src.buffers[0];
      for (size_t i = 0; i < sb.size(); ++i) {
        sb.set_bits(i, inputs[i % inputs.size()]);
      }
      dst.fill_canary();
      const std::vector<int32_t> pos(static_cast<size_t>(T), 0);
      ApplyOptions opt;
      const char* ran = nullptr;
      opt.isa_used = &ran;
      ASSERT_TRUE(rope.apply(src.q, dst.q, Tensor{}, Tensor{},
                             Positions(pos.data(), T), opt)
                      .ok());
      ASSERT_STREQ(ran, isa);
      const GuardedBuffer& db = dst.buffers[0];
      int failures = 0;
      for (size_t i = 0; i < sb.size(); ++i) {
        const int64_t j = static_cast<int64_t>(i) % hd;
        const size_t head = i - static_cast<size_t>(j);
        float y = sb.value(i);
        if (j < rd) {
          const int64_t p = pairing == Pairing::interleaved
                                ? (j ^ 1)
                                : (j < rd / 2 ? j + rd / 2 : j - rd / 2);
          const float partner = sb.value(head + static_cast<size_t>(p));
          y = y * 1.0f + partner * 0.0f;  // NaN where partner is not finite
        }
        // Bit-exact where in and out share a dtype (pass-through is copied).
        const uint32_t want =
            (in == out && j >= rd) ? sb.bits(i) : Expected(out, y);
        if (!SameOutput(out, db.bits(i), want) && failures++ < 8) {
          ADD_FAILURE() << "element " << i << " (j=" << j << ") input bits 0x"
                        << std::hex << sb.bits(i) << " -> 0x" << db.bits(i)
                        << ", want 0x" << want << std::dec;
        }
      }
      EXPECT_TRUE(db.guards_intact());
    }
  }
}

void TestRoundingThroughKernels() {
  PinIsa pin(HWY_TARGET);
  ASSERT_TRUE(pin.status().ok()) << pin.status().message();
  std::vector<uint32_t> f32_inputs;
  for (float f : CraftedInputs()) f32_inputs.push_back(BitsOf(f));
  for (DType out : kDTypes)
    CheckConversions(f32_inputs, DType::f32, out, pin.name());
  // Every 16-bit pattern, widened (exact) and narrowed to the other type.
  std::vector<uint32_t> all16;
  for (uint32_t b = 0; b < 0x10000u; ++b) all16.push_back(b);
  for (DType in : {DType::f16, DType::bf16}) {
    for (DType out : kDTypes) CheckConversions(all16, in, out, pin.name());
  }
}

// A 16-bit output, dtype T, of a rotation is its f32 result rounded to
// nearest-even. Wherever the exact result (double, from the kernels' own f32
// cos/sin) lies more than 8 f32 ulps from a midpoint between two outputs,
// the kernel's f32 result rounds the same way, so the output must be the
// exact result rounded, bit for bit: a store that truncates, or rounds ties
// away, fails on about half the entries. (The conversion test above runs at
// position 0, where 16-bit in and out needs no rounding.)
template <class T>
void CheckRoundsToNearest(Pairing pairing, const char* isa) {
  constexpr int64_t kD = 128, kHeads = 4, kTokens = 3;
  const int32_t pos[kTokens] = {1, 77, 3001};
  RopeSpec spec;
  spec.head_dim = kD;
  spec.pairing = pairing;
  spec.max_positions = 4096;
  Rope rope;
  ASSERT_TRUE(Rope::create(spec, &rope).ok());
  std::mt19937 rng(17);
  std::uniform_real_distribution<float> u(-4.0f, 4.0f);
  std::vector<T> x(static_cast<size_t>(kTokens * kHeads * kD));
  for (T& v : x) {
    if constexpr (std::is_same<T, bf16>::value) {
      v = to_bf16(u(rng));
    } else {
      v = to_f16(u(rng));
    }
  }
  std::vector<T> y = x;
  ASSERT_TRUE(rope.apply(Tensor::bshd(y.data(), kTokens, kHeads, kD), Tensor{},
                         Positions(pos, kTokens))
                  .ok());
  int64_t checked = 0, failures = 0;
  for (int64_t t = 0; t < kTokens; ++t) {
    float c[kD / 2], s[kD / 2];
    ASSERT_TRUE(rope.cos_sin(pos[t], c, s).ok());
    for (int64_t h = 0; h < kHeads; ++h) {
      const int64_t base = (t * kHeads + h) * kD;
      for (int64_t i = 0; i < kD / 2; ++i) {
        const bool il = pairing == Pairing::interleaved;
        const int64_t ia = base + (il ? 2 * i : i);
        const int64_t ib = base + (il ? 2 * i + 1 : i + kD / 2);
        const double xa = to_float(x[static_cast<size_t>(ia)]);
        const double xb = to_float(x[static_cast<size_t>(ib)]);
        const double exact[2] = {xa * c[i] - xb * s[i], xb * c[i] + xa * s[i]};
        const int64_t at[2] = {ia, ib};
        for (int k = 0; k < 2; ++k) {
          const double v = exact[k];
          T want;
          if constexpr (std::is_same<T, bf16>::value) {
            want = to_bf16(static_cast<float>(v));
          } else {
            want = to_f16(static_cast<float>(v));
          }
          // The outputs on either side of want, and the midpoints.
          const T up{static_cast<uint16_t>(want.bits + 1)};
          const T down{static_cast<uint16_t>(want.bits - 1)};
          const double w = to_float(want);
          const double mid_up = 0.5 * (w + to_float(up));
          const double mid_down = 0.5 * (w + to_float(down));
          const double margin = 8 * std::ldexp(std::fabs(v), -23);
          if (std::fabs(v - mid_up) <= margin ||
              std::fabs(v - mid_down) <= margin || w == 0) {
            continue;
          }
          ++checked;
          const T got = y[static_cast<size_t>(at[k])];
          if (got.bits != want.bits && failures++ < 8) {
            ADD_FAILURE() << isa << " token " << t << " head " << h
                          << " entry " << at[k] - base << ": got "
                          << to_float(got) << ", want " << w << " (exact "
                          << v << ")";
          }
        }
      }
    }
  }
  EXPECT_EQ(failures, 0);
  EXPECT_GT(checked, kTokens * kHeads * kD * 9 / 10);
}

void TestSixteenBitRoundsToNearest() {
  PinIsa pin(HWY_TARGET);
  ASSERT_TRUE(pin.status().ok()) << pin.status().message();
  for (Pairing pairing : {Pairing::interleaved, Pairing::half_split}) {
    CheckRoundsToNearest<bf16>(pairing, pin.name());
    CheckRoundsToNearest<f16>(pairing, pin.name());
  }
}

// forward then backward returns the input (to f32 rounding).
void TestRoundTrip() {
  PinIsa pin(HWY_TARGET);
  ASSERT_TRUE(pin.status().ok()) << pin.status().message();
  for (Pairing pairing : {Pairing::interleaved, Pairing::half_split}) {
    for (int64_t max_positions : {int64_t{0}, int64_t{70000}}) {
      RopeSpec spec;
      spec.head_dim = 80;
      spec.rotary_dim = 64;
      spec.pairing = pairing;
      spec.max_positions = max_positions;
      Rope rope;
      ASSERT_TRUE(Rope::create(spec, &rope).ok());
      Case c;
      c.head_dim = 80;
      c.q_heads = 6;
      c.k_heads = 2;
      c.tokens = 7;
      QkStorage s(c, 80);
      s.fill_random(7);
      const std::vector<float> before = s.snapshot();
      const int64_t pos[7] = {0, 1, 2, 100, 4095, 65535, 69999};
      ApplyOptions fwd, bwd;
      bwd.direction = Direction::backward;
      ASSERT_TRUE(rope.apply(s.q, s.k, Positions(pos, 7), fwd).ok());
      EXPECT_FALSE(s.snapshot() == before);  // it did rotate
      ASSERT_TRUE(rope.apply(s.q, s.k, Positions(pos, 7), bwd).ok());
      const std::vector<float> after = s.snapshot();
      for (size_t i = 0; i < after.size(); ++i) {
        // Two rotations with |x| <= 1 per entry: a few f32 ulps of the pair.
        ASSERT_NEAR(after[i], before[i], 2e-6) << "float " << i;
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
// Read the CPU's targets before a per-target test restricts Highway's view.
const bool kIsaStateReady = !compiled_isas().empty();

HWY_BEFORE_TEST(RopeKernelTest);
HWY_EXPORT_AND_TEST_P(RopeKernelTest, TestGridAgainstReference);
HWY_EXPORT_AND_TEST_P(RopeKernelTest, TestBackwardAgainstReference);
HWY_EXPORT_AND_TEST_P(RopeKernelTest, TestDropInAgainstReference);
HWY_EXPORT_AND_TEST_P(RopeKernelTest, TestMultiAxisAgainstReference);
HWY_EXPORT_AND_TEST_P(RopeKernelTest, TestStreamingAgainstReference);
HWY_EXPORT_AND_TEST_P(RopeKernelTest, TestHeadGroupsAgree);
HWY_EXPORT_AND_TEST_P(RopeKernelTest, TestAnglesExact);
HWY_EXPORT_AND_TEST_P(RopeKernelTest, TestRoundingThroughKernels);
HWY_EXPORT_AND_TEST_P(RopeKernelTest, TestLongRowsAgainstReference);
HWY_EXPORT_AND_TEST_P(RopeKernelTest, TestHeadOuterWalkAgainstReference);
HWY_EXPORT_AND_TEST_P(RopeKernelTest, TestRoundTrip);
HWY_EXPORT_AND_TEST_P(RopeKernelTest, TestSixteenBitRoundsToNearest);
}  // namespace test
}  // namespace rotary
#endif
