#!/usr/bin/env python3
"""Writes seed-mentions.tsv from seed-mentions.spec and the seed texts (offsets in code points, end exclusive).

The spec lists each story's mentions in reading order, fields separated by " | ": story, surface, type, canonical
name, kind (name or role) and an optional anchor (a stretch of text found once in the story, holding the surface: for
when the next occurrence is not the one meant, or a role that holds a name mention). Each other surface is searched,
as a whole word, from the end of the previous name mention of the same story.
Usage (from the repository root): python3 generator/src/test/resources/entity-gold/make_gold.py
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[4]


def find(text, surface, start, anchor):
    if anchor:
        a = text.find(anchor)
        if a < 0 or text.find(anchor, a + 1) >= 0 or surface not in anchor:
            sys.exit(f"anchor not found once, or without the surface: {anchor!r}")
        return a + anchor.find(surface)
    m = re.compile(r"(?<![\w])" + re.escape(surface) + r"(?![\w])").search(text, start)
    if not m:
        sys.exit(f"not found after {start}: {surface!r}")
    return m.start()


def main():
    texts = {p.stem: p.read_text(encoding="utf-8") for p in (ROOT / "seeds").glob("*.txt")}
    cursor = {}
    rows = []
    for n, line in enumerate((HERE / "seed-mentions.spec").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split(" | ")]
        if len(parts) not in (5, 6):
            sys.exit(f"spec line {n}: expected 5 or 6 fields separated by ' | ': {line!r}")
        story, surface, etype, canonical, kind = parts[:5]
        anchor = parts[5] if len(parts) == 6 else None
        text = texts[story]
        start = find(text, surface, cursor.get(story, 0), anchor)
        end = start + len(surface)
        assert text[start:end] == surface
        if kind == "name":
            cursor[story] = end
        elif kind != "role":
            sys.exit(f"spec line {n}: kind must be name or role, not {kind!r}")
        rows.append((story, start, end, surface, etype, canonical, kind))
    with open(HERE / "seed-mentions.tsv", "w", encoding="utf-8", newline="\n") as out:
        out.write("# story\tstart\tend\ttext\ttype\tentity\tkind  (written by make_gold.py from seed-mentions.spec)\n")
        for r in sorted(rows, key=lambda r: (r[0], r[1], r[2])):
            out.write("\t".join(str(x) for x in r) + "\n")
    print(f"{len(rows)} mentions")


if __name__ == "__main__":
    main()
