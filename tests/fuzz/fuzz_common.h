// Shared pieces of the fuzz targets: decoding a random call, canary-guarded
// buffers, and a hard failure that libFuzzer reports with the input.
#ifndef ROTARY_TESTS_FUZZ_FUZZ_COMMON_H_
#define ROTARY_TESTS_FUZZ_FUZZ_COMMON_H_

#include <fuzzer/FuzzedDataProvider.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "rotary/rotary.hpp"

namespace rotary {
namespace fuzz {

[[noreturn]] inline void fail(const char* what,
                              const std::string& detail = "") {
  std::fprintf(stderr, "FUZZ FAILURE: %s %s\n", what, detail.c_str());
  std::abort();
}

constexpr unsigned char kCanary = 0xA5;

// Bytes with canary bytes around the part views may use.
struct Buffer {
  static constexpr size_t kGuard = 64;
  std::vector<unsigned char> storage;
  size_t size = 0, offset = 0;  // bytes
  Buffer(size_t bytes, size_t misalign_bytes)
      : storage(bytes + 2 * kGuard + 32, kCanary),
        size(bytes),
        offset(misalign_bytes) {}
  unsigned char* data() { return storage.data() + kGuard + offset; }
  bool guards_intact() const {
    for (size_t i = 0; i < storage.size(); ++i) {
      if (i >= kGuard + offset && i < kGuard + offset + size) continue;
      if (storage[i] != kCanary) return false;
    }
    return true;
  }
};

inline double load(DType t, const void* p) {
  switch (t) {
    case DType::f16: {
      f16 h;
      std::memcpy(&h, p, 2);
      return to_float(h);
    }
    case DType::bf16: {
      bf16 b;
      std::memcpy(&b, p, 2);
      return to_float(b);
    }
    case DType::f32:
      break;
  }
  float f;
  std::memcpy(&f, p, 4);
  return f;
}

inline void store(DType t, void* p, float v) {
  switch (t) {
    case DType::f16: {
      const f16 h = to_f16(v);
      std::memcpy(p, &h, 2);
      return;
    }
    case DType::bf16: {
      const bf16 b = to_bf16(v);
      std::memcpy(p, &b, 2);
      return;
    }
    case DType::f32:
      break;
  }
  std::memcpy(p, &v, 4);
}

// One ULP of a value of magnitude |r| in dtype t (normal or subnormal).
inline double ulp(DType t, double r) {
  int e;
  std::frexp(r == 0.0 ? 1e-300 : r, &e);  // |r| in [2^(e-1), 2^e)
  switch (t) {
    case DType::f16:
      return std::ldexp(1.0, std::max(e - 1, -14) - 10);
    case DType::bf16:
      return std::ldexp(1.0, std::max(e - 1, -126) - 7);
    case DType::f32:
      break;
  }
  return 0.0;  // f32 outputs: the f32 bound alone
}

// A random but well-formed call: spec, layout, strides, positions, options.
struct Call {
  RopeSpec spec;
  int64_t tokens = 0, q_heads = 0, k_heads = 0;
  int layout = 0;  // 0 bshd, 1 bhsd, 2 packed qkv, 3 padded
  int64_t pad_head = 0, pad_token = 0;
  bool in_place = true;
  size_t misalign = 0;
  std::vector<int64_t> positions;
  bool positions_i64 = false;
  DType in_dtype = DType::f32, out_dtype = DType::f32;
  ApplyOptions options;
  uint32_t seed = 0;
  // A caller cos/sin cache of random values: 0 none, 1 by position (rows
  // past the largest position), 2 per token.
  int cache = 0;
  DType cache_dtype = DType::f32;
};

inline RopeSpec decode_spec(FuzzedDataProvider& fdp) {
  RopeSpec s;
  s.head_dim = fdp.ConsumeIntegralInRange<int64_t>(1, 80);
  const int64_t max_rd = s.head_dim & ~int64_t{1};
  s.rotary_dim =
      max_rd == 0 ? 0 : 2 * fdp.ConsumeIntegralInRange<int64_t>(1, max_rd / 2);
  if (s.rotary_dim == 0) s.head_dim = 2;  // 0 means head_dim: keep it even
  s.theta = fdp.PickValueInArray({10000.0, 500000.0, 1000000.0, 1.5});
  s.pairing = fdp.ConsumeBool() ? Pairing::interleaved : Pairing::half_split;
  s.max_positions =
      fdp.ConsumeBool() ? 0 : fdp.ConsumeIntegralInRange<int64_t>(1, 300);
  const int64_t half = (s.rotary_dim == 0 ? s.head_dim : s.rotary_dim) / 2;
  RopeScaling& sc = s.scaling;
  switch (fdp.ConsumeIntegralInRange<int>(0, 6)) {
    case 0:
      sc.kind = ScalingKind::none;
      break;
    case 1:
      sc.kind = ScalingKind::linear;
      sc.factor = fdp.ConsumeFloatingPointInRange(0.25, 16.0);
      break;
    case 2:
      sc.kind = ScalingKind::dynamic;
      sc.factor = fdp.ConsumeFloatingPointInRange(1.0, 8.0);
      sc.original_max_positions = fdp.ConsumeIntegralInRange<int64_t>(1, 200);
      if (half < 2) sc.kind = ScalingKind::none;
      break;
    case 3:
      sc.kind = ScalingKind::yarn;
      sc.factor = fdp.ConsumeFloatingPointInRange(1.0, 40.0);
      sc.original_max_positions = fdp.ConsumeIntegralInRange<int64_t>(1, 8192);
      sc.truncate = fdp.ConsumeBool();
      if (fdp.ConsumeBool()) {
        sc.mscale = 0.707;
        sc.mscale_all_dim = fdp.ConsumeFloatingPointInRange(0.1, 1.0);
      }
      break;
    case 4:
      sc.kind = ScalingKind::llama3;
      sc.factor = fdp.ConsumeFloatingPointInRange(1.0, 16.0);
      sc.original_max_positions = fdp.ConsumeIntegralInRange<int64_t>(1, 8192);
      break;
    case 5:
      sc.kind = ScalingKind::longrope;
      sc.original_max_positions = fdp.ConsumeIntegralInRange<int64_t>(1, 200);
      sc.factor = fdp.ConsumeFloatingPointInRange(1.0, 64.0);
      for (int64_t i = 0; i < half; ++i) {
        sc.short_factor.push_back(fdp.ConsumeFloatingPointInRange(0.5, 4.0));
        sc.long_factor.push_back(fdp.ConsumeFloatingPointInRange(1.0, 64.0));
      }
      break;
    default:
      sc.kind = ScalingKind::ggml;
      sc.freq_scale = fdp.ConsumeFloatingPointInRange(0.05, 1.0);
      sc.ext_factor = fdp.ConsumeBool() ? 1.0 : 0.0;
      sc.attn_factor = fdp.ConsumeFloatingPointInRange(0.5, 1.5);
      sc.original_max_positions = fdp.ConsumeIntegralInRange<int64_t>(1, 8192);
      break;
  }
  return s;
}

inline Call decode_call(FuzzedDataProvider& fdp) {
  Call c;
  c.spec = decode_spec(fdp);
  c.tokens = fdp.ConsumeIntegralInRange<int64_t>(0, 6);
  c.q_heads = fdp.ConsumeIntegralInRange<int64_t>(0, 5);
  c.k_heads = fdp.ConsumeIntegralInRange<int64_t>(0, 3);
  c.layout = fdp.ConsumeIntegralInRange<int>(0, 3);
  c.pad_head = fdp.ConsumeIntegralInRange<int64_t>(0, 5);
  c.pad_token = fdp.ConsumeIntegralInRange<int64_t>(0, 7);
  c.in_place = fdp.ConsumeBool();
  c.misalign = fdp.ConsumeIntegralInRange<size_t>(0, 7);
  c.in_dtype = fdp.PickValueInArray({DType::f32, DType::f16, DType::bf16});
  c.out_dtype =
      c.in_place ? c.in_dtype
                 : fdp.PickValueInArray({DType::f32, DType::f16, DType::bf16});
  c.positions_i64 = fdp.ConsumeBool();
  const int64_t limit =
      c.spec.max_positions > 0 ? c.spec.max_positions - 1 : 2147483647;
  for (int64_t t = 0; t < c.tokens; ++t) {
    c.positions.push_back(fdp.ConsumeBool()
                              ? fdp.ConsumeIntegralInRange<int64_t>(
                                    0, std::min<int64_t>(limit, 300))
                              : fdp.ConsumeIntegralInRange<int64_t>(0, limit));
  }
  // Dynamic past its table needs no table row; keep positions valid for it.
  c.options.direction =
      fdp.ConsumeBool() ? Direction::forward : Direction::backward;
  c.options.threading =
      fdp.ConsumeBool() ? Threading::serial : Threading::automatic;
  if (c.tokens > 0 && fdp.ConsumeBool()) {
    c.options.token_begin = fdp.ConsumeIntegralInRange<int64_t>(0, c.tokens);
    c.options.token_end =
        fdp.ConsumeIntegralInRange<int64_t>(c.options.token_begin, c.tokens);
  }
  if (fdp.ConsumeBool())
    c.options.sequence_length = fdp.ConsumeIntegralInRange<int64_t>(1, 100000);
  c.seed = fdp.ConsumeIntegral<uint32_t>();
  // Appended last, so older corpus inputs keep their meaning: the rotated
  // slice's offset and a caller cache.
  const int64_t rd =
      c.spec.rotary_dim == 0 ? c.spec.head_dim : c.spec.rotary_dim;
  c.spec.rotary_offset =
      fdp.ConsumeIntegralInRange<int64_t>(0, c.spec.head_dim - rd);
  if (c.spec.rotary_dim == 0) c.spec.rotary_offset = 0;
  c.cache = fdp.ConsumeIntegralInRange<int>(0, 2);
  c.cache_dtype = fdp.PickValueInArray({DType::f32, DType::f16, DType::bf16});
  return c;
}

// q and k views of a call over one (packed) or two buffers of one dtype.
struct Storage {
  DType dtype;
  size_t esize;
  std::vector<Buffer> buffers;
  Tensor q, k;
  Storage(const Call& c, int64_t hd, DType type)
      : dtype(type), esize(dtype_size(type)) {
    const int64_t T = c.tokens, Hq = c.q_heads, Hk = c.k_heads;
    auto view = [&](unsigned char* p, int64_t H, int64_t ts, int64_t hs) {
      return H == 0 ? Tensor{} : Tensor{p, dtype, T, H, ts, hs};
    };
    const size_t mis = c.misalign * esize;
    buffers.reserve(2);
    if (c.layout == 2) {
      const int64_t ts = (Hq + 2 * Hk) * hd + c.pad_token;
      buffers.emplace_back(static_cast<size_t>(T * ts) * esize, mis);
      q = view(buffers[0].data(), Hq, ts, hd);
      k = view(buffers[0].data() + Hq * hd * esize, Hk, ts, hd);
      return;
    }
    for (int i = 0; i < 2; ++i) {
      const int64_t H = i == 0 ? Hq : Hk;
      int64_t ts = H * hd, hs = hd;
      if (c.layout == 1) {
        ts = hd;
        hs = T * hd;
      }
      if (c.layout == 3) {
        hs = hd + c.pad_head;
        ts = H * hs + c.pad_token;
      }
      const int64_t size = c.layout == 1 ? H * T * hd : T * ts;
      buffers.emplace_back(static_cast<size_t>(size) * esize, mis);
      (i == 0 ? q : k) = view(buffers.back().data(), H, ts, hs);
    }
  }
  void fill(uint32_t seed) {
    uint32_t x = seed * 2654435761u + 1;
    for (Buffer& b : buffers) {
      for (size_t i = 0; i < b.size / esize; ++i) {
        x = x * 1664525u + 1013904223u;
        store(dtype, b.data() + i * esize,
              static_cast<float>(static_cast<int32_t>(x >> 8)) / 8388608.0f -
                  1.0f);
      }
    }
  }
  void fill_canary() {
    for (Buffer& b : buffers) std::fill(b.data(), b.data() + b.size, kCanary);
  }
  std::vector<unsigned char> snapshot() const {
    std::vector<unsigned char> all;
    for (const Buffer& b : buffers)
      all.insert(all.end(), b.storage.begin(), b.storage.end());
    return all;
  }
  bool guards_intact() const {
    for (const Buffer& b : buffers)
      if (!b.guards_intact()) return false;
    return true;
  }
  // Byte index of a pointer within snapshot().
  size_t locate(const void* p) const {
    size_t base = 0;
    for (const Buffer& b : buffers) {
      const unsigned char* begin = b.storage.data();
      const unsigned char* q8 = static_cast<const unsigned char*>(p);
      if (q8 >= begin && q8 < begin + b.storage.size())
        return base + (q8 - begin);
      base += b.storage.size();
    }
    fail("element outside every buffer");
  }
};

}  // namespace fuzz
}  // namespace rotary

#endif  // ROTARY_TESTS_FUZZ_FUZZ_COMMON_H_
