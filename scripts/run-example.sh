#!/usr/bin/env bash
# Sets up, builds, builds the graph of examples/ into the default store (./duikou.store), and
# prints every pairing of 柯桥区 through the canned query queries/pairings.rq.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh >&2
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >&2
cmake --build build -j"$(nproc)" >&2
./build/src/cli/duikou build examples/*.txt
./build/src/cli/duikou query pairings --param place=柯桥区
