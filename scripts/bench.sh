#!/usr/bin/env bash
# Benchmarks of whole runs (issue 6): warm stages, a cold single brief against WeasyPrint and headless Chromium
# rendering the same HTML, and weekly runs over generated weeks of N clusters. Prints a table at the end.
#
#   scripts/bench.sh [--runs N] [--weeks "100 1000"] [--warm-seconds S] [--jmh] [--no-install]
#
# Inputs are generated under bench/target/corpus/ by recombining the seed stories and the fictional stories in
# bench/stories/ (factbrief.bench.Corpus). Other processes on the machine disturb the figures: the script prints
# the load average before and after, and CPU times beside wall times.
set -euo pipefail
cd "$(dirname -- "$0")/.."
ROOT=$(pwd)

RUNS=7
WEEKS="100 1000"
WARM_SECONDS=20
JMH=0
INSTALL=1
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS=$2; shift 2 ;;
    --weeks) WEEKS=$2; shift 2 ;;
    --warm-seconds) WARM_SECONDS=$2; shift 2 ;;
    --jmh) JMH=1; shift ;;
    --no-install) INSTALL=0; shift ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "bench: unknown option $1" >&2; exit 2 ;;
  esac
done

OUT="$ROOT/bench/target/run"
CORPUS="$ROOT/bench/target/corpus"
WEEK=2031-W16
AS_OF=2031-12-01
SEED="$ROOT/seeds/us-peru-defense-2025-05.cluster.json"
CORES=$(nproc)
rm -rf "$OUT"
mkdir -p "$OUT" "$CORPUS"
say() { printf '\n== %s\n' "$*" >&2; }
ms() { awk -v s="$1" 'BEGIN { printf "%.0f", s * 1000 }'; }

# --- tools ----------------------------------------------------------------------------------------------------
install() {   # install Debian packages when missing and allowed; never fails the benchmark
  [ "$INSTALL" = 1 ] && command -v apt-get >/dev/null 2>&1 || return 0
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"; } >/dev/null 2>&1 \
    || echo "bench: could not install $*" >&2
}
command -v hyperfine >/dev/null 2>&1 || install hyperfine
[ -x /usr/bin/time ] || install time
command -v weasyprint >/dev/null 2>&1 || install weasyprint
command -v chromium >/dev/null 2>&1 || install chromium
if [ ! -x /usr/bin/time ]; then echo "bench: /usr/bin/time (GNU time) is required" >&2; exit 1; fi

# --- build ----------------------------------------------------------------------------------------------------
say "build (mvn -Pbench package, tests skipped)"
mvn -q -B -Pbench -DskipTests package >&2
BENCH_JAR="$ROOT/bench/target/factbrief-bench.jar"
LAUNCHER="$ROOT/scripts/factbrief"

say "inputs: 20-story cluster and generated weeks ($WEEKS clusters) under bench/target/corpus"
java -cp "$BENCH_JAR" factbrief.bench.Corpus "$ROOT" twenty "$CORPUS/twenty.cluster.json" >&2
for n in $WEEKS; do
  java -cp "$BENCH_JAR" factbrief.bench.Corpus "$ROOT" week "$CORPUS/inbox-$n" "$n" "$WEEK" >&2
done

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

# --- warm stages ----------------------------------------------------------------------------------------------
say "warm stages (StageTimer: ${WARM_SECONDS}s warm-up, median of 40, wall and thread CPU)"
for c in seed twenty; do
  java -Dfactbrief.home="$ROOT" -cp "$BENCH_JAR" factbrief.bench.StageTimer "$c" "$WARM_SECONDS" 40 \
    | tee "$OUT/warm-$c.txt" >&2
done
if [ "$JMH" = 1 ]; then
  say "JMH (StageBench, both clusters; several minutes)"
  java -Dfactbrief.home="$ROOT" -jar "$BENCH_JAR" StageBench -rf json -rff "$OUT/jmh.json" | tee "$OUT/jmh.txt" >&2
fi

# --- cold single brief vs WeasyPrint and Chromium on the same HTML ---------------------------------------------
say "cold single brief: process start to three files on disk ($RUNS runs)"
"$LAUNCHER" brief "$SEED" --out "$OUT/cold" --as-of "$AS_OF" >/dev/null    # creates the class-data archive
HTML="$OUT/cold/us-peru-defense-2025-05.html"
cp "$HTML" "$OUT/brief.html"

# median wall seconds of a command, run RUNS times after one warm-up run (hyperfine when installed)
median_of() {
  local name=$1; shift
  if command -v hyperfine >/dev/null 2>&1; then
    hyperfine -N --style none --warmup 1 --runs "$RUNS" --export-json "$OUT/$name.json" -- "$*" >/dev/null 2>&1
    python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][0]["median"])' "$OUT/$name.json"
  else
    "$@" >/dev/null 2>&1
    local t=()
    for _ in $(seq "$RUNS"); do
      local s; s=$(date +%s%N); "$@" >/dev/null 2>&1; t+=($(( $(date +%s%N) - s )))
    done
    printf '%s\n' "${t[@]}" | sort -n | awk '{ a[NR] = $1 } END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%.4f\n", m / 1e9 }'
  fi
}
COLD=$(median_of cold "$LAUNCHER" brief "$SEED" --out "$OUT/cold" --as-of "$AS_OF")
WEASY=""
CHROME=""
if command -v weasyprint >/dev/null 2>&1; then
  WEASY=$(median_of weasyprint weasyprint "$HTML" "$OUT/weasyprint.pdf")
else
  echo "bench: WeasyPrint is not installed and could not be installed; its column is skipped" >&2
fi
if command -v chromium >/dev/null 2>&1; then
  CHROME=$(median_of chromium chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --user-data-dir="$OUT/chromium-profile" --print-to-pdf="$OUT/chromium.pdf" "file://$HTML")
else
  echo "bench: Chromium is not installed and could not be installed; its column is skipped" >&2
fi

# --- weekly runs ----------------------------------------------------------------------------------------------
say "weekly runs: factbrief weekly --inbox --out (fresh output folder each time, $CORES threads)"
# one small run first, so that the launcher's class-data archive for 'weekly' exists before anything is timed
java -cp "$BENCH_JAR" factbrief.bench.Corpus "$ROOT" week "$CORPUS/inbox-5" 5 "$WEEK" >&2
"$LAUNCHER" weekly --inbox "$CORPUS/inbox-5" --week "$WEEK" --out "$OUT/weekly-5" --as-of "$AS_OF" \
  --threads "$CORES" --progress lines >/dev/null 2>&1 || true
WEEKLY_ROWS=()
FIRST_N=""; FIRST_WALL=""
for n in $WEEKS; do
  rm -rf "$OUT/weekly-$n"
  /usr/bin/time -v -o "$OUT/weekly-$n.time" "$LAUNCHER" weekly --inbox "$CORPUS/inbox-$n" --week "$WEEK" \
    --out "$OUT/weekly-$n" --as-of "$AS_OF" --threads "$CORES" --progress lines >"$OUT/weekly-$n.log" 2>&1 || {
      echo "bench: the weekly run over $n clusters failed; see $OUT/weekly-$n.log" >&2; tail -3 "$OUT/weekly-$n.log" >&2; }
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$OUT/weekly-$n.time")
  user=$(awk -F': ' '/User time/ { print $2 }' "$OUT/weekly-$n.time")
  sys=$(awk -F': ' '/System time/ { print $2 }' "$OUT/weekly-$n.time")
  rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$OUT/weekly-$n.time")
  briefs=$(find "$OUT/weekly-$n/$WEEK" -name '*.pdf' | wc -l)
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.1f", u + s }')
  rate=$(awk -v b="$briefs" -v w="$wall" 'BEGIN { printf "%.1f", b / w }')
  growth="-"
  if [ -z "$FIRST_N" ]; then FIRST_N=$n; FIRST_WALL=$wall; else
    growth=$(awk -v w="$wall" -v fw="$FIRST_WALL" -v n="$n" -v fn="$FIRST_N" 'BEGIN {
      printf "x%.2f wall for x%.0f clusters; %.0f ms per extra brief", w / fw, n / fn, 1000 * (w - fw) / (n - fn) }')
  fi
  WEEKLY_ROWS+=("$(printf '| weekly, %5d clusters | %8.1f s | %7s s | %5s MB | %6s briefs/s | %s |' "$n" "$wall" "$cpu" "$rss" "$rate" "$growth")")
done
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

# --- table ----------------------------------------------------------------------------------------------------
row() { awk -v k="$2" -F'  +' '$1 == k { print $3 }' "$OUT/warm-$1.txt"; }
{
  echo
  echo "factbrief benchmarks  $(date -u +%Y-%m-%dT%H:%MZ)  $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)"
  echo "load average before: $LOAD_BEFORE   after: $LOAD_AFTER   (other work on the machine inflates wall times)"
  echo
  echo "| warm stage (median process CPU ms) | seed, 5 stories | 20 stories |"
  echo "|---|---|---|"
  for s in read language extract reconcile html json "pdf (render-html-json)" "render (html+pdf+json)" "brief (bytes to 3 files)"; do
    printf '| %-27s | %15s | %10s |\n' "$s" "$(row seed "$s")" "$(row twenty "$s")"
  done
  echo
  echo "| cold, one process per document (median of $RUNS) | wall | ratio to WeasyPrint |"
  echo "|---|---|---|"
  printf '| factbrief brief (seed: HTML + PDF + JSON)   | %5s ms | %s |\n' "$(ms "$COLD")" \
    "$([ -n "$WEASY" ] && awk -v a="$COLD" -v b="$WEASY" 'BEGIN { printf "%.2f (target <= 0.75)", a / b }' || echo "-")"
  [ -n "$WEASY" ] && printf '| weasyprint brief.html (PDF only)            | %5s ms | 1.00 |\n' "$(ms "$WEASY")"
  [ -n "$CHROME" ] && printf '| chromium --headless --print-to-pdf          | %5s ms | %s |\n' "$(ms "$CHROME")" \
    "$([ -n "$WEASY" ] && awk -v a="$CHROME" -v b="$WEASY" 'BEGIN { printf "%.2f", a / b }' || echo "-")"
  echo
  echo "| weekly run | wall | CPU (user+sys) | peak RSS | rate | growth |"
  echo "|---|---|---|---|---|---|"
  printf '%s\n' "${WEEKLY_ROWS[@]}"
  echo
  echo "details: $OUT"
} | tee "$OUT/table.md"
