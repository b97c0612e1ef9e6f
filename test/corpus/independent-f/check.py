#!/usr/bin/env python3
"""Validate labels.jsonl against cases/ (run from anywhere)."""
import json, os, sys, collections
ROOT = os.path.dirname(os.path.abspath(__file__))
FAMILIES = {"circumvention", "contact", "account", "spam", "conduct", "feedback"}
SUBS = {"email", "phone", "messaging", "social", "link", "address", "request"}
WHYS = {"price", "rate", "number", "date", "time", "years", "version", "percentage", "id", "standard",
        "skill", "on-platform", "portfolio", "job-post-link", "client-site", "placeholder", "code-example",
        "enterprise", "scoping-exception", "nda-exception", "feedback-allowed"}
errors = []
def err(m): errors.append(m)

seen = collections.Counter()
recs = []
with open(os.path.join(ROOT, "labels.jsonl"), encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        if not line.strip():
            continue
        try:
            r = json.loads(line)
        except Exception as e:
            err(f"line {n}: bad JSON: {e}"); continue
        recs.append(r)
        seen[r.get("file")] += 1

case_files = {f"cases/{f}" for f in os.listdir(os.path.join(ROOT, "cases")) if f.endswith(".md")}
for f in case_files:
    if seen[f] != 1:
        err(f"{f}: has {seen[f]} label lines (need exactly 1)")
for f in seen:
    if f not in case_files:
        err(f"label for missing file {f}")

fam = collections.Counter(); fam_req = collections.Counter(); subs = collections.Counter()
whys = collections.Counter(); dirty = clean = 0
for r in recs:
    f = r.get("file")
    if f not in case_files:
        continue
    allowed_keys = {"file", "expect", "avoid", "note"}
    if set(r) - allowed_keys:
        err(f"{f}: unknown keys {set(r) - allowed_keys}")
    text = open(os.path.join(ROOT, f), encoding="utf-8").read()
    exp, av = r.get("expect"), r.get("avoid", [])
    if not isinstance(exp, list):
        err(f"{f}: expect must be a list"); continue
    if exp: dirty += 1
    else: clean += 1
    spans = []
    for e in exp:
        t, fa = e.get("text"), e.get("family")
        if fa not in FAMILIES: err(f"{f}: bad family {fa}")
        if fa == "contact":
            if e.get("sub") not in SUBS: err(f"{f}: contact needs valid sub, got {e.get('sub')}")
        elif "sub" in e: err(f"{f}: sub on non-contact family {fa}")
        if set(e) - {"family", "sub", "text", "optional"}: err(f"{f}: unknown expect keys {set(e)}")
        if not t or t not in text:
            err(f"{f}: expect text not found verbatim: {t!r}"); continue
        s = text.index(t); spans.append((s, s + len(t)))
        fam[fa] += 1
        if not e.get("optional"):
            fam_req[fa] += 1
            if fa == "contact": subs[e["sub"]] += 1
    for a in av:
        t, w = a.get("text"), a.get("why")
        if w not in WHYS: err(f"{f}: bad why {w!r}")
        if set(a) - {"text", "why"}: err(f"{f}: unknown avoid keys {set(a)}")
        if not t or t not in text:
            err(f"{f}: avoid text not found verbatim: {t!r}"); continue
        whys[w] += 1
        # every occurrence of the avoid text must stay clear of every expect span
        start = 0
        while True:
            s = text.find(t, start)
            if s < 0: break
            for (es, ee) in spans:
                if s < ee and es < s + len(t):
                    err(f"{f}: avoid {t!r} overlaps an expect span")
            start = s + 1

total = dirty + clean
print(f"files: {total}  dirty: {dirty} ({100*dirty/max(total,1):.1f}%)  clean: {clean}")
print("required expect labels per family:", dict(fam_req))
print("all expect labels per family:", dict(fam))
print("required contact subs:", dict(subs))
print("avoid spans by why:", dict(sorted(whys.items())))
for fa in FAMILIES:
    if fam_req[fa] < 12: err(f"family {fa}: only {fam_req[fa]} required labels (<12)")
for s in SUBS:
    if subs[s] < 4: err(f"contact sub {s}: only {subs[s]} required labels (<4)")
if total < 70: err(f"only {total} case files (<70)")
if errors:
    print("\nFAIL"); [print(" -", e) for e in errors]; sys.exit(1)
print("\nOK")
