#!/usr/bin/env python3
"""Validate the ai set: one label line per case, spans verbatim, valid families/subs/whys."""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
FAM = {"circumvention","contact","account","spam","conduct","feedback"}
SUBS = {"email","phone","messaging","social","link","address","request"}
WHY = {"price","rate","number","date","time","years","version","percentage","id","standard","skill",
       "on-platform","portfolio","job-post-link","client-site","placeholder","code-example","enterprise",
       "scoping-exception","nda-exception","feedback-allowed"}
errs = []
cases = sorted(f for f in os.listdir(os.path.join(HERE,"cases")) if f.endswith(".md"))
for f in cases:
    if not re.fullmatch(r"ai\d{3}-[a-z0-9-]+\.md", f): errs.append(f"bad file name {f}")
seen = Counter(); fam = Counter(); sub = Counter(); why = Counter(); clean = 0
for n, line in enumerate(open(os.path.join(HERE,"labels.jsonl"), encoding="utf-8"), 1):
    if not line.strip(): continue
    try: r = json.loads(line)
    except Exception as e: errs.append(f"line {n}: bad json {e}"); continue
    fn = r.get("file",""); seen[fn] += 1
    p = os.path.join(HERE, fn)
    if not os.path.isfile(p): errs.append(f"line {n}: missing file {fn}"); continue
    txt = open(p, encoding="utf-8").read()
    ex = r.get("expect"); av = r.get("avoid", [])
    if not isinstance(ex, list): errs.append(f"{fn}: expect not a list"); continue
    if not ex: clean += 1
    for e in ex:
        if e.get("family") not in FAM: errs.append(f"{fn}: bad family {e.get('family')}")
        if e.get("family") == "contact":
            if e.get("sub") not in SUBS: errs.append(f"{fn}: bad/missing sub {e.get('sub')}")
            else: sub[e["sub"]] += 1
        elif "sub" in e: errs.append(f"{fn}: sub on non-contact label")
        if not e.get("text") or e["text"] not in txt: errs.append(f"{fn}: expect span not found: {e.get('text')!r}")
        if not e.get("optional"): fam[e.get("family")] += 1
    for a in av:
        if a.get("why") not in WHY: errs.append(f"{fn}: bad why {a.get('why')}")
        else: why[a["why"]] += 1
        if not a.get("text") or a["text"] not in txt: errs.append(f"{fn}: avoid span not found: {a.get('text')!r}")
for f in cases:
    if seen["cases/"+f] != 1: errs.append(f"cases/{f}: {seen['cases/'+f]} label lines")
for k in seen:
    if k.replace("cases/","",1) not in cases: errs.append(f"label for unknown file {k}")
print(f"files: {len(cases)}  violating: {len(cases)-clean}  clean: {clean}  ({100*(len(cases)-clean)/max(len(cases),1):.0f}% violating)")
print("required expect labels per family:")
for k in sorted(FAM): print(f"  {k:14s} {fam[k]}")
print("contact subs:")
for k in sorted(SUBS): print(f"  {k:14s} {sub[k]}")
print("avoid whys:", ", ".join(f"{k}={v}" for k,v in sorted(why.items())))
if errs:
    print(f"\n{len(errs)} ERROR(S):"); [print("  " + e) for e in errs]; sys.exit(1)
print("OK")
