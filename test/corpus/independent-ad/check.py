#!/usr/bin/env python3
"""Validate labels.jsonl against cases/ and print counts (stdlib only)."""
import json, os, sys, glob
from collections import Counter

ROOT = os.path.dirname(os.path.abspath(__file__))
FAMILIES = {"circumvention", "contact", "account", "spam", "conduct", "feedback"}
SUBS = {"email", "phone", "messaging", "social", "link", "address", "request"}
WHYS = {"price", "rate", "number", "date", "time", "years", "version", "percentage", "id", "standard",
        "skill", "on-platform", "portfolio", "job-post-link", "client-site", "placeholder",
        "code-example", "enterprise", "scoping-exception", "nda-exception", "feedback-allowed"}

errors = []
def err(m): errors.append(m)

seen = Counter()
recs = []
with open(os.path.join(ROOT, "labels.jsonl"), encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        if not line.strip():
            continue
        try:
            r = json.loads(line)
        except Exception as e:
            err(f"line {ln}: bad json {e}"); continue
        recs.append(r)
        for k in r:
            if k not in {"file", "expect", "avoid", "note"}:
                err(f"line {ln}: unknown key {k}")
        if not isinstance(r.get("expect"), list) or not isinstance(r.get("avoid", []), list):
            err(f"line {ln}: expect/avoid must be lists")
        seen[r.get("file")] += 1

files = sorted(os.path.relpath(p, ROOT) for p in glob.glob(os.path.join(ROOT, "cases", "*.md")))
for fn in files:
    if seen[fn] != 1:
        err(f"{fn}: has {seen[fn]} label lines")
for fn in seen:
    if fn not in files:
        err(f"label for missing file {fn}")

fam = Counter(); fam_opt = Counter(); subs = Counter(); whys = Counter()
dirty = clean = 0
for r in recs:
    path = os.path.join(ROOT, r["file"])
    if not os.path.exists(path):
        continue
    text = open(path, encoding="utf-8").read()
    spans = []
    for e in r["expect"]:
        for k in e:
            if k not in {"family", "sub", "text", "optional"}:
                err(f"{r['file']}: unknown expect key {k}")
        if e.get("family") not in FAMILIES:
            err(f"{r['file']}: bad family {e.get('family')}")
        if e.get("family") == "contact":
            if e.get("sub") not in SUBS:
                err(f"{r['file']}: contact without valid sub: {e.get('sub')}")
        elif "sub" in e:
            err(f"{r['file']}: sub on non-contact family")
        t = e.get("text", "")
        i = text.find(t) if t else -1
        if i < 0:
            err(f"{r['file']}: expect text not found: {t!r}")
        else:
            spans.append((i, i + len(t)))
        if e.get("optional"):
            fam_opt[e["family"]] += 1
        else:
            fam[e["family"]] += 1
            if e["family"] == "contact":
                subs[e["sub"]] += 1
    if any(not e.get("optional") for e in r["expect"]):
        dirty += 1
    elif not r["expect"]:
        clean += 1
    else:
        err(f"{r['file']}: only optional expects")
    for a in r.get("avoid", []):
        if a.get("why") not in WHYS:
            err(f"{r['file']}: bad why {a.get('why')}")
        t = a.get("text", "")
        i = text.find(t) if t else -1
        if i < 0:
            err(f"{r['file']}: avoid text not found: {t!r}")
            continue
        whys[a["why"]] += 1
        for s, e_ in spans:
            if i < e_ and s < i + len(t):
                err(f"{r['file']}: avoid overlaps expect: {t!r}")

print(f"files: {len(files)}  dirty: {dirty}  clean: {clean}  ({dirty/len(files):.0%} dirty)")
print("required expects by family:", dict(sorted(fam.items())))
print("optional expects by family:", dict(sorted(fam_opt.items())))
print("required contact subs:", dict(sorted(subs.items())))
print("avoid spans by why:", dict(sorted(whys.items())))
for f_ in FAMILIES:
    if fam[f_] < 12:
        err(f"family {f_} has only {fam[f_]} required expects (<12)")
for s in SUBS:
    if subs[s] < 4:
        err(f"contact sub {s} has only {subs[s]} required expects (<4)")
if fam["account"] < 16:
    err(f"account has only {fam['account']} required expects (<16)")
if errors:
    print("\nERRORS:")
    for m in errors:
        print(" -", m)
    sys.exit(1)
print("OK")
