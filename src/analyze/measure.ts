import type { AST } from '@eslint-community/regexpp';

/**
 * What the elements of a parsed regex can match, as the prefilters need it (see pattern.ts): how many units at
 * most, how many digits at least, which ASCII characters besides digits, whether a line break, and whether a letter
 * can stand at an element's edge. Exact from the syntax: lookarounds take no room, unbounded repeats are unbounded.
 */

/** The string a pattern reads (see CompiledPattern.on). */
export type Target = 'text' | 'lower' | 'folded' | 'original';

export interface Measure {
  digits: number; // digits every match of the element holds
  max: number; // most units the element can match (Infinity when unbounded)
  chars: string | undefined; // the non-digit ASCII characters it can match; undefined: any character
  nl: boolean; // whether it can match a line break (false only when certain)
}

const ANY: Measure = { digits: 0, max: Infinity, chars: undefined, nl: true };

/** JavaScript's line terminators: what `^`/`$` see in the original text. The views hold only "\n". */
const ORIGINAL_BREAKS = [0x0a, 0x0d, 0x2028, 0x2029];
const VIEW_BREAKS = [0x0a];

/** Unicode properties whose characters are never line breaks: general categories of letters, marks, numbers,
 * punctuation and symbols, and the binary letter properties. */
const NO_BREAK_PROPERTY = /^(?:L|Lu|Ll|Lt|Lm|Lo|LC|M|Mn|Mc|Me|N|Nd|Nl|No|P|Pc|Pd|Ps|Pe|Pi|Pf|Po|S|Sm|Sc|Sk|So|Letter|Cased_Letter|Uppercase_Letter|Lowercase_Letter|Titlecase_Letter|Modifier_Letter|Other_Letter|Mark|Number|Decimal_Number|Punctuation|Symbol|Alphabetic|Uppercase|Lowercase)$/;

/** Whether a character set escape (\d, \s, \w, \p{…} and their negations, \`.\`) can match one of `breaks`. */
function setMatchesBreak(e: AST.CharacterSet, dotAll: boolean): boolean {
  switch (e.kind) {
    case 'any':
      return dotAll;
    case 'digit':
    case 'word':
      return e.negate;
    case 'space':
      return !e.negate;
    case 'property': {
      if (e.negate) return true;
      const value = 'value' in e ? e.value : null;
      if (e.key === 'General_Category') return !NO_BREAK_PROPERTY.test(value ?? '');
      // Line breaks belong to the Common script.
      if (e.key === 'Script' || e.key === 'Script_Extensions') return value === null || /^(?:Common|Zyyy|Inherited|Zinh|Qaai|Unknown|Zzzz)$/.test(value);
      return value !== null || !NO_BREAK_PROPERTY.test(e.key);
    }
    default:
      return true;
  }
}

export function union(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined || b === undefined) return undefined;
  return [...new Set(a + b)].sort().join('');
}

/** The fewest units an element matches. */
export function minLength(e: AST.Node): number {
  switch (e.type) {
    case 'Character':
    case 'CharacterClass':
    case 'CharacterSet':
      return 1;
    case 'Group':
    case 'CapturingGroup':
      return Math.min(...e.alternatives.map((a) => a.elements.reduce((n, x) => n + minLength(x), 0)));
    case 'Quantifier':
      return e.min * minLength(e.element);
    default:
      return 0;
  }
}

/** The measurer for a pattern with these flags reading this target (line breaks as the target has them). */
export function measurer(flags: string, on: Target = 'original'): Measurer {
  return new Measurer(flags.includes('i'), flags.includes('s'), on === 'original' ? 'original' : 'view', on === 'folded');
}

export class Measurer {
  private readonly breaks: number[];
  constructor(
    private readonly ignoreCase: boolean,
    private readonly dotAll = false,
    breaks: 'view' | 'original' = 'original',
    /** The pattern reads the folded view, where every letter the engine folds is ASCII. */
    private readonly folded = false,
  ) {
    this.breaks = breaks === 'view' ? VIEW_BREAKS : ORIGINAL_BREAKS;
  }

  /**
   * Whether no letter can stand right before elements[k + 1] (whose run spells `lits`): walking back over what may
   * match nothing, to a line start, a lookbehind that refuses letters, or an element that ends with no letter.
   */
  noLetterBefore(elements: AST.Element[], k: number, lits: string[]): boolean {
    for (; k >= 0; k--) {
      const e = elements[k];
      if (e.type === 'Assertion') {
        if (e.kind === 'start') return true;
        if (e.kind === 'lookbehind' && e.negate && this.refusesLetters(e)) return true;
        if (e.kind === 'word' && !e.negate && this.folded && lits.every((l) => /^[a-z0-9_]/i.test(l))) return true;
        continue;
      }
      if (!this.edgeNoLetter(e, 'last')) return false;
      if (minLength(e) > 0) return true;
    }
    return false;
  }

  /** Whether no letter can stand right after the elements before elements[k] (whose run spells `lits`). */
  noLetterAfter(elements: AST.Element[], k: number, lits: string[]): boolean {
    for (; k < elements.length; k++) {
      const e = elements[k];
      if (e.type === 'Assertion') {
        if (e.kind === 'end') return true;
        if (e.kind === 'lookahead' && e.negate && this.refusesLetters(e)) return true;
        if (e.kind === 'word' && !e.negate && this.folded && lits.every((l) => /[a-z0-9_]$/i.test(l))) return true;
        continue;
      }
      if (!this.edgeNoLetter(e, 'first')) return false;
      if (minLength(e) > 0) return true;
    }
    return false;
  }

  /** A negative lookaround with a one-character alternative that takes in every letter (any script; ASCII letters
   * are enough on the folded view). */
  private refusesLetters(e: AST.LookaroundAssertion): boolean {
    return e.alternatives.some((a) => a.elements.length === 1 && this.takesAllLetters(a.elements[0]));
  }

  private takesAllLetters(e: AST.Element): boolean {
    const isLetterSet = (x: AST.Node): boolean =>
      x.type === 'CharacterSet' &&
      x.kind !== 'any' &&
      !x.negate &&
      ((x.kind === 'property' && (x.key === 'Alphabetic' || (x.key === 'General_Category' && 'value' in x && (x.value === 'L' || x.value === 'Letter')))) ||
        (this.folded && x.kind === 'word'));
    if (isLetterSet(e)) return true;
    if (e.type !== 'CharacterClass' || e.negate) return false;
    if (e.elements.some(isLetterSet)) return true;
    // [a-z] (with `i`, or next to A-Z) on the folded view, which is lower case.
    return this.folded && e.elements.some((x) => x.type === 'CharacterClassRange' && x.min.value <= 97 && x.max.value >= 122);
  }

  /** Whether the first / last character an element matches is never a letter (ASCII non-letters, \d, \s). */
  private edgeNoLetter(e: AST.Node, side: 'first' | 'last'): boolean {
    const nonLetter = (c: number) => c < 128 && !((c >= 65 && c <= 90) || (c >= 97 && c <= 122));
    switch (e.type) {
      case 'Character':
        return nonLetter(e.value);
      case 'CharacterSet':
        return (e.kind === 'digit' || e.kind === 'space') && !e.negate;
      case 'CharacterClass':
        return (
          !e.negate &&
          e.elements.every((x) =>
            x.type === 'Character'
              ? nonLetter(x.value)
              : x.type === 'CharacterClassRange'
                ? nonLetter(x.min.value) && nonLetter(x.max.value) && !(x.min.value <= 90 && x.max.value >= 65) && !(x.min.value <= 122 && x.max.value >= 97)
                : x.type === 'CharacterSet' && (x.kind === 'digit' || x.kind === 'space') && !x.negate,
          )
        );
      case 'Quantifier':
        return e.max > 0 && this.edgeNoLetter(e.element, side);
      case 'Group':
      case 'CapturingGroup':
        // Each alternative's edge element: the first / last one that consumes, and it must consume something.
        return e.alternatives.every((a) => {
          const els = a.elements.filter((x) => x.type !== 'Assertion');
          const edge = side === 'first' ? els[0] : els[els.length - 1];
          return edge !== undefined && minLength(edge) > 0 && this.edgeNoLetter(edge, side);
        });
      default:
        return false;
    }
  }

  sequences(alternatives: AST.Alternative[]): Measure {
    let digits = Infinity;
    let max = 0;
    let chars: string | undefined = '';
    let nl = false;
    for (const alt of alternatives) {
      let d = 0;
      let x = 0;
      for (const el of alt.elements) {
        const mm = this.measure(el);
        d += mm.digits;
        x += mm.max;
        chars = union(chars, mm.chars);
        nl ||= mm.nl;
      }
      digits = Math.min(digits, d);
      max = Math.max(max, x);
    }
    return { digits: Number.isFinite(digits) ? digits : 0, max, chars, nl };
  }

  measure(e: AST.Element): Measure {
    switch (e.type) {
      case 'Character':
        if (e.value >= 0x30 && e.value <= 0x39) return { digits: 1, max: 1, chars: '', nl: false };
        return { digits: 0, max: e.value > 0xffff ? 2 : 1, chars: this.ascii([e.value]), nl: this.breaks.includes(e.value) };
      case 'CharacterClass': {
        if (e.negate) return { digits: 0, max: 2, chars: undefined, nl: this.classMatchesBreak(e) };
        const codes: number[] = [];
        let open = false; // a member this analysis does not enumerate
        for (const x of e.elements) {
          if (x.type === 'Character') codes.push(x.value);
          else if (x.type === 'CharacterClassRange' && x.max.value - x.min.value < 128) for (let c = x.min.value; c <= x.max.value; c++) codes.push(c);
          else if (x.type === 'CharacterSet' && x.kind === 'digit' && !x.negate) for (let c = 0x30; c <= 0x39; c++) codes.push(c);
          else if (x.type === 'CharacterSet' && x.kind === 'space' && !x.negate) codes.push(9, 10, 11, 12, 13, 32, 0xa0);
          else open = true;
        }
        const digitOnly = !open && codes.length > 0 && codes.every((c) => c >= 0x30 && c <= 0x39);
        return { digits: digitOnly ? 1 : 0, max: !open && codes.every((c) => c <= 0xffff) ? 1 : 2, chars: open ? undefined : this.ascii(codes), nl: this.classMatchesBreak(e) };
      }
      case 'CharacterSet': {
        const nl = setMatchesBreak(e, this.dotAll);
        if (e.kind === 'digit' && !e.negate) return { digits: 1, max: 1, chars: '', nl };
        if (e.kind === 'space' && !e.negate) return { digits: 0, max: 1, chars: this.ascii([9, 10, 11, 12, 13, 32, 0xa0]), nl };
        return { digits: 0, max: 2, chars: undefined, nl };
      }
      case 'Assertion':
        return { digits: 0, max: 0, chars: '', nl: false };
      case 'Group':
      case 'CapturingGroup':
        return this.sequences(e.alternatives);
      case 'Quantifier': {
        const inner = this.measure(e.element);
        return { digits: e.min * inner.digits, max: inner.max === 0 ? 0 : e.max * inner.max, chars: inner.chars, nl: inner.nl && e.max > 0 };
      }
      case 'Backreference': {
        const ref = Array.isArray(e.resolved) ? undefined : e.resolved;
        return ref ? { ...this.measure(ref), digits: 0 } : ANY;
      }
      default:
        return ANY;
    }
  }

  /** Whether a character class `[…]` can match a line break (unknown members count as "yes"). */
  private classMatchesBreak(e: AST.CharacterClass): boolean {
    const covers = (x: AST.CharacterClassElement, b: number): boolean => {
      if (x.type === 'Character') return x.value === b;
      if (x.type === 'CharacterClassRange') return x.min.value <= b && b <= x.max.value;
      if (x.type === 'CharacterSet') return x.kind === 'space' ? !x.negate : x.kind === 'digit' || x.kind === 'word' ? x.negate : false;
      return false;
    };
    const mayMatch = (x: AST.CharacterClassElement, b: number): boolean => {
      if (x.type === 'CharacterSet') return setMatchesBreak(x as AST.CharacterSet, false);
      if (x.type === 'Character' || x.type === 'CharacterClassRange') return covers(x, b);
      return true;
    };
    // [^…] matches a break unless it lists it; […] matches one if a member may.
    if (e.negate) return this.breaks.some((b) => !e.elements.some((x) => covers(x, b)));
    return this.breaks.some((b) => e.elements.some((x) => mayMatch(x, b)));
  }

  /** The non-digit characters of a set, as a sorted string; undefined (any) if one of them is not ASCII. */
  private ascii(codes: number[]): string | undefined {
    const out = new Set<string>();
    for (const c of codes) {
      if (c >= 0x30 && c <= 0x39) continue;
      if (c >= 128) return undefined;
      const ch = String.fromCharCode(c);
      out.add(ch);
      if (this.ignoreCase) {
        out.add(ch.toLowerCase());
        out.add(ch.toUpperCase());
      }
    }
    return [...out].sort().join('');
  }
}
