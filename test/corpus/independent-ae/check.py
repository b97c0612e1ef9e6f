#!/usr/bin/env python3
"""Validate labels.jsonl against cases/*.md (format per LABEL-FORMAT.md). Exit 1 on any error.
Also prints summary counts."""
import json, os, sys
from collections import Counter

ROOT = os.path.dirname(os.path.abspath(__file__))
FAMILIES = {"circumvention", "contact", "account", "spam", "conduct", "feedback"}
SUBS = {"email", "phone", "messaging", "social", "link", "address", "request"}
WHYS = {"price", "rate", "number", "date", "time", "years", "version", "percentage", "id", "standard",
        "skill", "on-platform", "portfolio", "job-post-link", "client-site", "placeholder", "code-example",
        "enterprise", "scoping-exception", "nda-exception", "feedback-allowed"}
errors = []
def err(m): errors.append(m)

case_files = sorted("cases/" + f for f in os.listdir(os.path.join(ROOT, "cases")) if f.endswith(".md"))
seen = Counter()
fam = Counter(); fam_opt = Counter(); subs = Counter(); whys = Counter()
clean = dirty = 0
with open(os.path.join(ROOT, "labels.jsonl"), encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except Exception as e:
            err("line %d: bad json: %s" % (n, e)); continue
        extra = set(rec) - {"file", "expect", "avoid", "note"}
        if extra: err("line %d: unknown keys %s" % (n, extra))
        f = rec.get("file"); seen[f] += 1
        p = os.path.join(ROOT, f or "")
        if not f or not os.path.isfile(p):
            err("line %d: missing file %r" % (n, f)); continue
        text = open(p, encoding="utf-8").read()
        exp = rec.get("expect"); av = rec.get("avoid", [])
        if not isinstance(exp, list): err("%s: expect not a list" % f); continue
        if not isinstance(av, list): err("%s: avoid not a list" % f); continue
        required = [e for e in exp if not e.get("optional")]
        if required: dirty += 1
        elif not exp: clean += 1
        else: err("%s: only optional expects (ambiguous clean/dirty)" % f)
        exp_ranges = []
        for e in exp:
            ek = set(e) - {"family", "sub", "text", "optional"}
            if ek: err("%s: unknown expect keys %s" % (f, ek))
            fm = e.get("family"); t = e.get("text", "")
            if fm not in FAMILIES: err("%s: bad family %r" % (f, fm))
            if fm == "contact":
                if e.get("sub") not in SUBS: err("%s: bad/missing contact sub %r" % (f, e.get("sub")))
            elif "sub" in e: err("%s: sub on non-contact family" % f)
            if "optional" in e and e["optional"] is not True: err("%s: optional must be true" % f)
            i = text.find(t) if t else -1
            if i < 0: err("%s: expect text not found verbatim: %r" % (f, t)); continue
            exp_ranges.append((i, i + len(t)))
            if e.get("optional"): fam_opt[fm] += 1
            else:
                fam[fm] += 1
                if fm == "contact": subs[e["sub"]] += 1
        for a in av:
            ak = set(a) - {"text", "why"}
            if ak: err("%s: unknown avoid keys %s" % (f, ak))
            t = a.get("text", ""); w = a.get("why")
            if w not in WHYS: err("%s: bad why %r" % (f, w))
            i = text.find(t) if t else -1
            if i < 0: err("%s: avoid text not found verbatim: %r" % (f, t)); continue
            whys[w] += 1
            for s, e2 in exp_ranges:
                if i < e2 and s < i + len(t):
                    err("%s: avoid %r overlaps an expect span" % (f, t))
for cf in case_files:
    if seen[cf] != 1: err("%s: has %d label lines (need exactly 1)" % (cf, seen[cf]))
for f in seen:
    if f not in case_files: err("label for non-case file %r" % f)

print("files: %d  dirty: %d  clean: %d  (dirty share %.1f%%)" % (len(case_files), dirty, clean, 100.0 * dirty / max(1, len(case_files))))
print("required expects per family:", dict(sorted(fam.items())))
print("optional expects per family:", dict(sorted(fam_opt.items())))
print("required contact subs:", dict(sorted(subs.items())))
print("avoid spans by why:", dict(sorted(whys.items())))
mins = {f: 12 for f in FAMILIES}
for f, m in mins.items():
    if fam[f] < m: err("family %s has only %d required expects (< %d)" % (f, fam[f], m))
for s in SUBS:
    if subs[s] < 4: err("contact sub %s has only %d required expects (< 4)" % (s, subs[s]))
if errors:
    print("\nFAIL (%d errors)" % len(errors))
    for e in errors: print("  -", e)
    sys.exit(1)
print("\nOK")
