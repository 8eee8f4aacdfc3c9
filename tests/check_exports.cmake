# Fails unless a shared librotary exports exactly the API: C functions named
# rotary_*, and C++ symbols of namespace rotary (_ZN6rotary / _ZNK6rotary,
# plus the typeinfo and vtables of rotary types, which the C++ ABI exports
# with their class) outside rotary::detail and Highway's per-target
# namespaces (rotary::N_AVX2...). Also checks the API is there at all.
#
#   cmake -DNM=<nm> -DLIBRARY=<librotary.so> -P check_exports.cmake
if(NOT NM OR NOT EXISTS "${NM}")
  message("SKIPPED: no nm tool found (CMAKE_NM is empty)")
  return()
endif()
execute_process(COMMAND "${NM}" -D --defined-only "${LIBRARY}"
  OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${NM} -D --defined-only ${LIBRARY} failed: ${err}")
endif()

string(REPLACE "\n" ";" lines "${out}")
set(exported "")
set(offenders "")
foreach(line IN LISTS lines)
  # "<address> <type> <name>"; absolute symbols (A) name version nodes.
  if(NOT line MATCHES "^[0-9a-fA-F]* *([A-Za-z]) ([^ ]+)$")
    continue()
  endif()
  set(type "${CMAKE_MATCH_1}")
  set(name "${CMAKE_MATCH_2}")
  if(type STREQUAL "A")
    continue()
  endif()
  list(APPEND exported "${name}")
  if(name MATCHES "^rotary_[A-Za-z0-9_]+$")
    continue()
  endif()
  if(name MATCHES "^_ZN?K?6rotary|^_ZT[VIS]N6rotary")
    if(NOT name MATCHES "^_Z[A-Z]*6rotary(6detail|[0-9]+N_|[0-9]+_GLOBAL__N)")
      continue()
    endif()
  endif()
  list(APPEND offenders "${type} ${name}")
endforeach()

set(required
  rotary_status_name rotary_last_error rotary_version rotary_version_string
  rotary_rope_create rotary_rope_destroy rotary_apply rotary_isa_count
  rotary_isa_get rotary_active_isa rotary_select_isa rotary_cos_sin
  rotary_apply_batched rotary_apply_append rotary_apply_qk_norm
  rotary_rope_create_from_config_json rotary_rope_create_from_config_file
  rotary_rope_get_spec
  # Rope::attention_factor, Rope::cos_sin, spec_from_config_json/_file,
  # the 16-bit conversions, dtype_size, dtype_name.
  _ZNK6rotary4Rope16attention_factor _ZNK6rotary4Rope7cos_sin
  _ZN6rotary21spec_from_config_json _ZN6rotary21spec_from_config_file
  _ZN6rotary7to_bf16 _ZN6rotary6to_f16 _ZN6rotary8to_floatENS_4bf16
  _ZN6rotary8to_floatENS_3f16 _ZN6rotary10dtype_size _ZN6rotary10dtype_name
  # rotary::Rope::create, Rope::apply (2), Rope::apply_qk_norm (2),
  # Rope::spec, Rope::inv_freq, reference_apply, code_name, compiled_isas,
  # supported_isas, active_isa, select_isa.
  _ZN6rotary4Rope6create _ZNK6rotary4Rope5applyERKNS_11ConstTensor
  _ZNK6rotary4Rope5applyERKNS_6Tensor _ZNK6rotary4Rope4spec
  _ZNK6rotary4Rope13apply_qk_normERKNS_11ConstTensor
  _ZNK6rotary4Rope13apply_qk_normERKNS_6Tensor
  _ZNK6rotary4Rope8inv_freq _ZN6rotary15reference_apply
  _ZN6rotary9code_name _ZN6rotary13compiled_isas _ZN6rotary14supported_isas
  _ZN6rotary10active_isa _ZN6rotary10select_isa
  # Rope::apply_append
  _ZNK6rotary4Rope12apply_append)
set(missing "")
foreach(prefix IN LISTS required)
  set(found OFF)
  foreach(name IN LISTS exported)
    string(FIND "${name}" "${prefix}" at)
    if(at EQUAL 0)
      set(found ON)
      break()
    endif()
  endforeach()
  if(NOT found)
    list(APPEND missing "${prefix}")
  endif()
endforeach()

list(LENGTH exported n)
string(REPLACE ";" "\n  " listing "${exported}")
message("${LIBRARY} exports ${n} symbols:\n  ${listing}")
if(offenders OR missing)
  string(REPLACE ";" "\n  " offenders "${offenders}")
  string(REPLACE ";" "\n  " missing "${missing}")
  message(FATAL_ERROR
    "Not API (neither rotary_* nor public rotary::):\n  ${offenders}\n"
    "API not exported:\n  ${missing}")
endif()
