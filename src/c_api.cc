// The C API (include/rotary/rotary.h) over the C++ API: C structs and enums
// translated to rotary:: types (every C-only argument checked first), the
// thread-local last-error message, and a guard so no exception reaches C.
#include "src/c_api.h"

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#ifndef ROTARY_PROJECT_VERSION
#error "ROTARY_PROJECT_VERSION* come from CMakeLists.txt (project VERSION)"
#endif

struct rotary_rope {
  rotary::Rope rope;
};

namespace rotary {
namespace detail {
namespace {

static_assert(static_cast<int>(Code::ok) == ROTARY_OK &&
                  static_cast<int>(Code::invalid_argument) ==
                      ROTARY_INVALID_ARGUMENT &&
                  static_cast<int>(Code::position_out_of_range) ==
                      ROTARY_POSITION_OUT_OF_RANGE &&
                  static_cast<int>(Code::unsupported) == ROTARY_UNSUPPORTED &&
                  static_cast<int>(Code::out_of_memory) ==
                      ROTARY_OUT_OF_MEMORY &&
                  static_cast<int>(Code::internal) == ROTARY_INTERNAL,
              "rotary_status mirrors rotary::Code");

// C enums are read through their bytes: a C caller may store any int there,
// and loading an out-of-range value as a C++ enum is undefined.
template <class E>
int32_t raw(const E& e) {
  static_assert(sizeof(E) == sizeof(int32_t), "C enums are 32-bit here");
  int32_t v;
  std::memcpy(&v, &e, sizeof v);
  return v;
}

// Bytes from the start of a struct to the end of one of its fields.
#define ROTARY_END_OF(type, field) \
  (offsetof(type, field) + sizeof(static_cast<type*>(nullptr)->field))

// struct_size of the first version of each growable struct (the end of its
// last field then). Fixed forever: later fields are read only when a
// caller's struct_size covers them.
constexpr size_t kSpecSizeV1 = ROTARY_END_OF(rotary_rope_spec, scaling_factor);
// Scaling parameters of every kind.
constexpr size_t kSpecSizeV2 =
    ROTARY_END_OF(rotary_rope_spec, freq_factor_count);
constexpr size_t kOptionsSizeV1 = ROTARY_END_OF(rotary_apply_options, isa_used);
constexpr size_t kOptionsSizeV2 =
    ROTARY_END_OF(rotary_apply_options, sequence_length);
constexpr size_t kOptionsSizeV3 = ROTARY_END_OF(rotary_apply_options, cos_sin);
constexpr size_t kSpecSizeV3 = ROTARY_END_OF(rotary_rope_spec, rotary_offset);
constexpr size_t kCacheSizeV1 =
    ROTARY_END_OF(rotary_cos_sin_cache, token_stride);
constexpr size_t kPositionsSizeV1 =
    ROTARY_END_OF(rotary_batch_positions, batch_stride);
constexpr size_t kIsaInfoSizeV1 = ROTARY_END_OF(rotary_isa_info, supported);
constexpr size_t kSpecSizeV4 = ROTARY_END_OF(rotary_rope_spec, pair_count);
constexpr size_t kPositionsSizeV2 =
    ROTARY_END_OF(rotary_batch_positions, axis_stride);
constexpr size_t kKvCacheSizeV1 = ROTARY_END_OF(rotary_kv_cache, slot_mapping);
constexpr size_t kQkNormSizeV1 = ROTARY_END_OF(rotary_qk_norm, eps);
static_assert(sizeof(int) == sizeof(int32_t), "pair_axis is int32_t");

// The calling thread's last error: `t_fixed` if not null (a static string,
// "" after success), else `t_text`.
thread_local std::string t_text;
thread_local const char* t_fixed = "";

std::string str(int64_t v) { return std::to_string(v); }

Status invalid(std::string message) {
  return Status(Code::invalid_argument, std::move(message));
}

// An input struct's struct_size: at least its first version, at most what
// this library knows (larger means fields it would silently ignore).
Status check_struct_size(const char* name, const char* type, size_t size,
                         size_t v1_size, size_t known_size) {
  if (size < v1_size) {
    return invalid(std::string(name) + ".struct_size is " +
                   str(static_cast<int64_t>(size)) + ", less than any " + type +
                   " (set it to sizeof(" + type + "))");
  }
  if (size > known_size) {
    return Status(Code::unsupported,
                  std::string(name) + ".struct_size is " +
                      str(static_cast<int64_t>(size)) + " but this librotary " +
                      ROTARY_PROJECT_VERSION + " knows " + type + " up to " +
                      str(static_cast<int64_t>(known_size)) +
                      " bytes: the program was built against a newer " +
                      "rotary.h than the library it runs with");
  }
  return Status();
}

Status to_spec(const rotary_rope_spec& c, RopeSpec* spec) {
  Status st = check_struct_size("spec", "rotary_rope_spec", c.struct_size,
                                kSpecSizeV1, sizeof(rotary_rope_spec));
  if (!st.ok()) return st;
  spec->head_dim = c.head_dim;
  spec->rotary_dim = c.rotary_dim;
  spec->theta = c.theta;
  spec->max_positions = c.max_positions;
  switch (raw(c.pairing)) {
    case ROTARY_PAIRING_INTERLEAVED:
      spec->pairing = Pairing::interleaved;
      break;
    case ROTARY_PAIRING_HALF_SPLIT:
      spec->pairing = Pairing::half_split;
      break;
    default:
      return invalid("spec.pairing is not a rotary_pairing value (" +
                     str(raw(c.pairing)) + ")");
  }
  switch (raw(c.scaling_kind)) {
    case ROTARY_SCALING_NONE:
      spec->scaling.kind = ScalingKind::none;
      break;
    case ROTARY_SCALING_LINEAR:
      spec->scaling.kind = ScalingKind::linear;
      break;
    case ROTARY_SCALING_DYNAMIC:
      spec->scaling.kind = ScalingKind::dynamic;
      break;
    case ROTARY_SCALING_YARN:
      spec->scaling.kind = ScalingKind::yarn;
      break;
    case ROTARY_SCALING_LLAMA3:
      spec->scaling.kind = ScalingKind::llama3;
      break;
    case ROTARY_SCALING_LONGROPE:
      spec->scaling.kind = ScalingKind::longrope;
      break;
    case ROTARY_SCALING_GGML:
      spec->scaling.kind = ScalingKind::ggml;
      break;
    default:
      return invalid("spec.scaling_kind is not a rotary_scaling_kind value (" +
                     str(raw(c.scaling_kind)) + ")");
  }
  spec->scaling.factor = c.scaling_factor;
  if (c.struct_size < kSpecSizeV2) return Status();  // older callers
  RopeScaling& sc = spec->scaling;
  sc.original_max_positions = c.original_max_positions;
  sc.beta_fast = c.beta_fast;
  sc.beta_slow = c.beta_slow;
  sc.truncate = c.truncate != 0;
  sc.attention_factor = c.attention_factor;
  sc.mscale = c.mscale;
  sc.mscale_all_dim = c.mscale_all_dim;
  sc.low_freq_factor = c.low_freq_factor;
  sc.high_freq_factor = c.high_freq_factor;
  sc.freq_scale = c.freq_scale;
  sc.ext_factor = c.ext_factor;
  sc.attn_factor = c.attn_factor;
  auto list = [](const char* name, const double* data, int64_t count,
                 std::vector<double>* out) -> Status {
    if (count < 0 || (count > 0 && data == nullptr)) {
      return invalid(std::string("spec.") + name + ": NULL data or a " +
                     "negative count (" + str(count) + ")");
    }
    out->assign(data, data + count);
    return Status();
  };
  Status st2 =
      list("short_factor", c.short_factor, c.factor_count, &sc.short_factor);
  if (st2.ok()) {
    st2 = list("long_factor", c.long_factor, c.factor_count, &sc.long_factor);
  }
  if (st2.ok()) {
    st2 = list("freq_factors", c.freq_factors, c.freq_factor_count,
               &sc.freq_factors);
  }
  if (st2.ok() && c.struct_size >= kSpecSizeV3) {
    spec->rotary_offset = c.rotary_offset;
  }
  if (st2.ok() && c.struct_size >= kSpecSizeV4 && c.axes != 0) {
    MultiAxis& m = spec->multi_axis;
    m.axes = c.axes;
    if (c.pair_count < 0 || c.pair_count > (int64_t{1} << 24) ||
        (c.pair_count > 0 && c.pair_axis == nullptr)) {
      return invalid("spec.pair_count (" + str(c.pair_count) +
                     ") must be >= 0 with pair_axis set");
    }
    m.pair_axis.assign(c.pair_axis, c.pair_axis + c.pair_count);
    if (c.pair_freq != nullptr) {
      m.pair_freq.assign(c.pair_freq, c.pair_freq + c.pair_count);
    }
  }
  return st2;
}

Status to_dtype_value(const char* name, const rotary_dtype& d, DType* out) {
  switch (raw(d)) {
    case ROTARY_DTYPE_F32:
      *out = DType::f32;
      return Status();
    case ROTARY_DTYPE_F16:
      *out = DType::f16;
      return Status();
    case ROTARY_DTYPE_BF16:
      *out = DType::bf16;
      return Status();
    default:
      return invalid(std::string(name) +
                     ".dtype is not a rotary_dtype value (" + str(raw(d)) +
                     ")");
  }
}

Status to_cache(const rotary_cos_sin_cache& c, CosSinCache* cache) {
  Status st = check_struct_size("options.cos_sin", "rotary_cos_sin_cache",
                                c.struct_size, kCacheSizeV1,
                                sizeof(rotary_cos_sin_cache));
  if (!st.ok()) return st;
  st = to_dtype_value("cos_sin", c.dtype, &cache->dtype);
  if (!st.ok()) return st;
  switch (raw(c.index)) {
    case ROTARY_CACHE_BY_POSITION:
      cache->index = CacheIndex::by_position;
      break;
    case ROTARY_CACHE_PER_TOKEN:
      cache->index = CacheIndex::per_token;
      break;
    default:
      return invalid("cos_sin.index is not a rotary_cache_index value (" +
                     str(raw(c.index)) + ")");
  }
  cache->cos = c.cos;
  cache->sin = c.sin;
  cache->rows = c.rows;
  cache->row_stride = c.row_stride;
  cache->batch_stride = c.batch_stride;
  cache->token_stride = c.token_stride;
  return Status();
}

// *cache holds the converted cos_sin cache, which *options then points to.
Status to_options(const rotary_apply_options* c, ApplyOptions* options,
                  CosSinCache* cache) {
  if (c == nullptr) return Status();  // defaults
  Status st =
      check_struct_size("options", "rotary_apply_options", c->struct_size,
                        kOptionsSizeV1, sizeof(rotary_apply_options));
  if (!st.ok()) return st;
  switch (raw(c->direction)) {
    case ROTARY_FORWARD:
      options->direction = Direction::forward;
      break;
    case ROTARY_BACKWARD:
      options->direction = Direction::backward;
      break;
    default:
      return invalid("options.direction is not a rotary_direction value (" +
                     str(raw(c->direction)) + ")");
  }
  switch (raw(c->threading)) {
    case ROTARY_THREADING_AUTO:
      options->threading = Threading::automatic;
      break;
    case ROTARY_THREADING_SERIAL:
      options->threading = Threading::serial;
      break;
    default:
      return invalid("options.threading is not a rotary_threading value (" +
                     str(raw(c->threading)) + ")");
  }
  options->token_begin = c->token_begin;
  options->token_end = c->token_end;
  options->isa_used = c->isa_used;
  if (c->struct_size >= kOptionsSizeV2) {
    options->sequence_length = c->sequence_length;
  }
  if (c->struct_size >= kOptionsSizeV3 && c->cos_sin != nullptr) {
    st = to_cache(*c->cos_sin, cache);
    if (!st.ok()) return st;
    options->cos_sin = cache;
  }
  return Status();
}

bool absent(const rotary_tensor& t) {
  return t.data == nullptr && t.tokens == 0 && t.heads == 0;
}

Status to_dtype(const char* name, const rotary_tensor& t, DType* out) {
  *out = DType::f32;
  if (absent(t)) return Status();
  switch (raw(t.dtype)) {
    case ROTARY_DTYPE_F32:
      *out = DType::f32;
      return Status();
    case ROTARY_DTYPE_F16:
      *out = DType::f16;
      return Status();
    case ROTARY_DTYPE_BF16:
      *out = DType::bf16;
      return Status();
    default:
      return invalid(std::string(name) +
                     ".dtype is not a rotary_dtype value (" +
                     str(raw(t.dtype)) + ")");
  }
}

// One side (q or k) of rotary_apply: a NULL output means in place, NULL for
// both means absent. The C++ API checks everything else.
Status to_views(const char* in_name, const char* out_name,
                const rotary_tensor* in, const rotary_tensor* out,
                ConstTensor* cpp_in, Tensor* cpp_out) {
  const rotary_tensor none = {};
  const rotary_tensor& i = in != nullptr ? *in : none;
  const rotary_tensor& o = out != nullptr ? *out : i;
  DType in_type, out_type;
  Status st = to_dtype(in_name, i, &in_type);
  if (!st.ok()) return st;
  st = to_dtype(out_name, o, &out_type);
  if (!st.ok()) return st;
  *cpp_in = ConstTensor(i.data, in_type, i.tokens, i.heads, i.token_stride,
                        i.head_stride);
  *cpp_out = Tensor{o.data,  out_type,       o.tokens,
                    o.heads, o.token_stride, o.head_stride};
  return Status();
}

// Compiled ISAs never change after the first use: listed once.
const std::vector<IsaInfo>& isa_list() {
  static const std::vector<IsaInfo> list = compiled_isas();
  return list;
}

}  // namespace

rotary_status c_status(const Status& status) noexcept {
  if (status.ok()) {
    t_fixed = "";
    return ROTARY_OK;
  }
  try {
    t_text = status.message();
    t_fixed = nullptr;
  } catch (...) {
    t_fixed = "out of memory recording the error message";
  }
  switch (status.code()) {
    case Code::ok:  // handled above
    case Code::internal:
      break;
    case Code::invalid_argument:
      return ROTARY_INVALID_ARGUMENT;
    case Code::position_out_of_range:
      return ROTARY_POSITION_OUT_OF_RANGE;
    case Code::unsupported:
      return ROTARY_UNSUPPORTED;
    case Code::out_of_memory:
      return ROTARY_OUT_OF_MEMORY;
  }
  return ROTARY_INTERNAL;
}

rotary_status c_failure(rotary_status code, const char* function,
                        const char* what) noexcept {
  try {
    t_text = std::string(function) + ": " + what;
    t_fixed = nullptr;
  } catch (...) {
    t_fixed = "out of memory recording the error message";
  }
  return code;
}

}  // namespace detail
}  // namespace rotary

using rotary::Status;
using rotary::detail::c_guard;
using rotary::detail::invalid;

const char* rotary_status_name(rotary_status status) {
  return rotary::code_name(
      static_cast<rotary::Code>(rotary::detail::raw(status)));
}

const char* rotary_last_error(void) {
  using rotary::detail::t_fixed;
  return t_fixed != nullptr ? t_fixed : rotary::detail::t_text.c_str();
}

uint32_t rotary_version(void) {
  return ROTARY_PROJECT_VERSION_MAJOR * 10000 +
         ROTARY_PROJECT_VERSION_MINOR * 100 + ROTARY_PROJECT_VERSION_PATCH;
}

const char* rotary_version_string(void) { return ROTARY_PROJECT_VERSION; }

rotary_status rotary_rope_create(const rotary_rope_spec* spec,
                                 rotary_rope** out) {
  return c_guard("rotary_rope_create", [&]() -> Status {
    if (spec == nullptr) return invalid("spec is NULL");
    if (out == nullptr) return invalid("out is NULL");
    rotary::RopeSpec cpp_spec;
    Status st = rotary::detail::to_spec(*spec, &cpp_spec);
    if (!st.ok()) return st;
    auto rope = std::make_unique<rotary_rope>();
    st = rotary::Rope::create(cpp_spec, &rope->rope);
    if (!st.ok()) return st;
    *out = rope.release();
    return Status();
  });
}

void rotary_rope_destroy(rotary_rope* rope) { delete rope; }

rotary_status rotary_cos_sin(const rotary_rope* rope, int64_t position,
                             int64_t sequence_length, float* cos, float* sin) {
  return c_guard("rotary_cos_sin", [&]() -> Status {
    if (rope == nullptr) return invalid("rope is NULL");
    return rope->rope.cos_sin(position, cos, sin, sequence_length);
  });
}

namespace rotary {
namespace detail {
namespace {

// One side of rotary_apply_batched, as to_views for rotary_tensor.
Status to_views(const char* in_name, const char* out_name,
                const rotary_batched_tensor* in,
                const rotary_batched_tensor* out, ConstTensor* cpp_in,
                Tensor* cpp_out) {
  if (in == nullptr && out == nullptr) return Status();  // absent
  const rotary_batched_tensor none = {};
  const rotary_batched_tensor& i = in != nullptr ? *in : none;
  const rotary_batched_tensor& o = out != nullptr ? *out : i;
  DType in_type = DType::f32, out_type = DType::f32;
  const bool in_absent = i.data == nullptr && i.tokens == 0 && i.heads == 0;
  const bool out_absent = o.data == nullptr && o.tokens == 0 && o.heads == 0;
  if (!in_absent) {
    Status st = to_dtype_value(in_name, i.dtype, &in_type);
    if (!st.ok()) return st;
  }
  if (!out_absent) {
    Status st = to_dtype_value(out_name, o.dtype, &out_type);
    if (!st.ok()) return st;
  }
  *cpp_in = ConstTensor(i.data, in_type, i.tokens, i.heads, i.token_stride,
                        i.head_stride, i.batch, i.batch_stride);
  *cpp_out = Tensor{o.data,         out_type,      o.tokens, o.heads,
                    o.token_stride, o.head_stride, o.batch,  o.batch_stride};
  return Status();
}

Status to_positions(const rotary_batch_positions& c, Positions* p) {
  Status st =
      check_struct_size("positions", "rotary_batch_positions", c.struct_size,
                        kPositionsSizeV1, sizeof(rotary_batch_positions));
  if (!st.ok()) return st;
  switch (raw(c.kind)) {
    case ROTARY_POSITIONS_PER_TOKEN:
      p->kind = PositionKind::per_token;
      break;
    case ROTARY_POSITIONS_SEQUENCE_START:
      p->kind = PositionKind::sequence_start;
      break;
    case ROTARY_POSITIONS_SEQUENTIAL:
      p->kind = PositionKind::sequential;
      break;
    default:
      return invalid("positions.kind is not a rotary_position_kind value (" +
                     str(raw(c.kind)) + ")");
  }
  p->i32 = c.i32;
  p->i64 = c.i64;
  p->count = c.count;
  p->batch_stride = c.batch_stride;
  if (c.struct_size >= kPositionsSizeV2) {
    p->axes = c.axes;
    p->axis_stride = c.axis_stride;
  }
  return Status();
}

Status to_positions(const rotary_positions& c, Positions* p) {
  p->i32 = c.i32;
  p->i64 = c.i64;
  p->count = c.count;
  return Status();
}

// rotary_apply and rotary_apply_batched: C views, positions and options
// to the C++ call.
template <class View, class CPositions>
rotary_status apply_c(const char* function, const rotary_rope* rope,
                      const View* q_in, const View* q_out, const View* k_in,
                      const View* k_out, const CPositions* positions,
                      const rotary_apply_options* options) {
  return c_guard(function, [&]() -> Status {
    if (rope == nullptr) return invalid("rope is NULL");
    if (positions == nullptr) return invalid("positions is NULL");
    ApplyOptions cpp_options;
    CosSinCache cache;
    Status st = to_options(options, &cpp_options, &cache);
    if (!st.ok()) return st;
    ConstTensor qi, ki;
    Tensor qo, ko;
    st = to_views("q_in", "q_out", q_in, q_out, &qi, &qo);
    if (!st.ok()) return st;
    st = to_views("k_in", "k_out", k_in, k_out, &ki, &ko);
    if (!st.ok()) return st;
    Positions pos;
    st = to_positions(*positions, &pos);
    if (!st.ok()) return st;
    return rope->rope.apply(qi, qo, ki, ko, pos, cpp_options);
  });
}

// rotary_kv_cache to KVCache; an enum value that is not one of its
// constants is passed on as is, for the C++ checks to name.
Status to_kv_cache(const rotary_kv_cache& c, KVCache* out) {
  Status st = check_struct_size("cache", "rotary_kv_cache", c.struct_size,
                                kKvCacheSizeV1, sizeof(rotary_kv_cache));
  if (!st.ok()) return st;
  const auto dtype = [](const char* name, const rotary_cache_dtype& d,
                        CacheDType* to) {
    switch (raw(d)) {
      case ROTARY_CACHE_F32:
        *to = CacheDType::f32;
        return Status();
      case ROTARY_CACHE_F16:
        *to = CacheDType::f16;
        return Status();
      case ROTARY_CACHE_BF16:
        *to = CacheDType::bf16;
        return Status();
      case ROTARY_CACHE_INT8:
        *to = CacheDType::int8;
        return Status();
      default:
        return invalid(std::string(name) +
                       " is not a rotary_cache_dtype value (" + str(raw(d)) +
                       ")");
    }
  };
  CacheDType k_dtype = CacheDType::f32, v_dtype = CacheDType::f32;
  st = dtype("cache.k_dtype", c.k_dtype, &k_dtype);
  if (!st.ok()) return st;
  if (c.v != nullptr) {
    st = dtype("cache.v_dtype", c.v_dtype, &v_dtype);
    if (!st.ok()) return st;
  }
  out->k = c.k;
  out->v = c.v;
  out->k_dtype = k_dtype;
  out->v_dtype = v_dtype;
  out->k_scale = c.k_scale;
  out->v_scale = c.v_scale;
  out->layout = static_cast<CacheLayout>(raw(c.layout));
  out->slots = c.slots;
  out->kv_heads = c.kv_heads;
  out->head_dim = c.head_dim;
  out->slot_mapping = c.slot_mapping;
  return Status();
}

// A C rotary_qk_norm to the C++ QKNorm.
Status to_qk_norm(const rotary_qk_norm& c, QKNorm* out) {
  Status st = check_struct_size("norm", "rotary_qk_norm", c.struct_size,
                                kQkNormSizeV1, sizeof(rotary_qk_norm));
  if (!st.ok()) return st;
  switch (raw(c.kind)) {
    case ROTARY_QK_NORM_RMS:
      out->kind = QKNormKind::rms;
      break;
    case ROTARY_QK_NORM_RMS_ONE_PLUS:
      out->kind = QKNormKind::rms_one_plus;
      break;
    case ROTARY_QK_NORM_L2_AFTER:
      out->kind = QKNormKind::l2_after;
      break;
    default:
      return invalid("norm.kind is not a rotary_qk_norm_kind value (" +
                     str(raw(c.kind)) + ")");
  }
  st = to_dtype_value("norm.weight_dtype", c.weight_dtype, &out->weight_dtype);
  if (!st.ok()) return st;
  out->q_weight = c.q_weight;
  out->k_weight = c.k_weight;
  out->weight_size = c.weight_size;
  out->eps = c.eps;
  return Status();
}

// rotary_apply_qk_norm: C views, positions, norm and options to the C++
// call.
rotary_status apply_qk_norm_c(
    const rotary_rope* rope, const rotary_tensor* q_in,
    const rotary_tensor* q_out, const rotary_tensor* k_in,
    const rotary_tensor* k_out, const rotary_positions* positions,
    const rotary_qk_norm* norm, const rotary_apply_options* options) {
  return c_guard("rotary_apply_qk_norm", [&]() -> Status {
    if (rope == nullptr) return invalid("rope is NULL");
    if (positions == nullptr) return invalid("positions is NULL");
    if (norm == nullptr) return invalid("norm is NULL");
    ApplyOptions cpp_options;
    CosSinCache cache;
    Status st = to_options(options, &cpp_options, &cache);
    if (!st.ok()) return st;
    QKNorm cpp_norm;
    st = to_qk_norm(*norm, &cpp_norm);
    if (!st.ok()) return st;
    ConstTensor qi, ki;
    Tensor qo, ko;
    st = to_views("q_in", "q_out", q_in, q_out, &qi, &qo);
    if (!st.ok()) return st;
    st = to_views("k_in", "k_out", k_in, k_out, &ki, &ko);
    if (!st.ok()) return st;
    Positions pos;
    st = to_positions(*positions, &pos);
    if (!st.ok()) return st;
    return rope->rope.apply_qk_norm(qi, qo, ki, ko, pos, cpp_norm, cpp_options);
  });
}

}  // namespace
}  // namespace detail
}  // namespace rotary

rotary_status rotary_apply_append(
    const rotary_rope* rope, const rotary_tensor* q_in,
    const rotary_tensor* q_out, const rotary_tensor* k, const rotary_tensor* v,
    const rotary_positions* positions, const rotary_kv_cache* cache,
    const rotary_apply_options* options) {
  using namespace rotary;
  using namespace rotary::detail;
  return c_guard("rotary_apply_append", [&]() -> Status {
    if (rope == nullptr) return invalid("rope is NULL");
    if (positions == nullptr) return invalid("positions is NULL");
    if (k == nullptr) return invalid("k is NULL");
    if (cache == nullptr) return invalid("cache is NULL");
    ApplyOptions cpp_options;
    CosSinCache cos_sin;
    Status st = to_options(options, &cpp_options, &cos_sin);
    if (!st.ok()) return st;
    ConstTensor qi, ki, vi;
    Tensor qo, unused;
    st = to_views("q_in", "q_out", q_in, q_out, &qi, &qo);
    if (!st.ok()) return st;
    st = to_views("k", "k", k, nullptr, &ki, &unused);
    if (!st.ok()) return st;
    st = to_views("v", "v", v, nullptr, &vi, &unused);
    if (!st.ok()) return st;
    KVCache kv;
    st = to_kv_cache(*cache, &kv);
    if (!st.ok()) return st;
    Positions pos;
    st = to_positions(*positions, &pos);
    if (!st.ok()) return st;
    return rope->rope.apply_append(qi, qo, ki, vi, pos, kv, cpp_options);
  });
}

rotary_status rotary_apply(const rotary_rope* rope, const rotary_tensor* q_in,
                           const rotary_tensor* q_out,
                           const rotary_tensor* k_in,
                           const rotary_tensor* k_out,
                           const rotary_positions* positions,
                           const rotary_apply_options* options) {
  return rotary::detail::apply_c("rotary_apply", rope, q_in, q_out, k_in, k_out,
                                 positions, options);
}

rotary_status rotary_apply_qk_norm(
    const rotary_rope* rope, const rotary_tensor* q_in,
    const rotary_tensor* q_out, const rotary_tensor* k_in,
    const rotary_tensor* k_out, const rotary_positions* positions,
    const rotary_qk_norm* norm, const rotary_apply_options* options) {
  return rotary::detail::apply_qk_norm_c(rope, q_in, q_out, k_in, k_out,
                                         positions, norm, options);
}

rotary_status rotary_apply_batched(const rotary_rope* rope,
                                   const rotary_batched_tensor* q_in,
                                   const rotary_batched_tensor* q_out,
                                   const rotary_batched_tensor* k_in,
                                   const rotary_batched_tensor* k_out,
                                   const rotary_batch_positions* positions,
                                   const rotary_apply_options* options) {
  return rotary::detail::apply_c("rotary_apply_batched", rope, q_in, q_out,
                                 k_in, k_out, positions, options);
}

size_t rotary_isa_count(void) {
  try {
    return rotary::detail::isa_list().size();
  } catch (...) {
    return 0;
  }
}

rotary_status rotary_isa_get(size_t index, rotary_isa_info* info) {
  return c_guard("rotary_isa_get", [&]() -> Status {
    using rotary::detail::str;
    if (info == nullptr) return invalid("info is NULL");
    if (info->struct_size < rotary::detail::kIsaInfoSizeV1) {
      return invalid("info.struct_size is " +
                     str(static_cast<int64_t>(info->struct_size)) +
                     ", less than any rotary_isa_info (set it to "
                     "sizeof(rotary_isa_info))");
    }
    const std::vector<rotary::IsaInfo>& list = rotary::detail::isa_list();
    if (index >= list.size()) {
      return invalid("index " + str(static_cast<int64_t>(index)) +
                     " is past the " + str(static_cast<int64_t>(list.size())) +
                     " compiled ISAs (rotary_isa_count)");
    }
    rotary_isa_info out = {};
    out.struct_size = std::min(info->struct_size, sizeof(rotary_isa_info));
    out.name = list[index].name;
    out.description = list[index].description;
    out.supported = list[index].supported ? 1 : 0;
    std::memcpy(info, &out, out.struct_size);
    return Status();
  });
}

const char* rotary_active_isa(void) {
  try {
    const std::string active = rotary::active_isa();
    for (const rotary::IsaInfo& isa : rotary::detail::isa_list()) {
      if (active == isa.name) return isa.name;
    }
  } catch (...) {
  }
  return "";
}

rotary_status rotary_select_isa(const char* name) {
  return c_guard("rotary_select_isa", [&]() -> Status {
    if (name == nullptr) return invalid("name is NULL");
    return rotary::select_isa(name);
  });
}

// ------------------------------------------------------------ model config

namespace rotary {
namespace detail {
namespace {

// The plan of a parsed config: the spec's table size unless the caller
// gives one (-1 = keep it).
Status rope_from_config(const Status& parsed, RopeSpec* spec,
                        int64_t max_positions, rotary_rope** out) {
  if (!parsed.ok()) return parsed;
  if (max_positions >= 0) spec->max_positions = max_positions;
  auto rope = std::make_unique<rotary_rope>();
  Status st = Rope::create(*spec, &rope->rope);
  if (!st.ok()) return st;
  *out = rope.release();
  return Status();
}

Status check_config_args(int64_t max_positions, rotary_rope** out) {
  if (out == nullptr) return invalid("out is NULL");
  if (max_positions < -1) {
    return invalid(
        "max_positions must be -1 (from the config), 0 (no table) "
        "or > 0, got " +
        str(max_positions));
  }
  return Status();
}

}  // namespace
}  // namespace detail
}  // namespace rotary

rotary_status rotary_rope_create_from_config_json(const char* json,
                                                  size_t length,
                                                  int64_t max_positions,
                                                  rotary_rope** out) {
  return c_guard("rotary_rope_create_from_config_json", [&]() -> Status {
    if (json == nullptr) return invalid("json is NULL");
    Status st = rotary::detail::check_config_args(max_positions, out);
    if (!st.ok()) return st;
    rotary::RopeSpec spec;
    st = rotary::spec_from_config_json(std::string_view(json, length), &spec);
    return rotary::detail::rope_from_config(st, &spec, max_positions, out);
  });
}

rotary_status rotary_rope_create_from_config_file(const char* path,
                                                  int64_t max_positions,
                                                  rotary_rope** out) {
  return c_guard("rotary_rope_create_from_config_file", [&]() -> Status {
    if (path == nullptr) return invalid("path is NULL");
    Status st = rotary::detail::check_config_args(max_positions, out);
    if (!st.ok()) return st;
    rotary::RopeSpec spec;
    st = rotary::spec_from_config_file(path, &spec);
    return rotary::detail::rope_from_config(st, &spec, max_positions, out);
  });
}

rotary_status rotary_rope_get_spec(const rotary_rope* rope,
                                   rotary_rope_spec* spec) {
  return c_guard("rotary_rope_get_spec", [&]() -> Status {
    using rotary::detail::str;
    if (rope == nullptr) return invalid("rope is NULL");
    if (spec == nullptr) return invalid("spec is NULL");
    if (spec->struct_size < rotary::detail::kSpecSizeV1) {
      return invalid("spec.struct_size is " +
                     str(static_cast<int64_t>(spec->struct_size)) +
                     ", less than any rotary_rope_spec (set it to "
                     "sizeof(rotary_rope_spec))");
    }
    const rotary::RopeSpec& s = rope->rope.spec();
    const rotary::RopeScaling& sc = s.scaling;
    rotary_rope_spec c;
    rotary_rope_spec_init(&c);
    c.struct_size = std::min(spec->struct_size, sizeof(rotary_rope_spec));
    c.head_dim = s.head_dim;
    c.rotary_dim = s.rotary_dim;
    c.theta = s.theta;
    c.max_positions = s.max_positions;
    c.pairing = s.pairing == rotary::Pairing::interleaved
                    ? ROTARY_PAIRING_INTERLEAVED
                    : ROTARY_PAIRING_HALF_SPLIT;
    switch (sc.kind) {
      case rotary::ScalingKind::none:
        c.scaling_kind = ROTARY_SCALING_NONE;
        break;
      case rotary::ScalingKind::linear:
        c.scaling_kind = ROTARY_SCALING_LINEAR;
        break;
      case rotary::ScalingKind::dynamic:
        c.scaling_kind = ROTARY_SCALING_DYNAMIC;
        break;
      case rotary::ScalingKind::yarn:
        c.scaling_kind = ROTARY_SCALING_YARN;
        break;
      case rotary::ScalingKind::llama3:
        c.scaling_kind = ROTARY_SCALING_LLAMA3;
        break;
      case rotary::ScalingKind::longrope:
        c.scaling_kind = ROTARY_SCALING_LONGROPE;
        break;
      case rotary::ScalingKind::ggml:
        c.scaling_kind = ROTARY_SCALING_GGML;
        break;
    }
    c.scaling_factor = sc.factor;
    c.original_max_positions = sc.original_max_positions;
    c.beta_fast = sc.beta_fast;
    c.beta_slow = sc.beta_slow;
    c.truncate = sc.truncate ? 1 : 0;
    c.attention_factor = sc.attention_factor;
    c.mscale = sc.mscale;
    c.mscale_all_dim = sc.mscale_all_dim;
    c.low_freq_factor = sc.low_freq_factor;
    c.high_freq_factor = sc.high_freq_factor;
    // One count covers both lists: the plan checked them for longrope; a
    // spec of another kind whose (ignored) lists differ reports none.
    if (!sc.short_factor.empty() &&
        sc.short_factor.size() == sc.long_factor.size()) {
      c.short_factor = sc.short_factor.data();
      c.long_factor = sc.long_factor.data();
      c.factor_count = static_cast<int64_t>(sc.short_factor.size());
    }
    c.freq_scale = sc.freq_scale;
    c.ext_factor = sc.ext_factor;
    c.attn_factor = sc.attn_factor;
    if (!sc.freq_factors.empty()) {
      c.freq_factors = sc.freq_factors.data();
      c.freq_factor_count = static_cast<int64_t>(sc.freq_factors.size());
    }
    c.rotary_offset = s.rotary_offset;
    const rotary::MultiAxis& m = s.multi_axis;
    c.axes = m.axes;
    if (m.axes > 0) {
      c.pair_axis = reinterpret_cast<const int32_t*>(m.pair_axis.data());
      c.pair_freq = m.pair_freq.empty() ? nullptr : m.pair_freq.data();
      c.pair_count = static_cast<int64_t>(m.pair_axis.size());
    }
    std::memcpy(spec, &c, c.struct_size);
    return Status();
  });
}
