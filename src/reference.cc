// The scalar reference: the math of RoPE once, in plain loops and double.
#include <cmath>
#include <new>
#include <vector>

#include "src/plan.h"

namespace rotary {
namespace {

// Pair i of a head: which two entries rotate together.
void pair_indices(Pairing pairing, int64_t rotary_dim, int64_t i, int64_t* a,
                  int64_t* b) {
  if (pairing == Pairing::interleaved) {
    *a = 2 * i;
    *b = 2 * i + 1;
  } else {
    *a = i;
    *b = i + rotary_dim / 2;
  }
}

void rotate_tensor(const detail::Plan& plan, const std::vector<double>& inv_freq,
                   double attention, const detail::TensorIo& x, int64_t t,
                   int64_t position, double sign) {
  if (!x.present) return;
  const RopeSpec& s = plan.spec;
  for (int64_t h = 0; h < x.heads; ++h) {
    const float* in = x.in + t * x.in_token_stride + h * x.in_head_stride;
    float* out = x.out + t * x.out_token_stride + h * x.out_head_stride;
    for (int64_t i = 0; i < s.rotary_dim / 2; ++i) {
      // y_a = x_a cos - x_b sin, y_b = x_b cos + x_a sin; backward: -angle.
      // cos and sin carry the attention factor (YaRN, LongRoPE).
      const double angle = sign * static_cast<double>(position) *
                           inv_freq[static_cast<size_t>(i)];
      const double c = std::cos(angle) * attention;
      const double sn = std::sin(angle) * attention;
      int64_t a, b;
      pair_indices(s.pairing, s.rotary_dim, i, &a, &b);
      const double xa = in[a], xb = in[b];
      out[a] = static_cast<float>(xa * c - xb * sn);
      out[b] = static_cast<float>(xb * c + xa * sn);
    }
    for (int64_t j = s.rotary_dim; j < s.head_dim; ++j) out[j] = in[j];
  }
}

}  // namespace

Status reference_apply(const Rope& rope, const ConstTensor& q_in,
                       const Tensor& q_out, const ConstTensor& k_in,
                       const Tensor& k_out, const Positions& positions,
                       const ApplyOptions& options) {
  try {
    detail::CallIo io;
    Status st = detail::validate_call(rope, q_in, q_out, k_in, k_out,
                                      positions, options, &io);
    if (!st.ok()) return st;
    const double sign = options.direction == Direction::backward ? -1.0 : 1.0;
    // Frequencies straight from the formulas, for this sequence length.
    std::vector<double> inv_freq;
    double attention = 1.0;
    detail::compute_frequencies(rope.spec(), io.sequence_length, &inv_freq,
                                &attention);
    for (int64_t t = io.begin; t < io.end; ++t) {
      const int64_t p = detail::position_at(positions, t);
      rotate_tensor(*rope.plan(), inv_freq, attention, io.q, t, p, sign);
      rotate_tensor(*rope.plan(), inv_freq, attention, io.k, t, p, sign);
    }
    return Status();
  } catch (const std::bad_alloc&) {
    return Status(Code::out_of_memory, "out of memory validating arguments");
  }
}

}  // namespace rotary
