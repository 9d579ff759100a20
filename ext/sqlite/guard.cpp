#include "sqlite/guard.hpp"

#include <new>

namespace claims::sql {

std::string message_for(std::string_view function, std::string_view problem) {
  std::string m = "claims: ";
  m += function;
  m += "(): ";
  m += problem;
  return m;
}

int current_exception_code(std::string& message, std::string_view function) noexcept {
  try {
    try {
      throw;
    } catch (const std::bad_alloc&) {
      return SQLITE_NOMEM;
    } catch (const Error& e) {
      message = message_for(function, e.what());
      return e.code == SQLITE_OK ? SQLITE_ERROR : e.code;
    } catch (const std::exception& e) {
      message = message_for(function, e.what());
      return SQLITE_ERROR;
    } catch (...) {
      message = message_for(function, "unknown error");
      return SQLITE_ERROR;
    }
  } catch (...) {
    // Building the message itself failed (out of memory).
    return SQLITE_NOMEM;
  }
}

void scalar_trampoline(sqlite3_context* ctx, int argc, sqlite3_value** argv) noexcept {
  const auto* spec = static_cast<const FunctionSpec*>(sqlite3_user_data(ctx));
  try {
    spec->body(ctx, argc, argv);
  } catch (...) {
    std::string message;
    int code = current_exception_code(message, spec->name);
    if (code == SQLITE_NOMEM) {
      sqlite3_result_error_nomem(ctx);
      return;
    }
    // result_error first: it resets the code that result_error_code sets.
    sqlite3_result_error(ctx, message.c_str(), -1);
    sqlite3_result_error_code(ctx, code);
  }
}

}  // namespace claims::sql
