import { isWordCode } from '../normalize/chars.js';
import { lowerSlice, type TextView } from '../normalize/view.js';
import type { CompiledPattern, CompiledRule } from '../rules/model.js';
import type { Opening } from '../analyze/opening.js';
import type { PatternAnalysis } from '../analyze/pattern.js';
import { editDistance } from '../util/natural.js';
import { kernelOpenings } from '../normalize/kernel.js';
import { AhoCorasick } from './aho-corasick.js';
import { BLOCK, blockRanges, classifiable, DENSE_COUNT, DENSE_SPAN, DigitGaps, denseDigits, digitPositions, digitRanges, gapMask, gluedToLetter, intersectRanges, lineEnd, lineStart, reachRanges, type StartRanges } from './ranges.js';

/**
 * Where the long-text automaton found the triggers of the document-scope context patterns in a view (#21): `places`
 * by distinct trigger (each list ascending), `ids` the index of each trigger of an analysis among them. Kept for the
 * view's `folded` string only.
 */
interface ContextHits {
  folded: string;
  ids: Map<PatternAnalysis, Int32Array>;
  places: number[][];
}
const contextHits = new WeakMap<object, ContextHits>();

/**
 * The places where each trigger of `a` starts in `region`, by trigger index (every occurrence, overlapping ones
 * included: what a search of the region for all of them finds), when the automaton recorded them for this view and
 * `region` is its folded string; else undefined (the caller searches).
 */
export function contextTriggerPlaces(view: object, a: PatternAnalysis, region: string): readonly number[][] | undefined {
  const h = contextHits.get(view);
  if (h === undefined || h.folded !== region) return undefined;
  const ids = h.ids.get(a);
  if (ids === undefined) return undefined;
  return Array.from(ids, (k) => h.places[k]);
}

/** A place in the text a rule's matcher points at, before validators, context and layout have their say. */
export interface Candidate {
  rule: CompiledRule;
  /** View range [vs, ve). */
  vs: number;
  ve: number;
  /** Original range [os, oe). */
  os: number;
  oe: number;
}

interface KeywordEntry {
  rule: CompiledRule;
  plain: string;
  folded: string;
}

/** Below this many units a text is read by every regex in full; above it, regexes run only near their triggers. */
export const SHORT_TEXT = 1 << 14;

/** Read this far before a range (lookbehinds) and after it (a match starting in the range may run on). */
const LOOKBEHIND = 256;
const RUN_ON = 8192;
/** Past the end of a bounded match: room for its lookaheads, so that a slice's end never fakes "end of text". */
const LOOKAROUND = 256;
/** Ranges of at most this many start positions are tried one position at a time with a sticky copy of the regex;
 * a global search would read on to the end of its slice wherever nothing matches. */
const PROBE = 64;

/**
 * All matchers of a rule set, compiled once: one automaton for every keyword of every rule, the regexes,
 * and the keywords that tolerate typing/OCR damage.
 */
export class Matchers {
  private readonly automaton = new AhoCorasick();
  private readonly entries: KeywordEntry[] = [];
  private readonly fuzzy: { rule: CompiledRule; folded: string }[] = [];
  private readonly regexRules: CompiledRule[];
  private combinedAutomaton?: AhoCorasick;
  private readonly triggerEntries: CompiledPattern[] = [];
  /** Each trigger's own reach (TriggerReach.reaches), index for index with triggerEntries; -1 where a pattern's
   * triggers share one. */
  private readonly triggerReaches: number[] = [];
  /** The reach of each hit in the lists of the text being read, for the patterns whose triggers have their own. */
  private hitReaches = new Map<CompiledPattern, number[]>();
  /** The patterns whose triggers the automaton for long texts looks for. */
  private readonly triggered = new Set<CompiledPattern>();
  /** Every rule (a rule of keywords only has contexts too). */
  private readonly rules: CompiledRule[];
  /** The triggers of document-scope context patterns the automaton for long texts also looks for (after the
   * patterns' triggers), each distinct string once, and for each analysis, the index of each of its triggers among
   * them (see ContextHits). */
  private readonly contextTriggers: string[] = [];
  private readonly contextIds = new Map<PatternAnalysis, Int32Array>();
  /** The patterns without trigger or digit group whose openings the byte kernel marks on long texts: the last bit of
   * each one's opening and how many units it has (normalize/kernel.ts KernelOpenings). */
  private readonly opened = new Map<CompiledPattern, { bit: number; units: number }>();
  /** End (in the pattern's target) of the last match of the pattern being run: matches do not overlap, as in one
   * global search over the whole text. */
  private floor = 0;
  /** The digit tables' room for the windows of long texts (see DigitRoom). */
  private readonly digitRoom = new DigitRoom();
  /** The text being read is short and has no surrogate: patterns run in their BMP form where they have one
   * (CompiledPattern.bmpRe, the same matches for less compiling: analyze/bmp.ts). */
  private bmp = false;
  /** A short text read while the process is cold: its non-ASCII units, for the patterns' narrowed forms
   * (CompiledPattern.bmpWithin: fewer ranges to compile; the same matches on this text). */
  private within: Int32Array | undefined;
  /** The text's folded view with line breaks as spaces, when `within` is set (for CompiledPattern.pruned). */
  private flat: string | undefined;
  /** The units the patterns were first narrowed to (one set per rule set), and the same as a table. */
  private narrowChars?: Int32Array;
  private narrowTable?: Uint8Array;
  /** Short texts read in narrowed form so far (see COLD_TEXTS). */
  private narrowTexts = 0;
  /** Short texts read so far (see COLD_TEXTS). */
  private shortTexts = 0;

  constructor(rules: CompiledRule[], private readonly prefilter = true) {
    for (const rule of rules) {
      for (const k of rule.keywords) {
        this.automaton.add(k.folded);
        this.entries.push({ rule, plain: k.plain, folded: k.folded });
        if (rule.keywordOptions.fuzzy > 0 && k.folded.length >= 4) this.fuzzy.push({ rule, folded: k.folded });
      }
    }
    this.automaton.build();
    this.regexRules = rules.filter((r) => r.patterns.length > 0);
    this.rules = rules;
  }

  /**
   * For long texts, one automaton for the keywords and the regex triggers together (keyword ids first), built on
   * first use: one pass over the text finds both. A short prompt never pays for building it.
   */
  private combined(): AhoCorasick {
    if (!this.combinedAutomaton) {
      const ac = new AhoCorasick();
      for (const e of this.entries) ac.add(e.folded);
      for (const rule of this.regexRules) {
        for (const p of rule.patterns) {
          // (Rules read from YAML derive their prefilters on first read: rules/compile.ts.)
          // A weak trigger ("72", "cz": two units) of a pattern whose tight digit group is rarer would make most of
          // the automaton's hits for nothing: such a pattern is looked for by its digits alone.
          if (!p.triggers || (p.digits && tightDigits(p) && p.triggers.some((t) => t.trim().length <= 2))) continue;
          this.triggered.add(p);
          p.triggers.forEach((t, k) => {
            ac.add(t);
            this.triggerEntries.push(p);
            this.triggerReaches.push(p.reach?.reaches?.[k] ?? -1);
          });
        }
      }
      // The document-scope contexts' triggers (#21): a long text's window asked for such a context was searched for
      // them by a regex of its own (validate/checks.ts patternIn, one pass over the window per context pattern);
      // the automaton finds them in the pass it makes anyway.
      const ctxIndex = new Map<string, number>();
      for (const rule of this.rules) {
        for (const ctx of rule.context ?? []) {
          if (ctx.scope !== 'document' || ctx.patternsOn !== 'folded') continue;
          let analysis;
          try {
            analysis = ctx.analysis;
          } catch {
            continue; // (a pattern the analysis cannot read is searched as before)
          }
          for (const a of [...(analysis?.anyOf ?? []), ...(analysis?.noneOf ?? [])]) {
            const triggers = a?.triggers;
            // (a trigger holding a line break: the automaton reads one as a space, the search does not)
            if (!a || !triggers || this.contextIds.has(a) || triggers.some((t) => t.length === 0 || t.includes('\n'))) continue;
            this.contextIds.set(a, Int32Array.from(triggers, (t) => {
              let k = ctxIndex.get(t);
              if (k === undefined) {
                ctxIndex.set(t, (k = this.contextTriggers.push(t) - 1));
                ac.add(t);
              }
              return k;
            }));
          }
        }
      }
      this.combinedAutomaton = ac.build();
      // The openings of the patterns a long text's windows would otherwise search in full (one per distinct opening).
      const list: Opening[] = [];
      const index = new Map<string, number>();
      const of = new Map<CompiledPattern, number>();
      for (const rule of this.regexRules) {
        for (const p of rule.patterns) {
          if (p.triggers || p.digits || p.on !== 'text') continue;
          const o = p.opening;
          if (!o) continue;
          const key = JSON.stringify(o);
          let k = index.get(key);
          if (k === undefined) index.set(key, (k = list.push(o) - 1));
          of.set(p, k);
        }
      }
      if (list.length > 0) {
        const ko = kernelOpenings(list);
        ac.openings = ko;
        for (const [p, k] of of) {
          const bit = ko.which.indexOf(k);
          if (bit >= 0) this.opened.set(p, { bit, units: ko.units[bit] });
        }
      }
    }
    return this.combinedAutomaton;
  }

  /** `possible`: false for a rule none of whose candidates the caller would accept in this view (its context cannot
   * hold, see validate/checks.ts contextPossible): on a short text its regexes are not run. `searchable`: the same,
   * asked on a long text only before a pattern searches the whole view (one with neither triggers, digit group nor
   * opening: its rule's document-scope contexts, answered once a view, are cheaper than that search; #21). */
  find(view: TextView, emit: (c: Candidate) => void, possible?: (rule: CompiledRule) => boolean, searchable?: (rule: CompiledRule) => boolean): void {
    this.bmp = false;
    // A warm process (past its first COLD_TEXTS short texts, a server or a library client) reads short texts the way
    // of long ones too: one pass of the automaton of keywords and triggers, then each regex only where a match can
    // start — the same candidates (test/prefilters.test.ts), for less than every regex reading the whole text; a
    // cold one does not pay for loading that automaton.
    if (!this.prefilter || (view.folded.length <= SHORT_TEXT && this.shortTexts++ < COLD_TEXTS)) {
      // A short text: every regex reads it all (those whose triggers are absent are skipped).
      this.bmp = !SURROGATE.test(view.original) && !SURROGATE.test(view.text) && !SURROGATE.test(view.folded);
      this.within = this.bmp && this.prefilter && this.narrowTexts < COLD_TEXTS ? this.narrowTo(view) : undefined;
      this.flat = this.within ? view.folded.replace(/\n/g, ' ') : undefined;
      if (this.automaton.size > 0) this.automaton.search(view.folded, (id, vs, ve) => this.keyword(view, id, vs, ve, emit));
      this.regexes(view, emit, null, this.prefilter, possible);
    } else {
      this.within = undefined;
      // A long text: regexes run only near their triggers, which the same pass as the keywords finds.
      const hits = new Map<CompiledPattern, number[]>();
      const reaches = (this.hitReaches = new Map());
      const keywords = this.entries.length;
      const triggers = this.triggerEntries;
      const triggerReaches = this.triggerReaches;
      const folded = view.folded;
      const automaton = this.combined();
      const contextBase = keywords + triggers.length;
      // Where the context triggers start (by distinct trigger), for a view long enough that its document contexts are
      // read at their triggers (validate/checks.ts).
      const places = folded.length > SHORT_TEXT && this.contextTriggers.length > 0 ? this.contextTriggers.map((): number[] => []) : undefined;
      if (places) contextHits.set(view, { folded, ids: this.contextIds, places });
      automaton.searchView(view, (id, vs, ve) => {
        if (id < keywords) {
          this.keyword(view, id, vs, ve, emit);
          return;
        }
        if (id >= contextBase) {
          places?.[id - contextBase].push(vs);
          return;
        }
        // Where the pattern's reach is known, the trigger's own position; else its block.
        const p = triggers[id - keywords];
        const r = p.reach;
        // A trigger glued to a letter where the pattern has none ("st" in "first"): no match holds this hit.
        if (r !== undefined && gluedToLetter(r, folded, vs, ve)) return;
        const at = r ? vs : (vs / BLOCK) | 0;
        const own = triggerReaches[id - keywords]; // this trigger's reach, if it has its own
        const list = hits.get(p);
        if (!list) {
          hits.set(p, [at]);
          if (own >= 0) reaches.set(p, [own]);
        } else if (list[list.length - 1] !== at) {
          list.push(at);
          if (own >= 0) reaches.get(p)!.push(own);
        } else if (own >= 0) {
          // two triggers at one place: the farther reach holds for both
          const rl = reaches.get(p)!;
          if (rl[rl.length - 1] < own) rl[rl.length - 1] = own;
        }
      });
      this.regexes(view, emit, hits, true, undefined, searchable);
    }
    if (this.fuzzy.length > 0) this.fuzzyLines(view, emit);
  }

  /**
   * The units a cold process's short text is narrowed to: the first such text's non-ASCII units (of its original,
   * text and folded strings: every string a pattern reads); a later text only when all of its units are among them
   * (a narrowed regex is exact on any text within its set), else none (the BMP forms as they are).
   */
  private narrowTo(view: TextView): Int32Array | undefined {
    this.narrowTexts++;
    // Their non-ASCII units only (a native replace; the loops below then read a fraction of the text).
    const strings = [view.original, view.text, view.folded].map((s) => s.replace(ASCII_RUNS, ''));
    if (!this.narrowChars) {
      const table = new Uint8Array(0x10000);
      let n = 0;
      for (const s of strings) {
        for (let i = 0; i < s.length; i++) {
          const c = s.charCodeAt(i);
          if (table[c] === 0) {
            table[c] = 1;
            n++;
          }
        }
      }
      const chars = new Int32Array(n);
      for (let c = 128, k = 0; k < n; c++) if (table[c] === 1) chars[k++] = c;
      this.narrowTable = table;
      this.narrowChars = chars;
      return chars;
    }
    const table = this.narrowTable!;
    for (const s of strings) for (let i = 0; i < s.length; i++) if (table[s.charCodeAt(i)] === 0) return undefined;
    return this.narrowChars;
  }

  /** The gap classes of the digit patterns whose gaps are read in the string of `kind` (see gapKind, DigitGaps),
   * found on first need: a gap no pattern reading that string allows stops being read at once. */
  private gapMasksMemo?: Map<GapKind, number[]>;
  private gapMasks(kind: GapKind): number[] {
    if (!this.gapMasksMemo) {
      const sets = new Map<GapKind, Set<number>>();
      for (const r of this.regexRules) for (const p of r.patterns) if (p.digits) {
        const m = gapMask(p.digits);
        if (m === undefined) continue;
        const k = gapKind(p);
        if (!sets.has(k)) sets.set(k, new Set());
        sets.get(k)!.add(m);
      }
      this.gapMasksMemo = new Map([...sets].map(([k, set]) => [k, [...set]]));
    }
    return this.gapMasksMemo.get(kind) ?? [];
  }

  /** The automaton a long text is read with, for the byte kernel to run while it builds the view (normalize/kernel.ts);
   * none when the prefilters are off (every regex reads everything). */
  longTextAutomaton(): AhoCorasick | undefined {
    return this.prefilter ? this.combined() : undefined;
  }

  /** Builds the automaton for long texts now (the build step stores it, see rules/build-cache.ts). */
  prepareLongTexts(): void {
    this.combined();
  }

  /** anyTrigger, asked once per trigger list and text: built-in patterns with one list share its array (the rule
   * cache lists each distinct list once), and a list's answer is the same for each of them unless the pattern reads
   * glued hits by its own reach. */
  private static anyTriggerOnce(p: CompiledPattern, flat: string, pairs: PairSet, lists: Map<readonly string[], boolean>): boolean {
    const r = p.reach;
    if (r !== undefined && (r.wordStart || r.wordEnd)) return Matchers.anyTrigger(p, flat, pairs);
    let found = lists.get(p.triggers!);
    if (found === undefined) lists.set(p.triggers!, (found = Matchers.anyTrigger(p, flat, pairs)));
    return found;
  }

  /** On a short text: does any trigger of the pattern occur at all? (A regex that is never run is never compiled.) */
  private static anyTrigger(p: CompiledPattern, flat: string, pairs: PairSet): boolean {
    const r = p.reach;
    const glued = r !== undefined && (r.wordStart || r.wordEnd);
    const triggers = p.triggers!;
    const filter = pairs.filters;
    // (An indexed loop, the filter asked only where there is one: a cold prompt runs this ~5,600 times, and fewer
    // bytecodes keep V8 from compiling it optimised, #21.)
    for (let k = 0; k < triggers.length; k++) {
      const t = triggers[k];
      if (filter && !pairs.mayHold(t)) continue; // a pair of its letters is nowhere in the text: neither is the trigger
      let at = flat.indexOf(t);
      if (!glued) {
        if (at >= 0) return true;
        continue;
      }
      // As on long texts: an occurrence glued to a letter where the pattern has none does not count.
      for (; at >= 0; at = flat.indexOf(t, at + 1)) {
        if (!gluedToLetter(r, flat, at, at + t.length)) return true;
      }
    }
    return false;
  }

  /**
   * On a short text: does some hit of the pattern's triggers (in `flat`, the folded view with line breaks as spaces)
   * have around it what a match holding it needs — the sets of `inside` within its reach, or of `needs` on its line,
   * as on long texts (holdingInside), those of `after` on its line from its start on, and those of `before` on its
   * line before it? A pattern with none is neither compiled nor run (#21: the password-column family on a prompt
   * that says "password" in prose).
   */
  private static anyHolding(view: TextView, p: CompiledPattern, flat: string): boolean {
    const r = p.reach!;
    const glued = r.wordStart || r.wordEnd;
    let spots: number[] = [];
    let own: number[] | undefined = r.reaches && [];
    p.triggers!.forEach((t, k) => {
      for (let at = flat.indexOf(t); at >= 0; at = flat.indexOf(t, at + 1)) {
        if (glued && gluedToLetter(r, flat, at, at + t.length)) continue;
        spots.push(at);
        own?.push(r.reaches![k]);
      }
    });
    if (spots.length > 0 && (p.inside || (p.inLine && p.needs))) [spots, own] = holdingInside(view, p, spots, own);
    const after = p.after;
    if (after) {
      // What every match holds on the trigger's line from the trigger's start on (folded, on the folded view).
      const folded = view.folded;
      spots = spots.filter((h) => {
        let le = folded.indexOf('\n', h);
        if (le < 0) le = folded.length;
        return holdsEach(after, flat.slice(h, le));
      });
    }
    if (!p.before) return spots.length > 0;
    const original = p.on === 'original';
    const target = whole(view, p.on);
    return spots.some((h) => {
      const t = original ? (h < view.start.length ? view.start[h] : target.length) : h;
      return holdsEach(p.before!, target.slice(lineStart(target, t, !original), t));
    });
  }

  /** On a short text: does each of the pattern's required sets (CompiledPattern.needs) have a member in it? */
  private static allNeeds(needs: string[][], flat: string, pairs: PairSet): boolean {
    for (const set of needs) {
      let any = false;
      for (const l of set) {
        if ((l.length < 2 || pairs.mayHold(l)) && flat.includes(l)) {
          any = true;
          break;
        }
      }
      if (!any) return false;
    }
    return true;
  }

  /** A keyword found at view range [vs, ve): a candidate if its boundaries, marks and case are as the rule wants. */
  private keyword(view: TextView, id: number, vs: number, ve: number, emit: (c: Candidate) => void) {
    const { rule, plain } = this.entries[id];
    const opt = rule.keywordOptions;
    const folded = view.folded;
    if (opt.boundary === 'word') {
      if (vs > 0 && isWordCode(folded.charCodeAt(vs - 1)) && isWordCode(folded.charCodeAt(vs))) return;
      if (ve < folded.length && isWordCode(folded.charCodeAt(ve)) && isWordCode(folded.charCodeAt(ve - 1))) return;
    }
    if (opt.diacritics === 'sensitive' && !sameIgnoringBreaks(lowerSlice(view, vs, ve), 0, plain)) return;
    const os = view.start[vs];
    const oe = view.end[ve - 1];
    // Capitals as the view reads them: mathematical and look-alike capitals count, and a derived view's
    // decoded word ("MAATJ" → "MẬT") is judged as decoded.
    if (opt.case === 'upper' && !isUpper(view.text.slice(vs, ve)) && (view.derived || !isUpper(view.original.slice(os, oe)))) return;
    emit({ rule, vs, ve, os, oe });
  }

  private regexes(view: TextView, emit: (c: Candidate) => void, hits: Map<CompiledPattern, number[]> | null, skipAbsent = true, possible?: (rule: CompiledRule) => boolean, searchable?: (rule: CompiledRule) => boolean) {
    // A long text's window (its view has its digits) takes the digit tables' room, unless a call it is nested in has it.
    const room = view.digits !== undefined && !this.digitRoom.busy ? this.digitRoom : undefined;
    if (room) room.hold();
    try {
      this.regexesIn(view, emit, hits, skipAbsent, possible, room, searchable);
    } finally {
      if (room) room.busy = false;
    }
  }

  private regexesIn(view: TextView, emit: (c: Candidate) => void, hits: Map<CompiledPattern, number[]> | null, skipAbsent: boolean, possible: ((rule: CompiledRule) => boolean) | undefined, room: DigitRoom | undefined, searchable?: (rule: CompiledRule) => boolean) {
    let flat = hits === null ? this.flat : undefined; // the folded view with line breaks as spaces, as the automaton reads it
    let pairs: PairSet | undefined; // its pairs of adjacent code units, to skip most triggers without a search
    let lists: Map<readonly string[], boolean> | undefined; // trigger lists already looked up in `flat` (see anyTriggerOnce)
    let digits: Int32Array | undefined; // positions of the view's digits, found on first need
    let denseEnds: Int32Array | undefined; // which of them close a group of DENSE_COUNT
    let originalDigits: Int32Array | undefined; // the same in the original text, for the patterns that read it
    let originalDense: Int32Array | undefined;
    // The characters between digits, classified once per string the gaps are read in (see DigitGaps), for the
    // patterns that read them there.
    const gapsIn = new Map<GapKind, DigitGaps>();
    const gaps = (d: Int32Array, p: CompiledPattern) => {
      const kind = gapKind(p);
      let g = gapsIn.get(kind);
      if (!g) gapsIn.set(kind, (g = new DigitGaps(d, kind === 'original' ? view.original : gapText(view, p), this.gapMasks(kind), room?.u16(GAP_KINDS.indexOf(kind), d.length), room)));
      return g;
    };
    for (const rule of this.regexRules) {
      let wanted: boolean | undefined; // asked once, when a pattern of the rule is about to run
      for (const p of rule.patterns) {
        // The original text has no second reading: a derived view leaves those patterns to the main one.
        if (p.on === 'original' && view.derived) continue;
        this.floor = 0;
        // A pattern with triggers and none of them here cannot match (short texts look them up; long ones had
        // them in the automaton pass).
        if (hits === null ? skipAbsent && p.triggers && !Matchers.anyTriggerOnce(p, (flat ??= view.folded.replace(/\n/g, ' ')), (pairs ??= PairSet.of(flat)), (lists ??= new Map())) : this.triggered.has(p) && !hits.has(p)) continue;
        // … nor one lacking every literal of one of its other required sets (a short text is asked for each).
        if (hits === null && skipAbsent && p.needs && !Matchers.allNeeds(p.needs, (flat ??= view.folded.replace(/\n/g, ' ')), (pairs ??= PairSet.of(flat)))) continue;
        // … nor one that reads case as written lacking, as written, every member of one of its exact sets ("MẬT"
        // where the text has only "mật") in the string it reads.
        if (hits === null && skipAbsent && p.exact && !holdsEach(p.exact, whole(view, p.on))) continue;
        if (possible && !(wanted ??= possible(rule))) continue;
        // … nor one none of whose trigger hits has around it what a match holding it needs: the gates of long texts
        // (`inside`, `needs` on the hit's line) and `before` (on the hit's line before it), asked at each hit.
        if (hits === null && skipAbsent && p.reach && (p.before || p.after || p.inside || (p.inLine && p.needs)) && !Matchers.anyHolding(view, p, (flat ??= view.folded.replace(/\n/g, ' ')))) continue;
        if (p.on === 'original' && p.digits && tightDigits(p) && (hits === null ? skipAbsent : true)) {
          // A number pattern on the original: its digit groups are looked for there (tabs, "\r" and invisible
          // characters stand between them as they are), with offsets in the original.
          digits ??= view.digits ?? digitPositions(view.folded);
          originalDigits ??= toOriginalDigits(view, digits, room?.i32(0, digits.length));
          const dense = !classifiable(p.digits) && p.digits.count >= DENSE_COUNT && p.digits.span <= DENSE_SPAN ? (originalDense ??= denseDigits(originalDigits, room?.i32(1, originalDigits.length))) : undefined;
          let ranges = digitRanges(p.digits, originalDigits, dense, view.original, gaps(originalDigits, p));
          // A match holds a trigger too: only where both can be.
          const list = hits?.get(p);
          if (list && p.reach) ranges = intersectRanges(ranges, reachRanges(list, p.reach, view.original, view.start, this.hitReaches.get(p)));
          this.runRanges(view, rule, p, ranges, runOn(p.digits.max), emit, true);
          continue;
        }
        if (hits === null) {
          if (skipAbsent && p.digits && p.on !== 'original' && tightDigits(p)) {
            // Even on a prompt: a number pattern runs (and is compiled) only where its digit group is.
            digits ??= view.digits ?? digitPositions(view.folded);
            this.runRanges(view, rule, p, digitRanges(p.digits, digits, undefined, gapText(view, p)), runOn(p.digits.max), emit);
            continue;
          }
          const target = whole(view, p.on);
          this.runRegex(view, rule, p, target, 0, 0, target.length, emit);
        } else if (p.digits && p.on !== 'original' && (!p.triggers || tightDigits(p))) {
          // A tight digit group (an identifier) is rarer than short literals like "72" or "cz"; a match holds both,
          // so a pattern with triggers runs only where a start is near both.
          digits ??= view.digits ?? digitPositions(view.folded);
          const dense = !classifiable(p.digits) && p.digits.count >= DENSE_COUNT && p.digits.span <= DENSE_SPAN ? (denseEnds ??= denseDigits(digits, room?.i32(2, digits.length))) : undefined;
          let ranges = digitRanges(p.digits, digits, dense, gapText(view, p), gaps(digits, p));
          const list = hits.get(p);
          if (list && ranges.length > 0) ranges = intersectRanges(ranges, p.reach ? reachRanges(list, p.reach, view.folded, undefined, this.hitReaches.get(p)) : blockRanges(list, view.folded.length));
          this.runRanges(view, rule, p, ranges, runOn(p.digits.max), emit);
        } else if (p.triggers) {
          const list = hits.get(p);
          if (list && p.reach) this.runSpots(view, rule, p, list, emit);
          else if (list) this.runRanges(view, rule, p, blockRanges(list, view.folded.length), RUN_ON, emit);
        } else {
          const opened = view.opens && this.opened.get(p);
          if (opened) {
            this.runOpens(view, rule, p, view.opens!, opened.bit, opened.units, emit);
            continue;
          }
          // (asked once a rule, like `possible`)
          if (searchable && !(wanted ??= searchable(rule))) continue;
          const target = whole(view, p.on);
          this.runRegex(view, rule, p, target, 0, 0, target.length, emit);
        }
      }
    }
  }

  /** Tries the pattern where the byte kernel found its opening (TextView.opens: entries ending with `bit`, whose
   * opening has `units` units), in order: every match starts at one (analyze/opening.ts). */
  private runOpens(view: TextView, rule: CompiledRule, p: CompiledPattern, opens: Int32Array, bit: number, units: number, emit: (c: Candidate) => void) {
    const target = whole(view, p.on);
    const re = p.sticky;
    for (let q = 0; q < opens.length; q++) {
      const v = opens[q];
      if ((v & 63) !== bit) continue;
      const at = (v >> 6) - units + 1;
      if (at < this.floor) continue;
      re.lastIndex = at;
      const m = re.exec(target);
      if (m !== null && m[0].length > 0) this.found(view, rule, p, m, 0, emit);
    }
  }

  /** Runs the regex for matches starting in the ranges (view offsets, mapped to the original for patterns on it;
   * `inTarget`: offsets of the pattern's own string already). */
  private runRanges(view: TextView, rule: CompiledRule, p: CompiledPattern, ranges: StartRanges, runOn: number, emit: (c: Candidate) => void, inTarget = false) {
    const len = view.folded.length;
    const length = p.on === 'original' ? view.original.length : len;
    for (let k = 0; k < ranges.length; k += 2) {
      let s = ranges[k];
      let e = ranges[k + 1];
      if (p.on === 'original' && !inTarget) {
        s = s < len ? view.start[s] : view.original.length;
        e = e < len ? view.start[e] : view.original.length;
      }
      this.runRange(view, rule, p, s, e, Math.min(length, e + runOn), emit);
    }
  }

  /** Runs the regex where a match holding one of the trigger hits `spots` (view offsets) can start (see TriggerReach). */
  private runSpots(view: TextView, rule: CompiledRule, p: CompiledPattern, spots: number[], emit: (c: Candidate) => void) {
    const r = p.reach!;
    const original = p.on === 'original';
    // Line starts and ends are read in the string the pattern reads (the views all break lines at the same places).
    const lines = original ? view.original : view.folded;
    let own = this.hitReaches.get(p);
    if (p.inside || (p.inLine && p.needs)) {
      [spots, own] = holdingInside(view, p, spots, own);
      if (spots.length === 0) return;
    }
    if (p.before) {
      [spots, own] = holdingBefore(view, p, spots, own);
      if (spots.length === 0) return;
    }
    const ranges = reachRanges(spots, r, lines, original ? view.start : undefined, own);
    const length = lines.length;
    let le = -1; // the end of the line last looked up
    for (let k = 0; k < ranges.length; k += 2) {
      const s = ranges[k];
      const e = ranges[k + 1];
      // The last start is e - 1: a match ends at most `max` past it, and never past its line when it cannot hold a break.
      let upto = r.max === undefined ? e + RUN_ON : e - 1 + r.max + LOOKAROUND;
      if (r.oneLine && upto > e + LOOKAROUND) {
        if (le < e - 1) le = lineEnd(lines, e - 1, !original);
        upto = Math.min(upto, le + LOOKAROUND);
      }
      this.runRange(view, rule, p, s, e, Math.min(length, upto), emit);
    }
  }

  /** Runs the regex for matches starting in [s, e) of the target, reading up to `upto`. */
  private runRange(view: TextView, rule: CompiledRule, p: CompiledPattern, s: number, e: number, upto: number, emit: (c: Candidate) => void) {
    if (s < this.floor) s = this.floor;
    if (s >= e) return;
    const length = p.on === 'original' ? view.original.length : view.folded.length;
    const from = Math.max(0, s - LOOKBEHIND);
    if (e - s <= PROBE || fewStarts(whole(view, p.on), s, e, startTable(p))) {
      // A few start positions: try each on the whole string (a sticky regex tries only where it is put).
      this.probe(view, rule, p, whole(view, p.on), 0, s, e, emit);
      return;
    }
    // A short range is read from a small slice (cheap); a long one from the target itself, where the search simply
    // stops at the first match past the range.
    if ((upto - from) * 4 < length) this.runRegex(view, rule, p, part(view, p.on, from, upto), from, s, e, emit);
    else this.runRegex(view, rule, p, whole(view, p.on), 0, s, e, emit);
  }

  /** Tries the pattern at each position of [s, e) of the full target in turn (`target` begins at `base` of it). */
  private probe(view: TextView, rule: CompiledRule, p: CompiledPattern, target: string, base: number, s: number, e: number, emit: (c: Candidate) => void) {
    const re = (this.within && (p.pruned?.(this.flat!, this.within, true) ?? p.bmpWithin?.(this.within, true))) || (this.bmp && p.bmpSticky) || p.sticky;
    const starts = startTable(p);
    const fenced = starts !== undefined && p.fenced === true;
    for (let at = s; at < e; ) {
      if (starts !== undefined) {
        // Only where the text has a unit a match can open with.
        const c = target.charCodeAt(at - base);
        if ((c < 128 ? starts[c] === 0 : starts[128] === 0) && (at !== base || starts[129] === 0)) {
          at++;
          continue;
        }
        // … and, for a fenced pattern, none of those units before the first digit from here on (the match's own).
        if (fenced && !(c >= 48 && c <= 57) && !fenceOpen(target, at - base, starts)) {
          at++;
          continue;
        }
      }
      re.lastIndex = at - base;
      const m = re.exec(target);
      if (m === null || m[0].length === 0) {
        at++;
        continue;
      }
      this.found(view, rule, p, m, base, emit);
      at = this.floor;
    }
  }

  /** Runs one regex over `target` (which begins at offset `base` of the full target) and emits the matches that
   * start in [from, to) of the full target. */
  private runRegex(view: TextView, rule: CompiledRule, p: CompiledPattern, target: string, base: number, from: number, to: number, emit: (c: Candidate) => void) {
    const re = (this.within && (p.pruned?.(this.flat!, this.within, false) ?? p.bmpWithin?.(this.within, false))) || (this.bmp && p.bmpRe) || p.re;
    re.lastIndex = Math.max(from, this.floor) - base;
    let m: RegExpExecArray | null;
    while ((m = re.exec(target)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (m.index + base >= to) break;
      this.found(view, rule, p, m, base, emit);
    }
  }

  /** A match of a pattern (in a target beginning at `base` of the full target): its candidate, if it has one. */
  private found(view: TextView, rule: CompiledRule, p: CompiledPattern, m: RegExpExecArray, base: number, emit: (c: Candidate) => void) {
    this.floor = m.index + m[0].length + base;
    let s = m.index;
    let e = s + m[0].length;
    if (p.group !== undefined) {
      const span = typeof p.group === 'number' ? m.indices?.[p.group] : m.indices?.groups?.[p.group];
      if (!span) return;
      [s, e] = span;
      if (e <= s) return;
    }
    s += base;
    e += base;
    if (p.on === 'original') {
      const vs = viewIndexAt(view, s);
      const ve = Math.max(vs + 1, viewIndexAt(view, e));
      emit({ rule, vs, ve, os: s, oe: e });
    } else {
      emit({ rule, vs: s, ve: e, os: view.start[s], oe: view.end[e - 1] });
    }
  }

  /** A short line that is a keyword with one or two letters damaged ("T0I MAT", "TOl MẬT"): a damaged stamp. */
  private fuzzyLines(view: TextView, emit: (c: Candidate) => void) {
    const f = view.folded;
    // The line lengths some keyword accepts (its length ± its allowed edits), for the line as written or as read
    // with "rn" for "m" (at most half as long): most lines are too long or too short, and are not copied.
    const { shortest, longest } = (this.fuzzyBounds ??= fuzzyBounds(this.fuzzy));
    let ls = 0;
    while (ls <= f.length) {
      let le = f.indexOf('\n', ls);
      if (le < 0) le = f.length;
      let s = ls;
      let e = le;
      while (s < e && !isWordCode(f.charCodeAt(s))) s++;
      while (e > s && !isWordCode(f.charCodeAt(e - 1))) e--;
      const len = e - s;
      if (len >= 4 && len <= 40 && len >= shortest && len <= 2 * longest) {
        // The length of the line as OCR misreads it ("rn" for "m"; a digit for a letter keeps the length), counted
        // before anything is copied; the line and its reading are made only for a keyword of a length in reach.
        const ocrLength = len - misreadRn(f, s, e);
        let line: string | undefined;
        let ocr: string | undefined;
        let upper: boolean | undefined;
        for (const k of this.fuzzy) {
          const max = k.rule.keywordOptions.fuzzy;
          if (Math.abs(k.folded.length - len) > max && Math.abs(k.folded.length - ocrLength) > max) continue;
          line ??= f.slice(s, e);
          if (line === k.folded) continue;
          // A stamp rule wants capitals: a lower-case line is not worth an edit distance.
          if (k.rule.keywordOptions.case === 'upper' && !(upper ??= isUpper(view.text.slice(s, e)))) continue;
          // Read as OCR misreads it: "rn" for "m", digits for the letters they look like ("T0I rnẬT").
          ocr ??= line.replace(OCR_MISREADS, (m) => OCR_LETTER[m]!);
          // (An edit changes at most one letter each way: a line whose letters differ from the keyword's by more
          // than `max` is not worth the distance.)
          if ((lettersApart(line, k.folded) <= max && editDistance(line, k.folded) <= max) || (ocr !== line && lettersApart(ocr, k.folded) <= max && editDistance(ocr, k.folded) <= max)) {
            emit({ rule: k.rule, vs: s, ve: e, os: view.start[s], oe: view.end[e - 1] });
          }
        }
      }
      ls = le + 1;
    }
  }

  private fuzzyBounds?: { shortest: number; longest: number };
}

/** The shortest and longest line some fuzzy keyword can be read in (its length less or more its allowed edits). */
function fuzzyBounds(fuzzy: readonly { rule: CompiledRule; folded: string }[]): { shortest: number; longest: number } {
  let shortest = Infinity;
  let longest = 0;
  for (const k of fuzzy) {
    shortest = Math.min(shortest, k.folded.length - k.rule.keywordOptions.fuzzy);
    longest = Math.max(longest, k.folded.length + k.rule.keywordOptions.fuzzy);
  }
  return { shortest, longest };
}

/**
 * A lower bound of the edit distance of `a` and `b` (restricted Damerau-Levenshtein, every edit counting one): how
 * many more units of some kind one holds than the other, the larger side (bag distance), with units counted by their
 * low 7 bits (units that share them count as one kind, which only lowers the bound).
 */
const BAG = new Int32Array(128);
export function lettersApart(a: string, b: string): number {
  for (let i = 0; i < a.length; i++) BAG[a.charCodeAt(i) & 127]++;
  for (let i = 0; i < b.length; i++) BAG[b.charCodeAt(i) & 127]--;
  let more = 0;
  let fewer = 0;
  for (let i = 0; i < a.length; i++) {
    const k = a.charCodeAt(i) & 127;
    if (BAG[k] > 0) more += BAG[k];
    else fewer -= BAG[k];
    BAG[k] = 0;
  }
  for (let i = 0; i < b.length; i++) {
    const k = b.charCodeAt(i) & 127;
    if (BAG[k] < 0) fewer -= BAG[k];
    BAG[k] = 0;
  }
  return Math.max(more, fewer);
}

/** How many "rn" OCR_MISREADS replaces in f[s, e) (left to right, not overlapping; its digits keep the length). */
function misreadRn(f: string, s: number, e: number): number {
  let n = 0;
  for (let i = s; i + 1 < e; i++) {
    if (f.charCodeAt(i) === 114 && f.charCodeAt(i + 1) === 110) {
      n++;
      i++;
    }
  }
  return n;
}

/** Runs of ASCII units. */
const ASCII_RUNS = /[\0-\x7f]+/g;

/** A surrogate code unit (half of a character outside the BMP, or a lone one). */
const SURROGATE = /[\uD800-\uDFFF]/;

/** Letters OCR confuses on a stamp line, and what they stand for. */
const OCR_LETTER: Record<string, string> = { rn: 'm', '0': 'o', '1': 'i', '5': 's' };
const OCR_MISREADS = /rn|[015]/g;

/**
 * Where the view's digits are in the original: every ASCII digit of the original is a digit of the view (the view
 * may have a few more, from full-width digits, which only widens the search), in the same order.
 */
function toOriginalDigits(view: TextView, digits: Int32Array, into?: Int32Array): Int32Array {
  const out = into ? into.subarray(0, digits.length) : new Int32Array(digits.length);
  const start = view.start; // (read once: views come in several shapes, and a property read in the loop is slow)
  for (let k = 0; k < digits.length; k++) out[k] = start[digits[k]];
  return out;
}

/** A pattern's start units (see CompiledPattern.starts) as a table: ASCII codes, then 128 for any other unit, and 129
 * set when any unit may open a match at the string's start (StartUnits.zero). */
const startTables = new WeakMap<object, Uint8Array | null>();
export function startTable(p: Pick<CompiledPattern, 'starts'>): Uint8Array | undefined {
  let t = startTables.get(p);
  if (t === undefined) {
    const s = p.starts;
    t = s ? new Uint8Array(130) : null;
    if (s && t) {
      for (let i = 0; i < s.ascii.length; i++) t[s.ascii.charCodeAt(i)] = 1;
      if (s.other) t[128] = 1;
      if (s.zero) t[129] = 1;
    }
    startTables.set(p, t);
  }
  return t ?? undefined;
}

/** For a fenced pattern (CompiledPattern.fenced) tried at `at`, whose unit there is no digit: whether the units after
 * it reach an ASCII digit before any unit a match can open with (`starts`); else no match starts at `at`. */
function fenceOpen(target: string, at: number, starts: Uint8Array): boolean {
  for (let q = at + 1; q < target.length; q++) {
    const u = target.charCodeAt(q);
    if (u >= 48 && u <= 57) return true;
    if (u < 128 && starts[u] === 1) return false;
  }
  return false;
}

/** Longer ranges than PROBE are still tried one start at a time when at most FEW of their units can open a match
 * (a pattern opening with a separator, a quote or "<"): counted only in ranges up to SCAN units. */
const FEW = 8;
const SCAN = 4096;
function fewStarts(target: string, s: number, e: number, starts: Uint8Array | undefined): boolean {
  if (starts === undefined || e - s > SCAN || (s === 0 && starts[129] === 1)) return false;
  let n = 0;
  for (let at = s; at < e; at++) {
    const c = target.charCodeAt(at);
    if ((c < 128 ? starts[c] : starts[128]) === 1 && ++n > FEW) return false;
  }
  return true;
}

/** Short views read with plain searches before the trigger filter is used (see PairSet.of), and before short texts
 * are read the way of long ones (see find). */
export const COLD_TEXTS = 8;

/**
 * The pairs and triples of adjacent code units a text holds, hashed into 2^17 bits: a string with a pair (two units
 * long) or a triple (longer) that is not there does not occur in the text. A collision only says "maybe", and the
 * caller then searches, so the answer stays exact. On a prompt most of the ~1,600 triggers are ruled out this way
 * instead of by one search of the whole text each.
 */
class PairSet {
  /** Texts looked up so far in this process (see of). */
  private static texts = 0;
  /** The set that rules nothing out. */
  private static readonly NONE = new PairSet('', false);
  private readonly bits: Uint32Array | undefined;
  /** Whether mayHold can rule anything out (not for a cold process's first texts). */
  readonly filters: boolean;

  /**
   * The set, once the process is warm: the first short views a process reads are searched plainly (its only scan,
   * in a CLI run, where the filter's code would run cold and cost more than the native searches it saves).
   */
  static of(text: string): PairSet {
    return ++PairSet.texts > COLD_TEXTS ? new PairSet(text, true) : PairSet.NONE;
  }

  private constructor(text: string, filter: boolean) {
    this.filters = filter;
    if (!filter) return;
    this.bits = new Uint32Array(4096);
    for (let i = 1; i < text.length; i++) {
      const ab = pairHash(text.charCodeAt(i - 1), text.charCodeAt(i));
      this.add(ab >>> 15);
      if (i > 1) this.add(tripleHash(text.charCodeAt(i - 2), ab) >>> 15);
    }
  }

  mayHold(s: string): boolean {
    if (!this.bits) return true;
    if (s.length === 2) return this.has(pairHash(s.charCodeAt(0), s.charCodeAt(1)) >>> 15);
    for (let i = 2; i < s.length; i++) {
      if (!this.has(tripleHash(s.charCodeAt(i - 2), pairHash(s.charCodeAt(i - 1), s.charCodeAt(i))) >>> 15)) return false;
    }
    return true;
  }

  private add(h: number): void {
    this.bits![h >>> 5]! |= 1 << (h & 31);
  }

  private has(h: number): boolean {
    return (this.bits![h >>> 5]! & (1 << (h & 31))) !== 0;
  }
}

function pairHash(a: number, b: number): number {
  return Math.imul(Math.imul(a, 0x9e3779b1) ^ b, 0x85ebca6b) >>> 0;
}

function tripleHash(a: number, bc: number): number {
  return Math.imul(bc ^ Math.imul(a, 0xc2b2ae35), 0x27d4eb2f) >>> 0;
}


/** Does `text` hold a member of each of these literal sets (a pattern's exact, needs or inside sets, a context
 * pattern's gates)? One set without a member there means the pattern cannot match in it. */
export function holdsEach(sets: string[][], text: string): boolean {
  for (const set of sets) if (!set.some((l) => text.includes(l))) return false;
  return true;
}

/**
 * The trigger hits (view offsets, with their own reaches where the pattern's triggers have them) around which a
 * match could hold what it needs: for a pattern that reads nothing past its line (`inLine`), a member of each of its
 * `needs` on the hit's line; else a member of each of its `inside` sets in the stretch a match holding the hit can
 * cover — from its reach before the trigger to its longest length after, within the trigger's line where the
 * pattern keeps to it. A line with "password" but none of the "(" and "," of `set("password", "…")` is not worth a
 * try, nor a "so" on a line without the "|" of a table cell.
 */
function holdingInside(view: TextView, p: CompiledPattern, spots: number[], reaches: number[] | undefined): [number[], number[] | undefined] {
  const r = p.reach!;
  const line = p.inLine === true && p.needs !== undefined;
  const sets = line ? p.needs! : p.inside!;
  const original = p.on === 'original';
  const lines = original ? view.original : view.folded;
  const spaced = sets.some((set) => set.some((l) => l.includes(' '))); // (a literal a line break may stand in)
  const keep: number[] = [];
  const kept: number[] | undefined = reaches && [];
  let ls = -1; // the line of the last hit, [ls, le), and whether it holds what the pattern needs
  let le = -1;
  let lineHolds = false;
  const holds = (a: number, b: number) => {
    a = Math.max(0, a);
    b = Math.min(lines.length, b);
    // (In the folded view, as the literals are: the view units of the original's stretch.)
    if (original) {
      a = viewIndexAt(view, a);
      b = viewIndexAt(view, b);
    }
    let stretch = view.folded.slice(a, b);
    if (spaced && stretch.includes('\n')) stretch = stretch.replace(/\n/g, ' '); // line breaks as spaces, as on short texts
    return holdsEach(sets, stretch);
  };
  for (let k = 0; k < spots.length; k++) {
    const h = spots[k];
    const t = original ? (h < view.start.length ? view.start[h] : lines.length) : h;
    const newLine = t >= le || t < ls;
    if (newLine && (line || r.sameLine || r.oneLine)) {
      ls = lineStart(lines, t, !original);
      le = lineEnd(lines, t, !original);
      if (line) lineHolds = holds(ls, le);
    }
    if (line ? !lineHolds : !holds(r.sameLine ? Math.max(ls, t - (reaches ? reaches[k] : r.reach!)) : t - (reaches ? reaches[k] : r.reach!), r.oneLine ? Math.min(le, t + r.max!) : t + r.max!)) continue;
    keep.push(h);
    kept?.push(reaches![k]);
  }
  return [keep, kept];
}

/**
 * The trigger hits (view offsets, with their own reaches) whose line holds, between its start and the trigger, a
 * member of each of the pattern's `before` sets as written in the string the pattern reads (the column separator
 * before a password column's label: a tab, ",", ";" or "|"). A pattern gets `before` only when a match holding a hit
 * starts on the hit's line (TriggerReach.sameLine), so a hit without them is where no match holds the trigger: the
 * same test short texts make (anyHolding), at each hit of a long one (#21: the password-column family tried at every
 * "password" of prose). Hits of one line are judged from one look at it: the first place where all sets have held.
 */
function holdingBefore(view: TextView, p: CompiledPattern, spots: number[], reaches: number[] | undefined): [number[], number[] | undefined] {
  const sets = p.before!;
  const original = p.on === 'original';
  const target = whole(view, p.on);
  const keep: number[] = [];
  const kept: number[] | undefined = reaches && [];
  let ls = -1; // the line of the last hit, [ls, le), and the first offset past which each set has had a member there
  let le = -1;
  let from = -1;
  for (let k = 0; k < spots.length; k++) {
    const h = spots[k];
    const t = original ? (h < view.start.length ? view.start[h] : target.length) : h;
    if (t >= le || t < ls) {
      ls = lineStart(target, t, !original);
      le = lineEnd(target, t, !original);
      from = heldFrom(sets, target, ls, le);
    }
    if (t < from) continue;
    keep.push(h);
    kept?.push(reaches![k]);
  }
  return [keep, kept];
}

/** The smallest x such that [ls, x) holds a member of each set; Infinity when [ls, le) does not. */
function heldFrom(sets: string[][], target: string, ls: number, le: number): number {
  const line = target.slice(ls, le);
  let from = ls;
  for (const set of sets) {
    let first = Infinity;
    for (const l of set) {
      const at = line.indexOf(l);
      if (at >= 0 && ls + at + l.length < first) first = ls + at + l.length;
    }
    if (first === Infinity) return Infinity;
    if (first > from) from = first;
  }
  return from;
}

function tightDigits(p: CompiledPattern): boolean {
  const d = p.digits!;
  return d.gap !== undefined && d.span <= 4 * d.count;
}

/** How far past a range's end a match starting in it may run: its longest length when bounded. */
function runOn(max: number | undefined): number {
  return max === undefined ? RUN_ON : max + LOOKAROUND;
}

/** The string whose characters digit gaps are checked in. Gap characters are ASCII: the folded view has them wherever
 * `lower` has them (and a few more), so it serves for `lower` without building it; `text` keeps the capitals a
 * pattern may ask for (MRZ). */
function gapText(view: TextView, p: CompiledPattern): string {
  return p.on === 'text' ? view.text : view.folded;
}

/** Which string a pattern's digit gaps are read in: the original, `text`, or the folded view (see gapText). */
type GapKind = 'original' | 'text' | 'folded';
const GAP_KINDS: readonly GapKind[] = ['original', 'text', 'folded'];

/**
 * Typed arrays kept by a Matchers from one window of a long text to the next, for the digit tables its regex stage
 * makes (the original's digit offsets, the dense ones, the gaps' classes): at tens of thousands of digits a window,
 * each was ~75 KB, a dozen a window, and as garbage they waited for a full collection (#21: ~6 MB of a streamed
 * file's 4 MB segment). Grown as needed; one regex stage holds them at a time (`busy`). Each buffer is handed out
 * whole: its user reads only the first n entries, all of which it writes.
 */
class DigitRoom {
  busy = false;
  private readonly ints: Int32Array[] = [];
  private readonly shorts: Uint16Array[] = [];
  private runs = new Int32Array(4096);
  private used = 0;
  /** Taken by one regex stage: the arrays `take` hands out from now on are valid until the next stage takes it. */
  hold(): void {
    this.busy = true;
    this.used = 0;
  }
  /** n entries for DigitGaps#runs, one array after another in one buffer (a full buffer is replaced: the arrays
   * already handed out keep the old one). */
  take(n: number): Int32Array {
    if (this.used + n > this.runs.length) {
      this.runs = new Int32Array(Math.max(n, 2 * this.runs.length));
      this.used = 0;
    }
    return this.runs.subarray(this.used, (this.used += n));
  }
  i32(slot: number, n: number): Int32Array {
    const b = this.ints[slot];
    return b && b.length >= n ? b : (this.ints[slot] = new Int32Array(Math.max(n, 2 * (b?.length ?? 0), 4096)));
  }
  u16(slot: number, n: number): Uint16Array {
    const b = this.shorts[slot];
    return b && b.length >= n ? b : (this.shorts[slot] = new Uint16Array(Math.max(n, 2 * (b?.length ?? 0), 4096)));
  }
}

function gapKind(p: CompiledPattern): GapKind {
  return p.on === 'original' ? 'original' : p.on === 'text' ? 'text' : 'folded';
}

/** The string a pattern reads: a pattern on `lower` reads `text` case-insensitively (see rules/compile.ts). */
function whole(view: TextView, on: CompiledPattern['on']): string {
  return on === 'original' ? view.original : on === 'lower' ? view.text : view[on];
}

/** [a, b) of the string a pattern reads. */
function part(view: TextView, on: CompiledPattern['on'], a: number, b: number): string {
  return whole(view, on).slice(a, b);
}

function sameIgnoringBreaks(lower: string, at: number, plain: string): boolean {
  for (let i = 0; i < plain.length; i++) {
    let c = lower.charCodeAt(at + i);
    if (c === 10) c = 32;
    if (c !== plain.charCodeAt(i)) return false;
  }
  return true;
}

// OCR reads a capital I as a small l ("TỐl MẬT"): an l glued to a capital and not to a small letter is that I;
// and a capital M as "rn" between capitals or at a word's edge ("TỐI rnẬT").
// Made on first use: V8 parses a `\p{…}` regex when it is created, which would be at every start-up (#21).
let ocrSmallL: RegExp | undefined;
let ocrSmallRn: RegExp | undefined;

export function isUpper(s: string): boolean {
  // A small ASCII letter that no OCR reading below turns into a capital ("mật", "password"): not in capitals.
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122 && c !== 108 /* l */ && c !== 110 /* n */ && c !== 114 /* r */) return false;
  }
  if (s.includes('l')) s = s.replace((ocrSmallL ??= /(?<=\p{Lu})l(?!\p{Ll})|(?<![\p{L}])l(?=\p{Lu})/gu), 'I');
  if (s.includes('rn')) s = s.replace((ocrSmallRn ??= /(?<=\p{Lu}|^|[^\p{L}])rn(?=\p{Lu}|$|[^\p{L}])/gu), 'M');
  return s !== s.toLowerCase() && s === s.toUpperCase();
}

/** First view unit whose original start is at or after `offset` (the view is monotonic in the original). */
export function viewIndexAt(view: TextView, offset: number): number {
  const a = view.start;
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
