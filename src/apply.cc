// Rope::apply: validation of every argument, then the token loop (serial or
// oneTBB), fetching each token's cos/sin row once for all heads of q and k.
#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <new>
#include <limits>
#include <optional>
#include <string>

#include <oneapi/tbb/blocked_range.h>
#include <oneapi/tbb/parallel_for.h>
#include <oneapi/tbb/task_arena.h>

#include "dispatch/dtype.h"
#include "dispatch/kernels.h"
#include "dispatch/pass.h"
#include "hwy/cache_control.h"
#include "src/plan.h"

namespace rotary {
namespace detail {
namespace {

Status invalid(std::string message) {
  return Status(Code::invalid_argument, std::move(message));
}

// A failed check: stores its invalid_argument Status and returns false.
// Checks return a bool, so those that pass build no Status.
struct Reject {
  Status* error;
  bool operator()(std::string message) const {
    *error = invalid(std::move(message));
    return false;
  }
};

std::string str(int64_t v) { return std::to_string(v); }

// dtype_size(), inline: 0 for a value that is not a DType.
int64_t element_size(DType dtype) {
  switch (dtype) {
    case DType::f32:
      return 4;
    case DType::f16:
    case DType::bf16:
      return 2;
  }
  return 0;
}

// Memory a strided tensor touches, in bytes.
struct Footprint {
  uintptr_t begin = 0;
  uintptr_t end = 0;        // one past the last byte; begin == end if empty
  int64_t token_bytes = 0;  // token stride in bytes
  int64_t row_bytes = 0;    // bytes from a token's first to last head byte
  int64_t tokens = 0;
};

bool mul_add(int64_t a, int64_t b, int64_t* acc) {
  int64_t prod;
  return !__builtin_mul_overflow(a, b, &prod) &&
         !__builtin_add_overflow(*acc, prod, acc);
}

// Validates one view (input or output) and computes its footprint. A view of
// several sequences whose batch stride continues its token stride is one
// run of batch * tokens tokens.
bool check_view(const char* name, const void* data, DType dtype, int64_t tokens,
                int64_t heads, int64_t token_stride, int64_t head_stride,
                int64_t batch, int64_t batch_stride, int64_t head_dim,
                Footprint* fp, Status* error) {
  const Reject reject{error};
  // The name becomes a string only in a message: decode calls are short.
  const auto n = [name] { return std::string(name); };
  const int64_t size = element_size(dtype);
  if (size == 0) {
    return reject(n() + ".dtype (" + str(static_cast<int64_t>(dtype)) +
                  ") is not a DType value (f32, f16, bf16)");
  }
  if (tokens < 0)
    return reject(n() + ".tokens must be >= 0, got " + str(tokens));
  if (heads < 0) return reject(n() + ".heads must be >= 0, got " + str(heads));
  if (batch < 1) return reject(n() + ".batch must be >= 1, got " + str(batch));
  if (token_stride < 0 || head_stride < 0 || batch_stride < 0) {
    return reject(n() + ": strides must be >= 0, got token_stride " +
                  str(token_stride) + ", head_stride " + str(head_stride) +
                  ", batch_stride " + str(batch_stride));
  }
  *fp = Footprint();
  if (tokens == 0 || heads == 0) return true;
  if (data == nullptr) return reject(n() + ".data is null");
  if (reinterpret_cast<uintptr_t>(data) % static_cast<uintptr_t>(size) != 0) {
    return reject(n() + ".data is not aligned to its element size (" +
                  str(size) + " bytes, " + dtype_name(dtype) + ")");
  }
  int64_t row = head_dim;  // elements from a token's first head to its last
  int64_t last = 0, bytes = 0, run = 0;
  bool ok = mul_add(heads - 1, head_stride, &row);
  last = row;
  ok = ok && mul_add(tokens - 1, token_stride, &last) &&
       mul_add(batch - 1, batch_stride, &last) && mul_add(last, size, &bytes) &&
       mul_add(token_stride, size, &fp->token_bytes) &&
       mul_add(tokens, token_stride, &run);
  if (!ok) {
    return reject(n() + ": batch x tokens x heads x strides overflow 64 bits");
  }
  const uintptr_t begin = reinterpret_cast<uintptr_t>(data);
  if (begin + static_cast<uintptr_t>(bytes) < begin) {
    return reject(n() + ": the view wraps around the address space");
  }
  fp->begin = begin;
  fp->end = begin + static_cast<uintptr_t>(bytes);
  fp->row_bytes = row * size;
  fp->tokens = tokens;
  if (batch > 1) {
    if (batch_stride == run) {
      fp->tokens = batch * tokens;
    } else {
      fp->token_bytes = -1;  // only the address range is compared
    }
  }
  return true;
}

// An output must not write one element twice: with the strides of the
// dimensions of more than one entry sorted, each must clear everything the
// smaller ones span (a head first). Covers BSHD, BHSD and packed QKV.
bool check_disjoint(const char* name, int64_t batch, int64_t tokens,
                    int64_t heads, int64_t batch_stride, int64_t token_stride,
                    int64_t head_stride, int64_t head_dim, Status* error) {
  const Reject reject{error};
  struct Dim {
    int64_t stride, count;
  };
  Dim dims[3];
  int n = 0;
  if (batch > 1) dims[n++] = Dim{batch_stride, batch};
  if (tokens > 1) dims[n++] = Dim{token_stride, tokens};
  if (heads > 1) dims[n++] = Dim{head_stride, heads};
  // By stride: at most 3 entries, so an insertion sort.
  for (int i = 1; i < n; ++i) {
    for (int j = i; j > 0 && dims[j].stride < dims[j - 1].stride; --j) {
      std::swap(dims[j], dims[j - 1]);
    }
  }
  int64_t span = head_dim;
  bool ok = true;
  for (int i = 0; i < n && ok; ++i) {
    ok = dims[i].stride >= span &&
         mul_add(dims[i].count - 1, dims[i].stride, &span);
  }
  if (!ok) {
    return reject(std::string(name) + ": token_stride " + str(token_stride) +
                  (batch > 1 ? ", head_stride " + str(head_stride) +
                                   " and batch_stride " + str(batch_stride) +
                                   " make heads, tokens or sequences overlap"
                             : " and head_stride " + str(head_stride) +
                                   " make heads or tokens overlap") +
                  " (head_dim " + str(head_dim) + ")");
  }
  return true;
}

int64_t floor_div(int64_t a, int64_t b) {  // b > 0
  int64_t q = a / b;
  if ((a % b != 0) && (a < 0)) --q;
  return q;
}

// Conservative: true if the two views may share a byte. Views with the same
// token stride whose per-token rows fit in that stride (q and k slices of one
// packed QKV buffer) are checked row against row.
bool may_overlap(const Footprint& a, const Footprint& b) {
  if (a.begin == a.end || b.begin == b.end) return false;
  if (a.end <= b.begin || b.end <= a.begin) return false;
  const int64_t ts = a.token_bytes;
  if (ts <= 0 || b.token_bytes != ts || a.row_bytes > ts || b.row_bytes > ts ||
      a.tokens != b.tokens) {
    return true;
  }
  // Row t of a: [t*ts, t*ts + wa); row t' of b: [d + t'*ts, ... + wb).
  // They meet iff -wb < d + k*ts < wa for k = t' - t in [-(T-1), T-1].
  const int64_t d = static_cast<int64_t>(b.begin - a.begin);
  const int64_t k0 = floor_div(-b.row_bytes - d, ts) + 1;
  for (int64_t k = k0; k <= k0 + 1; ++k) {
    if (k < -(a.tokens - 1) || k > a.tokens - 1) continue;
    const int64_t v = d + k * ts;
    if (v > -b.row_bytes && v < a.row_bytes) return true;
  }
  return false;
}

struct Side {
  const char* in_name;
  const char* out_name;
  const ConstTensor* in;
  const Tensor* out;
};

bool check_positions(const Positions& p, Status* error) {
  const Reject reject{error};
  if (p.kind != PositionKind::per_token &&
      p.kind != PositionKind::sequence_start &&
      p.kind != PositionKind::sequential) {
    return reject("positions.kind is not a PositionKind value");
  }
  if (p.count < 0) {
    return reject("positions.count must be >= 0, got " + str(p.count));
  }
  if (p.i32 != nullptr && p.i64 != nullptr) {
    return reject("positions: set i32 or i64, not both");
  }
  if (p.kind == PositionKind::sequential) {
    if (p.i32 != nullptr || p.i64 != nullptr || p.count != 0) {
      return reject(
          "positions: sequential positions take no data and "
          "count 0");
    }
    return true;
  }
  if (p.count > 0 && p.i32 == nullptr && p.i64 == nullptr) {
    return reject("positions: data is null");
  }
  if (p.batch_stride < -1 ||
      (p.kind != PositionKind::per_token && p.batch_stride != -1)) {
    return reject(
        "positions.batch_stride must be -1 (dense) or >= 0, and "
        "is for per_token positions only; got " +
        str(p.batch_stride));
  }
  return true;
}

// The call's shape against its positions: the entries they must hold for
// `batch` sequences of `tokens` tokens.
bool check_shape(const Positions& p, const char* name, int64_t batch,
                 int64_t tokens, Status* error) {
  const Reject reject{error};
  // The name becomes a string only in a message: decode calls are short.
  const auto n = [name] { return std::string(name); };
  switch (p.kind) {
    case PositionKind::per_token:
      if (p.batch_stride >= 0) {
        if (tokens != p.count) {
          return reject(n() + ".tokens (" + str(tokens) +
                        ") != positions.count (" + str(p.count) +
                        ", entries per sequence with batch_stride set)");
        }
      } else if (batch == 1 && tokens != p.count) {
        return reject(n() + ".tokens (" + str(tokens) +
                      ") != positions.count (" + str(p.count) + ")");
      } else if (batch > 1 &&
                 (p.count % batch != 0 || tokens != p.count / batch)) {
        return reject(n() + ".batch x tokens (" + str(batch) + " x " +
                      str(tokens) + ") != positions.count (" + str(p.count) +
                      ")");
      }
      break;
    case PositionKind::sequence_start:
      if (batch != p.count) {
        return reject(n() + ".batch (" + str(batch) + ") != positions.count (" +
                      str(p.count) + ", one start per sequence)");
      }
      break;
    case PositionKind::sequential:
      break;
  }
  return true;
}

// Validates a caller cache: pointers, dtype, strides for rotary_dim/2 pairs.
bool check_cache(const CosSinCache& c, const Plan& plan, CacheIo* io,
                 Status* error) {
  const Reject reject{error};
  const int64_t half = plan.half;
  const int64_t size = element_size(c.dtype);
  if (size == 0) {
    return reject("cos_sin.dtype (" + str(static_cast<int64_t>(c.dtype)) +
                  ") is not a DType value (f32, f16, bf16)");
  }
  if (c.index != CacheIndex::by_position && c.index != CacheIndex::per_token) {
    return reject("cos_sin.index is not a CacheIndex value");
  }
  if (c.cos == nullptr || c.sin == nullptr) {
    return reject(std::string("cos_sin.") + (c.cos == nullptr ? "cos" : "sin") +
                  " is null");
  }
  for (const void* p : {c.cos, c.sin}) {
    if (reinterpret_cast<uintptr_t>(p) % static_cast<uintptr_t>(size) != 0) {
      return reject(std::string("cos_sin.") + (p == c.cos ? "cos" : "sin") +
                    " is not aligned to its element size (" + str(size) +
                    " bytes, " + dtype_name(c.dtype) + ")");
    }
  }
  // cos and sin rows of one buffer must not overlap: a packed cache built for
  // another rotary_dim shows up here.
  const intptr_t gap =
      (reinterpret_cast<intptr_t>(c.sin) - reinterpret_cast<intptr_t>(c.cos)) /
      size;
  if (gap > -half && gap < half) {
    return reject("cos_sin: sin starts " + str(gap) +
                  " elements from cos, inside a row of rotary_dim/2 = " +
                  str(half) + " values (a cache for another rotary_dim?)");
  }
  io->cos = c.cos;
  io->sin = c.sin;
  io->dtype = c.dtype;
  io->by_position = c.index == CacheIndex::by_position;
  if (io->by_position) {
    if (c.rows < 0) {
      return reject("cos_sin.rows must be >= 0, got " + str(c.rows));
    }
    if (c.rows > 1 && c.row_stride < half) {
      return reject("cos_sin.row_stride (" + str(c.row_stride) +
                    ") < rotary_dim/2 (" + str(half) +
                    "): rows would overlap (a cache for another "
                    "rotary_dim?)");
    }
    int64_t bytes = 0;
    if (!mul_add(c.rows, c.row_stride, &bytes) ||
        !mul_add(bytes, size, &bytes)) {
      return reject("cos_sin: rows x row_stride overflow 64 bits");
    }
    io->row_stride = c.row_stride;
  } else {
    if (c.token_stride < 0 || c.batch_stride < 0) {
      return reject("cos_sin: strides must be >= 0, got token_stride " +
                    str(c.token_stride) + ", batch_stride " +
                    str(c.batch_stride));
    }
    io->token_stride = c.token_stride;
    io->batch_stride = c.batch_stride;
  }
  io->direct = c.dtype == DType::f32 &&
               plan.spec.pairing == Pairing::half_split && gap == half;
  return true;
}

// The bytes a caller cache's cos (or sin) rows span for the call.
Footprint cache_footprint(const CacheIo& c, const void* base, int64_t half,
                          int64_t rows, int64_t batch, int64_t tokens) {
  Footprint fp;
  const int64_t size = element_size(c.dtype);
  int64_t last = half;
  bool ok = true;
  if (c.by_position) {
    ok = rows > 0 && mul_add(rows - 1, c.row_stride, &last);
  } else {
    ok = mul_add(tokens - 1, c.token_stride, &last) &&
         mul_add(batch - 1, c.batch_stride, &last);
  }
  int64_t bytes = 0;
  if (!ok || !mul_add(last, size, &bytes)) {
    // Nothing readable (no rows), or an extent past the address space: the
    // whole space, so any output is taken to overlap it.
    if (!ok && c.by_position && rows <= 0) return fp;
    fp.begin = 0;
    fp.end = UINTPTR_MAX;
    fp.token_bytes = -1;
    return fp;
  }
  fp.begin = reinterpret_cast<uintptr_t>(base);
  fp.end = fp.begin + static_cast<uintptr_t>(bytes);
  if (fp.end < fp.begin) fp.end = UINTPTR_MAX;
  fp.token_bytes = -1;
  return fp;
}

}  // namespace

namespace {

// Limits of the fast path's shapes, far below where its arithmetic could
// overflow: (2^20 - 1) x 2^36 + 2^36, times 4 bytes, stays below 2^60.
constexpr int64_t kSimpleCount = int64_t{1} << 20;
constexpr int64_t kSimpleStride = int64_t{1} << 36;

// One in-place view of the fast path: its bytes [*begin, *end), or false if
// the full check must look at it.
bool simple_view(const ConstTensor& in, const Tensor& out, int64_t tokens,
                 int64_t head_dim, uintptr_t* begin, uintptr_t* end) {
  const int64_t size = element_size(in.dtype);
  if (size == 0 || in.data != out.data || in.dtype != out.dtype ||
      in.tokens != tokens || out.tokens != tokens || in.heads != out.heads ||
      in.batch != 1 || out.batch != 1 || in.token_stride != out.token_stride ||
      in.head_stride != out.head_stride || in.heads < 1 ||
      in.heads > kSimpleCount) {
    return false;
  }
  const uintptr_t data = reinterpret_cast<uintptr_t>(in.data);
  for (int64_t stride :
       {in.token_stride, in.head_stride, in.batch_stride, out.batch_stride}) {
    if (stride < 0 || stride > kSimpleStride) return false;
  }
  if (data == 0 || data % static_cast<uintptr_t>(size) != 0) return false;
  // Heads, then tokens, each past the span of the smaller dimension (as
  // check_disjoint finds them when heads come first).
  const int64_t row = head_dim + (in.heads - 1) * in.head_stride;
  if ((in.heads > 1 && in.head_stride < head_dim) ||
      (tokens > 1 && in.token_stride < row)) {
    return false;
  }
  const uintptr_t bytes =
      static_cast<uintptr_t>((row + (tokens - 1) * in.token_stride) * size);
  if (data + bytes < data) return false;
  *begin = data;
  *end = data + bytes;
  return true;
}

// A caller cache by position on the fast path: the CacheIo check_cache
// makes, and [*begin, *end) of its cos and sin rows, or false if
// check_cache and cache_footprint must look at it (or give a message).
bool simple_cache(const CosSinCache& c, const Plan& plan, int64_t tokens,
                  CacheIo* io, uintptr_t begin[2], uintptr_t end[2]) {
  const int64_t size = element_size(c.dtype);
  const int64_t half = plan.half;
  const uintptr_t cos = reinterpret_cast<uintptr_t>(c.cos);
  const uintptr_t sin = reinterpret_cast<uintptr_t>(c.sin);
  if (size == 0 || cos == 0 || sin == 0 ||
      (cos | sin) % static_cast<uintptr_t>(size) != 0 || c.rows < 1 ||
      c.rows > kSimpleStride || c.row_stride < half ||
      c.row_stride > kSimpleCount) {
    return false;
  }
  // As check_cache measures it: cos and sin rows must not overlap.
  const intptr_t gap =
      (static_cast<intptr_t>(sin) - static_cast<intptr_t>(cos)) / size;
  if (gap > -half && gap < half) return false;
  // Below 2^36 x 2^20 + half elements, far from overflowing.
  const uintptr_t bytes =
      static_cast<uintptr_t>(((c.rows - 1) * c.row_stride + half) * size);
  begin[0] = cos;
  begin[1] = sin;
  for (int i = 0; i < 2; ++i) {
    end[i] = begin[i] + bytes;
    if (end[i] < begin[i]) return false;
  }
  io->cos = c.cos;
  io->sin = c.sin;
  io->dtype = c.dtype;
  io->by_position = true;
  io->row_stride = c.row_stride;
  io->tokens = tokens;
  io->direct = c.dtype == DType::f32 &&
               plan.spec.pairing == Pairing::half_split && gap == half;
  return true;
}

void simple_tensor(const ConstTensor& in, const Tensor& out, TensorIo* t) {
  t->present = true;
  t->in = in.data;
  t->out = out.data;
  t->in_dtype = in.dtype;
  t->out_dtype = out.dtype;
  t->heads = in.heads;
  t->tokens = in.tokens;
  t->in_token_stride = in.token_stride;
  t->in_head_stride = in.head_stride;
  t->in_batch_stride = in.batch_stride;
  t->out_token_stride = out.token_stride;
  t->out_head_stride = out.head_stride;
  t->out_batch_stride = out.batch_stride;
}

}  // namespace

bool validate_simple_call(const Rope& rope, const ConstTensor& q_in,
                          const Tensor& q_out, const ConstTensor& k_in,
                          const Tensor& k_out, const Positions& positions,
                          const ApplyOptions& options, CallIo* io) {
  const Plan* plan = rope.plan();
  const CosSinCache* cache = options.cos_sin;
  if (plan == nullptr || positions.axes != plan->axes ||
      positions.axis_stride < 0 || positions.axis_stride > kSimpleStride ||
      plan->needs_sequence_length() ||
      (cache != nullptr && cache->index != CacheIndex::by_position) ||
      positions.kind != PositionKind::per_token ||
      positions.batch_stride != -1 ||
      (positions.i32 == nullptr) == (positions.i64 == nullptr) ||
      positions.count < 1 || positions.count > kSimpleCount ||
      (options.direction != Direction::forward &&
       options.direction != Direction::backward) ||
      (options.threading != Threading::automatic &&
       options.threading != Threading::serial) ||
      options.token_begin != 0 || options.token_end != -1 ||
      options.sequence_length != 0) {
    return false;
  }
  const int64_t tokens = positions.count;
  const int64_t head_dim = plan->spec.head_dim;
  uintptr_t q_begin, q_end, k_begin = 0, k_end = 0;
  if (!simple_view(q_in, q_out, tokens, head_dim, &q_begin, &q_end)) {
    return false;
  }
  const bool k = !(k_in.absent() && k_out.absent());
  if (k && (!simple_view(k_in, k_out, tokens, head_dim, &k_begin, &k_end) ||
            !(q_end <= k_begin || k_end <= q_begin))) {
    return false;
  }
  // A caller cache (by position) that no output overlaps.
  CacheIo cache_io;
  if (cache != nullptr) {
    uintptr_t begin[2], end[2];
    if (!simple_cache(*cache, *plan, tokens, &cache_io, begin, end)) {
      return false;
    }
    for (int i = 0; i < 2; ++i) {
      if ((begin[i] < q_end && q_begin < end[i]) ||
          (k && begin[i] < k_end && k_begin < end[i])) {
        return false;
      }
    }
  }
  const int64_t limit = cache != nullptr      ? cache->rows
                        : plan->uses_table(0) ? plan->spec.max_positions
                                              : plan->max_otf_position + 1;
  for (int a = 0; a < std::max(1, plan->axes); ++a) {
    const int64_t at = a * positions.axis_stride;
    for (int64_t t = 0; t < tokens; ++t) {
      const int64_t p = positions.i32 != nullptr
                            ? static_cast<int64_t>(positions.i32[at + t])
                            : positions.i64[at + t];
      if (p < 0 || p >= limit) return false;
    }
  }
  if (cache != nullptr) io->cache = cache_io;
  simple_tensor(q_in, q_out, &io->q);
  if (k) simple_tensor(k_in, k_out, &io->k);
  PositionMap& map = io->positions;
  map.i32 = positions.i32;
  map.i64 = positions.i64;
  map.kind = positions.kind;
  map.tokens = tokens;
  map.stride = tokens;
  map.axes = positions.axes;
  map.axis_stride = positions.axis_stride;
  io->end = tokens;
  return true;
}

Status validate_call(const Rope& rope, const ConstTensor& q_in,
                     const Tensor& q_out, const ConstTensor& k_in,
                     const Tensor& k_out, const Positions& positions,
                     const ApplyOptions& options, CallIo* io) {
  if (validate_simple_call(rope, q_in, q_out, k_in, k_out, positions, options,
                           io)) {
    return Status();
  }
  return validate_full_call(rope, q_in, q_out, k_in, k_out, positions, options,
                            io);
}

Status validate_full_call(const Rope& rope, const ConstTensor& q_in,
                          const Tensor& q_out, const ConstTensor& k_in,
                          const Tensor& k_out, const Positions& positions,
                          const ApplyOptions& options, CallIo* io,
                          const char* const* k_names) {
  const Plan* plan = rope.plan();
  if (plan == nullptr) return invalid("rope: not created (use Rope::create)");
  const int64_t head_dim = plan->spec.head_dim;

  Status st;
  if (!check_positions(positions, &st)) return st;
  // Multi-axis specs take one stream per axis (unless a per-token cache
  // makes the positions unused); 1D specs take 1D positions.
  const bool positions_unused = options.cos_sin != nullptr &&
                                options.cos_sin->index == CacheIndex::per_token;
  if (positions.axes != 0 || plan->axes != 0) {
    if (positions.axes < 0 || positions.axes > kMaxAxes) {
      return invalid("positions.axes must be in [0, " + str(kMaxAxes) +
                     "], got " + str(positions.axes));
    }
    if (positions.axes != plan->axes && !positions_unused) {
      return invalid(
          "positions.axes is " + str(positions.axes) + " but the spec has " +
          (plan->axes == 0 ? std::string("1D positions (spec.multi_axis.axes "
                                         "0): use positions.axes 0")
                           : "spec.multi_axis.axes = " + str(plan->axes) +
                                 ": pass " + str(plan->axes) +
                                 " position streams (Positions::multi_axis)"));
    }
    if (positions.axes > 0 && positions.kind != PositionKind::per_token) {
      return invalid("positions.axes > 0 needs per_token positions");
    }
    if (positions.axis_stride < 0) {
      return invalid("positions.axis_stride must be >= 0, got " +
                     str(positions.axis_stride));
    }
  }

  // Options.
  if (options.direction != Direction::forward &&
      options.direction != Direction::backward) {
    return invalid("options.direction is not a Direction value");
  }
  if (options.threading != Threading::automatic &&
      options.threading != Threading::serial &&
      options.threading != Threading::arena) {
    return invalid("options.threading is not a Threading value");
  }
  if (options.threading == Threading::arena && options.arena == nullptr) {
    return invalid("options.arena is null but options.threading is arena");
  }

  // Views: every present one has the shape of the first, which the
  // positions must cover. With no view, per_token positions give the
  // token count.
  const Side sides[2] = {
      {"q_in", "q_out", &q_in, &q_out},
      {k_names != nullptr ? k_names[0] : "k_in",
       k_names != nullptr ? k_names[1] : "k_out", &k_in, &k_out}};
  int64_t batch = 1;
  int64_t tokens =
      positions.kind == PositionKind::per_token && positions.batch_stride < 0
          ? positions.count
          : 0;
  const char* shape_of = nullptr;
  Footprint in_fp[2], out_fp[2];
  bool identical[2] = {false, false};
  TensorIo* tio[2] = {&io->q, &io->k};
  for (int s = 0; s < 2; ++s) {
    const ConstTensor& in = *sides[s].in;
    const Tensor& out = *sides[s].out;
    if (in.absent() && out.absent()) continue;
    if (in.absent() != out.absent()) {
      return invalid(
          std::string(in.absent() ? sides[s].in_name : sides[s].out_name) +
          " is absent but " +
          (in.absent() ? sides[s].out_name : sides[s].in_name) + " is not");
    }
    if (!check_view(sides[s].in_name, in.data, in.dtype, in.tokens, in.heads,
                    in.token_stride, in.head_stride, in.batch, in.batch_stride,
                    head_dim, &in_fp[s], &st) ||
        !check_view(sides[s].out_name, out.data, out.dtype, out.tokens,
                    out.heads, out.token_stride, out.head_stride, out.batch,
                    out.batch_stride, head_dim, &out_fp[s], &st) ||
        !check_shape(positions, sides[s].in_name, in.batch, in.tokens, &st) ||
        !check_shape(positions, sides[s].out_name, out.batch, out.tokens,
                     &st)) {
      return st;
    }
    if (shape_of == nullptr) {
      shape_of = sides[s].in_name;
      batch = in.batch;
      tokens = in.tokens;
    }
    for (int v = 0; v < 2; ++v) {
      const int64_t vb = v == 0 ? in.batch : out.batch;
      const int64_t vt = v == 0 ? in.tokens : out.tokens;
      if (vb != batch || vt != tokens) {
        const bool b = vb != batch;
        return invalid(
            std::string(v == 0 ? sides[s].in_name : sides[s].out_name) +
            (b ? ".batch (" : ".tokens (") + str(b ? vb : vt) +
            ") != " + shape_of + (b ? ".batch (" : ".tokens (") +
            str(b ? batch : tokens) + ")");
      }
    }
    if (in.heads != out.heads) {
      return invalid(std::string(sides[s].out_name) + ".heads (" +
                     str(out.heads) + ") != " + sides[s].in_name + ".heads (" +
                     str(in.heads) + ")");
    }
    if (!check_disjoint(sides[s].out_name, out.batch, out.tokens, out.heads,
                        out.batch_stride, out.token_stride, out.head_stride,
                        head_dim, &st)) {
      return st;
    }
    identical[s] = in.data == out.data && in.token_stride == out.token_stride &&
                   in.head_stride == out.head_stride &&
                   (batch == 1 || in.batch_stride == out.batch_stride);
    if (identical[s] && in.dtype != out.dtype) {
      return invalid(std::string(sides[s].out_name) + " is " +
                     sides[s].in_name + " (in place) but its dtype " +
                     dtype_name(out.dtype) + " differs from " +
                     dtype_name(in.dtype) +
                     ": in place needs one dtype; use another output");
    }
    TensorIo& t = *tio[s];
    t.present = in.heads > 0 && in.tokens > 0;
    t.in = in.data;
    t.out = out.data;
    t.in_dtype = in.dtype;
    t.out_dtype = out.dtype;
    t.heads = in.heads;
    t.tokens = std::max<int64_t>(1, in.tokens);
    t.in_token_stride = in.token_stride;
    t.in_head_stride = in.head_stride;
    t.in_batch_stride = in.batch_stride;
    t.out_token_stride = out.token_stride;
    t.out_head_stride = out.head_stride;
    t.out_batch_stride = out.batch_stride;
  }
  // An output may coincide with its own input (in place) but must not touch
  // any other view.
  for (int s = 0; s < 2; ++s) {
    if (!identical[s] && may_overlap(out_fp[s], in_fp[s])) {
      return invalid(std::string(sides[s].out_name) + " overlaps " +
                     sides[s].in_name + " without being identical to it" +
                     " (same data and strides = in place)");
    }
    const int o = 1 - s;
    if (may_overlap(out_fp[s], in_fp[o]) || may_overlap(out_fp[s], out_fp[o])) {
      return invalid(std::string(sides[s].out_name) + " overlaps " +
                     (may_overlap(out_fp[s], in_fp[o]) ? sides[o].in_name
                                                       : sides[o].out_name));
    }
  }

  const int64_t total = batch * tokens;
  const int64_t end = options.token_end < 0 ? total : options.token_end;
  if (options.token_end < -1 || options.token_begin < 0 ||
      options.token_begin > end || end > total) {
    return invalid("options.token_begin/token_end [" +
                   str(options.token_begin) + ", " + str(options.token_end) +
                   ") is not a range within [0, " + str(total) +
                   "] (token_end -1 = all; tokens are numbered b * tokens + "
                   "s)");
  }
  PositionMap& map = io->positions;
  map.i32 = positions.i32;
  map.i64 = positions.i64;
  map.kind = positions.kind;
  map.tokens = std::max<int64_t>(1, tokens);
  map.stride = positions.batch_stride >= 0 ? positions.batch_stride : tokens;
  map.axes = positions_unused ? 0 : positions.axes;
  map.axis_stride = positions.axis_stride;
  const int axes = std::max(1, map.axes);

  // A caller cache replaces the plan's frequencies.
  if (options.cos_sin != nullptr) {
    if (!check_cache(*options.cos_sin, *plan, &io->cache, &st)) return st;
    io->cache.tokens = std::max<int64_t>(1, tokens);
    const int64_t rows = options.cos_sin->rows;
    for (const void* base : {io->cache.cos, io->cache.sin}) {
      const Footprint fp =
          cache_footprint(io->cache, base, plan->half, rows, batch, tokens);
      for (int s = 0; s < 2; ++s) {
        if (may_overlap(out_fp[s], fp)) {
          return invalid(std::string(sides[s].out_name) +
                         " overlaps options.cos_sin." +
                         (base == io->cache.cos ? "cos" : "sin"));
        }
      }
    }
  }

  // The sequence length picks the frequencies of dynamic and longrope.
  if (options.sequence_length < 0) {
    return invalid(
        "options.sequence_length must be >= 0 (0 = from the "
        "positions), got " +
        str(options.sequence_length));
  }
  const bool by_position = io->cache.cos == nullptr || io->cache.by_position;
  if (plan->needs_sequence_length() && io->cache.cos == nullptr) {
    int64_t len = options.sequence_length;
    if (len == 0) {  // the whole batch, so token ranges agree
      for (int a = 0; a < axes; ++a) {
        for (int64_t t = 0; t < total; ++t) {
          len = std::max(len, map.at(t, a) + 1);
        }
      }
    }
    io->sequence_length = len;
  }

  // Positions in range (only those of the token range are used).
  if (by_position) {
    const bool cache = io->cache.cos != nullptr;
    const bool table = !cache && plan->uses_table(io->sequence_length);
    const int64_t limit = cache   ? options.cos_sin->rows
                          : table ? plan->spec.max_positions
                                  : plan->max_otf_position + 1;
    for (int a = 0; a < axes; ++a)
      for (int64_t t = options.token_begin; t < end; ++t) {
        const int64_t p = map.at(t, a);
        if (p >= 0 && p < limit) continue;  // messages only on error
        const std::string axis =
            map.axes > 0 ? " (positions.axes: axis " + str(a) + ")" : "";
        const std::string which =
            (batch == 1 ? "positions[" + str(t) + "]"
                        : "position of sequence " + str(t / map.tokens) +
                              ", token " + str(t % map.tokens)) +
            axis;
        if (p < 0) {
          return Status(Code::position_out_of_range,
                        which + " = " + str(p) + " is negative");
        }
        if (p >= limit) {
          return Status(
              Code::position_out_of_range,
              which + " = " + str(p) +
                  (cache
                       ? " is past the cos/sin cache (rows " + str(limit) + ")"
                   : table ? " is outside the cos/sin table (max_positions " +
                                 str(limit) + ")"
                           : " exceeds the largest position supported (" +
                                 str(limit - 1) + ")"));
        }
      }
  }
  io->begin = options.token_begin;
  io->end = end;
  return Status();
}

namespace {

// The rotation, or the roofline's pass (pass.h) in its place.
enum class Pass { rotate, roofline };

// The kernel rotating x's heads: the fused norm and rotation when x has a
// norm (forward only; apply_qk_norm refuses backward).
RotateHeadsFn rotate_kernel(const KernelSet& kernels, const TensorIo& x,
                            Pairing pairing, Direction direction) {
  if (x.norm != nullptr) {
    return kernels.qk_norm[static_cast<int>(x.in_dtype)][static_cast<int>(
        x.out_dtype)][static_cast<int>(pairing)];
  }
  return kernels.rotate[static_cast<int>(x.in_dtype)][static_cast<int>(
      x.out_dtype)][static_cast<int>(pairing)][static_cast<int>(direction)];
}

// The kernel copying v's heads into the v cache (apply_append).
CopyHeadsFn copy_kernel(const KernelSet& kernels, const TensorIo& v) {
  return kernels
      .copy[static_cast<int>(v.in_dtype)][static_cast<int>(v.out_dtype)];
}

// Bytes of an element of x's output: 1 for an int8 cache.
int64_t out_element_size(const TensorIo& x) {
  return x.out_scale != nullptr ? 1 : element_size(x.out_dtype);
}

// The kernels' arguments for heads [h, h + heads) of token t of x, rotated
// by `row`.
HeadsArgs heads_args(const Plan& plan, const TensorIo& x, int64_t t,
                     const float* row, int64_t h, int64_t heads,
                     WalkOrder walk) {
  HeadsArgs a;
  a.row = row;
  a.in = static_cast<const char*>(x.in) +
         (x.in_offset(t) + h * x.in_head_stride) * element_size(x.in_dtype);
  a.out = static_cast<char*>(x.out) +
          (x.out_offset(t) + h * x.out_head_stride) * out_element_size(x);
  a.in_head_stride = x.in_head_stride;
  a.out_head_stride = x.out_head_stride;
  a.heads = heads;
  a.head_dim = plan.spec.head_dim;
  a.rotary_dim = plan.spec.rotary_dim;
  a.rotary_offset = plan.spec.rotary_offset;
  a.walk = walk;
  a.norm = x.norm;
  return a;
}

// Multi-axis: pair i of `row` from column pair_freq[i] of the row at
// base + off[pair_axis[i]] (rows of the kernels' layout, see kernels.h).
void gather_axis_rows(const Plan& plan, GatherRowFn gather_row,
                      const float* base, const int64_t* off, float* row) {
  if (plan.gather_by_runs) {
    // Few long runs: whole copies of cos and sin (C and S) per run.
    const bool split = plan.spec.pairing == Pairing::half_split;
    const int64_t w = split ? 1 : 2, rd = split ? plan.half : 2 * plan.half;
    for (const Plan::PairRun& r : plan.runs) {
      const float* s = base + off[r.axis];
      const size_t bytes = static_cast<size_t>(w * r.length) * sizeof(float);
      std::memcpy(row + w * r.begin, s + w * r.freq, bytes);
      std::memcpy(row + rd + w * r.begin, s + rd + w * r.freq, bytes);
    }
    return;
  }
  // Offsets fit int32: a table holds at most 2^31 floats (plan.cc).
  static_assert(sizeof(GatherArgs::offset) == kMaxAxes * sizeof(int32_t),
                "one offset per axis");
  GatherArgs args = plan.gather_args;
  args.base = base;
  args.row = row;
  for (int a = 0; a < plan.axes; ++a) {
    args.offset[a] = static_cast<int32_t>(off[a]);
  }
  gather_row(args);
}

// Multi-axis rows from the table: token t's row, gathered into buf from one
// table row per axis, or the 1D row of its position where every axis holds
// that position and the frequencies are the identity (a text token).
const float* table_multi_row(const Plan& plan, const float* table,
                             const PositionMap& positions,
                             GatherRowFn gather_row, int64_t t, float* buf) {
  int64_t off[kMaxAxes];
  bool same = true;
  // Multi-axis positions are per token; a token of the first sequence
  // (every decode call's) reads its entries straight.
  const bool first =
      positions.kind == PositionKind::per_token && t < positions.tokens;
  for (int a = 0; a < plan.axes; ++a) {
    const int64_t p = first ? positions.entry(a * positions.axis_stride + t)
                            : positions.at(t, a);
    off[a] = p * plan.row_floats;
    same = same && off[a] == off[0];
  }
  if (same && plan.identity_freq) return table + off[0];
  gather_axis_rows(plan, gather_row, table, off, buf);
  return buf;
}

// Per-token work, with a row buffer for the on-the-fly mode.
class TokenWorker {
 public:
  TokenWorker(const Plan& plan, const FreqSet& freqs, const CallIo& io,
              const KernelSet& kernels, Direction direction,
              const ScaleHeadsFn* scale, WalkOrder walk, const double* step)
      : plan_(plan),
        freqs_(freqs),
        io_(io),
        positions_(io.positions),
        pass_(scale == nullptr ? Pass::rotate : Pass::roofline),
        walk_(walk),
        block_(head_outer_order(walk, kernels.narrow)),
        step_(step),
        fill_row_(kernels.fill_row),
        cache_row_(kernels.cache_row),
        gather_row_(kernels.gather_row),
        copy_(copy_kernel(kernels, io.v)),
        quantize_f32_(kernels.quantize[static_cast<int>(DType::f32)]),
        quantize_v_(kernels.quantize[static_cast<int>(io.v.in_dtype)]) {
    for (int s = 0; s < 2; ++s) {
      const TensorIo& x = s == 0 ? io.q : io.k;
      rotate_[s] = rotate_kernel(kernels, x, plan.spec.pairing, direction);
      // The roofline pass runs with one dtype in and out (bench only).
      scale_[s] =
          scale == nullptr ? nullptr : scale[static_cast<int>(x.out_dtype)];
    }
  }

  // Token t's row when rows come from the table or a caller cache (not on
  // the fly): where it lies, or built into buf (row_floats floats). A
  // one-token call takes it and calls the kernels itself, without run()'s
  // buffers and row state to set up.
  const float* fetched_row(int64_t t, float* buf) const {
    const bool cache = io_.cache.cos != nullptr;
    if (plan_.axes > 0 && !(cache && !io_.cache.by_position) &&
        multi_row(t, cache, !cache, nullptr, nullptr, buf)) {
      return buf;  // gathered
    }
    if (!cache) return table_row(positions_.at(t));
    return cache_row(t, io_.cache.by_position ? positions_.at(t) : 0, buf);
  }

  void run(int64_t begin, int64_t end) const {
    if ((pass_ == Pass::roofline ||
         (io_.cache.cos == nullptr && freqs_.table != nullptr &&
          plan_.axes == 0)) &&
        !head_outer(io_.q) && !head_outer(io_.k)) {
      run_table(begin, end);
      return;
    }
    // Rows up to 2 x 1024 floats live on the stack; larger ones on the heap,
    // as does the RowState of longer inv_freq arrays.
    alignas(64) float stack_row[2048];
    alignas(64) double stack_state[1024];
    std::unique_ptr<float[]> heap_row;
    std::unique_ptr<double[]> heap_state;
    float* row = stack_row;
    const bool cache = io_.cache.cos != nullptr;
    const bool table = !cache && freqs_.table != nullptr;
    // Multi-axis rows are gathered into `row` (positions are read unless a
    // per-token cache replaces them).
    const bool multi = plan_.axes > 0 && pass_ == Pass::rotate &&
                       !(cache && !io_.cache.by_position);
    const int64_t padded = static_cast<int64_t>(freqs_.inv_freq.size());
    if ((!table || multi) && plan_.row_floats > 2048) {
      heap_row.reset(new float[static_cast<size_t>(plan_.row_floats)]);
      row = heap_row.get();
    }
    // On-the-fly multi-axis: one 1D row per distinct axis position.
    std::unique_ptr<float[]> axis_rows;
    if (multi && !table && !cache) {
      axis_rows.reset(
          new float[static_cast<size_t>(kMaxAxes * plan_.row_floats)]);
    }
    AngleArgs angles{freqs_.inv_freq.data(),
                     plan_.half,
                     0,
                     freqs_.attention,
                     plan_.spec.pairing == Pairing::interleaved,
                     row};
    RowState state;
    if (!table && !cache && step_ != nullptr && end - begin > 1) {
      double* cos_sin = stack_state;
      if (2 * padded > 1024) {
        heap_state.reset(new double[static_cast<size_t>(2 * padded)]);
        cos_sin = heap_state.get();
      }
      state.step = step_;
      state.cos_sin = cos_sin;
      angles.state = &state;
      angles.padded = padded;
    }
    AngleArgs axis_angles = angles;
    axis_angles.state = nullptr;
    axis_angles.padded = 0;
    // Token t's row: where it lies (table, direct cache) or built into buf.
    const auto token_row = [&](int64_t t, float* buf) -> const float* {
      angles.row = buf;
      if (multi &&
          multi_row(t, cache, table, &axis_angles, axis_rows.get(), buf)) {
        return buf;  // gathered
      }
      if (pass_ != Pass::rotate) return buf;
      const int64_t p = cache && !io_.cache.by_position ? 0 : positions_.at(t);
      if (cache) {
        const float* r = cache_row(t, p, buf);
        if (t + 1 < end) prefetch_cache_rows(t + 1);
        return r;
      }
      if (table) {
        if (t + 1 < end) prefetch_row(table_row(positions_.at(t + 1)));
        return table_row(p);
      }
      angles.position = p;
      fill_row_(angles);
      return buf;
    };
    if (!head_outer(io_.q) && !head_outer(io_.k)) {
      for (int64_t t = begin; t < end; ++t) {
        const float* r = token_row(t, row);
        one(io_.q, 0, t, r, 0, io_.q.heads, walk_);
        one(io_.k, 1, t, r, 0, io_.k.heads, walk_);
        copy_v(t);
      }
      return;
    }
    // A tensor whose heads lie farther apart than its tokens (BHSD): one
    // token's heads are as many distant streams, more than the hardware
    // prefetchers follow. Such tensors are walked a block of tokens at a
    // time, heads outer, so that each head's entries of the block are read
    // in memory order (sizes and order: head_outer_order); the block's rows
    // are made once, before any head.
    const int64_t rf = plan_.row_floats;
    std::unique_ptr<float[]> bufs(
        new float[static_cast<size_t>(block_.tokens * rf)]);
    const float* rows[kHeadOuterMaxTokens];
    for (int64_t b0 = begin; b0 < end; b0 += block_.tokens) {
      const int64_t b1 = std::min(end, b0 + block_.tokens);
      for (int64_t t = b0; t < b1; ++t) {
        rows[t - b0] = token_row(t, bufs.get() + (t - b0) * rf);
      }
      for (int s = 0; s < 2; ++s) {
        const TensorIo& x = s == 0 ? io_.q : io_.k;
        if (!head_outer(x)) {
          for (int64_t t = b0; t < b1; ++t) {
            one(x, s, t, rows[t - b0], 0, x.heads, walk_);
          }
          continue;
        }
        for (int64_t h = 0; h < x.heads; h += block_.heads) {
          const int64_t hn = std::min(block_.heads, x.heads - h);
          for (int64_t t = b0; t < b1; ++t) {
            one(x, s, t, rows[t - b0], h, hn, block_.walk);
          }
        }
      }
      for (int64_t t = b0; t < b1; ++t) copy_v(t);
    }
  }

  // The fewest tokens a thread's range should hold: a head-outer walk's
  // block, which a shorter range would cut short.
  int64_t min_range_tokens() const {
    return head_outer(io_.q) || head_outer(io_.k) ? block_.tokens : 1;
  }

 private:
  // 1D rows from the table, or none (roofline): no row buffer or state to
  // set up, which a one-token call would spend a tenth of its time on.
  void run_table(int64_t begin, int64_t end) const {
    const bool rotate = pass_ == Pass::rotate;
    for (int64_t t = begin; t < end; ++t) {
      const float* r = nullptr;
      if (rotate) {
        r = table_row(positions_.at(t));
        if (t + 1 < end) prefetch_row(table_row(positions_.at(t + 1)));
      }
      one(io_.q, 0, t, r, 0, io_.q.heads, walk_);
      one(io_.k, 1, t, r, 0, io_.k.heads, walk_);
      copy_v(t);
    }
  }

  // Multi-axis: builds token t's row into `row` from one 1D row per axis
  // (table rows, on-the-fly rows in axis_rows, or the caller's cache rows),
  // pair i taking column pair_freq[i] of its axis's row. Returns false when
  // every axis holds one position and the frequencies are the identity: the
  // row is then the 1D row of that position, fetched as for 1D RoPE.
  // `angles` and `axis_rows` serve on-the-fly rows only (else may be null).
  bool multi_row(int64_t t, bool cache, bool table, AngleArgs* angles,
                 float* axis_rows, float* row) const {
    const int axes = plan_.axes;
    int64_t p[kMaxAxes];
    bool same = true;
    for (int a = 0; a < axes; ++a) {
      p[a] = positions_.at(t, a);
      same = same && p[a] == p[0];
    }
    if (same && plan_.identity_freq) return false;
    if (cache) {
      gather_cache(t, p, row);
      return true;
    }
    // Each axis's row as an offset from one base: the table, or axis_rows.
    const float* base = table ? freqs_.table.get() : axis_rows;
    int64_t off[kMaxAxes];
    for (int a = 0; a < axes; ++a) {
      if (table) {
        off[a] = p[a] * plan_.row_floats;
        continue;
      }
      int b = 0;
      while (b < a && p[b] != p[a]) ++b;
      if (b < a) {
        off[a] = off[b];
        continue;
      }
      off[a] = a * plan_.row_floats;
      angles->position = p[a];
      angles->row = axis_rows + off[a];
      fill_row_(*angles);
    }
    gather_axis_rows(plan_, gather_row_, base, off, row);
    return true;
  }

  // The same from the caller's cache rows of each axis's position.
  void gather_cache(int64_t t, const int64_t* p, float* row) const {
    const CacheIo& c = io_.cache;
    int64_t off[kMaxAxes];
    for (int a = 0; a < plan_.axes; ++a) off[a] = c.offset(t, p[a]);
    switch (c.dtype) {
      case DType::f32:
        gather_cache(static_cast<const float*>(c.cos),
                     static_cast<const float*>(c.sin), off, row);
        break;
      case DType::f16:
        gather_cache(static_cast<const f16*>(c.cos),
                     static_cast<const f16*>(c.sin), off, row);
        break;
      case DType::bf16:
        gather_cache(static_cast<const bf16*>(c.cos),
                     static_cast<const bf16*>(c.sin), off, row);
        break;
    }
  }
  template <class T>
  void gather_cache(const T* cos, const T* sin, const int64_t* off,
                    float* row) const {
    const int64_t half = plan_.half;
    const int* axis = plan_.pair_axis.data();
    const int64_t* freq = plan_.pair_freq.data();
    const bool split = plan_.spec.pairing == Pairing::half_split;
    for (int64_t i = 0; i < half; ++i) {
      const int64_t e = off[axis[i]] + freq[i];
      const float ci = widen(cos[e]), si = widen(sin[e]);
      if (split) {
        row[i] = ci;
        row[half + i] = si;
      } else {
        row[2 * i] = ci;
        row[2 * i + 1] = ci;
        row[2 * half + 2 * i] = -si;
        row[2 * half + 2 * i + 1] = si;
      }
    }
  }

  // The table row of position p (valid: positions were checked before any
  // work).
  const float* table_row(int64_t p) const {
    return freqs_.table.get() + p * plan_.row_floats;
  }

  // Token t's row from the caller's cache: used where it lies when the
  // cache already has the kernels' layout, else built into `row` once for
  // every head of q and k.
  const float* cache_row(int64_t t, int64_t p, float* row) const {
    const CacheIo& c = io_.cache;
    const int64_t off = c.offset(t, p);
    const int64_t half = plan_.half;
    if (c.direct) return static_cast<const float*>(c.cos) + off;
    switch (c.dtype) {
      case DType::f32:
        cache_row_(static_cast<const float*>(c.cos) + off,
                   static_cast<const float*>(c.sin) + off, half,
                   plan_.spec.pairing == Pairing::interleaved, row);
        break;
      case DType::f16:
        build_row(static_cast<const f16*>(c.cos) + off,
                  static_cast<const f16*>(c.sin) + off, half, row);
        break;
      case DType::bf16:
        build_row(static_cast<const bf16*>(c.cos) + off,
                  static_cast<const bf16*>(c.sin) + off, half, row);
        break;
    }
    return row;
  }

  static float widen(float v) { return v; }
  static float widen(f16 v) { return float_from_f16_bits(v.bits); }
  static float widen(bf16 v) { return float_from_bf16_bits(v.bits); }

  // The row layout of kernels.h from rotary_dim/2 cos and sin values.
  template <class T>
  void build_row(const T* cos, const T* sin, int64_t half, float* row) const {
    if (plan_.spec.pairing == Pairing::half_split) {
      for (int64_t i = 0; i < half; ++i) row[i] = widen(cos[i]);
      for (int64_t i = 0; i < half; ++i) row[half + i] = widen(sin[i]);
      return;
    }
    float* c = row;
    float* s = row + 2 * half;
    for (int64_t i = 0; i < half; ++i) {
      const float ci = widen(cos[i]), si = widen(sin[i]);
      c[2 * i] = ci;
      c[2 * i + 1] = ci;
      s[2 * i] = -si;
      s[2 * i + 1] = si;
    }
  }

  // Asks for token t's cache rows while the current token rotates.
  void prefetch_cache_rows(int64_t t) const {
    const CacheIo& c = io_.cache;
    const int64_t off = c.offset(t, c.by_position ? positions_.at(t) : 0) *
                        element_size(c.dtype);
    const int64_t bytes = plan_.half * element_size(c.dtype);
    for (const void* base : {c.cos, c.sin}) {
      const char* p = static_cast<const char*>(base) + off;
      for (int64_t i = 0; i < bytes; i += kCacheLineBytes) {
        hwy::Prefetch(p + i);
      }
    }
  }

  // Asks for a table row while this token rotates. Each token's row is a
  // fresh 0.5-1 KiB of the table for prefill, whose misses would otherwise
  // stall the first blocks of every token.
  void prefetch_row(const float* row) const {
    constexpr int64_t kLine = kCacheLineBytes / sizeof(float);
    for (int64_t i = 0; i < plan_.row_floats; i += kLine) {
      hwy::Prefetch(row + i);
    }
  }

  // apply_append: token t's v heads into the v cache (after its k, so the
  // bytes of one slot are written together).
  void copy_v(int64_t t) const {
    const TensorIo& v = io_.v;
    if (!v.present || !v.writes(t)) return;
    const HeadsArgs a = heads_args(plan_, v, t, nullptr, 0, v.heads, walk_);
    if (v.out_scale != nullptr) {
      quantize_v_(a, v.scale(t, 0), v.scale_head_stride);
    } else {
      copy_(a);
    }
  }

  // Heads [h, h + heads) of token t of x rotated by row into an int8 cache:
  // each head rotated into f32 (the bytes apply() would write into an f32
  // tensor), then quantized.
  void rotate_quantized(const TensorIo& x, int s, int64_t t, const float* row,
                        int64_t h, int64_t heads) const {
    const int64_t hd = plan_.spec.head_dim;
    alignas(64) float stack[1024];
    std::unique_ptr<float[]> heap;
    float* buf = stack;
    if (hd > 1024) {
      heap.reset(new float[static_cast<size_t>(hd)]);
      buf = heap.get();
    }
    const WalkOrder one_head{WalkKind::streaming, 1};
    for (int64_t i = h; i < h + heads; ++i) {
      HeadsArgs a = heads_args(plan_, x, t, row, i, 1, one_head);
      HeadsArgs q = a;
      a.out = buf;
      a.out_head_stride = hd;
      rotate_[s](a);
      q.in = buf;
      q.in_head_stride = hd;
      quantize_f32_(q, x.scale(t, i), 0);
    }
  }

  // Heads of x lie farther apart than a sequence's tokens (BHSD).
  static bool head_outer(const TensorIo& x) {
    return x.present && x.heads > 1 && x.tokens > 1 &&
           std::abs(x.in_head_stride) > std::abs(x.in_token_stride) &&
           std::abs(x.out_head_stride) > std::abs(x.out_token_stride);
  }

  // Rotates heads [h, h + heads) of token t of x by row, walked in `walk`
  // order.
  void one(const TensorIo& x, int s, int64_t t, const float* row, int64_t h,
           int64_t heads, WalkOrder walk) const {
    if (!x.present || !x.writes(t)) return;
    if (x.out_scale != nullptr) {
      rotate_quantized(x, s, t, row, h, heads);
      return;
    }
    const HeadsArgs a = heads_args(plan_, x, t, row, h, heads, walk);
    if (pass_ == Pass::rotate) {
      rotate_[s](a);
    } else {
      scale_[s](a, scale_one_);
    }
  }

  const Plan& plan_;
  const FreqSet& freqs_;
  const CallIo& io_;
  const PositionMap& positions_;
  Pass pass_;
  WalkOrder walk_;
  HeadOuterOrder block_;  // the head-outer walk's blocks (BHSD views)
  const double* step_;    // FreqSet::step, or null: no RowState
  FillRowFn fill_row_;
  CacheRowFn cache_row_;
  GatherRowFn gather_row_;
  RotateHeadsFn rotate_[2];  // q, k
  ScaleHeadsFn scale_[2];
  CopyHeadsFn copy_;  // v (apply_append)
  QuantizeHeadsFn quantize_f32_, quantize_v_;
  // Read at run time so the compiler cannot drop the roofline's multiply.
  volatile float scale_one_ = 1.0f;
};

// Bytes one head_dim entry of every head of x moves (read + written).
int64_t io_bytes(const TensorIo& x) {
  if (!x.present) return 0;
  return x.heads * (element_size(x.in_dtype) + out_element_size(x));
}

// Below this many head entries per call (tokens x heads x head_dim, of q,
// k and v), threads cost more than they save. Entries, not bytes: a 16-bit
// call takes about as long per entry as an f32 one (docs/tuning.md).
constexpr int64_t kSerialEntries = 128 * 1024;
// Automatic threading's threshold in an arena of `threads`: a call of more
// threads wakes more of them and costs more to split, so the size from which
// a parallel call pays grows with the arena (measured up to 16 cores:
// docs/tuning.md).
int64_t serial_entries(int threads) {
  if (threads <= 1) return std::numeric_limits<int64_t>::max();
  if (threads <= 2) return kSerialEntries;
  return threads <= 8 ? 2 * kSerialEntries : 4 * kSerialEntries;
}

// The head entries one parallel task holds at most (a range splits while it
// holds more). Half the serial threshold: a call just past it runs as two
// or three tasks, so that it wakes no more threads than it can pay for,
// however many the arena has (docs/tuning.md).
constexpr int64_t kGrainEntries = kSerialEntries / 2;

// The longest row rotate_one() builds on its stack (head_dim 256,
// interleaved); a call of longer rows takes TokenWorker::run().
constexpr int64_t kDecodeRowFloats = 512;

// apply_append's v of the one token io.begin, into the v cache.
void copy_one(const KernelSet& kernels, const Plan& plan, const CallIo& io,
              WalkOrder walk) {
  const TensorIo& v = io.v;
  if (!v.present || !v.writes(io.begin)) return;
  const HeadsArgs a = heads_args(plan, v, io.begin, nullptr, 0, v.heads, walk);
  if (v.out_scale != nullptr) {
    kernels.quantize[static_cast<int>(v.in_dtype)](a, v.scale(io.begin, 0),
                                                   v.scale_head_stride);
  } else {
    copy_kernel(kernels, v)(a);
  }
}

// Rotates the one token io.begin of a call whose rows come from the table or
// a caller cache. Not inlined: run_call()'s other paths keep a small frame.
HWY_NOINLINE void rotate_one(const Plan& plan, const FreqSet& freqs,
                             const CallIo& io, const KernelSet& kernels,
                             Direction direction, WalkOrder walk) {
  const TokenWorker worker(plan, freqs, io, kernels, direction, nullptr, walk,
                           nullptr);
  alignas(64) float buf[kDecodeRowFloats];
  const float* row = worker.fetched_row(io.begin, buf);
  for (const TensorIo* x : {&io.q, &io.k}) {
    if (!x->present || !x->writes(io.begin)) continue;
    rotate_kernel(kernels, *x, plan.spec.pairing, direction)(
        heads_args(plan, *x, io.begin, row, 0, x->heads, walk));
  }
  copy_one(kernels, plan, io, walk);
}

// run_call(), or with scale_kernels the roofline's pass (pass.h) in place
// of the rotation.
Status run_tokens(const Plan& plan, const CallIo& io,
                  const ApplyOptions& options, ScaleKernelsFn scale_kernels) {
  Status error;
  const KernelSet* kernels = active_kernel_set(&error);
  if (kernels == nullptr) return error;
  if (options.isa_used != nullptr) *options.isa_used = kernels->name;
  const ScaleHeadsFn* scale = nullptr;
  if (scale_kernels != nullptr) {
    scale = scale_kernels(kernels->target);
    if (scale == nullptr) {
      return Status(Code::unsupported, std::string("roofline: no kernels "
                                                   "for ISA ") +
                                           kernels->name);
    }
  }
  const Pass pass = scale == nullptr ? Pass::rotate : Pass::roofline;
  const int64_t n = io.end - io.begin;
  if (n <= 0) return Status();
  if (pass == Pass::rotate) report_kernels(plan, *kernels, io.qk_norm);
  try {
    const int64_t token_bytes = std::max<int64_t>(
        1, plan.spec.head_dim *
               (io_bytes(io.q) + io_bytes(io.k) + io_bytes(io.v)));
    int64_t token_entries = 0;
    for (const TensorIo* x : {&io.q, &io.k, &io.v}) {
      if (x->present) token_entries += x->heads * plan.spec.head_dim;
    }
    // Only dynamic scaling past its original length fills a FreqSet per
    // call.
    std::optional<FreqSet> scratch;
    if (plan.spec.scaling.kind == ScalingKind::dynamic) scratch.emplace();
    const FreqSet& freqs =
        plan.select(io.sequence_length, scratch ? &*scratch : nullptr);
    // On-the-fly rows of several tokens: each from the previous one where
    // positions run on (see RowState); dynamic scaling's frequencies of this
    // call get their step here.
    std::vector<double> call_step;
    const double* step = nullptr;
    if (freqs.table == nullptr && io.cache.cos == nullptr && n > 1) {
      if (freqs.step.empty()) call_step = row_steps(freqs.inv_freq);
      step = freqs.step.empty() ? call_step.data() : freqs.step.data();
    }
    // The roofline's pass over one token takes the same short path as the
    // rotation's, so that their fixed costs match.
    if (n == 1 && pass == Pass::roofline) {
      const WalkOrder walk = walk_order(token_bytes, kernels->narrow);
      static volatile float one = 1.0f;  // read at run time (see TokenWorker)
      for (const TensorIo* x : {&io.q, &io.k}) {
        if (!x->present) continue;
        scale[static_cast<int>(x->out_dtype)](
            heads_args(plan, *x, io.begin, nullptr, 0, x->heads, walk), one);
      }
      return Status();
    }
    // One token with its row in the table (decode): the kernels straight
    // away, without a TokenWorker to set up; a multi-axis row is gathered on
    // the stack. (An int8 k cache takes TokenWorker, which quantizes.)
    const bool int8_k = io.k.out_scale != nullptr;
    if (n == 1 && pass == Pass::rotate && freqs.table != nullptr &&
        io.cache.cos == nullptr && !int8_k &&
        (plan.axes == 0 || plan.row_floats <= kDecodeRowFloats)) {
      alignas(64) float buf[kDecodeRowFloats];
      const float* row =
          plan.axes == 0
              ? freqs.table.get() + io.positions.at(io.begin) * plan.row_floats
              : table_multi_row(plan, freqs.table.get(), io.positions,
                                kernels->gather_row, io.begin, buf);
      const WalkOrder walk = walk_order(token_bytes, kernels->narrow);
      for (const TensorIo* x : {&io.q, &io.k}) {
        if (!x->present || !x->writes(io.begin)) continue;
        rotate_kernel(*kernels, *x, plan.spec.pairing, options.direction)(
            heads_args(plan, *x, io.begin, row, 0, x->heads, walk));
      }
      copy_one(*kernels, plan, io, walk);
      return Status();
    }
    // One token with its row from a caller cache: the same, the row fetched
    // or built on the stack.
    if (n == 1 && pass == Pass::rotate && io.cache.cos != nullptr &&
        plan.row_floats <= kDecodeRowFloats && !int8_k) {
      rotate_one(plan, freqs, io, *kernels, options.direction,
                 walk_order(token_bytes, kernels->narrow));
      return Status();
    }
    const TokenWorker worker(
        plan, freqs, io, *kernels, options.direction, scale,
        walk_order(n * token_bytes, kernels->narrow), step);
    // An arena of one thread runs the call serially: a task there only
    // adds oneTBB's cost.
    const bool serial =
        options.threading == Threading::serial || n == 1 ||
        (options.threading == Threading::automatic &&
         n * token_entries <
             serial_entries(tbb::this_task_arena::max_concurrency())) ||
        (options.threading == Threading::arena &&
         options.arena->max_concurrency() == 1);
    if (serial) {
      worker.run(io.begin, io.end);
      return Status();
    }
    const int64_t grain =
        std::max<int64_t>(worker.min_range_tokens(),
                          kGrainEntries / std::max<int64_t>(1, token_entries));
    auto body = [&] {
      tbb::parallel_for(tbb::blocked_range<int64_t>(io.begin, io.end, grain),
                        [&](const tbb::blocked_range<int64_t>& r) {
                          worker.run(r.begin(), r.end());
                        });
    };
    if (options.threading == Threading::arena) {
      options.arena->execute(body);
    } else {
      body();
    }
    return Status();
  } catch (const std::bad_alloc&) {
    return Status(Code::out_of_memory, "out of memory applying RoPE");
  } catch (...) {
    return Status(Code::internal, "unexpected exception applying RoPE");
  }
}

}  // namespace

Status run_call(const Plan& plan, const CallIo& io,
                const ApplyOptions& options) {
  return run_tokens(plan, io, options, nullptr);
}

namespace {

template <class Fn>
Status checked(const Rope& rope, const ConstTensor& q_in, const Tensor& q_out,
               const ConstTensor& k_in, const Tensor& k_out,
               const Positions& positions, const ApplyOptions& options,
               Fn&& fn) {
  try {
    CallIo io;
    Status st =
        validate_call(rope, q_in, q_out, k_in, k_out, positions, options, &io);
    if (!st.ok()) return st;
    return fn(io);
  } catch (const std::bad_alloc&) {
    return Status(Code::out_of_memory, "out of memory validating arguments");
  }
}

}  // namespace

Status apply_scale_pass(const Rope& rope, const ConstTensor& q_in,
                        const Tensor& q_out, const ConstTensor& k_in,
                        const Tensor& k_out, const Positions& positions,
                        const ApplyOptions& options, ScaleKernelsFn kernels) {
  return checked(rope, q_in, q_out, k_in, k_out, positions, options,
                 [&](const CallIo& io) {
                   for (const TensorIo* x : {&io.q, &io.k}) {
                     if (x->present && x->in_dtype != x->out_dtype) {
                       return invalid("roofline: in and out dtypes differ");
                     }
                   }
                   return run_tokens(*rope.plan(), io, options, kernels);
                 });
}

namespace {

// The k or v cache's strides, in elements: (slot, head).
void cache_strides(const KVCache& c, int64_t* slot_stride,
                   int64_t* head_stride) {
  if (c.layout == CacheLayout::nhd) {
    *slot_stride = c.kv_heads * c.head_dim;
    *head_stride = c.head_dim;
  } else {
    *slot_stride = c.head_dim;
    *head_stride = c.slots * c.head_dim;
  }
}

// Bytes of a cache element; 0 for a value that is not a CacheDType.
int64_t cache_element_size(CacheDType dtype) {
  switch (dtype) {
    case CacheDType::f32:
    case CacheDType::f16:
    case CacheDType::bf16:
      return element_size(static_cast<DType>(dtype));
    case CacheDType::int8:
      return 1;
  }
  return 0;
}

// [begin, begin + bytes) as a footprint compared by address range only;
// false if it wraps around the address space.
bool range_of(const void* data, int64_t bytes, Footprint* fp) {
  const uintptr_t begin = reinterpret_cast<uintptr_t>(data);
  if (begin + static_cast<uintptr_t>(bytes) < begin) return false;
  fp->begin = begin;
  fp->end = begin + static_cast<uintptr_t>(bytes);
  fp->token_bytes = -1;
  return true;
}

// One cache buffer (k or v): its pointer, dtype and size, and for int8 its
// scales; fills the bytes of both (*scale_fp empty but for int8).
bool check_cache_buffer(const char* name, const void* data, CacheDType dtype,
                        const float* scale, const KVCache& c, Footprint* fp,
                        Footprint* scale_fp, Status* error) {
  const Reject reject{error};
  const auto n = [name] { return std::string("cache.") + name; };
  const int64_t size = cache_element_size(dtype);
  if (size == 0) {
    return reject(n() + "_dtype (" + str(static_cast<int64_t>(dtype)) +
                  ") is not a CacheDType value (f32, f16, bf16, int8)");
  }
  if (data == nullptr) return reject(n() + " is null");
  if (reinterpret_cast<uintptr_t>(data) % static_cast<uintptr_t>(size) != 0) {
    return reject(n() + " is not aligned to its element size (" + str(size) +
                  " bytes)");
  }
  int64_t heads = 0, elements = 0, bytes = 0;
  if (!mul_add(c.slots, c.kv_heads, &heads) ||
      !mul_add(heads, c.head_dim, &elements) ||
      !mul_add(elements, size, &bytes)) {
    return reject(n() + ": slots x kv_heads x head_dim overflow 64 bits");
  }
  if (!range_of(data, bytes, fp)) {
    return reject(n() + ": the cache wraps around the address space");
  }
  *scale_fp = Footprint();
  if (dtype != CacheDType::int8) return true;
  if (scale == nullptr) return reject(n() + "_scale is null (int8 cache)");
  if (reinterpret_cast<uintptr_t>(scale) % alignof(float) != 0) {
    return reject(n() + "_scale is not aligned to a float");
  }
  if (!range_of(scale, heads * static_cast<int64_t>(sizeof(float)), scale_fp)) {
    return reject(n() + "_scale wraps around the address space");
  }
  return true;
}

// A validated view's bytes for the overlap checks: check_view's footprint,
// without the checks the call's validation has made (a decode call would
// spend a tenth of its time repeating them for q_in, q_out and k).
Footprint view_bytes(const ConstTensor& t, int64_t head_dim) {
  Footprint fp;
  if (t.absent() || t.tokens == 0 || t.heads == 0) return fp;
  const int64_t size = element_size(t.dtype);
  const int64_t row = head_dim + (t.heads - 1) * t.head_stride;
  fp.begin = reinterpret_cast<uintptr_t>(t.data);
  fp.end = fp.begin + static_cast<uintptr_t>(view_span(t, head_dim) * size);
  fp.row_bytes = row * size;
  fp.token_bytes = t.token_stride * size;
  fp.tokens = t.tokens;
  if (t.batch > 1) {
    if (t.batch_stride == t.tokens * t.token_stride) {
      fp.tokens = t.batch * t.tokens;
    } else {
      fp.token_bytes = -1;  // only the address range is compared
    }
  }
  return fp;
}

// Everything apply_append adds to apply()'s checks; fills io's k output
// and v. io holds what validate_full_call made of q and k.
Status validate_append(const Plan& plan, const ConstTensor& q_in,
                       const Tensor& q_out, const ConstTensor& k,
                       const ConstTensor& v, const KVCache& c,
                       int64_t cos_sin_rows, CallIo* io) {
  Status st;
  const int64_t head_dim = plan.spec.head_dim;
  if (c.layout != CacheLayout::nhd && c.layout != CacheLayout::hnd) {
    return invalid("cache.layout is not a CacheLayout value");
  }
  if (c.slots < 0) {
    return invalid("cache.slots must be >= 0, got " + str(c.slots));
  }
  if (c.head_dim != head_dim) {
    return invalid("cache.head_dim (" + str(c.head_dim) +
                   ") != the spec's head_dim (" + str(head_dim) + ")");
  }
  if (c.kv_heads != k.heads) {
    return invalid("cache.kv_heads (" + str(c.kv_heads) + ") != k.heads (" +
                   str(k.heads) + ")");
  }
  const bool has_v = !v.absent();
  if (has_v != (c.v != nullptr)) {
    return invalid(has_v ? std::string("cache.v is null but v is present")
                         : std::string("cache.v is set but v is absent"));
  }
  Footprint v_fp;
  if (has_v) {
    if (!check_view("v", v.data, v.dtype, v.tokens, v.heads, v.token_stride,
                    v.head_stride, v.batch, v.batch_stride, head_dim, &v_fp,
                    &st)) {
      return st;
    }
    if (v.batch != k.batch || v.tokens != k.tokens) {
      return invalid("v is " + str(v.batch) + " x " + str(v.tokens) +
                     " (batch x tokens) but k is " + str(k.batch) + " x " +
                     str(k.tokens));
    }
    if (v.heads != c.kv_heads) {
      return invalid("v.heads (" + str(v.heads) + ") != cache.kv_heads (" +
                     str(c.kv_heads) + ")");
    }
  }
  // What the call writes (caches and scales) must not overlap itself, any
  // tensor of the call (q_out is checked against q_in and k by
  // validate_full_call, and against v here), the caller's cos/sin cache or
  // the slot mapping.
  struct Named {
    const char* name;
    Footprint fp;
  };
  Named written[4] = {{"cache.k", {}},
                      {"cache.k_scale", {}},
                      {"cache.v", {}},
                      {"cache.v_scale", {}}};
  if (!check_cache_buffer("k", c.k, c.k_dtype, c.k_scale, c, &written[0].fp,
                          &written[1].fp, &st) ||
      (has_v && !check_cache_buffer("v", c.v, c.v_dtype, c.v_scale, c,
                                    &written[2].fp, &written[3].fp, &st))) {
    return st;
  }
  // Address ranges first (inline: a decode call makes some thirty of these
  // comparisons), may_overlap only where they meet.
  const auto meet = [](const Footprint& a, const Footprint& b) {
    return a.begin < b.end && b.begin < a.end && may_overlap(a, b);
  };
  for (int a = 0; a < 4; ++a) {
    for (int b = 0; b < a; ++b) {
      if (meet(written[a].fp, written[b].fp)) {
        return invalid(std::string(written[b].name) + " and " +
                       written[a].name + " overlap");
      }
    }
  }
  Named read[7] = {{"q_in", view_bytes(q_in, head_dim)},
                   {"q_out", view_bytes(ConstTensor(q_out), head_dim)},
                   {"k", view_bytes(k, head_dim)},
                   {"v", v_fp},
                   {"options.cos_sin.cos", {}},
                   {"options.cos_sin.sin", {}},
                   {"cache.slot_mapping", {}}};
  if (io->cache.cos != nullptr) {
    read[4].fp = cache_footprint(io->cache, io->cache.cos, plan.half,
                                 cos_sin_rows, k.batch, k.tokens);
    read[5].fp = cache_footprint(io->cache, io->cache.sin, plan.half,
                                 cos_sin_rows, k.batch, k.tokens);
  }
  const int64_t n = io->end - io->begin;
  if (n > 0 && c.slot_mapping == nullptr) {
    return invalid("cache.slot_mapping is null");
  }
  if (n > 0) {
    range_of(c.slot_mapping + io->begin, n * 8, &read[6].fp);
  }
  // The slot mapping against each written range; the tensors and cos/sin
  // pair by pair only where the span of what is written meets theirs (a
  // cache is most often an allocation of its own; the slot mapping, small,
  // may lie anywhere, so it stays out of the spans).
  constexpr int kSlots = 6;
  uintptr_t w_lo = UINTPTR_MAX, w_hi = 0, r_lo = UINTPTR_MAX, r_hi = 0;
  for (const Named& w : written) {
    if (meet(w.fp, read[kSlots].fp)) {
      return invalid(std::string(w.name) + " overlaps " + read[kSlots].name);
    }
    if (w.fp.begin == w.fp.end) continue;
    w_lo = std::min(w_lo, w.fp.begin);
    w_hi = std::max(w_hi, w.fp.end);
  }
  for (int r = 0; r < kSlots; ++r) {
    if (read[r].fp.begin == read[r].fp.end) continue;
    r_lo = std::min(r_lo, read[r].fp.begin);
    r_hi = std::max(r_hi, read[r].fp.end);
  }
  for (int a = 0; a < 4 && w_lo < r_hi && r_lo < w_hi; ++a) {
    for (int r = 0; r < kSlots; ++r) {
      if (meet(written[a].fp, read[r].fp)) {
        return invalid(std::string(written[a].name) + " overlaps " +
                       read[r].name);
      }
    }
  }
  if (has_v && may_overlap(read[1].fp, v_fp)) {
    return invalid("q_out overlaps v");
  }
  // Slots of the token range: in [-1, slots), each at most once.
  for (int64_t t = io->begin; t < io->end; ++t) {
    const int64_t slot = c.slot_mapping[t];
    if (slot < -1 || slot >= c.slots) {
      return invalid("cache.slot_mapping[" + str(t) + "] = " + str(slot) +
                     " is outside [-1, cache.slots = " + str(c.slots) + ")");
    }
  }
  const auto repeated = [](int64_t slot, int64_t t0, int64_t t1) {
    return invalid("cache.slot_mapping: slot " + str(slot) +
                   " is given to tokens " + str(t0) + " and " + str(t1));
  };
  // Distinct slots: pairwise for a few tokens (decode, no allocation), else
  // sorted.
  constexpr int64_t kPairwise = 16;
  if (n <= kPairwise) {
    for (int64_t t = io->begin; t < io->end; ++t) {
      const int64_t slot = c.slot_mapping[t];
      if (slot < 0) continue;
      for (int64_t u = io->begin; u < t; ++u) {
        if (c.slot_mapping[u] == slot) return repeated(slot, u, t);
      }
    }
  } else {
    std::vector<std::pair<int64_t, int64_t>> used;  // (slot, token)
    used.reserve(static_cast<size_t>(n));
    for (int64_t t = io->begin; t < io->end; ++t) {
      if (c.slot_mapping[t] >= 0) used.emplace_back(c.slot_mapping[t], t);
    }
    std::sort(used.begin(), used.end());
    for (size_t i = 1; i < used.size(); ++i) {
      if (used[i].first == used[i - 1].first) {
        return repeated(used[i].first, used[i - 1].second, used[i].second);
      }
    }
  }
  int64_t slot_stride, cache_head_stride;
  cache_strides(c, &slot_stride, &cache_head_stride);
  // int8: the rotation's and the copy's f32 values are quantized.
  const auto out_dtype = [](CacheDType d) {
    return d == CacheDType::int8 ? DType::f32 : static_cast<DType>(d);
  };
  // Scales: one per slot and head (divisions only where there are scales).
  const bool int8 =
      c.k_dtype == CacheDType::int8 || (has_v && c.v_dtype == CacheDType::int8);
  const int64_t scale_slot_stride = int8 ? slot_stride / c.head_dim : 0;
  const int64_t scale_head_stride = int8 ? cache_head_stride / c.head_dim : 0;
  // Field by field (not a copy of k's TensorIo): a decode call is short.
  for (TensorIo* x : {&io->k, &io->v}) {
    const bool is_k = x == &io->k;
    if (!is_k && !has_v) break;
    const CacheDType dtype = is_k ? c.k_dtype : c.v_dtype;
    if (!is_k) {
      x->present = v.heads > 0 && v.tokens > 0;
      x->in = v.data;
      x->in_dtype = v.dtype;
      x->heads = io->k.heads;
      x->tokens = io->k.tokens;
      x->in_token_stride = v.token_stride;
      x->in_head_stride = v.head_stride;
      x->in_batch_stride = v.batch_stride;
    }
    x->out = is_k ? c.k : c.v;
    x->out_dtype = out_dtype(dtype);
    x->out_scale =
        dtype == CacheDType::int8 ? (is_k ? c.k_scale : c.v_scale) : nullptr;
    x->scale_slot_stride = scale_slot_stride;
    x->scale_head_stride = scale_head_stride;
    x->out_token_stride = slot_stride;
    x->out_head_stride = cache_head_stride;
    x->out_batch_stride = 0;
    x->out_slot = c.slot_mapping;
  }
  return Status();
}

}  // namespace

}  // namespace detail

Status Rope::apply_append(const ConstTensor& q_in, const Tensor& q_out,
                          const ConstTensor& k, const ConstTensor& v,
                          const Positions& positions, const KVCache& cache,
                          const ApplyOptions& options) const {
  try {
    if (k.absent()) {
      return detail::invalid("k is absent: apply_append writes it to cache.k");
    }
    // k validated as an in-place tensor: its view, its shape against the
    // positions and q, and q_out against it; nothing is written to it.
    const Tensor k_view{const_cast<void*>(k.data),
                        k.dtype,
                        k.tokens,
                        k.heads,
                        k.token_stride,
                        k.head_stride,
                        k.batch,
                        k.batch_stride};
    static const char* const kNames[2] = {"k", "k"};
    detail::CallIo io;
    Status st;
    if (!detail::validate_simple_call(*this, q_in, q_out, k, k_view, positions,
                                      options, &io)) {
      io = detail::CallIo();
      st = detail::validate_full_call(*this, q_in, q_out, k, k_view, positions,
                                      options, &io, kNames);
      if (!st.ok()) return st;
    }
    st = detail::validate_append(
        *plan_, q_in, q_out, k, v, cache,
        options.cos_sin != nullptr ? options.cos_sin->rows : 0, &io);
    if (!st.ok()) return st;
    return detail::run_call(*plan_, io, options);
  } catch (const std::bad_alloc&) {
    return Status(Code::out_of_memory, "out of memory validating arguments");
  }
}

Status Rope::apply_append(const Tensor& q, const ConstTensor& k,
                          const ConstTensor& v, const Positions& positions,
                          const KVCache& cache,
                          const ApplyOptions& options) const {
  return apply_append(ConstTensor(q), q, k, v, positions, cache, options);
}

Status Rope::apply(const ConstTensor& q_in, const Tensor& q_out,
                   const ConstTensor& k_in, const Tensor& k_out,
                   const Positions& positions,
                   const ApplyOptions& options) const {
  return detail::checked(*this, q_in, q_out, k_in, k_out, positions, options,
                         [&](const detail::CallIo& io) {
                           return detail::run_call(*plan_, io, options);
                         });
}

Status Rope::apply(const Tensor& q, const Tensor& k, const Positions& positions,
                   const ApplyOptions& options) const {
  return apply(ConstTensor(q), q, ConstTensor(k), k, positions, options);
}

}  // namespace rotary
