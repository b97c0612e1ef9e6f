#!/usr/bin/env python3
"""Validate labels.jsonl against cases/ (run from any directory)."""
import json, os, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = {"circumvention", "contact", "account", "spam", "conduct", "feedback"}
SUBS = {"email", "phone", "messaging", "social", "link", "address", "request"}
WHYS = {"price", "rate", "number", "date", "time", "years", "version", "percentage", "id", "standard",
        "skill", "on-platform", "portfolio", "job-post-link", "client-site", "placeholder", "code-example",
        "enterprise", "scoping-exception", "nda-exception", "feedback-allowed"}
errors = []
seen = collections.Counter()
fam = collections.Counter(); subs = collections.Counter(); whys = collections.Counter()
clean = dirty = 0
with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
    for ln, line in enumerate(fh, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except Exception as e:
            errors.append(f"line {ln}: bad json {e}"); continue
        f = rec.get("file")
        seen[f] += 1
        p = os.path.join(HERE, f or "")
        if not f or not os.path.isfile(p):
            errors.append(f"line {ln}: missing file {f}"); continue
        text = open(p, encoding="utf-8").read()
        extra_keys = set(rec) - {"file", "expect", "avoid", "note"}
        if extra_keys: errors.append(f"{f}: unknown keys {extra_keys}")
        exp = rec.get("expect"); av = rec.get("avoid", [])
        if not isinstance(exp, list): errors.append(f"{f}: expect not a list"); continue
        if any(not e.get("optional") for e in exp): dirty += 1
        elif not exp: clean += 1
        else: dirty += 1
        ranges = []
        for e in exp:
            if e.get("family") not in FAMILIES: errors.append(f"{f}: bad family {e.get('family')}")
            if e.get("family") == "contact":
                if e.get("sub") not in SUBS: errors.append(f"{f}: bad/missing sub {e.get('sub')}")
            elif "sub" in e: errors.append(f"{f}: sub on non-contact label")
            if set(e) - {"family", "sub", "text", "optional"}: errors.append(f"{f}: unknown expect keys {set(e)}")
            t = e.get("text", "")
            k = text.find(t) if t else -1
            if k < 0: errors.append(f"{f}: expect text not found: {t!r}"); continue
            ranges.append((k, k + len(t)))
            if not e.get("optional"):
                fam[e["family"]] += 1
                if e["family"] == "contact": subs[e["sub"]] += 1
        for a in av:
            if a.get("why") not in WHYS: errors.append(f"{f}: bad why {a.get('why')}")
            t = a.get("text", "")
            k = text.find(t) if t else -1
            if k < 0: errors.append(f"{f}: avoid text not found: {t!r}"); continue
            # check every occurrence of the avoid text against expect ranges
            s = 0
            while True:
                k = text.find(t, s)
                if k < 0: break
                for (x, y) in ranges:
                    if k < y and x < k + len(t):
                        errors.append(f"{f}: avoid {t!r} overlaps an expect span")
                s = k + 1
            whys[a["why"]] += 1
case_files = {"cases/" + n for n in os.listdir(os.path.join(HERE, "cases")) if n.endswith(".md")}
for cf in sorted(case_files):
    if seen[cf] != 1: errors.append(f"{cf}: has {seen[cf]} label lines (need exactly 1)")
for f in seen:
    if f not in case_files: errors.append(f"{f}: labeled but not in cases/")
print(f"files {len(case_files)}  clean {clean}  dirty {dirty}")
print("required expect labels by family:", dict(fam))
print("contact subs:", dict(subs))
print("avoid by why:", dict(whys))
if errors:
    print("\n".join("ERROR " + e for e in errors)); sys.exit(1)
print("OK")
