#!/usr/bin/env python3
"""Emergent (dev split): does the article headline deny the claim headline?

Runs `claims-cli contradicts` on {"id", "a": claimHeadline, "b": articleHeadline}
pairs and thresholds the score: predicted `against` when score >= threshold.
Reports precision, recall and F1 of the `against` class at the fixed default
threshold (0.5, the honest figure) and at the best threshold on this data.

  /usr/bin/python3 bench/eval_emergent.py [DATA_DIR_OR_CSV] [--cli build/claims-cli]
                                          [--threshold 0.5] [--errors N]

Default data: ../shared/data/emergent-dev relative to the repository root;
prints "skipped: <path> not found" and exits 0 when absent. The data is read
in place, never copied into the project.
"""
import argparse
import csv
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def prf(gold, pred):
    tp = sum(1 for g, p in zip(gold, pred) if g and p)
    fp = sum(1 for g, p in zip(gold, pred) if not g and p)
    fn = sum(1 for g, p in zip(gold, pred) if g and not p)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f, tp, fp, fn


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("data", nargs="?", default=os.path.join(ROOT, "..", "shared", "data", "emergent-dev"))
    ap.add_argument("--cli", default=os.environ.get("CLAIMS_CLI", os.path.join(ROOT, "build", "claims-cli")))
    ap.add_argument("--threshold", type=float, default=0.5)
    ap.add_argument("--errors", type=int, default=0, help="print N false positives and N false negatives")
    args = ap.parse_args()

    path = args.data
    if os.path.isdir(path):
        path = os.path.join(path, "emergent_dev.csv")
    if not os.path.exists(path):
        print(f"skipped: {os.path.normpath(path)} not found")
        return 0
    if not os.path.exists(args.cli):
        print(f"claims-cli not found: {args.cli} (build it, or pass --cli / set CLAIMS_CLI)", file=sys.stderr)
        return 2

    rows = []
    with open(path, newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            rows.append(r)
    payload = "".join(json.dumps({"id": i, "a": r["claimHeadline"], "b": r["articleHeadline"]}) + "\n"
                      for i, r in enumerate(rows))
    out = subprocess.run([args.cli, "contradicts"], input=payload, capture_output=True, text=True)
    if out.returncode != 0:
        print(out.stderr, file=sys.stderr)
        return 1
    scores = [0.0] * len(rows)
    for line in out.stdout.splitlines():
        d = json.loads(line)
        scores[d["id"]] = float(d["score"])

    gold = [r["articleHeadlineStance"] == "against" for r in rows]
    print(f"data: {os.path.normpath(path)}  pairs: {len(rows)}  against: {sum(gold)}")
    p, r, f, tp, fp, fn = prf(gold, [s >= args.threshold and s > 0 for s in scores])
    print(f"fixed threshold {args.threshold:.2f}: against P={p:.3f} R={r:.3f} F1={f:.3f} (tp={tp} fp={fp} fn={fn})")
    best = (0.0, args.threshold)
    for t in sorted(set(scores)):
        if t <= 0:
            continue
        f_t = prf(gold, [s >= t for s in scores])[2]
        if f_t > best[0]:
            best = (f_t, t)
    p, r, f, tp, fp, fn = prf(gold, [s >= best[1] and s > 0 for s in scores])
    print(f"best threshold {best[1]:.4f} (tuned on this data): against P={p:.3f} R={r:.3f} F1={f:.3f} "
          f"(tp={tp} fp={fp} fn={fn})")
    print("anchor: the dataset authors' classifier, against F1 0.77")
    if args.errors:
        pred = [s >= args.threshold and s > 0 for s in scores]
        fps = [i for i in range(len(rows)) if pred[i] and not gold[i]]
        fns = [i for i in range(len(rows)) if gold[i] and not pred[i]]
        for label, idx in (("false positive", fps), ("false negative", fns)):
            for i in idx[: args.errors]:
                print(f"{label} [{rows[i]['articleHeadlineStance']}] {scores[i]:.3f} | "
                      f"{rows[i]['claimHeadline']} || {rows[i]['articleHeadline']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
