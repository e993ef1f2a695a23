import type { AST } from '@eslint-community/regexpp';
import { platform } from '../engine/platform.js';
import { parse } from './parse.js';

/**
 * Where a pattern's Unicode property escapes (`\p{…}`, `\P{…}`) are: `[start, end, kind]` for each, flat, in order —
 * kind 0 an escape on its own, 1 a character class holding one (the whole class, brackets included), 2 the same
 * class negated (`[^…]`); undefined when the pattern has none.
 *
 * Why (#21): V8 compiles a property escape under the `u` flag with its supplementary-plane ranges as surrogate pairs,
 * read forwards and backwards (lookbehinds) — about three times the work of the same escape's BMP code points alone
 * (~0.2 ms of every `\p{L}` regex a prompt compiles); and a class that joins two of them (`[\p{L}\p{N}_]`) is sorted
 * range by range when compiled. On a text without surrogates (no character outside the Basic Multilingual Plane, no
 * lone surrogate) a class's other code points can never be read, so the pattern with each such escape or class
 * spelled out as the ascending list of its BMP code points (`bmpRanges`) finds exactly the same matches — with `i`
 * too, since simple case folding never maps a code point to another plane, and a negated class keeps its `^` over
 * the same members. The build stores these spans with the built-in rules and the lists once per escape or class
 * (rules/builtin-cache.ts); rules/regex.ts rebuilds the pattern, and the engine uses it only on a short text it has
 * seen to be free of surrogates (match/candidates.ts).
 */
export function propertySpans(source: string, flags: string): number[] | undefined {
  if (!/\\[pP]\{/.test(source)) return undefined;
  const ast = parse(source, 'u' + flags.replace(/[dguy]/g, ''));
  if (!ast) return undefined;
  const spans: number[] = [];
  let inClass: AST.CharacterClass | undefined;
  platform().load('@eslint-community/regexpp').visitRegExpAST(ast, {
    onCharacterClassEnter: (n: AST.CharacterClass) => {
      inClass = n;
    },
    onCharacterClassLeave: () => {
      inClass = undefined;
    },
    onCharacterSetEnter: (n: AST.CharacterSet) => {
      if (n.kind !== 'property') return;
      if (!inClass) spans.push(n.start, n.end, 0);
      else if (spans[spans.length - 3] !== inClass.start) spans.push(inClass.start, inClass.end, inClass.negate ? 2 : 1);
    },
  });
  return spans.length > 0 ? spans : undefined;
}

/**
 * The BMP code points (surrogates left out) an escape such as `\p{L}`, or the members of a class such as
 * `[\p{L}\p{N}_]` or `[^\p{L}]` (its negation left aside), match without `i`: ascending class ranges
 * `\uXXXX-\uXXXX…` (empty when there are none), read from V8's own tables by trying each code point. With
 * `ignoreCase`, those they match under `i`: the members closed under case folding (for rules/regex.ts narrowSource).
 */
export function bmpRanges(escapeOrClass: string, ignoreCase = false): string {
  const members = escapeOrClass.startsWith('[') ? escapeOrClass.slice(escapeOrClass.startsWith('[^') ? 2 : 1, -1) : escapeOrClass;
  const re = new RegExp(`[${members.startsWith('^') ? '\\' : ''}${members}]`, ignoreCase ? 'iu' : 'u');
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
