// Differential fuzz target: a random (valid or not) call — spec of every
// scaling kind, shapes, strides, layouts, f32/f16/bf16 in and out, positions,
// direction, token range — runs on every ISA this CPU supports and through
// the scalar reference. Fails on a different status, any element further
// from the reference than the documented tolerance (2^-21 * (|x_a| + |x_b|)
// * max(1, attention factor), plus one ULP of a 16-bit output type;
// pass-through entries of one dtype bit-exact), any write outside the
// outputs, or any change to an input of an out-of-place call. The same k
// through apply_append must land byte for byte in its cache slots, and
// apply_qk_norm must match a per-head norm then the reference rotation.
#include <cmath>
#include <string>

#include "tests/fuzz/fuzz_common.h"

namespace rotary {
namespace fuzz {
namespace {

// apply_append of the same k (src's, which holds the input of an in-place
// call too) into a k cache of the output dtype must store, at each token's
// slot, exactly the bytes apply() wrote into got.k; a skipped token (slot
// -1), tokens outside the call's range and unused slots keep the canary.
void check_append(const Rope& rope, const Call& c, const Storage& src,
                  const Storage& got, const Positions& positions,
                  const ApplyOptions& o, const char* isa) {
  if (c.k_heads == 0 || c.tokens == 0) return;
  const int64_t hd = rope.spec().head_dim;
  const size_t es = dtype_size(c.out_dtype);
  const int64_t slots = c.tokens + 1, row = c.k_heads * hd;
  std::vector<unsigned char> kc(static_cast<size_t>(slots * row) * es, kCanary);
  std::vector<int64_t> slot(static_cast<size_t>(c.tokens));
  for (int64_t t = 0; t < c.tokens; ++t) slot[t] = c.tokens - t;
  const int64_t skipped = c.seed % c.tokens;
  slot[skipped] = -1;
  KVCache cache;
  cache.k = kc.data();
  cache.k_dtype = static_cast<CacheDType>(c.out_dtype);
  cache.slots = slots;
  cache.kv_heads = c.k_heads;
  cache.head_dim = hd;
  cache.slot_mapping = slot.data();
  ApplyOptions ao = o;
  ao.isa_used = nullptr;
  const Status st = rope.apply_append(ConstTensor{}, Tensor{}, src.k,
                                      ConstTensor{}, positions, cache, ao);
  if (!st.ok()) fail("apply_append refused what apply() took", st.message());
  const int64_t end = o.token_end < 0 ? c.tokens : o.token_end;
  std::vector<bool> written(static_cast<size_t>(slots), false);
  for (int64_t t = o.token_begin; t < end; ++t) {
    if (t == skipped) continue;
    written[slot[t]] = true;
    for (int64_t h = 0; h < c.k_heads; ++h) {
      const unsigned char* want =
          static_cast<const unsigned char*>(got.k.data) +
          (t * got.k.token_stride + h * got.k.head_stride) * es;
      if (std::memcmp(&kc[(slot[t] * row + h * hd) * es], want, hd * es) != 0)
        fail("append's k cache differs from apply()", isa);
    }
  }
  for (int64_t sl = 0; sl < slots; ++sl) {
    if (written[sl]) continue;
    for (int64_t i = sl * row * es; i < (sl + 1) * row * es; ++i) {
      if (kc[i] != kCanary) fail("append wrote an unused slot", isa);
    }
  }
}

// apply_qk_norm (rms or rms_one_plus, out of place) against the composition
// of a per-head norm in double and reference_apply's rotation in f32, within
// norm-inl.h's bound of the f32 norm (in units of the head's largest |y|)
// plus the rotation's tolerance and one ULP of a 16-bit output.
void check_qk_norm(const Rope& rope, const Call& c, const Storage& src,
                   const Positions& positions, const ApplyOptions& o,
                   const char* isa) {
  if (o.direction != Direction::forward || c.tokens == 0) return;
  const int64_t hd = rope.spec().head_dim;
  const bool one_plus = c.seed % 2 == 1;
  std::vector<float> weight(static_cast<size_t>(hd));
  for (int64_t i = 0; i < hd; ++i) {
    weight[i] = 0.5f + static_cast<float>((c.seed + 7 * i) % 16) / 16.0f;
  }
  QKNorm norm;
  norm.kind = one_plus ? QKNormKind::rms_one_plus : QKNormKind::rms;
  norm.q_weight = norm.k_weight = weight.data();
  norm.weight_size = hd;
  norm.eps = 1e-6;
  // The normalized heads in f32, [tokens][heads][head_dim], then rotated.
  const Tensor* views[2] = {&src.q, &src.k};
  std::vector<float> normed[2], rotated[2], largest[2];
  Tensor in_f32[2], out_f32[2];
  const size_t es = dtype_size(c.in_dtype);
  for (int w = 0; w < 2; ++w) {
    const Tensor& v = *views[w];
    if (v.heads == 0) continue;
    normed[w].resize(static_cast<size_t>(c.tokens * v.heads * hd));
    rotated[w].assign(normed[w].size(), 0.0f);
    largest[w].assign(static_cast<size_t>(c.tokens * v.heads), 0.0f);
    for (int64_t t = 0; t < c.tokens; ++t) {
      for (int64_t h = 0; h < v.heads; ++h) {
        const unsigned char* row =
            static_cast<const unsigned char*>(v.data) +
            (t * v.token_stride + h * v.head_stride) * es;
        double sum = 0;
        for (int64_t i = 0; i < hd; ++i) {
          const double x = load(c.in_dtype, row + i * es);
          sum += x * x;
        }
        const double inv = 1.0 / std::sqrt(sum / hd + norm.eps);
        for (int64_t i = 0; i < hd; ++i) {
          const double wi = one_plus ? 1.0 + weight[i] : weight[i];
          const double y = load(c.in_dtype, row + i * es) * inv * wi;
          normed[w][(t * v.heads + h) * hd + i] = static_cast<float>(y);
          float& m = largest[w][t * v.heads + h];
          m = std::max(m, static_cast<float>(std::fabs(y)));
        }
      }
    }
    in_f32[w] = Tensor::bshd(normed[w].data(), c.tokens, v.heads, hd);
    out_f32[w] = Tensor::bshd(rotated[w].data(), c.tokens, v.heads, hd);
  }
  ApplyOptions ro = o;
  ro.isa_used = nullptr;
  const Status ref = reference_apply(rope, in_f32[0], out_f32[0], in_f32[1],
                                     out_f32[1], positions, ro);
  Storage got(c, hd, c.out_dtype);
  got.fill_canary();
  const Status st =
      rope.apply_qk_norm(src.q, got.q, src.k, got.k, positions, norm, ro);
  if (st.code() != ref.code()) {
    fail("apply_qk_norm's status differs from the reference composition",
         std::string(isa) + ": " + st.message() + " vs " + ref.message());
  }
  if (!st.ok()) return;
  const double att = std::max(1.0, std::fabs(rope.attention_factor()));
  const double rel =
      (static_cast<double>(hd) / 2 + 16) / (1 << 23) + 2.0 * att / (1 << 21);
  const size_t os = dtype_size(c.out_dtype);
  const int64_t end = o.token_end < 0 ? c.tokens : o.token_end;
  for (int w = 0; w < 2; ++w) {
    const Tensor& v = w ? got.k : got.q;
    if (v.heads == 0) continue;
    for (int64_t t = o.token_begin; t < end; ++t) {
      for (int64_t h = 0; h < v.heads; ++h) {
        const unsigned char* row =
            static_cast<const unsigned char*>(v.data) +
            (t * v.token_stride + h * v.head_stride) * os;
        const double scale = largest[w][t * v.heads + h];
        for (int64_t i = 0; i < hd; ++i) {
          const double r = rotated[w][(t * v.heads + h) * hd + i];
          const double y = load(c.out_dtype, row + i * os);
          const double tol =
              2 * scale * rel + ulp(c.out_dtype, r) + ulp(DType::f32, r);
          if (!(std::fabs(y - r) <= tol)) {
            fail("apply_qk_norm beyond tolerance",
                 std::string(isa) + " t=" + std::to_string(t) + " h=" +
                     std::to_string(h) + " i=" + std::to_string(i) + " got " +
                     std::to_string(y) + " want " + std::to_string(r));
          }
        }
      }
    }
  }
}

void run(const uint8_t* data, size_t size) {
  FuzzedDataProvider fdp(data, size);
  const Call c = decode_call(fdp);
  Rope rope;
  if (!Rope::create(c.spec, &rope).ok()) return;
  const int64_t hd = rope.spec().head_dim, rd = rope.spec().rotary_dim;
  const int64_t off = rope.spec().rotary_offset;
  const bool interleaved = rope.spec().pairing == Pairing::interleaved;
  for (int64_t p : c.positions) {
    if (!c.positions_i64 && p > 2147483647) return;
  }
  std::vector<int32_t> p32(c.positions.begin(), c.positions.end());
  const Positions positions = c.positions_i64
                                  ? Positions(c.positions.data(), c.tokens)
                                  : Positions(p32.data(), c.tokens);

  // A caller cache of values in [0, 1), by position (rows just past the
  // largest position) or per token.
  ApplyOptions options = c.options;
  CosSinCache cache;
  std::vector<unsigned char> cos_bytes, sin_bytes;
  if (c.cache != 0) {
    int64_t rows = 1;
    for (int64_t p : c.positions) rows = std::max(rows, p + 1);
    if (c.cache == 2) rows = std::max<int64_t>(1, c.tokens);
    if (rows <= 4096) {
      const int64_t half = rd / 2, stride = half + 1;
      const size_t es = dtype_size(c.cache_dtype);
      cos_bytes.resize(static_cast<size_t>(rows * stride) * es);
      sin_bytes.resize(cos_bytes.size());
      uint32_t x = c.seed * 747796405u + 3;
      for (size_t i = 0; i < cos_bytes.size() / es; ++i) {
        x = x * 1664525u + 1013904223u;
        store(c.cache_dtype, &cos_bytes[i * es],
              static_cast<float>(x >> 8) / 16777216.0f);
        x = x * 1664525u + 1013904223u;
        store(c.cache_dtype, &sin_bytes[i * es],
              static_cast<float>(x >> 8) / 16777216.0f);
      }
      cache.cos = cos_bytes.data();
      cache.sin = sin_bytes.data();
      cache.dtype = c.cache_dtype;
      if (c.cache == 1) {
        cache.rows = rows;
        cache.row_stride = stride;
      } else {
        cache.index = CacheIndex::per_token;
        cache.token_stride = stride;
      }
      options.cos_sin = &cache;
    }
  }

  Storage src(c, hd, c.in_dtype);
  src.fill(c.seed);
  const std::vector<unsigned char> src_before = src.snapshot();
  auto prepare = [&](Storage& s) {
    if (c.in_place)
      s.fill(c.seed);
    else
      s.fill_canary();
  };
  Storage want(c, hd, c.out_dtype);
  prepare(want);
  const std::vector<unsigned char> before = want.snapshot();
  const Status ref =
      reference_apply(rope, c.in_place ? want.q : src.q, want.q,
                      c.in_place ? want.k : src.k, want.k, positions, options);
  const std::vector<unsigned char> w = want.snapshot();
  const double att = std::max(1.0, std::fabs(rope.attention_factor()));
  const size_t osize = dtype_size(c.out_dtype), isize = dtype_size(c.in_dtype);

  for (const IsaInfo& isa : supported_isas()) {
    if (!select_isa(isa.name).ok()) fail("select_isa", isa.name);
    Storage got(c, hd, c.out_dtype);
    prepare(got);
    ApplyOptions o = options;
    const char* ran = nullptr;
    o.isa_used = &ran;
    const Status st =
        rope.apply(c.in_place ? got.q : src.q, got.q,
                   c.in_place ? got.k : src.k, got.k, positions, o);
    if (st.code() != ref.code()) {
      fail(
          "status differs from the reference",
          std::string(isa.name) + ": " + st.message() + " vs " + ref.message());
    }
    if (!got.guards_intact() || src.snapshot() != src_before)
      fail("wrote outside the outputs", isa.name);
    const std::vector<unsigned char> g = got.snapshot();
    if (!st.ok()) {
      if (g != before) fail("an error call wrote", st.message());
      continue;
    }
    if (ran == nullptr || std::string(ran) != isa.name)
      fail("another kernel ran", isa.name);
    std::vector<bool> checked(g.size(), false);
    const Storage& in_storage = c.in_place ? got : src;
    const std::vector<unsigned char>& in_bytes =
        c.in_place ? before : src_before;
    for (int which = 0; which < 2; ++which) {
      const Tensor& gv = which ? got.k : got.q;
      const Tensor& sv = which ? in_storage.k : in_storage.q;
      for (int64_t t = 0; t < gv.tokens; ++t) {
        for (int64_t h = 0; h < gv.heads; ++h) {
          const unsigned char* row =
              static_cast<const unsigned char*>(gv.data) +
              (t * gv.token_stride + h * gv.head_stride) * osize;
          const unsigned char* in_row =
              static_cast<const unsigned char*>(sv.data) +
              (t * sv.token_stride + h * sv.head_stride) * isize;
          for (int64_t j = 0; j < hd; ++j) {
            const size_t o_idx = got.locate(row + j * osize);
            for (size_t b = 0; b < osize; ++b) checked[o_idx + b] = true;
            if (std::memcmp(&g[o_idx], &w[o_idx], osize) == 0) continue;
            const bool through = j < off || j >= off + rd;
            if (through && c.in_dtype == c.out_dtype)
              fail("pass-through differs", isa.name);
            const double y = load(c.out_dtype, &g[o_idx]),
                         r = load(c.out_dtype, &w[o_idx]);
            double xa, xb;
            if (through) {
              xa = load(c.in_dtype,
                        &in_bytes[in_storage.locate(in_row + j * isize)]);
              xb = 0.0;
            } else {
              const int64_t jr = j - off;
              const int64_t partner =
                  off + (interleaved
                             ? (jr ^ 1)
                             : (jr < rd / 2 ? jr + rd / 2 : jr - rd / 2));
              xa = load(c.in_dtype,
                        &in_bytes[in_storage.locate(in_row + j * isize)]);
              xb = load(c.in_dtype,
                        &in_bytes[in_storage.locate(in_row + partner * isize)]);
            }
            const double tol =
                (through ? 0.0
                         : (std::fabs(xa) + std::fabs(xb)) * att / (1 << 21)) +
                ulp(c.out_dtype, r);
            if (!(std::fabs(y - r) <= tol)) {
              fail("value beyond tolerance",
                   std::string(isa.name) + " " + dtype_name(c.in_dtype) + "->" +
                       dtype_name(c.out_dtype) + " t=" + std::to_string(t) +
                       " h=" + std::to_string(h) + " j=" + std::to_string(j) +
                       " got " + std::to_string(y) + " want " +
                       std::to_string(r) + " x " + std::to_string(xa) + " " +
                       std::to_string(xb));
            }
          }
        }
      }
    }
    for (size_t i = 0; i < g.size(); ++i) {
      if (!checked[i] && g[i] != w[i])
        fail("wrote outside the views", isa.name);
    }
    check_append(rope, c, src, got, positions, o, isa.name);
    check_qk_norm(rope, c, src, positions, o, isa.name);
  }
  select_isa("auto");
}

}  // namespace
}  // namespace fuzz
}  // namespace rotary

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  rotary::fuzz::run(data, size);
  return 0;
}
