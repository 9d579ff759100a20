// links-bench: how the contradiction pass grows with the number of claims.
// Generates a corpus of N claims (two sides, places, days, kinds, figures),
// then runs what the store runs per new claim: its blocking keys, the
// candidates under them (at most kMaxPerKey per key, kMaxCandidates in
// all, the newest), and the rules on each pair. Prints claims, pairs
// compared, links found and time for each N: near-linear growth means the
// per-claim cost stays flat.
//
//   links-bench [N ...]      (default: 10000 100000 1000000)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/links/links.hpp"

using namespace claims;

namespace {

constexpr std::size_t kMaxPerKey = 50;      // as in ext/sqlite/links_store.hpp
constexpr std::size_t kMaxCandidates = 100;

links::ClaimFacts make_claim(std::int64_t id, std::mt19937_64& rng, std::size_t n) {
  const std::size_t places = std::max<std::size_t>(10, n / 40);
  std::uniform_int_distribution<std::size_t> place(1, places);
  std::uniform_int_distribution<int> day(1, 28), month(1, 12), side(0, 1), kind(0, 3), figure(1, 2000);
  links::ClaimFacts f;
  f.id = id;
  f.article = id / 8 + 1;
  f.party = side(rng) ? 1 : 2;
  f.party_name = f.party == 1 ? "Northern Army" : "Southern Front";
  f.location = static_cast<std::int64_t>(place(rng)) + 10;
  f.location_name = "Place" + std::to_string(f.location);
  f.entities = {f.location};
  f.entity_names = {f.location_name};
  time::Date d{2022, month(rng), day(rng)};
  f.when = time::Interval{d, d, "day"};
  f.said_on = time::to_iso(d);
  switch (kind(rng)) {
    case 0:
      f.kind = "control";
      f.stance = "asserts";
      f.text = "our forces captured " + f.location_name + " and control the whole district";
      break;
    case 1:
      f.kind = "denial";
      f.stance = "denies";
      f.text = "the claim that " + f.location_name + " fell is false";
      break;
    case 2: {
      f.kind = "casualties";
      f.stance = "asserts";
      int v = figure(rng);
      f.text = std::to_string(v) + " fighters were killed near " + f.location_name;
      quantities::Quantity q;
      q.text = std::to_string(v);
      q.value = v;
      q.low = v;
      q.high = v;
      q.count_type = "killed";
      q.object = "fighters";
      f.quantities.push_back(q);
      break;
    }
    default:
      f.kind = "event";
      f.stance = "asserts";
      f.text = "heavy fighting was reported in " + f.location_name;
  }
  return f;
}

void run(std::size_t n) {
  std::mt19937_64 rng(42);
  std::vector<links::ClaimFacts> claims;
  claims.reserve(n);
  for (std::size_t i = 0; i < n; ++i) claims.push_back(make_claim(static_cast<std::int64_t>(i + 1), rng, n));
  std::unordered_map<std::string, std::vector<std::size_t>> buckets;
  std::size_t pairs = 0, found = 0;
  auto t0 = std::chrono::steady_clock::now();
  for (std::size_t i = 0; i < n; ++i) {
    std::set<std::size_t> candidates;
    for (const auto& key : links::blocking_keys(claims[i])) {
      auto& b = buckets[key];
      for (std::size_t k = 0; k < b.size() && k < kMaxPerKey; ++k) candidates.insert(b[b.size() - 1 - k]);
      b.push_back(i);
    }
    while (candidates.size() > kMaxCandidates) candidates.erase(candidates.begin());
    for (std::size_t c : candidates) {
      ++pairs;
      if (links::contradiction(claims[c], claims[i])) ++found;
      else links::corroborates(claims[c], claims[i]);
    }
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::printf("%9zu claims  %11zu pairs compared  %9zu contradictions  %8.2f s  %6.2f us/claim\n", n, pairs, found,
              secs, 1e6 * secs / static_cast<double>(n));
  std::fflush(stdout);
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::size_t> sizes;
  for (int i = 1; i < argc; ++i) sizes.push_back(static_cast<std::size_t>(std::strtoull(argv[i], nullptr, 10)));
  if (sizes.empty()) sizes = {10000, 100000, 1000000};
  for (auto n : sizes) run(n);
  return 0;
}
