#!/usr/bin/python3
"""Attribution extraction measured on PolNeAR (development split).

Runs the core through the command-line filter and compares its claims with
the brat standoff attributions:

  * a gold attribution is matched by a predicted claim whose content span
    overlaps the gold content span; its pair is the prediction with the
    largest overlap;
  * the source is right when the paired prediction's speaker span overlaps
    the gold source span (attributions without a gold source are left out
    of the source accuracy);
  * content recall = matched gold / gold; precision = predictions that
    overlap some gold content / predictions (a quote continued over two
    paragraphs is two claims but often one gold attribution); F1.
  --one-to-one pairs each prediction with at most one gold attribution
    (largest overlap first) and counts precision on those pairs: stricter.
  --by-cue prints, per cue word (the last word of the gold cue, lower
    case: "has repeatedly said" -> "said"), how many gold attributions it
    has and how many were missed, most missed first: where recall is lost.

Usage:
  /usr/bin/python3 bench/eval_polnear.py [DATA_DIR] [--cli PATH] [--verbose] [--one-to-one] [--by-cue]

DATA_DIR defaults to ../shared/data/polnear-dev relative to the repo root;
the CLI to $CLAIMS_CLI or build/claims-cli. When the data folder is absent
the harness prints "skipped: <path> not found" and exits 0.

Offsets: brat offsets are character offsets into the .txt read as UTF-8,
i.e. Python str indices, the same unit as claims-cli output (code points).
The harness checks this by comparing each gold span's text with the .txt.
"""

import json
import os
import subprocess
import sys
from collections import Counter

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_DATA = os.path.normpath(os.path.join(REPO, "..", "shared", "data", "polnear-dev"))


def parse_spans(field):
    """'Content 22 51;60 70' -> (label, [(22, 51), (60, 70)])"""
    label, _, rest = field.partition(" ")
    spans = []
    for frag in rest.split(";"):
        a, b = frag.split()
        spans.append((int(a), int(b)))
    return label, spans


def read_ann(path, text, problems):
    """Attributions of one .ann file: list of dicts with content/source/cue spans."""
    spans, events = {}, []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                continue
            cols = line.split("\t")
            if line.startswith("T") and len(cols) >= 2:
                label, sp = parse_spans(cols[1])
                spans[cols[0]] = (label, sp)
                if len(cols) >= 3:
                    got = " ".join(text[a:b] for a, b in sp)
                    if got.split() != cols[2].split():
                        problems.append((path, cols[0]))
            elif line.startswith("E") and len(cols) >= 2:
                roles = dict(part.split(":", 1) for part in cols[1].split())
                events.append(roles)
    out = []
    for roles in events:
        def get(role):
            tid = roles.get(role)
            return spans[tid][1] if tid in spans else []
        content = get("Content")
        if not content:
            continue
        out.append({"content": content, "source": get("Source"), "cue": get("Cue")})
    return out


def cue_word(cue):
    """Last word of a cue, lower case ("has repeatedly said" -> "said"); a
    cue with no letters (":", a dash) stands for itself."""
    words = [w for w in cue.replace("\u2019", "'").split() if any(c.isalpha() for c in w)]
    return words[-1].strip(".,:;\"'") if words else (cue.strip() or "(none)")


def overlap(spans_a, spans_b):
    return sum(max(0, min(b1, b2) - max(a1, a2)) for a1, b1 in spans_a for a2, b2 in spans_b)


def load(data_dir):
    docs = []
    problems = []
    text_dir = os.path.join(data_dir, "text")
    ann_dir = os.path.join(data_dir, "attributions")
    anns = sorted(os.listdir(ann_dir))
    for name in sorted(os.listdir(text_dir)):
        if not name.endswith(".txt"):
            continue
        stem = name[:-4]
        mine = [a for a in anns if a.startswith(stem + "_") and a.endswith(".ann")]
        if not mine:
            continue
        with open(os.path.join(text_dir, name), encoding="utf-8") as f:
            text = f.read()
        gold = read_ann(os.path.join(ann_dir, mine[0]), text, problems)  # first annotator, sorted
        docs.append({"id": stem, "text": text, "gold": gold})
    return docs, problems


def run_cli(cli, docs):
    payload = "".join(json.dumps({"id": d["id"], "text": d["text"]}) + "\n" for d in docs)
    res = subprocess.run([cli, "annotate"], input=payload, capture_output=True, text=True)
    if res.returncode != 0:
        sys.exit(f"claims-cli failed ({res.returncode}): {res.stderr.strip()}")
    out = {}
    for line in res.stdout.splitlines():
        obj = json.loads(line)
        out[obj["id"]] = obj.get("claims", [])
    return out


def match(gold, pred, one_to_one):
    """Pairs (gold index, pred index), largest overlap first."""
    cands = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            ov = overlap(g["content"], [(p["start"], p["end"])])
            if ov > 0:
                cands.append((ov, gi, pi))
    cands.sort(key=lambda c: -c[0])
    used_g, used_p, pairs = set(), set(), []
    for ov, gi, pi in cands:
        if gi in used_g or (one_to_one and pi in used_p):
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    return pairs


def main(argv):
    verbose = "--verbose" in argv
    one_to_one = "--one-to-one" in argv
    by_cue = "--by-cue" in argv
    args = [a for a in argv if a not in ("--verbose", "--one-to-one", "--by-cue")]
    cli = os.environ.get("CLAIMS_CLI", os.path.join(REPO, "build", "claims-cli"))
    if "--cli" in args:
        i = args.index("--cli")
        cli = args[i + 1]
        del args[i:i + 2]
    data_dir = args[0] if args else DEFAULT_DATA
    if not os.path.isdir(data_dir):
        print(f"skipped: {data_dir} not found")
        return 0
    docs, problems = load(data_dir)
    if problems:
        print(f"warning: {len(problems)} gold spans do not match the text (offset unit?)", file=sys.stderr)
    preds = run_cli(cli, docs)

    n_gold = n_pred = n_match = n_pred_ok = 0
    src_total = src_right = 0
    by_cue_missed = Counter()
    by_word_gold, by_word_missed = Counter(), Counter()
    for d in docs:
        gold, pred, text = d["gold"], preds.get(d["id"], []), d["text"]
        pairs = match(gold, pred, one_to_one)
        matched_g = {g for g, _ in pairs}
        if one_to_one:
            matched_p = {p for _, p in pairs}
        else:
            matched_p = {pi for pi, p in enumerate(pred)
                         if any(overlap(g["content"], [(p["start"], p["end"])]) > 0 for g in gold)}
        n_gold += len(gold)
        n_pred += len(pred)
        n_match += len(pairs)
        n_pred_ok += len(matched_p)
        for gi, pi in pairs:
            g, p = gold[gi], pred[pi]
            if not g["source"]:
                continue
            src_total += 1
            ok = overlap(g["source"], [(p["speaker_start"], p["speaker_end"])]) > 0
            src_right += ok
            if verbose and not ok:
                gs = " ".join(text[a:b] for a, b in g["source"])
                print(f"SOURCE {d['id']}: gold {gs!r} pred {p['speaker']!r} ({p['verb']})")
        for gi, g in enumerate(gold):
            cue = " ".join(text[a:b] for a, b in g["cue"]).lower()
            word = cue_word(cue)
            by_word_gold[word] += 1
            if gi in matched_g:
                continue
            by_word_missed[word] += 1
            by_cue_missed[cue] += 1
            if verbose:
                gc = " ".join(text[a:b] for a, b in g["content"])
                print(f"MISSED {d['id']}: [{cue}] {gc[:160]!r}")
        if verbose:
            for pi, p in enumerate(pred):
                if pi not in matched_p:
                    print(f"SPURIOUS {d['id']}: {p['speaker']!r} [{p['verb']}] {p['text'][:160]!r}")

    prec = n_pred_ok / n_pred if n_pred else 0.0
    rec = n_match / n_gold if n_gold else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    src = src_right / src_total if src_total else 0.0
    print(f"documents {len(docs)}  gold attributions {n_gold}  predicted claims {n_pred}  "
          f"matched gold {n_match}  predictions on gold {n_pred_ok}" + ("  (one-to-one)" if one_to_one else ""))
    print(f"content precision {prec:.3f}  recall {rec:.3f}  F1 {f1:.3f}")
    print(f"source accuracy on matched pairs {src:.3f} ({src_right}/{src_total})")
    if verbose:
        print("most missed gold cues:", by_cue_missed.most_common(25))
    if by_cue:
        print(f"{'cue word':24s} {'gold':>5s} {'missed':>6s}")
        for word, missed in by_word_missed.most_common():
            print(f"{word:24s} {by_word_gold[word]:5d} {missed:6d}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
