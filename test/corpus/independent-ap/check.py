#!/usr/bin/env python3
"""Validator for set ap: one label line per case file, spans verbatim, valid families/subs/whys.
Prints counts per family and contact sub; exits 1 on any error."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = {"circumvention", "contact", "account", "spam", "conduct", "feedback"}
SUBS = {"email", "phone", "messaging", "social", "link", "address", "request"}
WHYS = {"price", "rate", "number", "date", "time", "years", "version", "percentage", "id", "standard",
        "skill", "on-platform", "portfolio", "job-post-link", "client-site", "placeholder", "code-example",
        "enterprise", "scoping-exception", "nda-exception", "feedback-allowed"}
NAME_RE = re.compile(r"^cases/ap\d{3}-[a-z0-9-]+\.md$")
ENTERPRISE_RE = re.compile(r"^clientType:\s*[\"']?enterprise[\"']?\s*$", re.M)

errors = []
def err(msg):
    errors.append(msg)

case_files = sorted("cases/" + f for f in os.listdir(os.path.join(HERE, "cases")) if f.endswith(".md"))
seen = Counter()
req, opt, subs, avoid_why = Counter(), Counter(), Counter(), Counter()
clean = violating = 0
voices = Counter()
with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
    for ln, line in enumerate(fh, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"line {ln}: bad JSON: {e}")
            continue
        fn = rec.get("file")
        seen[fn] += 1
        if not fn or not NAME_RE.match(fn):
            err(f"line {ln}: bad file name {fn!r}")
            continue
        path = os.path.join(HERE, fn)
        if not os.path.exists(path):
            err(f"{fn}: file missing")
            continue
        text = open(path, encoding="utf-8").read()
        fm = text.split("---", 2)[1] if text.startswith("---\n") else ""
        enterprise = bool(ENTERPRISE_RE.search(fm))
        voices[fn.split("-")[1]] += 1
        exp = rec.get("expect")
        av = rec.get("avoid", [])
        if not isinstance(exp, list) or not isinstance(av, list):
            err(f"{fn}: expect/avoid must be lists")
            continue
        extra = set(rec) - {"file", "expect", "avoid", "note"}
        if extra:
            err(f"{fn}: unknown keys {extra}")
        spans = []
        has_required = False
        for e in exp:
            fam, t = e.get("family"), e.get("text")
            if fam not in FAMILIES:
                err(f"{fn}: bad family {fam!r}")
                continue
            if not t or t not in text:
                err(f"{fn}: expect span not found verbatim: {t!r}")
                continue
            if fam == "contact":
                if e.get("sub") not in SUBS:
                    err(f"{fn}: contact label without valid sub: {e.get('sub')!r}")
                if enterprise:
                    err(f"{fn}: contact label in a clientType: enterprise file")
            elif "sub" in e:
                err(f"{fn}: sub given for non-contact family {fam}")
            extra = set(e) - {"family", "sub", "text", "optional"}
            if extra:
                err(f"{fn}: unknown expect keys {extra}")
            i = text.index(t)
            spans.append((i, i + len(t)))
            if e.get("optional"):
                opt[fam] += 1
            else:
                has_required = True
                req[fam] += 1
                if fam == "contact":
                    subs[e["sub"]] += 1
        for a in av:
            t, why = a.get("text"), a.get("why")
            if why not in WHYS:
                err(f"{fn}: bad why {why!r}")
            if not t or t not in text:
                err(f"{fn}: avoid span not found verbatim: {t!r}")
                continue
            i = text.index(t)
            for s, e_ in spans:
                if i < e_ and s < i + len(t):
                    err(f"{fn}: avoid span overlaps an expect span: {t!r}")
            avoid_why[why] += 1
        if has_required:
            violating += 1
        elif not exp:
            clean += 1
        else:
            err(f"{fn}: only optional expect labels; make one required or drop them")

for f in case_files:
    if seen[f] != 1:
        err(f"{f}: has {seen[f]} label lines (need exactly 1)")
for f in seen:
    if f not in case_files:
        err(f"{f}: labelled but no such case file")

total = len(case_files)
print(f"files: {total}  violating: {violating} ({100*violating/max(total,1):.1f}%)  clean: {clean}")
print("voices:", dict(voices))
print("required expect labels per family:")
for f in sorted(FAMILIES):
    print(f"  {f:14s} {req[f]:3d}   (+{opt[f]} optional)")
print("contact subs (required):", {s: subs[s] for s in sorted(SUBS)})
print("avoid spans per why:", dict(sorted(avoid_why.items())))
print("total required:", sum(req.values()), " optional:", sum(opt.values()), " avoid:", sum(avoid_why.values()))
if errors:
    print(f"\n{len(errors)} ERROR(S):")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("OK")
