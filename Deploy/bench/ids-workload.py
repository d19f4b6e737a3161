#!/usr/bin/env python3
"""A workload of messages that carry an address, an order number or a serial.

usage: Deploy/bench/ids-workload.py WORKLOAD OUT

Writes OUT/messages.txt: the first 100,000 messages of WORKLOAD/messages.txt, each with one of
`anna@example.com`-like addresses, `ORD-894Y93`-like order numbers or `A95B84`-like serials put
in at a random word (the same ones every run), cut to 300 bytes; and copies WORKLOAD's
MANIFEST.json and phrase sets beside it. `decorum bench check --workload OUT` then times the check
of such messages, which support chat is full of and the shared workload has almost none of.
"""
import os
import random
import shutil
import sys


def token(rng):
    kind = rng.randrange(3)
    if kind == 0:
        return rng.choice(["anna", "john.doe", "support", "m.kowalski"]) + "@example.com"
    if kind == 1:
        return "ORD-%d%s%d" % (rng.randint(100, 999), rng.choice("XYZK"), rng.randint(10, 99))
    return "A%dB%d" % (rng.randint(1, 99), rng.randint(1, 99))


def main():
    source, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    for name in os.listdir(source):
        if name == "MANIFEST.json" or name.startswith("patterns-"):
            shutil.copy(os.path.join(source, name), out)
    rng = random.Random(5)
    with open(os.path.join(source, "messages.txt"), encoding="utf-8") as f:
        lines = [line.rstrip("\n") for _, line in zip(range(100_000), f)]
    with open(os.path.join(out, "messages.txt"), "w", encoding="utf-8") as f:
        for line in lines:
            words = line.split(" ")
            words.insert(rng.randint(0, len(words)), token(rng))
            message = " ".join(words)
            while len(message.encode()) < 50:
                message += " thanks for waiting"
            f.write(message.encode()[:300].decode("utf-8", "ignore") + "\n")


if __name__ == "__main__":
    main()
