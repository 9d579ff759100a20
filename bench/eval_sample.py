#!/usr/bin/python3
"""Claims on the sample corpus against our own gold annotation.

Ingests fixtures/panjshir with the extension, then compares `claims` with
fixtures/annotations/panjshir_claims.jsonl (every attributed statement of
the five articles, annotated by hand). A gold claim is found when a
predicted claim of the same article overlaps its content span (PolNeAR's
protocol); on found pairs we score speaker, side, stance, kind and hedging.

  /usr/bin/python3 bench/eval_sample.py [--ext build/claims] [--verbose]
        [--min-precision P --min-recall R --min-speaker S]   (exit 1 below)
"""
import argparse
import json
import os
import sys

from sample_corpus import ANNOTATIONS, DEFAULT_EXT, open_sample


def norm(s):
    return " ".join((s or "").lower().split())


def same_entity(db, gold_name, pred_name):
    """The gold's name for an entity denotes the predicted one when it
    resolves to it in this corpus (outlets spell names differently; so do
    annotators)."""
    g, p = norm(gold_name), norm(pred_name)
    if not g or not p:
        return g == p
    resolved = db.execute("SELECT claims_canonical(?)", (gold_name,)).fetchone()[0]
    return g == p or norm(resolved) == p


def speaker_right(db, gold, pred):
    g, p = norm(gold["speaker_canonical"]), norm(pred["speaker_canonical"])
    if g and p:
        return same_entity(db, gold["speaker_canonical"], pred["speaker_canonical"])
    gs, ps = norm(gold["speaker"]), norm(pred["speaker"])
    if not gs:
        return not p  # impersonal report: no named speaker either
    return bool(ps) and (ps in gs or gs in ps)


def locate(body, content, verb):
    """Offset of the gold content in the body. A short content ("the
    claim") may occur several times: the occurrence with the gold's cue
    nearest (within 200 characters) is the annotated one; else the first."""
    at = body.find(content)
    if at < 0 or not verb or body.find(content, at + 1) < 0:
        return at
    best, best_d = at, None
    k = at
    while k >= 0:
        lo, hi = max(0, k - 200), k + len(content) + 200
        v = body.find(verb, lo, hi)
        if v >= 0:
            d = min(abs(v - k), abs(v - (k + len(content))))
            if best_d is None or d < best_d:
                best, best_d = k, d
        k = body.find(content, k + 1)
    return best


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ext", default=DEFAULT_EXT)
    ap.add_argument("--gold", default=os.path.join(ANNOTATIONS, "panjshir_claims.jsonl"))
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--min-precision", type=float, default=0.0)
    ap.add_argument("--min-recall", type=float, default=0.0)
    ap.add_argument("--min-speaker", type=float, default=0.0)
    args = ap.parse_args()

    db, bodies = open_sample(args.ext)
    cols = ["claim_id", "article_id", "start", "end", "text", "speaker", "speaker_canonical",
            "party", "verb", "stance", "kind", "is_quote", "hedged"]
    preds = [dict(zip(cols, r)) for r in db.execute(
        "SELECT " + ", ".join('"%s"' % c for c in cols) + " FROM claims")]
    gold = [json.loads(l) for l in open(args.gold, encoding="utf-8") if l.strip()]

    found, matched_pred, scores, misses = 0, set(), {}, []
    for g in gold:
        aid, body = bodies[g["file"]]
        at = locate(body, g["content"], g["verb"])
        if at < 0:
            misses.append(("not in body", g))
            continue
        gs, ge = at, at + len(g["content"])
        cands = [p for p in preds if p["article_id"] == aid and p["start"] < ge and gs < p["end"]]
        if not cands:
            misses.append(("missed", g))
            continue
        found += 1
        # The candidate that overlaps most speaks for the pair.
        p = max(cands, key=lambda p: min(ge, p["end"]) - max(gs, p["start"]))
        matched_pred.update(c["claim_id"] for c in cands)
        checks = {
            "speaker": speaker_right(db, g, p),
            "party": same_entity(db, g["party"], p["party"]),
            "stance": g["stance"] == p["stance"],
            "kind": g["kind"] == p["kind"],
            "hedged": bool(g["hedged"]) == bool(p["hedged"]),
            "is_quote": bool(g["is_quote"]) == bool(p["is_quote"]),
        }
        for k, v in checks.items():
            scores.setdefault(k, []).append(v)
        if args.verbose and not all(checks.values()):
            bad = [k for k, v in checks.items() if not v]
            print(f"  WRONG {bad}: gold {g['speaker']!r}/{g['speaker_canonical']!r}/{g['party']!r} "
                  f"{g['stance']} {g['kind']} | pred {p['speaker']!r}/{p['speaker_canonical']!r}/"
                  f"{p['party']!r} {p['stance']} {p['kind']} :: {g['content'][:70]}")

    precision = len(matched_pred) / len(preds) if preds else 0.0
    recall = found / len(gold) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"sample claims: gold {len(gold)}, predicted {len(preds)}, found {found}")
    print(f"content precision {precision:.3f} recall {recall:.3f} F1 {f1:.3f}")
    for k, v in scores.items():
        print(f"{k} right on found pairs: {sum(v) / len(v):.3f} ({sum(v)}/{len(v)})")
    if args.verbose:
        for why, g in misses:
            print(f"  {why.upper()}: {g['file'][:3]} {g['speaker']!r} {g['verb']!r}: {g['content'][:90]}")
        for p in preds:
            if p["claim_id"] not in matched_pred:
                print(f"  EXTRA: {p['article_id']} {p['speaker']!r} {p['verb']!r}: {p['text'][:90]}")
    speaker = sum(scores.get("speaker", [])) / max(1, len(scores.get("speaker", [])))
    failed = [name for name, got, want in (("precision", precision, args.min_precision),
                                           ("recall", recall, args.min_recall),
                                           ("speaker", speaker, args.min_speaker)) if got < want]
    if failed:
        print("BELOW THRESHOLD: " + ", ".join(failed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
