/* The C API from C: this file is C99 (built with -std=c99 -pedantic), links
 * the public library, and exits non-zero on any failed check. It reaches
 * every status a caller can cause (ROTARY_INTERNAL is a library bug and is
 * covered by c_api_guard_test.cc), checks that messages name the offending
 * argument and that nothing is written on error, and checks rotations
 * against the formula. */
#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if defined(__linux__)
#include <sys/resource.h>
#endif

#include "rotary/rotary.h"

static int failures = 0;

#define CHECK(cond)                                                    \
  do {                                                                 \
    if (!(cond)) {                                                     \
      fprintf(stderr, "%s:%d: CHECK(%s) failed; last error: \"%s\"\n", \
              __FILE__, __LINE__, #cond, rotary_last_error());         \
      ++failures;                                                      \
    }                                                                  \
  } while (0)

/* `got` must be `want` and the thread's last error must contain `word`. */
static void expect_status(rotary_status got, rotary_status want,
                          const char* word, int line) {
  const char* message = rotary_last_error();
  if (got != want) {
    fprintf(stderr, "line %d: got %s, want %s (\"%s\")\n", line,
            rotary_status_name(got), rotary_status_name(want), message);
    ++failures;
  } else if (want == ROTARY_OK ? message[0] != '\0'
                               : strstr(message, word) == NULL) {
    fprintf(stderr, "line %d: message \"%s\" should name \"%s\"\n", line,
            message, want == ROTARY_OK ? "" : word);
    ++failures;
  }
}
#define EXPECT_STATUS(call, want, word) \
  expect_status((call), (want), (word), __LINE__)

enum { kHeadDim = 64, kQHeads = 4, kKHeads = 2, kTokens = 3, kTable = 16 };
enum { kQFloats = kTokens * kQHeads * kHeadDim };
enum { kKFloats = kTokens * kKHeads * kHeadDim };
static const float kCanary = -12345.678f;

/* Buffers of one call, every float of the outputs set to the canary. */
typedef struct Call {
  float q_in[kQFloats], q_out[kQFloats], k_in[kKFloats], k_out[kKFloats];
  int32_t pos[kTokens];
  rotary_tensor qi, qo, ki, ko;
  rotary_positions positions;
} Call;

static void call_init(Call* c) {
  int i;
  for (i = 0; i < kQFloats; ++i) {
    c->q_in[i] = (float)((i * 37) % 101) / 50.0f - 1.0f;
    c->q_out[i] = kCanary;
  }
  for (i = 0; i < kKFloats; ++i) {
    c->k_in[i] = (float)((i * 53) % 97) / 48.0f - 1.0f;
    c->k_out[i] = kCanary;
  }
  c->pos[0] = 0;
  c->pos[1] = 5;
  c->pos[2] = kTable - 1;
  c->qi = rotary_tensor_bshd(c->q_in, kTokens, kQHeads, kHeadDim);
  c->qo = rotary_tensor_bshd(c->q_out, kTokens, kQHeads, kHeadDim);
  c->ki = rotary_tensor_bshd(c->k_in, kTokens, kKHeads, kHeadDim);
  c->ko = rotary_tensor_bshd(c->k_out, kTokens, kKHeads, kHeadDim);
  c->positions = rotary_positions_i32(c->pos, kTokens);
}

static int untouched(const Call* c) {
  int i;
  for (i = 0; i < kQFloats; ++i) {
    if (c->q_out[i] != kCanary) return 0;
  }
  for (i = 0; i < kKFloats; ++i) {
    if (c->k_out[i] != kCanary) return 0;
  }
  return 1;
}

static rotary_rope* make_rope(int64_t head_dim, rotary_pairing pairing,
                              int64_t max_positions) {
  rotary_rope_spec spec;
  rotary_rope* rope = NULL;
  rotary_rope_spec_init(&spec);
  spec.head_dim = head_dim;
  spec.pairing = pairing;
  spec.max_positions = max_positions;
  EXPECT_STATUS(rotary_rope_create(&spec, &rope), ROTARY_OK, "");
  return rope;
}

/* |got - y| for the formula's rotation of pair (xa, xb) at `position`. */
static int near_formula(float got_a, float got_b, float xa, float xb,
                        int64_t position, int64_t i, int64_t rotary_dim,
                        double theta, double sign) {
  const double angle =
      sign * (double)position * pow(theta, -2.0 * (double)i / rotary_dim);
  const double ya = xa * cos(angle) - xb * sin(angle);
  const double yb = xb * cos(angle) + xa * sin(angle);
  const double tol = 1e-6 * (fabs(xa) + fabs(xb)) + 1e-7;
  return fabs(got_a - ya) <= tol && fabs(got_b - yb) <= tol;
}

static void test_version(void) {
  char expected[32];
  CHECK(rotary_version() == ROTARY_VERSION);
  CHECK(rotary_version() / 10000 == ROTARY_VERSION_MAJOR);
  CHECK(rotary_version() / 100 % 100 == ROTARY_VERSION_MINOR);
  CHECK(rotary_version() % 100 == ROTARY_VERSION_PATCH);
  sprintf(expected, "%d.%d.%d", ROTARY_VERSION_MAJOR, ROTARY_VERSION_MINOR,
          ROTARY_VERSION_PATCH);
  CHECK(strcmp(rotary_version_string(), expected) == 0);
}

static void test_status_names(void) {
  CHECK(strcmp(rotary_status_name(ROTARY_OK), "ok") == 0);
  CHECK(strcmp(rotary_status_name(ROTARY_INVALID_ARGUMENT),
               "invalid_argument") == 0);
  CHECK(strcmp(rotary_status_name(ROTARY_POSITION_OUT_OF_RANGE),
               "position_out_of_range") == 0);
  CHECK(strcmp(rotary_status_name(ROTARY_UNSUPPORTED), "unsupported") == 0);
  CHECK(strcmp(rotary_status_name(ROTARY_OUT_OF_MEMORY), "out_of_memory") == 0);
  CHECK(strcmp(rotary_status_name(ROTARY_INTERNAL), "internal") == 0);
  CHECK(strcmp(rotary_status_name((rotary_status)42), "unknown") == 0);
}

/* Every bad spec is refused with its field named and *out left alone. */
static void test_spec_errors(void) {
  rotary_rope* const sentinel = (rotary_rope*)&failures;
  rotary_rope* rope = sentinel;
  rotary_rope_spec spec;

#define BAD_SPEC(edit, want, word)                               \
  do {                                                           \
    rotary_rope_spec_init(&spec);                                \
    spec.head_dim = 64;                                          \
    edit;                                                        \
    rope = sentinel;                                             \
    EXPECT_STATUS(rotary_rope_create(&spec, &rope), want, word); \
    CHECK(rope == sentinel);                                     \
  } while (0)

  BAD_SPEC(spec.head_dim = 0, ROTARY_INVALID_ARGUMENT, "spec.head_dim");
  BAD_SPEC(spec.rotary_dim = 31, ROTARY_INVALID_ARGUMENT, "spec.rotary_dim");
  BAD_SPEC(spec.theta = 1.0, ROTARY_INVALID_ARGUMENT, "spec.theta");
  BAD_SPEC(spec.max_positions = -1, ROTARY_INVALID_ARGUMENT,
           "spec.max_positions");
  BAD_SPEC(spec.pairing = (rotary_pairing)7, ROTARY_INVALID_ARGUMENT,
           "spec.pairing");
  BAD_SPEC(spec.scaling_kind = (rotary_scaling_kind)9, ROTARY_INVALID_ARGUMENT,
           "spec.scaling_kind");
  BAD_SPEC(
      (spec.scaling_kind = ROTARY_SCALING_LINEAR, spec.scaling_factor = 0.0),
      ROTARY_INVALID_ARGUMENT, "spec.scaling.factor");
  BAD_SPEC(spec.struct_size = 0, ROTARY_INVALID_ARGUMENT, "spec.struct_size");
  BAD_SPEC(spec.struct_size = offsetof(rotary_rope_spec, scaling_factor),
           ROTARY_INVALID_ARGUMENT, "spec.struct_size");
  /* A program built against a newer rotary.h than the library. */
  BAD_SPEC(spec.struct_size = sizeof spec + 8, ROTARY_UNSUPPORTED,
           "spec.struct_size");
#undef BAD_SPEC

  rotary_rope_spec_init(&spec);
  spec.head_dim = 64;
  EXPECT_STATUS(rotary_rope_create(NULL, &rope), ROTARY_INVALID_ARGUMENT,
                "spec");
  EXPECT_STATUS(rotary_rope_create(&spec, NULL), ROTARY_INVALID_ARGUMENT,
                "out");
  rotary_rope_destroy(NULL); /* a no-op */
}

/* Every bad apply argument is refused with its name and no output written. */
static void test_apply_errors(void) {
  rotary_rope* rope = make_rope(kHeadDim, ROTARY_PAIRING_HALF_SPLIT, kTable);
  static Call c;
  rotary_apply_options o;
  int64_t pos64[kTokens] = {0, 1, 2};
  rotary_positions both;
  rotary_tensor t;

#define BAD_APPLY(setup, call, want, word) \
  do {                                     \
    call_init(&c);                         \
    rotary_apply_options_init(&o);         \
    setup;                                 \
    EXPECT_STATUS(call, want, word);       \
    CHECK(untouched(&c));                  \
  } while (0)
#define APPLY(rope_) \
  rotary_apply(rope_, &c.qi, &c.qo, &c.ki, &c.ko, &c.positions, &o)

  BAD_APPLY((void)0, APPLY(NULL), ROTARY_INVALID_ARGUMENT, "rope");
  BAD_APPLY((void)0, rotary_apply(rope, &c.qi, &c.qo, &c.ki, &c.ko, NULL, &o),
            ROTARY_INVALID_ARGUMENT, "positions");
  BAD_APPLY(c.qo.tokens = 2, APPLY(rope), ROTARY_INVALID_ARGUMENT,
            "q_out.tokens");
  BAD_APPLY(c.ki.heads = 3, APPLY(rope), ROTARY_INVALID_ARGUMENT,
            "k_out.heads");
  BAD_APPLY(c.qo.head_stride = 1, APPLY(rope), ROTARY_INVALID_ARGUMENT,
            "q_out");
  BAD_APPLY(c.ko.data = c.q_in, APPLY(rope), ROTARY_INVALID_ARGUMENT,
            "k_out overlaps q_in");
  BAD_APPLY(c.ko.data = NULL, APPLY(rope), ROTARY_INVALID_ARGUMENT,
            "k_out.data");
  BAD_APPLY((both = c.positions, both.i64 = pos64),
            rotary_apply(rope, &c.qi, &c.qo, &c.ki, &c.ko, &both, &o),
            ROTARY_INVALID_ARGUMENT, "positions");
  BAD_APPLY(c.pos[1] = kTable, APPLY(rope), ROTARY_POSITION_OUT_OF_RANGE,
            "positions[1]");
  BAD_APPLY(c.pos[2] = -4, APPLY(rope), ROTARY_POSITION_OUT_OF_RANGE,
            "positions[2]");
  /* In place needs one dtype: same data read as f32, written as bf16. */
  BAD_APPLY((c.qo = c.qi, c.qo.dtype = ROTARY_DTYPE_BF16), APPLY(rope),
            ROTARY_INVALID_ARGUMENT, "q_out");
  BAD_APPLY(c.qo.dtype = (rotary_dtype)9, APPLY(rope), ROTARY_INVALID_ARGUMENT,
            "q_out.dtype");
  BAD_APPLY(o.struct_size = 4, APPLY(rope), ROTARY_INVALID_ARGUMENT,
            "options.struct_size");
  BAD_APPLY(o.struct_size = sizeof o + 16, APPLY(rope), ROTARY_UNSUPPORTED,
            "options.struct_size");
  BAD_APPLY(o.direction = (rotary_direction)2, APPLY(rope),
            ROTARY_INVALID_ARGUMENT, "options.direction");
  BAD_APPLY(o.threading = (rotary_threading)2, APPLY(rope),
            ROTARY_INVALID_ARGUMENT, "options.threading");
  BAD_APPLY((o.token_begin = 2, o.token_end = 1), APPLY(rope),
            ROTARY_INVALID_ARGUMENT, "options.token_begin");
  BAD_APPLY((void)0,
            rotary_apply(rope, NULL, &c.qo, &c.ki, &c.ko, &c.positions, &o),
            ROTARY_INVALID_ARGUMENT, "q_in is absent");
  /* Absent views: all-zero descriptor and NULL mean the same. */
  memset(&t, 0, sizeof t);
  BAD_APPLY((void)0,
            rotary_apply(rope, &c.qi, &t, &c.ki, &c.ko, &c.positions, &o),
            ROTARY_INVALID_ARGUMENT, "q_out is absent");
#undef APPLY
#undef BAD_APPLY
  rotary_rope_destroy(rope);
}

/* In place (NULL output), out of place, i32 and i64 positions, backward, a
 * token sub-range, and absent k: each checked against the formula. */
static void test_apply(void) {
  static Call c;
  static float q[kQFloats];
  int64_t pos64[kTokens];
  rotary_apply_options o;
  const char* isa = NULL;
  int t, h, i, bad = 0;
  rotary_rope* rope = make_rope(kHeadDim, ROTARY_PAIRING_HALF_SPLIT, kTable);
  rotary_rope* interleaved = make_rope(kHeadDim, ROTARY_PAIRING_INTERLEAVED, 0);
  rotary_tensor view;
  rotary_positions p64;

  /* Out of place, forward: inputs unchanged, outputs follow the formula. */
  call_init(&c);
  memcpy(q, c.q_in, sizeof q);
  rotary_apply_options_init(&o);
  o.isa_used = &isa;
  EXPECT_STATUS(
      rotary_apply(rope, &c.qi, &c.qo, &c.ki, &c.ko, &c.positions, &o),
      ROTARY_OK, "");
  CHECK(memcmp(q, c.q_in, sizeof q) == 0);
  CHECK(isa != NULL && strcmp(isa, rotary_active_isa()) == 0);
  for (t = 0; t < kTokens; ++t) {
    for (h = 0; h < kQHeads; ++h) {
      const int base = (t * kQHeads + h) * kHeadDim;
      for (i = 0; i < kHeadDim / 2; ++i) {
        const int a = base + i, b = base + i + kHeadDim / 2;
        bad += !near_formula(c.q_out[a], c.q_out[b], c.q_in[a], c.q_in[b],
                             c.pos[t], i, kHeadDim, 10000.0, 1.0);
      }
    }
  }
  CHECK(bad == 0);

  /* In place through a NULL output, i64 positions, k absent: the same. */
  for (t = 0; t < kTokens; ++t) pos64[t] = c.pos[t];
  p64 = rotary_positions_i64(pos64, kTokens);
  view = rotary_tensor_bshd(q, kTokens, kQHeads, kHeadDim);
  EXPECT_STATUS(rotary_apply(rope, &view, NULL, NULL, NULL, &p64, NULL),
                ROTARY_OK, "");
  CHECK(memcmp(q, c.q_out, sizeof q) == 0);

  /* Backward undoes forward. */
  o.direction = ROTARY_BACKWARD;
  EXPECT_STATUS(rotary_apply(rope, &view, &view, NULL, NULL, &p64, &o),
                ROTARY_OK, "");
  bad = 0;
  for (i = 0; i < kQFloats; ++i) bad += fabsf(q[i] - c.q_in[i]) > 1e-5f;
  CHECK(bad == 0);

  /* A token sub-range touches only its tokens; serial threading. */
  call_init(&c);
  rotary_apply_options_init(&o);
  o.token_begin = 1;
  o.token_end = 2;
  o.threading = ROTARY_THREADING_SERIAL;
  EXPECT_STATUS(
      rotary_apply(rope, &c.qi, &c.qo, &c.ki, &c.ko, &c.positions, &o),
      ROTARY_OK, "");
  bad = 0;
  for (i = 0; i < kQFloats; ++i) {
    const int in_range = i / (kQHeads * kHeadDim) == 1;
    bad += (c.q_out[i] != kCanary) != in_range;
  }
  CHECK(bad == 0);

  /* Interleaved pairs, no table, a large position. */
  call_init(&c);
  c.pos[2] = (1 << 24) - 1;
  EXPECT_STATUS(
      rotary_apply(interleaved, &c.qi, &c.qo, NULL, NULL, &c.positions, NULL),
      ROTARY_OK, "");
  bad = 0;
  for (i = 0; i < kHeadDim / 2; ++i) {
    const int base = 2 * kQHeads * kHeadDim + kHeadDim; /* token 2, head 1 */
    const int a = base + 2 * i, b = a + 1;
    bad += !near_formula(c.q_out[a], c.q_out[b], c.q_in[a], c.q_in[b], c.pos[2],
                         i, kHeadDim, 10000.0, 1.0);
  }
  CHECK(bad == 0);

  rotary_rope_destroy(interleaved);
  rotary_rope_destroy(rope);
}

/* The fused QK-norm + rotation: rms out of place against the formula (a
 * per-head norm in double, then the rotation), l2_after in place, and each
 * norm error with the outputs untouched. */
static void test_qk_norm(void) {
  static Call c;
  static float w[kHeadDim], n[kHeadDim];
  rotary_qk_norm norm;
  rotary_apply_options o;
  int t, h, i, bad = 0;
  rotary_rope* rope = make_rope(kHeadDim, ROTARY_PAIRING_HALF_SPLIT, kTable);

  for (i = 0; i < kHeadDim; ++i) w[i] = 0.5f + (float)i / 64.0f;
  rotary_qk_norm_init(&norm);
  norm.q_weight = w;
  norm.k_weight = w;
  norm.weight_size = kHeadDim;
  call_init(&c);
  EXPECT_STATUS(rotary_apply_qk_norm(rope, &c.qi, &c.qo, &c.ki, &c.ko,
                                     &c.positions, &norm, NULL),
                ROTARY_OK, "");
  for (t = 0; t < kTokens; ++t) {
    for (h = 0; h < kQHeads; ++h) {
      const int base = (t * kQHeads + h) * kHeadDim;
      double ss = 0, inv;
      for (i = 0; i < kHeadDim; ++i)
        ss += (double)c.q_in[base + i] * c.q_in[base + i];
      inv = 1.0 / sqrt(ss / kHeadDim + norm.eps);
      for (i = 0; i < kHeadDim; ++i)
        n[i] = (float)(c.q_in[base + i] * inv * w[i]);
      for (i = 0; i < kHeadDim / 2; ++i) {
        const double angle =
            (double)c.pos[t] * pow(10000.0, -2.0 * (double)i / kHeadDim);
        const float xa = n[i], xb = n[i + kHeadDim / 2];
        const double ya = xa * cos(angle) - xb * sin(angle);
        const double yb = xb * cos(angle) + xa * sin(angle);
        const double tol = 1e-5 * (fabs(xa) + fabs(xb)) + 1e-6;
        bad += fabs(c.q_out[base + i] - ya) > tol;
        bad += fabs(c.q_out[base + i + kHeadDim / 2] - yb) > tol;
      }
    }
  }
  CHECK(bad == 0);

  /* l2_after in place (NULL outputs): every head ends with a mean square
   * of 1 (eps aside). */
  call_init(&c);
  norm.kind = ROTARY_QK_NORM_L2_AFTER;
  norm.q_weight = NULL;
  norm.k_weight = NULL;
  EXPECT_STATUS(rotary_apply_qk_norm(rope, &c.qi, NULL, &c.ki, NULL,
                                     &c.positions, &norm, NULL),
                ROTARY_OK, "");
  bad = 0;
  for (h = 0; h < kTokens * kKHeads; ++h) {
    double ss = 0;
    for (i = 0; i < kHeadDim; ++i)
      ss += (double)c.k_in[h * kHeadDim + i] * c.k_in[h * kHeadDim + i];
    bad += fabs(ss / kHeadDim - 1.0) > 1e-4;
  }
  CHECK(bad == 0);

  /* Errors: nothing written. */
  call_init(&c);
  rotary_qk_norm_init(&norm);
  norm.q_weight = w;
  norm.k_weight = NULL;
  norm.weight_size = kHeadDim;
  EXPECT_STATUS(rotary_apply_qk_norm(rope, &c.qi, &c.qo, &c.ki, &c.ko,
                                     &c.positions, &norm, NULL),
                ROTARY_INVALID_ARGUMENT, "norm.k_weight");
  norm.k_weight = w;
  norm.weight_size = kHeadDim + 2;
  EXPECT_STATUS(rotary_apply_qk_norm(rope, &c.qi, &c.qo, &c.ki, &c.ko,
                                     &c.positions, &norm, NULL),
                ROTARY_INVALID_ARGUMENT, "norm.weight_size");
  norm.weight_size = kHeadDim;
  norm.eps = 0.0;
  EXPECT_STATUS(rotary_apply_qk_norm(rope, &c.qi, &c.qo, &c.ki, &c.ko,
                                     &c.positions, &norm, NULL),
                ROTARY_INVALID_ARGUMENT, "norm.eps");
  norm.eps = 1e-6;
  norm.weight_dtype = ROTARY_DTYPE_BF16;
  EXPECT_STATUS(rotary_apply_qk_norm(rope, &c.qi, &c.qo, &c.ki, &c.ko,
                                     &c.positions, &norm, NULL),
                ROTARY_INVALID_ARGUMENT, "norm.weight_dtype");
  norm.weight_dtype = ROTARY_DTYPE_F32;
  norm.kind = (rotary_qk_norm_kind)7;
  EXPECT_STATUS(rotary_apply_qk_norm(rope, &c.qi, &c.qo, &c.ki, &c.ko,
                                     &c.positions, &norm, NULL),
                ROTARY_INVALID_ARGUMENT, "norm.kind");
  norm.kind = ROTARY_QK_NORM_RMS;
  norm.struct_size = 0;
  EXPECT_STATUS(rotary_apply_qk_norm(rope, &c.qi, &c.qo, &c.ki, &c.ko,
                                     &c.positions, &norm, NULL),
                ROTARY_INVALID_ARGUMENT, "norm.struct_size");
  norm.struct_size = sizeof norm;
  EXPECT_STATUS(rotary_apply_qk_norm(rope, &c.qi, &c.qo, &c.ki, &c.ko,
                                     &c.positions, NULL, NULL),
                ROTARY_INVALID_ARGUMENT, "norm is NULL");
  rotary_apply_options_init(&o);
  o.direction = ROTARY_BACKWARD;
  EXPECT_STATUS(rotary_apply_qk_norm(rope, &c.qi, &c.qo, &c.ki, &c.ko,
                                     &c.positions, &norm, &o),
                ROTARY_INVALID_ARGUMENT, "options.direction");
  CHECK(untouched(&c));

  rotary_rope_destroy(rope);
}

static void test_isa(void) {
  const size_t n = rotary_isa_count();
  size_t i, supported = 0;
  int active_listed = 0;
  rotary_isa_info info, saved;
  struct {
    rotary_isa_info info;
    char later_fields[16];
  } bigger;
  const char* before;
  rotary_rope* rope = make_rope(kHeadDim, ROTARY_PAIRING_INTERLEAVED, kTable);
  static Call c;

  CHECK(n >= 1);
  /* The active ISA (the best, or the one ROTARY_ISA names) is listed once. */
  for (i = 0; i < n; ++i) {
    info.struct_size = sizeof info;
    EXPECT_STATUS(rotary_isa_get(i, &info), ROTARY_OK, "");
    active_listed += strcmp(info.name, rotary_active_isa()) == 0;
  }
  CHECK(active_listed == 1);
  /* Each supported one can be selected and runs; the others are refused. */
  for (i = 0; i < n; ++i) {
    const char* ran = NULL;
    rotary_apply_options o;
    info.struct_size = sizeof info;
    EXPECT_STATUS(rotary_isa_get(i, &info), ROTARY_OK, "");
    CHECK(info.struct_size == sizeof info);
    CHECK(info.name != NULL && info.name[0] != '\0');
    CHECK(info.description != NULL);
    CHECK(info.supported == 0 || info.supported == 1);
    if (!info.supported) {
      /* A compiled ISA this CPU lacks. */
      before = rotary_active_isa();
      EXPECT_STATUS(rotary_select_isa(info.name), ROTARY_UNSUPPORTED,
                    info.name);
      CHECK(strcmp(rotary_active_isa(), before) == 0);
      continue;
    }
    ++supported;
    EXPECT_STATUS(rotary_select_isa(info.name), ROTARY_OK, "");
    CHECK(strcmp(rotary_active_isa(), info.name) == 0);
    call_init(&c);
    rotary_apply_options_init(&o);
    o.isa_used = &ran;
    EXPECT_STATUS(
        rotary_apply(rope, &c.qi, &c.qo, &c.ki, &c.ko, &c.positions, &o),
        ROTARY_OK, "");
    CHECK(ran != NULL && strcmp(ran, info.name) == 0);
  }
  CHECK(supported >= 1);
  /* "auto" is the best supported ISA: the first of the list it supports. */
  EXPECT_STATUS(rotary_select_isa("auto"), ROTARY_OK, "");
  for (i = 0; i < n; ++i) {
    info.struct_size = sizeof info;
    rotary_isa_get(i, &info);
    if (info.supported) break;
  }
  CHECK(i < n && strcmp(info.name, rotary_active_isa()) == 0);

  /* A caller with a longer rotary_isa_info (a newer rotary.h). */
  memset(&bigger, 0x5a, sizeof bigger);
  bigger.info.struct_size = sizeof bigger;
  EXPECT_STATUS(rotary_isa_get(0, &bigger.info), ROTARY_OK, "");
  CHECK(bigger.info.struct_size == sizeof(rotary_isa_info));
  CHECK(bigger.later_fields[0] == 0x5a && bigger.later_fields[15] == 0x5a);

  memset(&info, 0x5a, sizeof info);
  info.struct_size = sizeof info;
  saved = info;
  EXPECT_STATUS(rotary_isa_get(n, &info), ROTARY_INVALID_ARGUMENT, "index");
  CHECK(memcmp(&info, &saved, sizeof info) == 0);
  info.struct_size = 8;
  EXPECT_STATUS(rotary_isa_get(0, &info), ROTARY_INVALID_ARGUMENT,
                "info.struct_size");
  EXPECT_STATUS(rotary_isa_get(0, NULL), ROTARY_INVALID_ARGUMENT, "info");
  before = rotary_active_isa();
  EXPECT_STATUS(rotary_select_isa("avx9000"), ROTARY_INVALID_ARGUMENT,
                "avx9000");
  EXPECT_STATUS(rotary_select_isa(NULL), ROTARY_INVALID_ARGUMENT, "name");
  CHECK(strcmp(rotary_active_isa(), before) == 0);
  rotary_rope_destroy(rope);
}

/* The last error is replaced by every status-returning call. */
static void test_last_error(void) {
  rotary_rope* rope = NULL;
  CHECK(rotary_select_isa("avx9000") == ROTARY_INVALID_ARGUMENT);
  CHECK(strstr(rotary_last_error(), "avx9000") != NULL);
  CHECK(rotary_rope_create(NULL, &rope) == ROTARY_INVALID_ARGUMENT);
  CHECK(strstr(rotary_last_error(), "avx9000") == NULL);
  CHECK(rotary_select_isa("auto") == ROTARY_OK);
  CHECK(strcmp(rotary_last_error(), "") == 0);
}

/* Out of memory: a cos/sin table larger than the address space allows.
 * Run alone (argument "out_of_memory", its own ctest): returns NULL when the
 * check ran, else why it cannot run here. */
/* Sanitizers reserve terabytes of address space and abort on a failed
 * allocation: the RLIMIT_AS trick below cannot run under them. */
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define ROTARY_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define ROTARY_SANITIZED 1
#endif
#endif

static const char* test_out_of_memory(void) {
#if defined(ROTARY_SANITIZED)
  return "a sanitizer reserves the address space an RLIMIT_AS limit needs";
#elif defined(__linux__)
  struct rlimit saved, limited;
  rotary_rope_spec spec;
  rotary_rope* rope = NULL;
  long vm_pages = 0;
  void* probe;
  FILE* statm = fopen("/proc/self/statm", "r");
  if (statm == NULL || fscanf(statm, "%ld", &vm_pages) != 1) {
    if (statm != NULL) fclose(statm);
    return "no /proc/self/statm to size an RLIMIT_AS limit from";
  }
  fclose(statm);
  CHECK(getrlimit(RLIMIT_AS, &saved) == 0);
  limited = saved;
  /* What the process maps now plus 256 MiB; the table wants 2 GiB. */
  limited.rlim_cur = (rlim_t)vm_pages * 4096 + ((rlim_t)256 << 20);
  if (saved.rlim_cur != RLIM_INFINITY && saved.rlim_cur < limited.rlim_cur) {
    limited.rlim_cur = saved.rlim_cur;
  }
  CHECK(setrlimit(RLIMIT_AS, &limited) == 0);
  /* An emulator (qemu-user) accepts the limit and does not apply it: then
   * 1 GiB still maps, and no allocation can be made to fail. */
  probe = malloc((size_t)1 << 30);
  if (probe != NULL) {
    free(probe);
    CHECK(setrlimit(RLIMIT_AS, &saved) == 0);
    return "RLIMIT_AS is not enforced here (1 GiB mapped past a limit of "
           "256 MiB more than mapped; qemu-user does this)";
  }
  rotary_rope_spec_init(&spec);
  spec.head_dim = 128;
  spec.max_positions = (int64_t)1 << 22; /* 2^22 rows x 128 floats */
  EXPECT_STATUS(rotary_rope_create(&spec, &rope), ROTARY_OUT_OF_MEMORY,
                "spec.max_positions");
  CHECK(rope == NULL);
  CHECK(setrlimit(RLIMIT_AS, &saved) == 0);
  return NULL;
#else
  return "no RLIMIT_AS on this system";
#endif
}

/* Scaling through the C spec: Llama 3 and YaRN cos/sin against their
 * formulas, longrope's lists, a struct_size of the first version (scaling
 * fields then take their defaults), and list errors. */
static void test_scaling(void) {
  const double pi = 3.14159265358979323846;
  rotary_rope_spec spec;
  rotary_rope_spec_init(&spec);
  spec.head_dim = 128;
  spec.theta = 500000.0;
  spec.scaling_kind = ROTARY_SCALING_LLAMA3;
  spec.scaling_factor = 8.0;
  spec.original_max_positions = 8192;
  rotary_rope* rope = NULL;
  CHECK(rotary_rope_create(&spec, &rope) == ROTARY_OK);
  float c[64], s[64];
  CHECK(rotary_cos_sin(rope, 100000, 0, c, s) == ROTARY_OK);
  int bad = 0;
  for (int i = 0; i < 64; ++i) {
    const double inv = pow(500000.0, -2.0 * i / 128);
    const double wavelen = 2 * pi / inv;
    double f = inv;
    if (wavelen > 8192.0) {
      f = inv / 8;
    } else if (wavelen >= 8192.0 / 4) {
      const double smooth = (8192.0 / wavelen - 1) / (4 - 1);
      f = (1 - smooth) * inv / 8 + smooth * inv;
    }
    const double angle = 100000.0 * f;
    bad += fabs(c[i] - cos(angle)) > 1e-6 || fabs(s[i] - sin(angle)) > 1e-6;
  }
  CHECK(bad == 0);
  rotary_rope_destroy(rope);

  spec.scaling_kind = ROTARY_SCALING_YARN;
  spec.scaling_factor = 4.0;
  rope = NULL;
  CHECK(rotary_rope_create(&spec, &rope) == ROTARY_OK);
  CHECK(rotary_cos_sin(rope, 0, 0, c, s) == ROTARY_OK);
  CHECK(fabs(c[0] - (0.1 * log(4.0) + 1.0)) < 1e-6); /* attention factor */
  CHECK(s[0] == 0.0f);
  rotary_rope_destroy(rope);

  /* A caller built against the first rotary.h: YaRN without its fields
   * reads original_max_positions = 0, which the plan refuses by name. */
  spec.struct_size =
      offsetof(rotary_rope_spec, scaling_factor) + sizeof(double);
  rope = NULL;
  expect_status(rotary_rope_create(&spec, &rope), ROTARY_INVALID_ARGUMENT,
                "original_max_positions", __LINE__);
  spec.struct_size = sizeof spec;

  double shorts[64], longs[64];
  for (int i = 0; i < 64; ++i) shorts[i] = 1.0, longs[i] = 4.0;
  spec.scaling_kind = ROTARY_SCALING_LONGROPE;
  spec.short_factor = shorts;
  spec.long_factor = longs;
  spec.factor_count = 63;
  expect_status(rotary_rope_create(&spec, &rope), ROTARY_INVALID_ARGUMENT,
                "short_factor", __LINE__);
  spec.factor_count = 64;
  spec.long_factor = NULL;
  expect_status(rotary_rope_create(&spec, &rope), ROTARY_INVALID_ARGUMENT,
                "long_factor", __LINE__);
  spec.long_factor = longs;
  rope = NULL;
  CHECK(rotary_rope_create(&spec, &rope) == ROTARY_OK);
  float c_short[64], s_short[64];
  CHECK(rotary_cos_sin(rope, 1000, 8192, c_short, s_short) == ROTARY_OK);
  CHECK(rotary_cos_sin(rope, 1000, 8193, c, s) == ROTARY_OK);
  /* Long factors divide the frequency by 4 past 8192 tokens; cos and sin
   * carry the attention factor sqrt(1 + ln(factor) / ln(original)). */
  const double att = sqrt(1.0 + log(4.0) / log(8192.0));
  CHECK(fabs(c_short[10] - att * cos(1000.0 * pow(500000.0, -20.0 / 128))) <
        1e-6);
  CHECK(fabs(c[10] - att * cos(1000.0 * pow(500000.0, -20.0 / 128) / 4)) <
        1e-6);
  rotary_rope_destroy(rope);
}

/* 16-bit views through the C API: bf16 in, f32 out, and f16 in place. */
static void test_dtypes(void) {
  rotary_rope_spec spec;
  rotary_rope_spec_init(&spec);
  spec.head_dim = 2;
  rotary_rope* rope = NULL;
  CHECK(rotary_rope_create(&spec, &rope) == ROTARY_OK);
  uint16_t in[2] = {0x3F80, 0x0000}; /* bf16 (1, 0) */
  float out[2] = {0, 0};
  rotary_tensor qi = {in, ROTARY_DTYPE_BF16, 1, 1, 2, 2};
  rotary_tensor qo = {out, ROTARY_DTYPE_F32, 1, 1, 2, 2};
  const int64_t p = 3;
  rotary_positions pos = rotary_positions_i64(&p, 1);
  CHECK(rotary_apply(rope, &qi, &qo, NULL, NULL, &pos, NULL) == ROTARY_OK);
  CHECK(out[0] == (float)cos(3.0) && out[1] == (float)sin(3.0));
  uint16_t h[2] = {0x3C00, 0x0000}; /* f16 (1, 0) */
  rotary_tensor hv = {h, ROTARY_DTYPE_F16, 1, 1, 2, 2};
  CHECK(rotary_apply(rope, &hv, NULL, NULL, NULL, &pos, NULL) == ROTARY_OK);
  /* cos 3 = -0.98999 -> f16 0xBBEC; sin 3 = 0.14112 -> f16 0x3084 */
  CHECK(h[0] == 0xBBEC && h[1] == 0x3084);
  rotary_rope_destroy(rope);
}

/* The drop-in forms: a batched BHSD call with per-sequence starts and a
 * vLLM-style packed f32 cache holding the plan's own rows, against
 * rotary_apply of each sequence with the plan; then a rotated slice at an
 * offset against the formula, and errors that name the argument. */
static void test_drop_in(void) {
  enum { B = 2, S = 3, H = 2, D = 8, kRows = 20 };
  float x[B * H * S * D], want[B * H * S * D];
  float cache[kRows * D];
  int64_t starts[B] = {4, 11};
  int32_t pos[S];
  int64_t b, s, i;
  rotary_rope* rope = make_rope(D, ROTARY_PAIRING_HALF_SPLIT, kRows);
  rotary_apply_options opt;
  rotary_cos_sin_cache cs;
  rotary_batched_tensor q;
  rotary_batch_positions bp;
  rotary_rope_spec spec;
  rotary_rope* sliced = NULL;
  if (rope == NULL) return;
  for (i = 0; i < B * H * S * D; ++i)
    x[i] = want[i] = (float)((i * 37) % 101) / 50.0f - 1.0f;
  for (i = 0; i < kRows; ++i) {
    CHECK(rotary_cos_sin(rope, i, 0, cache + i * D, cache + i * D + D / 2) ==
          ROTARY_OK);
  }
  for (b = 0; b < B; ++b) {
    rotary_tensor t = rotary_tensor_bhsd(want + b * H * S * D, S, H, D);
    rotary_positions p;
    for (s = 0; s < S; ++s) pos[s] = (int32_t)(starts[b] + s);
    p = rotary_positions_i32(pos, S);
    EXPECT_STATUS(rotary_apply(rope, &t, NULL, NULL, NULL, &p, NULL), ROTARY_OK,
                  "");
  }
  rotary_apply_options_init(&opt);
  cs = rotary_cos_sin_packed(cache, ROTARY_DTYPE_F32, kRows, D);
  opt.cos_sin = &cs;
  q = rotary_batched_bhsd(x, ROTARY_DTYPE_F32, B, S, H, D);
  bp = rotary_batch_positions_i64(ROTARY_POSITIONS_SEQUENCE_START, starts, B,
                                  -1);
  EXPECT_STATUS(rotary_apply_batched(rope, &q, NULL, NULL, NULL, &bp, &opt),
                ROTARY_OK, "");
  CHECK(memcmp(x, want, sizeof x) == 0);

  /* Errors: a start past the cache's rows; a bad position kind; a cache
   * built for another rotary_dim. Nothing written. */
  memcpy(want, x, sizeof x);
  starts[1] = kRows - 2;
  EXPECT_STATUS(rotary_apply_batched(rope, &q, NULL, NULL, NULL, &bp, &opt),
                ROTARY_POSITION_OUT_OF_RANGE, "past the cos/sin cache");
  starts[1] = 11;
  bp.kind = (rotary_position_kind)9;
  EXPECT_STATUS(rotary_apply_batched(rope, &q, NULL, NULL, NULL, &bp, &opt),
                ROTARY_INVALID_ARGUMENT, "positions.kind");
  bp.kind = ROTARY_POSITIONS_SEQUENCE_START;
  cs = rotary_cos_sin_packed(cache, ROTARY_DTYPE_F32, kRows, D / 2);
  EXPECT_STATUS(rotary_apply_batched(rope, &q, NULL, NULL, NULL, &bp, &opt),
                ROTARY_INVALID_ARGUMENT, "another rotary_dim");
  cs.dtype = (rotary_dtype)5;
  EXPECT_STATUS(rotary_apply_batched(rope, &q, NULL, NULL, NULL, &bp, &opt),
                ROTARY_INVALID_ARGUMENT, "cos_sin.dtype");
  CHECK(memcmp(x, want, sizeof x) == 0);
  rotary_rope_destroy(rope);

  /* The last 4 of 8 entries rotate; the first 4 pass through. */
  rotary_rope_spec_init(&spec);
  spec.head_dim = D;
  spec.rotary_offset = 4;
  spec.max_positions = kRows;
  EXPECT_STATUS(rotary_rope_create(&spec, &sliced), ROTARY_OK, "");
  if (sliced != NULL) {
    float head[D], orig[D];
    int32_t p5 = 5;
    rotary_tensor t = rotary_tensor_bshd(head, 1, 1, D);
    rotary_positions p = rotary_positions_i32(&p5, 1);
    for (i = 0; i < D; ++i) head[i] = orig[i] = 0.25f * (float)(i + 1);
    EXPECT_STATUS(rotary_apply(sliced, &t, NULL, NULL, NULL, &p, NULL),
                  ROTARY_OK, "");
    for (i = 0; i < 4; ++i) CHECK(head[i] == orig[i]);
    for (i = 0; i < 2; ++i) {
      CHECK(near_formula(head[4 + i], head[6 + i], orig[4 + i], orig[6 + i], 5,
                         i, 4, 10000.0, 1.0));
    }
    rotary_rope_destroy(sliced);
  }
  spec.rotary_offset = 6;
  spec.rotary_dim = 4;
  sliced = NULL;
  EXPECT_STATUS(rotary_rope_create(&spec, &sliced), ROTARY_INVALID_ARGUMENT,
                "past head_dim");
  CHECK(sliced == NULL);
}

/* Plans from a config.json: the bundled Qwen2.5-7B YaRN and Phi-3.5 v5
 * configs, the spec read back, and errors naming the field with *out
 * untouched. */
static void test_config(void) {
  rotary_rope* const sentinel = (rotary_rope*)&failures; /* never used */
  rotary_rope* rope = NULL;
  rotary_rope_spec spec;
  int i;
  /* -1: the table the config implies, 32768 x YaRN factor 4. */
  EXPECT_STATUS(
      rotary_rope_create_from_config_file(
          ROTARY_TEST_DATA "/configs/qwen2.5-7b-yarn.json", -1, &rope),
      ROTARY_OK, "");
  CHECK(rope != NULL);
  if (rope != NULL) {
    rotary_rope_spec_init(&spec);
    EXPECT_STATUS(rotary_rope_get_spec(rope, &spec), ROTARY_OK, "");
    CHECK(spec.struct_size == sizeof spec);
    CHECK(spec.head_dim == 128 && spec.rotary_dim == 128);
    CHECK(spec.theta == 1000000.0);
    CHECK(spec.pairing == ROTARY_PAIRING_HALF_SPLIT);
    CHECK(spec.scaling_kind == ROTARY_SCALING_YARN);
    CHECK(spec.scaling_factor == 4.0);
    CHECK(spec.original_max_positions == 32768);
    CHECK(spec.max_positions == 131072);
    CHECK(spec.short_factor == NULL && spec.factor_count == 0);
    {
      /* Position 40000 is in the table; 131072 is past it. */
      static float q[128];
      const int64_t in_table = 40000, past = 131072;
      rotary_tensor qv = rotary_tensor_bshd(q, 1, 1, 128);
      rotary_positions p = rotary_positions_i64(&in_table, 1);
      EXPECT_STATUS(rotary_apply(rope, &qv, NULL, NULL, NULL, &p, NULL),
                    ROTARY_OK, "");
      p = rotary_positions_i64(&past, 1);
      EXPECT_STATUS(rotary_apply(rope, &qv, NULL, NULL, NULL, &p, NULL),
                    ROTARY_POSITION_OUT_OF_RANGE, "cos/sin table");
    }
    rotary_rope_destroy(rope);
  }

  /* 0: no table; the longrope lists point into the plan. */
  rope = NULL;
  EXPECT_STATUS(rotary_rope_create_from_config_file(
                    ROTARY_TEST_DATA "/configs/phi-3.5-mini-v5.json", 0, &rope),
                ROTARY_OK, "");
  CHECK(rope != NULL);
  if (rope != NULL) {
    float c[48], s[48];
    rotary_rope_spec_init(&spec);
    EXPECT_STATUS(rotary_rope_get_spec(rope, &spec), ROTARY_OK, "");
    CHECK(spec.head_dim == 96 && spec.max_positions == 0);
    CHECK(spec.scaling_kind == ROTARY_SCALING_LONGROPE);
    CHECK(spec.scaling_factor == 32.0 && spec.original_max_positions == 4096);
    CHECK(spec.factor_count == 48);
    CHECK(spec.short_factor != NULL && spec.long_factor != NULL);
    if (spec.short_factor != NULL && spec.long_factor != NULL) {
      CHECK(spec.short_factor[1] == 1.0199999809265137);
      CHECK(spec.long_factor[47] == 64.83999633789062);
    }
    /* Position 5000 alone is a 5001-token sequence: long factors, and the
     * attention factor sqrt(1 + ln(32) / ln(4096)). */
    CHECK(rotary_cos_sin(rope, 5000, 0, c, s) == ROTARY_OK);
    {
      const double att = sqrt(1.0 + log(32.0) / log(4096.0));
      const double inv = 1.0 / (64.83999633789062 * pow(10000.0, 94.0 / 96.0));
      CHECK(fabs(c[47] - att * cos(5000.0 * inv)) < 1e-6);
      CHECK(fabs(s[47] - att * sin(5000.0 * inv)) < 1e-6);
    }
    /* A caller built against the first rotary.h gets the first fields only. */
    {
      const size_t v1 =
          offsetof(rotary_rope_spec, scaling_factor) + sizeof(double);
      rotary_rope_spec old;
      memset(&old, 0x5A, sizeof old);
      old.struct_size = v1;
      EXPECT_STATUS(rotary_rope_get_spec(rope, &old), ROTARY_OK, "");
      CHECK(old.struct_size == v1 && old.head_dim == 96 &&
            old.scaling_factor == 32.0);
      {
        const unsigned char* rest = (const unsigned char*)&old + v1;
        int same = 1;
        for (i = 0; i < (int)(sizeof old - v1); ++i) same &= rest[i] == 0x5A;
        CHECK(same); /* nothing past struct_size */
      }
      old.struct_size = 8;
      EXPECT_STATUS(rotary_rope_get_spec(rope, &old), ROTARY_INVALID_ARGUMENT,
                    "spec.struct_size");
      CHECK(old.struct_size == 8 && old.head_dim == 96);
    }
    rotary_rope_destroy(rope);
  }

  /* From text (not NUL-terminated: only `length` bytes are read). */
  {
    const char text[] =
        "{\"head_dim\": 64, \"rope_theta\": 500000, "
        "\"max_position_embeddings\": 64}"
        "garbage past the length";
    const size_t length = strlen(text) - strlen("garbage past the length");
    rope = NULL;
    EXPECT_STATUS(rotary_rope_create_from_config_json(text, length, -1, &rope),
                  ROTARY_OK, "");
    CHECK(rope != NULL);
    if (rope != NULL) {
      float c[32], s[32];
      rotary_rope_spec_init(&spec);
      CHECK(rotary_rope_get_spec(rope, &spec) == ROTARY_OK);
      CHECK(spec.max_positions == 64 && spec.theta == 500000.0);
      CHECK(spec.scaling_kind == ROTARY_SCALING_NONE);
      CHECK(rotary_cos_sin(rope, 63, 0, c, s) == ROTARY_OK);
      CHECK(fabs(c[3] - cos(63.0 * pow(500000.0, -6.0 / 64))) < 1e-6);
      rotary_rope_destroy(rope);
    }
  }

  /* Errors name the field (or argument) and leave *out alone. */
  {
    struct Bad {
      const char* json;
      int64_t max_positions;
      rotary_status status;
      const char* word;
    };
    static const struct Bad bad[] = {
        {"{\"head_dim\": 128, \"rope_scaling\": {\"rope_type\": \"linear\"}}",
         -1, ROTARY_INVALID_ARGUMENT, "rope_scaling.factor is missing"},
        {"{\"head_dim\": \"128\"}", -1, ROTARY_INVALID_ARGUMENT,
         "head_dim must be a number"},
        {"{\"head_dim\": 128", -1, ROTARY_INVALID_ARGUMENT, "not valid JSON"},
        {"{\"head_dim\": 128, \"rope_scaling\": {\"rope_type\": \"default\", "
         "\"mrope_section\": [16, 24, 23]}}",
         -1, ROTARY_INVALID_ARGUMENT, "rope_scaling.mrope_section sums to 63"},
        {"{\"head_dim\": 128}", -2, ROTARY_INVALID_ARGUMENT, "max_positions"},
        {"{\"head_dim\": 128, \"max_position_embeddings\": -5}", -1,
         ROTARY_INVALID_ARGUMENT, "max_position_embeddings"},
    };
    for (i = 0; i < (int)(sizeof bad / sizeof bad[0]); ++i) {
      rope = sentinel;
      expect_status(
          rotary_rope_create_from_config_json(bad[i].json, strlen(bad[i].json),
                                              bad[i].max_positions, &rope),
          bad[i].status, bad[i].word, __LINE__ * 1000 + i);
      CHECK(rope == sentinel);
    }
    rope = sentinel;
    EXPECT_STATUS(
        rotary_rope_create_from_config_file(
            ROTARY_TEST_DATA "/configs/no-such-config.json", -1, &rope),
        ROTARY_INVALID_ARGUMENT, "no-such-config.json");
    CHECK(rope == sentinel);
    EXPECT_STATUS(rotary_rope_create_from_config_file(NULL, -1, &rope),
                  ROTARY_INVALID_ARGUMENT, "path is NULL");
    EXPECT_STATUS(rotary_rope_create_from_config_json(NULL, 0, -1, &rope),
                  ROTARY_INVALID_ARGUMENT, "json is NULL");
    EXPECT_STATUS(rotary_rope_create_from_config_json("{}", 2, -1, NULL),
                  ROTARY_INVALID_ARGUMENT, "out is NULL");
    CHECK(rope == sentinel);
    rotary_rope_spec_init(&spec);
    EXPECT_STATUS(rotary_rope_get_spec(NULL, &spec), ROTARY_INVALID_ARGUMENT,
                  "rope is NULL");
  }
}

/* Exit status ctest reads as "skipped" (SKIP_RETURN_CODE). */
enum { kSkipped = 77 };

int main(int argc, char** argv) {
  if (argc == 2 && strcmp(argv[1], "out_of_memory") == 0) {
    const char* skipped = test_out_of_memory();
    if (skipped != NULL && failures == 0) {
      printf("SKIPPED: out-of-memory check: %s\n", skipped);
      return kSkipped;
    }
    if (failures != 0) {
      fprintf(stderr, "%d check(s) failed\n", failures);
      return 1;
    }
    printf("C API: out-of-memory check passed\n");
    return 0;
  }
  if (argc != 1) {
    fprintf(stderr, "usage: %s [out_of_memory]\n", argv[0]);
    return 2;
  }
  test_version();
  test_scaling();
  test_dtypes();
  test_status_names();
  test_spec_errors();
  test_apply_errors();
  test_apply();
  test_qk_norm();
  test_isa();
  test_last_error();
  test_config();
  test_drop_in();
  if (failures != 0) {
    fprintf(stderr, "%d check(s) failed\n", failures);
    return 1;
  }
  printf("C API: all checks passed (rotary %s, isa %s)\n",
         rotary_version_string(), rotary_active_isa());
  return 0;
}
