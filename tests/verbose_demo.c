/* Applies two plans, the first twice, then the first again on another ISA.
 * Prints nothing itself: under ROTARY_VERBOSE=1 the output must be exactly
 * the library's three lines (one per plan and kernel, see CMakeLists.txt),
 * and without it, nothing at all. Errors go to stderr, which breaks both.
 * A CPU with one supported ISA only (NEON on a NEON-only arm64 CPU) has no
 * other to switch to: then it says so and exits 77, which ctest reads as
 * "skipped" (SKIP_RETURN_CODE). */
#include <stdio.h>
#include <string.h>

#include "rotary/rotary.h"

static float q[2 * 4 * 128], k[2 * 2 * 128];

static int apply(const rotary_rope* rope, int64_t head_dim) {
  const int32_t pos[2] = {3, 9};
  const rotary_tensor qv = rotary_tensor_bshd(q, 2, 4, head_dim);
  const rotary_tensor kv = rotary_tensor_bshd(k, 2, 2, head_dim);
  const rotary_positions p = rotary_positions_i32(pos, 2);
  if (rotary_apply(rope, &qv, NULL, &kv, NULL, &p, NULL) != ROTARY_OK) {
    fprintf(stderr, "apply: %s\n", rotary_last_error());
    return 1;
  }
  return 0;
}

int main(void) {
  rotary_rope_spec spec;
  rotary_rope *a = NULL, *b = NULL;
  rotary_isa_info info;
  const char* other = NULL;
  size_t i;
  int failed = 0;

  rotary_rope_spec_init(&spec);
  spec.head_dim = 64;
  spec.rotary_dim = 32;
  spec.pairing = ROTARY_PAIRING_INTERLEAVED;
  spec.max_positions = 16;
  if (rotary_rope_create(&spec, &a) != ROTARY_OK) return 1;
  rotary_rope_spec_init(&spec);
  spec.head_dim = 128;
  if (rotary_rope_create(&spec, &b) != ROTARY_OK) return 1;

  failed |= apply(a, 64);
  failed |= apply(a, 64); /* same plan, same kernel: no second line */
  failed |= apply(b, 128);

  /* Another supported ISA than the active one (the fallback at worst). */
  for (i = 0; i < rotary_isa_count(); ++i) {
    info.struct_size = sizeof info;
    if (rotary_isa_get(i, &info) == ROTARY_OK && info.supported &&
        strcmp(info.name, rotary_active_isa()) != 0) {
      other = info.name;
    }
  }
  if (other == NULL) {
    printf("SKIPPED: no second supported ISA to switch to (only %s)\n",
           rotary_active_isa());
    rotary_rope_destroy(a);
    rotary_rope_destroy(b);
    return failed ? 1 : 77;
  }
  if (rotary_select_isa(other) != ROTARY_OK) {
    fprintf(stderr, "selecting %s: %s\n", other, rotary_last_error());
    return 1;
  }
  failed |= apply(a, 64);

  rotary_rope_destroy(a);
  rotary_rope_destroy(b);
  return failed;
}
