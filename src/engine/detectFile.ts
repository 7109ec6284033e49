import { fileTypeFromBuffer } from "file-type";

/** The MIME type judged from the bytes themselves, never from the name. */
export async function detectMime(bytes: Uint8Array): Promise<string | null> {
  const t = await fileTypeFromBuffer(bytes);
  return t?.mime ?? null;
}
