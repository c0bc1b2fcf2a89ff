#!/usr/bin/env bash
# Renders the blank templates to PNG for docs/templates.md: nianbao template -> headless LibreOffice PDF ->
# pdftoppm -png -r 80, one image per page: docs/template_2019-1.png, -2.png, ..., docs/template_2021-1.png, ...
#
#   bash scripts/render_templates.sh
#
# Needs LibreOffice (soffice), pdftoppm (apt: poppler-utils) and a CJK font (apt: fonts-noto-cjk); `make interop-deps`
# installs them. The templates ask for 宋体, which Linux machines lack: a private fontconfig file maps 宋体/SimSun to
# Noto Serif CJK SC (a Song face, simplified-Chinese glyphs) so the images look like the printed form; without it
# fontconfig would pick the first CJK face it knows (Noto Sans CJK JP).
# Environment: SWIFT (default swift), NIANBAO_SCRATCH (a --scratch-path for swift build), NIANBAO (a nianbao binary to
# use instead of building one), RENDER_TIMEOUT (seconds for each LibreOffice conversion, default 180).
set -euo pipefail

cd "$(dirname "$0")/.."
SWIFT=${SWIFT:-swift}
DOCS=docs

for tool in soffice pdftoppm fc-list; do
  command -v "$tool" >/dev/null || { echo "render_templates.sh: $tool is missing (make interop-deps installs it)" >&2; exit 2; }
done
if ! fc-list : family | grep -i cjk >/dev/null; then
  echo "render_templates.sh: no CJK font (apt: fonts-noto-cjk); the Chinese text would print as boxes" >&2
  exit 2
fi

if [ -n "${NIANBAO:-}" ]; then
  BIN=$NIANBAO
else
  scratch=()
  [ -n "${NIANBAO_SCRATCH:-}" ] && scratch=(--scratch-path "$NIANBAO_SCRATCH")
  "$SWIFT" build "${scratch[@]}" --product nianbao
  BIN="$("$SWIFT" build "${scratch[@]}" --show-bin-path)/nianbao"
fi

work=$(mktemp -d)
profile=/tmp/lo-profile-$$
trap 'rm -rf "$work" "$profile"' EXIT

cat >"$work/fonts.conf" <<'EOF'
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <alias binding="same"><family>宋体</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="same"><family>SimSun</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
</fontconfig>
EOF

mkdir -p "$DOCS"
for version in 2019 2021; do
  name=template_$version
  "$BIN" template --version "$version" -o "$work/$name.xlsx"
  FONTCONFIG_FILE="$work/fonts.conf" timeout "${RENDER_TIMEOUT:-180}" \
    soffice --headless --norestore "-env:UserInstallation=file://$profile" \
    --convert-to pdf --outdir "$work" "$work/$name.xlsx" 2> >(grep -v javaldx >&2) >/dev/null
  [ -s "$work/$name.pdf" ] || { echo "render_templates.sh: LibreOffice wrote no $name.pdf" >&2; exit 1; }
  rm -f "$DOCS/$name"-*.png
  pdftoppm -png -r 80 "$work/$name.pdf" "$DOCS/$name"
  pages=$(ls "$DOCS/$name"-*.png | wc -l)
  echo "$DOCS/$name-*.png: $pages page(s)"
done
