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
kit=$(realpath -m "${BENCH_KIT:-$root/../shared/bench}")
work=$(realpath -m "${WORK:-/tmp/decorum-bench}")
sets=${1:-100,1k,10k,100k}
wl=$work/workload
native=$work/native
[ -f "$kit/gen_workload.py" ] || { echo "benchmark kit not found at $kit (set BENCH_KIT)" >&2; exit 1; }
mkdir -p "$work"

apt_packages=(hunspell-mn librust-aho-corasick-dev libhyperscan-dev pkg-config cargo python3-pip)
pip_packages=(wordfreq chatterbot-corpus pyyaml ahocorasick-rs pyahocorasick hyperscan daachorse)
missing=()
for p in "${apt_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "== installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    apt-get install -y -q "${missing[@]}"
fi
python3 -c 'import wordfreq, yaml, chatterbot_corpus, ahocorasick_rs, ahocorasick, hyperscan, daachorse' 2>/dev/null ||
    python3 -m pip install -q "${pip_packages[@]}"

if [ ! -f "$wl/messages.txt" ] || [ ! -f "$wl/patterns-100k.txt" ]; then
    echo "== generating the workload in $wl"
    python3 "$kit/gen_workload.py" "$wl"
fi

echo "== building the peer harnesses in $native"
mkdir -p "$native"
cp -r "$kit/native-rust" "$kit/native-hyperscan" "$kit/anchors.py" "$native/"
chmod -R u+w "$native"
[ -x "$native/native-hyperscan/hs-bench" ] || "$native/native-hyperscan/build.sh"
[ -x "$native/native-rust/target/release/ac-bench" ] || "$native/native-rust/build.sh"

echo "== building Decorum (release)"
(cd "$root" && swift build -c release --product decorum)

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
