#!/bin/sh
# Builds factbrief and writes the seed cluster's brief into briefs/.
set -eu
cd "$(dirname -- "$0")/.."
exec scripts/factbrief brief seeds/us-peru-defense-2025-05.cluster.json --out briefs "$@"
