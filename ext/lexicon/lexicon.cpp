#include "lexicon/lexicon.hpp"
#include "core/text/ascii.hpp"

#include <map>
#include <mutex>
#include <stdexcept>

namespace claims::lexicon {
namespace {

std::string trim(std::string_view s) {
  const char* ws = " \t\r\n";
  auto b = s.find_first_not_of(ws);
  if (b == std::string_view::npos) return {};
  auto e = s.find_last_not_of(ws);
  return std::string(s.substr(b, e - b + 1));
}

std::vector<std::string> parse(std::string_view raw) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (pos <= raw.size()) {
    auto nl = raw.find('\n', pos);
    if (nl == std::string_view::npos) nl = raw.size();
    std::string line = trim(raw.substr(pos, nl - pos));
    if (!line.empty() && line[0] != '#') out.push_back(std::move(line));
    pos = nl + 1;
  }
  return out;
}

std::mutex mutex;

}  // namespace

const std::vector<std::string>& list(std::string_view name) {
  static std::map<std::string, std::vector<std::string>, std::less<>> cache;
  std::lock_guard lock(mutex);
  if (auto it = cache.find(name); it != cache.end()) return it->second;
  std::string_view raw = embedded(name);
  if (raw.empty()) throw std::logic_error("unknown lexicon '" + std::string(name) + "'");
  return cache.emplace(std::string(name), parse(raw)).first->second;
}

const std::unordered_set<std::string>& lower_set(std::string_view name) {
  static std::map<std::string, std::unordered_set<std::string>, std::less<>> cache;
  const auto& entries = list(name);
  std::lock_guard lock(mutex);
  if (auto it = cache.find(name); it != cache.end()) return it->second;
  std::unordered_set<std::string> set;
  for (const auto& e : entries) {
    set.insert(text::ascii_lower(e));
  }
  return cache.emplace(std::string(name), std::move(set)).first->second;
}

}  // namespace claims::lexicon
