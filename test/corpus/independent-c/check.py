#!/usr/bin/env python3
"""Validate labels.jsonl against cases/ (format per LABEL-FORMAT.md)."""
import json, os, sys, collections
ROOT = os.path.dirname(os.path.abspath(__file__))
FAMILIES = {"circumvention", "contact", "account", "spam", "conduct", "feedback"}
SUBS = {"email", "phone", "messaging", "social", "link", "address", "request"}
WHYS = {"price", "rate", "number", "date", "time", "years", "version", "percentage", "id", "standard", "skill",
        "on-platform", "portfolio", "job-post-link", "client-site", "placeholder", "code-example", "enterprise",
        "scoping-exception", "nda-exception", "feedback-allowed"}
errors = []
def err(m): errors.append(m)
seen = collections.Counter()
recs = []
with open(os.path.join(ROOT, "labels.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip(): continue
        try: r = json.loads(line)
        except Exception as e: err(f"line {n}: bad json {e}"); continue
        recs.append(r)
for r in recs:
    fn = r.get("file"); seen[fn] += 1
    extra = set(r) - {"file", "expect", "avoid", "note"}
    if extra: err(f"{fn}: unknown keys {extra}")
    p = os.path.join(ROOT, fn or "")
    if not fn or not os.path.isfile(p): err(f"{fn}: file missing"); continue
    text = open(p, encoding="utf-8").read()
    spans = []
    for e in r.get("expect", []):
        fam = e.get("family"); t = e.get("text", "")
        if fam not in FAMILIES: err(f"{fn}: bad family {fam}")
        if fam == "contact":
            if e.get("sub") not in SUBS: err(f"{fn}: contact needs valid sub, got {e.get('sub')}")
        elif "sub" in e: err(f"{fn}: sub on non-contact")
        if "why" in e: err(f"{fn}: expect has why")
        if set(e) - {"family", "sub", "text", "optional"}: err(f"{fn}: unknown expect keys {set(e)}")
        if "optional" in e and e["optional"] is not True: err(f"{fn}: optional must be true")
        i = text.find(t)
        if not t or i < 0: err(f"{fn}: expect text not found: {t!r}")
        else: spans.append((i, i + len(t), t))
    for a in r.get("avoid", []):
        t = a.get("text", ""); w = a.get("why")
        if w not in WHYS: err(f"{fn}: bad why {w}")
        if set(a) - {"text", "why"}: err(f"{fn}: unknown avoid keys {set(a)}")
        i = text.find(t)
        if not t or i < 0: err(f"{fn}: avoid text not found: {t!r}"); continue
        for s, e_, et in spans:
            if i < e_ and s < i + len(t): err(f"{fn}: avoid {t!r} overlaps expect {et!r}")
for fn, c in seen.items():
    if c != 1: err(f"{fn}: {c} label lines")
files = sorted("cases/" + x for x in os.listdir(os.path.join(ROOT, "cases")) if x.endswith(".md"))
for fn in files:
    if fn not in seen: err(f"{fn}: no label line")
# stats
fam = collections.Counter(); req = collections.Counter(); subs = collections.Counter(); whys = collections.Counter()
dirty = 0
for r in recs:
    if r["expect"]: dirty += 1
    for e in r["expect"]:
        fam[e["family"]] += 1
        if not e.get("optional"): req[e["family"]] += 1
        if e["family"] == "contact" and not e.get("optional"): subs[e["sub"]] += 1
    for a in r["avoid"]: whys[a["why"]] += 1
print(f"files={len(files)} dirty={dirty} clean={len(files)-dirty} ({(len(files)-dirty)/max(1,len(files)):.0%} clean)")
print("labels per family (all):", dict(fam)); print("required per family:", dict(req))
print("required contact subs:", dict(subs)); print("avoid by why:", dict(sorted(whys.items())))
for f_ in FAMILIES:
    if req[f_] < 12: err(f"family {f_} has only {req[f_]} required labels (<12)")
for s in SUBS:
    if subs[s] < 4: err(f"contact sub {s} has only {subs[s]} required labels (<4)")
if errors:
    print("\nERRORS:"); [print(" -", e) for e in errors]; sys.exit(1)
print("OK")
