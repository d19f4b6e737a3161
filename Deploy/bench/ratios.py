#!/usr/bin/env python3
"""Decorum's figures against the peers measured in the same run (a results.json of anchors.py).

Prints, per set and semantics: Decorum's whole-haystack MB/s and its ratio to the Rust
aho-corasick 1.x crate (ahocorasick-rs) and to native Hyperscan; its per-message p99 and the
ratio to native Hyperscan's; build time and automaton memory; and whether the counts agree.
Exits non-zero when the cross-check found disagreeing counts.
"""
import json
import sys

results = json.load(open(sys.argv[1]))
rows = [r for r in results["rows"] if "haystack_mbps" in r and r.get("haystack_mbps")]


def find(engine_prefix, harness, s, sem):
    for r in rows:
        if r["engine"].startswith(engine_prefix) and r["harness"] == harness and r["set"] == s and r["semantics"] == sem:
            return r
    return None


print("\n| set | semantics | Decorum MB/s | ÷ ahocorasick-rs | ÷ Hyperscan | p99 ns | ÷ Hyperscan p99 | build ms | MiB | counts |")
print("|---|---|---:|---:|---:|---:|---:|---:|---:|---|")
for s in ["100", "1k", "10k", "100k"]:
    for sem in ["overlapping", "leftmost-longest"]:
        d = find("decorum", "swift", s, sem)
        if not d:
            continue
        rs = find("ahocorasick-rs", "python", s, sem)
        hs = find("hyperscan", "native-c", s, "overlapping")
        ratio_rs = f"{d['haystack_mbps'] / rs['haystack_mbps']:.2f}×" if rs else "-"
        ratio_hs = f"{d['haystack_mbps'] / hs['haystack_mbps']:.2f}×" if hs else "-"
        p99_hs = f"{d['msg_ns_p99'] / hs['msg_ns_p99']:.2f}×" if hs else "-"
        same = all(
            r["haystack_matches"] == d["haystack_matches"]
            for r in rows
            if r["set"] == s and r["semantics"] == sem and not r["engine"].startswith("pyahocorasick")
        )
        print(
            f"| {s} | {sem} | {d['haystack_mbps']:,.1f} | {ratio_rs} | {ratio_hs} | {d['msg_ns_p99']:,} | {p99_hs} "
            f"| {d['build_ms']:,.1f} | {d['engine_mib']:.2f} | {'equal' if same else 'DIFFER'} |"
        )
print("\nHyperscan has no leftmost-longest mode: its ratios compare against its overlapping row.")
if results.get("disagreements"):
    print("count disagreements:", results["disagreements"])
    sys.exit(1)
