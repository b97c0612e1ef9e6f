#!/usr/bin/env python3
"""Validate labels.jsonl against cases/ (set indep-M).

Checks: every expect/avoid text occurs verbatim in its file; families, subs and
why values are valid; no avoid span overlaps an expect span (first occurrences);
every case file has exactly one label line and every label line names an existing file.
Prints counts at the end. Exit code 1 on any problem.
"""
import collections, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = {"circumvention", "contact", "account", "spam", "conduct", "feedback"}
SUBS = {"email", "phone", "messaging", "social", "link", "address", "request"}
WHYS = {"price", "rate", "number", "date", "time", "years", "version", "percentage", "id",
        "standard", "skill", "on-platform", "portfolio", "job-post-link", "client-site",
        "placeholder", "code-example", "enterprise", "scoping-exception", "nda-exception",
        "feedback-allowed"}

errors = []
def err(msg):
    errors.append(msg)

case_files = sorted("cases/" + f for f in os.listdir(os.path.join(HERE, "cases")) if f.endswith(".md"))
seen = collections.Counter()
fam_req = collections.Counter(); fam_opt = collections.Counter()
sub_req = collections.Counter(); why_cnt = collections.Counter()
clean = dirty = 0

with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except Exception as e:
            err("line %d: bad json: %s" % (ln, e)); continue
        fn = rec.get("file")
        seen[fn] += 1
        path = os.path.join(HERE, fn or "")
        if not fn or not os.path.isfile(path):
            err("line %d: file missing: %r" % (ln, fn)); continue
        extra = set(rec) - {"file", "expect", "avoid", "note"}
        if extra:
            err("%s: unknown keys %s" % (fn, extra))
        text = open(path, encoding="utf-8").read()
        exp_ranges = []
        if not isinstance(rec.get("expect"), list):
            err("%s: expect must be a list" % fn); continue
        if rec["expect"]:
            dirty += 1
        else:
            clean += 1
        for e in rec["expect"]:
            fam = e.get("family"); t = e.get("text")
            if fam not in FAMILIES:
                err("%s: bad family %r" % (fn, fam))
            if fam == "contact":
                if e.get("sub") not in SUBS:
                    err("%s: bad/missing contact sub %r" % (fn, e.get("sub")))
            elif "sub" in e:
                err("%s: sub on non-contact label" % fn)
            if "why" in e:
                err("%s: expect with a why" % fn)
            if not t or t not in text:
                err("%s: expect text not found: %r" % (fn, t)); continue
            i = text.index(t); exp_ranges.append((i, i + len(t)))
            if e.get("optional"):
                fam_opt[fam] += 1
            else:
                fam_req[fam] += 1
                if fam == "contact":
                    sub_req[e["sub"]] += 1
        for a in rec.get("avoid", []):
            t = a.get("text"); w = a.get("why")
            if w not in WHYS:
                err("%s: bad why %r" % (fn, w))
            if not t or t not in text:
                err("%s: avoid text not found: %r" % (fn, t)); continue
            why_cnt[w] += 1
            i = text.index(t); j = i + len(t)
            for (s, e2) in exp_ranges:
                if i < e2 and s < j:
                    err("%s: avoid %r overlaps an expect" % (fn, t))

for cf in case_files:
    if seen[cf] != 1:
        err("%s: has %d label lines" % (cf, seen[cf]))
for fn in seen:
    if fn not in case_files:
        err("label for non-case file %r" % fn)

print("files: %d (dirty %d, clean %d)" % (len(case_files), dirty, clean))
print("required expect labels per family:", dict(sorted(fam_req.items())))
print("optional expect labels per family:", dict(sorted(fam_opt.items())))
print("required contact labels per sub:", dict(sorted(sub_req.items())))
print("avoid spans by why:", dict(sorted(why_cnt.items())))
for fam in FAMILIES:
    if fam_req[fam] < 12:
        err("family %s has only %d required labels" % (fam, fam_req[fam]))
for sub in SUBS:
    if sub_req[sub] < 4:
        err("contact sub %s has only %d required labels" % (sub, sub_req[sub]))
if errors:
    print("\nFAIL (%d problems)" % len(errors))
    for m in errors:
        print("  -", m)
    sys.exit(1)
print("\nOK")
