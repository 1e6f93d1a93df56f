#!/bin/sh
# The weekly run (cron or systemd): scripts/weekly-run.sh INBOX OUT [--week YYYY-Www]
set -eu
INBOX=${1:?usage: weekly-run.sh INBOX OUT [options]}
OUT=${2:?usage: weekly-run.sh INBOX OUT [options]}
shift 2
exec "$(dirname -- "$0")/factbrief" weekly --inbox "$INBOX" --out "$OUT" "$@"
