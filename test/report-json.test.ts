import { describe, expect, it } from 'vitest';
import { findingJson, formatJson, jsonParts } from '../src/report/json.js';
import type { Finding, ScanResult } from '../src/types.js';
import { rng } from './helpers/rng.js';

// The contract's document made in one go, as formatJson made it before it was written in pieces (#21): the pieces
// must join to exactly this text.
function whole(r: ScanResult, verbose = false): string {
  const doc = {
    version: r.version,
    verdict: r.verdict,
    complete: r.complete ?? r.skipped.length === 0,
    findings: r.findings.map(findingJson),
    skipped: r.skipped,
    ...(r.suppressed?.length ? { suppressed: r.suppressed.map((f) => ({ ...findingJson(f), suppressedBy: f.suppressedBy, ...(f.reason ? { reason: f.reason } : {}) })) } : {}),
    ...(r.warnings?.length ? { warnings: r.warnings } : {}),
    ...(r.summary ? { summary: r.summary } : {}),
    ...(verbose && r.ignored?.length ? { ignored: r.ignored } : {}),
    ...(verbose && r.notFollowed?.length ? { notFollowed: r.notFollowed } : {}),
    ...(r.tool ? { tool: r.tool } : {}),
  };
  return JSON.stringify(doc, null, 2) + '\n';
}

// Strings that could upset a text-level join: line breaks and quotes (escaped), separators JSON leaves raw,
// the placeholder's own spelling, braces and key-like text.
const AWKWARD = ['a\nb', '"findings": 0', '\u2028\u2029', 'TỐI MẬT', '😀 \ud800', '{\n  }', '\\n', '  "findings": [', '\t\r'];

function finding(r: () => number, k: number): Finding {
  const pick = () => AWKWARD[Math.floor(r() * AWKWARD.length)];
  return {
    ruleId: `rule.${k}`,
    category: 'credential',
    severity: r() < 0.5 ? 'block' : 'warn',
    source: r() < 0.3 ? pick() : 'file.txt',
    line: k + 1,
    column: 3,
    endLine: k + 1,
    endColumn: 9,
    excerpt: pick(),
    message: pick(),
    start: k,
    end: k + 6,
    ...(r() < 0.2 ? { location: pick() } : {}),
    ...(r() < 0.1 ? { fingerprint: { label: pick(), id: 'd1', words: 40, share: 0.5 } } : {}),
  };
}

describe('JSON report written in pieces', () => {
  it('joins to exactly the document made in one go, for any number of findings and awkward strings', () => {
    for (const [seed, n] of [[1, 0], [2, 1], [3, 255], [4, 256], [5, 257], [6, 700]] as const) {
      const r = rng(seed);
      const result: ScanResult = {
        version: 1,
        verdict: n ? 'block' : 'pass',
        findings: Array.from({ length: n }, (_, k) => finding(r, k)),
        skipped: seed % 2 ? [{ source: AWKWARD[seed], reason: 'binary' }] : [],
        ...(seed % 3 === 0 ? { complete: false } : {}),
        ...(seed > 2 ? { suppressed: [{ ...finding(r, 9), suppressedBy: 'inline' as const, reason: AWKWARD[seed] }] } : {}),
        ...(seed === 5 ? { warnings: [{ source: 'x', line: 2, message: AWKWARD[0] }] } : {}),
        summary: { files: 1, scanned: 1, skipped: 0, ignored: 1, notFollowed: 1, findings: { block: n, warn: 0, info: 0 } },
        ignored: [{ source: 'a', by: '.gitignore' }],
        notFollowed: [{ source: 'b', by: 'link' }],
        ...(seed !== 6 ? { tool: { name: 'promptgate', version: '0.1.0' } } : {}),
      } as ScanResult;
      for (const verbose of [false, true]) {
        const parts = [...jsonParts(result, { verbose })];
        expect(parts.join('')).toBe(whole(result, verbose));
        expect(formatJson(result, { verbose })).toBe(whole(result, verbose));
        // Pieces stay small: the findings come a few hundred at a time.
        expect(parts.length).toBe(2 + Math.max(1, Math.ceil(n / 256)));
        JSON.parse(parts.join(''));
      }
    }
  });
});
