// Text from news pages goes into XML attributes and elements: names with quotes, ampersands,
// stray control characters from bad encodings. XML 1.0 cannot hold most C0 controls, lone
// surrogates or U+FFFE/FFFF even as references, so those are dropped; the markup characters
// are escaped; tab, CR and LF are written as references so attribute normalisation keeps them.

// Everything outside XML 1.0's Char production (the u flag makes lone surrogates match).
const ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const SPECIAL = /[&<>"'\t\n\r]/g;
const REFERENCES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

// Most values need nothing: one scan decides (surrogates go the slow way, pairs survive it).
const ANY = /[\u0000-\u001F"&'<>\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Safe in element content and in double- or single-quoted attribute values. */
export function xmlEscape(value: string | number): string {
  const text = String(value);
  if (!ANY.test(text)) return text;
  return text.replace(ILLEGAL, "").replace(SPECIAL, (c) => REFERENCES[c]!);
}

/** ` name="value"` for each defined value, in order. */
export function xmlAttributes(attributes: Record<string, string | number | null | undefined>): string {
  let out = "";
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined) out += ` ${name}="${xmlEscape(value)}"`;
  }
  return out;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
