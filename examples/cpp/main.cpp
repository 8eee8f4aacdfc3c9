// A C++ program using rotary: rotates the query and key heads of a
// Llama-3-8B-shaped attention layer (32 query heads, 8 key/value heads,
// head_dim 128, half-split pairs, theta 500000) for a few tokens, q in place
// and k into a separate buffer, then checks one element of each against the
// RoPE formula. Exits 1 on mismatch.
//
// Against an installed rotary, with pkg-config:
//   c++ -std=c++17 -O2 main.cpp $(pkg-config --cflags --libs rotary)
// (pkg-config --static --libs when librotary is a static library), or with
// CMake: see CMakeLists.txt.
#include <cmath>
#include <cstdio>
#include <vector>

#include <rotary/rotary.hpp>

namespace {

constexpr int64_t kTokens = 4, kQHeads = 32, kKHeads = 8, kHeadDim = 128;
constexpr double kTheta = 500000.0;

// Pair i of a head at `position`, rotated by the formula in double.
bool matches_formula(const float* in, const float* out, int64_t position,
                     int64_t i, const char* what) {
  const int64_t a = i, b = i + kHeadDim / 2;  // half-split pair
  const double angle = position * std::pow(kTheta, -2.0 * i / kHeadDim);
  const double want_a = in[a] * std::cos(angle) - in[b] * std::sin(angle);
  const double want_b = in[b] * std::cos(angle) + in[a] * std::sin(angle);
  std::printf("%s pair %lld = (%.7f, %.7f), formula (%.7f, %.7f)\n", what,
              static_cast<long long>(i), out[a], out[b], want_a, want_b);
  return std::fabs(out[a] - want_a) <= 1e-5 &&
         std::fabs(out[b] - want_b) <= 1e-5;
}

}  // namespace

int main() {
  std::vector<float> q(kTokens * kQHeads * kHeadDim);
  std::vector<float> k(kTokens * kKHeads * kHeadDim);
  std::vector<float> k_rotated(k.size());
  for (size_t n = 0; n < q.size(); ++n) q[n] = std::sin(0.01f * n);
  for (size_t n = 0; n < k.size(); ++n) k[n] = std::cos(0.02f * n);
  const std::vector<float> q_before = q;
  // KV-cache slots of a continuous batch, as int64.
  const std::vector<int64_t> positions = {0, 1, 17, 4095};

  rotary::RopeSpec spec;
  spec.head_dim = kHeadDim;
  spec.theta = kTheta;
  spec.pairing = rotary::Pairing::half_split;
  spec.max_positions = 8192;
  rotary::Rope rope;
  rotary::Status st = rotary::Rope::create(spec, &rope);
  if (!st.ok()) {
    std::fprintf(stderr, "Rope::create: %s\n", st.message().c_str());
    return 1;
  }

  const rotary::Tensor qv =
      rotary::Tensor::bshd(q.data(), kTokens, kQHeads, kHeadDim);
  const rotary::Tensor kv =
      rotary::Tensor::bshd(k.data(), kTokens, kKHeads, kHeadDim);
  const rotary::Tensor kout =
      rotary::Tensor::bshd(k_rotated.data(), kTokens, kKHeads, kHeadDim);
  const char* isa = "";
  rotary::ApplyOptions options;
  options.isa_used = &isa;
  // q in place (output = input), k out of place.
  st = rope.apply(qv, qv, kv, kout,
                  rotary::Positions(positions.data(), kTokens), options);
  if (!st.ok()) {
    std::fprintf(stderr, "Rope::apply: %s (%s)\n", st.message().c_str(),
                 rotary::code_name(st.code()));
    return 1;
  }
  std::printf("rotary, isa %s\n", isa);

  const int64_t t = 3, h = 5, kh = 7;
  const int64_t q_off = (t * kQHeads + h) * kHeadDim;
  const int64_t k_off = (t * kKHeads + kh) * kHeadDim;
  const bool ok = matches_formula(&q_before[q_off], &q[q_off], positions[t], 10,
                                  "q[3][5]") &&
                  matches_formula(&k[k_off], &k_rotated[k_off], positions[t],
                                  60, "k[3][7]");
  if (!ok) std::fprintf(stderr, "mismatch\n");
  return ok ? 0 : 1;
}
