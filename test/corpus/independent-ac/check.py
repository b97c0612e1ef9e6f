#!/usr/bin/env python3
"""Validate labels.jsonl against case files (see LABEL-FORMAT.md). Prints counts; exits 1 on error."""
import json, os, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
FAM = {"circumvention", "contact", "account", "spam", "conduct", "feedback"}
SUBS = {"email", "phone", "messaging", "social", "link", "address", "request"}
WHY = set("price rate number date time years version percentage id standard skill on-platform portfolio "
          "job-post-link client-site placeholder code-example enterprise scoping-exception nda-exception "
          "feedback-allowed".split())
errs = []
seen = collections.Counter()
fam = collections.Counter(); sub = collections.Counter(); why = collections.Counter()
persona = collections.Counter(); dirty = clean = 0
with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        if not line.strip():
            continue
        try:
            L = json.loads(line)
        except Exception as ex:
            errs.append("line %d: bad json %s" % (n, ex)); continue
        f = L.get("file"); seen[f] += 1
        p = os.path.join(HERE, f or "")
        if not f or not os.path.isfile(p):
            errs.append("line %d: missing file %s" % (n, f)); continue
        txt = open(p, encoding="utf-8").read()
        if set(L) - {"file", "expect", "avoid", "note"}:
            errs.append("%s: unknown keys" % f)
        note = L.get("note", "")
        if not note.startswith("persona "):
            errs.append("%s: note must start with 'persona X'" % f)
        else:
            persona[note[8]] += 1
        spans = []
        for e in L.get("expect", []):
            if e.get("family") not in FAM: errs.append("%s: bad family %r" % (f, e.get("family")))
            if e.get("family") == "contact":
                if e.get("sub") not in SUBS: errs.append("%s: bad sub %r" % (f, e.get("sub")))
            elif "sub" in e: errs.append("%s: sub on non-contact" % f)
            t = e.get("text", "")
            i = txt.find(t)
            if not t or i < 0: errs.append("%s: expect not found: %r" % (f, t)); continue
            spans.append((i, i + len(t)))
            if not e.get("optional"):
                fam[e["family"]] += 1
                if e["family"] == "contact": sub[e["sub"]] += 1
        for a in L.get("avoid", []):
            t = a.get("text", "")
            if a.get("why") not in WHY: errs.append("%s: bad why %r" % (f, a.get("why")))
            i = txt.find(t)
            if not t or i < 0: errs.append("%s: avoid not found: %r" % (f, t)); continue
            why[a.get("why")] += 1
            for s, e2 in spans:
                if i < e2 and s < i + len(t):
                    errs.append("%s: avoid %r overlaps an expect" % (f, t))
        if L.get("expect"): dirty += 1
        else: clean += 1
cases = {"cases/" + x for x in os.listdir(os.path.join(HERE, "cases")) if x.endswith(".md")}
for c in cases:
    if seen[c] != 1: errs.append("%s: %d label lines" % (c, seen[c]))
for f in seen:
    if f not in cases: errs.append("label for unknown file %s" % f)
print("files", len(cases), "dirty", dirty, "clean", clean, "(%.1f%% dirty)" % (100.0 * dirty / max(1, len(cases))))
print("required expect by family", dict(fam))
print("contact subs", dict(sub))
print("avoid by why", dict(why))
print("persona", dict(persona))
for fm, need in [("circumvention", 12), ("contact", 12), ("spam", 12), ("conduct", 12), ("account", 14), ("feedback", 14)]:
    if fam[fm] < need: errs.append("family %s has %d < %d" % (fm, fam[fm], need))
for s in SUBS:
    if sub[s] < 4: errs.append("sub %s has %d < 4" % (s, sub[s]))
if errs:
    print("\n".join("ERROR " + e for e in errs)); sys.exit(1)
print("OK")
