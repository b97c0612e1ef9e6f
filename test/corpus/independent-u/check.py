#!/usr/bin/env python3
"""Validate labels.jsonl against cases/ (LABEL-FORMAT.md rules) and print counts."""
import json, os, sys, collections

ROOT = os.path.dirname(os.path.abspath(__file__))
FAMILIES = {"circumvention", "contact", "account", "spam", "conduct", "feedback"}
SUBS = {"email", "phone", "messaging", "social", "link", "address", "request"}
WHYS = {"price", "rate", "number", "date", "time", "years", "version", "percentage", "id", "standard",
        "skill", "on-platform", "portfolio", "job-post-link", "client-site", "placeholder", "code-example",
        "enterprise", "scoping-exception", "nda-exception", "feedback-allowed"}
errors = []
def err(m): errors.append(m)

case_files = {f"cases/{n}" for n in os.listdir(os.path.join(ROOT, "cases")) if n.endswith(".md")}
seen = collections.Counter()
fam = collections.Counter(); famopt = collections.Counter(); subs = collections.Counter(); whys = collections.Counter()
dirty = clean = 0
with open(os.path.join(ROOT, "labels.jsonl"), encoding="utf-8") as fh:
    for ln, line in enumerate(fh, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except Exception as e:
            err(f"line {ln}: bad JSON {e}"); continue
        extra = set(rec) - {"file", "expect", "avoid", "note"}
        if extra: err(f"line {ln}: unknown keys {extra}")
        f = rec.get("file")
        seen[f] += 1
        path = os.path.join(ROOT, f or "")
        if not f or not os.path.isfile(path):
            err(f"line {ln}: missing file {f}"); continue
        text = open(path, encoding="utf-8").read()
        exp = rec.get("expect"); av = rec.get("avoid", [])
        if not isinstance(exp, list): err(f"{f}: expect must be a list"); continue
        if any(not e.get("optional") for e in exp): dirty += 1
        elif not exp: clean += 1
        else: err(f"{f}: only optional expects (neither clean nor dirty)")
        spans = []
        for e in exp:
            if set(e) - {"family", "sub", "text", "optional"}: err(f"{f}: bad expect keys {e}")
            if e.get("family") not in FAMILIES: err(f"{f}: bad family {e.get('family')}")
            if e.get("family") == "contact":
                if e.get("sub") not in SUBS: err(f"{f}: bad/missing contact sub {e}")
            elif "sub" in e: err(f"{f}: sub on non-contact {e}")
            t = e.get("text", "")
            i = text.find(t)
            if not t or i < 0: err(f"{f}: expect text not verbatim: {t!r}"); continue
            spans.append((i, i + len(t)))
            (famopt if e.get("optional") else fam)[e["family"]] += 1
            if e["family"] == "contact" and not e.get("optional"): subs[e["sub"]] += 1
        for a in av:
            if set(a) - {"text", "why"}: err(f"{f}: bad avoid keys {a}")
            if a.get("why") not in WHYS: err(f"{f}: bad why {a.get('why')}")
            t = a.get("text", "")
            i = text.find(t)
            if not t or i < 0: err(f"{f}: avoid text not verbatim: {t!r}"); continue
            whys[a["why"]] += 1
            for s, e2 in spans:
                if i < e2 and s < i + len(t): err(f"{f}: avoid {t!r} overlaps an expect")
for f, n in seen.items():
    if n != 1: err(f"{f}: {n} label lines")
for f in case_files - set(seen): err(f"{f}: no label line")

print(f"files: {len(case_files)}  dirty: {dirty}  clean: {clean}  ({100*dirty/max(1,dirty+clean):.1f}% dirty)")
print("required expects by family:", dict(sorted(fam.items())))
print("optional expects by family:", dict(sorted(famopt.items())))
print("contact subs (required):", dict(sorted(subs.items())))
print("avoid spans by why:", dict(sorted(whys.items())))
if errors:
    print("\nERRORS:"); [print(" -", m) for m in errors]; sys.exit(1)
print("OK")
