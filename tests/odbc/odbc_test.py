"""ODBC end to end, the way BI and data tools connect: unixODBC + Debian's
SQLite3 ODBC driver (libsqliteodbc) with the extension in LoadExt=.

A temporary odbcinst.ini / odbc.ini (ODBCSYSINI, ODBCINI) declares two DSNs
over a database holding the sample corpus: `claims` (claims.so) and
`claims_ro` (the read-only claimsro.so). Checks:
  - the table list (SQLTables: isql's `help`, pyodbc's tables()) shows the
    analyst-facing views, and every column of them has a declared type
    (SQLColumns; an untyped column comes back as VARCHAR(255));
  - every recipe (sql/recipes/*.sql) and every query of tests/odbc/queries.sql
    returns the same rows through isql as in the sqlite3 shell, and through
    pyodbc as through Python's sqlite3, with the extension loaded;
  - the read-only DSN reads, has no write functions and refuses
    load_extension() although the driver turns it on.

Exit 77 (skipped) only when isql, pyodbc or the driver is not installed.

Usage: odbc_test.py --ext BUILD/claims --ro BUILD/claimsro --repo REPO
"""
import argparse
import glob
import math
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile

SKIP = 77
# Views a BI tool must list; every column of each has a declared type.
ANALYST_VIEWS = ["articles", "claim_list", "quantities", "entities", "contradictions",
                 "claim_clusters", "timeline", "casualty_figures", "sentences", "mentions",
                 "dates", "aliases", "ingest_log", "boilerplate"]
SEP = "\x1f"  # isql column delimiter: a byte no text of the corpus contains


def skip(why):
    print(f"skipped: {why}")
    sys.exit(SKIP)


def find_driver():
    """The SQLite3 driver library, from the system's odbcinst.ini."""
    try:
        out = subprocess.run(["odbcinst", "-q", "-d", "-n", "SQLite3"], capture_output=True, text=True).stdout
    except OSError:
        out = ""
    m = re.search(r"^Driver\s*=\s*(\S+)", out, re.M)
    candidates = []
    if m:
        candidates.append(m.group(1))
    name = os.path.basename(m.group(1)) if m else "libsqlite3odbc.so"
    candidates += glob.glob(f"/usr/lib/*/odbc/{name}") + glob.glob(f"/usr/lib/odbc/{name}")
    for c in candidates:
        if os.path.isabs(c) and os.path.exists(c):
            return c
    return None


def statements_of(path):
    """One SELECT per block: '--' comments dropped (outside quotes), lines
    joined into one (isql runs one statement per line), ';' separated."""
    text = open(path, encoding="utf-8").read()
    out, cur, in_quote, i = [], [], False, 0
    while i < len(text):
        ch = text[i]
        if in_quote:
            cur.append(ch)
            if ch == "'":
                in_quote = False
        elif ch == "'":
            in_quote = True
            cur.append(ch)
        elif text.startswith("--", i):
            while i < len(text) and text[i] != "\n":
                i += 1
            continue
        elif ch == ";":
            out.append("".join(cur))
            cur = []
        else:
            cur.append(" " if ch in "\r\n\t" else ch)
        i += 1
    out.append("".join(cur))
    return [re.sub(r"\s+", " ", s).strip() for s in out if s.strip()]


NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?")


def norm(v):
    """Values as both sides can agree on: the driver renders doubles with
    15 significant digits; 1 and 1.0 are the same figure; a computed column
    of an ad-hoc query has no declared type, so ODBC hands it over as text."""
    if v is None:
        return None
    if isinstance(v, str) and NUMBER.fullmatch(v):
        v = float(v)
    if isinstance(v, float):
        if math.isfinite(v) and v == int(v) and abs(v) < 1e15:
            return int(v)
        return float(f"{v:.12g}")
    if isinstance(v, bytes):
        return v.decode("utf-8", "replace")
    return v


FLOAT_IN_TEXT = re.compile(r"-?\d+\.\d+(?:[eE][+-]?\d+)?")


def norm_text(s):
    def fix(m):
        f = float(m.group(0))
        return str(int(f)) if f == int(f) and abs(f) < 1e15 else f"{f:.12g}"
    return FLOAT_IN_TEXT.sub(fix, s)


def reference(db, ext, sql):
    con = sqlite3.connect(db)
    con.enable_load_extension(True)
    con.load_extension(ext)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def shell(db, ext, sql):
    """What the sqlite3 shell prints for sql, in isql's layout."""
    p = subprocess.run(["sqlite3", "-batch", "-noheader", "-separator", SEP, "-nullvalue", "", db],
                       input=f".load {ext}\n{sql};\n", capture_output=True, text=True, timeout=300)
    return p.returncode, p.stdout, p.stderr


def render(rows):
    """Rows as isql -b -x0x1f prints them: NULL empty, columns delimited."""
    def cell(v):
        if v is None:
            return ""
        if isinstance(v, float) and v == int(v) and abs(v) < 1e15:
            return f"{v:.1f}"
        return str(v)
    return "".join(SEP.join(cell(v) for v in r) + "\n" for r in rows)


def isql(dsn, lines, env):
    p = subprocess.run(["isql", "-b", "-v", "-x0x1f", dsn], input="".join(l + "\n" for l in lines),
                       capture_output=True, text=True, env=env, timeout=300)
    return p.returncode, p.stdout, p.stderr


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ext", required=True)
    ap.add_argument("--ro", required=True)
    ap.add_argument("--repo", required=True)
    a = ap.parse_args()
    if not shutil.which("isql"):
        skip("isql not installed (Debian: unixodbc)")
    try:
        import pyodbc
    except ImportError:
        skip("pyodbc not installed (Debian: python3-pyodbc)")
    driver = find_driver()
    if not driver:
        skip("the SQLite3 ODBC driver is not installed (Debian: libsqliteodbc)")

    ext, ro = os.path.abspath(a.ext), os.path.abspath(a.ro)
    failures = []
    passed = 0

    def check(ok, what):
        nonlocal passed
        if ok:
            passed += 1
        else:
            failures.append(what)
            print(f"FAIL {what}")

    with tempfile.TemporaryDirectory(prefix="claims-odbc-") as tmp:
        db = os.path.join(tmp, "corpus.db")
        con = sqlite3.connect(db)
        con.enable_load_extension(True)
        con.load_extension(ext)
        n = con.execute("SELECT claims_ingest(?)", (os.path.join(a.repo, "fixtures", "panjshir"),)).fetchone()[0]
        con.commit()
        con.close()
        check(n == 5, f"sample ingested ({n} articles)")
        with open(os.path.join(tmp, "odbcinst.ini"), "w") as f:
            f.write(f"[SQLite3]\nDescription=SQLite3 ODBC Driver\nDriver={driver}\n")
        dsn_keys = f"Driver=SQLite3\nDatabase={db}\nStepAPI=1\nBigInt=1\nNoCreat=1\n"
        with open(os.path.join(tmp, "odbc.ini"), "w") as f:
            f.write(f"[claims]\n{dsn_keys}LoadExt={ext}.so\n\n[claims_ro]\n{dsn_keys}LoadExt={ro}.so\n")
        env = dict(os.environ, ODBCSYSINI=tmp, ODBCINI=os.path.join(tmp, "odbc.ini"),
                   ODBCINSTINI="odbcinst.ini")
        os.environ.update(ODBCSYSINI=tmp, ODBCINI=os.path.join(tmp, "odbc.ini"), ODBCINSTINI="odbcinst.ini")

        queries = []
        for path in sorted(glob.glob(os.path.join(a.repo, "sql", "recipes", "*.sql"))):
            for s in statements_of(path):
                queries.append((os.path.relpath(path, a.repo), s))
        for s in statements_of(os.path.join(a.repo, "tests", "odbc", "queries.sql")):
            queries.append(("tests/odbc/queries.sql", s))

        for dsn in ("claims", "claims_ro"):
            # The table list and column types, as a BI tool reads them.
            rc, out, err = isql(dsn, ["help"], env)
            listed = {line.split(SEP)[2] for line in out.splitlines() if line.count(SEP) >= 3}
            for v in ANALYST_VIEWS:
                check(v in listed, f"{dsn}: isql help lists {v}")
            rc, out, err = isql(dsn, [f"help {v}" for v in ANALYST_VIEWS], env)
            cols = [line.split(SEP) for line in out.splitlines() if line.count(SEP) >= 6]
            untyped = [f"{c[2]}.{c[3]}" for c in cols if c[2] in ANALYST_VIEWS and c[5] == ""]
            check(len(cols) > 50 and not untyped, f"{dsn}: isql help shows a type for every column {untyped}")

            cx = pyodbc.connect(f"DSN={dsn}", autocommit=True)
            cur = cx.cursor()
            views = {r.table_name for r in cur.tables(tableType="VIEW")}
            check(set(ANALYST_VIEWS) <= views, f"{dsn}: pyodbc tables() lists {set(ANALYST_VIEWS) - views}")
            untyped = [f"{v}.{c.column_name}" for v in ANALYST_VIEWS for c in cur.columns(table=v)
                       if not c.type_name]
            check(not untyped, f"{dsn}: pyodbc columns() types every column {untyped}")

            # The same rows as SQLite itself, through pyodbc and isql.
            for origin, sql in queries:
                want = reference(db, ext, sql)
                check(len(want) > 0, f"{origin}: returns rows: {sql[:60]}")
                try:
                    got = [tuple(r) for r in cur.execute(sql).fetchall()]
                except pyodbc.Error as e:
                    got = [("error", str(e))]
                same = [tuple(map(norm, r)) for r in got] == [tuple(map(norm, r)) for r in want]
                check(same, f"{dsn} pyodbc: same rows as sqlite3 for {origin}: {sql[:60]}")
                if not same:
                    diff = [(g, w) for g, w in zip(got, want) if tuple(map(norm, g)) != tuple(map(norm, w))]
                    print(f"  {len(got)} rows vs {len(want)}; first difference: {diff[:1]}")
                rc, out, err = isql(dsn, [sql], env)
                bad = "[ISQL]ERROR" in out + err or re.search(r"^\[[0-9A-Z]{5}\]", out + err, re.M)
                src, shown, shell_err = shell(db, ext, sql)
                check(src == 0 and not shell_err and norm_text(shown) == norm_text(render(want)),
                      f"the sqlite3 shell runs {origin}: {sql[:60]} {shell_err[:200]}")
                check(rc == 0 and not bad and norm_text(out) == norm_text(shown),
                      f"{dsn} isql: same rows as the sqlite3 shell for {origin}: {sql[:60]}"
                      + (f"\n  {(out + err)[:300]}" if bad else ""))
            cx.close()

        # The read-only DSN: reads, no writes, no load_extension().
        cx = pyodbc.connect("DSN=claims_ro", autocommit=True)
        cur = cx.cursor()
        check(int(cur.execute("SELECT count(*) FROM claims").fetchone()[0]) > 0, "claims_ro: reads claims")

        def error_of(sql):
            try:
                cur.execute(sql).fetchall()
                return ""
            except pyodbc.Error as e:
                return str(e)
        check("no such function: claims_ingest" in error_of("SELECT claims_ingest('/tmp')"),
              "claims_ro: claims_ingest() absent")
        check("no such function: claims_rebuild" in error_of("SELECT claims_rebuild()"),
              "claims_ro: claims_rebuild() absent")
        check("not authorized" in error_of(f"SELECT load_extension('{ext}')"),
              "claims_ro: load_extension() refused")
        cx.close()
        cx = pyodbc.connect("DSN=claims", autocommit=True)
        check(cx.cursor().execute("SELECT claims_version()").fetchone()[0] is not None,
              "claims: the extension loads through LoadExt")
        cx.close()
        # Errors reach the ODBC client with their advice.
        rc, out, err = isql("claims", ["SELECT * FROM on_date('2021-13-01')"], env)
        check("claims: on_date(): '2021-13-01' is not a date; use YYYY-MM-DD" in out + err,
              "isql shows the extension's error message")

    print(f"odbc: {passed} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
