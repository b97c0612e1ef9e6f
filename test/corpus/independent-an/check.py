#!/usr/bin/env python3
"""Validator for labeled set `an`.

Checks that every case file has exactly one line in labels.jsonl, every label
points at an existing file, every span occurs verbatim in its file, families,
subs and whys are valid, and that no `avoid` span overlaps an `expect` span.
Also checks the brief's minimums (>=13 required labels per family, >=16 for
account and conduct, every contact sub used). Prints counts; exits 1 on error.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
LABELS = os.path.join(HERE, "labels.jsonl")

FAMILIES = {"circumvention", "contact", "account", "spam", "conduct", "feedback"}
SUBS = {"email", "phone", "messaging", "social", "link", "address", "request"}
WHYS = {"price", "rate", "number", "date", "time", "years", "version", "percentage",
        "id", "standard", "skill", "on-platform", "portfolio", "job-post-link",
        "client-site", "placeholder", "code-example", "enterprise", "scoping-exception",
        "nda-exception", "feedback-allowed"}
NAME_RE = re.compile(r"^an\d{3}-[a-z0-9]+(?:-[a-z0-9]+)*\.md$")
VOICES = {1: "Colombian copywriter/translator (Medellín)",
          2: "Bangladeshi WordPress/SEO agency (Dhaka)",
          3: "Irish retired teacher, proofreader/tutor",
          4: "South African logistics ops manager (client)"}
MIN_PER_FAMILY = {"circumvention": 13, "contact": 13, "account": 16,
                  "spam": 13, "conduct": 16, "feedback": 13}

errors = []


def err(msg):
    errors.append(msg)


def main():
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".md"))
    for f in files:
        if not NAME_RE.match(f):
            err("bad file name: %s" % f)

    seen = Counter()
    records = []
    with open(LABELS, encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                err("labels.jsonl line %d: bad JSON (%s)" % (i, e))
                continue
            records.append((i, rec))

    fam_req, fam_opt, subs, whys = Counter(), Counter(), Counter(), Counter()
    clean = violating = 0
    voice_files = Counter()

    for i, rec in records:
        where = "line %d" % i
        extra = set(rec) - {"file", "expect", "avoid", "note"}
        if extra:
            err("%s: unknown keys %s" % (where, sorted(extra)))
        path = rec.get("file")
        if not isinstance(path, str) or not path.startswith("cases/"):
            err("%s: bad 'file' %r" % (where, path))
            continue
        name = path[len("cases/"):]
        seen[name] += 1
        full = os.path.join(HERE, path)
        if not os.path.isfile(full):
            err("%s: file not found %s" % (where, path))
            continue
        with open(full, encoding="utf-8") as fh:
            text = fh.read()
        expect = rec.get("expect")
        avoid = rec.get("avoid", [])
        if not isinstance(expect, list) or not isinstance(avoid, list):
            err("%s: expect/avoid must be lists" % path)
            continue

        exp_ranges = []
        required_here = 0
        for e in expect:
            bad = set(e) - {"family", "sub", "text", "optional"}
            if bad:
                err("%s: expect has unknown keys %s" % (path, sorted(bad)))
            fam = e.get("family")
            span = e.get("text")
            if fam not in FAMILIES:
                err("%s: bad family %r" % (path, fam))
                continue
            if fam == "contact":
                if e.get("sub") not in SUBS:
                    err("%s: contact label without valid sub: %r" % (path, e.get("sub")))
            elif "sub" in e:
                err("%s: sub given for non-contact family %s" % (path, fam))
            if "optional" in e and not isinstance(e["optional"], bool):
                err("%s: optional must be true/false" % path)
            if not isinstance(span, str) or not span:
                err("%s: empty expect text" % path)
                continue
            pos = text.find(span)
            if pos < 0:
                err("%s: expect span not found verbatim: %r" % (path, span))
                continue
            exp_ranges.append((pos, pos + len(span)))
            if e.get("optional"):
                fam_opt[fam] += 1
            else:
                fam_req[fam] += 1
                required_here += 1
                if fam == "contact":
                    subs[e["sub"]] += 1

        for a in avoid:
            bad = set(a) - {"text", "why"}
            if bad:
                err("%s: avoid has unknown keys %s" % (path, sorted(bad)))
            span, why = a.get("text"), a.get("why")
            if why not in WHYS:
                err("%s: bad why %r" % (path, why))
            if not isinstance(span, str) or not span:
                err("%s: empty avoid text" % path)
                continue
            pos = text.find(span)
            if pos < 0:
                err("%s: avoid span not found verbatim: %r" % (path, span))
                continue
            whys[why] += 1
            for s, t in exp_ranges:
                if pos < t and s < pos + len(span):
                    err("%s: avoid span overlaps an expect span: %r" % (path, span))

        if required_here:
            violating += 1
        else:
            clean += 1
        m = re.match(r"an(\d{3})-", name)
        if m:
            voice_files[(int(m.group(1)) - 1) % 4 + 1] += 1

    for f in files:
        if seen[f] == 0:
            err("no label line for cases/%s" % f)
        elif seen[f] > 1:
            err("%d label lines for cases/%s" % (seen[f], f))
    for name in seen:
        if name not in files:
            err("label for missing file cases/%s" % name)

    for fam, need in MIN_PER_FAMILY.items():
        if fam_req[fam] < need:
            err("family %s has %d required labels, needs >= %d" % (fam, fam_req[fam], need))
    for s in sorted(SUBS):
        if subs[s] == 0:
            err("contact sub %s never used" % s)

    total = clean + violating
    print("files: %d  (violating %d = %.1f%%, clean %d)" % (
        total, violating, 100.0 * violating / max(total, 1), clean))
    print("voices:")
    for v in sorted(VOICES):
        print("  %d %-48s %d" % (v, VOICES[v], voice_files[v]))
    print("expect labels by family (required + optional):")
    for fam in ["circumvention", "contact", "account", "spam", "conduct", "feedback"]:
        print("  %-14s %3d + %d" % (fam, fam_req[fam], fam_opt[fam]))
    print("  %-14s %3d + %d" % ("TOTAL", sum(fam_req.values()), sum(fam_opt.values())))
    print("contact subs (required):")
    for s in ["email", "phone", "messaging", "social", "link", "address", "request"]:
        print("  %-10s %d" % (s, subs[s]))
    print("avoid spans by why: %d" % sum(whys.values()))
    for w, n in sorted(whys.items(), key=lambda x: (-x[1], x[0])):
        print("  %-18s %d" % (w, n))

    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK: no errors")
    sys.exit(0)


if __name__ == "__main__":
    main()
