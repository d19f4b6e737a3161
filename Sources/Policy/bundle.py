#!/usr/bin/env python3
"""Embeds the default policy pack (Policies/**/*.yaml) into BundledPolicies.swift, so that
`decorum check` works from any folder. Run after editing Policies/:

    python3 Sources/Policy/bundle.py

A test fails when the embedded copy differs from Policies/.
"""
import os
import sys

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
pack = os.path.join(root, "Policies")
files = []
for dirpath, _, names in os.walk(pack):
    for name in names:
        if name.endswith((".yaml", ".yml")):
            path = os.path.join(dirpath, name)
            files.append((os.path.relpath(path, root), open(path, encoding="utf-8").read()))
files.sort()
out = ["// swift-format-ignore-file", "// Generated from Policies/ by Sources/Policy/bundle.py. Do not edit.", "", "enum BundledPolicies {",
       "    static let files: [(name: String, text: String)] = ["]
for name, text in files:
    assert '"""##' not in text
    out.append('        (')
    out.append('            "%s",' % name)
    out.append('            ##"""')
    # A multi-line literal's lines are indented at least as far as its closing delimiter.
    out.extend(("            " + line) if line else "" for line in text.rstrip("\n").split("\n"))
    out.append('            """##'),
    out.append('        ),')
out += ["    ]", "}", ""]
target = os.path.join(root, "Sources", "Policy", "BundledPolicies.swift")
open(target, "w", encoding="utf-8").write("\n".join(out))
print("embedded %d policy files into %s" % (len(files), os.path.relpath(target, root)), file=sys.stderr)
