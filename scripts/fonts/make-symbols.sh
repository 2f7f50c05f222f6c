#!/usr/bin/env bash
# Makes resources/fonts/WaymarkSymbols.ttf: the blocks of DejaVu Sans (Greek, Cyrillic, arrows, geometric
# shapes, symbols, dingbats, its monochrome emoji) that Be Vietnam Pro has no glyph for, so card icons
# and interface marks look the same on every machine. Run once by hand (Debian: python3-fonttools);
# the result is committed, and tests/unit/export/typeface.test.ts checks it still covers them.
set -euo pipefail
cd "$(dirname "$0")/../.."
/usr/bin/python3 -m fontTools.subset node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf \
  --unicodes='U+0370-03FF,U+0400-04FF,U+2000-206F,U+20A0-20CF,U+2100-23FF,U+2460-24FF,U+2500-27BF,U+2900-297F,U+2B00-2BFF,U+1F300-1FAFF' \
  --layout-features='*' --name-IDs='*' --name-languages='*' --notdef-outline --no-hinting \
  --output-file=resources/fonts/WaymarkSymbols.ttf
/usr/bin/python3 - <<'PY'
from fontTools.ttLib import TTFont
f = TTFont('resources/fonts/WaymarkSymbols.ttf')
for rec in f['name'].names:
    if rec.nameID in (1, 4, 16):
        rec.string = 'Waymark Symbols'
    elif rec.nameID == 6:
        rec.string = 'WaymarkSymbols'
f.save('resources/fonts/WaymarkSymbols.ttf')
PY
