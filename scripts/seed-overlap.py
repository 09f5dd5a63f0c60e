#!/usr/bin/env python3
# Lists repository files that share 5-word Arabic sequences with the seed pages
# (../shared/seeds): seed text must not be copied into code, comments, tests or lexicons.
# Names of actors are facts and may recur; whole clauses may not.
import os, re, sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
seeds_dir = os.path.join(root, "..", "shared", "seeds")
if not os.path.isdir(seeds_dir):
    sys.exit(f"seed pages not found at {seeds_dir}")
word = re.compile(r"[\u0600-\u06FF]+")

def shingles(text, n=5):
    words = word.findall(text)
    return {" ".join(words[i:i + n]) for i in range(len(words) - n + 1)}

seed = set()
for name in os.listdir(seeds_dir):
    with open(os.path.join(seeds_dir, name), encoding="utf-8") as f:
        seed |= shingles(f.read())
skip = {"node_modules", ".git", "dist"}
for folder, dirs, files in os.walk(root):
    dirs[:] = [d for d in dirs if d not in skip]
    for name in files:
        path = os.path.join(folder, name)
        try:
            with open(path, encoding="utf-8") as f:
                shared = shingles(f.read()) & seed
        except (UnicodeDecodeError, OSError):
            continue
        if shared:
            print(f"{len(shared):3} {os.path.relpath(path, root)}: {sorted(shared)[:3]}")
