import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Article } from "../model.js";
import { isoPublished, jsonlToArticles } from "./jsonl.js";

// Records written for these tests; the people, outlets and events are invented.

type Expected = Pick<Article, "title" | "outlet" | "published" | "author" | "dateline" | "text" | "captions">;

const none = { outlet: null, published: null, author: null, dateline: null, captions: [] };

const cases: [string, Expected][] = [
  [
    '{"title": "افتتاح معبر حدودي", "text": "الفقرة الأولى.\\n\\nالفقرة الثانية."}',
    { ...none, title: "افتتاح معبر حدودي", text: "الفقرة الأولى.\n\nالفقرة الثانية." },
  ],
  [
    '{"title": "عنوان", "body": "سطر أول\\nسطر ثان\\r\\n\\n\\n  سطر   ثالث  "}',
    { ...none, title: "عنوان", text: "سطر أول\n\nسطر ثان\n\nسطر ثالث" },
  ],
  [
    '{"title": " عنوان  بمسافات ", "text": "نص", "outlet": "الرافد نيوز", "author": "عمر الدليمي", "dateline": "الرمادي", "published": "2025-03-11T14:05:00+03:00", "url": "https://example.org/a/1"}',
    {
      title: "عنوان بمسافات",
      text: "نص",
      outlet: "الرافد نيوز",
      author: "عمر الدليمي",
      dateline: "الرمادي",
      published: "2025-03-11",
      captions: [],
    },
  ],
  [
    '{"title": "عنوان", "text": "نص الخبر", "captions": ["صورة من الحفل (الأفق)", "  ", "لقطة ثانية"]}',
    {
      ...none,
      title: "عنوان",
      text: "صورة من الحفل (الأفق)\n\nلقطة ثانية\n\nنص الخبر",
      captions: [
        { start: 0, end: 21 },
        { start: 23, end: 33 },
      ],
    },
  ],
  [
    '{"title": "عنوان", "text": "نص", "published": "2025-03", "outlet": "", "author": null, "extra": 5}',
    { ...none, title: "عنوان", text: "نص", published: "2025-03" },
  ],
  ['{"title": "عنوان", "text": "نص", "published": "الثلاثاء 11 آذار"}', { ...none, title: "عنوان", text: "نص" }],
  ['{"title": "عنوان", "text": "نص", "body": "يُهمل"}', { ...none, title: "عنوان", text: "نص" }],
  // the names feeds and news APIs give the same fields
  [
    '{"title": "عنوان", "content": "<p>الفقرة الأولى &amp; الثانية.</p><p>فقرة <strong>ثالثة</strong>.</p><script>x()</script>", "authors": [{"name": "عمر الدليمي"}, {"name": "سلمى الراوي"}]}',
    { ...none, title: "عنوان", text: "الفقرة الأولى & الثانية.\n\nفقرة ثالثة.", author: "عمر الدليمي، سلمى الراوي" },
  ],
  ['{"title": "عنوان", "text": "نص", "authors": []}', { ...none, title: "عنوان", text: "نص" }],
  ['{"title": "عنوان", "text": "قارن 3 < 5 في النص"}', { ...none, title: "عنوان", text: "قارن 3 < 5 في النص" }],
  [
    '{"headline": "عنوان", "content": "نص", "source": {"id": "afq", "name": "الأفق"}, "pubDate": "2025-03-11T09:00:00Z", "byline": "عمر الدليمي"}',
    { ...none, title: "عنوان", text: "نص", outlet: "الأفق", published: "2025-03-11", author: "عمر الدليمي" },
  ],
  [
    '{"title": "عنوان", "article": "نص", "site_name": "الرافد نيوز", "date": "الثلاثاء 11 آذار 2025", "authors": ["عمر الدليمي", "سلمى الراوي"]}',
    {
      ...none,
      title: "عنوان",
      text: "نص",
      outlet: "الرافد نيوز",
      published: "2025-03-11",
      author: "عمر الدليمي، سلمى الراوي",
    },
  ],
];

describe("jsonlToArticles: records", () => {
  for (const [line, expected] of cases) {
    it(line, () => {
      const { articles, problems } = jsonlToArticles(line, "feed.jsonl");
      assert.deepEqual(problems, []);
      assert.equal(articles.length, 1);
      const { title, outlet, published, author, dateline, text, captions } = articles[0]!;
      assert.deepEqual({ title, outlet, published, author, dateline, text, captions }, expected);
      for (const span of captions) assert.ok(!text.slice(span.start, span.end).includes("\n"));
    });
  }
});

const bad: [string, RegExp][] = [
  ["{not json", /not valid JSON/],
  ['"just a string"', /not a JSON object but string/],
  ["[1, 2]", /not a JSON object but an array/],
  ["null", /not a JSON object but null/],
  ['{"text": "نص"}', /missing "title"/],
  ['{"title": 5, "text": "نص"}', /"title" must be a string, not a number/],
  ['{"title": "  ", "text": "نص"}', /"title" is empty/],
  ['{"title": "عنوان"}', /missing "text" \(or "body", "content"/],
  ['{"title": "عنوان", "text": ["نص"]}', /"text" must be a string, not an array/],
  ['{"title": "عنوان", "body": "\\n \\n"}', /"body" is empty/],
  ['{"title": "عنوان", "text": "نص", "published": 20250311}', /"published" must be a string, not a number/],
  ['{"title": "عنوان", "text": "نص", "outlet": {"id": 7}}', /"outlet" must be a string, not an object/],
  ['{"title": "عنوان", "text": "نص", "authors": ["عمر", 5]}', /"authors" must be a string, not an array/],
  ['{"title": "عنوان", "text": "نص", "url": true}', /"url" must be a string, not a boolean/],
  ['{"title": "عنوان", "text": "نص", "captions": "صورة"}', /"captions" must be an array of strings/],
  ['{"title": "عنوان", "text": "نص", "captions": ["صورة", 3]}', /"captions" must be an array of strings/],
];

describe("jsonlToArticles: bad lines", () => {
  for (const [line, why] of bad) {
    it(line, () => {
      const { articles, problems } = jsonlToArticles(line, "feed.jsonl");
      assert.deepEqual(articles, []);
      assert.equal(problems.length, 1);
      assert.equal(problems[0]!.source, "feed.jsonl:1");
      assert.equal(problems[0]!.code, "BAD_JSONL_LINE");
      assert.match(problems[0]!.message, why);
    });
  }
});

describe("jsonlToArticles: a file", () => {
  const file = [
    "\ufeff" + JSON.stringify({ title: "الأول", text: "نص أول" }),
    "",
    "{broken",
    "   ",
    JSON.stringify({ title: "الثاني", body: "نص ثان" }),
    JSON.stringify({ text: "بلا عنوان" }),
    JSON.stringify({ title: "الثالث", text: "نص ثالث" }) + "\r",
    "",
  ].join("\n");
  const { articles, problems } = jsonlToArticles(file, "data/feed.jsonl");

  it("numbers articles among the valid records and keeps the file as source", () => {
    assert.deepEqual(
      articles.map((a) => [a.index, a.title, a.source]),
      [
        [0, "الأول", "data/feed.jsonl"],
        [1, "الثاني", "data/feed.jsonl"],
        [2, "الثالث", "data/feed.jsonl"],
      ],
    );
  });

  it("reports bad lines by their line number and goes on", () => {
    assert.deepEqual(
      problems.map((p) => p.source),
      ["data/feed.jsonl:3", "data/feed.jsonl:6"],
    );
  });

  it("gives the same hash to the same article read twice", () => {
    const again = jsonlToArticles(JSON.stringify({ title: "الأول", text: "نص أول" }), "other.jsonl");
    assert.equal(again.articles[0]!.hash, articles[0]!.hash);
  });

  it("reads an empty file as nothing", () => {
    assert.deepEqual(jsonlToArticles("", "empty.jsonl"), { articles: [], problems: [] });
    assert.deepEqual(jsonlToArticles("\n\n  \n", "blank.jsonl"), { articles: [], problems: [] });
  });
});

describe("isoPublished", () => {
  const dates: [string, string | null][] = [
    ["2025-03-11", "2025-03-11"],
    ["2025-03-11T14:05", "2025-03-11"],
    ["2025-03-11T14:05:30.250Z", "2025-03-11"],
    ["2025-03-11 14:05:30+0300", "2025-03-11"],
    ["2025-03", "2025-03"],
    [" 2025-03-11 ", "2025-03-11"],
    ["2025-02-29", null],
    ["2024-02-29", "2024-02-29"],
    ["2025-00-10", null],
    ["2025-3-11", null],
    ["11/03/2025", null],
    ["12 مارس 2025", null],
    ["2025-03-11T", null],
  ];
  for (const [input, expected] of dates) {
    it(`${JSON.stringify(input)} → ${expected}`, () => assert.equal(isoPublished(input), expected));
  }
});
