#!/usr/bin/env python3
"""Validate labels.jsonl against cases/ (indep-I set)."""
import json, os, sys, glob
from collections import Counter

ROOT = os.path.dirname(os.path.abspath(__file__))
FAMILIES = {"circumvention", "contact", "account", "spam", "conduct", "feedback"}
SUBS = {"email", "phone", "messaging", "social", "link", "address", "request"}
WHYS = {"price", "rate", "number", "date", "time", "years", "version", "percentage", "id", "standard",
        "skill", "on-platform", "portfolio", "job-post-link", "client-site", "placeholder", "code-example",
        "enterprise", "scoping-exception", "nda-exception", "feedback-allowed"}
errors = []
def err(m): errors.append(m)

seen = Counter()
fam = Counter(); subs = Counter(); whys = Counter(); req = Counter()
clean = dirty = 0
with open(os.path.join(ROOT, "labels.jsonl"), encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except Exception as ex:
            err(f"line {n}: bad json {ex}"); continue
        extra = set(rec) - {"file", "expect", "avoid", "note"}
        if extra: err(f"line {n}: unknown keys {extra}")
        fn = rec.get("file")
        seen[fn] += 1
        path = os.path.join(ROOT, fn or "")
        if not fn or not os.path.isfile(path):
            err(f"line {n}: missing file {fn}"); continue
        text = open(path, encoding="utf-8").read()
        exp = rec.get("expect"); av = rec.get("avoid", [])
        if not isinstance(exp, list) or not isinstance(av, list):
            err(f"{fn}: expect/avoid must be lists"); continue
        if any(not x.get("optional") for x in exp): dirty += 1
        elif not exp: clean += 1
        else: dirty += 1
        exp_ranges = []
        for x in exp:
            t = x.get("text", "")
            if x.get("family") not in FAMILIES: err(f"{fn}: bad family {x.get('family')}")
            if x.get("family") == "contact":
                if x.get("sub") not in SUBS: err(f"{fn}: bad/missing sub {x.get('sub')}")
            elif "sub" in x: err(f"{fn}: sub on non-contact label")
            if set(x) - {"family", "sub", "text", "optional"}: err(f"{fn}: unknown expect keys {set(x)}")
            i = text.find(t)
            if not t or i < 0: err(f"{fn}: expect text not found: {t!r}"); continue
            exp_ranges.append((i, i + len(t)))
            fam[x["family"]] += 1
            if not x.get("optional"):
                req[x["family"]] += 1
                if x["family"] == "contact": subs[x["sub"]] += 1
        for x in av:
            t = x.get("text", "")
            if x.get("why") not in WHYS: err(f"{fn}: bad why {x.get('why')}")
            i = text.find(t)
            if not t or i < 0: err(f"{fn}: avoid text not found: {t!r}"); continue
            whys[x["why"]] += 1
            for (s, e) in exp_ranges:
                if i < e and s < i + len(t): err(f"{fn}: avoid {t!r} overlaps an expect span")
for p in sorted(glob.glob(os.path.join(ROOT, "cases", "*.md"))):
    rel = os.path.relpath(p, ROOT)
    if seen[rel] != 1: err(f"{rel}: has {seen[rel]} label lines")
for fn, k in seen.items():
    if k > 1: err(f"{fn}: duplicated label line")

print(f"files={sum(seen.values())} dirty={dirty} clean={clean}")
print("required expect per family:", dict(req))
print("all expect per family:", dict(fam))
print("contact subs (required):", dict(subs))
print("avoid by why:", dict(whys))
for f_ in FAMILIES:
    if req[f_] < 12: err(f"family {f_} has only {req[f_]} required labels")
for s in SUBS:
    if subs[s] < 4: err(f"contact sub {s} has only {subs[s]} required labels")
if errors:
    print("\n".join("ERROR: " + e for e in errors)); sys.exit(1)
print("OK")
