// Bundled model configs parse to the spec their model cards imply; broken or
// unsupported configs are clear errors.
#include <cmath>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "rotary/rotary.hpp"

namespace rotary {
namespace test {
namespace {

RopeSpec load(const std::string& name) {
  RopeSpec spec;
  const Status st = spec_from_config_file(
      std::string(ROTARY_TEST_DATA) + "/configs/" + name, &spec);
  EXPECT_TRUE(st.ok()) << name << ": " << st.message();
  // Every bundled config must also make a plan (without the big table).
  RopeSpec small = spec;
  small.max_positions = 0;
  Rope rope;
  const Status created = Rope::create(small, &rope);
  EXPECT_TRUE(created.ok()) << name << ": " << created.message();
  return spec;
}

TEST(Config, Llama31) {
  const RopeSpec s = load("llama-3.1-8b.json");
  EXPECT_EQ(s.head_dim, 128);
  EXPECT_EQ(s.rotary_dim, 128);
  EXPECT_EQ(s.theta, 500000.0);
  EXPECT_EQ(s.pairing, Pairing::half_split);
  EXPECT_EQ(s.max_positions, 131072);
  EXPECT_EQ(s.scaling.kind, ScalingKind::llama3);
  EXPECT_EQ(s.scaling.factor, 8.0);
  EXPECT_EQ(s.scaling.low_freq_factor, 1.0);
  EXPECT_EQ(s.scaling.high_freq_factor, 4.0);
  EXPECT_EQ(s.scaling.original_max_positions, 8192);
}

TEST(Config, Qwen25Yarn) {
  const RopeSpec s = load("qwen2.5-7b-yarn.json");
  EXPECT_EQ(s.head_dim, 128);  // 3584 / 28
  EXPECT_EQ(s.theta, 1000000.0);
  EXPECT_EQ(s.scaling.kind, ScalingKind::yarn);
  EXPECT_EQ(s.scaling.factor, 4.0);
  EXPECT_EQ(s.scaling.original_max_positions, 32768);
  EXPECT_EQ(s.scaling.beta_fast, 32.0);
  EXPECT_EQ(s.scaling.beta_slow, 1.0);
  RopeSpec small = s;
  small.max_positions = 0;
  Rope rope;
  ASSERT_TRUE(Rope::create(small, &rope).ok());
  EXPECT_DOUBLE_EQ(rope.attention_factor(), 0.1 * std::log(4.0) + 1.0);
}

// The table covers the context the YaRN recipe serves: 32768 * 4 positions,
// though max_position_embeddings says 32768.
TEST(Config, Qwen25YarnTableServesTheScaledContext) {
  const RopeSpec s = load("qwen2.5-7b-yarn.json");
  EXPECT_EQ(s.max_positions, 131072);
  Rope rope;
  ASSERT_TRUE(Rope::create(s, &rope).ok());
  std::vector<float> q(128, 0.0f);
  for (int64_t p : {int64_t{40000}, int64_t{131071}}) {
    const Status st = rope.apply(Tensor::bshd(q.data(), 1, 1, 128), Tensor{},
                                 Positions(&p, 1));
    EXPECT_TRUE(st.ok()) << p << ": " << st.message();
  }
  const int64_t past = 131072;
  EXPECT_EQ(rope.apply(Tensor::bshd(q.data(), 1, 1, 128), Tensor{},
                       Positions(&past, 1))
                .code(),
            Code::position_out_of_range);
}

// Table size per kind: yarn and linear length x factor, the others
// max_position_embeddings (see spec_from_config_json).
TEST(Config, TableSizePerScalingKind) {
  struct Case {
    const char* scaling;
    int64_t rows;
  };
  const Case cases[] = {
      {"{\"type\": \"linear\", \"factor\": 4}", 16384},
      {"{\"type\": \"linear\", \"factor\": 2.5, "
       "\"original_max_position_embeddings\": 2048}",
       5120},
      {"{\"type\": \"linear\", \"factor\": 0.5}", 4096},
      {"{\"type\": \"yarn\", \"factor\": 8, "
       "\"original_max_position_embeddings\": 1024}",
       8192},
      {"{\"type\": \"yarn\", \"factor\": 2, "
       "\"original_max_position_embeddings\": 1024}",
       4096},                                          // never below max
      {"{\"type\": \"yarn\", \"factor\": 3}", 12288},  // original = max
      {"{\"type\": \"dynamic\", \"factor\": 4}", 4096},
      {"{\"rope_type\": \"llama3\", \"factor\": 32, \"low_freq_factor\": 1, "
       "\"high_freq_factor\": 4, \"original_max_position_embeddings\": 1024}",
       4096},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.scaling);
    RopeSpec spec;
    const Status st = spec_from_config_json(
        std::string("{\"head_dim\": 8, \"max_position_embeddings\": 4096, "
                    "\"rope_scaling\": ") +
            c.scaling + "}",
        &spec);
    ASSERT_TRUE(st.ok()) << st.message();
    EXPECT_EQ(spec.max_positions, c.rows);
  }
}

TEST(Config, Phi3Longrope) {
  const RopeSpec s = load("phi-3-128k-longrope.json");
  EXPECT_EQ(s.head_dim, 96);  // 3072 / 32
  EXPECT_EQ(s.rotary_dim, 96);
  EXPECT_EQ(s.scaling.kind, ScalingKind::longrope);  // "su" is longrope
  EXPECT_EQ(s.scaling.original_max_positions, 4096);
  EXPECT_EQ(s.scaling.factor, 32.0);  // 131072 / 4096
  EXPECT_EQ(s.max_positions, 131072);
  ASSERT_EQ(s.scaling.short_factor.size(), 48u);
  ASSERT_EQ(s.scaling.long_factor.size(), 48u);
  EXPECT_EQ(s.scaling.short_factor[0], 1.05);
  EXPECT_EQ(s.scaling.long_factor[47], 64.81001281738281);
  RopeSpec small = s;
  small.max_positions = 0;
  Rope rope;
  ASSERT_TRUE(Rope::create(small, &rope).ok());
  EXPECT_DOUBLE_EQ(rope.attention_factor(),
                   std::sqrt(1.0 + std::log(32.0) / std::log(4096.0)));
  // Long factors past 4096 tokens.
  EXPECT_DOUBLE_EQ(rope.inv_freq(4097)[47],
                   1.0 / (64.81001281738281 * std::pow(10000.0, 94.0 / 96.0)));
  EXPECT_DOUBLE_EQ(rope.inv_freq(4096)[47],
                   1.0 / (3.049999999999997 * std::pow(10000.0, 94.0 / 96.0)));
}

// transformers v5 keeps everything in rope_parameters and has no factor:
// HF then takes factor = max_position_embeddings / original (131072 / 4096).
TEST(Config, Phi35LongropeV5Layout) {
  const RopeSpec s = load("phi-3.5-mini-v5.json");
  EXPECT_EQ(s.head_dim, 96);
  EXPECT_EQ(s.theta, 10000.0);
  EXPECT_EQ(s.scaling.kind, ScalingKind::longrope);
  EXPECT_EQ(s.scaling.original_max_positions, 4096);
  EXPECT_EQ(s.scaling.factor, 32.0);
  ASSERT_EQ(s.scaling.short_factor.size(), 48u);
  ASSERT_EQ(s.scaling.long_factor.size(), 48u);
  EXPECT_EQ(s.scaling.short_factor[1], 1.0199999809265137);
  EXPECT_EQ(s.scaling.long_factor[47], 64.83999633789062);
  RopeSpec small = s;
  small.max_positions = 0;
  Rope rope;
  ASSERT_TRUE(Rope::create(small, &rope).ok());
  // sqrt(1 + ln(32) / ln(4096)), worked out by hand.
  EXPECT_NEAR(rope.attention_factor(), 1.1902380714238083, 1e-15);
}

// In the legacy layout an explicit factor wins over the ratio of the lengths
// (transformers v5), and rope_scaling's original length over the top level.
TEST(Config, LongropeExplicitFactorWins) {
  std::string ones = "[1";
  for (int i = 1; i < 4; ++i) ones += ", 1";
  ones += "]";
  RopeSpec s;
  ASSERT_TRUE(
      spec_from_config_json(
          "{\"head_dim\": 8, \"max_position_embeddings\": 131072, "
          "\"original_max_position_embeddings\": 4096, \"rope_scaling\": "
          "{\"type\": \"longrope\", \"factor\": 16, \"short_factor\": " +
              ones + ", \"long_factor\": " + ones + "}}",
          &s)
          .ok());
  EXPECT_EQ(s.scaling.original_max_positions, 4096);
  EXPECT_EQ(s.scaling.factor, 16.0);
  RopeSpec small = s;
  small.max_positions = 0;
  Rope rope;
  ASSERT_TRUE(Rope::create(small, &rope).ok());
  // sqrt(1 + ln(16) / ln(4096)) = sqrt(1 + 4/12)
  EXPECT_NEAR(rope.attention_factor(), std::sqrt(4.0 / 3.0), 1e-15);
  ASSERT_TRUE(
      spec_from_config_json(
          "{\"head_dim\": 8, \"max_position_embeddings\": 131072, "
          "\"original_max_position_embeddings\": 4096, \"rope_scaling\": "
          "{\"type\": \"longrope\", \"original_max_position_embeddings\": "
          "8192, \"short_factor\": " +
              ones + ", \"long_factor\": " + ones + "}}",
          &s)
          .ok());
  EXPECT_EQ(s.scaling.original_max_positions, 8192);
  EXPECT_EQ(s.scaling.factor, 16.0);  // 131072 / 8192
}

// transformers 5 serializes Phi-3 with the original length inside
// rope_parameters and no factor: the factor is still the ratio of lengths.
TEST(Config, LongropeFactorFromLengthsInRopeParameters) {
  RopeSpec s;
  ASSERT_TRUE(spec_from_config_json(
                  "{\"head_dim\": 8, \"max_position_embeddings\": 131072, "
                  "\"rope_parameters\": {\"rope_type\": \"longrope\", "
                  "\"rope_theta\": 10000.0, \"short_factor\": [1, 1, 1, 1], "
                  "\"long_factor\": [2, 2, 2, 2], "
                  "\"original_max_position_embeddings\": 4096}}",
                  &s)
                  .ok());
  EXPECT_EQ(s.scaling.original_max_positions, 4096);
  EXPECT_EQ(s.scaling.factor, 32.0);
}

TEST(Config, DeepSeekV2LiteYarnWithMscale) {
  const RopeSpec s = load("deepseek-v2-lite.json");
  EXPECT_EQ(s.head_dim, 64);  // qk_rope_head_dim: the rope part of a head
  EXPECT_EQ(s.rotary_dim, 64);
  EXPECT_EQ(s.pairing, Pairing::interleaved);
  EXPECT_EQ(s.scaling.kind, ScalingKind::yarn);
  EXPECT_EQ(s.scaling.factor, 40.0);
  EXPECT_EQ(s.scaling.mscale, 0.707);
  EXPECT_EQ(s.scaling.mscale_all_dim, 0.707);
  EXPECT_EQ(s.scaling.original_max_positions, 4096);
  EXPECT_EQ(s.max_positions, 163840);
  RopeSpec small = s;
  small.max_positions = 0;
  Rope rope;
  ASSERT_TRUE(Rope::create(small, &rope).ok());
  EXPECT_DOUBLE_EQ(rope.attention_factor(), 1.0);  // equal mscales cancel
}

TEST(Config, Mistral) {
  const RopeSpec s = load("mistral-7b-v0.1.json");
  EXPECT_EQ(s.head_dim, 128);
  EXPECT_EQ(s.theta, 10000.0);
  EXPECT_EQ(s.scaling.kind, ScalingKind::none);
  EXPECT_EQ(s.max_positions, 32768);
}

TEST(Config, GptJInterleavedPartial) {
  const RopeSpec s = load("gpt-j-6b.json");
  EXPECT_EQ(s.head_dim, 256);  // 4096 / 16
  EXPECT_EQ(s.rotary_dim, 64);
  EXPECT_EQ(s.pairing, Pairing::interleaved);
  EXPECT_EQ(s.theta, 10000.0);
  EXPECT_EQ(s.max_positions, 2048);
}

TEST(Config, NeoXAndPhi2Partial) {
  const RopeSpec neox = load("gpt-neox-20b.json");
  EXPECT_EQ(neox.head_dim, 96);  // 6144 / 64
  EXPECT_EQ(neox.rotary_dim, 24);
  EXPECT_EQ(neox.pairing, Pairing::half_split);
  const RopeSpec phi2 = load("phi-2.json");
  EXPECT_EQ(phi2.head_dim, 80);
  EXPECT_EQ(phi2.rotary_dim, 32);
}

// Qwen2-VL / Qwen3-VL configs name multimodal RoPE: read as the sections
// they give, at whichever level, never as 1D RoPE.
TEST(Config, MultimodalRopeIsRead) {
  struct Case {
    const char* json;
    bool interleaved;
    std::vector<int64_t> sections;
  };
  const Case cases[] = {
      // Qwen3-VL: the language model's fields under text_config.
      {"{\"model_type\": \"qwen3_vl\", \"text_config\": {\"head_dim\": 128, "
       "\"num_attention_heads\": 32, \"rope_theta\": 5000000, "
       "\"rope_scaling\": "
       "{\"rope_type\": \"default\", \"mrope_interleaved\": true, "
       "\"mrope_section\": [24, 20, 20]}}}",
       true,
       {24, 20, 20}},
      // Qwen2-VL: top level, legacy type mrope, or default with the section.
      {"{\"hidden_size\": 3584, \"num_attention_heads\": 28, \"rope_scaling\": "
       "{\"type\": \"mrope\", \"mrope_section\": [16, 24, 24]}}",
       false,
       {16, 24, 24}},
      {"{\"head_dim\": 128, \"rope_parameters\": {\"rope_type\": \"default\", "
       "\"mrope_section\": [16, 24, 24], \"mrope_interleaved\": false}}",
       false,
       {16, 24, 24}},
      // text_config is read even when the top level has the fields.
      {"{\"head_dim\": 128, \"num_attention_heads\": 32, \"text_config\": "
       "{\"rope_scaling\": {\"mrope_section\": [16, 24, 24]}}}",
       false,
       {16, 24, 24}},
      // Qwen3.5: partial rotary, sections over the 32 pairs of 64 of 256.
      {"{\"text_config\": {\"head_dim\": 256, \"num_attention_heads\": 16, "
       "\"rope_parameters\": {\"rope_type\": \"default\", \"rope_theta\": "
       "10000000, \"partial_rotary_factor\": 0.25, \"mrope_interleaved\": "
       "true, \"mrope_section\": [11, 11, 10]}}}",
       true,
       {11, 11, 10}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.json);
    RopeSpec spec;
    const Status st = spec_from_config_json(c.json, &spec);
    ASSERT_TRUE(st.ok()) << st.message();
    const int64_t half = spec.rotary_dim / 2;
    const MultiAxis want = c.interleaved ? mrope_interleaved(half, c.sections)
                                         : mrope_sections(half, c.sections);
    EXPECT_EQ(spec.multi_axis.axes, 3);
    EXPECT_EQ(spec.multi_axis.pair_axis, want.pair_axis);
    EXPECT_TRUE(spec.multi_axis.pair_freq.empty());
    Rope rope;
    spec.max_positions = 0;
    EXPECT_TRUE(Rope::create(spec, &rope).ok());
  }
}

// The bundled Qwen VL configs give their published sections.
TEST(Config, QwenVlConfigsGiveTheirSections) {
  const RopeSpec q2 = load("qwen2-vl-7b.json");
  const RopeSpec q25 = load("qwen2.5-vl-7b.json");
  const RopeSpec q3 = load("qwen3-vl-8b.json");
  for (const RopeSpec* s : {&q2, &q25}) {
    EXPECT_EQ(s->head_dim, 128);
    EXPECT_EQ(s->rotary_dim, 128);
    EXPECT_EQ(s->theta, 1000000.0);
    EXPECT_EQ(s->pairing, Pairing::half_split);
    EXPECT_EQ(s->scaling.kind, ScalingKind::none);
    EXPECT_EQ(s->multi_axis.pair_axis,
              mrope_sections(64, {16, 24, 24}).pair_axis);
  }
  EXPECT_EQ(q2.max_positions, 32768);
  EXPECT_EQ(q25.max_positions, 128000);
  EXPECT_EQ(q3.head_dim, 128);
  EXPECT_EQ(q3.theta, 5000000.0);
  EXPECT_EQ(q3.max_positions, 262144);
  EXPECT_EQ(q3.multi_axis.pair_axis,
            mrope_interleaved(64, {24, 20, 20}).pair_axis);
  // Pairs 0..5 of Qwen3-VL: t h w t h w.
  EXPECT_EQ(std::vector<int>(q3.multi_axis.pair_axis.begin(),
                             q3.multi_axis.pair_axis.begin() + 6),
            (std::vector<int>{0, 1, 2, 0, 1, 2}));
  EXPECT_EQ(q3.multi_axis.pair_axis[61], 0);  // past 3 * 20: t
}

TEST(Config, MultimodalRopeErrorsNameTheField) {
  struct Bad {
    const char* json;
    const char* needle;
  };
  const Bad cases[] = {
      {"{\"text_config\": {\"head_dim\": 128, \"num_attention_heads\": 32, "
       "\"rope_parameters\": {\"rope_type\": \"default\", \"rope_theta\": "
       "5000000, "
       "\"mrope_interleaved\": true}}}",
       "text_config.rope_parameters.mrope_interleaved is set without"},
      {"{\"head_dim\": 128, \"rope_scaling\": {\"type\": \"mrope\", "
       "\"mrope_section\": [16, 24, 23]}}",
       "rope_scaling.mrope_section sums to 63 pairs"},
      {"{\"head_dim\": 128, \"rope_scaling\": {\"type\": \"mrope\", "
       "\"mrope_section\": [16, 48]}}",
       "rope_scaling.mrope_section must be a list of 3"},
      {"{\"head_dim\": 128, \"rope_scaling\": {\"rope_type\": \"mrope\"}}",
       "rope_type 'mrope' needs mrope_section"},
  };
  for (const Bad& b : cases) {
    SCOPED_TRACE(b.json);
    RopeSpec spec;
    spec.head_dim = 7;
    const Status st = spec_from_config_json(b.json, &spec);
    EXPECT_EQ(st.code(), Code::invalid_argument) << st.message();
    EXPECT_NE(st.message().find(b.needle), std::string::npos) << st.message();
    EXPECT_EQ(spec.head_dim, 7);  // untouched
  }
}

TEST(Config, BrokenOrUnsupportedIsAClearError) {
  struct Bad {
    const char* json;
    Code code;
    const char* needle;
  };
  const Bad cases[] = {
      {"{\"hidden_size\": 4096", Code::invalid_argument, "not valid JSON"},
      {"[1, 2]", Code::invalid_argument, "top level"},
      {"{\"hidden_size\": 4096}", Code::invalid_argument,
       "head_dim is missing"},
      {"{\"head_dim\": \"128\"}", Code::invalid_argument,
       "head_dim must be a number"},
      {"{\"head_dim\": 128, \"rope_scaling\": {\"rope_type\": \"llama3\", "
       "\"factor\": 8, "
       "\"low_freq_factor\": 1, \"high_freq_factor\": 4}}",
       Code::invalid_argument,
       "rope_scaling.original_max_position_embeddings is missing"},
      {"{\"head_dim\": 128, \"rope_scaling\": {\"rope_type\": \"linear\"}}",
       Code::invalid_argument, "rope_scaling.factor is missing"},
      {"{\"head_dim\": 128, \"rope_scaling\": {\"type\": \"longrope\", "
       "\"short_factor\": 3, \"long_factor\": []}}",
       Code::invalid_argument, "short_factor must be a list"},
      {"{\"head_dim\": 10, \"partial_rotary_factor\": 0.5}",
       Code::invalid_argument, "must be even"},
  };
  for (const Bad& b : cases) {
    SCOPED_TRACE(b.json);
    RopeSpec spec;
    spec.head_dim = 7;
    const Status st = spec_from_config_json(b.json, &spec);
    EXPECT_EQ(st.code(), b.code) << st.message();
    EXPECT_NE(st.message().find(b.needle), std::string::npos) << st.message();
    EXPECT_EQ(spec.head_dim, 7);  // untouched
  }
  // A list of the wrong length parses, and the plan names the field.
  RopeSpec spec;
  ASSERT_TRUE(
      spec_from_config_json(
          "{\"head_dim\": 8, \"max_position_embeddings\": 64, "
          "\"rope_scaling\": {\"type\": \"longrope\", \"short_factor\": [1], "
          "\"long_factor\": [1, 1, 1, 1], "
          "\"original_max_position_embeddings\": 32}}",
          &spec)
          .ok());
  Rope rope;
  const Status st = Rope::create(spec, &rope);
  EXPECT_NE(st.message().find("short_factor"), std::string::npos)
      << st.message();
  EXPECT_EQ(spec_from_config_file("/nonexistent/config.json", &spec).code(),
            Code::invalid_argument);
}

}  // namespace
}  // namespace test
}  // namespace rotary
