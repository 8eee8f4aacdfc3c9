// RopeSpec from a Hugging Face config.json.
#include <algorithm>
#include <cmath>
#include <fstream>
#include <new>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "rotary/rotary.hpp"

namespace rotary {
namespace {

using json = nlohmann::json;

Status invalid(std::string message) {
  return Status(Code::invalid_argument, "config: " + std::move(message));
}

// Reads an optional number; a present non-number is an error.
Status number(const json& obj, const char* key, const std::string& where,
              double* out, bool* found) {
  *found = false;
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return Status();
  if (!it->is_number()) {
    return invalid(where + key + " must be a number");
  }
  *out = it->get<double>();
  *found = true;
  return Status();
}

Status required(const json& obj, const char* key, const std::string& where,
                double* out) {
  bool found = false;
  Status st = number(obj, key, where, out, &found);
  if (st.ok() && !found) return invalid(where + key + " is missing");
  return st;
}

Status integer(const json& obj, const char* key, const std::string& where,
               int64_t* out, bool* found) {
  double v = 0;
  Status st = number(obj, key, where, &v, found);
  if (!st.ok() || !*found) return st;
  if (v != std::floor(v) || v < 0 || v > 9.0e15) {
    return invalid(where + key + " must be a non-negative integer");
  }
  *out = static_cast<int64_t>(v);
  return Status();
}

Status number_list(const json& obj, const char* key, const std::string& where,
                   std::vector<double>* out) {
  auto it = obj.find(key);
  if (it == obj.end() || !it->is_array()) {
    return invalid(where + key + " must be a list of numbers");
  }
  out->clear();
  for (const json& v : *it) {
    if (!v.is_number()) {
      return invalid(where + key + " must be a list of numbers");
    }
    out->push_back(v.get<double>());
  }
  return Status();
}

// Multimodal RoPE (Qwen2-VL, Qwen2.5-VL, Qwen3-VL, Qwen3.5): the rope
// parameters' mrope_section (and mrope_interleaved) at the level holding the
// text model's fields, else at the other level (top or text_config). Sets
// spec->multi_axis over spec->rotary_dim / 2 pairs.
Status read_mrope(const json& root_in, const json& root, RopeSpec* spec) {
  auto text = root_in.find("text_config");
  const json* levels[3] = {&root, &root_in, nullptr};
  if (text != root_in.end() && text->is_object()) levels[2] = &*text;
  for (const json* level : levels) {
    if (level == nullptr) continue;
    for (const char* key : {"rope_parameters", "rope_scaling"}) {
      auto it = level->find(key);
      if (it == level->end() || !it->is_object()) continue;
      auto sec = it->find("mrope_section");
      auto inter = it->find("mrope_interleaved");
      const bool has_sec = sec != it->end() && !sec->is_null();
      const bool has_inter = inter != it->end() && !inter->is_null();
      if (!has_sec && !has_inter) continue;
      const std::string where =
          std::string(level != &root_in ? "text_config." : "") + key + ".";
      if (!has_sec) {
        return invalid(where +
                       "mrope_interleaved is set without "
                       "mrope_section");
      }
      bool interleaved = false;
      if (has_inter) {
        if (!inter->is_boolean()) {
          return invalid(where + "mrope_interleaved must be a boolean");
        }
        interleaved = inter->get<bool>();
      }
      std::vector<int64_t> sections;
      bool ok = sec->is_array() && sec->size() == 3;
      int64_t sum = 0;
      if (ok) {
        for (const json& v : *sec) {
          ok = ok && v.is_number_integer() && v.get<int64_t>() >= 0;
          if (ok) {
            sections.push_back(v.get<int64_t>());
            sum += sections.back();
          }
        }
      }
      if (!ok) {
        return invalid(where +
                       "mrope_section must be a list of 3 non-negative "
                       "integers (temporal, height, width pairs)");
      }
      const int64_t half = spec->rotary_dim / 2;
      if (sum != half) {
        return invalid(where + "mrope_section sums to " + std::to_string(sum) +
                       " pairs, but the rotary part of a head has " +
                       std::to_string(half) + " (rotary_dim " +
                       std::to_string(spec->rotary_dim) + " / 2)");
      }
      spec->multi_axis = interleaved ? mrope_interleaved(half, sections)
                                     : mrope_sections(half, sections);
      return Status();
    }
  }
  return Status();
}

Status parse(const json& root_in, RopeSpec* out) {
  if (!root_in.is_object()) return invalid("the top level is not an object");
  // Multimodal configs keep the language model's fields in text_config.
  const json& root =
      (!root_in.contains("num_attention_heads") &&
       !root_in.contains("n_head") && root_in.contains("text_config") &&
       root_in["text_config"].is_object())
          ? root_in["text_config"]
          : root_in;
  const std::string model_type = root.value("model_type", json("")).is_string()
                                     ? root.value("model_type", std::string())
                                     : std::string();
  RopeSpec spec;
  Status st;
  bool found = false;

  // The rope parameters: rope_parameters (newer HF) or rope_scaling.
  const json* params = nullptr;
  for (const char* key : {"rope_parameters", "rope_scaling"}) {
    auto it = root.find(key);
    if (it != root.end() && !it->is_null()) {
      if (!it->is_object())
        return invalid(std::string(key) + " is not an object");
      params = &*it;
      break;
    }
  }
  const std::string pwhere =
      params == nullptr ? ""
                        : (root.contains("rope_parameters") ? "rope_parameters."
                                                            : "rope_scaling.");

  // theta
  double theta = 10000.0;
  if (params != nullptr) {
    if (!(st = number(*params, "rope_theta", pwhere, &theta, &found)).ok())
      return st;
  }
  if (!found) {
    if (!(st = number(root, "rope_theta", "", &theta, &found)).ok()) return st;
  }
  if (!found) {  // GPT-NeoX
    if (!(st = number(root, "rotary_emb_base", "", &theta, &found)).ok())
      return st;
  }
  spec.theta = theta;

  // head_dim: explicit, DeepSeek's rope part, or hidden size / heads.
  int64_t head_dim = 0;
  if (!(st = integer(root, "qk_rope_head_dim", "", &head_dim, &found)).ok())
    return st;
  if (!found) {
    if (!(st = integer(root, "head_dim", "", &head_dim, &found)).ok())
      return st;
  }
  if (!found) {
    int64_t hidden = 0, heads = 0;
    bool has_hidden = false, has_heads = false;
    if (!(st = integer(root, "hidden_size", "", &hidden, &has_hidden)).ok())
      return st;
    if (!has_hidden) {
      if (!(st = integer(root, "n_embd", "", &hidden, &has_hidden)).ok())
        return st;
    }
    if (!(st = integer(root, "num_attention_heads", "", &heads, &has_heads))
             .ok())
      return st;
    if (!has_heads) {
      if (!(st = integer(root, "n_head", "", &heads, &has_heads)).ok())
        return st;
    }
    if (!has_hidden || !has_heads || heads == 0) {
      return invalid(
          "head_dim is missing and hidden_size / num_attention_heads cannot "
          "give it");
    }
    head_dim = hidden / heads;
  }
  spec.head_dim = head_dim;

  // rotary_dim: GPT-J's rotary_dim, GPT-NeoX's rotary_pct, or
  // partial_rotary_factor (HF: int(head_dim * factor)).
  int64_t rotary_dim = head_dim;
  double fraction = 1.0;
  bool has_fraction = false;
  if (!(st = integer(root, "rotary_dim", "", &rotary_dim, &found)).ok())
    return st;
  if (!found) {
    for (const json* obj : {params, &root}) {
      if (obj == nullptr || has_fraction) continue;
      if (!(st = number(*obj, "partial_rotary_factor",
                        obj == params ? pwhere : "", &fraction, &has_fraction))
               .ok()) {
        return st;
      }
    }
    if (!has_fraction) {
      if (!(st = number(root, "rotary_pct", "", &fraction, &has_fraction)).ok())
        return st;
    }
    if (has_fraction) {
      if (!(fraction > 0.0 && fraction <= 1.0)) {
        return invalid("partial_rotary_factor must be in (0, 1]");
      }
      rotary_dim =
          static_cast<int64_t>(static_cast<double>(head_dim) * fraction);
    }
  }
  if (rotary_dim % 2 != 0 || rotary_dim <= 0 || rotary_dim > head_dim) {
    return invalid("the rotary part of a head (" + std::to_string(rotary_dim) +
                   " of " + std::to_string(head_dim) +
                   ") must be even and positive (rotary_dim / "
                   "partial_rotary_factor / rotary_pct)");
  }
  spec.rotary_dim = rotary_dim;

  // Pairing: GPT-J-style rotate_every_two and DeepSeek's q_pe/k_pe.
  spec.pairing = (model_type == "gptj" || model_type == "codegen" ||
                  model_type == "deepseek_v2" || model_type == "deepseek_v3")
                     ? Pairing::interleaved
                     : Pairing::half_split;
  if (model_type == "deepseek_v3" && root.contains("rope_interleave") &&
      root["rope_interleave"].is_boolean() &&
      !root["rope_interleave"].get<bool>()) {
    spec.pairing = Pairing::half_split;
  }

  int64_t max_pos = 0;
  if (!(st = integer(root, "max_position_embeddings", "", &max_pos, &found))
           .ok())
    return st;
  if (!found) {
    if (!(st = integer(root, "n_positions", "", &max_pos, &found)).ok())
      return st;
  }
  spec.max_positions = max_pos;

  // Scaling.
  std::string type = "default";
  if (params != nullptr) {
    for (const char* key : {"rope_type", "type"}) {
      auto it = params->find(key);
      if (it != params->end() && it->is_string()) {
        type = it->get<std::string>();
        break;
      }
    }
  }
  RopeScaling& sc = spec.scaling;
  const json& p = params != nullptr ? *params : root;
  auto original = [&](bool required_field) -> Status {
    int64_t v = 0;
    bool has = false;
    Status s2 =
        integer(p, "original_max_position_embeddings", pwhere, &v, &has);
    if (!s2.ok()) return s2;
    if (!has && required_field) {
      return invalid(pwhere + "original_max_position_embeddings is missing");
    }
    sc.original_max_positions = has ? v : max_pos;
    return Status();
  };
  if (type == "default" || type == "mrope") {  // mrope: default + sections
    sc.kind = ScalingKind::none;
  } else if (type == "linear") {
    sc.kind = ScalingKind::linear;
    if (!(st = required(p, "factor", pwhere, &sc.factor)).ok()) return st;
  } else if (type == "dynamic") {
    sc.kind = ScalingKind::dynamic;
    if (!(st = required(p, "factor", pwhere, &sc.factor)).ok()) return st;
    sc.original_max_positions = max_pos;  // HF uses max_position_embeddings
  } else if (type == "yarn") {
    sc.kind = ScalingKind::yarn;
    if (!(st = required(p, "factor", pwhere, &sc.factor)).ok()) return st;
    if (!(st = original(false)).ok()) return st;
    if (!(st = number(p, "beta_fast", pwhere, &sc.beta_fast, &found)).ok())
      return st;
    if (!(st = number(p, "beta_slow", pwhere, &sc.beta_slow, &found)).ok())
      return st;
    if (!(st = number(p, "attention_factor", pwhere, &sc.attention_factor,
                      &found))
             .ok())
      return st;
    if (!(st = number(p, "mscale", pwhere, &sc.mscale, &found)).ok()) return st;
    if (!(st = number(p, "mscale_all_dim", pwhere, &sc.mscale_all_dim, &found))
             .ok())
      return st;
    auto it = p.find("truncate");
    if (it != p.end() && !it->is_null()) {
      if (!it->is_boolean())
        return invalid(pwhere + "truncate must be a boolean");
      sc.truncate = it->get<bool>();
    }
  } else if (type == "llama3") {
    sc.kind = ScalingKind::llama3;
    if (!(st = required(p, "factor", pwhere, &sc.factor)).ok()) return st;
    if (!(st = required(p, "low_freq_factor", pwhere, &sc.low_freq_factor))
             .ok())
      return st;
    if (!(st = required(p, "high_freq_factor", pwhere, &sc.high_freq_factor))
             .ok())
      return st;
    if (!(st = original(true)).ok()) return st;
  } else if (type == "longrope" || type == "su") {
    sc.kind = ScalingKind::longrope;
    if (!(st = number_list(p, "short_factor", pwhere, &sc.short_factor)).ok())
      return st;
    if (!(st = number_list(p, "long_factor", pwhere, &sc.long_factor)).ok())
      return st;
    if (!(st = number(p, "attention_factor", pwhere, &sc.attention_factor,
                      &found))
             .ok())
      return st;
    // The pre-training length: in rope_parameters (transformers v5) or
    // rope_scaling, else at the top level (Phi-3's legacy layout).
    int64_t orig = 0;
    if (!(st = integer(p, "original_max_position_embeddings", pwhere, &orig,
                       &found))
             .ok())
      return st;
    if (!found || orig == 0) {
      if (!(st = integer(root, "original_max_position_embeddings", "", &orig,
                         &found))
               .ok())
        return st;
    }
    sc.original_max_positions = (found && orig > 0) ? orig : max_pos;
    // An explicit factor wins; without one HF takes the ratio of the two
    // lengths (Phi-3, Phi-3.5: 131072 / 4096 = 32), which only sets the
    // default attention factor.
    if (!(st = number(p, "factor", pwhere, &sc.factor, &found)).ok()) return st;
    if (!found) {
      sc.factor = sc.original_max_positions > 0
                      ? static_cast<double>(max_pos) /
                            static_cast<double>(sc.original_max_positions)
                      : 1.0;
    }
  } else {
    return Status(Code::unsupported, "config: " + pwhere + "rope_type '" +
                                         type + "' is not supported");
  }
  // The table covers the context the scaling serves (see the comment of
  // spec_from_config_json). yarn and linear configs often keep the
  // pre-training length in max_position_embeddings (Qwen2.5: 32768 with
  // YaRN factor 4 for 128k); vLLM sizes their caches length x factor.
  if (sc.kind == ScalingKind::yarn || sc.kind == ScalingKind::linear) {
    int64_t base_len = max_pos;
    if (sc.kind == ScalingKind::yarn) {
      base_len = sc.original_max_positions;
    } else {
      int64_t v = 0;
      if (!(st = integer(p, "original_max_position_embeddings", pwhere, &v,
                         &found))
               .ok())
        return st;
      if (found && v > 0) base_len = v;
    }
    const double served = std::ceil(static_cast<double>(base_len) * sc.factor);
    // Beyond 2^62 no table can be built anyway; Rope::create names the size.
    const int64_t rows = served >= 4.0e18 ? int64_t{1} << 62
                         : served > 0.0   ? static_cast<int64_t>(served)
                                          : 0;
    spec.max_positions = std::max(max_pos, rows);
  }
  if (!(st = read_mrope(root_in, root, &spec)).ok()) return st;
  if (type == "mrope" && !spec.multi_axis.enabled()) {
    return invalid(pwhere + "rope_type 'mrope' needs mrope_section");
  }
  *out = spec;
  return Status();
}

}  // namespace

Status spec_from_config_json(std::string_view text, RopeSpec* out) {
  if (out == nullptr) return Status(Code::invalid_argument, "out: null");
  try {
    const json root = json::parse(text.begin(), text.end());
    return parse(root, out);
  } catch (const json::parse_error& e) {
    return invalid(std::string("not valid JSON: ") + e.what());
  } catch (const std::bad_alloc&) {
    return Status(Code::out_of_memory, "config: out of memory");
  } catch (const std::exception& e) {
    return invalid(e.what());
  }
}

Status spec_from_config_file(const std::string& path, RopeSpec* out) {
  try {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      return Status(Code::invalid_argument,
                    "config: cannot open '" + path + "'");
    }
    std::ostringstream text;
    text << in.rdbuf();
    return spec_from_config_json(text.str(), out);
  } catch (const std::bad_alloc&) {
    return Status(Code::out_of_memory, "config: out of memory");
  }
}

}  // namespace rotary
