#!/usr/bin/env python3
"""Validate set `ar`: one label line per case file, spans verbatim, valid families/subs/whys.
Prints counts per family and contact sub; exits 1 on any error."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = {"circumvention", "contact", "account", "spam", "conduct", "feedback"}
SUBS = {"email", "phone", "messaging", "social", "link", "address", "request"}
WHYS = {"price", "rate", "number", "date", "time", "years", "version", "percentage", "id", "standard",
        "skill", "on-platform", "portfolio", "job-post-link", "client-site", "placeholder", "code-example",
        "enterprise", "scoping-exception", "nda-exception", "feedback-allowed"}
NAME_RE = re.compile(r"^ar\d{3}-[a-z0-9-]+\.md$")
MIN_REQ = {"circumvention": 13, "contact": 13, "spam": 13, "feedback": 13, "account": 16, "conduct": 16}

errors = []
def err(msg): errors.append(msg)

case_dir = os.path.join(HERE, "cases")
files = sorted(f for f in os.listdir(case_dir) if f.endswith(".md"))
for f in files:
    if not NAME_RE.match(f):
        err("bad file name: %s" % f)

seen = Counter()
fam_req, fam_opt, sub_req = Counter(), Counter(), Counter()
why_count = Counter()
clean = violating = 0
with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
    for ln, line in enumerate(fh, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except ValueError as e:
            err("line %d: bad JSON (%s)" % (ln, e)); continue
        fn = rec.get("file", "")
        seen[fn] += 1
        path = os.path.join(HERE, fn)
        if not fn.startswith("cases/") or not os.path.isfile(path):
            err("line %d: file not found: %s" % (ln, fn)); continue
        text = open(path, encoding="utf-8").read()
        for k in rec:
            if k not in ("file", "expect", "avoid", "note"):
                err("%s: unknown key %r" % (fn, k))
        exp = rec.get("expect")
        if not isinstance(exp, list):
            err("%s: expect must be a list" % fn); exp = []
        req_here = 0
        for e in exp:
            fam, t = e.get("family"), e.get("text", "")
            if fam not in FAMILIES:
                err("%s: bad family %r" % (fn, fam))
            if fam == "contact":
                if e.get("sub") not in SUBS:
                    err("%s: contact label needs a valid sub, got %r" % (fn, e.get("sub")))
            elif "sub" in e:
                err("%s: sub given on non-contact family %r" % (fn, fam))
            if not t or t not in text:
                err("%s: expect span not found verbatim: %r" % (fn, t))
            if e.get("optional"):
                fam_opt[fam] += 1
            else:
                fam_req[fam] += 1; req_here += 1
                if fam == "contact":
                    sub_req[e.get("sub")] += 1
        for a in rec.get("avoid", []):
            t, why = a.get("text", ""), a.get("why")
            if why not in WHYS:
                err("%s: bad why %r" % (fn, why))
            if not t or t not in text:
                err("%s: avoid span not found verbatim: %r" % (fn, t))
            why_count[why] += 1
            # an avoid span must not overlap an expect span (first occurrences)
            if t in text:
                a0 = text.index(t); a1 = a0 + len(t)
                for e in exp:
                    et = e.get("text", "")
                    if et and et in text:
                        e0 = text.index(et); e1 = e0 + len(et)
                        if a0 < e1 and e0 < a1:
                            err("%s: avoid %r overlaps expect %r" % (fn, t, et))
        if req_here:
            violating += 1
        else:
            clean += 1

for f in files:
    key = "cases/" + f
    if seen[key] != 1:
        err("%s: has %d label lines (need exactly 1)" % (key, seen[key]))
for k in seen:
    if k.startswith("cases/") and os.path.basename(k) not in files:
        err("label for missing file: %s" % k)

total = len(files)
print("files: %d  violating: %d (%.0f%%)  clean: %d" % (total, violating, 100.0 * violating / max(total, 1), clean))
print("required expect labels per family:")
for fam in sorted(FAMILIES):
    flag = "" if fam_req[fam] >= MIN_REQ[fam] else "   <-- below minimum %d" % MIN_REQ[fam]
    print("  %-14s %3d  (optional %d)%s" % (fam, fam_req[fam], fam_opt[fam], flag))
print("  total          %3d" % sum(fam_req.values()))
print("contact subs (required):")
for s in sorted(SUBS):
    print("  %-10s %3d" % (s, sub_req[s]))
print("avoid spans: %d  by why: %s" % (sum(why_count.values()),
      ", ".join("%s=%d" % kv for kv in sorted(why_count.items()))))
if not 80 <= total <= 95:
    err("file count %d outside 80-95" % total)
for fam, m in MIN_REQ.items():
    if fam_req[fam] < m:
        err("family %s has %d required labels, minimum %d" % (fam, fam_req[fam], m))
for s in SUBS:
    if sub_req[s] == 0:
        err("contact sub %s unused" % s)

if errors:
    print("\nERRORS (%d):" % len(errors))
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK")
