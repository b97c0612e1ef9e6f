#!/usr/bin/env python3
"""Validate the ah set: one label line per case file, spans verbatim, valid families/subs/whys."""
import json, os, re, sys
from collections import Counter

ROOT = os.path.dirname(os.path.abspath(__file__))
FAMILIES = {"circumvention", "contact", "account", "spam", "conduct", "feedback"}
SUBS = {"email", "phone", "messaging", "social", "link", "address", "request"}
WHYS = {"price", "rate", "number", "date", "time", "years", "version", "percentage", "id", "standard",
        "skill", "on-platform", "portfolio", "job-post-link", "client-site", "placeholder", "code-example",
        "enterprise", "scoping-exception", "nda-exception", "feedback-allowed"}
NAME = re.compile(r"^ah\d{3}-[a-z0-9-]+\.md$")

errors = []
def err(msg): errors.append(msg)

case_files = sorted(f for f in os.listdir(os.path.join(ROOT, "cases")) if f.endswith(".md"))
for f in case_files:
    if not NAME.match(f): err("bad file name: " + f)

seen = Counter()
fam = Counter(); sub = Counter(); why = Counter()
req = Counter(); opt = Counter()
clean = violating = 0
with open(os.path.join(ROOT, "labels.jsonl"), encoding="utf-8") as lf:
    for i, line in enumerate(lf, 1):
        if not line.strip():
            err("line %d: empty" % i); continue
        try:
            rec = json.loads(line)
        except Exception as e:
            err("line %d: bad json %s" % (i, e)); continue
        fn = rec.get("file", "")
        seen[fn] += 1
        path = os.path.join(ROOT, fn)
        if not os.path.isfile(path):
            err("line %d: missing file %s" % (i, fn)); continue
        text = open(path, encoding="utf-8").read()
        exp = rec.get("expect"); av = rec.get("avoid", [])
        if not isinstance(exp, list) or not isinstance(av, list):
            err(fn + ": expect/avoid must be lists"); continue
        if exp: violating += 1
        else: clean += 1
        for e in exp:
            f_ = e.get("family")
            if f_ not in FAMILIES: err("%s: bad family %r" % (fn, f_))
            if f_ == "contact":
                if e.get("sub") not in SUBS: err("%s: bad/missing contact sub %r" % (fn, e.get("sub")))
                else: sub[e["sub"]] += 1
            elif "sub" in e: err("%s: sub on non-contact label" % fn)
            if not e.get("text") or e["text"] not in text: err("%s: expect span not found: %r" % (fn, e.get("text")))
            fam[f_] += 1
            if e.get("optional"): opt[f_] += 1
            else: req[f_] += 1
        for a in av:
            if a.get("why") not in WHYS: err("%s: bad why %r" % (fn, a.get("why")))
            else: why[a["why"]] += 1
            if not a.get("text") or a["text"] not in text: err("%s: avoid span not found: %r" % (fn, a.get("text")))
            for e in exp:
                if a.get("text") and e.get("text") and (a["text"] in e["text"] or e["text"] in a["text"]):
                    err("%s: avoid span overlaps expect span %r" % (fn, a["text"]))

for f in case_files:
    if seen["cases/" + f] != 1: err("cases/%s: %d label lines (need 1)" % (f, seen["cases/" + f]))
for f in seen:
    if not os.path.isfile(os.path.join(ROOT, f)): err("label for missing file " + f)

total = len(case_files)
print("files: %d  violating: %d (%.1f%%)  clean: %d" % (total, violating, 100.0 * violating / max(total, 1), clean))
print("expect labels per family (required + optional):")
for f_ in sorted(FAMILIES):
    print("  %-14s %3d  (required %d, optional %d)" % (f_, fam[f_], req[f_], opt[f_]))
print("contact subs:")
for s in sorted(SUBS):
    print("  %-10s %3d" % (s, sub[s]))
print("avoid spans: %d  by why: %s" % (sum(why.values()), ", ".join("%s=%d" % kv for kv in sorted(why.items()))))
mins = {"circumvention": 13, "contact": 13, "spam": 13, "feedback": 13, "account": 16, "conduct": 16}
for f_, n in mins.items():
    if req[f_] < n: err("family %s has %d required labels, need %d" % (f_, req[f_], n))
for s in SUBS:
    if sub[s] == 0: err("contact sub %s unused" % s)
if errors:
    print("\nERRORS (%d):" % len(errors))
    for e in errors: print("  " + e)
    sys.exit(1)
print("OK")
