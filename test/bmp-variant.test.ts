import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bmpRanges, propertySpans } from '../src/analyze/bmp.js';
import { runFlags } from '../src/rules/compile.js';
import { bmpSource, compileRegex, narrowSource, rangePairs, useBmpRanges } from '../src/rules/regex.js';
import type { RawPatternObject } from '../src/rules/model.js';
import { loadRuleFile } from '../src/rules/load.js';
import { BUILTIN_DIR, builtinPacks, ruleFiles } from '../src/rules/ruleset.js';
import { cli } from './helpers/cli.js';
import { rng } from './helpers/rng.js';

// A short text without surrogates is read with each built-in pattern's Unicode property escapes spelled out as their
// BMP code points (analyze/bmp.ts: cheaper for V8 to compile). That form must find exactly what the pattern finds.

describe('property escapes located for the BMP form', () => {
  it('finds each escape, inside a class or not, and no escaped backslash before a p', () => {
    const src = '(?<![\\p{L}\\p{N}])x\\P{Lu}\\\\p[^_\\p{Lu}]';
    const spans = propertySpans(src, 'g')!;
    expect([0, 3, 6].map((k) => [src.slice(spans[k], spans[k + 1]), spans[k + 2]])).toEqual([['[\\p{L}\\p{N}]', 1], ['\\P{Lu}', 0], ['[^_\\p{Lu}]', 2]]);
    expect(spans.length).toBe(9);
    expect(propertySpans('[a-z]+\\d', '')).toBeUndefined();
  });

  it('spells an escape or a class as exactly the BMP code points it matches', () => {
    const re = new RegExp(`^[${bmpRanges('\\p{Lu}')}]$`, 'u');
    const prop = /^\p{Lu}$/u;
    const cls = new RegExp(`^[^${bmpRanges('[^\\p{L}\\p{N}_]')}]$`, 'u');
    const negated = /^[^\p{L}\p{N}_]$/u;
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      if (re.test(ch) !== prop.test(ch) || cls.test(ch) !== negated.test(ch)) throw new Error(`U+${c.toString(16)} differs`);
    }
  });
});

/** Every match of a global regex over the text: where, what, and the capture groups' spans. */
function matches(re: RegExp, text: string): string[] {
  const out: string[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(`${m.index}:${m[0]}:${JSON.stringify(m.indices ?? null)}`);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

// Letters of the three languages and others, digits of several scripts, case-folding oddities (ſ, K Kelvin, ẞ, İ),
// combining marks, spaces and punctuation the patterns look at.
const POOL = [...'aAzZđĐăĂơƠưƯếẾộỘčČřŘšŠžŽůŮýÝ ſKẞßİıΣσςЖж中文０１٣߀0123456789  \t\n.,;:-_/@+#$\'"()[]\u0301\u0323\u200b\u00ad'];
const texts = (() => {
  const next = rng(21);
  const out: string[] = [];
  for (let i = 0; i < 200; i++) {
    let t = '';
    const n = 5 + Math.floor(next() * 60);
    for (let k = 0; k < n; k++) t += POOL[Math.floor(next() * POOL.length)];
    out.push(t);
  }
  return out;
})();

describe('the BMP form of every built-in pattern', () => {
  const table: Record<string, string> = {};
  const cases: { id: string; o: RawPatternObject; spans: number[] }[] = [];
  const samples: string[] = [];
  for (const pack of builtinPacks()) {
    for (const f of ruleFiles(join(BUILTIN_DIR, pack))) {
      for (const r of loadRuleFile(f).rules) {
        samples.push(...(r.raw.examples?.match ?? []), ...(r.raw.examples?.noMatch ?? []));
        for (const p of r.raw.patterns ?? []) {
          const o: RawPatternObject = typeof p === 'string' ? { regex: p } : p;
          const spans = propertySpans(o.regex, runFlags(o));
          if (!spans) continue;
          for (let k = 0; k < spans.length; k += 3) {
            const key = o.regex.slice(spans[k], spans[k + 1]);
            table[key] ??= bmpRanges(key);
            table[`u:${key}`] ??= rangePairs(table[key]);
            table[`iu:${key}`] ??= rangePairs(bmpRanges(key, true));
          }
          cases.push({ id: r.raw.id, o, spans });
        }
      }
    }
  }

  it('finds the same matches as the pattern on rule examples and random text without surrogates', () => {
    useBmpRanges(() => table);
    expect(Object.keys(table)).toContain('\\p{L}');
    expect(cases.length).toBeGreaterThan(50);
    const all = [...samples, ...texts, samples.join('\n')].filter((t) => !/[\uD800-\uDFFF]/.test(t));
    for (const { id, o, spans } of cases) {
      const flags = runFlags(o);
      const withGroups = o.group !== undefined;
      const re = compileRegex(o.regex, flags, withGroups);
      const bmp = compileRegex(bmpSource(o.regex, spans)!, flags, withGroups);
      for (const t of all) {
        for (const view of [t, t.toLowerCase()]) {
          if (matches(bmp, view).join('\n') !== matches(re, view).join('\n')) throw new Error(`${id} /${o.regex}/ differs on ${JSON.stringify(view)}`);
        }
      }
    }
  });

  // A cold process's short text is read with the lists narrowed to its own characters (rules/regex.ts narrowSource):
  // exact on any text whose characters are among them. Checked per batch of texts, narrowed to the batch's characters.
  it('narrowed to a batch of texts\' characters, finds the same matches on each of them', () => {
    useBmpRanges(() => table);
    const all = [...samples, ...texts].filter((t) => !/[\uD800-\uDFFF]/.test(t));
    const batches: string[][] = [];
    for (let i = 0; i < all.length; i += 12) batches.push(all.slice(i, i + 12), all.slice(i, i + 12).map((t) => t.toLowerCase()));
    const charsOf = (batch: string[]) => Int32Array.from(new Set(batch.join('').split('').map((c) => c.charCodeAt(0)).filter((c) => c >= 128))).sort();
    let narrowed = 0;
    for (const { id, o, spans } of cases) {
      const flags = runFlags(o);
      const withGroups = o.group !== undefined;
      const re = compileRegex(o.regex, flags, withGroups);
      for (const batch of batches) {
        const chars = charsOf(batch);
        const src = narrowSource(o.regex, spans, flags.includes('i'), chars)!;
        expect(src.length).toBeLessThan(bmpSource(o.regex, spans)!.length + 1);
        const small = compileRegex(src, flags, withGroups);
        narrowed++;
        for (const t of batch) if (matches(small, t).join('\n') !== matches(re, t).join('\n')) throw new Error(`${id} /${o.regex}/ narrowed differs on ${JSON.stringify(t)}`);
      }
    }
    expect(narrowed).toBeGreaterThan(1000);
  }, 120_000); // a correctness check that reads every pattern over many texts: slow on a loaded 2-core machine, not a timing test

  it('under i narrows with the members closed under case folding: a small letter matches a class of capitals', () => {
    const src = 'x[\\p{Lu}]';
    const spans = propertySpans(src, 'i')!;
    const lu = bmpRanges('[\\p{Lu}]');
    const text = 'xđ xă';
    const chars = Int32Array.from([0x103, 0x111]);
    useBmpRanges(() => ({ '[\\p{Lu}]': lu, 'u:[\\p{Lu}]': rangePairs(lu), 'iu:[\\p{Lu}]': rangePairs(bmpRanges('[\\p{Lu}]', true)) }));
    const closed = narrowSource(src, spans, true, chars)!;
    expect(closed).toBe('x[\\u0041-\\u005a\\u0061-\\u007a\\u0103\\u0111]');
    expect(matches(new RegExp(closed, 'giu'), text)).toEqual(matches(/x[\p{Lu}]/giu, text));
    expect(matches(/x[\p{Lu}]/giu, text)).toHaveLength(2);
    // The members as written (not closed) hold neither small letter: under i the narrowed class would miss both.
    expect(narrowSource(src, spans, false, chars)).toBe('x[\\u0041-\\u005a]');
  });
});

describe('the CLI with and without the BMP forms', () => {
  it('each fixture text, and the same text with an emoji after it (read with the patterns as written), give the same findings', () => {
    const root = resolve(__dirname, '..');
    const files = ['vn', 'cz', 'intl'].flatMap((d) => readdirSync(join(root, 'fixtures', d)).filter((f) => /\.(txt|md|csv|yaml)$/.test(f)).map((f) => join(root, 'fixtures', d, f)));
    const dir = mkdtempSync(join(tmpdir(), 'promptgate-bmp-'));
    try {
      const copies = files.map((f, i) => {
        const copy = join(dir, `${i}-${basename(f)}`);
        writeFileSync(copy, `${readFileSync(f, 'utf8')}\n\u{1F600}\n`);
        return copy;
      });
      const scanned = (paths: string[]) => {
        const doc = cli(['scan', '--format', 'json', '--no-server', ...paths]).json();
        expect(doc.skipped).toEqual([]);
        // Findings per input file, in the order of `files`.
        return paths.map((p) => doc.findings.filter((f: { source: string }) => f.source === p).map((f: { ruleId: string; line: number; column: number; endColumn: number; excerpt: string }) => `${f.ruleId}:${f.line}:${f.column}-${f.endColumn}:${f.excerpt}`));
      };
      const plain = scanned(files);
      expect(plain.flat().length).toBeGreaterThan(20);
      expect(scanned(copies)).toEqual(plain);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
