#!/usr/bin/env python3
"""Validate labels.jsonl against cases/ (indep-J). Exit 1 on any error."""
import json, os, sys, glob
from collections import Counter

ROOT = os.path.dirname(os.path.abspath(__file__))
FAMILIES = {"circumvention", "contact", "account", "spam", "conduct", "feedback"}
SUBS = {"email", "phone", "messaging", "social", "link", "address", "request"}
WHYS = {"price", "rate", "number", "date", "time", "years", "version", "percentage", "id", "standard",
        "skill", "on-platform", "portfolio", "job-post-link", "client-site", "placeholder", "code-example",
        "enterprise", "scoping-exception", "nda-exception", "feedback-allowed"}
errors = []

def err(msg):
    errors.append(msg)

seen = Counter()
fam_req = Counter(); fam_opt = Counter(); sub_req = Counter(); why_c = Counter()
clean = dirty = 0
with open(os.path.join(ROOT, "labels.jsonl"), encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except Exception as e:
            err(f"line {n}: bad JSON: {e}"); continue
        extra = set(rec) - {"file", "expect", "avoid", "note"}
        if extra:
            err(f"line {n}: unknown keys {extra}")
        f = rec.get("file")
        if not isinstance(f, str):
            err(f"line {n}: missing file"); continue
        seen[f] += 1
        p = os.path.join(ROOT, f)
        if not os.path.isfile(p):
            err(f"{f}: file does not exist"); continue
        text = open(p, encoding="utf-8").read()
        exp = rec.get("expect"); av = rec.get("avoid", [])
        if not isinstance(exp, list) or not isinstance(av, list):
            err(f"{f}: expect/avoid must be lists"); continue
        if exp: dirty += 1
        else: clean += 1
        spans = []
        for e in exp:
            if set(e) - {"family", "sub", "text", "optional"}:
                err(f"{f}: unknown expect keys {set(e)}")
            fam = e.get("family"); t = e.get("text")
            if fam not in FAMILIES:
                err(f"{f}: bad family {fam!r}")
            if fam == "contact":
                if e.get("sub") not in SUBS:
                    err(f"{f}: contact label needs valid sub, got {e.get('sub')!r}")
            elif "sub" in e:
                err(f"{f}: sub given on non-contact family {fam}")
            if "optional" in e and e["optional"] is not True:
                err(f"{f}: optional must be true when present")
            if not t or t not in text:
                err(f"{f}: expect text not found verbatim: {t!r}"); continue
            s = text.index(t); spans.append((s, s + len(t)))
            if e.get("optional"):
                fam_opt[fam] += 1
            else:
                fam_req[fam] += 1
                if fam == "contact":
                    sub_req[e["sub"]] += 1
        for a in av:
            if set(a) != {"text", "why"}:
                err(f"{f}: avoid needs exactly text and why: {a}")
            t = a.get("text"); w = a.get("why")
            if w not in WHYS:
                err(f"{f}: bad why {w!r}")
            why_c[w] += 1
            if not t or t not in text:
                err(f"{f}: avoid text not found verbatim: {t!r}"); continue
            s = text.index(t); e_ = s + len(t)
            for (a0, a1) in spans:
                if s < a1 and a0 < e_:
                    err(f"{f}: avoid {t!r} overlaps an expect span")
files = sorted(os.path.relpath(p, ROOT) for p in glob.glob(os.path.join(ROOT, "cases", "*.md")))
for fpath in files:
    if seen[fpath] != 1:
        err(f"{fpath}: has {seen[fpath]} label lines (need exactly 1)")
for fpath in seen:
    if fpath not in files:
        err(f"{fpath}: labeled but not in cases/")

print(f"files: {len(files)}  dirty: {dirty}  clean: {clean}  ({dirty / max(1, len(files)):.0%} dirty)")
print("required expects per family:", dict(sorted(fam_req.items())))
print("optional expects per family:", dict(sorted(fam_opt.items())))
print("required contact subs:", dict(sorted(sub_req.items())))
print("avoid spans by why:", dict(sorted(why_c.items())))
for fam in FAMILIES:
    if fam_req[fam] < 12:
        err(f"family {fam}: only {fam_req[fam]} required expects (need >= 12)")
for sub in SUBS:
    if sub_req[sub] < 4:
        err(f"contact sub {sub}: only {sub_req[sub]} required (need >= 4)")
if len(files) < 70:
    err(f"only {len(files)} case files (need >= 70)")
if errors:
    print("\nERRORS:"); [print(" -", e) for e in errors]
    sys.exit(1)
print("OK")
