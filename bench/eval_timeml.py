#!/usr/bin/python3
"""TempEval-3 style evaluation of the temporal tagger on TimeML files.

    /usr/bin/python3 bench/eval_timeml.py [DATA_DIR] [--cli PATH] [--verbose] [--confusion]

DATA_DIR defaults to ../shared/data/timeml-dev relative to the repository
root; every sub-folder holding .tml files is a corpus (TimeBank, AQUAINT).
For each file the text is the content of <TEXT> with the tags stripped and
the reference date is the DCT's date. All documents go through one
`claims-cli annotate` process (--cli, else $CLAIMS_CLI, else
build/claims-cli). An expression is found when a predicted span overlaps a
gold span; its value is right when the values are equal
(week numbers with and without a leading zero, and decades written "199" or
"199X", count as equal: see same_value). Reported: span
precision/recall/F1 and value precision/recall/F1, where a predicted timex
is a value-true-positive when it overlaps a gold timex with the same value
(and a gold timex is value-recalled when such a prediction overlaps it).
--verbose lists every error; --confusion (also implied by --verbose) groups
them by kind: gold type and value shape, the rule that fired.
"""
import html
import json
import os
import re
import subprocess
import sys
from collections import Counter

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

TOKEN = re.compile(r"<[^>]*>|&[#a-zA-Z0-9]+;|[^<&]+|[<&]")
ATTR = re.compile(r'(\w+)="([^"]*)"')


def parse_tml(path):
    raw = open(path, encoding="utf-8").read()
    dct = re.search(r"<DCT>\s*<TIMEX3([^>]*)>", raw)
    if not dct:
        return None
    ref = dict(ATTR.findall(dct.group(1))).get("value", "")[:10]
    body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
    if not body:
        return None
    text, gold, open_timex = [], [], None
    pos = 0
    for m in TOKEN.finditer(body.group(1)):
        tok = m.group(0)
        if tok.startswith("<TIMEX3"):
            open_timex = (pos, dict(ATTR.findall(tok)))
        elif tok.startswith("</TIMEX3"):
            if open_timex:
                start, attrs = open_timex
                gold.append({"start": start, "end": pos, "type": attrs.get("type", ""),
                             "value": attrs.get("value", ""), "text": "".join(text)[start:pos]})
            open_timex = None
        elif tok.startswith("<") and len(tok) > 1:
            continue
        else:
            piece = html.unescape(tok) if tok.startswith("&") else tok
            text.append(piece)
            pos += len(piece)
    return {"id": os.path.basename(path), "text": "".join(text), "published": ref, "gold": gold}


WEEK_NUMBER = re.compile(r"-W([0-9])(?![0-9])")


DECADE_OR_CENTURY = re.compile(r"^([0-9]{2,3})X+$")


def canonical_value(v):
    """One spelling per time for the notations the gold data mixes."""
    v = WEEK_NUMBER.sub(r"-W0\1", v)
    return DECADE_OR_CENTURY.sub(r"\1", v)


def same_value(a, b):
    """Two TimeML values are equal when they denote the same time. The gold
    data writes some values two ways: week numbers with or without a leading
    zero ("2000-W7" and "2000-W07" are both ISO week 7 of 2000), and decades
    and centuries as a truncated year or padded with X ("199" and "199X" are
    both the 1990s: TIMEX2 and TimeML spellings). Both spellings are
    accepted; nothing else is relaxed (a year "1949" is not "1949-XX", some
    month of 1949)."""
    return a == b or canonical_value(a) == canonical_value(b)


def overlaps(a, b):
    return a["start"] < b["end"] and b["start"] < a["end"]


def prf(tp_p, n_p, tp_r, n_r):
    p = tp_p / n_p if n_p else 0.0
    r = tp_r / n_r if n_r else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(docs):
    n_pred = n_gold = span_tp_p = span_tp_r = val_tp_p = val_tp_r = 0
    for d in docs:
        pred, gold = d["pred"], d["gold"]
        n_pred += len(pred)
        n_gold += len(gold)
        for p in pred:
            hits = [g for g in gold if overlaps(p, g)]
            span_tp_p += bool(hits)
            val_tp_p += any(same_value(g["value"], p["value"]) for g in hits)
        for g in gold:
            hits = [p for p in pred if overlaps(p, g)]
            span_tp_r += bool(hits)
            val_tp_r += any(same_value(g["value"], p["value"]) for p in hits)
    return {"docs": len(docs), "gold": n_gold, "pred": n_pred,
            "span": prf(span_tp_p, n_pred, span_tp_r, n_gold),
            "value": prf(val_tp_p, n_pred, val_tp_r, n_gold)}


def value_shape(v):
    """The pattern of a TimeML value: digits become 9 ("1998-08-07" -> "9999-99-99")."""
    return re.sub(r"[0-9]", "9", v) if v else "(none)"


def show_confusion(docs, out):
    """Error counts grouped by kind: gold type and value shape for misses and
    wrong values (with the rule that fired), rule for spurious ones."""
    missed, wrong, spurious = Counter(), Counter(), Counter()
    for d in docs:
        for g in d["gold"]:
            hits = [p for p in d["pred"] if overlaps(p, g)]
            if not hits:
                missed[(g["type"], value_shape(g["value"]))] += 1
            elif not any(same_value(p["value"], g["value"]) for p in hits):
                p = hits[0]
                rule = p["rule"].split("+")[0]
                wrong[(g["type"], value_shape(g["value"]), rule, value_shape(p["value"]))] += 1
        for p in d["pred"]:
            if not any(overlaps(p, g) for g in d["gold"]):
                spurious[(p["rule"], p["type"])] += 1
    print(f"-- missed ({sum(missed.values())}) by gold type, value shape", file=out)
    for k, n in missed.most_common(25):
        print(f"  {n:4}  {k[0]:9} {k[1]}", file=out)
    print(f"-- wrong value ({sum(wrong.values())}) by gold type, gold shape, our rule, our shape", file=out)
    for k, n in wrong.most_common(40):
        print(f"  {n:4}  {k[0]:9} {k[1]:14} {k[2]:24} {k[3]}", file=out)
    print(f"-- spurious ({sum(spurious.values())}) by rule", file=out)
    for k, n in spurious.most_common(25):
        print(f"  {n:4}  {k[0]:24} {k[1]}", file=out)


def show_errors(docs, out):
    kinds = Counter()
    for d in docs:
        for g in d["gold"]:
            hits = [p for p in d["pred"] if overlaps(p, g)]
            if not hits:
                kinds["missed"] += 1
                print(f"MISSED   {d['id']} [{d['published']}] {g['text']!r} gold={g['value']} ({g['type']})", file=out)
            elif not any(same_value(p["value"], g["value"]) for p in hits):
                kinds["wrong value"] += 1
                p = hits[0]
                ctx = d["text"][max(0, p["start"] - 60):p["end"] + 40].replace("\n", " ")
                print(f"VALUE    {d['id']} [{d['published']}] {p['text']!r} ours={p['value']} ({p['rule']}) "
                      f"gold={g['value']} {g['text']!r} | {ctx}", file=out)
        for p in d["pred"]:
            if not any(overlaps(p, g) for g in d["gold"]):
                kinds["spurious"] += 1
                ctx = d["text"][max(0, p["start"] - 40):p["end"] + 40].replace("\n", " ")
                print(f"SPURIOUS {d['id']} {p['text']!r} {p['value']} ({p['rule']}) | {ctx}", file=out)
    print(dict(kinds), file=out)


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    verbose = "--verbose" in argv
    cli = os.environ.get("CLAIMS_CLI", os.path.join(REPO, "build", "claims-cli"))
    if "--cli" in argv:
        i = argv.index("--cli")
        cli = argv[i + 1]
        args.remove(cli)
    data = args[0] if args else os.path.normpath(os.path.join(REPO, "..", "shared", "data", "timeml-dev"))
    if not os.path.isdir(data):
        print(f"skipped: {data} not found")
        return 0
    corpora = {}
    seen = set()
    for sub in sorted(os.listdir(data), key=lambda s: (s.lower().startswith("test"), s)):
        folder = os.path.join(data, sub)
        if not os.path.isdir(folder):
            continue
        docs = [parse_tml(os.path.join(folder, f)) for f in sorted(os.listdir(folder)) if f.endswith(".tml")]
        # A document met before (testpipeline/ holds a copy of a TimeBank
        # file) is scored once: the protocol's 256 articles.
        docs = [d for d in docs if d and d["id"] not in seen]
        seen.update(d["id"] for d in docs)
        if docs:  # folders that are not TimeML (e.g. testpipeline) yield none
            corpora[sub] = docs
    all_docs = [d for docs in corpora.values() for d in docs]
    if not all_docs:
        print(f"skipped: no TimeML files under {data}")
        return 0
    if not os.path.exists(cli):
        print(f"claims-cli not found at {cli} (build it, or pass --cli / set CLAIMS_CLI)", file=sys.stderr)
        return 1
    payload = "".join(json.dumps({"id": i, "text": d["text"], "published": d["published"]}) + "\n"
                      for i, d in enumerate(all_docs))
    run = subprocess.run([cli, "annotate"], input=payload, capture_output=True, text=True)
    if run.returncode != 0:
        print(run.stderr, file=sys.stderr)
        return 1
    for line in run.stdout.splitlines():
        rec = json.loads(line)
        all_docs[rec["id"]]["pred"] = rec.get("timexes", [])
    for d in all_docs:
        d.setdefault("pred", [])
    print(f"TimeML evaluation ({data}, cli {cli})")
    print(f"{'corpus':10} {'docs':>5} {'gold':>5} {'pred':>5}   span P    R    F1    value P    R    F1")
    rows = list(corpora.items()) + [("overall", all_docs)]
    for name, docs in rows:
        s = score(docs)
        sp, vp = s["span"], s["value"]
        print(f"{name:10} {s['docs']:5} {s['gold']:5} {s['pred']:5}   "
              f"{sp[0]:.3f} {sp[1]:.3f} {sp[2]:.3f}    {vp[0]:.3f} {vp[1]:.3f} {vp[2]:.3f}")
    if verbose:
        show_errors(all_docs, sys.stdout)
    if verbose or "--confusion" in argv:
        show_confusion(all_docs, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
