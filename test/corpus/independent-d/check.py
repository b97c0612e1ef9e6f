#!/usr/bin/env python3
"""Validate labels.jsonl against cases/ (indep-D set). Prints stats; exits 1 on any error."""
import json, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = {"circumvention", "contact", "account", "spam", "conduct", "feedback"}
SUBS = {"email", "phone", "messaging", "social", "link", "address", "request"}
WHYS = {"price", "rate", "number", "date", "time", "years", "version", "percentage", "id", "standard",
        "skill", "on-platform", "portfolio", "job-post-link", "client-site", "placeholder", "code-example",
        "enterprise", "scoping-exception", "nda-exception", "feedback-allowed"}

errors = []
def err(msg): errors.append(msg)

case_files = sorted("cases/" + f for f in os.listdir(os.path.join(HERE, "cases")) if f.endswith(".md"))
seen = Counter()
fam_req, fam_opt, subs_req, why_c = Counter(), Counter(), Counter(), Counter()
clean = dirty = 0
with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
    for ln, line in enumerate(fh, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except Exception as e:
            err(f"line {ln}: bad JSON: {e}"); continue
        f = rec.get("file")
        seen[f] += 1
        path = os.path.join(HERE, f or "")
        if not f or not os.path.isfile(path):
            err(f"line {ln}: file missing: {f}"); continue
        text = open(path, encoding="utf-8").read()
        extra = set(rec) - {"file", "expect", "avoid", "note"}
        if extra: err(f"{f}: unknown keys {extra}")
        exp, av = rec.get("expect"), rec.get("avoid", [])
        if not isinstance(exp, list) or not isinstance(av, list):
            err(f"{f}: expect/avoid must be lists"); continue
        req = [e for e in exp if not e.get("optional")]
        if exp: dirty += 1
        else: clean += 1
        if exp and not req: err(f"{f}: only optional expects")
        exp_ranges = []
        for e in exp:
            fam, t = e.get("family"), e.get("text", "")
            if fam not in FAMILIES: err(f"{f}: bad family {fam}")
            if set(e) - {"family", "sub", "text", "optional"}: err(f"{f}: unknown expect keys {set(e)}")
            if fam == "contact":
                if e.get("sub") not in SUBS: err(f"{f}: contact without valid sub: {e.get('sub')}")
            elif "sub" in e: err(f"{f}: sub on non-contact family")
            if "optional" in e and e["optional"] is not True: err(f"{f}: optional must be true")
            pos = text.find(t) if t else -1
            if pos < 0: err(f"{f}: expect text not found: {t!r}")
            else: exp_ranges.append((pos, pos + len(t)))
            (fam_opt if e.get("optional") else fam_req)[fam] += 1
            if fam == "contact" and not e.get("optional"): subs_req[e.get("sub")] += 1
        for a in av:
            t, why = a.get("text", ""), a.get("why")
            if why not in WHYS: err(f"{f}: bad why {why}")
            if set(a) - {"text", "why"}: err(f"{f}: unknown avoid keys {set(a)}")
            pos = text.find(t) if t else -1
            if pos < 0: err(f"{f}: avoid text not found: {t!r}"); continue
            why_c[why] += 1
            s, en = pos, pos + len(t)
            for (xs, xe) in exp_ranges:
                if s < xe and xs < en:
                    err(f"{f}: avoid {t!r} overlaps an expect span")
for cf in case_files:
    if seen[cf] != 1: err(f"{cf}: has {seen[cf]} label lines (need exactly 1)")
for f in seen:
    if f not in case_files: err(f"label for unknown file {f}")

print(f"files: {len(case_files)}  dirty: {dirty}  clean: {clean}  ({100*dirty/max(1,len(case_files)):.1f}% dirty)")
print("required expects by family:", dict(fam_req))
print("optional expects by family:", dict(fam_opt))
print("required contact subs:", dict(subs_req))
print("avoid spans by why:", dict(why_c))
for fam in FAMILIES:
    if fam_req[fam] < 12: err(f"family {fam}: only {fam_req[fam]} required expects (<12)")
for s in SUBS:
    if subs_req[s] < 4: err(f"contact sub {s}: only {subs_req[s]} required (<4)")
if len(case_files) < 70: err("fewer than 70 case files")
if errors:
    print("\nERRORS:"); [print(" -", e) for e in errors]; sys.exit(1)
print("\nOK: all checks passed")
