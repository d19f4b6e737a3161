#!/usr/bin/env python3
"""The whole check against the matching alone, measured in the same run (Deploy/bench/check.sh).

usage: check-ratios.py CHECK.jsonl MATCHER.jsonl HYPERSCAN.jsonl RUST.jsonl

Prints, per pack: Decorum's whole check (normalize, match, verdict) and its normalization, its
matcher alone, and the peers' matching alone (native Hyperscan, the Rust aho-corasick crate's DFA
and NFA), each as p50 / p99 ns per message; then the whole check's p99 and the matcher's p99 over
Hyperscan's. Exits non-zero when the matchers' counts disagree.
"""
import json
import sys


def rows(path):
    with open(path) as f:
        return [json.loads(line) for line in f if line.strip()]


checks, matcher, hyperscan, rust = (rows(p) for p in sys.argv[1:5])


def find(table, name, engine=None):
    for r in table:
        if r.get("set") == name and r.get("semantics", "overlapping") == "overlapping":
            if engine is None or r["engine"].startswith(engine):
                return r
    return None


def pair(r, p50="msg_ns_p50", p99="msg_ns_p99"):
    return f"{r[p50]:,} / {r[p99]:,}" if r else "-"


print(
    "\n| pack | phrases | messages (with hits) | whole check | normalization | Decorum matcher "
    "| Hyperscan | Rust aho-corasick DFA | Rust aho-corasick NFA | whole p99 ÷ Hyperscan "
    "| matcher p99 ÷ Hyperscan | matches |"
)
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
disagree = False
for c in checks:
    name = c["set"].rstrip("/").split("/")[-1]
    m = find(matcher, name)
    hs = find(hyperscan, name)
    dfa = find(rust, name, "aho-corasick-0.7 dfa")
    nfa = find(rust, name, "aho-corasick-0.7 nfa")
    counts = {r["haystack_matches"] for r in (m, hs, dfa, nfa) if r}
    disagree |= len(counts) > 1
    whole = f"{c['check_ns_p99'] / hs['msg_ns_p99']:.2f}×" if hs else "-"
    alone = f"{m['msg_ns_p99'] / hs['msg_ns_p99']:.2f}×" if m and hs else "-"
    print(
        f"| {name} | {m['patterns'] if m else c['phrases']:,} | {c['msgs']:,} ({c['msgs_with_hits']:,}) "
        f"| {pair(c, 'check_ns_p50', 'check_ns_p99')} | {pair(c, 'normalize_ns_p50', 'normalize_ns_p99')} "
        f"| {pair(m)} | {pair(hs)} | {pair(dfa)} | {pair(nfa)} | {whole} | {alone} "
        f"| {'equal' if len(counts) == 1 else 'DIFFER: ' + str(sorted(counts))} |"
    )
print(
    "\nns per message, p50 / p99, each message its own call. The matchers match the pack's phrases in"
    "\nthe match form over the messages as typed (every match, overlapping); the whole check also"
    "\nnormalizes, bounds words, weighs exceptions, and for a message with hits builds the rewrite and"
    "\nchecks it again."
)
sys.exit(1 if disagree else 0)
