#!/usr/bin/env bash
# The published page in a real browser: nianbao render -> headless Chromium -> PNG (desktop and phone widths) and
# PDF (A4), with checks that the PDF is A4, that table 三 sits on one page, and that the HTML parses without error in
# html5lib's strict mode.
#
#   bash scripts/render_html.sh OUTDIR          # make interop: renders and checks into OUTDIR
#   bash scripts/render_html.sh --docs          # make render: also refreshes docs/render_*.png
#
# Needs chromium, pdftotext/pdfinfo (poppler-utils) and a CJK font (fonts-noto-cjk); `make interop-deps` installs
# them. Environment: SWIFT (default swift), NIANBAO (a nianbao binary to use instead of building one).
set -euo pipefail
cd "$(dirname "$0")/.."
SWIFT=${SWIFT:-swift}

docs=0
out=${1:-.build/interop/html}
if [ "$out" = "--docs" ]; then docs=1; out=.build/render-html; fi
for tool in chromium pdftotext pdfinfo; do
  command -v "$tool" >/dev/null || { echo "render_html.sh: $tool is missing (make interop-deps installs it)" >&2; exit 2; }
done
if [ -n "${NIANBAO:-}" ]; then
  BIN=$NIANBAO
else
  "$SWIFT" build --product nianbao >&2
  BIN="$("$SWIFT" build --show-bin-path)/nianbao"
fi
mkdir -p "$out"
out=$(cd "$out" && pwd)
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
browser() {
  timeout 120 chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$profile" "$@" \
    2> >(grep -v -e dbus -e 'Fontconfig' >&2) >/dev/null
}

fail=0
# The clerk's sample with its findings marked; the real 下司镇 report as the clean page to publish.
"$BIN" render Samples/clerk_imbalance_2022.xlsx -o "$out/clerk_findings.html" || [ $? = 1 ]
"$BIN" render Samples/xiasizhen_2021.xlsx --no-findings -o "$out/xiasizhen.html"
for name in clerk_findings xiasizhen; do
  page="file://$out/$name.html"
  browser --window-size=1000,3600 --screenshot="$out/$name.png" "$page"
  browser --window-size=390,2400 --screenshot="$out/$name.phone.png" "$page"
  browser --no-pdf-header-footer --print-to-pdf="$out/$name.pdf" "$page"
  size=$(pdfinfo "$out/$name.pdf" | awk '/Page size/ {print $3 "x" $5}')
  pages=$(pdfinfo "$out/$name.pdf" | awk '/Pages/ {print $2}')
  case "$size" in 594.9*x841.9*|595*x842*) ;; *) echo "render_html.sh: $name.pdf is $size pt, not A4" >&2; fail=1 ;; esac
  # Table 三 on one page: its title, its first and its last row label are printed on the same page.
  one=0
  for page_number in $(seq 1 "$pages"); do
    text=$(pdftotext -f "$page_number" -l "$page_number" "$out/$name.pdf" - | tr -d ' \n')
    if [[ $text == *三、收到和处理政府信息公开申请情况* && $text == *一、本年新收政府信息公开申请数量* \
      && $text == *四、结转下年度继续办理* ]]; then one=1; fi
  done
  if [ $one = 1 ]; then echo "$name.pdf: A4, $pages pages, table 三 on one page"; else
    echo "render_html.sh: table 三 of $name.pdf is split over pages" >&2; fail=1; fi
done
if python3 -c "import html5lib" 2>/dev/null || python3 -m pip install -q html5lib >/dev/null 2>&1; then
  for name in clerk_findings xiasizhen; do
    python3 - "$out/$name.html" <<'PY' || fail=1
import sys, html5lib
parser = html5lib.HTMLParser(strict=True)
with open(sys.argv[1], "rb") as handle:
    parser.parse(handle.read())
print(f"{sys.argv[1].rsplit('/', 1)[-1]}: parses in html5lib's strict mode")
PY
  done
else
  echo "render_html.sh: html5lib not installed; the strict HTML parse is skipped" >&2
fi
if [ $docs = 1 ]; then
  cp "$out/clerk_findings.png" docs/render_clerk_findings.png
  cp "$out/clerk_findings.phone.png" docs/render_clerk_findings_phone.png
  cp "$out/xiasizhen.png" docs/render_xiasizhen.png
  pdftoppm -png -r 60 -f 2 -l 2 "$out/clerk_findings.pdf" docs/render_clerk_findings_a4
  echo "docs/render_*.png refreshed"
fi
exit $fail
