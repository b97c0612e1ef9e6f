#!/usr/bin/env python3
"""Validate labels.jsonl against cases/ (run from any directory)."""
import json, os, sys
from collections import Counter

ROOT = os.path.dirname(os.path.abspath(__file__))
FAMILIES = {"circumvention", "contact", "account", "spam", "conduct", "feedback"}
SUBS = {"email", "phone", "messaging", "social", "link", "address", "request"}
WHYS = {"price", "rate", "number", "date", "time", "years", "version", "percentage", "id", "standard",
        "skill", "on-platform", "portfolio", "job-post-link", "client-site", "placeholder", "code-example",
        "enterprise", "scoping-exception", "nda-exception", "feedback-allowed"}

errors = []
seen = Counter()
stats = Counter()
fam = Counter(); req_fam = Counter(); subs = Counter(); whys = Counter()
with open(os.path.join(ROOT, "labels.jsonl"), encoding="utf-8") as fh:
    for ln, line in enumerate(fh, 1):
        if not line.strip():
            continue
        rec = json.loads(line)
        f = rec.get("file")
        seen[f] += 1
        path = os.path.join(ROOT, f)
        if not os.path.isfile(path):
            errors.append(f"line {ln}: missing file {f}"); continue
        text = open(path, encoding="utf-8").read()
        for k in rec:
            if k not in {"file", "expect", "avoid", "note"}:
                errors.append(f"{f}: unknown key {k}")
        spans = []
        for e in rec.get("expect", []):
            t = e.get("text", "")
            if e.get("family") not in FAMILIES:
                errors.append(f"{f}: bad family {e.get('family')}")
            if e.get("family") == "contact":
                if e.get("sub") not in SUBS:
                    errors.append(f"{f}: contact without valid sub: {t!r}")
                else:
                    subs[e["sub"]] += 1
            elif "sub" in e:
                errors.append(f"{f}: sub on non-contact label {t!r}")
            if set(e) - {"family", "sub", "text", "optional"}:
                errors.append(f"{f}: unknown expect keys {set(e)}")
            i = text.find(t) if t else -1
            if i < 0:
                errors.append(f"{f}: expect text not found: {t!r}")
            else:
                spans.append((i, i + len(t), t))
            fam[e.get("family")] += 1
            if not e.get("optional"):
                req_fam[e.get("family")] += 1
        for a in rec.get("avoid", []):
            t = a.get("text", "")
            if a.get("why") not in WHYS:
                errors.append(f"{f}: bad why {a.get('why')!r}")
            whys[a.get("why")] += 1
            i = text.find(t) if t else -1
            if i < 0:
                errors.append(f"{f}: avoid text not found: {t!r}"); continue
            for s, en, et in spans:
                if i < en and s < i + len(t):
                    errors.append(f"{f}: avoid {t!r} overlaps expect {et!r}")
        stats["dirty" if rec.get("expect") else "clean"] += 1

case_files = {"cases/" + n for n in os.listdir(os.path.join(ROOT, "cases")) if n.endswith(".md")}
for cf in sorted(case_files):
    if seen[cf] != 1:
        errors.append(f"{cf}: has {seen[cf]} label lines (need exactly 1)")
for f in seen:
    if f not in case_files:
        errors.append(f"label for unknown file {f}")

print(f"files: {len(case_files)}  dirty: {stats['dirty']}  clean: {stats['clean']}")
print("expect labels per family (required / all):",
      {k: f"{req_fam[k]}/{fam[k]}" for k in sorted(FAMILIES)})
print("contact subs:", dict(sorted(subs.items())))
print("avoid spans by why:", dict(sorted(whys.items())))
if errors:
    print("\n".join("ERROR: " + e for e in errors))
    sys.exit(1)
print("OK")
