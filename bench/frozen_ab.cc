// The live kernels against the frozen copy of the kernels taken before the
// walk layer was rewritten (tests/frozen/rope-inl.h), in one process: for
// each row, passes of the live kernel and of the frozen one alternate on the
// same buffers, rows and walk order, and the row's figure is the median over
// passes of live speed / frozen speed (1.00: no change). Both run on the
// best target this CPU supports (or the ISA named), single-threaded, in
// place, with q of 32 heads and k of 8 heads of 128 entries per token
// (Llama-3-8B), one cos/sin row per token. This isolates the kernel code:
// everything around the kernels (validation, rows, threads) is the same for
// both.
//
//   rotary_frozen_ab [seconds per row, default 1] [row filter, e.g. "bf16
//   half"] [ISA, e.g. avx2: that target instead of the best one]

#undef HWY_TARGET_INCLUDE
#define HWY_TARGET_INCLUDE "bench/frozen_ab.cc"
#include "hwy/foreach_target.h"  // IWYU pragma: keep

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "dispatch/dtype.h"
#include "dispatch/kernels.h"
#include "hwy/highway.h"
#include "tests/frozen/rope-inl.h"

#ifndef ROTARY_BENCH_FROZEN_AB_ONCE_
#define ROTARY_BENCH_FROZEN_AB_ONCE_
namespace rotary {
namespace frozen_ab {
using FrozenRotateFn = void (*)(const rotary_frozen::HeadsArgs&);
// [dtype (in = out)][pairing][direction], as KernelSet::rotate's diagonal.
struct FrozenTable {
  int64_t target = 0;
  FrozenRotateFn rotate[3][2][2] = {};
};
}  // namespace frozen_ab
}  // namespace rotary
#endif  // ROTARY_BENCH_FROZEN_AB_ONCE_

HWY_BEFORE_NAMESPACE();
namespace rotary {
namespace frozen_ab {
namespace HWY_NAMESPACE {
namespace fz = rotary_frozen::HWY_NAMESPACE;

template <class T>
void FillOne(FrozenRotateFn (&fn)[2][2]) {
  fn[0][0] = &fz::RotateInterleaved<T, T, false>;
  fn[0][1] = &fz::RotateInterleaved<T, T, true>;
  fn[1][0] = &fz::RotateHalfSplit<T, T, false>;
  fn[1][1] = &fz::RotateHalfSplit<T, T, true>;
}

void FillTable(FrozenTable* t) {
  t->target = HWY_TARGET;
  FillOne<float>(t->rotate[0]);
  FillOne<rotary::f16>(t->rotate[1]);
  FillOne<rotary::bf16>(t->rotate[2]);
}

}  // namespace HWY_NAMESPACE
}  // namespace frozen_ab
}  // namespace rotary
HWY_AFTER_NAMESPACE();

#if HWY_ONCE
namespace rotary {
namespace frozen_ab {
HWY_EXPORT(FillTable);

using Clock = std::chrono::steady_clock;

struct Shape {
  const char* name;
  int64_t tokens;
  int repeat;  // calls of the whole shape per timed pass
};

constexpr int64_t kQHeads = 32, kKHeads = 8, kHeadDim = 128;

// Passes cycle the data's start through kShifts offsets kShiftBytes apart
// (4 KiB in all): a kernel's speed at small sizes depends on where the data
// lies against its stack buffers modulo 4 KiB (4K aliasing of loads behind
// stores), by up to 20% on Zen 3, and one fixed address would report that
// luck as a difference between the kernels.
constexpr int kShifts = 8;
constexpr size_t kShiftBytes = 512;

// Random 16-bit or f32 data of `count` elements, all finite.
std::vector<unsigned char> Data(DType dtype, size_t count, uint32_t seed) {
  std::mt19937 rng(seed);
  std::uniform_real_distribution<float> unit(-2.0f, 2.0f);
  const size_t size = dtype == DType::f32 ? 4 : 2;
  std::vector<unsigned char> out(count * size);
  for (size_t i = 0; i < count; ++i) {
    const float v = unit(rng);
    if (dtype == DType::f32) std::memcpy(&out[4 * i], &v, 4);
    const uint16_t h = to_f16(v).bits, b = to_bf16(v).bits;
    if (dtype == DType::f16) std::memcpy(&out[2 * i], &h, 2);
    if (dtype == DType::bf16) std::memcpy(&out[2 * i], &b, 2);
  }
  return out;
}

const char* DTypeName(DType dtype) {
  return dtype == DType::f32 ? "f32" : dtype == DType::f16 ? "f16" : "bf16";
}

double Median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  const size_t n = v.size();
  return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

int Main(int argc, char** argv) {
  const double seconds = argc > 1 ? std::atof(argv[1]) : 1.0;
  const std::string filter = argc > 2 ? argv[2] : "";
  const std::string isa = argc > 3 ? argv[3] : "";
  if (!isa.empty()) {
    // Dispatch the frozen table to that ISA's target alone.
    int64_t target = 0;
    for (const detail::KernelSet* s : detail::compiled_kernel_sets()) {
      if (isa == s->name) target = s->target;
    }
    if (target == 0 || (hwy::SupportedTargets() & target) == 0) {
      std::fprintf(stderr, "ISA '%s' is not compiled in or not supported\n",
                   isa.c_str());
      return 1;
    }
    hwy::SetSupportedTargetsForTest(target);
    hwy::SupportedTargets();  // makes the mock the dispatch's choice
  }
  FrozenTable frozen;
  HWY_DYNAMIC_DISPATCH(FillTable)(&frozen);
  const detail::KernelSet* live = nullptr;
  for (const detail::KernelSet* s : detail::compiled_kernel_sets()) {
    if (s->target == frozen.target) live = s;
  }
  if (live == nullptr) {
    std::fprintf(stderr, "no live kernel set for the frozen target\n");
    return 1;
  }
  std::printf(
      "live vs frozen kernels, target %s, 1 thread, q 32 + k 8 heads of 128\n"
      "live/frozen = median over alternated passes of live speed / frozen "
      "speed\n(quartiles beside it); walk = the order walk_order() gives "
      "both\n\n",
      live->name);
  std::printf("%-5s %-12s %-14s %-10s %8s  %s\n", "dtype", "pairing", "shape",
              "walk", "live/fz", "quartiles");
  const Shape shapes[] = {{"decode1", 1, 400},
                          {"tokens16", 16, 40},
                          {"tokens512", 512, 2},
                          {"prefill4096", 4096, 1}};
  const DType dtypes[] = {DType::f32, DType::f16, DType::bf16};
  const char* walk_names[] = {"resident", "grouped", "streaming"};
  double worst = 0;
  uint32_t seed = 1;
  for (DType dtype : dtypes) {
    const int di = static_cast<int>(dtype);
    const size_t size = dtype == DType::f32 ? 4 : 2;
    for (Pairing pairing : {Pairing::interleaved, Pairing::half_split}) {
      const int p = static_cast<int>(pairing);
      for (const Shape& shape : shapes) {
        const std::string label = std::string(DTypeName(dtype)) + " " +
                                  (p == 0 ? "interleaved" : "half_split") +
                                  " " + shape.name;
        if (label.find(filter) == std::string::npos) continue;
        const int64_t row_floats = detail::row_floats(pairing, kHeadDim);
        std::vector<float> rows(static_cast<size_t>(shape.tokens * row_floats));
        std::mt19937 rng(++seed);
        std::uniform_real_distribution<float> unit(-1.0f, 1.0f);
        for (float& r : rows) r = unit(rng);
        std::vector<unsigned char> q =
            Data(dtype,
                 static_cast<size_t>(shape.tokens * kQHeads * kHeadDim) +
                     kShifts * kShiftBytes,
                 ++seed);
        std::vector<unsigned char> k =
            Data(dtype,
                 static_cast<size_t>(shape.tokens * kKHeads * kHeadDim) +
                     kShifts * kShiftBytes,
                 ++seed);
        size_t shift = 0;
        // One call's traffic as apply() counts it: every token's q and k,
        // read and written.
        const int64_t traffic = static_cast<int64_t>(2 * (q.size() + k.size()));
        const detail::WalkOrder walk =
            detail::walk_order(traffic, live->narrow);
        const int64_t group = walk.kind == detail::WalkKind::resident ? 0
                              : walk.kind == detail::WalkKind::grouped
                                  ? walk.group
                                  : 1;
        // Forward then backward, so the data stays bounded pass after pass.
        auto pass = [&](bool use_live) {
          const auto t0 = Clock::now();
          for (int rep = 0; rep < shape.repeat; ++rep) {
            for (int dir = 0; dir < 2; ++dir) {
              for (int64_t t = 0; t < shape.tokens; ++t) {
                for (int s = 0; s < 2; ++s) {
                  unsigned char* base = (s == 0 ? q.data() : k.data()) + shift;
                  const int64_t heads = s == 0 ? kQHeads : kKHeads;
                  void* x =
                      base + static_cast<size_t>(t * heads * kHeadDim) * size;
                  const float* row = &rows[static_cast<size_t>(t * row_floats)];
                  // The fields both HeadsArgs share; each side adds its walk.
                  auto fill = [&](auto* a) {
                    a->row = row;
                    a->in = x;
                    a->out = x;
                    a->in_head_stride = a->out_head_stride = kHeadDim;
                    a->heads = heads;
                    a->head_dim = a->rotary_dim = kHeadDim;
                  };
                  if (use_live) {
                    detail::HeadsArgs a;
                    fill(&a);
                    a.walk = walk;
                    live->rotate[di][di][p][dir](a);
                  } else {
                    rotary_frozen::HeadsArgs a;
                    fill(&a);
                    a.head_group = group;
                    frozen.rotate[di][p][dir](a);
                  }
                }
              }
            }
          }
          return std::chrono::duration<double>(Clock::now() - t0).count();
        };
        pass(true);  // warm both
        pass(false);
        std::vector<double> ratios;
        double spent = 0;
        for (int i = 0; spent < seconds || i < 2 * kShifts; ++i) {
          // Alternate which side goes first, so neither always follows
          // the other's cache state; both sides of a pair use the same
          // shift of the data, cycled across 4 KiB (see kShifts).
          shift = static_cast<size_t>((i / 2) % kShifts) * kShiftBytes;
          double tl, tf;
          if (i % 2 == 0) {
            tl = pass(true);
            tf = pass(false);
          } else {
            tf = pass(false);
            tl = pass(true);
          }
          ratios.push_back(tf / tl);
          spent += tl + tf;
        }
        std::sort(ratios.begin(), ratios.end());
        const double m = Median(ratios);
        worst = std::max(worst, std::abs(m - 1.0));
        std::printf("%-5s %-12s %-14s %-10s %8.3f  %.3f..%.3f (%zu passes)\n",
                    DTypeName(dtype), p == 0 ? "interleaved" : "half_split",
                    shape.name, walk_names[static_cast<int>(walk.kind)], m,
                    ratios[ratios.size() / 4], ratios[3 * ratios.size() / 4],
                    ratios.size());
        std::fflush(stdout);
      }
    }
  }
  std::printf("\nlargest |live/frozen - 1|: %.3f\n", worst);
  return 0;
}

}  // namespace frozen_ab
}  // namespace rotary

int main(int argc, char** argv) { return rotary::frozen_ab::Main(argc, argv); }
#endif  // HWY_ONCE
