// Shared test helpers: layouts, canary-guarded buffers, and a comparison of
// Rope::apply against reference_apply.
#ifndef ROTARY_TESTS_TEST_UTIL_H_
#define ROTARY_TESTS_TEST_UTIL_H_

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <string>
#include <vector>

#include "dispatch/kernels.h"
#include "hwy/targets.h"
#include "rotary/rotary.hpp"

namespace rotary {
namespace test {

// Pins the library to Highway target `target` (the per-target tests'
// HWY_TARGET) for the lifetime of the object; status() says whether
// select_isa took it.
class PinIsa {
 public:
  explicit PinIsa(int64_t target) : name_(hwy::TargetName(target)) {
    std::transform(name_.begin(), name_.end(), name_.begin(),
                   [](unsigned char ch) { return std::tolower(ch); });
    status_ = select_isa(name_);
  }
  ~PinIsa() { select_isa("auto"); }
  PinIsa(const PinIsa&) = delete;
  PinIsa& operator=(const PinIsa&) = delete;
  const Status& status() const { return status_; }
  const char* name() const { return name_.c_str(); }

 private:
  std::string name_;
  Status status_;
};

enum class Layout {
  bshd,        // [token][head][dim]
  bhsd,        // [head][token][dim]
  packed_qkv,  // q and k (and v) heads of a token side by side in one buffer
  padded,      // bshd with 3 spare floats after each head and 5 per token
};
const char* layout_name(Layout layout);

enum class PositionKind { zero, random, table_end, large };

// How a case hands its positions to apply (rotary::PositionKind and the
// batch stride of per_token positions).
enum class PositionForm {
  flat,        // per_token, dense: batch * tokens entries
  rows,        // per_token, [batch][tokens] rows `tokens + 3` entries apart
  shared_row,  // per_token, one row for every sequence (batch_stride 0)
  starts,      // sequence_start: one start per sequence
  sequential,  // position = s
};

// Where cos/sin come from: the plan, or a caller cache (CosSinCache) of
// random values in [0, 1) (not unit-norm, as ONNX's conformance caches).
enum class CacheForm {
  none,
  packed,     // vLLM: [rows][rotary_dim], cos half then sin half
  separate,   // ONNX: cos and sin [rows][rotary_dim / 2], padded rows
  per_token,  // ONNX without position_ids: [batch][tokens][rotary_dim / 2]
};

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
  // Element types of the inputs and outputs of q and k (in place: in ==
  // out). packed_qkv needs one dtype for q and k.
  DType q_in = DType::f32, q_out = DType::f32;
  DType k_in = DType::f32, k_out = DType::f32;
  // Sequences of `tokens` tokens each (batch views), the rotated slice's
  // offset, the positions' form and the cos/sin source.
  int64_t batch = 1;
  int64_t rotary_offset = 0;
  PositionForm position_form = PositionForm::flat;
  CacheForm cache = CacheForm::none;
  DType cache_dtype = DType::f32;
  // Multi-axis RoPE (spec.multi_axis; per_token position forms only): axis 0
  // holds the case's positions, the other axes the same for every third
  // entry (text tokens) and random ones elsewhere, axes `tokens + 2` apart.
  MultiAxis multi_axis;
  std::string preset;  // named in describe()

  // The same input and output dtypes for q and k.
  void set_dtypes(DType in, DType out) {
    q_in = k_in = in;
    q_out = k_out = out;
  }
  std::string describe() const;
};

// A buffer of elements of one dtype with canary elements before and after
// the usable part.
class GuardedBuffer {
 public:
  static constexpr float kCanary = -12345.678f;  // f32 buffers
  static constexpr uint16_t kCanary16 = 0xBEEF;  // f16 and bf16 buffers
  explicit GuardedBuffer(size_t elements, int misalign = 0,
                         DType dtype = DType::f32);
  float* data() { return static_cast<float*>(raw()); }  // f32 buffers only
  void* raw() { return bytes_.data() + (kGuard + offset_) * esize_; }
  const void* raw() const {
    return bytes_.data() + (kGuard + offset_) * esize_;
  }
  size_t size() const { return size_; }  // elements
  DType dtype() const { return dtype_; }
  // True if every element outside [raw(), raw() + size()) is the canary.
  bool guards_intact() const;
  // Element i as a float (exact), its bits, and the canary's bits.
  float value(size_t i) const;
  uint32_t bits(size_t i) const;
  uint32_t canary_bits() const;
  void set(size_t i, float v);  // rounded to nearest-even for 16 bits
  void set_bits(size_t i, uint32_t bits);

 private:
  static constexpr size_t kGuard = 64;
  DType dtype_;
  size_t esize_;
  size_t size_;
  size_t offset_;
  std::vector<unsigned char> bytes_;
};

// Views of q and k in one layout, over one or two guarded buffers.
struct QkStorage {
  QkStorage(const Case& c, int64_t head_dim, DType q_dtype = DType::f32,
            DType k_dtype = DType::f32);
  Tensor q, k;
  std::vector<GuardedBuffer> buffers;  // 1 (packed) or 2
  void fill_random(uint32_t seed, float lo = -1.0f, float hi = 1.0f);
  void fill_canary();
  // All elements of all buffers, guards excluded, as floats (exact).
  std::vector<float> snapshot() const;
  // The same as bits, to compare 16-bit data (and NaNs) exactly.
  std::vector<uint32_t> bit_snapshot() const;
};

// The positions of every token (b * tokens + s) of a case, below its table
// or cache rows.
std::vector<int32_t> make_positions(const Case& c, uint32_t seed);
// Rows a case's by-position cache has.
int64_t cache_rows(const Case& c);

// rotary_dim values sized by a target's f32 lane count N: rotated spans of
// 1, N-1, N and N+1 whole vectors of pairs (half-split: 2N entries a
// vector) and of entries (interleaved: N), and each of the former with one
// pair more (an odd pair count, so scalar tails run). Sorted, no repeats.
std::vector<int64_t> lane_rotary_dims(int64_t lanes);

// The kernels' walk order for a head group as the tests name it: 0 all
// heads at once (resident), 1 one by one (streaming), g > 1 groups of g.
inline detail::WalkOrder walk_of_group(int64_t group) {
  if (group == 0) return detail::WalkOrder{detail::WalkKind::resident, 0};
  if (group == 1) return detail::WalkOrder{detail::WalkKind::streaming, 1};
  return detail::WalkOrder{detail::WalkKind::grouped, group};
}

// Maximum allowed |kernel - reference| for an f32 element of pair (xa, xb):
// f32 cos/sin and at most two roundings besides the reference's one.
inline double tolerance(float xa, float xb) {
  return (static_cast<double>(xa < 0 ? -xa : xa) + (xb < 0 ? -xb : xb)) *
         (1.0 / (1 << 21));
}

// Distance in units in the last place between two finite 16-bit values of
// `dtype` (f16 or bf16), counted along the ordered bit patterns.
int64_t ulp_distance(DType dtype, uint16_t a, uint16_t b);
// The spacing of `dtype` values (f16 or bf16) at |v|.
double ulp_at(DType dtype, double v);

// Whether a rotated element of the output `dtype` is close enough to the
// reference: f32 within tolerance(xa, xb); f16 and bf16 at most 1 ULP apart
// (both are one rounding of values within f32 error of each other), or,
// where the pair cancels so the f32 error itself exceeds half an ULP of the
// result, within that error plus one ULP. NaN only where the reference is.
bool close_enough(DType dtype, uint32_t got_bits, uint32_t want_bits, float xa,
                  float xb);

// Runs Rope::apply and reference_apply on the same input, checks the kernel
// reported `expected_isa` (unless null), every element is within tolerance,
// pass-through entries are exact (the input's bits for one dtype, else the
// reference's single rounding), inputs of out-of-place calls unchanged and
// no byte outside the outputs written. Reports failures through gtest.
void check_against_reference(const Case& c, const char* expected_isa);

}  // namespace test
}  // namespace rotary

#endif  // ROTARY_TESTS_TEST_UTIL_H_
