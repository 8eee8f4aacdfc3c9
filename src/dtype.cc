// The public conversions and dtype helpers (bodies in src/dtype.h).
#include "dispatch/dtype.h"

#include "rotary/rotary.hpp"

namespace rotary {

bf16 to_bf16(float value) { return bf16{detail::bf16_bits_from_float(value)}; }
f16 to_f16(float value) { return f16{detail::f16_bits_from_float(value)}; }
float to_float(bf16 value) { return detail::float_from_bf16_bits(value.bits); }
float to_float(f16 value) { return detail::float_from_f16_bits(value.bits); }

size_t dtype_size(DType dtype) {
  switch (dtype) {
    case DType::f32:
      return 4;
    case DType::f16:
      return 2;
    case DType::bf16:
      return 2;
  }
  return 0;
}

const char* dtype_name(DType dtype) {
  switch (dtype) {
    case DType::f32:
      return "f32";
    case DType::f16:
      return "f16";
    case DType::bf16:
      return "bf16";
  }
  return "?";
}

}  // namespace rotary
