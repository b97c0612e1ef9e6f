#!/usr/bin/env python3
"""Validate labels.jsonl against cases/ (indep-Z set)."""
import json, os, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = {"circumvention", "contact", "account", "spam", "conduct", "feedback"}
SUBS = {"email", "phone", "messaging", "social", "link", "address", "request"}
WHYS = {"price", "rate", "number", "date", "time", "years", "version", "percentage", "id", "standard",
        "skill", "on-platform", "portfolio", "job-post-link", "client-site", "placeholder", "code-example",
        "enterprise", "scoping-exception", "nda-exception", "feedback-allowed"}

errors = []
def err(msg): errors.append(msg)

seen = collections.Counter()
fam = collections.Counter(); fam_opt = collections.Counter(); subs = collections.Counter(); whys = collections.Counter()
clean = dirty = 0
with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except Exception as e:
            err(f"line {n}: bad json {e}"); continue
        if set(rec) - {"file", "expect", "avoid", "note"}:
            err(f"line {n}: unknown keys {set(rec) - {'file','expect','avoid','note'}}")
        f = rec.get("file"); seen[f] += 1
        p = os.path.join(HERE, f or "")
        if not f or not os.path.isfile(p):
            err(f"line {n}: missing file {f}"); continue
        text = open(p, encoding="utf-8").read()
        exp = rec.get("expect"); av = rec.get("avoid", [])
        if not isinstance(exp, list) or not isinstance(av, list):
            err(f"{f}: expect/avoid must be lists"); continue
        if any(not e.get("optional") for e in exp): dirty += 1
        else: clean += 1
        espans = []
        for e in exp:
            if set(e) - {"family", "sub", "text", "optional"}:
                err(f"{f}: unknown expect keys {set(e)}")
            if e.get("family") not in FAMILIES:
                err(f"{f}: bad family {e.get('family')}")
            if e.get("family") == "contact":
                if e.get("sub") not in SUBS: err(f"{f}: bad/missing contact sub {e.get('sub')}")
            elif "sub" in e:
                err(f"{f}: sub on non-contact family")
            t = e.get("text", "")
            i = text.find(t) if t else -1
            if i < 0:
                err(f"{f}: expect text not found: {t!r}"); continue
            espans.append((i, i + len(t)))
            if e.get("optional"): fam_opt[e["family"]] += 1
            else:
                fam[e["family"]] += 1
                if e["family"] == "contact": subs[e["sub"]] += 1
        for a in av:
            if set(a) != {"text", "why"}:
                err(f"{f}: avoid needs exactly text+why: {a}")
            if a.get("why") not in WHYS:
                err(f"{f}: bad why {a.get('why')}")
            whys[a.get("why")] += 1
            t = a.get("text", "")
            i = text.find(t) if t else -1
            if i < 0:
                err(f"{f}: avoid text not found: {t!r}"); continue
            for s, en in espans:
                if i < en and s < i + len(t):
                    err(f"{f}: avoid {t!r} overlaps an expect span")

files = sorted("cases/" + x for x in os.listdir(os.path.join(HERE, "cases")))
for x in files:
    if seen[x] != 1:
        err(f"{x}: has {seen[x]} label lines (need exactly 1)")
for x in seen:
    if x not in files:
        err(f"label for non-existent file {x}")

print(f"files={len(files)} dirty={dirty} clean={clean} ({100*dirty/max(1,len(files)):.1f}% dirty)")
print("required expects per family:", dict(sorted(fam.items())))
print("optional expects per family:", dict(sorted(fam_opt.items())))
print("contact subs (required):", dict(sorted(subs.items())))
print("avoid by why:", dict(sorted(whys.items())))
for f_ in FAMILIES:
    if fam[f_] < 12: err(f"family {f_} has only {fam[f_]} required expects (<12)")
for s in SUBS:
    if subs[s] < 4: err(f"contact sub {s} has only {subs[s]} required expects (<4)")
if errors:
    print("\nERRORS:"); [print(" -", e) for e in errors]; sys.exit(1)
print("OK")
