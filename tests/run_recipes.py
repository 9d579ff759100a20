"""Runs the analyst recipes (sql/recipes/NAME.sql) on the sample corpus.

Each recipe must keep the convention the ODBC test and analysts rely on:
`--` comment lines saying the question and the parameters, then ONE SELECT
(or WITH ... SELECT) statement. A recipe whose header has the line
`-- Needs: the claims extension loaded` runs with build/claims loaded; every
other one runs with the extension NOT loaded, which proves it is plain SQL
over the views. The output (docs/README.md's shell mode) must equal
NAME.expected exactly; UPDATE=1 (or --update) rewrites the .expected files
instead: review the diff before committing.

An exact match only says nothing changed. What makes the answer a good one
(after /work/shared/notes/analyst-session.md) is kept apart, in
tests/recipe_answers/NAME.txt, and checked on every run, so a regenerated
.expected cannot silently lose it. One rule a line, on the rows the recipe
prints in list mode (one row a line, cells unwrapped):
  + A && B   some row contains A and B
  ! A && B   no row contains both A and B
  # ...      a comment

Usage: run_recipes.py --ext build/claims --repo . [NAME ...]
"""
import argparse
import glob
import os
import sqlite3
import sys

sys.dont_write_bytecode = True  # keep the source tree clean
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sample_shell import SampleShell  # noqa: E402

NEEDS_EXTENSION = "-- Needs: the claims extension loaded"


def convention_errors(text):
    lines = text.split("\n")
    header = []
    for line in lines:
        if not line.startswith("--"):
            break
        header.append(line)
    errors = []
    if len(header) < 2:
        errors.append("needs `--` lines saying the question and its parameters first")
    body = "\n".join(lines[len(header):]).strip()
    statements, current = [], ""
    for ch in body:
        current += ch
        if ch == ";" and sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    if current.strip():
        errors.append("the statement does not end with ';'")
    if len(statements) != 1:
        errors.append(f"must hold one statement, has {len(statements)}")
    elif not statements[0].upper().startswith(("SELECT", "WITH")):
        errors.append("the statement must be a SELECT")
    if any(l.lstrip().startswith(".") for l in lines):
        errors.append("no shell dot-commands: the file must also run through ODBC")
    return errors


def answer_errors(rules_path, rows):
    """Failures of the rules in rules_path on the printed rows."""
    errors = []
    with open(rules_path, encoding="utf-8") as f:
        rules = [l.rstrip("\n") for l in f if l.strip() and not l.startswith("#")]
    for rule in rules:
        sign, _, body = rule.partition(" ")
        parts = [p.strip() for p in body.split("&&")]
        hit = any(all(p in row for p in parts) for row in rows)
        if sign == "+" and not hit:
            errors.append(f"no row has {' and '.join(map(repr, parts))}")
        elif sign == "!" and hit:
            errors.append(f"a row has {' and '.join(map(repr, parts))}")
        elif sign not in ("+", "!"):
            errors.append(f"{rules_path}: rule must start with '+ ' or '! ': {rule}")
    return errors


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ext", required=True)
    ap.add_argument("--repo", required=True)
    ap.add_argument("--update", action="store_true")
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    update = args.update or os.environ.get("UPDATE") == "1"
    recipes = os.path.join(args.repo, "sql", "recipes")
    names = args.names or sorted(os.path.basename(p)[:-4]
                                 for p in glob.glob(os.path.join(recipes, "*.sql")))
    passed = failed = 0
    with SampleShell(args.ext, args.repo) as shell:
        for name in names:
            with open(os.path.join(recipes, name + ".sql"), encoding="utf-8") as f:
                text = f.read()
            errors = convention_errors(text)
            load = NEEDS_EXTENSION in text.split("\n")
            got = shell.run(text, load=load)
            rules = os.path.join(args.repo, "tests", "recipe_answers", name + ".txt")
            if os.path.exists(rules):
                rows = shell.run(text, load=load, mode=".mode list").splitlines()
                errors += answer_errors(rules, rows)
            else:
                errors.append(f"missing {rules}: say what a good answer contains")
            expected_path = os.path.join(recipes, name + ".expected")
            if update:
                with open(expected_path, "w", encoding="utf-8") as f:
                    f.write(got)
            try:
                with open(expected_path, encoding="utf-8") as f:
                    expected = f.read()
            except FileNotFoundError:
                expected = None
                errors.append(f"missing {expected_path}")
            if expected is not None and got != expected:
                errors.append(f"output differs\n--- expected\n{expected}--- got\n{got}")
            if not got.strip():
                errors.append("prints nothing: a recipe must answer on the sample corpus")
            if errors:
                failed += 1
                print(f"FAIL {name}: " + "\n  ".join(errors))
            else:
                passed += 1
    print(f"recipes: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
