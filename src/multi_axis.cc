// Multi-axis RoPE presets: each model family's layout as the per-pair axis
// and frequency index of MultiAxis, and their validation.
#include <string>

#include "src/plan.h"

namespace rotary {
namespace {

Status invalid(std::string message) {
  return Status(Code::invalid_argument, std::move(message));
}

// A MultiAxis Rope::create refuses (sections that do not fit): the axes are
// set, the per-pair vectors left empty.
MultiAxis refused(int axes) {
  MultiAxis m;
  m.axes = axes;
  return m;
}

bool sections_fit(int64_t half, const std::vector<int64_t>& sections,
                  size_t count) {
  if (half <= 0 || sections.size() != count) return false;
  int64_t sum = 0;
  for (int64_t s : sections) {
    if (s < 0) return false;
    sum += s;
  }
  return sum == half;
}

// Two axes, pairs [0, half/2) on axis 0 and [half/2, half) on axis 1, with
// frequency 2j + odd_second for the second part's j-th pair.
MultiAxis two_halves(int64_t half, int64_t second_offset) {
  if (half <= 0 || half % 2 != 0) return refused(2);
  MultiAxis m;
  m.axes = 2;
  const int64_t q = half / 2;
  for (int64_t i = 0; i < half; ++i) {
    const bool second = i >= q;
    const int64_t j = second ? i - q : i;
    m.pair_axis.push_back(second ? 1 : 0);
    m.pair_freq.push_back(2 * j + (second ? second_offset : 0));
  }
  return m;
}

}  // namespace

MultiAxis mrope_sections(int64_t half, const std::vector<int64_t>& sections) {
  if (!sections_fit(half, sections, 3)) return refused(3);
  MultiAxis m;
  m.axes = 3;
  for (int axis = 0; axis < 3; ++axis) {
    for (int64_t n = 0; n < sections[static_cast<size_t>(axis)]; ++n) {
      m.pair_axis.push_back(axis);
    }
  }
  return m;
}

MultiAxis mrope_interleaved(int64_t half,
                            const std::vector<int64_t>& sections) {
  if (!sections_fit(half, sections, 3)) return refused(3);
  MultiAxis m;
  m.axes = 3;
  for (int64_t j = 0; j < half; ++j) {
    int axis = 0;
    if (j % 3 == 1 && j < 3 * sections[1]) axis = 1;
    if (j % 3 == 2 && j < 3 * sections[2]) axis = 2;
    m.pair_axis.push_back(axis);
  }
  return m;
}

MultiAxis vision_2d_qwen(int64_t half) { return two_halves(half, 0); }

MultiAxis pixtral_2d(int64_t half) { return two_halves(half, 1); }

MultiAxis llama4_vision(int64_t half) { return two_halves(half, 0); }

MultiAxis vision_2d_ggml(int64_t half, const std::vector<int64_t>& sections) {
  if (!sections_fit(half, sections, 2) || 2 * sections[0] > half ||
      2 * sections[1] > half) {
    return refused(2);
  }
  MultiAxis m;
  m.axes = 2;
  for (int axis = 0; axis < 2; ++axis) {
    for (int64_t j = 0; j < sections[static_cast<size_t>(axis)]; ++j) {
      m.pair_axis.push_back(axis);
      m.pair_freq.push_back(2 * j);
    }
  }
  return m;
}

Status ggml_multi_axis(int64_t half, const int sections[4], int mode,
                       MultiAxis* out) {
  constexpr int kMrope = 8, kVision = 24, kImrope = 40;
  if (out == nullptr) return invalid("out: MultiAxis pointer is null");
  if (sections == nullptr) return invalid("sections is null");
  if (mode != kMrope && mode != kVision && mode != kImrope) {
    return invalid("mode " + std::to_string(mode) +
                   " is not GGML_ROPE_TYPE_MROPE (8), _VISION (24) or "
                   "_IMROPE (40)");
  }
  if (half <= 0) return invalid("half must be > 0");
  int64_t sum = 0;
  for (int s = 0; s < 4; ++s) {
    if (sections[s] < 0) {
      return invalid("sections[" + std::to_string(s) + "] is negative");
    }
    sum += sections[s];
  }
  if (sum == 0) return invalid("sections are all 0");
  const int64_t s0 = sections[0], s1 = sections[1], s2 = sections[2];
  MultiAxis m;
  m.axes = 4;  // llama.cpp's 4 position streams
  for (int64_t i = 0; i < half; ++i) {
    const int64_t sector = i % sum;
    int axis = 0;
    int64_t freq = i;
    if (mode == kImrope) {
      if (sector % 3 == 1 && sector < 3 * s1)
        axis = 1;
      else if (sector % 3 == 2 && sector < 3 * s2)
        axis = 2;
      else if (sector % 3 == 0 && sector < 3 * s0)
        axis = 0;
      else
        axis = 3;
    } else {
      int64_t start = 0;
      if (sector >= s0 + s1 + s2) {
        axis = 3, start = s0 + s1 + s2;
      } else if (sector >= s0 + s1) {
        axis = 2, start = s0 + s1;
      } else if (sector >= s0) {
        axis = 1, start = s0;
      }
      // VISION restarts the frequency index per section, at ggml's
      // theta^(-2/n_dims) with n_dims = half: our inv_freq[2j].
      if (mode == kVision) {
        freq = 2 * (sector - start);
        if (freq >= half) {
          return invalid("VISION sections[" + std::to_string(axis) +
                         "] = " + std::to_string(sections[axis]) +
                         " needs frequencies past rotary_dim/2 (at most " +
                         std::to_string(half / 2) + " pairs per section)");
        }
      }
    }
    m.pair_axis.push_back(axis);
    if (mode == kVision) m.pair_freq.push_back(freq);
  }
  *out = std::move(m);
  return Status();
}

Status multi_axis_preset(std::string_view name, int64_t half,
                         const std::vector<int64_t>& sections, MultiAxis* out) {
  if (out == nullptr) return invalid("out: MultiAxis pointer is null");
  MultiAxis m;
  if (name == "mrope") {
    m = mrope_sections(half, sections);
  } else if (name == "mrope_interleaved") {
    m = mrope_interleaved(half, sections);
  } else if (name == "vision_2d_qwen") {
    m = vision_2d_qwen(half);
  } else if (name == "vision_2d_ggml") {
    m = vision_2d_ggml(half, sections);
  } else if (name == "pixtral_2d") {
    m = pixtral_2d(half);
  } else if (name == "llama4_vision") {
    m = llama4_vision(half);
  } else {
    return invalid("multi-axis preset '" + std::string(name) +
                   "' is unknown (mrope, mrope_interleaved, vision_2d_qwen, "
                   "vision_2d_ggml, pixtral_2d, llama4_vision)");
  }
  Status st = detail::validate_multi_axis(m, half);
  if (!st.ok()) return st;
  *out = std::move(m);
  return Status();
}

namespace detail {

Status validate_multi_axis(const MultiAxis& m, int64_t half) {
  const std::string n = "spec.multi_axis";
  if (m.axes == 0) {
    if (!m.pair_axis.empty() || !m.pair_freq.empty()) {
      return invalid(n + ": axes is 0 (1D) but pair_axis or pair_freq is set");
    }
    return Status();
  }
  if (m.axes < 0 || m.axes > kMaxAxes) {
    return invalid(n + ".axes must be in [0, " + std::to_string(kMaxAxes) +
                   "], got " + std::to_string(m.axes));
  }
  if (static_cast<int64_t>(m.pair_axis.size()) != half) {
    return invalid(n + ".pair_axis has " + std::to_string(m.pair_axis.size()) +
                   " entries, not rotary_dim/2 = " + std::to_string(half) +
                   " (do the sections sum to the pairs?)");
  }
  for (size_t i = 0; i < m.pair_axis.size(); ++i) {
    if (m.pair_axis[i] < 0 || m.pair_axis[i] >= m.axes) {
      return invalid(n + ".pair_axis[" + std::to_string(i) +
                     "] = " + std::to_string(m.pair_axis[i]) +
                     " is not in [0, axes = " + std::to_string(m.axes) + ")");
    }
  }
  if (!m.pair_freq.empty()) {
    if (static_cast<int64_t>(m.pair_freq.size()) != half) {
      return invalid(
          n + ".pair_freq has " + std::to_string(m.pair_freq.size()) +
          " entries, not 0 or rotary_dim/2 = " + std::to_string(half));
    }
    for (size_t i = 0; i < m.pair_freq.size(); ++i) {
      if (m.pair_freq[i] < 0 || m.pair_freq[i] >= half) {
        return invalid(n + ".pair_freq[" + std::to_string(i) +
                       "] = " + std::to_string(m.pair_freq[i]) +
                       " is not in [0, rotary_dim/2 = " + std::to_string(half) +
                       ")");
      }
    }
  }
  return Status();
}

}  // namespace detail
}  // namespace rotary
