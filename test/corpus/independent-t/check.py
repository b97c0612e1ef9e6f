#!/usr/bin/env python3
"""Validate labels.jsonl against cases/ (run from any directory)."""
import json, os, sys
from collections import Counter

ROOT = os.path.dirname(os.path.abspath(__file__))
FAMILIES = {"circumvention", "contact", "account", "spam", "conduct", "feedback"}
SUBS = {"email", "phone", "messaging", "social", "link", "address", "request"}
WHYS = {"price", "rate", "number", "date", "time", "years", "version", "percentage", "id", "standard",
        "skill", "on-platform", "portfolio", "job-post-link", "client-site", "placeholder",
        "code-example", "enterprise", "scoping-exception", "nda-exception", "feedback-allowed"}
errors = []
seen = Counter()
fam = Counter(); fam_req = Counter(); subs = Counter(); whys = Counter()
dirty = clean = 0
with open(os.path.join(ROOT, "labels.jsonl"), encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        if not line.strip():
            continue
        rec = json.loads(line)
        f = rec.get("file"); seen[f] += 1
        p = os.path.join(ROOT, f)
        if not os.path.isfile(p):
            errors.append(f"line {n}: missing file {f}"); continue
        text = open(p, encoding="utf-8").read()
        if set(rec) - {"file", "expect", "avoid", "note"}:
            errors.append(f"{f}: unknown keys {set(rec) - {'file','expect','avoid','note'}}")
        ranges = []
        for e in rec.get("expect", []):
            if e.get("family") not in FAMILIES:
                errors.append(f"{f}: bad family {e.get('family')}")
            if e.get("family") == "contact":
                if e.get("sub") not in SUBS:
                    errors.append(f"{f}: contact without valid sub: {e}")
                else:
                    subs[e["sub"]] += 0 if e.get("optional") else 1
            elif "sub" in e:
                errors.append(f"{f}: sub on non-contact label {e}")
            i = text.find(e["text"])
            if i < 0:
                errors.append(f"{f}: expect text not found: {e['text']!r}")
            else:
                ranges.append((i, i + len(e["text"])))
            fam[e["family"]] += 1
            if not e.get("optional"):
                fam_req[e["family"]] += 1
        for a in rec.get("avoid", []):
            if a.get("why") not in WHYS:
                errors.append(f"{f}: bad why {a.get('why')}")
            whys[a.get("why")] += 1
            i = text.find(a["text"])
            if i < 0:
                errors.append(f"{f}: avoid text not found: {a['text']!r}"); continue
            j = i + len(a["text"])
            for s, t in ranges:
                if i < t and s < j:
                    errors.append(f"{f}: avoid {a['text']!r} overlaps an expect span")
        if rec.get("expect"):
            dirty += 1
        else:
            clean += 1
files = sorted("cases/" + x for x in os.listdir(os.path.join(ROOT, "cases")) if x.endswith(".md"))
for x in files:
    if seen[x] != 1:
        errors.append(f"{x}: has {seen[x]} label lines")
for x in seen:
    if x not in files:
        errors.append(f"label for unknown file {x}")
print(f"files={len(files)} dirty={dirty} clean={clean} ({100*dirty/max(1,len(files)):.1f}% dirty)")
print("required expect labels per family:", dict(fam_req))
print("all expect labels per family:", dict(fam))
print("required contact subs:", dict(subs))
print("avoid by why:", dict(whys))
for fam_name in FAMILIES:
    if fam_req[fam_name] < 12:
        errors.append(f"family {fam_name} has only {fam_req[fam_name]} required labels")
for s in SUBS:
    if subs[s] < 4:
        errors.append(f"sub {s} has only {subs[s]} required labels")
if errors:
    print("\nERRORS:"); [print(" -", e) for e in errors]; sys.exit(1)
print("OK")
