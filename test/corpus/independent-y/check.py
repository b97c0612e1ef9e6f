#!/usr/bin/env python3
"""Validate labels.jsonl against cases/ (indep-Y set). Prints stats; exit 1 on any error."""
import json, os, sys, collections
ROOT = os.path.dirname(os.path.abspath(__file__))
FAMILIES = {"circumvention", "contact", "account", "spam", "conduct", "feedback"}
SUBS = {"email", "phone", "messaging", "social", "link", "address", "request"}
WHY = {"price", "rate", "number", "date", "time", "years", "version", "percentage", "id", "standard",
       "skill", "on-platform", "portfolio", "job-post-link", "client-site", "placeholder", "code-example",
       "enterprise", "scoping-exception", "nda-exception", "feedback-allowed"}
errors = []
seen = collections.Counter()
fam_req = collections.Counter(); fam_opt = collections.Counter(); subs = collections.Counter()
why = collections.Counter(); clean = dirty = 0
with open(os.path.join(ROOT, "labels.jsonl"), encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except Exception as ex:
            errors.append(f"line {n}: bad json {ex}"); continue
        extra = set(rec) - {"file", "expect", "avoid", "note"}
        if extra: errors.append(f"line {n}: unknown keys {extra}")
        fn = rec.get("file"); seen[fn] += 1
        path = os.path.join(ROOT, fn or "")
        if not fn or not os.path.isfile(path):
            errors.append(f"line {n}: missing file {fn}"); continue
        text = open(path, encoding="utf-8").read()
        exp = rec.get("expect"); av = rec.get("avoid", [])
        if not isinstance(exp, list) or not isinstance(av, list):
            errors.append(f"{fn}: expect/avoid must be lists"); continue
        if any(not e.get("optional") for e in exp): dirty += 1
        else: clean += 1
        espans = []
        for e in exp:
            extra = set(e) - {"family", "sub", "text", "optional"}
            if extra: errors.append(f"{fn}: expect unknown keys {extra}")
            f = e.get("family"); t = e.get("text", "")
            if f not in FAMILIES: errors.append(f"{fn}: bad family {f}")
            if f == "contact":
                if e.get("sub") not in SUBS: errors.append(f"{fn}: bad/missing contact sub {e.get('sub')}")
            elif "sub" in e: errors.append(f"{fn}: sub on non-contact label")
            i = text.find(t) if t else -1
            if i < 0: errors.append(f"{fn}: expect text not found: {t!r}"); continue
            espans.append((i, i + len(t)))
            if e.get("optional"): fam_opt[f] += 1
            else:
                fam_req[f] += 1
                if f == "contact": subs[e["sub"]] += 1
        for a in av:
            t = a.get("text", ""); w = a.get("why")
            if w not in WHY: errors.append(f"{fn}: bad why {w}")
            if not w: errors.append(f"{fn}: avoid without why")
            i = text.find(t) if t else -1
            if i < 0: errors.append(f"{fn}: avoid text not found: {t!r}"); continue
            why[w] += 1
            for s, en in espans:
                if i < en and s < i + len(t):
                    errors.append(f"{fn}: avoid {t!r} overlaps an expect span")
for fn, c in seen.items():
    if c != 1: errors.append(f"{fn}: {c} label lines")
files = {"cases/" + f for f in os.listdir(os.path.join(ROOT, "cases")) if f.endswith(".md")}
for f in sorted(files - set(seen)): errors.append(f"{f}: no label line")
print(f"files={len(files)} dirty={dirty} clean={clean}")
print("required per family:", dict(fam_req)); print("optional per family:", dict(fam_opt))
print("contact subs (required):", dict(subs)); print("avoid by why:", dict(why))
if errors:
    print("ERRORS:"); [print(" ", e) for e in errors]; sys.exit(1)
print("OK")
