// The ISA table: the kernel set of every compiled Highway target with its
// name and description, the one this CPU runs best, the ROTARY_ISA override
// (read once, at first use) and select_isa(), so an ISA can be pinned for
// this library alone (never through Highway's process-wide DisableTargets).
// Plain C++: the per-target kernels come from the Highway translation units
// of dispatch/ as constant tables (parts.h).

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "dispatch/kernels.h"
#include "dispatch/parts.h"
#include "hwy/targets.h"
#include "rotary/rotary.hpp"

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
static_assert(sizeof(f16) == 2 && sizeof(bf16) == 2 && alignof(f16) == 2 &&
                  alignof(bf16) == 2,
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

// The part of `list` compiled for `target`, or null.
template <class Part>
const Part* part_for(PartList<Part> list, int64_t target) {
  for (int i = 0; i < list.count; ++i) {
    if (list.parts[i] != nullptr && list.parts[i]->target == target) {
      return list.parts[i];
    }
  }
  return nullptr;
}

// Every compiled target's KernelSet, assembled from the parts of the
// Highway translation units (parts.h).
std::vector<KernelSet> collect() {
  const PartList<AnglePart> angles = angle_parts();
  const PartList<RotatePart> rotate[kDTypes] = {
      rotate_parts_f32(), rotate_parts_f16(), rotate_parts_bf16()};
  std::vector<KernelSet> sets;
  for (int i = 0; i < angles.count; ++i) {
    const AnglePart* a = angles.parts[i];
    if (a == nullptr) continue;
    const bool seen =
        std::any_of(sets.begin(), sets.end(),
                    [&](const KernelSet& s) { return s.target == a->target; });
    if (seen) continue;
    KernelSet set{};
    set.target = a->target;
    set.fill_row = a->fill_row;
    set.cache_row = a->cache_row;
    set.gather_row = a->gather_row;
    // Every file of dispatch/ is compiled for the same targets (one set of
    // HWY_ definitions for the whole project); a target some part lacks
    // would be left out rather than run with a hole in its table.
    bool complete = true;
    for (int d = 0; d < kDTypes; ++d) {
      const RotatePart* r = part_for(rotate[d], a->target);
      if (r == nullptr) {
        complete = false;
        break;
      }
      static_assert(sizeof(set.rotate[d]) == sizeof(r->rotate),
                    "RotatePart::rotate is one input dtype of KernelSet");
      std::memcpy(set.rotate[d], r->rotate, sizeof(r->rotate));
      std::memcpy(set.copy[d], r->copy, sizeof(r->copy));
      set.quantize[d] = r->quantize;
      static_assert(sizeof(set.qk_norm[d]) == sizeof(r->qk_norm),
                    "RotatePart::qk_norm is one input dtype of KernelSet");
      std::memcpy(set.qk_norm[d], r->qk_norm, sizeof(r->qk_norm));
      set.narrow = r->narrow;
    }
    if (!complete) continue;
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
