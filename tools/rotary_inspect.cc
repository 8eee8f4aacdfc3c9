// rotary-inspect: what the library derives from a model's config.json — the
// spec, inv_freq per pair, the attention factor, and cos/sin at chosen
// positions. The thing to run when a model's outputs look wrong at long
// context.
//
//   rotary-inspect config.json [--positions 0,4096,131071] [--seq N]
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "rotary/rotary.hpp"

namespace {

const char* kind_name(rotary::ScalingKind k) {
  switch (k) {
    case rotary::ScalingKind::none:
      return "default";
    case rotary::ScalingKind::linear:
      return "linear";
    case rotary::ScalingKind::dynamic:
      return "dynamic";
    case rotary::ScalingKind::yarn:
      return "yarn";
    case rotary::ScalingKind::llama3:
      return "llama3";
    case rotary::ScalingKind::longrope:
      return "longrope";
    case rotary::ScalingKind::ggml:
      return "ggml";
  }
  return "?";
}

int usage() {
  std::fprintf(stderr,
               "usage: rotary-inspect config.json [--positions P1,P2,...] "
               "[--seq SEQUENCE_LENGTH]\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return usage();
  std::vector<int64_t> positions = {0, 1, 4096};
  int64_t seq = 0;
  for (int i = 2; i < argc; ++i) {
    if (std::strcmp(argv[i], "--positions") == 0 && i + 1 < argc) {
      positions.clear();
      for (char* p = argv[++i]; *p != '\0';) {
        char* end = nullptr;
        positions.push_back(std::strtoll(p, &end, 10));
        if (end == p) return usage();
        p = *end == ',' ? end + 1 : end;
      }
    } else if (std::strcmp(argv[i], "--seq") == 0 && i + 1 < argc) {
      seq = std::strtoll(argv[++i], nullptr, 10);
    } else {
      return usage();
    }
  }

  rotary::RopeSpec spec;
  rotary::Status st = rotary::spec_from_config_file(argv[1], &spec);
  if (!st.ok()) {
    std::fprintf(stderr, "rotary-inspect: %s\n", st.message().c_str());
    return 1;
  }
  const int64_t table = spec.max_positions;
  spec.max_positions = 0;  // inspect on the fly: same values, no big table
  rotary::Rope rope;
  st = rotary::Rope::create(spec, &rope);
  if (!st.ok()) {
    std::fprintf(stderr, "rotary-inspect: %s\n", st.message().c_str());
    return 1;
  }
  const rotary::RopeSpec& s = rope.spec();
  const rotary::RopeScaling& sc = s.scaling;
  std::printf("spec\n");
  std::printf("  head_dim        %lld\n", static_cast<long long>(s.head_dim));
  std::printf("  rotary_dim      %lld\n", static_cast<long long>(s.rotary_dim));
  std::printf("  theta           %.17g\n", s.theta);
  std::printf(
      "  pairing         %s\n",
      s.pairing == rotary::Pairing::interleaved ? "interleaved" : "half_split");
  // The table the parsed spec would build (see RopeSpec::max_positions).
  const long long table_bytes =
      static_cast<long long>(table) * s.rotary_dim * 4 *
      (s.pairing == rotary::Pairing::interleaved ? 2 : 1) *
      (sc.kind == rotary::ScalingKind::longrope ? 2 : 1);
  std::printf(
      "  max_positions   %lld (table: %lld bytes, %.1f MiB; 0 = none, "
      "rows on the fly)\n",
      static_cast<long long>(table), table_bytes,
      static_cast<double>(table_bytes) / (1024.0 * 1024.0));
  std::printf("  scaling         %s\n", kind_name(sc.kind));
  if (sc.kind != rotary::ScalingKind::none) {
    std::printf("  factor          %.17g\n", sc.factor);
    std::printf("  original_max    %lld\n",
                static_cast<long long>(sc.original_max_positions));
  }
  if (sc.kind == rotary::ScalingKind::yarn) {
    std::printf("  beta_fast/slow  %g / %g (truncate %s)\n", sc.beta_fast,
                sc.beta_slow, sc.truncate ? "yes" : "no");
    std::printf("  mscale          %g / all_dim %g\n", sc.mscale,
                sc.mscale_all_dim);
  }
  if (sc.kind == rotary::ScalingKind::llama3) {
    std::printf("  low/high freq   %g / %g\n", sc.low_freq_factor,
                sc.high_freq_factor);
  }
  const bool seq_matters = sc.kind == rotary::ScalingKind::dynamic ||
                           sc.kind == rotary::ScalingKind::longrope;
  if (seq_matters) {
    std::printf(
        "  sequence length %lld%s\n", static_cast<long long>(seq),
        seq == 0 ? " (pass --seq to see long-context frequencies)" : "");
  }
  std::printf("attention factor  %.17g\n", rope.attention_factor());
  std::printf("ISA               %s\n", rotary::active_isa().c_str());

  const std::vector<double> f = rope.inv_freq(seq);
  // Multi-axis: the position axis of each pair, and its frequency index
  // when that is not the pair's own (inv_freq and wavelength are then of
  // the pair's frequency).
  const rotary::MultiAxis& m = s.multi_axis;
  const bool freq_col = !m.pair_freq.empty();
  if (m.enabled()) {
    std::printf("multi_axis        %d axes (per-pair axis below%s)\n", m.axes,
                freq_col ? ", frequency index" : "");
  }
  std::printf("\n%5s %24s %16s%s%s\n", "pair", "inv_freq", "wavelength",
              m.enabled() ? "  axis" : "", freq_col ? "  freq" : "");
  for (size_t i = 0; i < f.size(); ++i) {
    const double fi = freq_col ? f[static_cast<size_t>(m.pair_freq[i])] : f[i];
    std::printf("%5zu %24.17g %16.6g", i, fi,
                2.0 * 3.14159265358979323846 / fi);
    if (m.enabled()) std::printf("  %4d", m.pair_axis[i]);
    if (freq_col)
      std::printf("  %4lld", static_cast<long long>(m.pair_freq[i]));
    std::printf("\n");
  }
  const size_t half = f.size();
  std::vector<float> c(half), sn(half);
  for (int64_t p : positions) {
    st = rope.cos_sin(p, c.data(), sn.data(), seq);
    if (!st.ok()) {
      std::fprintf(stderr, "rotary-inspect: %s\n", st.message().c_str());
      return 1;
    }
    std::printf("\nposition %lld\n%5s %16s %16s\n", static_cast<long long>(p),
                "pair", "cos", "sin");
    for (size_t i = 0; i < half; ++i) {
      std::printf("%5zu %16.9g %16.9g\n", i, c[i], sn[i]);
    }
  }
  return 0;
}
