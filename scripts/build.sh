#!/bin/sh
# Builds the jar (tests skipped; run them with: mvn -B test).
set -eu
cd "$(dirname -- "$0")/.."
mvn -q -B -DskipTests package
