import { createRequire } from 'node:module';

/**
 * The parts of `natural` promptgate uses, loaded one submodule at a time and only on first use.
 * Never `import 'natural'`: the package root takes ~0.5 s and its dotenv dependency reads `.env` from the
 * working directory and prints a banner on stdout.
 */
const require = createRequire(import.meta.url);

type Distance = (a: string, b: string, options?: Record<string, unknown>) => number;
let levenshtein: { LevenshteinDistance: Distance; DamerauLevenshteinDistance: Distance } | undefined;

function distances() {
  levenshtein ??= require('natural/lib/natural/distance/levenshtein_distance.js');
  return levenshtein!;
}

/** Damerau-Levenshtein distance (a swap of two neighbours counts as one edit, as in typing slips). */
export function editDistance(a: string, b: string): number {
  return distances().DamerauLevenshteinDistance(a, b, { restricted: true });
}
