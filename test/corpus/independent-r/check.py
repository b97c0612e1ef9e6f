#!/usr/bin/env python3
"""Validate labels.jsonl against cases/ (indep-R set)."""
import json, os, sys
ROOT = os.path.dirname(os.path.abspath(__file__))
FAMS = {"circumvention", "contact", "account", "spam", "conduct", "feedback"}
SUBS = {"email", "phone", "messaging", "social", "link", "address", "request"}
WHYS = {"price", "rate", "number", "date", "time", "years", "version", "percentage", "id", "standard",
        "skill", "on-platform", "portfolio", "job-post-link", "client-site", "placeholder", "code-example",
        "enterprise", "scoping-exception", "nda-exception", "feedback-allowed"}
errs = []
seen = {}
with open(os.path.join(ROOT, "labels.jsonl"), encoding="utf-8") as fh:
    for ln, line in enumerate(fh, 1):
        if not line.strip(): continue
        d = json.loads(line)
        f = d.get("file")
        if set(d) - {"file", "expect", "avoid", "note"}: errs.append(f"{ln}: unknown keys {set(d)}")
        if f in seen: errs.append(f"{ln}: duplicate label line for {f}")
        seen[f] = d
        p = os.path.join(ROOT, f)
        if not os.path.isfile(p): errs.append(f"{ln}: missing file {f}"); continue
        text = open(p, encoding="utf-8").read()
        exp_ranges = []
        for e in d.get("expect", []):
            if e.get("family") not in FAMS: errs.append(f"{f}: bad family {e}")
            if e.get("family") == "contact":
                if e.get("sub") not in SUBS: errs.append(f"{f}: bad/missing sub {e}")
            elif "sub" in e: errs.append(f"{f}: sub on non-contact {e}")
            if set(e) - {"family", "sub", "text", "optional"}: errs.append(f"{f}: bad keys {e}")
            i = text.find(e.get("text", "\0"))
            if not e.get("text") or i < 0: errs.append(f"{f}: expect not verbatim: {e.get('text')!r}")
            else: exp_ranges.append((i, i + len(e["text"])))
        for a in d.get("avoid", []):
            if a.get("why") not in WHYS: errs.append(f"{f}: bad why {a}")
            i = text.find(a.get("text", "\0"))
            if not a.get("text") or i < 0: errs.append(f"{f}: avoid not verbatim: {a.get('text')!r}"); continue
            j = i + len(a["text"])
            for s, t in exp_ranges:
                if i < t and s < j: errs.append(f"{f}: avoid {a['text']!r} overlaps an expect")
cases = {"cases/" + n for n in os.listdir(os.path.join(ROOT, "cases")) if n.endswith(".md")}
for c in sorted(cases - set(seen)): errs.append(f"no label line for {c}")
for c in sorted(set(seen) - cases): errs.append(f"label for non-existent case {c}")
if errs:
    print("\n".join(errs)); print(f"FAIL: {len(errs)} problem(s)"); sys.exit(1)
print(f"OK: {len(seen)} files, {len(cases)} cases")
