#!/bin/sh
# The weekly run, for cron or a systemd timer: briefs every input of the last complete ISO week.
#   scripts/weekly-run.sh INBOX OUT [options of factbrief weekly, e.g. --week 2031-W10 --prune --threads 2]
#   FACTBRIEF_INBOX=... FACTBRIEF_OUT=... scripts/weekly-run.sh [options]
# Exit status: 0 every input briefed; 1 some input failed (the rest written, see OUT/YYYY-Www/run.json);
# 2 usage error; 3 another run holds OUT/.factbrief.lock (this one touched nothing).
# Build the jar once after installing or updating (scripts/build.sh): the run itself never needs Maven.
set -eu
if [ $# -ge 2 ] && [ "${1#-}" = "$1" ] && [ "${2#-}" = "$2" ]; then
  INBOX=$1
  OUT=$2
  shift 2
else
  INBOX=${FACTBRIEF_INBOX:?usage: weekly-run.sh INBOX OUT [options], or set FACTBRIEF_INBOX and FACTBRIEF_OUT}
  OUT=${FACTBRIEF_OUT:?usage: weekly-run.sh INBOX OUT [options], or set FACTBRIEF_INBOX and FACTBRIEF_OUT}
fi
umask 022 # briefs readable by the web server or whoever shares them
exec "$(dirname -- "$0")/factbrief" weekly --inbox "$INBOX" --out "$OUT" "$@"
