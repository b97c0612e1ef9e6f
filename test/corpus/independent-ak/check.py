#!/usr/bin/env python3
"""Validator for labeled set `ak`.

Checks that
  * every cases/ak*.md file has exactly one line in labels.jsonl and every line points to an existing file;
  * file names follow ak<NNN>-<slug>.md and slugs do not reveal whether a file is clean;
  * every expect/avoid span occurs verbatim in its file (first occurrence is the one meant);
  * families, contact subs and avoid `why` values are from LABEL-FORMAT.md; no sub on non-contact labels;
  * no avoid span overlaps an expect span in the same file;
  * the set-level targets of the brief hold (file count, share of violating files, labels per family,
    contact subs covered, about equal voice shares).
Prints counts per family and sub and exits 1 on any error.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "ak"
FAMILIES = {"circumvention", "contact", "account", "spam", "conduct", "feedback"}
SUBS = {"email", "phone", "messaging", "social", "link", "address", "request"}
WHYS = {"price", "rate", "number", "date", "time", "years", "version", "percentage", "id", "standard",
        "skill", "on-platform", "portfolio", "job-post-link", "client-site", "placeholder", "code-example",
        "enterprise", "scoping-exception", "nda-exception", "feedback-allowed"}
LINE_KEYS = {"file", "expect", "avoid", "note"}
EXPECT_KEYS = {"family", "sub", "text", "optional"}
AVOID_KEYS = {"text", "why"}
NAME_RE = re.compile(r"^%s(\d{3})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$" % PREFIX)
TELLTALE = {"clean", "cleanup", "violation", "violating", "violates", "benign", "innocent", "negative", "positive",
            "safe", "bad", "good", "ok", "trap", "legit", "compliant", "flagged", "fine"}
VOICES = ["Oluwaseun (Lagos app developer)", "Linh (Da Nang illustrator)",
          "Rafael & Co (Curitiba video agency)", "Deborah (US HR manager, client side)"]
MIN_PER_FAMILY = {"circumvention": 13, "contact": 13, "spam": 13, "feedback": 13, "account": 16, "conduct": 16}

errors = []


def err(msg):
    errors.append(msg)


def main():
    case_dir = os.path.join(HERE, "cases")
    files = sorted(f for f in os.listdir(case_dir) if f.endswith(".md"))
    texts = {}
    for f in files:
        m = NAME_RE.match(f)
        if not m:
            err(f"bad file name: {f}")
        elif TELLTALE & set(m.group(2).split("-")):
            err(f"slug may reveal the label: {f}")
        with open(os.path.join(case_dir, f), encoding="utf-8") as fh:
            texts["cases/" + f] = fh.read()

    seen = Counter()
    fam_req, fam_opt, sub_req, whys = Counter(), Counter(), Counter(), Counter()
    violating, clean = 0, 0
    voice_files, voice_viol = Counter(), Counter()
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        raw_lines = [l for l in fh.read().split("\n") if l.strip()]
    for ln, line in enumerate(raw_lines, 1):
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"labels.jsonl line {ln}: invalid JSON ({e})")
            continue
        extra = set(rec) - LINE_KEYS
        if extra:
            err(f"line {ln}: unknown keys {sorted(extra)}")
        fname = rec.get("file")
        if fname not in texts:
            err(f"line {ln}: file not found: {fname}")
            continue
        seen[fname] += 1
        text = texts[fname]
        expect, avoid = rec.get("expect"), rec.get("avoid")
        if not isinstance(expect, list) or not isinstance(avoid, list):
            err(f"{fname}: expect and avoid must be lists")
            continue
        spans = []
        required_here = 0
        for e in expect:
            extra = set(e) - EXPECT_KEYS
            if extra:
                err(f"{fname}: unknown expect keys {sorted(extra)}")
            fam, sub, t = e.get("family"), e.get("sub"), e.get("text")
            if fam not in FAMILIES:
                err(f"{fname}: bad family {fam!r}")
            if fam == "contact":
                if sub not in SUBS:
                    err(f"{fname}: contact label needs a valid sub, got {sub!r}")
            elif sub is not None:
                err(f"{fname}: sub {sub!r} on non-contact family {fam!r}")
            if "optional" in e and not isinstance(e["optional"], bool):
                err(f"{fname}: optional must be true/false")
            if not isinstance(t, str) or not t:
                err(f"{fname}: empty expect text")
                continue
            pos = text.find(t)
            if pos < 0:
                err(f"{fname}: expect span not found verbatim: {t!r}")
                continue
            spans.append((pos, pos + len(t), t))
            if e.get("optional"):
                fam_opt[fam] += 1
            else:
                required_here += 1
                fam_req[fam] += 1
                if fam == "contact":
                    sub_req[sub] += 1
        for a in avoid:
            extra = set(a) - AVOID_KEYS
            if extra:
                err(f"{fname}: unknown avoid keys {sorted(extra)}")
            t, why = a.get("text"), a.get("why")
            if why not in WHYS:
                err(f"{fname}: bad why {why!r}")
            if not isinstance(t, str) or not t:
                err(f"{fname}: empty avoid text")
                continue
            pos = text.find(t)
            if pos < 0:
                err(f"{fname}: avoid span not found verbatim: {t!r}")
                continue
            whys[why] += 1
            for s, e_, et in spans:
                if pos < e_ and s < pos + len(t):
                    err(f"{fname}: avoid span {t!r} overlaps expect span {et!r}")
        num = int(NAME_RE.match(fname[len("cases/"):]).group(1)) if NAME_RE.match(fname[len("cases/"):]) else 0
        voice = VOICES[(num - 1) % 4] if num else "?"
        voice_files[voice] += 1
        if required_here:
            violating += 1
            voice_viol[voice] += 1
        else:
            clean += 1
            if any(True for e in expect):
                err(f"{fname}: only optional labels; make one required or leave expect empty")

    for f in texts:
        if seen[f] != 1:
            err(f"{f}: has {seen[f]} label lines (need exactly 1)")

    total = len(texts)
    share = violating / total if total else 0
    if not 80 <= total <= 95:
        err(f"file count {total} outside 80-95")
    if not 0.545 <= share <= 0.605:
        err(f"violating share {share:.1%} outside about 55-60%")
    for fam, need in MIN_PER_FAMILY.items():
        if fam_req[fam] < need:
            err(f"family {fam}: {fam_req[fam]} required labels, need >= {need}")
    for s in SUBS:
        if sub_req[s] == 0:
            err(f"contact sub {s} has no required label")
    if voice_files and max(voice_files.values()) - min(voice_files.values()) > 2:
        err(f"voice shares uneven: {dict(voice_files)}")

    print(f"files: {total}  violating: {violating}  clean: {clean}  violating share: {share:.1%}")
    print("required expect labels per family:")
    for fam in sorted(FAMILIES):
        print(f"  {fam:14s} {fam_req[fam]:3d}" + (f"  (+{fam_opt[fam]} optional)" if fam_opt[fam] else ""))
    print(f"  {'total':14s} {sum(fam_req.values()):3d}  (+{sum(fam_opt.values())} optional)")
    print("contact labels per sub:")
    for s in sorted(SUBS):
        print(f"  {s:14s} {sub_req[s]:3d}")
    print(f"avoid spans: {sum(whys.values())}")
    for w, c in sorted(whys.items()):
        print(f"  {w:18s} {c:3d}")
    print("files per voice (violating):")
    for v in VOICES:
        print(f"  {v:40s} {voice_files[v]:3d} ({voice_viol[v]})")

    if errors:
        print(f"\n{len(errors)} error(s):")
        for e in errors:
            print("  ERROR:", e)
        sys.exit(1)
    print("\nOK: no errors")


if __name__ == "__main__":
    main()
