import type { AST } from '@eslint-community/regexpp';
import { asciiOnlyElement, CASE_ESCAPES } from './starts.js';

/**
 * The classes of the first units of every match, for a pattern the engine cannot look for by a literal or a digit
 * group (the IBAN forms, the MRZ's second line, a Discord token, a driving-licence number, the US MBI: #21). On a long
 * text such a pattern used to search every window in full; the byte kernel instead marks, in the pass it already
 * makes over each window (normalize/kernel.ts `mark`), the offsets where the window's units fit these classes, and the
 * pattern is tried there only. Exact (a superset): the classes are the union over every path the regex can take
 * through its first `units.length` units (lookarounds take no room; no path may end sooner), and `behind` is the class
 * of a leading negative lookbehind of one unit (`(?<![A-Za-z0-9])`: the unit before a match, if any, is not in it).
 *
 * A class is written as its members among the units 0–255, a range in four hex digits each ("415a" for A–Z), with
 * "+" appended when a unit above 255 may be in it (a negated class, a property escape, `i` with the Kelvin sign): the
 * kernel then lets every such unit through.
 */
export interface Opening {
  behind?: string;
  units: string[];
}

/** The most units an opening holds (the kernel's mask is 64 bits for all patterns together). */
export const OPENING_MAX = 12;

type Cls = { bits: Uint8Array; other: boolean };
/** A continuation: what is left to match, element by element; a repeat carries the counts it has left. */
type Rep = { rep: AST.Quantifier; min: number; max: number };
type Cont = { e: AST.Element | Rep; next: Cont } | null;

/** Undefined when no opening helps (no unit can be told, or a back-reference comes first). */
export function openingOf(ast: AST.Pattern, flags: string): Opening | undefined {
  const f = flags.replace(/[gdy]/g, '');
  const classOf = new Map<AST.Node, Cls | null>();
  const leafClass = (e: AST.Character | AST.CharacterClass | AST.CharacterSet): Cls | null => {
    let c = classOf.get(e);
    if (c === undefined) classOf.set(e, (c = leafBits(e, f)));
    return c;
  };
  let behind: Cls | undefined;
  if (ast.alternatives.length === 1) {
    const first = ast.alternatives[0].elements[0];
    if (first?.type === 'Assertion' && first.kind === 'lookbehind' && first.negate) {
      // (?<!X|Y…): no alternative matches before the match, so neither does any of one unit.
      for (const alt of first.alternatives) {
        const [only, ...rest] = alt.elements;
        if (rest.length > 0 || !only || (only.type !== 'Character' && only.type !== 'CharacterClass' && only.type !== 'CharacterSet')) continue;
        const c = leafClass(only);
        if (!c) continue;
        behind = behind ? unionOf(behind, c) : c;
      }
    }
  }
  const start: Cont[] = ast.alternatives.map((a) => seq(a.elements, null));
  let states: Cont[] = start;
  const units: Cls[] = [];
  let budget = 20_000; // closure steps: a pattern too tangled for this is left without an opening
  for (let i = 0; i < OPENING_MAX; i++) {
    const leaves: { c: Cls; next: Cont }[] = [];
    let ends = false;
    const seen = new Set<string>();
    const close = (k: Cont): boolean => {
      if (--budget < 0) return false;
      if (k === null) {
        ends = true;
        return true;
      }
      const key = keyOf(k);
      if (seen.has(key)) return true;
      seen.add(key);
      const e = k.e;
      if ('rep' in e) {
        if (e.max > 0) {
          const again: Rep = { rep: e.rep, min: Math.max(0, e.min - 1), max: e.max - 1 };
          if (!close({ e: e.rep.element, next: { e: again, next: k.next } })) return false;
        }
        return e.min === 0 ? close(k.next) : true;
      }
      switch (e.type) {
        case 'Assertion':
          return close(k.next);
        case 'Character':
        case 'CharacterClass':
        case 'CharacterSet': {
          const c = leafClass(e);
          if (!c) return false;
          leaves.push({ c, next: k.next });
          return true;
        }
        case 'Group':
        case 'CapturingGroup':
          return e.alternatives.every((a) => close(seq(a.elements, k.next)));
        case 'Quantifier':
          return close({ e: { rep: e, min: e.min, max: e.max }, next: k.next });
        default:
          return false; // a back-reference: what it matches is not known here
      }
    };
    if (!states.every(close)) break;
    if (ends || leaves.length === 0) break; // a match may end here: the opening stops before
    let c = leaves[0].c;
    for (const l of leaves.slice(1)) c = unionOf(c, l.c);
    units.push(c);
    const next = new Map<string, Cont>();
    for (const l of leaves) next.set(l.next === null ? '' : keyOf(l.next), l.next);
    states = [...next.values()];
  }
  // Trailing classes that let every unit through tell nothing.
  while (units.length > 0 && isAll(units[units.length - 1])) units.pop();
  if (units.length === 0) return undefined;
  const out: Opening = { units: units.map(encode) };
  if (behind && !isNone(behind)) out.behind = encode(behind);
  return out;
}

function seq(elements: AST.Element[], next: Cont): Cont {
  for (let k = elements.length - 1; k >= 0; k--) next = { e: elements[k], next };
  return next;
}

function keyOf(k: Cont): string {
  let s = '';
  for (; k !== null; k = k.next) s += 'rep' in k.e ? `r${k.e.rep.start}:${k.e.min}:${k.e.max},` : `${k.e.type[0]}${k.e.start}:${k.e.end},`;
  return s;
}

/** One character's worth: its members among units 0–255 by test (the regex's own flags), and whether a unit above may
 * match (only a plain character or a class of plain characters and ranges below 256 is known not to). */
function leafBits(e: AST.Character | AST.CharacterClass | AST.CharacterSet, flags: string): Cls | null {
  let re: RegExp;
  try {
    re = new RegExp(`^(?:${e.raw})$`, flags);
  } catch {
    return null;
  }
  const bits = new Uint8Array(32);
  for (let c = 0; c < 256; c++) if (re.test(String.fromCharCode(c))) bits[c >> 3] |= 1 << (c & 7);
  const folds = flags.includes('i') && CASE_ESCAPES.some((c) => (bits[c >> 3] & (1 << (c & 7))) !== 0);
  return { bits, other: !asciiOnlyElement(e) || folds };
}

function unionOf(a: Cls, b: Cls): Cls {
  const bits = new Uint8Array(32);
  for (let k = 0; k < 32; k++) bits[k] = a.bits[k] | b.bits[k];
  return { bits, other: a.other || b.other };
}

const isAll = (c: Cls) => c.other && c.bits.every((b) => b === 255);
const isNone = (c: Cls) => !c.other && c.bits.every((b) => b === 0);

function encode(c: Cls): string {
  let s = '';
  const hex = (u: number) => u.toString(16).padStart(2, '0');
  for (let u = 0; u < 256; u++) {
    if ((c.bits[u >> 3] & (1 << (u & 7))) === 0) continue;
    let v = u;
    while (v < 255 && (c.bits[(v + 1) >> 3] & (1 << ((v + 1) & 7))) !== 0) v++;
    s += hex(u) + hex(v);
    u = v;
  }
  return c.other ? s + '+' : s;
}

/**
 * Whether a match's units from its second one up to its first ASCII digit are never one of `opens` (the ASCII units
 * a match can start with, StartUnits.ascii), and every match holds an ASCII digit: then a place holding such a unit
 * between a start and the first digit after it cannot start a match (#21: `(?:^|\n|[;,|])[ "]{0,3}\p{L}[\p{L}.]{1,25}…
 * \d{1,5}…` starts at the last border before a house number, not at each border in the ~160 units its digit group's
 * reach holds). Every path the regex can take is walked (lookarounds take no room; a repeat read as its element, then
 * the element any number of times, which only widens what is found), each until an element that matches digits only;
 * false when a path may end without one, or has a back-reference.
 */
export function fencedOf(ast: AST.Pattern, flags: string, opens: string): boolean {
  const f = flags.replace(/[gdy]/g, '');
  type Star = { star: AST.Quantifier };
  type Path = { e: AST.Element | Star; next: Path } | null;
  const seqOf = (elements: AST.Element[], next: Path): Path => {
    for (let k = elements.length - 1; k >= 0; k--) next = { e: elements[k], next };
    return next;
  };
  const ids = new Map<object, number>();
  const idOf = (o: object) => {
    let k = ids.get(o);
    if (k === undefined) ids.set(o, (k = ids.size));
    return k;
  };
  const keyOf = (k: Path, first: boolean) => {
    let s = first ? 'F' : 'L';
    for (; k !== null; k = k.next) s += ('star' in k.e ? '*' : '') + idOf('star' in k.e ? k.e.star : k.e) + ',';
    return s;
  };
  const classes = new Map<AST.Node, Cls | null>();
  const seen = new Set<string>();
  const work: [Path, boolean][] = ast.alternatives.map((a) => [seqOf(a.elements, null), true]);
  let budget = 50_000;
  const opensSet = new Set([...opens].map((c) => c.charCodeAt(0)));
  while (work.length > 0) {
    const [k, first] = work.pop()!;
    if (--budget < 0) return false;
    if (k === null) return false; // a match without a digit
    const key = keyOf(k, first);
    if (seen.has(key)) continue;
    seen.add(key);
    const e = k.e;
    if ('star' in e) {
      work.push([k.next, first], [{ e: e.star.element, next: k }, first]);
      continue;
    }
    switch (e.type) {
      case 'Assertion':
        work.push([k.next, first]);
        continue;
      case 'Character':
      case 'CharacterClass':
      case 'CharacterSet': {
        let c = classes.get(e);
        if (c === undefined) classes.set(e, (c = leafBits(e, f)));
        if (!c) return false;
        let digitsOnly = !c.other;
        for (let u = 0; u < 256 && digitsOnly; u++) if ((c.bits[u >> 3] & (1 << (u & 7))) !== 0 && (u < 48 || u > 57)) digitsOnly = false;
        if (digitsOnly) continue; // the first digit: what follows is free
        // (the first unit is the start itself; from the second on, none may be a unit a match opens with)
        if (!first) for (const u of opensSet) if ((c.bits[u >> 3] & (1 << (u & 7))) !== 0 && (u < 48 || u > 57)) return false;
        work.push([k.next, false]);
        continue;
      }
      case 'Group':
      case 'CapturingGroup':
        for (const a of e.alternatives) work.push([seqOf(a.elements, k.next), first]);
        continue;
      case 'Quantifier': {
        const star: Path = { e: { star: e }, next: k.next };
        work.push(e.min > 0 ? [{ e: e.element, next: star }, first] : [star, first]);
        continue;
      }
      default:
        return false;
    }
  }
  return true;
}
