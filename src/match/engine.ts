import { LineIndex } from '../normalize/lines.js';
import { buildView, Scratch } from '../normalize/view.js';
import type { CompiledRule } from '../rules/model.js';
import { mask } from '../report/mask.js';
import type { Finding, Lang } from '../types.js';
import { severityRank } from '../types.js';
import { localize } from '../util/localize.js';
import { accept } from '../validate/checks.js';
import { type Candidate, Matchers } from './candidates.js';

/** Units of text matched per window, and the margin read on each side of it. */
export const WINDOW = 1 << 18;
export const OVERLAP = 1 << 13;

export interface ScanTextOptions {
  lang?: Lang;
}

/**
 * A compiled rule set, ready to scan any number of texts: normalise → match → validate → findings.
 * Build it once per run; it holds no per-text state.
 */
export class Engine {
  readonly rules: CompiledRule[];
  private readonly matchers: Matchers;

  constructor(rules: CompiledRule[]) {
    this.rules = rules;
    this.matchers = new Matchers(rules.filter((r) => r.enabled));
  }

  scanText(text: string, source: string, opts: ScanTextOptions = {}): Finding[] {
    const lang = opts.lang ?? 'en';
    const lines = new LineIndex(text);
    const kept: Candidate[] = [];
    const scratch = text.length > 1 << 16 ? new Scratch(WINDOW + 3 * OVERLAP + 64) : undefined;
    // Large texts are matched window by window: memory stays bounded and the buffers stay small enough to be
    // cheap to allocate. Each window is read with OVERLAP units of margin on both sides (longer than any match
    // or context window), and keeps only the candidates that start inside it, so a match that spans a window
    // boundary is found exactly once.
    for (let a = 0; a < text.length || a === 0; ) {
      let b = Math.min(text.length, a + WINDOW);
      if (b < text.length) {
        const nl = text.indexOf('\n', b);
        if (nl >= 0 && nl - b < OVERLAP / 2) b = nl + 1; // prefer to cut at a line break
      }
      const ws = Math.max(0, a - OVERLAP);
      const we = Math.min(text.length, b + OVERLAP);
      const view = buildView(ws === 0 && we === text.length ? text : text.slice(ws, we), scratch);
      const facts = { view, lines, text, base: ws };
      this.matchers.find(view, (c) => {
        c.os += ws;
        c.oe += ws;
        if (c.os >= a && (c.os < b || b === text.length) && accept(c, facts)) kept.push(c);
      });
      if (b >= text.length) break;
      a = b;
    }
    return dedupe(kept).map((c) => {
      const a = lines.position(c.os);
      const b = lines.position(c.oe);
      return {
        ruleId: c.rule.id,
        category: c.rule.category,
        severity: c.rule.severity,
        source,
        line: a.line,
        column: a.column,
        endLine: b.line,
        endColumn: b.column,
        excerpt: mask(text.slice(c.os, c.oe)),
        message: localize(c.rule.title, lang),
        start: c.os,
        end: c.oe,
      };
    });
  }
}

/**
 * One finding per place and category: overlapping candidates of the same category collapse into the most
 * severe, then the longest, then the first rule. Different categories at one place are all kept.
 */
function dedupe(cands: Candidate[]): Candidate[] {
  cands.sort((a, b) => a.os - b.os || b.oe - a.oe || a.rule.id.localeCompare(b.rule.id));
  const lastByCategory = new Map<string, Candidate>();
  const out: Candidate[] = [];
  for (const c of cands) {
    const prev = lastByCategory.get(c.rule.category);
    if (prev && c.os < prev.oe) {
      if (better(c, prev)) {
        out[out.indexOf(prev)] = c;
        lastByCategory.set(c.rule.category, c);
      }
      continue;
    }
    out.push(c);
    lastByCategory.set(c.rule.category, c);
  }
  return out;
}

function better(a: Candidate, b: Candidate): boolean {
  const s = severityRank(a.rule.severity) - severityRank(b.rule.severity);
  if (s !== 0) return s > 0;
  return a.oe - a.os > b.oe - b.os;
}
