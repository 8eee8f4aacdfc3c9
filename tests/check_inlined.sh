#!/usr/bin/env bash
# Fails unless the AVX-512 rotation kernels are each one function: in the
# rope_<dtype>.cc objects, the entry points of targets AVX3 and AVX3_DL
# (RotateInterleaved, RotateHalfSplit) call nothing but memcpy, memset or
# memmove, and no part of the walk (the held-row heads, the block loops) is
# emitted out of line. A
# held row lives in zmm registers only while the heads that use it are inlined
# into the loop that loaded it; an out-of-line head would take the row as
# arguments (through the stack) on every head.
#
#   check_inlined.sh <objdump> <object>...
# Prints "SKIPPED: why" where the objects have no AVX3 code to check.
set -euo pipefail
objdump=$1
shift

entry='rotary::N_AVX3(_DL)?::Rotate(Interleaved|HalfSplit)<'
target='rotary::N_AVX3(_DL)?::'
entries_all='::(RotateInterleaved|RotateHalfSplit|NormRotate|CopyHeads|QuantizeHeads)<'
checked=0
fail=0
for obj in "$@"; do
  case $(basename "$obj") in rope_f32.cc.o | rope_f16.cc.o | rope_bf16.cc.o) ;; *) continue ;; esac
  asm=$("$objdump" -dr -C --no-show-raw-insn "$obj")
  # Out-of-line pieces of the walk: any function of these targets that is
  # not an entry point of the kernel table.
  outlined=$(printf '%s\n' "$asm" | grep -E "^[0-9a-f]+ <.*>:$" |
    grep -E "$target" | grep -vE "$entries_all" || true)
  if [ -n "$outlined" ]; then
    echo "$(basename "$obj"): emitted out of line:"
    printf '%s\n' "$outlined" | sed 's/^/  /'
    fail=1
  fi
  # Calls (PLT32 relocations) from the entry points to anything but libc's
  # memory functions.
  report=$(printf '%s\n' "$asm" | awk -v entry="$entry" '
    /^[0-9a-f]+ <.*>:$/ { inside = ($0 ~ entry); if (inside) { fn = $0; n++ } next }
    /^$/ { inside = 0; next }
    inside && /R_X86_64_PLT32/ {
      sym = $NF; sub(/[-+]0x[0-9a-f]+$/, "", sym)
      if (sym != "memcpy" && sym != "memset" && sym != "memmove") print "  " fn " calls " sym
    }
    END { print "entries " n }')
  entries=$(printf '%s\n' "$report" | sed -n 's/^entries //p')
  calls=$(printf '%s\n' "$report" | grep -v '^entries ' || true)
  if [ -n "$calls" ]; then
    echo "$(basename "$obj"): calls out of the AVX-512 kernels:"
    printf '%s\n' "$calls"
    fail=1
  fi
  echo "$(basename "$obj"): $entries AVX3/AVX3_DL entry points checked"
  checked=$((checked + entries))
done

if [ "$checked" -eq 0 ]; then
  echo "SKIPPED: no AVX3/AVX3_DL rotation kernels in these objects"
  exit 0
fi
exit "$fail"
