import { LineIndex } from '../normalize/lines.js';
import type { CompiledRule } from '../rules/model.js';
import type { Category, Finding, Severity } from '../types.js';
import { severityRank } from '../types.js';
import { findPlaceholders } from './grammar.js';
import { placeholderLabel, token, valueKey } from './placeholder.js';

/** One cut, as reported to the user: where it was in the original, what replaced it; never the value. */
export interface Replacement {
  placeholder: string;
  ruleId: string;
  category: Category;
  severity: Severity;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** UTF-16 offsets [start, end) in the original text and [outStart, outEnd) in the redacted one. */
  start: number;
  end: number;
  outStart: number;
  outEnd: number;
}

/** One distinct value and its placeholder: what the map file holds. */
export interface MapEntry {
  placeholder: string;
  label: string;
  n: number;
  /** The value as first spelled in the text; restore puts this spelling back for every occurrence. */
  value: string;
  ruleId: string;
  category: Category;
}

export interface Redaction {
  text: string;
  replacements: Replacement[];
  entries: MapEntry[];
}

/**
 * The pure fixer: replaces the given findings with placeholders and returns the new text.
 * Overlapping findings are cut once, as their union; the union is named after its most severe, then longest,
 * finding. Equal values (see valueKey) share a placeholder. Numbers already written as placeholders in the input
 * (`[CARD_1]` in a text about placeholders) are skipped, so restore never confuses them with ours.
 */
export function applyRedaction(text: string, findings: Finding[], ruleOf: (id: string) => CompiledRule | undefined): Redaction {
  const spans = unions(findings);
  const lines = new LineIndex(text);
  const byKey = new Map<string, MapEntry>();
  const next = new Map<string, number>();
  const taken = new Map<string, Set<number>>();
  const entries: MapEntry[] = [];
  const replacements: Replacement[] = [];
  let out = '';
  let at = 0;

  const freshNumber = (label: string): number => {
    let used = taken.get(label);
    if (!used) taken.set(label, (used = new Set(findPlaceholders(text, [label]).map((p) => p.n))));
    let n = next.get(label) ?? 1;
    while (used.has(n)) n++;
    next.set(label, n + 1);
    return n;
  };

  for (const s of spans) {
    const value = text.slice(s.start, s.end);
    const key = valueKey(value);
    let entry = byKey.get(key);
    if (!entry) {
      const label = placeholderLabel(ruleOf(s.lead.ruleId)?.placeholder ?? s.lead.category);
      const n = freshNumber(label);
      entry = { placeholder: token(label, n), label, n, value, ruleId: s.lead.ruleId, category: s.lead.category };
      byKey.set(key, entry);
      entries.push(entry);
    }
    out += text.slice(at, s.start);
    const a = lines.position(s.start);
    const b = lines.position(s.end);
    replacements.push({
      placeholder: entry.placeholder,
      ruleId: s.lead.ruleId,
      category: s.lead.category,
      severity: s.lead.severity,
      line: a.line,
      column: a.column,
      endLine: b.line,
      endColumn: b.column,
      start: s.start,
      end: s.end,
      outStart: out.length,
      outEnd: out.length + entry.placeholder.length,
    });
    out += entry.placeholder;
    at = s.end;
  }
  out += text.slice(at);
  return { text: out, replacements, entries };
}

interface Span {
  start: number;
  end: number;
  lead: Finding;
}

/** Overlapping findings merged into one span each (touching ones stay apart), in text order. */
function unions(findings: Finding[]): Span[] {
  const sorted = findings.filter((f) => f.end > f.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const f of sorted) {
    const last = out[out.length - 1];
    if (last && f.start < last.end) {
      last.end = Math.max(last.end, f.end);
      if (leads(f, last.lead)) last.lead = f;
    } else out.push({ start: f.start, end: f.end, lead: f });
  }
  return out;
}

function leads(a: Finding, b: Finding): boolean {
  const s = severityRank(a.severity) - severityRank(b.severity);
  if (s !== 0) return s > 0;
  return a.end - a.start > b.end - b.start;
}
