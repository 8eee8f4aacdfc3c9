// f16 and bf16: the public conversions (round to nearest-even, NaN, Inf,
// subnormals), the tensor factories, validation of dtypes, and calls whose
// q and k have different dtypes.
#include <cmath>
#include <cstring>
#include <limits>
#include <vector>

#include "dispatch/roofline.h"
#include "gtest/gtest.h"
#include "rotary/rotary.hpp"
#include "tests/test_util.h"

namespace rotary {
namespace test {
namespace {

float from_bits(uint32_t u) {
  float f;
  std::memcpy(&f, &u, sizeof(f));
  return f;
}

uint32_t bits_of(float f) {
  uint32_t u;
  std::memcpy(&u, &f, sizeof(u));
  return u;
}

// Value of f16 bits, from the definition of the format.
double f16_value(uint16_t h) {
  const int e = (h >> 10) & 0x1F, m = h & 0x3FF;
  const double sign = (h & 0x8000) ? -1.0 : 1.0;
  if (e == 0x1F) {
    return m == 0 ? sign * HUGE_VAL : std::numeric_limits<double>::quiet_NaN();
  }
  if (e == 0) return sign * std::ldexp(m, -24);
  return sign * std::ldexp(1024 + m, e - 25);
}

// Nearest of two candidates, ties to the one with an even last bit.
uint16_t nearest_even(double x, uint16_t lo, double lo_value, uint16_t hi,
                      double hi_value) {
  const double dlo = std::fabs(x - lo_value), dhi = std::fabs(hi_value - x);
  if (dlo != dhi) return dlo < dhi ? lo : hi;
  return (lo & 1) == 0 ? lo : hi;
}

TEST(Conversions, ToFloatIsExact) {
  for (uint32_t b = 0; b < 0x10000; ++b) {
    const uint16_t h = static_cast<uint16_t>(b);
    const float f = to_float(f16{h});
    const double want = f16_value(h);
    if (std::isnan(want)) {
      ASSERT_TRUE(std::isnan(f)) << std::hex << b;
      // Quiet, sign and payload kept (what F16C does).
      EXPECT_EQ(bits_of(f),
                ((b & 0x8000u) << 16) | 0x7FC00000u | ((b & 0x3FFu) << 13))
          << std::hex << b;
    } else {
      ASSERT_EQ(static_cast<double>(f), want) << std::hex << b;
      ASSERT_EQ(std::signbit(f), (b & 0x8000) != 0) << std::hex << b;
    }
    EXPECT_EQ(bits_of(to_float(bf16{h})), b << 16) << std::hex << b;
  }
}

TEST(Conversions, RoundTripsEvery16BitValue) {
  for (uint32_t b = 0; b < 0x10000; ++b) {
    const uint16_t h = static_cast<uint16_t>(b);
    const bool f16_nan = (b & 0x7C00) == 0x7C00 && (b & 0x3FF) != 0;
    const bool bf16_nan = (b & 0x7F80) == 0x7F80 && (b & 0x7F) != 0;
    if (f16_nan) {
      EXPECT_EQ(to_f16(to_float(f16{h})).bits, b | 0x200u) << std::hex << b;
    } else {
      EXPECT_EQ(to_f16(to_float(f16{h})).bits, b) << std::hex << b;
    }
    if (bf16_nan) {
      EXPECT_EQ(to_bf16(to_float(bf16{h})).bits, b | 0x40u) << std::hex << b;
    } else {
      EXPECT_EQ(to_bf16(to_float(bf16{h})).bits, b) << std::hex << b;
    }
  }
}

// Every bf16 interval: its ends, the tie in the middle and its neighbours.
TEST(Conversions, Bf16RoundsToNearestEven) {
  for (uint32_t hi = 0; hi < 0x10000; ++hi) {
    const uint32_t exp = (hi >> 7) & 0xFF;
    if (exp == 0xFF) continue;  // Inf/NaN intervals: below
    const uint16_t lo_b = static_cast<uint16_t>(hi);
    const uint16_t hi_b = static_cast<uint16_t>(hi + 1);
    const double lo_v = from_bits(hi << 16);
    // The next one up may be Inf: round as if to 2^128.
    const double hi_v =
        (hi_b & 0x7FFF) == 0x7F80
            ? std::copysign(std::ldexp(1.0, 128), lo_v)
            : static_cast<double>(from_bits(static_cast<uint32_t>(hi_b) << 16));
    for (uint32_t low : {0x0000u, 0x0001u, 0x7FFFu, 0x8000u, 0x8001u, 0xFFFFu,
                         0x1234u, 0xC000u}) {
      const float x = from_bits(hi << 16 | low);
      const uint16_t want = nearest_even(x, lo_b, lo_v, hi_b, hi_v);
      ASSERT_EQ(to_bf16(x).bits, want)
          << std::hex << (hi << 16 | low) << " -> " << to_bf16(x).bits;
    }
  }
}

// Every pair of neighbouring f16 values: the tie between them and the f32
// values just below and above it, subnormals included.
TEST(Conversions, F16RoundsToNearestEven) {
  for (uint32_t b = 0; b < 0x7C00; ++b) {
    for (uint32_t sign : {0u, 0x8000u}) {
      const uint16_t lo = static_cast<uint16_t>(b | sign);
      const uint16_t hi = static_cast<uint16_t>((b + 1) | sign);
      const double lo_v = f16_value(lo);
      // Past the largest finite value, round as if to 2^16.
      const double hi_v =
          b + 1 == 0x7C00 ? (sign ? -65536.0 : 65536.0) : f16_value(hi);
      const float tie = static_cast<float>((lo_v + hi_v) / 2);  // exact
      ASSERT_EQ(static_cast<double>(tie), (lo_v + hi_v) / 2);
      for (float x : {static_cast<float>(lo_v), tie,
                      std::nextafter(tie, static_cast<float>(lo_v)),
                      std::nextafter(tie, static_cast<float>(2 * hi_v))}) {
        const uint16_t want = nearest_even(x, lo, lo_v, hi, hi_v);
        ASSERT_EQ(to_f16(x).bits, want)
            << std::hex << bits_of(x) << " (" << x << ") -> " << to_f16(x).bits;
      }
    }
  }
}

TEST(Conversions, SpecialValues) {
  const float inf = std::numeric_limits<float>::infinity();
  // Overflow: 65520 is half-way past 65504, the largest f16.
  EXPECT_EQ(to_f16(65504.0f).bits, 0x7BFF);
  EXPECT_EQ(to_f16(65519.996f).bits, 0x7BFF);
  EXPECT_EQ(to_f16(65520.0f).bits, 0x7C00);
  EXPECT_EQ(to_f16(-1e10f).bits, 0xFC00);
  EXPECT_EQ(to_f16(std::numeric_limits<float>::max()).bits, 0x7C00);
  EXPECT_EQ(to_f16(inf).bits, 0x7C00);
  EXPECT_EQ(to_f16(-inf).bits, 0xFC00);
  EXPECT_EQ(to_bf16(std::numeric_limits<float>::max()).bits, 0x7F80);
  EXPECT_EQ(to_bf16(from_bits(0x7F7F7FFF)).bits, 0x7F7F);
  EXPECT_EQ(to_bf16(inf).bits, 0x7F80);
  EXPECT_EQ(to_bf16(-inf).bits, 0xFF80);
  // Underflow: 2^-25 ties between 0 and the smallest subnormal 2^-24.
  EXPECT_EQ(to_f16(0x1p-25f).bits, 0x0000);
  EXPECT_EQ(to_f16(std::nextafter(0x1p-25f, 1.0f)).bits, 0x0001);
  EXPECT_EQ(to_f16(0x3p-25f).bits, 0x0002);
  EXPECT_EQ(to_f16(-0x1p-26f).bits, 0x8000);
  EXPECT_EQ(to_f16(1e-45f).bits, 0x0000);        // f32 denormal
  EXPECT_EQ(to_f16(0x1.ff8p-15f).bits, 0x03FF);  // largest subnormal
  EXPECT_EQ(to_f16(0x1.ffcp-15f).bits, 0x0400);  // tie, up to the normal
  EXPECT_EQ(to_bf16(from_bits(0x00008000)).bits, 0x0000);  // denormal tie
  EXPECT_EQ(to_bf16(from_bits(0x00018000)).bits, 0x0002);
  EXPECT_EQ(to_bf16(from_bits(0x807F8001)).bits, 0x8080);
  EXPECT_EQ(to_bf16(-0.0f).bits, 0x8000);
  EXPECT_EQ(to_f16(-0.0f).bits, 0x8000);
  // NaN stays NaN, quiet, sign kept: also a signalling NaN whose payload
  // lives in the bits that rounding drops.
  for (uint32_t nan : {0x7FC00000u, 0xFFC00000u, 0x7F800001u, 0xFF800001u,
                       0x7FBFFFFFu, 0x7FFFFFFFu}) {
    const bf16 b = to_bf16(from_bits(nan));
    EXPECT_TRUE(std::isnan(to_float(b))) << std::hex << nan;
    EXPECT_EQ(b.bits & 0x8040, ((nan >> 16) & 0x8000) | 0x40)
        << std::hex << nan;
    const f16 h = to_f16(from_bits(nan));
    EXPECT_TRUE(std::isnan(to_float(h))) << std::hex << nan;
    EXPECT_EQ(h.bits & 0x8200, ((nan >> 16) & 0x8000) | 0x200)
        << std::hex << nan;
  }
}

TEST(DType, NamesSizesAndFactories) {
  EXPECT_EQ(dtype_size(DType::f32), 4u);
  EXPECT_EQ(dtype_size(DType::f16), 2u);
  EXPECT_EQ(dtype_size(DType::bf16), 2u);
  EXPECT_EQ(dtype_size(static_cast<DType>(9)), 0u);
  EXPECT_STREQ(dtype_name(DType::bf16), "bf16");
  EXPECT_STREQ(dtype_name(static_cast<DType>(9)), "?");

  std::vector<bf16> b(2 * 3 * 8);
  std::vector<f16> h(2 * 3 * 8);
  const Tensor tb = Tensor::bshd(b.data(), 2, 3, 8);
  EXPECT_EQ(tb.dtype, DType::bf16);
  EXPECT_EQ(tb.token_stride, 24);
  EXPECT_EQ(tb.head_stride, 8);
  const Tensor th = Tensor::bhsd(h.data(), 2, 3, 8);
  EXPECT_EQ(th.dtype, DType::f16);
  EXPECT_EQ(th.token_stride, 8);
  EXPECT_EQ(th.head_stride, 16);
  const ConstTensor cb =
      ConstTensor::bshd(static_cast<const bf16*>(b.data()), 2, 3, 8);
  EXPECT_EQ(cb.dtype, DType::bf16);
  EXPECT_EQ(cb.token_stride, 24);
  std::vector<float> f(48);
  EXPECT_EQ(
      ConstTensor::bhsd(static_cast<const float*>(f.data()), 2, 3, 8).dtype,
      DType::f32);
  EXPECT_EQ(Tensor::bshd(f.data(), 2, 3, 8).dtype, DType::f32);
  EXPECT_EQ(Tensor::bshd(nullptr, 0, 0, 8).dtype, DType::f32);  // as before
}

Rope make_rope(int64_t head_dim, int64_t rotary_dim = 0) {
  RopeSpec spec;
  spec.head_dim = head_dim;
  spec.rotary_dim = rotary_dim;
  spec.max_positions = 16;
  Rope rope;
  EXPECT_TRUE(Rope::create(spec, &rope).ok());
  return rope;
}

void expect_error(const Status& st, const char* needle) {
  EXPECT_EQ(st.code(), Code::invalid_argument) << st.message();
  EXPECT_NE(st.message().find(needle), std::string::npos) << st.message();
}

// q of 2 tokens x 2 heads x 8 in one byte buffer, k absent.
struct Bytes {
  std::vector<unsigned char> buf = std::vector<unsigned char>(1024, 0xA5);
  std::vector<int32_t> pos{1, 2};
  Positions positions() const { return Positions(pos.data(), 2); }
  void* at(size_t byte) { return buf.data() + 64 + byte; }
  bool untouched() const {
    for (unsigned char c : buf) {
      if (c != 0xA5) return false;
    }
    return true;
  }
};

TEST(DType, BadDTypesAreNamedAndNothingIsWritten) {
  const Rope rope = make_rope(8);
  {
    Bytes b;
    Tensor q{b.at(0), static_cast<DType>(7), 2, 2, 16, 8};
    expect_error(rope.apply(q, Tensor{}, b.positions()),
                 "q_in.dtype (7) is not a DType value");
    EXPECT_TRUE(b.untouched());
  }
  {
    Bytes b;
    Tensor in{b.at(0), DType::bf16, 2, 2, 16, 8};
    Tensor out{b.at(256), static_cast<DType>(-1), 2, 2, 16, 8};
    expect_error(rope.apply(Tensor{}, Tensor{}, in, out, b.positions()),
                 "k_out.dtype (-1) is not a DType value");
    EXPECT_TRUE(b.untouched());
  }
  {
    // In place (same data and strides) across dtypes.
    Bytes b;
    Tensor in{b.at(0), DType::f32, 2, 2, 16, 8};
    Tensor out = in;
    out.dtype = DType::bf16;
    expect_error(
        rope.apply(in, out, Tensor{}, Tensor{}, b.positions()),
        "q_out is q_in (in place) but its dtype bf16 differs from f32");
    EXPECT_TRUE(b.untouched());
  }
  {
    // A 16-bit view needs 2-byte alignment, not 4.
    Bytes b;
    Tensor ok{b.at(2), DType::f16, 2, 2, 16, 8};
    std::vector<float> out(32);
    EXPECT_TRUE(rope.apply(ok, Tensor::bshd(out.data(), 2, 2, 8), Tensor{},
                           Tensor{}, b.positions())
                    .ok());
    Bytes c;
    Tensor odd{c.at(1), DType::bf16, 2, 2, 16, 8};
    expect_error(
        rope.apply(odd, Tensor{}, c.positions()),
        "q_in.data is not aligned to its element size (2 bytes, bf16)");
    EXPECT_TRUE(c.untouched());
  }
}

// Footprints use the element size: bf16 views that would overlap if their
// elements were 4 bytes do not, and an f32 output reaching into a bf16 input
// does.
TEST(DType, OverlapCountsBytesOfEachDType) {
  const Rope rope = make_rope(8);
  Bytes b;
  // q_in: 2 x 2 x 8 bf16 = 64 bytes at [0, 64); q_out right after it.
  Tensor in{b.at(0), DType::bf16, 2, 2, 16, 8};
  Tensor out{b.at(64), DType::bf16, 2, 2, 16, 8};
  EXPECT_TRUE(rope.apply(in, out, Tensor{}, Tensor{}, b.positions()).ok());
  Bytes c;
  Tensor in2{c.at(0), DType::bf16, 2, 2, 16, 8};
  Tensor out32{c.at(60), DType::f32, 2, 2, 16, 8};  // starts inside q_in
  expect_error(rope.apply(in2, out32, Tensor{}, Tensor{}, c.positions()),
               "q_out overlaps q_in");
  EXPECT_TRUE(c.untouched());
  // A bf16 output whose first element would end past q_in's 64 bytes if it
  // were f32, but starts at byte 62: overlaps in bf16 too.
  Bytes d;
  Tensor in3{d.at(0), DType::bf16, 2, 2, 16, 8};
  Tensor out16{d.at(62), DType::bf16, 2, 2, 16, 8};
  expect_error(rope.apply(in3, out16, Tensor{}, Tensor{}, d.positions()),
               "q_out overlaps q_in");
  EXPECT_TRUE(d.untouched());
}

// q and k of one call with their own dtypes, in place and out of place.
TEST(DType, QAndKMayDifferInDType) {
  const DType kTypes[] = {DType::f32, DType::f16, DType::bf16};
  uint32_t seed = 77;
  for (Pairing pairing : {Pairing::interleaved, Pairing::half_split}) {
    for (DType q_in : kTypes) {
      for (DType k_out : kTypes) {
        Case c;
        c.pairing = pairing;
        c.head_dim = 72;
        c.rotary_dim = 40;
        c.tokens = 3;
        c.q_heads = 4;
        c.k_heads = 2;
        c.seed = ++seed;
        c.layout = Layout::padded;
        // In place: q and k of different dtypes, one each.
        c.q_in = c.q_out = q_in;
        c.k_in = c.k_out = k_out;
        c.in_place = true;
        check_against_reference(c, nullptr);
        // Out of place: q converts one way, k another.
        c.in_place = false;
        c.q_out = k_out;
        c.k_in = q_in == DType::bf16 ? DType::f16 : DType::bf16;
        check_against_reference(c, nullptr);
      }
    }
  }
}

// The bench's roofline pass multiplies by 1.0f through the kernels' loads
// and stores: finite 16-bit data must come back bit for bit, on every ISA.
TEST(DType, RooflinePassKeepsSixteenBitData) {
  const Rope rope = make_rope(72);
  for (const IsaInfo& isa : supported_isas()) {
    SCOPED_TRACE(isa.name);
    ASSERT_TRUE(select_isa(isa.name).ok());
    for (DType dtype : {DType::f32, DType::f16, DType::bf16}) {
      Case c;
      c.head_dim = 72;
      c.tokens = 3;
      c.q_heads = 5;
      c.k_heads = 2;
      c.misalign = 1;
      QkStorage s(c, 72, dtype, dtype);
      s.fill_random(11, -70000.0f, 70000.0f);  // f16 overflow included
      const std::vector<uint32_t> before = s.bit_snapshot();
      const std::vector<int32_t> pos = {0, 1, 2};
      ASSERT_TRUE(detail::roofline_apply(rope, s.q, s.q, s.k, s.k,
                                         Positions(pos.data(), 3), {})
                      .ok());
      EXPECT_TRUE(s.bit_snapshot() == before) << dtype_name(dtype);
    }
  }
  ASSERT_TRUE(select_isa("auto").ok());
}

// The bench's non-temporal copy: every byte, from any source and
// destination alignment, lengths around and across whole vectors, and not a
// byte before or after the destination range.
TEST(DType, StreamCopyCopiesEveryByte) {
  std::vector<uint8_t> src(4096 + 64);
  for (size_t i = 0; i < src.size(); ++i) {
    src[i] = static_cast<uint8_t>(i * 131 + 7);
  }
  for (size_t src_offset : {0, 1, 7}) {
    for (size_t dst_offset : {0, 3, 32, 63}) {
      for (size_t n : {0, 1, 15, 64, 200, 4096}) {
        std::vector<uint8_t> dst(4096 + 128, 0xA5);
        detail::stream_copy(src.data() + src_offset, dst.data() + dst_offset,
                            n);
        for (size_t i = 0; i < dst.size(); ++i) {
          const bool inside = i >= dst_offset && i < dst_offset + n;
          const uint8_t want =
              inside ? src[src_offset + i - dst_offset] : uint8_t{0xA5};
          ASSERT_EQ(dst[i], want) << "src+" << src_offset << " dst+"
                                  << dst_offset << " n=" << n << " at " << i;
        }
      }
    }
  }
}

}  // namespace
}  // namespace test
}  // namespace rotary
