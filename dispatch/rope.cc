// Compiles rope-inl.h once per Highway target and keeps our own table of the
// per-target kernels, so an ISA can be pinned for this library alone (never
// through Highway's process-wide DisableTargets).

#undef HWY_TARGET_INCLUDE
#define HWY_TARGET_INCLUDE "dispatch/rope.cc"
#include "hwy/foreach_target.h"  // IWYU pragma: keep

#include "dispatch/angles-inl.h"
#include "dispatch/rope-inl.h"
#include "dispatch/roofline-inl.h"
#include "hwy/highway.h"

HWY_BEFORE_NAMESPACE();
namespace rotary {
namespace HWY_NAMESPACE {

// Kernels reading TIn and writing TOut, [pairing][direction].
template <class TIn, class TOut>
constexpr void FillRotate(rotary::detail::RotateHeadsFn (&fn)[2][2]) {
  fn[0][0] = &RotateInterleaved<TIn, TOut, false>;
  fn[0][1] = &RotateInterleaved<TIn, TOut, true>;
  fn[1][0] = &RotateHalfSplit<TIn, TOut, false>;
  fn[1][1] = &RotateHalfSplit<TIn, TOut, true>;
}

// Every output dtype for input TIn, in DType order.
template <class TIn>
constexpr void FillRotateFrom(rotary::detail::RotateHeadsFn (&fn)[3][2][2]) {
  FillRotate<TIn, float>(fn[0]);
  FillRotate<TIn, rotary::f16>(fn[1]);
  FillRotate<TIn, rotary::bf16>(fn[2]);
}

constexpr rotary::detail::KernelSet MakeKernelSet() {
  rotary::detail::KernelSet s{};
  s.target = HWY_TARGET;
  s.narrow = kNarrow;
  FillRotateFrom<float>(s.rotate[0]);
  FillRotateFrom<rotary::f16>(s.rotate[1]);
  FillRotateFrom<rotary::bf16>(s.rotate[2]);
  s.scale[0] = &ScaleHeads<float>;
  s.scale[1] = &ScaleHeads<rotary::f16>;
  s.scale[2] = &ScaleHeads<rotary::bf16>;
  s.fill_row = &FillRow;
  s.cache_row = &LayOutCacheRow;
  s.gather_row = &GatherRow;
  return s;
}

// Constant-initialized: listing the targets runs no code compiled for them,
// so it is safe on CPUs that lack them.
const rotary::detail::KernelSet* GetKernelSet() {
  static constexpr rotary::detail::KernelSet kSet = MakeKernelSet();
  return &kSet;
}

// NOLINTNEXTLINE(google-readability-namespace-comments)
}  // namespace HWY_NAMESPACE
}  // namespace rotary
HWY_AFTER_NAMESPACE();

#if HWY_ONCE

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <string>

namespace rotary {
namespace detail {
namespace {

static_assert(static_cast<int>(Pairing::interleaved) == 0 &&
                  static_cast<int>(Pairing::half_split) == 1 &&
                  static_cast<int>(Direction::forward) == 0 &&
                  static_cast<int>(Direction::backward) == 1 &&
                  static_cast<int>(DType::f32) == 0 &&
                  static_cast<int>(DType::f16) == 1 &&
                  static_cast<int>(DType::bf16) == 2,
              "KernelSet::rotate is indexed by these enums");
static_assert(sizeof(f16) == 2 && sizeof(bf16) == 2 &&
                  alignof(f16) == 2 && alignof(bf16) == 2,
              "16-bit storage types are read as uint16_t");

struct IsaName {
  int64_t target;
  const char* name;
  const char* description;
};

constexpr IsaName kIsaNames[] = {
    {HWY_AVX3_DL, "avx3_dl", "AVX-512 with Ice Lake extensions, 512-bit"},
    {HWY_AVX3, "avx3", "AVX-512 F/BW/DQ/VL, 512-bit"},
    {HWY_AVX2, "avx2", "AVX2 + FMA, 256-bit"},
    {HWY_SSE4, "sse4", "SSE4.2, 128-bit, no FMA"},
    {HWY_SSSE3, "ssse3", "SSSE3, 128-bit, no FMA"},
    {HWY_SVE2_128, "sve2_128", "SVE2 at 128 bits"},
    {HWY_SVE_256, "sve_256", "SVE at 256 bits"},
    {HWY_SVE2, "sve2", "SVE2, scalable"},
    {HWY_SVE, "sve", "SVE, scalable"},
    {HWY_NEON, "neon", "NEON (AdvSIMD), 128-bit"},
    {HWY_EMU128, "emu128", "portable 128-bit emulation"},
    {HWY_SCALAR, "scalar", "portable, one lane"},
};

std::vector<KernelSet> collect() {
  using Getter = decltype(&HWY_STATIC_DISPATCH(GetKernelSet));
  const Getter getters[] = {HWY_CHOOSE_TARGET_LIST(GetKernelSet),
                            HWY_CHOOSE_FALLBACK(GetKernelSet)};
  std::vector<KernelSet> sets;
  for (Getter get : getters) {
    if (get == nullptr) continue;
    KernelSet set = *get();
    const bool seen =
        std::any_of(sets.begin(), sets.end(),
                    [&](const KernelSet& s) { return s.target == set.target; });
    if (seen) continue;
    set.name = "unknown";
    set.description = "";
    for (const IsaName& n : kIsaNames) {
      if (n.target == set.target) {
        set.name = n.name;
        set.description = n.description;
      }
    }
    sets.push_back(set);
  }
  // Lower Highway target bits are better targets.
  std::sort(sets.begin(), sets.end(),
            [](const KernelSet& a, const KernelSet& b) {
              return a.target < b.target;
            });
  return sets;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(c));
  return out;
}

struct IsaState {
  std::vector<KernelSet> sets;  // best first
  std::vector<const KernelSet*> pointers;
  int64_t cpu_targets = 0;  // Highway's SupportedTargets(), read once
  const KernelSet* best = nullptr;
  Status env_error;  // set once, when ROTARY_ISA cannot be honoured
  std::atomic<const KernelSet*> active{nullptr};

  IsaState() : sets(collect()), cpu_targets(hwy::SupportedTargets()) {
    for (const KernelSet& s : sets) {
      pointers.push_back(&s);
      if (best == nullptr && (s.target & cpu_targets) != 0) best = &s;
    }
    if (best == nullptr) best = &sets.back();  // the fallback always runs
    const char* env = std::getenv("ROTARY_ISA");
    const KernelSet* chosen = best;
    if (env != nullptr) {
      Status st = find(env, &chosen);
      if (!st.ok()) {
        env_error = Status(st.code(), "ROTARY_ISA: " + st.message());
        chosen = nullptr;
      }
    }
    active.store(chosen, std::memory_order_release);
  }

  bool supported(const KernelSet& s) const {
    return (s.target & cpu_targets) != 0 || &s == best;
  }

  Status find(std::string_view requested, const KernelSet** out) const {
    std::string name = lower(requested);
    if (name.empty() || name == "auto") {
      *out = best;
      return Status();
    }
    if (name == "avx512") name = "avx3";
    std::string compiled;
    for (const KernelSet& s : sets) {
      if (name == s.name) {
        if (!supported(s)) {
          return Status(Code::unsupported,
                        "ISA '" + name + "' is compiled in but this CPU " +
                            "does not support it; supported: " + list(true));
        }
        *out = &s;
        return Status();
      }
    }
    return Status(Code::invalid_argument,
                  "unknown ISA '" + std::string(requested) +
                      "'; compiled: " + list(false) + " (or auto)");
  }

  std::string list(bool only_supported) const {
    std::string names;
    for (const KernelSet& s : sets) {
      if (only_supported && !supported(s)) continue;
      if (!names.empty()) names += ", ";
      names += s.name;
    }
    return names;
  }
};

IsaState& state() {
  static IsaState s;
  return s;
}

}  // namespace

const std::vector<const KernelSet*>& compiled_kernel_sets() {
  return state().pointers;
}

const KernelSet* best_kernel_set() { return state().best; }

const KernelSet* active_kernel_set(Status* error) {
  IsaState& s = state();
  const KernelSet* k = s.active.load(std::memory_order_acquire);
  if (k == nullptr) *error = s.env_error;
  return k;
}

}  // namespace detail

std::vector<IsaInfo> compiled_isas() {
  const detail::IsaState& s = detail::state();
  std::vector<IsaInfo> out;
  for (const detail::KernelSet& k : s.sets) {
    out.push_back(IsaInfo{k.name, k.description, s.supported(k)});
  }
  return out;
}

std::vector<IsaInfo> supported_isas() {
  std::vector<IsaInfo> out = compiled_isas();
  out.erase(std::remove_if(out.begin(), out.end(),
                           [](const IsaInfo& i) { return !i.supported; }),
            out.end());
  return out;
}

std::string active_isa() {
  const detail::KernelSet* k =
      detail::state().active.load(std::memory_order_acquire);
  return k == nullptr ? std::string() : std::string(k->name);
}

Status select_isa(std::string_view name) {
  detail::IsaState& s = detail::state();
  const detail::KernelSet* chosen = nullptr;
  Status st = s.find(name, &chosen);
  if (st.ok()) s.active.store(chosen, std::memory_order_release);
  return st;
}

}  // namespace rotary

#endif  // HWY_ONCE
