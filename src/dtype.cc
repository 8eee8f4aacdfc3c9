// Scalar f32 <-> f16/bf16 conversions, rounding to nearest-even. The kernels
// (dispatch/rope-inl.h) do the same per lane and use these for their tails.
#include <cstring>

#include "rotary/rotary.hpp"

namespace rotary {
namespace {

uint32_t bits_of(float f) {
  uint32_t u;
  std::memcpy(&u, &f, sizeof(u));
  return u;
}

float float_of(uint32_t u) {
  float f;
  std::memcpy(&f, &u, sizeof(f));
  return f;
}

}  // namespace

bf16 to_bf16(float value) {
  const uint32_t u = bits_of(value);
  if ((u & 0x7FFFFFFFu) > 0x7F800000u) {  // NaN: keep sign and top payload
    return bf16{static_cast<uint16_t>((u | 0x00400000u) >> 16)};
  }
  // Add just under half an ulp, plus one when the kept lsb is odd: ties go to
  // even, and a carry may run into the exponent (up to Inf), as it should.
  const uint32_t lsb = (u >> 16) & 1u;
  return bf16{static_cast<uint16_t>((u + 0x7FFFu + lsb) >> 16)};
}

float to_float(bf16 value) {
  return float_of(static_cast<uint32_t>(value.bits) << 16);
}

f16 to_f16(float value) {
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
  return f16{static_cast<uint16_t>(sign | h)};
}

float to_float(f16 value) {
  const uint32_t h = value.bits;
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

size_t dtype_size(DType dtype) {
  switch (dtype) {
    case DType::f32: return 4;
    case DType::f16: return 2;
    case DType::bf16: return 2;
  }
  return 0;
}

const char* dtype_name(DType dtype) {
  switch (dtype) {
    case DType::f32: return "f32";
    case DType::f16: return "f16";
    case DType::bf16: return "bf16";
  }
  return "?";
}

}  // namespace rotary
