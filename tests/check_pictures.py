#!/usr/bin/python3
"""The pictures and the ClaimReview export on the sample corpus, checked the
way their users consume them:

- claims_timeline_svg() is well-formed XML (xml.etree) with a bar per day
  and side, disputed parts, an axis and a legend naming the sides;
- claims_graph_dot() is rendered by Graphviz (`dot -Tsvg`, Debian's
  graphviz) into an SVG that parses;
- claims_claimreview() is JSON with the schema.org ClaimReview fields;
- bad arguments give clear errors.

  /usr/bin/python3 tests/check_pictures.py --ext build/claims
Prints "N passed, M failed" and exits 1 on any failure.
"""
import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(HERE, "..", "fixtures", "panjshir")
SVG = "{http://www.w3.org/2000/svg}"

passed = failed = 0


def check(cond, what):
    global passed, failed
    if cond:
        passed += 1
    else:
        failed += 1
        print(f"FAIL {what}")


def error_of(db, sql, *args):
    try:
        db.execute(sql, args).fetchall()
    except sqlite3.Error as e:
        return str(e)
    return ""


def by_class(root, tag, cls):
    return [e for e in root.iter(SVG + tag) if e.get("class") == cls]


def plain_env():
    # Under the sanitizer build the runtimes are preloaded for this
    # interpreter; Graphviz is not ours to instrument.
    env = dict(os.environ)
    env.pop("LD_PRELOAD", None)
    return env


def check_timeline(db):
    svg = db.execute("SELECT claims_timeline_svg()").fetchone()[0]
    try:
        root = ET.fromstring(svg)
    except ET.ParseError as e:
        check(False, f"timeline SVG is not well-formed XML: {e}")
        return
    check(root.tag == SVG + "svg", "timeline root is <svg>")
    groups = db.execute(
        "SELECT count(*) FROM (SELECT DISTINCT event_date, party FROM claims WHERE event_date IS NOT NULL)"
    ).fetchone()[0]
    bars = by_class(root, "rect", "bar")
    check(groups > 0 and len(bars) == groups, f"one bar segment per day and side ({len(bars)} for {groups})")
    disputed_claims = db.execute(
        "SELECT count(*) FROM claims WHERE event_date IS NOT NULL AND claim_id IN"
        " (SELECT a FROM contradictions UNION SELECT b FROM contradictions)").fetchone()[0]
    disputed = by_class(root, "rect", "disputed")
    check((disputed_claims > 0) == (len(disputed) > 0), "disputed parts are marked")
    legend = [t.text for g in by_class(root, "g", "legend") for t in g.iter(SVG + "text")]
    top = db.execute(
        "SELECT party FROM claims WHERE event_date IS NOT NULL AND party IS NOT NULL"
        " GROUP BY party ORDER BY count(*) DESC, party LIMIT 1").fetchone()[0]
    check(legend and legend[0] == top, f"the legend starts with the side with most claims ({legend[:1]} vs {top})")
    check("disputed (in a contradiction)" in legend, "the legend explains the hatch")
    axis = [t.text for g in by_class(root, "g", "x-axis") for t in g.iter(SVG + "text")]
    first = db.execute("SELECT min(event_date) FROM claims").fetchone()[0]
    check(axis and axis[0] == first, f"the date axis starts at the first day ({axis[:1]} vs {first})")
    check(root.find(SVG + "title") is not None, "the picture has a title")

    # A range: only the days asked for.
    svg = db.execute("SELECT claims_timeline_svg('2021-09-05', '2021-09-06')").fetchone()[0]
    root = ET.fromstring(svg)
    n = db.execute("SELECT count(*) FROM (SELECT DISTINCT event_date, party FROM claims"
                   " WHERE event_date BETWEEN '2021-09-05' AND '2021-09-06')").fetchone()[0]
    check(len(by_class(root, "rect", "bar")) == n, "a range draws only its days")
    axis = [t.text for g in by_class(root, "g", "x-axis") for t in g.iter(SVG + "text")]
    check(axis == ["2021-09-05", "2021-09-06"], f"the axis spans the range ({axis})")
    svg = db.execute("SELECT claims_timeline_svg('2030-01-01')").fetchone()[0]
    check("no dated claims in this range" in svg and ET.fromstring(svg) is not None, "an empty range says so")
    svg = db.execute("SELECT claims_timeline_svg(NULL, '2021-09-04')").fetchone()[0]
    check(len(by_class(ET.fromstring(svg), "rect", "bar")) > 0, "NULL leaves an end open")

    for bad in ("2021-13-01", "Sunday", "2021-09"):
        check(error_of(db, "SELECT claims_timeline_svg(?)", bad) ==
              f"claims: claims_timeline_svg(): '{bad}' is not a date; use YYYY-MM-DD", f"error for {bad!r}")
    check(error_of(db, "SELECT claims_timeline_svg('2021-09-06', '2021-09-01')") ==
          "claims: claims_timeline_svg(): from '2021-09-06' is after to '2021-09-01'; give the earlier day first",
          "error for a reversed range")


def check_graph(db):
    dot_text = db.execute("SELECT claims_graph_dot()").fetchone()[0]
    check(dot_text.startswith("digraph claims {"), "graph is a DOT digraph")
    dot = shutil.which("dot")
    if not dot:
        check(False, "Graphviz `dot` is installed (bash scripts/setup.sh installs graphviz)")
        return
    r = subprocess.run([dot, "-Tsvg"], input=dot_text.encode(), capture_output=True, env=plain_env(), timeout=120)
    check(r.returncode == 0, f"dot -Tsvg renders the graph: {r.stderr.decode()[:300]}")
    check(not r.stderr.strip(), f"dot prints no warning: {r.stderr.decode()[:300]}")
    try:
        root = ET.fromstring(r.stdout)
    except ET.ParseError as e:
        check(False, f"dot's SVG parses: {e}")
        return
    nodes = [g for g in root.iter(SVG + "g") if g.get("class") == "node"]
    edges = [g for g in root.iter(SVG + "g") if g.get("class") == "edge"]
    clusters = [g for g in root.iter(SVG + "g") if g.get("class") == "cluster"]
    claims = [n for n in nodes if n.find(SVG + "title").text.startswith("c")]
    check(0 < len(claims) <= 24, f"at most 24 claims drawn by default ({len(claims)})")
    check(len(clusters) >= 2, f"speakers grouped by side ({len(clusters)} groups)")
    red = [e for e in edges if any(p.get("stroke") == "#d00000" for p in e.iter(SVG + "path"))]
    check(len(red) > 0, "contradiction edges are drawn in red")
    green = [e for e in edges if any(p.get("stroke") == "#1b7f3b" for p in e.iter(SVG + "path"))]
    check(len(green) > 0, "corroboration (said-by edges of corroborated claims) is drawn in green")
    corroborated = db.execute("SELECT count(*) FROM claim_clusters WHERE n_claims > 1").fetchone()[0]
    check(corroborated == 0 or "claims, " in " ".join(t.text or "" for t in root.iter(SVG + "text")),
          "corroborated claims say how many claims and outlets")
    texts = " ".join(t.text or "" for t in root.iter(SVG + "text"))
    kinds = {k for (k,) in db.execute("SELECT DISTINCT kind FROM contradictions")}
    check(any(k in texts for k in kinds), "contradiction edges are labelled with their kind")

    small = db.execute("SELECT claims_graph_dot(6)").fetchone()[0]
    n_small = small.count(" [label=\"#")
    check(4 <= n_small <= 6, f"the limit bounds the claims drawn ({n_small} for 6)")
    check("more linked claims not drawn" in small, "the caption says what the limit left out")
    for bad in (0, -3, "many", 2.5):
        check(error_of(db, "SELECT claims_graph_dot(?)", bad) ==
              "claims: claims_graph_dot(): limit must be a whole number of claims from 1 to 5000; "
              "e.g. claims_graph_dot(30)", f"error for limit {bad!r}")


def check_claimreview(db):
    (cid,) = db.execute("SELECT a FROM contradictions ORDER BY score DESC, link_id LIMIT 1").fetchone()
    text, said_on, speaker = db.execute(
        "SELECT text, said_on, speaker_canonical FROM claims WHERE claim_id = ?", (cid,)).fetchone()
    j = json.loads(db.execute("SELECT claims_claimreview(?)", (cid,)).fetchone()[0])
    check(j["@context"] == "https://schema.org" and j["@type"] == "ClaimReview", "ClaimReview @context/@type")
    check(j["claimReviewed"] == text, "claimReviewed is the claim text")
    item = j["itemReviewed"]
    check(item["@type"] == "Claim" and item["identifier"] == cid, "itemReviewed is the Claim")
    check(item.get("datePublished") == said_on, "the claim's date is when it was said")
    check(item.get("author", {}).get("name") == speaker, "the author is the speaker")
    check(item["author"]["@type"] in ("Person", "Organization"), "the author is a Person or an Organization")
    check(item["appearance"]["@type"] == "NewsArticle", "the appearance is the article")
    check(j["reviewRating"]["alternateName"] == "Unrated (disputed)", "a contradicted claim is disputed, not rated")
    check("ratingValue" not in j["reviewRating"], "no rating value is invented")
    n_links = db.execute("SELECT count(*) FROM contradictions WHERE a = ?1 OR b = ?1", (cid,)).fetchone()[0]
    check(len(j.get("citation", [])) == min(n_links, 10), "the contradicting claims are cited, ten at most")
    if n_links > 10:
        check(f"{n_links} claims contradict it" in j["reviewRating"]["ratingExplanation"] and
              f"{n_links - 10} weaker" in j["reviewRating"]["ratingExplanation"], "the uncited ones are counted")
    check(all(c["@type"] == "Claim" and c["text"] and c["description"] for c in j.get("citation", [])),
          "cited claims have their text and the reason")

    # A claim from an article with a URL and a title.
    db.execute("SELECT claims_ingest_text(?, '2022-03-08', 'https://news.example/harib')",
               ("Rebels capture airport\n\nThe rebel spokesman said on Monday that the rebels had captured "
                "the airport of Harib after two days of fighting.",))
    (cid2,) = db.execute("SELECT max(claim_id) FROM claims").fetchone()
    j = json.loads(db.execute("SELECT claims_claimreview(?)", (cid2,)).fetchone()[0])
    check(j["itemReviewed"]["appearance"].get("url") == "https://news.example/harib", "the appearance has the URL")
    check(j["reviewRating"]["alternateName"] == "Unrated", "an uncontradicted claim is unrated")

    check(db.execute("SELECT claims_claimreview(987654321)").fetchone()[0] is None, "NULL for an unknown id")
    check(db.execute("SELECT claims_claimreview(NULL)").fetchone()[0] is None, "NULL for NULL")
    check(db.execute("SELECT json_type(json_object('r', claims_claimreview(?)), '$.r')", (cid,)).fetchone()[0]
          == "object", "the result nests as JSON in json_object()")
    check(error_of(db, "SELECT claims_claimreview('first')") ==
          "claims: claims_claimreview(): claim_id must be a claim's id (an integer); take it from claims.claim_id",
          "error for a text id")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ext", required=True)
    args = ap.parse_args()
    db = sqlite3.connect(":memory:")
    db.enable_load_extension(True)
    db.load_extension(args.ext)
    db.execute("SELECT claims_ingest(?)", (SAMPLE,))
    check_timeline(db)
    check_graph(db)
    check_claimreview(db)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
