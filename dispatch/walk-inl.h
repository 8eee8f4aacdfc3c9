// The walk over the heads of one token, compiled once per Highway target:
// one loop skeleton that every block kind (rope-inl.h) runs through, in the
// order the caller chose (WalkKind in kernels.h).
//
// A block kind is a stateless struct that rotates one block of entries of
// one head with row values loaded once per block:
//
//   struct Kind {  // Blocks<> (rope-inl.h) gives kRowVectors and Step
//     // Row vectors per block.
//     static constexpr int kRowVectors;
//     // Entries of the head one block covers (pairs, for half-split).
//     template <class D> static int64_t Step(D d);
//     // Loads the row values of the block at j and calls fn(values...).
//     template <class D, class Fn>
//     static void LoadRow(D d, const RowRef& row, int64_t j, const Fn& fn);
//     // Rotates the block at in/out (a head's entry j) with those values.
//     template <bool kBackward, class D, class TIn, class TOut, class... V>
//     static void Head(D d, const RowRef& row, const TIn* in, TOut* out,
//                      V... values);
//   };
//
// Values travel only as function parameters, never in members or captures:
// SVE vectors are sizeless. Only the held-row walk keeps an array of them,
// and only where the target has the registers for it (kHeldRowVectors).

#if defined(ROTARY_DISPATCH_WALK_INL_H_) == defined(HWY_TARGET_TOGGLE)
#ifdef ROTARY_DISPATCH_WALK_INL_H_
#undef ROTARY_DISPATCH_WALK_INL_H_
#else
#define ROTARY_DISPATCH_WALK_INL_H_
#endif

#include <cstdint>
#include <utility>

#include "dispatch/io-inl.h"
#include "dispatch/kernels.h"
#include "hwy/cache_control.h"
#include "hwy/highway.h"

// For the lambdas that carry a block's row values from LoadRow to Head:
// compiled for the current target and always inlined. GCC otherwise keeps
// some out of line, which for a held row means its vectors are passed, and
// reloaded, through memory on every call.
#ifndef ROTARY_WALK_LAMBDA
#if HWY_COMPILER_GCC || HWY_COMPILER_CLANG
#define ROTARY_WALK_LAMBDA HWY_ATTR __attribute__((always_inline))
#else
#define ROTARY_WALK_LAMBDA HWY_ATTR
#endif
#endif

HWY_BEFORE_NAMESPACE();
namespace rotary {
namespace HWY_NAMESPACE {
namespace hn = hwy::HWY_NAMESPACE;

// One token's cos/sin row as the block kinds read it.
struct RowRef {
  const float* HWY_RESTRICT cos_sin;   // layout: see kernels.h
  const float* HWY_RESTRICT prepared;  // its even/odd permutation (io-inl.h)
  int64_t sin_offset;                  // where sin (or S) starts in cos_sin
  // The distance from a pair's first entry to its second, in whole blocks:
  // half for half-split (the second half of the head), 0 for interleaved
  // (within the block).
  int64_t pair_offset;
};

// The heads of one token of one tensor, and how to walk them.
template <class TIn, class TOut>
struct Heads {
  const TIn* in;
  TOut* out;
  int64_t in_stride, out_stride;  // elements from one head to the next
  int64_t count;
  rotary::detail::WalkOrder order;
  int64_t ahead;  // heads a streaming walk prefetches ahead, >= 1

  const TIn* In(int64_t h) const { return in + h * in_stride; }
  TOut* Out(int64_t h) const { return out + h * out_stride; }
};

// Heads of head_bytes each that a streaming walk prefetches ahead:
// kPrefetchBytes' worth, at least 1.
HWY_INLINE int64_t StreamingAhead(int64_t head_bytes) {
  const int64_t ahead =
      (rotary::detail::kPrefetchBytes + head_bytes - 1) / head_bytes;
  return ahead < 1 ? 1 : ahead;
}

// Prefetches every cache line of the bytes [first, last). The addresses are
// integers and may lie past a tensor (the next token's heads):
// prefetches never fault.
HWY_INLINE void PrefetchLines(uintptr_t first, uintptr_t last) {
  if constexpr (kNarrow) return;
  constexpr uintptr_t kLine = rotary::detail::kCacheLineBytes;
  for (uintptr_t line = first & ~(kLine - 1); line < last; line += kLine) {
    hwy::Prefetch(reinterpret_cast<const uint8_t*>(line));
  }
}

// Prefetches the n entries of head h of in, heads `stride` elements apart
// (PrefetchLines: h may lie past the tensor).
template <class T>
HWY_INLINE void PrefetchHeadAt(const T* in, int64_t h, int64_t stride,
                               int64_t n) {
  const uintptr_t first = reinterpret_cast<uintptr_t>(in) +
                          static_cast<uintptr_t>(h * stride) * sizeof(T);
  PrefetchLines(first, first + static_cast<uintptr_t>(n) * sizeof(T));
}

// The heads of a, with entry 0 of each at a.rotary_offset + offset.
template <class TIn, class TOut>
HWY_INLINE Heads<TIn, TOut> HeadsOf(const rotary::detail::HeadsArgs& a,
                                    int64_t offset) {
  const int64_t ahead =
      a.walk.kind == rotary::detail::WalkKind::streaming
          ? StreamingAhead(a.head_dim * static_cast<int64_t>(sizeof(TIn)))
          : 1;
  return Heads<TIn, TOut>{static_cast<const TIn*>(a.in) + offset,
                          static_cast<TOut*>(a.out) + offset,
                          a.in_head_stride,
                          a.out_head_stride,
                          a.heads,
                          a.walk,
                          ahead};
}

// Entries [begin, end) of each head.
struct Entries {
  int64_t begin, end;
};

// Prefetches every cache line of the entries e of the head w.ahead heads
// after head h, and of e + pair_offset when that is not 0, all at once
// before head h is rotated, so the rotation's loops carry no prefetch logic.
// The address may lie past the tensor (the next token's heads, when h is
// among the last): prefetches never fault, and the address is formed as an
// integer.
template <class TIn, class TOut>
HWY_INLINE void PrefetchHead(const Heads<TIn, TOut>& w, int64_t h, Entries e,
                             int64_t pair_offset) {
  if constexpr (kNarrow) return;
  const uintptr_t head =
      reinterpret_cast<uintptr_t>(w.in) +
      static_cast<uintptr_t>((h + w.ahead) * w.in_stride) * sizeof(TIn);
  for (int span = 0; span < (pair_offset == 0 ? 1 : 2); ++span) {
    const int64_t shift = span * pair_offset;
    PrefetchLines(head + static_cast<uintptr_t>(e.begin + shift) * sizeof(TIn),
                  head + static_cast<uintptr_t>(e.end + shift) * sizeof(TIn));
  }
}

// Runs Kind's Head on the row values r[0, kRowVectors).
template <class Kind, bool kBackward, class D, class TIn, class TOut, class V,
          size_t... I>
HWY_INLINE void HeadWithHeld(D d, const RowRef& row, const TIn* in, TOut* out,
                             const V* r, std::index_sequence<I...>) {
  Kind::template Head<kBackward>(d, row, in, out, r[I]...);
}

// The streaming walk of exactly kBlocks blocks from e.begin, with the row
// values of all of them loaded once into registers: the heads then stream
// through with no cos/sin loads at all.
template <int kBlocks, class Kind, bool kBackward, class D, class TIn,
          class TOut>
HWY_INLINE void HeldRowBlocks(D d, const RowRef& row, const Heads<TIn, TOut>& w,
                              Entries e) {
  constexpr int kValues = Kind::kRowVectors;
  const int64_t step = Kind::Step(d);
  hn::Vec<D> r[kBlocks * kValues];
  for (int b = 0; b < kBlocks; ++b) {
    Kind::LoadRow(d, row, e.begin + b * step,
                  [&](auto... v) ROTARY_WALK_LAMBDA {
                    int i = b * kValues;
                    ((r[i++] = InRegister(v)), ...);
                  });
  }
  for (int64_t h = 0; h < w.count; ++h) {
    PrefetchHead(w, h, e, row.pair_offset);
    const TIn* in = w.In(h);
    TOut* out = w.Out(h);
    for (int b = 0; b < kBlocks; ++b) {
      const int64_t j = e.begin + b * step;
      HeadWithHeld<Kind, kBackward>(d, row, in + j, out + j, r + b * kValues,
                                    std::make_index_sequence<kValues>());
    }
  }
}

// The held-row walk of the blocks e, when there are 1, 2 or 4 of them and
// their row vectors fit in kHeldRowVectors; false (nothing done) otherwise.
template <class Kind, bool kBackward, class D, class TIn, class TOut>
HWY_INLINE bool HeldRowWalk(D d, const RowRef& row, const Heads<TIn, TOut>& w,
                            Entries e, int64_t blocks) {
  constexpr int kValues = Kind::kRowVectors;
  if constexpr (kValues > 0 && kHeldRowVectors >= kValues) {
    constexpr int kMaxBlocks = kHeldRowVectors / kValues;
    if (blocks == 1) {
      HeldRowBlocks<1, Kind, kBackward>(d, row, w, e);
      return true;
    }
    if (blocks == 2 && kMaxBlocks >= 2) {
      HeldRowBlocks<kMaxBlocks >= 2 ? 2 : 1, Kind, kBackward>(d, row, w, e);
      return true;
    }
    if (blocks == 4 && kMaxBlocks >= 4) {
      HeldRowBlocks<kMaxBlocks >= 4 ? 4 : 1, Kind, kBackward>(d, row, w, e);
      return true;
    }
  }
  (void)d, (void)row, (void)w, (void)e, (void)blocks;
  return false;
}

// Rotates the whole blocks of Kind within e, of every head of w, in w's
// order, and returns where they stop (e.begin when not one block fits).
//  resident, grouped: blocks outer, the group's heads inner, so a block's
//    row values are loaded once per group;
//  streaming: heads outer, blocks inner, memory strictly in order, each head
//    prefetching w.ahead heads on; the row held in registers where it fits.
template <class Kind, bool kBackward, class D, class TIn, class TOut>
HWY_INLINE int64_t Walk(D d, const RowRef& row, const Heads<TIn, TOut>& w,
                        Entries e) {
  const int64_t step = Kind::Step(d);
  const int64_t blocks = (e.end - e.begin) / step;
  if (blocks <= 0) return e.begin;
  const Entries full{e.begin, e.begin + blocks * step};
  if (w.order.kind == rotary::detail::WalkKind::streaming) {
    if (HeldRowWalk<Kind, kBackward>(d, row, w, full, blocks)) return full.end;
    for (int64_t h = 0; h < w.count; ++h) {
      PrefetchHead(w, h, full, row.pair_offset);
      const TIn* in = w.In(h);
      TOut* out = w.Out(h);
      for (int64_t j = full.begin; j < full.end; j += step) {
        Kind::LoadRow(d, row, j, [&](auto... v) ROTARY_WALK_LAMBDA {
          Kind::template Head<kBackward>(d, row, in + j, out + j, v...);
        });
      }
    }
    return full.end;
  }
  const int64_t group =
      w.order.kind == rotary::detail::WalkKind::grouped && w.order.group > 0
          ? w.order.group
          : w.count;
  for (int64_t h0 = 0; h0 < w.count; h0 += group) {
    const int64_t h1 = h0 + group < w.count ? h0 + group : w.count;
    for (int64_t j = full.begin; j < full.end; j += step) {
      Kind::LoadRow(d, row, j, [&](auto... v) ROTARY_WALK_LAMBDA {
        for (int64_t h = h0; h < h1; ++h) {
          Kind::template Head<kBackward>(d, row, w.In(h) + j, w.Out(h) + j,
                                         v...);
        }
      });
    }
  }
  return full.end;
}

// Entries [begin, end) of every head of w pass through (see PassThrough).
template <class TIn, class TOut>
HWY_INLINE void PassThroughHeads(const Heads<TIn, TOut>& w, Entries e) {
  if (e.end <= e.begin) return;
  if (std::is_same<TIn, TOut>::value &&
      static_cast<const void*>(w.in) == static_cast<const void*>(w.out)) {
    return;  // in place: nothing to copy
  }
  for (int64_t h = 0; h < w.count; ++h) {
    PassThrough(w.In(h), w.Out(h), e.begin, e.end);
  }
}

// NOLINTNEXTLINE(google-readability-namespace-comments)
}  // namespace HWY_NAMESPACE
}  // namespace rotary
HWY_AFTER_NAMESPACE();

#endif  // ROTARY_DISPATCH_WALK_INL_H_
