#!/usr/bin/env python3
"""Validate labels.jsonl against cases/ (see LABEL-FORMAT.md)."""
import json, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = {"circumvention", "contact", "account", "spam", "conduct", "feedback"}
SUBS = {"email", "phone", "messaging", "social", "link", "address", "request"}
WHYS = {"price", "rate", "number", "date", "time", "years", "version", "percentage", "id", "standard",
        "skill", "on-platform", "portfolio", "job-post-link", "client-site", "placeholder", "code-example",
        "enterprise", "scoping-exception", "nda-exception", "feedback-allowed"}
errors = []
def err(m): errors.append(m)

seen = Counter()
stats = {"files": 0, "dirty": 0, "clean": 0, "fam": Counter(), "fam_req": Counter(), "sub_req": Counter(),
         "why": Counter(), "optional": 0}
with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except Exception as e:
            err(f"line {n}: bad json {e}"); continue
        extra = set(rec) - {"file", "expect", "avoid", "note"}
        if extra: err(f"line {n}: unknown keys {extra}")
        f = rec.get("file"); seen[f] += 1
        path = os.path.join(HERE, f or "")
        if not f or not os.path.isfile(path):
            err(f"line {n}: missing file {f}"); continue
        text = open(path, encoding="utf-8").read()
        stats["files"] += 1
        exp = rec.get("expect"); av = rec.get("avoid", [])
        if not isinstance(exp, list) or not isinstance(av, list):
            err(f"{f}: expect/avoid must be lists"); continue
        if any(not e.get("optional") for e in exp): stats["dirty"] += 1
        else: stats["clean"] += 1
        espans = []
        for e in exp:
            if set(e) - {"family", "sub", "text", "optional"}: err(f"{f}: bad expect keys {set(e)}")
            fam = e.get("family")
            if fam not in FAMILIES: err(f"{f}: bad family {fam}")
            if fam == "contact":
                if e.get("sub") not in SUBS: err(f"{f}: contact without valid sub: {e}")
            elif "sub" in e: err(f"{f}: sub on non-contact label {e}")
            if "why" in e: err(f"{f}: expect has why")
            t = e.get("text", "")
            i = text.find(t)
            if not t or i < 0: err(f"{f}: expect text not found: {t!r}"); continue
            espans.append((i, i + len(t), t))
            stats["fam"][fam] += 1
            if not e.get("optional"):
                stats["fam_req"][fam] += 1
                if fam == "contact": stats["sub_req"][e["sub"]] += 1
            else:
                stats["optional"] += 1
        for a in av:
            if set(a) - {"text", "why"}: err(f"{f}: bad avoid keys {set(a)}")
            if a.get("why") not in WHYS: err(f"{f}: bad why {a.get('why')}")
            t = a.get("text", "")
            i = text.find(t)
            if not t or i < 0: err(f"{f}: avoid text not found: {t!r}"); continue
            stats["why"][a["why"]] += 1
            for s, e_, et in espans:
                if i < e_ and s < i + len(t):
                    err(f"{f}: avoid {t!r} overlaps expect {et!r}")
case_files = {"cases/" + x for x in os.listdir(os.path.join(HERE, "cases")) if x.endswith(".md")}
for cf in case_files:
    if seen[cf] != 1: err(f"{cf}: has {seen[cf]} label lines")
for f in seen:
    if f not in case_files: err(f"label for unknown file {f}")

if "--stats" in sys.argv:
    print(json.dumps({k: (dict(v) if isinstance(v, Counter) else v) for k, v in stats.items()}, indent=1))
if errors:
    print("\n".join(errors)); print(f"FAILED: {len(errors)} problem(s)"); sys.exit(1)
print(f"OK: {stats['files']} files, {stats['dirty']} dirty, {stats['clean']} clean")
