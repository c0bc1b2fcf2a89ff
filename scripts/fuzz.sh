#!/usr/bin/env bash
# Fuzzes the XLSX reader and the report import with libFuzzer under AddressSanitizer (and LeakSanitizer).
#
# Usage: FUZZ_SECONDS=N bash scripts/fuzz.sh        (make fuzz FUZZ_SECONDS=N; default 60 s per target)
#        bash scripts/fuzz.sh --regress            only replay the committed regression inputs
#
# Builds the separate package Fuzz/ (its build folder Fuzz/.build) with -sanitize=fuzzer,address, seeds the
# targets with every fixture and sample, then runs each target for FUZZ_SECONDS, one after another:
#   FuzzReader  raw file bytes -> WorkbookReader(bytes:name:limits:), every sheet streamed
#   FuzzImport  raw file bytes -> ReportImporter.importWorkbook(bytes:name:limits:), JSON read back
#   FuzzParts   a package as text (`@@@ NAME` lines) packed into a valid zip -> reader and import
#   FuzzDOCX    a .docx, or the text of a word/document.xml packed into one -> DOCXReader and the import of its grids
#   FuzzHTML    raw page bytes -> HTMLReader.read(bytes:name:limits:), seeded with the HTML fixtures
#   FuzzPDF     raw file bytes -> PDFReader.read(bytes:name:limits:) and the import of its grids, seeded with the
#               PDF corpus, the hostile PDFs and the sample report's PDF
# The corpora grow in fuzz-out/corpus/<target> (kept between runs); crashes, hangs (over 60 s), slow units (over
# 30 s), out-of-memory inputs (over 2 GiB) and leaks are written to fuzz-out/crashes/<target>/. Both folders
# are git-ignored: a finding becomes a regression test by copying its input to Tests/NianbaoXLSXTests/Fixtures/fuzz/
# (read by FuzzRegressionTests and ImportBoundsTests, and replayed here before fuzzing).
# Exits 1 when a target found something, after the summary line of every target.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="/opt/swift/usr/bin:$PATH"
FUZZ_SECONDS="${FUZZ_SECONDS:-60}"
OUT="$ROOT/fuzz-out"
TARGETS=(FuzzReader FuzzImport FuzzParts FuzzDOCX FuzzHTML FuzzPDF)
REGRESSIONS="$ROOT/Tests/NianbaoXLSXTests/Fixtures/fuzz"
CONFIG=release
BIN="$ROOT/Fuzz/.build/$CONFIG"

echo "== building Fuzz/ ($CONFIG, -sanitize=fuzzer,address)"
mkdir -p "$OUT/logs"
# --disable-build-manifest-caching: the root package is a path dependency whose new files a cached plan would miss.
if ! swift build --package-path Fuzz -c "$CONFIG" --disable-build-manifest-caching -Xswiftc -sanitize=fuzzer,address -Xswiftc -g \
  >"$OUT/logs/build.log" 2>&1; then
  grep -v "Cannot export local symbol" "$OUT/logs/build.log" | tail -20 >&2
  echo "fuzz: the build failed; see fuzz-out/logs/build.log" >&2
  exit 2
fi
grep -v "Cannot export local symbol" "$OUT/logs/build.log" | tail -1

export SWIFT_BACKTRACE=enable=no
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$ROOT/Fuzz/lsan.supp:print_suppressions=0}"

# Raw seeds: every fixture and sample workbook, as files. Parts seeds: the readable zips among them, as text.
mkdir -p "$OUT/seeds/raw" "$OUT/seeds/parts"
for folder in Tests/NianbaoXLSXTests/Fixtures/crafted Tests/NianbaoXLSXTests/Fixtures/hostile "$REGRESSIONS" \
  Samples ../shared/fixtures/xlsx ../shared/fixtures/bad; do
  [ -d "$folder" ] || continue
  for file in "$folder"/*; do
    [ -f "$file" ] || continue
    cp "$file" "$OUT/seeds/raw/$(basename "$folder")-$(basename "$file")"
  done
done
python3 - "$OUT/seeds/raw" "$OUT/seeds/parts" <<'PY'
import os, sys, zipfile
source, target = sys.argv[1], sys.argv[2]
for name in sorted(os.listdir(source)):
    path = os.path.join(source, name)
    try:
        with zipfile.ZipFile(path) as archive:
            chunks = []
            for info in archive.infolist()[:64]:
                if info.file_size > (1 << 20):
                    continue
                chunks.append(b"@@@ " + info.filename.encode() + b"\n" + archive.read(info) + b"\n")
    except Exception:
        continue
    with open(os.path.join(target, name + ".parts"), "wb") as handle:
        handle.write(b"".join(chunks))
PY
# DOCX seeds: the Word corpus, hostile documents and shared reports under 1 MB, and each one's document.xml.
mkdir -p "$OUT/seeds/docx"
python3 - "$OUT/seeds/docx" Tests/NianbaoDOCXTests/Fixtures/corpus Tests/NianbaoDOCXTests/Fixtures/hostile \
  Tests/NianbaoDOCXTests/Fixtures/fuzz ../shared/reports <<'PY'
import os, shutil, sys, zipfile
target = sys.argv[1]
for folder in sys.argv[2:]:
    if not os.path.isdir(folder):
        continue
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if os.path.getsize(path) > 1_000_000 or not name.endswith((".docx", ".doc", ".wps", ".bin", ".xml")):
            continue
        seed = os.path.join(target, os.path.basename(folder) + "-" + name)
        shutil.copyfile(path, seed)
        try:
            with zipfile.ZipFile(path) as archive:
                data = archive.read("word/document.xml")
        except Exception:
            continue
        if len(data) < 1_000_000:
            with open(seed + ".document.xml", "wb") as handle:
                handle.write(data)
PY
echo "seeds: $(ls "$OUT/seeds/raw" | wc -l) files, $(ls "$OUT/seeds/parts" | wc -l) packages as text, $(ls "$OUT/seeds/docx" | wc -l) Word seeds"

# Replay the committed regression inputs first: each must pass every target.
shopt -s nullglob
regressions=("$REGRESSIONS"/*)
if [ ${#regressions[@]} -gt 0 ]; then
  for target in "${TARGETS[@]}"; do
    echo "== $target: replaying ${#regressions[@]} regression inputs"
    "$BIN/$target" -runs=1 -timeout=60 -rss_limit_mb=2048 "${regressions[@]}" >"$OUT/logs/$target.regress.log" 2>&1 \
      || { echo "fuzz: $target fails on a regression input; see $OUT/logs/$target.regress.log" >&2; exit 1; }
  done
fi
[ "${1:-}" = "--regress" ] && exit 0

found=0
summary=()
for target in "${TARGETS[@]}"; do
  corpus="$OUT/corpus/$target"
  crashes="$OUT/crashes/$target"
  mkdir -p "$corpus" "$crashes"
  seeds="$OUT/seeds/raw"
  [ "$target" = FuzzParts ] && seeds="$OUT/seeds/parts"
  [ "$target" = FuzzDOCX ] && seeds="$OUT/seeds/docx"
  dict=Fuzz/xlsx.dict
  if [ "$target" = FuzzHTML ]; then
    seeds="$OUT/seeds/html"
    dict=Fuzz/html.dict
    mkdir -p "$seeds"
    for file in ../shared/reports/*.html Tests/NianbaoHTMLTests/Fixtures/*.html Tests/NianbaoHTMLTests/Fixtures/*/*.html; do
      if [ -f "$file" ]; then cp "$file" "$seeds/$(basename "$(dirname "$file")")-$(basename "$file")"; fi
    done
  fi
  if [ "$target" = FuzzPDF ]; then
    seeds="$OUT/seeds/pdf"
    dict=Fuzz/pdf.dict
    mkdir -p "$seeds"
    for file in ../shared/reports/*.pdf Samples/*.pdf Tests/NianbaoPDFTests/Fixtures/*/*.pdf; do
      if [ -f "$file" ] && [ "$(stat -c %s "$file")" -le 1100000 ]; then
        cp "$file" "$seeds/$(basename "$(dirname "$file")")-$(basename "$file")"
      fi
    done
  fi
  echo "== $target: ${FUZZ_SECONDS}s (log: fuzz-out/logs/$target.log)"
  status=0
  # Slow units are findings past 30 s: the import's formula budget (FormulaEvaluator.maxSteps, 1 s in a release
  # build) takes about 11 s under AddressSanitizer and coverage; -timeout makes 60 s a hang.
  "$BIN/$target" "$corpus" "$seeds" -dict="$dict" -max_total_time="$FUZZ_SECONDS" -timeout=60 \
    -report_slow_units=30 -rss_limit_mb=2048 -max_len=1100000 -artifact_prefix="$crashes/" -print_final_stats=1 \
    >"$OUT/logs/$target.log" 2>&1 || status=$?
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$OUT/logs/$target.log" | tail -1 | grep -o '[0-9]*$' || echo 0)
  cov=$(grep -o 'cov: [0-9]*' "$OUT/logs/$target.log" | tail -1 | grep -o '[0-9]*$' || echo 0)
  artifacts=$(find "$crashes" -type f | wc -l)
  summary+=("$target: ${runs:-0} executions, coverage $cov edges, corpus $(ls "$corpus" | wc -l), findings $artifacts, exit $status")
  if [ "$status" -ne 0 ] || [ "$artifacts" -gt 0 ]; then
    found=1
    grep -m3 -E 'ERROR: |Fatal error|deadly signal|timeout|out-of-memory' "$OUT/logs/$target.log" >&2 || true
  fi
done
echo "== fuzz summary (${FUZZ_SECONDS}s per target)"
printf '%s\n' "${summary[@]}"
if [ "$found" -ne 0 ]; then
  echo "Findings are in fuzz-out/crashes/: copy each input to Tests/NianbaoXLSXTests/Fixtures/fuzz/ and fix." >&2
  exit 1
fi
