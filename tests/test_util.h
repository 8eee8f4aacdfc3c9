// Shared test helpers: layouts, canary-guarded buffers, and a comparison of
// Rope::apply against reference_apply.
#ifndef ROTARY_TESTS_TEST_UTIL_H_
#define ROTARY_TESTS_TEST_UTIL_H_

#include <cstdint>
#include <string>
#include <vector>

#include "rotary/rotary.hpp"

namespace rotary {
namespace test {

enum class Layout {
  bshd,        // [token][head][dim]
  bhsd,        // [head][token][dim]
  packed_qkv,  // q and k (and v) heads of a token side by side in one buffer
  padded,      // bshd with 3 spare floats after each head and 5 per token
};
const char* layout_name(Layout layout);

enum class PositionKind { zero, random, table_end, large };

struct Case {
  Pairing pairing = Pairing::half_split;
  int64_t head_dim = 128;
  int64_t rotary_dim = 0;  // 0 = head_dim
  int64_t q_heads = 4;     // 0 = q absent
  int64_t k_heads = 2;     // 0 = k absent
  int64_t tokens = 5;
  int64_t max_positions = 1024;  // 0 = on the fly
  Layout layout = Layout::bshd;
  bool in_place = true;
  int misalign = 0;  // floats added to every data pointer (0..15)
  PositionKind positions = PositionKind::random;
  bool positions_i64 = false;
  Direction direction = Direction::forward;
  uint32_t seed = 1;

  std::string describe() const;
};

// A float buffer with canary floats before and after the usable part.
class GuardedBuffer {
 public:
  static constexpr float kCanary = -12345.678f;
  explicit GuardedBuffer(size_t floats, int misalign = 0);
  float* data() { return storage_.data() + kGuard + offset_; }
  size_t size() const { return size_; }
  // True if every float outside [data(), data() + size()) is the canary.
  bool guards_intact() const;

 private:
  static constexpr size_t kGuard = 64;
  size_t size_;
  size_t offset_;
  std::vector<float> storage_;
};

// Views of q and k in one layout, over one or two guarded buffers.
struct QkStorage {
  QkStorage(const Case& c, int64_t head_dim);
  Tensor q, k;
  std::vector<GuardedBuffer> buffers;  // 1 (packed) or 2
  void fill_random(uint32_t seed, float lo = -1.0f, float hi = 1.0f);
  void fill_canary();
  // All floats of all buffers, guards included.
  std::vector<float> snapshot() const;
};

std::vector<int32_t> make_positions(const Case& c, uint32_t seed);

// Maximum allowed |kernel - reference| for an element of pair (xa, xb):
// f32 cos/sin and at most two roundings besides the reference's one.
inline double tolerance(float xa, float xb) {
  return (static_cast<double>(xa < 0 ? -xa : xa) + (xb < 0 ? -xb : xb)) *
         (1.0 / (1 << 21));
}

// Runs Rope::apply and reference_apply on the same input, checks the kernel
// reported `expected_isa` (unless null), every element is within tolerance,
// pass-through entries are exact, inputs of out-of-place calls unchanged and
// no byte outside the outputs written. Reports failures through gtest.
void check_against_reference(const Case& c, const char* expected_isa);

}  // namespace test
}  // namespace rotary

#endif  // ROTARY_TESTS_TEST_UTIL_H_
