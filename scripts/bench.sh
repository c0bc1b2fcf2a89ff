#!/usr/bin/env bash
# make bench: nianbao side by side with python-calamine, openpyxl, XlsxWriter and libxlsxwriter, from one run.
#
# Installs what is missing (apt: hyperfine, time, libxlsxwriter-dev, a C compiler; pip: python-calamine, openpyxl,
# XlsxWriter), builds nianbao and the benchmark executables (Benchmarks/) in release mode, generates the inputs
# deterministically into bench-data/ (git-ignored; regenerated when the generator or the sizes change), then runs
# scripts/bench_run.py, which times every whole process with hyperfine and prints one table with ratios and targets.
#
# Environment: BENCH_SCRATCH (build folder, default .build), BENCH_ROWS (default 100000), BENCH_COLS (20),
# BENCH_REPORTS (1000), BENCH_QUICK=1 (one run per measurement, for a smoke test).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"

SCRATCH=${BENCH_SCRATCH:-.build}
ROWS=${BENCH_ROWS:-100000}
COLS=${BENCH_COLS:-20}
REPORTS=${BENCH_REPORTS:-1000}
DATA=bench-data
started=$(date +%s)

say() { printf 'bench: %s\n' "$*" >&2; }

# --- What the benchmark needs -------------------------------------------------------------------------------------
apt_missing=""
command -v hyperfine >/dev/null 2>&1 || apt_missing="$apt_missing hyperfine"
[ -x /usr/bin/time ] || apt_missing="$apt_missing time"
dpkg -s libxlsxwriter-dev >/dev/null 2>&1 || apt_missing="$apt_missing libxlsxwriter-dev"
command -v cc >/dev/null 2>&1 || apt_missing="$apt_missing gcc"
if [ -n "$apt_missing" ]; then
  say "installing (apt):$apt_missing"
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $apt_missing >/dev/null
fi
pip_missing=""
python3 -c "import python_calamine" 2>/dev/null || pip_missing="$pip_missing python-calamine"
python3 -c "import openpyxl" 2>/dev/null || pip_missing="$pip_missing openpyxl"
python3 -c "import xlsxwriter" 2>/dev/null || pip_missing="$pip_missing XlsxWriter"
if [ -n "$pip_missing" ]; then
  say "installing (pip):$pip_missing"
  python3 -m pip install -q $pip_missing
fi

# --- Builds -------------------------------------------------------------------------------------------------------
say "building nianbao (release, Swift runtime linked in as by make release, $SCRATCH)"
swift build -c release --static-swift-stdlib --scratch-path "$SCRATCH" --product nianbao >&2
NIANBAO="$(swift build -c release --static-swift-stdlib --scratch-path "$SCRATCH" --show-bin-path)/nianbao"
say "building the benchmark executables (Benchmarks/, release)"
# The root package is a path dependency: without this, SwiftPM reuses a cached plan that misses new source files.
swift build -c release --package-path Benchmarks --scratch-path "$SCRATCH/benchmarks" --disable-build-manifest-caching >&2
BENCH_BIN="$(swift build -c release --package-path Benchmarks --scratch-path "$SCRATCH/benchmarks" --show-bin-path)"
mkdir -p "$DATA/bin"
LIBXLSXWRITER=""
if cc -O2 -o "$DATA/bin/bench-libxlsxwriter" scripts/bench_libxlsxwriter.c -lxlsxwriter 2>/dev/null; then
  LIBXLSXWRITER="$DATA/bin/bench-libxlsxwriter"
else
  say "libxlsxwriter benchmark not built; its rows are left out"
fi

# --- Inputs -------------------------------------------------------------------------------------------------------
if compgen -G "Samples/*.xlsx" >/dev/null && [ -f Samples/xiasizhen_2021.xlsx ]; then
  TEMPLATE=Samples/xiasizhen_2021.xlsx
else
  TEMPLATE=../shared/fixtures/xlsx/xiasizhen_2021.official.xlsx
  [ -f "$TEMPLATE" ] || TEMPLATE=/work/shared/fixtures/xlsx/xiasizhen_2021.official.xlsx
fi
stamp="$(sha256sum scripts/bench_data.py "$TEMPLATE" | sha256sum | cut -c1-16)-$ROWS-$COLS-$REPORTS"
if [ "$(cat "$DATA/inputs.stamp" 2>/dev/null)" != "$stamp" ]; then
  say "generating inputs into $DATA/ (template $TEMPLATE)"
  rm -rf "$DATA/reports" "$DATA/reports-distinct" "$DATA"/sheet-*.xlsx "$DATA/inputs.stamp"
  python3 scripts/bench_data.py sheet --rows "$ROWS" --cols "$COLS" --strings shared "$DATA/sheet-shared.xlsx"
  python3 scripts/bench_data.py sheet --rows "$ROWS" --cols "$COLS" --strings inline "$DATA/sheet-inline.xlsx"
  python3 scripts/bench_data.py sheet --rows $((ROWS / 10 > 0 ? ROWS / 10 : 1)) --cols "$COLS" --strings shared \
    "$DATA/sheet-shared-small.xlsx"
  python3 scripts/bench_data.py reports --count "$REPORTS" --template "$TEMPLATE" "$DATA/reports"
  python3 scripts/bench_data.py reports --count "$REPORTS" --template "$TEMPLATE" --distinct-shapes \
    "$DATA/reports-distinct"
  echo "$stamp" >"$DATA/inputs.stamp"
fi

# --- Measurements -------------------------------------------------------------------------------------------------
BENCH_DATA="$DATA" NIANBAO="$NIANBAO" BENCH_BIN="$BENCH_BIN" LIBXLSXWRITER="$LIBXLSXWRITER" \
  SAMPLE_REPORT="$TEMPLATE" ROWS="$ROWS" COLS="$COLS" REPORTS="$REPORTS" python3 scripts/bench_run.py
echo
echo "Produced by: make bench ($(($(date +%s) - started)) s)"
