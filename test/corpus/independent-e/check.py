#!/usr/bin/env python3
"""Validate labels.jsonl against cases/ (run from this folder or anywhere)."""
import json, os, sys
from collections import Counter

ROOT = os.path.dirname(os.path.abspath(__file__))
FAMILIES = {"circumvention", "contact", "account", "spam", "conduct", "feedback"}
SUBS = {"email", "phone", "messaging", "social", "link", "address", "request"}
WHYS = {"price", "rate", "number", "date", "time", "years", "version", "percentage", "id", "standard",
        "skill", "on-platform", "portfolio", "job-post-link", "client-site", "placeholder", "code-example",
        "enterprise", "scoping-exception", "nda-exception", "feedback-allowed"}
errors = []
seen = Counter()
fam = Counter(); req_fam = Counter(); subs = Counter(); whys = Counter()
dirty = clean = 0
with open(os.path.join(ROOT, "labels.jsonl"), encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except Exception as e:
            errors.append(f"line {n}: bad JSON {e}"); continue
        extra = set(rec) - {"file", "expect", "avoid", "note"}
        if extra: errors.append(f"line {n}: unknown keys {extra}")
        f = rec.get("file", "")
        seen[f] += 1
        p = os.path.join(ROOT, f)
        if not os.path.isfile(p):
            errors.append(f"line {n}: missing file {f}"); continue
        text = open(p, encoding="utf-8").read()
        exp_iv = []
        if not isinstance(rec.get("expect"), list): errors.append(f"{f}: expect must be a list")
        for e in rec.get("expect", []):
            t = e.get("text", "")
            if e.get("family") not in FAMILIES: errors.append(f"{f}: bad family {e.get('family')}")
            if e.get("family") == "contact":
                if e.get("sub") not in SUBS: errors.append(f"{f}: bad/missing contact sub {e.get('sub')}")
            elif "sub" in e: errors.append(f"{f}: sub on non-contact label")
            if "why" in e: errors.append(f"{f}: expect span carries a why")
            if set(e) - {"family", "sub", "text", "optional"}: errors.append(f"{f}: unknown expect keys")
            i = text.find(t) if t else -1
            if i < 0: errors.append(f"{f}: expect text not found: {t!r}"); continue
            exp_iv.append((i, i + len(t)))
            fam[e["family"]] += 1
            if not e.get("optional"):
                req_fam[e["family"]] += 1
                if e["family"] == "contact": subs[e["sub"]] += 1
        for a in rec.get("avoid", []):
            t = a.get("text", "")
            if a.get("why") not in WHYS: errors.append(f"{f}: bad why {a.get('why')}")
            i = text.find(t) if t else -1
            if i < 0: errors.append(f"{f}: avoid text not found: {t!r}"); continue
            whys[a["why"]] += 1
            for s, eend in exp_iv:
                if i < eend and s < i + len(t):
                    errors.append(f"{f}: avoid {t!r} overlaps an expect span")
        if rec.get("expect"): dirty += 1
        else: clean += 1
files = {"cases/" + x for x in os.listdir(os.path.join(ROOT, "cases"))}
for f in files:
    if seen[f] != 1: errors.append(f"{f}: has {seen[f]} label lines (need exactly 1)")
for f in seen:
    if f not in files: errors.append(f"label for non-existent file {f}")
print(f"files={len(files)} dirty={dirty} clean={clean}")
print("labels per family (all):", dict(fam))
print("required labels per family:", dict(req_fam))
print("required contact subs:", dict(subs))
print("avoid spans by why:", dict(sorted(whys.items())))
for fm in FAMILIES:
    if req_fam[fm] < 12: errors.append(f"family {fm} has only {req_fam[fm]} required labels (<12)")
for s in SUBS:
    if subs[s] < 4: errors.append(f"contact sub {s} has only {subs[s]} required labels (<4)")
if errors:
    print("\nERRORS:"); [print(" -", e) for e in errors]; sys.exit(1)
print("OK")
