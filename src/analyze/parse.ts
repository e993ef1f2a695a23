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

/** Whether every alternative of a pattern opens with `^`. */
export function anchoredAtLineStart(ast: AST.Pattern): boolean {
  return ast.alternatives.every((a) => a.elements[0]?.type === 'Assertion' && a.elements[0].kind === 'start');
}
