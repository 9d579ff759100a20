#!/usr/bin/env bash
# Ingest throughput: the sample corpus replicated to ~100 MB (each copy made
# unique so idempotency does not drop it), ingested by claims_ingest, and in
# the same run the time SQLite's FTS5 takes to index the same text.
#   bash bench/ingest_bench.sh [MB]      (default 100; needs ./build/claims.so)
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-100}
ext=${CLAIMS_EXT:-./build/claims}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
/usr/bin/python3 - "$work/corpus" "$mb" <<'PY'
import os, sys, glob
out, target = sys.argv[1], int(sys.argv[2]) * 1_000_000
seeds = [open(p, encoding="utf-8").read() for p in sorted(glob.glob("fixtures/panjshir/*.txt"))]
total, n = 0, 0
while total < target:
    d = os.path.join(out, f"{n // 1000:04d}")
    os.makedirs(d, exist_ok=True)
    for i, s in enumerate(seeds):
        text = s + f"\n\nCopy {n} of sample {i}.\n"
        with open(os.path.join(d, f"{n:06d}_{i}.txt"), "w", encoding="utf-8") as f:
            f.write(text)
        total += len(text.encode())
    n += 1
print(f"corpus: {n * len(seeds)} files, {total / 1e6:.1f} MB", file=sys.stderr)
PY
bytes=$(du -sb "$work/corpus" | cut -f1)
now() { date +%s.%N; }
t0=$(now)
added=$(sqlite3 "$work/bench.db" ".load $ext" "SELECT claims_ingest('$work/corpus');")
t1=$(now)
sqlite3 "$work/bench.db" "CREATE VIRTUAL TABLE fts USING fts5(body);" >/dev/null
t2=$(now)
sqlite3 "$work/bench.db" "INSERT INTO fts(body) SELECT raw FROM articles;" >/dev/null
t3=$(now)
/usr/bin/python3 - "$bytes" "$added" "$t0" "$t1" "$t2" "$t3" "$(du -sb "$work/bench.db" | cut -f1)" <<'PY'
import sys
b, added = int(sys.argv[1]), int(sys.argv[2])
t0, t1, t2, t3 = map(float, sys.argv[3:7])
db = int(sys.argv[7])
mb = b / 1e6
print(f"input: {mb:.1f} MB in {added} articles")
print(f"claims_ingest: {t1 - t0:.2f} s  = {mb / (t1 - t0):.1f} MB/s")
print(f"FTS5 index of the same text: {t3 - t2:.2f} s  = {mb / (t3 - t2):.1f} MB/s")
print(f"database after both: {db / 1e6:.1f} MB")
PY
