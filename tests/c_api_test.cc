// The C API from C++, against the C++ API it wraps: same results bit for bit,
// same statuses and messages, the same ISA list, a thread-local last error,
// versions, and nothing written on error. Links the public library, so a
// shared build is tested through its exported symbols only.
#include <cmath>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include "gtest/gtest.h"
#include "rotary/rotary.h"
#include "rotary/rotary.hpp"
#include "tests/test_util.h"

namespace rotary {
namespace test {
namespace {

rotary_rope* make_c_rope(const RopeSpec& s) {
  rotary_rope_spec spec;
  rotary_rope_spec_init(&spec);
  spec.head_dim = s.head_dim;
  spec.rotary_dim = s.rotary_dim;
  spec.theta = s.theta;
  spec.max_positions = s.max_positions;
  spec.pairing = s.pairing == Pairing::interleaved ? ROTARY_PAIRING_INTERLEAVED
                                                   : ROTARY_PAIRING_HALF_SPLIT;
  spec.scaling_kind = s.scaling.kind == ScalingKind::linear
                          ? ROTARY_SCALING_LINEAR
                          : ROTARY_SCALING_NONE;
  spec.scaling_factor = s.scaling.factor;
  rotary_rope* rope = nullptr;
  EXPECT_EQ(rotary_rope_create(&spec, &rope), ROTARY_OK) << rotary_last_error();
  return rope;
}

rotary_tensor c_view(const Tensor& t) {
  rotary_tensor v;
  v.data = t.data;
  v.dtype = ROTARY_DTYPE_F32;
  v.tokens = t.tokens;
  v.heads = t.heads;
  v.token_stride = t.token_stride;
  v.head_stride = t.head_stride;
  return v;
}

struct RopeDeleter {
  void operator()(rotary_rope* r) const { rotary_rope_destroy(r); }
};
using CRope = std::unique_ptr<rotary_rope, RopeDeleter>;

TEST(CApi, HeaderVersionIsTheLibraryVersion) {
  EXPECT_EQ(rotary_version(), static_cast<uint32_t>(ROTARY_VERSION));
  EXPECT_EQ(std::string(rotary_version_string()),
            std::to_string(ROTARY_VERSION_MAJOR) + "." +
                std::to_string(ROTARY_VERSION_MINOR) + "." +
                std::to_string(ROTARY_VERSION_PATCH));
}

TEST(CApi, StatusNamesAreTheCodeNames) {
  for (Code code :
       {Code::ok, Code::invalid_argument, Code::position_out_of_range,
        Code::unsupported, Code::out_of_memory, Code::internal}) {
    EXPECT_STREQ(rotary_status_name(static_cast<rotary_status>(code)),
                 code_name(code));
  }
}

// The C call and Rope::apply run the same kernel: identical bits, for every
// layout, pairing, position type, direction and in/out-of-place.
TEST(CApi, ApplyMatchesTheCppApiExactly) {
  for (Pairing pairing : {Pairing::interleaved, Pairing::half_split}) {
    for (Layout layout : {Layout::bshd, Layout::bhsd, Layout::packed_qkv}) {
      for (bool in_place : {true, false}) {
        for (bool i64 : {false, true}) {
          Case c;
          c.pairing = pairing;
          c.layout = layout;
          c.in_place = in_place;
          c.positions_i64 = i64;
          c.head_dim = 72;
          c.rotary_dim = 64;
          c.tokens = 7;
          c.max_positions = i64 ? 0 : 512;
          c.direction = i64 ? Direction::backward : Direction::forward;
          SCOPED_TRACE(c.describe());
          RopeSpec spec;
          spec.head_dim = c.head_dim;
          spec.rotary_dim = c.rotary_dim;
          spec.pairing = pairing;
          spec.max_positions = c.max_positions;
          Rope rope;
          ASSERT_TRUE(Rope::create(spec, &rope).ok());
          CRope c_rope(make_c_rope(spec));
          ASSERT_NE(c_rope, nullptr);

          const std::vector<int32_t> pos32 = make_positions(c, 3);
          const std::vector<int64_t> pos64(pos32.begin(), pos32.end());
          Positions positions = i64 ? Positions(pos64.data(), c.tokens)
                                    : Positions(pos32.data(), c.tokens);
          rotary_positions c_positions =
              i64 ? rotary_positions_i64(pos64.data(), c.tokens)
                  : rotary_positions_i32(pos32.data(), c.tokens);
          ApplyOptions options;
          options.direction = c.direction;
          rotary_apply_options c_options;
          rotary_apply_options_init(&c_options);
          c_options.direction = i64 ? ROTARY_BACKWARD : ROTARY_FORWARD;

          QkStorage in_cpp(c, c.head_dim), in_c(c, c.head_dim);
          in_cpp.fill_random(11);
          in_c.fill_random(11);
          QkStorage out_cpp(c, c.head_dim), out_c(c, c.head_dim);
          out_cpp.fill_canary();
          out_c.fill_canary();
          if (in_place) {
            ASSERT_TRUE(
                rope.apply(in_cpp.q, in_cpp.k, positions, options).ok());
            const rotary_tensor q = c_view(in_c.q), k = c_view(in_c.k);
            ASSERT_EQ(rotary_apply(c_rope.get(), &q, nullptr, &k, nullptr,
                                   &c_positions, &c_options),
                      ROTARY_OK)
                << rotary_last_error();
          } else {
            ASSERT_TRUE(rope.apply(in_cpp.q, out_cpp.q, in_cpp.k, out_cpp.k,
                                   positions, options)
                            .ok());
            const rotary_tensor qi = c_view(in_c.q), ki = c_view(in_c.k);
            const rotary_tensor qo = c_view(out_c.q), ko = c_view(out_c.k);
            ASSERT_EQ(rotary_apply(c_rope.get(), &qi, &qo, &ki, &ko,
                                   &c_positions, &c_options),
                      ROTARY_OK)
                << rotary_last_error();
          }
          EXPECT_TRUE(in_c.snapshot() == in_cpp.snapshot());
          EXPECT_TRUE(out_c.snapshot() == out_cpp.snapshot());
          for (const GuardedBuffer& b : out_c.buffers) {
            EXPECT_TRUE(b.guards_intact());
          }
        }
      }
    }
  }
}

// A bad argument that both APIs see gets the same status and message from
// each, and leaves the output as it was.
TEST(CApi, ErrorsAreTheCppErrors) {
  RopeSpec spec;
  spec.head_dim = 64;
  spec.max_positions = 16;
  Rope rope;
  ASSERT_TRUE(Rope::create(spec, &rope).ok());
  CRope c_rope(make_c_rope(spec));
  Case c;
  c.head_dim = 64;
  c.tokens = 3;
  c.in_place = false;
  QkStorage in(c, 64), out(c, 64);
  in.fill_random(5);
  out.fill_canary();
  const std::vector<float> before = out.snapshot();
  struct Bad {
    const char* what;
    int64_t q_out_tokens;
    int32_t position;
    int64_t token_begin;
  };
  const Bad cases[] = {
      {"q_out tokens", 2, 1, 0},
      {"position past the table", 3, 16, 0},
      {"token range", 3, 1, 4},
  };
  for (const Bad& b : cases) {
    SCOPED_TRACE(b.what);
    const int32_t pos[3] = {0, b.position, 2};
    Tensor q_out = out.q;
    q_out.tokens = b.q_out_tokens;
    ApplyOptions options;
    options.token_begin = b.token_begin;
    const Status st =
        rope.apply(in.q, q_out, in.k, out.k, Positions(pos, 3), options);
    ASSERT_FALSE(st.ok());
    const rotary_tensor qi = c_view(in.q), qo = c_view(q_out);
    const rotary_tensor ki = c_view(in.k), ko = c_view(out.k);
    const rotary_positions p = rotary_positions_i32(pos, 3);
    rotary_apply_options o;
    rotary_apply_options_init(&o);
    o.token_begin = b.token_begin;
    EXPECT_EQ(static_cast<int>(
                  rotary_apply(c_rope.get(), &qi, &qo, &ki, &ko, &p, &o)),
              static_cast<int>(st.code()));
    EXPECT_EQ(rotary_last_error(), st.message());
    EXPECT_TRUE(out.snapshot() == before);
  }
}

TEST(CApi, IsaListIsTheCppList) {
  const std::vector<IsaInfo> compiled = compiled_isas();
  ASSERT_EQ(rotary_isa_count(), compiled.size());
  for (size_t i = 0; i < compiled.size(); ++i) {
    rotary_isa_info info = {sizeof(rotary_isa_info), nullptr, nullptr, 0};
    ASSERT_EQ(rotary_isa_get(i, &info), ROTARY_OK) << rotary_last_error();
    EXPECT_STREQ(info.name, compiled[i].name);
    EXPECT_STREQ(info.description, compiled[i].description);
    EXPECT_EQ(info.supported != 0, compiled[i].supported);
  }
  EXPECT_EQ(rotary_active_isa(), active_isa());
  // Selecting through one API shows in the other.
  for (const IsaInfo& isa : supported_isas()) {
    ASSERT_EQ(rotary_select_isa(isa.name), ROTARY_OK) << rotary_last_error();
    EXPECT_EQ(active_isa(), isa.name);
    ASSERT_TRUE(select_isa("auto").ok());
    EXPECT_STREQ(rotary_active_isa(), supported_isas().front().name);
  }
  for (const IsaInfo& isa : compiled) {
    if (isa.supported) continue;
    const Status st = select_isa(isa.name);
    EXPECT_EQ(static_cast<int>(rotary_select_isa(isa.name)),
              static_cast<int>(st.code()));
    EXPECT_EQ(rotary_last_error(), st.message());
  }
}

// Each thread sees the message of its own last call.
TEST(CApi, LastErrorIsPerThread) {
  ASSERT_EQ(rotary_select_isa("main-thread-isa"), ROTARY_INVALID_ARGUMENT);
  const std::string mine = rotary_last_error();
  ASSERT_NE(mine.find("main-thread-isa"), std::string::npos);
  std::string other_before, other_after_error, other_after_ok;
  std::thread other([&] {
    other_before = rotary_last_error();
    rotary_select_isa("other-thread-isa");
    other_after_error = rotary_last_error();
    rotary_select_isa("auto");
    other_after_ok = rotary_last_error();
  });
  other.join();
  EXPECT_EQ(other_before, "");
  EXPECT_NE(other_after_error.find("other-thread-isa"), std::string::npos);
  EXPECT_EQ(other_after_ok, "");
  EXPECT_EQ(rotary_last_error(), mine);
  // Many threads failing at once each keep their own message.
  std::vector<std::thread> threads;
  std::vector<int> ok(8, 0);
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([t, &ok] {
      const std::string name = "isa-of-thread-" + std::to_string(t);
      for (int i = 0; i < 200; ++i) {
        rotary_select_isa(name.c_str());
        if (std::string(rotary_last_error()).find(name) == std::string::npos) {
          return;
        }
      }
      ok[t] = 1;
    });
  }
  for (std::thread& t : threads) t.join();
  for (int t = 0; t < 8; ++t) EXPECT_EQ(ok[t], 1) << t;
}

// rotary.h's helpers build the same views as rotary.hpp's.
TEST(CApi, ViewHelpersMatchTheCppOnes) {
  float data[1];
  const rotary_tensor a = rotary_tensor_bshd(data, 3, 4, 64);
  const Tensor b = Tensor::bshd(data, 3, 4, 64);
  EXPECT_EQ(a.token_stride, b.token_stride);
  EXPECT_EQ(a.head_stride, b.head_stride);
  const rotary_tensor c = rotary_tensor_bhsd(data, 3, 4, 64);
  const Tensor d = Tensor::bhsd(data, 3, 4, 64);
  EXPECT_EQ(c.token_stride, d.token_stride);
  EXPECT_EQ(c.head_stride, d.head_stride);
  rotary_rope_spec spec;
  rotary_rope_spec_init(&spec);
  const RopeSpec defaults;
  EXPECT_EQ(spec.struct_size, sizeof(rotary_rope_spec));
  EXPECT_EQ(spec.theta, defaults.theta);
  EXPECT_EQ(spec.rotary_dim, defaults.rotary_dim);
  EXPECT_EQ(spec.max_positions, defaults.max_positions);
  EXPECT_EQ(spec.pairing, ROTARY_PAIRING_HALF_SPLIT);
  EXPECT_EQ(spec.scaling_factor, defaults.scaling.factor);
  rotary_apply_options o;
  rotary_apply_options_init(&o);
  const ApplyOptions cpp;
  EXPECT_EQ(o.token_begin, cpp.token_begin);
  EXPECT_EQ(o.token_end, cpp.token_end);
}

// Every bundled config: the C plan's spec (read back) is the C++ parse, and
// a round trip through rotary_rope_create gives the same cos/sin.
TEST(CApi, ConfigPlansMatchTheCppSpec) {
  for (const char* name :
       {"llama-3.1-8b.json", "qwen2.5-7b-yarn.json", "phi-3-128k-longrope.json",
        "phi-3.5-mini-v5.json", "deepseek-v2-lite.json", "mistral-7b-v0.1.json",
        "gpt-j-6b.json", "gpt-neox-20b.json", "phi-2.json", "qwen2-vl-7b.json",
        "qwen3-vl-8b.json"}) {
    SCOPED_TRACE(name);
    const std::string path = std::string(ROTARY_TEST_DATA) + "/configs/" + name;
    RopeSpec want;
    ASSERT_TRUE(spec_from_config_file(path, &want).ok());
    rotary_rope* rope = nullptr;
    ASSERT_EQ(rotary_rope_create_from_config_file(path.c_str(), 0, &rope),
              ROTARY_OK)
        << rotary_last_error();
    rotary_rope_spec c;
    rotary_rope_spec_init(&c);
    ASSERT_EQ(rotary_rope_get_spec(rope, &c), ROTARY_OK) << rotary_last_error();
    EXPECT_EQ(c.head_dim, want.head_dim);
    EXPECT_EQ(c.rotary_dim, want.rotary_dim);
    EXPECT_EQ(c.theta, want.theta);
    EXPECT_EQ(c.max_positions, 0);
    EXPECT_EQ(c.pairing == ROTARY_PAIRING_INTERLEAVED,
              want.pairing == Pairing::interleaved);
    EXPECT_EQ(static_cast<int>(c.scaling_kind),
              static_cast<int>(want.scaling.kind));
    EXPECT_EQ(c.scaling_factor, want.scaling.factor);
    EXPECT_EQ(c.original_max_positions, want.scaling.original_max_positions);
    EXPECT_EQ(c.mscale, want.scaling.mscale);
    EXPECT_EQ(c.low_freq_factor, want.scaling.low_freq_factor);
    ASSERT_EQ(c.factor_count,
              static_cast<int64_t>(want.scaling.short_factor.size()));
    for (int64_t i = 0; i < c.factor_count; ++i) {
      EXPECT_EQ(c.short_factor[i], want.scaling.short_factor[i]);
      EXPECT_EQ(c.long_factor[i], want.scaling.long_factor[i]);
    }
    EXPECT_EQ(c.axes, want.multi_axis.axes);
    ASSERT_EQ(c.pair_count,
              static_cast<int64_t>(want.multi_axis.pair_axis.size()));
    for (int64_t i = 0; i < c.pair_count; ++i) {
      EXPECT_EQ(c.pair_axis[i], want.multi_axis.pair_axis[i]);
    }
    // The spec read back makes the same plan.
    rotary_rope* again = nullptr;
    ASSERT_EQ(rotary_rope_create(&c, &again), ROTARY_OK) << rotary_last_error();
    const size_t half = static_cast<size_t>(want.rotary_dim / 2);
    std::vector<float> c1(half), s1(half), c2(half), s2(half);
    ASSERT_EQ(rotary_cos_sin(rope, 9000, 0, c1.data(), s1.data()), ROTARY_OK);
    ASSERT_EQ(rotary_cos_sin(again, 9000, 0, c2.data(), s2.data()), ROTARY_OK);
    EXPECT_EQ(c1, c2);
    EXPECT_EQ(s1, s2);
    rotary_rope_destroy(again);
    rotary_rope_destroy(rope);
  }
}

}  // namespace
}  // namespace test
}  // namespace rotary

namespace rotary {
namespace {

// Multi-axis positions through rotary_apply_batched give the C++ result,
// and a multi-axis plan refuses 1D positions.
TEST(CApi, MultiAxisMatchesTheCppApi) {
  const std::string path =
      std::string(ROTARY_TEST_DATA) + "/configs/qwen2-vl-7b.json";
  RopeSpec spec;
  ASSERT_TRUE(spec_from_config_file(path, &spec).ok());
  spec.max_positions = 0;
  Rope cpp;
  ASSERT_TRUE(Rope::create(spec, &cpp).ok());
  rotary_rope* rope = nullptr;
  ASSERT_EQ(rotary_rope_create_from_config_file(path.c_str(), 0, &rope),
            ROTARY_OK)
      << rotary_last_error();
  const int64_t tokens = 6, heads = 2, d = 128;
  std::vector<float> a(static_cast<size_t>(tokens * heads * d));
  for (size_t i = 0; i < a.size(); ++i) a[i] = std::sin(0.37 * i);
  std::vector<float> b = a;
  const std::vector<int64_t> pos = {3, 3, 3, 3, 3, 9,   // t
                                    3, 4, 4, 5, 5, 9,   // h
                                    3, 4, 5, 4, 5, 9};  // w
  ASSERT_TRUE(cpp.apply(Tensor::bshd(a.data(), tokens, heads, d), Tensor(),
                        Positions::multi_axis(pos.data(), 3, tokens, tokens))
                  .ok());
  rotary_batched_tensor q =
      rotary_batched_bshd(b.data(), ROTARY_DTYPE_F32, 1, tokens, heads, d);
  const rotary_batch_positions mp =
      rotary_batch_positions_multi_axis_i64(pos.data(), 3, tokens, tokens);
  ASSERT_EQ(
      rotary_apply_batched(rope, &q, nullptr, nullptr, nullptr, &mp, nullptr),
      ROTARY_OK)
      << rotary_last_error();
  EXPECT_EQ(a, b);
  const std::vector<float> before = b;
  const rotary_batch_positions flat = rotary_batch_positions_i64(
      ROTARY_POSITIONS_PER_TOKEN, pos.data(), tokens, -1);
  EXPECT_EQ(
      rotary_apply_batched(rope, &q, nullptr, nullptr, nullptr, &flat, nullptr),
      ROTARY_INVALID_ARGUMENT);
  EXPECT_NE(std::string(rotary_last_error()).find("positions.axes"),
            std::string::npos);
  EXPECT_EQ(b, before);
  rotary_rope_destroy(rope);
}

}  // namespace
}  // namespace rotary
