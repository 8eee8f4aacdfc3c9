// Internal side of the C API: the thread-local last-error message and the
// guard every rotary_* entry point runs its body in, so that no exception
// reaches C and every status comes with its message.
#ifndef ROTARY_SRC_C_API_H_
#define ROTARY_SRC_C_API_H_

#include <exception>
#include <new>

#include "rotary/rotary.h"
#include "rotary/rotary.hpp"

namespace rotary {
namespace detail {

// Records `status`'s message as the calling thread's last error ("" if ok)
// and returns its code as a rotary_status. Never throws.
rotary_status c_status(const Status& status) noexcept;

// Records "<function>: <what>" as the last error and returns `code`.
rotary_status c_failure(rotary_status code, const char* function,
                        const char* what) noexcept;

// Runs body() -> Status for the C function `function`; exceptions become
// ROTARY_OUT_OF_MEMORY (std::bad_alloc) or ROTARY_INTERNAL.
template <class Body>
rotary_status c_guard(const char* function, Body&& body) noexcept {
  try {
    return c_status(body());
  } catch (const std::bad_alloc&) {
    return c_failure(ROTARY_OUT_OF_MEMORY, function, "out of memory");
  } catch (const std::exception& e) {
    return c_failure(ROTARY_INTERNAL, function, e.what());
  } catch (...) {
    return c_failure(ROTARY_INTERNAL, function, "unknown exception");
  }
}

}  // namespace detail
}  // namespace rotary

#endif  // ROTARY_SRC_C_API_H_
