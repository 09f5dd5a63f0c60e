// Strict readers of the export formats, for the tests: they fail where a real consumer would.
import assert from "node:assert/strict";
import { Parser } from "htmlparser2";

/** RFC 4180, strictly: CRLF record ends, quotes only around whole fields, "" inside them. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  let wasQuoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') field += text[++i];
      else quoted = false;
      continue;
    }
    if (c === '"') {
      assert.ok(field === "" && !wasQuoted, `quote inside an unquoted field at ${i}`);
      quoted = wasQuoted = true;
    } else if (c === ",") {
      record.push(field);
      field = "";
      wasQuoted = false;
    } else if (c === "\r" && text[i + 1] === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      wasQuoted = false;
      i++;
    } else {
      assert.ok(c !== "\r" && c !== "\n", `bare line break outside quotes at ${i}`);
      assert.ok(!wasQuoted, `text after a closing quote at ${i}`);
      field += c;
    }
  }
  assert.ok(!quoted, "unclosed quote");
  assert.ok(field === "" && record.length === 0, "the last record ends with CRLF");
  return records;
}

export interface Element {
  name: string;
  attrs: Record<string, string>;
  children: Element[];
  text: string;
}

/**
 * Parses with htmlparser2 in XML mode and fails on what a strict XML parser rejects in output
 * like ours: a close tag the parser had to invent (a mismatched or missing end tag), text
 * outside the root, a bare `&`, a character XML 1.0 forbids. A raw `<` in a value would show
 * as an element nobody wrote, which the value and count checks catch.
 */
export function parseXml(xml: string): Element {
  assert.doesNotMatch(xml, /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u, "a character XML 1.0 forbids");
  assert.doesNotMatch(xml, /&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/, "a bare ampersand");
  assert.ok(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n'));
  const document: Element = { name: "#document", attrs: {}, children: [], text: "" };
  const stack = [document];
  const problems: string[] = [];
  const parser: Parser = new Parser(
    {
      onopentag(name, attrs) {
        const element = { name, attrs, children: [], text: "" };
        stack.at(-1)!.children.push(element);
        stack.push(element);
      },
      onclosetag(name, implied) {
        const token = xml.slice(parser.startIndex, parser.endIndex + 1);
        if (implied && !(token.startsWith(`<${name}`) && token.endsWith("/>"))) problems.push(`unclosed <${name}>`);
        if (stack.pop()?.name !== name) problems.push(`mismatched </${name}>`);
      },
      ontext(text) {
        const top = stack.at(-1)!;
        if (top === document) {
          if (text.trim() !== "") problems.push(`text outside the root: ${text}`);
        } else top.text += text;
      },
    },
    { xmlMode: true },
  );
  parser.write(xml);
  const ending = stack.length;
  parser.end();
  assert.equal(ending, 1, "every element closed before the end");
  assert.deepEqual(problems, []);
  assert.equal(document.children.length, 1, "one root element");
  return document.children[0]!;
}

export const all = (element: Element, name: string): Element[] =>
  element.children.flatMap((child) => [...(child.name === name ? [child] : []), ...all(child, name)]);

/** What a correct parser reads back: the value without the characters XML cannot hold. */
export const legal = (value: string) => value.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "");
