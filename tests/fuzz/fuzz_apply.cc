// Differential fuzz target: a random (valid or not) call runs on every ISA
// this CPU supports and through the scalar reference. Fails on a different
// status, any value beyond the documented tolerance (2^-21 * (|x_a| + |x_b|)
// * max(1, attention factor) per element; pass-through bit-exact), any write
// outside the outputs, or any change to an input of an out-of-place call.
#include <cmath>
#include <string>

#include "tests/fuzz/fuzz_common.h"

namespace rotary {
namespace fuzz {
namespace {

struct Located {
  size_t index;  // in Storage::snapshot()
};

size_t locate(const Storage& s, const float* p) {
  size_t base = 0;
  for (const Buffer& b : s.buffers) {
    const float* begin = b.storage.data();
    if (p >= begin && p < begin + b.storage.size()) return base + (p - begin);
    base += b.storage.size();
  }
  fail("element outside every buffer");
}

void run(const uint8_t* data, size_t size) {
  FuzzedDataProvider fdp(data, size);
  const Call c = decode_call(fdp);
  Rope rope;
  if (!Rope::create(c.spec, &rope).ok()) return;
  const int64_t hd = rope.spec().head_dim, rd = rope.spec().rotary_dim;
  const bool interleaved = rope.spec().pairing == Pairing::interleaved;
  std::vector<int32_t> p32(c.positions.begin(), c.positions.end());
  const Positions positions =
      c.positions_i64 ? Positions(c.positions.data(), c.tokens) : Positions(p32.data(), c.tokens);
  for (int64_t p : c.positions) {
    if (!c.positions_i64 && p > 2147483647) return;
  }

  Storage src(c, hd);
  src.fill(c.seed);
  const std::vector<float> src_before = src.snapshot();
  auto prepare = [&](Storage& s) {
    if (c.in_place) s.fill(c.seed); else s.fill_canary();
  };
  auto call = [&](Storage& out, bool reference) {
    const Tensor& qi = c.in_place ? out.q : src.q;
    const Tensor& ki = c.in_place ? out.k : src.k;
    return reference ? reference_apply(rope, qi, out.q, ki, out.k, positions, c.options)
                     : rope.apply(qi, out.q, ki, out.k, positions, c.options);
  };
  Storage want(c, hd);
  prepare(want);
  const std::vector<float> before = want.snapshot();
  const Status ref = call(want, true);
  const std::vector<float> w = want.snapshot();
  const double att = std::max(1.0, std::fabs(rope.attention_factor()));

  for (const IsaInfo& isa : supported_isas()) {
    if (!select_isa(isa.name).ok()) fail("select_isa", isa.name);
    Storage got(c, hd);
    prepare(got);
    ApplyOptions o = c.options;
    const char* ran = nullptr;
    o.isa_used = &ran;
    const Tensor& qi = c.in_place ? got.q : src.q;
    const Tensor& ki = c.in_place ? got.k : src.k;
    const Status st = rope.apply(qi, got.q, ki, got.k, positions, o);
    if (st.code() != ref.code()) {
      fail("status differs from the reference", std::string(isa.name) + ": " +
                                                    st.message() + " vs " + ref.message());
    }
    if (!got.guards_intact() || src.snapshot() != src_before) fail("wrote outside the outputs", isa.name);
    const std::vector<float> g = got.snapshot();
    if (!st.ok()) {
      if (g != before) fail("an error call wrote", st.message());
      continue;
    }
    if (ran == nullptr || std::string(ran) != isa.name) fail("another kernel ran", isa.name);
    std::vector<bool> checked(g.size(), false);
    for (int which = 0; which < 2; ++which) {
      const Tensor& gv = which ? got.k : got.q;
      const Tensor& sv = which ? src.k : src.q;
      const Storage& in_storage = c.in_place ? got : src;
      const std::vector<float>& in_values = c.in_place ? before : src_before;
      for (int64_t t = 0; t < gv.tokens; ++t) {
        for (int64_t h = 0; h < gv.heads; ++h) {
          const float* row = static_cast<const float*>(gv.data) + t * gv.token_stride + h * gv.head_stride;
          const float* in_row = static_cast<const float*>(sv.data) + t * sv.token_stride + h * sv.head_stride;
          if (c.in_place) in_row = row;
          for (int64_t j = 0; j < hd; ++j) {
            const size_t o_idx = locate(got, row + j);
            checked[o_idx] = true;
            const float y = g[o_idx], r = w[o_idx];
            if (j >= rd || std::memcmp(&y, &r, sizeof(float)) == 0) {
              if (std::memcmp(&y, &r, sizeof(float)) != 0) fail("pass-through differs", isa.name);
              continue;
            }
            const int64_t partner = interleaved ? (j ^ 1) : (j < rd / 2 ? j + rd / 2 : j - rd / 2);
            const float xa = in_values[locate(in_storage, in_row + j)];
            const float xb = in_values[locate(in_storage, in_row + partner)];
            const double tol = (std::fabs(xa) + std::fabs(xb)) * att / (1 << 21);
            if (!(std::fabs(double(y) - double(r)) <= tol)) {
              fail("value beyond tolerance", std::string(isa.name) + " t=" + std::to_string(t) +
                                                 " h=" + std::to_string(h) + " j=" + std::to_string(j) +
                                                 " got " + std::to_string(y) + " want " + std::to_string(r));
            }
          }
        }
      }
    }
    for (size_t i = 0; i < g.size(); ++i) {
      if (!checked[i] && std::memcmp(&g[i], &w[i], sizeof(float)) != 0) fail("wrote outside the views", isa.name);
    }
  }
  select_isa("auto");
}

}  // namespace
}  // namespace fuzz
}  // namespace rotary

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  rotary::fuzz::run(data, size);
  return 0;
}
