#!/usr/bin/python3
"""Contradictions on the sample corpus against our own annotation.

Ingests fixtures/panjshir, then checks fixtures/annotations/panjshir_links.jsonl:
every annotated contradiction should be in `contradictions` (between some
claim overlapping each side's content), and no annotated trap (agreement,
corroboration, sequence, same-side figure) should be.

  /usr/bin/python3 bench/eval_sample_links.py [--ext build/claims] [--verbose]
        [--min-recall R --max-trap-rate T]    (exit 1 outside the bounds)
"""
import argparse
import json
import os
import sys

from sample_corpus import ANNOTATIONS, DEFAULT_EXT, open_sample


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ext", default=DEFAULT_EXT)
    ap.add_argument("--gold", default=os.path.join(ANNOTATIONS, "panjshir_links.jsonl"))
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--min-recall", type=float, default=0.0)
    ap.add_argument("--max-trap-rate", type=float, default=1.0)
    args = ap.parse_args()

    db, bodies = open_sample(args.ext)
    links = {}
    for a, b, kind, score in db.execute("SELECT a, b, kind, score FROM contradictions"):
        links[(a, b)] = (kind, score)
    n_links = len(links)

    def claims_over(side):
        # Every occurrence of the content: a short one ("the claim") may
        # also occur earlier in the article outside any claim.
        aid, body = bodies[side["file"]]
        out = set()
        at = body.find(side["content"])
        while at >= 0:
            s, e = at, at + len(side["content"])
            out |= {cid for (cid,) in db.execute(
                'SELECT claim_id FROM claims WHERE article_id = ? AND start < ? AND "end" > ?', (aid, e, s))}
            at = body.find(side["content"], at + 1)
        return out

    gold = [json.loads(l) for l in open(args.gold, encoding="utf-8") if l.strip()]
    found = traps_flagged = n_contra = n_traps = 0
    matched_links = set()
    for g in gold:
        ca, cb = claims_over(g["a"]), claims_over(g["b"])
        hits = [(min(x, y), max(x, y)) for x in ca for y in cb if (min(x, y), max(x, y)) in links]
        if g["relation"] == "contradiction":
            n_contra += 1
            found += bool(hits)
            matched_links.update(hits)
            if args.verbose and not hits:
                why = "no claim on a side" if not ca or not cb else "not linked"
                print(f"  MISSED ({why}) {g['kind']}: {g['a']['content'][:50]!r} / {g['b']['content'][:50]!r}")
        else:
            n_traps += 1
            traps_flagged += bool(hits)
            if args.verbose and hits:
                print(f"  TRAP FLAGGED {g['kind']}: {g['a']['content'][:50]!r} / {g['b']['content'][:50]!r}")
    recall = found / n_contra if n_contra else 0.0
    trap_rate = traps_flagged / n_traps if n_traps else 0.0
    print(f"sample contradictions: annotated {n_contra}, found {found}, recall {recall:.3f}")
    print(f"traps: annotated {n_traps}, wrongly flagged {traps_flagged} ({trap_rate:.3f})")
    print(f"stored links {n_links}, of which on an annotated contradiction {len(matched_links)}")
    if recall < args.min_recall or trap_rate > args.max_trap_rate:
        print("OUTSIDE THE BOUNDS")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
