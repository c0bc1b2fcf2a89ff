#!/usr/bin/env bash
# Peak memory and time of `nianbao import` on every hostile input, each within a stated bound.
#
# Usage: bash scripts/hostile_memory.sh            (bounds: MAX_RSS_MB=64, MAX_SECONDS=10 per file)
#        NIANBAO=path/to/nianbao MAX_RSS_MB=64 MAX_SECONDS=10 bash scripts/hostile_memory.sh
#
# Runs the release binary (NIANBAO, default .build/release/nianbao, built with `swift build -c release` when
# missing) under /usr/bin/time -v on every file of Tests/NianbaoXLSXTests/Fixtures/hostile and .../fuzz, of
# ../shared/fixtures/bad, of the DOCX, HTML and PDF carriers' hostile fixtures and on two generated pages (100,000
# nested elements; the portal page padded to 50 MB), writing with -o into a fresh folder. A file fails when the run ends by a signal, takes
# more than MAX_RSS_MB of resident memory or MAX_SECONDS of wall time, or exits 2 (refused) but leaves a file
# behind. The zip bombs among them (ratio-bomb, total-size-bomb, lying-size-bomb, zip-bomb-small, million-merges)
# inflate to 24 MiB to 900 MiB if read: they must be refused within the same bounds. A report workbook carrying a
# register of 200,000 x 10 numbers on a second sheet (scripts/make_register_workbook.py, generated into the scratch
# folder) must be imported within them too, to the report's own JSON. Time bounds live here, not in unit tests. Prints one line per file and a summary; exits 1 when any file is out of bounds.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="/opt/swift/usr/bin:$PATH"
MAX_RSS_MB="${MAX_RSS_MB:-64}"
MAX_SECONDS="${MAX_SECONDS:-10}"
NIANBAO="${NIANBAO:-$ROOT/.build/release/nianbao}"

if [ ! -x /usr/bin/time ]; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq time >/dev/null
fi
if [ ! -x "$NIANBAO" ]; then
  echo "building the release binary ($NIANBAO)"
  swift build -c release >/dev/null || { echo "hostile_memory: the release build failed" >&2; exit 2; }
fi

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
failures=0
count=0
max_rss=0
max_rss_file=""
max_time=0
max_time_file=""
printf '%-52s %5s %9s %8s\n' file exit "RSS MB" seconds
register="$scratch/register-200000x10.xlsx"
python3 scripts/make_register_workbook.py "$register" 200000 10
"$NIANBAO" import Samples/xiasizhen_2021.xlsx -o "$scratch/report-alone.json" 2>/dev/null
# Hostile web pages too large to commit: 100,000 nested elements, and the portal page padded to 50 MB.
python3 - "$scratch" <<'PY'
import sys
scratch = sys.argv[1]
with open(f"{scratch}/nested-100000.html", "w") as page:
    page.write("<html><body>" + "<div>" * 100000 + "x" + "</div>" * 100000 + "</body></html>")
with open("Samples/pingtan_2024.html", encoding="utf-8") as source:
    portal = source.read()
padding = "<p>页脚</p><script>var x = 1;</script><!-- comment -->\n" * (50 * 1024 * 1024 // 60)
with open(f"{scratch}/portal-50mb.html", "w", encoding="utf-8") as page:
    page.write(portal.replace("</body>", padding + "</body>"))
PY
for file in Tests/NianbaoXLSXTests/Fixtures/hostile/* Tests/NianbaoXLSXTests/Fixtures/fuzz/* ../shared/fixtures/bad/* \
  Tests/NianbaoDOCXTests/Fixtures/hostile/* Tests/NianbaoHTMLTests/Fixtures/hostile/* \
  Tests/NianbaoPDFTests/Fixtures/hostile/* "$scratch/nested-100000.html" "$scratch/portal-50mb.html" "$register"; do
  [ -f "$file" ] || continue
  count=$((count + 1))
  out="$scratch/$count"
  mkdir -p "$out/target"
  /usr/bin/time -v -o "$out/time" "$NIANBAO" import "$file" -o "$out/target/report.json" >/dev/null 2>"$out/stderr"
  status=$?
  rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$out/time")
  wall=$(awk -F'): ' '/Elapsed \(wall clock\)/ {print $2}' "$out/time" \
    | awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }')
  rss_mb=$(awk -v kb="$rss_kb" 'BEGIN { printf "%.1f", kb / 1024 }')
  problem=""
  if grep -q "Command terminated by signal" "$out/time"; then problem="ended by a signal"; fi
  if awk -v r="$rss_kb" -v m="$MAX_RSS_MB" 'BEGIN { exit !(r > m * 1024) }'; then problem="$problem over ${MAX_RSS_MB} MB"; fi
  if awk -v t="$wall" -v m="$MAX_SECONDS" 'BEGIN { exit !(t > m) }'; then problem="$problem over ${MAX_SECONDS} s"; fi
  if [ "$status" -eq 2 ] && [ -n "$(ls -A "$out/target")" ]; then problem="$problem left a file behind"; fi
  case "$status" in 0 | 1 | 2) ;; *) problem="$problem exit $status" ;; esac
  if [ "$file" = "$register" ] && ! cmp -s "$out/target/report.json" "$scratch/report-alone.json"; then
    problem="$problem differs from the report alone"
  fi
  name="${file#Tests/NianbaoXLSXTests/Fixtures/}"
  name="${name#../shared/fixtures/}"
  name="${name#"$scratch"/}"
  printf '%-52s %5s %9s %8s %s\n' "$name" "$status" "$rss_mb" "$wall" "${problem:+FAIL:$problem}"
  [ -n "$problem" ] && failures=$((failures + 1))
  if [ "$rss_kb" -gt "$max_rss" ]; then max_rss=$rss_kb; max_rss_file=$name; fi
  if awk -v t="$wall" -v m="$max_time" 'BEGIN { exit !(t > m) }'; then max_time=$wall; max_time_file=$name; fi
done
printf '%d files: peak RSS %.1f MB (%s), longest %.2f s (%s); bounds %s MB and %s s; %d out of bounds\n' \
  "$count" "$(awk -v kb="$max_rss" 'BEGIN { print kb / 1024 }')" "$max_rss_file" "$max_time" "$max_time_file" \
  "$MAX_RSS_MB" "$MAX_SECONDS" "$failures"
[ "$failures" -eq 0 ]
