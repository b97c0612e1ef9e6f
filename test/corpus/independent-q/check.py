#!/usr/bin/env python3
"""Validate labels.jsonl against cases/ (run from this folder or anywhere)."""
import json, os, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
FAM = {"circumvention", "contact", "account", "spam", "conduct", "feedback"}
SUB = {"email", "phone", "messaging", "social", "link", "address", "request"}
WHY = {"price", "rate", "number", "date", "time", "years", "version", "percentage", "id", "standard", "skill",
       "on-platform", "portfolio", "job-post-link", "client-site", "placeholder", "code-example", "enterprise",
       "scoping-exception", "nda-exception", "feedback-allowed"}
errs = []
seen = collections.Counter()
for n, line in enumerate(open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"), 1):
    if not line.strip():
        continue
    r = json.loads(line)
    f = r.get("file"); seen[f] += 1
    p = os.path.join(HERE, f)
    if not os.path.isfile(p):
        errs.append(f"line {n}: missing file {f}"); continue
    txt = open(p, encoding="utf-8").read()
    if set(r) - {"file", "expect", "avoid", "note"}:
        errs.append(f"{f}: unknown keys {set(r) - {'file','expect','avoid','note'}}")
    spans = []
    for e in r.get("expect", []):
        if e.get("family") not in FAM: errs.append(f"{f}: bad family {e.get('family')}")
        if e.get("family") == "contact":
            if e.get("sub") not in SUB: errs.append(f"{f}: contact without valid sub: {e}")
        elif "sub" in e: errs.append(f"{f}: sub on non-contact label: {e}")
        if "optional" in e and e["optional"] is not True: errs.append(f"{f}: optional must be true")
        i = txt.find(e.get("text", "\0"))
        if not e.get("text") or i < 0: errs.append(f"{f}: expect text not found: {e.get('text')!r}")
        else: spans.append((i, i + len(e["text"])))
    for a in r.get("avoid", []):
        if a.get("why") not in WHY: errs.append(f"{f}: bad why {a.get('why')}")
        i = txt.find(a.get("text", "\0"))
        if not a.get("text") or i < 0: errs.append(f"{f}: avoid text not found: {a.get('text')!r}"); continue
        for s, e_ in spans:
            if i < e_ and s < i + len(a["text"]):
                errs.append(f"{f}: avoid {a['text']!r} overlaps an expect span")
cases = {"cases/" + x for x in os.listdir(os.path.join(HERE, "cases")) if x.endswith(".md")}
for c in cases:
    if seen[c] != 1: errs.append(f"{c}: has {seen[c]} label lines")
for c in seen:
    if c not in cases: errs.append(f"{c}: label for non-existent case")
if errs:
    print("\n".join(errs)); print(f"FAIL: {len(errs)} problem(s)"); sys.exit(1)
print(f"OK: {len(cases)} case files, {sum(seen.values())} label lines")
