import type { AST } from '@eslint-community/regexpp';
import { type Measurer, union } from './measure.js';

/**
 * A digit prefilter for a regex without good literal triggers (`\d(?:[ .-]?\d){11}`, MRZ lines): every match holds
 * a part of at most `span` units with at least `count` ASCII digits and nothing between them but the characters in
 * `gap` (absent: any character), and that part starts at most `before` units after the match does. The engine runs
 * the regex only where the text has such a group of digits — on prose with dates and prices, almost nowhere.
 * Derived from the pattern's syntax, so it is exact: lookarounds take no room, unbounded repeats end the part.
 */
export interface DigitNeed {
  count: number;
  span: number;
  before: number;
  /** The ASCII characters that may stand between the digits; absent: any. */
  gap?: string;
  /** The longest match (units), when the pattern is bounded: the engine then reads no further than that. */
  max?: number;
}

/** Below this many digits the prefilter would fire on every date: not worth it. */
const MIN_DIGITS = 6;

/** The digit need of a parsed pattern (see DigitNeed), when it is worth a prefilter. */
export function digitNeed(ast: AST.Pattern, m: Measurer): DigitNeed | undefined {
  let need: DigitNeed | undefined;
  for (const alt of ast.alternatives) {
    const n = bestWindow(alt.elements, m);
    if (!n) return undefined;
    // A disjunction: every alternative must promise something; the weakest promise holds for all.
    need = need
      ? { count: Math.min(need.count, n.count), span: Math.max(need.span, n.span), before: Math.max(need.before, n.before), gap: union(need.gap, n.gap) }
      : n;
  }
  if (!need || need.count < MIN_DIGITS) return undefined;
  if (need.gap === undefined) delete need.gap;
  const max = m.sequences(ast.alternatives).max;
  return Number.isFinite(max) ? { ...need, max } : need;
}

/**
 * A sequence with its one-alternative groups opened (`(?<addr>street \d{1,5}, \d{3} ?\d{2} town)` is the same
 * sequence as its elements written one after another): a window can then start or end inside such a group, so the
 * PSČ of a Czech address is a tight group of digits rather than one spread over the whole capture.
 */
function opened(elements: AST.Element[]): AST.Element[] {
  if (!elements.some(single)) return elements;
  return elements.flatMap((e) => (single(e) ? opened((e as AST.Group | AST.CapturingGroup).alternatives[0].elements) : [e]));
}

function single(e: AST.Element): boolean {
  return (e.type === 'Group' || e.type === 'CapturingGroup') && e.alternatives.length === 1;
}

/** The contiguous run of elements with a bounded length that holds the most digits. */
function bestWindow(sequence: AST.Element[], measurer: Measurer): DigitNeed | undefined {
  const elements = opened(sequence);
  const m = elements.map((e) => measurer.measure(e));
  let best: DigitNeed | undefined;
  for (let i = 0; i < m.length; i++) {
    let before = 0;
    for (let k = 0; k < i; k++) before += m[k].max;
    if (!Number.isFinite(before)) continue;
    let digits = 0;
    let span = 0;
    let gap: string | undefined = '';
    for (let j = i; j < m.length; j++) {
      if (!Number.isFinite(m[j].max)) break;
      digits += m[j].digits;
      span += m[j].max;
      gap = union(gap, m[j].chars);
      if (digits > 0 && (!best || digits > best.count || (digits === best.count && span < best.span))) best = { count: digits, span, before, gap };
    }
  }
  return best;
}
