#!/usr/bin/env python3
"""Generates UnicodeTables.swift: the data the normalizer needs, from Python's unicodedata and
Unicode's confusables data (as shipped by the PyPI package confusable-homoglyphs).

usage: python3 generate.py > UnicodeTables.swift      (pip install confusable-homoglyphs)

Per scalar (two-stage table, 256-scalar blocks):
  - class: letter, mark (combining, stripped with diacritics), digit, removed (invisible, format,
    control, tatweel), space, punctuation, apostrophe, symbol;
  - mapping: the scalar's NFKD decomposition with full case folding applied until stable (the
    match form before marks are stripped), digits of every script as ASCII digits, and the Arabic
    letter variants folded (alef wasla, alef maksura and Farsi yeh, ta marbuta, keheh).
Look-alikes: for letters of Latin, Cyrillic and Greek, the lowercase letter of each other script
that Unicode's confusables data lists as looking the same (upper and lower case, e.g. Latin H and
Cyrillic Н).
"""
import base64
import json
import os
import struct
import sys
import unicodedata

import confusable_homoglyphs

MAX = 0x110000
LETTER, MARK, DIGIT, REMOVED, SPACE, PUNCT, APOSTROPHE, SYMBOL = range(8)

ARABIC = {  # and the one Cyrillic variant folded the same way
    0x0671: "\u0627",  # alef wasla -> alef
    0x0649: "\u064a",  # alef maksura -> yeh
    0x06CC: "\u064a",  # farsi yeh -> yeh
    0x06D2: "\u064a",  # yeh barree -> yeh
    0x0629: "\u0647",  # ta marbuta -> heh
    0x06A9: "\u0643",  # keheh -> kaf
    0x06C1: "\u0647",  # heh goal -> heh
    0x066A: "%",  # Arabic percent sign
    0x06C3: "\u0647",  # teh marbuta goal -> heh
    0x06AA: "\u0643",  # swash kaf -> kaf
    0x066E: "\u0628",  # dotless beh -> beh
    0x0675: "\u0627",  # high hamza alef -> alef
    0x0491: "\u0433",  # Ukrainian ghe with upturn -> ghe, as Ukrainian search folds it
    0x0490: "\u0433",
}
APOSTROPHES = {0x27, 0x2019, 0x2018, 0x02BC, 0x02B9, 0x2032, 0x0060, 0x00B4, 0xFF07}
REMOVED_EXTRA = {0x0640, 0x180E, 0x034F, 0x115F, 0x1160, 0x3164, 0xFFA0, 0x17B4, 0x17B5}


def fold(s):
    while True:
        t = unicodedata.normalize("NFKD", s).casefold()
        t = unicodedata.normalize("NFKD", t)
        if t == s:
            return s
        s = t


def classify(cp):
    ch = chr(cp)
    cat = unicodedata.category(ch)
    if cp in REMOVED_EXTRA or 0xFE00 <= cp <= 0xFE0F or 0xE0100 <= cp <= 0xE01EF or 0x180B <= cp <= 0x180F:
        return REMOVED
    if cp in APOSTROPHES:
        return APOSTROPHE
    if cp in (0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85) or cat in ("Zs", "Zl", "Zp"):
        return SPACE
    if cat in ("Cf", "Cc", "Cs", "Co", "Cn"):
        return REMOVED if cat in ("Cf", "Cc") else SYMBOL
    if cat in ("Mn", "Me"):
        return MARK
    if cat == "Nd":
        return DIGIT
    if cat.startswith("L") or cat == "Mc" or cat in ("Nl", "No"):
        return LETTER
    if cat.startswith("P"):
        return PUNCT
    return SYMBOL


def mapping(cp):
    ch = chr(cp)
    if cp in ARABIC:
        return ARABIC[cp]
    if 0xAC00 <= cp <= 0xD7A3:  # Hangul syllables stay composed
        return ch
    cat = unicodedata.category(ch)
    if cat == "Nd":
        return str(unicodedata.decimal(ch))
    m = fold(ch)
    # Decomposed pieces that are themselves digits (e.g. circled or fullwidth forms) become ASCII.
    m = "".join(str(unicodedata.decimal(c)) if unicodedata.category(c) == "Nd" else ARABIC.get(ord(c), c) for c in m)
    return m


classes = bytearray(MAX)
pool = []  # UTF-32 scalars of all non-identity mappings
index = {}  # mapping string -> packed (offset << 5 | length)
maps = [0] * MAX
for cp in range(MAX):
    if 0xD800 <= cp <= 0xDFFF:
        classes[cp] = SYMBOL
        continue
    c = classify(cp)
    classes[cp] = c
    if c == REMOVED:
        continue
    m = mapping(cp)
    if m != chr(cp):
        if m not in index:
            assert len(m) < 32
            index[m] = (len(pool) << 5) | len(m)
            pool.extend(ord(x) for x in m)
        maps[cp] = index[m]

# Two-stage table: block of 256 scalars -> (class byte, mapping word) per scalar.
blocks = {}
stage1 = []
stage2_classes = bytearray()
stage2_maps = []
for b in range(MAX // 256):
    key = (bytes(classes[b * 256:(b + 1) * 256]), tuple(maps[b * 256:(b + 1) * 256]))
    if key not in blocks:
        blocks[key] = len(blocks)
        stage2_classes += key[0]
        stage2_maps.extend(key[1])
    stage1.append(blocks[key])

# Look-alikes between Latin, Cyrillic and Greek letters.
data = json.load(open(os.path.join(os.path.dirname(confusable_homoglyphs.__file__), "confusables.json")))


def script(ch):
    name = unicodedata.name(ch, "")
    for s in ("LATIN", "CYRILLIC", "GREEK"):
        if name.startswith(s + " ") and unicodedata.category(ch) in ("Ll", "Lu"):
            return s
    return None


def is_basic(ch, script):
    """Look-alikes only map to the letters of the alphabets in use, never to rare forms."""
    cp = ord(ch)
    if script == "LATIN":
        return 0x61 <= cp <= 0x7A
    if script == "CYRILLIC":  # Russian, Ukrainian and Mongolian letters
        return 0x430 <= cp <= 0x44F or cp in (0x451, 0x454, 0x456, 0x457, 0x491, 0x4AF, 0x4E9)
    return 0x3B1 <= cp <= 0x3C9


lookalike = {}  # (scalar, target script) -> lowercase scalar
for k, vs in data.items():
    group = [k] + [v["c"] for v in vs]
    for x in group:
        for y in group:
            if len(x) != 1 or len(y) != 1 or x == y:
                continue
            sx, sy = script(x), script(y)
            if not (sx and sy and sx != sy):
                continue
            low = fold(y)
            if len(low) != 1 or not is_basic(low, sy):
                continue
            key = (ord(x), sy)
            # A capital looks like the other script's capital (Cyrillic І like Latin I, not l):
            # prefer the twin of the same case.
            same_case = x.isupper() == y.isupper()
            if key not in lookalike or (same_case and not lookalike[key][1]):
                lookalike[key] = (ord(low), same_case)
# Pairs Unicode's data lists only for capitals, but that agents type in lower case too.
for a, b in [("\u043a", "k"), ("\u043c", "m"), ("\u0442", "t"), ("\u043d", "h")]:
    lookalike.setdefault((ord(a), "LATIN"), (ord(fold(b)), True))
    lookalike.setdefault((ord(b), "CYRILLIC"), (ord(a), True))
lookalike = {k: v[0] for k, v in lookalike.items()}

SCRIPTS = {"LATIN": 1, "CYRILLIC": 2, "GREEK": 3}
pairs = sorted((cp, SCRIPTS[s], to) for (cp, s), to in lookalike.items())


def b64(data):
    return base64.b64encode(data).decode("ascii")


out = sys.stdout
out.write("// swift-format-ignore-file\n")
out.write("// Generated by Tables/generate.py from Python %s unicodedata (Unicode %s) and Unicode's\n"
          % (sys.version.split()[0], unicodedata.unidata_version))
out.write("// confusables data (confusable-homoglyphs %s). Do not edit.\n\n" % confusable_homoglyphs.__version__
          if hasattr(confusable_homoglyphs, "__version__") else "// confusables data (confusable-homoglyphs). Do not edit.\n\n")
out.write("enum UnicodeTables {\n")
out.write("    static let unicodeVersion = \"%s\"\n" % unicodedata.unidata_version)
out.write("    /// Block index of each 256-scalar block, UInt16 little-endian.\n")
out.write("    static let stage1 = \"%s\"\n" % b64(struct.pack("<%dH" % len(stage1), *stage1)))
out.write("    /// Class of each scalar, per block.\n")
out.write("    static let classes = \"%s\"\n" % b64(bytes(stage2_classes)))
out.write("    /// Mapping of each scalar, per block: offset << 5 | length into `pool`, 0 for itself. UInt32 LE.\n")
out.write("    static let mappings = \"%s\"\n" % b64(struct.pack("<%dI" % len(stage2_maps), *stage2_maps)))
out.write("    /// The scalars of every mapping, UInt32 LE.\n")
out.write("    static let pool = \"%s\"\n" % b64(struct.pack("<%dI" % len(pool), *pool)))
out.write("    /// Look-alike letters: (scalar, target script 1 Latin 2 Cyrillic 3 Greek, lowercase look-alike), UInt32 LE triples.\n")
out.write("    static let lookalikes = \"%s\"\n" % b64(struct.pack("<%dI" % (3 * len(pairs)), *[v for p in pairs for v in p])))
out.write("}\n")
print("blocks %d, pool %d scalars, look-alike pairs %d" % (len(blocks), len(pool), len(pairs)), file=sys.stderr)
