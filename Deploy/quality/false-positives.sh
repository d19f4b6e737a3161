#!/usr/bin/env bash
# False positives of a policy pack on real clean dialog: the English and Ukrainian dialog lines
# of the PyPI package chatterbot-corpus, scanned with `decorum scan`.
#
# usage: Deploy/quality/false-positives.sh [POLICY_DIR]     (default: the bundled pack)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
python3 -c 'import chatterbot_corpus, yaml' 2>/dev/null || python3 -m pip install -q chatterbot-corpus pyyaml
(cd "$root" && swift build -c release --product decorum >/dev/null)
decorum=$root/.build/release/decorum
policies=()
[ $# -gt 0 ] && policies=(--policies "$1")
for language in english ukrainian; do
    python3 "$root/Deploy/quality/dialog-lines.py" "$language" > "$work/$language.txt"
    "$decorum" scan "${policies[@]}" --format json "$work/$language.txt" > "$work/$language.json"
    python3 - "$work/$language.json" "$language" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
n, hit = r["messages"], r["messages_with_hits"]
print(f"{sys.argv[2]}: {hit} of {n} dialog lines hit ({100 * hit / max(n, 1):.2f}%)")
for f in r["flagged"]:
    rules = "; ".join(f'{h["rule"]} “{h["text"]}”' for h in f["verdict"]["hits"])
    print(f"  [{f['verdict']['action']}] {f['text']}  <- {rules}")
PY
done
rm -rf "$work"
