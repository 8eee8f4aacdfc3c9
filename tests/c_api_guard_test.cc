// No exception crosses the C API: the guard every rotary_* function runs its
// body in turns them into statuses with a message. Exceptions cannot be
// provoked through the API itself, so the guard is tested directly.
#include <stdexcept>
#include <string>

#include "gtest/gtest.h"
#include "src/c_api.h"

namespace rotary {
namespace detail {
namespace {

TEST(CApiGuard, ExceptionsBecomeStatuses) {
  EXPECT_EQ(c_guard("f", []() -> Status { throw std::bad_alloc(); }),
            ROTARY_OUT_OF_MEMORY);
  EXPECT_STREQ(rotary_last_error(), "f: out of memory");
  EXPECT_EQ(c_guard("g", []() -> Status { throw std::runtime_error("boom"); }),
            ROTARY_INTERNAL);
  EXPECT_STREQ(rotary_last_error(), "g: boom");
  EXPECT_EQ(c_guard("h", []() -> Status { throw 42; }), ROTARY_INTERNAL);
  EXPECT_STREQ(rotary_last_error(), "h: unknown exception");
}

TEST(CApiGuard, StatusesKeepTheirCodeAndMessage) {
  for (Code code : {Code::invalid_argument, Code::position_out_of_range,
                    Code::unsupported, Code::out_of_memory, Code::internal}) {
    const std::string message = std::string("x: ") + code_name(code);
    EXPECT_EQ(
        static_cast<int>(c_guard("f", [&] { return Status(code, message); })),
        static_cast<int>(code));
    EXPECT_EQ(rotary_last_error(), message);
  }
  EXPECT_EQ(c_guard("f", [] { return Status(); }), ROTARY_OK);
  EXPECT_STREQ(rotary_last_error(), "");
}

}  // namespace
}  // namespace detail
}  // namespace rotary
