#!/usr/bin/env bash
# Writes the extraction of every chapter the project has (sample, examples, fixtures) to one
# file per chapter, in the extractor's debug form. For speed work: a change that only makes
# extraction faster must leave every file byte-identical.
#
#   scripts/extraction-snapshot.sh OUT_DIR [BUILD_DIR]        then: diff -r OLD_DIR NEW_DIR
#
# Needs: cmake --build BUILD_DIR --target score_chapter
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: extraction-snapshot.sh OUT_DIR [BUILD_DIR]}
build=${2:-build}
tool="$build/tests/extract/score_chapter"
[ -x "$tool" ] || { echo "extraction-snapshot: $tool not built" >&2; exit 1; }
mkdir -p "$out"
chapters=(examples/*.txt tests/fixtures/extract/*.txt tests/fixtures/extract/blind/*.txt)
[ -f ../shared/seed/000_3bb9964064fcccfa.txt ] && chapters+=(../shared/seed/000_3bb9964064fcccfa.txt)
for chapter in "${chapters[@]}"; do
  [ -f "$chapter" ] || continue
  "$tool" --dump "$chapter" > "$out/$(basename "${chapter%.txt}").dump"
done
echo "extraction-snapshot: ${#chapters[@]} chapters → $out"
