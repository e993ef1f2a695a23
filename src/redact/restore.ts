import type { MapEntry } from './apply.js';
import { findPlaceholders } from './grammar.js';
import { token } from './placeholder.js';

export interface Restoration {
  text: string;
  /** How many placeholders were put back. */
  restored: number;
  /** Placeholders of a known label whose number the map does not hold (`[CCCD_7]`), as tokens; left as they were. */
  unknown: string[];
}

/** Puts the original values back into an answer, wherever the placeholder grammar (see grammar.ts) finds a token. */
export function restoreText(answer: string, entries: MapEntry[]): Restoration {
  const byToken = new Map(entries.map((e) => [token(e.label, e.n), e.value]));
  let out = '';
  let at = 0;
  let restored = 0;
  const unknown = new Set<string>();
  for (const p of findPlaceholders(answer, entries.map((e) => e.label))) {
    const t = token(p.label, p.n);
    const value = byToken.get(t);
    if (value === undefined) {
      unknown.add(t);
      continue;
    }
    out += answer.slice(at, p.start) + value;
    at = p.end;
    restored++;
  }
  return { text: out + answer.slice(at), restored, unknown: [...unknown] };
}
