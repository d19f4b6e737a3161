#!/usr/bin/env python3
"""Prints the dialog lines of the PyPI package chatterbot-corpus for one language, one per line
(real conversations, used to measure the default pack's false positives).

usage: dialog-lines.py english|ukrainian > lines.txt
"""
import os
import sys

import chatterbot_corpus
import yaml

language = sys.argv[1]
folder = os.path.join(os.path.dirname(chatterbot_corpus.__file__), "data", language)
seen = set()
for name in sorted(os.listdir(folder)):
    if not name.endswith(".yml"):
        continue
    data = yaml.safe_load(open(os.path.join(folder, name), encoding="utf-8"))
    for conversation in data.get("conversations", []):
        for line in conversation:
            if not isinstance(line, str):
                continue
            for part in line.split("\n"):
                part = part.strip()
                if part and part not in seen:
                    seen.add(part)
                    print(part)
