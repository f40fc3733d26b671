#!/usr/bin/env bash
# Installs the Debian packages duikou builds, tests and runs with. Idempotent: installs only
# what is missing. Needs root (or sudo) when something is missing.
set -euo pipefail
packages=(
  build-essential cmake pkg-config
  libserd-dev libsord-dev serdi sordi           # Serd/Sord: RDF syntax and in-memory indexes
  librdf0-dev librasqal3-dev libraptor2-dev     # Redland: SPARQL (Rasqal) and RDF parsing (Raptor)
  raptor2-utils rasqal-utils python3-rdflib     # other RDF tools the tests check our exports with
  libcli11-dev                                  # command line
  libicu-dev libopencc-dev opencc libre2-dev    # encodings, traditional->simplified, regexes
  libedit-dev                                   # shell line editing (BSD licence)
  googletest libgtest-dev libgmock-dev libbenchmark-dev
  graphviz                                      # `export --format svg`
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#packages[@]} packages present"
  exit 0
fi
echo "setup: installing ${missing[*]}"
sudo_cmd=""
[ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo_cmd apt-get update -qq
$sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
