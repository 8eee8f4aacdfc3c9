/* Symbol visibility of the rotary API.
 *
 * The library is compiled with hidden visibility (-fvisibility=hidden
 * -fvisibility-inlines-hidden): only declarations marked ROTARY_API are
 * exported from a shared librotary, that is the C API (rotary_*, rotary.h)
 * and the C++ API (namespace rotary, rotary.hpp). Everything else, the
 * kernels and rotary::detail included, stays inside the library.
 *
 * Targets ELF and Mach-O (GCC, Clang); Windows DLLs are not supported. */
#ifndef ROTARY_EXPORT_H_
#define ROTARY_EXPORT_H_

#if defined(__GNUC__) || defined(__clang__)
#define ROTARY_API __attribute__((visibility("default")))
#else
#define ROTARY_API
#endif

#endif /* ROTARY_EXPORT_H_ */
