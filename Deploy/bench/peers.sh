# shellcheck shell=bash
# Sourced by the benchmark scripts: the peers' packages, the shared workload, the native peer
# harnesses and Decorum's release build. Expects `root` (the repository) to be set; sets `kit`,
# `work`, `wl` and `native`.
#   env: BENCH_KIT   the shared Aho-Corasick benchmark kit (default ../shared/bench)
#        WORK        where the workload, the peer harnesses and the results go (default /tmp/decorum-bench)

kit=$(realpath -m "${BENCH_KIT:-$root/../shared/bench}")
work=$(realpath -m "${WORK:-/tmp/decorum-bench}")
wl=$work/workload
native=$work/native
[ -f "$kit/gen_workload.py" ] || { echo "benchmark kit not found at $kit (set BENCH_KIT)" >&2; exit 1; }
mkdir -p "$work"

# shellcheck source=Deploy/packages.sh
. "$root/Deploy/packages.sh"
install_missing hunspell-mn librust-aho-corasick-dev libhyperscan-dev pkg-config cargo python3-pip
pip_packages=(wordfreq chatterbot-corpus pyyaml ahocorasick-rs pyahocorasick hyperscan daachorse)
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
