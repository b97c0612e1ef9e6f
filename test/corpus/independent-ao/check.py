#!/usr/bin/env python3
"""Validator for set `ao`.

Checks: one label line per case file (and no label line without a file), valid JSON,
known families / contact subs / avoid whys, every expect and avoid span found verbatim
in its file, no avoid span overlapping an expect span, no required contact label in a
`clientType: enterprise` file, file names of the form aoNNN-<slug>.md with neutral
slugs, and the minimum label counts from the brief. Prints counts and exits 1 on any
error.
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
WHYS = {"price", "rate", "number", "date", "time", "years", "version", "percentage", "id",
        "standard", "skill", "on-platform", "portfolio", "job-post-link", "client-site",
        "placeholder", "code-example", "enterprise", "scoping-exception", "nda-exception",
        "feedback-allowed"}
MIN_PER_FAMILY = {"circumvention": 13, "contact": 13, "account": 16, "spam": 13,
                  "conduct": 16, "feedback": 13}
VOICES = ["Turkish motion designer (Izmir)", "Romanian outsourcing sales lead",
          "Jamaican voice-over / podcast editor", "British property developer (client)"]
NAME_RE = re.compile(r"^ao(\d{3})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$")
TELLTALE = {"clean", "violation", "violating", "violates", "bad", "good", "ok", "flag", "flagged", "safe", "legit", "benign", "positive", "negative"}
ENTERPRISE_RE = re.compile(r"^clientType:\s*['\"]?enterprise['\"]?\s*$", re.M)

errors = []


def err(msg):
    errors.append(msg)


def front_matter(text):
    if text.startswith("---\n"):
        end = text.find("\n---", 4)
        if end != -1:
            return text[4:end]
    return ""


case_files = sorted(f for f in os.listdir(CASES) if f.endswith(".md"))
for f in case_files:
    m = NAME_RE.match(f)
    if not m:
        err(f"bad file name: {f}")
    elif TELLTALE & set(m.group(2).split("-")):
        err(f"slug may reveal the label: {f}")

records = {}
with open(LABELS, encoding="utf-8") as fh:
    for ln, line in enumerate(fh, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"labels.jsonl line {ln}: invalid JSON ({e})")
            continue
        f = rec.get("file", "")
        if f in records:
            err(f"duplicate label line for {f}")
        records[f] = rec
        unknown = set(rec) - {"file", "expect", "avoid", "note"}
        if unknown:
            err(f"{f}: unknown keys {sorted(unknown)}")

for f in case_files:
    if f"cases/{f}" not in records:
        err(f"no label line for cases/{f}")
for f in records:
    if not os.path.isfile(os.path.join(HERE, f)):
        err(f"label line for missing file {f}")

fam_req, fam_opt, sub_req, why_count = Counter(), Counter(), Counter(), Counter()
voice_files, voice_viol = Counter(), Counter()
clean = violating = 0
enterprise_files = 0
words = []
zw_files = homoglyph_files = fullwidth_files = 0

for f in sorted(records):
    rec = records[f]
    path = os.path.join(HERE, f)
    if not os.path.isfile(path):
        continue
    text = open(path, encoding="utf-8").read()
    words.append((len(text.split()), f))
    if re.search("[\u200b\u200c\u200d\u2060\ufeff]", text):
        zw_files += 1
    if re.search("[\u0400-\u04ff]", text):
        homoglyph_files += 1
    if re.search("[\uff01-\uff5e]", text):
        fullwidth_files += 1
    is_ent = bool(ENTERPRISE_RE.search(front_matter(text)))
    enterprise_files += is_ent
    expect = rec.get("expect")
    avoid = rec.get("avoid", [])
    if not isinstance(expect, list) or not isinstance(avoid, list):
        err(f"{f}: expect/avoid must be lists")
        continue
    exp_ranges = []
    required = 0
    for e in expect:
        fam, sub, span = e.get("family"), e.get("sub"), e.get("text", "")
        opt = e.get("optional", False)
        if set(e) - {"family", "sub", "text", "optional"}:
            err(f"{f}: unknown keys in expect {sorted(set(e) - {'family','sub','text','optional'})}")
        if fam not in FAMILIES:
            err(f"{f}: unknown family {fam!r}")
        if fam == "contact" and sub not in SUBS:
            err(f"{f}: contact label needs a valid sub, got {sub!r}")
        if fam != "contact" and sub is not None:
            err(f"{f}: sub given on non-contact family {fam}")
        if not isinstance(opt, bool):
            err(f"{f}: optional must be true/false")
        pos = text.find(span) if span else -1
        if pos < 0:
            err(f"{f}: expect span not found verbatim: {span!r}")
        else:
            exp_ranges.append((pos, pos + len(span)))
        if is_ent and fam == "contact" and not opt:
            err(f"{f}: required contact label in an enterprise file")
        if opt:
            fam_opt[fam] += 1
        else:
            required += 1
            fam_req[fam] += 1
            if fam == "contact":
                sub_req[sub] += 1
    for a in avoid:
        span, why = a.get("text", ""), a.get("why")
        if set(a) - {"text", "why"}:
            err(f"{f}: unknown keys in avoid")
        if why not in WHYS:
            err(f"{f}: unknown why {why!r}")
        why_count[why] += 1
        pos = text.find(span) if span else -1
        if pos < 0:
            err(f"{f}: avoid span not found verbatim: {span!r}")
            continue
        for s, e in exp_ranges:
            if pos < e and s < pos + len(span):
                err(f"{f}: avoid span overlaps an expect span: {span!r}")
    m = NAME_RE.match(os.path.basename(f))
    if m:
        v = (int(m.group(1)) - 1) % 4
        voice_files[v] += 1
        if required:
            voice_viol[v] += 1
    if required:
        violating += 1
    else:
        clean += 1

for fam, n in MIN_PER_FAMILY.items():
    if fam_req[fam] < n:
        err(f"family {fam}: {fam_req[fam]} required labels, need at least {n}")
for s in SUBS:
    if sub_req[s] == 0:
        err(f"contact sub {s} has no required label")

total = clean + violating
print(f"files: {total}  (violating {violating} = {100 * violating / max(total, 1):.1f}%, clean {clean})")
print("voices (numbering interleaved 1-2-3-4):")
for v, name in enumerate(VOICES):
    print(f"  {v + 1}. {name:40s} files {voice_files[v]:3d}  violating {voice_viol[v]:3d}")
print("required expect labels per family (+ optional):")
for fam in ["circumvention", "contact", "account", "spam", "conduct", "feedback"]:
    print(f"  {fam:14s} {fam_req[fam]:3d}  (+{fam_opt[fam]} optional)")
print(f"  {'total':14s} {sum(fam_req.values()):3d}  (+{sum(fam_opt.values())} optional)")
print("contact subs (required):")
for s in ["email", "phone", "messaging", "social", "link", "address", "request"]:
    print(f"  {s:10s} {sub_req[s]:3d}")
print(f"avoid spans: {sum(why_count.values())}")
for w, n in sorted(why_count.items(), key=lambda x: (-x[1], x[0])):
    print(f"  {w:18s} {n:3d}")
print(f"enterprise files: {enterprise_files}; files with zero-width chars: {zw_files}, "
      f"Cyrillic homoglyphs: {homoglyph_files}, full-width chars: {fullwidth_files}")
if words:
    words.sort()
    print(f"length in words: min {words[0][0]} ({os.path.basename(words[0][1])}), "
          f"max {words[-1][0]} ({os.path.basename(words[-1][1])})")

if errors:
    print(f"\n{len(errors)} ERROR(S):")
    for e in errors:
        print("  - " + e)
    sys.exit(1)
print("\nOK: no errors")
