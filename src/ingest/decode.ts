// Bytes → text. The encoding is detected from the bytes (BOM, then strict UTF-8, then a
// plausibility check for Windows-1256): a page is never silently mangled, it is refused.
import { MarsadError } from "../errors.js";

export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1256";

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** Bytes of an incomplete last character left out (a file cut off mid-character): 0 to 3. */
  truncated?: number;
}

const MAGIC: ReadonlyArray<readonly [string, readonly number[]]> = [
  ["PDF", [0x25, 0x50, 0x44, 0x46]],
  ["PNG", [0x89, 0x50, 0x4e, 0x47]],
  ["JPEG", [0xff, 0xd8, 0xff]],
  ["GIF", [0x47, 0x49, 0x46, 0x38]],
  ["ZIP", [0x50, 0x4b, 0x03, 0x04]],
  ["GZIP", [0x1f, 0x8b]],
  ["WEBP/RIFF", [0x52, 0x49, 0x46, 0x46]],
];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);

function utf16(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be", skip: number): Decoded {
  try {
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(skip)), encoding };
  } catch {
    throw new MarsadError("UNDECODABLE", `invalid ${encoding.toUpperCase()} after its byte order mark`);
  }
}

/** UTF-16 without a BOM: ASCII and Arabic put 0x00 or 0x06 in every other byte. */
function sniffUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return null;
  let evenHigh = 0;
  let oddHigh = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0 || bytes[i] === 6) evenHigh++;
    if (bytes[i + 1] === 0 || bytes[i + 1] === 6) oddHigh++;
  }
  const pairs = n / 2;
  if (oddHigh / pairs > 0.9 && evenHigh / pairs < 0.5) return "utf-16le";
  if (evenHigh / pairs > 0.9 && oddHigh / pairs < 0.5) return "utf-16be";
  return null;
}

/**
 * Windows-1256 maps almost every byte to something, so decoding always "works"; accept it only
 * when the result reads like Arabic text: most non-ASCII characters are Arabic letters and
 * there are no C0 control characters besides tab and line breaks.
 */
function plausibleWindows1256(text: string): boolean {
  let arabic = 0;
  let nonAscii = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 9 && c !== 10 && c !== 13) return false;
    if (c >= 0x80) {
      nonAscii++;
      if (c >= 0x0600 && c <= 0x06ff) arabic++;
    }
  }
  return nonAscii > 0 && arabic / nonAscii >= 0.7;
}

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new MarsadError("EMPTY_FILE");
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return checked(decodeUtf8(bytes.subarray(3)));
  if (startsWith(bytes, [0xff, 0xfe])) return checked(utf16(bytes, "utf-16le", 2));
  if (startsWith(bytes, [0xfe, 0xff])) return checked(utf16(bytes, "utf-16be", 2));
  for (const [name, magic] of MAGIC) {
    if (startsWith(bytes, magic)) throw new MarsadError("BINARY_FILE", `looks like ${name}`);
  }
  const sniffed = sniffUtf16(bytes);
  if (sniffed) return checked(utf16(bytes, sniffed, 0));
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) throw new MarsadError("BINARY_FILE", "contains NUL bytes");
  const utf8 = tryUtf8(bytes);
  if (utf8 !== null) return checked({ text: utf8, encoding: "utf-8" });
  const cut = incompleteTail(bytes);
  const whole = cut > 0 ? tryUtf8(bytes.subarray(0, bytes.length - cut)) : null;
  if (whole !== null) return checked({ text: whole, encoding: "utf-8", truncated: cut });
  const text = new TextDecoder("windows-1256").decode(bytes);
  if (plausibleWindows1256(text)) return checked({ text, encoding: "windows-1256" });
  throw new MarsadError("UNDECODABLE", "not UTF-8, and not plausible Windows-1256 Arabic");
}

/**
 * The length of an incomplete UTF-8 sequence at the very end (a lead byte and fewer
 * continuation bytes than it announces), else 0: a download cut off mid-character loses that
 * character, not the page.
 */
function incompleteTail(bytes: Uint8Array): number {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const b = bytes[bytes.length - back]!;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back for the lead
    const needs = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return needs > back ? back : 0;
  }
  return 0;
}

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function decodeUtf8(bytes: Uint8Array): Decoded {
  const text = tryUtf8(bytes);
  if (text === null) throw new MarsadError("UNDECODABLE", "invalid UTF-8 after its byte order mark");
  return { text, encoding: "utf-8" };
}

function checked(decoded: Decoded): Decoded {
  if (decoded.text.trim() === "") throw new MarsadError("EMPTY_FILE", "only white space");
  return decoded;
}
