#!/usr/bin/env bash
# Rebuild Samples/ from Samples/xiasizhen_2021.json with the freshly built nianbao:
# the official export, both blank templates, the clerk-style sample and its expected findings.
# Needs python3 with openpyxl (pip install openpyxl) for the clerk-style sample.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product nianbao
bin=.build/debug/nianbao
"$bin" export Samples/xiasizhen_2021.json -o Samples/xiasizhen_2021.xlsx
"$bin" template --version 2019 -o Samples/template_2019.xlsx
"$bin" template --version 2021 -o Samples/template_2021.xlsx
python3 scripts/make_clerk_sample.py "$bin" Samples/clerk_imbalance_2022.xlsx
# The expected findings: nianbao's own output, reviewed by hand when it changes (exit 1: rules broken on purpose).
status=0
"$bin" check Samples/clerk_imbalance_2022.xlsx --format json > Samples/clerk_imbalance_2022.findings.json || status=$?
if [ "$status" -ne 1 ]; then
  echo "expected the clerk sample to break rules (exit 1), got $status" >&2
  exit 1
fi
# The real reports as they are published (Word, PDF, page saved as text, portal page), copied from ../shared/reports.
for file in xiasizhen_2021.docx xiasizhen_2021.pdf xiasizhen_2021.txt pingtan_2024.html; do
  install -m 644 "../shared/reports/$file" "Samples/$file"
done
echo "Samples rebuilt."
