#!/usr/bin/env bash
# Renders linkwell.svg into each OS's icon format. The results are committed, so building an
# installer never needs these tools; run this only after changing the SVG.
# Needs: rsvg-convert (librsvg2-bin), ImageMagick's convert, png2icns (Debian's icnsutils).
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" linkwell.svg -o "$tmp/$size.png"
done
cp "$tmp/512.png" ../linux/Linkwell.png
cp "$tmp/256.png" ../../src/main/resources/org/linkwell/ui/app-icon-256.png
cp "$tmp/32.png" ../../src/main/resources/org/linkwell/ui/app-icon-32.png
convert "$tmp"/{16,24,32,48,64,128,256}.png ../windows/Linkwell.ico
png2icns ../macos/Linkwell.icns "$tmp"/{16,32,48,128,256,512}.png >/dev/null
echo "icons written: linux/Linkwell.png windows/Linkwell.ico macos/Linkwell.icns (+ window icons)"
