import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { MarsadError } from "../errors.js";
import { decode } from "./decode.js";

const ARABIC = "قال الوزير إن الاجتماع عقد في بغداد يوم ١٢/٣/٢٠٢٥.";

/** Windows-1256 bytes of a string, from the decoder's own table. */
function windows1256(text: string): Uint8Array {
  const decoder = new TextDecoder("windows-1256");
  const byChar = new Map<string, number>();
  for (let b = 0; b < 256; b++) byChar.set(decoder.decode(Uint8Array.of(b)), b);
  return Uint8Array.from([...text].map((ch) => byChar.get(ch) ?? 0x3f));
}

const utf16 = (text: string, bigEndian: boolean) => {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[2 + i * 2] = bigEndian ? code >> 8 : code & 0xff;
    bytes[3 + i * 2] = bigEndian ? code & 0xff : code >> 8;
  }
  return bytes;
};

describe("decode: encodings detected from the bytes", () => {
  const table: [string, Uint8Array, string][] = [
    ["UTF-8", new TextEncoder().encode(ARABIC), "utf-8"],
    ["UTF-8 with BOM", Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(ARABIC)]), "utf-8"],
    ["UTF-16LE with BOM", utf16(ARABIC, false), "utf-16le"],
    ["UTF-16BE with BOM", utf16(ARABIC, true), "utf-16be"],
    ["UTF-16LE without BOM", utf16(ARABIC, false).subarray(2), "utf-16le"],
    ["Windows-1256", windows1256("قال الوزير إن الاجتماع عقد في بغداد."), "windows-1256"],
  ];
  for (const [name, bytes, encoding] of table) {
    test(name, () => {
      const decoded = decode(bytes);
      assert.equal(decoded.encoding, encoding);
      assert.ok(decoded.text.includes("الوزير"), "the Arabic text survives");
      assert.ok(!decoded.text.startsWith("\ufeff"), "the BOM is not part of the text");
    });
  }
});

describe("decode: a file cut off inside its last character loses that character only", () => {
  const bytes = new TextEncoder().encode(ARABIC);
  const emoji = new TextEncoder().encode(`${ARABIC} 🙂`);
  const table: [string, Uint8Array, string, number][] = [
    ["one byte of a two-byte Arabic letter", bytes.subarray(0, 8), "قال ", 1],
    ["one byte of a three-byte character", Uint8Array.from([...bytes.subarray(0, 6), 0xe2]), "قال", 1],
    ["two bytes of a three-byte character", Uint8Array.from([...bytes.subarray(0, 6), 0xe2, 0x80]), "قال", 2],
    ["three bytes of a four-byte emoji", emoji.subarray(0, emoji.length - 1), `${ARABIC} `, 3],
  ];
  for (const [name, cut, text, truncated] of table) {
    test(name, () => {
      const decoded = decode(cut);
      assert.equal(decoded.text, text);
      assert.equal(decoded.truncated, truncated);
    });
  }
  test("a whole file reports nothing left out", () => assert.equal(decode(bytes).truncated, undefined));
  test("a broken byte before the end is still refused", () => {
    const broken = Uint8Array.from([...bytes.subarray(0, 6), 0xd9, 0x28, ...bytes.subarray(6, 8), 0xd9]);
    assert.throws(
      () => decode(broken),
      (error: unknown) => error instanceof MarsadError && error.code === "UNDECODABLE",
    );
  });
});

describe("decode: refused, never mangled", () => {
  const table: [string, Uint8Array, string][] = [
    ["empty", new Uint8Array(), "EMPTY_FILE"],
    ["only white space", new TextEncoder().encode(" \n\t \n"), "EMPTY_FILE"],
    ["PDF", new TextEncoder().encode("%PDF-1.7\n%âãÏÓ\n1 0 obj"), "BINARY_FILE"],
    ["PNG", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), "BINARY_FILE"],
    ["NUL bytes", Uint8Array.from([0x41, 0x42, 0, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49, 0x4a]), "BINARY_FILE"],
    [
      "Latin-1 French",
      Uint8Array.from([...new TextEncoder().encode("le caf"), 0xe9, 0x20, 0xe0, 0x20, 0x6c, 0xe8, 0x73]),
      "UNDECODABLE",
    ],
    ["broken UTF-8 after a BOM", Uint8Array.from([0xef, 0xbb, 0xbf, 0xd9, 0x28]), "UNDECODABLE"],
  ];
  for (const [name, bytes, code] of table) {
    test(name, () => {
      assert.throws(
        () => decode(bytes),
        (error: unknown) => error instanceof MarsadError && error.code === code,
      );
    });
  }
});
