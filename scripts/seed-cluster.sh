#!/bin/sh
# Re-annotates the raw seed stories into the committed seed cluster file (arguments in seeds/annotate.args).
set -eu
cd "$(dirname -- "$0")/.."
exec scripts/factbrief annotate @seeds/annotate.args -o seeds/us-peru-defense-2025-05.cluster.json
