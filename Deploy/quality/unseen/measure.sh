#!/usr/bin/env bash
# Usage: measure.sh BINARY [extra args passed to "BINARY check"]
# Runs `BINARY check --format json < FILE` for every viol/allow file here and
# scores the output against key.{lang}.tsv.
set -u
if [ $# -lt 1 ]; then echo "usage: $0 BINARY [extra check args]" >&2; exit 2; fi
BIN=$1; shift
DIR=$(cd "$(dirname "$0")" && pwd)
OUT=$(mktemp -d "${TMPDIR:-/tmp}/measure.XXXXXX")
trap 'rm -rf "$OUT"' EXIT
read -r -a languages <<< "${LANGS:-en uk lt ar mn}"
for l in "${languages[@]}"; do
  for k in viol allow; do
    f="$DIR/$k.$l.txt"
    [ -f "$f" ] || { echo "missing $f" >&2; exit 1; }
    if ! "$BIN" check --format json "$@" < "$f" > "$OUT/$k.$l.json" 2> "$OUT/$k.$l.err"; then
      echo "WARNING: $BIN exited non-zero on $k.$l.txt: $(head -c 300 "$OUT/$k.$l.err")" >&2
    fi
  done
done
python3 - "$DIR" "$OUT" "${languages[@]}" <<'PY'
import json, sys, os, collections
d, out, langs = sys.argv[1], sys.argv[2], sys.argv[3:]

def load_out(path, n):
    res, bad = [], 0
    with open(path, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line:
                continue
            try:
                res.append(json.loads(line))
            except json.JSONDecodeError:
                bad += 1
                res.append(None)
    if len(res) != n or bad:
        print(f"WARNING: {os.path.basename(path)}: {len(res)} output lines for {n} inputs, {bad} unparsable", file=sys.stderr)
    return res + [None] * (n - len(res))

def hits(o):
    h = (o or {}).get('hits') or [] if isinstance(o, dict) else []
    return [x if isinstance(x, dict) else {'rule': x, 'category': x} for x in h]

rows, details = [], []
tot = collections.Counter()
for l in langs:
    key = {}
    with open(f"{d}/key.{l}.tsv", encoding='utf-8') as fh:
        next(fh)
        for line in fh:
            f, n, c = line.rstrip('\n').split('\t')
            key[(f, int(n))] = c
    texts = {k: open(f"{d}/{k}.{l}.txt", encoding='utf-8').read().splitlines() for k in ('viol', 'allow')}
    outs = {k: load_out(f"{out}/{k}.{l}.json", len(texts[k])) for k in ('viol', 'allow')}
    caught = right = fp = 0
    missed, wrongcat, fps = [], [], []
    for i, (t, o) in enumerate(zip(texts['viol'], outs['viol']), 1):
        want = key[(f"viol.{l}.txt", i)]
        h = hits(o)
        cats = [x.get('category') for x in h]
        if h:
            caught += 1
            if want in cats:
                right += 1
            else:
                wrongcat.append((i, want, cats, t))
        else:
            missed.append((i, want, t))
    for i, (t, o) in enumerate(zip(texts['allow'], outs['allow']), 1):
        h = hits(o)
        if h:
            fp += 1
            fps.append((i, [(x.get('rule'), x.get('category')) for x in h], (o or {}).get('action'), t))
    nv, na = len(texts['viol']), len(texts['allow'])
    rows.append((l, caught, right, nv, fp, na))
    tot.update(caught=caught, right=right, nv=nv, fp=fp, na=na)
    details.append((l, fps, missed, wrongcat))

print(f"{'lang':<5} {'viol caught':>12} {'right category':>15} {'innocent hit':>13}")
for l, c, r, nv, fp, na in rows:
    print(f"{l:<5} {f'{c}/{nv}':>12} {f'{r}/{nv}':>15} {f'{fp}/{na}':>13}")
print(f"{'all':<5} {str(tot['caught'])+'/'+str(tot['nv']):>12} {str(tot['right'])+'/'+str(tot['nv']):>15} {str(tot['fp'])+'/'+str(tot['na']):>13}")

for l, fps, missed, wrongcat in details:
    print(f"\n=== {l} ===")
    print(f"-- innocent messages hit ({len(fps)}):")
    for i, rc, act, t in fps:
        print(f"  allow.{l}:{i} [{act}] " + ", ".join(f"{r}/{c}" for r, c in rc) + f" | {t}")
    print(f"-- violations missed ({len(missed)}), by category:")
    bycat = collections.defaultdict(list)
    for i, want, t in missed:
        bycat[want].append((i, t))
    for c in bycat:
        print(f"  {c} ({len(bycat[c])}):")
        for i, t in bycat[c]:
            print(f"    viol.{l}:{i} | {t}")
    if wrongcat:
        print(f"-- caught but not with intended category ({len(wrongcat)}):")
        for i, want, cats, t in wrongcat:
            print(f"    viol.{l}:{i} want {want}, got {','.join(map(str, cats))} | {t}")
PY
