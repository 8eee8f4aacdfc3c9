// Scalar f32 <-> f16/bf16 conversions, rounding to nearest-even: the bodies
// of rotary::to_bf16/to_f16/to_float, inline for the kernels' scalar tails.
// The kernels (dispatch/io-inl.h) do the same per lane. Internal.
#ifndef ROTARY_DISPATCH_DTYPE_H_
#define ROTARY_DISPATCH_DTYPE_H_

#include <cstdint>
#include <cstring>

namespace rotary {
namespace detail {

inline uint32_t bits_of(float f) {
  uint32_t u;
  std::memcpy(&u, &f, sizeof(u));
  return u;
}

inline float float_of(uint32_t u) {
  float f;
  std::memcpy(&f, &u, sizeof(f));
  return f;
}

inline uint16_t bf16_bits_from_float(float value) {
  const uint32_t u = bits_of(value);
  if ((u & 0x7FFFFFFFu) > 0x7F800000u) {  // NaN: keep sign and top payload
    return static_cast<uint16_t>((u | 0x00400000u) >> 16);
  }
  // Add just under half an ulp, plus one when the kept lsb is odd: ties go to
  // even, and a carry may run into the exponent (up to Inf), as it should.
  const uint32_t lsb = (u >> 16) & 1u;
  return static_cast<uint16_t>((u + 0x7FFFu + lsb) >> 16);
}

inline float float_from_bf16_bits(uint16_t bits) {
  return float_of(static_cast<uint32_t>(bits) << 16);
}

inline uint16_t f16_bits_from_float(float value) {
  const uint32_t u = bits_of(value);
  const uint32_t sign = (u >> 16) & 0x8000u;
  const uint32_t a = u & 0x7FFFFFFFu;
  uint32_t h;
  if (a > 0x7F800000u) {  // NaN: quiet, top of the payload kept
    h = 0x7E00u | ((a >> 13) & 0x3FFu);
  } else if (a >= 0x477FF000u) {  // >= 65520, half-way past 65504: Inf
    h = 0x7C00u;
  } else if (a >= 0x38800000u) {  // >= 2^-14: normal in f16
    // Rebias the exponent (127 -> 15) and round away 13 bits, ties to even.
    h = (a - 0x38000000u + 0xFFFu + ((a >> 13) & 1u)) >> 13;
  } else {
    // Subnormal or zero in f16 (multiples of 2^-24): adding 0.5 leaves the
    // f16 subnormal's bits in the low bits of an f32 whose ulp is 2^-24, and
    // the f32 addition rounds to nearest-even.
    h = bits_of(float_of(a) + 0.5f) - 0x3F000000u;
  }
  return static_cast<uint16_t>(sign | h);
}

inline float float_from_f16_bits(uint16_t bits) {
  const uint32_t h = bits;
  const uint32_t sign = (h & 0x8000u) << 16;
  const uint32_t em = h & 0x7FFFu;
  uint32_t u;
  if (em >= 0x7C00u) {  // Inf or NaN (quieted, payload kept)
    u = 0x7F800000u | (em << 13) | (em > 0x7C00u ? 0x00400000u : 0u);
  } else if (em >= 0x0400u) {  // normal: rebias the exponent
    u = (em << 13) + 0x38000000u;
  } else {  // subnormal or zero: em * 2^-24, exact and never an f32 denormal
    u = bits_of(static_cast<float>(em) * (1.0f / 16777216.0f));
  }
  return float_of(sign | u);
}

}  // namespace detail
}  // namespace rotary

#endif  // ROTARY_DISPATCH_DTYPE_H_
