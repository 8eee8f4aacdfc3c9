// The scalar reference: the math of RoPE once, in plain loops and double.
#include <algorithm>
#include <cmath>
#include <cstring>
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

// Element i of a tensor of `dtype`, exactly, in double.
double load(const void* data, DType dtype, int64_t i) {
  switch (dtype) {
    case DType::f16:
      return to_float(static_cast<const f16*>(data)[i]);
    case DType::bf16:
      return to_float(static_cast<const bf16*>(data)[i]);
    case DType::f32:
      break;
  }
  return static_cast<const float*>(data)[i];
}

// x rounded once to the nearest value with `fraction_bits` bits after the
// point and exponents in [emin, emax] (subnormals below emin), ties to even;
// past the largest finite value, Inf. Dividing by the ulp (a power of two)
// is exact, so nearbyint does the one rounding.
double round_to_format(double x, int fraction_bits, int emin, int emax) {
  if (!std::isfinite(x) || x == 0.0) return x;
  int e;
  std::frexp(x, &e);  // |x| in [2^(e-1), 2^e)
  const double ulp = std::ldexp(1.0, std::max(e - 1, emin) - fraction_bits);
  const double r = std::nearbyint(x / ulp) * ulp;
  const double largest =
      std::ldexp(2.0 - std::ldexp(1.0, -fraction_bits), emax);
  return std::fabs(r) > largest ? std::copysign(HUGE_VAL, x) : r;
}

// Stores x as element i of a tensor of `dtype`, rounded once from double.
void store(void* data, DType dtype, int64_t i, double x) {
  switch (dtype) {
    case DType::f16:
      // Exactly representable after rounding: to_f16 only changes the format.
      static_cast<f16*>(data)[i] =
          to_f16(static_cast<float>(round_to_format(x, 10, -14, 15)));
      return;
    case DType::bf16:
      static_cast<bf16*>(data)[i] =
          to_bf16(static_cast<float>(round_to_format(x, 7, -126, 127)));
      return;
    case DType::f32:
      break;
  }
  static_cast<float*>(data)[i] = static_cast<float>(x);
}

// cos_i and sin_i of one token: from angles in double, or from a caller
// cache's values (exact in double).
// Multi-axis: pair i uses the position of axis pair_axis[i] and frequency
// (or cache column) pair_freq[i].
struct Angles {
  const std::vector<double>* inv_freq = nullptr;  // null: from the cache
  double attention = 1.0;
  int64_t position = 0;
  double sign = 1.0;
  const void* cos = nullptr;  // cache row
  const void* sin = nullptr;
  DType dtype = DType::f32;
  // Multi-axis (plan null: 1D): positions per axis, cache rows per axis.
  const detail::Plan* plan = nullptr;
  int64_t axis_position[detail::kMaxAxes] = {};
  const void* axis_cos[detail::kMaxAxes] = {};
  const void* axis_sin[detail::kMaxAxes] = {};

  void at(int64_t i, double* c, double* s) const {
    int64_t p = position, f = i;
    const void* cr = cos;
    const void* sr = sin;
    if (plan != nullptr) {
      const int a = plan->pair_axis[static_cast<size_t>(i)];
      f = plan->pair_freq[static_cast<size_t>(i)];
      p = axis_position[a];
      cr = axis_cos[a];
      sr = axis_sin[a];
    }
    if (inv_freq == nullptr) {
      *c = load(cr, dtype, f);
      *s = sign * load(sr, dtype, f);
      return;
    }
    const double angle =
        sign * static_cast<double>(p) * (*inv_freq)[static_cast<size_t>(f)];
    *c = std::cos(angle) * attention;
    *s = std::sin(angle) * attention;
  }
};

void rotate_tensor(const detail::Plan& plan, const Angles& angles,
                   const detail::TensorIo& x, int64_t t) {
  if (!x.present) return;
  const RopeSpec& s = plan.spec;
  const size_t in_size = dtype_size(x.in_dtype);
  const size_t out_size = dtype_size(x.out_dtype);
  const int64_t first = s.rotary_offset, last = s.rotary_offset + s.rotary_dim;
  for (int64_t h = 0; h < x.heads; ++h) {
    const void* in = static_cast<const char*>(x.in) +
                     (x.in_offset(t) + h * x.in_head_stride) * in_size;
    void* out = static_cast<char*>(x.out) +
                (x.out_offset(t) + h * x.out_head_stride) * out_size;
    // Read the whole head first: in place, out is in.
    std::vector<double> v(static_cast<size_t>(s.head_dim));
    for (int64_t j = 0; j < s.head_dim; ++j) {
      v[static_cast<size_t>(j)] = load(in, x.in_dtype, j);
    }
    for (int64_t i = 0; i < s.rotary_dim / 2; ++i) {
      // y_a = x_a cos - x_b sin, y_b = x_b cos + x_a sin; backward: -angle.
      // cos and sin carry the attention factor (YaRN, LongRoPE).
      double c, sn;
      angles.at(i, &c, &sn);
      int64_t a, b;
      pair_indices(s.pairing, s.rotary_dim, i, &a, &b);
      a += first;
      b += first;
      const double xa = v[static_cast<size_t>(a)],
                   xb = v[static_cast<size_t>(b)];
      store(out, x.out_dtype, a, xa * c - xb * sn);
      store(out, x.out_dtype, b, xb * c + xa * sn);
    }
    // Pass-through: the same bits for one dtype, else rounded once.
    for (int64_t j = 0; j < s.head_dim; ++j) {
      if (j >= first && j < last) continue;
      if (x.in_dtype == x.out_dtype) {
        std::memmove(static_cast<char*>(out) + j * out_size,
                     static_cast<const char*>(in) + j * in_size, in_size);
      } else {
        store(out, x.out_dtype, j, v[static_cast<size_t>(j)]);
      }
    }
  }
}

}  // namespace

Status reference_apply(const Rope& rope, const ConstTensor& q_in,
                       const Tensor& q_out, const ConstTensor& k_in,
                       const Tensor& k_out, const Positions& positions,
                       const ApplyOptions& options) {
  try {
    detail::CallIo io;
    Status st = detail::validate_call(rope, q_in, q_out, k_in, k_out, positions,
                                      options, &io);
    if (!st.ok()) return st;
    const double sign = options.direction == Direction::backward ? -1.0 : 1.0;
    // Frequencies straight from the formulas, for this sequence length.
    std::vector<double> inv_freq;
    double attention = 1.0;
    detail::compute_frequencies(rope.spec(), io.sequence_length, &inv_freq,
                                &attention);
    Angles angles;
    angles.sign = sign;
    angles.inv_freq = &inv_freq;
    angles.attention = attention;
    const detail::CacheIo& cache = io.cache;
    const size_t cache_size = dtype_size(cache.dtype);
    const detail::Plan& plan = *rope.plan();
    const bool multi = plan.axes > 0 && io.positions.axes > 0;
    if (multi) angles.plan = &plan;
    for (int64_t t = io.begin; t < io.end; ++t) {
      if (multi) {
        for (int a = 0; a < plan.axes; ++a) {
          const int64_t p = io.positions.at(t, a);
          angles.axis_position[a] = p;
          if (cache.cos != nullptr) {
            const int64_t off =
                cache.offset(t, p) * static_cast<int64_t>(cache_size);
            angles.axis_cos[a] = static_cast<const char*>(cache.cos) + off;
            angles.axis_sin[a] = static_cast<const char*>(cache.sin) + off;
          }
        }
        if (cache.cos != nullptr) {
          angles.inv_freq = nullptr;
          angles.dtype = cache.dtype;
        }
      } else if (cache.cos != nullptr) {
        const int64_t p = cache.by_position ? io.positions.at(t) : 0;
        const int64_t off =
            cache.offset(t, p) * static_cast<int64_t>(cache_size);
        angles.inv_freq = nullptr;
        angles.cos = static_cast<const char*>(cache.cos) + off;
        angles.sin = static_cast<const char*>(cache.sin) + off;
        angles.dtype = cache.dtype;
      } else {
        angles.position = io.positions.at(t);
      }
      rotate_tensor(*rope.plan(), angles, io.q, t);
      rotate_tensor(*rope.plan(), angles, io.k, t);
    }
    return Status();
  } catch (const std::bad_alloc&) {
    return Status(Code::out_of_memory, "out of memory validating arguments");
  }
}

}  // namespace rotary
