import { type LazyPackages, platform } from '../engine/platform.js';

/**
 * The parts of `natural` promptgate uses, loaded one submodule at a time and only on first use.
 * Never `import 'natural'`: the package root takes ~0.5 s and its dotenv dependency reads `.env` from the
 * working directory and prints a banner on stdout.
 */
let levenshtein: LazyPackages['natural/lib/natural/distance/levenshtein_distance.js'] | undefined;

function distances() {
  return (levenshtein ??= platform().load('natural/lib/natural/distance/levenshtein_distance.js'));
}

/** Damerau-Levenshtein distance (a swap of two neighbours counts as one edit, as in typing slips). */
export function editDistance(a: string, b: string): number {
  return distances().DamerauLevenshteinDistance(a, b, { restricted: true });
}
