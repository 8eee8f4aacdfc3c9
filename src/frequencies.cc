// Frequencies of every scaling variant, in double, with the formulas of
// Hugging Face transformers' modeling_rope_utils and llama.cpp's rope_yarn.
#include <algorithm>
#include <cmath>
#include <string>

#include "src/plan.h"

namespace rotary {
namespace detail {
namespace {

constexpr double kPi = 3.14159265358979323846;

Status invalid(std::string message) {
  return Status(Code::invalid_argument, std::move(message));
}

bool finite_positive(double v) { return std::isfinite(v) && v > 0.0; }

std::string num(double v) {
  char buf[64];
  std::snprintf(buf, sizeof(buf), "%.17g", v);
  return buf;
}

Status check_factor(const RopeScaling& s, double minimum) {
  if (!std::isfinite(s.factor) || s.factor < minimum ||
      (minimum == 0.0 && s.factor <= 0.0)) {
    return invalid("spec.scaling.factor must be finite and " +
                   std::string(minimum == 0.0 ? "> 0" : ">= 1") + ", got " +
                   num(s.factor));
  }
  return Status();
}

Status check_original(const RopeScaling& s) {
  if (s.original_max_positions <= 0) {
    return invalid("spec.scaling.original_max_positions must be > 0, got " +
                   std::to_string(s.original_max_positions));
  }
  return Status();
}

Status check_betas(const RopeScaling& s) {
  if (!finite_positive(s.beta_fast) || !finite_positive(s.beta_slow) ||
      s.beta_fast <= s.beta_slow) {
    return invalid("spec.scaling.beta_fast must be > beta_slow > 0, got " +
                   num(s.beta_fast) + " and " + num(s.beta_slow));
  }
  return Status();
}

Status check_list(const char* name, const std::vector<double>& v,
                  int64_t half) {
  if (static_cast<int64_t>(v.size()) != half) {
    return invalid(std::string("spec.scaling.") + name + " must have " +
                   "rotary_dim/2 = " + std::to_string(half) + " entries, got " +
                   std::to_string(v.size()));
  }
  for (size_t i = 0; i < v.size(); ++i) {
    if (!finite_positive(v[i])) {
      return invalid(std::string("spec.scaling.") + name + "[" +
                     std::to_string(i) + "] must be finite and > 0, got " +
                     num(v[i]));
    }
  }
  return Status();
}

Status check_non_negative(const char* name, double v) {
  if (!std::isfinite(v) || v < 0.0) {
    return invalid(std::string("spec.scaling.") + name +
                   " must be finite and >= 0, got " + num(v));
  }
  return Status();
}

// theta^(-2i/d): the unscaled frequency of pair i.
double base_inv_freq(double theta, int64_t i, int64_t d) {
  return std::pow(theta,
                  -2.0 * static_cast<double>(i) / static_cast<double>(d));
}

// Dimension (in rotary_dim units) whose wavelength makes `rotations` turns
// over `context` positions (YaRN's find_correction_dim).
double correction_dim(double rotations, int64_t d, double theta,
                      double context) {
  return static_cast<double>(d) * std::log(context / (rotations * 2.0 * kPi)) /
         (2.0 * std::log(theta));
}

double yarn_mscale(double scale, double mscale) {
  return scale <= 1.0 ? 1.0 : 0.1 * mscale * std::log(scale) + 1.0;
}

}  // namespace

Status validate_scaling(const RopeSpec& spec) {
  const RopeScaling& s = spec.scaling;
  const int64_t half = spec.rotary_dim / 2;
  Status st;
  switch (s.kind) {
    case ScalingKind::none:
      return Status();
    case ScalingKind::linear:
      return check_factor(s, 0.0);
    case ScalingKind::dynamic:
      if (!(st = check_factor(s, 1.0)).ok()) return st;
      if (spec.rotary_dim <= 2) {
        return invalid("spec.rotary_dim must be > 2 for dynamic scaling");
      }
      return check_original(s);
    case ScalingKind::yarn:
      if (!(st = check_factor(s, 1.0)).ok()) return st;
      if (!(st = check_original(s)).ok()) return st;
      if (!(st = check_betas(s)).ok()) return st;
      if (!(st = check_non_negative("attention_factor", s.attention_factor))
               .ok()) {
        return st;
      }
      if (!(st = check_non_negative("mscale", s.mscale)).ok()) return st;
      return check_non_negative("mscale_all_dim", s.mscale_all_dim);
    case ScalingKind::llama3:
      if (!(st = check_factor(s, 1.0)).ok()) return st;
      if (!(st = check_original(s)).ok()) return st;
      if (!finite_positive(s.low_freq_factor) ||
          !std::isfinite(s.high_freq_factor) ||
          s.low_freq_factor > s.high_freq_factor) {
        return invalid(
            "spec.scaling.low_freq_factor must be > 0 and <= "
            "high_freq_factor, got " +
            num(s.low_freq_factor) + " and " + num(s.high_freq_factor));
      }
      return Status();
    case ScalingKind::longrope:
      if (!(st = check_factor(s, 0.0)).ok()) return st;
      if (!(st = check_original(s)).ok()) return st;
      if (!(st = check_list("short_factor", s.short_factor, half)).ok()) {
        return st;
      }
      if (!(st = check_list("long_factor", s.long_factor, half)).ok()) {
        return st;
      }
      return check_non_negative("attention_factor", s.attention_factor);
    case ScalingKind::ggml:
      if (!finite_positive(s.freq_scale)) {
        return invalid("spec.scaling.freq_scale must be finite and > 0, got " +
                       num(s.freq_scale));
      }
      if (!(st = check_non_negative("ext_factor", s.ext_factor)).ok()) {
        return st;
      }
      if (!finite_positive(s.attn_factor)) {
        return invalid("spec.scaling.attn_factor must be finite and > 0, got " +
                       num(s.attn_factor));
      }
      if (s.ext_factor != 0.0) {
        if (!(st = check_original(s)).ok()) return st;
        if (!(st = check_betas(s)).ok()) return st;
      }
      if (!s.freq_factors.empty()) {
        return check_list("freq_factors", s.freq_factors, half);
      }
      return Status();
  }
  return invalid("spec.scaling.kind is not a ScalingKind value");
}

void compute_frequencies(const RopeSpec& spec, int64_t sequence_length,
                         std::vector<double>* inv_freq, double* attention) {
  const RopeScaling& s = spec.scaling;
  const int64_t d = spec.rotary_dim, half = d / 2;
  const double theta = spec.theta;
  inv_freq->assign(static_cast<size_t>(half), 0.0);
  double* f = inv_freq->data();
  *attention = 1.0;
  switch (s.kind) {
    case ScalingKind::none:
      for (int64_t i = 0; i < half; ++i) f[i] = base_inv_freq(theta, i, d);
      break;
    case ScalingKind::linear:
      for (int64_t i = 0; i < half; ++i) {
        f[i] = base_inv_freq(theta, i, d) / s.factor;
      }
      break;
    case ScalingKind::dynamic: {
      // theta' = theta * (factor * L / original - (factor - 1))^(d / (d - 2))
      // with L = max(sequence_length, original).
      const double original = static_cast<double>(s.original_max_positions);
      const double len =
          std::max(static_cast<double>(sequence_length), original);
      const double grown =
          theta * std::pow(s.factor * len / original - (s.factor - 1.0),
                           static_cast<double>(d) / static_cast<double>(d - 2));
      for (int64_t i = 0; i < half; ++i) f[i] = base_inv_freq(grown, i, d);
      break;
    }
    case ScalingKind::yarn: {
      // Extrapolated (unscaled) frequencies for high-frequency pairs,
      // interpolated (/ factor) for low ones, a linear ramp between the
      // correction dims of beta_fast and beta_slow.
      const double original = static_cast<double>(s.original_max_positions);
      double low = correction_dim(s.beta_fast, d, theta, original);
      double high = correction_dim(s.beta_slow, d, theta, original);
      if (s.truncate) {
        low = std::floor(low);
        high = std::ceil(high);
      }
      low = std::max(low, 0.0);
      high = std::min(high, static_cast<double>(d - 1));
      if (low == high) high += 0.001;  // as HF: avoids a division by zero
      for (int64_t i = 0; i < half; ++i) {
        const double extrapolation = base_inv_freq(theta, i, d);
        const double interpolation = extrapolation / s.factor;
        const double ramp = std::min(
            1.0, std::max(0.0, (static_cast<double>(i) - low) / (high - low)));
        const double keep = 1.0 - ramp;  // share of extrapolation
        f[i] = interpolation * (1.0 - keep) + extrapolation * keep;
      }
      if (s.attention_factor > 0.0) {
        *attention = s.attention_factor;
      } else if (s.mscale > 0.0 && s.mscale_all_dim > 0.0) {
        *attention = yarn_mscale(s.factor, s.mscale) /
                     yarn_mscale(s.factor, s.mscale_all_dim);
      } else {
        *attention = yarn_mscale(s.factor, 1.0);
      }
      break;
    }
    case ScalingKind::llama3: {
      const double original = static_cast<double>(s.original_max_positions);
      const double low_wavelen = original / s.low_freq_factor;
      const double high_wavelen = original / s.high_freq_factor;
      for (int64_t i = 0; i < half; ++i) {
        const double inv = base_inv_freq(theta, i, d);
        const double wavelen = 2.0 * kPi / inv;
        if (wavelen < high_wavelen) {
          f[i] = inv;
        } else if (wavelen > low_wavelen) {
          f[i] = inv / s.factor;
        } else if (s.low_freq_factor == s.high_freq_factor) {
          f[i] =
              inv;  // empty smooth band: only wavelen == the bound lands here
        } else {
          const double smooth = (original / wavelen - s.low_freq_factor) /
                                (s.high_freq_factor - s.low_freq_factor);
          f[i] = (1.0 - smooth) * inv / s.factor + smooth * inv;
        }
      }
      break;
    }
    case ScalingKind::longrope: {
      const bool long_ctx = sequence_length > s.original_max_positions;
      const std::vector<double>& ext =
          long_ctx ? s.long_factor : s.short_factor;
      for (int64_t i = 0; i < half; ++i) {
        f[i] = 1.0 / (ext[static_cast<size_t>(i)] *
                      std::pow(theta, 2.0 * static_cast<double>(i) /
                                          static_cast<double>(d)));
      }
      if (s.attention_factor > 0.0) {
        *attention = s.attention_factor;
      } else if (s.factor > 1.0) {
        *attention = std::sqrt(
            1.0 + std::log(s.factor) /
                      std::log(static_cast<double>(s.original_max_positions)));
      }
      break;
    }
    case ScalingKind::ggml: {
      // llama.cpp: theta_i = p * theta^(-2i/d) / freq_factor_i, mixed as
      // freq_scale * theta_i * (1 - mix) + theta_i * mix, mix = ramp * ext.
      double low = 0.0, high = 0.0;
      if (s.ext_factor != 0.0) {
        const double original = static_cast<double>(s.original_max_positions);
        low = std::max(
            0.0, std::floor(correction_dim(s.beta_fast, d, theta, original)));
        high = std::min(
            static_cast<double>(d - 1),
            std::ceil(correction_dim(s.beta_slow, d, theta, original)));
      }
      for (int64_t i = 0; i < half; ++i) {
        double extrapolation = base_inv_freq(theta, i, d);
        if (!s.freq_factors.empty()) {
          extrapolation /= s.freq_factors[static_cast<size_t>(i)];
        }
        double mix = 0.0;
        if (s.ext_factor != 0.0) {
          const double y =
              (static_cast<double>(i) - low) / std::max(0.001, high - low);
          mix = (1.0 - std::min(1.0, std::max(0.0, y))) * s.ext_factor;
        }
        f[i] = extrapolation * (s.freq_scale * (1.0 - mix) + mix);
      }
      *attention = s.attn_factor;
      if (s.ext_factor != 0.0) {
        *attention *= 1.0 + 0.1 * std::log(1.0 / s.freq_scale);
      }
      break;
    }
  }
}

const FreqSet& Plan::select(int64_t sequence_length, FreqSet* scratch) const {
  const RopeScaling& s = spec.scaling;
  if (s.kind == ScalingKind::longrope &&
      sequence_length > s.original_max_positions) {
    return long_ctx;
  }
  if (s.kind == ScalingKind::dynamic &&
      sequence_length > s.original_max_positions) {
    compute_frequencies(spec, sequence_length, &scratch->inv_freq,
                        &scratch->attention);
    scratch->inv_freq.resize(static_cast<size_t>((half + kInvFreqPad - 1) /
                                                 kInvFreqPad * kInvFreqPad),
                             0.0);
    scratch->table.reset();
    scratch->table_rows = 0;
    return *scratch;
  }
  return base;
}

}  // namespace detail
}  // namespace rotary
