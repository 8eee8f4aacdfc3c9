// ROTARY_VERBOSE: which kernel ran, so users can prove what their runtime
// used (as ONEDNN_VERBOSE does). The library prints nothing without it.
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "dispatch/kernels.h"
#include "src/plan.h"

namespace rotary {
namespace detail {
namespace {

bool verbose() {
  static const bool enabled = [] {
    const char* v = std::getenv("ROTARY_VERBOSE");
    return v != nullptr && v[0] != '\0' && std::strcmp(v, "0") != 0;
  }();
  return enabled;
}

}  // namespace

void report_kernels(const Plan& plan, const KernelSet& kernels, bool qk_norm) {
  if (!verbose()) return;
  std::atomic<const KernelSet*>& reported =
      qk_norm ? plan.reported_qk_norm : plan.reported_kernels;
  if (reported.exchange(&kernels, std::memory_order_relaxed) == &kernels) {
    return;
  }
  const RopeSpec& s = plan.spec;
  char table[32] = "none";
  if (s.max_positions > 0) {
    std::snprintf(table, sizeof table, "%lld",
                  static_cast<long long>(s.max_positions));
  }
  // One fprintf per line, so lines of concurrent plans do not interleave.
  std::fprintf(stderr,
               "rotary: plan head_dim=%lld rotary_dim=%lld %s table=%s: "
               "isa %s%s\n",
               static_cast<long long>(s.head_dim),
               static_cast<long long>(s.rotary_dim),
               s.pairing == Pairing::interleaved ? "interleaved" : "half_split",
               table, kernels.name, qk_norm ? " (fused qk_norm + rope)" : "");
}

}  // namespace detail
}  // namespace rotary
