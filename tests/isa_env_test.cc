// Run once per ISA name with ROTARY_ISA set (see CMakeLists.txt): the library
// reads the variable at first use and must run exactly that kernel, or refuse
// with a clear error (never crash, never fall back silently).
#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <string>

#include "gtest/gtest.h"
#include "hwy/targets.h"
#include "rotary/rotary.hpp"
#include "tests/test_util.h"

namespace rotary {
namespace test {
namespace {

// Highway's own view of the CPU, independent of the library's table.
int64_t target_bit(const std::string& name) {
  struct Entry {
    const char* name;
    int64_t bit;
  };
  static const Entry kEntries[] = {
#if HWY_ARCH_X86
    {"avx3_dl", HWY_AVX3_DL},
    {"avx3", HWY_AVX3},
    {"avx512", HWY_AVX3},
    {"avx2", HWY_AVX2},
    {"sse4", HWY_SSE4},
    {"ssse3", HWY_SSSE3},
#elif HWY_ARCH_ARM
    {"sve2_128", HWY_SVE2_128},
    {"sve_256", HWY_SVE_256},
    {"sve2", HWY_SVE2},
    {"sve", HWY_SVE},
    {"neon", HWY_NEON},
#endif
    {"emu128", HWY_EMU128},
    {"scalar", HWY_SCALAR},
  };
  for (const Entry& e : kEntries) {
    if (name == e.name) return e.bit;
  }
  return 0;
}

TEST(IsaEnv, RunsTheRequestedKernelOrRefuses) {
  const char* env = std::getenv("ROTARY_ISA");
  ASSERT_NE(env, nullptr) << "run through ctest, which sets ROTARY_ISA";
  std::string name(env);
  std::transform(name.begin(), name.end(), name.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  const bool is_auto = name == "auto";
  const std::string canonical = name == "avx512" ? "avx3" : name;
  const int64_t bit = target_bit(name);
  // A target Highway does not compile here is unknown to the library: SCALAR
  // on arm64, where NEON is the baseline and the fallback.
  const bool compiled = bit != 0 && (HWY_TARGETS & bit) != 0;
  const bool runnable =
      is_auto || (compiled && (bit == HWY_SCALAR || bit == HWY_EMU128 ||
                               (hwy::SupportedTargets() & bit)));

  Case c;
  c.q_heads = 4;
  c.k_heads = 2;
  c.tokens = 3;
  c.head_dim = 72;
  c.max_positions = 64;
  if (runnable) {
    const std::string expected =
        is_auto ? std::string(supported_isas().front().name) : canonical;
    EXPECT_EQ(active_isa(), expected);
    for (Pairing pairing : {Pairing::interleaved, Pairing::half_split}) {
      c.pairing = pairing;
      check_against_reference(c, expected.c_str());
    }
    return;
  }
  // Not runnable: every apply fails with the variable named, nothing written.
  EXPECT_EQ(active_isa(), "");
  RopeSpec spec;
  spec.head_dim = 72;
  Rope rope;
  ASSERT_TRUE(Rope::create(spec, &rope).ok());
  QkStorage s(c, 72);
  s.fill_random(1);
  const std::vector<float> before = s.snapshot();
  const int32_t pos[3] = {1, 2, 3};
  const Status st = rope.apply(s.q, s.k, Positions(pos, 3));
  EXPECT_EQ(st.code(), compiled ? Code::unsupported : Code::invalid_argument)
      << st.message();
  EXPECT_NE(st.message().find("ROTARY_ISA"), std::string::npos) << st.message();
  EXPECT_TRUE(s.snapshot() == before);
  // The program can recover by choosing explicitly.
  ASSERT_TRUE(select_isa("auto").ok());
  EXPECT_TRUE(rope.apply(s.q, s.k, Positions(pos, 3)).ok());
  EXPECT_FALSE(s.snapshot() == before);
}

}  // namespace
}  // namespace test
}  // namespace rotary
