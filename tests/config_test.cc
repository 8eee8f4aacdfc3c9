// Bundled model configs parse to the spec their model cards imply; broken or
// unsupported configs are clear errors.
#include <cmath>
#include <string>

#include "gtest/gtest.h"
#include "rotary/rotary.hpp"

namespace rotary {
namespace test {
namespace {

RopeSpec load(const std::string& name) {
  RopeSpec spec;
  const Status st =
      spec_from_config_file(std::string(ROTARY_TEST_DATA) + "/configs/" + name, &spec);
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

TEST(Config, Phi3Longrope) {
  const RopeSpec s = load("phi-3-128k-longrope.json");
  EXPECT_EQ(s.head_dim, 96);  // 3072 / 32
  EXPECT_EQ(s.rotary_dim, 96);
  EXPECT_EQ(s.scaling.kind, ScalingKind::longrope);  // "su" is longrope
  EXPECT_EQ(s.scaling.original_max_positions, 4096);
  EXPECT_EQ(s.scaling.factor, 32.0);  // 131072 / 4096
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

TEST(Config, BrokenOrUnsupportedIsAClearError) {
  struct Bad {
    const char* json;
    Code code;
    const char* needle;
  };
  const Bad cases[] = {
      {"{\"hidden_size\": 4096", Code::invalid_argument, "not valid JSON"},
      {"[1, 2]", Code::invalid_argument, "top level"},
      {"{\"hidden_size\": 4096}", Code::invalid_argument, "head_dim is missing"},
      {"{\"head_dim\": \"128\"}", Code::invalid_argument, "head_dim must be a number"},
      {"{\"head_dim\": 128, \"rope_scaling\": {\"rope_type\": \"llama3\", \"factor\": 8, "
       "\"low_freq_factor\": 1, \"high_freq_factor\": 4}}",
       Code::invalid_argument, "rope_scaling.original_max_position_embeddings is missing"},
      {"{\"head_dim\": 128, \"rope_scaling\": {\"rope_type\": \"mrope\"}}",
       Code::unsupported, "rope_type 'mrope' is not supported"},
      {"{\"head_dim\": 128, \"rope_scaling\": {\"rope_type\": \"linear\"}}",
       Code::invalid_argument, "rope_scaling.factor is missing"},
      {"{\"head_dim\": 128, \"rope_scaling\": {\"type\": \"longrope\", "
       "\"short_factor\": 3, \"long_factor\": []}}",
       Code::invalid_argument, "short_factor must be a list"},
      {"{\"head_dim\": 10, \"partial_rotary_factor\": 0.5}", Code::invalid_argument,
       "must be even"},
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
  ASSERT_TRUE(spec_from_config_json(
                  "{\"head_dim\": 8, \"max_position_embeddings\": 64, "
                  "\"rope_scaling\": {\"type\": \"longrope\", \"short_factor\": [1], "
                  "\"long_factor\": [1, 1, 1, 1], "
                  "\"original_max_position_embeddings\": 32}}",
                  &spec)
                  .ok());
  Rope rope;
  const Status st = Rope::create(spec, &rope);
  EXPECT_NE(st.message().find("short_factor"), std::string::npos) << st.message();
  EXPECT_EQ(spec_from_config_file("/nonexistent/config.json", &spec).code(),
            Code::invalid_argument);
}

}  // namespace
}  // namespace test
}  // namespace rotary
