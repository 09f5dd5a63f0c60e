import assert from "node:assert/strict";
import { describe, test } from "node:test";
import fc from "fast-check";
import { MarsadError } from "../errors.js";
import { toFtsMatch } from "./fts.js";
import { type Item, parseQuery, type SearchQuery } from "./query.js";

/** A compact view of a parsed query: groups joined by " & ", ORs by " | ", items as stems or form*. */
function show(query: SearchQuery): string {
  const item = (i: Item) => (i.kind === "prefix" ? `${i.form}*` : i.stems.join("_"));
  const written = (items: readonly Item[]) => items.filter((i) => i.kind === "prefix" || !i.variant);
  const groups = query.groups.map((g) => written(g).map(item).join(" | ")).join(" & ");
  const excluded = written(query.excluded);
  return excluded.length === 0 ? groups : `${groups} -${excluded.map(item).join(" -")}`;
}

describe("glued proclitics: an indefinite word also asks for the forms with ب، ل، ك the tokenizer leaves whole", () => {
  // [query, every stem of the word's group]
  const TABLE: [string, string[]][] = [
    ["انسحاب", ["انسحاب", "بانسحاب", "لانسحاب", "كانسحاب"]],
    ["-انسحاب", ["انسحاب", "بانسحاب", "لانسحاب", "كانسحاب"]],
  ];
  for (const [query, stems] of TABLE) {
    test(query, () => {
      const parsed = parseQuery(`العراق ${query}`);
      const items = query.startsWith("-") ? parsed.excluded : parsed.groups[1]!;
      assert.deepEqual(items.map((i) => (i.kind === "phrase" ? i.stems.join("_") : i.form)).sort(), [...stems].sort());
    });
  }
  // must not: definite words (بال/لل/كال are stripped already), phrases, prefixes, short or non-Arabic words
  const NONE = ["الانسحاب", '"انسحاب القوات"', "انسحا*", "عن", "NATO", "2024"];
  for (const query of NONE) {
    test(`no variants: ${query}`, () => {
      assert.ok(
        parseQuery(query)
          .groups.flat()
          .every((i) => i.kind === "prefix" || !i.variant),
      );
    });
  }
});

describe("parseQuery", () => {
  // [query, parsed]
  const TABLE: [string, string][] = [
    ["العراق", "عراق"],
    ["بالعراق", "عراق"],
    ["  الانسحاب   الأمريكي ", "انسحاب & اميرك"],
    ['"لجنة التنسيق العليا"', "لجن_تنسيق_عليا"],
    ["«لجنة التنسيق العليا»", "لجن_تنسيق_عليا"],
    ["“وقف إطلاق النار”", "وقف_اطلاق_نار"],
    ["انسحا*", "انسحا*"],
    ["الانسحا*", "انسحا*"],
    ["بالانسحا*", "انسحا*"],
    ["بغداد OR دمشق", "بغداد | دمشق"],
    ["النفط بغداد OR دمشق الموازنة", "نفط & بغداد | دمشق & موازن"],
    ["بغداد OR دمشق OR عمان", "بغداد | دمشق | عمان"],
    ["العراق -بغداد", "عراق -بغداد"],
    ['العراق -"مجلس النواب"', "عراق -مجلس_نواب"],
    ["العراق -بغد*", "عراق -بغد*"],
    ["العراق AND بغداد", "عراق & بغداد"],
    ["2,500 دولار", "2,500 & دولار"],
    ["أبو-ظبي", "ابو_ظب"],
    ["العراق ، .", "عراق"],
    ["near العراق", "near & عراق"],
    ["NEARBY", "nearby"],
    ["+964 العراق", "964 & عراق"],
  ];
  for (const [query, parsed] of TABLE) test(query, () => assert.equal(show(parseQuery(query)), parsed));

  // [malformed query, a part of the message]
  const BAD: [string, string][] = [
    ["", "empty"],
    ["   ", "empty"],
    ['"لجنة التنسيق', "never closed"],
    ["«لجنة التنسيق", "never closed"],
    ["لجنة التنسيق»", "closes nothing"],
    ["*", "*"],
    ["انس*حاب", "end of a word"],
    ["*انسحاب", "*"],
    ["ا*", "at least 2 letters"],
    ["ال*", "at least 2 letters"],
    ["الع*", "at least 2 letters"],
    ['"لجنة التنسيق*"', "inside a quoted phrase"],
    ["-بغداد", "at least one word"],
    ["-بغداد -دمشق", "at least one word"],
    ["-", "excludes nothing"],
    ["OR", "each side"],
    ["بغداد OR", "each side"],
    ["OR بغداد", "each side"],
    ["بغداد OR OR دمشق", "each side"],
    ["بغداد OR -دمشق", "OR cannot join"],
    ["NEAR(بغداد دمشق)", "NEAR"],
    ["(بغداد OR دمشق) النفط", "parentheses"],
    ["title:العراق", "column filters"],
    ["^العراق", "^"],
    ["بغداد NOT دمشق", "-word"],
    ["+بغداد", "+"],
    ["،", "no words"],
    ['""', "no words"],
    ['"لجنة "التنسيق" العليا"', "quote"],
    ["x".repeat(1001), "longer than"],
    [Array(40).fill("كلمة").join(" "), "more than"],
  ];
  for (const [query, part] of BAD) {
    test(`refused: ${query.slice(0, 40)}`, () => {
      assert.throws(
        () => parseQuery(query),
        (error: unknown) => error instanceof MarsadError && error.code === "BAD_QUERY" && error.message.includes(part),
      );
    });
  }

  test("any input parses or is refused with BAD_QUERY, never another error", () => {
    const unit = fc.oneof(
      fc.constantFrom(..."العراقبنسح *\"«»“”-()^:+{}ORANDNOTNEAR/\\'،.٢5xX\n\t"),
      fc.constantFrom(" OR ", " AND ", " NOT ", "NEAR(", "title:", "*", '"', "-"),
    );
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit }), fc.string(), fc.string({ unit: "binary" })), (query) => {
        try {
          const parsed = parseQuery(query);
          assert.ok(parsed.groups.length > 0 && parsed.groups.every((g) => g.length > 0));
          toFtsMatch(parsed);
        } catch (error) {
          assert.ok(error instanceof MarsadError && error.code === "BAD_QUERY", String(error));
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe("toFtsMatch", () => {
  // [query, FTS5 expression]
  const TABLE: [string, string][] = [
    ["العراق", '{title body} : "عراق"'],
    ['"لجنة التنسيق"', '{title body} : "لجن تنسيق"'],
    ["انسحا*", '{title_forms body_forms} : "انسحا" *'],
    ["النفط بغداد OR دمشق", '{title body} : "نفط" AND ({title body} : "بغداد" OR {title body} : "دمشق")'],
    ["العراق -بغداد -دمشق", '({title body} : "عراق") NOT ({title body} : "بغداد" OR {title body} : "دمشق")'],
  ];
  for (const [query, match] of TABLE) test(query, () => assert.equal(toFtsMatch(parseQuery(query)), match));
});
