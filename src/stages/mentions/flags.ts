// Per-token facts as bits (see doc.ts). The lexical ones (stop word, given name, title start …)
// are known per normalised form and precomputed by knowledge.ts, so a token costs one lookup.
export const WORD = 1 << 0;
export const CLITIC = 1 << 1;
export const QUOTE = 1 << 2;
export const COMMA = 1 << 3;
export const DEF = 1 << 4; // a word with the article ال
export const STOP = 1 << 5; // function word, verb, time word: ends a name
export const COMMON = 1 << 6; // a common noun or adjective: never a name word
export const GIVEN = 1 << 7;
export const GIVEN_AMBIGUOUS = 1 << 8;
export const PARTICLE = 1 << 9;
export const NISBA = 1 << 10; // a country adjective (العراقي، الأميركية)
export const TANWEEN = 1 << 11; // written with tanween: an indefinite common word
export const SPEECH = 1 << 12;
export const PERSON_WORD = 1 << 13;
export const LOCATIVE = 1 << 14;
export const LATIN = 1 << 15;
export const PAREN_OPEN = 1 << 16;
export const PAREN_CLOSE = 1 << 17;
export const TITLE_START = 1 << 18;
export const HEAD_START = 1 << 19;
export const PRONOUN = 1 << 20;
export const LINE_START = 1 << 21;
export const DASH = 1 << 22;
export const KUNYA_WORD = 1 << 23; // أبوعلي: a kunya written joined
export const POSSESSIVE = 1 << 24; // a noun with a possessive suffix: قوله، سيادته، أمنها
export const GAZETTEER_START = 1 << 25; // some gazetteer name starts with this form
export const FINAL_YEH_NAME = 1 << 26; // a given name written with a final ي (علي): not على
export const BYLINE = 1 << 27; // بقلم: the name after it is the author's
export const DIRECTION = 1 << 28; // a compass word (شمال، جنوبي), also LOCATIVE
export const INTERVIEW = 1 << 29; // تصريح، مقابلة: لـ«X» after it names an outlet
/** Lexical only, never a token flag: a form a proclitic may be split from (knowledge.isKnown). */
export const KNOWN = 1 << 30;

/** The bits that depend on the normalised form alone. */
export const LEXICAL =
  STOP |
  COMMON |
  SPEECH |
  LOCATIVE |
  PRONOUN |
  BYLINE |
  DIRECTION |
  INTERVIEW |
  GIVEN |
  GIVEN_AMBIGUOUS |
  PARTICLE |
  NISBA |
  PERSON_WORD |
  TITLE_START |
  HEAD_START |
  GAZETTEER_START;

export const ALEF_MAKSURA = 0x0649;
