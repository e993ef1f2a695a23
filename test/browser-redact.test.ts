import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileRuleText } from '../src/browser/rule-text.js';

// What the browser extension asks of the browser entry beyond a scan (#23): redaction as `promptgate redact` with
// the numbering carried on across the prompts of one conversation, restore, and an organisation's rules from text.
// Run on the bundle itself (dist/browser/promptgate.js), as a page loads it.
interface MapEntry { placeholder: string; label: string; n: number; value: string }
interface Gate {
  redactText(t: string, o?: { previous?: MapEntry[] }): { ok: true; text: string; entries: MapEntry[] } | { ok: false; reason: string };
  restoreText(t: string, e: MapEntry[]): { text: string; restored: number };
}
const g = globalThis as unknown as { promptgate?: Gate };
new Function(readFileSync(resolve(__dirname, '../dist/browser/promptgate.js'), 'utf8'))();
const gate = g.promptgate!;

describe('redaction in the browser entry', () => {
  it('keeps a value\'s placeholder across prompts and gives a new value the next number', () => {
    const a = gate.redactText('Hồ sơ CCCD 001099012345 cần kiểm tra.');
    expect(a.ok).toBe(true);
    if (!a.ok) return;
    expect(a.text).toBe('Hồ sơ CCCD [CCCD_1] cần kiểm tra.');
    const b = gate.redactText('So sánh CCCD 079203004567 với 001099012345.', { previous: a.entries });
    expect(b.ok).toBe(true);
    if (!b.ok) return;
    expect(b.text).toBe('So sánh CCCD [CCCD_2] với [CCCD_1].');
    expect(b.entries.map((e) => [e.placeholder, e.value])).toEqual([['[CCCD_2]', '079203004567']]);
    const all = [...a.entries, ...b.entries];
    expect(gate.restoreText('[CCCD_1] và [CCCD_2] khớp nhau.', all)).toEqual({ text: '001099012345 và 079203004567 khớp nhau.', restored: 2, unknown: [] });
  });

  it('refuses to redact a stamp', () => {
    expect(gate.redactText('TỐI MẬT\nBáo cáo quý III.')).toMatchObject({ ok: false, reason: 'not-redactable' });
  });
});

describe('an organisation\'s rules given as text', () => {
  it('compiles a valid file and names the problems of a broken one', () => {
    const ok = compileRuleText('rules:\n  - id: org.x\n    title: X\n    rationale: Internal name.\n    category: classified-marking\n    severity: block\n    keywords:\n      terms: [SENTINEL]\n');
    expect(ok.problems).toEqual([]);
    expect(ok.rules.map((r) => r.id)).toEqual(['org.x']);
    const bad = compileRuleText('rules:\n  - id: org.x\n    category: nonsense\n');
    expect(bad.rules).toEqual([]);
    expect(bad.problems.join('\n')).toMatch(/^2:\d+ .*rationale/m);
  });
});
