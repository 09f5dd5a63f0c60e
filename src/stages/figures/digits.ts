// Reads the value of a number token's norm (digits already folded to ASCII, ٫ → "." and
// ٬ → ","). Arabic news writes thousands with "," (2,500) and, in some outlets, with "."
// (1.500 جندي); decimals with "." or ٫ (4.5, ٤٫٥) and sometimes with "," (4,5).
// The rule, per separator kind:
//   - groups of exactly three digits after every separator, the first group 1–3 digits and not
//     0: thousands (2,500 → 2500; 1.500.000 → 1500000), EXCEPT a single "." before a scale
//     word, which is a decimal (1.500 مليار = 1.5 billion: nobody multiplies thousands by a
//     scale);
//   - a single separator followed by other than three digits: decimal (4.5, 4,5, 0.375);
//   - both kinds: the last one is the decimal point (2,500.75; 2.500,75);
//   - anything else (2024/03/27, 1.2.3): not a quantity.
// Known trade-off: a price with three decimals (3.750 ريال) is read as 3750.

const DIGIT_0 = 48;
const DIGIT_9 = 57;

function allDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < DIGIT_0 || c > DIGIT_9) return false;
  }
  return true;
}

/** Whether `groups` after the first are all three digits and the first is a valid lead group. */
function thousandGroups(groups: readonly string[]): boolean {
  const [lead, ...rest] = groups;
  if (!lead || lead.length > 3 || lead.charCodeAt(0) === DIGIT_0) return false;
  return rest.every((group) => group.length === 3);
}

function grouped(s: string, sep: string, scaleFollows: boolean): number | null {
  const groups = s.split(sep);
  if (!groups.every(allDigits)) return null;
  if (groups.length === 2) {
    const thousands = thousandGroups(groups) && !(sep === "." && scaleFollows);
    return Number(thousands ? groups.join("") : `${groups[0]}.${groups[1]}`);
  }
  return thousandGroups(groups) ? Number(groups.join("")) : null;
}

/** The value of a number token's norm; null for what is not a single quantity (dates, codes). */
export function digitValue(norm: string, scaleFollows = false): number | null {
  if (allDigits(norm)) return Number(norm);
  const dot = norm.lastIndexOf(".");
  const comma = norm.lastIndexOf(",");
  if (dot < 0 && comma < 0) return null;
  if (dot < 0) return grouped(norm, ",", scaleFollows);
  if (comma < 0) return grouped(norm, ".", scaleFollows);
  const [thousandsSep, decimalAt] = dot > comma ? [",", dot] : [".", comma];
  const whole = norm.slice(0, decimalAt).split(thousandsSep);
  const fraction = norm.slice(decimalAt + 1);
  if (!whole.every(allDigits) || !thousandGroups(whole) || !allDigits(fraction)) return null;
  return Number(`${whole.join("")}.${fraction}`);
}
