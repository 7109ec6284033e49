import JSZip from "jszip";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/** The DOCX's body XML (word/document.xml), as Word stores it. */
export async function docxXml(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file("word/document.xml");
  if (!file) throw new Error("no word/document.xml in the DOCX");
  return file.async("string");
}

/** The DOCX's paragraphs as text, one per paragraph, table cells included, in reading order. */
export async function docxParagraphs(bytes: Uint8Array): Promise<string[]> {
  const xml = await docxXml(bytes);
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => unescapeXml(t[1]!)).join(""));
}

/** The DOCX's table: each row's cells' text. */
export async function docxTable(bytes: Uint8Array): Promise<string[][]> {
  const xml = await docxXml(bytes);
  return [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) =>
    [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) =>
      [...c[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => unescapeXml(t[1]!)).join("")));
}

const unescapeXml = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

/** The PDF's text lines (items on one baseline joined, top to bottom), as a reader extracts them through the font's ToUnicode map. */
export async function pdfLines(bytes: Uint8Array): Promise<string[]> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const out: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    const lines = new Map<number, { x: number; s: string }[]>();
    for (const item of content.items) {
      if (!("str" in item) || !item.str.trim()) continue;
      const y = Math.round(item.transform[5]);
      lines.set(y, [...(lines.get(y) ?? []), { x: item.transform[4], s: item.str }]);
    }
    for (const y of [...lines.keys()].sort((a, b) => b - a)) out.push(lines.get(y)!.sort((a, b) => a.x - b.x).map((p) => p.s).join(" | "));
  }
  await pdf.destroy();
  return out;
}

/** The fonts the PDF embeds (FontFile streams), by name: a font not embedded prints differently elsewhere. */
export function pdfEmbeddedFonts(bytes: Uint8Array): string[] {
  const s = Buffer.from(bytes).toString("latin1");
  const names = [...s.matchAll(/\/FontName \/([A-Z]{6}\+[^\s/]+)/g)].map((m) => m[1]!);
  return s.includes("/FontFile") ? names : [];
}
