import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { htmlToBlocks, isoDate } from "./html.js";

// Small pages written for these tests; the people, outlets and events are invented.

const FULL_PAGE = `<!doctype html>
<html lang="ar" dir="rtl">
<head>
  <meta charset="utf-8">
  <title>افتتاح جسر الضفتين في الموصل - صحيفة الأفق</title>
  <meta property="og:title" content="افتتاح جسر الضفتين في الموصل">
  <meta property="og:site_name" content="صحيفة الأفق">
  <meta name="author" content="ليلى الحيالي">
  <meta property="article:published_time" content="2025-03-12T09:30:00+03:00">
  <script>var tracker = "لا يجوز أن يظهر هذا النص";</script>
  <style>.x { content: "ولا هذا"; }</style>
</head>
<body class="rtl has-sidebar">
  <header class="site-header">
    <h1 class="logo">صحيفة الأفق</h1>
    <nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/iraq">العراق</a></li><li>اقتصاد</li></ul></nav>
  </header>
  <div id="cookie-banner">نستخدم ملفات تعريف الارتباط لتحسين تجربتك. موافق</div>
  <div class="breadcrumbs">الرئيسية › العراق › محليات</div>
  <article>
    <h2>جسر جديد يربط ضفتي المدينة بعد عامين من العمل</h2>
    <figure>
      <img src="bridge.jpg" alt="">
      <figcaption>جانب من حفل افتتاح الجسر أمس (الأفق)</figcaption>
    </figure>
    <p>افتتح محافظ نينوى المهندس سامر الطائي، أمس الثلاثاء، جسر الضفتين الذي يربط جانبي الموصل، بكلفة بلغت نحو 42 مليون دولار.</p>
    <p>وقال الطائي إن &quot;الجسر سيخفف الزحام عن الجسور القديمة بنسبة 40 في المائة&quot; &amp; إن العمل سيستمر.</p>
    <div class="share-buttons"><a>فيسبوك</a><a>تويتر</a><a>واتساب</a></div>
    <p>الحرف &#1575; والحرف &#x628; يكتبان هكذا.</p>
    <p>السطر الأول<br>السطر الثاني<br/>السطر الثالث</p>
    <script>document.write("نص من سكربت داخل المقال");</script>
  </article>
  <aside class="sidebar"><h3>الأكثر قراءة</h3><p>خبر جانبي طويل بما يكفي ليحسب فقرة لو لم يحذف من الصفحة أبداً.</p></aside>
  <footer><p>جميع الحقوق محفوظة © صحيفة الأفق 2025</p></footer>
</body>
</html>`;

describe("htmlToBlocks: main content", () => {
  const { blocks, captions } = htmlToBlocks(FULL_PAGE);

  it("keeps the article's lines in document order", () => {
    assert.deepEqual(blocks, [
      "جسر جديد يربط ضفتي المدينة بعد عامين من العمل",
      "جانب من حفل افتتاح الجسر أمس (الأفق)",
      "افتتح محافظ نينوى المهندس سامر الطائي، أمس الثلاثاء، جسر الضفتين الذي يربط جانبي الموصل، بكلفة بلغت نحو 42 مليون دولار.",
      'وقال الطائي إن "الجسر سيخفف الزحام عن الجسور القديمة بنسبة 40 في المائة" & إن العمل سيستمر.',
      "الحرف ا والحرف ب يكتبان هكذا.",
      "السطر الأول",
      "السطر الثاني",
      "السطر الثالث",
    ]);
  });

  it("marks the figcaption line as a caption", () => {
    assert.deepEqual([...captions], [1]);
  });

  const mustNotKeep: [string, string][] = [
    ["nav item", "الرئيسية"],
    ["nav item", "اقتصاد"],
    ["site logo h1 in the header", "صحيفة الأفق"],
    ["cookie banner", "ملفات تعريف الارتباط"],
    ["breadcrumb", "محليات"],
    ["share bar", "واتساب"],
    ["sidebar", "الأكثر قراءة"],
    ["sidebar paragraph", "خبر جانبي"],
    ["footer", "جميع الحقوق"],
    ["script in head", "لا يجوز"],
    ["style", "ولا هذا"],
    ["script in the article", "سكربت"],
    ["document title", "- صحيفة"],
  ];
  for (const [what, text] of mustNotKeep) {
    it(`drops ${what}`, () => {
      assert.ok(!blocks.some((b) => b.includes(text)), `"${text}" should not be kept`);
    });
  }
});

describe("htmlToBlocks: the h1 title", () => {
  it("adds the h1 when it sits outside <article>", () => {
    const { blocks } = htmlToBlocks(`<body>
      <div class="headline"><h1>وفد تجاري أردني في <b>البصرة</b></h1></div>
      <article><p>وصل إلى البصرة، صباح اليوم، وفد تجاري أردني يضم نحو 30 شركة لبحث فرص الاستثمار.</p></article>
    </body>`);
    assert.deepEqual(blocks, [
      "وفد تجاري أردني في البصرة",
      "وصل إلى البصرة، صباح اليوم، وفد تجاري أردني يضم نحو 30 شركة لبحث فرص الاستثمار.",
    ]);
  });

  it("keeps the h1 once when it is inside <article> (its <header> is content)", () => {
    const { blocks } = htmlToBlocks(`<body>
      <header><a>الرئيسية</a></header>
      <article><header><h1>عنوان الخبر</h1><p>بقلم: كريم العبيدي</p></header>
      <p>نص الخبر الأول وفيه ما يكفي من الكلمات ليكون فقرة حقيقية في المقال.</p></article>
    </body>`);
    assert.deepEqual(blocks, [
      "عنوان الخبر",
      "بقلم: كريم العبيدي",
      "نص الخبر الأول وفيه ما يكفي من الكلمات ليكون فقرة حقيقية في المقال.",
    ]);
  });
});

describe("htmlToBlocks: several <article> elements", () => {
  const story = "وقع البلدان اتفاقاً لتنظيم حركة الشاحنات عبر المنفذ الحدودي الجديد بين العراق والأردن.";
  const card = (n: number) =>
    `<article class="card"><h3>خبر ${n}</h3><p>ملخص خبر آخر لا علاقة له بالمقال.</p></article>`;

  it("keeps the article with the most paragraph text, not the teaser cards", () => {
    const { blocks } = htmlToBlocks(
      `<body><h1>العنوان</h1>${card(1)}<article><p>${story}</p><p>${story}</p></article>${card(2)}</body>`,
    );
    assert.deepEqual(blocks, ["العنوان", story, story]);
  });

  it("keeps <main> when its <article> elements are only cards", () => {
    const { blocks } = htmlToBlocks(
      `<body><nav>القائمة</nav><main><h1>العنوان</h1><div><p>${story}</p><p>${story}</p></div>${card(1)}</main><footer>تذييل</footer></body>`,
    );
    assert.deepEqual(blocks, ["العنوان", story, story, "خبر 1", "ملخص خبر آخر لا علاقة له بالمقال."]);
  });

  it("prefers the densest text over a lone teaser <article>", () => {
    const { blocks } = htmlToBlocks(
      `<body><div class="content"><h1>العنوان</h1><p>${story}</p><p>${story}</p></div>${card(1)}</body>`,
    );
    assert.deepEqual(blocks, ["العنوان", story, story]);
  });

  it("drops noscript, template, iframe and form text", () => {
    const { blocks } = htmlToBlocks(
      `<body><article><p>${story}</p><noscript>فعّل جافاسكربت</noscript><template><p>قالب</p></template><iframe>إطار</iframe><form><label>بريدك</label><button>اشترك</button></form></article></body>`,
    );
    assert.deepEqual(blocks, [story]);
  });

  it("survives unclosed and stray tags", () => {
    const { blocks } = htmlToBlocks(`<body><article><p>الأولى<p>الثانية</span><li>بند</div></article>`);
    assert.deepEqual(blocks, ["الأولى", "الثانية", "بند"]);
  });
});

describe("htmlToBlocks: density when there is no <article>", () => {
  const page = `<body>
    <div class="top"><ul><li>سياسة</li><li>اقتصاد</li><li>رياضة</li></ul></div>
    <h1>ارتفاع صادرات التمور العراقية</h1>
    <div class="wrap">
      <div class="related"><p>قصير</p><p>عنوان آخر</p></div>
      <div class="story">
        <p>أعلنت وزارة الزراعة أن صادرات التمور بلغت نحو 600 ألف طن خلال العام الماضي.</p>
        نص بلا وسم فقرة يأتي بين فقرتين
        <p>وقال المتحدث باسم الوزارة حيدر الساعدي إن «الموسم المقبل سيكون أفضل».</p>
      </div>
    </div>
    <div class="bottom">روابط سريعة</div>
  </body>`;
  const { blocks } = htmlToBlocks(page);

  it("keeps the densest block and the h1 outside it", () => {
    assert.deepEqual(blocks, [
      "ارتفاع صادرات التمور العراقية",
      "أعلنت وزارة الزراعة أن صادرات التمور بلغت نحو 600 ألف طن خلال العام الماضي.",
      "نص بلا وسم فقرة يأتي بين فقرتين",
      "وقال المتحدث باسم الوزارة حيدر الساعدي إن «الموسم المقبل سيكون أفضل».",
    ]);
  });

  it("takes the parent when the article is split over sibling divs", () => {
    const long = "هذه فقرة طويلة بما يكفي لتحسب في كثافة النص داخل الصفحة";
    const { blocks } = htmlToBlocks(`<body><div class="menu-like"><p>رابط</p></div>
      <div class="body"><div class="part"><p>${long} ١</p></div><h2>عنوان فرعي</h2>
      <div class="part"><p>${long} ٢</p></div></div></body>`);
    assert.deepEqual(blocks, [`${long} ١`, "عنوان فرعي", `${long} ٢`]);
  });

  it("falls back to the whole page when class words hide everything", () => {
    const { blocks } = htmlToBlocks(`<body><div class="page-with-sidebar"><p>نص الصفحة الوحيد.</p></div></body>`);
    assert.deepEqual(blocks, ["نص الصفحة الوحيد."]);
  });
});

describe("htmlToBlocks: lines", () => {
  const cases: [string, string, string[]][] = [
    ["collapses whitespace and NBSP", "<p>  كلمة\n\t  أخرى&nbsp;&nbsp;ثالثة </p>", ["كلمة أخرى ثالثة"]],
    [
      "decodes named and numeric entities",
      "<p>&quot;نص&quot; &amp; &#1575;&#x644;&#1593;&#1585;&#1575;&#1602;</p>",
      ['"نص" & العراق'],
    ],
    ["splits on <br>", "<p>الأول<br>الثاني<br />الثالث</p>", ["الأول", "الثاني", "الثالث"]],
    ["one line per li and heading", "<h2>عنوان</h2><ul><li>أول</li><li>ثان</li></ul>", ["عنوان", "أول", "ثان"]],
    ["inline elements stay in the line", "<p>قال <a href='#'>الوزير</a> <b>أمس</b>.</p>", ["قال الوزير أمس."]],
    ["div text runs around blocks", "<div>قبل<p>وسط</p>بعد</div>", ["قبل", "وسط", "بعد"]],
    ["script inside a paragraph does not split it", "<p>أول <script>x()</script>ثان</p>", ["أول ثان"]],
    ["hidden elements are skipped", "<p>ظاهر</p><p hidden>مخفي</p><div style='display: none'>مخفي</div>", ["ظاهر"]],
    ["an inline caption is its own line", "<p>قبل <span class='caption'>تعليق</span> بعد</p>", ["قبل", "تعليق", "بعد"]],
    ["blockquote is a line", "<blockquote>«نحن مستعدون»</blockquote>", ["«نحن مستعدون»"]],
  ];
  for (const [what, html, expected] of cases) {
    it(what, () => assert.deepEqual(htmlToBlocks(`<body>${html}</body>`).blocks, expected));
  }

  it("marks table captions and class=caption lines", () => {
    const { blocks, captions } = htmlToBlocks(
      `<body><p>فقرة</p><table><caption>جدول الأسعار</caption><tr><td>خلية</td></tr></table><div class="image-caption">صورة من الأرشيف</div></body>`,
    );
    assert.deepEqual(blocks, ["فقرة", "جدول الأسعار", "خلية", "صورة من الأرشيف"]);
    assert.deepEqual([...captions], [1, 3]);
  });

  it("marks the <h1> line, so that the section label above it is no title", () => {
    const page = `<main><article><span>العالم العربي</span><h1>افتتاح جسر جديد فوق دجلة</h1><p>${"نص طويل عن الجسر الجديد. ".repeat(8)}</p></article></main>`;
    const { blocks, headline } = htmlToBlocks(page);
    assert.equal(blocks[headline!], "افتتاح جسر جديد فوق دجلة");
    assert.equal(blocks[0], "العالم العربي");
  });
  it("keeps the date and caption between an outside <h1> and the article body", () => {
    const page = `<body><div><h1>افتتاح جسر جديد فوق دجلة</h1><span class="date">الثلاثاء 22 نيسان 2025</span><p class="c">جسر في الموصل (أ ف ب)</p><div class="body"><p>${"نص طويل عن الجسر الجديد. ".repeat(8)}</p><p>${"فقرة ثانية عن الجسر. ".repeat(8)}</p></div></div></body>`;
    const { blocks } = htmlToBlocks(page);
    assert.deepEqual(blocks.slice(0, 3), [
      "افتتاح جسر جديد فوق دجلة",
      "الثلاثاء 22 نيسان 2025",
      "جسر في الموصل (أ ف ب)",
    ]);
  });
  it("returns nothing for an empty page", () => {
    assert.deepEqual(htmlToBlocks(""), { blocks: [], captions: new Set(), hints: {} });
  });
});

describe("htmlToBlocks: hints", () => {
  it("reads og:title, og:site_name, published time and author meta", () => {
    assert.deepEqual(htmlToBlocks(FULL_PAGE).hints, {
      title: "افتتاح جسر الضفتين في الموصل",
      outlet: "صحيفة الأفق",
      published: "2025-03-12",
      author: "ليلى الحيالي",
    });
  });

  it("reads JSON-LD (in @graph, author list) and never keeps its text", () => {
    const ld = JSON.stringify({
      "@context": "https://schema.org",
      "@graph": [
        { "@type": "WebSite", name: "موقع" },
        {
          "@type": "NewsArticle",
          headline: "اتفاق على تقاسم مياه السد",
          datePublished: "2025-03-09T18:00:00Z",
          author: [{ "@type": "Person", name: "نادر الخطيب" }, { name: "سلمى العزاوي" }],
          publisher: { "@type": "Organization", name: "وكالة النهار للأنباء" },
        },
      ],
    });
    const page = `<html><head><title>عنوان الوثيقة</title>
      <script type="application/ld+json">${ld}</script></head>
      <body><article><p>نص المقال.</p></article></body></html>`;
    const { blocks, hints } = htmlToBlocks(page);
    assert.deepEqual(blocks, ["نص المقال."]);
    assert.deepEqual(hints, {
      title: "اتفاق على تقاسم مياه السد",
      outlet: "وكالة النهار للأنباء",
      published: "2025-03-09",
      author: "نادر الخطيب، سلمى العزاوي",
    });
  });

  it("skips malformed JSON-LD and uses <title>, application-name, <time> and rel=author", () => {
    const page = `<html><head><title>خبر عن الأنبار | الرافد نيوز</title>
      <meta name="application-name" content="الرافد نيوز">
      <script type="application/ld+json">{ "headline": "مكسور", </script></head>
      <body><div class="ticker"><time datetime="2030-01-01">اليوم</time></div>
      <article><p>كتب <a rel="author" href="/a/1">عمر الدليمي</a> في <time datetime="2025-03-11">11 آذار</time>.</p></article>
      </body></html>`;
    assert.deepEqual(htmlToBlocks(page).hints, {
      title: "خبر عن الأنبار",
      outlet: "الرافد نيوز",
      published: "2025-03-11",
      author: "عمر الدليمي",
    });
  });

  it("ignores author metas that are URLs", () => {
    const page = `<head><meta property="article:author" content="https://facebook.com/someone"></head><body><p>نص</p></body>`;
    assert.deepEqual(htmlToBlocks(page).hints, {});
  });
});

describe("isoDate", () => {
  const cases: [string, string | null][] = [
    ["2025-03-12", "2025-03-12"],
    ["2025-03-12T09:30:00+03:00", "2025-03-12"],
    ["2025-3-9", "2025-03-09"],
    ["2025/03/12 10:00", "2025-03-12"],
    ["2025-03", "2025-03"],
    ["Wed, 12 Mar 2025 10:00:00 GMT", "2025-03-12"],
    ["2025-02-30", null],
    ["2025-13-01", null],
    ["أمس", null],
  ];
  for (const [input, expected] of cases) {
    it(`${input} → ${expected}`, () => assert.equal(isoDate(input), expected));
  }
});
