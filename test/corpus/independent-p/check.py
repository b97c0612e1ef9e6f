#!/usr/bin/env python3
"""Validate labels.jsonl against cases/ (indep-P set)."""
import json, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = {"circumvention", "contact", "account", "spam", "conduct", "feedback"}
SUBS = {"email", "phone", "messaging", "social", "link", "address", "request"}
WHYS = {"price", "rate", "number", "date", "time", "years", "version", "percentage", "id",
        "standard", "skill", "on-platform", "portfolio", "job-post-link", "client-site",
        "placeholder", "code-example", "enterprise", "scoping-exception", "nda-exception",
        "feedback-allowed"}

def main():
    errors = []
    seen = Counter()
    fam = Counter(); subs = Counter(); whys = Counter(); opt = 0
    clean = dirty = 0
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except Exception as e:
                errors.append(f"line {n}: bad JSON: {e}"); continue
            extra = set(rec) - {"file", "expect", "avoid", "note"}
            if extra: errors.append(f"line {n}: unknown keys {extra}")
            f = rec.get("file"); seen[f] += 1
            path = os.path.join(HERE, f or "")
            if not f or not os.path.isfile(path):
                errors.append(f"line {n}: missing file {f}"); continue
            text = open(path, encoding="utf-8").read()
            exp = rec.get("expect"); av = rec.get("avoid", [])
            if not isinstance(exp, list) or not isinstance(av, list):
                errors.append(f"{f}: expect/avoid must be lists"); continue
            req = [e for e in exp if not e.get("optional")]
            if exp: dirty += 1
            else: clean += 1
            exp_ranges = []
            for e in exp:
                ek = set(e) - {"family", "sub", "text", "optional"}
                if ek: errors.append(f"{f}: expect has unknown keys {ek}")
                if e.get("family") not in FAMILIES:
                    errors.append(f"{f}: bad family {e.get('family')}")
                if e.get("family") == "contact":
                    if e.get("sub") not in SUBS: errors.append(f"{f}: bad/missing sub {e.get('sub')}")
                elif "sub" in e:
                    errors.append(f"{f}: sub on non-contact label")
                if "why" in e: errors.append(f"{f}: expect has why")
                t = e.get("text", "")
                i = text.find(t) if t else -1
                if i < 0: errors.append(f"{f}: expect text not found: {t!r}")
                else: exp_ranges.append((i, i + len(t)))
                if e.get("optional"): opt += 1
                else:
                    fam[e.get("family")] += 1
                    if e.get("family") == "contact": subs[e.get("sub")] += 1
            for a in av:
                if set(a) != {"text", "why"}: errors.append(f"{f}: avoid keys {set(a)}")
                if a.get("why") not in WHYS: errors.append(f"{f}: bad why {a.get('why')}")
                whys[a.get("why")] += 1
                t = a.get("text", "")
                i = text.find(t) if t else -1
                if i < 0: errors.append(f"{f}: avoid text not found: {t!r}"); continue
                for s, e_ in exp_ranges:
                    if i < e_ and s < i + len(t):
                        errors.append(f"{f}: avoid {t!r} overlaps an expect span")
    files = sorted("cases/" + x for x in os.listdir(os.path.join(HERE, "cases")) if x.endswith(".md"))
    for f in files:
        if seen[f] != 1: errors.append(f"{f}: {seen[f]} label lines (need exactly 1)")
    for f in seen:
        if f not in files: errors.append(f"label for unknown file {f}")
    print(f"files={len(files)} dirty={dirty} clean={clean} ({dirty/len(files):.0%} dirty)")
    print("required expect labels by family:", dict(fam))
    print("contact subs (required):", dict(subs))
    print("optional expect labels:", opt)
    print("avoid by why:", dict(sorted(whys.items(), key=lambda x: -x[1])))
    for f_ in FAMILIES:
        if fam[f_] < 12: errors.append(f"family {f_} has only {fam[f_]} required labels")
    for s in SUBS:
        if subs[s] < 4: errors.append(f"contact sub {s} has only {subs[s]} required labels")
    if errors:
        print("\nERRORS:"); [print(" -", e) for e in errors]; sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
