#!/bin/sh
# Regenerates the README's pictures of the seed brief: docs/seed-brief.png (the PDF page) and
# docs/seed-brief-phone.png (the HTML at 360 px in headless Chromium). Needs Maven, a JDK and Chromium
# (Debian: apt-get install -y chromium; or pass -Dfactbrief.chromium=PATH in JAVA_OPTS).
set -eu
cd "$(dirname -- "$0")/.."
mvn -q -B -f generator/pom.xml test-compile dependency:build-classpath -Dmdep.outputFile=target/test-cp.txt
CP="generator/target/classes:generator/target/test-classes:$(cat generator/target/test-cp.txt)"
# shellcheck disable=SC2086
exec java ${JAVA_OPTS:-} -Dfile.encoding=UTF-8 -cp "$CP" factbrief.browser.ReadmePictures . docs
