#!/usr/bin/env bash
# Looks at a rendered .docx as a person would: renders a plan to .docx with the built CLI,
# converts it to PDF with LibreOffice (headless) and the pages to PNG (poppler's pdftoppm), and
# keeps the first page and the appendix's first page. LibreOffice, poppler and the Liberation
# fonts (Liberation Serif has Times New Roman's metrics) are installed from Debian's packages here,
# only when missing, and only for this check: they are no dependency of kehoach.
#   packages/schema/scripts/docx-preview.sh [PLAN] [OUT-DIR]
#   default: plans/ha-noi/2025.yaml → docs/images/render-2025-page1.png, render-2025-appendix.png
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
plan="${1:-plans/ha-noi/2025.yaml}"
out="${2:-$root/docs/images}"
name="$(basename "$plan" .yaml)"

if ! command -v soffice >/dev/null || ! command -v pdftoppm >/dev/null || ! fc-list | grep -q "Liberation Serif"; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends libreoffice-writer poppler-utils fonts-liberation2 fonts-liberation >/dev/null
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root"
node packages/schema/bin/kehoach.js render "$plan" --format docx --out "$work/$name.docx"
# A profile of its own: a LibreOffice already running for the user is not disturbed.
timeout 300 soffice -env:UserInstallation="file://$work/profile" --headless --convert-to pdf --outdir "$work" "$work/$name.docx" >/dev/null
pages="$(pdfinfo "$work/$name.pdf" | awk '/^Pages:/ { print $2 }')"
appendix=""
for ((p = 1; p <= pages; p++)); do
  if pdftotext -f "$p" -l "$p" "$work/$name.pdf" - | grep -q "^PHỤ LỤC"; then appendix="$p"; break; fi
done
mkdir -p "$out"
pdftoppm -r 80 -png -singlefile -f 1 -l 1 "$work/$name.pdf" "$out/render-$name-page1"
if [ -n "$appendix" ]; then pdftoppm -r 80 -png -singlefile -f "$appendix" -l "$appendix" "$work/$name.pdf" "$out/render-$name-appendix"; fi
echo "$plan: $pages pages; page 1 → $out/render-$name-page1.png; appendix on page ${appendix:-none}${appendix:+ → $out/render-$name-appendix.png}"
