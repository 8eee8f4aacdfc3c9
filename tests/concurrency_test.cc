// Many threads at once: different plans, one shared plan, and the ISA
// override switched while others apply. Results must match the reference.
// (std::thread here plays the caller's own threads.)
#include <atomic>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "gtest/gtest.h"
#include "rotary/rotary.hpp"
#include "tests/test_util.h"

namespace rotary {
namespace test {
namespace {

Rope make(int64_t head_dim, Pairing pairing, int64_t max_positions) {
  RopeSpec spec;
  spec.head_dim = head_dim;
  spec.pairing = pairing;
  spec.max_positions = max_positions;
  Rope rope;
  EXPECT_TRUE(Rope::create(spec, &rope).ok());
  return rope;
}

// One call on fresh data, checked against the reference; returns failures.
int one_call(const Rope& rope, std::mt19937& rng, Threading threading) {
  const int64_t hd = rope.spec().head_dim;
  std::uniform_int_distribution<int64_t> tokens_dist(1, 24), pos_dist(0, 255);
  const int64_t T = tokens_dist(rng), Hq = 4, Hk = 2;
  std::vector<float> q(T * Hq * hd), k(T * Hk * hd);
  std::uniform_real_distribution<float> val(-1, 1);
  for (auto& v : q) v = val(rng);
  for (auto& v : k) v = val(rng);
  std::vector<int32_t> pos(T);
  for (auto& p : pos) p = static_cast<int32_t>(pos_dist(rng));
  std::vector<float> qr = q, kr = k;
  ApplyOptions o;
  o.threading = threading;
  if (!rope.apply(Tensor::bshd(q.data(), T, Hq, hd),
                  Tensor::bshd(k.data(), T, Hk, hd), Positions(pos.data(), T),
                  o)
           .ok()) {
    return 1;
  }
  if (!reference_apply(rope, Tensor::bshd(qr.data(), T, Hq, hd),
                       Tensor::bshd(qr.data(), T, Hq, hd),
                       Tensor::bshd(kr.data(), T, Hk, hd),
                       Tensor::bshd(kr.data(), T, Hk, hd),
                       Positions(pos.data(), T))
           .ok()) {
    return 1;
  }
  int bad = 0;
  for (size_t i = 0; i < q.size(); ++i)
    bad += !(std::abs(q[i] - qr[i]) <= 2.0 / (1 << 21));
  for (size_t i = 0; i < k.size(); ++i)
    bad += !(std::abs(k[i] - kr[i]) <= 2.0 / (1 << 21));
  return bad;
}

TEST(Concurrency, PlansSharedAndOwnWhileTheIsaChanges) {
  const Rope shared = make(64, Pairing::half_split, 256);
  std::atomic<bool> stop{false};
  std::atomic<int> failures{0};
  // Switches the ISA among the supported ones until the workers finish.
  std::thread switcher([&] {
    const std::vector<IsaInfo> isas = supported_isas();
    for (size_t i = 0; !stop.load(); ++i) {
      if (!select_isa(isas[i % isas.size()].name).ok()) failures++;
      std::this_thread::yield();
    }
  });
  std::vector<std::thread> workers;
  for (int w = 0; w < 6; ++w) {
    workers.emplace_back([&, w] {
      std::mt19937 rng(100 + w);
      // Half the workers share one plan; the others build their own.
      const Rope own = make(w % 2 ? 72 : 128,
                            w % 3 ? Pairing::interleaved : Pairing::half_split,
                            w % 2 ? 0 : 256);
      const Rope& rope = w < 3 ? shared : own;
      for (int i = 0; i < 40; ++i) {
        failures += one_call(rope, rng,
                             i % 2 ? Threading::serial : Threading::automatic);
      }
    });
  }
  for (auto& t : workers) t.join();
  stop = true;
  switcher.join();
  EXPECT_EQ(failures.load(), 0);
  ASSERT_TRUE(select_isa("auto").ok());
}

TEST(Concurrency, PlansCreatedFromManyThreads) {
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int w = 0; w < 4; ++w) {
    threads.emplace_back([&, w] {
      std::mt19937 rng(7 + w);
      for (int i = 0; i < 10; ++i) {
        const Rope rope =
            make(16 + 8 * (i % 4),
                 i % 2 ? Pairing::interleaved : Pairing::half_split, 512);
        failures += one_call(rope, rng, Threading::automatic);
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(failures.load(), 0);
}

}  // namespace
}  // namespace test
}  // namespace rotary
