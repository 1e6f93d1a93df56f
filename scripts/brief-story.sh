#!/bin/sh
# A single-source brief: scripts/brief-story.sh FILE --story ID [options]
set -eu
exec "$(dirname -- "$0")/factbrief" story "$@"
