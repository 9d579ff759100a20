// C++ exceptions never cross the C ABI.
//
// Every SQLite callback is a noexcept trampoline around C++ code:
// std::bad_alloc → SQLITE_NOMEM; any other exception → SQLITE_ERROR (or the
// code an sql::Error carries) with the message "claims: <function>(): <problem>".
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

#include "sqlite/sqlite_api.hpp"

namespace claims::sql {

// An error to report to SQL: what is wrong and, where possible, what to do.
struct Error : std::runtime_error {
  int code;
  explicit Error(const std::string& what, int code = SQLITE_ERROR)
      : std::runtime_error(what), code(code) {}
};

// Body of a scalar SQL function. Reports its result with sqlite3_result_*.
using ScalarBody = void (*)(sqlite3_context*, int, sqlite3_value**);

struct FunctionSpec {
  const char* name;
  int n_arg;  // -1 for variadic
  int flags;  // SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS | SQLITE_DIRECTONLY
  ScalarBody body;
  const char* summary;  // one line for the docs
};

// The trampoline registered for every scalar function; the FunctionSpec is
// the function's user data.
void scalar_trampoline(sqlite3_context* ctx, int argc, sqlite3_value** argv) noexcept;

// Converts the exception in flight into (code, message) for `function`.
// Call only from a catch block.
int current_exception_code(std::string& message, std::string_view function) noexcept;

// Runs f() for a virtual-table method; on exception sets vtab->zErrMsg.
template <class F>
int guard_vtab(sqlite3_vtab* vtab, std::string_view function, F&& f) noexcept {
  try {
    return f();
  } catch (...) {
    std::string message;
    int code = current_exception_code(message, function);
    if (vtab) {
      sqlite3_free(vtab->zErrMsg);
      vtab->zErrMsg = code == SQLITE_NOMEM ? nullptr : sqlite3_mprintf("%s", message.c_str());
    }
    return code;
  }
}

// Same for xCreate/xConnect, which report through *pzErr.
template <class F>
int guard_connect(char** pzErr, std::string_view function, F&& f) noexcept {
  try {
    return f();
  } catch (...) {
    std::string message;
    int code = current_exception_code(message, function);
    if (pzErr && code != SQLITE_NOMEM) *pzErr = sqlite3_mprintf("%s", message.c_str());
    return code;
  }
}

// "claims: name(): problem"
std::string message_for(std::string_view function, std::string_view problem);

}  // namespace claims::sql
