/// <reference path="../../../node_modules/windows-1252/windows-1252.d.ts" />
// (windows-1252's typings declare an ambient module that its package.json "exports" does not reach.)
// Reading a template from disk with the checks that keep bad input from turning into bad output, and
// writing it back in the encoding it was read in.

import { readFileSync, statSync, writeFileSync } from "node:fs";
// Node 20's TextDecoder decodes "windows-1252" as ISO-8859-1 (0x93 becomes U+0093, not “), and
// TextEncoder only writes UTF-8: this small, well-kept WHATWG codec does both directions right.
import * as cp1252 from "windows-1252";

export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;

/** The encodings a template is read in: the ones Notepad, Word exports and editors save. */
export type TemplateEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

/** How a file's bytes were decoded, so a fix can write them back the same way. */
export interface TemplateEncoding {
  name: TemplateEncodingName;
  /** The file started with a byte-order mark (kept on write). */
  bom: boolean;
}

export type ReadResult =
  | {
      ok: true;
      text: string;
      encoding: TemplateEncoding;
      /** Set when the bytes were not UTF-8 and a fallback was used: one line for the user. */
      notice?: string;
    }
  | { ok: false; reason: string };

const UTF8: TemplateEncoding = { name: "utf-8", bom: false };

/** Reads a template file: size and type checks, then {@link decodeTemplate}. Never throws. */
export function readTemplate(path: string, maxBytes = DEFAULT_MAX_FILE_BYTES): ReadResult {
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) return { ok: false, reason: "not a regular file" };
    size = st.size;
  } catch (err) {
    return { ok: false, reason: ioReason(err) };
  }
  if (size > maxBytes) return { ok: false, reason: `file is ${(size / 1048576).toFixed(1)} MB, over the ${(maxBytes / 1048576).toFixed(1)} MB limit (--max-file-size)` };
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    return { ok: false, reason: ioReason(err) };
  }
  return decodeTemplate(bytes);
}

function ioReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ENOENT") return "no such file";
  if (code === "EISDIR") return "is a directory";
  return (err as Error).message;
}

/**
 * Decodes template bytes (the platform's `TextDecoder` for UTF-8 and UTF-16, a WHATWG codec for Windows-1252):
 * - a UTF-16 LE or BE byte-order mark: UTF-16 (invalid sequences refused);
 * - NUL bytes or many control bytes: refused as binary;
 * - valid UTF-8, with or without a BOM: UTF-8;
 * - anything else: Windows-1252 (a superset of ISO-8859-1, what Notepad and Word save on Western
 *   Windows), with a `notice`.
 * Offsets of findings refer to the decoded text (the BOM is not part of it).
 */
export function decodeTemplate(bytes: Uint8Array): ReadResult {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const name = bytes[0] === 0xff ? "utf-16le" : "utf-16be";
    try {
      return { ok: true, text: new TextDecoder(name, { fatal: true }).decode(bytes.subarray(2)), encoding: { name, bom: true } };
    } catch {
      return { ok: false, reason: `invalid ${name.toUpperCase()} (byte-order mark present, but the bytes after it are not ${name.toUpperCase()})` };
    }
  }
  if (looksBinary(bytes)) return { ok: false, reason: "binary file (contains NUL or control bytes), not a text template" };
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bom ? bytes.subarray(3) : bytes);
    return { ok: true, text, encoding: bom ? { name: "utf-8", bom: true } : UTF8 };
  } catch {
    const text = cp1252.decode(bytes);
    return { ok: true, text, encoding: { name: "windows-1252", bom: false }, notice: "not valid UTF-8; read as Windows-1252" };
  }
}

/** NUL anywhere, or more than 1 in 100 bytes being C0 controls other than tab, newlines and form feed. */
function looksBinary(bytes: Uint8Array): boolean {
  let controls = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 12 && b !== 13 && b !== 0x1b) controls++;
  }
  return controls > 8 && controls * 100 > bytes.length;
}

export type EncodeResult = { ok: true; bytes: Buffer } | { ok: false; reason: string };

/**
 * Encodes text in the encoding it was read in, BOM included. Fails (never substitutes) when a
 * character cannot be represented, e.g. "→" in Windows-1252.
 */
export function encodeTemplate(text: string, encoding: TemplateEncoding): EncodeResult {
  switch (encoding.name) {
    case "utf-8": {
      const body = Buffer.from(text, "utf8");
      return { ok: true, bytes: encoding.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body };
    }
    case "utf-16le":
    case "utf-16be": {
      const le = Buffer.from(text, "utf16le");
      if (encoding.name === "utf-16be") le.swap16();
      const bom = encoding.name === "utf-16le" ? [0xff, 0xfe] : [0xfe, 0xff];
      return { ok: true, bytes: encoding.bom ? Buffer.concat([Buffer.from(bom), le]) : le };
    }
    case "windows-1252": {
      for (let i = 0; i < text.length; i++) {
        if (text.charCodeAt(i) < 0x80) continue;
        try {
          cp1252.encode(text[i]!, { mode: "fatal" });
        } catch {
          const cp = text.codePointAt(i)!;
          return { ok: false, reason: `"${String.fromCodePoint(cp)}" (U+${cp.toString(16).toUpperCase().padStart(4, "0")}) cannot be written in Windows-1252` };
        }
      }
      return { ok: true, bytes: Buffer.from(cp1252.encode(text, { mode: "fatal" })) };
    }
  }
}

/** Writes text back to `path` in `encoding`; a reason when it cannot be encoded or written (the file is then untouched). */
export function writeTemplate(path: string, text: string, encoding: TemplateEncoding): { ok: true } | { ok: false; reason: string } {
  const encoded = encodeTemplate(text, encoding);
  if (!encoded.ok) return encoded;
  try {
    writeFileSync(path, encoded.bytes);
    return { ok: true };
  } catch (err) {
    return { ok: false, reason: ioReason(err) };
  }
}

/** A display name for an encoding, as editors show it: "UTF-16 LE with BOM". */
export function encodingLabel(encoding: TemplateEncoding): string {
  const name = { "utf-8": "UTF-8", "utf-16le": "UTF-16 LE", "utf-16be": "UTF-16 BE", "windows-1252": "Windows-1252" }[encoding.name];
  return encoding.bom ? `${name} with BOM` : name;
}
