#!/usr/bin/env python3
"""Validator for labeled set `am`.

Checks that every case file has exactly one line in labels.jsonl, that every
label points to an existing file, that every expect/avoid span occurs verbatim
in its file, that families, contact subs and avoid whys are valid, and that no
avoid span overlaps a required expect span. Prints counts per family and sub.
Exits 1 on any error.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
LABELS = os.path.join(HERE, "labels.jsonl")
PREFIX = "am"

FAMILIES = {"circumvention", "contact", "account", "spam", "conduct", "feedback"}
SUBS = {"email", "phone", "messaging", "social", "link", "address", "request"}
WHYS = {"price", "rate", "number", "date", "time", "years", "version", "percentage", "id",
        "standard", "skill", "on-platform", "portfolio", "job-post-link", "client-site",
        "placeholder", "code-example", "enterprise", "scoping-exception", "nda-exception",
        "feedback-allowed"}
NAME_RE = re.compile(r"^%s(\d{3})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$" % PREFIX)
TELLTALE = {"clean", "violation", "violating", "ok", "bad", "good", "safe", "flag", "flagged"}
VOICES = {1: "Filipino VA/bookkeeper (Cebu)", 2: "German agency (Leipzig)",
          3: "Pakistani game artist (Lahore)", 0: "Canadian SaaS marketing director (client)"}
MIN_PER_FAMILY = {"circumvention": 13, "contact": 13, "account": 16, "spam": 13,
                  "conduct": 16, "feedback": 13}

errors = []


def err(msg):
    errors.append(msg)


def main():
    if not os.path.isdir(CASES):
        print("ERROR: no cases/ folder")
        return 1
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".md"))
    for f in sorted(os.listdir(CASES)):
        if not f.endswith(".md"):
            err(f"unexpected non-markdown file in cases/: {f}")
    for f in files:
        m = NAME_RE.match(f)
        if not m:
            err(f"bad file name: {f}")
            continue
        words = set(m.group(2).split("-"))
        if words & TELLTALE:
            err(f"slug reveals label: {f}")

    labels = {}
    with open(LABELS, encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            if not line.strip():
                err(f"labels.jsonl line {i}: empty line")
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"labels.jsonl line {i}: bad JSON ({e})")
                continue
            extra = set(rec) - {"file", "expect", "avoid", "note"}
            if extra:
                err(f"line {i}: unknown keys {sorted(extra)}")
            path = rec.get("file", "")
            if path in labels:
                err(f"line {i}: duplicate label line for {path}")
            labels[path] = rec

    for f in files:
        if f"cases/{f}" not in labels:
            err(f"no label line for cases/{f}")
    for path in labels:
        if not os.path.isfile(os.path.join(HERE, path)):
            err(f"label for missing file: {path}")

    fam_req, fam_opt, sub_count, why_count = Counter(), Counter(), Counter(), Counter()
    voice_files, voice_viol = Counter(), Counter()
    clean = violating = 0
    numbers = []

    for path, rec in sorted(labels.items()):
        full = os.path.join(HERE, path)
        if not os.path.isfile(full):
            continue
        with open(full, encoding="utf-8") as fh:
            text = fh.read()
        m = NAME_RE.match(os.path.basename(path))
        n = int(m.group(1)) if m else 0
        numbers.append(n)
        expect = rec.get("expect")
        avoid = rec.get("avoid", [])
        if not isinstance(expect, list):
            err(f"{path}: expect must be a list")
            continue
        if not isinstance(avoid, list):
            err(f"{path}: avoid must be a list")
            avoid = []
        req_spans = []
        n_req = 0
        for e in expect:
            extra = set(e) - {"family", "sub", "text", "optional"}
            if extra:
                err(f"{path}: unknown expect keys {sorted(extra)}")
            fam = e.get("family")
            span = e.get("text", "")
            if fam not in FAMILIES:
                err(f"{path}: bad family {fam!r}")
            if fam == "contact":
                if e.get("sub") not in SUBS:
                    err(f"{path}: contact label needs a valid sub, got {e.get('sub')!r}")
            elif "sub" in e:
                err(f"{path}: sub given for non-contact family {fam}")
            if "optional" in e and e["optional"] is not True:
                err(f"{path}: optional must be true when present")
            if not span:
                err(f"{path}: empty expect span")
                continue
            pos = text.find(span)
            if pos < 0:
                err(f"{path}: expect span not found verbatim: {span!r}")
                continue
            if e.get("optional"):
                fam_opt[fam] += 1
            else:
                n_req += 1
                fam_req[fam] += 1
                if fam == "contact":
                    sub_count[e.get("sub")] += 1
                req_spans.append((pos, pos + len(span), span))
        for a in avoid:
            extra = set(a) - {"text", "why"}
            if extra:
                err(f"{path}: unknown avoid keys {sorted(extra)}")
            span = a.get("text", "")
            why = a.get("why")
            if why not in WHYS:
                err(f"{path}: bad why {why!r}")
            why_count[why] += 1
            if not span:
                err(f"{path}: empty avoid span")
                continue
            pos = text.find(span)
            if pos < 0:
                err(f"{path}: avoid span not found verbatim: {span!r}")
                continue
            for s, t, es in req_spans:
                if pos < t and s < pos + len(span):
                    err(f"{path}: avoid span {span!r} overlaps expect span {es!r}")
        voice = n % 4
        voice_files[voice] += 1
        if n_req:
            violating += 1
            voice_viol[voice] += 1
        else:
            clean += 1
            if expect and not n_req:
                pass  # only optional labels: counted as clean

    if sorted(numbers) != list(range(1, len(numbers) + 1)):
        err("file numbers are not a gap-free sequence starting at 001")

    total = clean + violating
    print(f"set {PREFIX}: {total} files, {violating} with violations, {clean} clean"
          + (f" ({100.0 * violating / total:.1f}% violating)" if total else ""))
    print("\nvoices (files / with violations):")
    for v in (1, 2, 3, 0):
        print(f"  {VOICES[v]:<45} {voice_files[v]:>3} / {voice_viol[v]}")
    print("\nexpect labels per family (required + optional):")
    for fam in sorted(FAMILIES):
        print(f"  {fam:<14} {fam_req[fam]:>3} + {fam_opt[fam]}")
    print(f"  {'total':<14} {sum(fam_req.values()):>3} + {sum(fam_opt.values())}")
    print("\ncontact labels per sub (required):")
    for sub in sorted(SUBS):
        print(f"  {sub:<10} {sub_count[sub]:>3}")
    print("\navoid spans per why:")
    for why, c in sorted(why_count.items(), key=lambda x: (-x[1], str(x[0]))):
        print(f"  {why:<18} {c:>3}")
    print(f"  {'total':<18} {sum(why_count.values()):>3}")

    for fam, lo in MIN_PER_FAMILY.items():
        if fam_req[fam] < lo:
            err(f"family {fam} has {fam_req[fam]} required labels, needs at least {lo}")
    for sub in SUBS:
        if sub_count[sub] == 0:
            err(f"contact sub {sub} has no required label")

    if errors:
        print(f"\n{len(errors)} ERROR(S):")
        for e in errors:
            print("  - " + e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
