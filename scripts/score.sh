#!/usr/bin/env bash
# Dev-set score from the sources (no build): extract a page set and score it against its gold.
#   bash scripts/score.sh [seeds|examples] [score.mjs options, e.g. --verbose]
# seeds:    ../shared/seeds scored by ../shared/eval/seeds.gold.json (the development pages)
# examples: examples/ scored by eval/examples.gold.json (team-written, annotated independently)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
shared="$root/../shared"
set_name="seeds"
if [[ "${1:-}" == "seeds" || "${1:-}" == "examples" ]]; then set_name="$1"; shift; fi
out="$(mktemp)"
if [[ "$set_name" == "seeds" ]]; then
  gold="$shared/eval/seeds.gold.json"
  npx --no-install tsx "$root/scripts/dev.ts" extract --json "$shared"/seeds/*.txt >"$out"
else
  gold="$root/eval/examples.gold.json"
  npx --no-install tsx "$root/scripts/dev.ts" extract --json $(ls "$root"/examples/* | grep -v README) >"$out"
fi
node "$shared/eval/score.mjs" "$gold" "$out" "$@"
rm -f "$out"
