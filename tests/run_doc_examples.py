"""Executes the SQL reference (docs/reference/*.md) and checks it is complete.

1. Every ```sql block must be followed at once by an ```output block holding
   exactly what the sqlite3 shell prints for it (docs/README.md gives the
   set-up); a difference fails. UPDATE=1 (or --update) rewrites the output
   blocks instead: review the diff before committing.
2. Every object the extension registers or creates must be documented: each
   SQL function, module (table-valued function) and each table or view on a
   database with the sample ingested needs a heading naming it in backticks,
   an executed example in that section that uses it, and every column
   (pragma_table_xinfo, hidden argument columns too) named in that section.

Usage: run_doc_examples.py --ext build/claims --repo . [FILE.md ...]
"""
import argparse
import glob
import os
import re
import sys

sys.dont_write_bytecode = True  # keep the source tree clean
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sample_shell import SampleShell  # noqa: E402

FENCE = "```"


class Block:
    def __init__(self, path, line, sql, empty_db, out_start, out_end, output):
        self.path, self.line, self.sql, self.empty_db = path, line, sql, empty_db
        self.out_start, self.out_end, self.output = out_start, out_end, output


def parse_blocks(path, lines):
    """The ```sql/```output pairs of one Markdown file (line indexes 0-based)."""
    blocks, errors, i = [], [], 0
    while i < len(lines):
        info = lines[i].strip()
        if not info.startswith(FENCE):
            i += 1
            continue
        words = info[len(FENCE):].split()
        end = next((j for j in range(i + 1, len(lines)) if lines[j].strip() == FENCE), None)
        if end is None:
            errors.append(f"{path}:{i + 1}: unclosed code block")
            break
        if words[:1] == ["output"]:
            errors.append(f"{path}:{i + 1}: output block without a sql block before it")
        if words[:1] != ["sql"]:
            i = end + 1
            continue
        sql = "".join(l + "\n" for l in lines[i + 1:end])
        empty_db = "empty-db" in words[1:]
        o = end + 1
        if o >= len(lines) or lines[o].strip() != FENCE + "output":
            errors.append(f"{path}:{i + 1}: sql block not followed at once by an ```output block")
            i = end + 1
            continue
        oend = next((j for j in range(o + 1, len(lines)) if lines[j].rstrip("\n") == FENCE), None)
        if oend is None:
            errors.append(f"{path}:{o + 1}: unclosed output block")
            break
        output = "".join(l + "\n" for l in lines[o + 1:oend])
        blocks.append(Block(path, i + 1, sql, empty_db, o + 1, oend, output))
        i = oend + 1
    return blocks, errors


def run_examples(shell, files, update):
    failures = 0
    total = 0
    all_errors = []
    for path in files:
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
        blocks, errors = parse_blocks(path, lines)
        all_errors += errors
        changed = False
        # Replace from the end so earlier line indexes stay valid.
        for b in reversed(blocks):
            total += 1
            got = shell.run(b.sql, sample=not b.empty_db)
            if got == b.output:
                continue
            if update:
                lines[b.out_start:b.out_end] = got.rstrip("\n").split("\n") if got else []
                changed = True
            else:
                failures += 1
                print(f"FAIL {path}:{b.line}\n--- documented\n{b.output}--- shell prints\n{got}")
        if changed:
            with open(path, "w", encoding="utf-8") as f:
                f.write("\n".join(lines))
            print(f"updated {path}")
    for e in all_errors:
        print("FAIL " + e)
    # A malformed block counts as a failed example.
    return total - failures, failures + len(all_errors)


HEADING = re.compile(r"^(#+)\s+(.*)$")


def sections(files):
    """(heading text, section text) for every heading of the reference."""
    out = []
    for path in files:
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
        heads = []
        in_code = False
        for i, l in enumerate(lines):
            if l.startswith(FENCE):
                in_code = not in_code
            m = None if in_code else HEADING.match(l)
            if m:
                heads.append((i, len(m.group(1)), m.group(2)))
        for k, (i, level, text) in enumerate(heads):
            end = next((j for j, lv, _ in heads[k + 1:] if lv <= level), len(lines))
            out.append((text, "\n".join(lines[i + 1:end])))
    return out


def names_object(heading, name):
    """A heading names an object when it has it in backticks, e.g. `x` or `x(a, b)`."""
    return any(t == name or t.startswith(name + "(") for t in re.findall(r"`([^`]+)`", heading))


def executed_sql(section):
    return "\n".join(re.findall(r"```sql[^\n]*\n(.*?)```", section, re.S))


def word_in(word, text):
    return re.search(r"(?<![A-Za-z0-9_])" + re.escape(word) + r"(?![A-Za-z0-9_])", text) is not None


def check_coverage(shell, files):
    q = shell.query
    base_fn = {r[0] for r in q("SELECT name FROM pragma_function_list", load=False)}
    base_mod = {r[0] for r in q("SELECT name FROM pragma_module_list", load=False)}
    functions = sorted({r[0] for r in q("SELECT name FROM pragma_function_list")} - base_fn)
    modules = sorted({r[0] for r in q("SELECT name FROM pragma_module_list")} - base_mod)
    relations = sorted(r[0] for r in q(
        "SELECT name FROM sqlite_schema WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'"))
    secs = sections(files)
    missing = []

    def section_of(name, what):
        found = [body for head, body in secs if names_object(head, name)]
        if not found:
            missing.append(f"{what} {name}: no heading names `{name}`")
            return None
        body = "\n".join(found)
        if not word_in(name, executed_sql(body)):
            missing.append(f"{what} {name}: no executed example uses it in its section")
        return body

    for name in functions:
        section_of(name, "function")
    for name in sorted(set(modules) | set(relations)):
        body = section_of(name, "table" if name in relations else "table-valued function")
        if body is None:
            continue
        for (col,) in q(f"SELECT name FROM pragma_table_xinfo('{name}')"):
            if not word_in(col, body):
                missing.append(f"column {name}.{col}: not named in the section of `{name}`")
    for m in missing:
        print("UNDOCUMENTED " + m)
    print(f"reference coverage: {len(functions)} functions, {len(modules)} modules, "
          f"{len(relations)} tables and views; {len(missing)} missing")
    return len(missing)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ext", required=True)
    ap.add_argument("--repo", required=True)
    ap.add_argument("--update", action="store_true")
    ap.add_argument("files", nargs="*")
    args = ap.parse_args()
    update = args.update or os.environ.get("UPDATE") == "1"
    ref = sorted(glob.glob(os.path.join(args.repo, "docs", "reference", "*.md")))
    # The README's tour and export examples are executed too (no coverage check there).
    files = args.files or ref + [os.path.join(args.repo, "README.md")]
    with SampleShell(args.ext, args.repo) as shell:
        passed, failed = run_examples(shell, files, update)
        print(f"doc examples: {passed} passed, {failed} failed")
        undocumented = check_coverage(shell, ref) if not args.files else 0
    return 1 if failed or undocumented else 0


if __name__ == "__main__":
    sys.exit(main())
