#!/usr/bin/env python3
"""Validate labels.jsonl against cases/ and print statistics."""
import json, os, sys
from collections import Counter
ROOT = os.path.dirname(os.path.abspath(__file__))
FAMILIES = {"circumvention","contact","account","spam","conduct","feedback"}
SUBS = {"email","phone","messaging","social","link","address","request"}
WHYS = {"price","rate","number","date","time","years","version","percentage","id","standard","skill",
        "on-platform","portfolio","job-post-link","client-site","placeholder","code-example","enterprise",
        "scoping-exception","nda-exception","feedback-allowed"}
errors = []
def err(m): errors.append(m)
seen = Counter()
recs = []
with open(os.path.join(ROOT, "labels.jsonl"), encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        if not line.strip(): continue
        try: r = json.loads(line)
        except Exception as e: err(f"line {n}: bad json {e}"); continue
        recs.append(r)
        extra = set(r) - {"file","expect","avoid","note"}
        if extra: err(f"line {n}: unknown keys {extra}")
        seen[r.get("file")] += 1
files = {"cases/"+f for f in os.listdir(os.path.join(ROOT,"cases")) if f.endswith(".md")}
for f in files:
    if seen[f] != 1: err(f"{f}: {seen[f]} label lines")
for f in seen:
    if f not in files: err(f"label for missing file {f}")
fam_req, fam_opt, subs_req, whys = Counter(), Counter(), Counter(), Counter()
clean = dirty = 0
for r in recs:
    path = os.path.join(ROOT, r["file"])
    if not os.path.exists(path): continue
    text = open(path, encoding="utf-8").read()
    exp_spans = []
    if not isinstance(r.get("expect"), list) or not isinstance(r.get("avoid"), list):
        err(f"{r['file']}: expect/avoid must be lists"); continue
    for e in r["expect"]:
        extra = set(e) - {"family","sub","text","optional"}
        if extra: err(f"{r['file']}: expect keys {extra}")
        if e.get("family") not in FAMILIES: err(f"{r['file']}: bad family {e.get('family')}")
        if e.get("family") == "contact":
            if e.get("sub") not in SUBS: err(f"{r['file']}: bad/missing sub {e.get('sub')}")
        elif "sub" in e: err(f"{r['file']}: sub on non-contact")
        if "optional" in e and e["optional"] is not True: err(f"{r['file']}: optional must be true")
        i = text.find(e.get("text",""))
        if not e.get("text") or i < 0: err(f"{r['file']}: expect not verbatim: {e.get('text')!r}"); continue
        exp_spans.append((i, i+len(e["text"])))
        if e.get("optional"): fam_opt[e["family"]] += 1
        else:
            fam_req[e["family"]] += 1
            if e["family"] == "contact": subs_req[e["sub"]] += 1
    for a in r["avoid"]:
        extra = set(a) - {"text","why"}
        if extra: err(f"{r['file']}: avoid keys {extra}")
        if a.get("why") not in WHYS: err(f"{r['file']}: bad why {a.get('why')}")
        i = text.find(a.get("text",""))
        if not a.get("text") or i < 0: err(f"{r['file']}: avoid not verbatim: {a.get('text')!r}"); continue
        s, t = i, i+len(a["text"])
        for (x, y) in exp_spans:
            if s < y and x < t: err(f"{r['file']}: avoid overlaps expect: {a['text']!r}")
        whys[a["why"]] += 1
    if r["expect"]: dirty += 1
    else: clean += 1
print(f"files: {len(files)}  dirty: {dirty}  clean: {clean}  dirty share: {dirty/max(1,len(files)):.0%}")
print("required expect by family:", dict(fam_req))
print("optional expect by family:", dict(fam_opt))
print("required contact subs:", dict(subs_req))
print("avoid by why:", dict(sorted(whys.items())))
for f in FAMILIES:
    if fam_req[f] < 12: print(f"WARNING: only {fam_req[f]} required labels for {f}")
for s in SUBS:
    if subs_req[s] < 4: print(f"WARNING: only {subs_req[s]} required labels for contact/{s}")
if len(files) < 70: print("WARNING: fewer than 70 files")
if errors:
    print("\nERRORS:"); [print(" -", e) for e in errors]; sys.exit(1)
print("OK")
