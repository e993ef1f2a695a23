import type { Candidate } from '../match/candidates.js';
import { contextTriggerPlaces, holdsEach, isUpper, startTable } from '../match/candidates.js';
import { isWordCode } from '../normalize/chars.js';
import type { LineIndex } from '../normalize/lines.js';
import { lowerSlice, type TextView } from '../normalize/view.js';
import type { PatternAnalysis } from '../analyze/pattern.js';
import { gluedToLetter, reachRanges } from '../match/ranges.js';
import type { CompiledContext, CompiledRule, NormTerm, RawLayout } from '../rules/model.js';

/** What the checks need to know about the text a candidate sits in. */
export interface TextFacts {
  /** The view of the window being matched (view offsets are local to it). */
  view: TextView;
  /** Lines of the whole original text. */
  lines: LineIndex;
  /** The whole original text; candidates' os/oe are offsets into it. */
  text: string;
  /** Offset of the window's first unit in `text`. */
  base: number;
}

/** Does the candidate survive its rule's exceptions, validators, layout and context? */
export function accept(c: Candidate, facts: TextFacts): boolean {
  const rule = c.rule;
  const value = facts.view.text.slice(c.vs, c.ve);
  if (rule.exceptionValues.size > 0 && rule.exceptionValues.has(lowerSlice(facts.view, c.vs, c.ve).replace(/\n/g, ' '))) return false;
  const patterns = rule.exceptionPatterns;
  if (patterns.length > 0) {
    // A built-in pattern whose required literals the value lacks (folded: the sets are) cannot match: not compiled,
    // not run (RawRule.exceptionGates). Those a config added come after the built-in ones and are always run.
    const gates = rule.exceptionGates;
    let folded: string | undefined;
    for (let k = 0; k < patterns.length; k++) {
      const sets = gates !== undefined && k < gates.length ? gates[k] : null;
      if (sets && !holdsEach(sets, (folded ??= flatOf(facts.view.folded.slice(c.vs, c.ve))))) continue;
      if (patterns[k].test(value)) return false;
    }
  }
  for (const v of rule.validators) if (!v.fn(value, v.params)) return false;
  if (rule.layout && !rule.layout.some((l) => layoutHolds(l, c, facts))) return false;
  if (rule.context && !contextsHold(rule.context, c, facts.view)) return false;
  return true;
}

/**
 * Whether every context holds. All must, so the order they are asked in changes no answer: a document-scope context
 * (one answer per text, but a search of the whole text — of a long text's window — to find it) is asked after the
 * others, which read a few lines around the candidate, unless its answer is known already. A long text's candidates
 * that their own lines reject (most of a chat stamp's "mật" in prose, say) then cost no search of the window (#21).
 */
function contextsHold(contexts: readonly CompiledContext[], c: Candidate, view: TextView): boolean {
  const known = documentAnswers.get(view);
  for (const ctx of contexts) if (ctx.scope === 'document' && known?.get(ctx) === false) return false;
  for (const ctx of contexts) if (ctx.scope !== 'document' && !contextHoldsIn(ctx, c, view)) return false;
  for (const ctx of contexts) if (ctx.scope === 'document' && !contextHolds(ctx, c, view)) return false;
  return true;
}

/**
 * Whether every document-scope context of the rule holds in this view (each answered once a view, as for a
 * candidate): when one does not, no candidate of the rule in the view is accepted (`contextsHold` asks them all), so
 * a long text's window need not be searched for a pattern of it that has nothing to start from (match/candidates.ts
 * `searchable`, #21).
 */
export function documentContextsHold(rule: CompiledRule, view: TextView): boolean {
  const contexts = rule.context;
  if (!contexts) return true;
  // (a document-scope context reads the whole view, whatever the candidate)
  const c: Candidate = { rule, vs: 0, ve: 0, os: 0, oe: 0 };
  for (const ctx of contexts) if (ctx.scope === 'document' && !contextHolds(ctx, c, view)) return false;
  return true;
}

/**
 * Whether a word that cancels the candidate (a window or line context's `noneOf`) stands near it in a second reading
 * (engine.ts acceptVariant): a letter-spaced heading reads its noise word only there ("S E C R E T  S A N T A" is
 * "SECRET SANTA" in the spaced reading, round 43), while its place and its other context are judged in the plain view.
 */
export function noneOfWordNear(contexts: readonly CompiledContext[], c: Candidate, view: TextView): boolean {
  for (const ctx of contexts) {
    if (ctx.scope === 'document' || ctx.noneOf.length === 0) continue;
    const r = region(ctx, c, view);
    for (const t of ctx.noneOf) if (termIn(r, t)) return true;
  }
  return false;
}

/**
 * Whether a letter or digit stands in `s` outside markup: HTML/XML tags (`<b>`, `</td>`, `<p align="center">`) and
 * character entities (`&nbsp;`) around a stamp do not make it part of a sentence.
 */
function hasWordChar(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 60 /* < */) {
      const end = markupEnd(s, i, TAG);
      if (end > 0) {
        i = end - 1;
        continue;
      }
    } else if (c === 38 /* & */) {
      const end = markupEnd(s, i, ENTITY);
      if (end > 0) {
        i = end - 1;
        continue;
      }
    }
    // A variation selector (the U+FE0F of "❤️", "⚠️") is a mark by category, yet only picks an emoji's look.
    if (c >= 0xfe00 && c <= 0xfe0f) continue;
    if (isWordCode(c)) return true;
  }
  return false;
}

const TAG = /<\/?[A-Za-z][A-Za-z0-9:-]{0,20}(?:\s[^<>\n]{0,200})?\/?>/y;
const ENTITY = /&(?:[A-Za-z]{2,8}|#\d{1,6}|#x[0-9A-Fa-f]{1,6});/y;

/** End of the tag or entity starting at `at`, or -1. */
function markupEnd(s: string, at: number, re: RegExp): number {
  re.lastIndex = at;
  return re.test(s) ? re.lastIndex : -1;
}

/** The line without its markup, for its length. */
function withoutMarkup(s: string): string {
  return s.includes('<') || s.includes('&') ? s.replace(/<\/?[A-Za-z][A-Za-z0-9:-]{0,20}(?:\s[^<>\n]{0,200})?\/?>|&(?:[A-Za-z]{2,8}|#\d{1,6}|#x[0-9A-Fa-f]{1,6});/g, ' ') : s;
}

export function layoutHolds(l: RawLayout, c: Candidate, { text, lines }: TextFacts): boolean {
  const first = lines.lineOf(c.os);
  const last = lines.lineOf(Math.max(c.os, c.oe - 1));
  const [ls] = lines.bounds(first);
  const [, le] = lines.bounds(last);
  if (l.upperCase && !isUpper(text.slice(c.os, c.oe))) return false;
  if ((l.standalone || l.lineStart) && hasWordChar(text.slice(ls, c.os))) return false;
  if (l.standalone && hasWordChar(text.slice(c.oe, le))) return false;
  if (l.firstLines !== undefined && lines.rankFromTop(first) > l.firstLines) return false;
  if (l.lastLines !== undefined && lines.rankFromBottom(last) > l.lastLines) return false;
  if (l.maxLineLength !== undefined && withoutMarkup(text.slice(ls, le)).trim().length > l.maxLineLength) return false;
  return true;
}

function region(ctx: CompiledContext, c: Candidate, view: TextView, f: string = view.folded): string {
  switch (ctx.scope) {
    case 'document':
      return f;
    case 'line': {
      const s = f.lastIndexOf('\n', c.vs - 1) + 1;
      let e = f.indexOf('\n', c.ve);
      if (e < 0) e = f.length;
      return f.slice(s, e);
    }
    default:
      return f.slice(Math.max(0, c.vs - ctx.window), Math.min(f.length, c.ve + ctx.window));
  }
}

/** A context term is found when it stands as whole words in the region (diacritics ignored). */
export function termIn(region: string, t: NormTerm): boolean {
  const needle = t.folded;
  let at = region.indexOf(needle);
  while (at >= 0) {
    const before = at > 0 ? region.charCodeAt(at - 1) : 32;
    const after = at + needle.length < region.length ? region.charCodeAt(at + needle.length) : 32;
    const startsWord = isWordCode(needle.charCodeAt(0));
    const endsWord = isWordCode(needle.charCodeAt(needle.length - 1));
    if (!(startsWord && isWordCode(before)) && !(endsWord && isWordCode(after))) return true;
    at = region.indexOf(needle, at + 1);
  }
  return false;
}

/**
 * Whether any candidate of the rule could pass its context in this view: false when a context asks for more of its
 * words than the whole view holds at all (each of its patterns counted as found, so none is compiled). Every region a
 * context reads is a slice of the view's folded text, so a word missing from the whole view is missing from each;
 * the matcher then skips the rule's regexes (#21: a prompt compiles fewer of them), with the same findings.
 */
export function contextPossible(rule: CompiledRule, view: TextView): boolean {
  for (const ctx of rule.context ?? []) {
    const most = ctx.anyOfPatternCount ?? ctx.anyOfPatterns.length;
    if (ctx.minMatches <= most || (ctx.anyOf.length === 0 && most === 0)) continue;
    let present = most;
    for (const t of ctx.anyOf) if (view.folded.includes(t.folded) && ++present >= ctx.minMatches) break;
    if (present < ctx.minMatches) return false;
  }
  return true;
}

// A document-scope context has one answer per text, however many candidates ask: compute it once.
const documentAnswers = new WeakMap<TextView, Map<CompiledContext, boolean>>();

export function contextHolds(ctx: CompiledContext, c: Candidate, view: TextView): boolean {
  if (ctx.scope !== 'document') return contextHoldsIn(ctx, c, view);
  let answers = documentAnswers.get(view);
  if (!answers) documentAnswers.set(view, (answers = new Map()));
  let ok = answers.get(ctx);
  if (ok === undefined) answers.set(ctx, (ok = contextHoldsIn(ctx, c, view)));
  return ok;
}

function contextHoldsIn(ctx: CompiledContext, c: Candidate, view: TextView): boolean {
  const r = region(ctx, c, view);
  // Same offsets on both views: they have the same length.
  const pr = ctx.patternsOn === 'text' ? region(ctx, c, view, view.text) : r;
  // A long text is read by a document-scope pattern only where its triggers are (see patternIn).
  const filtered = ctx.scope === 'document' && ctx.patternsOn === 'folded' && r.length > LONG_REGION ? ctx.analysis : undefined;
  for (const t of ctx.noneOf) if (termIn(r, t)) return false;
  const gates = ctx.gates;
  // (The gates are asked of the folded region, `r`, whichever string the patterns read: same offsets.)
  for (let k = 0; k < ctx.noneOfPatterns.length; k++) if (mayHold(gates?.noneOf[k], r) && patternIn(ctx.noneOfPatterns[k], filtered?.noneOf[k], pr, view)) return false;
  if (ctx.anyOf.length > 0 || ctx.anyOfPatterns.length > 0) {
    let hits = 0;
    for (const t of ctx.anyOf) if (termIn(r, t)) hits++;
    // (once enough hold, the other patterns need not read the text)
    for (let k = 0; k < ctx.anyOfPatterns.length && hits < ctx.minMatches; k++) if (mayHold(gates?.anyOf[k], r) && patternIn(ctx.anyOfPatterns[k], filtered?.anyOf[k], pr, view)) hits++;
    if (hits < ctx.minMatches) return false;
  }
  return true;
}

/** Can a context pattern with these required literal sets (ContextGates) match in `region` (the folded text, also for
 * a pattern on the text: the sets are folded as for a rule pattern on it)? Every
 * match holds a member of each set, read with line breaks as spaces as the sets are derived: one set without a member
 * there means no match, and the pattern's regex is not even compiled. */
function mayHold(sets: string[][] | null | undefined, region: string): boolean {
  return !sets || holdsEach(sets, flatOf(region));
}

/** Above this many units a document-scope context pattern is started at its triggers (on a prompt a plain test is
 * cheaper than finding them). */
const LONG_REGION = 1 << 14;

/** Ranges up to this many starts are tried one position at a time (most tries fail at their first unit); from a
 * longer one, one search answers. */
const PROBE = 1024;

/**
 * Does `re` match anywhere in `region` (the folded text)? With prefilters (`a`, see analyze/pattern.ts): every match
 * holds one of the triggers and starts where TriggerReach allows, so a text without the triggers is not read at all,
 * and otherwise only the starts next to them are tried — the same answer as `re.test(region)`.
 */
export function patternIn(re: RegExp, a: PatternAnalysis | undefined, region: string, view?: TextView): boolean {
  const triggers = a?.triggers;
  if (!triggers) return re.test(region);
  const r = a.reach;
  // The triggers as the automaton reads them: line breaks as spaces (a trigger may hold a space the regex reads as \s).
  const flat = triggers.some((t) => t.includes(' ')) ? flatOf(region) : region;
  const spots: number[] = [];
  const own = r?.reaches && ([] as number[]); // each hit's reach, when its trigger has its own
  const { any, order } = triggerSearchOf(a);
  const keep = (at: number, k: number) => {
    // A trigger glued to a letter where the pattern has none: no match holds it.
    if (r && gluedToLetter(r, flat, at, at + triggers[k].length)) return;
    spots.push(at);
    if (own) own.push(r!.reaches![k]);
  };
  // Every place a trigger starts and, at each, every trigger that starts there, the farthest reach first (the order
  // reachRanges sorts them in): from the long-text automaton's pass over the view when it looked for them (#21) …
  const places = view && contextTriggerPlaces(view, a, region);
  if (places) {
    // (each (place, trigger) once, as place * n + the trigger's rank in `order`, sorted)
    const n = order.length;
    let count = 0;
    for (const list of places) count += list.length;
    const pairs = new Float64Array(count);
    let q = 0;
    for (let rank = 0; rank < n; rank++) for (const at of places[order[rank]]) pairs[q++] = at * n + rank;
    pairs.sort();
    for (let j = 0; j < count; j++) {
      const at = Math.floor(pairs[j] / n);
      keep(at, order[pairs[j] - at * n]);
    }
  } else {
    // … or in one native search of all of them (not one search of the text per trigger).
    any.lastIndex = 0;
    for (let m = any.exec(flat); m !== null; m = any.exec(flat)) {
      const at = m.index;
      for (const k of order) if (flat.startsWith(triggers[k], at)) keep(at, k);
      any.lastIndex = at + 1;
    }
  }
  if (spots.length === 0) return false;
  if (!r || (r.reach === undefined && !r.sameLine)) return re.test(region);
  const ranges = reachRanges(spots, r, region, undefined, own || undefined);
  const { sticky, global } = copiesOf(re);
  const starts = startTable(a);
  for (let k = 0; k < ranges.length; k += 2) {
    const s = ranges[k];
    const e = ranges[k + 1];
    if (e - s > PROBE) {
      // No match starts before s (every earlier start was tried): the first one at or after it answers.
      global.lastIndex = s;
      return global.test(region);
    }
    for (let at = s; at < e; at++) {
      // Only where the text has a unit a match can open with.
      if (starts !== undefined) {
        const u = region.charCodeAt(at);
        if ((u < 128 ? starts[u] === 0 : starts[128] === 0) && (at !== 0 || starts[129] === 0)) continue;
      }
      sticky.lastIndex = at;
      if (sticky.test(region)) return true;
    }
  }
  return false;
}

/** A context pattern's triggers as one search (`any`: a global regex of them all, which finds each place where one
 * starts), with the order to try them in at a place: the farthest reach first. Made on first need. */
const triggerSearches = new WeakMap<PatternAnalysis, { any: RegExp; order: number[] }>();
function triggerSearchOf(a: PatternAnalysis): { any: RegExp; order: number[] } {
  let t = triggerSearches.get(a);
  if (!t) {
    const triggers = a.triggers!;
    const reaches = a.reach?.reaches;
    const order = triggers.map((_, k) => k);
    if (reaches) order.sort((x, y) => reaches[y] - reaches[x]);
    // Longest first, so that a place is found whichever of its triggers is there (then all are asked, see patternIn).
    const alternatives = [...triggers].sort((x, y) => y.length - x.length).map((x) => x.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
    triggerSearches.set(a, (t = { any: new RegExp(alternatives.join('|'), 'g'), order }));
  }
  return t;
}

/** The sticky and global copies of a context pattern, made on first need, of its own class (the regex watchdog's
 * counting one for user rules, runtime/regex-watchdog.ts). */
const copies = new WeakMap<RegExp, { sticky: RegExp; global: RegExp }>();
function copiesOf(re: RegExp): { sticky: RegExp; global: RegExp } {
  let c = copies.get(re);
  if (!c) {
    const Class = re.constructor as RegExpConstructor;
    copies.set(re, (c = { sticky: new Class(re.source, re.flags + 'y'), global: new Class(re.source, re.flags + 'g') }));
  }
  return c;
}

/** The folded text with line breaks as spaces, as the automaton reads it (once per text). */
let flatFrom: string | undefined;
let flatText = '';
function flatOf(s: string): string {
  if (s !== flatFrom) {
    flatFrom = s;
    flatText = s.replace(/\n/g, ' ');
  }
  return flatText;
}

