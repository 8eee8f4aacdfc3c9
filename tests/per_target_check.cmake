# Runs a per-target GoogleTest binary (HWY_EXPORT_AND_TEST_P) and fails unless
# exactly the expected Highway targets were instantiated, and every case it
# runs passed. A per-target case whose target the CPU lacks is never
# instantiated, so without this check a missing target would look like a pass.
#
#   cmake -DEXE=test_binary -DTARGETS=SVE2,SVE,NEON [-DRUN=SVE2|none]
#         [-DEMULATOR=qemu-aarch64] [-DSUMMARY=file] -P per_target_check.cmake
#
# Cases named Test/TARGET are per-target; other cases only have to pass.
# Without RUN every listed case runs. With RUN (a subset of TARGETS) only the
# per-target cases of those targets run, and with RUN=none nothing runs: the
# instantiation is still checked against TARGETS. (The arm64 stage runs each
# target's cases under one CPU model only; see .ci/arm64-test.sh.) The CPU
# (e.g. QEMU_CPU) comes from the environment.

# Run with cmake -P: script mode sets no policies by itself (IN_LIST needs
# CMP0057), whichever cmake runs it.
cmake_minimum_required(VERSION 3.25)
foreach(var EXE TARGETS)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "per_target_check: -D${var}=... is required")
  endif()
endforeach()
string(REPLACE "," ";" expected "${TARGETS}")
list(SORT expected)
set(run_filter "")
if(DEFINED RUN)
  if(RUN STREQUAL "none")
    set(run "")
  else()
    string(REPLACE "," ";" run "${RUN}")
  endif()
  foreach(t IN LISTS run)
    if(NOT t IN_LIST expected)
      message(FATAL_ERROR "per_target_check: RUN target ${t} is not in TARGETS")
    endif()
    list(APPEND run_filter "*/${t}")
  endforeach()
  list(JOIN run_filter ":" run_filter)
endif()
set(cpu "$ENV{QEMU_CPU}")
if(cpu STREQUAL "")
  set(cpu "(host)")
endif()

execute_process(COMMAND ${EMULATOR} ${EXE} --gtest_list_tests
                OUTPUT_VARIABLE listing ERROR_VARIABLE listing_err
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "--gtest_list_tests failed (${rc}):\n${listing}${listing_err}")
endif()

# Suite lines end in '.', case lines are indented; drop "# GetParam() = ...".
string(REPLACE ";" "," listing "${listing}")
string(REPLACE "\n" ";" lines "${listing}")
set(suite "")
set(cases "")
set(functions "")
foreach(line IN LISTS lines)
  if(line MATCHES "^([^ #][^ ]*\\.)$")
    set(suite "${CMAKE_MATCH_1}")
  elseif(line MATCHES "^  ([^ ]+)")
    set(name "${CMAKE_MATCH_1}")
    list(APPEND cases "${suite}${name}")
    if(name MATCHES "^(.+)/([A-Z0-9_]+)$")
      set(fn "${suite}${CMAKE_MATCH_1}")
      list(APPEND functions "${fn}")
      string(MAKE_C_IDENTIFIER "${fn}" key)
      list(APPEND targets_${key} "${CMAKE_MATCH_2}")
    endif()
  endif()
endforeach()
list(REMOVE_DUPLICATES functions)
if(NOT functions)
  message(FATAL_ERROR "no per-target cases listed by ${EXE} on ${cpu}:\n${listing}")
endif()

set(errors "")
set(all_targets "")
foreach(fn IN LISTS functions)
  string(MAKE_C_IDENTIFIER "${fn}" key)
  set(got ${targets_${key}})
  list(APPEND all_targets ${got})  # best first, as listed
  list(SORT got)
  if(NOT got STREQUAL expected)
    string(APPEND errors "  ${fn}: instantiated for [${got}], expected [${expected}]\n")
  endif()
endforeach()

# The cases to run: all, or the per-target cases of the RUN targets.
set(to_run "")
foreach(case IN LISTS cases)
  if(NOT DEFINED RUN)
    list(APPEND to_run "${case}")
  elseif(case MATCHES "/([A-Z0-9_]+)$" AND CMAKE_MATCH_1 IN_LIST run)
    list(APPEND to_run "${case}")
  endif()
endforeach()
if(NOT DEFINED RUN)
  set(args "")
else()
  set(args "--gtest_filter=${run_filter}")
endif()
if(to_run)
  execute_process(COMMAND ${EMULATOR} ${EXE} ${args}
                  OUTPUT_VARIABLE out ERROR_VARIABLE out RESULT_VARIABLE rc)
  message("${out}")
  if(NOT rc EQUAL 0)
    string(APPEND errors "  ${EXE} exited with ${rc}\n")
  endif()
  foreach(case IN LISTS to_run)
    string(FIND "${out}" "[       OK ] ${case} (" pos)
    if(pos EQUAL -1)
      string(APPEND errors "  ${case}: listed but did not pass\n")
    endif()
  endforeach()
  if(out MATCHES "\\[  SKIPPED \\]")
    string(APPEND errors "  a case was skipped\n")
  endif()
endif()

list(REMOVE_DUPLICATES all_targets)
list(LENGTH cases n)
list(LENGTH to_run n_run)
if(NOT DEFINED RUN)
  set(ran "all")
elseif(RUN STREQUAL "none")
  set(ran "none")
else()
  set(ran "${RUN}")
endif()
set(line "QEMU_CPU=${cpu}: per-target cases instantiated for [${all_targets}], ${n} cases listed; ran ${n_run} (targets: ${ran})")
if(DEFINED SUMMARY)
  file(WRITE "${SUMMARY}" "${line}\n")
endif()
if(errors)
  message(FATAL_ERROR "per-target check failed on ${cpu}:\n${errors}")
endif()
message("${line}: OK")
