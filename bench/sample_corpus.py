"""The sample corpus ingested into an in-memory database, for the
evaluations against our own annotation (eval_sample.py, eval_sample_links.py)."""
import os
import sqlite3

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_EXT = os.path.join(ROOT, "build", "claims")
ANNOTATIONS = os.path.join(ROOT, "fixtures", "annotations")


def open_sample(ext):
    """Returns the connection and {file name: (article_id, body)}."""
    db = sqlite3.connect(":memory:")
    db.enable_load_extension(True)
    db.load_extension(ext)
    db.execute("SELECT claims_ingest(?)", (os.path.join(ROOT, "fixtures", "panjshir"),))
    bodies = {os.path.basename(p): (aid, body) for aid, p, body in
              db.execute("SELECT article_id, path, body FROM articles")}
    return db, bodies
