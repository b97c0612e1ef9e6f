#!/usr/bin/env python3
"""Validate labels.jsonl against cases/ (indep-K set)."""
import json, os, sys
from collections import Counter

ROOT = os.path.dirname(os.path.abspath(__file__))
FAMILIES = {"circumvention", "contact", "account", "spam", "conduct", "feedback"}
SUBS = {"email", "phone", "messaging", "social", "link", "address", "request"}
WHYS = {"price", "rate", "number", "date", "time", "years", "version", "percentage", "id",
        "standard", "skill", "on-platform", "portfolio", "job-post-link", "client-site",
        "placeholder", "code-example", "enterprise", "scoping-exception", "nda-exception",
        "feedback-allowed"}
errors = []
def err(m): errors.append(m)

seen = Counter()
recs = []
with open(os.path.join(ROOT, "labels.jsonl"), encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        if not line.strip():
            continue
        try:
            r = json.loads(line)
        except Exception as e:
            err(f"line {n}: bad json {e}"); continue
        recs.append(r)
        for k in r:
            if k not in {"file", "expect", "avoid", "note"}:
                err(f"line {n}: unknown key {k}")
        f = r.get("file")
        seen[f] += 1
        path = os.path.join(ROOT, f or "")
        if not f or not os.path.isfile(path):
            err(f"line {n}: missing file {f}"); continue
        text = open(path, encoding="utf-8").read()
        exp_ranges = []
        for e in r.get("expect", []):
            for k in e:
                if k not in {"family", "sub", "text", "optional"}:
                    err(f"{f}: expect unknown key {k}")
            fam = e.get("family")
            if fam not in FAMILIES: err(f"{f}: bad family {fam}")
            if fam == "contact":
                if e.get("sub") not in SUBS: err(f"{f}: bad/missing sub {e.get('sub')}")
            elif "sub" in e:
                err(f"{f}: sub on non-contact label")
            if "optional" in e and e["optional"] is not True:
                err(f"{f}: optional must be true if present")
            t = e.get("text", "")
            i = text.find(t)
            if not t or i < 0:
                err(f"{f}: expect text not verbatim: {t!r}")
            else:
                exp_ranges.append((i, i + len(t)))
        for a in r.get("avoid", []):
            for k in a:
                if k not in {"text", "why"}:
                    err(f"{f}: avoid unknown key {k}")
            if a.get("why") not in WHYS: err(f"{f}: bad why {a.get('why')}")
            t = a.get("text", "")
            i = text.find(t)
            if not t or i < 0:
                err(f"{f}: avoid text not verbatim: {t!r}"); continue
            s, e2 = i, i + len(t)
            for (x, y) in exp_ranges:
                if s < y and x < e2:
                    err(f"{f}: avoid {t!r} overlaps an expect span")

case_files = sorted("cases/" + x for x in os.listdir(os.path.join(ROOT, "cases")) if x.endswith(".md"))
for cf in case_files:
    if seen[cf] != 1:
        err(f"{cf}: has {seen[cf]} label lines (need exactly 1)")
for f, c in seen.items():
    if f not in case_files:
        err(f"label for non-case file {f}")

# summary
fam = Counter(); sub = Counter(); why = Counter(); opt = 0
dirty = sum(1 for r in recs if r.get("expect"))
for r in recs:
    for e in r.get("expect", []):
        if e.get("optional"): opt += 1; continue
        fam[e["family"]] += 1
        if e["family"] == "contact": sub[e["sub"]] += 1
    for a in r.get("avoid", []):
        why[a["why"]] += 1
print(f"files {len(case_files)}  dirty {dirty}  clean {len(recs)-dirty}  ({dirty/len(recs):.1%} dirty)")
print("required expect labels by family:", dict(sorted(fam.items())))
print("contact subs:", dict(sorted(sub.items())))
print("optional expects:", opt)
print("avoid by why:", dict(sorted(why.items())))
for f in FAMILIES:
    if fam[f] < 12: err(f"family {f} has only {fam[f]} required labels (<12)")
for s in SUBS:
    if sub[s] < 4: err(f"contact sub {s} has only {sub[s]} required labels (<4)")
if len(case_files) < 70: err("fewer than 70 case files")
if errors:
    print("\nFAIL"); [print(" -", m) for m in errors]; sys.exit(1)
print("\nOK")
