import type { AST } from '@eslint-community/regexpp';
import { minLength } from './measure.js';

/**
 * The units a match can start with: every non-empty match begins with one of these ASCII characters, or with a
 * unit outside ASCII when `other` is set. The engine tries a regex at a candidate start only when the text has such
 * a unit there (a street-address pattern opens with a digit or "so", a query-string one with `?`, `&` or `;`), so
 * most of the positions a trigger's reach allows are never handed to the regex. Exact: lookarounds and anchors take
 * no room, an element that may match nothing lets the next one open the match too; each character class's ASCII
 * members are found by running it (the regex's own flags, so `i` and `\p{…}` mean what they mean at run time).
 */
export interface StartUnits {
  ascii: string;
  other?: true;
}

type Acc = { ascii: Set<number>; other: boolean };

/** Undefined when a match may start with anything (or nearly: the test would skip nothing). */
export function startUnits(ast: AST.Pattern, flags: string): StartUnits | undefined {
  const acc: Acc = { ascii: new Set(), other: false };
  const f = flags.replace(/[gdy]/g, '');
  for (const alt of ast.alternatives) if (!sequence(alt.elements, acc, f)) return undefined;
  if (acc.ascii.size >= 96 && acc.other) return undefined;
  const out: StartUnits = { ascii: String.fromCharCode(...[...acc.ascii].sort((a, b) => a - b)) };
  if (acc.other) out.other = true;
  return out;
}

/** Adds the first units of a sequence; false when one of them cannot be told. */
function sequence(elements: AST.Element[], acc: Acc, flags: string): boolean {
  for (const e of elements) {
    if (!element(e, acc, flags)) return false;
    if (minLength(e) > 0) break;
  }
  return true;
}

function element(e: AST.Element, acc: Acc, flags: string): boolean {
  switch (e.type) {
    case 'Assertion':
      return true;
    case 'Character':
    case 'CharacterClass':
    case 'CharacterSet':
      return leaf(e, acc, flags);
    case 'Group':
    case 'CapturingGroup':
      return e.alternatives.every((a) => sequence(a.elements, acc, flags));
    case 'Quantifier':
      return e.max === 0 || element(e.element, acc, flags);
    default:
      return false; // a back-reference opens with whatever its group matched
  }
}

/** One character's worth: its ASCII members by test, and whether a unit outside ASCII may match. */
function leaf(e: AST.Character | AST.CharacterClass | AST.CharacterSet, acc: Acc, flags: string): boolean {
  let re: RegExp;
  try {
    re = new RegExp(`^(?:${e.raw})$`, flags);
  } catch {
    return false;
  }
  for (let c = 0; c < 128; c++) if (re.test(String.fromCharCode(c))) acc.ascii.add(c);
  // Outside ASCII: only a plain character or a class of plain ASCII characters and ranges is known not to reach it —
  // with `i`, "k" and "s" also match the Kelvin sign and the long s.
  // (`\d` is ASCII digits; `\w` ASCII word characters, but with `i` it takes in those two as well.)
  const asciiOnly = (x: AST.Node): boolean =>
    x.type === 'Character'
      ? x.value < 128
      : x.type === 'CharacterClassRange'
        ? x.max.value < 128
        : x.type === 'CharacterSet' && (x.kind === 'digit' || x.kind === 'word') && !x.negate;
  const plain = e.type === 'CharacterClass' ? !e.negate && e.elements.every(asciiOnly) : asciiOnly(e);
  const caseEscapes = flags.includes('i') && [75, 83, 107, 115].some((c) => acc.ascii.has(c));
  if (!plain || caseEscapes) acc.other = true;
  return true;
}
