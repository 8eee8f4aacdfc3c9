// RopeSpec -> Plan: validation of the spec, frequencies in double, and the
// cos/sin table rounded once to f32.
#include <algorithm>
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
    case Code::ok:
      return "ok";
    case Code::invalid_argument:
      return "invalid_argument";
    case Code::position_out_of_range:
      return "position_out_of_range";
    case Code::unsupported:
      return "unsupported";
    case Code::out_of_memory:
      return "out_of_memory";
    case Code::internal:
      return "internal";
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
  if (s.rotary_offset < 0 || s.rotary_offset >= s.head_dim) {
    return invalid("spec.rotary_offset must be in [0, head_dim = " +
                   std::to_string(s.head_dim) + "), got " +
                   std::to_string(s.rotary_offset));
  }
  const int64_t room = s.head_dim - s.rotary_offset;
  if (s.rotary_dim < 0 || s.rotary_dim > room || s.rotary_dim % 2 != 0) {
    return invalid(
        "spec.rotary_dim must be even and in [0, head_dim - "
        "rotary_offset = " +
        std::to_string(room) + "] (0 means all of it), got " +
        std::to_string(s.rotary_dim) +
        (s.rotary_dim > room && s.rotary_offset > 0
             ? ": rotary_offset + rotary_dim is past head_dim"
             : ""));
  }
  if (s.rotary_dim == 0 && room % 2 != 0) {
    return invalid("spec.rotary_dim is 0 (= head_dim - rotary_offset) but " +
                   std::to_string(room) + " is odd");
  }
  if (!(s.theta > 1.0) || !std::isfinite(s.theta)) {
    return invalid("spec.theta must be finite and > 1, got " +
                   std::to_string(s.theta));
  }
  if (s.pairing != Pairing::interleaved && s.pairing != Pairing::half_split) {
    return invalid("spec.pairing is not a Pairing value");
  }
  if (s.max_positions < 0) {
    return invalid("spec.max_positions must be >= 0 (0 = no table), got " +
                   std::to_string(s.max_positions));
  }
  const int64_t rd = s.rotary_dim == 0 ? room : s.rotary_dim;
  if (s.max_positions > 0 &&
      s.max_positions > kMaxTableFloats / row_floats(s.pairing, rd)) {
    return invalid("spec.max_positions " + std::to_string(s.max_positions) +
                   " makes a cos/sin table over 8 GiB; use 0 (no table)");
  }
  return Status();
}

}  // namespace

std::vector<double> row_steps(const std::vector<double>& inv_freq) {
  const size_t n = inv_freq.size();
  std::vector<double> step(2 * n);
  for (size_t i = 0; i < n; ++i) {
    step[i] = std::cos(inv_freq[i]);
    step[n + i] = std::sin(inv_freq[i]);
  }
  return step;
}

// Pads inv_freq for whole-vector loads, and builds the table if any, or the
// step of on-the-fly rows.
Status finish_freq_set(const Plan& plan, FreqSet* set) {
  set->inv_freq.resize(static_cast<size_t>((plan.half + kInvFreqPad - 1) /
                                           kInvFreqPad * kInvFreqPad),
                       0.0);
  set->step = row_steps(set->inv_freq);
  const int64_t rows = plan.spec.max_positions;
  if (rows == 0) return Status();
  const size_t bytes =
      static_cast<size_t>(rows * plan.row_floats) * sizeof(float);
  // 64-byte aligned rows; aligned_alloc wants a multiple of the alignment.
  void* p = std::aligned_alloc(64, (bytes + 63) / 64 * 64);
  if (p == nullptr) {
    return Status(Code::out_of_memory,
                  "spec.max_positions: cannot allocate a " +
                      std::to_string(bytes) + "-byte cos/sin table");
  }
  set->table.reset(static_cast<float*>(p));
  set->table_rows = rows;
  // Values are correctly rounded, so any ISA builds the same table.
  const FillRowFn fill = best_kernel_set()->fill_row;
  const FreqSet& cset = *set;
  tbb::parallel_for(tbb::blocked_range<int64_t>(0, rows, 256),
                    [&](const tbb::blocked_range<int64_t>& r) {
                      AngleArgs a{cset.inv_freq.data(),
                                  plan.half,
                                  0,
                                  cset.attention,
                                  plan.spec.pairing == Pairing::interleaved,
                                  nullptr};
                      for (int64_t pos = r.begin(); pos < r.end(); ++pos) {
                        a.position = pos;
                        a.row = cset.table.get() + pos * plan.row_floats;
                        fill(a);
                      }
                    });
  return Status();
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
    RopeSpec& spec = plan->spec;
    spec = spec_in;
    if (spec.rotary_dim == 0) {
      spec.rotary_dim = spec.head_dim - spec.rotary_offset;
    }
    st = detail::validate_scaling(spec);
    if (!st.ok()) return st;
    plan->half = spec.rotary_dim / 2;
    plan->row_floats = detail::row_floats(spec.pairing, spec.rotary_dim);
    st = detail::validate_multi_axis(spec.multi_axis, plan->half);
    if (!st.ok()) return st;
    plan->axes = spec.multi_axis.axes;
    if (plan->axes > 0) {
      plan->pair_axis = spec.multi_axis.pair_axis;
      plan->pair_freq = spec.multi_axis.pair_freq;
      if (plan->pair_freq.empty()) {
        for (int64_t i = 0; i < plan->half; ++i) plan->pair_freq.push_back(i);
      }
      for (int64_t i = 0; i < plan->half; ++i) {
        const size_t u = static_cast<size_t>(i);
        plan->identity_freq = plan->identity_freq && plan->pair_freq[u] == i;
        auto& runs = plan->runs;
        if (!runs.empty() && runs.back().axis == plan->pair_axis[u] &&
            runs.back().freq + runs.back().length == plan->pair_freq[u]) {
          ++runs.back().length;
        } else {
          runs.push_back({i, 1, plan->pair_freq[u], plan->pair_axis[u]});
        }
      }
      // Split rows: C then S, one float per pair. Interleaved rows: C then
      // S, two floats per pair.
      const int64_t w = spec.pairing == Pairing::interleaved ? 2 : 1;
      const int64_t part = w * plan->half;
      for (int64_t j = 0; j < plan->row_floats; ++j) {
        const int64_t pair = (j % part) / w;
        const size_t u = static_cast<size_t>(pair);
        plan->gather_axis.push_back(plan->pair_axis[u]);
        plan->gather_column.push_back(static_cast<int32_t>(
            j / part * part + w * plan->pair_freq[u] + j % w));
      }
      const auto& axis = plan->gather_axis;
      const auto& column = plan->gather_column;
      const int64_t floats = plan->row_floats;
      for (int w = 0; w < 3; ++w) {
        const int64_t n = detail::kGatherWidths[w];
        for (int64_t j = 0; j + n <= floats; j += n) {
          const size_t first = static_cast<size_t>(j);
          bool one = true, two = column[first] + 2 * n <= floats, same = true;
          for (int64_t i = 1; i < n; ++i) {
            const size_t u = static_cast<size_t>(j + i);
            one = one && column[u] == column[u - 1] + 1;
            two = two && column[u] == column[u - 1] + 2;
            same = same && axis[u] == axis[u - 1];
          }
          const uint8_t kind =
              one   ? (same ? detail::kOneAxisByOne : detail::kBlendByOne)
              : two ? (same ? detail::kOneAxisByTwo : detail::kBlendByTwo)
                    : detail::kGatherIndex;
          // Joins the previous run if this vector's loads continue its
          // last one's: same kind, the axis (one axis) or every lane's axis
          // (blends) alike, columns on by n or 2n.
          auto& runs = plan->gather_runs[w];
          if (!runs.empty() && runs.back().kind == kind) {
            const size_t prev = first - static_cast<size_t>(n);
            const int64_t step =
                kind == detail::kOneAxisByOne || kind == detail::kBlendByOne
                    ? n
                    : 2 * n;
            bool joins = kind == detail::kGatherIndex ||
                         column[first] == column[prev] + step;
            if (kind == detail::kOneAxisByOne ||
                kind == detail::kOneAxisByTwo) {
              joins = joins && axis[first] == axis[prev];
            }
            if (joins) {
              ++runs.back().vectors;
              continue;
            }
          }
          runs.push_back({static_cast<int32_t>(j), 1, kind});
        }
      }
      // The plan is not copied or moved (it is shared), so these pointers
      // into its vectors hold for its life.
      detail::GatherArgs& g = plan->gather_args;
      g.axis = plan->gather_axis.data();
      g.column = plan->gather_column.data();
      for (int w = 0; w < 3; ++w) {
        g.runs[w] = plan->gather_runs[w].data();
        g.run_counts[w] = static_cast<int32_t>(plan->gather_runs[w].size());
      }
      g.identity = plan->identity_freq;
      g.axes = plan->axes;
      g.floats = plan->row_floats;
      plan->gather_by_runs =
          static_cast<int64_t>(plan->runs.size()) * 8 <= plan->half;
    }

    // Short context (or the only set), and longrope's long one.
    detail::compute_frequencies(spec, 0, &plan->base.inv_freq,
                                &plan->base.attention);
    if (spec.scaling.kind == ScalingKind::longrope) {
      detail::compute_frequencies(spec, spec.scaling.original_max_positions + 1,
                                  &plan->long_ctx.inv_freq,
                                  &plan->long_ctx.attention);
    }
    // Highest frequency a call can meet (dynamic only lowers frequencies).
    double max_inv = 0.0;
    for (const detail::FreqSet* set : {&plan->base, &plan->long_ctx}) {
      bool finite = std::isfinite(set->attention);
      for (double f : set->inv_freq) {
        finite = finite && std::isfinite(f) && f >= 0.0;
        max_inv = std::max(max_inv, f);
      }
      if (!finite) {
        return Status(Code::invalid_argument,
                      "spec: theta and the scaling parameters give non-finite "
                      "frequencies or attention factor");
      }
    }
    const double limit = std::min(2147483647.0, detail::kMaxAngle / max_inv);
    plan->max_otf_position = static_cast<int64_t>(limit);
    if (spec.max_positions > plan->max_otf_position + 1) {
      return Status(Code::invalid_argument,
                    "spec.max_positions " + std::to_string(spec.max_positions) +
                        " exceeds the largest position whose angle can be "
                        "reduced exactly (" +
                        std::to_string(plan->max_otf_position) + ")");
    }
    st = detail::finish_freq_set(*plan, &plan->base);
    if (!st.ok()) return st;
    if (spec.scaling.kind == ScalingKind::longrope) {
      st = detail::finish_freq_set(*plan, &plan->long_ctx);
      if (!st.ok()) return st;
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

double Rope::attention_factor() const { return plan_->base.attention; }

std::vector<double> Rope::inv_freq(int64_t sequence_length) const {
  // No position is involved: 0 (or less) is a sequence of one token.
  sequence_length = std::max<int64_t>(sequence_length, 1);
  detail::FreqSet scratch;
  const detail::FreqSet& set = plan_->select(sequence_length, &scratch);
  return std::vector<double>(set.inv_freq.begin(),
                             set.inv_freq.begin() + plan_->half);
}

Status Rope::cos_sin(int64_t position, float* cos, float* sin,
                     int64_t sequence_length) const {
  if (plan_ == nullptr) {
    return Status(Code::invalid_argument, "rope: not created");
  }
  if (cos == nullptr || sin == nullptr) {
    return Status(Code::invalid_argument, "cos_sin: output pointer is null");
  }
  if (position < 0 || position > plan_->max_otf_position) {
    return Status(Code::position_out_of_range,
                  "position " + std::to_string(position) + " is outside [0, " +
                      std::to_string(plan_->max_otf_position) + "]");
  }
  if (sequence_length < 0) {
    return Status(Code::invalid_argument,
                  "sequence_length must be >= 0 (0 = position + 1), got " +
                      std::to_string(sequence_length));
  }
  // As apply(): 0 means the largest position involved + 1.
  if (sequence_length == 0) sequence_length = position + 1;
  try {
    detail::FreqSet scratch;
    const detail::FreqSet& set = plan_->select(sequence_length, &scratch);
    // Half-split layout: cos then sin, exactly the values kernels read.
    std::vector<float> row(static_cast<size_t>(2 * plan_->half));
    detail::AngleArgs a{set.inv_freq.data(), plan_->half, position,
                        set.attention,       false,       row.data()};
    detail::best_kernel_set()->fill_row(a);
    std::copy(row.begin(), row.begin() + plan_->half, cos);
    std::copy(row.begin() + plan_->half, row.end(), sin);
    return Status();
  } catch (const std::bad_alloc&) {
    return Status(Code::out_of_memory, "out of memory");
  }
}

}  // namespace rotary
