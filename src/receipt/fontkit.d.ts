// fontkit (pdfkit's font engine) ships no types; we use only this much of it
declare module "fontkit" {
  export interface Font {
    postscriptName: string;
    hasGlyphForCodePoint(codePoint: number): boolean;
    layout(text: string): unknown;
  }
  export function create(buffer: Buffer | Uint8Array): Font;
}
