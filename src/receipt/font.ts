import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import * as fontkit from "fontkit";

/** Noto Sans SC (the Adobe/Google CJK font, OFL), shipped by an npm package so a plain `npm ci` has it. */
const FONT_PACKAGE = "@embedpdf/fonts-sc";
const FONT_FILE = "NotoSansHans-Regular.otf";

let cached: Uint8Array | undefined;
let face: fontkit.Font | undefined;

/** The Chinese font's bytes, read once per process. */
export function chineseFont(): Uint8Array {
  if (!cached) {
    const main = createRequire(import.meta.url).resolve(FONT_PACKAGE);
    cached = readFileSync(join(dirname(main), "..", "fonts", FONT_FILE));
  }
  return cached;
}

/** The font parsed once per process: fontkit decodes its tables as they are used, so every later PDF is quicker. */
export function chineseFontFace(): fontkit.Font {
  face ??= fontkit.create(chineseFont());
  return face;
}
