/* rotary: C API for Rotary Position Embedding (RoPE).
 *
 * A C99 interface (usable from C++, and from any language with a C FFI) over
 * the C++ API of rotary/rotary.hpp: same math, same kernels, same validation.
 * See rotary.hpp for the rotation itself and docs/api.md for a guide.
 *
 *     rotary_rope_spec spec;
 *     rotary_rope_spec_init(&spec);           // defaults, struct_size set
 *     spec.head_dim = 128;
 *     spec.pairing = ROTARY_PAIRING_HALF_SPLIT;  // Llama, Mistral, Qwen...
 *     spec.max_positions = 8192;                 // cos/sin table size
 *     rotary_rope* rope = NULL;
 *     if (rotary_rope_create(&spec, &rope) != ROTARY_OK) {
 *       fprintf(stderr, "%s\n", rotary_last_error());
 *       return 1;
 *     }
 *     // q: [tokens][32 heads][128], k: [tokens][8 heads][128], in place.
 *     rotary_tensor q = rotary_tensor_bshd(q_data, tokens, 32, 128);
 *     rotary_tensor k = rotary_tensor_bshd(k_data, tokens, 8, 128);
 *     rotary_positions pos = rotary_positions_i32(pos_data, tokens);
 *     rotary_status st = rotary_apply(rope, &q, NULL, &k, NULL, &pos, NULL);
 *     ...
 *     rotary_rope_destroy(rope);
 *
 * Conventions:
 *  - Every fallible call returns a rotary_status (ROTARY_OK is 0). It
 *    validates all of its arguments before it writes anything: on error no
 *    output (tensor, out-pointer or out-struct) has changed.
 *  - rotary_last_error() returns the message of the calling thread's last
 *    call that returned a status: "" after success, else a sentence naming
 *    the offending argument ("q_in.tokens (3) != positions.count (4)").
 *  - No C++ exception crosses this API; running out of memory is
 *    ROTARY_OUT_OF_MEMORY.
 *  - Structs that may grow in later versions start with struct_size, which
 *    the caller sets to sizeof(the struct) as compiled (the *_init helpers
 *    below do). The library reads only what struct_size covers, so programs
 *    built against an older rotary.h keep working with a newer library. A
 *    struct_size smaller than the first version of the struct is
 *    ROTARY_INVALID_ARGUMENT. One larger than this library knows (a program
 *    built against a newer rotary.h) is ROTARY_UNSUPPORTED for the inputs
 *    rotary_rope_spec and rotary_apply_options (fields it cannot honour),
 *    and fine for the output rotary_isa_info (struct_size then says how
 *    many bytes were written).
 *  - Enum values are fixed forever; new ones are only ever added.
 *  - Thread safety: a rotary_rope is immutable once created and may be used
 *    by any number of threads at once; destroy it after the last apply. */
#ifndef ROTARY_ROTARY_H_
#define ROTARY_ROTARY_H_

#include <stddef.h>
#include <stdint.h>

#include "rotary/export.h"

/* The version of this header. rotary_version() returns the version of the
 * library that is running; the two match when the program runs with the
 * library it was built against. */
#define ROTARY_VERSION_MAJOR 0
#define ROTARY_VERSION_MINOR 1
#define ROTARY_VERSION_PATCH 0
/* major * 10000 + minor * 100 + patch (minor and patch stay below 100). */
#define ROTARY_VERSION                                         \
  (ROTARY_VERSION_MAJOR * 10000 + ROTARY_VERSION_MINOR * 100 + \
   ROTARY_VERSION_PATCH)

#ifdef __cplusplus
extern "C" {
#endif

/* ----------------------------------------------------------------- status */

/* Mirrors rotary::Code. */
typedef enum rotary_status {
  ROTARY_OK = 0,
  /* A size, stride, pointer, enum value or spec field is wrong. */
  ROTARY_INVALID_ARGUMENT = 1,
  /* A position is negative or past the cos/sin table. */
  ROTARY_POSITION_OUT_OF_RANGE = 2,
  /* A valid request this build or CPU cannot run: a dtype not implemented
   * yet, an ISA this CPU lacks, a struct from a newer rotary.h. */
  ROTARY_UNSUPPORTED = 3,
  ROTARY_OUT_OF_MEMORY = 4,
  /* A bug in rotary: please report it with rotary_last_error(). */
  ROTARY_INTERNAL = 5
} rotary_status;

/* "ok", "invalid_argument", ... ("unknown" for other values). Static. */
ROTARY_API const char* rotary_status_name(rotary_status status);

/* The message of the calling thread's last status-returning rotary_* call:
 * "" if it succeeded. Valid until this thread's next rotary_* call. */
ROTARY_API const char* rotary_last_error(void);

/* ---------------------------------------------------------------- version */

/* ROTARY_VERSION of the running library, e.g. 100 for 0.1.0. */
ROTARY_API uint32_t rotary_version(void);
/* "0.1.0". Static. */
ROTARY_API const char* rotary_version_string(void);

/* ------------------------------------------------------------------- spec */

/* Which entries of a head form a rotated pair (rotary::Pairing). */
typedef enum rotary_pairing {
  /* pair i is (2i, 2i+1): RoFormer, GPT-J, Meta's original Llama, ggml
   * NORMAL. */
  ROTARY_PAIRING_INTERLEAVED = 0,
  /* pair i is (i, i + rotary_dim/2): GPT-NeoX, Hugging Face rotate_half
   * (Llama, Mistral, Qwen...), ggml NEOX. */
  ROTARY_PAIRING_HALF_SPLIT = 1
} rotary_pairing;

/* How inv_freq (and the attention factor scaling cos and sin) derive from
 * theta (rotary::ScalingKind; formulas of Hugging Face transformers'
 * modeling_rope_utils and llama.cpp, see rotary.hpp). Any other value is
 * ROTARY_INVALID_ARGUMENT. */
typedef enum rotary_scaling_kind {
  ROTARY_SCALING_NONE = 0,     /* inv_freq[i] = theta^(-2i/rotary_dim) */
  ROTARY_SCALING_LINEAR = 1,   /* position interpolation: inv_freq / factor */
  ROTARY_SCALING_DYNAMIC = 2,  /* NTK by sequence length */
  ROTARY_SCALING_YARN = 3,     /* YaRN ramp + attention factor */
  ROTARY_SCALING_LLAMA3 = 4,   /* Llama 3.x */
  ROTARY_SCALING_LONGROPE = 5, /* short/long per-pair factors */
  ROTARY_SCALING_GGML = 6      /* llama.cpp's freq_scale/ext_factor/... */
} rotary_scaling_kind;

/* rotary::RopeSpec. Set struct_size = sizeof(rotary_rope_spec), or call
 * rotary_rope_spec_init(). New fields are only ever appended. */
typedef struct rotary_rope_spec {
  size_t struct_size;
  int64_t head_dim;   /* entries per head, > 0 */
  int64_t rotary_dim; /* even, <= head_dim; 0 means head_dim */
  double theta;       /* base of the frequencies, > 1 (default 10000) */
  /* Positions [0, max_positions) are served from a cos/sin table built once
   * (max_positions * rotary_dim * 4 bytes for half_split, twice that for
   * interleaved); 0 = no table, cos/sin computed per token, any position. */
  int64_t max_positions;
  rotary_pairing pairing;           /* default ROTARY_PAIRING_HALF_SPLIT */
  rotary_scaling_kind scaling_kind; /* default ROTARY_SCALING_NONE */
  /* linear, dynamic, yarn, llama3: the extension factor (default 1);
   * longrope: for the default attention factor only. */
  double scaling_factor;
  /* --- Fields below are read only when struct_size covers them; a caller
   * built against an older rotary.h gets their defaults. ------------------ */
  /* dynamic, yarn, llama3, longrope: pre-training context length; ggml:
   * n_ctx_orig. */
  int64_t original_max_positions;
  double beta_fast;        /* yarn, ggml (default 32) */
  double beta_slow;        /* yarn, ggml (default 1) */
  int32_t truncate;        /* yarn: floor/ceil the correction dims (1) */
  double attention_factor; /* yarn, longrope: 0 = derived (default 0) */
  double mscale;           /* yarn, DeepSeek (default 0 = unused) */
  double mscale_all_dim;   /* yarn, DeepSeek (default 0 = unused) */
  double low_freq_factor;  /* llama3 (default 1) */
  double high_freq_factor; /* llama3 (default 4) */
  /* longrope: factor_count = rotary_dim/2 entries each (copied at create). */
  const double* short_factor;
  const double* long_factor;
  int64_t factor_count;
  double freq_scale;          /* ggml (default 1) */
  double ext_factor;          /* ggml (default 0) */
  double attn_factor;         /* ggml (default 1) */
  const double* freq_factors; /* ggml, optional: freq_factor_count entries */
  int64_t freq_factor_count;
  /* Entries [rotary_offset, rotary_offset + rotary_dim) of each head rotate,
   * the rest pass through (default 0; rotary_dim 0 then means head_dim -
   * rotary_offset). */
  int64_t rotary_offset;
  /* Multi-axis (multimodal) RoPE, as rotary::MultiAxis: axes 0 = 1D (the
   * default); else 1..4 position streams, pair i turning by
   * position[pair_axis[i]] * inv_freq[pair_freq[i]] (pair_freq NULL = i).
   * pair_count = rotary_dim/2 entries in each list (copied at create). */
  int32_t axes;
  const int32_t* pair_axis;
  const int64_t* pair_freq;
  int64_t pair_count;
} rotary_rope_spec;

/* Sets every field to its default (as rotary::RopeSpec{}), struct_size
 * included; head_dim must still be set. Compiled into the caller, so it
 * always matches the caller's rotary.h. */
static inline void rotary_rope_spec_init(rotary_rope_spec* spec) {
  spec->struct_size = sizeof(rotary_rope_spec);
  spec->head_dim = 0;
  spec->rotary_dim = 0;
  spec->theta = 10000.0;
  spec->max_positions = 0;
  spec->pairing = ROTARY_PAIRING_HALF_SPLIT;
  spec->scaling_kind = ROTARY_SCALING_NONE;
  spec->scaling_factor = 1.0;
  spec->original_max_positions = 0;
  spec->beta_fast = 32.0;
  spec->beta_slow = 1.0;
  spec->truncate = 1;
  spec->attention_factor = 0.0;
  spec->mscale = 0.0;
  spec->mscale_all_dim = 0.0;
  spec->low_freq_factor = 1.0;
  spec->high_freq_factor = 4.0;
  spec->short_factor = NULL;
  spec->long_factor = NULL;
  spec->factor_count = 0;
  spec->freq_scale = 1.0;
  spec->ext_factor = 0.0;
  spec->attn_factor = 1.0;
  spec->freq_factors = NULL;
  spec->freq_factor_count = 0;
  spec->rotary_offset = 0;
  spec->axes = 0;
  spec->pair_axis = NULL;
  spec->pair_freq = NULL;
  spec->pair_count = 0;
}

/* An immutable plan: frequencies and, when max_positions > 0, the cos/sin
 * table. Opaque; wraps a rotary::Rope. */
typedef struct rotary_rope rotary_rope;

/* Validates *spec and builds a plan into *out, which the caller releases
 * with rotary_rope_destroy(). On error *out is unchanged. */
ROTARY_API rotary_status rotary_rope_create(const rotary_rope_spec* spec,
                                            rotary_rope** out);

/* Releases a plan (NULL is a no-op). No apply may be running on it. */
ROTARY_API void rotary_rope_destroy(rotary_rope* rope);

/* The f32 cos and sin (attention factor included) the kernels use at
 * `position` for a sequence of `sequence_length` tokens (0 = position + 1):
 * rotary_dim/2 values each, pair order (Rope::cos_sin). */
ROTARY_API rotary_status rotary_cos_sin(const rotary_rope* rope,
                                        int64_t position,
                                        int64_t sequence_length, float* cos,
                                        float* sin);

/* ---------------------------------------------------------------- tensors */

/* Element type of a tensor (rotary::DType), independently for each input
 * and output (e.g. bf16 in, bf16 out; f32 in, bf16 out into a cache; in
 * place needs one dtype). F16 and BF16 elements are IEEE binary16 and
 * bfloat16 bit patterns (uint16_t); outputs are rounded to nearest-even. */
typedef enum rotary_dtype {
  ROTARY_DTYPE_F32 = 0,
  ROTARY_DTYPE_F16 = 1,
  ROTARY_DTYPE_BF16 = 2
} rotary_dtype;

/* A strided view of [tokens][heads][head_dim] elements (rotary::Tensor).
 * head_dim entries are contiguous; token_stride and head_stride are in
 * elements and describe BSHD, BHSD or a slice of a packed QKV buffer. A
 * view with data NULL, tokens 0 and heads 0 (all zero) is "absent". Input
 * views are only read, even though data is not const. */
typedef struct rotary_tensor {
  void* data;
  rotary_dtype dtype;
  int64_t tokens;
  int64_t heads;
  int64_t token_stride;
  int64_t head_stride;
} rotary_tensor;

/* [tokens][heads][head_dim] f32, densely packed. */
static inline rotary_tensor rotary_tensor_bshd(float* data, int64_t tokens,
                                               int64_t heads,
                                               int64_t head_dim) {
  rotary_tensor t;
  t.data = data;
  t.dtype = ROTARY_DTYPE_F32;
  t.tokens = tokens;
  t.heads = heads;
  t.token_stride = heads * head_dim;
  t.head_stride = head_dim;
  return t;
}

/* [heads][tokens][head_dim] f32, densely packed. */
static inline rotary_tensor rotary_tensor_bhsd(float* data, int64_t tokens,
                                               int64_t heads,
                                               int64_t head_dim) {
  rotary_tensor t;
  t.data = data;
  t.dtype = ROTARY_DTYPE_F32;
  t.tokens = tokens;
  t.heads = heads;
  t.token_stride = head_dim;
  t.head_stride = tokens * head_dim;
  return t;
}

/* One position per token (rotary::Positions): set exactly one of i32 and
 * i64 (both may be NULL when count is 0). */
typedef struct rotary_positions {
  const int32_t* i32;
  const int64_t* i64;
  int64_t count;
} rotary_positions;

static inline rotary_positions rotary_positions_i32(const int32_t* p,
                                                    int64_t count) {
  rotary_positions r;
  r.i32 = p;
  r.i64 = NULL;
  r.count = count;
  return r;
}

static inline rotary_positions rotary_positions_i64(const int64_t* p,
                                                    int64_t count) {
  rotary_positions r;
  r.i32 = NULL;
  r.i64 = p;
  r.count = count;
  return r;
}

/* ---------------------------------------------------------------- options */

typedef enum rotary_direction {
  ROTARY_FORWARD = 0, /* rotate by +angle */
  ROTARY_BACKWARD = 1 /* by -angle: the gradient, the inverse of forward */
} rotary_direction;

/* rotary::Threading. The C++ API also runs inside a caller-owned
 * tbb::task_arena; that option is C++ only. */
typedef enum rotary_threading {
  /* Serial for small calls, else oneTBB in the calling thread's arena. */
  ROTARY_THREADING_AUTO = 0,
  ROTARY_THREADING_SERIAL = 1 /* the calling thread only */
} rotary_threading;

/* rotary::ApplyOptions. Set struct_size = sizeof(rotary_apply_options), or
 * call rotary_apply_options_init(). */
typedef struct rotary_apply_options {
  size_t struct_size;
  rotary_direction direction; /* default ROTARY_FORWARD */
  rotary_threading threading; /* default ROTARY_THREADING_AUTO */
  /* Rotate only tokens [token_begin, token_end) of the views (token_end -1 =
   * all), for runtimes that split one call across their own threads:
   * tokens outside the range are neither read nor written, and only their
   * positions are checked. Default [0, -1). */
  int64_t token_begin;
  int64_t token_end;
  /* If not NULL, receives the name of the ISA whose kernel ran ("avx2"...),
   * a static string. */
  const char** isa_used;
  /* --- Read only when struct_size covers it. --- */
  /* dynamic and longrope: the sequence length (0 = largest position of the
   * call + 1). */
  int64_t sequence_length;
  /* If not NULL, every token's cos and sin come from this caller-owned
   * cache instead of the plan (see rotary_cos_sin_cache). */
  const struct rotary_cos_sin_cache* cos_sin;
} rotary_apply_options;

static inline void rotary_apply_options_init(rotary_apply_options* options) {
  options->struct_size = sizeof(rotary_apply_options);
  options->direction = ROTARY_FORWARD;
  options->threading = ROTARY_THREADING_AUTO;
  options->token_begin = 0;
  options->token_end = -1;
  options->isa_used = NULL;
  options->sequence_length = 0;
  options->cos_sin = NULL;
}

/* ------------------------------------------------------------------ apply */

/* Rotates q and k (Rope::apply). q and k may have different head counts
 * (GQA/MQA), and each has positions->count tokens.
 *
 *  - In place: pass NULL as the output (q_out = NULL rotates *q_in in place),
 *    or an output identical to its input (same pointer, or same data and
 *    strides).
 *  - Out of place: the output has the input's shape and must not overlap
 *    any input or the other output.
 *  - Absent: q_in = q_out = NULL (or all-zero views) skips q; same for k.
 *  - options may be NULL (defaults).
 *
 * Errors: ROTARY_INVALID_ARGUMENT (a NULL rope or positions, shapes, strides,
 * overlap, enum values, an in-place view with two dtypes),
 * ROTARY_POSITION_OUT_OF_RANGE, ROTARY_UNSUPPORTED (ROTARY_ISA naming an ISA
 * this CPU lacks). Nothing is written on error. */
ROTARY_API rotary_status rotary_apply(const rotary_rope* rope,
                                      const rotary_tensor* q_in,
                                      const rotary_tensor* q_out,
                                      const rotary_tensor* k_in,
                                      const rotary_tensor* k_out,
                                      const rotary_positions* positions,
                                      const rotary_apply_options* options);

/* --------------------------------------------------------------- QK-norm */

/* rotary::QKNormKind: a per-head norm over the whole head (head_dim
 * entries), inv_rms(v) = 1 / sqrt(mean(v^2) + eps). */
typedef enum rotary_qk_norm_kind {
  /* Qwen3, OLMo 2: y = rotate(x * inv_rms(x) * w) */
  ROTARY_QK_NORM_RMS = 0,
  /* Gemma 3: y = rotate(x * inv_rms(x) * (1 + w)) */
  ROTARY_QK_NORM_RMS_ONE_PLUS = 1,
  /* Llama 4 (HF Llama4TextL2Norm, a root *mean* square, after the
   * rotation, no weight): y = r * inv_rms(r), r = rotate(x) */
  ROTARY_QK_NORM_L2_AFTER = 2
} rotary_qk_norm_kind;

/* rotary::QKNorm. Set struct_size = sizeof(rotary_qk_norm), or call
 * rotary_qk_norm_init(). */
typedef struct rotary_qk_norm {
  size_t struct_size;
  rotary_qk_norm_kind kind; /* default ROTARY_QK_NORM_RMS */
  /* RMS kinds: weight_size (= head_dim) values each, required for a given
   * q (k), not read for an absent one; L2_AFTER: NULL. */
  const void* q_weight;
  const void* k_weight;
  rotary_dtype weight_dtype; /* f32 or the input tensor's dtype */
  int64_t weight_size;
  double eps; /* > 0 and finite; default 1e-6 */
} rotary_qk_norm;

static inline void rotary_qk_norm_init(rotary_qk_norm* norm) {
  norm->struct_size = sizeof(rotary_qk_norm);
  norm->kind = ROTARY_QK_NORM_RMS;
  norm->q_weight = NULL;
  norm->k_weight = NULL;
  norm->weight_dtype = ROTARY_DTYPE_F32;
  norm->weight_size = 0;
  norm->eps = 1e-6;
}

/* Normalizes each head of q and k and rotates it forward in one pass
 * (Rope::apply_qk_norm): views, positions and options as rotary_apply
 * (NULL outputs: in place; options may be NULL), norm not NULL. Errors as
 * rotary_apply, and ROTARY_INVALID_ARGUMENT for a norm argument (NULL
 * weight of a given tensor, weight_size != head_dim, eps <= 0 or not
 * finite, a weight dtype neither f32 nor the tensor's) or a backward
 * direction. Nothing is written on error. */
ROTARY_API rotary_status rotary_apply_qk_norm(
    const rotary_rope* rope, const rotary_tensor* q_in,
    const rotary_tensor* q_out, const rotary_tensor* k_in,
    const rotary_tensor* k_out, const rotary_positions* positions,
    const rotary_qk_norm* norm, const rotary_apply_options* options);

/* ------------------------------------------------------- drop-in forms */

/* How a caller cache is indexed (rotary::CacheIndex). */
typedef enum rotary_cache_index {
  /* Row p serves position p (vLLM's cos_sin_cache, ONNX's cos_cache and
   * sin_cache gathered by position_ids). */
  ROTARY_CACHE_BY_POSITION = 0,
  /* One row per token, [batch][tokens]: positions are not read. */
  ROTARY_CACHE_PER_TOKEN = 1
} rotary_cache_index;

/* A cos/sin cache the caller owns (rotary::CosSinCache): each row holds
 * rotary_dim/2 cos and rotary_dim/2 sin values, used as given (attention
 * factor included); f32, f16 or bf16, arithmetic in f32. Strides in
 * elements. Set struct_size = sizeof(rotary_cos_sin_cache) (the helpers
 * below do). */
typedef struct rotary_cos_sin_cache {
  size_t struct_size;
  const void* cos;
  const void* sin;
  rotary_dtype dtype;
  rotary_cache_index index;
  int64_t rows;         /* by position: positions [0, rows) */
  int64_t row_stride;   /* by position: elements between rows */
  int64_t batch_stride; /* per token: elements between sequences */
  int64_t token_stride; /* per token: elements between tokens */
} rotary_cos_sin_cache;

static inline rotary_cos_sin_cache rotary_cos_sin_by_position(
    const void* cos, const void* sin, rotary_dtype dtype, int64_t rows,
    int64_t row_stride) {
  rotary_cos_sin_cache c;
  c.struct_size = sizeof(rotary_cos_sin_cache);
  c.cos = cos;
  c.sin = sin;
  c.dtype = dtype;
  c.index = ROTARY_CACHE_BY_POSITION;
  c.rows = rows;
  c.row_stride = row_stride;
  c.batch_stride = 0;
  c.token_stride = 0;
  return c;
}
/* vLLM's packed cos_sin_cache[rows][rotary_dim]: cos half, then sin half. */
static inline rotary_cos_sin_cache rotary_cos_sin_packed(const void* cache,
                                                         rotary_dtype dtype,
                                                         int64_t rows,
                                                         int64_t rotary_dim) {
  const size_t esize = dtype == ROTARY_DTYPE_F32 ? 4 : 2;
  return rotary_cos_sin_by_position(
      cache, (const char*)cache + (size_t)(rotary_dim / 2) * esize, dtype, rows,
      rotary_dim);
}
/* Per-token rows, e.g. ONNX's [batch][seq][rotary_dim/2] caches. */
static inline rotary_cos_sin_cache rotary_cos_sin_per_token(
    const void* cos, const void* sin, rotary_dtype dtype, int64_t batch_stride,
    int64_t token_stride) {
  rotary_cos_sin_cache c = rotary_cos_sin_by_position(cos, sin, dtype, 0, 0);
  c.index = ROTARY_CACHE_PER_TOKEN;
  c.batch_stride = batch_stride;
  c.token_stride = token_stride;
  return c;
}

/* A view of [batch][tokens][heads][head_dim] elements (rotary::Tensor with
 * a batch): BSHD, BHSD, ONNX's 3D [batch][seq][hidden], packed QKV slices.
 * A fixed struct, like rotary_tensor. */
typedef struct rotary_batched_tensor {
  void* data;
  rotary_dtype dtype;
  int64_t batch;  /* sequences, >= 1 */
  int64_t tokens; /* per sequence */
  int64_t heads;
  int64_t batch_stride;
  int64_t token_stride;
  int64_t head_stride;
} rotary_batched_tensor;

/* [batch][tokens][heads][head_dim] or [batch][heads][tokens][head_dim],
 * densely packed. */
static inline rotary_batched_tensor rotary_batched_bshd(
    void* data, rotary_dtype dtype, int64_t batch, int64_t tokens,
    int64_t heads, int64_t head_dim) {
  rotary_batched_tensor t;
  t.data = data;
  t.dtype = dtype;
  t.batch = batch;
  t.tokens = tokens;
  t.heads = heads;
  t.batch_stride = tokens * heads * head_dim;
  t.token_stride = heads * head_dim;
  t.head_stride = head_dim;
  return t;
}
static inline rotary_batched_tensor rotary_batched_bhsd(
    void* data, rotary_dtype dtype, int64_t batch, int64_t tokens,
    int64_t heads, int64_t head_dim) {
  rotary_batched_tensor t =
      rotary_batched_bshd(data, dtype, batch, tokens, heads, head_dim);
  t.token_stride = head_dim;
  t.head_stride = tokens * head_dim;
  return t;
}

/* rotary::PositionKind. */
typedef enum rotary_position_kind {
  /* position(b, s) = data[b * batch_stride + s]; batch_stride -1: dense,
   * count = batch * tokens; else count = tokens (0 = one shared row). */
  ROTARY_POSITIONS_PER_TOKEN = 0,
  /* position(b, s) = data[b] + s; count = batch. */
  ROTARY_POSITIONS_SEQUENCE_START = 1,
  /* position(b, s) = s; no data, count 0. */
  ROTARY_POSITIONS_SEQUENTIAL = 2
} rotary_position_kind;

/* The positions of a batched call. Set struct_size, or use a helper. */
typedef struct rotary_batch_positions {
  size_t struct_size;
  rotary_position_kind kind;
  const int32_t* i32;
  const int64_t* i64;
  int64_t count;
  int64_t batch_stride;
  /* Multi-axis positions (a spec with axes > 0; per_token only): `axes`
   * streams, axis a of token (b, s) at p[a * axis_stride + b * batch_stride
   * + s] (HF position_ids [3][batch][seq], llama.cpp [4][n_tokens]). Read
   * only when struct_size covers them; 0 = 1D. */
  int32_t axes;
  int64_t axis_stride;
} rotary_batch_positions;

static inline rotary_batch_positions rotary_batch_positions_i64(
    rotary_position_kind kind, const int64_t* p, int64_t count,
    int64_t batch_stride) {
  rotary_batch_positions r;
  r.struct_size = sizeof(rotary_batch_positions);
  r.kind = kind;
  r.i32 = NULL;
  r.i64 = p;
  r.count = count;
  r.batch_stride = batch_stride;
  r.axes = 0;
  r.axis_stride = 0;
  return r;
}
static inline rotary_batch_positions rotary_batch_positions_i32(
    rotary_position_kind kind, const int32_t* p, int64_t count,
    int64_t batch_stride) {
  rotary_batch_positions r =
      rotary_batch_positions_i64(kind, NULL, count, batch_stride);
  r.i32 = p;
  return r;
}

/* Multi-axis per-token positions: `axes` streams of `count` entries,
 * `axis_stride` entries apart. */
static inline rotary_batch_positions rotary_batch_positions_multi_axis_i64(
    const int64_t* p, int32_t axes, int64_t count, int64_t axis_stride) {
  rotary_batch_positions r =
      rotary_batch_positions_i64(ROTARY_POSITIONS_PER_TOKEN, p, count, -1);
  r.axes = axes;
  r.axis_stride = axis_stride;
  return r;
}
static inline rotary_batch_positions rotary_batch_positions_multi_axis_i32(
    const int32_t* p, int32_t axes, int64_t count, int64_t axis_stride) {
  rotary_batch_positions r =
      rotary_batch_positions_multi_axis_i64(NULL, axes, count, axis_stride);
  r.i32 = p;
  return r;
}

/* rotary_apply over batched views: q and k have `batch` sequences of
 * `tokens` tokens, positions in any rotary_position_kind (and a token range
 * in options numbers tokens b * tokens + s). NULL outputs mean in place, as
 * in rotary_apply. */
ROTARY_API rotary_status rotary_apply_batched(
    const rotary_rope* rope, const rotary_batched_tensor* q_in,
    const rotary_batched_tensor* q_out, const rotary_batched_tensor* k_in,
    const rotary_batched_tensor* k_out, const rotary_batch_positions* positions,
    const rotary_apply_options* options);

/* ---------------------------------------------------- KV-cache append */

/* rotary::CacheLayout: how a KV cache lays out its slots (dense, head_dim
 * entries contiguous). */
typedef enum rotary_cache_layout {
  /* [slots][kv_heads][head_dim]. A paged cache [blocks][block_size]
   * [kv_heads][head_dim] with slot = block * block_size + offset (vLLM's
   * slot_mapping) is this layout over slots = blocks * block_size. */
  ROTARY_CACHE_NHD = 0,
  /* [kv_heads][slots][head_dim]. */
  ROTARY_CACHE_HND = 1
} rotary_cache_layout;

/* rotary::KVCache: the k and v caches rotary_apply_append writes, each
 * slots * kv_heads * head_dim elements of its own dtype (f32, f16, bf16,
 * int8),
 * not overlapping each other or any tensor of the call. slot_mapping holds
 * one slot per token, in [-1, slots), distinct among the tokens of one
 * call's range; -1 skips a token (its q is still rotated, nothing of it is
 * written to the caches). v NULL: a k-only cache (then pass v = NULL).
 * Set struct_size = sizeof(rotary_kv_cache), or call rotary_kv_cache_init(). */
/* rotary::CacheDType: a KV cache's elements, the rotary_dtype values or
 * int8 with one f32 scale per slot and head (scale = max|x| / 127 over the
 * head, x stored as x / scale rounded to nearest-even, saturated to
 * [-127, 127]; see rotary.hpp). */
typedef enum rotary_cache_dtype {
  ROTARY_CACHE_F32 = 0,
  ROTARY_CACHE_F16 = 1,
  ROTARY_CACHE_BF16 = 2,
  ROTARY_CACHE_INT8 = 3
} rotary_cache_dtype;

typedef struct rotary_kv_cache {
  size_t struct_size;
  void* k;
  void* v;
  rotary_cache_dtype k_dtype;
  rotary_cache_dtype v_dtype;
  /* int8 caches: slots * kv_heads scales each, (slot, head) at
   * slot * kv_heads + head (NHD) or head * slots + slot (HND). */
  float* k_scale;
  float* v_scale;
  rotary_cache_layout layout;
  int64_t slots;
  int64_t kv_heads;
  int64_t head_dim;
  const int64_t* slot_mapping;
} rotary_kv_cache;

static inline void rotary_kv_cache_init(rotary_kv_cache* cache) {
  cache->struct_size = sizeof(rotary_kv_cache);
  cache->k = NULL;
  cache->v = NULL;
  cache->k_dtype = ROTARY_CACHE_F32;
  cache->v_dtype = ROTARY_CACHE_F32;
  cache->k_scale = NULL;
  cache->v_scale = NULL;
  cache->layout = ROTARY_CACHE_NHD;
  cache->slots = 0;
  cache->kv_heads = 0;
  cache->head_dim = 0;
  cache->slot_mapping = NULL;
}

/* Fused RoPE + KV-cache append (Rope::apply_append): rotates q (q_out NULL
 * = in place, as in rotary_apply; q_in = q_out = NULL: q absent), rotates k
 * into cache->k at each token's slot and copies v, unrotated, into cache->v
 * at the same slot, converting to the caches' dtypes (16-bit rounded to
 * nearest-even). k and v are only read; any of them may be a slice of a
 * packed QKV buffer. k holds exactly what rotary_apply out of place into a
 * tensor of cache->k_dtype would write. options may be NULL; a cos_sin
 * cache in it is honoured.
 *
 * Errors: as rotary_apply, plus ROTARY_INVALID_ARGUMENT for a NULL k or
 * cache, a slot out of range or repeated, cache kv_heads/head_dim not those
 * of k and v, a bad cache dtype or layout, overlapping caches or a cache
 * overlapping a tensor. Nothing is written on error. */
ROTARY_API rotary_status rotary_apply_append(
    const rotary_rope* rope, const rotary_tensor* q_in,
    const rotary_tensor* q_out, const rotary_tensor* k, const rotary_tensor* v,
    const rotary_positions* positions, const rotary_kv_cache* cache,
    const rotary_apply_options* options);

/* -------------------------------------------------------------------- ISA */

/* Kernels are compiled for several instruction sets and the best one this
 * CPU supports runs, unless the ROTARY_ISA environment variable (read once,
 * at first use) or rotary_select_isa() names another. Names are Highway's
 * target names in lower case: "avx3_dl", "avx3" (alias "avx512"), "avx2",
 * "sse4", "ssse3", "neon", "sve", "sve2", "sve_256", "sve2_128", "emu128",
 * "scalar"; "auto" (or "") means the best supported one. */

/* Set struct_size = sizeof(rotary_isa_info) before rotary_isa_get(). */
typedef struct rotary_isa_info {
  size_t struct_size;
  const char* name;        /* e.g. "avx2"; static */
  const char* description; /* e.g. "AVX2 + FMA, 256-bit"; static */
  int supported;           /* 1 if this CPU can run it, else 0 */
} rotary_isa_info;

/* Number of compiled ISAs. */
ROTARY_API size_t rotary_isa_count(void);

/* Fills *info for compiled ISA `index` (0 = best, as rotary::compiled_isas).
 * Writes the fields info->struct_size covers and sets struct_size to the
 * bytes written. */
ROTARY_API rotary_status rotary_isa_get(size_t index, rotary_isa_info* info);

/* Name of the ISA that rotary_apply() will use (static string). "" when
 * ROTARY_ISA named an ISA that cannot run: rotary_apply() then fails with
 * that error until rotary_select_isa() succeeds. */
ROTARY_API const char* rotary_active_isa(void);

/* Pins the ISA for the whole process ("auto" restores the default). An
 * unknown name is ROTARY_INVALID_ARGUMENT, a compiled one this CPU lacks is
 * ROTARY_UNSUPPORTED; on error the selection is unchanged. Safe to call
 * while other threads apply. */
ROTARY_API rotary_status rotary_select_isa(const char* name);

/* ----------------------------------------------------------- model config */

/* Builds a plan from a Hugging Face model config.json, as
 * rotary::spec_from_config_json (rotary.hpp says which fields are read and
 * how the table is sized) followed by rotary_rope_create. `json` is `length`
 * bytes of text (no terminating NUL needed). max_positions: -1 = the table
 * size the config implies (e.g. 131072 for Qwen2.5-7B with its YaRN block),
 * 0 = no table (each row computed on the fly, any position), > 0 = that
 * many rows. The plan owns everything the config held (longrope factor
 * lists included); release it with rotary_rope_destroy().
 *
 * Errors: ROTARY_INVALID_ARGUMENT for a NULL argument, max_positions < -1,
 * text that is not JSON, or a missing or malformed field, named in
 * rotary_last_error() ("config: rope_scaling.factor is missing");
 * ROTARY_UNSUPPORTED for a rope_type rotary does not implement, or
 * multimodal RoPE (mrope_section, mrope_interleaved); then the errors of
 * rotary_rope_create. On error *out is unchanged. */
ROTARY_API rotary_status rotary_rope_create_from_config_json(
    const char* json, size_t length, int64_t max_positions, rotary_rope** out);

/* Same, reading the config.json at `path` (a NUL-terminated file name); a
 * file that cannot be opened is ROTARY_INVALID_ARGUMENT naming it. */
ROTARY_API rotary_status rotary_rope_create_from_config_file(
    const char* path, int64_t max_positions, rotary_rope** out);

/* The spec of a plan, e.g. one built from a config: fills the fields of
 * *spec that spec->struct_size covers (set it first; rotary_rope_spec_init
 * does) and sets struct_size to the bytes written, as rotary_isa_get does
 * (a struct_size below the first rotary_rope_spec is
 * ROTARY_INVALID_ARGUMENT; a larger one gets this library's fields).
 * rotary_dim is resolved (never 0). short_factor, long_factor and
 * freq_factors (and pair_axis, pair_freq) point into the plan (NULL when
 * empty) and stay valid until
 * rotary_rope_destroy(rope). Nothing is written on error. */
ROTARY_API rotary_status rotary_rope_get_spec(const rotary_rope* rope,
                                              rotary_rope_spec* spec);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* ROTARY_ROTARY_H_ */
