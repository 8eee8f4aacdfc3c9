// rotary: SIMD kernels for Rotary Position Embedding (RoPE).
//
// For a head vector x of length head_dim, the first rotary_dim entries form
// rotary_dim/2 pairs; pair i at position p is rotated by the angle
// p * inv_freq[i], with inv_freq[i] = theta^(-2i/rotary_dim) (before scaling):
//
//     y_a = x_a*cos - x_b*sin
//     y_b = x_b*cos + x_a*sin
//
// Entries past rotary_dim pass through unchanged. Backward (the gradient, or
// undoing a rotation) rotates by -angle.
//
// Usage:
//
//     rotary::RopeSpec spec;
//     spec.head_dim = 128;
//     spec.pairing = rotary::Pairing::half_split;   // Llama, Mistral, Qwen...
//     spec.max_positions = 8192;                    // cos/sin table size
//     rotary::Rope rope;
//     rotary::Status st = rotary::Rope::create(spec, &rope);
//     ...
//     // q: [tokens][32 heads][128], k: [tokens][8 heads][128], in place.
//     st = rope.apply(rotary::Tensor::bshd(q, tokens, 32, 128),
//                     rotary::Tensor::bshd(k, tokens, 8, 128),
//                     rotary::Positions(pos, tokens));
//
// Every call validates all of its arguments before it writes anything: on
// error the returned Status names the offending argument and no output byte
// has changed. No exception leaves this API (std::bad_alloc included).
#ifndef ROTARY_ROTARY_HPP_
#define ROTARY_ROTARY_HPP_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <oneapi/tbb/task_arena.h>

#include "rotary/export.h"

namespace rotary {

// ---------------------------------------------------------------- status ----

enum class Code : int {
  ok = 0,
  invalid_argument = 1,       // a size, stride, pointer or spec field is wrong
  position_out_of_range = 2,  // a position is negative or past the table
  unsupported = 3,            // valid request this build or CPU cannot run
  out_of_memory = 4,
  internal = 5,
};

// Result of every fallible call: a code and a message naming the argument.
class Status {
 public:
  // User-provided, so that `return Status();` constructs the members alone
  // (a defaulted one is zero-filled first: a `rep stos` on every call).
  Status() {}  // NOLINT(modernize-use-equals-default)
  Status(Code code, std::string message)
      : code_(code), message_(std::move(message)) {}

  bool ok() const { return code_ == Code::ok; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }

 private:
  Code code_ = Code::ok;
  std::string message_;
};

ROTARY_API const char* code_name(Code code);

// ------------------------------------------------------------------ spec ----

// Which entries of a head form a rotated pair.
enum class Pairing {
  // pair i is (2i, 2i+1): RoFormer, GPT-J, Meta's original Llama, ggml NORMAL.
  interleaved,
  // pair i is (i, i + rotary_dim/2): GPT-NeoX, Hugging Face rotate_half
  // (Llama, Mistral, Qwen...), ggml NEOX.
  half_split,
};

// How inv_freq (and the attention factor that scales cos and sin) derive
// from theta. The formulas are those of Hugging Face transformers'
// modeling_rope_utils (rope_type names as there) and of llama.cpp (ggml).
enum class ScalingKind {
  none,      // "default": inv_freq[i] = theta^(-2i/rotary_dim)
  linear,    // position interpolation: inv_freq[i] / factor
  dynamic,   // NTK by sequence length: theta grows once the sequence is
             // longer than original_max_positions (see sequence_length)
  yarn,      // NTK-by-parts ramp between beta_fast and beta_slow, plus an
             // attention factor
  llama3,    // Llama 3.x: low frequencies / factor, high kept, smooth between
  longrope,  // per-pair factors: short_factor, or long_factor for sequences
             // longer than original_max_positions; plus an attention factor
  ggml,      // llama.cpp's parameter set (freq_scale, ext_factor, ...)
};

// Parameters of every scaling kind; each kind reads the fields its comment
// names and ignores the rest. Defaults are the published ones.
struct RopeScaling {
  ScalingKind kind = ScalingKind::none;
  // linear, dynamic, yarn, llama3: the context extension factor (> 0; >= 1
  // for dynamic, yarn, llama3). longrope: used only for the default attention
  // factor (HF: max_position_embeddings / original_max_position_embeddings).
  double factor = 1.0;
  // dynamic, yarn, llama3, longrope: the pre-training context length (HF
  // original_max_position_embeddings; for dynamic, max_position_embeddings).
  // ggml: n_ctx_orig.
  int64_t original_max_positions = 0;
  // yarn, ggml: rotations per wavelength bounding the ramp.
  double beta_fast = 32.0;
  double beta_slow = 1.0;
  bool truncate = true;  // yarn: floor/ceil the correction dims (HF default)
  // yarn, longrope: multiplies cos and sin; 0 = derived: yarn
  // 0.1*ln(factor) + 1 (or the mscale / mscale_all_dim ratio when both are
  // set, as DeepSeek does), longrope sqrt(1 + ln(factor)/ln(original)).
  double attention_factor = 0.0;
  double mscale = 0.0;          // yarn (DeepSeek)
  double mscale_all_dim = 0.0;  // yarn (DeepSeek)
  // llama3: wavelengths above original/low_freq_factor are divided by factor,
  // below original/high_freq_factor kept, smoothly interpolated between
  // (0 < low_freq_factor <= high_freq_factor; equal ones leave no band).
  double low_freq_factor = 1.0;
  double high_freq_factor = 4.0;
  // longrope: rotary_dim/2 factors each; inv_freq[i] = 1/(f[i] theta^(2i/d)).
  std::vector<double> short_factor;
  std::vector<double> long_factor;
  // ggml (llama.cpp's rope_yarn): theta is freq_base; freq_scale = 1/factor;
  // ext_factor mixes extrapolation in (0 = plain linear scaling); cos and sin
  // are multiplied by attn_factor, and by 1 + 0.1*ln(1/freq_scale) when
  // ext_factor != 0 (ggml folds the YaRN magnitude in there; HF keeps it in
  // attention_factor). freq_factors (rotary_dim/2, optional) divide inv_freq
  // per pair (Llama 3 / Phi-3 GGUF "rope_freqs").
  double freq_scale = 1.0;
  double ext_factor = 0.0;
  double attn_factor = 1.0;
  std::vector<double> freq_factors;
};

// Multi-axis (multimodal) RoPE: each token has `axes` positions (e.g.
// temporal, height, width), and pair i at token t turns by the angle
//
//     position[pair_axis[i]][t] * inv_freq[pair_freq[i]]
//
// where inv_freq is the spec's 1D frequencies (scaling applied). Every layout
// of the models is this one rule with its own per-pair axis and frequency
// index (see the presets below). A token whose axes all hold the same
// position p, with pair_freq the identity, gets exactly the 1D row of p.
struct MultiAxis {
  int axes = 0;  // 0: plain 1D RoPE (the vectors stay empty); else 1..4
  std::vector<int> pair_axis;  // rotary_dim/2 entries, each in [0, axes)
  // Empty: pair i uses inv_freq[i]; else rotary_dim/2 indices in
  // [0, rotary_dim/2).
  std::vector<int64_t> pair_freq;

  bool enabled() const { return axes > 0; }
};

// Presets. `half` is the spec's rotary_dim/2 (pairs); a bad argument gives a
// MultiAxis that Rope::create refuses, naming spec.multi_axis (or, for the
// ones returning Status, the error names the argument).
//
// Qwen2-VL / Qwen2.5-VL / GLM-4V text decoders (HF mrope_section, ggml
// MROPE): axes t, h, w; pairs [0, s_t) take t, the next s_h take h, the last
// s_w take w; the frequency index is not restarted (pair i keeps
// inv_freq[i]). The sections sum to half (e.g. [16, 24, 24] for 128).
ROTARY_API MultiAxis mrope_sections(int64_t half,
                                    const std::vector<int64_t>& sections);
// Qwen3-VL / Qwen3.5 (HF mrope_interleaved, ggml IMROPE): pair j takes h if
// j % 3 == 1 and j < 3*s_h, w if j % 3 == 2 and j < 3*s_w, else t; pair j
// keeps inv_freq[j]. The sections sum to half (Qwen3-VL [24, 20, 20] of 64;
// Qwen3.5 [11, 11, 10] of the 32 pairs of its partial rotary_dim 64).
ROTARY_API MultiAxis mrope_interleaved(int64_t half,
                                       const std::vector<int64_t>& sections);
// Qwen2-VL / 2.5-VL / 3-VL vision towers (VisionRotaryEmbedding(head_dim/2)
// with rotate_half over the whole head): axes h, w; pairs [0, half/2) take h
// and [half/2, half) take w, both with the frequencies theta^(-4j/head_dim)
// = inv_freq[2j], j counted from each part's start. Spec: rotary_dim =
// head_dim, half_split, theta 10000; half even.
ROTARY_API MultiAxis vision_2d_qwen(int64_t half);
// ggml's VISION mode (sections[0] pairs for axis 0, then sections[1] for
// axis 1, each restarting its frequency index): pair i of section s uses
// inv_freq[2 * (i - start of s)], as ggml's theta_scale is
// theta^(-2/n_dims) with n_dims = rotary_dim/2. Each section <= half/2,
// sum == half.
ROTARY_API MultiAxis vision_2d_ggml(int64_t half,
                                    const std::vector<int64_t>& sections);
// Pixtral (HF PixtralRotaryEmbedding): axes h, w; pairs [0, half/2) take h
// with the even frequencies inv_freq[2j], pairs [half/2, half) take w with
// the odd ones inv_freq[2j + 1]. Spec: rotary_dim = head_dim, half_split as
// HF (Mistral's reference uses the complex, interleaved form); half even.
ROTARY_API MultiAxis pixtral_2d(int64_t half);
// Llama 4 vision (HF Llama4VisionRotaryEmbedding): axes x, y; the same
// per-pair rule as vision_2d_qwen (x first), with interleaved pairing
// (the complex form). Covered: patch positions are 1-based, so pass x + 1
// and y + 1; the CLS token has zero angles, so pass 0 on both axes. Not
// covered: building the patch grid itself (the caller's positions).
ROTARY_API MultiAxis llama4_vision(int64_t half);
// llama.cpp's parameters: ggml_rope_multi's int sections[4] and mode
// (GGML_ROPE_TYPE_MROPE = 8, GGML_ROPE_TYPE_VISION = 24,
// GGML_ROPE_TYPE_IMROPE = 40), as ggml assigns them: sector = i % (sum of
// sections); 4 axes, llama.cpp's 4 position streams [4][n_tokens]. Another
// mode, negative sections or a zero sum is invalid_argument naming it.
// As in ggml, IMROPE pairs outside every section (Qwen3-VL [24, 20, 20]:
// pairs 61 and 62) take the 4th stream, where HF's mrope_interleaved keeps
// t: pass text tokens' position on all 4 streams.
ROTARY_API Status ggml_multi_axis(int64_t half, const int sections[4], int mode,
                                  MultiAxis* out);
// A preset by name, for vision towers: "mrope" (sections),
// "mrope_interleaved" (sections), "vision_2d_qwen", "vision_2d_ggml"
// (sections), "pixtral_2d", "llama4_vision". An unknown name is
// invalid_argument listing the names.
ROTARY_API Status multi_axis_preset(std::string_view name, int64_t half,
                                    const std::vector<int64_t>& sections,
                                    MultiAxis* out);

struct RopeSpec {
  int64_t head_dim = 0;  // entries per head, > 0
  // Entries [rotary_offset, rotary_offset + rotary_dim) of each head rotate
  // and the rest pass through (ggml's rope offset; DeepSeek MLA rotates the
  // last 64 entries of a q head). rotary_dim is even, and
  // rotary_offset + rotary_dim <= head_dim; rotary_dim 0 means
  // head_dim - rotary_offset.
  int64_t rotary_dim = 0;
  int64_t rotary_offset = 0;
  double theta = 10000.0;  // base of the frequencies, > 1
  Pairing pairing = Pairing::half_split;
  RopeScaling scaling;
  // Positions [0, max_positions) are served from a cos/sin table built once
  // in double and rounded to f32 (table bytes: max_positions * rotary_dim * 4
  // for half_split, twice that for interleaved; longrope keeps two tables).
  // 0 = no table: each token's cos/sin row is computed from double-precision
  // angles when it is used, for any position in [0, 2^31). Either way every
  // cos and sin is the double value rounded once to f32. Dynamic scaling
  // uses the table up to original_max_positions and computes rows on the fly
  // for longer sequences.
  int64_t max_positions = 0;
  // Multi-axis positions (see MultiAxis); axes 0 = 1D. The table, if any,
  // is the 1D one: every axis gathers from the same correctly rounded rows.
  MultiAxis multi_axis;
};

// ---------------------------------------------------------------- tensors ---

// Element type of a q/k view. Input and output views choose theirs
// independently (bf16 in, bf16 out; f32 in, bf16 out into a cache...); an
// in-place view has one. Angles, cos/sin and arithmetic are f32 whatever the
// tensor type; 16-bit outputs are rounded to nearest-even (as PyTorch and
// llama.cpp round), NaN stays NaN (quiet) and +-Inf stays +-Inf.
enum class DType { f32, f16, bf16 };

// 16-bit storage types: the raw bits, no arithmetic. IEEE 754 binary16 and
// bfloat16 (the upper half of an f32).
struct f16 {
  uint16_t bits;
};
struct bf16 {
  uint16_t bits;
};

// Conversions. To 16 bits: round to nearest, ties to even; overflow gives
// +-Inf; NaN gives a quiet NaN of the same sign. To f32: exact.
ROTARY_API bf16 to_bf16(float value);
ROTARY_API f16 to_f16(float value);
ROTARY_API float to_float(bf16 value);
ROTARY_API float to_float(f16 value);

// Bytes per element (4 or 2); 0 for a value that is not a DType.
ROTARY_API size_t dtype_size(DType dtype);
// "f32", "f16", "bf16"; "?" for a value that is not a DType.
ROTARY_API const char* dtype_name(DType dtype);

namespace detail {
template <class T>
struct dtype_of;  // f32, f16 and bf16 only
template <>
struct dtype_of<float> {
  static constexpr DType value = DType::f32;
};
template <>
struct dtype_of<f16> {
  static constexpr DType value = DType::f16;
};
template <>
struct dtype_of<bf16> {
  static constexpr DType value = DType::bf16;
};
}  // namespace detail

// A strided view of [batch][tokens][heads][head_dim] elements: `batch`
// sequences of `tokens` tokens each (batch 1, the default, is a plain
// [tokens][heads][head_dim] view). head_dim entries are contiguous;
// token_stride, head_stride and batch_stride are in elements, so one view
// describes BSHD ([batch][token][head][dim]), BHSD ([batch][head][token]
// [dim]), ONNX's 3D [batch][seq][heads * head_dim], or a slice of a packed
// QKV buffer. A default-constructed view is "absent".
struct Tensor {
  void* data = nullptr;
  DType dtype = DType::f32;
  int64_t tokens = 0;  // per sequence
  int64_t heads = 0;
  int64_t token_stride = 0;
  int64_t head_stride = 0;
  int64_t batch = 1;         // sequences, >= 1
  int64_t batch_stride = 0;  // elements between sequences (batch > 1)

  bool absent() const { return data == nullptr && tokens == 0 && heads == 0; }

  // [tokens][heads][head_dim], densely packed.
  static Tensor bshd(float* data, int64_t tokens, int64_t heads,
                     int64_t head_dim) {
    return Tensor{data, DType::f32, tokens, heads, heads * head_dim, head_dim};
  }
  // [heads][tokens][head_dim], densely packed.
  static Tensor bhsd(float* data, int64_t tokens, int64_t heads,
                     int64_t head_dim) {
    return Tensor{data, DType::f32, tokens, heads, head_dim, tokens * head_dim};
  }
  // The same for f16* and bf16* data.
  template <class T, DType kType = detail::dtype_of<T>::value>
  static Tensor bshd(T* data, int64_t tokens, int64_t heads, int64_t head_dim) {
    return Tensor{data, kType, tokens, heads, heads * head_dim, head_dim};
  }
  template <class T, DType kType = detail::dtype_of<T>::value>
  static Tensor bhsd(T* data, int64_t tokens, int64_t heads, int64_t head_dim) {
    return Tensor{data, kType, tokens, heads, head_dim, tokens * head_dim};
  }
  // Batched, densely packed: [batch][tokens][heads][head_dim] and
  // [batch][heads][tokens][head_dim] (Hugging Face's and ONNX's 4D q/k), of
  // float*, f16* or bf16* data. ONNX's 3D [batch][seq][hidden] input with
  // num_heads is bshd(data, batch, seq, num_heads, hidden / num_heads).
  template <class T, DType kType = detail::dtype_of<T>::value>
  static Tensor bshd(T* data, int64_t batch, int64_t tokens, int64_t heads,
                     int64_t head_dim) {
    return Tensor{data,
                  kType,
                  tokens,
                  heads,
                  heads * head_dim,
                  head_dim,
                  batch,
                  tokens * heads * head_dim};
  }
  template <class T, DType kType = detail::dtype_of<T>::value>
  static Tensor bhsd(T* data, int64_t batch, int64_t tokens, int64_t heads,
                     int64_t head_dim) {
    return Tensor{data,     kType,
                  tokens,   heads,
                  head_dim, tokens * head_dim,
                  batch,    tokens * heads * head_dim};
  }
};

// Read-only counterpart of Tensor, for the inputs of an out-of-place call.
struct ConstTensor {
  const void* data = nullptr;
  DType dtype = DType::f32;
  int64_t tokens = 0;  // per sequence
  int64_t heads = 0;
  int64_t token_stride = 0;
  int64_t head_stride = 0;
  int64_t batch = 1;
  int64_t batch_stride = 0;

  ConstTensor() = default;
  ConstTensor(const Tensor& t)  // NOLINT: a mutable view is readable
      : data(t.data),
        dtype(t.dtype),
        tokens(t.tokens),
        heads(t.heads),
        token_stride(t.token_stride),
        head_stride(t.head_stride),
        batch(t.batch),
        batch_stride(t.batch_stride) {}
  ConstTensor(const void* d, DType type, int64_t t, int64_t h, int64_t ts,
              int64_t hs, int64_t b = 1, int64_t bs = 0)
      : data(d),
        dtype(type),
        tokens(t),
        heads(h),
        token_stride(ts),
        head_stride(hs),
        batch(b),
        batch_stride(bs) {}

  bool absent() const { return data == nullptr && tokens == 0 && heads == 0; }

  // [tokens][heads][head_dim] or [heads][tokens][head_dim], densely packed,
  // of const float*, const f16* or const bf16* data.
  template <class T, DType kType = detail::dtype_of<T>::value>
  static ConstTensor bshd(const T* data, int64_t tokens, int64_t heads,
                          int64_t head_dim) {
    return ConstTensor(data, kType, tokens, heads, heads * head_dim, head_dim);
  }
  template <class T, DType kType = detail::dtype_of<T>::value>
  static ConstTensor bhsd(const T* data, int64_t tokens, int64_t heads,
                          int64_t head_dim) {
    return ConstTensor(data, kType, tokens, heads, head_dim, tokens * head_dim);
  }
  template <class T, DType kType = detail::dtype_of<T>::value>
  static ConstTensor bshd(const T* data, int64_t batch, int64_t tokens,
                          int64_t heads, int64_t head_dim) {
    return ConstTensor(data, kType, tokens, heads, heads * head_dim, head_dim,
                       batch, tokens * heads * head_dim);
  }
  template <class T, DType kType = detail::dtype_of<T>::value>
  static ConstTensor bhsd(const T* data, int64_t batch, int64_t tokens,
                          int64_t heads, int64_t head_dim) {
    return ConstTensor(data, kType, tokens, heads, head_dim, tokens * head_dim,
                       batch, tokens * heads * head_dim);
  }
};

// How a call's positions are given (token s of sequence b, views of
// `batch` sequences of `tokens` tokens).
enum class PositionKind {
  // One position per token (e.g. the KV-cache slot of each token of a
  // continuous batch): position(b, s) = data[b * batch_stride + s]. With
  // batch_stride -1 (the default) the entries are dense, count is
  // batch * tokens and batch_stride is `tokens`; with batch_stride >= 0
  // ([batch][seq] position_ids with a stride; 0 = one row shared by every
  // sequence) count is `tokens`, the entries of one row.
  per_token,
  // One start per sequence: position(b, s) = data[b] + s (ONNX Runtime's
  // position format 0, a past length); count is `batch`.
  sequence_start,
  // position(b, s) = s; no data, count 0.
  sequential,
};

// The positions of a call, int32 or int64 (set one, or neither when count is
// 0 or the kind is sequential).
struct Positions {
  const int32_t* i32 = nullptr;
  const int64_t* i64 = nullptr;
  int64_t count = 0;
  PositionKind kind = PositionKind::per_token;
  int64_t batch_stride = -1;  // per_token only (see PositionKind)
  // Multi-axis positions (a spec with multi_axis.axes > 0; per_token only):
  // `axes` streams, axis a of token (b, s) at data[a * axis_stride +
  // b * batch_stride + s] (HF's position_ids [3][batch][seq]: axis_stride
  // batch * seq; llama.cpp's [4][n_tokens]: n_tokens). 0 = 1D positions.
  int axes = 0;
  int64_t axis_stride = 0;

  Positions() = default;
  Positions(const int32_t* p, int64_t n) : i32(p), count(n) {}
  Positions(const int64_t* p, int64_t n) : i64(p), count(n) {}

  // [batch][tokens] positions, `stride` entries between sequences (0 = the
  // same row for every sequence, as an expanded position_ids is).
  template <class I>
  static Positions rows(const I* p, int64_t tokens, int64_t stride) {
    Positions r(p, tokens);
    r.batch_stride = stride;
    return r;
  }
  // position(b, s) = start[b] + s, for `batch` sequences.
  template <class I>
  static Positions starts(const I* start, int64_t batch) {
    Positions r(start, batch);
    r.kind = PositionKind::sequence_start;
    return r;
  }
  // Multi-axis per-token positions: `axes` streams of `count` entries,
  // `axis_stride` entries apart (see axes).
  template <class I>
  static Positions multi_axis(const I* p, int axes, int64_t count,
                              int64_t axis_stride) {
    Positions r(p, count);
    r.axes = axes;
    r.axis_stride = axis_stride;
    return r;
  }
  // position(b, s) = s.
  static Positions sequential() {
    Positions r;
    r.kind = PositionKind::sequential;
    return r;
  }
};

// ---------------------------------------------------------- cos/sin cache ---

// How a caller-owned cos/sin cache is indexed.
enum class CacheIndex {
  // Row p serves position p: vLLM/SGLang's cos_sin_cache[max_pos][rotary_dim]
  // and ONNX's cos_cache/sin_cache[max_pos][rotary_dim/2], gathered by the
  // call's positions.
  by_position,
  // One row per token, [batch][tokens]: ONNX's caches when no position_ids
  // are given (Hugging Face's materialized cos/sin). The call's positions
  // are not read (any form is accepted, none is checked).
  per_token,
};

// A cos/sin cache the caller owns, used instead of the plan's own angles:
// each row holds rotary_dim/2 cos values (pair order) and rotary_dim/2 sin
// values, f32, f16 or bf16, used as given (not necessarily unit-norm, any
// attention factor already applied; the plan's theta and scaling are then
// not used). Arithmetic stays f32: a 16-bit cache costs its own rounding
// (a relative 2^-11 for f16, 2^-8 for bf16 on every cos and sin) on top of
// the f32 rotation. The pairing and rotary_dim (and offset) are the plan's.
struct CosSinCache {
  const void* cos = nullptr;  // row r's cos at cos + r * row_stride (...)
  const void* sin = nullptr;  // row r's sin at sin + r * row_stride (...)
  DType dtype = DType::f32;
  CacheIndex index = CacheIndex::by_position;
  int64_t rows = 0;          // by_position: positions [0, rows) are served
  int64_t row_stride = 0;    // by_position: elements between rows
  int64_t batch_stride = 0;  // per_token: elements between sequences
  int64_t token_stride = 0;  // per_token: elements between tokens

  // vLLM's packed cos_sin_cache[rows][rotary_dim]: cos half, then sin half.
  template <class T, DType kType = detail::dtype_of<T>::value>
  static CosSinCache packed(const T* cache, int64_t rows, int64_t rotary_dim) {
    return CosSinCache{cache, cache + rotary_dim / 2,
                       kType, CacheIndex::by_position,
                       rows,  rotary_dim,
                       0,     0};
  }
  // ONNX's cos_cache and sin_cache [rows][rotary_dim/2].
  template <class T, DType kType = detail::dtype_of<T>::value>
  static CosSinCache separate(const T* cos, const T* sin, int64_t rows,
                              int64_t half) {
    return CosSinCache{cos,  sin,  kType, CacheIndex::by_position,
                       rows, half, 0,     0};
  }
  // Per-token caches [batch][tokens][rotary_dim/2] (dense).
  template <class T, DType kType = detail::dtype_of<T>::value>
  static CosSinCache per_token_rows(const T* cos, const T* sin, int64_t tokens,
                                    int64_t half) {
    return CosSinCache{cos, sin, kType,         CacheIndex::per_token,
                       0,   0,   tokens * half, half};
  }
};

// ---------------------------------------------------------------- options ---

enum class Direction {
  forward,   // rotate by +angle
  backward,  // rotate by -angle: the gradient, and the inverse of forward
};

enum class Threading {
  automatic,  // serial for small calls, else oneTBB in the current arena
  serial,     // the calling thread only
  arena,      // oneTBB inside ApplyOptions::arena, owned by the caller
};

struct ApplyOptions {
  Direction direction = Direction::forward;
  Threading threading = Threading::automatic;
  tbb::task_arena* arena = nullptr;  // required with Threading::arena
  // Rotate only tokens [token_begin, token_end) of the views (token_end -1 =
  // all tokens), for runtimes that split one call across their own threads.
  // Tokens outside the range are neither read nor written.
  int64_t token_begin = 0;
  int64_t token_end = -1;
  // If not null, receives the name of the ISA whose kernel ran ("avx2"...),
  // a string with static storage duration.
  const char** isa_used = nullptr;
  // dynamic and longrope scaling: the length of the sequence the tokens
  // belong to (e.g. the KV cache length after this step). 0 = the largest
  // position of the call + 1, as Hugging Face does per forward pass (HF's
  // dynamic RoPE also remembers the longest length seen; pass it here to
  // match). Runtimes splitting one batch with token ranges should pass it so
  // every range uses the same frequencies.
  int64_t sequence_length = 0;
  // If not null, each token's cos and sin come from this cache (see
  // CosSinCache) instead of the plan's table or angles; sequence_length is
  // then not used.
  const CosSinCache* cos_sin = nullptr;
};

// --------------------------------------------------------------- KV cache ---

// How a KV cache lays out its slots (every layout dense, head_dim entries
// contiguous).
enum class CacheLayout {
  // [slots][kv_heads][head_dim]. A paged cache [blocks][block_size][kv_heads]
  // [head_dim] (vLLM's, with slot = block * block_size + offset, the
  // slot_mapping vLLM hands its kernels) is this layout over slots = blocks *
  // block_size: pass the slot_mapping as it is.
  nhd,
  // [kv_heads][slots][head_dim]: one contiguous run of slots per head.
  hnd,
};

// Element type of a KV cache: a tensor dtype (the same values as DType), or
// int8 with one f32 scale per slot and head. int8 is symmetric: over the
// head_dim values x of a head (k after its rotation, in f32; v widened to
// f32), scale = max|x| / 127 and each value is stored as x / scale (both f32
// divisions) rounded to nearest-even and saturated to [-127, 127]; x is
// recovered as stored * scale. A head of zeros (or whose scale underflows
// to 0) stores scale 0 and zeros. Heads holding NaN or Inf store
// unspecified values.
enum class CacheDType { f32, f16, bf16, int8 };

// The k and v caches Rope::apply_append writes into, and where each token
// goes. k and v are separate buffers that must not overlap each other or
// any tensor of the call; each is slots * kv_heads * head_dim elements of
// its own dtype (K and V may differ; 16-bit values are rounded to
// nearest-even, as apply() rounds).
struct KVCache {
  void* k = nullptr;
  void* v = nullptr;  // null (and v absent in the call): k only, as MLA
  CacheDType k_dtype = CacheDType::f32;
  CacheDType v_dtype = CacheDType::f32;
  // int8 caches: the scales, slots * kv_heads f32 values each, the scale of
  // (slot, head) at the index of its head in the cache's layout (nhd: slot *
  // kv_heads + head; hnd: head * slots + slot). Read only for int8.
  float* k_scale = nullptr;
  float* v_scale = nullptr;
  CacheLayout layout = CacheLayout::nhd;
  int64_t slots = 0;     // >= 0
  int64_t kv_heads = 0;  // k.heads and v.heads of the call
  int64_t head_dim = 0;  // the spec's head_dim
  // One slot per token of the call (token b * tokens + s, as positions are
  // numbered), each in [-1, slots); -1 skips the token (its q is still
  // rotated, nothing of it is written to either cache). A slot appears at
  // most once among the tokens of one call's token range.
  const int64_t* slot_mapping = nullptr;
};

// ---------------------------------------------------------------- QK-norm ---

// A per-head norm of q and k fused with the rotation (Rope::apply_qk_norm):
// one pass over each head instead of a norm pass and a rope pass. The norm
// always covers the whole head (head_dim entries), also when only a slice
// of it rotates (partial rotary, rotary_offset). With
// inv_rms(v) = 1 / sqrt(mean(v_i^2) + eps) over the head:
enum class QKNormKind {
  // Qwen3, OLMo 2 (Hugging Face Qwen3RMSNorm, Olmo2RMSNorm on q/k heads):
  //   y = rotate(x * inv_rms(x) * w)
  rms,
  // Gemma 3 (Gemma3RMSNorm): y = rotate(x * inv_rms(x) * (1 + w)), 1 + w
  // formed in f32 as Gemma's `1.0 + weight.float()`.
  rms_one_plus,
  // Llama 4 (Llama4TextL2Norm, applied after the rotation, no weight):
  //   y = r * inv_rms(r), r = rotate(x)
  // HF's Llama4TextL2Norm is x * rsqrt(x.pow(2).mean(-1) + eps): despite its
  // name it divides by the root *mean* square, and so does this.
  l2_after,
};

// The norm's parameters. Weights are read once, before anything is written
// (so a weight may lie anywhere, even inside an output).
struct QKNorm {
  QKNormKind kind = QKNormKind::rms;
  // rms, rms_one_plus: weight_size (= head_dim) values each, for the q heads
  // and for the k heads; required for a tensor that is given (not absent),
  // not read for an absent one. l2_after: must be null (no weight).
  const void* q_weight = nullptr;
  const void* k_weight = nullptr;
  // f32, or the dtype of the input tensor the weight applies to.
  DType weight_dtype = DType::f32;
  int64_t weight_size = 0;  // rms, rms_one_plus: == spec head_dim
  double eps = 1e-6;        // > 0 and finite (models: 1e-6, Llama 4 1e-5)
};

// ------------------------------------------------------------------- plan ---

namespace detail {
struct Plan;
}

// An immutable plan built from a RopeSpec: frequencies and, when
// max_positions > 0, the cos/sin table. Copies share the plan; a Rope may be
// used from any number of threads at once.
class ROTARY_API Rope {
 public:
  Rope() = default;

  // Validates the spec and builds the plan into *out (untouched on error).
  static Status create(const RopeSpec& spec, Rope* out);

  // Rotates q and k in place. q and k may have different head counts
  // (GQA/MQA); either may be absent. Every present view has the same batch
  // and tokens, which the positions cover (see PositionKind).
  Status apply(const Tensor& q, const Tensor& k, const Positions& positions,
               const ApplyOptions& options = {}) const;

  // Out of place: reads q_in/k_in, writes q_out/k_out (same shapes). An
  // output identical to its input (same data and strides) is in place; an
  // output that otherwise overlaps any input or the other output is an error.
  Status apply(const ConstTensor& q_in, const Tensor& q_out,
               const ConstTensor& k_in, const Tensor& k_out,
               const Positions& positions,
               const ApplyOptions& options = {}) const;

  // Fused RoPE + KV-cache append: rotates q (q_in into q_out, or in place
  // when they are identical, as apply() does), rotates k into the k cache at
  // each token's slot (converted to cache.k_dtype), and copies v, unrotated,
  // into the v cache at the same slot (converted to cache.v_dtype). k and v
  // are only read; any of q, k, v may be a slice of a packed QKV buffer (its
  // strides). The k cache holds exactly what apply() out of place into a
  // view of cache.k_dtype would write (int8: those f32 values quantized, see
  // CacheDType); v's bytes are copied as they are when the dtypes match,
  // else rounded to nearest-even (or quantized). q may be absent;
  // v is absent exactly when cache.v is null. Every argument is checked
  // before anything is written (slots in range and distinct, shapes, dtypes,
  // cache sizes, overlaps); options as for apply(), token range included.
  Status apply_append(const ConstTensor& q_in, const Tensor& q_out,
                      const ConstTensor& k, const ConstTensor& v,
                      const Positions& positions, const KVCache& cache,
                      const ApplyOptions& options = {}) const;
  // The same with q rotated in place.
  Status apply_append(const Tensor& q, const ConstTensor& k,
                      const ConstTensor& v, const Positions& positions,
                      const KVCache& cache,
                      const ApplyOptions& options = {}) const;

  // Normalizes each head of q and k (see QKNorm) and rotates it forward, in
  // place, in one pass: the same as a per-head norm followed by apply()
  // (l2_after: apply() followed by the norm), with the norm in f32 (the sum
  // of squares accumulated in f32; dispatch/norm-inl.h states the error
  // bound) and one rounding to the output dtype at the end (Hugging Face
  // rounds a 16-bit model's normalized q/k before rotating; this does not).
  // Every tensor, position, option and cos/sin source apply() takes works
  // the same here, except options.direction backward, which is an error
  // (the norm has no inverse).
  Status apply_qk_norm(const Tensor& q, const Tensor& k,
                       const Positions& positions, const QKNorm& norm,
                       const ApplyOptions& options = {}) const;
  // Out of place (as the out-of-place apply()).
  Status apply_qk_norm(const ConstTensor& q_in, const Tensor& q_out,
                       const ConstTensor& k_in, const Tensor& k_out,
                       const Positions& positions, const QKNorm& norm,
                       const ApplyOptions& options = {}) const;

  bool valid() const { return plan_ != nullptr; }
  const RopeSpec& spec() const;  // requires valid(); rotary_dim resolved
  // inv_freq per pair (rotary_dim/2 values), in double, scaling applied, as
  // used for a sequence of `sequence_length` tokens (matters for dynamic and
  // longrope only). Everywhere in this API a sequence_length of 0 means "the
  // largest position involved + 1"; inv_freq involves no position, so here 0
  // (or less) means a sequence of 1 token: longrope's short factors, dynamic's
  // un-grown theta. Pass the length to see the long-context frequencies.
  // Requires valid().
  std::vector<double> inv_freq(int64_t sequence_length = 0) const;
  // The factor multiplying cos and sin (1 unless yarn, longrope or ggml).
  double attention_factor() const;  // requires valid()
  // The f32 cos and sin (attention factor included) the kernels use for
  // `position` in a sequence of `sequence_length` tokens: rotary_dim/2 values
  // each, pair order. sequence_length 0 = position + 1, so cos_sin(p) is
  // exactly what apply() uses for a call whose only position is p;
  // negative is invalid_argument.
  Status cos_sin(int64_t position, float* cos, float* sin,
                 int64_t sequence_length = 0) const;

  const detail::Plan* plan() const { return plan_.get(); }

 private:
  std::shared_ptr<const detail::Plan> plan_;
};

// ---------------------------------------------------------- model config ---

// Builds a spec from a Hugging Face model config.json (its text): rope_theta
// (or rope_parameters), rope_scaling (rope_type or the legacy type, "su" is
// longrope), head_dim or hidden_size / num_attention_heads,
// partial_rotary_factor, rotary_dim (GPT-J), rotary_pct (GPT-NeoX),
// qk_rope_head_dim (DeepSeek: the spec then covers the rope part of a head),
// max_position_embeddings and original_max_position_embeddings. Pairing is
// interleaved for GPT-J, CodeGen and DeepSeek-V2/V3 (their q_pe/k_pe pairs),
// half_split otherwise.
//
// max_positions (the cos/sin table) is sized for the context the config's
// scaling serves, as vLLM sizes its caches:
//   yarn:    max(max_position_embeddings,
//                original_max_position_embeddings * factor), rounded up
//            (Qwen2.5-7B: 32768 * 4 = 131072; DeepSeek-V2: 4096 * 40);
//   linear:  max(max_position_embeddings, L * factor), L the rope
//            parameters' original_max_position_embeddings, else
//            max_position_embeddings;
//   llama3, longrope: max_position_embeddings, which these configs already
//            set to the extended context (Llama 3.1: 131072; Phi-3: 131072);
//   dynamic: max_position_embeddings (its original length): longer
//            sequences grow theta and their rows are computed on the fly;
//   none:    max_position_embeddings (or n_positions).
// That can be large (131072 rows x 128 floats x 4 bytes = 64 MiB; twice for
// interleaved, twice again for longrope's two tables): set max_positions to
// 0 for rows computed on the fly (same values, any position), or to the
// context you serve. Multimodal RoPE: mrope_section (with
// mrope_interleaved true: the interleaved layout, else chunked sections;
// rope_type / type "mrope" is the default RoPE with sections) sets
// spec.multi_axis to mrope_sections or mrope_interleaved over the rotary
// part (partial_rotary_factor included, as Qwen3.5). A missing, malformed or
// unsupported field is an error naming it.
ROTARY_API Status spec_from_config_json(std::string_view json, RopeSpec* out);
// Same, reading the file at `path`.
ROTARY_API Status spec_from_config_file(const std::string& path, RopeSpec* out);

// -------------------------------------------------------------- reference ---

// The scalar reference every kernel is tested against: plain loops, angles,
// cos/sin and products in double, one rounding to the output type. Same
// arguments, same validation and same error messages as Rope::apply; always
// serial. For users who want to validate their own integration.
ROTARY_API Status reference_apply(const Rope& rope, const ConstTensor& q_in,
                                  const Tensor& q_out, const ConstTensor& k_in,
                                  const Tensor& k_out,
                                  const Positions& positions,
                                  const ApplyOptions& options = {});

// -------------------------------------------------------------------- ISA ---

// Kernels are compiled for several instruction sets and one is chosen at run
// time: the best one this CPU supports, unless the ROTARY_ISA environment
// variable (read once, at first use) or select_isa() names another. Names are
// Highway's target names in lower case: "avx3_dl", "avx3" (alias "avx512"),
// "avx2", "sse4", "ssse3", "neon", "sve", "sve2", "sve_256", "sve2_128",
// "scalar"; "auto" (or an empty ROTARY_ISA) means the best supported one.

struct IsaInfo {
  const char* name;         // e.g. "avx2"
  const char* description;  // e.g. "AVX2 + FMA, 256-bit vectors"
  bool supported;           // this CPU can run it
};

// Compiled ISAs, best first.
ROTARY_API std::vector<IsaInfo> compiled_isas();
// The subset this CPU supports, best first.
ROTARY_API std::vector<IsaInfo> supported_isas();

// Name of the ISA that apply() will use. When ROTARY_ISA named an unknown or
// unsupported ISA, returns "" and apply() fails with that error until
// select_isa() succeeds.
ROTARY_API std::string active_isa();

// Pins the ISA for the whole process ("auto" restores the default). An unknown
// name is invalid_argument, a compiled one this CPU lacks is unsupported; on
// error the selection is unchanged. Safe to call while other threads apply.
ROTARY_API Status select_isa(std::string_view name);

}  // namespace rotary

#endif  // ROTARY_ROTARY_HPP_
