#include "tests/test_util.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <random>
#include <sstream>

#include "gtest/gtest.h"

namespace rotary {
namespace test {

const char* layout_name(Layout layout) {
  switch (layout) {
    case Layout::bshd:
      return "bshd";
    case Layout::bhsd:
      return "bhsd";
    case Layout::packed_qkv:
      return "packed_qkv";
    case Layout::padded:
      return "padded";
  }
  return "?";
}

std::string Case::describe() const {
  std::ostringstream os;
  os << (pairing == Pairing::interleaved ? "interleaved" : "half_split")
     << " head_dim=" << head_dim << " rotary_dim=" << rotary_dim
     << " q_heads=" << q_heads << " k_heads=" << k_heads << " tokens=" << tokens
     << " max_positions=" << max_positions << " layout=" << layout_name(layout)
     << (in_place ? " in_place" : " out") << " misalign=" << misalign
     << " positions=" << static_cast<int>(positions)
     << (positions_i64 ? " i64" : " i32")
     << (direction == Direction::backward ? " backward" : " forward") << " q "
     << dtype_name(q_in) << "->" << dtype_name(q_out) << " k "
     << dtype_name(k_in) << "->" << dtype_name(k_out) << " seed=" << seed
     << " batch=" << batch << " rotary_offset=" << rotary_offset
     << " position_form=" << static_cast<int>(position_form)
     << " cache=" << static_cast<int>(cache)
     << " cache_dtype=" << dtype_name(cache_dtype);
  if (multi_axis.enabled()) {
    os << " multi_axis=" << multi_axis.axes << " " << preset;
  }
  return os.str();
}

GuardedBuffer::GuardedBuffer(size_t elements, int misalign, DType dtype)
    : dtype_(dtype),
      esize_(dtype_size(dtype)),
      size_(elements),
      offset_(static_cast<size_t>(misalign)),
      bytes_((elements + 2 * kGuard + 16) * esize_) {
  for (size_t i = 0; i < bytes_.size() / esize_; ++i) {
    const uint32_t c = canary_bits();
    std::memcpy(&bytes_[i * esize_], &c, esize_);  // little-endian
  }
}

uint32_t GuardedBuffer::canary_bits() const {
  if (esize_ == 2) return kCanary16;
  uint32_t u;
  std::memcpy(&u, &kCanary, sizeof(u));
  return u;
}

uint32_t GuardedBuffer::bits(size_t i) const {
  uint32_t u = 0;
  std::memcpy(&u, static_cast<const unsigned char*>(raw()) + i * esize_,
              esize_);
  return u;
}

void GuardedBuffer::set_bits(size_t i, uint32_t u) {
  std::memcpy(static_cast<unsigned char*>(raw()) + i * esize_, &u, esize_);
}

float GuardedBuffer::value(size_t i) const {
  const uint32_t u = bits(i);
  switch (dtype_) {
    case DType::f16:
      return to_float(f16{static_cast<uint16_t>(u)});
    case DType::bf16:
      return to_float(bf16{static_cast<uint16_t>(u)});
    case DType::f32:
      break;
  }
  float f;
  std::memcpy(&f, &u, sizeof(f));
  return f;
}

void GuardedBuffer::set(size_t i, float v) {
  uint32_t u;
  switch (dtype_) {
    case DType::f16:
      u = to_f16(v).bits;
      break;
    case DType::bf16:
      u = to_bf16(v).bits;
      break;
    default:
      std::memcpy(&u, &v, sizeof(u));
      break;
  }
  set_bits(i, u);
}

bool GuardedBuffer::guards_intact() const {
  const size_t begin = kGuard + offset_, total = bytes_.size() / esize_;
  const uint32_t c = canary_bits();
  for (size_t e = 0; e < total; ++e) {
    if (e >= begin && e < begin + size_) continue;
    uint32_t u = 0;
    std::memcpy(&u, &bytes_[e * esize_], esize_);
    if (u != c) return false;
  }
  return true;
}

QkStorage::QkStorage(const Case& c, int64_t hd, DType q_dtype, DType k_dtype) {
  const int64_t T = c.tokens, Hq = c.q_heads, Hk = c.k_heads, B = c.batch;
  int64_t batch_stride = 0;  // set per layout below
  auto view = [&](void* data, DType dtype, int64_t tokens, int64_t heads,
                  int64_t ts, int64_t hs) {
    if (heads == 0) return Tensor{};
    return Tensor{data, dtype, tokens, heads, ts, hs, B, batch_stride};
  };
  switch (c.layout) {
    case Layout::packed_qkv: {
      // [batch][tokens][q | k | v heads]: the batch continues the tokens.
      const int64_t ts = (Hq + 2 * Hk) * hd;
      batch_stride = T * ts;
      buffers.emplace_back(static_cast<size_t>(B * T * ts), c.misalign,
                           q_dtype);
      void* base = buffers[0].raw();
      const size_t esize = dtype_size(q_dtype);
      q = view(base, q_dtype, T, Hq, ts, hd);
      k = view(static_cast<char*>(base) + Hq * hd * esize, k_dtype, T, Hk, ts,
               hd);
      return;
    }
    case Layout::bshd:
    case Layout::bhsd:
    case Layout::padded: {
      const int64_t heads[2] = {Hq, Hk};
      const DType dtypes[2] = {q_dtype, k_dtype};
      Tensor* views[2] = {&q, &k};
      for (int i = 0; i < 2; ++i) {
        const int64_t H = heads[i];
        int64_t ts = H * hd, hs = hd, size = T * H * hd;
        if (c.layout == Layout::bhsd) {
          ts = hd;
          hs = T * hd;
        } else if (c.layout == Layout::padded) {
          hs = hd + 3;
          ts = H * hs + 5;
          size = T * ts + 7;  // and 7 spare elements after each sequence
        }
        batch_stride = size;
        buffers.emplace_back(static_cast<size_t>(B * size), c.misalign,
                             dtypes[i]);
        *views[i] = view(buffers.back().raw(), dtypes[i], T, H, ts, hs);
      }
      return;
    }
  }
}

void QkStorage::fill_random(uint32_t seed, float lo, float hi) {
  std::mt19937 rng(seed);
  std::uniform_real_distribution<float> dist(lo, hi);
  for (GuardedBuffer& b : buffers) {
    for (size_t i = 0; i < b.size(); ++i) b.set(i, dist(rng));
  }
}

void QkStorage::fill_canary() {
  for (GuardedBuffer& b : buffers) {
    for (size_t i = 0; i < b.size(); ++i) b.set_bits(i, b.canary_bits());
  }
}

std::vector<float> QkStorage::snapshot() const {
  std::vector<float> all;
  for (const GuardedBuffer& b : buffers) {
    for (size_t i = 0; i < b.size(); ++i) all.push_back(b.value(i));
  }
  return all;
}

std::vector<uint32_t> QkStorage::bit_snapshot() const {
  std::vector<uint32_t> all;
  for (const GuardedBuffer& b : buffers) {
    for (size_t i = 0; i < b.size(); ++i) all.push_back(b.bits(i));
  }
  return all;
}

int64_t ulp_distance(DType dtype, uint16_t a, uint16_t b) {
  (void)dtype;  // both formats order like sign-magnitude integers
  auto ordered = [](uint16_t v) {
    return (v & 0x8000) ? -static_cast<int64_t>(v & 0x7FFF)
                        : static_cast<int64_t>(v);
  };
  const int64_t d = ordered(a) - ordered(b);
  return d < 0 ? -d : d;
}

double ulp_at(DType dtype, double v) {
  const int fraction_bits = dtype == DType::f16 ? 10 : 7;
  const int emin = dtype == DType::f16 ? -14 : -126;
  int e = emin + 1;
  if (v != 0) std::frexp(v, &e);
  return std::ldexp(1.0, std::max(e - 1, emin) - fraction_bits);
}

namespace {

float float_from(DType dtype, uint32_t u) {
  switch (dtype) {
    case DType::f16:
      return to_float(f16{static_cast<uint16_t>(u)});
    case DType::bf16:
      return to_float(bf16{static_cast<uint16_t>(u)});
    case DType::f32:
      break;
  }
  float f;
  std::memcpy(&f, &u, sizeof(f));
  return f;
}

}  // namespace

bool close_enough(DType dtype, uint32_t got_bits, uint32_t want_bits, float xa,
                  float xb) {
  const float got = float_from(dtype, got_bits);
  const float want = float_from(dtype, want_bits);
  if (std::isnan(want) || std::isnan(got)) {
    return std::isnan(want) && std::isnan(got);
  }
  const double err = std::fabs(static_cast<double>(got) - want);
  if (dtype == DType::f32) return err <= tolerance(xa, xb);
  if (std::isinf(want) || std::isinf(got)) return got == want;
  if (ulp_distance(dtype, static_cast<uint16_t>(got_bits),
                   static_cast<uint16_t>(want_bits)) <= 1) {
    return true;
  }
  const double f32_error = tolerance(xa, xb);
  return f32_error > 0.5 * ulp_at(dtype, want) &&
         err <= f32_error + ulp_at(dtype, want);
}

int64_t cache_rows(const Case& c) {
  return c.max_positions > 0 ? c.max_positions : 700;
}

std::vector<int64_t> lane_rotary_dims(int64_t lanes) {
  std::vector<int64_t> dims;
  for (int64_t v : {int64_t{1}, lanes - 1, lanes, lanes + 1}) {
    if (v < 1) continue;
    dims.push_back(2 * lanes * v);      // half-split: v vectors of pairs
    dims.push_back(2 * lanes * v + 2);  // and one pair more
    if (lanes * v % 2 == 0) dims.push_back(lanes * v);  // interleaved: v
  }
  std::sort(dims.begin(), dims.end());
  dims.erase(std::unique(dims.begin(), dims.end()), dims.end());
  return dims;
}

std::vector<int32_t> make_positions(const Case& c, uint32_t seed) {
  std::mt19937 rng(seed ^ 0x9e3779b9u);
  const bool cache = c.cache != CacheForm::none;
  const int64_t limit = cache                 ? cache_rows(c)
                        : c.max_positions > 0 ? c.max_positions
                                              : 1000000;
  std::uniform_int_distribution<int64_t> dist(0, limit - 1);
  const int64_t n = c.batch * c.tokens;
  std::vector<int32_t> p(static_cast<size_t>(n));
  for (int64_t t = 0; t < n; ++t) {
    int64_t v = 0;
    switch (c.positions) {
      case PositionKind::zero:
        v = 0;
        break;
      case PositionKind::random:
        v = dist(rng);
        break;
      case PositionKind::table_end:
        v = limit - 1 - (t % 3);
        break;
      case PositionKind::large:
        v = c.max_positions > 0 || cache ? limit - 1 - t % 3
                                         : (int64_t{1} << 24) - 1 - 977 * t;
        break;
    }
    p[static_cast<size_t>(t)] = static_cast<int32_t>(v < 0 ? 0 : v);
  }
  // Forms that derive positions from fewer entries.
  const int64_t T = c.tokens;
  for (int64_t t = 0; t < n; ++t) {
    const int64_t b = t / T, s = t % T;
    int64_t v = p[static_cast<size_t>(t)];
    switch (c.position_form) {
      case PositionForm::flat:
      case PositionForm::rows:
        break;
      case PositionForm::shared_row:
        v = p[static_cast<size_t>(s)];
        break;
      case PositionForm::starts:
        v = std::min<int64_t>(p[static_cast<size_t>(b * T)], limit - T) + s;
        break;
      case PositionForm::sequential:
        v = s;
        break;
    }
    p[static_cast<size_t>(t)] = static_cast<int32_t>(std::max<int64_t>(0, v));
  }
  return p;
}

namespace {

// Pair partner of entry j of a head (j < rotary_dim).
int64_t partner(Pairing pairing, int64_t rotary_dim, int64_t j) {
  if (pairing == Pairing::interleaved) return j ^ 1;
  const int64_t half = rotary_dim / 2;
  return j < half ? j + half : j - half;
}

// Index (within the snapshot of `s`) of element (t, h, j) of view v.
struct ViewIndex {
  const QkStorage* s;
  int64_t offset_of(const Tensor& v, int64_t t, int64_t h, int64_t j) const {
    const size_t esize = dtype_size(v.dtype);
    const unsigned char* p =
        static_cast<const unsigned char*>(v.data) +
        (t / v.tokens * v.batch_stride + t % v.tokens * v.token_stride +
         h * v.head_stride + j) *
            static_cast<int64_t>(esize);
    int64_t base = 0;
    for (const GuardedBuffer& b : s->buffers) {
      const unsigned char* d = static_cast<const unsigned char*>(b.raw());
      if (b.dtype() == v.dtype && p >= d && p < d + b.size() * esize) {
        return base + (p - d) / static_cast<int64_t>(esize);
      }
      base += static_cast<int64_t>(b.size());
    }
    return -1;
  }
};

}  // namespace

void check_against_reference(const Case& c, const char* expected_isa) {
  SCOPED_TRACE(c.describe());
  RopeSpec spec;
  spec.head_dim = c.head_dim;
  spec.rotary_dim = c.rotary_dim;
  spec.rotary_offset = c.rotary_offset;
  spec.pairing = c.pairing;
  spec.max_positions = c.max_positions;
  spec.theta = 10000.0;
  spec.multi_axis = c.multi_axis;
  Rope rope;
  Status st = Rope::create(spec, &rope);
  ASSERT_TRUE(st.ok()) << st.message();
  const int64_t hd = c.head_dim;
  const int64_t rd = rope.spec().rotary_dim;
  const int64_t off = c.rotary_offset;

  if (c.in_place) {
    ASSERT_TRUE(c.q_in == c.q_out && c.k_in == c.k_out)
        << "in place needs one dtype";
  }
  QkStorage src(c, hd, c.q_in, c.k_in), got(c, hd, c.q_out, c.k_out),
      want(c, hd, c.q_out, c.k_out);
  src.fill_random(c.seed);
  if (c.in_place) {
    got.fill_random(c.seed);
    want.fill_random(c.seed);
  } else {
    got.fill_canary();
    want.fill_canary();
  }
  const std::vector<uint32_t> src_before = src.bit_snapshot();
  const std::vector<float> src_values = src.snapshot();
  const std::vector<uint32_t> got_before = got.bit_snapshot();

  // Every token's position, then the entries the position form hands over.
  const std::vector<int32_t> all = make_positions(c, c.seed);
  const int64_t T = c.tokens, B = c.batch;
  std::vector<int32_t> pos32;
  Positions positions;
  switch (c.position_form) {
    case PositionForm::flat:
      pos32 = all;
      break;
    case PositionForm::rows:
      pos32.assign(static_cast<size_t>(B * (T + 3)), -7);
      for (int64_t t = 0; t < B * T; ++t) {
        pos32[static_cast<size_t>(t / T * (T + 3) + t % T)] =
            all[static_cast<size_t>(t)];
      }
      break;
    case PositionForm::shared_row:
      pos32.assign(all.begin(), all.begin() + T);
      break;
    case PositionForm::starts:
      for (int64_t b = 0; b < B; ++b) {
        pos32.push_back(all[static_cast<size_t>(b * T)]);
      }
      break;
    case PositionForm::sequential:
      break;
  }
  const std::vector<int64_t> pos64(pos32.begin(), pos32.end());
  const int64_t count = static_cast<int64_t>(pos32.size());
  if (c.positions_i64) {
    positions = Positions(pos64.data(), count);
  } else {
    positions = Positions(pos32.data(), count);
  }
  switch (c.position_form) {
    case PositionForm::flat:
      break;
    case PositionForm::rows:
      positions.count = T;
      positions.batch_stride = T + 3;
      break;
    case PositionForm::shared_row:
      positions.batch_stride = 0;
      break;
    case PositionForm::starts:
      positions.kind = rotary::PositionKind::sequence_start;
      break;
    case PositionForm::sequential:
      positions = Positions::sequential();
      break;
  }
  // Multi-axis: the other axes after axis 0, `count + 2` entries apart.
  std::vector<int32_t> multi32;
  std::vector<int64_t> multi64;
  if (c.multi_axis.enabled()) {
    ASSERT_EQ(positions.kind, rotary::PositionKind::per_token)
        << "multi-axis cases need per_token positions";
    const int64_t limit = c.cache != CacheForm::none ? cache_rows(c)
                          : c.max_positions > 0      ? c.max_positions
                                                     : 1000000;
    std::mt19937 rng(c.seed * 7u + 3u);
    std::uniform_int_distribution<int64_t> dist(0, limit - 1);
    const int64_t stride = count + 2;
    multi32.assign(static_cast<size_t>(c.multi_axis.axes * stride), -9);
    for (int a = 0; a < c.multi_axis.axes; ++a) {
      for (int64_t k = 0; k < count; ++k) {
        const int32_t p0 = pos32[static_cast<size_t>(k)];
        multi32[static_cast<size_t>(a * stride + k)] =
            a == 0 || k % 3 == 0 ? p0 : static_cast<int32_t>(dist(rng));
      }
    }
    multi64.assign(multi32.begin(), multi32.end());
    const Positions flat = positions;
    positions = c.positions_i64
                    ? Positions::multi_axis(multi64.data(), c.multi_axis.axes,
                                            flat.count, stride)
                    : Positions::multi_axis(multi32.data(), c.multi_axis.axes,
                                            flat.count, stride);
    positions.batch_stride = flat.batch_stride;
  }

  // A caller cache of random values: rows by position, or one per token
  // holding that token's row of the by-position values.
  const int64_t half = rd / 2;
  const int64_t rows = cache_rows(c);
  const int64_t row_stride = c.cache == CacheForm::packed ? rd : half + 5;
  GuardedBuffer cos_buf(1), sin_buf(1);
  CosSinCache cache;
  if (c.cache != CacheForm::none) {
    const int64_t entries =
        c.cache == CacheForm::per_token ? B * T * half : rows * row_stride;
    cos_buf = GuardedBuffer(static_cast<size_t>(entries), 0, c.cache_dtype);
    sin_buf = GuardedBuffer(static_cast<size_t>(entries), 0, c.cache_dtype);
    std::mt19937 rng(c.seed * 31 + 7);
    std::uniform_real_distribution<float> dist(0.0f, 1.0f);
    for (size_t i = 0; i < cos_buf.size(); ++i) {
      cos_buf.set(i, dist(rng));
      sin_buf.set(i, dist(rng));
    }
    const size_t esize = dtype_size(c.cache_dtype);
    switch (c.cache) {
      case CacheForm::packed:
        // Cos half then sin half of one buffer.
        cache.cos = cos_buf.raw();
        cache.sin = static_cast<const char*>(cos_buf.raw()) + half * esize;
        cache.row_stride = rd;
        break;
      case CacheForm::separate:
        cache.cos = cos_buf.raw();
        cache.sin = sin_buf.raw();
        cache.row_stride = row_stride;
        break;
      case CacheForm::per_token:
        cache.cos = cos_buf.raw();
        cache.sin = sin_buf.raw();
        cache.index = CacheIndex::per_token;
        cache.token_stride = half;
        cache.batch_stride = T * half;
        break;
      case CacheForm::none:
        break;
    }
    cache.dtype = c.cache_dtype;
    cache.rows = rows;
  }
  ApplyOptions opt;
  if (c.cache != CacheForm::none) opt.cos_sin = &cache;
  opt.direction = c.direction;
  const char* ran = nullptr;
  opt.isa_used = &ran;
  if (c.in_place) {
    st = rope.apply(got.q, got.k, positions, opt);
  } else {
    st = rope.apply(src.q, got.q, src.k, got.k, positions, opt);
  }
  ASSERT_TRUE(st.ok()) << st.message();
  if (expected_isa != nullptr) {
    ASSERT_NE(ran, nullptr);
    EXPECT_STREQ(ran, expected_isa);
  }
  const Tensor& ref_q_in = c.in_place ? want.q : src.q;
  const Tensor& ref_k_in = c.in_place ? want.k : src.k;
  st =
      reference_apply(rope, ref_q_in, want.q, ref_k_in, want.k, positions, opt);
  ASSERT_TRUE(st.ok()) << st.message();

  // Inputs of an out-of-place call are not written.
  if (!c.in_place) {
    EXPECT_TRUE(src.bit_snapshot() == src_before);
  }
  for (const QkStorage* s : {&src, &got, &want}) {
    for (const GuardedBuffer& b : s->buffers) EXPECT_TRUE(b.guards_intact());
  }

  const std::vector<uint32_t> g = got.bit_snapshot(), w = want.bit_snapshot();
  const std::vector<float> gv_values = got.snapshot(),
                           wv_values = want.snapshot();
  std::vector<bool> in_view(g.size(), false);
  const ViewIndex gi{&got}, si{&src};
  int failures = 0;
  for (int which = 0; which < 2; ++which) {
    const Tensor& gv = which == 0 ? got.q : got.k;
    const Tensor& sv = which == 0 ? src.q : src.k;
    for (int64_t t = 0; t < gv.batch * gv.tokens; ++t) {
      for (int64_t h = 0; h < gv.heads; ++h) {
        for (int64_t j = 0; j < hd; ++j) {
          const int64_t o = gi.offset_of(gv, t, h, j);
          ASSERT_GE(o, 0);
          const size_t uo = static_cast<size_t>(o);
          in_view[uo] = true;
          const size_t si_j = static_cast<size_t>(si.offset_of(sv, t, h, j));
          const float x = src_values[si_j];
          const float y = gv_values[uo], r = wv_values[uo];
          if (j < off || j >= off + rd) {
            // One dtype: the input's bits. Else the reference's rounding.
            const uint32_t want_bits =
                gv.dtype == sv.dtype ? src_before[si_j] : w[uo];
            const bool same =
                g[uo] == want_bits || (std::isnan(y) && std::isnan(r));
            if (!same && failures++ < 8) {
              ADD_FAILURE() << "pass-through changed at t=" << t << " h=" << h
                            << " j=" << j << ": " << x << " -> " << y
                            << " (want " << r << ")";
            }
            continue;
          }
          const float xp = src_values[static_cast<size_t>(
              si.offset_of(sv, t, h, off + partner(c.pairing, rd, j - off)))];
          if (!close_enough(gv.dtype, g[uo], w[uo], x, xp) && failures++ < 8) {
            ADD_FAILURE() << (which == 0 ? "q" : "k") << " t=" << t
                          << " h=" << h << " j=" << j << " got " << y
                          << " want " << r << " (" << dtype_name(sv.dtype)
                          << " -> " << dtype_name(gv.dtype) << ", |err| "
                          << std::fabs(static_cast<double>(y) - r) << ")";
          }
        }
      }
    }
  }
  // Nothing outside the views changed (padding, v heads of packed QKV).
  for (size_t i = 0; i < g.size(); ++i) {
    if (!in_view[i] && g[i] != got_before[i] && failures++ < 8) {
      ADD_FAILURE() << "wrote outside the views at element " << i;
    }
  }
  EXPECT_EQ(failures, 0);
}

}  // namespace test
}  // namespace rotary
