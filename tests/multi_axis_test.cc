// Multi-axis RoPE: the presets against the models' definitions, text tokens
// against 1D RoPE bit for bit, the relative-position property per axis, the
// ggml form, and bad input.
#include <algorithm>
#include <cmath>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "rotary/rotary.hpp"

namespace rotary {
namespace {

Rope make(int64_t head_dim, int64_t rotary_dim, Pairing pairing,
          int64_t max_positions, const MultiAxis& m, double theta = 10000.0) {
  RopeSpec spec;
  spec.head_dim = head_dim;
  spec.rotary_dim = rotary_dim;
  spec.pairing = pairing;
  spec.max_positions = max_positions;
  spec.theta = theta;
  spec.multi_axis = m;
  Rope rope;
  const Status st = Rope::create(spec, &rope);
  EXPECT_TRUE(st.ok()) << st.message();
  return rope;
}

// Entries (a, b) of pair i.
void pair_of(Pairing pairing, int64_t half, int64_t i, int64_t* a, int64_t* b) {
  *a = pairing == Pairing::interleaved ? 2 * i : i;
  *b = pairing == Pairing::interleaved ? 2 * i + 1 : i + half;
}

// The angle of pair i at a token with positions (t, h, w) as the models'
// reference code defines it (Hugging Face transformers), in double.
struct Model {
  const char* name;
  int64_t head_dim;
  Pairing pairing;
  MultiAxis m;
  double (*angle)(int64_t i, const int64_t* pos, int64_t head_dim);
};

double inv_freq_1d(int64_t k, int64_t dim) {  // theta^(-2k/dim)
  return std::pow(10000.0,
                  -2.0 * static_cast<double>(k) / static_cast<double>(dim));
}

const Model kModels[] = {
    // Qwen2-VL apply_multimodal_rotary_pos_emb: cos split in sections
    // [16, 24, 24] (x2 over the rotate_half head), chunk c takes axis c % 3.
    {"qwen2_vl_text", 128, Pairing::half_split,
     mrope_sections(64, {16, 24, 24}),
     [](int64_t i, const int64_t* pos, int64_t d) {
       const int axis = i < 16 ? 0 : i < 40 ? 1 : 2;
       return static_cast<double>(pos[axis]) * inv_freq_1d(i, d);
     }},
    // Qwen3-VL apply_interleaved_mrope, mrope_section [24, 20, 20].
    {"qwen3_vl_text", 128, Pairing::half_split,
     mrope_interleaved(64, {24, 20, 20}),
     [](int64_t i, const int64_t* pos, int64_t d) {
       int axis = 0;
       for (int dim = 1; dim <= 2; ++dim) {
         const int64_t length = (dim == 1 ? 20 : 20) * 3;
         if (i >= dim && i < length && (i - dim) % 3 == 0) axis = dim;
       }
       return static_cast<double>(pos[axis]) * inv_freq_1d(i, d);
     }},
    // Qwen2-VL VisionRotaryEmbedding(head_dim / 2): [h freqs | w freqs],
    // freqs theta^(-2j/(head_dim/2)), duplicated for rotate_half.
    {"qwen2_vl_vision", 80, Pairing::half_split, vision_2d_qwen(40),
     [](int64_t i, const int64_t* pos, int64_t d) {
       const int64_t q = d / 4;
       const int axis = i < q ? 0 : 1;
       return static_cast<double>(pos[axis]) * inv_freq_1d(i % q, d / 2);
     }},
    // Pixtral: freqs of the whole head, h the even ones, w the odd ones.
    {"pixtral", 64, Pairing::half_split, pixtral_2d(32),
     [](int64_t i, const int64_t* pos, int64_t d) {
       const int64_t q = d / 4;
       return i < q ? static_cast<double>(pos[0]) * inv_freq_1d(2 * i, d)
                    : static_cast<double>(pos[1]) *
                          inv_freq_1d(2 * (i - q) + 1, d);
     }},
    // Llama 4 vision: rope_freq over freq_dim = head_dim / 2, x then y,
    // complex (interleaved) pairs.
    {"llama4_vision", 88, Pairing::interleaved, llama4_vision(44),
     [](int64_t i, const int64_t* pos, int64_t d) {
       const int64_t q = d / 4;
       return static_cast<double>(pos[i < q ? 0 : 1]) *
              inv_freq_1d(i % q, d / 2);
     }},
};

// Rotating unit pairs (1, 0) gives (cos, sin) of each pair's angle.
TEST(MultiAxis, PresetsMatchTheModelsDefinitions) {
  for (const Model& model : kModels) {
    SCOPED_TRACE(model.name);
    const int64_t d = model.head_dim, half = d / 2;
    for (int64_t table : {0, 512}) {
      const Rope rope = make(d, 0, model.pairing, table, model.m);
      const int axes = model.m.axes;
      const int64_t tokens = 4;
      const int64_t pos[4][3] = {
          {0, 0, 0}, {7, 3, 11}, {500, 17, 2}, {13, 13, 13}};
      std::vector<int64_t> streams(static_cast<size_t>(axes * tokens));
      for (int a = 0; a < axes; ++a) {
        for (int64_t t = 0; t < tokens; ++t) {
          streams[static_cast<size_t>(a * tokens + t)] = pos[t][a];
        }
      }
      std::vector<float> x(static_cast<size_t>(tokens * d), 0.0f);
      for (int64_t t = 0; t < tokens; ++t) {
        for (int64_t i = 0; i < half; ++i) {
          int64_t ea, eb;
          pair_of(model.pairing, half, i, &ea, &eb);
          x[static_cast<size_t>(t * d + ea)] = 1.0f;
        }
      }
      const Status st = rope.apply(
          Tensor::bshd(x.data(), tokens, 1, d), Tensor(),
          Positions::multi_axis(streams.data(), axes, tokens, tokens));
      ASSERT_TRUE(st.ok()) << st.message();
      for (int64_t t = 0; t < tokens; ++t) {
        for (int64_t i = 0; i < half; ++i) {
          int64_t ea, eb;
          pair_of(model.pairing, half, i, &ea, &eb);
          const double angle = model.angle(i, pos[t], d);
          EXPECT_NEAR(x[static_cast<size_t>(t * d + ea)], std::cos(angle), 2e-7)
              << "token " << t << " pair " << i;
          EXPECT_NEAR(x[static_cast<size_t>(t * d + eb)], std::sin(angle), 2e-7)
              << "token " << t << " pair " << i;
        }
      }
    }
  }
}

// Text tokens (every axis at one position) equal 1D RoPE bit for bit, for
// every preset whose frequencies are the 1D ones, from the table, on the
// fly and from a caller cache, f32 and bf16.
TEST(MultiAxis, TextTokensEqualOneDimensionalRopeExactly) {
  auto ggml = [](int64_t half, int s0, int s1, int s2, int mode) {
    const int sections[4] = {s0, s1, s2, 0};
    MultiAxis m;
    EXPECT_TRUE(ggml_multi_axis(half, sections, mode, &m).ok());
    return m;
  };
  struct Text {
    const char* name;
    int64_t head_dim, rotary_dim;
    MultiAxis m;
  };
  const Text presets[] = {
      {"mrope_sections", 128, 0, mrope_sections(64, {16, 24, 24})},
      {"mrope_interleaved", 128, 0, mrope_interleaved(64, {24, 20, 20})},
      {"qwen3.5 partial", 256, 64, mrope_interleaved(32, {11, 11, 10})},
      {"ggml mrope", 128, 0, ggml(64, 16, 24, 24, 8)},
      {"ggml imrope", 128, 0, ggml(64, 24, 20, 20, 40)},
  };
  std::mt19937 rng(7);
  std::uniform_real_distribution<float> u(-1.0f, 1.0f);
  for (const Text& p : presets) {
    for (Pairing pairing : {Pairing::half_split, Pairing::interleaved}) {
      for (int64_t table : {0, 4096}) {
        for (bool use_cache : {false, true}) {
          if (use_cache && table == 0) continue;
          SCOPED_TRACE(std::string(p.name) + " table " + std::to_string(table) +
                       (use_cache ? " cache" : ""));
          const Rope one =
              make(p.head_dim, p.rotary_dim, pairing, table, MultiAxis());
          const Rope multi =
              make(p.head_dim, p.rotary_dim, pairing, table, p.m);
          const int64_t tokens = 37, heads = 3, d = p.head_dim;
          const int64_t rd = one.spec().rotary_dim, half = rd / 2;
          std::vector<int32_t> pos(static_cast<size_t>(tokens));
          for (int64_t t = 0; t < tokens; ++t) {
            pos[static_cast<size_t>(t)] =
                static_cast<int32_t>(t < 20 ? 100 + t : (t * 977) % 4096);
          }
          std::vector<int32_t> streams;
          for (int a = 0; a < p.m.axes; ++a) {
            streams.insert(streams.end(), pos.begin(), pos.end());
          }
          // A packed vLLM-style cache of the plan's own values.
          std::vector<float> cache(static_cast<size_t>(table * rd));
          for (int64_t r = 0; r < table && use_cache; ++r) {
            one.cos_sin(r, cache.data() + r * rd, cache.data() + r * rd + half);
          }
          const CosSinCache cs = CosSinCache::packed(cache.data(), table, rd);
          ApplyOptions options;
          if (use_cache) options.cos_sin = &cs;
          for (DType dtype : {DType::f32, DType::bf16}) {
            const size_t n = static_cast<size_t>(tokens * heads * d);
            std::vector<float> a(n), b;
            for (float& v : a) v = u(rng);
            std::vector<bf16> a16(n);
            for (size_t i = 0; i < n; ++i) a16[i] = to_bf16(a[i]);
            b = a;
            std::vector<bf16> b16 = a16;
            Status s1, s2;
            if (dtype == DType::f32) {
              s1 = one.apply(Tensor::bshd(a.data(), tokens, heads, d), Tensor(),
                             Positions(pos.data(), tokens), options);
              s2 = multi.apply(Tensor::bshd(b.data(), tokens, heads, d),
                               Tensor(),
                               Positions::multi_axis(streams.data(), p.m.axes,
                                                     tokens, tokens),
                               options);
              EXPECT_EQ(std::memcmp(a.data(), b.data(), n * sizeof(float)), 0);
            } else {
              s1 = one.apply(Tensor::bshd(a16.data(), tokens, heads, d),
                             Tensor(), Positions(pos.data(), tokens), options);
              s2 = multi.apply(Tensor::bshd(b16.data(), tokens, heads, d),
                               Tensor(),
                               Positions::multi_axis(streams.data(), p.m.axes,
                                                     tokens, tokens),
                               options);
              EXPECT_EQ(std::memcmp(a16.data(), b16.data(), n * sizeof(bf16)),
                        0);
            }
            ASSERT_TRUE(s1.ok()) << s1.message();
            ASSERT_TRUE(s2.ok()) << s2.message();
          }
        }
      }
    }
  }
}

// A one-token (decode) call takes its own path to the kernels (its row
// fetched or built on the stack); each token of a longer call, rotated
// alone, must come out bit for bit as in that call: 1D and multi-axis specs,
// both pairings, rows from the table or a caller cache (f32, bf16; packed,
// separate, per token), image-like positions.
TEST(MultiAxis, OneTokenCallsEqualTheirTokenInALongerCall) {
  struct Layout {
    const char* name;
    int64_t head_dim;
    MultiAxis m;
  };
  const Layout layouts[] = {
      {"1d", 128, MultiAxis()},
      {"mrope_sections", 128, mrope_sections(64, {16, 24, 24})},
      {"mrope_interleaved", 128, mrope_interleaved(64, {24, 20, 20})},
      {"vision_2d_qwen", 128, vision_2d_qwen(64)},
      {"vision_2d_qwen 80", 80, vision_2d_qwen(40)},
      {"pixtral_2d", 64, pixtral_2d(32)},
      {"llama4_vision", 88, llama4_vision(44)},
  };
  enum Source {
    kTableRows,
    kPackedF32,
    kPackedBf16,
    kSeparateF32,
    kPerTokenF32
  };
  std::mt19937 rng(11);
  std::uniform_real_distribution<float> u(-1.0f, 1.0f);
  constexpr int64_t kTable = 512, tokens = 9, heads = 3;
  for (const Layout& l : layouts) {
    for (Pairing pairing : {Pairing::half_split, Pairing::interleaved}) {
      const Rope one = make(l.head_dim, 0, pairing, kTable, MultiAxis());
      const Rope rope = make(l.head_dim, 0, pairing, kTable, l.m);
      const int64_t d = l.head_dim, half = d / 2;
      const int axes = l.m.axes;
      // Axis a of token t at streams[a * tokens + t]; 1D: axis 0.
      std::vector<int32_t> streams(
          static_cast<size_t>(std::max(1, axes) * tokens));
      for (int32_t& p : streams) p = static_cast<int32_t>(rng() % kTable);
      // The plan's own rows as caches: packed and separate by position,
      // and per token (the rows of axis 0's positions).
      std::vector<float> packed(static_cast<size_t>(kTable * d));
      std::vector<float> cos(static_cast<size_t>(kTable * half)),
          sin(cos.size());
      for (int64_t r = 0; r < kTable; ++r) {
        ASSERT_TRUE(
            one.cos_sin(r, packed.data() + r * d, packed.data() + r * d + half)
                .ok());
        std::memcpy(cos.data() + r * half, packed.data() + r * d,
                    static_cast<size_t>(half) * sizeof(float));
        std::memcpy(sin.data() + r * half, packed.data() + r * d + half,
                    static_cast<size_t>(half) * sizeof(float));
      }
      std::vector<bf16> packed16(packed.size());
      for (size_t i = 0; i < packed.size(); ++i) {
        packed16[i] = to_bf16(packed[i]);
      }
      std::vector<float> per_token(static_cast<size_t>(tokens * d));
      for (int64_t t = 0; t < tokens; ++t) {
        std::memcpy(per_token.data() + t * d,
                    packed.data() + streams[static_cast<size_t>(t)] * d,
                    static_cast<size_t>(d) * sizeof(float));
      }
      for (Source source :
           {kTableRows, kPackedF32, kPackedBf16, kSeparateF32, kPerTokenF32}) {
        SCOPED_TRACE(std::string(l.name) + " pairing " +
                     std::to_string(static_cast<int>(pairing)) + " source " +
                     std::to_string(static_cast<int>(source)));
        CosSinCache cs;
        switch (source) {
          case kTableRows:
            break;
          case kPackedF32:
            cs = CosSinCache::packed(packed.data(), kTable, d);
            break;
          case kPackedBf16:
            cs = CosSinCache::packed(packed16.data(), kTable, d);
            break;
          case kSeparateF32:
            cs = CosSinCache::separate(cos.data(), sin.data(), kTable, half);
            break;
          case kPerTokenF32:
            cs = CosSinCache{per_token.data(),
                             per_token.data() + half,
                             DType::f32,
                             CacheIndex::per_token,
                             0,
                             0,
                             0,
                             d};
            break;
        }
        const size_t n = static_cast<size_t>(tokens * heads * d);
        std::vector<float> q(n), k(n);
        for (float& v : q) v = u(rng);
        for (float& v : k) v = u(rng);
        std::vector<float> q1 = q, k1 = k;
        const auto positions = [&](int64_t t0, int64_t count) {
          const int32_t* p = streams.data() + t0;
          return axes == 0 ? Positions(p, count)
                           : Positions::multi_axis(p, axes, count, tokens);
        };
        ApplyOptions all;
        if (source != kTableRows) all.cos_sin = &cs;
        const Status st = rope.apply(Tensor::bshd(q.data(), tokens, heads, d),
                                     Tensor::bshd(k.data(), tokens, heads, d),
                                     positions(0, tokens), all);
        ASSERT_TRUE(st.ok()) << st.message();
        for (int64_t t = 0; t < tokens; ++t) {
          CosSinCache cs1 = cs;
          if (source == kPerTokenF32) {  // token t's row
            cs1.cos = per_token.data() + t * d;
            cs1.sin = per_token.data() + t * d + half;
          }
          ApplyOptions opt;
          if (source != kTableRows) opt.cos_sin = &cs1;
          const Status s1 =
              rope.apply(Tensor::bshd(q1.data() + t * heads * d, 1, heads, d),
                         Tensor::bshd(k1.data() + t * heads * d, 1, heads, d),
                         positions(t, 1), opt);
          ASSERT_TRUE(s1.ok()) << s1.message();
        }
        EXPECT_EQ(std::memcmp(q.data(), q1.data(), n * sizeof(float)), 0);
        EXPECT_EQ(std::memcmp(k.data(), k1.data(), n * sizeof(float)), 0);
      }
    }
  }
}

// Scores depend only on the difference of each axis's positions: shifting
// one axis of both q and k leaves q.k unchanged.
TEST(MultiAxis, ScoresDependOnPositionDifferencesPerAxis) {
  std::mt19937 rng(11);
  std::uniform_real_distribution<float> u(-1.0f, 1.0f);
  for (const Model& model : kModels) {
    SCOPED_TRACE(model.name);
    const int64_t d = model.head_dim;
    const int axes = model.m.axes;
    const Rope rope = make(d, 0, model.pairing, 0, model.m);
    std::vector<float> q0(static_cast<size_t>(d)), k0(q0.size());
    for (float& v : q0) v = u(rng);
    for (float& v : k0) v = u(rng);
    auto score = [&](const int64_t* pq, const int64_t* pk) {
      std::vector<float> q = q0, k = k0;
      EXPECT_TRUE(rope.apply(Tensor::bshd(q.data(), 1, 1, d), Tensor(),
                             Positions::multi_axis(pq, axes, 1, 1))
                      .ok());
      EXPECT_TRUE(rope.apply(Tensor::bshd(k.data(), 1, 1, d), Tensor(),
                             Positions::multi_axis(pk, axes, 1, 1))
                      .ok());
      double s = 0;
      for (int64_t j = 0; j < d; ++j) {
        s += static_cast<double>(q[static_cast<size_t>(j)]) *
             k[static_cast<size_t>(j)];
      }
      return s;
    };
    const int64_t pq[3] = {40, 9, 21}, pk[3] = {33, 2, 25};
    const double base = score(pq, pk);
    for (int a = 0; a < axes; ++a) {
      for (int64_t shift : {1, 37, 1000}) {
        int64_t sq[3] = {pq[0], pq[1], pq[2]}, sk[3] = {pk[0], pk[1], pk[2]};
        sq[a] += shift;
        sk[a] += shift;
        EXPECT_NEAR(score(sq, sk), base, 2e-5)
            << "axis " << a << " shift " << shift;
      }
      // A shift of q's axis alone changes the score (the axis matters).
      int64_t sq[3] = {pq[0], pq[1], pq[2]};
      sq[a] += 5;
      EXPECT_GT(std::fabs(score(sq, pk) - base), 1e-4) << "axis " << a;
    }
  }
}

TEST(MultiAxis, GgmlFormMatchesThePresets) {
  MultiAxis m;
  const int mrope[4] = {16, 24, 24, 0};
  ASSERT_TRUE(ggml_multi_axis(64, mrope, 8, &m).ok());
  EXPECT_EQ(m.axes, 4);
  EXPECT_EQ(m.pair_axis, mrope_sections(64, {16, 24, 24}).pair_axis);
  EXPECT_TRUE(m.pair_freq.empty());
  const int imrope[4] = {24, 20, 20, 0};
  ASSERT_TRUE(ggml_multi_axis(64, imrope, 40, &m).ok());
  // As ggml: pairs past every section take the 4th stream where HF
  // keeps t; the rest agree (61, 62).
  const MultiAxis hf = mrope_interleaved(64, {24, 20, 20});
  for (int64_t i = 0; i < 64; ++i) {
    EXPECT_EQ(m.pair_axis[i], i == 61 || i == 62 ? 3 : hf.pair_axis[i]) << i;
  }
  const int vision[4] = {16, 16, 0, 0};
  ASSERT_TRUE(ggml_multi_axis(32, vision, 24, &m).ok());
  const MultiAxis v = vision_2d_ggml(32, {16, 16});
  EXPECT_EQ(m.pair_axis, v.pair_axis);
  EXPECT_EQ(m.pair_freq, v.pair_freq);
  EXPECT_EQ(v.pair_freq, vision_2d_qwen(32).pair_freq);
  // IMROPE's 4th stream takes the pairs past 3 * sections[0].
  const int short_t[4] = {10, 20, 20, 14};
  ASSERT_TRUE(ggml_multi_axis(64, short_t, 40, &m).ok());
  EXPECT_EQ(m.pair_axis[27], 0);
  EXPECT_EQ(m.pair_axis[30], 3);
  EXPECT_EQ(m.pair_axis[31], 1);
  const int bad[4] = {16, 24, 24, 0};
  EXPECT_EQ(ggml_multi_axis(64, bad, 2, &m).code(), Code::invalid_argument);
  const int negative[4] = {16, -1, 24, 0};
  EXPECT_EQ(ggml_multi_axis(64, negative, 8, &m).code(),
            Code::invalid_argument);
  EXPECT_TRUE(multi_axis_preset("pixtral_2d", 32, {}, &m).ok());
  EXPECT_EQ(m.pair_freq, pixtral_2d(32).pair_freq);
  const Status st = multi_axis_preset("nope", 32, {}, &m);
  EXPECT_EQ(st.code(), Code::invalid_argument);
  EXPECT_NE(st.message().find("vision_2d_qwen"), std::string::npos);
  EXPECT_EQ(multi_axis_preset("mrope", 64, {16, 24, 23}, &m).code(),
            Code::invalid_argument);
}

TEST(MultiAxis, BadSpecsNameTheField) {
  RopeSpec spec;
  spec.head_dim = 128;
  Rope rope;
  const MultiAxis cases[] = {
      mrope_sections(64, {16, 24, 23}),  // sections do not sum
      mrope_interleaved(64, {24, 20, 21}),
      vision_2d_qwen(63),
      [] {
        MultiAxis m = mrope_sections(64, {16, 24, 24});
        m.pair_axis[5] = 3;  // past axes
        return m;
      }(),
      [] {
        MultiAxis m = vision_2d_qwen(64);
        m.pair_freq[2] = 64;  // past the pairs
        return m;
      }(),
  };
  for (const MultiAxis& m : cases) {
    spec.multi_axis = m;
    const Status st = Rope::create(spec, &rope);
    EXPECT_EQ(st.code(), Code::invalid_argument);
    EXPECT_NE(st.message().find("spec.multi_axis"), std::string::npos)
        << st.message();
    EXPECT_FALSE(rope.valid());
  }
  // Qwen3.5's sections fit its partial rotary_dim only.
  spec.multi_axis = mrope_interleaved(32, {11, 11, 10});
  EXPECT_EQ(Rope::create(spec, &rope).code(), Code::invalid_argument);
  spec.head_dim = 256;
  spec.rotary_dim = 64;
  EXPECT_TRUE(Rope::create(spec, &rope).ok());
}

TEST(MultiAxis, BadPositionsWriteNothing) {
  const int64_t d = 128, tokens = 4;
  const Rope multi =
      make(d, 0, Pairing::half_split, 64, mrope_sections(64, {16, 24, 24}));
  const Rope one = make(d, 0, Pairing::half_split, 64, MultiAxis());
  std::vector<float> x(static_cast<size_t>(tokens * d), 0.25f);
  const std::vector<float> before = x;
  const Tensor q = Tensor::bshd(x.data(), tokens, 1, d);
  std::vector<int64_t> streams = {1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3, 4};
  std::vector<int64_t> flat = {1, 2, 3, 4};
  struct Bad {
    const Rope* rope;
    Positions positions;
    Code code;
    const char* needle;
  };
  std::vector<int64_t> negative = streams;
  negative[2 * tokens + 1] = -3;
  std::vector<int64_t> past = streams;
  past[tokens + 3] = 64;
  const Bad cases[] = {
      {&multi, Positions(flat.data(), tokens), Code::invalid_argument,
       "positions.axes is 0"},
      {&multi, Positions::multi_axis(streams.data(), 2, tokens, tokens),
       Code::invalid_argument, "positions.axes is 2"},
      {&one, Positions::multi_axis(streams.data(), 3, tokens, tokens),
       Code::invalid_argument, "positions.axes is 3"},
      {&multi, Positions::multi_axis(streams.data(), 3, tokens, -1),
       Code::invalid_argument, "positions.axis_stride"},
      {&multi, Positions::multi_axis(negative.data(), 3, tokens, tokens),
       Code::position_out_of_range, "axis 2"},
      {&multi, Positions::multi_axis(past.data(), 3, tokens, tokens),
       Code::position_out_of_range, "axis 1"},
  };
  for (const Bad& b : cases) {
    const Status st = b.rope->apply(q, Tensor(), b.positions);
    EXPECT_EQ(st.code(), b.code) << st.message();
    EXPECT_NE(st.message().find(b.needle), std::string::npos) << st.message();
    EXPECT_EQ(x, before);
  }
  EXPECT_TRUE(
      multi
          .apply(q, Tensor(),
                 Positions::multi_axis(streams.data(), 3, tokens, tokens))
          .ok());
}

}  // namespace
}  // namespace rotary
