#include "sqlite/hidden_args.hpp"

#include <new>

#include "sqlite/guard.hpp"

namespace claims::sql {

int plan_hidden_args(sqlite3_index_info* info, int n_out, int n_args, int n_required, const char* usage) {
  int usable_at[32] = {};
  unsigned mask = 0, unusable = 0;
  for (int i = 0; i < info->nConstraint; ++i) {
    const auto& c = info->aConstraint[i];
    int arg = c.iColumn - n_out;
    if (arg < 0 || arg >= n_args || c.op != SQLITE_INDEX_CONSTRAINT_EQ) continue;
    if (!c.usable) {
      unusable |= 1u << arg;
      continue;
    }
    mask |= 1u << arg;
    usable_at[arg] = i;
  }
  unsigned required = (1u << n_required) - 1;
  // Present but not usable in this plan: ask SQLite for another plan rather
  // than scan and compare against a NULL hidden column.
  if (unusable & ~mask) return SQLITE_CONSTRAINT;
  if ((mask & required) != required) throw Error(std::string("missing argument; use ") + usage);
  int next = 1;
  for (int arg = 0; arg < n_args; ++arg) {
    if (!(mask & (1u << arg))) continue;
    info->aConstraintUsage[usable_at[arg]].argvIndex = next++;
    info->aConstraintUsage[usable_at[arg]].omit = 1;
  }
  info->idxNum = static_cast<int>(mask);
  return SQLITE_OK;
}

void ArgValues::take(int idx_num, int argc, sqlite3_value** argv, int n_args) {
  clear();
  values_.assign(static_cast<std::size_t>(n_args), nullptr);
  int k = 0;
  for (int arg = 0; arg < n_args && k < argc; ++arg) {
    if (!(static_cast<unsigned>(idx_num) & (1u << arg))) continue;
    values_[static_cast<std::size_t>(arg)] = sqlite3_value_dup(argv[k++]);
    if (!values_[static_cast<std::size_t>(arg)]) throw std::bad_alloc();
  }
}

void ArgValues::clear() {
  for (auto* v : values_) sqlite3_value_free(v);
  values_.clear();
}

}  // namespace claims::sql
