#!/usr/bin/env python3
"""Validate labels.jsonl against cases/ (run from any directory)."""
import json, os, sys, collections

ROOT = os.path.dirname(os.path.abspath(__file__))
FAMILIES = {"circumvention", "contact", "account", "spam", "conduct", "feedback"}
SUBS = {"email", "phone", "messaging", "social", "link", "address", "request"}
WHYS = {"price", "rate", "number", "date", "time", "years", "version", "percentage", "id", "standard",
        "skill", "on-platform", "portfolio", "job-post-link", "client-site", "placeholder", "code-example",
        "enterprise", "scoping-exception", "nda-exception", "feedback-allowed"}

errors = []
def err(msg):
    errors.append(msg)

seen = collections.Counter()
stats = collections.Counter()
fam_req = collections.Counter(); fam_opt = collections.Counter()
sub_req = collections.Counter(); why_cnt = collections.Counter()
clean = dirty = 0

with open(os.path.join(ROOT, "labels.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"line {n}: bad JSON: {e}"); continue
        extra = set(rec) - {"file", "expect", "avoid", "note"}
        if extra:
            err(f"line {n}: unknown keys {extra}")
        path = rec.get("file")
        if not path or not isinstance(rec.get("expect"), list):
            err(f"line {n}: missing file or expect"); continue
        seen[path] += 1
        full = os.path.join(ROOT, path)
        if not os.path.isfile(full):
            err(f"{path}: file missing"); continue
        text = open(full, encoding="utf-8").read()
        spans = []
        for e in rec["expect"]:
            fam = e.get("family"); sub = e.get("sub"); t = e.get("text")
            if fam not in FAMILIES:
                err(f"{path}: bad family {fam!r}")
            if fam == "contact":
                if sub not in SUBS:
                    err(f"{path}: contact label without valid sub: {sub!r}")
            elif sub is not None:
                err(f"{path}: sub {sub!r} on non-contact family {fam}")
            if set(e) - {"family", "sub", "text", "optional"}:
                err(f"{path}: unknown expect keys {set(e)}")
            if not t or t not in text:
                err(f"{path}: expect text not found verbatim: {t!r}"); continue
            s = text.index(t); spans.append((s, s + len(t), t))
            if e.get("optional"):
                fam_opt[fam] += 1
            else:
                fam_req[fam] += 1
                if fam == "contact":
                    sub_req[sub] += 1
        for a in rec.get("avoid", []):
            t = a.get("text"); why = a.get("why")
            if why not in WHYS:
                err(f"{path}: bad avoid why {why!r}")
            if set(a) - {"text", "why"}:
                err(f"{path}: unknown avoid keys {set(a)}")
            if not t or t not in text:
                err(f"{path}: avoid text not found verbatim: {t!r}"); continue
            s = text.index(t); e_ = s + len(t)
            for (es, ee, et) in spans:
                if s < ee and es < e_:
                    err(f"{path}: avoid {t!r} overlaps expect {et!r}")
            why_cnt[why] += 1
        if rec["expect"]:
            dirty += 1
        else:
            clean += 1

case_files = {f"cases/{x}" for x in os.listdir(os.path.join(ROOT, "cases")) if x.endswith(".md")}
for p in sorted(case_files - set(seen)):
    err(f"{p}: no label line")
for p, k in seen.items():
    if k > 1:
        err(f"{p}: {k} label lines")
    if p not in case_files:
        err(f"{p}: labeled but not a case file")

total = clean + dirty
print(f"files: {total}  dirty: {dirty} ({100*dirty/max(total,1):.1f}%)  clean: {clean}")
print("required expect labels per family:", dict(sorted(fam_req.items())))
print("optional expect labels per family:", dict(sorted(fam_opt.items())))
print("required contact subs:", dict(sorted(sub_req.items())))
print("avoid spans by why:", dict(sorted(why_cnt.items())))
for fam in FAMILIES:
    if fam_req[fam] < 12:
        err(f"family {fam}: only {fam_req[fam]} required labels (<12)")
for sub in SUBS:
    if sub_req[sub] < 4:
        err(f"contact sub {sub}: only {sub_req[sub]} required labels (<4)")
if total < 70:
    err(f"only {total} case files (<70)")
if errors:
    print("\nFAILED:")
    for m in errors:
        print(" -", m)
    sys.exit(1)
print("OK")
