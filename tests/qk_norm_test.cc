// Rope::apply_qk_norm (the fused QK-norm + rotation) against the
// composition of reference steps: a per-head norm in double written here,
// then reference_apply's rotation (l2_after: the rotation, then the norm),
// once per compiled Highway target this CPU supports; and every argument
// error, with nothing written.

#undef HWY_TARGET_INCLUDE
#define HWY_TARGET_INCLUDE "tests/qk_norm_test.cc"
#include "hwy/foreach_target.h"  // IWYU pragma: keep

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstring>
#include <limits>
#include <map>
#include <random>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "hwy/highway.h"
#include "hwy/tests/hwy_gtest.h"
#include "rotary/rotary.hpp"
#include "tests/test_util.h"

#ifndef ROTARY_TESTS_QK_NORM_TEST_ONCE_
#define ROTARY_TESTS_QK_NORM_TEST_ONCE_
namespace rotary {
namespace test {
namespace qk {

constexpr DType kDTypes[] = {DType::f32, DType::f16, DType::bf16};

// Where a case's cos/sin rows come from.
enum class Rows { table, on_the_fly, cache };

struct NormCase {
  QKNormKind kind = QKNormKind::rms;
  Pairing pairing = Pairing::half_split;
  int64_t head_dim = 128, rotary_dim = 0, rotary_offset = 0;
  int64_t q_heads = 4, k_heads = 2, tokens = 7;
  DType in = DType::f32, out = DType::f32;
  DType weight_dtype = DType::f32;
  bool in_place = true;
  bool padded = false;  // spare elements after each head and token
  bool bhsd = false;    // [heads][tokens][head_dim]: apply()'s head-outer walk
  Rows rows = Rows::table;
  uint32_t seed = 1;
  double eps = 1e-6;

  std::string describe() const {
    const char* kinds[] = {"rms", "rms_one_plus", "l2_after"};
    const char* rows_names[] = {"table", "on_the_fly", "cache"};
    return std::string(kinds[static_cast<int>(kind)]) +
           (pairing == Pairing::half_split ? " half_split" : " interleaved") +
           " head_dim=" + std::to_string(head_dim) +
           " rotary_dim=" + std::to_string(rotary_dim) +
           " offset=" + std::to_string(rotary_offset) +
           " q_heads=" + std::to_string(q_heads) +
           " k_heads=" + std::to_string(k_heads) +
           " tokens=" + std::to_string(tokens) + " " + dtype_name(in) + "->" +
           dtype_name(out) + " weight " + dtype_name(weight_dtype) +
           (in_place ? " in place" : " out of place") +
           (padded ? " padded" : "") + (bhsd ? " bhsd" : "") + " rows " +
           rows_names[static_cast<int>(rows)] + " seed=" + std::to_string(seed);
  }
};

// One tensor's storage: [tokens][heads][head_dim] with optional padding,
// or [heads][tokens][head_dim].
struct View {
  int64_t heads = 0, head_stride = 0, token_stride = 0;
  int64_t tokens = 0, head_dim = 0;
  // Elements up to the end of the last head, and its padding.
  size_t elements() const {
    if (heads == 0) return 0;
    const int64_t last =
        (tokens - 1) * token_stride + (heads - 1) * head_stride + head_dim;
    return static_cast<size_t>(std::max(last, tokens * token_stride));
  }
};

View view_of(const NormCase& c, int64_t heads) {
  View v;
  v.heads = heads;
  v.tokens = c.tokens;
  v.head_dim = c.head_dim;
  if (c.bhsd) {
    v.token_stride = c.head_dim;
    v.head_stride = c.tokens * c.head_dim;
    return v;
  }
  v.head_stride = c.head_dim + (c.padded ? 3 : 0);
  v.token_stride = heads * v.head_stride + (c.padded ? 5 : 0);
  return v;
}

Tensor tensor_of(GuardedBuffer& b, const View& v, int64_t tokens) {
  if (v.heads == 0) return Tensor{};
  return Tensor{b.raw(), b.dtype(),      tokens,
                v.heads, v.token_stride, v.head_stride};
}

// The largest error allowed for an f32 result against the double-built
// reference `want`, whose head's largest |value| is `scale`: the f32 sum of
// squares (head_dim/2 + 8 roundings at one lane, fewer with more: bounded
// here for any lane count) and a few roundings of the norm and rotation.
double f32_tolerance(int64_t head_dim, double scale) {
  return (static_cast<double>(head_dim) / 2 + 16) * std::ldexp(scale, -24);
}

// ... and for a result stored as `dtype`: half a unit in the last place of
// that dtype at |want| (its one rounding), on top.
double tolerance_for(DType dtype, int64_t head_dim, double scale, double want) {
  const double f32 = f32_tolerance(head_dim, scale);
  if (dtype == DType::f32) return f32;
  return f32 + 0.5 * ulp_at(dtype, want);
}

// Runs a case through apply_qk_norm and checks every output element against
// the reference composition; inputs (out of place) and canaries untouched.
void check_case(const NormCase& c, const char* expected_isa) {
  SCOPED_TRACE(c.describe());
  RopeSpec spec;
  spec.head_dim = c.head_dim;
  spec.rotary_dim = c.rotary_dim;
  spec.rotary_offset = c.rotary_offset;
  spec.pairing = c.pairing;
  spec.max_positions = c.rows == Rows::table ? 512 : 0;
  // One Rope per spec for the whole binary: a table's rows are the same
  // whichever ISA filled them (correctly rounded), and filling one per case
  // is most of the suite's time under an emulator.
  static std::map<std::tuple<int64_t, int64_t, int64_t, Pairing, int64_t>, Rope>
      ropes;
  const auto key =
      std::make_tuple(spec.head_dim, spec.rotary_dim, spec.rotary_offset,
                      spec.pairing, spec.max_positions);
  auto found = ropes.find(key);
  if (found == ropes.end()) {
    Rope made;
    const Status st = Rope::create(spec, &made);
    ASSERT_TRUE(st.ok()) << st.message();
    found = ropes.emplace(key, made).first;
  }
  const Rope& rope = found->second;
  const int64_t rd = rope.spec().rotary_dim;
  const int64_t hd = c.head_dim;
  Status st;

  std::mt19937 rng(c.seed);
  std::uniform_real_distribution<float> value(-2.0f, 2.0f);
  const View views[2] = {view_of(c, c.q_heads), view_of(c, c.k_heads)};
  std::vector<GuardedBuffer> in, out;
  for (int s = 0; s < 2; ++s) {
    in.emplace_back(views[s].elements(), s, c.in);
    out.emplace_back(c.in_place ? 0 : views[s].elements(), s + 1, c.out);
    for (size_t i = 0; i < in[s].size(); ++i) in[s].set(i, value(rng));
  }
  const std::vector<float> in_before[2] = {
      [&] {
        std::vector<float> v(in[0].size());
        for (size_t i = 0; i < v.size(); ++i) v[i] = in[0].value(i);
        return v;
      }(),
      [&] {
        std::vector<float> v(in[1].size());
        for (size_t i = 0; i < v.size(); ++i) v[i] = in[1].value(i);
        return v;
      }()};

  // Weights, stored in their dtype; the reference reads the stored values.
  std::uniform_real_distribution<float> weight_value(
      c.kind == QKNormKind::rms_one_plus ? -0.5f : 0.5f,
      c.kind == QKNormKind::rms_one_plus ? 0.5f : 1.5f);
  std::vector<GuardedBuffer> weights;
  std::vector<double> w[2];
  for (int s = 0; s < 2; ++s) {
    weights.emplace_back(static_cast<size_t>(hd), 0, c.weight_dtype);
    w[s].resize(static_cast<size_t>(hd));
    for (int64_t i = 0; i < hd; ++i) {
      weights[s].set(static_cast<size_t>(i), weight_value(rng));
      const double stored = weights[s].value(static_cast<size_t>(i));
      w[s][static_cast<size_t>(i)] =
          c.kind == QKNormKind::rms_one_plus ? 1.0 + stored : stored;
    }
  }
  QKNorm norm;
  norm.kind = c.kind;
  norm.eps = c.eps;
  if (c.kind != QKNormKind::l2_after) {
    norm.q_weight = weights[0].raw();
    norm.k_weight = weights[1].raw();
    norm.weight_dtype = c.weight_dtype;
    norm.weight_size = hd;
  }

  std::vector<int32_t> positions(static_cast<size_t>(c.tokens));
  std::uniform_int_distribution<int32_t> pos(0, 511);
  for (auto& p : positions) p = pos(rng);
  // A caller cache (vLLM packed, f32) of unit cos/sin from random angles.
  std::vector<float> cache(static_cast<size_t>(512 * rd));
  for (int64_t r = 0; r < 512; ++r) {
    for (int64_t i = 0; i < rd / 2; ++i) {
      const double a = 0.001 * static_cast<double>(r * (i + 1));
      cache[static_cast<size_t>(r * rd + i)] = static_cast<float>(std::cos(a));
      cache[static_cast<size_t>(r * rd + rd / 2 + i)] =
          static_cast<float>(std::sin(a));
    }
  }
  const CosSinCache packed = CosSinCache::packed(cache.data(), 512, rd);
  ApplyOptions options;
  const char* isa = nullptr;
  options.isa_used = &isa;
  if (c.rows == Rows::cache) options.cos_sin = &packed;

  Tensor t_in[2], t_out[2];
  for (int s = 0; s < 2; ++s) {
    t_in[s] = tensor_of(in[s], views[s], c.tokens);
    t_out[s] = c.in_place ? t_in[s] : tensor_of(out[s], views[s], c.tokens);
  }
  const Positions p(positions.data(), c.tokens);
  st = rope.apply_qk_norm(ConstTensor(t_in[0]), t_out[0], ConstTensor(t_in[1]),
                          t_out[1], p, norm, options);
  ASSERT_TRUE(st.ok()) << st.message();
  if (expected_isa != nullptr && (c.q_heads > 0 || c.k_heads > 0)) {
    ASSERT_NE(isa, nullptr);
    EXPECT_STREQ(isa, expected_isa);
  }

  ApplyOptions ref_options;
  if (c.rows == Rows::cache) ref_options.cos_sin = &packed;
  for (int s = 0; s < 2; ++s) {
    const View& v = views[s];
    if (v.heads == 0) continue;
    const size_t n = in_before[s].size();
    // The reference: f32 storage between its two steps (one rounding,
    // within the tolerance), double inside each.
    GuardedBuffer stage(n, 0, DType::f32), result(n, 0, DType::f32);
    const auto norm_heads = [&](const std::vector<double>& src,
                                const double* weight,
                                std::vector<double>* dst) {
      for (int64_t t = 0; t < c.tokens; ++t) {
        for (int64_t h = 0; h < v.heads; ++h) {
          const size_t base =
              static_cast<size_t>(t * v.token_stride + h * v.head_stride);
          double ss = 0;
          for (int64_t i = 0; i < hd; ++i) {
            ss += src[base + i] * src[base + i];
          }
          const double inv = 1.0 / std::sqrt(ss / hd + c.eps);
          for (int64_t i = 0; i < hd; ++i) {
            (*dst)[base + i] =
                src[base + i] * inv * (weight != nullptr ? weight[i] : 1.0);
          }
        }
      }
    };
    std::vector<double> want(n, 0.0);
    const Tensor stage_t = tensor_of(stage, v, c.tokens);
    const Tensor result_t = tensor_of(result, v, c.tokens);
    if (c.kind != QKNormKind::l2_after) {
      std::vector<double> x(in_before[s].begin(), in_before[s].end());
      std::vector<double> normed(n, 0.0);
      norm_heads(x, w[s].data(), &normed);
      for (size_t i = 0; i < n; ++i) {
        stage.set(i, static_cast<float>(normed[i]));
      }
      const Tensor none;
      st = s == 0 ? reference_apply(rope, ConstTensor(stage_t), result_t,
                                    ConstTensor(none), none, p, ref_options)
                  : reference_apply(rope, ConstTensor(none), none,
                                    ConstTensor(stage_t), result_t, p,
                                    ref_options);
      ASSERT_TRUE(st.ok()) << st.message();
      for (size_t i = 0; i < n; ++i) want[i] = result.value(i);
    } else {
      // The input as the kernels read it (stored dtype), rotated to f32.
      const Tensor none;
      const ConstTensor src(t_in[s].data, c.in, c.tokens, v.heads,
                            v.token_stride, v.head_stride);
      // Out of place reads the untouched input; in place, its copy.
      GuardedBuffer copy(in[s].size(), 0, c.in);
      for (size_t i = 0; i < n; ++i) copy.set(i, in_before[s][i]);
      const ConstTensor src_copy(copy.raw(), c.in, c.tokens, v.heads,
                                 v.token_stride, v.head_stride);
      const ConstTensor& from = c.in_place ? src_copy : src;
      st = s == 0 ? reference_apply(rope, from, result_t, ConstTensor(none),
                                    none, p, ref_options)
                  : reference_apply(rope, ConstTensor(none), none, from,
                                    result_t, p, ref_options);
      ASSERT_TRUE(st.ok()) << st.message();
      std::vector<double> rotated(n);
      for (size_t i = 0; i < n; ++i) rotated[i] = result.value(i);
      norm_heads(rotated, nullptr, &want);
    }
    const GuardedBuffer& got = c.in_place ? in[s] : out[s];
    EXPECT_TRUE(got.guards_intact());
    if (!c.in_place) {
      EXPECT_TRUE(in[s].guards_intact());
      for (size_t i = 0; i < n; ++i) {
        ASSERT_EQ(in[s].value(i), in_before[s][i]) << "input changed at " << i;
      }
    }
    int failures = 0;
    for (int64_t t = 0; t < c.tokens; ++t) {
      for (int64_t h = 0; h < v.heads; ++h) {
        const size_t base =
            static_cast<size_t>(t * v.token_stride + h * v.head_stride);
        double scale = 0;
        for (int64_t i = 0; i < hd; ++i) {
          scale = std::max(scale, std::fabs(want[base + i]));
        }
        for (int64_t i = 0; i < hd; ++i) {
          const double g = got.value(base + i), e = want[base + i];
          const double tol = tolerance_for(c.out, hd, scale, e);
          if (!(std::fabs(g - e) <= tol) && failures++ < 5) {
            ADD_FAILURE() << (s == 0 ? "q" : "k") << " token " << t << " head "
                          << h << " entry " << i << ": got " << g << ", want "
                          << e << " (tolerance " << tol << ")";
          }
        }
        // Padding between heads is not an output: in place it keeps the
        // input's values.
        if (c.padded && c.in_place) {
          for (int64_t i = hd; i < v.head_stride; ++i) {
            const size_t at = base + static_cast<size_t>(i);
            if (at < n) ASSERT_EQ(got.value(at), in_before[s][at]);
          }
        }
      }
    }
    EXPECT_EQ(failures, 0);
  }
}

}  // namespace qk
}  // namespace test
}  // namespace rotary
#endif  // ROTARY_TESTS_QK_NORM_TEST_ONCE_

HWY_BEFORE_NAMESPACE();
namespace rotary {
namespace test {
namespace HWY_NAMESPACE {

// Every kind, pairing, dtype pair (in place and out of place), head size
// (odd ones, partial rotary, an offset slice, a head past the kernels' f32
// scratch), GQA/MQA/q only/k only, decode and prefill, table, on-the-fly
// and caller-cache rows.
void TestQkNormAgainstReference() {
  PinIsa pin(HWY_TARGET);
  ASSERT_TRUE(pin.status().ok()) << pin.status().message();
  struct Dims {
    int64_t head_dim, rotary_dim, rotary_offset;
  };
  constexpr Dims kDims[] = {
      {6, 0, 0},    {40, 0, 0},  {72, 0, 0},  {100, 0, 0},   {128, 0, 0},
      {256, 64, 0}, {72, 16, 8}, {40, 10, 0}, {100, 32, 60}, {4102, 64, 0},
      // 4 and 8 whole vectors of each target's lanes (16 to 128 entries):
      // the kernels' register-held path (norm-inl.h); other multiples of 2
      // or 4 vectors (16, 128 and 192 where those are not 4 or 8): its
      // blocks path.
      {16, 0, 0},   {32, 0, 0},  {64, 0, 0},  {192, 0, 0}};
  constexpr int64_t kHeads[4][2] = {{4, 2}, {5, 1}, {3, 0}, {0, 3}};
  uint32_t n = 0;
  for (QKNormKind kind :
       {QKNormKind::rms, QKNormKind::rms_one_plus, QKNormKind::l2_after}) {
    for (Pairing pairing : {Pairing::interleaved, Pairing::half_split}) {
      for (const Dims& dims : kDims) {
        for (bool in_place : {true, false}) {
          for (DType in : qk::kDTypes) {
            for (DType out : qk::kDTypes) {
              if (in_place && in != out) continue;
              ++n;
              qk::NormCase c;
              c.kind = kind;
              c.pairing = pairing;
              c.head_dim = dims.head_dim;
              c.rotary_dim = dims.rotary_dim;
              c.rotary_offset = dims.rotary_offset;
              c.in = in;
              c.out = out;
              c.in_place = in_place;
              c.weight_dtype = n % 2 == 0 ? DType::f32 : in;
              c.q_heads = kHeads[n % 4][0];
              c.k_heads = kHeads[n % 4][1];
              c.tokens = n % 3 == 0 ? 1 : 7;  // decode, prefill
              c.rows = static_cast<qk::Rows>(n / 2 % 3);
              c.padded = n % 5 == 0;
              c.bhsd = n % 5 == 2;
              c.eps = n % 7 == 0 ? 1e-5 : 1e-6;
              c.seed = n;
              if (dims.head_dim > 1000) c.tokens = 2;
              qk::check_case(c, pin.name());
              if (::testing::Test::HasFatalFailure()) return;
            }
          }
        }
      }
    }
  }
}

// A prefill large enough to run on several threads and walk the heads
// grouped or streaming (apply()'s token loop), or BHSD blocks of tokens
// head by head, against the reference.
void TestQkNormPrefillThreads() {
  PinIsa pin(HWY_TARGET);
  ASSERT_TRUE(pin.status().ok()) << pin.status().message();
  uint32_t n = 100000;
  for (QKNormKind kind : {QKNormKind::rms, QKNormKind::l2_after}) {
    for (DType dtype : {DType::f32, DType::bf16}) {
      qk::NormCase c;
      c.kind = kind;
      c.pairing = n % 2 == 0 ? Pairing::half_split : Pairing::interleaved;
      c.head_dim = 128;
      c.q_heads = 16;
      c.k_heads = 4;
      c.tokens = 160;
      c.in = c.out = dtype;
      c.weight_dtype = dtype;
      c.rows = n % 3 == 0 ? qk::Rows::on_the_fly : qk::Rows::table;
      c.bhsd = dtype == DType::bf16;
      c.seed = ++n;
      qk::check_case(c, pin.name());
      if (::testing::Test::HasFatalFailure()) return;
    }
  }
}

// An f32 weight holding NaNs with every payload bit set: each output entry
// that meets one in its pair is NaN, and every other entry stays finite.
// (A bf16 output rounded from such a NaN by adding to its low half would
// carry into the sign and read -0 or +0 instead.)
void TestQkNormNanWeight() {
  PinIsa pin(HWY_TARGET);
  ASSERT_TRUE(pin.status().ok()) << pin.status().message();
  constexpr int64_t kD = 128, kHeads = 3, kTokens = 2;
  RopeSpec spec;
  spec.head_dim = kD;
  spec.max_positions = 16;
  for (Pairing pairing : {Pairing::interleaved, Pairing::half_split}) {
    spec.pairing = pairing;
    Rope rope;
    ASSERT_TRUE(Rope::create(spec, &rope).ok());
    std::vector<float> w(kD, 1.25f);
    for (uint32_t bits : {0x7FFFFFFFu, 0xFFFFFFFFu}) {
      std::memcpy(&w[bits >> 31 ? 6 : 5], &bits, 4);
    }
    std::vector<bf16> q(static_cast<size_t>(kTokens * kHeads * kD));
    for (size_t i = 0; i < q.size(); ++i) {
      q[i] = to_bf16(0.25f + static_cast<float>(i % 7) * 0.125f);
    }
    QKNorm norm;
    norm.kind = QKNormKind::rms;
    norm.weight_dtype = DType::f32;
    norm.weight_size = kD;
    norm.eps = 1e-6;
    norm.q_weight = w.data();
    const int32_t pos[kTokens] = {3, 9};
    ASSERT_TRUE(rope.apply_qk_norm(Tensor::bshd(q.data(), kTokens, kHeads, kD),
                                   Tensor{}, Positions(pos, kTokens), norm)
                    .ok());
    // Entries 5 and 6 and their partners.
    const bool il = pairing == Pairing::interleaved;
    const int64_t nan_at[4] = {5, 6, il ? 4 : 5 + kD / 2, il ? 7 : 6 + kD / 2};
    for (size_t i = 0; i < q.size(); ++i) {
      const int64_t e = static_cast<int64_t>(i) % kD;
      const bool want_nan = std::count(nan_at, nan_at + 4, e) > 0;
      EXPECT_EQ(std::isnan(to_float(q[i])), want_nan)
          << pin.name() << (il ? " interleaved" : " half-split")
          << " entry " << e
          << " = " << to_float(q[i]);
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
const bool kQkIsaStateReady = !compiled_isas().empty();

HWY_BEFORE_TEST(QkNormKernelTest);
HWY_EXPORT_AND_TEST_P(QkNormKernelTest, TestQkNormAgainstReference);
HWY_EXPORT_AND_TEST_P(QkNormKernelTest, TestQkNormPrefillThreads);
HWY_EXPORT_AND_TEST_P(QkNormKernelTest, TestQkNormNanWeight);

// ------------------------------------------------------------ validation

// A valid in-place call's buffers (q 4 heads, k 2, head_dim 64, bf16) with
// canaries, and a check that a failing call left every byte as it was.
class QkNormArgs : public ::testing::Test {
 protected:
  void SetUp() override {
    RopeSpec spec;
    spec.head_dim = kHeadDim;
    spec.max_positions = 64;
    ASSERT_TRUE(Rope::create(spec, &rope_).ok());
    std::mt19937 rng(3);
    std::uniform_real_distribution<float> v(-1.0f, 1.0f);
    for (size_t i = 0; i < q_.size(); ++i) q_.set(i, v(rng));
    for (size_t i = 0; i < k_.size(); ++i) k_.set(i, v(rng));
    for (size_t i = 0; i < qw_.size(); ++i) qw_.set(i, 1.0f + 0.1f * v(rng));
    for (size_t i = 0; i < kw_.size(); ++i) kw_.set(i, 1.0f + 0.1f * v(rng));
    norm_.q_weight = qw_.raw();
    norm_.k_weight = kw_.raw();
    norm_.weight_dtype = DType::f32;
    norm_.weight_size = kHeadDim;
    norm_.eps = 1e-6;
    for (size_t i = 0; i < q_.size(); ++i) q_before_.push_back(q_.bits(i));
    for (size_t i = 0; i < k_.size(); ++i) k_before_.push_back(k_.bits(i));
  }
  Tensor q() {
    return Tensor{q_.raw(), DType::bf16, kTokens, 4, 4 * kHeadDim, kHeadDim};
  }
  Tensor k() {
    return Tensor{k_.raw(), DType::bf16, kTokens, 2, 2 * kHeadDim, kHeadDim};
  }
  Positions positions() const { return Positions(pos_, kTokens); }
  // The call fails with invalid_argument, its message naming `argument`,
  // and writes nothing.
  void expect_refused(const QKNorm& norm, const std::string& argument,
                      const ApplyOptions& options = {}) {
    const Status st = rope_.apply_qk_norm(q(), k(), positions(), norm, options);
    EXPECT_EQ(st.code(), Code::invalid_argument) << st.message();
    EXPECT_NE(st.message().find(argument), std::string::npos)
        << "message \"" << st.message() << "\" does not name " << argument;
    expect_unchanged();
  }
  void expect_unchanged() {
    EXPECT_TRUE(q_.guards_intact());
    EXPECT_TRUE(k_.guards_intact());
    for (size_t i = 0; i < q_.size(); ++i) ASSERT_EQ(q_.bits(i), q_before_[i]);
    for (size_t i = 0; i < k_.size(); ++i) ASSERT_EQ(k_.bits(i), k_before_[i]);
  }

  static constexpr int64_t kHeadDim = 64;
  static constexpr int64_t kTokens = 3;
  const int32_t pos_[3] = {0, 5, 9};
  Rope rope_;
  GuardedBuffer q_{kTokens * 4 * kHeadDim, 0, DType::bf16};
  GuardedBuffer k_{kTokens * 2 * kHeadDim, 0, DType::bf16};
  GuardedBuffer qw_{kHeadDim, 0, DType::f32};
  GuardedBuffer kw_{kHeadDim, 0, DType::f32};
  QKNorm norm_;
  std::vector<uint32_t> q_before_, k_before_;
};

TEST_F(QkNormArgs, ValidCallWrites) {
  ASSERT_TRUE(rope_.apply_qk_norm(q(), k(), positions(), norm_).ok());
  bool changed = false;
  for (size_t i = 0; i < q_.size(); ++i) changed |= q_.bits(i) != q_before_[i];
  EXPECT_TRUE(changed);
}

TEST_F(QkNormArgs, NullWeight) {
  QKNorm n = norm_;
  n.q_weight = nullptr;
  expect_refused(n, "norm.q_weight");
  n = norm_;
  n.k_weight = nullptr;
  expect_refused(n, "norm.k_weight");
}

TEST_F(QkNormArgs, AbsentTensorNeedsNoWeight) {
  QKNorm n = norm_;
  n.k_weight = nullptr;
  EXPECT_TRUE(rope_.apply_qk_norm(q(), Tensor{}, positions(), n).ok());
  EXPECT_TRUE(k_.guards_intact());
  for (size_t i = 0; i < k_.size(); ++i) ASSERT_EQ(k_.bits(i), k_before_[i]);
}

TEST_F(QkNormArgs, WeightSize) {
  QKNorm n = norm_;
  n.weight_size = kHeadDim - 1;
  expect_refused(n, "norm.weight_size");
  n.weight_size = 0;
  expect_refused(n, "norm.weight_size");
}

TEST_F(QkNormArgs, Eps) {
  for (double eps : {0.0, -1e-6, std::numeric_limits<double>::quiet_NaN(),
                     std::numeric_limits<double>::infinity()}) {
    QKNorm n = norm_;
    n.eps = eps;
    expect_refused(n, "norm.eps");
  }
}

TEST_F(QkNormArgs, WeightDtype) {
  QKNorm n = norm_;
  n.weight_dtype = DType::f16;  // neither f32 nor bf16 (the tensors')
  expect_refused(n, "norm.weight_dtype");
  n.weight_dtype = static_cast<DType>(7);
  expect_refused(n, "norm.weight_dtype");
  // The tensors' own dtype is accepted.
  GuardedBuffer w(kHeadDim, 0, DType::bf16);
  for (size_t i = 0; i < w.size(); ++i) w.set(i, 1.0f);
  n.weight_dtype = DType::bf16;
  n.q_weight = n.k_weight = w.raw();
  EXPECT_TRUE(rope_.apply_qk_norm(q(), k(), positions(), n).ok());
}

TEST_F(QkNormArgs, Kind) {
  QKNorm n = norm_;
  n.kind = static_cast<QKNormKind>(9);
  expect_refused(n, "norm.kind");
  n.kind = QKNormKind::l2_after;  // takes no weight
  expect_refused(n, "norm.q_weight");
}

TEST_F(QkNormArgs, Backward) {
  ApplyOptions options;
  options.direction = Direction::backward;
  expect_refused(norm_, "options.direction", options);
}

TEST_F(QkNormArgs, TensorErrorsAsApply) {
  // A position past the table: apply()'s own validation and message.
  const int32_t bad[3] = {0, 5, 64};
  const Status st = rope_.apply_qk_norm(q(), k(), Positions(bad, 3), norm_);
  EXPECT_EQ(st.code(), Code::position_out_of_range) << st.message();
  expect_unchanged();
}

// f32 rms weights are read where the caller keeps them, unless an output of
// the call may write over them: a weight inside q (in place) acts as the
// values it held when the call began, for every token.
TEST(QkNormWeights, AWeightInsideAnOutputIsReadAsItWas) {
  constexpr int64_t kD = 64, kHeads = 2, kTokens = 6;
  RopeSpec spec;
  spec.head_dim = kD;
  spec.max_positions = 64;
  Rope rope;
  ASSERT_TRUE(Rope::create(spec, &rope).ok());
  std::mt19937 rng(5);
  std::uniform_real_distribution<float> u(0.5f, 1.5f);
  std::vector<float> q0(static_cast<size_t>(kTokens * kHeads * kD));
  for (float& x : q0) x = u(rng);
  const int32_t pos[kTokens] = {0, 1, 2, 3, 4, 5};
  // The weight: token 2's first head of q.
  const int64_t at = 2 * kHeads * kD;
  std::vector<float> q_copy = q0, q_inside = q0;
  const std::vector<float> w(q0.begin() + at, q0.begin() + at + kD);
  ApplyOptions serial;
  serial.threading = Threading::serial;
  QKNorm norm;
  norm.kind = QKNormKind::rms;
  norm.weight_dtype = DType::f32;
  norm.weight_size = kD;
  norm.eps = 1e-6;
  norm.q_weight = w.data();
  ASSERT_TRUE(
      rope.apply_qk_norm(Tensor::bshd(q_copy.data(), kTokens, kHeads, kD),
                         Tensor{}, Positions(pos, kTokens), norm, serial)
          .ok());
  norm.q_weight = q_inside.data() + at;
  ASSERT_TRUE(
      rope.apply_qk_norm(Tensor::bshd(q_inside.data(), kTokens, kHeads, kD),
                         Tensor{}, Positions(pos, kTokens), norm, serial)
          .ok());
  for (size_t i = 0; i < q0.size(); ++i) {
    ASSERT_EQ(q_inside[i], q_copy[i]) << "entry " << i;
  }
}

}  // namespace test
}  // namespace rotary
#endif  // HWY_ONCE
