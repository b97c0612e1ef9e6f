#!/usr/bin/env python3
"""Validator for set `al`.

Checks that
  * every case file has exactly one line in labels.jsonl and every line names an existing file,
  * file names follow al<NNN>-<slug>.md and slugs do not reveal whether a file is clean,
  * every expect/avoid span occurs verbatim in its file,
  * families, contact subs and avoid `why` values are from LABEL-FORMAT.md,
  * contact labels carry a sub and other families do not,
  * no avoid span overlaps an expect span in the same file (first occurrences).
Prints counts per family and sub (required and optional), clean/violating files, avoid reasons.
Exits 1 on any error.
Usage: python3 check.py   (run from anywhere)
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "al"
FAMILIES = {"circumvention", "contact", "account", "spam", "conduct", "feedback"}
SUBS = {"email", "phone", "messaging", "social", "link", "address", "request"}
WHYS = {"price", "rate", "number", "date", "time", "years", "version", "percentage", "id",
        "standard", "skill", "on-platform", "portfolio", "job-post-link", "client-site",
        "placeholder", "code-example", "enterprise", "scoping-exception", "nda-exception",
        "feedback-allowed"}
SLUG_TELLS = {"clean", "benign", "safe", "ok", "bad", "good", "positive", "negative", "flag", "flagged",
              "violation", "violations", "violating", "compliant", "label", "labeled"}
NAME_RE = re.compile(r"^%s(\d{3})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$" % PREFIX)

errors = []


def err(msg):
    errors.append(msg)


def main():
    cases_dir = os.path.join(HERE, "cases")
    files = sorted(f for f in os.listdir(cases_dir) if not f.startswith("."))
    for f in files:
        m = NAME_RE.match(f)
        if not m:
            err("bad file name: %s" % f)
            continue
        slug = m.group(2)
        if SLUG_TELLS & set(slug.split("-")):
            err("slug may reveal label: %s" % f)

    labels = {}
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                err("labels.jsonl line %d: invalid JSON (%s)" % (ln, e))
                continue
            fn = rec.get("file")
            if not isinstance(fn, str) or not fn.startswith("cases/"):
                err("line %d: bad file field %r" % (ln, fn))
                continue
            if fn in labels:
                err("duplicate label line for %s" % fn)
            labels[fn] = rec
            extra = set(rec) - {"file", "expect", "avoid", "note"}
            if extra:
                err("%s: unknown keys %s" % (fn, sorted(extra)))

    listed = {"cases/" + f for f in files}
    for fn in sorted(listed - set(labels)):
        err("no label line for %s" % fn)
    for fn in sorted(set(labels) - listed):
        err("label line for missing file %s" % fn)

    fam_req, fam_opt, sub_req, sub_opt, whys = Counter(), Counter(), Counter(), Counter(), Counter()
    clean = violating = 0
    voices = Counter()
    voice_of = {1: "ahmed", 2: "sofia", 3: "kwame", 0: "brett"}

    for fn in sorted(labels):
        rec = labels[fn]
        path = os.path.join(HERE, fn)
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        m = NAME_RE.match(os.path.basename(fn))
        if m:
            voices[voice_of[int(m.group(1)) % 4]] += 1
        expect = rec.get("expect")
        avoid = rec.get("avoid", [])
        if not isinstance(expect, list):
            err("%s: expect must be a list" % fn)
            continue
        if not isinstance(avoid, list):
            err("%s: avoid must be a list" % fn)
            avoid = []
        exp_ranges = []
        has_required = False
        for e in expect:
            fam, sub, span = e.get("family"), e.get("sub"), e.get("text")
            opt = e.get("optional", False)
            extra = set(e) - {"family", "sub", "text", "optional"}
            if extra:
                err("%s: unknown expect keys %s" % (fn, sorted(extra)))
            if fam not in FAMILIES:
                err("%s: bad family %r" % (fn, fam))
                continue
            if fam == "contact":
                if sub not in SUBS:
                    err("%s: contact label needs a valid sub, got %r" % (fn, sub))
            elif sub is not None:
                err("%s: sub %r on non-contact family %s" % (fn, sub, fam))
            if not isinstance(opt, bool):
                err("%s: optional must be boolean" % fn)
            if not isinstance(span, str) or not span:
                err("%s: empty expect text" % fn)
                continue
            i = text.find(span)
            if i < 0:
                err("%s: expect span not found verbatim: %r" % (fn, span))
                continue
            exp_ranges.append((i, i + len(span)))
            if opt:
                fam_opt[fam] += 1
                if fam == "contact":
                    sub_opt[sub] += 1
            else:
                has_required = True
                fam_req[fam] += 1
                if fam == "contact":
                    sub_req[sub] += 1
        for a in avoid:
            span, why = a.get("text"), a.get("why")
            extra = set(a) - {"text", "why"}
            if extra:
                err("%s: unknown avoid keys %s" % (fn, sorted(extra)))
            if why not in WHYS:
                err("%s: bad why %r" % (fn, why))
            if not isinstance(span, str) or not span:
                err("%s: empty avoid text" % fn)
                continue
            i = text.find(span)
            if i < 0:
                err("%s: avoid span not found verbatim: %r" % (fn, span))
                continue
            whys[why] += 1
            for s, t in exp_ranges:
                if i < t and s < i + len(span):
                    err("%s: avoid span %r overlaps an expect span" % (fn, span))
        if expect and not has_required:
            err("%s: only optional labels; a violating file needs a required label" % fn)
        if expect:
            violating += 1
        else:
            clean += 1

    total = clean + violating
    print("files: %d  (violating %d = %.1f%%, clean %d)" % (total, violating, 100.0 * violating / max(total, 1), clean))
    print("voices: " + ", ".join("%s %d" % (v, voices[v]) for v in ("ahmed", "sofia", "kwame", "brett")))
    print("\nrequired expect labels per family (optional in brackets):")
    for fam in ("circumvention", "contact", "account", "spam", "conduct", "feedback"):
        print("  %-14s %3d  (+%d optional)" % (fam, fam_req[fam], fam_opt[fam]))
    print("  %-14s %3d  (+%d optional)" % ("TOTAL", sum(fam_req.values()), sum(fam_opt.values())))
    print("\ncontact subs (required, optional in brackets):")
    for sub in ("email", "phone", "messaging", "social", "link", "address", "request"):
        print("  %-10s %3d  (+%d)" % (sub, sub_req[sub], sub_opt[sub]))
    print("\navoid spans by why: %d" % sum(whys.values()))
    for why, n in sorted(whys.items(), key=lambda x: (-x[1], x[0])):
        print("  %-18s %3d" % (why, n))

    # brief minimums
    for fam in FAMILIES:
        need = 16 if fam in ("account", "conduct") else 13
        if fam_req[fam] < need:
            err("family %s has %d required labels, needs at least %d" % (fam, fam_req[fam], need))
    for sub in SUBS:
        if sub_req[sub] == 0:
            err("contact sub %s has no required label" % sub)
    if not 80 <= total <= 95:
        err("set has %d files, brief asks for 80-95" % total)

    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors:
            print("  - " + e)
        sys.exit(1)
    print("\nOK: no errors")


if __name__ == "__main__":
    main()
