#!/bin/sh
# Re-annotates the raw seed stories into the committed seed cluster file.
set -eu
cd "$(dirname -- "$0")/.."
exec scripts/factbrief annotate seeds/*.txt --metadata seeds/metadata.json \
  --cluster-id us-peru-defense-2025-05 --title "$(sed -n 's/.*"title": "\(US[^"]*\)".*/\1/p' seeds/metadata.json | head -n 1)" \
  --focus China --focus Chancay -o seeds/us-peru-defense-2025-05.cluster.json
