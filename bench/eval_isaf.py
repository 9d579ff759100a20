#!/usr/bin/env python3
"""Casualty and capture counts on the ISAF press releases (development split).

Protocol (see ../shared/data/README.md): exact-match accuracy of the number
killed and the number captured per release, against gold min_killed and
min_captured; and of the event date: the first day-precise date after the
release's dateline, tagged against it ("yesterday" → the day before), else
the dateline's day. A dateline without a year takes the first year the
release writes, else the corpus's usual year (the extension's year_hint).

The core runs through the command-line filter (bench/claims_cli.cpp):
    claims-cli annotate < in.jsonl > out.jsonl
Killed   = sum of `value` over quantities with count_type == "killed" and not repeat.
Captured = the same with count_type == "captured".
Combined figures ("killed+wounded", "killed+captured") are NOT added to either
sum: the text does not say how the figure splits, and the gold counts only
what is stated for each. Figures with qualifiers count with their `value`
(ACLED coding: "several" = 3). With --figure low the lower bound is summed
instead ("more than 10" -> 11), closer to the gold's "min_" reading.

Usage:
    /usr/bin/python3 bench/eval_isaf.py [DATA_DIR] [--cli PATH] [--figure value|low] [--verbose [N]]
DATA_DIR defaults to ../shared/data/isaf-dev relative to the repository root;
the CLI to $CLAIMS_CLI or build/claims-cli. Prints "skipped: <path> not
found" and exits 0 when the data is absent.
"""
import argparse
import datetime
import json
import os
import re
import subprocess
import sys
from collections import Counter

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def sums(quantities, figure="value"):
    totals = {"killed": 0.0, "captured": 0.0}
    for q in quantities:
        if q.get("repeat") or q.get("count_type") not in totals:
            continue
        # --figure low reads "the least the text allows" ("more than 10" -> 11),
        # falling back to value when the interval is open below ("up to 50").
        v = q["low"] if figure == "low" and q.get("low") is not None else q["value"]
        totals[q["count_type"]] += v
    return totals


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data", nargs="?", default=os.path.join(REPO, "..", "shared", "data", "isaf-dev"))
    ap.add_argument("--cli", default=os.environ.get("CLAIMS_CLI", os.path.join(REPO, "build", "claims-cli")))
    ap.add_argument("--figure", choices=["value", "low"], default="value",
                    help="sum each quantity's value (default) or its lower bound")
    ap.add_argument("--verbose", nargs="?", const=10, type=int, default=0,
                    help="list up to N errors per measure (default 10)")
    args = ap.parse_args()

    path = args.data
    if os.path.isdir(path):
        path = os.path.join(path, "isaf_dev.jsonl")
    if not os.path.exists(path):
        print(f"skipped: {path} not found")
        return 0
    if not os.path.exists(args.cli):
        print(f"error: {args.cli} not found (build the claims-cli target or pass --cli)", file=sys.stderr)
        return 2

    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                rows.append(json.loads(line))
    feed = "".join(json.dumps({"id": i, "text": r["text"]}) + "\n" for i, r in enumerate(rows))
    run = subprocess.run([args.cli, "annotate"], input=feed, capture_output=True, text=True, encoding="utf-8")
    if run.returncode != 0:
        print(f"error: claims-cli failed ({run.returncode}): {run.stderr[:500]}", file=sys.stderr)
        return 1
    annotations = {}
    for line in run.stdout.splitlines():
        out = json.loads(line)
        annotations[out["id"]] = out.get("quantities", [])

    # Event date: the dateline (the first full date of the release, or its
    # first month-day in the year of the release's other dates) is the
    # reference; the event is the first day-precise date after it
    # ("yesterday" → the day before), else the dateline's day.
    def day(v):
        return v[:10] if len(v) >= 10 and v[4] == "-" and v[7] == "-" and v[:4].isdigit() else None

    def is_real_day(v):
        try:
            datetime.date.fromisoformat(v)
            return True
        except ValueError:
            return False

    def release_year(text):
        # The first year written in the release: its number ("2012-06-S-026")
        # or header comes first; a year named later may be background.
        m = re.search(r"(?<![\d.,])(19[89]\d|20\d\d)(?![\d.,])", text)
        return m.group(1) if m else None

    first_pass = {}
    for line in run.stdout.splitlines():
        out = json.loads(line)
        first_pass[out["id"]] = out.get("timexes", [])
    datelines = {}
    for i in range(len(rows)):
        for t in first_pass.get(i, []):
            if day(t["value"]) and t["value"][:4].isdigit():
                datelines[i] = (day(t["value"]), t["end"])
                break
    # The corpus's usual year (ties: the later), as the extension's
    # year_hint gives undated articles: the most common dateline year.
    years = Counter(datelines[i][0][:4] for i in datelines)
    corpus_year = max(years, key=lambda y: (years[y], y)) if years else None
    for i in range(len(rows)):
        if i in datelines:
            continue
        # A dateline without a year, "KABUL, Afghanistan (June 14)": the
        # first month-day of the release, in the first year the release
        # writes (its number "2012-06-S-026", a header date), else the
        # corpus's year.
        for t in first_pass.get(i, []):
            v = t["value"]
            if re.fullmatch(r"XXXX-\d\d-\d\d", v):
                year = release_year(rows[i]["text"]) or corpus_year
                if year and is_real_day(f"{year}{v[4:]}"):
                    datelines[i] = (f"{year}{v[4:]}", t["end"])
                break
    feed2 = "".join(json.dumps({"id": i, "text": r["text"], "published": datelines[i][0]}) + "\n"
                    for i, r in enumerate(rows) if i in datelines)
    run2 = subprocess.run([args.cli, "annotate"], input=feed2, capture_output=True, text=True, encoding="utf-8")
    event_right = 0
    event_errors = []
    for line in run2.stdout.splitlines():
        out = json.loads(line)
        i = out["id"]
        ref, after = datelines[i]
        event = ref
        for t in out.get("timexes", []):
            # (a release often repeats its own dateline: not the event; nor is
            # "today", which the gold mostly dates as the day before — taking
            # it as the event measured 4 releases worse)
            if t["start"] >= after and t["type"] in ("DATE", "TIME") and day(t["value"]) and day(t["value"]) != ref:
                event = day(t["value"])
                break
        event_right += event == rows[i]["gold"].get("start_date")
        if event != rows[i]["gold"].get("start_date"):
            event_errors.append((i, rows[i]["gold"].get("start_date"), event, ref))

    measures = {"killed": "min_killed", "captured": "min_captured"}
    correct = {m: 0 for m in measures}
    errors = {m: [] for m in measures}
    for i, r in enumerate(rows):
        got = sums(annotations.get(i, []), args.figure)
        for m, gold_key in measures.items():
            gold = r["gold"].get(gold_key)
            if gold is None:
                continue
            if got[m] == gold:
                correct[m] += 1
            else:
                errors[m].append((i, gold, got[m]))

    n = len(rows)
    print(f"ISAF dev: {n} releases ({path}); summing {args.figure}")
    for m in measures:
        print(f"  {m:9s} exact-match accuracy: {correct[m]}/{n} = {100.0 * correct[m] / n:.1f}%")
    print(f"  event date exact-match accuracy: {event_right}/{n} = {100.0 * event_right / n:.1f}%")

    if args.verbose:
        for m in measures:
            print(f"\n-- {m}: {len(errors[m])} errors; first {min(args.verbose, len(errors[m]))}:")
            for i, gold, got in errors[m][: args.verbose]:
                text = rows[i]["text"]
                print(f"[{i}] gold {gold} got {got:g}")
                for q in annotations.get(i, []):
                    if q.get("count_type"):
                        print(f"     {q['text']!r} {q['count_type']} obj={q['object']!r}"
                              f"{' (repeat)' if q['repeat'] else ''}")
                body = " ".join(text.split())
                print("     " + body[:700])
        undated = [i for i in range(n) if i not in datelines]
        print(f"\n-- event date: {len(event_errors)} errors with a dateline, {len(undated)} releases without one;"
              f" first {min(args.verbose, len(event_errors))}:")
        for i, gold, got, ref in event_errors[: args.verbose]:
            print(f"[{i}] gold {gold} got {got} (dateline {ref})")
            print("     " + " ".join(rows[i]["text"].split())[:400])
    return 0


if __name__ == "__main__":
    sys.exit(main())
