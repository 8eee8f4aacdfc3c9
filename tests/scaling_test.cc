// Scaling variants against their published formulas (written out here in the
// shape Hugging Face's modeling_rope_utils and llama.cpp give them), bad
// parameters, the sequence length, and exact cos/sin at long positions.
#include <cmath>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "rotary/rotary.hpp"
#include "tests/test_util.h"

namespace rotary {
namespace test {
namespace {

constexpr double kPi = 3.14159265358979323846;

Rope make(const RopeSpec& spec) {
  Rope rope;
  const Status st = Rope::create(spec, &rope);
  EXPECT_TRUE(st.ok()) << st.message();
  return rope;
}

RopeSpec base_spec(int64_t head_dim, double theta, ScalingKind kind) {
  RopeSpec s;
  s.head_dim = head_dim;
  s.theta = theta;
  s.scaling.kind = kind;
  return s;
}

void expect_freqs(const std::vector<double>& got,
                  const std::vector<double>& want) {
  ASSERT_EQ(got.size(), want.size());
  for (size_t i = 0; i < got.size(); ++i) {
    EXPECT_NEAR(got[i], want[i], 1e-13 * want[i]) << "pair " << i;
  }
}

// HF: inv_freq = 1 / base^(arange(0, dim, 2) / dim)
std::vector<double> hf_default(double base, int64_t dim) {
  std::vector<double> f;
  for (int64_t j = 0; j < dim; j += 2)
    f.push_back(1.0 / std::pow(base, double(j) / dim));
  return f;
}

TEST(Scaling, LinearDividesByFactor) {
  RopeSpec s = base_spec(64, 10000, ScalingKind::linear);
  s.scaling.factor = 2.5;
  std::vector<double> want = hf_default(10000, 64);
  for (double& v : want) v /= 2.5;
  expect_freqs(make(s).inv_freq(), want);
  EXPECT_EQ(make(s).attention_factor(), 1.0);
}

TEST(Scaling, DynamicGrowsBaseBeyondTheOriginalLength) {
  RopeSpec s = base_spec(128, 10000, ScalingKind::dynamic);
  s.scaling.factor = 2.0;
  s.scaling.original_max_positions = 4096;
  const Rope rope = make(s);
  // Up to the original length: the default frequencies.
  expect_freqs(rope.inv_freq(100), hf_default(10000, 128));
  expect_freqs(rope.inv_freq(4096), hf_default(10000, 128));
  for (int64_t len : {4097, 8192, 100000}) {
    // HF: base = base * ((factor * seq_len / max_pos) - (factor - 1)) ** (dim /
    // (dim - 2))
    const double base = 10000 * std::pow(2.0 * len / 4096 - 1.0, 128.0 / 126.0);
    expect_freqs(rope.inv_freq(len), hf_default(base, 128));
  }
}

// YaRN as HF writes it (find_correction_range, linear_ramp_factor, mscale).
struct Yarn {
  double base = 0, factor = 1, beta_fast = 32, beta_slow = 1;
  int64_t dim = 0, original = 0;
  bool truncate = true;
  std::vector<double> inv_freq() const {
    auto corr = [&](double rot) {
      return (dim * std::log(original / (rot * 2 * kPi))) /
             (2 * std::log(base));
    };
    double low = corr(beta_fast), high = corr(beta_slow);
    if (truncate) {
      low = std::floor(low);
      high = std::ceil(high);
    }
    low = std::max(low, 0.0);
    high = std::min(high, double(dim - 1));
    if (low == high) high += 0.001;
    std::vector<double> f;
    for (int64_t i = 0; i < dim / 2; ++i) {
      const double pos_freq = std::pow(base, 2.0 * i / dim);
      const double extra = 1.0 / pos_freq, inter = 1.0 / (factor * pos_freq);
      const double ramp = std::clamp((i - low) / (high - low), 0.0, 1.0);
      const double extra_factor = 1 - ramp;
      f.push_back(inter * (1 - extra_factor) + extra * extra_factor);
    }
    return f;
  }
};

double get_mscale(double scale, double mscale = 1) {
  return scale <= 1 ? 1.0 : 0.1 * mscale * std::log(scale) + 1.0;
}

TEST(Scaling, YarnMatchesTheFormula) {
  for (bool truncate : {true, false}) {
    for (double factor : {1.0, 4.0, 40.0}) {
      SCOPED_TRACE(factor);
      RopeSpec s = base_spec(128, 1000000, ScalingKind::yarn);
      s.scaling.factor = factor;
      s.scaling.original_max_positions = 32768;
      s.scaling.truncate = truncate;
      const Rope rope = make(s);
      Yarn y;
      y.base = 1000000;
      y.factor = factor;
      y.dim = 128;
      y.original = 32768;
      y.truncate = truncate;
      expect_freqs(rope.inv_freq(), y.inv_freq());
      EXPECT_DOUBLE_EQ(rope.attention_factor(), get_mscale(factor));
    }
  }
  // The ramp really mixes: first pair extrapolated, last interpolated.
  RopeSpec s = base_spec(128, 1000000, ScalingKind::yarn);
  s.scaling.factor = 4.0;
  s.scaling.original_max_positions = 32768;
  const std::vector<double> f = make(s).inv_freq();
  EXPECT_DOUBLE_EQ(f[0], 1.0);
  EXPECT_NEAR(f[63], hf_default(1000000, 128)[63] / 4.0, 1e-20);
}

TEST(Scaling, YarnAttentionFactorVariants) {
  RopeSpec s = base_spec(64, 10000, ScalingKind::yarn);
  s.scaling.factor = 40;
  s.scaling.original_max_positions = 4096;
  s.scaling.mscale = 0.707;
  s.scaling.mscale_all_dim = 0.707;  // DeepSeek-V2: the ratio is 1
  EXPECT_DOUBLE_EQ(make(s).attention_factor(), 1.0);
  s.scaling.mscale = 1.0;
  s.scaling.mscale_all_dim = 0.5;
  EXPECT_DOUBLE_EQ(make(s).attention_factor(),
                   get_mscale(40, 1.0) / get_mscale(40, 0.5));
  s.scaling.attention_factor = 0.75;  // explicit wins
  EXPECT_DOUBLE_EQ(make(s).attention_factor(), 0.75);
}

TEST(Scaling, Llama3MatchesTheFormula) {
  RopeSpec s = base_spec(128, 500000, ScalingKind::llama3);
  s.scaling.factor = 8;
  s.scaling.low_freq_factor = 1;
  s.scaling.high_freq_factor = 4;
  s.scaling.original_max_positions = 8192;
  const std::vector<double> base = hf_default(500000, 128);
  std::vector<double> want;
  int kept = 0, divided = 0, smoothed = 0;
  for (double inv : base) {
    const double wavelen = 2 * kPi / inv;
    const double low_freq_wavelen = 8192 / 1.0, high_freq_wavelen = 8192 / 4.0;
    if (wavelen < high_freq_wavelen) {
      want.push_back(inv);
      ++kept;
    } else if (wavelen > low_freq_wavelen) {
      want.push_back(inv / 8);
      ++divided;
    } else {
      const double smooth = (8192 / wavelen - 1) / (4 - 1);
      want.push_back((1 - smooth) * inv / 8 + smooth * inv);
      ++smoothed;
    }
  }
  EXPECT_GT(kept, 0);
  EXPECT_GT(divided, 0);
  EXPECT_GT(smoothed, 0);
  expect_freqs(make(s).inv_freq(), want);
}

// low_freq_factor == high_freq_factor is valid in HF: the smooth band is
// empty, wavelengths above original/low are divided by factor, the rest kept.
TEST(Scaling, Llama3EqualFreqFactorsHaveNoSmoothBand) {
  RopeSpec s = base_spec(128, 500000, ScalingKind::llama3);
  s.scaling.factor = 8;
  s.scaling.low_freq_factor = 2;
  s.scaling.high_freq_factor = 2;
  s.scaling.original_max_positions = 8192;
  std::vector<double> want;
  int kept = 0, divided = 0;
  for (double inv : hf_default(500000, 128)) {
    if (2 * kPi / inv > 8192 / 2.0) {
      want.push_back(inv / 8);
      ++divided;
    } else {
      want.push_back(inv);
      ++kept;
    }
  }
  EXPECT_GT(kept, 0);
  EXPECT_GT(divided, 0);
  s.max_positions = 64;
  Rope rope;
  const Status st = Rope::create(s, &rope);
  ASSERT_TRUE(st.ok()) << st.message();
  expect_freqs(rope.inv_freq(), want);
  std::vector<float> cs(64), sn(64);
  ASSERT_TRUE(rope.cos_sin(63, cs.data(), sn.data()).ok());
  for (int i = 0; i < 64; ++i) {
    EXPECT_NEAR(cs[i], std::cos(63 * want[i]), 1e-6) << i;
    EXPECT_NEAR(sn[i], std::sin(63 * want[i]), 1e-6) << i;
  }
}

TEST(Scaling, LongropeSwitchesFactorsWithTheSequenceLength) {
  RopeSpec s = base_spec(96, 10000, ScalingKind::longrope);
  s.scaling.original_max_positions = 4096;
  s.scaling.factor = 131072.0 / 4096.0;
  for (int i = 0; i < 48; ++i) {
    s.scaling.short_factor.push_back(1.0 + 0.02 * i);
    s.scaling.long_factor.push_back(1.0 + 1.3 * i);
  }
  const Rope rope = make(s);
  auto want = [&](const std::vector<double>& ext) {
    std::vector<double> f;
    for (int64_t j = 0, i = 0; j < 96; j += 2, ++i) {
      f.push_back(1.0 / (ext[i] * std::pow(10000.0, double(j) / 96)));
    }
    return f;
  };
  expect_freqs(rope.inv_freq(1), want(s.scaling.short_factor));
  expect_freqs(rope.inv_freq(4096), want(s.scaling.short_factor));
  expect_freqs(rope.inv_freq(4097), want(s.scaling.long_factor));
  EXPECT_DOUBLE_EQ(rope.attention_factor(),
                   std::sqrt(1 + std::log(32.0) / std::log(4096.0)));
}

TEST(Scaling, GgmlMapsOntoLinearAndYarn) {
  // ext_factor 0: plain linear scaling by 1/freq_scale.
  RopeSpec g = base_spec(128, 10000, ScalingKind::ggml);
  g.scaling.freq_scale = 0.25;
  RopeSpec lin = base_spec(128, 10000, ScalingKind::linear);
  lin.scaling.factor = 4;
  expect_freqs(make(g).inv_freq(), make(lin).inv_freq());
  EXPECT_EQ(make(g).attention_factor(), 1.0);
  // ext_factor 1 with n_ctx_orig: HF's YaRN; the magnitude sits in ggml's
  // attention (attn_factor * (1 + 0.1 ln(1/freq_scale))).
  g.scaling.ext_factor = 1.0;
  g.scaling.original_max_positions = 4096;
  g.scaling.attn_factor = 1.0;
  RopeSpec y = base_spec(128, 10000, ScalingKind::yarn);
  y.scaling.factor = 4;
  y.scaling.original_max_positions = 4096;
  expect_freqs(make(g).inv_freq(), make(y).inv_freq());
  EXPECT_DOUBLE_EQ(make(g).attention_factor(), make(y).attention_factor());
  // freq_factors divide per pair.
  RopeSpec ff = base_spec(8, 10000, ScalingKind::ggml);
  ff.scaling.freq_factors = {1, 2, 4, 8};
  const std::vector<double> f = make(ff).inv_freq();
  const std::vector<double> d = hf_default(10000, 8);
  for (int i = 0; i < 4; ++i) EXPECT_DOUBLE_EQ(f[i], d[i] / (1 << i));
}

TEST(Scaling, BadParametersNameTheField) {
  struct Bad {
    const char* field;
    void (*edit)(RopeSpec&);
  };
  const Bad cases[] = {
      {"scaling.factor",
       [](RopeSpec& s) {
         s.scaling.kind = ScalingKind::linear;
         s.scaling.factor = 0;
       }},
      {"scaling.factor",
       [](RopeSpec& s) {
         s.scaling.kind = ScalingKind::yarn;
         s.scaling.factor = 0.5;
         s.scaling.original_max_positions = 4;
       }},
      {"scaling.original_max_positions",
       [](RopeSpec& s) {
         s.scaling.kind = ScalingKind::yarn;
         s.scaling.factor = 2;
       }},
      {"scaling.beta_fast",
       [](RopeSpec& s) {
         s.scaling.kind = ScalingKind::yarn;
         s.scaling.factor = 2;
         s.scaling.original_max_positions = 4096;
         s.scaling.beta_fast = 1;
       }},
      {"scaling.low_freq_factor",
       [](RopeSpec& s) {
         s.scaling.kind = ScalingKind::llama3;
         s.scaling.factor = 8;
         s.scaling.original_max_positions = 8192;
         s.scaling.low_freq_factor = 5;
       }},
      {"scaling.short_factor",
       [](RopeSpec& s) {
         s.scaling.kind = ScalingKind::longrope;
         s.scaling.original_max_positions = 4096;
         s.scaling.short_factor = {1, 1};
         s.scaling.long_factor.assign(32, 1.0);
       }},
      {"scaling.long_factor[3]",
       [](RopeSpec& s) {
         s.scaling.kind = ScalingKind::longrope;
         s.scaling.original_max_positions = 4096;
         s.scaling.short_factor.assign(32, 1.0);
         s.scaling.long_factor.assign(32, 1.0);
         s.scaling.long_factor[3] = -1;
       }},
      {"scaling.freq_scale",
       [](RopeSpec& s) {
         s.scaling.kind = ScalingKind::ggml;
         s.scaling.freq_scale = 0;
       }},
      {"scaling.freq_factors",
       [](RopeSpec& s) {
         s.scaling.kind = ScalingKind::ggml;
         s.scaling.freq_factors = {1};
       }},
      {"scaling.kind",
       [](RopeSpec& s) { s.scaling.kind = static_cast<ScalingKind>(99); }},
      {"rotary_dim",
       [](RopeSpec& s) {
         s.scaling.kind = ScalingKind::dynamic;
         s.scaling.factor = 2;
         s.scaling.original_max_positions = 64;
         s.head_dim = 2;
       }},
  };
  for (const Bad& b : cases) {
    SCOPED_TRACE(b.field);
    RopeSpec s;
    s.head_dim = 64;
    b.edit(s);
    Rope rope;
    const Status st = Rope::create(s, &rope);
    EXPECT_EQ(st.code(), Code::invalid_argument);
    EXPECT_NE(st.message().find(b.field), std::string::npos) << st.message();
    EXPECT_FALSE(rope.valid());
  }
}

// Every variant through apply(): kernel vs reference, table and on the fly.
TEST(Scaling, ApplyMatchesTheReferenceForEveryVariant) {
  std::vector<RopeSpec> specs;
  RopeSpec s = base_spec(64, 10000, ScalingKind::none);
  specs.push_back(s);
  s.scaling.kind = ScalingKind::dynamic;
  s.scaling.factor = 2;
  s.scaling.original_max_positions = 256;
  specs.push_back(s);
  s.scaling.kind = ScalingKind::yarn;
  s.scaling.factor = 8;
  specs.push_back(s);
  s.scaling.kind = ScalingKind::llama3;
  specs.push_back(s);
  s.scaling.kind = ScalingKind::longrope;
  s.scaling.short_factor.assign(32, 1.5);
  s.scaling.long_factor.assign(32, 7.0);
  specs.push_back(s);
  s.scaling.kind = ScalingKind::ggml;
  s.scaling.freq_scale = 0.125;
  s.scaling.ext_factor = 1;
  s.scaling.attn_factor = 0.9;
  specs.push_back(s);
  for (const RopeSpec& spec : specs) {
    for (int64_t max_positions : {int64_t{0}, int64_t{1024}}) {
      for (Pairing pairing : {Pairing::interleaved, Pairing::half_split}) {
        RopeSpec sp = spec;
        sp.max_positions = max_positions;
        sp.pairing = pairing;
        const Rope rope = make(sp);
        SCOPED_TRACE(static_cast<int>(sp.scaling.kind));
        for (int64_t seq : {int64_t{0}, int64_t{200}, int64_t{1000}}) {
          Case c;
          c.head_dim = 64;
          c.tokens = 4;
          QkStorage got(c, 64), want(c, 64);
          got.fill_random(9);
          want.fill_random(9);
          const int64_t pos[4] = {0, 17, 250, 1000};
          ApplyOptions o;
          o.sequence_length = seq;
          ASSERT_TRUE(rope.apply(got.q, got.k, Positions(pos, 4), o).ok());
          ASSERT_TRUE(reference_apply(rope, want.q, want.q, want.k, want.k,
                                      Positions(pos, 4), o)
                          .ok());
          const std::vector<float> g = got.snapshot(), w = want.snapshot();
          for (size_t i = 0; i < g.size(); ++i) {
            // |x| <= 1, attention <= 1.3: tolerance of a pair of magnitude 2.6.
            ASSERT_NEAR(g[i], w[i], 2.6 / (1 << 21)) << i;
          }
        }
      }
    }
  }
}

// Dynamic with a table: a decode step past the original length computes its
// row on the fly (the table is never rebuilt) and still matches.
TEST(Scaling, DynamicDecodePastTheTable) {
  RopeSpec s = base_spec(64, 10000, ScalingKind::dynamic);
  s.scaling.factor = 4;
  s.scaling.original_max_positions = 512;
  s.max_positions = 512;
  const Rope rope = make(s);
  for (int64_t p : {int64_t{511}, int64_t{512}, int64_t{5000}}) {
    std::vector<float> cs(32), sn(32);
    ASSERT_TRUE(rope.cos_sin(p, cs.data(), sn.data(), p + 1).ok());
    const std::vector<double> f = rope.inv_freq(p + 1);
    for (int i = 0; i < 32; ++i) {
      EXPECT_EQ(cs[i], static_cast<float>(std::cos(p * f[i])));
      EXPECT_EQ(sn[i], static_cast<float>(std::sin(p * f[i])));
    }
    std::vector<float> q(64, 0.0f);
    q[0] = 1.0f;  // pair 0 = (0, 32)
    const Status st = rope.apply(Tensor::bshd(q.data(), 1, 1, 64), Tensor{},
                                 Positions(&p, 1));
    ASSERT_TRUE(st.ok()) << st.message();
    EXPECT_EQ(q[0], cs[0]);
    EXPECT_EQ(q[32], sn[0]);
  }
}

// sequence_length 0 means the largest position involved + 1 everywhere:
// cos_sin(p) is what apply() uses for position p alone, and equals
// cos_sin(p, p + 1); inv_freq() (no position) is a sequence of 1 token.
TEST(Scaling, SequenceLengthZeroMeansLargestPositionPlusOne) {
  RopeSpec dyn = base_spec(64, 10000, ScalingKind::dynamic);
  dyn.scaling.factor = 4;
  dyn.scaling.original_max_positions = 512;
  RopeSpec lr = base_spec(64, 10000, ScalingKind::longrope);
  lr.scaling.original_max_positions = 512;
  lr.scaling.factor = 8;
  lr.scaling.short_factor.assign(32, 1.5);
  lr.scaling.long_factor.assign(32, 6.0);
  for (const RopeSpec& spec : {dyn, lr}) {
    for (int64_t table : {int64_t{0}, int64_t{8192}}) {
      RopeSpec s = spec;
      s.max_positions = table;
      Rope rope;
      ASSERT_TRUE(Rope::create(s, &rope).ok());
      SCOPED_TRACE(table);
      expect_freqs(rope.inv_freq(), rope.inv_freq(1));
      expect_freqs(rope.inv_freq(), rope.inv_freq(512));
      for (int64_t p : {int64_t{0}, int64_t{100}, int64_t{511}, int64_t{512},
                        int64_t{5000}}) {
        SCOPED_TRACE(p);
        std::vector<float> c0(32), s0(32), c1(32), s1(32);
        ASSERT_TRUE(rope.cos_sin(p, c0.data(), s0.data()).ok());
        ASSERT_TRUE(rope.cos_sin(p, c1.data(), s1.data(), p + 1).ok());
        std::vector<float> q(64, 0.0f);
        for (int i = 0; i < 32; ++i) q[i] = 1.0f;  // pairs (i, 32 + i) = (1, 0)
        ASSERT_TRUE(rope.apply(Tensor::bshd(q.data(), 1, 1, 64), Tensor{},
                               Positions(&p, 1))
                        .ok());
        const std::vector<double> f = rope.inv_freq(p + 1);
        const double att = rope.attention_factor();
        for (int i = 0; i < 32; ++i) {
          EXPECT_EQ(c0[i], c1[i]) << i;
          EXPECT_EQ(s0[i], s1[i]) << i;
          EXPECT_EQ(q[i], c0[i]) << i;
          EXPECT_EQ(q[32 + i], s0[i]) << i;
          EXPECT_NEAR(c0[i], std::cos(p * f[i]) * att, 1e-6) << i;
        }
      }
      // The long frequencies differ from the short ones (else this proves
      // nothing), and a negative length is refused.
      EXPECT_NE(rope.inv_freq(5001)[5], rope.inv_freq()[5]);
      std::vector<float> c(32), sn(32);
      EXPECT_EQ(rope.cos_sin(3, c.data(), sn.data(), -1).code(),
                Code::invalid_argument);
    }
  }
}

// Exact angles far out: every value equals the double result rounded once,
// table and on-the-fly alike. Also prints the max error for the record.
TEST(Angles, ExactAtLongContext) {
  RopeSpec s = base_spec(128, 500000, ScalingKind::yarn);
  s.scaling.factor = 4;
  s.scaling.original_max_positions = 8192;
  const double att = make(s).attention_factor();
  for (int64_t max_positions : {int64_t{0}, (int64_t{1} << 17) + 1}) {
    RopeSpec sp = s;
    sp.max_positions = max_positions;
    const Rope rope = make(sp);
    const std::vector<double> f = rope.inv_freq();
    for (int64_t top : {int64_t{1} << 17, int64_t{1} << 20, int64_t{1} << 24,
                        int64_t{2147483647}}) {
      if (max_positions > 0 && top > max_positions - 1) continue;
      double max_ulp = 0;
      for (int64_t p = top; p > top - 2000 && p >= 0; p -= 7) {
        std::vector<float> cs(64), sn(64);
        ASSERT_TRUE(rope.cos_sin(p, cs.data(), sn.data()).ok());
        // Through the kernels too: the unit pair (1, 0) becomes (cos, sin).
        std::vector<float> q(128, 0.0f);
        for (int i = 0; i < 64; ++i) q[i] = 1.0f;
        ASSERT_TRUE(rope.apply(Tensor::bshd(q.data(), 1, 1, 128), Tensor{},
                               Positions(&p, 1))
                        .ok());
        for (int i = 0; i < 64; ++i) {
          const double th = static_cast<double>(p) * f[i];
          const double wc = std::cos(th) * att, ws = std::sin(th) * att;
          ASSERT_EQ(cs[i], static_cast<float>(wc)) << p << " " << i;
          ASSERT_EQ(sn[i], static_cast<float>(ws)) << p << " " << i;
          ASSERT_EQ(q[i], cs[i]);
          ASSERT_EQ(q[64 + i], sn[i]);
          const double ulp_c = std::nextafter(std::fabs(float(wc)), 1e30f) -
                               std::fabs(float(wc));
          const double ulp_s = std::nextafter(std::fabs(float(ws)), 1e30f) -
                               std::fabs(float(ws));
          max_ulp = std::max({max_ulp, std::fabs(cs[i] - wc) / ulp_c,
                              std::fabs(sn[i] - ws) / ulp_s});
        }
      }
      std::printf("max error vs double, positions near %lld, %s: %.3f ulp\n",
                  static_cast<long long>(top),
                  max_positions ? "table" : "on the fly", max_ulp);
    }
  }
}

}  // namespace
}  // namespace test
}  // namespace rotary
