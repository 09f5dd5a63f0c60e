// Why: a same-happening match needs one actor strong in both reports (score.ts), and an actor
// every other article names («العراق» in a corpus about Iraq) says nothing about which
// happening an article reports. The store knows how many articles name each entity, so an
// entity's weight falls with its share of the corpus: full up to COMMON_SHARE, then down in
// log scale to FLOOR at HUB_SHARE and beyond. Shares are taken of at least MIN_CORPUS
// articles, so a small folder (ten reports of one week) does not make its main actors look
// common: in a small corpus everything is specific.

const COMMON_SHARE = 0.02;
const HUB_SHARE = 0.5;
const FLOOR = 0.2;
const MIN_CORPUS = 1000;

/** Weight in [FLOOR, 1] of an entity named in `articles` of a corpus of `corpus` articles. */
export function entityWeight(articles: number, corpus: number): number {
  const share = articles / Math.max(corpus, MIN_CORPUS);
  if (share <= COMMON_SHARE) return 1;
  if (share >= HUB_SHARE) return FLOOR;
  const fall = Math.log(share / COMMON_SHARE) / Math.log(HUB_SHARE / COMMON_SHARE);
  return Math.round((1 - fall * (1 - FLOOR)) * 1000) / 1000;
}
