import { LineIndex } from '../normalize/lines.js';
import { buildView } from '../normalize/view.js';
import type { CompiledRule } from '../rules/model.js';
import { mask } from '../report/mask.js';
import type { Finding, Lang } from '../types.js';
import { severityRank } from '../types.js';
import { localize } from '../util/localize.js';
import { accept } from '../validate/checks.js';
import { type Candidate, Matchers } from './candidates.js';

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
    const view = buildView(text);
    const lines = new LineIndex(text);
    const facts = { view, lines };
    const kept: Candidate[] = [];
    this.matchers.find(view, (c) => {
      if (accept(c, facts)) kept.push(c);
    });
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
