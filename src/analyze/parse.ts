import type { AST } from '@eslint-community/regexpp';
import { platform } from '../engine/platform.js';

/** The parsed pattern of a regex (regexpp, loaded on first use), or undefined when it does not parse. */
export function parse(source: string, flags: string): AST.Pattern | undefined {
  try {
    return new (platform().load('@eslint-community/regexpp').RegExpParser)().parsePattern(source, 0, source.length, { unicode: flags.includes('u') });
  } catch {
    return undefined;
  }
}

/** Whether every alternative of a pattern opens with `^`, or with `(?<![^\n])` (at the text's start or after a
 * "\n": a line start, for patterns read without the `m` flag). */
export function anchoredAtLineStart(ast: AST.Pattern): boolean {
  return ast.alternatives.every((a) => {
    const first = a.elements[0];
    return first?.type === 'Assertion' && (first.kind === 'start' || afterLineBreak(first));
  });
}

/** `(?<![^\n])`: nothing but a "\n" stands before. */
function afterLineBreak(e: AST.Assertion): boolean {
  if (e.kind !== 'lookbehind' || !e.negate || e.alternatives.length !== 1) return false;
  const [only, ...rest] = e.alternatives[0].elements;
  return rest.length === 0 && only?.type === 'CharacterClass' && only.negate && only.elements.length === 1 && only.elements[0].type === 'Character' && only.elements[0].value === 10;
}
