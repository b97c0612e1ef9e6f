#!/usr/bin/env python3
"""Validate labels.jsonl against cases/ (set indep-N). Prints counts; exits 1 on any error."""
import json, os, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = {"circumvention", "contact", "account", "spam", "conduct", "feedback"}
SUBS = {"email", "phone", "messaging", "social", "link", "address", "request"}
WHYS = {"price", "rate", "number", "date", "time", "years", "version", "percentage", "id", "standard",
        "skill", "on-platform", "portfolio", "job-post-link", "client-site", "placeholder",
        "code-example", "enterprise", "scoping-exception", "nda-exception", "feedback-allowed"}
errors = []
def err(m): errors.append(m)

case_files = sorted("cases/" + f for f in os.listdir(os.path.join(HERE, "cases")) if f.endswith(".md"))
seen = collections.Counter()
fam_req, fam_opt, subs, whys = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
clean = dirty = 0
with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except Exception as e:
            err(f"line {n}: bad JSON: {e}"); continue
        f = rec.get("file")
        seen[f] += 1
        path = os.path.join(HERE, f or "")
        if not f or not os.path.isfile(path):
            err(f"line {n}: missing file {f}"); continue
        text = open(path, encoding="utf-8").read()
        extra = set(rec) - {"file", "expect", "avoid", "note"}
        if extra: err(f"{f}: unknown keys {extra}")
        exp, av = rec.get("expect"), rec.get("avoid", [])
        if not isinstance(exp, list) or not isinstance(av, list):
            err(f"{f}: expect/avoid must be lists"); continue
        req = [e for e in exp if not e.get("optional")]
        if req: dirty += 1
        elif not exp: clean += 1
        else: err(f"{f}: only optional expects; make one required or drop them")
        espans = []
        for e in exp:
            fam, t = e.get("family"), e.get("text", "")
            if fam not in FAMILIES: err(f"{f}: bad family {fam}")
            if set(e) - {"family", "sub", "text", "optional"}: err(f"{f}: unknown expect keys {set(e)}")
            if fam == "contact":
                if e.get("sub") not in SUBS: err(f"{f}: contact without valid sub: {e}")
            elif "sub" in e: err(f"{f}: sub on non-contact label")
            if "optional" in e and e["optional"] is not True: err(f"{f}: optional must be true")
            i = text.find(t) if t else -1
            if i < 0: err(f"{f}: expect text not verbatim: {t!r}"); continue
            espans.append((i, i + len(t), t))
            (fam_opt if e.get("optional") else fam_req)[fam] += 1
            if fam == "contact" and not e.get("optional"): subs[e["sub"]] += 1
        for a in av:
            t, why = a.get("text", ""), a.get("why")
            if why not in WHYS: err(f"{f}: bad why {why}")
            if set(a) - {"text", "why"}: err(f"{f}: unknown avoid keys {set(a)}")
            i = text.find(t) if t else -1
            if i < 0: err(f"{f}: avoid text not verbatim: {t!r}"); continue
            whys[why] += 1
            for s, e_, et in espans:
                if i < e_ and s < i + len(t):
                    err(f"{f}: avoid {t!r} overlaps expect {et!r}")
for f in case_files:
    if seen[f] != 1: err(f"{f}: has {seen[f]} label lines (need exactly 1)")
for f in seen:
    if f not in case_files: err(f"label line for unknown file {f}")

print(f"files: {len(case_files)}  dirty: {dirty}  clean: {clean}  dirty share: {dirty/len(case_files):.0%}")
print("required expects by family:", dict(sorted(fam_req.items())))
print("optional expects by family:", dict(sorted(fam_opt.items())))
print("required contact subs:", dict(sorted(subs.items())))
print("avoid spans by why:", dict(sorted(whys.items())))
for fam in FAMILIES:
    if fam_req[fam] < 12: err(f"family {fam} has only {fam_req[fam]} required labels (need 12)")
for s in SUBS:
    if subs[s] < 4: err(f"contact sub {s} has only {subs[s]} required labels (need 4)")
if errors:
    print("\nERRORS:"); [print(" -", e) for e in errors]; sys.exit(1)
print("OK")
