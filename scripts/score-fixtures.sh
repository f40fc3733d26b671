#!/usr/bin/env bash
# Scores the extractor on every chapter of a fixture folder that has an expectation next to it
# (X.txt + X.tsv), and prints the micro-averaged precision and recall per kind over all of them.
#
#   scripts/score-fixtures.sh [DIR] [BUILD_DIR]      (defaults: tests/fixtures/extract/blind, build)
#
# Needs the score_chapter tool: cmake --build build --target score_chapter
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-tests/fixtures/extract/blind}
build=${2:-build}
tool="$build/tests/extract/score_chapter"
[ -x "$tool" ] || { echo "score-fixtures: $tool not built (cmake --build $build --target score_chapter)" >&2; exit 1; }
for chapter in "$dir"/*.txt; do
  expectation="${chapter%.txt}.tsv"
  [ -f "$expectation" ] || continue
  echo "== $(basename "$chapter")"
  "$tool" "$chapter" "$expectation" | grep '^summary'
  "$tool" "$chapter" "$expectation" | awk -v name="$(basename "$chapter")" \
    '/^[a-z_]+ +[0-9]+ +[0-9]+ +[0-9]+ / { print $1, $2, $3, $4 }' >> "${TMPDIR:-/tmp}/score-fixtures.$$"
done
echo "== all chapters, micro-averaged: kind precision recall (expected/extracted/matched)"
awk '{ e[$1] += $2; x[$1] += $3; m[$1] += $4; if (!($1 in seen)) { seen[$1] = 1; order[n++] = $1 } }
     END { for (i = 0; i < n; i++) { k = order[i];
             p = x[k] ? m[k] / x[k] : 1; r = e[k] ? m[k] / e[k] : 1;
             printf "%-14s %.2f %.2f (%d/%d/%d)\n", k, p, r, e[k], x[k], m[k] } }' "${TMPDIR:-/tmp}/score-fixtures.$$"
rm -f "${TMPDIR:-/tmp}/score-fixtures.$$"
