import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { places } from "../lexicon/gazetteer.js";
import { COUNTRY_CODES } from "./countries.js";
import { GDELT_COLUMNS, type GdeltColumn, gdeltCells, writeGdelt } from "./gdelt.js";
import { eventRows } from "./rows.js";
import { fixtureArticles } from "./test-helpers/fixture.js";
import type { EventRow } from "./types.js";

async function gdeltOf(rows: EventRow[], firstId?: number): Promise<string> {
  let out = "";
  await writeGdelt(
    rows,
    (chunk) => {
      out += chunk;
    },
    { firstId },
  );
  return out;
}

function byName(line: string): Record<GdeltColumn, string> {
  const cells = line.split("\t");
  return Object.fromEntries(GDELT_COLUMNS.map((name, i) => [name, cells[i]!])) as Record<GdeltColumn, string>;
}

describe("GDELT columns", () => {
  test("61 distinct columns in the codebook's order", () => {
    assert.equal(GDELT_COLUMNS.length, 61);
    assert.equal(new Set(GDELT_COLUMNS).size, 61);
    assert.deepEqual(GDELT_COLUMNS.slice(0, 5), ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]);
    assert.equal(GDELT_COLUMNS[25], "IsRootEvent");
    assert.equal(GDELT_COLUMNS[26], "EventCode");
    assert.equal(GDELT_COLUMNS[51], "ActionGeo_Type");
    assert.deepEqual(GDELT_COLUMNS.slice(-2), ["DATEADDED", "SOURCEURL"]);
  });
});

describe("writeGdelt", () => {
  const rows = fixtureArticles().flatMap(eventRows);

  test("one line per event, exactly 61 tab-separated columns, no header, no stray breaks", async () => {
    const text = await gdeltOf(rows);
    assert.ok(text.endsWith("\n"));
    const lines = text.slice(0, -1).split("\n");
    assert.equal(lines.length, rows.length);
    for (const line of lines) {
      assert.equal(line.split("\t").length, 61, line);
      assert.doesNotMatch(line, /[\r\u0000-\u0008\u000B-\u001F\u2028\u2029]/);
    }
    assert.notEqual(lines[0]!.split("\t")[0], "GLOBALEVENTID");
  });

  test("a dated meeting between two known office holders in a known capital", async () => {
    const [meet] = (await gdeltOf(rows)).split("\n").map(byName);
    assert.deepEqual(
      {
        id: meet!.GLOBALEVENTID,
        day: meet!.SQLDATE,
        month: meet!.MonthYear,
        year: meet!.Year,
        fraction: meet!.FractionDate,
        actor1: [meet!.Actor1Code, meet!.Actor1Name, meet!.Actor1CountryCode],
        actor2: [meet!.Actor2Code, meet!.Actor2Name, meet!.Actor2CountryCode],
        root: meet!.IsRootEvent,
        codes: [meet!.EventCode, meet!.EventBaseCode, meet!.EventRootCode, meet!.QuadClass],
        counts: [meet!.NumMentions, meet!.NumSources, meet!.NumArticles],
        geo: [meet!.ActionGeo_Type, meet!.ActionGeo_FullName, meet!.ActionGeo_CountryCode],
        added: meet!.DATEADDED,
        url: meet!.SOURCEURL,
        empty: [meet!.GoldsteinScale, meet!.AvgTone, meet!.Actor1Geo_Type, meet!.ActionGeo_Lat],
      },
      {
        id: "1",
        day: "20241212",
        month: "202412",
        year: "2024",
        // 12 December 2024 is day 347: 347/365
        fraction: "2024.9507",
        actor1: ["IRQ", "محمد شياع السوداني", "IRQ"],
        actor2: ["USA", "أنتوني بلينكن", "USA"],
        root: "1",
        codes: ["040", "040", "04", "1"],
        counts: ["1", "1", "1"],
        geo: ["4", "بغداد, العراق", "IZ"],
        added: "20241213000000",
        url: "https://example.org/news/1?a=1&b=2",
        empty: ["", "", "", ""],
      },
    );
  });

  test("undated event takes the article's date; an unknown actor gets a name and no code", async () => {
    const statement = byName((await gdeltOf(rows)).split("\n")[1]!);
    assert.equal(statement.SQLDATE, "20241213");
    assert.equal(statement.Actor1Name, "سليم الحداد");
    assert.equal(statement.Actor1Code, "");
    assert.equal(statement.Actor2Name, "");
    assert.equal(statement.IsRootEvent, "0");
    assert.equal(statement.ActionGeo_FullName, "");
  });

  test("a month-precise time fills MonthYear and Year only", async () => {
    const visit = byName((await gdeltOf(rows)).split("\n")[2]!);
    assert.deepEqual([visit.SQLDATE, visit.MonthYear, visit.Year, visit.FractionDate], ["", "202412", "2024", ""]);
    assert.deepEqual([visit.ActionGeo_Type, visit.ActionGeo_FullName], ["4", "أربيل, العراق"]);
  });

  test("tabs and line breaks inside values become spaces", async () => {
    const hostile = byName((await gdeltOf(rows)).split("\n")[3]!);
    assert.equal(hostile.Actor1Name, "سطر أول سطر ثانٍ وثالث بعد جدولة");
    assert.equal(hostile.Actor2Name, "محارف تحكم \uFFFE");
    assert.equal(hostile.ActionGeo_FullName, "فاصلة, وفاصلة عربية، معاً");
    assert.equal(hostile.QuadClass, "3");
    assert.deepEqual([hostile.SQLDATE, hostile.MonthYear, hostile.DATEADDED], ["", "202503", ""]);
  });

  test("ids count up from firstId", async () => {
    const ids = (await gdeltOf(rows, 1000))
      .trim()
      .split("\n")
      .map((line) => line.split("\t")[0]);
    assert.deepEqual(ids, ["1000", "1001", "1002", "1003"]);
  });

  test("QuadClass from the CAMEO root; no codes for a missing root", () => {
    const row = rows[0]!;
    const table: Array<[string, string, string]> = [
      ["01", "010", "1"],
      ["05", "050", "1"],
      ["06", "060", "2"],
      ["08", "080", "2"],
      ["09", "090", "3"],
      ["13", "130", "3"],
      ["14", "140", "4"],
      ["20", "200", "4"],
      ["", "", ""],
      ["21", "", ""],
    ];
    for (const [cameo, code, quad] of table) {
      const cells = gdeltCells({ ...row, event: { ...row.event, cameo } }, 1);
      assert.deepEqual([cells[26], cells[29]], [code, quad], cameo);
    }
  });
});

describe("country codes", () => {
  const countries = places().filter((place) => place.kind === "country");

  test("every country of places.tsv has codes, and every code names a country of places.tsv", () => {
    const names = new Set(countries.map((country) => country.name));
    assert.deepEqual(
      countries.filter((country) => !COUNTRY_CODES.has(country.name)).map((c) => c.name),
      [],
    );
    assert.deepEqual(
      [...COUNTRY_CODES.keys()].filter((name) => !names.has(name)),
      [],
    );
  });

  test("codes are well-formed and unique", () => {
    const codes = [...COUNTRY_CODES.values()];
    assert.ok(codes.every(({ iso3 }) => /^[A-Z]{3}$/.test(iso3)));
    assert.ok(codes.every(({ fips }) => /^([A-Z]{2})?$/.test(fips)));
    assert.equal(new Set(codes.map((c) => c.iso3)).size, codes.length);
    const fips = codes.map((c) => c.fips).filter(Boolean);
    assert.equal(new Set(fips).size, fips.length);
  });

  test("codes that differ between the two systems", () => {
    const table: Array<[string, string, string]> = [
      ["العراق", "IRQ", "IZ"],
      ["الولايات المتحدة", "USA", "US"],
      ["ألمانيا", "DEU", "GM"],
      ["سلطنة عمان", "OMN", "MU"],
      ["لبنان", "LBN", "LE"],
      ["فلسطين", "PSE", ""],
    ];
    for (const [name, iso3, fips] of table) assert.deepEqual(COUNTRY_CODES.get(name), { iso3, fips }, name);
  });
});
