#!/usr/bin/env python3
"""Validate set aj: one label line per case file, spans verbatim, valid families/subs/whys.

Prints counts per family and per contact sub. Exits 1 on any error.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "aj"
FAMILIES = {"circumvention", "contact", "account", "spam", "conduct", "feedback"}
SUBS = {"email", "phone", "messaging", "social", "link", "address", "request"}
WHYS = {"price", "rate", "number", "date", "time", "years", "version", "percentage", "id",
        "standard", "skill", "on-platform", "portfolio", "job-post-link", "client-site",
        "placeholder", "code-example", "enterprise", "scoping-exception", "nda-exception",
        "feedback-allowed"}
NAME_RE = re.compile(r"^%s(\d{3})-[a-z0-9]+(?:-[a-z0-9]+)*\.md$" % PREFIX)
SLUG_GIVEAWAY = re.compile(r"(?:^|-)(clean|violat\w*|violation|benign|negative|positive|compliant|safe|flag\w*)(?:-|$)")


def main():
    errors = []
    case_dir = os.path.join(HERE, "cases")
    case_files = sorted(f for f in os.listdir(case_dir) if not f.startswith("."))
    for f in case_files:
        m = NAME_RE.match(f)
        if not m:
            errors.append(f"bad file name: {f}")
            continue
        slug = f[len(PREFIX) + 4:-3]
        if SLUG_GIVEAWAY.search(slug):
            errors.append(f"slug may reveal the label: {f}")

    seen = Counter()
    fam_counts = Counter()
    fam_optional = Counter()
    sub_counts = Counter()
    why_counts = Counter()
    files_clean = 0
    files_violating = 0
    avoid_total = 0

    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as lf:
        for ln, line in enumerate(lf, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"labels.jsonl:{ln}: invalid JSON ({e})")
                continue
            fn = rec.get("file")
            if not isinstance(fn, str) or not fn.startswith("cases/"):
                errors.append(f"labels.jsonl:{ln}: bad 'file' {fn!r}")
                continue
            seen[fn] += 1
            path = os.path.join(HERE, fn)
            if not os.path.isfile(path):
                errors.append(f"{fn}: label for a missing file")
                continue
            with open(path, encoding="utf-8") as cf:
                text = cf.read()
            unknown = set(rec) - {"file", "expect", "avoid", "note"}
            if unknown:
                errors.append(f"{fn}: unknown keys {sorted(unknown)}")
            expect = rec.get("expect")
            avoid = rec.get("avoid", [])
            if not isinstance(expect, list):
                errors.append(f"{fn}: 'expect' must be a list")
                continue
            if not isinstance(avoid, list):
                errors.append(f"{fn}: 'avoid' must be a list")
                avoid = []
            required = 0
            for e in expect:
                fam = e.get("family")
                span = e.get("text")
                if fam not in FAMILIES:
                    errors.append(f"{fn}: bad family {fam!r}")
                if fam == "contact":
                    if e.get("sub") not in SUBS:
                        errors.append(f"{fn}: contact label needs a valid sub, got {e.get('sub')!r}")
                elif "sub" in e:
                    errors.append(f"{fn}: sub on non-contact family {fam!r}")
                if not isinstance(span, str) or not span:
                    errors.append(f"{fn}: empty expect text")
                elif span not in text:
                    errors.append(f"{fn}: expect span not found verbatim: {span!r}")
                if e.get("optional") is True:
                    fam_optional[fam] += 1
                else:
                    required += 1
                    fam_counts[fam] += 1
                    if fam == "contact":
                        sub_counts[e.get("sub")] += 1
            for a in avoid:
                span = a.get("text")
                why = a.get("why")
                avoid_total += 1
                if why not in WHYS:
                    errors.append(f"{fn}: bad why {why!r}")
                else:
                    why_counts[why] += 1
                if not isinstance(span, str) or not span:
                    errors.append(f"{fn}: empty avoid text")
                elif span not in text:
                    errors.append(f"{fn}: avoid span not found verbatim: {span!r}")
            # avoid spans must not overlap required expect spans (first occurrences)
            for a in avoid:
                ai = text.find(a.get("text", "")) if a.get("text") else -1
                if ai < 0:
                    continue
                aj_ = ai + len(a["text"])
                for e in expect:
                    ei = text.find(e.get("text", "")) if e.get("text") else -1
                    if ei < 0:
                        continue
                    if ai < ei + len(e["text"]) and ei < aj_:
                        errors.append(f"{fn}: avoid span overlaps expect span: {a['text']!r}")
            if required:
                files_violating += 1
            else:
                files_clean += 1

    for f in case_files:
        key = "cases/" + f
        if seen[key] != 1:
            errors.append(f"{key}: {seen[key]} label lines (need exactly 1)")
    for key in seen:
        if key[len("cases/"):] not in case_files:
            errors.append(f"{key}: labelled but not in cases/")

    total = files_clean + files_violating
    print(f"files: {len(case_files)}  labelled: {total}  violating: {files_violating}  "
          f"clean: {files_clean}  ({(100.0 * files_violating / total) if total else 0:.1f}% violating)")
    print("required expect labels per family:")
    for fam in sorted(FAMILIES):
        extra = f"  (+{fam_optional[fam]} optional)" if fam_optional[fam] else ""
        print(f"  {fam:<14}{fam_counts[fam]:>4}{extra}")
    print(f"  {'total':<14}{sum(fam_counts.values()):>4}")
    print("contact labels per sub:")
    for sub in sorted(SUBS):
        print(f"  {sub:<14}{sub_counts[sub]:>4}")
    print(f"avoid spans: {avoid_total}")
    print("avoid spans per why: " + ", ".join(f"{w}={c}" for w, c in sorted(why_counts.items())))

    # brief minimums
    for fam in FAMILIES:
        need = 16 if fam in ("account", "conduct") else 13
        if fam_counts[fam] < need:
            errors.append(f"family {fam}: {fam_counts[fam]} required labels, need at least {need}")
    for sub in SUBS:
        if sub_counts[sub] == 0:
            errors.append(f"contact sub {sub}: no labels")

    if errors:
        print(f"\n{len(errors)} error(s):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
