#!/usr/bin/env python3
"""Validate labels.jsonl against cases/ (see LABEL-FORMAT.md)."""
import json, os, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = {"circumvention","contact","account","spam","conduct","feedback"}
SUBS = {"email","phone","messaging","social","link","address","request"}
WHYS = {"price","rate","number","date","time","years","version","percentage","id","standard","skill",
        "on-platform","portfolio","job-post-link","client-site","placeholder","code-example","enterprise",
        "scoping-exception","nda-exception","feedback-allowed"}
errors = []
seen = collections.Counter()
stats = collections.Counter(); subs = collections.Counter(); whys = collections.Counter()
clean = dirty = 0
with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        if not line.strip(): continue
        try: rec = json.loads(line)
        except Exception as e: errors.append(f"line {n}: bad json {e}"); continue
        f = rec.get("file"); seen[f] += 1
        p = os.path.join(HERE, f or "")
        if not f or not os.path.isfile(p): errors.append(f"line {n}: missing file {f}"); continue
        text = open(p, encoding="utf-8").read()
        if set(rec) - {"file","expect","avoid","note"}: errors.append(f"{f}: unknown keys")
        exp = rec.get("expect"); av = rec.get("avoid", [])
        if not isinstance(exp, list): errors.append(f"{f}: expect not a list"); continue
        spans = []
        for e in exp:
            fam = e.get("family")
            if fam not in FAMILIES: errors.append(f"{f}: bad family {fam}")
            if fam == "contact":
                if e.get("sub") not in SUBS: errors.append(f"{f}: bad/missing sub {e.get('sub')}")
            elif "sub" in e: errors.append(f"{f}: sub on non-contact")
            if "optional" in e and e["optional"] is not True: errors.append(f"{f}: optional must be true")
            t = e.get("text", "")
            i = text.find(t)
            if not t or i < 0: errors.append(f"{f}: expect text not found: {t!r}")
            else: spans.append((i, i + len(t)))
            if not e.get("optional"):
                stats[fam] += 1
                if fam == "contact": subs[e.get("sub")] += 1
        for a in av:
            t = a.get("text", ""); w = a.get("why")
            if w not in WHYS: errors.append(f"{f}: bad why {w}")
            whys[w] += 1
            i = text.find(t)
            if not t or i < 0: errors.append(f"{f}: avoid text not found: {t!r}"); continue
            for s, e2 in spans:
                if i < e2 and s < i + len(t): errors.append(f"{f}: avoid {t!r} overlaps an expect")
        if any(not e.get("optional") for e in exp): dirty += 1
        elif not exp: clean += 1
        else: dirty += 1
case_files = {"cases/" + x for x in os.listdir(os.path.join(HERE, "cases")) if x.endswith(".md")}
for cf in case_files:
    if seen[cf] != 1: errors.append(f"{cf}: has {seen[cf]} label lines")
for f in seen:
    if f not in case_files: errors.append(f"{f}: label for non-existing case")
print(f"files {len(case_files)}  clean {clean}  with violations {dirty}")
print("required expects per family:", dict(stats))
print("contact subs:", dict(subs))
print("avoid by why:", dict(whys))
if errors:
    print("\n".join("ERROR " + e for e in errors)); sys.exit(1)
print("OK")
