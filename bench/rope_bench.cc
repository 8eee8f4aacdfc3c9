// Throughput of the RoPE kernels per ISA and shape, against the roofline: the
// same memory traffic without the math (out = in * 1.0f over the same q and k
// bytes, on the same threads, through the same token loop), and against a
// plain scalar loop over a precomputed table.
//
// Each kernel benchmark alternates its kernel with its baseline (the roofline
// for rope/ rows, the table kernel for rope_otf/ rows) pass by pass, each
// timed on its own, so both see the same machine state: on a shared machine
// the bandwidth drifts by tens of percent over seconds, which would swamp a
// ratio of two benchmarks run apart. The row's time and bytes/s are the
// kernel's; counters give the baseline's bytes/s and the median over passes
// of kernel speed / baseline speed.
//
// Shapes are Llama-3-8B's: head_dim 128, 32 q heads, 8 k heads, in place
// (BSHD), in f32, bf16 and f16 (one dtype in and out). Bytes counted: q and
// k, read + written, in the tensor's dtype. The roofline of a 16-bit kernel
// moves the same 16-bit bytes and widens/rounds them exactly as the kernels
// do (out = in * 1.0f in f32), so its ratio is the cost of the rotation
// itself; the format conversion shows in the roofline's own GB/s.
//
//   rotary_bench                          console rows, then a summary table
//   rotary_bench --benchmark_format=json  Google Benchmark's JSON, no table
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <functional>
#include <map>
#include <new>
#include <string>
#include <utility>
#include <vector>

#include <benchmark/benchmark.h>
#include <oneapi/tbb/blocked_range.h>
#include <oneapi/tbb/info.h>
#include <oneapi/tbb/parallel_for.h>
#include <oneapi/tbb/task_arena.h>

#include "dispatch/kernels.h"
#include "dispatch/roofline.h"
#include "rotary/rotary.hpp"

namespace rotary {
namespace bench {
namespace {

constexpr int64_t kHeadDim = 128, kQHeads = 32, kKHeads = 8;
constexpr int64_t kMaxPositions = 8192;

struct Shape {
  const char* name;
  int64_t tokens;
  Threading threading;
};

// Decode runs with automatic threading: it must take the serial path itself.
const Shape kShapes[] = {
    {"prefill4096_1t", 4096, Threading::serial},
    {"prefill4096_mt", 4096, Threading::automatic},
    {"tokens512_1t", 512, Threading::serial},
    {"tokens16_1t", 16, Threading::serial},
    {"decode1", 1, Threading::automatic},
};

const char* pairing_name(Pairing p) {
  return p == Pairing::interleaved ? "interleaved" : "half_split";
}

constexpr DType kDTypes[] = {DType::f32, DType::bf16, DType::f16};

// Tensors start on a cache line, as runtimes' allocators give them (a plain
// vector's large blocks sit 16 bytes past a page, which splits every 64-byte
// AVX-512 access across two lines, the roofline pass's included).
template <class T>
struct CacheLineAllocator {
  using value_type = T;
  CacheLineAllocator() = default;
  template <class U>
  CacheLineAllocator(const CacheLineAllocator<U>&) {}  // NOLINT
  T* allocate(size_t n) {
    return static_cast<T*>(
        ::operator new (n * sizeof(T), std::align_val_t{64}));
  }
  void deallocate(T* p, size_t) { ::operator delete (p, std::align_val_t{64}); }
  bool operator==(const CacheLineAllocator&) const { return true; }
  bool operator!=(const CacheLineAllocator&) const { return false; }
};
using Bytes = std::vector<unsigned char, CacheLineAllocator<unsigned char>>;

// q, k and positions for one shape and dtype, shared by every benchmark of
// that shape and dtype.
// Bytes one pass of run_paired() moves at least: calls on smaller data are
// repeated within a pass.
constexpr int64_t kPassBytes = int64_t{2} << 20;

struct Data {
  DType dtype;
  Bytes q, k;    // elements of dtype
  Bytes q0, k0;  // q and k as made (restore)
  Bytes qo, ko;  // out-of-place outputs (outputs()), made on first use
  std::vector<int32_t> positions;
  Data(int64_t tokens, DType type)
      : dtype(type),
        q(static_cast<size_t>(tokens * kQHeads * kHeadDim) * dtype_size(type)),
        k(static_cast<size_t>(tokens * kKHeads * kHeadDim) * dtype_size(type)),
        positions(static_cast<size_t>(tokens)) {
    fill(q, [](size_t i) { return std::sin(0.001f * i); });
    fill(k, [](size_t i) { return std::cos(0.001f * i); });
    // Prefill: positions 0..n-1; decode: the next slot of a long context.
    for (int64_t t = 0; t < tokens; ++t) {
      positions[t] = static_cast<int32_t>(tokens == 1 ? 4095 : t);
    }
    if (bytes_moved() < kPassBytes) {
      q0 = q;
      k0 = k;
    }
  }
  template <class Fn>
  void fill(Bytes& bytes, Fn value) {
    const size_t n = bytes.size() / dtype_size(dtype);
    for (size_t i = 0; i < n; ++i) {
      const float v = value(i);
      const uint16_t h = to_f16(v).bits, b = to_bf16(v).bits;
      switch (dtype) {
        case DType::f16:
          std::memcpy(&bytes[2 * i], &h, 2);
          break;
        case DType::bf16:
          std::memcpy(&bytes[2 * i], &b, 2);
          break;
        case DType::f32:
          std::memcpy(&bytes[4 * i], &v, 4);
          break;
      }
    }
  }
  Tensor qv() {
    return Tensor{q.data(),           dtype,   tokens(), kQHeads,
                  kQHeads * kHeadDim, kHeadDim};
  }
  Tensor kv() {
    return Tensor{k.data(),           dtype,   tokens(), kKHeads,
                  kKHeads * kHeadDim, kHeadDim};
  }
  // Puts q and k back as they were made. Rotated in place over and over,
  // 16-bit data drifts: an entry now and then turns subnormal, and every
  // multiply by it then costs a microcode assist (bf16 decode ran 45 GB/s
  // instead of 56 with two such entries in 5120).
  // Kept for data that run_paired() calls on many times per pass.
  void restore() {
    if (q0.empty()) return;
    std::memcpy(q.data(), q0.data(), q.size());
    std::memcpy(k.data(), k0.data(), k.size());
  }
  // q and k written out of place, into qo and ko.
  std::pair<Tensor, Tensor> outputs() {
    if (qo.empty()) {
      qo = q;
      ko = k;
    }
    return {Tensor{qo.data(), dtype, tokens(), kQHeads, kQHeads * kHeadDim,
                   kHeadDim},
            Tensor{ko.data(), dtype, tokens(), kKHeads, kKHeads * kHeadDim,
                   kHeadDim}};
  }
  // The plain passes of the rope/ and rope_oop/ rows over q and k's bytes,
  // on every thread of the current arena where `parallel`: q and k copied
  // into qo and ko with memcpy (out of place), or every 32-bit word of them
  // xor-ed in place with a zero read at run time (a loop the compiler
  // vectorizes for the build's baseline ISA: the bytes' traffic without
  // the conversions or math).
  // (With `stream`, the copy takes non-temporal stores: detail::stream_copy.)
  void copy_out(bool parallel, bool stream = false) {
    outputs();
    for (const auto& [from, to] : {std::pair{&q, &qo}, std::pair{&k, &ko}}) {
      for_chunks(parallel, from->size(), [&](size_t b, size_t e) {
        if (stream) {
          detail::stream_copy(from->data() + b, to->data() + b, e - b);
        } else {
          std::memcpy(to->data() + b, from->data() + b, e - b);
        }
      });
    }
  }
  void xor_in_place(bool parallel) {
    static volatile uint32_t zero_source = 0;
    const uint32_t zero = zero_source;
    for (Bytes* bytes : {&q, &k}) {
      uint32_t* w = reinterpret_cast<uint32_t*>(bytes->data());
      for_chunks(parallel, bytes->size() / 4, [&](size_t b, size_t e) {
        for (size_t i = b; i < e; ++i) w[i] ^= zero;
      });
    }
  }
  template <class Fn>
  static void for_chunks(bool parallel, size_t n, const Fn& fn) {
    if (!parallel) return fn(size_t{0}, n);
    tbb::parallel_for(tbb::blocked_range<size_t>(0, n, 16 * 1024),
                      [&](const tbb::blocked_range<size_t>& r) {
                        fn(r.begin(), r.end());
                      });
  }
  float* q_f32() { return reinterpret_cast<float*>(q.data()); }
  float* k_f32() { return reinterpret_cast<float*>(k.data()); }
  int64_t tokens() const { return static_cast<int64_t>(positions.size()); }
  int64_t bytes_moved() const {  // read + written
    return 2 * static_cast<int64_t>(q.size() + k.size());
  }
};

Data& data_for(int64_t tokens, DType dtype) {
  static std::map<std::pair<int64_t, DType>, Data> cache;
  const auto key = std::make_pair(tokens, dtype);
  auto it = cache.find(key);
  if (it == cache.end()) it = cache.emplace(key, Data(tokens, dtype)).first;
  return it->second;
}

// With a cos/sin table, or (on_the_fly) computing each token's row from
// double-precision angles.
const Rope& rope_for(Pairing pairing, bool on_the_fly = false) {
  static const auto make = [](Pairing p, int64_t max_positions) {
    RopeSpec spec;
    spec.head_dim = kHeadDim;
    spec.pairing = p;
    spec.theta = 500000.0;
    spec.max_positions = max_positions;
    Rope rope;
    if (!Rope::create(spec, &rope).ok()) std::abort();
    return rope;
  };
  static const Rope ropes[2][2] = {
      {make(Pairing::interleaved, kMaxPositions),
       make(Pairing::interleaved, 0)},
      {make(Pairing::half_split, kMaxPositions), make(Pairing::half_split, 0)}};
  return ropes[pairing == Pairing::half_split][on_the_fly];
}

// Every iteration made `calls` calls. D: Data, or another set of tensors
// with tokens() and bytes_moved().
template <class D>
void set_counters(benchmark::State& state, const D& d, int64_t calls = 1) {
  state.SetBytesProcessed(state.iterations() * calls * d.bytes_moved());
  state.counters["tokens/s"] = benchmark::Counter(
      static_cast<double>(state.iterations() * calls * d.tokens()),
      benchmark::Counter::kIsRate);
}

bool pin(benchmark::State& state, const std::string& isa) {
  const Status st = select_isa(isa);
  if (!st.ok()) {
    state.SkipWithError(st.message().c_str());
    return false;
  }
  return true;
}

// Another pass over the same bytes that run_paired() times beside the
// baseline (rope/ rows: a plain loop; rope_oop/ rows: memcpy, and a copy
// with non-temporal stores).
struct Extra {
  const char* name;
  std::function<Status()> op;
};

// Runs `measured` and `baseline` alternately (which goes first alternates
// too), `inner` calls each per iteration so that clock reads stay far below
// the time measured. The iteration time is that of the measured calls.
// `setup(true)` runs before each measured pass and `setup(false)` before each
// baseline pass, untimed (rope_isa/ switches the ISA there). Each of
// `extras` is timed after the baseline in every pass; then `vs_best` is the
// median over passes of the fastest of baseline and extras / measured.
template <class D, class Measured, class Baseline, class Setup = void (*)(bool)>
void run_paired(
    benchmark::State& state, D& d, const char* baseline_name,
    Measured&& measured, Baseline&& baseline, Setup&& setup = [](bool) {},
    const std::vector<Extra>& extras = {}) {
  using Clock = std::chrono::steady_clock;
  const int64_t inner = std::max<int64_t>(1, kPassBytes / d.bytes_moved());
  std::vector<double> ratios, baseline_seconds, measured_seconds;
  std::vector<double> best_ratios, best_seconds;
  std::vector<std::vector<double>> extra_seconds(extras.size());
  Status st;
  const auto timed = [&](auto& op, bool is_measured) {
    setup(is_measured);
    const auto t0 = Clock::now();
    for (int64_t i = 0; i < inner && st.ok(); ++i) st = op();
    return std::chrono::duration<double>(Clock::now() - t0).count();
  };
  bool measured_first = true;
  for (auto _ : state) {
    // Each pass from the data as made (see Data::restore), outside the
    // manual timing.
    d.restore();
    double tm, tb;
    if (measured_first) {
      tm = timed(measured, true);
      tb = timed(baseline, false);
    } else {
      tb = timed(baseline, false);
      tm = timed(measured, true);
    }
    measured_first = !measured_first;
    double best = tb;
    for (size_t e = 0; e < extras.size(); ++e) {
      const auto t0 = Clock::now();
      for (int64_t i = 0; i < inner && st.ok(); ++i) st = extras[e].op();
      const double te = std::chrono::duration<double>(Clock::now() - t0).count();
      extra_seconds[e].push_back(te / static_cast<double>(inner));
      best = std::min(best, te);
    }
    if (!st.ok()) {
      state.SkipWithError(st.message().c_str());
      return;
    }
    benchmark::ClobberMemory();
    state.SetIterationTime(tm);
    ratios.push_back(tb / tm);
    best_ratios.push_back(best / tm);
    best_seconds.push_back(best / static_cast<double>(inner));
    baseline_seconds.push_back(tb / static_cast<double>(inner));
    measured_seconds.push_back(tm / static_cast<double>(inner));
  }
  set_counters(state, d, inner);
  if (ratios.empty()) return;
  const auto median = [](std::vector<double> v) {
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
  };
  state.counters[std::string(baseline_name) + "_bytes_per_second"] =
      static_cast<double>(d.bytes_moved()) / median(baseline_seconds);
  state.counters[std::string("vs_") + baseline_name] = median(ratios);
  for (size_t e = 0; e < extras.size(); ++e) {
    state.counters[std::string(extras[e].name) + "_bytes_per_second"] =
        static_cast<double>(d.bytes_moved()) / median(extra_seconds[e]);
  }
  if (!extras.empty()) {
    state.counters["vs_best"] = median(best_ratios);
    state.counters["best_bytes_per_second"] =
        static_cast<double>(d.bytes_moved()) / median(best_seconds);
  }
  // The report's GB/s: medians of both sides, as the ratio is (the
  // framework's bytes_per_second is a mean, skewed by a noisy pass).
  state.counters["median_bytes_per_second"] =
      static_cast<double>(d.bytes_moved()) / median(measured_seconds);
}

Status rotate(const Rope& rope, Data& d, const ApplyOptions& opt) {
  const Positions pos(d.positions.data(), d.tokens());
  return rope.apply(d.qv(), d.kv(), pos, opt);
}

// rope/ rows: the kernel against the roofline; rope_otf/ rows: the kernel
// with rows computed per token against the same kernel reading the table.
// rope_oop/ rows (out_of_place): the same out of place, q and k into
// separate outputs, against the roofline out of place.
void BM_Rope(benchmark::State& state, std::string isa, Pairing pairing,
             Shape shape, DType dtype, bool on_the_fly, bool out_of_place) {
  if (!pin(state, isa)) return;
  Data& d = data_for(shape.tokens, dtype);
  const Rope& rope = rope_for(pairing, on_the_fly);
  ApplyOptions opt;
  opt.threading = shape.threading;
  const char* ran = nullptr;
  opt.isa_used = &ran;
  const auto kernel = [&] { return rotate(rope, d, opt); };
  // The other passes over the same bytes: on the shape's threads.
  const bool parallel =
      shape.threading == Threading::automatic && shape.tokens > 1;
  if (out_of_place) {
    const Positions pos(d.positions.data(), d.tokens());
    const auto out = d.outputs();
    const std::vector<Extra> copy_passes = {
        {"memcpy",
         [&d, parallel] {
           d.copy_out(parallel);
           return Status();
         }},
        {"stream",
         [&d, parallel] {
           d.copy_out(parallel, true);
           return Status();
         }}};
    run_paired(
        state, d, "roofline",
        [&] {
          return rope.apply(ConstTensor(d.qv()), out.first, ConstTensor(d.kv()),
                            out.second, pos, opt);
        },
        [&] {
          return detail::roofline_apply(rope, ConstTensor(d.qv()), out.first,
                                        ConstTensor(d.kv()), out.second, pos,
                                        opt);
        },
        [](bool) {}, copy_passes);
  } else if (on_the_fly) {
    const Rope& table = rope_for(pairing, false);
    run_paired(state, d, "table", kernel,
               [&] { return rotate(table, d, opt); });
  } else {
    const Positions pos(d.positions.data(), d.tokens());
    const std::vector<Extra> loop_pass = {{"loop", [&d, parallel] {
                                             d.xor_in_place(parallel);
                                             return Status();
                                           }}};
    run_paired(
        state, d, "roofline", kernel,
        [&] {
          return detail::roofline_apply(rope, d.qv(), d.qv(), d.kv(), d.kv(),
                                        pos, opt);
        },
        [](bool) {}, loop_pass);
  }
  if (ran == nullptr || isa != ran) state.SkipWithError("wrong kernel ran");
}

// A vLLM-style packed cos_sin_cache [positions][rotary_dim] in `dtype`
// (cos half, sin half) holding the table's own values, as a runtime that
// computed its own cache would hand it.
const CosSinCache& cache_for(Pairing pairing, DType dtype) {
  static std::map<std::pair<Pairing, DType>, Bytes> caches;
  static std::map<std::pair<Pairing, DType>, CosSinCache> views;
  const auto key = std::make_pair(pairing, dtype);
  auto it = views.find(key);
  if (it != views.end()) return it->second;
  const Rope& rope = rope_for(pairing);
  const size_t es = dtype_size(dtype);
  Bytes& bytes = caches[key];
  bytes.resize(static_cast<size_t>(kMaxPositions * kHeadDim) * es);
  std::vector<float> c(kHeadDim / 2), sn(kHeadDim / 2);
  for (int64_t p = 0; p < kMaxPositions; ++p) {
    if (!rope.cos_sin(p, c.data(), sn.data()).ok()) std::abort();
    for (int64_t i = 0; i < kHeadDim; ++i) {
      const float v = i < kHeadDim / 2 ? c[i] : sn[i - kHeadDim / 2];
      unsigned char* at = &bytes[static_cast<size_t>(p * kHeadDim + i) * es];
      const uint16_t b = to_bf16(v).bits, h = to_f16(v).bits;
      switch (dtype) {
        case DType::f32:
          std::memcpy(at, &v, 4);
          break;
        case DType::bf16:
          std::memcpy(at, &b, 2);
          break;
        case DType::f16:
          std::memcpy(at, &h, 2);
          break;
      }
    }
  }
  CosSinCache cs;
  cs.cos = bytes.data();
  cs.sin = bytes.data() + static_cast<size_t>(kHeadDim / 2) * es;
  cs.dtype = dtype;
  cs.rows = kMaxPositions;
  cs.row_stride = kHeadDim;
  return views.emplace(key, cs).first->second;
}

// q and k of `batch` sequences in BHSD ([batch][heads][tokens][dim]), the
// bytes of one `tokens`-token shape of Data.
struct BatchData {
  static constexpr int64_t kBatch = 8;
  Data flat;  // the same bytes, BSHD, one sequence
  Bytes q, k;
  explicit BatchData(int64_t tokens)
      : flat(tokens, DType::f32), q(flat.q), k(flat.k) {}
  int64_t seq() const { return flat.tokens() / kBatch; }
  // Prefill shapes only, one call per pass: they do not drift far.
  void restore() {}
  Tensor qv() {
    return Tensor::bhsd(reinterpret_cast<float*>(q.data()), kBatch, seq(),
                        kQHeads, kHeadDim);
  }
  Tensor kv() {
    return Tensor::bhsd(reinterpret_cast<float*>(k.data()), kBatch, seq(),
                        kKHeads, kHeadDim);
  }
};

// rope_cache/ rows: a caller cache (f32) against the
// plan's table; rope_batch/ rows: a batched BHSD call of 8 sequences
// against one 3D call over the same number of tokens and bytes.
void BM_DropIn(benchmark::State& state, std::string isa, Pairing pairing,
               Shape shape, DType dtype, bool batch) {
  if (!pin(state, isa)) return;
  const Rope& rope = rope_for(pairing);
  ApplyOptions opt;
  opt.threading = shape.threading;
  const char* ran = nullptr;
  opt.isa_used = &ran;
  Data& d = data_for(shape.tokens, dtype);
  const auto table = [&] { return rotate(rope, d, opt); };
  if (batch) {
    static std::map<int64_t, BatchData> batches;
    BatchData& b =
        batches.try_emplace(shape.tokens, shape.tokens).first->second;
    const Positions pos(b.flat.positions.data(), b.flat.tokens());
    run_paired(
        state, d, "flat", [&] { return rope.apply(b.qv(), b.kv(), pos, opt); },
        table);
  } else {
    ApplyOptions with_cache = opt;
    // An f32 cache for every tensor dtype: a 16-bit cache's rows are not
    // unit-norm to 2^-24, so thousands of in-place passes would shrink the
    // data towards subnormals and time those.
    with_cache.cos_sin = &cache_for(pairing, DType::f32);
    run_paired(
        state, d, "table", [&] { return rotate(rope, d, with_cache); }, table);
  }
  if (ran == nullptr || isa != ran) state.SkipWithError("wrong kernel ran");
}

// rope_mrope/ rows: multi-axis RoPE (half-split, the same table) on
// image-like positions (t fixed, h and w over a 64 x 64 grid; decode: one
// such token), against the 1D call on the same data. Rows are gathered per
// pair from each axis's table row. Layouts: Qwen2-VL's sections
// [16, 24, 24], Qwen3-VL's interleaved [24, 20, 20] (runs of one pair), and
// the Qwen vision tower's 2D rule (h and w halves; its third axis unused).
const char* const kMropeLayouts[] = {"sections", "interleaved", "vision2d"};

void BM_Mrope(benchmark::State& state, std::string isa, Shape shape,
              DType dtype, int layout) {
  if (!pin(state, isa)) return;
  static const auto make = [](int which) {
    RopeSpec spec;
    spec.head_dim = kHeadDim;
    spec.pairing = Pairing::half_split;
    spec.theta = 500000.0;
    spec.max_positions = kMaxPositions;
    const int64_t half = kHeadDim / 2;
    spec.multi_axis = which == 0   ? mrope_sections(half, {16, 24, 24})
                      : which == 1 ? mrope_interleaved(half, {24, 20, 20})
                                   : vision_2d_qwen(half);
    Rope rope;
    if (!Rope::create(spec, &rope).ok()) std::abort();
    return rope;
  };
  static const Rope ropes[3] = {make(0), make(1), make(2)};
  const Rope& mrope = ropes[layout];
  const Rope& rope = rope_for(Pairing::half_split);
  Data& d = data_for(shape.tokens, dtype);
  const int64_t n = d.tokens();
  std::vector<int32_t> streams(static_cast<size_t>(3 * n));
  for (int64_t t = 0; t < n; ++t) {
    const int32_t base = n == 1 ? 4000 : 10;
    const int64_t cell = n == 1 ? 1234 : t;
    streams[static_cast<size_t>(t)] = base;
    streams[static_cast<size_t>(n + t)] =
        base + static_cast<int32_t>(cell / 64);
    streams[static_cast<size_t>(2 * n + t)] =
        base + static_cast<int32_t>(cell % 64);
  }
  ApplyOptions opt;
  opt.threading = shape.threading;
  const char* ran = nullptr;
  opt.isa_used = &ran;
  const int axes = mrope.spec().multi_axis.axes;
  const Positions multi =
      Positions::multi_axis(streams.data() + (axes == 2 ? n : 0), axes, n, n);
  run_paired(
      state, d, "1d", [&] { return mrope.apply(d.qv(), d.kv(), multi, opt); },
      [&] { return rotate(rope, d, opt); });
  if (ran == nullptr || isa != ran) state.SkipWithError("wrong kernel ran");
}

// rope_isa/ rows: the default ISA (the best this CPU supports, which apply()
// picks) alternated with another supported vector ISA on the same data and
// threads, in place and out of place (the form ggml and ONNX Runtime use):
// ratio = default / other speed; below 1 the default is the slower.
void BM_Isa(benchmark::State& state, std::string best, std::string other,
            Pairing pairing, Shape shape, DType dtype, bool out_of_place) {
  Data& d = data_for(shape.tokens, dtype);
  const Rope& rope = rope_for(pairing);
  ApplyOptions opt;
  opt.threading = shape.threading;
  const Positions pos(d.positions.data(), d.tokens());
  const auto call = [&] {
    if (!out_of_place) return rope.apply(d.qv(), d.kv(), pos, opt);
    const auto out = d.outputs();
    return rope.apply(ConstTensor(d.qv()), out.first, ConstTensor(d.kv()),
                      out.second, pos, opt);
  };
  Status pinned;
  run_paired(
      state, d, "other", [&] { return pinned.ok() ? call() : pinned; },
      [&] { return pinned.ok() ? call() : pinned; },
      [&](bool best_pass) { pinned = select_isa(best_pass ? best : other); });
  select_isa("auto");
}

// Thread counts of the rope_threads/ and rope_scaling/ rows: 1, 2, 4, 8 and
// 16, as far as this machine has cores, and its own count.
std::vector<int> thread_counts() {
  const int cores = tbb::info::default_concurrency();
  std::vector<int> counts;
  for (int n : {1, 2, 4, 8, 16}) {
    if (n <= cores) counts.push_back(n);
  }
  if (counts.back() != cores) counts.push_back(cores);
  return counts;
}

// One oneTBB arena of `threads` threads per count, made on first use.
tbb::task_arena& arena_for(int threads) {
  static std::map<int, tbb::task_arena> arenas;
  tbb::task_arena& a = arenas[threads];
  if (!a.is_active()) a.initialize(threads);
  return a;
}

// rope_threads/ rows: automatic threading (the library's own choice of
// serial or parallel by the call's size) alternated with serial, on the
// default ISA, across the sizes around that threshold, inside an arena of
// each thread count: automatic must never be the slower (ratio = automatic
// / serial speed). rope_threads_forced/ rows: the same with every call
// parallel (Threading::arena), where automatic keeps a call serial: the
// size from which threads pay on that many of them.
constexpr int64_t kThreadTokens[] = {1, 4, 8, 16, 32, 48, 64, 96, 128, 512};

void BM_Threads(benchmark::State& state, int64_t tokens, DType dtype,
                int threads, bool forced) {
  Data& d = data_for(tokens, dtype);
  const Rope& rope = rope_for(Pairing::half_split);
  tbb::task_arena& arena = arena_for(threads);
  ApplyOptions parallel, serial;
  parallel.threading = forced ? Threading::arena : Threading::automatic;
  parallel.arena = &arena;
  serial.threading = Threading::serial;
  // The whole timing loop runs inside the arena, so that automatic's
  // "current arena" is the one of `threads` threads.
  arena.execute([&] {
    run_paired(
        state, d, "serial", [&] { return rotate(rope, d, parallel); },
        [&] { return rotate(rope, d, serial); });
  });
}

// A serial shape's name without its thread suffix ("prefill4096").
std::string scaling_name(const Shape& shape) {
  const std::string name = shape.name;
  return name.substr(0, name.rfind('_'));
}

// rope_scaling/ rows: prefill and 512 tokens on 1, 2, 4, ... threads (one
// arena of that many, every call parallel), the kernel against the roofline
// pass on the same arena.
void BM_Scaling(benchmark::State& state, Pairing pairing, Shape shape,
                DType dtype, int threads) {
  Data& d = data_for(shape.tokens, dtype);
  const Rope& rope = rope_for(pairing);
  ApplyOptions opt;
  opt.threading = Threading::arena;
  opt.arena = &arena_for(threads);
  const Positions pos(d.positions.data(), d.tokens());
  run_paired(
      state, d, "roofline", [&] { return rotate(rope, d, opt); },
      [&] {
        return detail::roofline_apply(rope, d.qv(), d.qv(), d.kv(), d.kv(),
                                      pos, opt);
      });
}

// What a user would write without the library: a plain loop over a
// precomputed f32 cos/sin table (cos[pos][i], sin[pos][i]), one thread.
struct ScalarTable {
  std::vector<float> cos, sin;
  ScalarTable() : cos(kMaxPositions * kHeadDim / 2), sin(cos.size()) {
    for (int64_t p = 0; p < kMaxPositions; ++p) {
      for (int64_t i = 0; i < kHeadDim / 2; ++i) {
        const double a = p * std::pow(500000.0, -2.0 * i / kHeadDim);
        cos[p * kHeadDim / 2 + i] = static_cast<float>(std::cos(a));
        sin[p * kHeadDim / 2 + i] = static_cast<float>(std::sin(a));
      }
    }
  }
};

void scalar_rotate(const ScalarTable& tab, Pairing pairing, float* x,
                   int64_t heads, int64_t tokens, const int32_t* positions) {
  const int64_t half = kHeadDim / 2;
  for (int64_t t = 0; t < tokens; ++t) {
    const float* c = &tab.cos[positions[t] * half];
    const float* s = &tab.sin[positions[t] * half];
    for (int64_t h = 0; h < heads; ++h) {
      float* v = x + (t * heads + h) * kHeadDim;
      for (int64_t i = 0; i < half; ++i) {
        const int64_t a = pairing == Pairing::interleaved ? 2 * i : i;
        const int64_t b =
            pairing == Pairing::interleaved ? 2 * i + 1 : i + half;
        const float xa = v[a], xb = v[b];
        v[a] = xa * c[i] - xb * s[i];
        v[b] = xb * c[i] + xa * s[i];
      }
    }
  }
}

void BM_ScalarLoop(benchmark::State& state, Pairing pairing, Shape shape) {
  static const ScalarTable tab;
  Data& d = data_for(shape.tokens, DType::f32);
  for (auto _ : state) {
    scalar_rotate(tab, pairing, d.q_f32(), kQHeads, d.tokens(),
                  d.positions.data());
    scalar_rotate(tab, pairing, d.k_f32(), kKHeads, d.tokens(),
                  d.positions.data());
    benchmark::ClobberMemory();
  }
  set_counters(state, d);
}

// rope_append/ rows: Rope::apply_append (q rotated in place, k rotated into
// a bf16 NHD cache at its slot, v copied there) against rotary's own
// separate passes doing the same job: apply() on q and k in place, then k
// and v copied and converted into the cache at each slot by the library's
// copy kernel (KernelSet::copy, the one the fused call runs). Slots are
// those of a prefill into an empty cache (0..n-1), or for decode the next
// slot of a 4096-token context. Bytes counted: what the fused call moves,
// q read + written, k and v read, their cache rows written.
struct AppendData {
  Data& qk;
  Bytes v, k_cache, v_cache;
  std::vector<int64_t> slots;
  int64_t cache_slots;
  static constexpr DType kCacheDType = DType::bf16;
  explicit AppendData(Data& d)
      : qk(d),
        v(d.k),
        k_cache(static_cast<size_t>(std::max<int64_t>(d.tokens(), 4096) *
                                    kKHeads * kHeadDim) *
                dtype_size(kCacheDType)),
        v_cache(k_cache.size()),
        slots(static_cast<size_t>(d.tokens())),
        cache_slots(std::max<int64_t>(d.tokens(), 4096)) {
    for (int64_t t = 0; t < d.tokens(); ++t) {
      slots[t] = d.tokens() == 1 ? 4095 : t;
    }
  }
  KVCache cache() {
    KVCache c;
    c.k = k_cache.data();
    c.v = v_cache.data();
    c.k_dtype = c.v_dtype = static_cast<CacheDType>(kCacheDType);
    c.slots = cache_slots;
    c.kv_heads = kKHeads;
    c.head_dim = kHeadDim;
    c.slot_mapping = slots.data();
    return c;
  }
  ConstTensor vv() {
    return ConstTensor(v.data(), qk.dtype, tokens(), kKHeads,
                       kKHeads * kHeadDim, kHeadDim);
  }
  int64_t tokens() const { return qk.tokens(); }
  void restore() { qk.restore(); }
  int64_t bytes_moved() const {
    const int64_t kv = static_cast<int64_t>(qk.k.size());
    const int64_t written = 2 * tokens() * kKHeads * kHeadDim *
                            static_cast<int64_t>(dtype_size(kCacheDType));
    return 2 * static_cast<int64_t>(qk.q.size()) + 2 * kv + written;
  }
};

// The separate passes' copy of k and v into the cache: one kernel call per
// token and tensor, as a runtime's own store loop would make.
Status copy_into_cache(AppendData& a) {
  Status st;
  const detail::KernelSet* kernels = detail::active_kernel_set(&st);
  if (kernels == nullptr) return st;
  const detail::CopyHeadsFn copy =
      kernels->copy[static_cast<int>(a.qk.dtype)]
                   [static_cast<int>(AppendData::kCacheDType)];
  const size_t in_size = dtype_size(a.qk.dtype);
  const size_t out_size = dtype_size(AppendData::kCacheDType);
  const int64_t row = kKHeads * kHeadDim;
  for (int s = 0; s < 2; ++s) {
    const unsigned char* in = s == 0 ? a.qk.k.data() : a.v.data();
    unsigned char* out = s == 0 ? a.k_cache.data() : a.v_cache.data();
    for (int64_t t = 0; t < a.tokens(); ++t) {
      detail::HeadsArgs h;
      h.row = nullptr;
      h.in = in + static_cast<size_t>(t * row) * in_size;
      h.out = out + static_cast<size_t>(a.slots[t] * row) * out_size;
      h.in_head_stride = h.out_head_stride = kHeadDim;
      h.heads = kKHeads;
      h.head_dim = kHeadDim;
      h.rotary_dim = kHeadDim;
      copy(h);
    }
  }
  return Status();
}

void BM_Append(benchmark::State& state, std::string isa, Pairing pairing,
               Shape shape, DType dtype) {
  if (!pin(state, isa)) return;
  static std::map<std::pair<int64_t, DType>, AppendData> all;
  const auto key = std::make_pair(shape.tokens, dtype);
  auto it = all.find(key);
  if (it == all.end()) {
    it = all.emplace(key, AppendData(data_for(shape.tokens, dtype))).first;
  }
  AppendData& a = it->second;
  const Rope& rope = rope_for(pairing);
  const char* ran = nullptr;
  ApplyOptions opt;
  opt.threading = shape.threading;
  opt.isa_used = &ran;
  const Positions pos(a.qk.positions.data(), a.tokens());
  const KVCache cache = a.cache();
  run_paired(
      state, a, "separate",
      [&] {
        return rope.apply_append(a.qk.qv(), ConstTensor(a.qk.kv()), a.vv(), pos,
                                 cache, opt);
      },
      [&] {
        const Status st = rope.apply(a.qk.qv(), a.qk.kv(), pos, opt);
        return st.ok() ? copy_into_cache(a) : st;
      });
  if (ran == nullptr || isa != ran) state.SkipWithError("wrong kernel ran");
}

// rope_qknorm/ rows: the fused QK-norm + rotation (Rope::apply_qk_norm,
// rms, f32 weights) against the two passes a runtime makes without it,
// alternated pass by pass: a norm pass over every head of q and k
// (norm_pass_apply: the same f32 norm as the fused kernels, vectorized for
// the same ISA, through the same token loop and threads) followed by
// apply(). Weights are 1 (still multiplied), so that thousands of in-place
// passes keep the data's scale.
// rope_qknorm_roof/ rows: the same fused call against the roofline pass
// over its bytes (q and k read and written once, as the fused call moves
// them; its weights stay in L1).
void BM_QkNorm(benchmark::State& state, std::string isa, Pairing pairing,
               Shape shape, DType dtype, bool vs_roofline) {
  if (!pin(state, isa)) return;
  Data& d = data_for(shape.tokens, dtype);
  const Rope& rope = rope_for(pairing);
  ApplyOptions opt;
  opt.threading = shape.threading;
  const char* ran = nullptr;
  opt.isa_used = &ran;
  static const std::vector<float> ones(kHeadDim, 1.0f);
  QKNorm norm;
  norm.kind = QKNormKind::rms;
  norm.q_weight = ones.data();
  norm.k_weight = ones.data();
  norm.weight_dtype = DType::f32;
  norm.weight_size = kHeadDim;
  norm.eps = 1e-6;
  const Positions pos(d.positions.data(), d.tokens());
  const auto fused = [&] {
    return rope.apply_qk_norm(d.qv(), d.kv(), pos, norm, opt);
  };
  if (vs_roofline) {
    run_paired(state, d, "roofline", fused, [&] {
      return detail::roofline_apply(rope, d.qv(), d.qv(), d.kv(), d.kv(), pos,
                                    opt);
    });
    if (ran == nullptr || isa != ran) state.SkipWithError("wrong kernel ran");
    return;
  }
  run_paired(
      state, d, "separate", fused,
      [&] {
        const Status st = detail::norm_pass_apply(rope, d.qv(), d.qv(), d.kv(),
                                                  d.kv(), pos, opt);
        return st.ok() ? rotate(rope, d, opt) : st;
      });
  if (ran == nullptr || isa != ran) state.SkipWithError("wrong kernel ran");
}

// The supported ISAs runtimes run, best first: the vector ones (AVX-512,
// AVX2, NEON, SVE), not scalar, emu128, SSSE3 or SSE4.
std::vector<std::string> vector_isas() {
  std::vector<std::string> names;
  for (const IsaInfo& isa : supported_isas()) {
    const std::string name = isa.name;
    if (name != "scalar" && name != "emu128" && name != "ssse3" &&
        name != "sse4") {
      names.push_back(name);
    }
  }
  return names;
}

void register_all() {
  for (const IsaInfo& isa : compiled_isas()) {
    for (const Shape& shape : kShapes) {
      for (DType dtype : kDTypes) {
        const std::string prefix =
            std::string(isa.name) + "/" + dtype_name(dtype) + "/";
        for (Pairing p : {Pairing::interleaved, Pairing::half_split}) {
          benchmark::RegisterBenchmark(
              ("rope/" + prefix + pairing_name(p) + "/" + shape.name).c_str(),
              BM_Rope, std::string(isa.name), p, shape, dtype, false, false)
              ->UseManualTime();
        }
      }
      // f32 rows computed per token from double angles instead of the table.
      if (std::strcmp(shape.name, "prefill4096_1t") != 0 &&
          std::strcmp(shape.name, "decode1") != 0) {
        continue;
      }
      for (Pairing p : {Pairing::interleaved, Pairing::half_split}) {
        benchmark::RegisterBenchmark(
            ("rope_otf/" + std::string(isa.name) + "/f32/" + pairing_name(p) +
             "/" + shape.name)
                .c_str(),
            BM_Rope, std::string(isa.name), p, shape, DType::f32, true, false)
            ->UseManualTime();
      }
    }
  }
  // Out of place on the vector ISAs, every shape and dtype.
  for (const std::string& name : vector_isas()) {
    for (const Shape& shape : kShapes) {
      for (DType dtype : kDTypes) {
        for (Pairing p : {Pairing::interleaved, Pairing::half_split}) {
          benchmark::RegisterBenchmark(
              ("rope_oop/" + name + "/" + dtype_name(dtype) + "/" +
               pairing_name(p) + "/" + shape.name)
                  .c_str(),
              BM_Rope, name, p, shape, dtype, false, true)
              ->UseManualTime();
        }
      }
    }
  }
  // Drop-in rows on the vector ISAs runtimes run: prefill and decode.
  for (const std::string& name : vector_isas()) {
    for (const Shape& shape : kShapes) {
      if (shape.tokens == 16) continue;
      for (Pairing p : {Pairing::interleaved, Pairing::half_split}) {
        for (DType dtype : {DType::f32, DType::bf16}) {
          benchmark::RegisterBenchmark(
              ("rope_cache/" + name + "/" + dtype_name(dtype) + "/" +
               pairing_name(p) + "/" + shape.name)
                  .c_str(),
              BM_DropIn, name, p, shape, dtype, false)
              ->UseManualTime();
        }
        if (p == Pairing::half_split && shape.tokens != 512) {
          for (DType dtype : {DType::f32, DType::bf16}) {
            for (int layout = 0; layout < 3; ++layout) {
              benchmark::RegisterBenchmark(
                  ("rope_mrope/" + name + "/" + dtype_name(dtype) + "/" +
                   kMropeLayouts[layout] + "/" + shape.name)
                      .c_str(),
                  BM_Mrope, name, shape, dtype, layout)
                  ->UseManualTime();
            }
          }
        }
        if (shape.tokens == 1) continue;
        benchmark::RegisterBenchmark(("rope_batch/" + name + "/f32/" +
                                      pairing_name(p) + "/" + shape.name)
                                         .c_str(),
                                     BM_DropIn, name, p, shape, DType::f32,
                                     true)
            ->UseManualTime();
      }
    }
  }
  // Fused passes on the vector ISAs: the KV-cache append, and the QK-norm
  // against norm pass + rope pass.
  for (const std::string& name : vector_isas()) {
    for (const Shape& shape : kShapes) {
      if (shape.tokens == 16) continue;
      for (Pairing p : {Pairing::interleaved, Pairing::half_split}) {
        for (DType dtype : {DType::f32, DType::bf16}) {
          benchmark::RegisterBenchmark(
              ("rope_append/" + name + "/" + dtype_name(dtype) + "/" +
               pairing_name(p) + "/" + shape.name)
                  .c_str(),
              BM_Append, name, p, shape, dtype)
              ->UseManualTime();
          for (bool roof : {false, true}) {
            benchmark::RegisterBenchmark(
                ((roof ? "rope_qknorm_roof/" : "rope_qknorm/") + name + "/" +
                 dtype_name(dtype) + "/" + pairing_name(p) + "/" + shape.name)
                    .c_str(),
                BM_QkNorm, name, p, shape, dtype, roof)
                ->UseManualTime();
          }
        }
      }
    }
  }
  // The default ISA against each other supported vector ISA.
  const std::vector<std::string> vector = vector_isas();
  for (size_t i = 1; i < vector.size(); ++i) {
    const std::string& best = vector[0];
    const std::string& other = vector[i];
    for (const Shape& shape : kShapes) {
      if (shape.threading != Threading::serial && shape.tokens > 1) continue;
      for (bool oop : {false, true}) {
        for (DType dtype : kDTypes) {
          for (Pairing p : {Pairing::interleaved, Pairing::half_split}) {
            benchmark::RegisterBenchmark(
                ("rope_isa/" + best + "_vs_" + other + "/" + dtype_name(dtype) +
                 "/" + pairing_name(p) + "/" +
                 (oop ? "out_of_place/" : "in_place/") + shape.name)
                    .c_str(),
                BM_Isa, best, other, p, shape, dtype, oop)
                ->UseManualTime();
          }
        }
      }
    }
  }
  for (int threads : thread_counts()) {
    const std::string at = "/threads" + std::to_string(threads);
    for (bool forced : {false, true}) {
      for (int64_t tokens : kThreadTokens) {
        if (forced && tokens == 1) continue;  // one token is always serial
        for (DType dtype : kDTypes) {
          benchmark::RegisterBenchmark(
              ((forced ? "rope_threads_forced/" : "rope_threads/") +
               std::string(dtype_name(dtype)) + "/half_split/tokens" +
               std::to_string(tokens) + at)
                  .c_str(),
              BM_Threads, tokens, dtype, threads, forced)
              ->UseManualTime();
        }
      }
    }
    for (const Shape& shape : kShapes) {
      if (shape.threading != Threading::serial || shape.tokens < 512) continue;
      for (DType dtype : kDTypes) {
        for (Pairing p : {Pairing::interleaved, Pairing::half_split}) {
          benchmark::RegisterBenchmark(
              ("rope_scaling/" + std::string(dtype_name(dtype)) + "/" +
               pairing_name(p) + "/" + scaling_name(shape) + at)
                  .c_str(),
              BM_Scaling, p, shape, dtype, threads)
              ->UseManualTime();
        }
      }
    }
  }
  for (const Shape& shape : kShapes) {
    if (shape.threading != Threading::serial && shape.tokens > 1) continue;
    for (Pairing p : {Pairing::interleaved, Pairing::half_split}) {
      benchmark::RegisterBenchmark(
          ("scalar_loop/" + std::string(pairing_name(p)) + "/" + shape.name)
              .c_str(),
          BM_ScalarLoop, p, shape)
          ->UseRealTime();
    }
  }
}

// Console output as usual, then one table per ISA: GB/s (median of the
// repetitions when there are several) and the ratio to the roofline.
class SummaryReporter : public benchmark::ConsoleReporter {
 public:
  void ReportRuns(const std::vector<Run>& runs) override {
    ConsoleReporter::ReportRuns(runs);
    for (const Run& r : runs) {
      if (r.error_occurred) continue;
      const bool median =
          r.run_type == Run::RT_Aggregate && r.aggregate_name == "median";
      const bool single = r.run_type == Run::RT_Iteration && r.repetitions <= 1;
      if (!median && !single) continue;
      const std::string& name = r.run_name.function_name;
      for (const auto& c : r.counters) {
        const bool rate =
            c.first.size() >= 16 &&
            c.first.compare(c.first.size() - 16, 16, "bytes_per_second") == 0;
        values_[name + "#" + c.first] =
            rate ? c.second.value / 1e9 : c.second.value;
      }
    }
  }

  void Finalize() override {
    ConsoleReporter::Finalize();
    std::printf(
        "\nSummary (head_dim 128, 32 q + 8 k heads, in place (oop: out of "
        "place, into separate outputs), one\ndtype in and out; GB/s of q+k "
        "read + written in that dtype; roof = the roofline passes alternated\n"
        "with that kernel's, ratio = median over passes of kernel / roofline "
        "speed; best = the fastest,\npass by pass, of the roofline pass and "
        "a plain pass over the same bytes (in place: a compiler-\nvectorized "
        "xor of every word with a run-time zero, no 16-bit conversion; oop: "
        "memcpy and a\ncopy with non-temporal stores), ratio = kernel / best "
        "the same way; %d threads for _mt)\n",
        tbb::info::default_concurrency());
    for (const char* family : {"rope/", "rope_oop/"})
      for (const IsaInfo& isa : compiled_isas()) {
        bool header = false;
        for (const Shape& shape : kShapes) {
          for (DType dtype : kDTypes) {
            const std::string prefix =
                family + std::string(isa.name) + "/" + dtype_name(dtype) + "/";
            const std::string il = prefix + "interleaved/" + shape.name;
            const std::string hs = prefix + "half_split/" + shape.name;
            if (get(il, "vs_roofline") <= 0 || get(hs, "vs_roofline") <= 0) {
              continue;
            }
            if (!header) {
              std::printf("\n%-8s %-5s %-15s %-37s  %-37s\n", isa.name,
                          family[4] == '/' ? "" : "oop", "",
                          "  ----------- interleaved -----------",
                          "  ----------- half_split ------------");
              std::printf(
                  "%-8s %-5s %-15s %7s %7s %5s %7s %5s  %7s %7s %5s %7s %5s\n",
                  "", "dtype", "shape", "GB/s", "roof", "ratio", "best",
                  "ratio", "GB/s", "roof", "ratio", "best", "ratio");
              header = true;
            }
            // Rows without the plain passes (filtered runs): the roofline's.
            const auto best = [&](const std::string& row) {
              const double b = get(row, "best_bytes_per_second");
              return b > 0 ? b : get(row, "roofline_bytes_per_second");
            };
            const auto ratio = [&](const std::string& row) {
              const double r = get(row, "vs_best");
              return r > 0 ? r : get(row, "vs_roofline");
            };
            std::printf(
                "%-8s %-5s %-15s %7.2f %7.2f %5.2f%c%7.2f %5.2f%c %7.2f %7.2f "
                "%5.2f%c%7.2f %5.2f%c\n",
                "", dtype_name(dtype), shape.name, rate(il),
                get(il, "roofline_bytes_per_second"), get(il, "vs_roofline"),
                flag(get(il, "vs_roofline")), best(il), ratio(il),
                flag(ratio(il)), rate(hs), get(hs, "roofline_bytes_per_second"),
                get(hs, "vs_roofline"), flag(get(hs, "vs_roofline")), best(hs),
                ratio(hs), flag(ratio(hs)));
          }
        }
      }
    std::printf(
        "(!: above %.2f of a pass, which the kernel cannot beat with "
        "the same bytes: a measurement\nproblem, not a result)\n",
        kRooflineSlack);
    std::printf(
        "\nFused QK-norm + rope (rms), alternated with a norm pass then a "
        "rope pass over the same\ndata; GB/s of one pass's bytes; ratio = "
        "median over passes of fused / separate speed; in\nanother row, the "
        "fused call alternated with the roofline pass over its bytes (roof):"
        "\n");
    for (const IsaInfo& isa : compiled_isas()) {
      for (const Shape& shape : kShapes) {
        for (DType dtype : {DType::f32, DType::bf16}) {
          for (Pairing p : {Pairing::interleaved, Pairing::half_split}) {
            const std::string fused = "rope_qknorm/" + std::string(isa.name) +
                                      "/" + dtype_name(dtype) + "/" +
                                      pairing_name(p) + "/" + shape.name;
            const std::string roof = "rope_qknorm_roof/" +
                                     fused.substr(fused.find('/') + 1);
            if (get(fused, "vs_separate") <= 0 &&
                get(roof, "vs_roofline") <= 0) {
              continue;
            }
            std::printf(
                "%-8s %-5s %-16s %-12s separate %7.2f  fused %7.2f GB/s  "
                "ratio %.2f | roof %7.2f  fused %7.2f GB/s  ratio %.2f%c\n",
                isa.name, dtype_name(dtype), shape.name, pairing_name(p),
                get(fused, "separate_bytes_per_second"), rate(fused),
                get(fused, "vs_separate"),
                get(roof, "roofline_bytes_per_second"), rate(roof),
                get(roof, "vs_roofline"), flag(get(roof, "vs_roofline")));
          }
        }
      }
    }
    std::printf(
        "\nOn-the-fly rows (f32; cos/sin from double angles per token, no "
        "table), alternated with the\nsame kernel reading the table; ratio = "
        "median over passes of on-the-fly / table speed:\n");
    for (const IsaInfo& isa : compiled_isas()) {
      for (const Shape& shape : kShapes) {
        for (Pairing p : {Pairing::interleaved, Pairing::half_split}) {
          const std::string otf = "rope_otf/" + std::string(isa.name) +
                                  "/f32/" + pairing_name(p) + "/" + shape.name;
          if (get(otf, "vs_table") <= 0) continue;
          std::printf(
              "%-8s %-16s %-12s table %7.2f  on-the-fly %7.2f GB/s  "
              "ratio %.2f\n",
              isa.name, shape.name, pairing_name(p),
              get(otf, "table_bytes_per_second"), rate(otf),
              get(otf, "vs_table"));
        }
      }
    }
    std::printf(
        "\nDrop-in forms, alternated with the table path on the same "
        "threads; ratio = median over passes of\ndrop-in / table speed "
        "(cache: a vLLM-style packed f32 cache, built into the kernels' row "
        "per "
        "token except\nhalf-split f32; batch: 8 "
        "BHSD\nsequences of tokens/8 against one BSHD call of the same "
        "bytes, f32):\n");
    for (const char* family : {"rope_cache", "rope_batch"}) {
      for (const IsaInfo& isa : compiled_isas()) {
        for (const Shape& shape : kShapes) {
          for (DType dtype : {DType::f32, DType::bf16}) {
            for (Pairing p : {Pairing::interleaved, Pairing::half_split}) {
              const std::string row = std::string(family) + "/" + isa.name +
                                      "/" + dtype_name(dtype) + "/" +
                                      pairing_name(p) + "/" + shape.name;
              const char* base = family[5] == 'c' ? "table" : "flat";
              const std::string ratio = std::string("vs_") + base;
              if (get(row, ratio.c_str()) <= 0) continue;
              std::printf(
                  "%-6s %-8s %-4s %-15s %-12s %s %7.2f  %s %7.2f "
                  "GB/s  ratio %.2f\n",
                  family + 5, isa.name, dtype_name(dtype), shape.name,
                  pairing_name(p), base,
                  get(row, (std::string(base) + "_bytes_per_second").c_str()),
                  family + 5, rate(row), get(row, ratio.c_str()));
            }
          }
        }
      }
    }
    std::printf(
        "\nFused RoPE + KV-cache append (q in place, k and v into a bf16 NHD "
        "cache at their slots), alternated\nwith rotary's separate passes "
        "(apply() in place, then k and v copied into the cache); ratio =\n"
        "median over passes of fused / separate speed:\n");
    for (const IsaInfo& isa : compiled_isas()) {
      for (const Shape& shape : kShapes) {
        for (DType dtype : {DType::f32, DType::bf16}) {
          for (Pairing p : {Pairing::interleaved, Pairing::half_split}) {
            const std::string row = std::string("rope_append/") + isa.name +
                                    "/" + dtype_name(dtype) + "/" +
                                    pairing_name(p) + "/" + shape.name;
            if (get(row, "vs_separate") <= 0) continue;
            std::printf(
                "%-8s %-4s %-15s %-12s separate %7.2f  fused %7.2f "
                "GB/s  ratio %.2f\n",
                isa.name, dtype_name(dtype), shape.name, pairing_name(p),
                get(row, "separate_bytes_per_second"), rate(row),
                get(row, "vs_separate"));
          }
        }
      }
    }
    std::printf(
        "\nMulti-axis RoPE (half-split, image-like positions), alternated "
        "with the 1D call on the same data;\nratio = median over passes of "
        "multi-axis / 1D speed:\n");
    for (const IsaInfo& isa : compiled_isas()) {
      for (const Shape& shape : kShapes) {
        for (DType dtype : {DType::f32, DType::bf16}) {
          for (const char* layout : kMropeLayouts) {
            const std::string row = std::string("rope_mrope/") + isa.name +
                                    "/" + dtype_name(dtype) + "/" + layout +
                                    "/" + shape.name;
            if (get(row, "vs_1d") <= 0) continue;
            std::printf(
                "%-8s %-4s %-15s %-12s 1d %7.2f  multi-axis %7.2f "
                "GB/s  ratio %.2f\n",
                isa.name, dtype_name(dtype), shape.name, layout,
                get(row, "1d_bytes_per_second"), rate(row), get(row, "vs_1d"));
          }
        }
      }
    }
    std::printf(
        "\nISA choice: the default ISA alternated with each other supported "
        "vector ISA on the same data\n(1 thread; out of place: into separate "
        "outputs); ratio = median over passes of default / other\nspeed "
        "(below 1: the default is the slower):\n");
    for (const auto& kv : values_) {
      const std::string& key = kv.first;
      if (key.compare(0, 9, "rope_isa/") != 0) continue;
      const size_t hash = key.find('#');
      if (key.compare(hash + 1, std::string::npos, "vs_other") != 0) continue;
      const std::string row = key.substr(0, hash);
      std::printf("%-62s other %7.2f  default %7.2f GB/s  ratio %.2f\n",
                  row.c_str() + 9, get(row, "other_bytes_per_second"),
                  rate(row), kv.second);
    }
    bool header = false;
    std::printf(
        "\nThreads (default ISA, half-split; %d cores): inside an arena of "
        "N threads, automatic threading\n(auto) and every call parallel "
        "(forced) each alternated with serial on the same data; ratio =\n"
        "median over passes of that / serial speed (auto below 1: automatic "
        "loses):\n",
        tbb::info::default_concurrency());
    for (int threads : thread_counts()) {
      const std::string at = "/threads" + std::to_string(threads);
      for (int64_t tokens : kThreadTokens) {
        for (DType dtype : kDTypes) {
          const std::string tail = std::string(dtype_name(dtype)) +
                                   "/half_split/tokens" +
                                   std::to_string(tokens) + at;
          const std::string row = "rope_threads/" + tail;
          const std::string forced = "rope_threads_forced/" + tail;
          if (get(row, "vs_serial") <= 0 && get(forced, "vs_serial") <= 0) {
            continue;
          }
          std::printf(
              "%2d threads %-5s %4lld tokens %6lld KiB  serial %7.2f  auto "
              "%7.2f GB/s  ratio %.2f  forced %7.2f GB/s  ratio %.2f\n",
              threads, dtype_name(dtype), static_cast<long long>(tokens),
              static_cast<long long>(tokens * (kQHeads + kKHeads) * kHeadDim *
                                     2 *
                                     static_cast<int64_t>(dtype_size(dtype)) /
                                     1024),
              get(row, "serial_bytes_per_second"), rate(row),
              get(row, "vs_serial"), rate(forced), get(forced, "vs_serial"));
        }
      }
    }
    header = false;
    for (const Shape& shape : kShapes) {
      if (shape.threading != Threading::serial || shape.tokens < 512) continue;
      for (DType dtype : kDTypes) {
        for (Pairing p : {Pairing::interleaved, Pairing::half_split}) {
          for (int threads : thread_counts()) {
            const std::string row = std::string("rope_scaling/") +
                                    dtype_name(dtype) + "/" + pairing_name(p) +
                                    "/" + scaling_name(shape) + "/threads" +
                                    std::to_string(threads);
            const double ratio = get(row, "vs_roofline");
            if (ratio <= 0) continue;
            if (!header) {
              std::printf(
                  "\nThread scaling (default ISA; every call parallel in an "
                  "arena of N threads, against the\nroofline pass on the same "
                  "arena):\n");
              header = true;
            }
            std::printf("%-5s %-11s %-14s %2d threads  roof %7.2f  kernel "
                        "%7.2f GB/s  ratio %.2f%c\n",
                        dtype_name(dtype), pairing_name(p),
                        scaling_name(shape).c_str(), threads,
                        get(row, "roofline_bytes_per_second"),
                        rate(row), ratio, flag(ratio));
          }
        }
      }
    }
    header = false;
    for (const Shape& shape : kShapes) {
      const double il =
          get(std::string("scalar_loop/interleaved/") + shape.name,
              "bytes_per_second");
      const double hs = get(std::string("scalar_loop/half_split/") + shape.name,
                            "bytes_per_second");
      if (il <= 0 && hs <= 0) continue;
      if (!header) {
        std::printf("\n%-8s %-5s %-16s %9s %12s %6s %11s\n", "plain", "dtype",
                    "shape", "", "interleaved", "", "half_split");
        header = true;
      }
      std::printf("%-8s %-5s %-16s %9s %12.2f %6s %11.2f\n", "loop", "f32",
                  shape.name, "", il, "", hs);
    }
    std::fflush(stdout);
  }

 private:
  // Past this ratio to the roofline a row is flagged: noise and the
  // machine's drift stay within it.
  static constexpr double kRooflineSlack = 1.05;
  static char flag(double ratio) { return ratio > kRooflineSlack ? '!' : ' '; }
  // A counter of a benchmark (median of the repetitions when there are
  // several); rates in 10^9 per second. 0 when absent.
  double get(const std::string& name, const char* counter) const {
    auto it = values_.find(name + "#" + counter);
    return it == values_.end() ? 0.0 : it->second;
  }
  // A row's GB/s: the median pass of a paired row, else the framework's.
  double rate(const std::string& name) const {
    const double m = get(name, "median_bytes_per_second");
    return m > 0 ? m : get(name, "bytes_per_second");
  }
  std::map<std::string, double> values_;
};

}  // namespace
}  // namespace bench
}  // namespace rotary

int main(int argc, char** argv) {
  bool console = true;
  for (int i = 1; i < argc; ++i) {
    if (std::strncmp(argv[i], "--benchmark_format=", 19) == 0 &&
        std::strcmp(argv[i] + 19, "console") != 0) {
      console = false;
    }
  }
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  rotary::bench::register_all();
  if (console) {
    rotary::bench::SummaryReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
  } else {
    benchmark::RunSpecifiedBenchmarks();
  }
  benchmark::Shutdown();
  return 0;
}
