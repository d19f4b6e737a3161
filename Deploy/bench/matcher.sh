#!/usr/bin/env bash
# The matcher benchmark, peers and Decorum measured in the same run on the same workload.
#
# usage: Deploy/bench/matcher.sh [SETS]            (SETS default 100,1k,10k,100k)
#   env: BENCH_KIT   the shared Aho-Corasick benchmark kit (default ../shared/bench)
#        WORK        where the workload, the peer harnesses and the results go (default /tmp/decorum-bench)
#
# 1. installs the peers' Debian and PyPI packages (as root) and generates the workload;
# 2. builds the native peer harnesses (Hyperscan in C, Debian's Rust aho-corasick) and Decorum (release);
# 3. runs the peers and `decorum bench matcher`, one after the other, and prints one table with the
#    match counts cross-checked, then Decorum's ratios against the peers of this run.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
sets=${1:-100,1k,10k,100k}
# shellcheck source=Deploy/bench/peers.sh
. "$root/Deploy/bench/peers.sh"

echo "== running the peers"
"$native/native-hyperscan/hs-bench" "$wl" "$sets" > "$work/hyperscan.jsonl"
"$native/native-rust/target/release/ac-bench" "$wl" "$sets" > "$work/rust-0.7.jsonl"
echo "== running Decorum"
"$root/.build/release/decorum" bench matcher --workload "$wl" --sets "$sets" > "$work/decorum.jsonl"
echo "== running the Python anchors (ahocorasick-rs is the Rust aho-corasick 1.x crate)"
python3 "$native/anchors.py" "$wl" --sets "$sets" --anchors ahocorasick-rs,hyperscan \
    --jsonl "$work/hyperscan.jsonl" --jsonl "$work/rust-0.7.jsonl" --jsonl "$work/decorum.jsonl" \
    --out "$work/results.json" > "$work/table.md"
cat "$work/table.md"
python3 "$root/Deploy/bench/ratios.py" "$work/results.json" | tee "$work/ratios.md"
