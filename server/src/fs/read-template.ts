// Reading a template from disk with the checks that keep bad input from turning into bad output.

import { readFileSync, statSync } from "node:fs";

export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

/** Reads a UTF-8 (or UTF-16 with BOM) text file, refusing binary, invalid UTF-8 and oversized files. */
export function readTemplate(path: string, maxBytes = DEFAULT_MAX_FILE_BYTES): ReadResult {
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) return { ok: false, reason: "not a regular file" };
    size = st.size;
  } catch (err) {
    return { ok: false, reason: (err as NodeJS.ErrnoException).code === "EACCES" ? "permission denied" : (err as Error).message };
  }
  if (size > maxBytes) return { ok: false, reason: `file is ${(size / 1048576).toFixed(1)} MB, over the ${(maxBytes / 1048576).toFixed(1)} MB limit (--max-file-size)` };
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    return { ok: false, reason: (err as NodeJS.ErrnoException).code === "EACCES" ? "permission denied" : (err as Error).message };
  }
  return decodeTemplate(bytes);
}

/** Decodes template bytes: UTF-8 (BOM optional) or UTF-16 with a BOM; binary and invalid UTF-8 are refused. */
export function decodeTemplate(bytes: Uint8Array): ReadResult {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const le = bytes[0] === 0xff;
    try {
      return { ok: true, text: new TextDecoder(le ? "utf-16le" : "utf-16be", { fatal: true }).decode(bytes.subarray(2)) };
    } catch {
      return { ok: false, reason: "invalid UTF-16" };
    }
  }
  if (bytes.includes(0)) return { ok: false, reason: "binary file (contains NUL bytes)" };
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return { ok: false, reason: "not valid UTF-8" };
  }
}
