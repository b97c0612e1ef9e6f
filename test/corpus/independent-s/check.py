#!/usr/bin/env python3
"""Validate labels.jsonl against cases/ (run from anywhere)."""
import json, os, sys, collections
ROOT = os.path.dirname(os.path.abspath(__file__))
FAMILIES = {"circumvention", "contact", "account", "spam", "conduct", "feedback"}
SUBS = {"email", "phone", "messaging", "social", "link", "address", "request"}
WHYS = {"price", "rate", "number", "date", "time", "years", "version", "percentage", "id", "standard",
        "skill", "on-platform", "portfolio", "job-post-link", "client-site", "placeholder", "code-example",
        "enterprise", "scoping-exception", "nda-exception", "feedback-allowed"}
errors = []
seen = collections.Counter()
with open(os.path.join(ROOT, "labels.jsonl"), encoding="utf-8") as fh:
    for ln, line in enumerate(fh, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except Exception as ex:
            errors.append(f"line {ln}: bad JSON: {ex}"); continue
        extra = set(rec) - {"file", "expect", "avoid", "note"}
        if extra: errors.append(f"line {ln}: unknown keys {extra}")
        f = rec.get("file"); seen[f] += 1
        path = os.path.join(ROOT, f or "")
        if not f or not os.path.isfile(path):
            errors.append(f"line {ln}: missing file {f}"); continue
        text = open(path, encoding="utf-8").read()
        spans = []
        for e in rec.get("expect", []):
            if set(e) - {"family", "sub", "text", "optional"}: errors.append(f"{f}: expect keys {set(e)}")
            if e.get("family") not in FAMILIES: errors.append(f"{f}: bad family {e.get('family')}")
            if e.get("family") == "contact":
                if e.get("sub") not in SUBS: errors.append(f"{f}: bad/missing sub {e.get('sub')}")
            elif "sub" in e: errors.append(f"{f}: sub on non-contact expect")
            if "optional" in e and e["optional"] is not True: errors.append(f"{f}: optional must be true")
            i = text.find(e.get("text", "\0"))
            if not e.get("text") or i < 0: errors.append(f"{f}: expect text not found: {e.get('text')!r}")
            else: spans.append((i, i + len(e["text"])))
        for a in rec.get("avoid", []):
            if set(a) != {"text", "why"}: errors.append(f"{f}: avoid keys {set(a)}")
            if a.get("why") not in WHYS: errors.append(f"{f}: bad why {a.get('why')}")
            i = text.find(a.get("text", "\0"))
            if not a.get("text") or i < 0: errors.append(f"{f}: avoid text not found: {a.get('text')!r}"); continue
            for s, t in spans:
                if i < t and s < i + len(a["text"]):
                    errors.append(f"{f}: avoid {a['text']!r} overlaps an expect")
case_files = {"cases/" + n for n in os.listdir(os.path.join(ROOT, "cases")) if n.endswith(".md")}
for f in case_files:
    if seen[f] != 1: errors.append(f"{f}: {seen[f]} label lines")
for f in seen:
    if f not in case_files: errors.append(f"label for non-case file {f}")
if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
print(f"OK: {len(case_files)} case files, {sum(seen.values())} label lines")
