// The public API with the active ISA: spec and argument validation (nothing
// written on error), angles, properties of the rotation, threading, and ISA
// control.
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <random>
#include <string>
#include <vector>

#include <oneapi/tbb/task_arena.h>
#include <sys/mman.h>

#include "dispatch/kernels.h"
#include "gtest/gtest.h"
#include "hwy/detect_targets.h"
#include "rotary/rotary.hpp"
#include "src/plan.h"
#include "tests/test_util.h"

namespace rotary {
namespace test {
namespace {

Rope make_rope(int64_t head_dim, Pairing pairing, int64_t max_positions,
               int64_t rotary_dim = 0) {
  RopeSpec spec;
  spec.head_dim = head_dim;
  spec.rotary_dim = rotary_dim;
  spec.pairing = pairing;
  spec.max_positions = max_positions;
  Rope rope;
  const Status st = Rope::create(spec, &rope);
  EXPECT_TRUE(st.ok()) << st.message();
  return rope;
}

// ------------------------------------------------------------------ spec ----

struct BadSpec {
  const char* what;
  RopeSpec spec;
  const char* field;
};

TEST(Spec, BadFieldsAreNamedAndLeaveTheRopeAlone) {
  auto spec = [](auto edit) {
    RopeSpec s;
    s.head_dim = 64;
    s.max_positions = 16;
    edit(s);
    return s;
  };
  const BadSpec cases[] = {
      {"zero head_dim", spec([](RopeSpec& s) { s.head_dim = 0; }), "head_dim"},
      {"negative head_dim", spec([](RopeSpec& s) { s.head_dim = -8; }),
       "head_dim"},
      {"odd rotary_dim", spec([](RopeSpec& s) { s.rotary_dim = 31; }),
       "rotary_dim"},
      {"rotary_dim > head_dim", spec([](RopeSpec& s) { s.rotary_dim = 66; }),
       "rotary_dim"},
      {"negative rotary_dim", spec([](RopeSpec& s) { s.rotary_dim = -2; }),
       "rotary_dim"},
      {"odd head_dim, full rotary", spec([](RopeSpec& s) { s.head_dim = 63; }),
       "rotary_dim"},
      {"theta 1", spec([](RopeSpec& s) { s.theta = 1.0; }), "theta"},
      {"theta NaN", spec([](RopeSpec& s) { s.theta = std::nan(""); }), "theta"},
      {"negative max_positions",
       spec([](RopeSpec& s) { s.max_positions = -1; }), "max_positions"},
      {"huge table",
       spec([](RopeSpec& s) { s.max_positions = int64_t{1} << 40; }),
       "max_positions"},
      {"linear factor 0", spec([](RopeSpec& s) {
         s.scaling.kind = ScalingKind::linear;
         s.scaling.factor = 0.0;
       }),
       "scaling.factor"},
      {"bad pairing",
       spec([](RopeSpec& s) { s.pairing = static_cast<Pairing>(7); }),
       "pairing"},
  };
  for (const BadSpec& c : cases) {
    SCOPED_TRACE(c.what);
    Rope rope = make_rope(32, Pairing::half_split, 4);
    const Status st = Rope::create(c.spec, &rope);
    EXPECT_EQ(st.code(), Code::invalid_argument);
    EXPECT_NE(st.message().find(c.field), std::string::npos) << st.message();
    // The previous plan is still there.
    ASSERT_TRUE(rope.valid());
    EXPECT_EQ(rope.spec().head_dim, 32);
  }
  EXPECT_EQ(Rope::create(RopeSpec{}, nullptr).code(), Code::invalid_argument);
}

TEST(Spec, InvFreqFollowsTheFormula) {
  for (int64_t rd : {2, 32, 64, 128}) {
    RopeSpec spec;
    spec.head_dim = 128;
    spec.rotary_dim = rd;
    spec.theta = 500000.0;
    Rope rope;
    ASSERT_TRUE(Rope::create(spec, &rope).ok());
    ASSERT_EQ(rope.inv_freq().size(), static_cast<size_t>(rd / 2));
    for (int64_t i = 0; i < rd / 2; ++i) {
      // 1 / theta^(2i/d), written differently from the library's pow(-x).
      const double want = 1.0 / std::exp(std::log(500000.0) * (2.0 * i) / rd);
      EXPECT_NEAR(rope.inv_freq()[i], want, 1e-14 * want) << i;
    }
    spec.scaling.kind = ScalingKind::linear;
    spec.scaling.factor = 4.0;
    Rope scaled;
    ASSERT_TRUE(Rope::create(spec, &scaled).ok());
    for (int64_t i = 0; i < rd / 2; ++i) {
      EXPECT_DOUBLE_EQ(scaled.inv_freq()[i], rope.inv_freq()[i] / 4.0);
    }
  }
}

// Rotating a unit pair (1, 0) yields (cos, sin) exactly, which exposes the
// f32 cos/sin the kernel used: it must be the double value rounded once.
TEST(Angles, CosSinAreCorrectlyRoundedFromDouble) {
  for (Pairing pairing : {Pairing::interleaved, Pairing::half_split}) {
    for (int64_t max_positions : {int64_t{0}, int64_t{131072}}) {
      SCOPED_TRACE(max_positions);
      const int64_t hd = 128;
      Rope rope = make_rope(hd, pairing, max_positions);
      std::vector<int64_t> positions = {0, 1, 2, 1000, 65535, 131071};
      if (max_positions == 0) {
        positions.push_back(int64_t{1} << 20);
        positions.push_back((int64_t{1} << 24) - 1);
        positions.push_back(int64_t{1} << 24);
      }
      const int64_t T = static_cast<int64_t>(positions.size());
      std::vector<float> q(static_cast<size_t>(T * hd), 0.0f);
      for (int64_t t = 0; t < T; ++t) {
        for (int64_t i = 0; i < hd / 2; ++i) {
          const int64_t a = pairing == Pairing::interleaved ? 2 * i : i;
          q[t * hd + a] = 1.0f;
        }
      }
      ASSERT_TRUE(rope.apply(Tensor::bshd(q.data(), T, 1, hd), Tensor{},
                             Positions(positions.data(), T))
                      .ok());
      int bad = 0;
      for (int64_t t = 0; t < T; ++t) {
        for (int64_t i = 0; i < hd / 2; ++i) {
          const int64_t a = pairing == Pairing::interleaved ? 2 * i : i;
          const int64_t b =
              pairing == Pairing::interleaved ? 2 * i + 1 : i + hd / 2;
          const double angle = static_cast<double>(positions[t]) *
                               std::pow(10000.0, -2.0 * i / hd);
          if (q[t * hd + a] != static_cast<float>(std::cos(angle)) ||
              q[t * hd + b] != static_cast<float>(std::sin(angle))) {
            if (bad++ < 5) {
              ADD_FAILURE() << "position " << positions[t] << " pair " << i;
            }
          }
        }
      }
    }
  }
}

// ------------------------------------------------------------ properties ----

TEST(Properties, NormIsPreserved) {
  for (Pairing pairing : {Pairing::interleaved, Pairing::half_split}) {
    Rope rope = make_rope(96, pairing, 0, 64);
    Case c;
    c.head_dim = 96;
    c.q_heads = 8;
    c.k_heads = 0;
    c.tokens = 9;
    QkStorage s(c, 96);
    s.fill_random(3, -4.0f, 4.0f);
    const std::vector<float> before = s.snapshot();
    std::vector<int64_t> pos = {0, 3, 17, 1000, 77777, 123456, 1 << 20, 5, 9};
    ASSERT_TRUE(rope.apply(s.q, Tensor{}, Positions(pos.data(), 9)).ok());
    const std::vector<float> after = s.snapshot();
    for (size_t h = 0; h < after.size() / 96; ++h) {
      double n0 = 0, n1 = 0;
      for (size_t j = 0; j < 96; ++j) {
        n0 += double{before[h * 96 + j]} * before[h * 96 + j];
        n1 += double{after[h * 96 + j]} * after[h * 96 + j];
      }
      EXPECT_NEAR(std::sqrt(n1), std::sqrt(n0), 1e-6 * std::sqrt(n0)) << h;
    }
  }
}

// The attention score depends only on the distance between positions:
// <R(m) q, R(n) k> == <R(m+t) q, R(n+t) k>.
TEST(Properties, ScoreDependsOnlyOnRelativePosition) {
  for (Pairing pairing : {Pairing::interleaved, Pairing::half_split}) {
    const int64_t hd = 128;
    Rope rope = make_rope(hd, pairing, 0);
    std::mt19937 rng(11);
    std::uniform_real_distribution<float> dist(-1, 1);
    std::vector<float> q0(hd), k0(hd);
    for (auto& v : q0) v = dist(rng);
    for (auto& v : k0) v = dist(rng);
    auto score = [&](int64_t m, int64_t n) {
      std::vector<float> q = q0, k = k0;
      EXPECT_TRUE(rope.apply(Tensor::bshd(q.data(), 1, 1, hd), Tensor{},
                             Positions(&m, 1))
                      .ok());
      EXPECT_TRUE(rope.apply(Tensor{}, Tensor::bshd(k.data(), 1, 1, hd),
                             Positions(&n, 1))
                      .ok());
      double s = 0;
      for (int64_t j = 0; j < hd; ++j) s += double{q[j]} * k[j];
      return s;
    };
    double norm = 0;
    for (int64_t j = 0; j < hd; ++j) norm += std::fabs(q0[j] * k0[j]);
    for (int64_t shift : {1, 100, 4096, 100000}) {
      EXPECT_NEAR(score(7, 3), score(7 + shift, 3 + shift), 1e-5 * norm)
          << shift;
      EXPECT_NEAR(score(0, 50), score(shift, 50 + shift), 1e-5 * norm) << shift;
    }
    // ...and does change with the distance (the test can fail).
    EXPECT_GT(std::fabs(score(7, 3) - score(7, 4)), 1e-3 * norm);
  }
}

// --------------------------------------------------------- bad arguments ----

// A q/k pair of canary-filled outputs: any write on error is detected.
struct CanaryCall {
  static constexpr int64_t kHd = 64, kT = 4, kHq = 4, kHk = 2;
  std::vector<float> q_in, k_in, q_out, k_out;
  std::vector<int64_t> pos{0, 1, 2, 3};
  CanaryCall()
      : q_in(kT * kHq * kHd, 0.5f),
        k_in(kT * kHk * kHd, 0.25f),
        q_out(kT * kHq * kHd, GuardedBuffer::kCanary),
        k_out(kT * kHk * kHd, GuardedBuffer::kCanary) {}
  Tensor qi() { return Tensor::bshd(q_in.data(), kT, kHq, kHd); }
  Tensor ki() { return Tensor::bshd(k_in.data(), kT, kHk, kHd); }
  Tensor qo() { return Tensor::bshd(q_out.data(), kT, kHq, kHd); }
  Tensor ko() { return Tensor::bshd(k_out.data(), kT, kHk, kHd); }
  bool untouched() const {
    for (float v : q_in)
      if (v != 0.5f) return false;
    for (float v : k_in)
      if (v != 0.25f) return false;
    for (float v : q_out)
      if (v != GuardedBuffer::kCanary) return false;
    for (float v : k_out)
      if (v != GuardedBuffer::kCanary) return false;
    return true;
  }
};

void expect_error(const Status& st, Code code, const char* needle) {
  EXPECT_EQ(st.code(), code) << code_name(st.code()) << ": " << st.message();
  EXPECT_NE(st.message().find(needle), std::string::npos) << st.message();
}

TEST(BadInput, ClearErrorAndNothingWritten) {
  const Rope rope = make_rope(64, Pairing::half_split, 8);
  struct Bad {
    const char* what;
    Code code;
    const char* needle;
    std::function<Status(CanaryCall&)> call;
  };
  const std::vector<Bad> cases = {
      {"null q_out", Code::invalid_argument, "q_out.data is null",
       [&](CanaryCall& c) {
         Tensor qo = c.qo();
         qo.data = nullptr;
         return rope.apply(c.qi(), qo, c.ki(), c.ko(),
                           Positions(c.pos.data(), 4));
       }},
      {"null k_in", Code::invalid_argument, "k_in.data is null",
       [&](CanaryCall& c) {
         Tensor ki = c.ki();
         ki.data = nullptr;
         return rope.apply(c.qi(), c.qo(), ki, c.ko(),
                           Positions(c.pos.data(), 4));
       }},
      {"negative heads", Code::invalid_argument, "k_in.heads",
       [&](CanaryCall& c) {
         Tensor ki = c.ki(), ko = c.ko();
         ki.heads = ko.heads = -2;
         return rope.apply(c.qi(), c.qo(), ki, ko, Positions(c.pos.data(), 4));
       }},
      {"negative stride", Code::invalid_argument, "strides",
       [&](CanaryCall& c) {
         Tensor qo = c.qo();
         qo.token_stride = -256;
         return rope.apply(c.qi(), qo, c.ki(), c.ko(),
                           Positions(c.pos.data(), 4));
       }},
      {"negative count", Code::invalid_argument, "positions.count",
       [&](CanaryCall& c) {
         return rope.apply(c.qi(), c.qo(), c.ki(), c.ko(),
                           Positions(c.pos.data(), -1));
       }},
      {"tokens mismatch", Code::invalid_argument, "q_in.tokens",
       [&](CanaryCall& c) {
         return rope.apply(c.qi(), c.qo(), c.ki(), c.ko(),
                           Positions(c.pos.data(), 3));
       }},
      {"heads mismatch", Code::invalid_argument, "q_out.heads",
       [&](CanaryCall& c) {
         Tensor qo = c.qo();
         qo.heads = 3;
         return rope.apply(c.qi(), qo, c.ki(), c.ko(),
                           Positions(c.pos.data(), 4));
       }},
      {"negative position", Code::position_out_of_range, "positions[3] = -1",
       [&](CanaryCall& c) {
         c.pos[3] = -1;
         return rope.apply(c.qi(), c.qo(), c.ki(), c.ko(),
                           Positions(c.pos.data(), 4));
       }},
      {"position past table", Code::position_out_of_range,
       "positions[2] = 8 is outside the cos/sin table (max_positions 8)",
       [&](CanaryCall& c) {
         c.pos[2] = 8;
         return rope.apply(c.qi(), c.qo(), c.ki(), c.ko(),
                           Positions(c.pos.data(), 4));
       }},
      {"int32 position past table", Code::position_out_of_range, "positions[0]",
       [&](CanaryCall& c) {
         const int32_t p32[4] = {1000, 0, 0, 0};
         return rope.apply(c.qi(), c.qo(), c.ki(), c.ko(), Positions(p32, 4));
       }},
      {"null positions", Code::invalid_argument, "positions",
       [&](CanaryCall& c) {
         return rope.apply(c.qi(), c.qo(), c.ki(), c.ko(),
                           Positions(static_cast<const int64_t*>(nullptr), 4));
       }},
      {"out overlaps in, shifted", Code::invalid_argument,
       "q_out overlaps q_in",
       [&](CanaryCall& c) {
         Tensor qo = c.qi();
         qo.data = c.q_in.data() + 1;
         qo.tokens = 4;
         Tensor qi = c.qi();
         qi.tokens = 4;
         // Shrink by one float so the shifted view stays inside q_in.
         qi.heads = qo.heads = 3;
         return rope.apply(qi, qo, c.ki(), c.ko(), Positions(c.pos.data(), 4));
       }},
      {"same data, other strides", Code::invalid_argument,
       "q_out overlaps q_in",
       [&](CanaryCall& c) {
         Tensor qi = c.qi();
         Tensor qo = Tensor::bhsd(c.q_in.data(), 4, 4, 64);
         return rope.apply(qi, qo, c.ki(), c.ko(), Positions(c.pos.data(), 4));
       }},
      {"k_out overlaps q_out", Code::invalid_argument, "overlaps",
       [&](CanaryCall& c) {
         Tensor ko = c.ko();
         ko.data = c.q_out.data() + 64;
         return rope.apply(c.qi(), c.qo(), c.ki(), ko,
                           Positions(c.pos.data(), 4));
       }},
      {"heads overlap inside an output", Code::invalid_argument,
       "make heads or tokens overlap",
       [&](CanaryCall& c) {
         Tensor qo = c.qo();
         qo.head_stride = 32;  // < head_dim
         return rope.apply(c.qi(), qo, c.ki(), c.ko(),
                           Positions(c.pos.data(), 4));
       }},
      {"tokens overlap inside an output", Code::invalid_argument,
       "make heads or tokens overlap",
       [&](CanaryCall& c) {
         Tensor qo = c.qo();
         qo.token_stride = 128;  // heads 4 x 64 need 256
         return rope.apply(c.qi(), qo, c.ki(), c.ko(),
                           Positions(c.pos.data(), 4));
       }},
      {"misaligned pointer", Code::invalid_argument, "aligned",
       [&](CanaryCall& c) {
         Tensor qo = c.qo();
         qo.data = reinterpret_cast<char*>(c.q_out.data()) + 2;
         qo.tokens = 3;
         Tensor qi = c.qi();
         qi.tokens = 3;
         return rope.apply(qi, qo, c.ki(), c.ko(), Positions(c.pos.data(), 3));
       }},
      {"only one side absent", Code::invalid_argument, "k_out is absent",
       [&](CanaryCall& c) {
         return rope.apply(c.qi(), c.qo(), c.ki(), Tensor{},
                           Positions(c.pos.data(), 4));
       }},
      {"strides overflow", Code::invalid_argument, "overflow",
       [&](CanaryCall& c) {
         Tensor qo = c.qo();
         qo.token_stride = int64_t{1} << 62;
         return rope.apply(c.qi(), qo, c.ki(), c.ko(),
                           Positions(c.pos.data(), 4));
       }},
      {"bad token range", Code::invalid_argument, "options.token_begin",
       [&](CanaryCall& c) {
         ApplyOptions o;
         o.token_begin = 3;
         o.token_end = 2;
         return rope.apply(c.qi(), c.qo(), c.ki(), c.ko(),
                           Positions(c.pos.data(), 4), o);
       }},
      {"range past the end", Code::invalid_argument, "options.token_begin",
       [&](CanaryCall& c) {
         ApplyOptions o;
         o.token_end = 5;
         return rope.apply(c.qi(), c.qo(), c.ki(), c.ko(),
                           Positions(c.pos.data(), 4), o);
       }},
      {"arena missing", Code::invalid_argument, "options.arena",
       [&](CanaryCall& c) {
         ApplyOptions o;
         o.threading = Threading::arena;
         return rope.apply(c.qi(), c.qo(), c.ki(), c.ko(),
                           Positions(c.pos.data(), 4), o);
       }},
      {"rope not created", Code::invalid_argument, "rope",
       [&](CanaryCall& c) {
         return Rope().apply(c.qi(), c.qo(), c.ki(), c.ko(),
                             Positions(c.pos.data(), 4));
       }},
  };
  for (const Bad& b : cases) {
    SCOPED_TRACE(b.what);
    CanaryCall c;
    expect_error(b.call(c), b.code, b.needle);
    EXPECT_TRUE(c.untouched());
  }
}

TEST(BadInput, ReferenceRejectsLikeTheKernel) {
  const Rope rope = make_rope(64, Pairing::interleaved, 8);
  CanaryCall c;
  c.pos[1] = 9;
  const Status st = reference_apply(rope, c.qi(), c.qo(), c.ki(), c.ko(),
                                    Positions(c.pos.data(), 4));
  expect_error(st, Code::position_out_of_range, "positions[1] = 9");
  EXPECT_TRUE(c.untouched());
}

// The fast path of validation fills a call's plumbing exactly as the full
// checks do, takes the usual decode and prefill calls, and leaves every
// other call (and every error) to the full checks.
void expect_same_io(const detail::CallIo& a, const detail::CallIo& b) {
  for (int s = 0; s < 2; ++s) {
    const detail::TensorIo& x = s == 0 ? a.q : a.k;
    const detail::TensorIo& y = s == 0 ? b.q : b.k;
    EXPECT_EQ(x.present, y.present);
    EXPECT_EQ(x.in, y.in);
    EXPECT_EQ(x.out, y.out);
    EXPECT_EQ(x.in_dtype, y.in_dtype);
    EXPECT_EQ(x.out_dtype, y.out_dtype);
    EXPECT_EQ(x.heads, y.heads);
    EXPECT_EQ(x.tokens, y.tokens);
    EXPECT_EQ(x.in_token_stride, y.in_token_stride);
    EXPECT_EQ(x.in_head_stride, y.in_head_stride);
    EXPECT_EQ(x.in_batch_stride, y.in_batch_stride);
    EXPECT_EQ(x.out_token_stride, y.out_token_stride);
    EXPECT_EQ(x.out_head_stride, y.out_head_stride);
    EXPECT_EQ(x.out_batch_stride, y.out_batch_stride);
  }
  EXPECT_EQ(a.positions.i32, b.positions.i32);
  EXPECT_EQ(a.positions.i64, b.positions.i64);
  EXPECT_EQ(a.positions.kind, b.positions.kind);
  EXPECT_EQ(a.positions.stride, b.positions.stride);
  EXPECT_EQ(a.positions.tokens, b.positions.tokens);
  EXPECT_EQ(a.positions.axes, b.positions.axes);
  EXPECT_EQ(a.positions.axis_stride, b.positions.axis_stride);
  EXPECT_EQ(a.cache.cos, b.cache.cos);
  EXPECT_EQ(a.cache.sin, b.cache.sin);
  EXPECT_EQ(a.cache.dtype, b.cache.dtype);
  EXPECT_EQ(a.cache.by_position, b.cache.by_position);
  EXPECT_EQ(a.cache.row_stride, b.cache.row_stride);
  EXPECT_EQ(a.cache.batch_stride, b.cache.batch_stride);
  EXPECT_EQ(a.cache.token_stride, b.cache.token_stride);
  EXPECT_EQ(a.cache.tokens, b.cache.tokens);
  EXPECT_EQ(a.cache.direct, b.cache.direct);
  EXPECT_EQ(a.begin, b.begin);
  EXPECT_EQ(a.end, b.end);
  EXPECT_EQ(a.sequence_length, b.sequence_length);
}

TEST(Validation, FastPathMatchesTheFullChecks) {
  constexpr int64_t kHeadDim = 64;
  const Rope table = make_rope(kHeadDim, Pairing::half_split, 16);
  const Rope otf = make_rope(kHeadDim, Pairing::interleaved, 0);
  std::vector<float> buf(4096 * kHeadDim);
  std::vector<uint16_t> buf16(4096 * kHeadDim);
  int fast = 0, full_only = 0;
  for (const Rope* rope : {&table, &otf})
    for (int64_t tokens : {1, 3})
      for (int64_t q_heads : {1, 4})
        for (int64_t k_heads : {0, 1, 2})
          for (int layout = 0; layout < 7; ++layout)
            for (int pos_kind = 0; pos_kind < 3; ++pos_kind) {
              SCOPED_TRACE(::testing::Message()
                           << "plan " << (rope == &table) << " tokens "
                           << tokens << " q " << q_heads << " k " << k_heads
                           << " layout " << layout << " positions "
                           << pos_kind);
              // 0 BSHD, 1 BHSD, 2 heads padded, 3 packed q|k per token, 4 bf16,
              // 5 misaligned k, 6 k overlapping q.
              const int64_t pad = layout == 2 ? 8 : 0;
              const int64_t hs = kHeadDim + pad;
              float* base = buf.data() + 64;
              Tensor q{base, DType::f32, tokens, q_heads, q_heads * hs, hs};
              Tensor k{base + 2048 * kHeadDim, DType::f32, tokens, k_heads,
                       k_heads * hs,           hs};
              if (layout == 1) {
                q.token_stride = kHeadDim;
                q.head_stride = tokens * kHeadDim;
              }
              if (layout == 3) {
                q.token_stride = k.token_stride =
                    (q_heads + k_heads) * kHeadDim;
                k.data = base + q_heads * kHeadDim;
              }
              if (layout == 4) {
                q.data = buf16.data();
                q.dtype = DType::bf16;
              }
              if (layout == 5) k.data = reinterpret_cast<char*>(k.data) + 2;
              if (layout == 6) k.data = base + kHeadDim / 2;
              if (k_heads == 0) k = Tensor();
              const int32_t p32[3] = {pos_kind == 2 ? 16 : 2, 7, 15};
              const int64_t p64[3] = {0, 1, 15};
              const Positions pos = pos_kind == 1 ? Positions(p64, tokens)
                                                  : Positions(p32, tokens);
              for (Direction d : {Direction::forward, Direction::backward}) {
                ApplyOptions opt;
                opt.direction = d;
                detail::CallIo a, b;
                const bool simple = detail::validate_simple_call(
                    *rope, q, q, k, k, pos, opt, &a);
                const Status st =
                    detail::validate_full_call(*rope, q, q, k, k, pos, opt, &b);
                if (simple) {
                  ++fast;
                  EXPECT_TRUE(st.ok()) << st.message();
                  expect_same_io(a, b);
                } else {
                  ++full_only;
                }
                // What the full checks refuse, the fast path leaves to them.
                if (!st.ok()) {
                  EXPECT_FALSE(simple);
                }
              }
            }
  EXPECT_GT(fast, 0);
  EXPECT_GT(full_only, 0);

  // Multi-axis positions and caller caches: the same agreement.
  RopeSpec spec;
  spec.head_dim = kHeadDim;
  spec.max_positions = 16;
  spec.multi_axis = mrope_sections(kHeadDim / 2, {8, 12, 12});
  Rope multi;
  ASSERT_TRUE(Rope::create(spec, &multi).ok());
  std::vector<float> cache(20 * kHeadDim, 0.5f);
  std::vector<uint16_t> cache16(20 * kHeadDim, 0x3f00);
  fast = full_only = 0;
  int fast_multi = 0, fast_cache = 0;
  for (const Rope* rope : {&table, static_cast<const Rope*>(&multi)})
    for (int64_t tokens : {1, 3})
      for (int axes = 0; axes <= 3; axes += 3)
        for (int64_t axis_stride : {int64_t{3}, int64_t{5}, int64_t{-1}})
          for (int form = 0; form < 7; ++form) {
            SCOPED_TRACE(::testing::Message()
                         << "multi " << (rope == &multi) << " tokens " << tokens
                         << " axes " << axes << " axis_stride " << axis_stride
                         << " cache " << form);
            // Cache: 0 none, 1 packed f32 (used where it lies), 2 separate
            // bf16, 3 per token, 4 overlapping q, 5 too few rows, 6 misaligned
            // sin.
            float* base = buf.data() + 64;
            const Tensor q = Tensor::bshd(base, tokens, 4, kHeadDim);
            const Tensor k =
                Tensor::bshd(base + 1024 * kHeadDim, tokens, 2, kHeadDim);
            // Three axes of up to 3 tokens, axis_stride up to 5: 13 entries
            // read.
            const int32_t p32[16] = {0, 7, 15, 2, 3, 4, 9, 9,
                                     9, 1, 5,  6, 8, 9, 9, 9};
            Positions pos(p32, tokens);
            pos.axes = axes;
            pos.axis_stride = axis_stride;
            CosSinCache c = CosSinCache::packed(cache.data(), 20, kHeadDim);
            if (form == 2) {
              c = CosSinCache::separate(
                  reinterpret_cast<const bf16*>(cache16.data()),
                  reinterpret_cast<const bf16*>(cache16.data()) + 10 * kHeadDim,
                  10, kHeadDim / 2);
            }
            if (form == 3) {
              c = CosSinCache::per_token_rows(cache.data(), cache.data() + 640,
                                              tokens, kHeadDim / 2);
            }
            if (form == 4) c = CosSinCache::packed(base, 20, kHeadDim);
            if (form == 5) c.rows = 8;
            if (form == 6) c.sin = reinterpret_cast<const char*>(c.sin) + 2;
            ApplyOptions opt;
            if (form > 0) opt.cos_sin = &c;
            detail::CallIo a, b;
            const bool simple =
                detail::validate_simple_call(*rope, q, q, k, k, pos, opt, &a);
            const Status st =
                detail::validate_full_call(*rope, q, q, k, k, pos, opt, &b);
            if (simple) {
              ++fast;
              fast_multi += rope == &multi;
              fast_cache += form > 0;
              EXPECT_TRUE(st.ok()) << st.message();
              expect_same_io(a, b);
            } else {
              ++full_only;
            }
            if (!st.ok()) {
              EXPECT_FALSE(simple);
            }
          }
  EXPECT_GT(fast_multi, 0);
  EXPECT_GT(fast_cache, 0);
  EXPECT_GT(full_only, 0);

  // The decode call: one token, q and k in place.
  detail::CallIo io;
  const int32_t p = 5;
  EXPECT_TRUE(detail::validate_simple_call(
      table, Tensor::bshd(buf.data(), 1, 8, kHeadDim),
      Tensor::bshd(buf.data(), 1, 8, kHeadDim),
      Tensor::bshd(buf.data() + 8 * kHeadDim, 1, 2, kHeadDim),
      Tensor::bshd(buf.data() + 8 * kHeadDim, 1, 2, kHeadDim), Positions(&p, 1),
      ApplyOptions(), &io));
}

TEST(Edge, ZeroTokensIsANoOp) {
  const Rope rope = make_rope(64, Pairing::half_split, 8);
  CanaryCall c;
  Tensor qo = c.qo(), ko = c.ko();
  Tensor qi = c.qi(), ki = c.ki();
  qo.tokens = ko.tokens = qi.tokens = ki.tokens = 0;
  EXPECT_TRUE(rope.apply(qi, qo, ki, ko, Positions(c.pos.data(), 0)).ok());
  EXPECT_TRUE(rope.apply(qo, ko, Positions(c.pos.data(), 0)).ok());
  EXPECT_TRUE(rope.apply(Tensor{}, Tensor{}, Positions()).ok());
  EXPECT_TRUE(c.untouched());
}

// Packed QKV in place: q and k share one buffer, interleaved per token.
TEST(Edge, PackedQkvInPlaceIsNotAnOverlap) {
  for (Pairing pairing : {Pairing::interleaved, Pairing::half_split}) {
    Case c;
    c.pairing = pairing;
    c.layout = Layout::packed_qkv;
    c.q_heads = 32;
    c.k_heads = 8;
    c.tokens = 33;
    c.max_positions = 0;
    check_against_reference(c, nullptr);
  }
}

// Offsets past 2^31 elements (and 2^33 bytes): views with huge strides over
// a sparse mapping; only the touched pages are ever backed.
TEST(Edge, StridesPast2To31Elements) {
  const int64_t hd = 64, T = 3, H = 2;
  const int64_t ts = (int64_t{1} << 31) + 4 * hd;  // elements per token
  const size_t bytes =
      static_cast<size_t>((T - 1) * ts + H * hd) * sizeof(float);
  void* map = mmap(nullptr, bytes, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (map == MAP_FAILED) GTEST_SKIP() << "no 16 GiB sparse mapping here";
  float* base = static_cast<float*>(map);
  std::vector<float> small(static_cast<size_t>(T * H * hd));
  std::mt19937 rng(3);
  std::uniform_real_distribution<float> val(-1, 1);
  for (int64_t t = 0; t < T; ++t) {
    for (int64_t j = 0; j < H * hd; ++j) {
      base[t * ts + j] = small[t * H * hd + j] = val(rng);
    }
  }
  for (Pairing pairing : {Pairing::interleaved, Pairing::half_split}) {
    const Rope rope = make_rope(hd, pairing, 0);
    const int64_t pos[T] = {5, 70000, 2147483000};
    std::vector<float> want = small;
    ASSERT_TRUE(reference_apply(rope, Tensor::bshd(want.data(), T, H, hd),
                                Tensor::bshd(want.data(), T, H, hd), Tensor{},
                                Tensor{}, Positions(pos, T))
                    .ok());
    const Tensor big{base, DType::f32, T, H, ts, hd};
    ASSERT_TRUE(rope.apply(big, Tensor{}, Positions(pos, T)).ok());
    for (int64_t t = 0; t < T; ++t) {
      for (int64_t j = 0; j < H * hd; ++j) {
        ASSERT_NEAR(base[t * ts + j], want[t * H * hd + j], 2.0 / (1 << 21))
            << t << " " << j;
      }
    }
    for (int64_t t = 0; t < T; ++t) {  // fresh input for the next pairing
      for (int64_t j = 0; j < H * hd; ++j)
        base[t * ts + j] = small[t * H * hd + j];
    }
  }
  munmap(map, bytes);
}

// BHSD calls that stream from DRAM (more traffic than the walk's L3 size)
// take the head-outer walk's long blocks of many heads (head_outer_order):
// blocks straddling two sequences, q's 36 heads as a call of 32 and one of 4
// (groups of 16, 16 and 4), k's 4 heads; out of place too.
TEST(Edge, BhsdCallsFromDramTakeLongBlocks) {
  for (Pairing pairing : {Pairing::interleaved, Pairing::half_split}) {
    Case c;
    c.pairing = pairing;
    c.layout = Layout::bhsd;
    c.head_dim = 64;
    c.q_heads = 36;
    c.k_heads = 4;
    c.batch = 2;
    c.tokens = 900;
    c.max_positions = 0;
    c.in_place = pairing == Pairing::half_split;
    c.misalign = 3;
    const int64_t traffic = c.batch * c.tokens * (c.q_heads + c.k_heads) *
                            c.head_dim * int64_t{sizeof(float)} * 2;
    ASSERT_GT(traffic, detail::kWalkL3Bytes);
    check_against_reference(c, nullptr);
  }
}

// Large heads: the row buffer leaves the stack past 2048 floats.
TEST(Edge, HeadDimUpTo2048) {
  for (int64_t hd : {1024, 2048}) {
    for (Pairing pairing : {Pairing::interleaved, Pairing::half_split}) {
      Case c;
      c.head_dim = hd;
      c.pairing = pairing;
      c.max_positions = hd == 2048 ? 0 : 64;
      c.q_heads = 3;
      c.k_heads = 1;
      c.tokens = 3;
      c.in_place = pairing == Pairing::half_split;
      check_against_reference(c, nullptr);
    }
  }
}

// -------------------------------------------------------------- threading ---

TEST(Threading, EveryModeMatchesTheReference) {
  const int64_t hd = 128, T = 300, Hq = 32, Hk = 8;  // 12 MB: goes parallel
  for (Pairing pairing : {Pairing::interleaved, Pairing::half_split}) {
    const Rope rope = make_rope(hd, pairing, 4096);
    std::mt19937 rng(5);
    std::uniform_real_distribution<float> dist(-1, 1);
    std::vector<float> q0(T * Hq * hd), k0(T * Hk * hd);
    for (auto& v : q0) v = dist(rng);
    for (auto& v : k0) v = dist(rng);
    std::vector<int32_t> pos(T);
    for (int64_t t = 0; t < T; ++t)
      pos[t] = static_cast<int32_t>((t * 37) % 4096);
    const Positions P(pos.data(), T);

    std::vector<float> qr = q0, kr = k0;
    ASSERT_TRUE(reference_apply(rope, Tensor::bshd(qr.data(), T, Hq, hd),
                                Tensor::bshd(qr.data(), T, Hq, hd),
                                Tensor::bshd(kr.data(), T, Hk, hd),
                                Tensor::bshd(kr.data(), T, Hk, hd), P)
                    .ok());
    std::vector<float> qs = q0, ks = k0;
    ApplyOptions serial;
    serial.threading = Threading::serial;
    ASSERT_TRUE(rope.apply(Tensor::bshd(qs.data(), T, Hq, hd),
                           Tensor::bshd(ks.data(), T, Hk, hd), P, serial)
                    .ok());
    for (size_t i = 0; i < qs.size(); ++i) {
      ASSERT_NEAR(qs[i], qr[i], 2e-6) << i;
    }

    tbb::task_arena arena(2);
    for (int mode = 0; mode < 3; ++mode) {
      SCOPED_TRACE(mode);
      std::vector<float> q = q0, k = k0;
      ApplyOptions o;
      if (mode == 1) {
        o.threading = Threading::arena;
        o.arena = &arena;
      }
      if (mode < 2) {
        ASSERT_TRUE(rope.apply(Tensor::bshd(q.data(), T, Hq, hd),
                               Tensor::bshd(k.data(), T, Hk, hd), P, o)
                        .ok());
      } else {
        // A runtime splitting the call over its own threads: three ranges.
        for (auto [b, e] :
             {std::pair<int64_t, int64_t>{0, 101}, {101, 102}, {102, -1}}) {
          o.token_begin = b;
          o.token_end = e;
          ASSERT_TRUE(rope.apply(Tensor::bshd(q.data(), T, Hq, hd),
                                 Tensor::bshd(k.data(), T, Hk, hd), P, o)
                          .ok());
        }
      }
      // Same kernel, same per-token arithmetic: bit-identical to serial.
      EXPECT_TRUE(q == qs);
      EXPECT_TRUE(k == ks);
    }
  }
}

TEST(Threading, TokenRangeTouchesOnlyItsTokens) {
  const Rope rope = make_rope(64, Pairing::half_split, 8);
  CanaryCall c;
  ApplyOptions o;
  o.token_begin = 1;
  o.token_end = 3;
  c.pos = {5, 6, 7, 1};
  ASSERT_TRUE(
      rope.apply(c.qi(), c.qo(), c.ki(), c.ko(), Positions(c.pos.data(), 4), o)
          .ok());
  const int64_t per_token = CanaryCall::kHq * CanaryCall::kHd;
  for (int64_t i = 0; i < static_cast<int64_t>(c.q_out.size()); ++i) {
    const int64_t t = i / per_token;
    const bool written = c.q_out[i] != GuardedBuffer::kCanary;
    EXPECT_EQ(written, t == 1 || t == 2) << i;
  }
}

// -------------------------------------------------------------------- ISA ---

TEST(Isa, ListingSelectionAndErrors) {
  const std::vector<IsaInfo> compiled = compiled_isas();
  const std::vector<IsaInfo> supported = supported_isas();
  ASSERT_FALSE(compiled.empty());
  ASSERT_FALSE(supported.empty());
  // The fallback, last. On arm64 NEON is the baseline and Highway's fallback:
  // no SCALAR target is compiled there. Elsewhere it is EMU128, or SCALAR
  // where Highway marks EMU128 broken (g++ before 12.3).
#if defined(__aarch64__)
  const char* const fallback = "neon";
#elif HWY_BROKEN_EMU128
  const char* const fallback = "scalar";
#else
  const char* const fallback = "emu128";
#endif
  EXPECT_STREQ(compiled.back().name, fallback);
  if (std::getenv("ROTARY_ISA") == nullptr) {
    EXPECT_EQ(active_isa(), supported.front().name);  // best by default
  }
  for (const IsaInfo& info : supported) EXPECT_TRUE(info.supported);

  const Rope rope = make_rope(64, Pairing::interleaved, 16);
  for (const IsaInfo& info : compiled) {
    SCOPED_TRACE(info.name);
    const Status st = select_isa(info.name);
    if (!info.supported) {
      EXPECT_EQ(st.code(), Code::unsupported);
      EXPECT_NE(st.message().find("does not support"), std::string::npos);
      continue;
    }
    ASSERT_TRUE(st.ok()) << st.message();
    EXPECT_EQ(active_isa(), info.name);
    CanaryCall c;
    const char* ran = nullptr;
    ApplyOptions o;
    o.isa_used = &ran;
    ASSERT_TRUE(rope.apply(c.qi(), c.qo(), c.ki(), c.ko(),
                           Positions(c.pos.data(), 4), o)
                    .ok());
    EXPECT_STREQ(ran, info.name);
  }
  const std::string before = active_isa();
  const Status bogus = select_isa("avx9000");
  expect_error(bogus, Code::invalid_argument, "unknown ISA 'avx9000'");
  EXPECT_NE(bogus.message().find(fallback), std::string::npos);  // lists names
  EXPECT_EQ(active_isa(), before);  // unchanged on error
  ASSERT_TRUE(select_isa("AUTO").ok());
  EXPECT_EQ(active_isa(), supported.front().name);
}

}  // namespace
}  // namespace test
}  // namespace rotary
