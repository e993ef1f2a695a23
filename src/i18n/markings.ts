/**
 * Classification markings a verdict may name. Only these fixed words are ever printed from a marking finding:
 * the verdict says "marked TỐI MẬT" without echoing whatever else the matched text held. The lookup ignores case,
 * diacritics, spacing and punctuation, so "T O P  S E C R E T" or "TOI MAT" are named by their proper form.
 */
const NAMES = [
  'TUYỆT MẬT', 'TỐI MẬT', 'MẬT', 'KHÔNG PHỔ BIẾN', 'LƯU HÀNH NỘI BỘ', 'HẠN CHẾ PHỔ BIẾN',
  'PŘÍSNĚ TAJNÉ', 'TAJNÉ', 'DŮVĚRNÉ', 'VYHRAZENÉ',
  'TOP SECRET', 'SECRET', 'CONFIDENTIAL', 'RESTRICTED', 'INTERNAL USE ONLY', 'FOR OFFICIAL USE ONLY',
  'OFFICIAL-SENSITIVE', 'COSMIC TOP SECRET', 'NATO SECRET', 'NATO CONFIDENTIAL', 'NATO RESTRICTED',
  'EU TOP SECRET', 'EU SECRET', 'EU CONFIDENTIAL', 'EU RESTRICTED', 'TLP:RED', 'TLP:AMBER', 'TLP:AMBER+STRICT',
];

const key = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').replace(/[^\p{L}\p{N}+]/gu, '').toUpperCase();
const BY_KEY = new Map(NAMES.map((n) => [key(n), n]));

/** The proper name of a marking, or undefined when the text is not exactly one of the known markings. */
export function markingName(matched: string): string | undefined {
  return BY_KEY.get(key(matched));
}

// Levels, highest first: a text marked both TỐI MẬT and MẬT is named by TỐI MẬT. Names not listed rank lowest.
const LEVELS = [
  ['TUYỆT MẬT', 'PŘÍSNĚ TAJNÉ', 'TOP SECRET', 'COSMIC TOP SECRET', 'EU TOP SECRET'],
  ['TỐI MẬT', 'TAJNÉ', 'SECRET', 'NATO SECRET', 'EU SECRET', 'TLP:RED'],
  ['MẬT', 'DŮVĚRNÉ', 'CONFIDENTIAL', 'NATO CONFIDENTIAL', 'EU CONFIDENTIAL', 'TLP:AMBER+STRICT'],
  ['VYHRAZENÉ', 'RESTRICTED', 'NATO RESTRICTED', 'EU RESTRICTED', 'OFFICIAL-SENSITIVE', 'TLP:AMBER'],
];

/** How high a marking's level is (larger is higher); 0 for the ones that are not a level of secrecy. */
export function markingRank(name: string): number {
  const i = LEVELS.findIndex((l) => l.includes(name));
  return i < 0 ? 0 : LEVELS.length - i;
}
