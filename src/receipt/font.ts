import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** Noto Sans SC (the Adobe/Google CJK font, OFL), shipped by an npm package so a plain `npm ci` has it. */
const FONT_PACKAGE = "@embedpdf/fonts-sc";
const FONT_FILE = "NotoSansHans-Regular.otf";

let cached: Uint8Array | undefined;

/** The Chinese font's bytes, read once per process. */
export function chineseFont(): Uint8Array {
  if (!cached) {
    const main = createRequire(import.meta.url).resolve(FONT_PACKAGE);
    cached = readFileSync(join(dirname(main), "..", "fonts", FONT_FILE));
  }
  return cached;
}
