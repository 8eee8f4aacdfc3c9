// What runtimes hand rotary, checked against the semantics their own
// specifications define (written here from those definitions, in double, not
// from rotary's reference): ONNX RotaryEmbedding (opset 23) and vLLM's
// rotary_embedding with its packed cos_sin_cache; batched views, position
// forms and the rotated slice against plain per-token calls; bad input.
#include <cmath>
#include <cstring>
#include <functional>
#include <random>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "rotary/rotary.hpp"
#include "tests/test_util.h"

namespace rotary {
namespace test {
namespace {

std::vector<float> random_values(size_t n, uint32_t seed, float lo, float hi) {
  std::mt19937 rng(seed);
  std::uniform_real_distribution<float> dist(lo, hi);
  std::vector<float> v(n);
  for (float& x : v) x = dist(rng);
  return v;
}

Rope plan(int64_t head_dim, int64_t rotary_dim, Pairing pairing,
          int64_t offset = 0, int64_t max_positions = 0) {
  RopeSpec spec;
  spec.head_dim = head_dim;
  spec.rotary_dim = rotary_dim;
  spec.rotary_offset = offset;
  spec.pairing = pairing;
  spec.max_positions = max_positions;
  Rope rope;
  const Status st = Rope::create(spec, &rope);
  EXPECT_TRUE(st.ok()) << st.message();
  return rope;
}

// ---------------------------------------------------------------- ONNX ----

// ONNX RotaryEmbedding (opset 23), as its specification's reference
// function defines it, in double. X is [B][H][S][D] (4D) or [B][S][H * D]
// (3D with num_heads); cos/sin are [max_pos][cache_width] gathered by
// position_ids [B][S], or [B][S][cache_width] without them; the first
// rotary_dim / 2 entries of a cache row are used.
std::vector<double> onnx_rotary_embedding(
    const std::vector<float>& x, bool four_d, int64_t B, int64_t S, int64_t H,
    int64_t D, const std::vector<float>& cos_cache,
    const std::vector<float>& sin_cache, int64_t cache_width,
    const std::vector<int64_t>* position_ids, bool interleaved,
    int64_t rotary_embedding_dim) {
  const int64_t rd = rotary_embedding_dim == 0 ? D : rotary_embedding_dim;
  const int64_t half = rd / 2;
  std::vector<double> out(x.size());
  auto index = [&](int64_t b, int64_t s, int64_t h, int64_t d) {
    return four_d ? ((b * H + h) * S + s) * D + d
                  : ((b * S + s) * H + h) * D + d;
  };
  for (int64_t b = 0; b < B; ++b) {
    for (int64_t s = 0; s < S; ++s) {
      const int64_t row = position_ids != nullptr
                              ? (*position_ids)[static_cast<size_t>(b * S + s)]
                              : b * S + s;
      const float* c = &cos_cache[static_cast<size_t>(row * cache_width)];
      const float* sn = &sin_cache[static_cast<size_t>(row * cache_width)];
      for (int64_t h = 0; h < H; ++h) {
        for (int64_t i = 0; i < half; ++i) {
          const int64_t i1 = interleaved ? 2 * i : i;
          const int64_t i2 = interleaved ? 2 * i + 1 : i + half;
          const double x1 = x[static_cast<size_t>(index(b, s, h, i1))];
          const double x2 = x[static_cast<size_t>(index(b, s, h, i2))];
          out[static_cast<size_t>(index(b, s, h, i1))] = c[i] * x1 - sn[i] * x2;
          out[static_cast<size_t>(index(b, s, h, i2))] = sn[i] * x1 + c[i] * x2;
        }
        for (int64_t d = rd; d < D; ++d) {
          out[static_cast<size_t>(index(b, s, h, d))] =
              x[static_cast<size_t>(index(b, s, h, d))];
        }
      }
    }
  }
  return out;
}

struct OnnxCase {
  bool four_d, interleaved, with_position_ids;
  int64_t rotary_embedding_dim;  // 0 = head_size
  DType dtype;
};

TEST(Onnx, RotaryEmbeddingOneCall) {
  constexpr int64_t B = 2, S = 5, H = 3, D = 16, kMaxPos = 40;
  constexpr int64_t kWidth = D / 2;  // ONNX caches are head_size / 2 wide
  std::vector<OnnxCase> cases;
  for (bool four_d : {true, false}) {
    for (bool il : {false, true}) {
      for (bool pos : {true, false}) {
        for (int64_t rd : {int64_t{0}, int64_t{8}}) {
          for (DType dt : {DType::f32, DType::f16}) {
            cases.push_back({four_d, il, pos, rd, dt});
          }
        }
      }
    }
  }
  uint32_t seed = 1;
  for (const OnnxCase& oc : cases) {
    SCOPED_TRACE(std::string(oc.four_d ? "4D" : "3D") +
                 (oc.interleaved ? " interleaved" : " half") +
                 (oc.with_position_ids ? " position_ids" : " per-token") +
                 " rd=" + std::to_string(oc.rotary_embedding_dim) + " " +
                 dtype_name(oc.dtype));
    ++seed;
    // X as its dtype would hold it: 16-bit inputs are rounded first.
    std::vector<float> x = random_values(B * S * H * D, seed, -2.0f, 2.0f);
    if (oc.dtype == DType::f16) {
      for (float& v : x) v = to_float(to_f16(v));
    }
    const int64_t rows = oc.with_position_ids ? kMaxPos : B * S;
    const std::vector<float> cos =
        random_values(rows * kWidth, seed + 100, 0, 1);
    const std::vector<float> sin =
        random_values(rows * kWidth, seed + 200, 0, 1);
    std::vector<int64_t> ids(B * S);
    for (size_t i = 0; i < ids.size(); ++i) {
      ids[i] = static_cast<int64_t>((i * 7 + 3) % kMaxPos);
    }
    const std::vector<double> want =
        onnx_rotary_embedding(x, oc.four_d, B, S, H, D, cos, sin, kWidth,
                              oc.with_position_ids ? &ids : nullptr,
                              oc.interleaved, oc.rotary_embedding_dim);

    // The one rotary call: the plan carries head_size, rotary_embedding_dim
    // and interleaved; the view is BHSD (4D) or BSHD (3D, num_heads).
    const Rope rope =
        plan(D, oc.rotary_embedding_dim,
             oc.interleaved ? Pairing::interleaved : Pairing::half_split);
    const int64_t half = rope.spec().rotary_dim / 2;
    CosSinCache cache =
        CosSinCache::separate(cos.data(), sin.data(), rows, half);
    cache.row_stride = kWidth;  // a partial rotation reads a row's head
    if (!oc.with_position_ids) {
      cache = CosSinCache::per_token_rows(cos.data(), sin.data(), S, kWidth);
    }
    ApplyOptions opt;
    opt.cos_sin = &cache;
    const Positions positions = oc.with_position_ids
                                    ? Positions(ids.data(), B * S)
                                    : Positions::sequential();
    std::vector<double> got(x.size());
    if (oc.dtype == DType::f32) {
      std::vector<float> y(x.size());
      const ConstTensor in = oc.four_d
                                 ? ConstTensor::bhsd(x.data(), B, S, H, D)
                                 : ConstTensor::bshd(x.data(), B, S, H, D);
      const Tensor out = oc.four_d ? Tensor::bhsd(y.data(), B, S, H, D)
                                   : Tensor::bshd(y.data(), B, S, H, D);
      const Status st =
          rope.apply(in, out, ConstTensor(), Tensor(), positions, opt);
      ASSERT_TRUE(st.ok()) << st.message();
      for (size_t i = 0; i < y.size(); ++i) got[i] = y[i];
    } else {
      std::vector<f16> y(x.size());
      for (size_t i = 0; i < x.size(); ++i) y[i] = to_f16(x[i]);
      const Tensor t = oc.four_d ? Tensor::bhsd(y.data(), B, S, H, D)
                                 : Tensor::bshd(y.data(), B, S, H, D);
      const Status st = rope.apply(t, Tensor(), positions, opt);
      ASSERT_TRUE(st.ok()) << st.message();
      for (size_t i = 0; i < y.size(); ++i) got[i] = to_float(y[i]);
    }
    // f32: the rotation's own f32 error on values below 2 * (1 + 1);
    // f16: one rounding of the output, half an ULP (2^-11 relative), plus
    // the f32 error.
    int bad = 0;
    for (size_t i = 0; i < got.size(); ++i) {
      const double tol = oc.dtype == DType::f32
                             ? 4e-6
                             : std::fabs(want[i]) * std::ldexp(1.0, -11) + 4e-6;
      if (!(std::fabs(got[i] - want[i]) <= tol) && bad++ < 5) {
        ADD_FAILURE() << "element " << i << ": got " << got[i] << " want "
                      << want[i];
      }
    }
  }
}

// ---------------------------------------------------------------- vLLM ----

// vLLM's rotary_embedding(positions, query, key, head_size, cos_sin_cache,
// is_neox): query [tokens][heads * head_size], key [tokens][kv_heads *
// head_size], cache [max_pos][rot_dim] = cos half | sin half; the first
// rot_dim entries of every head rotate (is_neox: halves, else pairs).
void vllm_rotary_embedding(const std::vector<int64_t>& positions,
                           std::vector<double>* x, int64_t heads,
                           int64_t head_size, const std::vector<float>& cache,
                           int64_t rot_dim, bool is_neox) {
  const int64_t half = rot_dim / 2;
  for (size_t t = 0; t < positions.size(); ++t) {
    const float* c = &cache[static_cast<size_t>(positions[t] * rot_dim)];
    const float* s = c + half;
    for (int64_t h = 0; h < heads; ++h) {
      double* v = &(*x)[(t * heads + h) * head_size];
      for (int64_t i = 0; i < half; ++i) {
        const int64_t a = is_neox ? i : 2 * i,
                      b = is_neox ? i + half : 2 * i + 1;
        const double x1 = v[a], x2 = v[b];
        v[a] = x1 * c[i] - x2 * s[i];
        v[b] = x2 * c[i] + x1 * s[i];
      }
    }
  }
}

TEST(Vllm, PackedCacheWithGqaOneCall) {
  constexpr int64_t T = 7, Hq = 8, Hk = 2, D = 64, kMaxPos = 100;
  for (bool neox : {true, false}) {
    for (int64_t rot_dim : {int64_t{64}, int64_t{32}}) {
      for (DType cache_dtype : {DType::f32, DType::bf16}) {
        SCOPED_TRACE(std::string(neox ? "neox" : "gptj") + " rot_dim " +
                     std::to_string(rot_dim) + " cache " +
                     dtype_name(cache_dtype));
        std::vector<float> cache = random_values(kMaxPos * rot_dim, 5, -1, 1);
        std::vector<bf16> cache16(cache.size());
        for (size_t i = 0; i < cache.size(); ++i) {
          cache16[i] = to_bf16(cache[i]);
          if (cache_dtype == DType::bf16) cache[i] = to_float(cache16[i]);
        }
        std::vector<int64_t> pos = {0, 99, 3, 3, 42, 17, 64};
        std::vector<float> q = random_values(T * Hq * D, 6, -1, 1);
        std::vector<float> k = random_values(T * Hk * D, 7, -1, 1);
        std::vector<double> wq(q.begin(), q.end()), wk(k.begin(), k.end());
        vllm_rotary_embedding(pos, &wq, Hq, D, cache, rot_dim, neox);
        vllm_rotary_embedding(pos, &wk, Hk, D, cache, rot_dim, neox);

        const Rope rope =
            plan(D, rot_dim, neox ? Pairing::half_split : Pairing::interleaved);
        const CosSinCache cs =
            cache_dtype == DType::f32
                ? CosSinCache::packed(cache.data(), kMaxPos, rot_dim)
                : CosSinCache::packed(cache16.data(), kMaxPos, rot_dim);
        ApplyOptions opt;
        opt.cos_sin = &cs;
        const Status st = rope.apply(Tensor::bshd(q.data(), T, Hq, D),
                                     Tensor::bshd(k.data(), T, Hk, D),
                                     Positions(pos.data(), T), opt);
        ASSERT_TRUE(st.ok()) << st.message();
        int bad = 0;
        for (size_t i = 0; i < q.size(); ++i) {
          if (!(std::fabs(q[i] - wq[i]) <= 1e-6) && bad++ < 5) {
            ADD_FAILURE() << "q[" << i << "] " << q[i] << " want " << wq[i];
          }
        }
        for (size_t i = 0; i < k.size(); ++i) {
          if (!(std::fabs(k[i] - wk[i]) <= 1e-6) && bad++ < 5) {
            ADD_FAILURE() << "k[" << i << "] " << k[i] << " want " << wk[i];
          }
        }
      }
    }
  }
}

// ------------------------------------------- forms against plain calls ----

// A batched BHSD call equals one 3D call per sequence, bit for bit, on the
// serial path and split over threads (large enough to go parallel).
TEST(Batch, BhsdEqualsPerSequenceCalls) {
  constexpr int64_t B = 3, S = 96, H = 8, D = 128;
  const Rope rope = plan(D, 0, Pairing::half_split, 0, 4096);
  const std::vector<float> x = random_values(B * H * S * D, 11, -1, 1);
  std::vector<int64_t> pos(B * S);
  for (size_t i = 0; i < pos.size(); ++i)
    pos[i] = static_cast<int64_t>(i * 13 % 4096);
  std::vector<float> want = x;
  for (int64_t b = 0; b < B; ++b) {
    const Status st =
        rope.apply(Tensor::bhsd(want.data() + b * H * S * D, S, H, D), Tensor(),
                   Positions(pos.data() + b * S, S));
    ASSERT_TRUE(st.ok()) << st.message();
  }
  for (Threading th : {Threading::serial, Threading::automatic}) {
    std::vector<float> got = x;
    ApplyOptions opt;
    opt.threading = th;
    const Status st = rope.apply(Tensor::bhsd(got.data(), B, S, H, D), Tensor(),
                                 Positions(pos.data(), B * S), opt);
    ASSERT_TRUE(st.ok()) << st.message();
    EXPECT_EQ(std::memcmp(got.data(), want.data(), got.size() * sizeof(float)),
              0);
  }
  // A token range over the flattened (sequence, token) numbering.
  std::vector<float> got = x;
  ApplyOptions opt;
  opt.token_begin = S - 5;
  opt.token_end = 2 * S + 4;
  ASSERT_TRUE(rope.apply(Tensor::bhsd(got.data(), B, S, H, D), Tensor(),
                         Positions(pos.data(), B * S), opt)
                  .ok());
  for (int64_t b = 0; b < B; ++b) {
    for (int64_t h = 0; h < H; ++h) {
      for (int64_t s = 0; s < S; ++s) {
        const int64_t t = b * S + s;
        const bool in_range = t >= opt.token_begin && t < opt.token_end;
        const float* g = &got[((b * H + h) * S + s) * D];
        const float* w = in_range ? &want[((b * H + h) * S + s) * D]
                                  : &x[((b * H + h) * S + s) * D];
        ASSERT_EQ(std::memcmp(g, w, D * sizeof(float)), 0)
            << "b " << b << " s " << s;
      }
    }
  }
}

// Starts, sequential and shared rows give the positions they stand for.
TEST(Positions, FormsEqualExplicitPositions) {
  constexpr int64_t B = 2, S = 6, H = 2, D = 32;
  const Rope rope = plan(D, 0, Pairing::interleaved, 0, 64);
  const std::vector<float> x = random_values(B * S * H * D, 12, -1, 1);
  const std::vector<int32_t> starts = {5, 40};
  std::vector<int32_t> explicit_starts, explicit_seq;
  for (int64_t b = 0; b < B; ++b) {
    for (int64_t s = 0; s < S; ++s) {
      explicit_starts.push_back(starts[b] + static_cast<int32_t>(s));
      explicit_seq.push_back(static_cast<int32_t>(s));
    }
  }
  auto run = [&](const Positions& p) {
    std::vector<float> y = x;
    const Status st =
        rope.apply(Tensor::bshd(y.data(), B, S, H, D), Tensor(), p);
    EXPECT_TRUE(st.ok()) << st.message();
    return y;
  };
  EXPECT_EQ(run(Positions::starts(starts.data(), B)),
            run(Positions(explicit_starts.data(), B * S)));
  EXPECT_EQ(run(Positions::sequential()),
            run(Positions(explicit_seq.data(), B * S)));
  EXPECT_EQ(run(Positions::rows(explicit_seq.data(), S, 0)),
            run(Positions(explicit_seq.data(), B * S)));
  // [batch][seq] rows with a stride of 8 entries.
  std::vector<int32_t> strided(B * 8, -1);
  for (int64_t b = 0; b < B; ++b) {
    for (int64_t s = 0; s < S; ++s)
      strided[b * 8 + s] = starts[b] + static_cast<int32_t>(s);
  }
  EXPECT_EQ(run(Positions::rows(strided.data(), S, 8)),
            run(Positions(explicit_starts.data(), B * S)));
}

// The slice at an offset rotates exactly as a plan of rotary_dim entries
// does on a view that starts at the offset, and leaves the rest as it was
// (out of place: copied).
TEST(Offset, SliceEqualsShiftedView) {
  constexpr int64_t T = 9, H = 3, D = 192, kOff = 128, kRd = 64;
  for (Pairing pairing : {Pairing::interleaved, Pairing::half_split}) {
    const Rope sliced = plan(D, kRd, pairing, kOff, 256);
    const Rope whole = plan(kRd, 0, pairing, 0, 256);
    const std::vector<float> x = random_values(T * H * D, 13, -1, 1);
    std::vector<int64_t> pos(T);
    for (int64_t t = 0; t < T; ++t) pos[t] = t * 17 + 1;
    std::vector<float> want = x;
    ASSERT_TRUE(
        whole
            .apply(Tensor{want.data() + kOff, DType::f32, T, H, H * D, D},
                   Tensor(), Positions(pos.data(), T))
            .ok());
    std::vector<float> in_place = x, out(x.size(), -99.0f);
    ASSERT_TRUE(sliced
                    .apply(Tensor::bshd(in_place.data(), T, H, D), Tensor(),
                           Positions(pos.data(), T))
                    .ok());
    ASSERT_TRUE(sliced
                    .apply(ConstTensor::bshd(x.data(), T, H, D),
                           Tensor::bshd(out.data(), T, H, D), ConstTensor(),
                           Tensor(), Positions(pos.data(), T))
                    .ok());
    EXPECT_EQ(in_place, want);
    EXPECT_EQ(out, want);
  }
}

// A caller cache holding exactly the plan's own rows gives the plan's
// results bit for bit, in every cache form.
TEST(Cache, PlanRowsReproduceThePlan) {
  constexpr int64_t T = 5, H = 4, D = 64, kRows = 300;
  for (Pairing pairing : {Pairing::interleaved, Pairing::half_split}) {
    const Rope rope = plan(D, 0, pairing, 0, kRows);
    const int64_t half = D / 2;
    std::vector<float> packed(kRows * D), cos(kRows * half), sin(kRows * half);
    for (int64_t p = 0; p < kRows; ++p) {
      ASSERT_TRUE(rope.cos_sin(p, &cos[p * half], &sin[p * half]).ok());
      std::memcpy(&packed[p * D], &cos[p * half], half * sizeof(float));
      std::memcpy(&packed[p * D + half], &sin[p * half], half * sizeof(float));
    }
    const std::vector<float> x = random_values(T * H * D, 14, -1, 1);
    std::vector<int64_t> pos = {0, 299, 7, 150, 8};
    std::vector<float> want = x;
    ASSERT_TRUE(rope.apply(Tensor::bshd(want.data(), T, H, D), Tensor(),
                           Positions(pos.data(), T))
                    .ok());
    for (const CosSinCache& cs :
         {CosSinCache::packed(packed.data(), kRows, D),
          CosSinCache::separate(cos.data(), sin.data(), kRows, half)}) {
      for (Direction dir : {Direction::forward, Direction::backward}) {
        std::vector<float> got = x, back = want;
        ApplyOptions opt;
        opt.cos_sin = &cs;
        opt.direction = dir;
        if (dir == Direction::forward) {
          ASSERT_TRUE(rope.apply(Tensor::bshd(got.data(), T, H, D), Tensor(),
                                 Positions(pos.data(), T), opt)
                          .ok());
          EXPECT_EQ(got, want);
        } else {
          // Backward with the cache undoes the plan's forward rotation.
          ASSERT_TRUE(rope.apply(Tensor::bshd(back.data(), T, H, D), Tensor(),
                                 Positions(pos.data(), T), opt)
                          .ok());
          for (size_t i = 0; i < x.size(); ++i) {
            ASSERT_NEAR(back[i], x[i], 1e-6) << i;
          }
        }
      }
    }
  }
}

// ------------------------------------------------------------ bad input ----

TEST(DropInBadInput, ClearErrorAndNothingWritten) {
  constexpr int64_t B = 2, S = 3, H = 2, D = 16, kRows = 10;
  const Rope rope = plan(D, 0, Pairing::half_split, 0, 64);
  struct Buffers {
    std::vector<float> in = std::vector<float>(B * S * H * D, 0.5f);
    std::vector<float> out =
        std::vector<float>(B * S * H * D + 64, GuardedBuffer::kCanary);
    std::vector<float> cache = std::vector<float>(kRows * D, 0.25f);
    std::vector<int64_t> pos = {0, 1, 2, 3, 4, 5};
    ConstTensor qi() { return ConstTensor::bshd(in.data(), B, S, H, D); }
    Tensor qo() { return Tensor::bshd(out.data(), B, S, H, D); }
    CosSinCache cs() { return CosSinCache::packed(cache.data(), kRows, D); }
    bool untouched() const {
      for (float v : in)
        if (v != 0.5f) return false;
      for (float v : out)
        if (v != GuardedBuffer::kCanary) return false;
      for (float v : cache)
        if (v != 0.25f) return false;
      return true;
    }
  };
  struct Bad {
    const char* what;
    Code code;
    const char* needle;
    std::function<Status(Buffers&)> call;
  };
  auto apply = [&](Buffers&, const ConstTensor& in, const Tensor& out,
                   const Positions& p, const CosSinCache* cs) {
    ApplyOptions o;
    o.cos_sin = cs;
    return rope.apply(in, out, ConstTensor(), Tensor(), p, o);
  };
  const std::vector<Bad> cases = {
      {"position past the cache", Code::position_out_of_range,
       "is past the cos/sin cache (rows 10)",
       [&](Buffers& b) {
         b.pos[4] = 10;
         const CosSinCache cs = b.cs();
         return apply(b, b.qi(), b.qo(), Positions(b.pos.data(), B * S), &cs);
       }},
      {"cache of another rotary_dim", Code::invalid_argument,
       "another rotary_dim",
       [&](Buffers& b) {
         const CosSinCache cs =
             CosSinCache::packed(b.cache.data(), kRows, D / 2);
         return apply(b, b.qi(), b.qo(), Positions(b.pos.data(), B * S), &cs);
       }},
      {"separate rows too narrow", Code::invalid_argument, "cos_sin.row_stride",
       [&](Buffers& b) {
         const CosSinCache cs = CosSinCache::separate(
             b.cache.data(), b.cache.data() + 80, kRows / 2, D / 4);
         return apply(b, b.qi(), b.qo(), Positions(b.pos.data(), B * S), &cs);
       }},
      {"cache dtype", Code::invalid_argument, "cos_sin.dtype",
       [&](Buffers& b) {
         CosSinCache cs = b.cs();
         cs.dtype = static_cast<DType>(7);
         return apply(b, b.qi(), b.qo(), Positions(b.pos.data(), B * S), &cs);
       }},
      {"null sin", Code::invalid_argument, "cos_sin.sin is null",
       [&](Buffers& b) {
         CosSinCache cs = b.cs();
         cs.sin = nullptr;
         return apply(b, b.qi(), b.qo(), Positions(b.pos.data(), B * S), &cs);
       }},
      {"cache overlaps an output", Code::invalid_argument,
       "q_out overlaps options.cos_sin",
       [&](Buffers& b) {
         const CosSinCache cs = CosSinCache::packed(b.out.data() + 8, 2, D);
         std::vector<int64_t> zeros(B * S, 0);
         return apply(b, b.qi(), b.qo(), Positions(zeros.data(), B * S), &cs);
       }},
      {"sequences overlap", Code::invalid_argument,
       "make heads, tokens or sequences overlap",
       [&](Buffers& b) {
         Tensor qo = b.qo();
         qo.batch_stride = S * H * D - D;
         return apply(b, b.qi(), qo, Positions(b.pos.data(), B * S), nullptr);
       }},
      {"batch mismatch", Code::invalid_argument,
       "q_out.batch (1) != q_in.batch (2)",
       [&](Buffers& b) {
         Tensor qo = Tensor::bshd(b.out.data(), 1, B * S, H, D);
         std::vector<int64_t> p(B * S, 0);
         return apply(b, b.qi(), qo, Positions(p.data(), B * S), nullptr);
       }},
      {"flat positions too few", Code::invalid_argument,
       "q_in.batch x tokens (2 x 3) != positions.count (5)",
       [&](Buffers& b) {
         return apply(b, b.qi(), b.qo(), Positions(b.pos.data(), 5), nullptr);
       }},
      {"one start per sequence", Code::invalid_argument,
       "q_in.batch (2) != positions.count (3",
       [&](Buffers& b) {
         return apply(b, b.qi(), b.qo(), Positions::starts(b.pos.data(), 3),
                      nullptr);
       }},
      {"start past the table", Code::position_out_of_range,
       "position of sequence 1, token 2 = 64",
       [&](Buffers& b) {
         std::vector<int64_t> starts = {0, 62};
         return apply(b, b.qi(), b.qo(), Positions::starts(starts.data(), B),
                      nullptr);
       }},
      {"sequential with data", Code::invalid_argument, "sequential",
       [&](Buffers& b) {
         Positions p = Positions::sequential();
         p.i64 = b.pos.data();
         return apply(b, b.qi(), b.qo(), p, nullptr);
       }},
      {"batch of zero", Code::invalid_argument, "q_in.batch must be >= 1",
       [&](Buffers& b) {
         ConstTensor qi = b.qi();
         qi.batch = 0;
         return apply(b, qi, b.qo(), Positions::sequential(), nullptr);
       }},
  };
  for (const Bad& bad : cases) {
    SCOPED_TRACE(bad.what);
    Buffers b;
    const Status st = bad.call(b);
    EXPECT_EQ(st.code(), bad.code) << st.message();
    EXPECT_NE(st.message().find(bad.needle), std::string::npos) << st.message();
    EXPECT_TRUE(b.untouched());
  }
}

TEST(DropInBadInput, OffsetPastTheHeadIsRefused) {
  RopeSpec spec;
  spec.head_dim = 192;
  spec.rotary_dim = 64;
  spec.rotary_offset = 160;
  Rope rope;
  Status st = Rope::create(spec, &rope);
  EXPECT_EQ(st.code(), Code::invalid_argument);
  EXPECT_NE(st.message().find("rotary_offset + rotary_dim is past head_dim"),
            std::string::npos)
      << st.message();
  EXPECT_FALSE(rope.valid());
  spec.rotary_offset = -1;
  st = Rope::create(spec, &rope);
  EXPECT_NE(st.message().find("spec.rotary_offset"), std::string::npos);
  spec.rotary_offset = 128;  // exactly the last 64 entries
  EXPECT_TRUE(Rope::create(spec, &rope).ok());
  spec.rotary_dim = 0;  // the rest of the head
  ASSERT_TRUE(Rope::create(spec, &rope).ok());
  EXPECT_EQ(rope.spec().rotary_dim, 64);
}

}  // namespace
}  // namespace test
}  // namespace rotary
