// Invalid-input fuzz target: a valid call with one argument made invalid
// must return an error and leave every byte of every buffer as it was.
// Mutations 0-16 break an apply() argument, 17 the spec, 18 the norm of
// apply_qk_norm, 19 the cache of apply_append.
#include <limits>
#include <string>

#include "tests/fuzz/fuzz_common.h"

namespace rotary {
namespace fuzz {
namespace {

void run(const uint8_t* data, size_t size) {
  FuzzedDataProvider fdp(data, size);
  Call c = decode_call(fdp);
  c.tokens = std::max<int64_t>(c.tokens, 2);
  c.q_heads = std::max<int64_t>(c.q_heads, 2);
  c.k_heads = std::max<int64_t>(c.k_heads, 1);
  while (static_cast<int64_t>(c.positions.size()) < c.tokens)
    c.positions.push_back(0);
  c.options.token_begin = 0;
  c.options.token_end = -1;
  const int mutation = fdp.ConsumeIntegralInRange<int>(0, 19);

  if (mutation == 17) {  // a bad spec: no plan, *out untouched
    RopeSpec s = c.spec;
    switch (fdp.ConsumeIntegralInRange<int>(0, 6)) {
      case 0:
        s.head_dim = -fdp.ConsumeIntegralInRange<int64_t>(0, 100);
        break;
      case 1:
        s.rotary_dim =
            s.head_dim + 2 * fdp.ConsumeIntegralInRange<int64_t>(1, 10);
        break;
      case 2:
        s.rotary_dim = 1 + 2 * fdp.ConsumeIntegralInRange<int64_t>(0, 40);
        if (s.rotary_dim > s.head_dim) s.rotary_dim = -3;
        break;
      case 3:
        s.theta = fdp.PickValueInArray(
            {0.0, 1.0, -5.0, std::numeric_limits<double>::quiet_NaN()});
        break;
      case 4:
        s.max_positions = -fdp.ConsumeIntegralInRange<int64_t>(1, 1000);
        break;
      case 5:
        s.scaling.kind = ScalingKind::longrope;
        s.scaling.original_max_positions = 4;
        s.scaling.short_factor.assign(
            static_cast<size_t>(fdp.ConsumeIntegralInRange<int>(0, 3)), 1.0);
        s.scaling.long_factor = s.scaling.short_factor;
        s.head_dim = 64;
        s.rotary_dim = 64;
        break;
      default:
        s.scaling.kind = ScalingKind::llama3;
        s.scaling.factor = 8;
        s.scaling.original_max_positions = 64;
        s.scaling.low_freq_factor = fdp.ConsumeFloatingPointInRange(4.5, 9.0);
        s.scaling.high_freq_factor = 4.0;
        break;  // low > high; equal is valid
    }
    Rope rope;
    if (Rope::create(s, &rope).ok()) fail("bad spec accepted");
    if (rope.valid()) fail("bad spec wrote the plan");
    return;
  }

  Rope rope;
  if (!Rope::create(c.spec, &rope).ok()) return;
  const int64_t hd = rope.spec().head_dim;
  c.in_place = mutation == 5 || mutation == 6 ? false : c.in_place;
  Storage src(c, hd, c.in_dtype), out(c, hd, c.out_dtype);
  src.fill(c.seed);
  if (c.in_place)
    out.fill(c.seed);
  else
    out.fill_canary();
  Tensor q_in = c.in_place ? out.q : src.q, k_in = c.in_place ? out.k : src.k;
  Tensor q_out = out.q, k_out = out.k;
  std::vector<int64_t> pos = c.positions;
  std::vector<int32_t> p32(pos.begin(), pos.end());
  Positions positions = c.positions_i64 ? Positions(pos.data(), c.tokens)
                                        : Positions(p32.data(), c.tokens);
  ApplyOptions o = c.options;
  const int64_t limit = rope.spec().max_positions;

  const std::vector<unsigned char> src_before = src.snapshot(),
                                   out_before = out.snapshot();
  auto unwritten = [&](const Status& st, const char* what) {
    if (st.ok()) fail("invalid call accepted", what);
    if (st.message().empty()) fail("error without a message");
    if (src.snapshot() != src_before || out.snapshot() != out_before) {
      fail("an invalid call wrote", what);
    }
  };

  if (mutation == 18) {  // apply_qk_norm with one bad norm argument
    const std::vector<float> weight(static_cast<size_t>(hd) + 4, 1.0f);
    QKNorm norm;
    norm.kind = fdp.ConsumeBool() ? QKNormKind::rms : QKNormKind::rms_one_plus;
    norm.q_weight = norm.k_weight = weight.data();
    norm.weight_size = hd;
    o.direction = Direction::forward;  // the one direction it takes
    switch (fdp.ConsumeIntegralInRange<int>(0, 5)) {
      case 0:
        norm.eps = fdp.PickValueInArray(
            {0.0, -1e-6, std::numeric_limits<double>::quiet_NaN(),
             std::numeric_limits<double>::infinity()});
        break;
      case 1:
        norm.weight_size = hd + fdp.PickValueInArray({-1, 1, 2, 4});
        break;
      case 2:
        (fdp.ConsumeBool() ? norm.q_weight : norm.k_weight) = nullptr;
        break;
      case 3:
        norm.kind = QKNormKind::l2_after;  // takes no weight
        break;
      case 4:
        o.direction = Direction::backward;  // the norm has no inverse
        break;
      default:
        norm.kind = static_cast<QKNormKind>(5);
        break;
    }
    unwritten(rope.apply_qk_norm(q_in, q_out, k_in, k_out, positions, norm, o),
              "qk_norm");
    return;
  }

  if (mutation == 19) {  // apply_append with one bad cache argument
    const int64_t slots = c.tokens + fdp.ConsumeIntegralInRange<int64_t>(0, 3);
    const CacheDType dtype = fdp.PickValueInArray(
        {CacheDType::f32, CacheDType::f16, CacheDType::bf16, CacheDType::int8});
    const size_t esize = dtype == CacheDType::int8  ? 1
                         : dtype == CacheDType::f32 ? 4
                                                    : 2;
    const size_t values = static_cast<size_t>(slots * c.k_heads * hd);
    std::vector<unsigned char> kc(values * esize + 64, kCanary);
    std::vector<float> scale(static_cast<size_t>(slots * c.k_heads) + 16, 3.0f);
    std::vector<int64_t> slot(static_cast<size_t>(c.tokens));
    for (int64_t t = 0; t < c.tokens; ++t) slot[t] = slots - 1 - t;
    KVCache cache;
    cache.k = kc.data();
    cache.k_dtype = dtype;
    cache.k_scale = scale.data();
    cache.layout = fdp.ConsumeBool() ? CacheLayout::nhd : CacheLayout::hnd;
    cache.slots = slots;
    cache.kv_heads = c.k_heads;
    cache.head_dim = hd;
    cache.slot_mapping = slot.data();
    const int64_t t = fdp.ConsumeIntegralInRange<int64_t>(1, c.tokens - 1);
    switch (fdp.ConsumeIntegralInRange<int>(0, 6)) {
      case 0:
        slot[t] = fdp.ConsumeBool() ? slots : -2;  // outside the cache
        break;
      case 1:
        slot[t] = slot[t - 1];  // the same slot twice
        break;
      case 2:
        cache.kv_heads = c.k_heads + 1;
        break;
      case 3:
        cache.head_dim = hd + 1;
        break;
      case 4:
        cache.k = q_out.data;  // the cache over the q output
        break;
      case 5:
        cache.slot_mapping = nullptr;
        break;
      default:
        if (dtype == CacheDType::int8) {
          cache.k_scale = nullptr;
        } else {
          cache.slots = -1;
        }
        break;
    }
    const std::vector<unsigned char> kc_before = kc;
    const std::vector<float> scale_before = scale;
    unwritten(rope.apply_append(q_in, q_out, k_in, ConstTensor{}, positions,
                                cache, o),
              "append");
    if (kc != kc_before || scale != scale_before)
      fail("append wrote the cache");
    return;
  }

  switch (mutation) {
    case 0:
      (fdp.ConsumeBool() ? q_out : k_in).data = nullptr;
      break;
    case 1:
      q_in.heads = q_out.heads = -fdp.ConsumeIntegralInRange<int64_t>(1, 5);
      break;
    case 2:
      k_out.tokens = k_in.tokens =
          c.tokens + fdp.ConsumeIntegralInRange<int64_t>(1, 3);
      break;
    case 3:
      q_out.token_stride = q_in.token_stride =
          -fdp.ConsumeIntegralInRange<int64_t>(1, 1000);
      break;
    case 4:
      q_out.head_stride = fdp.ConsumeIntegralInRange<int64_t>(0, hd - 1);
      q_out.token_stride = q_out.head_stride * q_out.heads + 1;
      q_in = q_out;
      break;  // heads overlap inside the output
    case 5:
      q_out = q_in;
      q_out.dtype = c.in_dtype;
      q_out.data =
          static_cast<unsigned char*>(q_in.data) + dtype_size(c.in_dtype);
      break;
    case 6:
      k_out = k_in;
      k_out.data = q_out.data;
      k_out.heads = std::min(k_out.heads, q_out.heads);
      k_out.token_stride = q_out.token_stride;
      k_out.head_stride = q_out.head_stride;
      k_in.heads = k_out.heads;
      break;
    case 7:
      q_out.data =
          reinterpret_cast<char*>(q_out.data) + (fdp.ConsumeBool() ? 1 : 3);
      if (c.in_place) q_in.data = q_out.data;
      break;
    case 8:
      pos[c.tokens - 1] = -fdp.ConsumeIntegralInRange<int64_t>(1, 1 << 30);
      p32.assign(pos.begin(), pos.end());
      break;
    case 9:
      // Past the table, or (no table, or dynamic past its table) past 2^31.
      if (limit > 0 && rope.spec().scaling.kind != ScalingKind::dynamic) {
        pos[0] = limit + fdp.ConsumeIntegralInRange<int64_t>(0, 1000);
        p32.assign(pos.begin(), pos.end());
      } else {
        pos[0] = (int64_t{1} << 31) +
                 fdp.ConsumeIntegralInRange<int64_t>(0, 1 << 20);
        positions = Positions(pos.data(), c.tokens);
      }
      break;
    case 10: {
      const int k = fdp.ConsumeIntegralInRange<int>(0, 2);
      if (k == 0) {
        o.token_begin = 1;
        o.token_end = 0;
      }
      if (k == 1) {
        o.token_end = c.tokens + 1;
      }
      if (k == 2) {
        o.token_end = -2;
      }
      break;
    }
    case 11:
      o.threading = Threading::arena;
      o.arena = nullptr;
      break;
    case 12: {
      const int k = fdp.ConsumeIntegralInRange<int>(0, 2);
      if (k == 0) o.direction = static_cast<Direction>(7);
      if (k == 1) o.threading = static_cast<Threading>(9);
      if (k == 2) {
        q_out.dtype = static_cast<DType>(77);
        if (c.in_place) q_in.dtype = q_out.dtype;
      }
      break;
    }
    case 13:
      positions.i32 = p32.data();
      positions.i64 = pos.data();
      break;
    case 14:
      o.sequence_length = -fdp.ConsumeIntegralInRange<int64_t>(1, 100);
      break;
    case 15:
      q_out.token_stride = int64_t{1} << 62;  // x 2+ bytes overflows
      if (c.in_place) q_in.token_stride = q_out.token_stride;
      break;
    default:
      positions.count = -fdp.ConsumeIntegralInRange<int64_t>(1, 10);
      break;
  }
  unwritten(rope.apply(q_in, q_out, k_in, k_out, positions, o),
            ("mutation " + std::to_string(mutation)).c_str());
}

}  // namespace
}  // namespace fuzz
}  // namespace rotary

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  rotary::fuzz::run(data, size);
  return 0;
}
