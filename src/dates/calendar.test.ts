import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { parseCalendarDate } from "./calendar.js";

describe("parseCalendarDate", () => {
  const found: Array<[string, string, "day" | "month"]> = [
    ["2025-03-12", "2025-03-12", "day"],
    ["2025/03/12 10:45", "2025-03-12", "day"],
    ["12/3/2025", "2025-03-12", "day"],
    ["١٢ آذار ٢٠٢٥", "2025-03-12", "day"],
    ["الأربعاء 12 آذار 2025 - 10:45 ص", "2025-03-12", "day"],
    // a month glossed in the other calendar: slash, brackets, or side by side
    ["12 مارس/آذار 2025", "2025-03-12", "day"],
    ["12 ديسمبر (كانون الأول) 2024", "2024-12-12", "day"],
    ["12 مارس آذار 2025 - 3:18 م", "2025-03-12", "day"],
    ["12 تشرين الأول 2025", "2025-10-12", "day"],
    ["3rd, March 2025", "2025-03-03", "day"],
    ["March 12, 2025", "2025-03-12", "day"],
    ["آذار 2025", "2025-03", "month"],
  ];
  for (const [text, value, granularity] of found) {
    test(text, () => assert.deepEqual(parseCalendarDate(text), { value, granularity }));
  }
  const none = ["الثلاثاء 11 آذار", "31/2/2025", "في 12 مارس وصل الوفد", "1200 جندي"];
  for (const text of none) test(`no date: ${text}`, () => assert.equal(parseCalendarDate(text), null));
});
