#!/usr/bin/env python3
"""Self and inclusive sample counts per method from a JFR recording (jdk.ExecutionSample events).

usage: bench/jfr-top.py RECORDING.jfr [TOP] [FILTER]   (FILTER keeps inclusive rows whose method contains it)
"""
import re, subprocess, sys, collections
path = sys.argv[1]; top = int(sys.argv[2]) if len(sys.argv) > 2 else 25
filt = sys.argv[3] if len(sys.argv) > 3 else None
out = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "200", path],
                     capture_output=True, text=True).stdout
samples = []
for block in out.split("jdk.ExecutionSample")[1:]:
    frames = re.findall(r"^\s+([\w$.<>/]+)\(.*?\)\s+line:", block, re.M)
    if frames: samples.append(frames)
n = len(samples)
selfc = collections.Counter(s[0] for s in samples)
incl = collections.Counter()
for s in samples:
    for f in set(s): incl[f] += 1
print(f"{n} samples")
print("-- self"); [print(f"{c:6d} {100*c/n:5.1f}% {m}") for m, c in selfc.most_common(top)]
print("-- inclusive"); [print(f"{c:6d} {100*c/n:5.1f}% {m}") for m, c in [x for x in incl.most_common() if not filt or filt in x[0]][:top * 2]]
