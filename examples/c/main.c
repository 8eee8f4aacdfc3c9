/* A C program using rotary: rotates the query and key heads of a
 * Llama-3-8B-shaped attention layer (32 query heads, 8 key/value heads,
 * head_dim 128, half-split pairs, theta 500000) in place for a few tokens,
 * then checks one element against the RoPE formula. Exits 1 on mismatch.
 *
 * Against an installed rotary, with pkg-config:
 *   cc -std=c99 -O2 main.c $(pkg-config --cflags --libs rotary) -lm
 * (pkg-config --static --libs when librotary is a static library), or with
 * CMake: see CMakeLists.txt. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include <rotary/rotary.h>

enum { kTokens = 4, kQHeads = 32, kKHeads = 8, kHeadDim = 128 };

static float q[kTokens * kQHeads * kHeadDim];
static float k[kTokens * kKHeads * kHeadDim];

int main(void) {
  const double theta = 500000.0;
  /* Continuous batching: each token has its own position. */
  const int32_t positions[kTokens] = {0, 1, 17, 4095};
  const int t = 3, h = 5, i = 10; /* the element checked: q[t][h], pair i */
  const int a = (t * kQHeads + h) * kHeadDim + i, b = a + kHeadDim / 2;
  rotary_rope_spec spec;
  rotary_rope* rope = NULL;
  rotary_tensor qv, kv;
  rotary_positions pos;
  rotary_apply_options options;
  const char* isa = "";
  double angle, want_a, want_b;
  float xa, xb;
  size_t n;

  for (n = 0; n < sizeof q / sizeof q[0]; ++n) q[n] = sinf(0.01f * (float)n);
  for (n = 0; n < sizeof k / sizeof k[0]; ++n) k[n] = cosf(0.02f * (float)n);
  xa = q[a];
  xb = q[b];

  rotary_rope_spec_init(&spec);
  spec.head_dim = kHeadDim;
  spec.theta = theta;
  spec.pairing = ROTARY_PAIRING_HALF_SPLIT;
  spec.max_positions = 8192;
  if (rotary_rope_create(&spec, &rope) != ROTARY_OK) {
    fprintf(stderr, "rotary_rope_create: %s\n", rotary_last_error());
    return 1;
  }
  qv = rotary_tensor_bshd(q, kTokens, kQHeads, kHeadDim);
  kv = rotary_tensor_bshd(k, kTokens, kKHeads, kHeadDim);
  pos = rotary_positions_i32(positions, kTokens);
  rotary_apply_options_init(&options);
  options.isa_used = &isa;
  /* NULL outputs: q and k are rotated in place. */
  if (rotary_apply(rope, &qv, NULL, &kv, NULL, &pos, &options) != ROTARY_OK) {
    fprintf(stderr, "rotary_apply: %s\n", rotary_last_error());
    rotary_rope_destroy(rope);
    return 1;
  }
  rotary_rope_destroy(rope);

  /* y_a = x_a cos - x_b sin, y_b = x_b cos + x_a sin, at angle
   * position * theta^(-2i/head_dim). */
  angle = positions[t] * pow(theta, -2.0 * i / kHeadDim);
  want_a = xa * cos(angle) - xb * sin(angle);
  want_b = xb * cos(angle) + xa * sin(angle);
  printf(
      "rotary %s (isa %s): q[%d][%d] pair %d = (%.7f, %.7f), "
      "formula (%.7f, %.7f)\n",
      rotary_version_string(), isa, t, h, i, q[a], q[b], want_a, want_b);
  if (fabs(q[a] - want_a) > 1e-5 || fabs(q[b] - want_b) > 1e-5) {
    fprintf(stderr, "mismatch\n");
    return 1;
  }
  return 0;
}
