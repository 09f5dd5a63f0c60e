// Arabic names for the data's codes. The codes themselves (event kinds, edge types, rule names)
// stay visible beside them: analysts cite them and the CLI prints them.
import type { EntityType } from "./types.js";

export const TYPE_NAME: Record<EntityType, string> = { PER: "شخص", ORG: "منظمة", LOC: "مكان" };
export const TYPE_PLURAL: Record<EntityType, string> = { PER: "أشخاص", ORG: "منظمات", LOC: "أماكن" };
export const TYPES: readonly EntityType[] = ["PER", "ORG", "LOC"];

export const GRANULARITY: Record<string, string> = { day: "يوم", month: "شهر", year: "سنة" };

/** Event kinds of lexicon/event-triggers.tsv. */
export const EVENT_KIND: Record<string, string> = {
  meet: "لقاء",
  visit: "زيارة",
  statement: "تصريح",
  announce: "إعلان",
  deny: "نفي",
  reject: "رفض",
  appeal: "مناشدة",
  demand: "مطالبة",
  pledge: "تعهّد",
  negotiate: "تفاوض",
  support: "دعم",
  agreement: "اتفاق",
  aid: "مساعدة",
  withdraw: "انسحاب",
  ceasefire: "وقف إطلاق نار",
  investigate: "تحقيق",
  criticise: "انتقاد",
  accuse: "اتهام",
  threaten: "تهديد",
  protest: "احتجاج",
  deploy: "نشر قوات",
  "reduce-relations": "خفض العلاقات",
  sanction: "عقوبات",
  arrest: "اعتقال",
  abduct: "اختطاف",
  kill: "قتل",
  massacre: "مجزرة",
  attack: "هجوم",
  strike: "قصف",
  clash: "اشتباك",
};

/** Edge types of lexicon/edge-kinds.tsv. */
export const EDGE_KIND: Record<string, string> = {
  "co-occurs": "في جملة واحدة",
  "stated-about": "تحدّث عن",
  announced: "أعلن",
  denied: "نفى",
  rejected: "رفض",
  "appealed-to": "ناشد",
  demanded: "طالب",
  "pledged-to": "تعهّد لـ",
  met: "التقى",
  negotiated: "تفاوض مع",
  visited: "زار",
  supported: "دعم",
  agreed: "اتفق مع",
  aided: "ساعد",
  "withdrew-from": "انسحب من",
  "agreed-truce": "هدنة مع",
  investigated: "حقّق مع",
  criticised: "انتقد",
  accused: "اتّهم",
  threatened: "هدّد",
  protested: "احتجّ على",
  "deployed-to": "نشر قوات في",
  "cut-ties": "قطع العلاقات مع",
  sanctioned: "عاقب",
  arrested: "اعتقل",
  abducted: "اختطف",
  killed: "قتل",
  attacked: "هاجم",
  struck: "قصف",
  clashed: "اشتبك مع",
};

/** «لقاء (meet)»: the Arabic name and the code, or the code alone when it has no name here. */
export const named = (names: Record<string, string>, code: string) => (names[code] ? `${names[code]} (${code})` : code);

export const OUTLET_UNKNOWN = "منفذ غير معروف";

type Forms = readonly [one: string, two: string, few: string, many: string];

/** Arabic counted nouns: the noun's form follows the number (1, 2, 3–10, 11 and more). */
export const NOUN = {
  article: ["مقالة واحدة", "مقالتان", "مقالات", "مقالة"],
  outlet: ["منفذ واحد", "منفذان", "منافذ", "منفذاً"],
  sentence: ["جملة واحدة", "جملتان", "جمل", "جملة"],
  mention: ["إشارة واحدة", "إشارتان", "إشارات", "إشارة"],
  result: ["نتيجة واحدة", "نتيجتان", "نتائج", "نتيجة"],
  quote: ["اقتباس واحد", "اقتباسان", "اقتباسات", "اقتباساً"],
  actor: ["فاعل واحد", "فاعلان", "فاعلين", "فاعلاً"],
  event: ["حدث واحد", "حدثان", "أحداث", "حدثاً"],
  story: ["قصة واحدة", "قصتان", "قصص", "قصة"],
  edge: ["علاقة واحدة", "علاقتان", "علاقات", "علاقة"],
  claim: ["ادعاء واحد", "ادعاءان", "ادعاءات", "ادعاءً"],
} as const satisfies Record<string, Forms>;

const numbers = new Intl.NumberFormat("ar-u-nu-latn");

export function counted(n: number, [one, two, few, many]: Forms): string {
  if (n === 1) return one;
  if (n === 2) return two;
  const rest = n % 100;
  return `${numbers.format(n)} ${rest >= 3 && rest <= 10 ? few : many}`;
}
