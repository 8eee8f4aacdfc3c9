// rotary._rotary: the nanobind module behind the Python package.
//
// numpy arrays and torch tensors arrive through nanobind's ndarray (buffer
// protocol / DLPack) and become rotary::Tensor views without a copy. Every
// Python-side check (type, device, dtype, rank, head_dim, contiguity of the
// last dimension, writability) happens before the C++ call, which validates
// the rest; nothing is written on any error. apply() releases the GIL.
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <new>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <nanobind/nanobind.h>
#include <nanobind/ndarray.h>
#include <nanobind/stl/optional.h>
#include <nanobind/stl/string.h>
#include <nanobind/stl/vector.h>

#include "rotary/rotary.hpp"

namespace nb = nanobind;
using namespace nb::literals;

namespace {

// ---------------------------------------------------------------- errors ---

// RotaryError and one subclass per rotary::Code, each also deriving from the
// built-in exception a Python user would catch (ValueError, IndexError...).
struct Errors {
  PyObject* base = nullptr;
  PyObject* invalid_argument = nullptr;
  PyObject* position_out_of_range = nullptr;
  PyObject* unsupported = nullptr;
  PyObject* out_of_memory = nullptr;
  PyObject* internal = nullptr;
};
Errors g_errors;

PyObject* error_type(rotary::Code code) {
  switch (code) {
    case rotary::Code::invalid_argument:
      return g_errors.invalid_argument;
    case rotary::Code::position_out_of_range:
      return g_errors.position_out_of_range;
    case rotary::Code::unsupported:
      return g_errors.unsupported;
    case rotary::Code::out_of_memory:
      return g_errors.out_of_memory;
    default:
      return g_errors.internal;
  }
}

[[noreturn]] void raise(rotary::Code code, const std::string& message) {
  PyErr_SetString(error_type(code), message.c_str());
  throw nb::python_error();
}

[[noreturn]] void raise_invalid(const std::string& message) {
  raise(rotary::Code::invalid_argument, message);
}

void check(const rotary::Status& st) {
  if (!st.ok()) raise(st.code(), st.message());
}

// ----------------------------------------------------------------- views ---

// What keeps an array described while a call uses it: nanobind's ndarray,
// or for a numpy array a buffer-protocol view, released with this object
// (numpy refuses to resize an array while such a view is out).
template <class... Ro>
struct Held {
  nb::ndarray<Ro...> array;
  Py_buffer view{};
  bool viewing = false;

  Held() = default;
  Held(const Held&) = delete;
  Held& operator=(const Held&) = delete;
  ~Held() {
    if (viewing) PyBuffer_Release(&view);
  }
};
using InArray = Held<nb::ro>;  // inputs: read-only arrays are fine
using OutArray = Held<>;       // outputs and in place: writable

std::string obj_type_name(nb::handle obj) {
  return nb::cast<std::string>(nb::type_name(obj.type()));
}

std::string dlpack_dtype_name(const nb::dlpack::dtype& d) {
  const char* kind = "?";
  switch (static_cast<nb::dlpack::dtype_code>(d.code)) {
    case nb::dlpack::dtype_code::Int:
      kind = "int";
      break;
    case nb::dlpack::dtype_code::UInt:
      kind = "uint";
      break;
    case nb::dlpack::dtype_code::Float:
      kind = "float";
      break;
    case nb::dlpack::dtype_code::Bfloat:
      kind = "bfloat";
      break;
    case nb::dlpack::dtype_code::Complex:
      kind = "complex";
      break;
    case nb::dlpack::dtype_code::Bool:
      return "bool";
    default:
      break;
  }
  return std::string(kind) + std::to_string(d.bits);
}

bool rotary_dtype(const nb::dlpack::dtype& d, rotary::DType* out) {
  if (d.lanes != 1) return false;
  if (d.code == static_cast<uint8_t>(nb::dlpack::dtype_code::Float)) {
    if (d.bits == 32) {
      *out = rotary::DType::f32;
      return true;
    }
    if (d.bits == 16) {
      *out = rotary::DType::f16;
      return true;
    }
  }
  if (d.code == static_cast<uint8_t>(nb::dlpack::dtype_code::Bfloat) &&
      d.bits == 16) {
    *out = rotary::DType::bf16;
    return true;
  }
  return false;
}

// Why `obj` could not be taken as an array (nanobind only says "no").
[[noreturn]] void explain_unusable(nb::handle obj, const char* name,
                                   bool writable) {
  if (nb::hasattr(obj, "device") && nb::hasattr(obj, "dtype")) {
    nb::object device = obj.attr("device");
    if (nb::hasattr(device, "type")) {
      std::string kind = nb::cast<std::string>(nb::str(device.attr("type")));
      if (kind != "cpu") {
        raise_invalid(std::string(name) + " is on device '" + kind +
                      "': rotary runs on CPU memory only (use .cpu())");
      }
    }
    if (nb::hasattr(obj, "requires_grad") &&
        nb::cast<bool>(obj.attr("requires_grad"))) {
      raise_invalid(std::string(name) +
                    " requires grad: pass a detached tensor (.detach()), "
                    "rotary does not record autograd history");
    }
  }
  if (writable && nb::hasattr(obj, "flags") &&
      nb::hasattr(obj.attr("flags"), "writeable") &&
      !nb::cast<bool>(obj.attr("flags").attr("writeable"))) {
    raise_invalid(std::string(name) +
                  " is read-only (numpy writeable=False): an in-place "
                  "tensor or an output must be writable");
  }
  raise_invalid(std::string(name) +
                " must be a numpy array or a CPU torch tensor (anything with "
                "the buffer protocol or DLPack), got " +
                obj_type_name(obj));
}

// What the checks need to know of an array: for a numpy array from its
// buffer, for a torch tensor from a DLTensor (torch_dlpack_info) or its
// attributes, for anything else from nanobind's ndarray (buffer protocol /
// DLPack); any of these costs a fraction of torch's Python-level __dlpack__.
struct ArrayInfo {
  void* data = nullptr;
  bool cpu = true;
  std::string device;       // its name when not cpu, if known
  nb::dlpack::dtype dtype;  // code 255: a torch dtype DLPack has no code for
  nb::object torch_dtype;   // for messages about such a dtype
  size_t ndim = 0;
  int64_t shape[4] = {0, 0, 0, 0};
  int64_t stride[4] = {0, 0, 0, 0};
};

template <class Array>
void ndarray_info(const Array& a, ArrayInfo* info) {
  info->data = const_cast<void*>(static_cast<const void*>(a.data()));
  info->cpu = a.device_type() == nb::device::cpu::value;
  if (!info->cpu)
    info->device = "DLPack device type " + std::to_string(a.device_type());
  info->dtype = a.dtype();
  info->ndim = a.ndim();
  for (size_t i = 0; i < a.ndim() && i < 4; ++i) {
    info->shape[i] = static_cast<int64_t>(a.shape(i));
    info->stride[i] = a.stride(i);
  }
}

// The head of DLPack 1.x's DLPackExchangeAPI (dlpack.h), as far as rotary
// reads it: the version, then the function pointers in their order.
struct DLPackExchangeAPI {
  struct {
    uint32_t major, minor;
    void* prev_api;
  } header;
  void* managed_tensor_allocator;
  void* managed_tensor_from_py_object_no_sync;
  void* managed_tensor_to_py_object_no_sync;
  int (*dltensor_from_py_object_no_sync)(void* py_object,
                                         nb::dlpack::dltensor* out);
  void* current_work_stream;
};

// torch, once something has imported it: the Tensor type, the dtypes rotary
// takes, and interned attribute names. References are kept for the process.
struct Torch {
  PyObject* tensor = nullptr;
  PyObject* f32 = nullptr;
  PyObject* f16 = nullptr;
  PyObject* bf16 = nullptr;
  PyObject* i32 = nullptr;
  PyObject* i64 = nullptr;
  PyObject* is_cpu = nullptr;
  PyObject* device = nullptr;
  PyObject* type = nullptr;
  PyObject* dtype = nullptr;
  PyObject* shape = nullptr;
  PyObject* stride = nullptr;
  PyObject* data_ptr = nullptr;
  PyObject* requires_grad = nullptr;
  PyObject* to_dlpack = nullptr;  // torch._C._to_dlpack, if this torch has it
  // DLPack's C exchange table (torch.Tensor.__dlpack_c_exchange_api__), its
  // non-owning DLTensor export, when this torch has one of major version 1.
  int (*dltensor_from_object)(void*, nb::dlpack::dltensor*) = nullptr;
};
Torch g_torch;

bool torch_loaded() {
  if (g_torch.tensor != nullptr) return true;
  PyObject* torch = PyImport_GetModule(nb::str("torch").ptr());
  if (torch == nullptr) {
    PyErr_Clear();
    return false;
  }
  nb::object mod = nb::steal(torch);
  auto get = [&](const char* n) {
    return nb::object(mod.attr(n)).release().ptr();
  };
  g_torch.f32 = get("float32");
  g_torch.f16 = get("float16");
  g_torch.bf16 = get("bfloat16");
  g_torch.i32 = get("int32");
  g_torch.i64 = get("int64");
  for (auto [slot, n] : {std::pair{&g_torch.is_cpu, "is_cpu"},
                         {&g_torch.device, "device"},
                         {&g_torch.type, "type"},
                         {&g_torch.dtype, "dtype"},
                         {&g_torch.shape, "shape"},
                         {&g_torch.stride, "stride"},
                         {&g_torch.data_ptr, "data_ptr"},
                         {&g_torch.requires_grad, "requires_grad"}}) {
    *slot = PyUnicode_InternFromString(n);
  }
  g_torch.tensor = get("Tensor");
  PyObject* c = PyObject_GetAttrString(mod.ptr(), "_C");
  if (c != nullptr) {
    g_torch.to_dlpack = PyObject_GetAttrString(c, "_to_dlpack");
    Py_DECREF(c);
  }
  PyErr_Clear();  // without it, tensors are read through their attributes
  PyObject* api =
      PyObject_GetAttrString(g_torch.tensor, "__dlpack_c_exchange_api__");
  if (api != nullptr) {
    // The table lives as long as torch; the capsule is kept with it.
    const auto* table = static_cast<const DLPackExchangeAPI*>(
        PyCapsule_GetPointer(api, "dlpack_exchange_api"));
    if (table != nullptr && table->header.major == 1) {
      g_torch.dltensor_from_object = table->dltensor_from_py_object_no_sync;
    }
  }
  PyErr_Clear();
  return true;
}

bool is_numpy_array(nb::handle obj) {
  return std::strcmp(Py_TYPE(obj.ptr())->tp_name, "numpy.ndarray") == 0;
}

bool is_torch_tensor(nb::handle obj) {
  if (is_numpy_array(obj)) return false;  // the common case, no type check
  return torch_loaded() &&
         PyObject_TypeCheck(obj.ptr(),
                            reinterpret_cast<PyTypeObject*>(g_torch.tensor));
}

nb::object get_attr(nb::handle obj, PyObject* name) {
  PyObject* r = PyObject_GetAttr(obj.ptr(), name);
  if (r == nullptr) throw nb::python_error();
  return nb::steal(r);
}

nb::object call_method(nb::handle obj, PyObject* name) {
  PyObject* r = PyObject_CallMethodNoArgs(obj.ptr(), name);
  if (r == nullptr) throw nb::python_error();
  return nb::steal(r);
}

void read_ints(nb::handle tuple, size_t n, int64_t* out) {
  for (size_t i = 0; i < n && i < 4; ++i) {
    out[i] = PyLong_AsLongLong(PyTuple_GET_ITEM(tuple.ptr(), i));
  }
}

// DLPack's DLManagedTensor, as torch._C._to_dlpack's capsule holds it.
struct DLManagedTensor {
  nb::dlpack::dltensor dl_tensor;
  void* manager_ctx;
  void (*deleter)(DLManagedTensor*);
};

// Copies a DLTensor of a CPU tensor whose dtype rotary takes into *info;
// false for anything else.
bool from_dltensor(const nb::dlpack::dltensor& t, ArrayInfo* info) {
  using code = nb::dlpack::dtype_code;
  const nb::dlpack::dtype taken[] = {
      {static_cast<uint8_t>(code::Float), 32, 1},
      {static_cast<uint8_t>(code::Float), 16, 1},
      {static_cast<uint8_t>(code::Bfloat), 16, 1},
      {static_cast<uint8_t>(code::Int), 32, 1},
      {static_cast<uint8_t>(code::Int), 64, 1}};
  if (t.device.device_type != nb::device::cpu::value || t.ndim < 0 ||
      std::find(std::begin(taken), std::end(taken), t.dtype) ==
          std::end(taken)) {
    return false;
  }
  info->cpu = true;
  info->dtype = t.dtype;
  info->ndim = static_cast<size_t>(t.ndim);
  int64_t contiguous = 1;  // strides may be absent: compact row-major
  for (int i = t.ndim - 1; i >= 0; --i) {
    if (i < 4) {
      info->shape[i] = t.shape[i];
      info->stride[i] = t.strides != nullptr ? t.strides[i] : contiguous;
    }
    contiguous *= t.shape[i];
  }
  info->data = static_cast<char*>(t.data) + t.byte_offset;
  return true;
}

// Reads a CPU tensor of a dtype rotary takes in one C call, with nothing
// raised on failure (the attribute path then reads it and words any error):
// - a plain torch.Tensor through DLPack's exchange table, which fills a
//   DLTensor on the stack with no allocation and no Python call (its shape
//   and strides point into the tensor, alive while the caller holds it);
// - anything else (subclasses, a torch without the table) through
//   torch._C._to_dlpack, whose capsule is released unconsumed so that torch
//   frees what it allocated. Either costs a fraction of reading five
//   attributes (python/bench/overhead.py has the figures).
bool torch_dlpack_info(nb::handle obj, ArrayInfo* info) {
  if (g_torch.dltensor_from_object != nullptr &&
      Py_TYPE(obj.ptr()) == reinterpret_cast<PyTypeObject*>(g_torch.tensor)) {
    nb::dlpack::dltensor t{};
    if (g_torch.dltensor_from_object(obj.ptr(), &t) == 0) {
      return from_dltensor(t, info);
    }
    PyErr_Clear();
    return false;
  }
  if (g_torch.to_dlpack == nullptr) return false;
  PyObject* args[] = {obj.ptr()};
  PyObject* capsule = PyObject_Vectorcall(g_torch.to_dlpack, args, 1, nullptr);
  if (capsule == nullptr) {
    PyErr_Clear();
    return false;
  }
  const nb::object keep = nb::steal(capsule);
  const auto* managed = static_cast<const DLManagedTensor*>(
      PyCapsule_GetPointer(capsule, "dltensor"));
  if (managed == nullptr) {
    PyErr_Clear();
    return false;
  }
  return from_dltensor(managed->dl_tensor, info);
}

// Writing a tensor that requires grad would bypass autograd (torch
// refuses in-place ops on such leaves); reading one is fine.
void check_grad(nb::handle obj, const char* name, bool writable) {
  if (writable && get_attr(obj, g_torch.requires_grad).ptr() == Py_True) {
    raise_invalid(std::string(name) +
                  " requires grad: rotary would write it without recording "
                  "autograd history; pass a detached tensor (.detach())");
  }
}

void torch_info(nb::handle obj, const char* name, bool writable,
                ArrayInfo* info) {
  if (torch_dlpack_info(obj, info)) {
    check_grad(obj, name, writable);
    return;
  }
  info->cpu = get_attr(obj, g_torch.is_cpu).ptr() == Py_True;
  if (!info->cpu) {
    info->device = nb::cast<std::string>(
        nb::str(get_attr(get_attr(obj, g_torch.device), g_torch.type)));
    return;
  }
  check_grad(obj, name, writable);
  nb::object dt = get_attr(obj, g_torch.dtype);
  using code = nb::dlpack::dtype_code;
  auto set = [&](code c, uint8_t bits) {
    info->dtype = nb::dlpack::dtype{static_cast<uint8_t>(c), bits, 1};
  };
  if (dt.ptr() == g_torch.f32)
    set(code::Float, 32);
  else if (dt.ptr() == g_torch.f16)
    set(code::Float, 16);
  else if (dt.ptr() == g_torch.bf16)
    set(code::Bfloat, 16);
  else if (dt.ptr() == g_torch.i32)
    set(code::Int, 32);
  else if (dt.ptr() == g_torch.i64)
    set(code::Int, 64);
  else {
    info->dtype = nb::dlpack::dtype{255, 0, 1};
    info->torch_dtype = dt;
    return;
  }
  nb::object shape = get_attr(obj, g_torch.shape);  // torch.Size, a tuple
  info->ndim = static_cast<size_t>(PyTuple_GET_SIZE(shape.ptr()));
  read_ints(shape, info->ndim, info->shape);
  read_ints(call_method(obj, g_torch.stride), info->ndim, info->stride);
  info->data = PyLong_AsVoidPtr(call_method(obj, g_torch.data_ptr).ptr());
  if (PyErr_Occurred()) throw nb::python_error();
}

std::string dtype_name(const ArrayInfo& info) {
  if (info.dtype.code == 255) {
    std::string n = nb::cast<std::string>(nb::str(info.torch_dtype));
    return n.rfind("torch.", 0) == 0 ? n.substr(6) : n;
  }
  return dlpack_dtype_name(info.dtype);
}

// Reads a numpy array of a dtype rotary takes through the buffer protocol
// (a fraction of the work of nanobind's general import); false, with
// nothing raised and nothing held, for anything it does not take as is
// (read-only for a writable use, another dtype or byte order, strides not
// a whole number of elements): nanobind's path then reads it or words why not.
template <class Keep>
bool numpy_info(nb::handle obj, bool writable, Keep* keep, ArrayInfo* info) {
  if (!is_numpy_array(obj)) return false;
  Py_buffer& v = keep->view;
  const int flags =
      PyBUF_STRIDES | PyBUF_FORMAT | (writable ? PyBUF_WRITABLE : 0);
  if (PyObject_GetBuffer(obj.ptr(), &v, flags) != 0) {
    PyErr_Clear();
    return false;
  }
  keep->viewing = true;
  using code = nb::dlpack::dtype_code;
  const char* f = v.format != nullptr ? v.format : "B";
  if (*f == '=' || *f == '@' || (*f == '<' && PY_LITTLE_ENDIAN)) ++f;
  nb::dlpack::dtype dt{};  // bits 0: not taken here
  if (f[1] != '\0') {
  } else if (*f == 'f' && v.itemsize == 4) {
    dt = {static_cast<uint8_t>(code::Float), 32, 1};
  } else if (*f == 'e' && v.itemsize == 2) {
    dt = {static_cast<uint8_t>(code::Float), 16, 1};
  } else if ((*f == 'i' || *f == 'l' || *f == 'q') &&
             (v.itemsize == 4 || v.itemsize == 8)) {
    dt = {static_cast<uint8_t>(code::Int), static_cast<uint8_t>(8 * v.itemsize),
          1};
  }
  bool whole = dt.bits != 0 && v.ndim >= 0 && v.ndim <= 4;
  for (int i = 0; whole && i < v.ndim; ++i) {
    whole = v.strides[i] % v.itemsize == 0;
  }
  if (!whole) {
    PyBuffer_Release(&v);
    keep->viewing = false;
    return false;
  }
  info->cpu = true;
  info->dtype = dt;
  info->ndim = static_cast<size_t>(v.ndim);
  for (int i = 0; i < v.ndim; ++i) {
    info->shape[i] = v.shape[i];
    info->stride[i] = v.strides[i] / v.itemsize;
  }
  info->data = v.buf;
  return true;
}

// Reads `obj` (torch, numpy, anything nanobind takes) into *info; `keep`
// holds what describes it while the view is used. false if it is no array.
template <class Keep>
bool read_array(nb::handle obj, const char* name, bool writable, Keep* keep,
                ArrayInfo* info) {
  if (is_torch_tensor(obj)) {
    torch_info(obj, name, writable, info);
    return true;
  }
  if (numpy_info(obj, writable, keep, info)) return true;
  if (!nb::try_cast(obj, keep->array, /*convert=*/false)) return false;
  ndarray_info(keep->array, info);
  return true;
}

// read_array, with an error that says why `obj` is no usable array.
template <class Keep>
void array_info(nb::handle obj, const char* name, bool writable, Keep* keep,
                ArrayInfo* info) {
  if (!read_array(obj, name, writable, keep, info)) {
    explain_unusable(obj, name, writable);
  }
  if (!info->cpu) {
    raise_invalid(std::string(name) + " is on device '" + info->device +
                  "': rotary runs on CPU memory only (use .cpu())");
  }
}

// The axis order of a q/k array: "bshd" ([batch][tokens][heads][head_dim],
// 3-D [tokens][heads][head_dim]) or "bhsd" ([batch][heads][tokens][head_dim],
// 3-D [heads][tokens][head_dim]: Hugging Face's and ONNX's 4D q/k).
enum class Layout { bshd, bhsd };

Layout layout_arg(const char* name) {
  if (std::strcmp(name, "bshd") == 0) return Layout::bshd;
  if (std::strcmp(name, "bhsd") == 0) return Layout::bhsd;
  raise_invalid(std::string("layout must be 'bshd' or 'bhsd', got '") + name +
                "'");
}

// Checks one 3-D or 4-D q/k array and describes it as a view; its strides
// become the view's token, head and batch strides.
void describe(const ArrayInfo& a, const char* name, int64_t head_dim,
              Layout layout, rotary::ConstTensor* out) {
  rotary::DType dtype;
  if (!rotary_dtype(a.dtype, &dtype)) {
    raise_invalid(std::string(name) + " has dtype " + dtype_name(a) +
                  "; rotary takes float32, float16 or bfloat16");
  }
  const char* dims = layout == Layout::bshd
                         ? "[batch][tokens][heads][head_dim] (layout 'bshd') "
                           "or [tokens][heads][head_dim]"
                         : "[batch][heads][tokens][head_dim] (layout 'bhsd') "
                           "or [heads][tokens][head_dim]";
  if (a.ndim != 3 && a.ndim != 4) {
    raise_invalid(std::string(name) + " must be " + dims + ", got " +
                  std::to_string(a.ndim) + "-D");
  }
  const size_t last = a.ndim - 1;
  if (a.shape[last] != head_dim) {
    raise_invalid(std::string(name) + " has head_dim " +
                  std::to_string(a.shape[last]) +
                  " (its last dimension) but the plan's head_dim is " +
                  std::to_string(head_dim));
  }
  if (a.shape[last] > 1 && a.stride[last] != 1) {
    raise_invalid(std::string(name) +
                  "'s last dimension (head_dim) must be contiguous (stride 1), "
                  "got stride " +
                  std::to_string(a.stride[last]) +
                  "; token, head and batch strides may be anything");
  }
  const size_t b = a.ndim == 4 ? 1 : 0;  // first axis after the batch
  const size_t t = layout == Layout::bshd ? b : b + 1;
  const size_t h = layout == Layout::bshd ? b + 1 : b;
  const int64_t batch = a.ndim == 4 ? a.shape[0] : 1;
  const int64_t batch_stride = a.ndim == 4 && batch > 1 ? a.stride[0] : 0;
  *out = rotary::ConstTensor(a.data, dtype, a.shape[t], a.shape[h], a.stride[t],
                             a.stride[h], batch, batch_stride);
}

void input_view(nb::handle obj, const char* name, int64_t head_dim,
                Layout layout, InArray* keep, rotary::ConstTensor* out) {
  ArrayInfo info;
  array_info(obj, name, false, keep, &info);
  describe(info, name, head_dim, layout, out);
}

void output_view(nb::handle obj, const char* name, int64_t head_dim,
                 Layout layout, OutArray* keep, rotary::Tensor* out) {
  ArrayInfo info;
  array_info(obj, name, true, keep, &info);
  rotary::ConstTensor view;
  describe(info, name, head_dim, layout, &view);
  *out = rotary::Tensor{info.data,  view.dtype,        view.tokens,
                        view.heads, view.token_stride, view.head_stride,
                        view.batch, view.batch_stride};
}

// Positions: None (sequential: token s of every sequence is at s), a 1-D
// int32/int64 array or Python sequence of ints (one per token, all
// sequences), a 2-D [batch][tokens] array (position_ids; a first dimension
// of 1 or stride 0 serves every sequence), or starts= (one per sequence).
struct PositionsArg {
  InArray array;
  std::vector<int64_t> copy;
  rotary::Positions positions;
};

// An int32/int64 array on the CPU, read into *a; false if `obj` is no array.
bool int_array(nb::handle obj, const char* name, InArray* keep, ArrayInfo* a) {
  if (!read_array(obj, name, false, keep, a)) return false;
  if (!a->cpu) {
    raise_invalid(std::string(name) + " are on device '" + a->device +
                  "': rotary runs on CPU memory only (use .cpu())");
  }
  if (a->dtype != nb::dtype<int32_t>() && a->dtype != nb::dtype<int64_t>()) {
    raise_invalid(std::string(name) + " have dtype " + dtype_name(*a) +
                  "; rotary takes int32 or int64");
  }
  if (a->ndim >= 1 && a->shape[a->ndim - 1] > 1 &&
      a->stride[a->ndim - 1] != 1) {
    raise_invalid(std::string(name) +
                  " must be contiguous along tokens, got "
                  "stride " +
                  std::to_string(a->stride[a->ndim - 1]));
  }
  return true;
}

template <class I>
rotary::Positions typed_positions(const ArrayInfo& a, int64_t batch,
                                  int64_t tokens, bool starts) {
  const I* p = static_cast<const I*>(a.data);
  if (starts) return rotary::Positions::starts(p, a.shape[0]);
  if (a.ndim == 2) {
    const int64_t stride = a.shape[0] == 1 ? 0 : a.stride[0];
    return rotary::Positions::rows(p, tokens, stride);
  }
  (void)batch;
  return rotary::Positions(p, a.shape[0]);
}

void positions_arg(nb::handle obj, nb::handle starts, int64_t batch,
                   int64_t tokens, PositionsArg* out) {
  ArrayInfo a;
  if (!starts.is_none()) {
    if (!obj.is_none()) {
      raise_invalid("positions and starts given together: pass one");
    }
    if (!int_array(starts, "starts", &out->array, &a) || a.ndim != 1) {
      raise_invalid(
          "starts must be a 1-D int32/int64 array, one start per "
          "sequence");
    }
    out->positions = a.dtype == nb::dtype<int32_t>()
                         ? typed_positions<int32_t>(a, batch, tokens, true)
                         : typed_positions<int64_t>(a, batch, tokens, true);
    return;
  }
  if (obj.is_none()) {
    out->positions = rotary::Positions::sequential();
    return;
  }
  if (int_array(obj, "positions", &out->array, &a)) {
    if (a.ndim == 2) {
      if (a.shape[0] != 1 && a.shape[0] != batch) {
        raise_invalid("positions are [" + std::to_string(a.shape[0]) + "][" +
                      std::to_string(a.shape[1]) + "] but q/k have batch " +
                      std::to_string(batch) +
                      ": 2-D positions are [batch or 1][tokens]");
      }
      if (a.shape[1] != tokens) {
        raise_invalid("positions have " + std::to_string(a.shape[1]) +
                      " tokens per row but q/k have " + std::to_string(tokens));
      }
    } else if (a.ndim != 1) {
      raise_invalid(
          "positions must be 1-D (one per token) or 2-D "
          "[batch][tokens], got " +
          std::to_string(a.ndim) + "-D");
    }
    out->positions = a.dtype == nb::dtype<int32_t>()
                         ? typed_positions<int32_t>(a, batch, tokens, false)
                         : typed_positions<int64_t>(a, batch, tokens, false);
    return;
  }
  if (nb::isinstance<nb::int_>(obj) || nb::isinstance<nb::str>(obj) ||
      !nb::hasattr(obj, "__len__")) {
    raise_invalid(
        "positions must be None, a 1-D or 2-D int32/int64 array or "
        "a sequence of ints, got " +
        obj_type_name(obj));
  }
  try {
    for (nb::handle p : obj) out->copy.push_back(nb::cast<int64_t>(p));
  } catch (const nb::cast_error&) {
    raise_invalid("positions must be a sequence of ints");
  }
  out->positions = rotary::Positions(out->copy.data(),
                                     static_cast<int64_t>(out->copy.size()));
}

// A caller cos/sin cache, zero-copy: cos_sin_cache= (vLLM's packed
// [rows][rotary_dim], cos half then sin half), or cos= and sin= ([rows][half]
// by position, or [batch or 1][tokens][half] per token). The last dimension
// is exactly rotary_dim (packed) or rotary_dim/2 (separate) and contiguous;
// slice a wider cache (cache[..., :half]) to pass it.
struct CacheArg {
  InArray cos_arr, sin_arr;
  rotary::CosSinCache cache;
};

void cache_array(nb::handle obj, const char* name, InArray* keep, ArrayInfo* a,
                 rotary::DType* dtype) {
  array_info(obj, name, false, keep, a);
  if (!rotary_dtype(a->dtype, dtype)) {
    raise_invalid(std::string(name) + " has dtype " + dtype_name(*a) +
                  "; rotary takes float32, float16 or bfloat16 caches");
  }
  if (a->ndim < 1 || a->ndim > 3) {
    raise_invalid(std::string(name) +
                  " must be 2-D [rows][width] or 3-D "
                  "[batch][tokens][width], got " +
                  std::to_string(a->ndim) + "-D");
  }
  const size_t last = a->ndim - 1;
  if (a->shape[last] > 1 && a->stride[last] != 1) {
    raise_invalid(std::string(name) +
                  "'s last dimension must be contiguous, "
                  "got stride " +
                  std::to_string(a->stride[last]));
  }
}

bool cache_arg(const rotary::Rope& rope, nb::handle packed, nb::handle cos,
               nb::handle sin, int64_t batch, int64_t tokens, CacheArg* out) {
  const int64_t rdim = rope.spec().rotary_dim, half = rdim / 2;
  if (!packed.is_none()) {
    if (!cos.is_none() || !sin.is_none()) {
      raise_invalid("cos_sin_cache and cos/sin given together: pass one");
    }
    ArrayInfo a;
    rotary::DType dt;
    cache_array(packed, "cos_sin_cache", &out->cos_arr, &a, &dt);
    if (a.ndim != 2) {
      raise_invalid("cos_sin_cache must be 2-D [rows][rotary_dim], got " +
                    std::to_string(a.ndim) + "-D");
    }
    if (a.shape[1] != rdim) {
      raise_invalid(
          "cos_sin_cache has width " + std::to_string(a.shape[1]) +
          " but the plan's rotary_dim is " + std::to_string(rdim) +
          " (a row is rotary_dim/2 cos values, then rotary_dim/2 sin)");
    }
    const size_t esize = rotary::dtype_size(dt);
    out->cache = rotary::CosSinCache{
        a.data,     static_cast<const char*>(a.data) + half * esize,
        dt,         rotary::CacheIndex::by_position,
        a.shape[0], a.stride[0],
        0,          0};
    return true;
  }
  if (cos.is_none() && sin.is_none()) return false;
  if (cos.is_none() || sin.is_none()) {
    raise_invalid(std::string(cos.is_none() ? "sin" : "cos") +
                  " given without " + (cos.is_none() ? "cos" : "sin") +
                  ": pass both");
  }
  ArrayInfo c, s;
  rotary::DType cdt, sdt;
  cache_array(cos, "cos", &out->cos_arr, &c, &cdt);
  cache_array(sin, "sin", &out->sin_arr, &s, &sdt);
  if (cdt != sdt) {
    raise_invalid("cos has dtype " + dtype_name(c) + " but sin has " +
                  dtype_name(s) + ": give them one dtype");
  }
  bool same = c.ndim == s.ndim;
  for (size_t i = 0; same && i < c.ndim; ++i) {
    same = c.shape[i] == s.shape[i] &&
           (c.shape[i] == 1 || c.stride[i] == s.stride[i]);
  }
  if (!same) raise_invalid("cos and sin must have the same shape and strides");
  const size_t last = c.ndim - 1;
  if (c.shape[last] != half) {
    raise_invalid("cos/sin have width " + std::to_string(c.shape[last]) +
                  " but the plan's rotary_dim/2 is " + std::to_string(half) +
                  " (for a wider cache pass cos[..., :" + std::to_string(half) +
                  "])");
  }
  if (c.ndim == 2) {  // [rows][half], gathered by the call's positions
    out->cache = rotary::CosSinCache{
        c.data,     s.data,      cdt, rotary::CacheIndex::by_position,
        c.shape[0], c.stride[0], 0,   0};
    return true;
  }
  if (c.ndim != 3) {
    raise_invalid(
        "cos/sin must be 2-D [rows][rotary_dim/2] (by position) or "
        "3-D [batch][tokens][rotary_dim/2] (per token)");
  }
  if ((c.shape[0] != 1 && c.shape[0] != batch) || c.shape[1] != tokens) {
    raise_invalid("cos/sin are [" + std::to_string(c.shape[0]) + "][" +
                  std::to_string(c.shape[1]) + "][" + std::to_string(half) +
                  "] but q/k have batch " + std::to_string(batch) + " and " +
                  std::to_string(tokens) +
                  " tokens: per-token caches are "
                  "[batch or 1][tokens][rotary_dim/2]");
  }
  out->cache = rotary::CosSinCache{c.data,
                                   s.data,
                                   cdt,
                                   rotary::CacheIndex::per_token,
                                   0,
                                   0,
                                   c.shape[0] == 1 ? 0 : c.stride[0],
                                   tokens > 1 ? c.stride[1] : half};
  return true;
}

rotary::Threading threading_arg(const char* name) {
  if (std::strcmp(name, "auto") == 0) return rotary::Threading::automatic;
  if (std::strcmp(name, "serial") == 0) return rotary::Threading::serial;
  raise_invalid(std::string("threading must be 'auto' or 'serial', got '") +
                name + "'");
}

// Everything one apply() needs, checked, with the arrays it points into.
struct Call {
  InArray q_in_arr, k_in_arr;
  OutArray q_out_arr, k_out_arr;
  PositionsArg positions;
  CacheArg cache;
  rotary::ConstTensor q_in, k_in;
  rotary::Tensor q_out, k_out;
  rotary::ApplyOptions options;
};

// One tensor and its optional output: in place when `out` is None.
void tensor_pair(nb::handle in, nb::handle out, const char* in_name,
                 const char* out_name, int64_t head_dim, Layout layout,
                 InArray* in_arr, OutArray* out_arr,
                 rotary::ConstTensor* in_view, rotary::Tensor* out_view) {
  if (in.is_none()) {
    if (!out.is_none()) {
      raise_invalid(std::string(out_name) + " given without " + in_name);
    }
    return;
  }
  if (out.is_none()) {  // in place: the input itself must be writable
    output_view(in, in_name, head_dim, layout, out_arr, out_view);
    *in_view = *out_view;
    return;
  }
  input_view(in, in_name, head_dim, layout, in_arr, in_view);
  output_view(out, out_name, head_dim, layout, out_arr, out_view);
}

// The optional arguments of apply() beyond q, k and positions.
struct Extra {
  nb::handle q_out, k_out;
  bool backward = false;
  int64_t sequence_length = 0;
  const char* threading = "auto";
  const char* layout = "bshd";
  nb::handle starts, cos_sin_cache, cos, sin;
};

void prepare(const rotary::Rope& rope, nb::handle q, nb::handle k,
             nb::handle positions, const Extra& x, Call* call) {
  const int64_t head_dim = rope.spec().head_dim;
  const Layout layout = layout_arg(x.layout);
  tensor_pair(q, x.q_out, "q", "q_out", head_dim, layout, &call->q_in_arr,
              &call->q_out_arr, &call->q_in, &call->q_out);
  tensor_pair(k, x.k_out, "k", "k_out", head_dim, layout, &call->k_in_arr,
              &call->k_out_arr, &call->k_in, &call->k_out);
  const rotary::ConstTensor& shape =
      call->q_in.absent() ? call->k_in : call->q_in;
  positions_arg(positions, x.starts, shape.batch, shape.tokens,
                &call->positions);
  if (cache_arg(rope, x.cos_sin_cache, x.cos, x.sin, shape.batch, shape.tokens,
                &call->cache)) {
    call->options.cos_sin = &call->cache.cache;
  }
  const bool backward = x.backward;
  const int64_t sequence_length = x.sequence_length;
  const char* threading = x.threading;
  call->options.direction =
      backward ? rotary::Direction::backward : rotary::Direction::forward;
  call->options.threading = threading_arg(threading);
  call->options.sequence_length = sequence_length;
}

nb::object apply(const rotary::Rope& rope, nb::handle q, nb::handle k,
                 nb::handle positions, nb::handle q_out, nb::handle k_out,
                 bool backward, int64_t sequence_length, const char* threading,
                 const char* layout, nb::handle starts,
                 nb::handle cos_sin_cache, nb::handle cos, nb::handle sin) {
  Call call;
  Extra x;
  x.q_out = q_out;
  x.k_out = k_out;
  x.backward = backward;
  x.sequence_length = sequence_length;
  x.threading = threading;
  x.layout = layout;
  x.starts = starts;
  x.cos_sin_cache = cos_sin_cache;
  x.cos = cos;
  x.sin = sin;
  prepare(rope, q, k, positions, x, &call);
  rotary::Status st;
  {
    nb::gil_scoped_release release;
    st = rope.apply(call.q_in, call.q_out, call.k_in, call.k_out,
                    call.positions.positions, call.options);
  }
  check(st);
  return nb::make_tuple(q_out.is_none() ? q : q_out,
                        k_out.is_none() ? k : k_out);
}

// The same call `reps` times from C++ (in place or not, as given), timed
// around the loop: the C++ side of the per-call overhead measurement.
double apply_ns_in_cpp(const rotary::Rope& rope, nb::handle q, nb::handle k,
                       nb::handle positions, int64_t reps,
                       const char* threading) {
  Call call;
  Extra x;
  x.q_out = x.k_out = x.starts = x.cos_sin_cache = x.cos = x.sin = nb::none();
  x.threading = threading;
  prepare(rope, q, k, positions, x, &call);
  if (reps < 1) raise_invalid("reps must be >= 1");
  rotary::Status st;
  std::chrono::steady_clock::duration elapsed{};
  {
    nb::gil_scoped_release release;
    const auto start = std::chrono::steady_clock::now();
    for (int64_t i = 0; i < reps && st.ok(); ++i) {
      st = rope.apply(call.q_in, call.q_out, call.k_in, call.k_out,
                      call.positions.positions, call.options);
    }
    elapsed = std::chrono::steady_clock::now() - start;
  }
  check(st);
  return std::chrono::duration<double, std::nano>(elapsed).count() /
         static_cast<double>(reps);
}

// ------------------------------------------------------------------ spec ---

rotary::Pairing pairing_arg(const std::string& name) {
  if (name == "half_split") return rotary::Pairing::half_split;
  if (name == "interleaved") return rotary::Pairing::interleaved;
  raise_invalid("pairing must be 'half_split' or 'interleaved', got '" + name +
                "'");
}

const char* pairing_name(rotary::Pairing p) {
  return p == rotary::Pairing::interleaved ? "interleaved" : "half_split";
}

const char* kind_name(rotary::ScalingKind kind) {
  switch (kind) {
    case rotary::ScalingKind::none:
      return "default";
    case rotary::ScalingKind::linear:
      return "linear";
    case rotary::ScalingKind::dynamic:
      return "dynamic";
    case rotary::ScalingKind::yarn:
      return "yarn";
    case rotary::ScalingKind::llama3:
      return "llama3";
    case rotary::ScalingKind::longrope:
      return "longrope";
    case rotary::ScalingKind::ggml:
      return "ggml";
  }
  return "?";
}

rotary::ScalingKind kind_arg(const std::string& name) {
  for (rotary::ScalingKind k :
       {rotary::ScalingKind::none, rotary::ScalingKind::linear,
        rotary::ScalingKind::dynamic, rotary::ScalingKind::yarn,
        rotary::ScalingKind::llama3, rotary::ScalingKind::longrope,
        rotary::ScalingKind::ggml}) {
    if (name == kind_name(k)) return k;
  }
  if (name == "none") return rotary::ScalingKind::none;
  if (name == "su") return rotary::ScalingKind::longrope;
  raise_invalid("scaling: unknown rope_type '" + name +
                "' (default, linear, dynamic, yarn, llama3, longrope, ggml)");
}

// The scaling dict: rotary's field names or Hugging Face's rope_scaling /
// rope_parameters keys; None values are skipped, an unknown key is an error.
rotary::RopeScaling scaling_arg(nb::handle obj) {
  rotary::RopeScaling sc;
  if (obj.is_none()) return sc;
  if (!nb::isinstance<nb::dict>(obj)) {
    raise_invalid("scaling must be a dict, got " + obj_type_name(obj));
  }
  nb::dict d = nb::borrow<nb::dict>(obj);
  for (auto [key_h, value] : d) {
    const std::string key = nb::cast<std::string>(nb::str(key_h));
    if (value.is_none()) continue;
    auto num = [&]() {
      double v;
      if (nb::isinstance<nb::bool_>(value) || !nb::try_cast(value, v)) {
        raise_invalid("scaling: " + key + " must be a number");
      }
      return v;
    };
    auto list = [&]() {
      std::vector<double> v;
      if (!nb::try_cast(value, v)) {
        raise_invalid("scaling: " + key + " must be a list of numbers");
      }
      return v;
    };
    if (key == "rope_type" || key == "type" || key == "kind") {
      if (!nb::isinstance<nb::str>(value)) {
        raise_invalid("scaling: " + key + " must be a string");
      }
      sc.kind = kind_arg(nb::cast<std::string>(value));
    } else if (key == "factor") {
      sc.factor = num();
    } else if (key == "original_max_position_embeddings" ||
               key == "original_max_positions") {
      int64_t v;
      if (nb::isinstance<nb::bool_>(value) || !nb::try_cast(value, v)) {
        raise_invalid("scaling: " + key + " must be an integer");
      }
      sc.original_max_positions = v;
    } else if (key == "beta_fast") {
      sc.beta_fast = num();
    } else if (key == "beta_slow") {
      sc.beta_slow = num();
    } else if (key == "truncate") {
      if (!nb::isinstance<nb::bool_>(value)) {
        raise_invalid("scaling: truncate must be True or False");
      }
      sc.truncate = nb::cast<bool>(value);
    } else if (key == "attention_factor") {
      sc.attention_factor = num();
    } else if (key == "mscale") {
      sc.mscale = num();
    } else if (key == "mscale_all_dim") {
      sc.mscale_all_dim = num();
    } else if (key == "low_freq_factor") {
      sc.low_freq_factor = num();
    } else if (key == "high_freq_factor") {
      sc.high_freq_factor = num();
    } else if (key == "short_factor") {
      sc.short_factor = list();
    } else if (key == "long_factor") {
      sc.long_factor = list();
    } else if (key == "freq_scale") {
      sc.freq_scale = num();
    } else if (key == "ext_factor") {
      sc.ext_factor = num();
    } else if (key == "attn_factor") {
      sc.attn_factor = num();
    } else if (key == "freq_factors") {
      sc.freq_factors = list();
    } else {
      raise_invalid("scaling: unknown key '" + key + "'");
    }
  }
  return sc;
}

rotary::Rope make_rope(const rotary::RopeSpec& spec) {
  rotary::Rope rope;
  check(rotary::Rope::create(spec, &rope));
  return rope;
}

template <class T>
nb::ndarray<nb::numpy, T, nb::ndim<1>> to_numpy(std::vector<T> values) {
  auto* owned = new std::vector<T>(std::move(values));
  nb::capsule owner(
      owned, [](void* p) noexcept { delete static_cast<std::vector<T>*>(p); });
  return nb::ndarray<nb::numpy, T, nb::ndim<1>>(owned->data(), {owned->size()},
                                                owner);
}

nb::dict isa_dict(const rotary::IsaInfo& isa) {
  nb::dict d;
  d["name"] = isa.name;
  d["description"] = isa.description;
  d["supported"] = isa.supported;
  return d;
}

nb::list isa_list(const std::vector<rotary::IsaInfo>& isas) {
  nb::list out;
  for (const rotary::IsaInfo& isa : isas) out.append(isa_dict(isa));
  return out;
}

}  // namespace

NB_MODULE(_rotary, m) {
  m.doc() = "rotary: SIMD kernels for Rotary Position Embedding (C++ core)";

  g_errors.base = PyErr_NewExceptionWithDoc("rotary.RotaryError",
                                            "An error reported by rotary.",
                                            PyExc_Exception, nullptr);
  auto sub = [&](const char* name, PyObject* builtin) {
    nb::object bases =
        nb::make_tuple(nb::handle(g_errors.base), nb::handle(builtin));
    return PyErr_NewException(name, bases.ptr(), nullptr);
  };
  g_errors.invalid_argument =
      sub("rotary.InvalidArgumentError", PyExc_ValueError);
  g_errors.position_out_of_range =
      sub("rotary.PositionOutOfRangeError", PyExc_IndexError);
  g_errors.unsupported =
      sub("rotary.UnsupportedError", PyExc_NotImplementedError);
  g_errors.out_of_memory = sub("rotary.OutOfMemoryError", PyExc_MemoryError);
  g_errors.internal = sub("rotary.InternalError", PyExc_RuntimeError);
  m.attr("RotaryError") = nb::handle(g_errors.base);
  m.attr("InvalidArgumentError") = nb::handle(g_errors.invalid_argument);
  m.attr("PositionOutOfRangeError") =
      nb::handle(g_errors.position_out_of_range);
  m.attr("UnsupportedError") = nb::handle(g_errors.unsupported);
  m.attr("OutOfMemoryError") = nb::handle(g_errors.out_of_memory);
  m.attr("InternalError") = nb::handle(g_errors.internal);

  nb::class_<rotary::Rope>(m, "Rope")
      .def(
          "__init__",
          [](rotary::Rope* self, int64_t head_dim, int64_t rotary_dim,
             double theta, const std::string& pairing, nb::handle scaling,
             int64_t max_positions, int64_t rotary_offset) {
            rotary::RopeSpec spec;
            spec.head_dim = head_dim;
            spec.rotary_dim = rotary_dim;
            spec.rotary_offset = rotary_offset;
            spec.theta = theta;
            spec.pairing = pairing_arg(pairing);
            spec.scaling = scaling_arg(scaling);
            spec.max_positions = max_positions;
            new (self) rotary::Rope(make_rope(spec));
          },
          nb::kw_only(), "head_dim"_a, "rotary_dim"_a = 0, "theta"_a = 10000.0,
          "pairing"_a = "half_split", "scaling"_a.none() = nb::none(),
          "max_positions"_a = 0, "rotary_offset"_a = 0)
      .def_static(
          "from_config",
          [](nb::handle source, std::optional<int64_t> max_positions) {
            // A dict is a parsed config.json: serialize it for the C++
            // parser. Anything else is a path (str or os.PathLike).
            rotary::RopeSpec spec;
            if (nb::isinstance<nb::dict>(source)) {
              nb::object dumps = nb::module_::import_("json").attr("dumps");
              check(rotary::spec_from_config_json(
                  nb::cast<std::string>(dumps(source)), &spec));
            } else {
              nb::object path = nb::module_::import_("os").attr("fspath");
              nb::object text;
              try {
                text = path(source);
              } catch (const nb::python_error&) {
                raise_invalid("from_config takes a dict or a path, got " +
                              obj_type_name(source));
              }
              if (!nb::isinstance<nb::str>(text)) {
                raise_invalid("from_config: a path must be a str");
              }
              check(rotary::spec_from_config_file(nb::cast<std::string>(text),
                                                  &spec));
            }
            if (max_positions) spec.max_positions = *max_positions;
            return make_rope(spec);
          },
          "config"_a, nb::kw_only(), "max_positions"_a.none() = nb::none(),
          "A plan from a Hugging Face config.json (a dict or a path); "
          "max_positions overrides the table size (max_position_embeddings).")
      .def("apply", &apply, "q"_a.none(), "k"_a.none(),
           "positions"_a.none() = nb::none(), nb::kw_only(),
           "q_out"_a.none() = nb::none(), "k_out"_a.none() = nb::none(),
           "backward"_a = false, "sequence_length"_a = 0,
           "threading"_a = "auto", "layout"_a = "bshd",
           "starts"_a.none() = nb::none(),
           "cos_sin_cache"_a.none() = nb::none(), "cos"_a.none() = nb::none(),
           "sin"_a.none() = nb::none())
      .def("_apply_ns_in_cpp", &apply_ns_in_cpp, "q"_a.none(), "k"_a.none(),
           "positions"_a, "reps"_a, "threading"_a = "serial")
      .def(
          "cos_sin",
          [](const rotary::Rope& rope, int64_t position,
             int64_t sequence_length) {
            const size_t half = static_cast<size_t>(rope.spec().rotary_dim / 2);
            std::vector<float> cos(half), sin(half);
            check(rope.cos_sin(position, cos.data(), sin.data(),
                               sequence_length));
            return nb::make_tuple(to_numpy(std::move(cos)),
                                  to_numpy(std::move(sin)));
          },
          "position"_a, "sequence_length"_a = 0)
      .def(
          "inv_freq",
          [](const rotary::Rope& rope, int64_t sequence_length) {
            if (sequence_length < 0) {
              raise_invalid("sequence_length must be >= 0");
            }
            return to_numpy(rope.inv_freq(sequence_length));
          },
          "sequence_length"_a = 0)
      .def_prop_ro("attention_factor", &rotary::Rope::attention_factor)
      .def_prop_ro("head_dim",
                   [](const rotary::Rope& r) { return r.spec().head_dim; })
      .def_prop_ro("rotary_dim",
                   [](const rotary::Rope& r) { return r.spec().rotary_dim; })
      .def_prop_ro("rotary_offset",
                   [](const rotary::Rope& r) { return r.spec().rotary_offset; })
      .def_prop_ro("theta",
                   [](const rotary::Rope& r) { return r.spec().theta; })
      .def_prop_ro(
          "pairing",
          [](const rotary::Rope& r) { return pairing_name(r.spec().pairing); })
      .def_prop_ro("scaling_kind",
                   [](const rotary::Rope& r) {
                     return kind_name(r.spec().scaling.kind);
                   })
      .def_prop_ro("max_positions",
                   [](const rotary::Rope& r) { return r.spec().max_positions; })
      .def("__repr__", [](const rotary::Rope& r) {
        const rotary::RopeSpec& s = r.spec();
        return "Rope(head_dim=" + std::to_string(s.head_dim) +
               ", rotary_dim=" + std::to_string(s.rotary_dim) +
               (s.rotary_offset != 0
                    ? ", rotary_offset=" + std::to_string(s.rotary_offset)
                    : std::string()) +
               ", theta=" +
               nb::cast<std::string>(nb::repr(nb::float_(s.theta))) +
               ", pairing='" + pairing_name(s.pairing) + "', scaling='" +
               kind_name(s.scaling.kind) +
               "', max_positions=" + std::to_string(s.max_positions) + ")";
      });

  m.def(
      "compiled_isas", [] { return isa_list(rotary::compiled_isas()); },
      "ISAs compiled in, best first: dicts with name, description, "
      "supported.");
  m.def(
      "supported_isas", [] { return isa_list(rotary::supported_isas()); },
      "The compiled ISAs this CPU supports, best first.");
  m.def(
      "active_isa", [] { return rotary::active_isa(); },
      "Name of the ISA apply() uses now.");
  m.def(
      "select_isa",
      [](const std::string& name) { check(rotary::select_isa(name)); },
      "name"_a, "Pins the ISA for the process ('auto' restores the default).");
}
