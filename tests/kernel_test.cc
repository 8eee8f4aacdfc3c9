// Every kernel against the scalar reference, once per compiled Highway target
// this CPU supports: the library's ISA is pinned to the target under test and
// the kernel that ran must be that one.

#undef HWY_TARGET_INCLUDE
#define HWY_TARGET_INCLUDE "tests/kernel_test.cc"
#include "hwy/foreach_target.h"  // IWYU pragma: keep

#include <algorithm>
#include <cmath>
#include <cctype>
#include <string>
#include <vector>

#include "hwy/highway.h"
#include "hwy/tests/hwy_gtest.h"
#include "rotary/rotary.hpp"
#include "tests/test_util.h"

#ifndef ROTARY_TESTS_KERNEL_TEST_ONCE_
#define ROTARY_TESTS_KERNEL_TEST_ONCE_
namespace rotary {
namespace test {

// Pins the library to `target` for the lifetime of the object.
class PinIsa {
 public:
  explicit PinIsa(int64_t target) : name_(hwy::TargetName(target)) {
    std::transform(name_.begin(), name_.end(), name_.begin(),
                   [](unsigned char ch) { return std::tolower(ch); });
    status_ = select_isa(name_);
  }
  ~PinIsa() { select_isa("auto"); }
  const Status& status() const { return status_; }
  const char* name() const { return name_.c_str(); }

 private:
  std::string name_;
  Status status_;
};

// head_dim values: the list, tiny ones, and ones whose half is an odd
// multiple of 4 or 8 lanes (vector + 128-bit step + scalar remainder).
constexpr int64_t kHeadDims[] = {2,  6,  8,  16,  24,  40,  64,  72,
                                 80, 96, 120, 128, 136, 200, 256};

}  // namespace test
}  // namespace rotary
#endif

HWY_BEFORE_NAMESPACE();
namespace rotary {
namespace test {
namespace HWY_NAMESPACE {

void TestGridAgainstReference() {
  PinIsa pin(HWY_TARGET);
  ASSERT_TRUE(pin.status().ok()) << pin.status().message();
  uint32_t n = 0;
  for (Pairing pairing : {Pairing::interleaved, Pairing::half_split}) {
    for (int64_t hd : kHeadDims) {
      // Full and partial rotary (GPT-J: 64 of 256; NeoX-style 25%).
      const int64_t partial = std::max<int64_t>(2, (hd / 4) & ~int64_t{1});
      std::vector<int64_t> rotary_dims = {hd};
      if (partial != hd) rotary_dims.push_back(partial);
      for (int64_t rd : rotary_dims) {
        for (Layout layout : {Layout::bshd, Layout::bhsd, Layout::packed_qkv,
                              Layout::padded}) {
          for (bool in_place : {true, false}) {
            ++n;
            Case c;
            c.pairing = pairing;
            c.head_dim = hd;
            c.rotary_dim = rd;
            c.layout = layout;
            c.in_place = in_place;
            c.seed = n;
            c.misalign = static_cast<int>(n % 5);
            c.positions = static_cast<PositionKind>(n % 4);
            c.positions_i64 = n % 2 == 0;
            c.max_positions = n % 3 == 0 ? 0 : 512;
            c.tokens = 1 + static_cast<int64_t>(n % 4);
            // GQA (4:2), MQA (5:1), q only, k only.
            const int64_t heads[4][2] = {{4, 2}, {5, 1}, {3, 0}, {0, 3}};
            c.q_heads = heads[n % 4][0];
            c.k_heads = heads[n % 4][1];
            check_against_reference(c, pin.name());
            if (::testing::Test::HasFatalFailure()) return;
          }
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
        c.direction = Direction::backward;
        c.seed = ++n;
        c.max_positions = n % 2 ? 0 : 4096;
        check_against_reference(c, pin.name());
      }
    }
  }
}

// Calls moving more than a few MiB walk heads in memory order (the streaming
// loop order); check that path on every target too, with tails.
void TestStreamingAgainstReference() {
  PinIsa pin(HWY_TARGET);
  ASSERT_TRUE(pin.status().ok()) << pin.status().message();
  uint32_t n = 2000;
  for (Pairing pairing : {Pairing::interleaved, Pairing::half_split}) {
    for (int64_t rd : {72, 40}) {
      Case c;
      c.pairing = pairing;
      c.head_dim = 72;
      c.rotary_dim = rd;
      c.q_heads = 32;
      c.k_heads = 8;
      c.tokens = 256;  // 256 x 40 heads x 72 x 8 bytes = 5.6 MiB
      c.in_place = rd == 72;
      c.misalign = 1;
      c.seed = ++n;
      c.max_positions = 4096;
      check_against_reference(c, pin.name());
    }
  }
}

// On-the-fly rows computed by this target's vectorized angle code: every
// cos/sin is the double result rounded once, at positions up to 2^31 - 1.
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
    }
    const int64_t T = static_cast<int64_t>(pos.size());
    std::vector<float> q(static_cast<size_t>(T * 40), 0.0f);
    for (int64_t t = 0; t < T; ++t) {
      for (int64_t i = 0; i < 20; ++i) {
        q[t * 40 + (pairing == Pairing::interleaved ? 2 * i : i)] = 1.0f;
      }
    }
    ApplyOptions o;
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
          if (bad++ < 5) ADD_FAILURE() << "position " << pos[t] << " pair " << i;
        }
      }
    }
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
HWY_EXPORT_AND_TEST_P(RopeKernelTest, TestStreamingAgainstReference);
HWY_EXPORT_AND_TEST_P(RopeKernelTest, TestAnglesExact);
HWY_EXPORT_AND_TEST_P(RopeKernelTest, TestRoundTrip);
}  // namespace test
}  // namespace rotary
#endif
