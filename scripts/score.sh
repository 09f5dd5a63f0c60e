#!/usr/bin/env bash
# Dev-set score from the sources: extract the seed pages and score them against the gold file.
# Extra arguments go to score.mjs (e.g. --verbose).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
shared="$root/../shared"
out="$(mktemp)"
npx --no-install tsx "$root/scripts/dev.ts" extract --json "$shared"/seeds/*.txt >"$out"
node "$shared/eval/score.mjs" "$shared/eval/seeds.gold.json" "$out" "$@"
rm -f "$out"
