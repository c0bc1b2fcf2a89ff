#!/usr/bin/env bash
# Every workbook nianbao writes, through openpyxl, python-calamine and headless LibreOffice (scripts/interop_files.py):
#   * the bundled samples, Samples/*.xlsx;
#   * two fresh blank templates (2019, 2021)            -> .build/interop/templates/;
#   * the export of every shared fixture: nianbao import FIXTURE.xlsx -> JSON, nianbao export JSON -> XLSX
#                                                        -> .build/interop/exports/.
# Run from anywhere: bash scripts/interop_all.sh. Environment: SWIFT (default swift), PYTHON (default python3),
# NIANBAO_SCRATCH (a --scratch-path for swift build; default .build), NIANBAO_FIXTURES (default ../shared/fixtures/xlsx,
# relative to the repository), INTEROP_TIMEOUT (seconds per LibreOffice conversion, default 180).
set -euo pipefail

cd "$(dirname "$0")/.."
SWIFT=${SWIFT:-swift}
PYTHON=${PYTHON:-python3}
FIXTURES=${NIANBAO_FIXTURES:-../shared/fixtures/xlsx}
OUT=.build/interop
scratch=()
[ -n "${NIANBAO_SCRATCH:-}" ] && scratch=(--scratch-path "$NIANBAO_SCRATCH")

echo "== swift build --product nianbao ${scratch[*]}"
"$SWIFT" build "${scratch[@]}" --product nianbao
BIN="$("$SWIFT" build "${scratch[@]}" --show-bin-path)/nianbao"

rm -rf "$OUT/templates" "$OUT/exports"
mkdir -p "$OUT/templates" "$OUT/exports"
failed=0

echo "== templates -> $OUT/templates"
for version in 2019 2021; do
  if ! "$BIN" template --version "$version" -o "$OUT/templates/template_$version.xlsx"; then
    echo "FAIL nianbao template --version $version"
    failed=1
  fi
done

echo "== exports of $FIXTURES/*.xlsx -> $OUT/exports"
shopt -s nullglob
fixtures=("$FIXTURES"/*.xlsx)
if [ ${#fixtures[@]} -eq 0 ]; then
  echo "FAIL no fixtures in $FIXTURES (set NIANBAO_FIXTURES)"
  failed=1
fi
for fixture in "${fixtures[@]}"; do
  name=$(basename "$fixture" .xlsx)
  # Exit 1 means converted with findings (a broken balance rule): the workbook is still written.
  status=0
  "$BIN" import "$fixture" -o "$OUT/exports/$name.json" 2>"$OUT/exports/$name.import.txt" || status=$?
  if [ "$status" -gt 1 ]; then
    echo "FAIL nianbao import $fixture: exit $status: $(tail -n 3 "$OUT/exports/$name.import.txt")"
    failed=1
    continue
  fi
  status=0
  "$BIN" export "$OUT/exports/$name.json" -o "$OUT/exports/$name.xlsx" 2>"$OUT/exports/$name.export.txt" || status=$?
  if [ "$status" -gt 1 ]; then
    echo "FAIL nianbao export $OUT/exports/$name.json: exit $status: $(tail -n 3 "$OUT/exports/$name.export.txt")"
    failed=1
    continue
  fi
  echo "exported $fixture -> $OUT/exports/$name.xlsx"
done

echo "== scripts/interop_files.py"
status=0
"$PYTHON" scripts/interop_files.py --nianbao "$BIN" --timeout "${INTEROP_TIMEOUT:-180}" \
  Samples/*.xlsx "$OUT"/templates/*.xlsx "$OUT"/exports/*.xlsx || status=$?
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ]; then
  exit 1
fi
