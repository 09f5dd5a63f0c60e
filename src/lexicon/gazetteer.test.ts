import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import {
  declaredAmbiguous,
  demonyms,
  type GazetteerSource,
  gazetteerIndex,
  gazetteerPrefixes,
  ORG_KINDS,
  organisations,
  PLACE_KINDS,
  parseRole,
  people,
  places,
  surfaceKey,
} from "./gazetteer.js";
import { cellList, lexiconPath, loadTsv } from "./load.js";

const FILES = ["places", "organisations", "people", "demonyms"] as const;
const NAME_FILES: Record<GazetteerSource, () => Array<{ name: string; aliases: string[] }>> = {
  places,
  organisations,
  people,
};

describe("well-formedness", () => {
  for (const file of FILES) {
    test(`${file}.tsv: a header comment, a header row, then rows with exactly its columns`, () => {
      const lines = readFileSync(lexiconPath(`${file}.tsv`), "utf8").split("\n");
      assert.ok(lines[0]!.startsWith("#"), "opens with a comment");
      const body = lines.filter((line) => line !== "" && !line.startsWith("#"));
      const width = body[0]!.split("\t").length;
      for (const line of body) {
        const cells = line.split("\t");
        assert.equal(cells.length, width, `column count: ${line}`);
        for (const cell of cells) assert.equal(cell, cell.trim(), `stray space: ${line}`);
        for (const item of cells.flatMap((cell) => cell.split("|"))) {
          if (cells.some((cell) => cell.includes("|"))) assert.equal(item, item.trim(), `space around |: ${line}`);
        }
        assert.notEqual(cells[0], "", `first cell empty: ${line}`);
        assert.ok(!/\|\||^\||\|$/.test(line.replace(/\t/g, " ")), `empty list item: ${line}`);
      }
    });
  }

  test("kinds come from the allowed sets (the loaders throw otherwise)", () => {
    for (const place of places()) assert.ok(PLACE_KINDS.includes(place.kind), place.name);
    for (const org of organisations()) assert.ok(ORG_KINDS.includes(org.kind), org.name);
  });

  test("every country cell names a country row of places.tsv", () => {
    const countries = new Set(
      places()
        .filter((p) => p.kind === "country")
        .map((p) => p.name),
    );
    for (const entry of [...places(), ...organisations(), ...people()]) {
      if (entry.country !== "") assert.ok(countries.has(entry.country), `${entry.name}: ${entry.country}`);
    }
  });

  test("every person has roles with valid year ranges", () => {
    const thisYear = new Date().getUTCFullYear();
    for (const person of people()) {
      assert.ok(person.roles.length > 0, `${person.name} has no role`);
      for (const role of person.roles) {
        assert.ok(role.title.length > 3, person.name);
        assert.ok(role.from >= 1950 && role.from <= thisYear + 1, `${person.name}: ${role.from}`);
        if (role.to !== null) assert.ok(role.to >= role.from && role.to <= thisYear + 1, `${person.name}: ${role.to}`);
      }
    }
  });

  test("no alias repeats its own row's name or another alias after folding", () => {
    for (const [file, entries] of Object.entries(NAME_FILES)) {
      for (const entry of entries()) {
        const keys = [entry.name, ...entry.aliases].map(surfaceKey);
        assert.equal(new Set(keys).size, keys.length, `${file}: ${entry.name}`);
      }
    }
  });

  test("forms shared by two rows of one file are declared ambiguous", () => {
    for (const [file, entries] of Object.entries(NAME_FILES)) {
      const declared = declaredAmbiguous(file);
      const owner = new Map<string, string>();
      for (const entry of entries()) {
        for (const key of new Set([entry.name, ...entry.aliases].map(surfaceKey))) {
          const other = owner.get(key);
          if (other !== undefined) assert.ok(declared.has(key), `${file}: "${key}" in ${other} and ${entry.name}`);
          owner.set(key, entry.name);
        }
      }
    }
  });

  test("forms shared across files are declared ambiguous in one of them", () => {
    const declared = new Set(Object.keys(NAME_FILES).flatMap((file) => [...declaredAmbiguous(file)]));
    for (const [key, entry] of gazetteerIndex()) {
      const sources = new Set(entry.readings.map((r) => r.source));
      if (sources.size > 1) assert.ok(declared.has(key), `"${key}" in ${[...sources].join(" and ")}`);
    }
  });

  test("every declared ambiguous form is in its file (no stale declarations)", () => {
    for (const file of Object.keys(NAME_FILES)) {
      const index = gazetteerIndex();
      for (const form of declaredAmbiguous(file)) {
        const entry = index.get(form);
        assert.ok(entry, `${file}: declared "${form}" is not listed`);
        assert.ok(
          entry.readings.some((r) => r.source === file),
          `${file}: declared "${form}" belongs to another file`,
        );
      }
    }
    for (const form of declaredAmbiguous("demonyms")) assert.ok(demonyms().has(form), `demonyms: "${form}"`);
  });

  test("every demonym names a place of places.tsv, once per form", () => {
    const names = new Set(places().map((p) => p.name));
    const owner = new Map<string, string>();
    for (const row of loadTsv("demonyms")) {
      assert.ok(names.has(row.place!), `${row.adjective}: ${row.place}`);
      assert.ok(row.adjective!.startsWith("ال"), `${row.adjective} is the definite form`);
      for (const form of [row.adjective!, ...cellList(row.forms)]) {
        const key = surfaceKey(form);
        const other = owner.get(key);
        assert.ok(other === undefined || other === row.place, `"${form}" → ${other} and ${row.place}`);
        owner.set(key, row.place!);
      }
    }
  });

  test("coverage: every sovereign state has a country row", () => {
    const countries = places().filter((p) => p.kind === "country");
    assert.ok(countries.length >= 195, `${countries.length} countries`);
    assert.ok(loadTsv("demonyms").length >= 150);
  });

  test("parseRole rejects malformed roles", () => {
    assert.deepEqual(parseRole("وزير الخارجية الأميركي@2021–2025"), {
      title: "وزير الخارجية الأميركي",
      from: 2021,
      to: 2025,
    });
    assert.deepEqual(parseRole("رئيس الوزراء العراقي@2022–"), { title: "رئيس الوزراء العراقي", from: 2022, to: null });
    for (const bad of ["وزير", "وزير@2021", "وزير@2025–2021", "وزير@21–25", "@2020–"]) {
      assert.throws(() => parseRole(bad), Error, bad);
    }
  });

  test("loaders read each file once", () => {
    assert.equal(places(), places());
    assert.equal(gazetteerIndex(), gazetteerIndex());
  });
});

// Surface forms as articles write them (odd spellings, harakat, tatweel, Latin case) → entry.
const lookups: Array<[string, string, "PER" | "ORG" | "LOC", string]> = [
  ["أمريكا", "الولايات المتحدة", "LOC", "country"],
  ["الولايات المتحدة الأميركية", "الولايات المتحدة", "LOC", "country"],
  ["الامارات", "الإمارات", "LOC", "country"],
  ["دولة الإمارات العربية المتحدة", "الإمارات", "LOC", "country"],
  ["المملكة  العربية السعودية", "السعودية", "LOC", "country"],
  ["إيـــران", "إيران", "LOC", "country"],
  ["تركيّا", "تركيا", "LOC", "country"],
  ["روسيا الاتحادية", "روسيا", "LOC", "country"],
  ["المملكة المتحدة", "بريطانيا", "LOC", "country"],
  ["سورية", "سوريا", "LOC", "country"],
  ["ايطاليا", "إيطاليا", "LOC", "country"],
  ["حقل الشمال للغاز", "حقل الشمال", "LOC", "site"],
  ["جيهان", "جيهان", "LOC", "city"],
  ["أونسميل", "بعثة الأمم المتحدة للدعم في ليبيا", "ORG", "international"],
  ["بعثة حلف شمال الأطلسي", "بعثة حلف الناتو في العراق", "ORG", "international"],
  ["قطر للبترول", "شركة قطر للطاقة", "ORG", "company"],
  ["أدنوك", "شركة بترول أبوظبي الوطنية", "ORG", "company"],
  ["بيجين", "بكين", "LOC", "capital"],
  ["واشنطن العاصمة", "واشنطن", "LOC", "capital"],
  ["جنيف", "جنيف", "LOC", "city"],
  ["كوردستان", "إقليم كردستان", "LOC", "region"],
  ["كردستان العراق", "إقليم كردستان", "LOC", "region"],
  ["ذيقار", "ذي قار", "LOC", "governorate"],
  ["غزة", "قطاع غزة", "LOC", "region"],
  ["تل عفر", "تلعفر", "LOC", "city"],
  ["خانيونس", "خان يونس", "LOC", "city"],
  ["ادلب", "إدلب", "LOC", "city"],
  ["أبو كمال", "البوكمال", "LOC", "city"],
  ["كوباني", "عين العرب", "LOC", "city"],
  ["عين الاسد", "قاعدة عين الأسد", "LOC", "site"],
  ["التنف", "قاعدة التنف", "LOC", "site"],
  ["مخيّم الهول", "مخيم الهول", "LOC", "site"],
  ["النصيرات", "مخيم النصيرات", "LOC", "site"],
  ["مطار بغداد", "مطار بغداد الدولي", "LOC", "site"],
  ["شرق الفرات", "شرق الفرات", "LOC", "region"],
  ["المنطقة الخضراء", "المنطقة الخضراء", "LOC", "district"],
  ["البحر الأبيض المتوسط", "البحر المتوسط", "LOC", "body-of-water"],
  ["دجلة", "نهر دجلة", "LOC", "body-of-water"],
  ["البتراء", "البتراء", "LOC", "site"],
  ["وادي موسى", "وادي موسى", "LOC", "district"],
  ["طريبيل", "طريبيل", "LOC", "site"],
  ["برطلة", "برطلة", "LOC", "district"],
  ["داعش", "تنظيم الدولة الإسلامية", "ORG", "armed-group"],
  ["ISIS", "تنظيم الدولة الإسلامية", "ORG", "armed-group"],
  ["تنظيم الدولة", "تنظيم الدولة الإسلامية", "ORG", "armed-group"],
  ["حزب الله اللبناني", "حزب الله", "ORG", "armed-group"],
  ["التحالف الدولي لمحاربة داعش", "التحالف الدولي", "ORG", "international"],
  ["قوات التحالف", "التحالف الدولي", "ORG", "international"],
  ["الناتو", "حلف شمال الأطلسي", "ORG", "international"],
  ["قسد", "قوات سوريا الديمقراطية", "ORG", "armed-group"],
  ["البشمركة", "البيشمركة", "ORG", "military"],
  ["النجباء", "حركة النجباء", "ORG", "armed-group"],
  ["أنصار الله", "جماعة الحوثي", "ORG", "armed-group"],
  ["البنتاجون", "البنتاغون", "ORG", "government"],
  ["سي آي إيه", "وكالة الاستخبارات المركزية الأميركية", "ORG", "security"],
  ["CENTCOM", "القيادة المركزية الأميركية", "ORG", "military"],
  ["سنتكوم", "القيادة المركزية الأميركية", "ORG", "military"],
  ["أ.ف.ب", "وكالة فرانس برس", "ORG", "media"],
  ["ا.ف.ب", "وكالة فرانس برس", "ORG", "media"],
  ["د.ب.أ", "وكالة الأنباء الألمانية", "ORG", "media"],
  ["واع", "وكالة الأنباء العراقية", "ORG", "media"],
  ["بلومبرغ", "وكالة بلومبيرغ", "ORG", "media"],
  ["جهاز مكافحة الإرهاب العراقي", "جهاز مكافحة الإرهاب", "ORG", "security"],
  ["انتوني بلينكن", "أنتوني بلينكن", "PER", "person"],
  ["بلينكين", "أنتوني بلينكن", "PER", "person"],
  ["لويد اوستن", "لويد أوستن", "PER", "person"],
  ["ترمب", "دونالد ترامب", "PER", "person"],
  ["نتانياهو", "بنيامين نتنياهو", "PER", "person"],
  ["السوداني", "محمد شياع السوداني", "PER", "person"],
  ["محمد شيّاع السوداني", "محمد شياع السوداني", "PER", "person"],
  ["أبو محمد الجولاني", "أحمد الشرع", "PER", "person"],
  ["اردوغان", "رجب طيب أردوغان", "PER", "person"],
  ["غوتيريس", "أنطونيو غوتيريش", "PER", "person"],
  ["أبو بكر البغدادي", "أبو بكر البغدادي", "PER", "person"],
];

describe("lookups", () => {
  for (const [input, canonical, type, kind] of lookups) {
    test(`${input} → ${canonical}`, () => {
      const entry = gazetteerIndex().get(surfaceKey(input));
      assert.ok(entry, `${input} not found`);
      const reading = entry.readings.find((r) => r.canonical === canonical);
      assert.ok(reading, `${input} → ${entry.readings.map((r) => r.canonical).join(", ")}`);
      assert.equal(reading.type, type);
      assert.equal(reading.kind, kind);
    });
  }

  test("a form naming two things keeps both readings, default first, and is ambiguous", () => {
    const middleEast = gazetteerIndex().get(surfaceKey("الشرق الأوسط"))!;
    assert.equal(middleEast.ambiguous, true);
    assert.deepEqual(
      middleEast.readings.map((r) => [r.canonical, r.type]),
      [
        ["الشرق الأوسط", "LOC"],
        ["صحيفة الشرق الأوسط", "ORG"],
      ],
    );
    assert.equal(middleEast.type, "LOC");
    const tripoli = gazetteerIndex().get(surfaceKey("طرابلس"))!;
    assert.deepEqual(tripoli.readings.map((r) => r.country).sort(), ["لبنان", "ليبيا"]);
  });

  test("a form that is also a common word is ambiguous with one reading", () => {
    for (const form of [
      "العربية",
      "صور",
      "مالي",
      "فتح",
      "القاعدة",
      "الأقصى",
      "تقدم",
      "تراس",
      "الدبس",
      "الكرامة",
      "الأزرق",
    ]) {
      const entry = gazetteerIndex().get(surfaceKey(form));
      assert.ok(entry?.ambiguous, form);
    }
    for (const form of ["بغداد", "داعش", "بلينكن", "الولايات المتحدة"]) {
      assert.equal(gazetteerIndex().get(surfaceKey(form))?.ambiguous, false, form);
    }
  });

  test("entries carry their country", () => {
    assert.equal(gazetteerIndex().get(surfaceKey("أربيل"))?.country, "العراق");
    assert.equal(gazetteerIndex().get(surfaceKey("الكنيست"))?.country, "إسرائيل");
    assert.equal(gazetteerIndex().get(surfaceKey("بايدن"))?.country, "الولايات المتحدة");
  });

  test("roles of a person are parsed with their years", () => {
    const trump = people().find((p) => p.name === "دونالد ترامب")!;
    assert.deepEqual(
      trump.roles.map((r) => [r.from, r.to]),
      [
        [2017, 2021],
        [2025, null],
      ],
    );
  });

  test("word prefixes of multi-word names are known, whole names are not prefixes of themselves", () => {
    assert.ok(gazetteerPrefixes().has(surfaceKey("الولايات")));
    assert.ok(gazetteerPrefixes().has(surfaceKey("التحالف الدولي")));
    assert.ok(!gazetteerPrefixes().has(surfaceKey("الولايات المتحدة الأميركية")));
  });
});

// Common words of news text that must never be read as a name on their own.
const mustNotMatch = [
  "الحكومة",
  "الجيش",
  "القوات",
  "قوات",
  "الرئيس",
  "الوزير",
  "رئيس الوزراء",
  "وزير الخارجية",
  "وزارة الخارجية",
  "الخارجية",
  "وزارة الدفاع",
  "المتحدث",
  "الجنرال",
  "اللواء",
  "اليوم",
  "أمس",
  "الأمن",
  "الشرق",
  "الغرب",
  "الشمال",
  "الجنوب",
  "السلام",
  "التحالف",
  "الإطار",
  "الدولة",
  "المنطقة",
  "العاصمة",
  "الإقليم",
  "الحدود",
  "الولايات",
  "المتحدة",
  "الاتحاد",
  "الوحدات",
  "الجمهوري",
  "الديمقراطي",
  "المجلس",
  "مجلس",
  "الشعب",
  "الحرية",
  "المالي",
  "المالية",
  "العاصمة دمشق",
  "محافظة نينوى",
  "شمال سوريا",
  "القوات الأميركية",
  "الحكومة العراقية",
  "مالية",
  "كيف",
  "قال",
  "في",
  "is",
];

describe("must not match", () => {
  for (const word of mustNotMatch) {
    test(word, () => assert.equal(gazetteerIndex().get(surfaceKey(word)), undefined));
  }
});

// Demonyms: every inflected form, as articles write it, → its place.
const nisbas: Array<[string, string]> = [
  ["العراقي", "العراق"],
  ["العراقية", "العراق"],
  ["العراقيين", "العراق"],
  ["الأميركي", "الولايات المتحدة"],
  ["الأمريكية", "الولايات المتحدة"],
  ["الأمريكيون", "الولايات المتحدة"],
  ["الأمريكان", "الولايات المتحدة"],
  ["أميركية", "الولايات المتحدة"],
  ["الإسرائيلي", "إسرائيل"],
  ["الاسرائيليين", "إسرائيل"],
  ["الفلسطينيون", "فلسطين"],
  ["السورية", "سوريا"],
  ["التركي", "تركيا"],
  ["الأتراك", "تركيا"],
  ["الروس", "روسيا"],
  ["الألمان", "ألمانيا"],
  ["البريطانية", "بريطانيا"],
  ["الأكراد", "إقليم كردستان"],
  ["الكردية", "إقليم كردستان"],
  ["الأوروبي", "أوروبا"],
  ["الكوري الشمالي", "كوريا الشمالية"],
  ["الكورية الجنوبية", "كوريا الجنوبية"],
  ["الجنوب أفريقية", "جنوب أفريقيا"],
  ["مغاربة", "المغرب"],
];

describe("demonyms", () => {
  for (const [form, place] of nisbas) {
    test(`${form} → ${place}`, () => assert.equal(demonyms().get(surfaceKey(form)), place));
  }
  for (const word of ["المالي", "القمري", "الكوري", "العربي", "الدولي", "الأممي"]) {
    test(`not a demonym: ${word}`, () => assert.equal(demonyms().get(surfaceKey(word)), undefined));
  }
});
