#!/usr/bin/env python3
"""Validator for set-ag: one label line per case file, spans verbatim, valid families/subs/whys."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = {"circumvention", "contact", "account", "spam", "conduct", "feedback"}
SUBS = {"email", "phone", "messaging", "social", "link", "address", "request"}
WHYS = {"price", "rate", "number", "date", "time", "years", "version", "percentage", "id", "standard", "skill",
        "on-platform", "portfolio", "job-post-link", "client-site", "placeholder", "code-example", "enterprise",
        "scoping-exception", "nda-exception", "feedback-allowed"}
NAME_RE = re.compile(r"^ag\d{3}-[a-z0-9-]+\.md$")

errors = []
def err(m): errors.append(m)

case_dir = os.path.join(HERE, "cases")
files = sorted(f for f in os.listdir(case_dir) if f.endswith(".md"))
for f in files:
    if not NAME_RE.match(f):
        err(f"bad file name: {f}")

labels = {}
with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except Exception as e:
            err(f"line {n}: bad JSON: {e}"); continue
        fn = rec.get("file")
        if fn in labels:
            err(f"line {n}: duplicate label line for {fn}")
        labels[fn] = rec

for f in files:
    if f"cases/{f}" not in labels:
        err(f"no label line for cases/{f}")
for fn in labels:
    if not os.path.exists(os.path.join(HERE, fn)):
        err(f"label for missing file {fn}")

fam = Counter(); fam_req = Counter(); subs = Counter(); whys = Counter()
dirty = 0
for fn, rec in sorted(labels.items()):
    path = os.path.join(HERE, fn)
    if not os.path.exists(path):
        continue
    text = open(path, encoding="utf-8").read()
    exp = rec.get("expect")
    if not isinstance(exp, list):
        err(f"{fn}: expect missing or not a list"); exp = []
    if any(not e.get("optional") for e in exp):
        dirty += 1
    for e in exp:
        f_ = e.get("family")
        if f_ not in FAMILIES:
            err(f"{fn}: bad family {f_!r}")
        if f_ == "contact":
            if e.get("sub") not in SUBS:
                err(f"{fn}: contact label needs valid sub, got {e.get('sub')!r}")
            else:
                subs[e["sub"]] += 1
        elif "sub" in e:
            err(f"{fn}: sub on non-contact label")
        t = e.get("text", "")
        if not t or t not in text:
            err(f"{fn}: expect span not found verbatim: {t!r}")
        fam[f_] += 1
        if not e.get("optional"):
            fam_req[f_] += 1
    for a in rec.get("avoid", []):
        if a.get("why") not in WHYS:
            err(f"{fn}: bad why {a.get('why')!r}")
        else:
            whys[a["why"]] += 1
        t = a.get("text", "")
        if not t or t not in text:
            err(f"{fn}: avoid span not found verbatim: {t!r}")
        for e in exp:
            if t and e.get("text") and (t in e["text"] or e["text"] in t):
                err(f"{fn}: avoid span overlaps expect span: {t!r}")

total = len(files)
print(f"files: {total}  with violations: {dirty} ({100*dirty/max(total,1):.1f}%)  clean: {total-dirty}")
print("expect labels per family (required / all):")
for f_ in sorted(FAMILIES):
    print(f"  {f_:14s} {fam_req[f_]:3d} / {fam[f_]:3d}")
print("contact subs:")
for s in sorted(SUBS):
    print(f"  {s:10s} {subs[s]:3d}")
print("avoid whys:", dict(sorted(whys.items())))
print(f"avoid spans: {sum(whys.values())}")

mins = {f_: 13 for f_ in FAMILIES}; mins["account"] = 16; mins["conduct"] = 16
for f_, m in mins.items():
    if fam_req[f_] < m:
        err(f"family {f_} has {fam_req[f_]} required labels, needs >= {m}")
for s in SUBS:
    if subs[s] == 0:
        err(f"contact sub {s} unused")

if errors:
    print(f"\n{len(errors)} ERROR(S):")
    for m in errors:
        print("  " + m)
    sys.exit(1)
print("OK")
