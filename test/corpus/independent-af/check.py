#!/usr/bin/env python3
"""Validate labels.jsonl against cases/ (independent set AF). Exit 1 on any error; prints counts."""
import json, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = {"circumvention", "contact", "account", "spam", "conduct", "feedback"}
SUBS = {"email", "phone", "messaging", "social", "link", "address", "request"}
WHYS = {"price", "rate", "number", "date", "time", "years", "version", "percentage", "id", "standard",
        "skill", "on-platform", "portfolio", "job-post-link", "client-site", "placeholder", "code-example",
        "enterprise", "scoping-exception", "nda-exception", "feedback-allowed"}
EXPECT_KEYS = {"family", "sub", "text", "optional"}
AVOID_KEYS = {"text", "why"}

errors = []
def err(m): errors.append(m)

case_files = sorted("cases/" + f for f in os.listdir(os.path.join(HERE, "cases")) if f.endswith(".md"))
seen = Counter()
fam = Counter(); fam_req = Counter(); subs = Counter(); subs_req = Counter(); whys = Counter()
clean = dirty = 0
with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
    for ln, line in enumerate(fh, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except Exception as e:
            err(f"line {ln}: bad JSON: {e}"); continue
        extra = set(rec) - {"file", "expect", "avoid", "note"}
        if extra: err(f"line {ln}: unknown keys {extra}")
        f = rec.get("file")
        seen[f] += 1
        path = os.path.join(HERE, f or "")
        if not f or not os.path.isfile(path):
            err(f"line {ln}: file missing: {f}"); continue
        text = open(path, encoding="utf-8").read()
        exp = rec.get("expect"); avo = rec.get("avoid", [])
        if not isinstance(exp, list) or not isinstance(avo, list):
            err(f"{f}: expect/avoid must be lists"); continue
        if exp: dirty += 1
        else: clean += 1
        exp_spans = []
        for e in exp:
            if set(e) - EXPECT_KEYS: err(f"{f}: unknown expect keys {set(e) - EXPECT_KEYS}")
            if e.get("family") not in FAMILIES: err(f"{f}: bad family {e.get('family')}")
            if e.get("family") == "contact":
                if e.get("sub") not in SUBS: err(f"{f}: contact without valid sub: {e.get('sub')}")
            elif "sub" in e: err(f"{f}: sub on non-contact label")
            if "optional" in e and e["optional"] is not True: err(f"{f}: optional must be true if present")
            t = e.get("text", "")
            pos = text.find(t) if t else -1
            if pos < 0: err(f"{f}: expect text not found: {t!r}"); continue
            exp_spans.append((pos, pos + len(t), t))
            fam[e["family"]] += 1
            if not e.get("optional"): fam_req[e["family"]] += 1
            if e["family"] == "contact":
                subs[e["sub"]] += 1
                if not e.get("optional"): subs_req[e["sub"]] += 1
        for a in avo:
            if set(a) != AVOID_KEYS: err(f"{f}: avoid needs exactly text+why: {a}")
            if a.get("why") not in WHYS: err(f"{f}: bad why {a.get('why')}")
            t = a.get("text", "")
            pos = text.find(t) if t else -1
            if pos < 0: err(f"{f}: avoid text not found: {t!r}"); continue
            whys[a.get("why")] += 1
            for s, e2, et in exp_spans:
                if pos < e2 and s < pos + len(t):
                    err(f"{f}: avoid {t!r} overlaps expect {et!r}")
for cf in case_files:
    if seen[cf] != 1: err(f"{cf}: has {seen[cf]} label lines (need exactly 1)")
for f in seen:
    if f not in case_files: err(f"label for non-case file {f}")

total = clean + dirty
print(f"files: {len(case_files)}  labelled: {total}  clean: {clean}  dirty: {dirty} ({100*dirty/max(total,1):.0f}%)")
print("expect labels per family (all / required):")
for k in sorted(FAMILIES): print(f"  {k:14s} {fam[k]:3d} / {fam_req[k]:3d}")
print("contact subs (all / required):")
for k in sorted(SUBS): print(f"  {k:10s} {subs[k]:3d} / {subs_req[k]:3d}")
print("avoid spans by why:")
for k, v in sorted(whys.items()): print(f"  {k:18s} {v:3d}")
if errors:
    print(f"\n{len(errors)} ERROR(S):")
    for m in errors: print("  " + m)
    sys.exit(1)
print("\nOK")
