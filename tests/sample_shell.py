"""The sqlite3 shell on the sample corpus, as a reader would run it.

Shared by the doc-example and recipe runners so both show exactly what a
person typing the same SQL sees: a scratch directory with `fixtures` linked
in (paths in the outputs read `fixtures/panjshir/...`), a database with
fixtures/panjshir ingested once, and a fresh copy of it for every run so
examples never depend on each other's writes.
"""
import os
import shutil
import subprocess
import tempfile

# The one output mode of every documented example and recipe: boxes are
# readable in a terminal and in Markdown, wrapping keeps long claim texts
# within a screen.
SHELL_MODE = ".mode box --wrap 60 --wordwrap on"


def _shell_env():
    env = dict(os.environ)
    if env.get("CLAIMS_SANITIZE", "OFF") == "ON" and "libasan" not in env.get("LD_PRELOAD", ""):
        # The shell is not instrumented: preload the sanitizer runtimes.
        libs = [subprocess.run(["gcc", "-print-file-name=" + lib], capture_output=True,
                               text=True, check=True).stdout.strip()
                for lib in ("libasan.so", "libubsan.so")]
        env["LD_PRELOAD"] = ":".join(libs)
        env["ASAN_OPTIONS"] = "detect_leaks=0:abort_on_error=0"
    return env


class SampleShell:
    def __init__(self, ext, repo):
        self.ext = os.path.abspath(ext)
        self.repo = os.path.abspath(repo)
        self.env = _shell_env()
        self.dir = tempfile.mkdtemp(prefix="claims-shell-")
        os.symlink(os.path.join(self.repo, "fixtures"), os.path.join(self.dir, "fixtures"))
        self.sample = os.path.join(self.dir, "sample.db")
        out = self._shell(self.sample, "SELECT claims_ingest('fixtures/panjshir');\n", load=True)
        if out.strip() != "5":
            raise RuntimeError("ingesting fixtures/panjshir printed: " + out)

    def close(self):
        shutil.rmtree(self.dir, ignore_errors=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def _shell(self, db, sql, load, mode=None):
        cmd = ["sqlite3", "-batch"]
        if load:
            cmd += ["-cmd", ".load " + self.ext]
        if mode:
            cmd += ["-cmd", mode]
        cmd.append(db)
        proc = subprocess.run(cmd, input=sql, cwd=self.dir, env=self.env, text=True,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        return proc.stdout

    def run(self, sql, sample=True, load=True, mode=SHELL_MODE):
        """What the shell prints (stdout and stderr, in order) for `sql` on a
        fresh copy of the sample database, or on an empty one."""
        db = os.path.join(self.dir, "run.db")
        for suffix in ("", "-journal", "-wal", "-shm"):
            if os.path.exists(db + suffix):
                os.remove(db + suffix)
        if sample:
            shutil.copyfile(self.sample, db)
        return self._shell(db, sql, load, mode)

    def query(self, sql, load=True):
        """Rows of a query on the sample database, tab-separated, for checks."""
        cmd = ["sqlite3", "-batch", "-tabs"]
        if load:
            cmd += ["-cmd", ".load " + self.ext]
        cmd += [self.sample if load else ":memory:", sql]
        proc = subprocess.run(cmd, cwd=self.dir, env=self.env, text=True,
                              capture_output=True, check=True)
        return [line.split("\t") for line in proc.stdout.splitlines()]
