#!/usr/bin/env python3
"""Validate labels.jsonl against cases/ (run from anywhere)."""
import json, os, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = {"circumvention", "contact", "account", "spam", "conduct", "feedback"}
SUBS = {"email", "phone", "messaging", "social", "link", "address", "request"}
WHYS = {"price", "rate", "number", "date", "time", "years", "version", "percentage", "id", "standard",
        "skill", "on-platform", "portfolio", "job-post-link", "client-site", "placeholder", "code-example",
        "enterprise", "scoping-exception", "nda-exception", "feedback-allowed"}
errors = []
def err(m): errors.append(m)

seen = collections.Counter()
recs = []
with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        if not line.strip():
            continue
        try:
            r = json.loads(line)
        except Exception as e:
            err(f"line {n}: bad json {e}"); continue
        recs.append(r)
        f = r.get("file")
        seen[f] += 1
        extra = set(r) - {"file", "expect", "avoid", "note"}
        if extra: err(f"{f}: unknown keys {extra}")
        path = os.path.join(HERE, f or "")
        if not f or not os.path.isfile(path):
            err(f"line {n}: missing file {f}"); continue
        text = open(path, encoding="utf-8").read()
        spans = []
        for e in r.get("expect", []):
            fam = e.get("family")
            if fam not in FAMILIES: err(f"{f}: bad family {fam}")
            if fam == "contact":
                if e.get("sub") not in SUBS: err(f"{f}: contact without valid sub: {e}")
            elif "sub" in e: err(f"{f}: sub on non-contact {e}")
            if set(e) - {"family", "sub", "text", "optional"}: err(f"{f}: unknown expect keys {e}")
            if "optional" in e and e["optional"] is not True: err(f"{f}: optional must be true")
            t = e.get("text", "")
            i = text.find(t)
            if not t or i < 0: err(f"{f}: expect text not verbatim: {t!r}"); continue
            spans.append((i, i + len(t)))
        for a in r.get("avoid", []):
            if a.get("why") not in WHYS: err(f"{f}: bad why {a}")
            if set(a) - {"text", "why"}: err(f"{f}: unknown avoid keys {a}")
            t = a.get("text", "")
            i = text.find(t)
            if not t or i < 0: err(f"{f}: avoid text not verbatim: {t!r}"); continue
            for s, e2 in spans:
                if i < e2 and s < i + len(t):
                    err(f"{f}: avoid overlaps expect: {t!r}")
            # also check any later occurrence overlapping an expect
            j = text.find(t, i + 1)
            while j >= 0:
                for s, e2 in spans:
                    if j < e2 and s < j + len(t):
                        err(f"{f}: a later occurrence of avoid {t!r} overlaps an expect")
                j = text.find(t, j + 1)
        if "clientType: enterprise" in text or 'clientType: "enterprise"' in text:
            if any(e["family"] == "contact" for e in r.get("expect", [])):
                err(f"{f}: contact expect in enterprise file")

case_files = {"cases/" + x for x in os.listdir(os.path.join(HERE, "cases")) if x.endswith(".md")}
for f in case_files:
    if seen[f] != 1: err(f"{f}: has {seen[f]} label lines")
for f in seen:
    if f not in case_files: err(f"{f}: label without case file")

# stats
fam_req = collections.Counter(); fam_opt = collections.Counter(); subs = collections.Counter(); whys = collections.Counter()
dirty = sum(1 for r in recs if r.get("expect"))
for r in recs:
    for e in r.get("expect", []):
        (fam_opt if e.get("optional") else fam_req)[e["family"]] += 1
        if e["family"] == "contact" and not e.get("optional"): subs[e["sub"]] += 1
    for a in r.get("avoid", []): whys[a["why"]] += 1
print(f"files {len(recs)}  dirty {dirty}  clean {len(recs)-dirty}  ({100*dirty/len(recs):.1f}% dirty)")
print("required expects by family:", dict(fam_req))
print("optional expects by family:", dict(fam_opt))
print("required contact subs:", dict(subs))
print("avoid spans by why:", dict(whys))
for fam in FAMILIES:
    if fam_req[fam] < 12: err(f"family {fam} has only {fam_req[fam]} required expects")
for s in SUBS:
    if subs[s] < 4: err(f"sub {s} has only {subs[s]} required expects")
if errors:
    print("\n".join("ERROR " + e for e in errors)); sys.exit(1)
print("OK")
