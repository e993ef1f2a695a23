import type { AST } from '@eslint-community/regexpp';

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
  /** A match may also start at the very start of the string with any unit: some alternative opens with `^` read
   * without the `m` flag (`(?:^|\n|[;,|])[ "]{0,3}\p{L}…` opens with a letter only there). */
  zero?: true;
}

type Acc = { ascii: Set<number>; other: boolean; zero: boolean };

/** Undefined when a match may start with anything (or nearly: the test would skip nothing). */
export function startUnits(ast: AST.Pattern, flags: string): StartUnits | undefined {
  const acc: Acc = { ascii: new Set(), other: false, zero: false };
  const f = flags.replace(/[gdy]/g, '');
  for (const alt of ast.alternatives) if (sequence(alt.elements, acc, f) === FAIL) return undefined;
  if (acc.ascii.size >= 96 && acc.other) return undefined;
  const out: StartUnits = { ascii: String.fromCharCode(...[...acc.ascii].sort((a, b) => a - b)) };
  if (acc.other) out.other = true;
  if (acc.zero) out.zero = true;
  return out;
}

/** What an element does for the units a match opens with: FAIL (they cannot be told), OPENS (it holds the first
 * unit: what follows does not open the match), EMPTY (it may match nothing away from the string's start: what
 * follows may open the match). */
const FAIL = 0;
const OPENS = 1;
const EMPTY = 2;
type Step = typeof FAIL | typeof OPENS | typeof EMPTY;

/** Adds the first units of a sequence. */
function sequence(elements: AST.Element[], acc: Acc, flags: string): Step {
  for (const e of elements) {
    const step = element(e, acc, flags);
    if (step !== EMPTY) return step;
  }
  return EMPTY;
}

function element(e: AST.Element, acc: Acc, flags: string): Step {
  switch (e.type) {
    case 'Assertion':
      // `^` without `m`: what follows opens a match only at the string's start, where any unit is tried.
      if (e.kind === 'start' && !flags.includes('m')) {
        acc.zero = true;
        return OPENS;
      }
      return EMPTY;
    case 'Character':
    case 'CharacterClass':
    case 'CharacterSet':
      return leaf(e, acc, flags) ? OPENS : FAIL;
    case 'Group':
    case 'CapturingGroup': {
      let step: Step = OPENS;
      for (const a of e.alternatives) {
        const s = sequence(a.elements, acc, flags);
        if (s === FAIL) return FAIL;
        if (s === EMPTY) step = EMPTY;
      }
      return step;
    }
    case 'Quantifier': {
      if (e.max === 0) return EMPTY;
      const s = element(e.element, acc, flags);
      return s === FAIL ? FAIL : e.min === 0 ? EMPTY : s;
    }
    default:
      return FAIL; // a back-reference opens with whatever its group matched
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
  // Outside ASCII: only a plain character or a class of plain ASCII characters and ranges is known not to reach it.
  if (!asciiOnlyElement(e) || (flags.includes('i') && CASE_ESCAPES.some((c) => acc.ascii.has(c)))) acc.other = true;
  return true;
}

/** With `i`, "K", "S", "k" and "s" also match the Kelvin sign and the long s (outside ASCII). */
export const CASE_ESCAPES = [75, 83, 107, 115];

/** Whether a one-character element (a character, a class, an escape) matches only ASCII characters, as far as its
 * shape shows: a plain character or a class of plain ASCII characters and ranges (`\d` is ASCII digits; `\w` ASCII
 * word characters — with `i` it takes in the Kelvin sign and the long s as well, see CASE_ESCAPES). Also used by
 * analyze/opening.ts. */
export function asciiOnlyElement(e: AST.Node): boolean {
  const plain = (x: AST.Node): boolean =>
    x.type === 'Character'
      ? x.value < 128
      : x.type === 'CharacterClassRange'
        ? x.max.value < 128
        : x.type === 'CharacterSet' && (x.kind === 'digit' || x.kind === 'word') && !x.negate;
  return e.type === 'CharacterClass' ? !e.negate && e.elements.every(plain) : plain(e);
}
