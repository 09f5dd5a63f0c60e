// Events as rows of the GDELT 2.0 Event table, so tools built for GDELT read Marsad's events:
// tab-separated, one event a line, no header row (as GDELT's own files), 61 columns in the
// codebook's order. What an event carries is filled; what needs GDELT's own machinery (actor
// role codes, Goldstein scale, tone, coordinates, feature ids) stays empty:
//   GLOBALEVENTID   running number within the export, from `firstId` (GDELT's ids are integers)
//   SQLDATE …       from the event's time, else the article's date; each column only as far
//                   as the date is precise (a month gives MonthYear and Year, not SQLDATE)
//   Actor1/2        the event's first two actors: name as the article's entity names it;
//                   Code and CountryCode = the ISO-3 (CAMEO) code of the country the gazetteer
//                   gives (a country itself, or a known place, organisation or person's country)
//   IsRootEvent     1 when the event is told in the article's first block
//   EventCode …     our events carry a CAMEO root (two digits): EventRootCode is it, EventCode
//                   and EventBaseCode its "not specified below" leaf (root + "0")
//   QuadClass       from the root: 01–05 verbal cooperation 1, 06–08 material cooperation 2,
//                   09–13 verbal conflict 3, 14–20 material conflict 4
//   NumMentions, NumSources, NumArticles   1: a row is one mention in one article
//   ActionGeo       the event's place: Type (1 country, 2/3 US state/city, 4 world city,
//                   5 world state) from the gazetteer's kind, FullName "place, country",
//                   CountryCode the FIPS 10-4 code GDELT uses for geography
//   DATEADDED       the article's date as YYYYMMDD000000 (when the report appeared)
//   SOURCEURL       the article's source (URL or path)
// Tabs and line breaks inside values become spaces.
import { type GazetteerHit, gazetteerIndex, surfaceKey } from "../lexicon/gazetteer.js";
import { COUNTRY_CODES } from "./countries.js";
import { TextOut } from "./sink.js";
import type { EventActor, EventRow, Rows, Sink } from "./types.js";

/**
 * The GDELT 2.0 Event table (GDELT Event Codebook V2.0, data.gdeltproject.org/documentation/
 * GDELT-Event_Codebook-V2.0.pdf), named as in GDELT's header file and BigQuery table (the
 * codebook calls SQLDATE "Day"). 61 columns.
 */
export const GDELT_COLUMNS = [
  "GLOBALEVENTID",
  "SQLDATE",
  "MonthYear",
  "Year",
  "FractionDate",
  "Actor1Code",
  "Actor1Name",
  "Actor1CountryCode",
  "Actor1KnownGroupCode",
  "Actor1EthnicCode",
  "Actor1Religion1Code",
  "Actor1Religion2Code",
  "Actor1Type1Code",
  "Actor1Type2Code",
  "Actor1Type3Code",
  "Actor2Code",
  "Actor2Name",
  "Actor2CountryCode",
  "Actor2KnownGroupCode",
  "Actor2EthnicCode",
  "Actor2Religion1Code",
  "Actor2Religion2Code",
  "Actor2Type1Code",
  "Actor2Type2Code",
  "Actor2Type3Code",
  "IsRootEvent",
  "EventCode",
  "EventBaseCode",
  "EventRootCode",
  "QuadClass",
  "GoldsteinScale",
  "NumMentions",
  "NumSources",
  "NumArticles",
  "AvgTone",
  "Actor1Geo_Type",
  "Actor1Geo_FullName",
  "Actor1Geo_CountryCode",
  "Actor1Geo_ADM1Code",
  "Actor1Geo_ADM2Code",
  "Actor1Geo_Lat",
  "Actor1Geo_Long",
  "Actor1Geo_FeatureID",
  "Actor2Geo_Type",
  "Actor2Geo_FullName",
  "Actor2Geo_CountryCode",
  "Actor2Geo_ADM1Code",
  "Actor2Geo_ADM2Code",
  "Actor2Geo_Lat",
  "Actor2Geo_Long",
  "Actor2Geo_FeatureID",
  "ActionGeo_Type",
  "ActionGeo_FullName",
  "ActionGeo_CountryCode",
  "ActionGeo_ADM1Code",
  "ActionGeo_ADM2Code",
  "ActionGeo_Lat",
  "ActionGeo_Long",
  "ActionGeo_FeatureID",
  "DATEADDED",
  "SOURCEURL",
] as const;

export type GdeltColumn = (typeof GDELT_COLUMNS)[number];

const INDEX = new Map<GdeltColumn, number>(GDELT_COLUMNS.map((name, i) => [name, i]));

export interface GdeltOptions {
  /** GLOBALEVENTID of the first row; the rest count up from it. Default 1. */
  firstId?: number;
}

const ROOT = /^(0[1-9]|1\d|20)$/;

function quadClass(root: string): string {
  const n = Number(root);
  return n <= 5 ? "1" : n <= 8 ? "2" : n <= 13 ? "3" : "4";
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const DAY_MS = 86_400_000;

interface DateCells {
  day: string;
  monthYear: string;
  year: string;
  fraction: string;
}

function dateCells(value: string | null): DateCells {
  const match = value === null ? null : DATE.exec(value);
  if (!match) return { day: "", monthYear: "", year: "", fraction: "" };
  const [, year, month, day] = match as unknown as [string, string, string | undefined, string | undefined];
  if (day === undefined) return { day: "", monthYear: month ? year + month : "", year, fraction: "" };
  const y = Number(year);
  // YYYY.FFFF: the share of the year gone by that day, kept below 1.
  const dayOfYear = (Date.UTC(y, Number(month) - 1, Number(day)) - Date.UTC(y, 0, 0)) / DAY_MS;
  const fraction = (y + Math.min(dayOfYear / 365, 0.9999)).toFixed(4);
  return { day: year + month + day, monthYear: year + month, year, fraction };
}

/** What the gazetteer knows of a named entity: the reading of its type, its own name first. */
function known(actor: EventActor): GazetteerHit | undefined {
  if (actor.type === null) return undefined;
  const readings = gazetteerIndex().get(surfaceKey(actor.name))?.readings ?? [];
  return (
    readings.find((hit) => hit.type === actor.type && hit.canonical === actor.name) ??
    readings.find((hit) => hit.type === actor.type)
  );
}

function geoType(kind: string, inUs: boolean): string {
  switch (kind) {
    case "country":
      return "1";
    case "governorate":
      return inUs ? "2" : "5";
    case "capital":
    case "city":
    case "district":
    case "site":
      return inUs ? "3" : "4";
    default:
      return "";
  }
}

const BREAKS = /[\u0000-\u001F\u007F\u0085\u2028\u2029]+/g;
const BREAK = /[\u0000-\u001F\u007F\u0085\u2028\u2029]/;
const clean = (value: string) => (BREAK.test(value) ? value.replace(BREAKS, " ") : value);

/** The 61 cells of one event. */
export function gdeltCells(row: EventRow, id: number): string[] {
  const cells: string[] = new Array(GDELT_COLUMNS.length).fill("");
  const set = (column: GdeltColumn, value: string) => {
    cells[INDEX.get(column)!] = clean(value);
  };
  const { event, article } = row;

  set("GLOBALEVENTID", String(id));
  const date = dateCells(event.time ?? article.published);
  set("SQLDATE", date.day);
  set("MonthYear", date.monthYear);
  set("Year", date.year);
  set("FractionDate", date.fraction);

  const actorColumns = [
    ["Actor1Code", "Actor1Name", "Actor1CountryCode"],
    ["Actor2Code", "Actor2Name", "Actor2CountryCode"],
  ] as const;
  actorColumns.forEach(([code, name, country], i) => {
    const actor = row.actors[i];
    if (!actor) return;
    set(name, actor.name);
    const iso3 = COUNTRY_CODES.get(known(actor)?.country ?? "")?.iso3 ?? "";
    set(code, iso3);
    set(country, iso3);
  });

  set("IsRootEvent", row.lead ? "1" : "0");
  if (ROOT.test(event.cameo)) {
    set("EventCode", event.cameo + "0");
    set("EventBaseCode", event.cameo + "0");
    set("EventRootCode", event.cameo);
    set("QuadClass", quadClass(event.cameo));
  }
  set("NumMentions", "1");
  set("NumSources", "1");
  set("NumArticles", "1");

  if (row.place) {
    const place = known(row.place);
    const country = place?.country ?? "";
    const codes = COUNTRY_CODES.get(country);
    set("ActionGeo_Type", place ? geoType(place.kind, codes?.iso3 === "USA") : "");
    set("ActionGeo_FullName", country && country !== row.place.name ? `${row.place.name}, ${country}` : row.place.name);
    set("ActionGeo_CountryCode", codes?.fips ?? "");
  }

  const added = dateCells(article.published).day;
  set("DATEADDED", added ? added + "000000" : "");
  set("SOURCEURL", article.source ?? "");
  return cells;
}

export async function writeGdelt(rows: Rows<EventRow>, sink: Sink, options: GdeltOptions = {}): Promise<void> {
  const out = new TextOut(sink);
  let id = options.firstId ?? 1;
  for await (const row of rows) await out.put(gdeltCells(row, id++).join("\t") + "\n");
  await out.flush();
}
