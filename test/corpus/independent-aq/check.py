#!/usr/bin/env python3
"""Validator for set aq. Prints counts; exits 1 on any error."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "aq"
FAMILIES = {"circumvention", "contact", "account", "spam", "conduct", "feedback"}
SUBS = {"email", "phone", "messaging", "social", "link", "address", "request"}
WHYS = {"price", "rate", "number", "date", "time", "years", "version", "percentage", "id", "standard", "skill",
        "on-platform", "portfolio", "job-post-link", "client-site", "placeholder", "code-example", "enterprise",
        "scoping-exception", "nda-exception", "feedback-allowed"}
NAME_RE = re.compile(r"^cases/%s\d{3}-[a-z0-9-]+\.md$" % PREFIX)
TELLTALE = {"clean", "violation", "violating", "violates", "benign", "innocent", "safe", "ok", "flag", "flagged",
            "positive", "negative", "compliant", "noncompliant", "bad", "good"}

errors = []


def err(msg):
    errors.append(msg)


case_dir = os.path.join(HERE, "cases")
case_files = sorted("cases/" + f for f in os.listdir(case_dir) if f.endswith(".md"))

labels = {}
with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
    for ln, raw in enumerate(fh, 1):
        if not raw.strip():
            continue
        try:
            rec = json.loads(raw)
        except json.JSONDecodeError as e:
            err(f"labels.jsonl:{ln}: bad JSON: {e}")
            continue
        f = rec.get("file")
        if f in labels:
            err(f"labels.jsonl:{ln}: duplicate line for {f}")
        labels[f] = rec
        extra = set(rec) - {"file", "expect", "avoid", "note"}
        if extra:
            err(f"{f}: unknown keys {sorted(extra)}")

for f in case_files:
    if f not in labels:
        err(f"{f}: no label line")
for f in labels:
    if f not in case_files:
        err(f"labels.jsonl: {f} has no case file")

fam_count = Counter()
fam_required = Counter()
sub_count = Counter()
why_count = Counter()
violating = 0
clean = 0

for f in case_files:
    if not NAME_RE.match(f):
        err(f"{f}: bad file name")
    slug = f.split("-", 1)[1] if "-" in f else ""
    if TELLTALE & set(slug[:-3].split("-")):
        err(f"{f}: slug may reveal the label")
    rec = labels.get(f)
    if rec is None:
        continue
    with open(os.path.join(HERE, f), encoding="utf-8") as fh:
        text = fh.read()
    exp = rec.get("expect")
    av = rec.get("avoid", [])
    if not isinstance(exp, list) or not isinstance(av, list):
        err(f"{f}: expect/avoid must be lists")
        continue
    required_here = 0
    for e in exp:
        fam = e.get("family")
        span = e.get("text", "")
        if fam not in FAMILIES:
            err(f"{f}: bad family {fam!r}")
        if fam == "contact":
            if e.get("sub") not in SUBS:
                err(f"{f}: contact label without valid sub: {e.get('sub')!r}")
            else:
                sub_count[e["sub"]] += 1
        elif "sub" in e:
            err(f"{f}: sub on non-contact family {fam}")
        if not span or span not in text:
            err(f"{f}: expect span not found verbatim: {span!r}")
        if set(e) - {"family", "sub", "text", "optional"}:
            err(f"{f}: unknown keys in expect {sorted(set(e))}")
        fam_count[fam] += 1
        if not e.get("optional"):
            fam_required[fam] += 1
            required_here += 1
    for a in av:
        span = a.get("text", "")
        why = a.get("why")
        if why not in WHYS:
            err(f"{f}: bad why {why!r}")
        else:
            why_count[why] += 1
        if not span or span not in text:
            err(f"{f}: avoid span not found verbatim: {span!r}")
        for e in exp:
            es = e.get("text", "")
            if es and span and (span in es or es in span):
                err(f"{f}: avoid span overlaps expect span: {span!r}")
    if exp and required_here == 0:
        err(f"{f}: only optional labels; make one required or make the file clean")
    if exp:
        violating += 1
    else:
        clean += 1

total = len(case_files)
print(f"files: {total}  violating: {violating} ({100 * violating / max(total, 1):.1f}%)  clean: {clean}")
print("expect labels per family (required / all):")
for fam in sorted(FAMILIES):
    print(f"  {fam:14s} {fam_required[fam]:3d} / {fam_count[fam]:3d}")
print("contact subs:")
for s in sorted(SUBS):
    print(f"  {s:10s} {sub_count[s]:3d}")
print("avoid whys:", ", ".join(f"{k}={v}" for k, v in sorted(why_count.items())))
print(f"expect labels total: {sum(fam_count.values())}  avoid labels total: {sum(why_count.values())}")

# set-level targets from the brief
if not 80 <= total <= 95:
    err(f"file count {total} outside 80-95")
for fam in FAMILIES:
    need = 16 if fam in ("account", "conduct") else 13
    if fam_required[fam] < need:
        err(f"family {fam}: {fam_required[fam]} required labels, need >= {need}")
for s in SUBS:
    if sub_count[s] == 0:
        err(f"contact sub {s} unused")

if errors:
    print(f"\n{len(errors)} ERROR(S):")
    for m in errors:
        print("  " + m)
    sys.exit(1)
print("OK")
