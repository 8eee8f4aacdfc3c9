// RopeSpec -> Plan: validation of the spec, frequencies in double, and the
// cos/sin table rounded once to f32.
#include <cmath>
#include <limits>
#include <new>
#include <string>

#include <oneapi/tbb/blocked_range.h>
#include <oneapi/tbb/parallel_for.h>

#include "dispatch/kernels.h"
#include "src/plan.h"

namespace rotary {

const char* code_name(Code code) {
  switch (code) {
    case Code::ok: return "ok";
    case Code::invalid_argument: return "invalid_argument";
    case Code::position_out_of_range: return "position_out_of_range";
    case Code::unsupported: return "unsupported";
    case Code::out_of_memory: return "out_of_memory";
    case Code::internal: return "internal";
  }
  return "unknown";
}

namespace detail {
namespace {

Status invalid(std::string message) {
  return Status(Code::invalid_argument, std::move(message));
}

// Largest table we agree to build: 2^31 floats (8 GiB).
constexpr int64_t kMaxTableFloats = int64_t{1} << 31;

Status validate_spec(const RopeSpec& s) {
  if (s.head_dim <= 0) {
    return invalid("spec.head_dim must be > 0, got " +
                   std::to_string(s.head_dim));
  }
  if (s.rotary_dim < 0 || s.rotary_dim > s.head_dim || s.rotary_dim % 2 != 0) {
    return invalid("spec.rotary_dim must be even and in [0, head_dim = " +
                   std::to_string(s.head_dim) + "] (0 means head_dim), got " +
                   std::to_string(s.rotary_dim));
  }
  if (s.rotary_dim == 0 && s.head_dim % 2 != 0) {
    return invalid("spec.rotary_dim is 0 (= head_dim) but head_dim " +
                   std::to_string(s.head_dim) + " is odd");
  }
  if (!(s.theta > 1.0) || !std::isfinite(s.theta)) {
    return invalid("spec.theta must be finite and > 1, got " +
                   std::to_string(s.theta));
  }
  if (s.pairing != Pairing::interleaved && s.pairing != Pairing::half_split) {
    return invalid("spec.pairing is not a Pairing value");
  }
  switch (s.scaling.kind) {
    case ScalingKind::none:
      break;
    case ScalingKind::linear:
      if (!(s.scaling.factor > 0.0) || !std::isfinite(s.scaling.factor)) {
        return invalid("spec.scaling.factor must be finite and > 0, got " +
                       std::to_string(s.scaling.factor));
      }
      break;
    default:
      return invalid("spec.scaling.kind is not a ScalingKind value");
  }
  if (s.max_positions < 0) {
    return invalid("spec.max_positions must be >= 0 (0 = no table), got " +
                   std::to_string(s.max_positions));
  }
  const int64_t rd = s.rotary_dim == 0 ? s.head_dim : s.rotary_dim;
  if (s.max_positions > 0 &&
      s.max_positions > kMaxTableFloats / row_floats(s.pairing, rd)) {
    return invalid("spec.max_positions " + std::to_string(s.max_positions) +
                   " makes a cos/sin table over 8 GiB; use 0 (no table)");
  }
  return Status();
}

}  // namespace

std::vector<double> compute_inv_freq(const RopeSpec& spec) {
  const int64_t half = spec.rotary_dim / 2;
  std::vector<double> inv_freq(static_cast<size_t>(half));
  for (int64_t i = 0; i < half; ++i) {
    // Double: float pow() moves the angle of late pairs at long positions.
    double f = std::pow(spec.theta, -2.0 * static_cast<double>(i) /
                                        static_cast<double>(spec.rotary_dim));
    if (spec.scaling.kind == ScalingKind::linear) f /= spec.scaling.factor;
    inv_freq[static_cast<size_t>(i)] = f;
  }
  return inv_freq;
}

void Plan::fill_row(int64_t position, float* row) const {
  const int64_t half = spec.rotary_dim / 2;
  const double p = static_cast<double>(position);
  for (int64_t i = 0; i < half; ++i) {
    const double angle = p * inv_freq[static_cast<size_t>(i)];
    const float c = static_cast<float>(std::cos(angle));
    const float s = static_cast<float>(std::sin(angle));
    if (spec.pairing == Pairing::half_split) {
      row[i] = c;
      row[half + i] = s;
    } else {
      const int64_t rd = spec.rotary_dim;
      row[2 * i] = c;
      row[2 * i + 1] = c;
      row[rd + 2 * i] = -s;
      row[rd + 2 * i + 1] = s;
    }
  }
}

}  // namespace detail

Status Rope::create(const RopeSpec& spec_in, Rope* out) {
  if (out == nullptr) {
    return Status(Code::invalid_argument, "out: Rope pointer is null");
  }
  try {
    Status st = detail::validate_spec(spec_in);
    if (!st.ok()) return st;
    auto plan = std::make_shared<detail::Plan>();
    plan->spec = spec_in;
    if (plan->spec.rotary_dim == 0) plan->spec.rotary_dim = spec_in.head_dim;
    plan->inv_freq = detail::compute_inv_freq(plan->spec);
    plan->row_floats =
        detail::row_floats(plan->spec.pairing, plan->spec.rotary_dim);
    const int64_t rows = plan->spec.max_positions;
    if (rows > 0) {
      const size_t bytes =
          static_cast<size_t>(rows * plan->row_floats) * sizeof(float);
      // 64-byte aligned rows for full-line loads; size rounded up for
      // aligned_alloc.
      void* p = std::aligned_alloc(64, (bytes + 63) / 64 * 64);
      if (p == nullptr) {
        return Status(Code::out_of_memory,
                      "spec.max_positions: cannot allocate a " +
                          std::to_string(bytes) + "-byte cos/sin table");
      }
      plan->table.reset(static_cast<float*>(p));
      const detail::Plan& cplan = *plan;
      float* table = plan->table.get();
      tbb::parallel_for(tbb::blocked_range<int64_t>(0, rows, 256),
                        [&](const tbb::blocked_range<int64_t>& r) {
                          for (int64_t pos = r.begin(); pos < r.end(); ++pos) {
                            cplan.fill_row(pos, table + pos * cplan.row_floats);
                          }
                        });
    }
    out->plan_ = std::move(plan);
    return Status();
  } catch (const std::bad_alloc&) {
    return Status(Code::out_of_memory, "out of memory building the plan");
  } catch (...) {
    return Status(Code::internal, "unexpected exception building the plan");
  }
}

const RopeSpec& Rope::spec() const { return plan_->spec; }
const std::vector<double>& Rope::inv_freq() const { return plan_->inv_freq; }

}  // namespace rotary
