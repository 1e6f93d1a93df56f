#!/bin/sh
# The brief of one cluster file: scripts/brief-cluster.sh CLUSTER.json [options of factbrief brief]
set -eu
exec "$(dirname -- "$0")/factbrief" brief "$@"
