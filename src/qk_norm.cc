// Rope::apply_qk_norm: apply()'s validation and token loop (apply.cc), with
// the norm's arguments checked too and each tensor's heads handed to the
// fused kernels (KernelSet::qk_norm, dispatch/norm-inl.h).
#include <cmath>
#include <cstdint>
#include <new>
#include <string>
#include <vector>

#include "dispatch/dtype.h"
#include "dispatch/kernels.h"
#include "src/plan.h"

namespace rotary {
namespace detail {
namespace {

Status invalid(std::string message) {
  return Status(Code::invalid_argument, std::move(message));
}

const char* kind_name(QKNormKind kind) {
  switch (kind) {
    case QKNormKind::rms:
      return "rms";
    case QKNormKind::rms_one_plus:
      return "rms_one_plus";
    case QKNormKind::l2_after:
      return "l2_after";
  }
  return "?";
}

// The weight of one tensor as the kernels take it: head_dim f32
// multipliers (w, or 1 + w formed in f32).
template <class T>
void widen_weight(const T* w, int64_t n, bool one_plus, float* out) {
  for (int64_t i = 0; i < n; ++i) {
    const float v = to_float(w[i]);
    out[i] = one_plus ? 1.0f + v : v;
  }
}
void widen_weight(const float* w, int64_t n, bool one_plus, float* out) {
  for (int64_t i = 0; i < n; ++i) out[i] = one_plus ? 1.0f + w[i] : w[i];
}

// Longest weight widened on the stack; longer ones go to the heap.
constexpr int64_t kStackWeight = 512;

// The kernels' weights (NormArgs::weight) of one call: the caller's own f32
// weights where they serve as they are (rms), else widened here.
struct Weights {
  const float* ptr[2] = {nullptr, nullptr};  // q, k
  alignas(64) float stack[2][kStackWeight];
  std::vector<float> heap[2];

  float* storage(int s, int64_t n) {
    if (n <= kStackWeight) return stack[s];
    heap[s].resize(static_cast<size_t>(n));
    return heap[s].data();
  }
};

// Whether n bytes at p may share a byte with view t (its address range).
bool within_reach(const void* p, int64_t n, const Tensor& t, int64_t head_dim) {
  if (t.data == nullptr || t.tokens == 0 || t.heads == 0) return false;
  const auto b = reinterpret_cast<uintptr_t>(t.data);
  const auto e =
      b + static_cast<uintptr_t>(view_span(ConstTensor(t), head_dim) *
                                 static_cast<int64_t>(dtype_size(t.dtype)));
  const auto pb = reinterpret_cast<uintptr_t>(p);
  return pb < e && b < pb + static_cast<uintptr_t>(n);
}

// Checks the norm against the call (which tensors are given, and their
// input dtypes) and, for the weighted kinds, sets weights->ptr[0] (q) and
// [1] (k): the caller's f32 weights themselves unless an output of the call
// may write over them (outs: q_out, k_out, validated).
Status check_norm(const QKNorm& norm, int64_t head_dim,
                  const ConstTensor* const in[2], const Tensor* const outs[2],
                  const bool given[2], Weights* weights) {
  if (norm.kind != QKNormKind::rms && norm.kind != QKNormKind::rms_one_plus &&
      norm.kind != QKNormKind::l2_after) {
    return invalid("norm.kind is not a QKNormKind value");
  }
  if (!(norm.eps > 0.0) || !std::isfinite(norm.eps)) {
    return invalid("norm.eps must be > 0 and finite, got " +
                   std::to_string(norm.eps));
  }
  const char* names[2] = {"q", "k"};
  const void* w[2] = {norm.q_weight, norm.k_weight};
  if (norm.kind == QKNormKind::l2_after) {
    for (int s = 0; s < 2; ++s) {
      if (w[s] != nullptr) {
        return invalid(std::string("norm.") + names[s] +
                       "_weight must be null for l2_after (it has no weight)");
      }
    }
    return Status();
  }
  const size_t wsize = dtype_size(norm.weight_dtype);
  if (wsize == 0) {
    return invalid("norm.weight_dtype (" +
                   std::to_string(static_cast<int>(norm.weight_dtype)) +
                   ") is not a DType value (f32, f16, bf16)");
  }
  for (int s = 0; s < 2; ++s) {
    if (!given[s]) continue;
    // Made only for a message: a decode call is short.
    const auto name = [&] {
      return std::string("norm.") + names[s] + "_weight";
    };
    if (w[s] == nullptr) {
      return invalid(name() + " is null but " + names[s] + " is given (" +
                     kind_name(norm.kind) + " needs a weight of head_dim " +
                     std::to_string(head_dim) + ")");
    }
    if (reinterpret_cast<uintptr_t>(w[s]) % wsize != 0) {
      return invalid(name() + " is not aligned to its element size (" +
                     std::to_string(wsize) + " bytes, " +
                     dtype_name(norm.weight_dtype) + ")");
    }
    if (norm.weight_dtype != DType::f32 && norm.weight_dtype != in[s]->dtype) {
      return invalid(std::string("norm.weight_dtype ") +
                     dtype_name(norm.weight_dtype) + " is neither f32 nor " +
                     names[s] + "'s dtype " + dtype_name(in[s]->dtype));
    }
  }
  if (norm.weight_size != head_dim) {
    return invalid("norm.weight_size (" + std::to_string(norm.weight_size) +
                   ") != head_dim (" + std::to_string(head_dim) + ")");
  }
  const bool one_plus = norm.kind == QKNormKind::rms_one_plus;
  for (int s = 0; s < 2; ++s) {
    if (!given[s]) continue;
    const int64_t bytes = head_dim * static_cast<int64_t>(sizeof(float));
    if (!one_plus && norm.weight_dtype == DType::f32 &&
        !within_reach(w[s], bytes, *outs[0], head_dim) &&
        !within_reach(w[s], bytes, *outs[1], head_dim)) {
      weights->ptr[s] = static_cast<const float*>(w[s]);
      continue;
    }
    float* out = weights->storage(s, head_dim);
    weights->ptr[s] = out;
    switch (norm.weight_dtype) {
      case DType::f32:
        widen_weight(static_cast<const float*>(w[s]), head_dim, one_plus, out);
        break;
      case DType::f16:
        widen_weight(static_cast<const f16*>(w[s]), head_dim, one_plus, out);
        break;
      case DType::bf16:
        widen_weight(static_cast<const bf16*>(w[s]), head_dim, one_plus, out);
        break;
    }
  }
  return Status();
}

}  // namespace
}  // namespace detail

Status Rope::apply_qk_norm(const ConstTensor& q_in, const Tensor& q_out,
                           const ConstTensor& k_in, const Tensor& k_out,
                           const Positions& positions, const QKNorm& norm,
                           const ApplyOptions& options) const {
  try {
    if (options.direction == Direction::backward) {
      return detail::invalid(
          "options.direction: apply_qk_norm is forward only (the norm has no "
          "inverse); use apply() for a backward rotation");
    }
    detail::CallIo io;
    Status st = detail::validate_call(*this, q_in, q_out, k_in, k_out,
                                      positions, options, &io);
    if (!st.ok()) return st;
    const ConstTensor* in[2] = {&q_in, &k_in};
    const bool given[2] = {!(q_in.absent() && q_out.absent()),
                           !(k_in.absent() && k_out.absent())};
    detail::Weights weights;
    const Tensor* outs[2] = {&q_out, &k_out};
    st = detail::check_norm(norm, plan_->spec.head_dim, in, outs, given,
                            &weights);
    if (!st.ok()) return st;
    detail::NormArgs args[2];
    detail::TensorIo* tio[2] = {&io.q, &io.k};
    for (int s = 0; s < 2; ++s) {
      args[s].weight = weights.ptr[s];
      args[s].eps = norm.eps;
      args[s].after = norm.kind == QKNormKind::l2_after;
      tio[s]->norm = &args[s];
    }
    io.qk_norm = true;
    return detail::run_call(*plan_, io, options);
  } catch (const std::bad_alloc&) {
    return Status(Code::out_of_memory, "out of memory validating arguments");
  }
}

Status Rope::apply_qk_norm(const Tensor& q, const Tensor& k,
                           const Positions& positions, const QKNorm& norm,
                           const ApplyOptions& options) const {
  return apply_qk_norm(ConstTensor(q), q, ConstTensor(k), k, positions, norm,
                       options);
}

}  // namespace rotary
