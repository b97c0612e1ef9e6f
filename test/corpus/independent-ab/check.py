#!/usr/bin/env python3
"""Validate labels.jsonl against cases/ and print statistics. Exit 1 on any error."""
import json, os, sys, collections
ROOT = os.path.dirname(os.path.abspath(__file__))
FAMILIES = {"circumvention", "contact", "account", "spam", "conduct", "feedback"}
SUBS = {"email", "phone", "messaging", "social", "link", "address", "request"}
WHYS = {"price", "rate", "number", "date", "time", "years", "version", "percentage", "id", "standard",
        "skill", "on-platform", "portfolio", "job-post-link", "client-site", "placeholder", "code-example",
        "enterprise", "scoping-exception", "nda-exception", "feedback-allowed"}
errors = []
seen = collections.Counter()
stats = dict(fam=collections.Counter(), famreq=collections.Counter(), sub=collections.Counter(),
             why=collections.Counter(), persona=collections.Counter(), dirty=0, clean=0, optional=0)
with open(os.path.join(ROOT, "labels.jsonl"), encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        if not line.strip():
            continue
        try:
            lab = json.loads(line)
        except Exception as e:
            errors.append(f"line {n}: bad json {e}"); continue
        extra = set(lab) - {"file", "expect", "avoid", "note"}
        if extra: errors.append(f"line {n}: unknown keys {extra}")
        f = lab.get("file")
        seen[f] += 1
        path = os.path.join(ROOT, f or "")
        if not f or not os.path.isfile(path):
            errors.append(f"line {n}: missing file {f}"); continue
        text = open(path, encoding="utf-8").read()
        exp_ranges = []
        for e in lab.get("expect", []):
            fam = e.get("family")
            if fam not in FAMILIES: errors.append(f"{f}: bad family {fam}")
            if fam == "contact":
                if e.get("sub") not in SUBS: errors.append(f"{f}: bad/missing sub {e.get('sub')}")
            elif "sub" in e: errors.append(f"{f}: sub on non-contact label")
            if set(e) - {"family", "sub", "text", "optional"}: errors.append(f"{f}: unknown expect keys")
            t = e.get("text", "")
            i = text.find(t)
            if not t or i < 0: errors.append(f"{f}: expect text not found: {t!r}"); continue
            exp_ranges.append((i, i + len(t)))
            stats["fam"][fam] += 1
            if e.get("optional"): stats["optional"] += 1
            else: stats["famreq"][fam] += 1
            if fam == "contact": stats["sub"][e.get("sub")] += 1
        for a in lab.get("avoid", []):
            if a.get("why") not in WHYS: errors.append(f"{f}: bad why {a.get('why')}")
            t = a.get("text", "")
            i = text.find(t)
            if not t or i < 0: errors.append(f"{f}: avoid text not found: {t!r}"); continue
            for s, e2 in exp_ranges:
                if i < e2 and s < i + len(t): errors.append(f"{f}: avoid {t!r} overlaps an expect")
            stats["why"][a["why"]] += 1
        if lab.get("expect"): stats["dirty"] += 1
        else: stats["clean"] += 1
        note = lab.get("note", "")
        if note.startswith("persona "): stats["persona"][note[8]] += 1
case_files = {"cases/" + x for x in os.listdir(os.path.join(ROOT, "cases")) if x.endswith(".md")}
for cf in case_files:
    if seen[cf] != 1: errors.append(f"{cf}: has {seen[cf]} label lines")
for f in seen:
    if f not in case_files: errors.append(f"label for non-case file {f}")
total = stats["dirty"] + stats["clean"]
print(f"files {total}  dirty {stats['dirty']} ({100*stats['dirty']/max(total,1):.0f}%)  clean {stats['clean']}")
print("personas", dict(sorted(stats["persona"].items())))
print("expect labels by family (all):", dict(stats["fam"]))
print("required expect labels by family:", dict(stats["famreq"]), " optional:", stats["optional"])
print("contact subs:", dict(stats["sub"]))
print("avoid spans by why:", dict(stats["why"]))
if errors:
    print("\n".join("ERROR " + e for e in errors)); sys.exit(1)
print("OK")
