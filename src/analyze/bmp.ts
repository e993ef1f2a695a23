import type { AST } from '@eslint-community/regexpp';
import { platform } from '../engine/platform.js';
import { parse } from './parse.js';

/**
 * Where a pattern's Unicode property escapes (`\p{…}`, `\P{…}`) are: `[start, end, inClass]` for each, flat, in order
 * (`inClass` 1 when the escape stands inside a character class); undefined when it has none.
 *
 * Why (#21): V8 compiles a property escape under the `u` flag with its supplementary-plane ranges as surrogate pairs,
 * read forwards and backwards (lookbehinds) — about three times the work of the same escape's BMP code points alone
 * (~0.2 ms of every `\p{L}` regex a prompt compiles). On a text without surrogates (no character outside the Basic
 * Multilingual Plane, no lone surrogate) a class's other code points can never be read, so the pattern with each
 * escape spelled out as its BMP code points (`bmpRanges`) finds exactly the same matches — with `i` too, since
 * simple case folding never maps a code point to another plane. The build stores these spans with the built-in rules
 * and the ranges once per escape (rules/builtin-cache.ts); rules/regex.ts rebuilds the pattern, and the engine uses it
 * only on a short text it has seen to be free of surrogates (match/candidates.ts).
 */
export function propertySpans(source: string, flags: string): number[] | undefined {
  if (!/\\[pP]\{/.test(source)) return undefined;
  const ast = parse(source, 'u' + flags.replace(/[dguy]/g, ''));
  if (!ast) return undefined;
  const spans: number[] = [];
  platform().load('@eslint-community/regexpp').visitRegExpAST(ast, {
    onCharacterSetEnter: (n: AST.CharacterSet) => {
      if (n.kind === 'property') spans.push(n.start, n.end, n.parent.type === 'CharacterClass' ? 1 : 0);
    },
  });
  return spans.length > 0 ? spans : undefined;
}

/** The BMP code points (surrogates left out) a property escape such as `\p{L}` matches, as class ranges
 * `\uXXXX-\uXXXX…` (empty when it has none there), read from V8's own tables by trying each code point. */
export function bmpRanges(escape: string): string {
  const re = new RegExp(escape, 'u');
  const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
  let list = '';
  let from = -1;
  for (let c = 0; c <= 0x10000; c++) {
    const inSet = c < 0x10000 && (c < 0xd800 || c > 0xdfff) && re.test(String.fromCharCode(c));
    if (inSet && from < 0) from = c;
    else if (!inSet && from >= 0) {
      list += from === c - 1 ? hex(from) : `${hex(from)}-${hex(c - 1)}`;
      from = -1;
    }
  }
  return list;
}
