// cos/sin rows from double-precision angles, compiled once per Highway target
// (included by angles.cc through hwy/foreach_target.h).
//
// Contract: every value written is RN_f32(cos(theta) * attention) or
// RN_f32(sin(theta) * attention), theta = position * inv_freq[i] rounded to
// double, cos/sin as the C library computes them in double: correctly rounded
// from double, the same on every target, at any position < 2^31 with
// theta < kMaxAngle. Lanes are computed with a Cody-Waite reduction by pi/2
// (four parts, exact for quadrant counts below 2^32) and Taylor polynomials
// in double (truncation < 1e-16); where the double result lies so close to a
// f32 rounding boundary that its error bound (1e-14 relative) could change
// the rounding, that lane is recomputed with std::cos / std::sin.

#if defined(ROTARY_DISPATCH_ANGLES_INL_H_) == defined(HWY_TARGET_TOGGLE)
#ifdef ROTARY_DISPATCH_ANGLES_INL_H_
#undef ROTARY_DISPATCH_ANGLES_INL_H_
#else
#define ROTARY_DISPATCH_ANGLES_INL_H_
#endif

#include <cmath>
#include <cstdint>

#include "dispatch/kernels.h"
#include "hwy/highway.h"

HWY_BEFORE_NAMESPACE();
namespace rotary {
namespace HWY_NAMESPACE {
namespace hn = hwy::HWY_NAMESPACE;

#if HWY_HAVE_FLOAT64

// cos and sin of theta (>= 0, < kMaxAngle), in double.
template <class DD>
HWY_INLINE void CosSinDouble(DD dd, hn::Vec<DD> theta, hn::Vec<DD>* cos_out,
                             hn::Vec<DD>* sin_out) {
  using V = hn::Vec<DD>;
  const hn::RebindToUnsigned<DD> du;
  // k = round(theta * 2/pi) by the 1.5 * 2^52 trick: afterwards the low
  // mantissa bits of `shifted` hold k, so k mod 4 is two bits away.
  const V magic = hn::Set(dd, 6755399441055744.0);
  const V shifted =
      hn::MulAdd(theta, hn::Set(dd, 0.63661977236758134308), magic);
  const V k = hn::Sub(shifted, magic);
  const auto quadrant = hn::BitCast(du, shifted);
  // r = theta - k * pi/2 with pi/2 = C1 + C2 + C3 + C4; C1..C3 have 21
  // significant bits, so k * Ci is exact for k < 2^32.
  V r = hn::NegMulAdd(k, hn::Set(dd, 0x1.921fbp+0), theta);
  r = hn::NegMulAdd(k, hn::Set(dd, 0x1.5110bp-22), r);
  r = hn::NegMulAdd(k, hn::Set(dd, 0x1.18469p-44), r);
  r = hn::NegMulAdd(k, hn::Set(dd, 0x1.13198a2e03707p-65), r);
  // |r| <= pi/4: Taylor to r^15 (sin) and r^16 (cos).
  const V r2 = hn::Mul(r, r);
  V ps = hn::Set(dd, -1.0 / 1307674368000.0);
  ps = hn::MulAdd(ps, r2, hn::Set(dd, 1.0 / 6227020800.0));
  ps = hn::MulAdd(ps, r2, hn::Set(dd, -1.0 / 39916800.0));
  ps = hn::MulAdd(ps, r2, hn::Set(dd, 1.0 / 362880.0));
  ps = hn::MulAdd(ps, r2, hn::Set(dd, -1.0 / 5040.0));
  ps = hn::MulAdd(ps, r2, hn::Set(dd, 1.0 / 120.0));
  ps = hn::MulAdd(ps, r2, hn::Set(dd, -1.0 / 6.0));
  const V s = hn::MulAdd(hn::Mul(ps, r2), r, r);
  V pc = hn::Set(dd, 1.0 / 20922789888000.0);
  pc = hn::MulAdd(pc, r2, hn::Set(dd, -1.0 / 87178291200.0));
  pc = hn::MulAdd(pc, r2, hn::Set(dd, 1.0 / 479001600.0));
  pc = hn::MulAdd(pc, r2, hn::Set(dd, -1.0 / 3628800.0));
  pc = hn::MulAdd(pc, r2, hn::Set(dd, 1.0 / 40320.0));
  pc = hn::MulAdd(pc, r2, hn::Set(dd, -1.0 / 720.0));
  pc = hn::MulAdd(pc, r2, hn::Set(dd, 1.0 / 24.0));
  pc = hn::MulAdd(pc, r2, hn::Set(dd, -0.5));
  const V c = hn::MulAdd(pc, r2, hn::Set(dd, 1.0));
  // Quadrant q = k mod 4: sin = (s, c, -s, -c)[q], cos = (c, -s, -c, s)[q].
  const auto one = hn::Set(du, 1);
  const auto swap = hn::RebindMask(dd, hn::Eq(hn::And(quadrant, one), one));
  const auto sin_sign = hn::ShiftLeft<62>(hn::And(quadrant, hn::Set(du, 2)));
  const auto cos_sign =
      hn::ShiftLeft<62>(hn::And(hn::Add(quadrant, one), hn::Set(du, 2)));
  *sin_out = hn::Xor(hn::IfThenElse(swap, c, s), hn::BitCast(dd, sin_sign));
  *cos_out = hn::Xor(hn::IfThenElse(swap, s, c), hn::BitCast(dd, cos_sign));
}

// Whether rounding v to f32 is settled: v - e and v + e round alike.
template <class DD, class DF>
HWY_INLINE bool Settled(DD /*dd*/, DF df, hn::Vec<DD> v, hn::Vec<DD> e) {
  return hn::AllTrue(df, hn::Eq(hn::DemoteTo(df, hn::Sub(v, e)),
                                hn::DemoteTo(df, hn::Add(v, e))));
}

// Lanes of a row's f32 vectors (as many as a full vector's doubles), for
// buffers. Not MaxLanes of the f32 descriptor: Highway 1.0.3 on SVE_256 and
// SVE2_128 gives half the true count for Rebind<float, ScalableTag<double>>
// (4 lanes, MaxLanes 2), and a Store into such a buffer overruns it.
constexpr size_t kMaxRowLanes = hn::MaxLanes(hn::ScalableTag<double>());

// cos and sin (f32) of lanes [i, i + N) of a row; only the first `count`
// (<= N) lanes are meaningful. advance: rotate a.state's previous row by
// one step instead of reducing the angles (see RowState); a.state, if any,
// receives the double values either way.
template <class DD, class DF = hn::Rebind<float, DD>>
HWY_INLINE void RowLanes(DD dd, const rotary::detail::AngleArgs& a,
                         bool advance, int64_t i, int64_t count,
                         hn::Vec<DF>* cos_out, hn::Vec<DF>* sin_out) {
  using V = hn::Vec<DD>;
  const DF df;
  const V pos = hn::Set(dd, static_cast<double>(a.position));
  const V f = hn::LoadU(dd, a.inv_freq + i);
  const V att = hn::Set(dd, a.attention);
  rotary::detail::RowState* st = a.state;
  V c, s, ca, sa;  // before and after the attention factor
  bool settled = false;
  if (advance) {
    const V c0 = hn::LoadU(dd, st->cos_sin + i);
    const V s0 = hn::LoadU(dd, st->cos_sin + a.padded + i);
    const V cs = hn::LoadU(dd, st->step + i);
    const V ss = hn::LoadU(dd, st->step + a.padded + i);
    c = hn::MulSub(c0, cs, hn::Mul(s0, ss));
    s = hn::MulAdd(s0, cs, hn::Mul(c0, ss));
    // Absolute error bound: each rotation adds under 1e-15 (the step's and
    // the products' roundings; rotations keep earlier errors' size), and the
    // angles are position * inv_freq exactly where the contract rounds them
    // to double first (at most 2^-53 |theta| apart).
    const V e =
        hn::MulAdd(hn::Abs(hn::Mul(pos, f)), hn::Set(dd, 0x1p-52),
                   hn::Set(dd, static_cast<double>(st->steps + 1) * 1e-15));
    const V ea = hn::Mul(e, hn::Abs(att));
    ca = hn::Mul(c, att);
    sa = hn::Mul(s, att);
    const V rel = hn::Set(dd, 0x1p-52);  // the attention product's rounding
    settled = Settled(dd, df, ca, hn::MulAdd(hn::Abs(ca), rel, ea)) &&
              Settled(dd, df, sa, hn::MulAdd(hn::Abs(sa), rel, ea));
  }
  if (!settled) {
    CosSinDouble(dd, hn::Mul(pos, f), &c, &s);
    ca = hn::Mul(c, att);
    sa = hn::Mul(s, att);
    // Error bound of the direct path (relative, see the top of this file).
    const V rel = hn::Set(dd, 1e-14), floor_err = hn::Set(dd, 1e-18);
    settled = Settled(dd, df, ca, hn::MulAdd(hn::Abs(ca), rel, floor_err)) &&
              Settled(dd, df, sa, hn::MulAdd(hn::Abs(sa), rel, floor_err));
  }
  if (st != nullptr) {
    hn::StoreU(c, dd, st->cos_sin + i);
    hn::StoreU(s, dd, st->cos_sin + a.padded + i);
  }
  *cos_out = hn::DemoteTo(df, ca);
  *sin_out = hn::DemoteTo(df, sa);
  if (HWY_LIKELY(settled)) return;
  HWY_ALIGN float cos_tmp[kMaxRowLanes];
  HWY_ALIGN float sin_tmp[kMaxRowLanes];
  hn::Store(*cos_out, df, cos_tmp);
  hn::Store(*sin_out, df, sin_tmp);
  for (int64_t j = 0; j < count; ++j) {
    const double t = static_cast<double>(a.position) * a.inv_freq[i + j];
    cos_tmp[j] = static_cast<float>(std::cos(t) * a.attention);
    sin_tmp[j] = static_cast<float>(std::sin(t) * a.attention);
  }
  *cos_out = hn::Load(df, cos_tmp);
  *sin_out = hn::Load(df, sin_tmp);
}

// Writes cos/sin of pairs [i, i + count) into the row's layout (kernels.h).
template <class DF>
HWY_INLINE void StoreRowLanes(DF df, hn::Vec<DF> c, hn::Vec<DF> s,
                              const rotary::detail::AngleArgs& a, int64_t i,
                              int64_t count) {
  float* row = a.row;
  const int64_t half = a.half;
  if (HWY_LIKELY(count == static_cast<int64_t>(hn::Lanes(df)))) {
    if (a.interleaved) {
      // C[2i] = C[2i+1] = cos, S[2i] = -sin, S[2i+1] = sin.
      hn::StoreInterleaved2(c, c, df, row + 2 * i);
      hn::StoreInterleaved2(hn::Neg(s), s, df, row + 2 * half + 2 * i);
    } else {
      hn::StoreU(c, df, row + i);
      hn::StoreU(s, df, row + half + i);
    }
    return;
  }
  HWY_ALIGN float cos_tmp[kMaxRowLanes];
  HWY_ALIGN float sin_tmp[kMaxRowLanes];
  hn::Store(c, df, cos_tmp);
  hn::Store(s, df, sin_tmp);
  for (int64_t j = 0; j < count; ++j) {
    if (a.interleaved) {
      row[2 * (i + j)] = row[2 * (i + j) + 1] = cos_tmp[j];
      row[2 * half + 2 * (i + j)] = -sin_tmp[j];
      row[2 * half + 2 * (i + j) + 1] = sin_tmp[j];
    } else {
      row[i + j] = cos_tmp[j];
      row[half + i + j] = sin_tmp[j];
    }
  }
}

void FillRow(const rotary::detail::AngleArgs& a) {
  const hn::ScalableTag<double> dd;
  const hn::Rebind<float, decltype(dd)> df;
  const int64_t N = static_cast<int64_t>(hn::Lanes(dd));
  rotary::detail::RowState* st = a.state;
  const bool advance = st != nullptr && st->position >= 0 &&
                       a.position == st->position + 1 &&
                       st->steps < rotary::detail::kMaxRowSteps;
  for (int64_t i = 0; i < a.half; i += N) {
    const int64_t count = a.half - i < N ? a.half - i : N;
    hn::Vec<decltype(df)> c, s;
    RowLanes(dd, a, advance, i, count, &c, &s);
    StoreRowLanes(df, c, s, a, i, count);
  }
  if (st != nullptr) {
    st->position = a.position;
    st->steps = advance ? st->steps + 1 : 0;
  }
}

#else  // !HWY_HAVE_FLOAT64: one pair at a time with the C library.

void FillRow(const rotary::detail::AngleArgs& a) {
  for (int64_t i = 0; i < a.half; ++i) {
    const double t = static_cast<double>(a.position) * a.inv_freq[i];
    const float c = static_cast<float>(std::cos(t) * a.attention);
    const float s = static_cast<float>(std::sin(t) * a.attention);
    if (a.interleaved) {
      a.row[2 * i] = a.row[2 * i + 1] = c;
      a.row[2 * a.half + 2 * i] = -s;
      a.row[2 * a.half + 2 * i + 1] = s;
    } else {
      a.row[i] = c;
      a.row[a.half + i] = s;
    }
  }
}

#endif  // HWY_HAVE_FLOAT64

// A caller's f32 cos and sin values (half each) in the row layout of
// kernels.h: the interleaved layout's C and S are expanded lane by lane.
void LayOutCacheRow(const float* HWY_RESTRICT cos,
                    const float* HWY_RESTRICT sin, int64_t half,
                    bool interleaved, float* HWY_RESTRICT row) {
  const hn::ScalableTag<float> df;
  const int64_t N = static_cast<int64_t>(hn::Lanes(df));
  int64_t i = 0;
  for (; i + N <= half; i += N) {
    const auto c = hn::LoadU(df, cos + i);
    const auto s = hn::LoadU(df, sin + i);
    if (interleaved) {
      hn::StoreInterleaved2(c, c, df, row + 2 * i);
      hn::StoreInterleaved2(hn::Neg(s), s, df, row + 2 * half + 2 * i);
    } else {
      hn::StoreU(c, df, row + i);
      hn::StoreU(s, df, row + half + i);
    }
  }
  for (; i < half; ++i) {
    if (interleaved) {
      row[2 * i] = row[2 * i + 1] = cos[i];
      row[2 * half + 2 * i] = -sin[i];
      row[2 * half + 2 * i + 1] = sin[i];
    } else {
      row[i] = cos[i];
      row[half + i] = sin[i];
    }
  }
}

// N floats of an axis's row from column p on: by one, or every other one.
template <bool kByOne, class DF>
HWY_INLINE hn::Vec<DF> LoadColumns(DF df, const float* HWY_RESTRICT p) {
  if (kByOne) return hn::LoadU(df, p);
  hn::Vec<DF> even, odd;
  hn::LoadInterleaved2(df, p, even, odd);
  return even;
}

// The same from each axis's row (rows[k] at column c0), blended by the
// lanes' axes.
template <bool kByOne, class DF, class VI>
HWY_INLINE hn::Vec<DF> BlendColumns(DF df, const float* const* rows, int64_t c0,
                                    int axes, VI ax) {
  const hn::RebindToSigned<DF> di;
  auto v = LoadColumns<kByOne>(df, rows[0] + c0);
  for (int k = 1; k < axes; ++k) {
    v = hn::IfThenElse(hn::RebindMask(df, hn::Eq(ax, hn::Set(di, k))),
                       LoadColumns<kByOne>(df, rows[k] + c0), v);
  }
  return v;
}

// A multi-axis row from its axes' rows (GatherArgs), run by run as the
// plan's GatherRuns say: whole loads from the one axis of the vectors'
// lanes, or from each axis's row blended by lane, or gathers. A run is one
// loop, so vision 2D's row (4 runs of 16 pairs at columns by two) costs
// no decision per vector.
void GatherRow(const rotary::detail::GatherArgs& a) {
  namespace rd = rotary::detail;
  const hn::ScalableTag<float> df;
  const hn::RebindToSigned<decltype(df)> di;
  const int64_t N = static_cast<int64_t>(hn::Lanes(df));
  // Locals, so that the row's stores cannot be taken to change them.
  const float* HWY_RESTRICT base = a.base;
  const int32_t* HWY_RESTRICT axis = a.axis;
  const int32_t* HWY_RESTRICT column = a.column;
  float* HWY_RESTRICT row = a.row;
  const int axes = a.axes;
  const int64_t floats = a.floats;
  const float* rows[4] = {base + a.offset[0], base + a.offset[1],
                          base + a.offset[2], base + a.offset[3]};
  const rd::GatherRun* HWY_RESTRICT runs = nullptr;
  int64_t run_count = 0;
  for (int w = 0; w < 3; ++w) {
    if (rd::kGatherWidths[w] == N) {
      runs = a.runs[w];
      run_count = a.run_counts[w];
    }
  }
  // Lanes of axes past `axes` never match: their offsets are unused.
  const auto o0 = hn::Set(di, a.offset[0]), o1 = hn::Set(di, a.offset[1]),
             o2 = hn::Set(di, a.offset[2]), o3 = hn::Set(di, a.offset[3]);
  const auto k1 = hn::Set(di, 1), k2 = hn::Set(di, 2), k3 = hn::Set(di, 3);
  int64_t j = 0;
  if (a.identity) {
    // Column j of every axis's row (M-RoPE's identity frequencies).
    for (; j + N <= floats; j += N) {
      const auto ax = hn::LoadU(di, axis + j);
      auto v = hn::LoadU(df, rows[0] + j);
      if (axes > 1) {
        v = hn::IfThenElse(hn::RebindMask(df, hn::Eq(ax, k1)),
                           hn::LoadU(df, rows[1] + j), v);
      }
      if (axes > 2) {
        v = hn::IfThenElse(hn::RebindMask(df, hn::Eq(ax, k2)),
                           hn::LoadU(df, rows[2] + j), v);
      }
      if (axes > 3) {
        v = hn::IfThenElse(hn::RebindMask(df, hn::Eq(ax, k3)),
                           hn::LoadU(df, rows[3] + j), v);
      }
      hn::StoreU(v, df, row + j);
    }
  }
  // Runs of vectors (none once the identity path took the whole vectors):
  // each a loop of whole loads from a pointer that moves on by N or 2N.
  for (int64_t r = 0; !a.identity && r < run_count; ++r) {
    j = runs[r].begin;
    const int64_t end = j + runs[r].vectors * N;
    const uint8_t kind = runs[r].kind;
    if (kind == rd::kOneAxisByOne || kind == rd::kOneAxisByTwo) {
      const float* HWY_RESTRICT src = rows[axis[j]] + column[j];
      if (kind == rd::kOneAxisByOne) {
        for (; j < end; j += N, src += N) {
          hn::StoreU(LoadColumns<true>(df, src), df, row + j);
        }
      } else {
        for (; j < end; j += N, src += 2 * N) {
          hn::StoreU(LoadColumns<false>(df, src), df, row + j);
        }
      }
      continue;
    }
    if (kind == rd::kBlendByOne || kind == rd::kBlendByTwo) {
      const int64_t step = kind == rd::kBlendByOne ? N : 2 * N;
      for (int64_t c0 = column[j]; j < end; j += N, c0 += step) {
        const auto ax = hn::LoadU(di, axis + j);
        hn::StoreU(kind == rd::kBlendByOne
                       ? BlendColumns<true>(df, rows, c0, axes, ax)
                       : BlendColumns<false>(df, rows, c0, axes, ax),
                   df, row + j);
      }
      continue;
    }
    for (; j < end; j += N) {
      const auto ax = hn::LoadU(di, axis + j);
      auto offset = hn::IfThenElse(hn::Eq(ax, k1), o1, o0);
      offset = hn::IfThenElse(hn::Eq(ax, k2), o2, offset);
      offset = hn::IfThenElse(hn::Eq(ax, k3), o3, offset);
      hn::StoreU(
          hn::GatherIndex(df, base, hn::Add(hn::LoadU(di, column + j), offset)),
          df, row + j);
    }
  }
  // The rest one float at a time: the tail past the whole vectors, or every
  // float of a target with no runs for its width.
  if (!a.identity) j = runs != nullptr ? floats / N * N : 0;
  for (; j < floats; ++j) row[j] = rows[axis[j]][column[j]];
}

// NOLINTNEXTLINE(google-readability-namespace-comments)
}  // namespace HWY_NAMESPACE
}  // namespace rotary
HWY_AFTER_NAMESPACE();

#endif  // ROTARY_DISPATCH_ANGLES_INL_H_
