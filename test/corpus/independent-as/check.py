#!/usr/bin/env python3
"""Validate set `as`: one label line per case file, verbatim spans, valid families/subs/whys. Exit 1 on error."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = 'as'
FAMILIES = {'circumvention', 'contact', 'account', 'spam', 'conduct', 'feedback'}
SUBS = {'email', 'phone', 'messaging', 'social', 'link', 'address', 'request'}
WHYS = {'price', 'rate', 'number', 'date', 'time', 'years', 'version', 'percentage', 'id', 'standard', 'skill',
        'on-platform', 'portfolio', 'job-post-link', 'client-site', 'placeholder', 'code-example', 'enterprise',
        'scoping-exception', 'nda-exception', 'feedback-allowed'}
NAME_RE = re.compile(r'^%s(\d{3})-[a-z0-9][a-z0-9-]*\.md$' % PREFIX)
BANNED_SLUG_WORDS = {'clean', 'violation', 'violating', 'negative', 'positive', 'benign', 'bad', 'good'}

errors = []
def err(msg): errors.append(msg)

case_dir = os.path.join(HERE, 'cases')
case_files = sorted(f for f in os.listdir(case_dir) if f.endswith('.md'))
for f in case_files:
    m = NAME_RE.match(f)
    if not m:
        err(f'bad file name: {f}')
        continue
    if set(f[:-3].split('-')[1:]) & BANNED_SLUG_WORDS:
        err(f'slug may reveal label: {f}')

labels = {}
with open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') as fh:
    for n, line in enumerate(fh, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except Exception as e:
            err(f'labels.jsonl line {n}: bad JSON ({e})'); continue
        f = row.get('file')
        if not f or not f.startswith('cases/'):
            err(f'line {n}: bad file field {f!r}'); continue
        if f in labels:
            err(f'line {n}: duplicate label line for {f}')
        labels[f] = row
        for k in row:
            if k not in {'file', 'expect', 'avoid', 'note'}:
                err(f'{f}: unknown key {k}')

for f in case_files:
    if 'cases/' + f not in labels:
        err(f'no label line for cases/{f}')
for f in labels:
    if not os.path.exists(os.path.join(HERE, f)):
        err(f'label for missing file {f}')

fam = Counter(); fam_req = Counter(); subs = Counter(); whys = Counter()
clean = violating = 0
for f, row in sorted(labels.items()):
    path = os.path.join(HERE, f)
    if not os.path.exists(path):
        continue
    text = open(path, encoding='utf-8').read()
    exp = row.get('expect'); av = row.get('avoid', [])
    if not isinstance(exp, list):
        err(f'{f}: expect must be a list'); continue
    if not isinstance(av, list):
        err(f'{f}: avoid must be a list'); av = []
    if any(not e.get('optional') for e in exp):
        violating += 1
    else:
        clean += 1
    for e in exp:
        fm, t = e.get('family'), e.get('text')
        if fm not in FAMILIES:
            err(f'{f}: bad family {fm!r}')
        if not t or t not in text:
            err(f'{f}: expect span not found verbatim: {t!r}')
        if fm == 'contact':
            if e.get('sub') not in SUBS:
                err(f'{f}: contact label needs a valid sub, got {e.get("sub")!r}')
        elif 'sub' in e:
            err(f'{f}: sub only allowed on contact labels')
        if 'optional' in e and not isinstance(e['optional'], bool):
            err(f'{f}: optional must be boolean')
        fam[fm] += 1
        if not e.get('optional'):
            fam_req[fm] += 1
            if fm == 'contact':
                subs[e.get('sub')] += 1
    for a in av:
        t, w = a.get('text'), a.get('why')
        if not t or t not in text:
            err(f'{f}: avoid span not found verbatim: {t!r}')
        if w not in WHYS:
            err(f'{f}: bad why {w!r}')
        whys[w] += 1
        if t and t in text:
            a0 = text.index(t); a1 = a0 + len(t)
            for e in exp:
                et = e.get('text')
                if et and et in text:
                    e0 = text.index(et); e1 = e0 + len(et)
                    if a0 < e1 and e0 < a1:
                        err(f'{f}: avoid span {t!r} overlaps expect span {et!r}')

total = len(case_files)
print(f'files: {total}  violating: {violating}  clean: {clean}  '
      f'({100.0 * violating / max(total, 1):.1f}% violating)')
print('required expect labels per family:')
for k in sorted(FAMILIES):
    print(f'  {k:14s} {fam_req[k]:3d}   (incl. optional: {fam[k]})')
print('contact subs (required):')
for k in sorted(SUBS):
    print(f'  {k:10s} {subs[k]:3d}')
print('avoid whys:')
for k, v in sorted(whys.items()):
    print(f'  {k:18s} {v:3d}')
print(f'total required expect: {sum(fam_req.values())}  avoid: {sum(whys.values())}')

# brief targets (reported as errors so the set cannot silently regress)
for k in FAMILIES:
    need = 16 if k in ('account', 'conduct') else 13
    if fam_req[k] < need:
        err(f'family {k}: {fam_req[k]} required labels, need >= {need}')
for k in SUBS:
    if subs[k] < 1:
        err(f'contact sub {k} unused')
if not 80 <= total <= 95:
    err(f'{total} files, need 80-95')

if errors:
    print(f'\n{len(errors)} ERROR(S):')
    for e in errors:
        print('  ' + e)
    sys.exit(1)
print('\nOK')
