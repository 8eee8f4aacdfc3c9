#include "tests/test_util.h"

#include <cmath>
#include <cstring>
#include <random>
#include <sstream>

#include "gtest/gtest.h"

namespace rotary {
namespace test {

const char* layout_name(Layout layout) {
  switch (layout) {
    case Layout::bshd: return "bshd";
    case Layout::bhsd: return "bhsd";
    case Layout::packed_qkv: return "packed_qkv";
    case Layout::padded: return "padded";
  }
  return "?";
}

std::string Case::describe() const {
  std::ostringstream os;
  os << (pairing == Pairing::interleaved ? "interleaved" : "half_split")
     << " head_dim=" << head_dim << " rotary_dim=" << rotary_dim
     << " q_heads=" << q_heads << " k_heads=" << k_heads
     << " tokens=" << tokens << " max_positions=" << max_positions
     << " layout=" << layout_name(layout) << (in_place ? " in_place" : " out")
     << " misalign=" << misalign << " positions=" << static_cast<int>(positions)
     << (positions_i64 ? " i64" : " i32")
     << (direction == Direction::backward ? " backward" : " forward")
     << " seed=" << seed;
  return os.str();
}

GuardedBuffer::GuardedBuffer(size_t floats, int misalign)
    : size_(floats),
      offset_(static_cast<size_t>(misalign)),
      storage_(floats + 2 * kGuard + 16, kCanary) {}

bool GuardedBuffer::guards_intact() const {
  const float* begin = storage_.data() + kGuard + offset_;
  for (const float* p = storage_.data(); p < begin; ++p) {
    if (std::memcmp(p, &kCanary, sizeof(float)) != 0) return false;
  }
  for (const float* p = begin + size_; p < storage_.data() + storage_.size();
       ++p) {
    if (std::memcmp(p, &kCanary, sizeof(float)) != 0) return false;
  }
  return true;
}

QkStorage::QkStorage(const Case& c, int64_t hd) {
  const int64_t T = c.tokens, Hq = c.q_heads, Hk = c.k_heads;
  auto view = [](float* data, int64_t tokens, int64_t heads, int64_t ts,
                 int64_t hs) {
    if (heads == 0) return Tensor{};
    return Tensor{data, DType::f32, tokens, heads, ts, hs};
  };
  switch (c.layout) {
    case Layout::packed_qkv: {
      const int64_t ts = (Hq + 2 * Hk) * hd;
      buffers.emplace_back(static_cast<size_t>(T * ts), c.misalign);
      float* base = buffers[0].data();
      q = view(base, T, Hq, ts, hd);
      k = view(base + Hq * hd, T, Hk, ts, hd);
      return;
    }
    case Layout::bshd:
    case Layout::bhsd:
    case Layout::padded: {
      const int64_t heads[2] = {Hq, Hk};
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
          size = T * ts;
        }
        buffers.emplace_back(static_cast<size_t>(size), c.misalign);
        *views[i] = view(buffers.back().data(), T, H, ts, hs);
      }
      return;
    }
  }
}

void QkStorage::fill_random(uint32_t seed, float lo, float hi) {
  std::mt19937 rng(seed);
  std::uniform_real_distribution<float> dist(lo, hi);
  for (GuardedBuffer& b : buffers) {
    for (size_t i = 0; i < b.size(); ++i) b.data()[i] = dist(rng);
  }
}

void QkStorage::fill_canary() {
  for (GuardedBuffer& b : buffers) {
    for (size_t i = 0; i < b.size(); ++i) b.data()[i] = GuardedBuffer::kCanary;
  }
}

std::vector<float> QkStorage::snapshot() const {
  std::vector<float> all;
  for (const GuardedBuffer& b : buffers) {
    const float* p = const_cast<GuardedBuffer&>(b).data();
    all.insert(all.end(), p, p + b.size());
  }
  return all;
}

std::vector<int32_t> make_positions(const Case& c, uint32_t seed) {
  std::mt19937 rng(seed ^ 0x9e3779b9u);
  const int64_t limit = c.max_positions > 0 ? c.max_positions : 1000000;
  std::uniform_int_distribution<int64_t> dist(0, limit - 1);
  std::vector<int32_t> p(static_cast<size_t>(c.tokens));
  for (int64_t t = 0; t < c.tokens; ++t) {
    int64_t v = 0;
    switch (c.positions) {
      case PositionKind::zero: v = 0; break;
      case PositionKind::random: v = dist(rng); break;
      case PositionKind::table_end: v = limit - 1 - (t % 3); break;
      case PositionKind::large:
        v = c.max_positions > 0 ? limit - 1 - t % 3
                                : (int64_t{1} << 24) - 1 - 977 * t;
        break;
    }
    p[static_cast<size_t>(t)] = static_cast<int32_t>(v < 0 ? 0 : v);
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
    const float* p = static_cast<const float*>(v.data) + t * v.token_stride +
                     h * v.head_stride + j;
    int64_t base = 0;
    for (const GuardedBuffer& b : s->buffers) {
      const float* d = const_cast<GuardedBuffer&>(b).data();
      if (p >= d && p < d + b.size()) return base + (p - d);
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
  spec.pairing = c.pairing;
  spec.max_positions = c.max_positions;
  spec.theta = 10000.0;
  Rope rope;
  Status st = Rope::create(spec, &rope);
  ASSERT_TRUE(st.ok()) << st.message();
  const int64_t hd = c.head_dim;
  const int64_t rd = rope.spec().rotary_dim;

  QkStorage src(c, hd), got(c, hd), want(c, hd);
  src.fill_random(c.seed);
  if (c.in_place) {
    got.fill_random(c.seed);
    want.fill_random(c.seed);
  } else {
    got.fill_canary();
    want.fill_canary();
  }
  const std::vector<float> src_before = src.snapshot();
  const std::vector<float> got_before = got.snapshot();

  const std::vector<int32_t> pos32 = make_positions(c, c.seed);
  const std::vector<int64_t> pos64(pos32.begin(), pos32.end());
  const Positions positions =
      c.positions_i64 ? Positions(pos64.data(), c.tokens)
                      : Positions(pos32.data(), c.tokens);
  ApplyOptions opt;
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
  st = reference_apply(rope, ref_q_in, want.q, ref_k_in, want.k, positions,
                       opt);
  ASSERT_TRUE(st.ok()) << st.message();

  // Inputs of an out-of-place call are not written.
  if (!c.in_place) {
    EXPECT_TRUE(src.snapshot() == src_before);
  }
  for (const QkStorage* s : {&src, &got, &want}) {
    for (const GuardedBuffer& b : s->buffers) EXPECT_TRUE(b.guards_intact());
  }

  const std::vector<float> g = got.snapshot(), w = want.snapshot();
  std::vector<bool> in_view(g.size(), false);
  const ViewIndex gi{&got}, si{&src};
  int failures = 0;
  for (int which = 0; which < 2; ++which) {
    const Tensor& gv = which == 0 ? got.q : got.k;
    const Tensor& sv = which == 0 ? src.q : src.k;
    for (int64_t t = 0; t < gv.tokens; ++t) {
      for (int64_t h = 0; h < gv.heads; ++h) {
        for (int64_t j = 0; j < hd; ++j) {
          const int64_t o = gi.offset_of(gv, t, h, j);
          ASSERT_GE(o, 0);
          in_view[static_cast<size_t>(o)] = true;
          const float x = src_before[static_cast<size_t>(si.offset_of(sv, t, h, j))];
          const float y = g[static_cast<size_t>(o)], r = w[static_cast<size_t>(o)];
          if (j >= rd) {
            if (std::memcmp(&y, &x, sizeof(float)) != 0 && failures++ < 8) {
              ADD_FAILURE() << "pass-through changed at t=" << t << " h=" << h
                            << " j=" << j << ": " << x << " -> " << y;
            }
            continue;
          }
          const float xp = src_before[static_cast<size_t>(
              si.offset_of(sv, t, h, partner(c.pairing, rd, j)))];
          const double err = std::fabs(static_cast<double>(y) - r);
          if (!(err <= tolerance(x, xp)) && failures++ < 8) {
            ADD_FAILURE() << (which == 0 ? "q" : "k") << " t=" << t
                          << " h=" << h << " j=" << j << " got " << y
                          << " want " << r << " (|err| " << err << " > "
                          << tolerance(x, xp) << ")";
          }
        }
      }
    }
  }
  // Nothing outside the views changed (padding, v heads of packed QKV).
  for (size_t i = 0; i < g.size(); ++i) {
    if (!in_view[i] &&
        std::memcmp(&g[i], &got_before[i], sizeof(float)) != 0 &&
        failures++ < 8) {
      ADD_FAILURE() << "wrote outside the views at float " << i;
    }
  }
  EXPECT_EQ(failures, 0);
}

}  // namespace test
}  // namespace rotary
