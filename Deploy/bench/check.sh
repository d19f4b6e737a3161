#!/usr/bin/env bash
# The whole check of a message (normalize, match, verdict) against the matching alone, Decorum's
# and its peers', on the same messages and the same phrases, in the same run.
#
# usage: Deploy/bench/check.sh [SETS]            (SETS default default,10k: the bundled pack and
#                                                 the workload's 10k phrases; folders of policy files too)
#   env: BENCH_KIT, WORK as for Deploy/bench/matcher.sh
#
# 1. installs the peers and builds them and Decorum (as Deploy/bench/matcher.sh does);
# 2. times `decorum bench check` on the workload's 50–300-byte messages, and writes those messages
#    and each pack's phrases (in the match form its automaton holds) as a workload of their own;
# 3. runs the matching alone on that workload: `decorum bench matcher`, native Hyperscan and the
#    Rust aho-corasick crate (overlapping, every match), with the match counts cross-checked;
# 4. prints one table: each p50 and p99, and the whole check's and the matcher's p99 against
#    Hyperscan's matching in this run.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
sets=${1:-default,10k}
# shellcheck source=Deploy/bench/peers.sh
. "$root/Deploy/bench/peers.sh"

same=$work/check-workload
mkdir -p "$same"
# The peers know a pack by its file name: a folder of policy files by its last component.
names=$(echo "$sets" | tr ',' '\n' | sed 's:/*$::; s:.*/::' | paste -sd, -)
echo "== timing Decorum's whole check"
"$root/.build/release/decorum" bench check --workload "$wl" --sets "$sets" --long-bytes "" \
    --export "$same" > "$work/check.jsonl"
echo "== the matching alone on the same messages and phrases"
"$root/.build/release/decorum" bench matcher --workload "$same" --sets "$names" --semantics overlapping \
    > "$work/check-matcher.jsonl"
"$native/native-hyperscan/hs-bench" "$same" "$names" > "$work/check-hyperscan.jsonl"
"$native/native-rust/target/release/ac-bench" "$same" "$names" > "$work/check-rust.jsonl"
python3 "$root/Deploy/bench/check-ratios.py" "$work/check.jsonl" "$work/check-matcher.jsonl" \
    "$work/check-hyperscan.jsonl" "$work/check-rust.jsonl" | tee "$work/check-ratios.md"
