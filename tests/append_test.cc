// Rope::apply_append (fused RoPE + KV-cache append) against its parts done
// one by one: q as apply() rotates it, k as apply() out of place into a
// tensor of the cache dtype writes it (bytes equal) and within tolerance of
// reference_apply, v converted element by element with the scalar
// conversions; each placed at its token's slot by this file's own store.
// Every case runs on every ISA this CPU supports. Bad arguments must name
// themselves and leave every buffer as it was.
#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>
#include <random>
#include <string>
#include <tuple>
#include <vector>

#include "gtest/gtest.h"
#include "rotary/rotary.h"
#include "rotary/rotary.hpp"
#include "tests/test_util.h"

namespace rotary {
namespace test {
namespace {

size_t esize(DType d) { return d == DType::f32 ? 4 : 2; }

// The bits of v in `dtype` (16-bit: rounded to nearest-even).
uint32_t bits_of(float v, DType dtype) {
  switch (dtype) {
    case DType::f32: {
      uint32_t b;
      std::memcpy(&b, &v, 4);
      return b;
    }
    case DType::f16:
      return to_f16(v).bits;
    case DType::bf16:
      return to_bf16(v).bits;
  }
  return 0;
}

float float_of(uint32_t bits, DType dtype) {
  switch (dtype) {
    case DType::f32: {
      float v;
      std::memcpy(&v, &bits, 4);
      return v;
    }
    case DType::f16:
      return to_float(f16{static_cast<uint16_t>(bits)});
    case DType::bf16:
      return to_float(bf16{static_cast<uint16_t>(bits)});
  }
  return 0.0f;
}

// Elements of one dtype with kGuard canary elements on each side; every
// byte starts as 0xA5 (a finite value in each dtype).
struct Buf {
  static constexpr size_t kGuard = 32;
  DType dtype;
  size_t n;
  std::vector<uint8_t> bytes;
  Buf(DType d, size_t count)
      : dtype(d), n(count), bytes((count + 2 * kGuard) * esize(d), 0xA5) {}
  void* data() { return bytes.data() + kGuard * esize(dtype); }
  const void* data() const { return bytes.data() + kGuard * esize(dtype); }
  uint8_t* at(size_t i) {
    return static_cast<uint8_t*>(data()) + i * esize(dtype);
  }
  uint32_t bits(size_t i) const {
    uint32_t b = 0;
    const uint8_t* p = static_cast<const uint8_t*>(data()) + i * esize(dtype);
    if (dtype == DType::f32) {
      std::memcpy(&b, p, 4);
    } else {
      uint16_t h;
      std::memcpy(&h, p, 2);
      b = h;
    }
    return b;
  }
  void set_bits(size_t i, uint32_t b) {
    if (dtype == DType::f32) {
      std::memcpy(at(i), &b, 4);
    } else {
      const uint16_t h = static_cast<uint16_t>(b);
      std::memcpy(at(i), &h, 2);
    }
  }
  float value(size_t i) const { return float_of(bits(i), dtype); }
  void fill_random(uint32_t seed) {
    std::mt19937 rng(seed);
    std::uniform_real_distribution<float> u(-2.0f, 2.0f);
    for (size_t i = 0; i < n; ++i) set_bits(i, bits_of(u(rng), dtype));
  }
};

struct AppendCase {
  Pairing pairing = Pairing::half_split;
  DType k_in = DType::f32, k_cache = DType::f32;
  DType v_in = DType::f32, v_cache = DType::f32;
  CacheLayout layout = CacheLayout::nhd;
  int64_t head_dim = 64;
  int64_t q_heads = 4;  // 0: q absent
  int64_t kv_heads = 2;
  int64_t tokens = 7;
  int64_t slots = 40;
  int64_t max_positions = 1024;  // 0: rows on the fly
  // q, k and v heads of a token side by side in one buffer of k_in (q and
  // v then have k_in's dtype).
  bool packed = false;
  bool q_out_of_place = false;
  DType q_out = DType::f32;           // out of place only
  bool k_bhsd = false;                // k as [heads][tokens][head_dim]
  bool no_v = false;                  // k-only cache (cache.v null)
  std::vector<int64_t> slot_mapping;  // empty: scattered, token 2 skipped
  ApplyOptions options;
  uint32_t seed = 1;

  std::string describe() const {
    return std::string(pairing == Pairing::half_split ? "half_split"
                                                      : "interleaved") +
           " k " + dtype_name(k_in) + "->" + dtype_name(k_cache) + " v " +
           dtype_name(v_in) + "->" + dtype_name(v_cache) +
           (layout == CacheLayout::nhd ? " nhd" : " hnd") + " tokens " +
           std::to_string(tokens) + " q_heads " + std::to_string(q_heads) +
           " kv_heads " + std::to_string(kv_heads) + (packed ? " packed" : "") +
           (q_out_of_place ? " q_out" : "") + (k_bhsd ? " k_bhsd" : "") +
           (no_v ? " no_v" : "") + " max_positions " +
           std::to_string(max_positions);
  }
};

std::vector<int64_t> slots_of(const AppendCase& c) {
  if (!c.slot_mapping.empty()) return c.slot_mapping;
  std::vector<int64_t> s(static_cast<size_t>(c.tokens));
  // Distinct and out of order: 7 is prime to the slot counts used.
  for (int64_t t = 0; t < c.tokens; ++t) s[t] = (t * 7 + 3) % c.slots;
  if (c.tokens > 2) s[2] = -1;
  return s;
}

// Element offset of (slot, head) in a cache of the case's layout.
int64_t cache_offset(const AppendCase& c, int64_t slot, int64_t h) {
  return c.layout == CacheLayout::nhd ? (slot * c.kv_heads + h) * c.head_dim
                                      : (h * c.slots + slot) * c.head_dim;
}

// One Rope per spec for the whole binary: a table's rows are the same
// whichever ISA filled them (correctly rounded), and filling a 1024-row
// table per case is most of the suite's time under an emulator.
Rope make_rope(const AppendCase& c) {
  static std::map<std::tuple<int64_t, Pairing, int64_t>, Rope> ropes;
  const auto key = std::make_tuple(c.head_dim, c.pairing, c.max_positions);
  const auto it = ropes.find(key);
  if (it != ropes.end()) return it->second;
  RopeSpec spec;
  spec.head_dim = c.head_dim;
  spec.pairing = c.pairing;
  spec.max_positions = c.max_positions;
  Rope rope;
  EXPECT_TRUE(Rope::create(spec, &rope).ok());
  ropes.emplace(key, rope);
  return rope;
}

// The index of the entry j is rotated with (rotary_dim = head_dim).
int64_t partner(Pairing pairing, int64_t head_dim, int64_t j) {
  if (pairing == Pairing::interleaved) return j ^ 1;
  const int64_t half = head_dim / 2;
  return j < half ? j + half : j - half;
}

// Runs one case on the active ISA; failures through gtest.
void run_case(const AppendCase& c) {
  SCOPED_TRACE(c.describe());
  const Rope rope = make_rope(c);
  const int64_t hd = c.head_dim, T = c.tokens, qh = c.q_heads, kvh = c.kv_heads;
  std::vector<int32_t> pos(static_cast<size_t>(T));
  std::mt19937 rng(c.seed);
  for (auto& p : pos) p = static_cast<int32_t>(rng() % 1000);
  const Positions positions(pos.data(), T);
  const std::vector<int64_t> slots = slots_of(c);
  const int64_t begin = c.options.token_begin;
  const int64_t end = c.options.token_end < 0 ? T : c.options.token_end;

  // Inputs: one packed buffer, or q, k and v buffers.
  const DType q_dtype = c.k_in;
  const DType v_dtype = c.packed ? c.k_in : c.v_in;
  const int64_t row = (qh + 2 * kvh) * hd;
  Buf packed(c.k_in, c.packed ? static_cast<size_t>(T * row) : 0);
  Buf qb(q_dtype, c.packed ? 0 : static_cast<size_t>(T * qh * hd));
  Buf kb(c.k_in, c.packed ? 0 : static_cast<size_t>(T * kvh * hd));
  Buf vb(v_dtype, c.packed ? 0 : static_cast<size_t>(T * kvh * hd));
  packed.fill_random(c.seed + 1);
  qb.fill_random(c.seed + 2);
  kb.fill_random(c.seed + 3);
  vb.fill_random(c.seed + 4);
  Tensor q;
  ConstTensor k, v;
  if (c.packed) {
    const size_t es = esize(c.k_in);
    uint8_t* base = static_cast<uint8_t*>(packed.data());
    q = Tensor{base, q_dtype, T, qh, row, hd};
    k = ConstTensor(base + qh * hd * es, c.k_in, T, kvh, row, hd);
    v = ConstTensor(base + (qh + kvh) * hd * es, v_dtype, T, kvh, row, hd);
  } else {
    q = Tensor{qb.data(), q_dtype, T, qh, qh * hd, hd};
    k = c.k_bhsd ? ConstTensor(kb.data(), c.k_in, T, kvh, hd, T * hd)
                 : ConstTensor(kb.data(), c.k_in, T, kvh, kvh * hd, hd);
    v = ConstTensor(vb.data(), v_dtype, T, kvh, kvh * hd, hd);
  }
  if (qh == 0) q = Tensor();
  if (c.no_v) v = ConstTensor();
  Buf q_out(c.q_out, c.q_out_of_place ? static_cast<size_t>(T * qh * hd) : 0);
  const Tensor q_out_view =
      c.q_out_of_place ? Tensor{q_out.data(), c.q_out, T, qh, qh * hd, hd} : q;

  // What the separate passes give: q by apply(), k by apply() out of place
  // into the cache dtype, then stored at the slots here, v converted here.
  Buf packed_want = packed, qb_want = qb, q_out_want = q_out;
  {
    Tensor qw = q;
    if (qh > 0 && !c.q_out_of_place) {
      qw.data = c.packed ? packed_want.data() : qb_want.data();
    }
    Tensor qo = c.q_out_of_place ? q_out_view : qw;
    if (c.q_out_of_place) qo.data = q_out_want.data();
    if (qh > 0) {
      // In the packed case the q heads of packed_want are rotated in place
      // (the k and v heads it holds are only read).
      ASSERT_TRUE(rope.apply(ConstTensor(qw), qo, ConstTensor(), Tensor(),
                             positions, c.options)
                      .ok());
    }
  }
  Buf k_rot(c.k_cache, static_cast<size_t>(T * kvh * hd));
  ASSERT_TRUE(rope.apply(ConstTensor(), Tensor(), k,
                         Tensor{k_rot.data(), c.k_cache, T, kvh, kvh * hd, hd},
                         positions, c.options)
                  .ok());
  const size_t cache_elems = static_cast<size_t>(c.slots * kvh * hd);
  Buf kc(c.k_cache, cache_elems), vc(c.v_cache, cache_elems);
  Buf kc_want = kc, vc_want = vc;
  const auto in_elem = [&](const ConstTensor& x, int64_t t, int64_t h,
                           int64_t j) {
    const size_t off =
        static_cast<size_t>(t * x.token_stride + h * x.head_stride + j);
    return static_cast<const uint8_t*>(x.data) + off * esize(x.dtype);
  };
  const auto in_bits = [&](const ConstTensor& x, int64_t t, int64_t h,
                           int64_t j) {
    uint32_t b = 0;
    if (x.dtype == DType::f32) {
      std::memcpy(&b, in_elem(x, t, h, j), 4);
    } else {
      uint16_t s;
      std::memcpy(&s, in_elem(x, t, h, j), 2);
      b = s;
    }
    return b;
  };
  for (int64_t t = begin; t < end; ++t) {
    if (slots[t] < 0) continue;
    for (int64_t h = 0; h < kvh; ++h) {
      const int64_t o = cache_offset(c, slots[t], h);
      for (int64_t j = 0; j < hd; ++j) {
        kc_want.set_bits(o + j, k_rot.bits((t * kvh + h) * hd + j));
        if (c.no_v) continue;
        const uint32_t b = in_bits(v, t, h, j);
        vc_want.set_bits(o + j, v.dtype == c.v_cache
                                    ? b
                                    : bits_of(float_of(b, v.dtype), c.v_cache));
      }
    }
  }

  // The fused call.
  KVCache cache;
  cache.k = kc.data();
  cache.v = c.no_v ? nullptr : vc.data();
  cache.k_dtype = static_cast<CacheDType>(c.k_cache);
  cache.v_dtype = static_cast<CacheDType>(c.v_cache);
  cache.layout = c.layout;
  cache.slots = c.slots;
  cache.kv_heads = kvh;
  cache.head_dim = hd;
  cache.slot_mapping = slots.data();
  const Buf kb_before = kb, vb_before = vb;
  const Status st = rope.apply_append(ConstTensor(q), q_out_view, k, v,
                                      positions, cache, c.options);
  ASSERT_TRUE(st.ok()) << st.message();
  EXPECT_TRUE(packed.bytes == packed_want.bytes) << "packed q/k/v";
  EXPECT_TRUE(qb.bytes == qb_want.bytes) << "q";
  EXPECT_TRUE(q_out.bytes == q_out_want.bytes) << "q_out";
  EXPECT_TRUE(kb.bytes == kb_before.bytes) << "k input written";
  EXPECT_TRUE(vb.bytes == vb_before.bytes) << "v input written";
  EXPECT_TRUE(kc.bytes == kc_want.bytes)
      << "k cache differs from apply() out of place, stored at the slots";
  EXPECT_TRUE(vc.bytes == vc_want.bytes) << "v cache";

  // k against the double-precision reference, converted once to the cache
  // dtype.
  Buf k_ref(c.k_cache, static_cast<size_t>(T * kvh * hd));
  ASSERT_TRUE(
      reference_apply(rope, ConstTensor(), Tensor(), k,
                      Tensor{k_ref.data(), c.k_cache, T, kvh, kvh * hd, hd},
                      positions, c.options)
          .ok());
  int failures = 0;
  for (int64_t t = begin; t < end; ++t) {
    if (slots[t] < 0) continue;
    for (int64_t h = 0; h < kvh; ++h) {
      const int64_t o = cache_offset(c, slots[t], h);
      for (int64_t j = 0; j < hd; ++j) {
        const float xa = float_of(in_bits(k, t, h, j), k.dtype);
        const float xb =
            float_of(in_bits(k, t, h, partner(c.pairing, hd, j)), k.dtype);
        if (!close_enough(c.k_cache, kc.bits(o + j),
                          k_ref.bits((t * kvh + h) * hd + j), xa, xb) &&
            failures++ < 8) {
          ADD_FAILURE() << "k t=" << t << " h=" << h << " j=" << j << " got "
                        << kc.value(o + j) << " want "
                        << k_ref.value((t * kvh + h) * hd + j);
        }
      }
    }
  }
}

// Runs `body` once per ISA this CPU supports, each selected in turn.
template <class Body>
void on_every_isa(Body body) {
  for (const IsaInfo& isa : supported_isas()) {
    SCOPED_TRACE(isa.name);
    ASSERT_TRUE(select_isa(isa.name).ok());
    body();
  }
  ASSERT_TRUE(select_isa("auto").ok());
}

constexpr DType kDTypes[] = {DType::f32, DType::f16, DType::bf16};

TEST(Append, EveryDtypePairLayoutAndPairing) {
  on_every_isa([] {
    for (Pairing pairing : {Pairing::half_split, Pairing::interleaved}) {
      for (CacheLayout layout : {CacheLayout::nhd, CacheLayout::hnd}) {
        int i = 0;
        for (DType k_in : kDTypes) {
          for (DType k_cache : kDTypes) {
            AppendCase c;
            c.pairing = pairing;
            c.layout = layout;
            c.k_in = k_in;
            c.k_cache = k_cache;
            // Every v pair too, over the k pairs.
            c.v_in = kDTypes[i % 3];
            c.v_cache = kDTypes[(i / 3 + 1) % 3];
            c.seed = static_cast<uint32_t>(++i);
            run_case(c);
          }
        }
      }
    }
  });
}

TEST(Append, DecodeOneToken) {
  on_every_isa([] {
    for (int64_t max_positions : {int64_t{1024}, int64_t{0}}) {
      for (Pairing pairing : {Pairing::half_split, Pairing::interleaved}) {
        for (int64_t slot : {int64_t{17}, int64_t{-1}}) {
          AppendCase c;
          c.tokens = 1;
          c.q_heads = 8;
          c.kv_heads = 1;  // MQA
          c.max_positions = max_positions;
          c.pairing = pairing;
          c.k_cache = DType::bf16;
          c.v_cache = DType::f16;
          c.slot_mapping = {slot};
          run_case(c);
        }
      }
    }
  });
}

TEST(Append, PrefillOnTheFlyRowsAndThreads) {
  for (Threading threading : {Threading::serial, Threading::automatic}) {
    AppendCase c;
    c.tokens = 300;
    c.slots = 1009;  // prime: the default slots stay distinct
    c.q_heads = 8;
    c.kv_heads = 4;
    c.head_dim = 128;
    c.max_positions = 0;
    c.k_in = DType::bf16;
    c.k_cache = DType::f16;
    c.v_in = DType::bf16;
    c.v_cache = DType::bf16;
    c.options.threading = threading;
    run_case(c);
  }
}

// vLLM's paged cache [blocks][block_size][kv_heads][head_dim]: slots of
// blocks far apart, out of order, some tokens skipped.
TEST(Append, PagedCacheScatteredSlots) {
  on_every_isa([] {
    const int64_t block_size = 16, blocks = 8;
    AppendCase c;
    c.slots = blocks * block_size;
    c.tokens = 6;
    c.slot_mapping = {5 * block_size + 3, 1 * block_size + 15, -1,
                      7 * block_size + 0, 0 * block_size + 1,  -1};
    c.k_in = DType::bf16;
    c.k_cache = DType::bf16;
    c.v_in = DType::bf16;
    c.v_cache = DType::bf16;
    run_case(c);
  });
}

TEST(Append, SkippedTokensLeaveTheCachesAlone) {
  AppendCase c;
  c.tokens = 4;
  c.slot_mapping = {-1, -1, -1, -1};
  run_case(c);  // caches compared byte for byte with their canaries
}

TEST(Append, PackedQkvSlices) {
  on_every_isa([] {
    for (DType dtype : kDTypes) {
      AppendCase c;
      c.packed = true;
      c.k_in = dtype;
      c.k_cache = DType::f16;
      c.v_cache = DType::f32;
      c.layout = CacheLayout::hnd;
      run_case(c);
    }
  });
}

TEST(Append, QOutOfPlaceKBhsdQAbsentKOnly) {
  on_every_isa([] {
    AppendCase c;
    c.q_out_of_place = true;
    c.k_in = DType::f16;
    c.q_out = DType::bf16;
    c.k_cache = DType::f32;
    run_case(c);
    AppendCase b;
    b.k_bhsd = true;
    b.layout = CacheLayout::hnd;
    b.tokens = 20;
    run_case(b);
    AppendCase a;
    a.q_heads = 0;
    a.no_v = true;
    run_case(a);
  });
}

TEST(Append, TokenRangeAndBackward) {
  AppendCase c;
  c.tokens = 9;
  c.options.token_begin = 3;
  c.options.token_end = 7;
  c.options.direction = Direction::backward;
  run_case(c);
}

// vLLM's packed cos_sin_cache instead of the plan's rows.
TEST(Append, CallerCosSinCache) {
  std::vector<float> cs(1000 * 64);
  std::mt19937 rng(5);
  std::uniform_real_distribution<float> u(-1.0f, 1.0f);
  for (float& x : cs) x = u(rng);
  const CosSinCache cache = CosSinCache::packed(cs.data(), 1000, 64);
  for (Pairing pairing : {Pairing::half_split, Pairing::interleaved}) {
    AppendCase c;
    c.pairing = pairing;
    c.k_cache = DType::bf16;
    c.options.cos_sin = &cache;
    run_case(c);
  }
}

// ------------------------------------------------------------------ int8 ---

// The int8 format as rotary.hpp states it (CacheDType::int8), for one head.
void quantize_ref(const std::vector<float>& x, int8_t* q, float* scale) {
  float max = 0.0f;
  for (float v : x) max = std::max(max, std::fabs(v));
  const float s = max / 127.0f;
  *scale = s;
  for (size_t i = 0; i < x.size(); ++i) {
    if (s == 0.0f) {
      q[i] = 0;
      continue;
    }
    const float r = std::nearbyint(x[i] / s);
    q[i] = static_cast<int8_t>(std::min(127.0f, std::max(-127.0f, r)));
  }
}

// int8 k and v caches: k quantized from exactly what apply() writes into an
// f32 tensor, v from its own values; scales at each head's index; skipped
// tokens and guards untouched; k within half a step of the reference.
void run_int8_case(Pairing pairing, CacheLayout layout, DType k_in, DType v_in,
                   int64_t head_dim, int64_t tokens) {
  SCOPED_TRACE(std::string(dtype_name(k_in)) + "/" + dtype_name(v_in) +
               " head_dim " + std::to_string(head_dim) + " tokens " +
               std::to_string(tokens) +
               (layout == CacheLayout::nhd ? " nhd " : " hnd ") +
               (pairing == Pairing::half_split ? "half_split" : "interleaved"));
  AppendCase c;
  c.pairing = pairing;
  c.head_dim = head_dim;
  c.tokens = tokens;
  c.layout = layout;
  const Rope rope = make_rope(c);
  const int64_t hd = head_dim, kvh = c.kv_heads, T = tokens;
  std::vector<int32_t> pos(static_cast<size_t>(T));
  for (int64_t t = 0; t < T; ++t) pos[t] = static_cast<int32_t>(t * 37 % 1000);
  const Positions positions(pos.data(), T);
  const std::vector<int64_t> slots = slots_of(c);
  Buf q(DType::f32, T * 4 * hd), k(k_in, T * kvh * hd), v(v_in, T * kvh * hd);
  q.fill_random(1);
  k.fill_random(2);
  v.fill_random(3);
  // One head of v all zeros: scale 0.
  for (int64_t j = 0; j < hd; ++j) v.set_bits(hd + j, bits_of(0.0f, v_in));
  const ConstTensor kv(k.data(), k_in, T, kvh, kvh * hd, hd);
  const ConstTensor vv(v.data(), v_in, T, kvh, kvh * hd, hd);
  const size_t n = static_cast<size_t>(c.slots * kvh * hd);
  const size_t heads = static_cast<size_t>(c.slots * kvh);
  const size_t guard = 64;
  std::vector<int8_t> kc(n + 2 * guard, 0x5A), vc(n + 2 * guard, 0x5A);
  std::vector<float> ks(heads + 2 * guard, -3.0f), vs(heads + 2 * guard, -3.0f);
  std::vector<int8_t> kc_want = kc, vc_want = vc;
  std::vector<float> ks_want = ks, vs_want = vs;
  // k rotated into f32 by apply().
  Buf kr(DType::f32, T * kvh * hd);
  ASSERT_TRUE(rope.apply(ConstTensor(), Tensor(), kv,
                         Tensor{kr.data(), DType::f32, T, kvh, kvh * hd, hd},
                         positions)
                  .ok());
  for (int64_t t = 0; t < T; ++t) {
    if (slots[t] < 0) continue;
    for (int64_t h = 0; h < kvh; ++h) {
      const int64_t o = cache_offset(c, slots[t], h);
      std::vector<float> kx(hd), vx(hd);
      for (int64_t j = 0; j < hd; ++j) {
        kx[j] = kr.value((t * kvh + h) * hd + j);
        vx[j] = v.value((t * kvh + h) * hd + j);
      }
      quantize_ref(kx, &kc_want[guard + o], &ks_want[guard + o / hd]);
      quantize_ref(vx, &vc_want[guard + o], &vs_want[guard + o / hd]);
    }
  }
  KVCache cache;
  cache.k = kc.data() + guard;
  cache.v = vc.data() + guard;
  cache.k_dtype = cache.v_dtype = CacheDType::int8;
  cache.k_scale = ks.data() + guard;
  cache.v_scale = vs.data() + guard;
  cache.layout = layout;
  cache.slots = c.slots;
  cache.kv_heads = kvh;
  cache.head_dim = hd;
  cache.slot_mapping = slots.data();
  const Status st = rope.apply_append(
      Tensor{q.data(), DType::f32, T, 4, 4 * hd, hd}, kv, vv, positions, cache);
  ASSERT_TRUE(st.ok()) << st.message();
  EXPECT_TRUE(kc == kc_want) << "k cache";
  EXPECT_TRUE(vc == vc_want) << "v cache";
  EXPECT_TRUE(ks == ks_want) << "k scales";
  EXPECT_TRUE(vs == vs_want) << "v scales";
  // Dequantized k against the double-precision reference: within half a
  // quantization step and the f32 rotation's error.
  Buf ref(DType::f32, T * kvh * hd);
  ASSERT_TRUE(
      reference_apply(rope, ConstTensor(), Tensor(), kv,
                      Tensor{ref.data(), DType::f32, T, kvh, kvh * hd, hd},
                      positions)
          .ok());
  int failures = 0;
  for (int64_t t = 0; t < T; ++t) {
    if (slots[t] < 0) continue;
    for (int64_t h = 0; h < kvh; ++h) {
      const int64_t o = cache_offset(c, slots[t], h);
      const float s = ks[guard + o / hd];
      for (int64_t j = 0; j < hd; ++j) {
        const double got = kc[guard + o + j] * static_cast<double>(s);
        const double want = ref.value((t * kvh + h) * hd + j);
        if (std::fabs(got - want) > 0.5 * s + 1e-5 && failures++ < 8) {
          ADD_FAILURE() << "k t=" << t << " h=" << h << " j=" << j << " got "
                        << got << " want " << want << " scale " << s;
        }
      }
    }
  }
}

TEST(Append, Int8Caches) {
  on_every_isa([] {
    for (Pairing pairing : {Pairing::half_split, Pairing::interleaved}) {
      for (CacheLayout layout : {CacheLayout::nhd, CacheLayout::hnd}) {
        for (DType in : kDTypes) {
          run_int8_case(pairing, layout, in,
                        kDTypes[(static_cast<int>(in) + 1) % 3], 64, 7);
        }
        // A head_dim leaving a scalar tail after whole vectors; decode.
        run_int8_case(pairing, layout, DType::bf16, DType::f32, 36, 1);
        run_int8_case(pairing, layout, DType::f32, DType::f16, 36, 5);
      }
    }
  });
}

// ------------------------------------------------------------ bad input ---

struct Fixture {
  static constexpr int64_t kHd = 32, kT = 4, kQh = 4, kKvh = 2, kSlots = 8;
  Rope rope;
  Buf q{DType::f32, kT* kQh* kHd};
  Buf k{DType::bf16, kT* kKvh* kHd};
  Buf v{DType::f16, kT* kKvh* kHd};
  Buf caches{DType::f32, 2 * kSlots* kKvh* kHd};  // k then v
  std::vector<int64_t> slots{3, 0, -1, 6};
  std::vector<int32_t> pos{1, 2, 3, 4};
  Tensor qv;
  ConstTensor kv, vv;
  KVCache cache;

  Fixture() {
    RopeSpec spec;
    spec.head_dim = kHd;
    spec.max_positions = 16;
    EXPECT_TRUE(Rope::create(spec, &rope).ok());
    q.fill_random(1);
    k.fill_random(2);
    v.fill_random(3);
    qv = Tensor{q.data(), DType::f32, kT, kQh, kQh * kHd, kHd};
    kv = ConstTensor(k.data(), DType::bf16, kT, kKvh, kKvh * kHd, kHd);
    vv = ConstTensor(v.data(), DType::f16, kT, kKvh, kKvh * kHd, kHd);
    cache.k = caches.data();
    cache.v = caches.at(kSlots * kKvh * kHd);
    cache.k_dtype = CacheDType::f32;
    cache.v_dtype = CacheDType::f32;
    cache.slots = kSlots;
    cache.kv_heads = kKvh;
    cache.head_dim = kHd;
    cache.slot_mapping = slots.data();
  }
  Status call() {
    return rope.apply_append(qv, kv, vv, Positions(pos.data(), kT), cache);
  }
};

TEST(AppendBadInput, NamedAndNothingWritten) {
  struct Bad {
    const char* what;  // a part of the expected message
    void (*mutate)(Fixture&);
    Code code = Code::invalid_argument;
  };
  const Bad bad[] = {
      {"cache.slot_mapping[1] = 8 is outside [-1, cache.slots = 8)",
       [](Fixture& f) { f.slots[1] = 8; }},
      {"cache.slot_mapping[0] = -2", [](Fixture& f) { f.slots[0] = -2; }},
      {"slot 6 is given to tokens 0 and 3", [](Fixture& f) { f.slots[0] = 6; }},
      {"cache.slot_mapping is null",
       [](Fixture& f) { f.cache.slot_mapping = nullptr; }},
      // A cache too small for the slots used.
      {"cache.slot_mapping[3] = 6 is outside [-1, cache.slots = 5)",
       [](Fixture& f) { f.cache.slots = 5; }},
      {"cache.k is null", [](Fixture& f) { f.cache.k = nullptr; }},
      {"cache.v is null but v is present",
       [](Fixture& f) { f.cache.v = nullptr; }},
      {"cache.v is set but v is absent",
       [](Fixture& f) { f.vv = ConstTensor(); }},
      {"cache.k_dtype (7) is not a CacheDType value",
       [](Fixture& f) { f.cache.k_dtype = static_cast<CacheDType>(7); }},
      {"cache.v_dtype (9) is not a CacheDType value",
       [](Fixture& f) { f.cache.v_dtype = static_cast<CacheDType>(9); }},
      {"cache.k_scale is null (int8 cache)",
       [](Fixture& f) { f.cache.k_dtype = CacheDType::int8; }},
      // The k scales in the v cache's first elements.
      {"cache.k_scale and cache.v overlap",
       [](Fixture& f) {
         f.cache.k_dtype = CacheDType::int8;
         f.cache.k_scale = static_cast<float*>(f.cache.v);
       }},
      {"cache.v_scale overlaps q_in",
       [](Fixture& f) {
         f.cache.v_dtype = CacheDType::int8;
         f.cache.v_scale = static_cast<float*>(f.q.data());
       }},
      {"cache.layout is not a CacheLayout value",
       [](Fixture& f) { f.cache.layout = static_cast<CacheLayout>(5); }},
      {"cache.kv_heads (3) != k.heads (2)",
       [](Fixture& f) { f.cache.kv_heads = 3; }},
      {"cache.head_dim (16) != the spec's head_dim (32)",
       [](Fixture& f) { f.cache.head_dim = 16; }},
      {"v.heads (1) != cache.kv_heads (2)", [](Fixture& f) { f.vv.heads = 1; }},
      {"v is 1 x 3 (batch x tokens) but k is 1 x 4",
       [](Fixture& f) { f.vv.tokens = 3; }},
      {"v.data is null", [](Fixture& f) { f.vv.data = nullptr; }},
      {"k is absent", [](Fixture& f) { f.kv = ConstTensor(); }},
      {"k.tokens (3) != positions.count (4)",
       [](Fixture& f) { f.kv.tokens = 3; }},
      {"cache.k and cache.v overlap",
       [](Fixture& f) {
         f.cache.v =
             f.caches.at(Fixture::kSlots * Fixture::kKvh * Fixture::kHd / 2);
       }},
      {"cache.k overlaps q_in", [](Fixture& f) { f.cache.k = f.q.data(); }},
      {"cache.v overlaps q_in",
       [](Fixture& f) {
         f.cache.v = f.q.data();
         f.cache.v_dtype = CacheDType::f32;
       }},
      // Two slots: the cache lies within the tensor's own buffer.
      {"cache.k overlaps k",
       [](Fixture& f) {
         f.cache.k = f.k.data();
         f.cache.k_dtype = CacheDType::bf16;
         f.cache.slots = 2;
       }},
      {"cache.v overlaps v",
       [](Fixture& f) {
         f.cache.v = f.v.data();
         f.cache.v_dtype = CacheDType::f16;
         f.cache.slots = 2;
       }},
      {"is outside the cos/sin table", [](Fixture& f) { f.pos[2] = 16; },
       Code::position_out_of_range},
      // The slot mapping inside the k cache (its first elements).
      {"cache.k overlaps cache.slot_mapping",
       [](Fixture& f) {
         std::memcpy(f.cache.k, f.slots.data(), f.slots.size() * 8);
         f.cache.slot_mapping = static_cast<const int64_t*>(f.cache.k);
       }},
  };
  for (const Bad& b : bad) {
    SCOPED_TRACE(b.what);
    Fixture f;
    b.mutate(f);
    const Buf q0 = f.q, k0 = f.k, v0 = f.v, c0 = f.caches;
    const Status st = f.call();
    EXPECT_EQ(st.code(), b.code);
    EXPECT_NE(st.message().find(b.what), std::string::npos) << st.message();
    EXPECT_TRUE(f.q.bytes == q0.bytes) << "q written";
    EXPECT_TRUE(f.k.bytes == k0.bytes) << "k written";
    EXPECT_TRUE(f.v.bytes == v0.bytes) << "v written";
    EXPECT_TRUE(f.caches.bytes == c0.bytes) << "cache written";
  }
  // The fixture itself is valid.
  Fixture f;
  const Status st = f.call();
  EXPECT_TRUE(st.ok()) << st.message();
}

// A long call's slots are checked by sorting them: the same message.
TEST(AppendBadInput, RepeatedSlotInAPrefill) {
  RopeSpec spec;
  spec.head_dim = 32;
  Rope rope;
  ASSERT_TRUE(Rope::create(spec, &rope).ok());
  const int64_t tokens = 40;
  Buf q(DType::f32, tokens * 2 * 32), k(DType::f32, tokens * 32),
      caches(DType::bf16, 2 * 64 * 32);
  q.fill_random(1);
  k.fill_random(2);
  std::vector<int64_t> slots(tokens), pos(tokens);
  for (int64_t t = 0; t < tokens; ++t) slots[t] = pos[t] = t;
  slots[37] = 5;
  KVCache cache;
  cache.k = caches.data();
  cache.v = caches.at(64 * 32);
  cache.k_dtype = cache.v_dtype = CacheDType::bf16;
  cache.slots = 64;
  cache.kv_heads = 1;
  cache.head_dim = 32;
  cache.slot_mapping = slots.data();
  const Buf q0 = q, c0 = caches;
  const ConstTensor kv(k.data(), DType::f32, tokens, 1, 32, 32);
  const Status st =
      rope.apply_append(Tensor{q.data(), DType::f32, tokens, 2, 64, 32}, kv, kv,
                        Positions(pos.data(), tokens), cache);
  EXPECT_EQ(st.code(), Code::invalid_argument);
  EXPECT_EQ(st.message(),
            "cache.slot_mapping: slot 5 is given to tokens 5 and 37");
  EXPECT_TRUE(q.bytes == q0.bytes);
  EXPECT_TRUE(caches.bytes == c0.bytes);
}

TEST(AppendBadInput, CacheOverlapsCosSin) {
  Fixture f;
  const Buf c0 = f.caches;
  // The cos/sin rows of positions up to 4 lie in the k cache.
  const CosSinCache cs = CosSinCache::packed(
      static_cast<const float*>(f.caches.data()), 16, Fixture::kHd);
  ApplyOptions options;
  options.cos_sin = &cs;
  const Status st = f.rope.apply_append(
      f.qv, f.kv, f.vv, Positions(f.pos.data(), Fixture::kT), f.cache, options);
  EXPECT_EQ(st.code(), Code::invalid_argument);
  EXPECT_NE(st.message().find("cache.k overlaps options.cos_sin.cos"),
            std::string::npos)
      << st.message();
  EXPECT_TRUE(f.caches.bytes == c0.bytes);
}

// q_out must not overlap v (q and v both slices of one buffer are fine
// when their rows do not meet: see PackedQkvSlices).
TEST(AppendBadInput, QOutOverlapsV) {
  Fixture f;
  Buf vq{DType::f32, Fixture::kT * Fixture::kQh * Fixture::kHd};
  vq.fill_random(9);
  const Buf before = vq, c0 = f.caches;
  const ConstTensor v(vq.data(), DType::f32, Fixture::kT, Fixture::kKvh,
                      Fixture::kKvh * Fixture::kHd, Fixture::kHd);
  const Tensor q_out{vq.data(),
                     DType::f32,
                     Fixture::kT,
                     Fixture::kQh,
                     Fixture::kQh * Fixture::kHd,
                     Fixture::kHd};
  const Status st =
      f.rope.apply_append(ConstTensor(f.qv), q_out, f.kv, v,
                          Positions(f.pos.data(), Fixture::kT), f.cache);
  EXPECT_EQ(st.code(), Code::invalid_argument);
  EXPECT_NE(st.message().find("q_out overlaps v"), std::string::npos)
      << st.message();
  EXPECT_TRUE(vq.bytes == before.bytes);
  EXPECT_TRUE(f.caches.bytes == c0.bytes);
}

// ----------------------------------------------------------------- C API ---

rotary_dtype c_dtype(DType d) {
  return d == DType::f32   ? ROTARY_DTYPE_F32
         : d == DType::f16 ? ROTARY_DTYPE_F16
                           : ROTARY_DTYPE_BF16;
}

rotary_tensor c_view(const ConstTensor& t) {
  rotary_tensor v;
  v.data = const_cast<void*>(t.data);
  v.dtype = c_dtype(t.dtype);
  v.tokens = t.tokens;
  v.heads = t.heads;
  v.token_stride = t.token_stride;
  v.head_stride = t.head_stride;
  return v;
}

// rotary_apply_append writes what Rope::apply_append writes, and fails
// with its status and message, writing nothing.
TEST(AppendCApi, MatchesTheCppApi) {
  for (CacheLayout layout : {CacheLayout::nhd, CacheLayout::hnd}) {
    Fixture cpp, c;
    cpp.cache.layout = c.cache.layout = layout;
    cpp.cache.v_dtype = c.cache.v_dtype = CacheDType::bf16;
    ASSERT_TRUE(cpp.call().ok());
    rotary_rope_spec spec;
    rotary_rope_spec_init(&spec);
    spec.head_dim = Fixture::kHd;
    spec.max_positions = 16;
    rotary_rope* rope = nullptr;
    ASSERT_EQ(rotary_rope_create(&spec, &rope), ROTARY_OK);
    rotary_tensor q = c_view(c.qv), k = c_view(c.kv), v = c_view(c.vv);
    const rotary_positions pos =
        rotary_positions_i32(c.pos.data(), Fixture::kT);
    rotary_kv_cache cache;
    rotary_kv_cache_init(&cache);
    cache.k = c.cache.k;
    cache.v = c.cache.v;
    cache.k_dtype = ROTARY_CACHE_F32;
    cache.v_dtype = ROTARY_CACHE_BF16;
    cache.layout =
        layout == CacheLayout::nhd ? ROTARY_CACHE_NHD : ROTARY_CACHE_HND;
    cache.slots = Fixture::kSlots;
    cache.kv_heads = Fixture::kKvh;
    cache.head_dim = Fixture::kHd;
    cache.slot_mapping = c.slots.data();
    EXPECT_EQ(
        rotary_apply_append(rope, &q, nullptr, &k, &v, &pos, &cache, nullptr),
        ROTARY_OK)
        << rotary_last_error();
    EXPECT_TRUE(c.q.bytes == cpp.q.bytes);
    EXPECT_TRUE(c.caches.bytes == cpp.caches.bytes);

    // Errors: the C++ message, nothing written.
    Fixture bad_cpp;
    bad_cpp.slots[1] = 3;  // slot 3 twice
    const Status want = bad_cpp.call();
    ASSERT_FALSE(want.ok());
    Fixture f;
    f.slots[1] = 3;
    const Buf q0 = f.q, c0 = f.caches;
    q = c_view(f.qv);
    cache.k = f.cache.k;
    cache.v = f.cache.v;
    cache.slot_mapping = f.slots.data();
    EXPECT_EQ(
        rotary_apply_append(rope, &q, nullptr, &k, &v, &pos, &cache, nullptr),
        ROTARY_INVALID_ARGUMENT);
    EXPECT_EQ(std::string(rotary_last_error()), want.message());
    rotary_kv_cache odd = cache;
    odd.struct_size = 0;
    EXPECT_EQ(
        rotary_apply_append(rope, &q, nullptr, &k, &v, &pos, &odd, nullptr),
        ROTARY_INVALID_ARGUMENT);
    EXPECT_NE(std::string(rotary_last_error()).find("cache.struct_size"),
              std::string::npos);
    odd = cache;
    odd.k_dtype = static_cast<rotary_cache_dtype>(11);
    EXPECT_EQ(
        rotary_apply_append(rope, &q, nullptr, &k, &v, &pos, &odd, nullptr),
        ROTARY_INVALID_ARGUMENT);
    EXPECT_NE(std::string(rotary_last_error())
                  .find("cache.k_dtype is not a rotary_cache_dtype value (11)"),
              std::string::npos)
        << rotary_last_error();
    EXPECT_EQ(rotary_apply_append(rope, &q, nullptr, nullptr, &v, &pos, &cache,
                                  nullptr),
              ROTARY_INVALID_ARGUMENT);
    EXPECT_STREQ(rotary_last_error(), "k is NULL");
    EXPECT_TRUE(f.q.bytes == q0.bytes);
    EXPECT_TRUE(f.caches.bytes == c0.bytes);
    rotary_rope_destroy(rope);
  }
}

// ROTARY_CACHE_INT8 with its scales: the C++ call's bytes.
TEST(AppendCApi, Int8MatchesTheCppApi) {
  Fixture cpp, c;
  std::vector<float> cpp_scales(2 * Fixture::kSlots * Fixture::kKvh, -1.0f);
  std::vector<float> c_scales = cpp_scales;
  cpp.cache.k_dtype = cpp.cache.v_dtype = CacheDType::int8;
  cpp.cache.k_scale = cpp_scales.data();
  cpp.cache.v_scale = cpp_scales.data() + Fixture::kSlots * Fixture::kKvh;
  ASSERT_TRUE(cpp.call().ok());
  rotary_rope_spec spec;
  rotary_rope_spec_init(&spec);
  spec.head_dim = Fixture::kHd;
  spec.max_positions = 16;
  rotary_rope* rope = nullptr;
  ASSERT_EQ(rotary_rope_create(&spec, &rope), ROTARY_OK);
  rotary_tensor q = c_view(c.qv), k = c_view(c.kv), v = c_view(c.vv);
  const rotary_positions pos = rotary_positions_i32(c.pos.data(), Fixture::kT);
  rotary_kv_cache cache;
  rotary_kv_cache_init(&cache);
  cache.k = c.cache.k;
  cache.v = c.cache.v;
  cache.k_dtype = cache.v_dtype = ROTARY_CACHE_INT8;
  cache.k_scale = c_scales.data();
  cache.v_scale = c_scales.data() + Fixture::kSlots * Fixture::kKvh;
  cache.slots = Fixture::kSlots;
  cache.kv_heads = Fixture::kKvh;
  cache.head_dim = Fixture::kHd;
  cache.slot_mapping = c.slots.data();
  EXPECT_EQ(
      rotary_apply_append(rope, &q, nullptr, &k, &v, &pos, &cache, nullptr),
      ROTARY_OK)
      << rotary_last_error();
  EXPECT_TRUE(c.q.bytes == cpp.q.bytes);
  EXPECT_TRUE(c.caches.bytes == cpp.caches.bytes);
  EXPECT_EQ(c_scales, cpp_scales);
  rotary_rope_destroy(rope);
}

}  // namespace
}  // namespace test
}  // namespace rotary
