#!/usr/bin/env python3
"""Validate labels.jsonl against cases/ (indep-H set)."""
import json, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = {"circumvention", "contact", "account", "spam", "conduct", "feedback"}
SUBS = {"email", "phone", "messaging", "social", "link", "address", "request"}
WHYS = {"price", "rate", "number", "date", "time", "years", "version", "percentage", "id", "standard",
        "skill", "on-platform", "portfolio", "job-post-link", "client-site", "placeholder", "code-example",
        "enterprise", "scoping-exception", "nda-exception", "feedback-allowed"}

errors = []
seen = Counter()
fam_req, fam_opt, subs_req, whys = Counter(), Counter(), Counter(), Counter()
clean = dirty = 0
with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
    for ln, line in enumerate(fh, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except Exception as e:
            errors.append(f"line {ln}: bad JSON {e}"); continue
        extra = set(rec) - {"file", "expect", "avoid", "note"}
        if extra:
            errors.append(f"line {ln}: unknown keys {extra}")
        f = rec.get("file")
        seen[f] += 1
        path = os.path.join(HERE, f or "")
        if not f or not os.path.isfile(path):
            errors.append(f"line {ln}: missing file {f}"); continue
        text = open(path, encoding="utf-8").read()
        exp = rec.get("expect", [])
        av = rec.get("avoid", [])
        if not isinstance(exp, list) or not isinstance(av, list):
            errors.append(f"{f}: expect/avoid must be lists"); continue
        if any(not e.get("optional") for e in exp):
            dirty += 1
        elif not exp:
            clean += 1
        else:
            errors.append(f"{f}: only optional expects (neither clean nor dirty)")
        exp_ranges = []
        for e in exp:
            extra = set(e) - {"family", "sub", "text", "optional"}
            if extra: errors.append(f"{f}: expect unknown keys {extra}")
            fam = e.get("family")
            if fam not in FAMILIES:
                errors.append(f"{f}: bad family {fam}")
            if fam == "contact":
                if e.get("sub") not in SUBS:
                    errors.append(f"{f}: contact needs valid sub, got {e.get('sub')}")
            elif "sub" in e:
                errors.append(f"{f}: sub on non-contact family {fam}")
            t = e.get("text", "")
            i = text.find(t) if t else -1
            if i < 0:
                errors.append(f"{f}: expect text not found: {t!r}")
            else:
                exp_ranges.append((i, i + len(t)))
            if e.get("optional"):
                fam_opt[fam] += 1
            else:
                fam_req[fam] += 1
                if fam == "contact":
                    subs_req[e.get("sub")] += 1
        for a in av:
            extra = set(a) - {"text", "why"}
            if extra: errors.append(f"{f}: avoid unknown keys {extra}")
            if a.get("why") not in WHYS:
                errors.append(f"{f}: bad why {a.get('why')}")
            whys[a.get("why")] += 1
            t = a.get("text", "")
            i = text.find(t) if t else -1
            if i < 0:
                errors.append(f"{f}: avoid text not found: {t!r}"); continue
            for s, e2 in exp_ranges:
                if i < e2 and s < i + len(t):
                    errors.append(f"{f}: avoid {t!r} overlaps an expect span")

case_files = {"cases/" + n for n in os.listdir(os.path.join(HERE, "cases")) if n.endswith(".md")}
for cf in sorted(case_files):
    if seen[cf] != 1:
        errors.append(f"{cf}: has {seen[cf]} label lines (need exactly 1)")
for f in seen:
    if f not in case_files:
        errors.append(f"{f}: labeled but not a case file")

print(f"files: {len(case_files)}  dirty: {dirty}  clean: {clean}  ({100*dirty/max(1,len(case_files)):.0f}% dirty)")
print("required expects by family:", dict(sorted(fam_req.items())))
print("optional expects by family:", dict(sorted(fam_opt.items())))
print("required contact subs:", dict(sorted(subs_req.items())))
print("avoid spans by why:", dict(sorted(whys.items())))
for fam in FAMILIES:
    if fam_req[fam] < 12:
        errors.append(f"family {fam}: only {fam_req[fam]} required expects (< 12)")
for s in SUBS:
    if subs_req[s] < 4:
        errors.append(f"contact sub {s}: only {subs_req[s]} required (< 4)")
if errors:
    print("\nFAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("\nOK")
