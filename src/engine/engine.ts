import { decideCandidates, type RestrictedPart } from '../decide/pipeline.js';
import { LineIndex, type LineFrame } from '../normalize/lines.js';
import { base64Texts } from '../normalize/base64.js';
import { decodedReading } from '../normalize/encodings.js';
import { type StampTerms, stampTerms } from '../normalize/disguise.js';
import { variantView } from '../normalize/variants.js';
import { buildView, Scratch, type TextView } from '../normalize/view.js';
import type { CompiledRule } from '../rules/model.js';
import { mask } from '../util/mask.js';
import type { Finding, Lang } from '../types.js';
import { localize } from '../util/localize.js';
import { accept, contextPossible, documentContextsHold, noneOfWordNear } from '../validate/checks.js';
import { type Candidate, Matchers, SHORT_TEXT, viewIndexAt } from '../match/candidates.js';
import type { TextFacts } from '../validate/checks.js';
import type { TextScanner } from './scanner.js';

/** Units of text matched per window, and the margin read on each side of it. */
export const WINDOW = 1 << 18;
export const OVERLAP = 1 << 13;

/** A piece of a larger input (see scan.ts, large files): report only matches starting in [coreStart, coreEnd);
 * the units outside the core are margin, read for context. */
export interface TextFrame extends LineFrame {
  coreStart: number;
  coreEnd: number;
}

export interface ScanTextOptions {
  lang?: Lang;
  frame?: TextFrame;
  /** Internal: how many decoding layers (base64, hex, percent, escapes, entities) deep this text is. */
  depth?: number;
  /** The text was extracted from a document (not read as plain text): inline-ignore markers in it waive nothing. */
  document?: boolean;
  /** Parts of the text whose findings count only for some categories (decision step 3, applied after the scanner's
   * stages by the post-filter, see decide/pipeline.ts). */
  parts?: readonly RestrictedPart[];
  /** Called with each window's matching view, built from original[base…], and the window's core [from, to):
   * lets another reader of the text (fingerprints) use the views instead of building them again. */
  onView?: (view: TextView, base: number, from: number, to: number) => void;
  /** Called between two windows of a long text (before each after the first): a streamed scan bounds its garbage
   * there (runtime/large-file.ts). */
  betweenWindows?: () => void;
}

/** A decoded text is decoded once more, no further. */
const MAX_DECODE_DEPTH = 2;

/**
 * A compiled rule set, ready to scan any number of texts: normalise → match → validate → findings.
 * Build it once per run; it holds no per-text state.
 */
export class Engine implements TextScanner {
  readonly rules: CompiledRule[];
  private readonly matchers: Matchers;
  /** The stamp terms the rules look for in capitals: what a letter disguise is read back to. */
  private readonly stamps: StampTerms;
  /** A scratch for long texts, free for the next one (see scanText). */
  private spare?: Scratch;

  /** `prefilter: false` runs every regex over every text in full: slow, for tests proving the prefilters exact. */
  constructor(rules: CompiledRule[], opts: { prefilter?: boolean } = {}) {
    this.rules = rules;
    this.matchers = new Matchers(rules.filter((r) => r.enabled), opts.prefilter ?? true);
    const stamps = rules.filter((r) => r.enabled && r.category === 'classified-marking' && r.keywordOptions.case === 'upper');
    this.stamps = stampTerms(stamps.flatMap((r) => r.keywords.map((k) => k.folded)));
  }

  /** Builds what long texts need (the keyword-and-trigger automaton) ahead of the first one: for the build step,
   * which stores it with the built-in rules. */
  prepareLongTexts(): this {
    this.matchers.prepareLongTexts();
    return this;
  }

  scanText(text: string, source: string, opts: ScanTextOptions = {}): Finding[] {
    const lang = opts.lang ?? 'en';
    const lines = new LineIndex(text, opts.frame);
    const coreStart = opts.frame?.coreStart ?? 0;
    const coreEnd = opts.frame?.coreEnd ?? text.length;
    const kept: Candidate[] = [];
    // (One scratch is kept between texts, e.g. the segments of a large file: its WebAssembly memory is made once.
    // Taken while in use, so a nested scan, of a decoded reading, makes its own.)
    const scratch = text.length > 1 << 16 ? (this.spare ?? new Scratch(WINDOW + 3 * OVERLAP + 64)) : undefined;
    if (scratch) this.spare = undefined;
    // Large texts are matched window by window: memory stays bounded and the buffers stay small enough to be
    // cheap to allocate. Each window is read with OVERLAP units of margin on both sides (longer than any match
    // or context window), and keeps only the candidates that start inside it, so a match that spans a window
    // boundary is found exactly once.
    for (let a = coreStart; a < coreEnd || a === coreStart; ) {
      let b = Math.min(coreEnd, a + WINDOW);
      if (b < coreEnd) {
        const nl = text.indexOf('\n', b);
        if (nl >= 0 && nl - b < OVERLAP / 2) b = nl + 1; // prefer to cut at a line break
      }
      const ws = Math.max(0, a - OVERLAP);
      const we = Math.min(text.length, b + OVERLAP);
      // A long text's windows: the byte kernel runs the long-text automaton in the same pass, then marks where the
      // second readings' scanners may start (see normalize/kernel.ts).
      const view = buildView(ws === 0 && we === text.length ? text : text.slice(ws, we), scratch, scratch && this.matchers.longTextAutomaton(), true);
      opts.onView?.(view, ws, a, b);
      const facts = { view, lines, text, base: ws };
      // Rules whose context cannot hold in this view (judged in it for the variant reading too) run no regex; asked
      // once a rule, and only of a short view (in a long one the look-up of the words would cost more than it saves).
      const asked = new Map<CompiledRule, boolean>();
      const possible = view.folded.length > SHORT_TEXT ? undefined : (rule: CompiledRule) => {
        let ok = asked.get(rule);
        if (ok === undefined) asked.set(rule, (ok = contextPossible(rule, view)));
        return ok;
      };
      this.matchers.find(view, (c) => {
        c.os += ws;
        c.oe += ws;
        if (c.os >= a && (c.os < b || b === text.length) && accept(c, facts)) kept.push(c);
      }, possible, searchable(view));
      // A second reading of the few lines with letter-spaced words, typing leftovers or legacy encodings.
      const variant = variantView(view, this.stamps);
      if (variant) {
        const vfacts = { view: variant, lines, text, base: ws };
        this.matchers.find(variant, (c) => {
          c.os += ws;
          c.oe += ws;
          if (c.os >= a && (c.os < b || b === text.length) && acceptVariant(c, vfacts, facts)) kept.push(c);
        }, possible);
      }
      if (b >= coreEnd) break;
      a = b;
      opts.betweenWindows?.();
    }
    if (scratch) this.spare = scratch;
    // Decision steps 1–2 (decide/pipeline.ts): one candidate per place and category, no lists of levels.
    const findings = decideCandidates(kept, lines, text).map((c): Finding => {
      const a = lines.position(c.os);
      const b = lines.position(c.oe);
      return {
        ruleId: c.rule.id,
        category: c.rule.category,
        severity: c.rule.severity,
        source,
        line: a.line,
        column: a.column,
        endLine: b.line,
        endColumn: b.column,
        excerpt: mask(text.slice(c.os, c.oe)),
        message: localize(c.rule.title, lang),
        start: c.os,
        end: c.oe,
      };
    });
    if ((opts.depth ?? 0) < MAX_DECODE_DEPTH) {
      const inCore = (f: Finding) => f.start >= coreStart && f.start < coreEnd;
      findings.push(...this.inBase64(text, source, opts, lines).filter(inCore), ...this.inDecoded(text, source, opts, lines, findings).filter(inCore));
    }
    return findings;
  }

  /**
   * Findings inside base64 blobs that decode to text: each points at the whole blob (the decoded text has no
   * place in the original) and says what was decoded.
   */
  private inBase64(text: string, source: string, opts: ScanTextOptions, lines: LineIndex): Finding[] {
    const out: Finding[] = [];
    for (const blob of base64Texts(text)) {
      const seen = new Set<string>();
      for (const f of this.scanText(blob.text, source, { ...opts, frame: undefined, onView: undefined, depth: (opts.depth ?? 0) + 1 })) {
        if (seen.has(f.ruleId)) continue;
        seen.add(f.ruleId);
        const a = lines.position(blob.start);
        const b = lines.position(blob.end);
        const suffix = opts.lang === 'vi' ? ' (trong văn bản giải mã base64)' : opts.lang === 'cs' ? ' (v textu dekódovaném z base64)' : ' (in base64-decoded text)';
        out.push({ ...f, line: a.line, column: a.column, endLine: b.line, endColumn: b.column, start: blob.start, end: blob.end, message: f.message + suffix });
      }
    }
    return out;
  }

  /**
   * Findings that only the decoded reading shows (hex, percent-encoding, escapes, character references): each points
   * at exactly the encoded characters of its value and says which decoding revealed it. Findings of the reading that
   * touch no decoded character, or that the text itself already holds, are not repeated.
   */
  private inDecoded(text: string, source: string, opts: ScanTextOptions, lines: LineIndex, found: Finding[]): Finding[] {
    const reading = decodedReading(text);
    if (!reading) return [];
    const out: Finding[] = [];
    // Like base64 blobs: the reading's views are not the text's (their offsets are the reading's), so onView is not passed on.
    for (const f of this.scanText(reading.text, source, { ...opts, frame: undefined, onView: undefined, depth: (opts.depth ?? 0) + 1 })) {
      const kinds = new Set<number>();
      // The value's own characters, or the units just around it (an escaped line break that makes a stamp stand alone).
      for (let k = Math.max(0, f.start - 1); k < Math.min(reading.kind.length, f.end + 1); k++) if (reading.kind[k] !== 0) kinds.add(reading.kind[k]);
      if (kinds.size === 0) continue;
      const start = reading.start[f.start];
      const end = reading.end[f.end - 1];
      const same = (g: Finding) => g.ruleId === f.ruleId && g.start < end && start < g.end;
      if (found.some(same) || out.some(same)) continue;
      const a = lines.position(start);
      const b = lines.position(end);
      const message = f.message + decodedSuffix(kinds, opts.lang ?? 'en');
      out.push({ ...f, line: a.line, column: a.column, endLine: b.line, endColumn: b.column, start, end, excerpt: mask(text.slice(start, end)), message });
    }
    return out;
  }
}

const DECODING_NAMES: Record<Lang, string[]> = {
  en: ['hex', 'percent-encoding', '\\u/\\x escapes', 'HTML character references'],
  vi: ['hex', 'mã hoá phần trăm', 'chuỗi thoát \\u/\\x', 'tham chiếu ký tự HTML'],
  cs: ['hex', 'procentového kódování', 'escape sekvencí \\u/\\x', 'znakových entit HTML'],
};

function decodedSuffix(kinds: Set<number>, lang: Lang): string {
  const names = [...kinds].sort().map((k) => DECODING_NAMES[lang][k - 1]).join(', ');
  return lang === 'vi' ? ` (trong văn bản giải mã từ ${names})` : lang === 'cs' ? ` (v textu dekódovaném z ${names})` : ` (in text decoded from ${names})`;
}

// A candidate from a derived view is judged twice: its value (exceptions, validators) as the derived view reads
// it ("4 1 1 1 …" joined is the test card), its place (layout, context) in the main view around the original
// characters, so that context words far away in the document still count. A word that cancels it near the value
// (a window or line context's noneOf) counts in the derived view too: "S E C R E T  S A N T A" (round 43).
const valueOnly = new WeakMap<CompiledRule, CompiledRule>();
const placeOnly = new WeakMap<CompiledRule, CompiledRule>();

function acceptVariant(c: Candidate, vfacts: TextFacts, facts: TextFacts): boolean {
  const rule = c.rule;
  let v = valueOnly.get(rule);
  if (!v) valueOnly.set(rule, (v = { ...rule, layout: undefined, context: undefined }));
  if (!accept({ ...c, rule: v }, vfacts)) return false;
  if (rule.context && noneOfWordNear(rule.context, c, vfacts.view)) return false;
  let p = placeOnly.get(rule);
  if (!p) placeOnly.set(rule, (p = { ...rule, validators: [], exceptionValues: new Set(), exceptionPatterns: [] }));
  const vs = viewIndexAt(facts.view, c.os - facts.base);
  const ve = Math.max(vs + 1, viewIndexAt(facts.view, c.oe - facts.base));
  return accept({ ...c, vs, ve, rule: p }, facts);
}

/** For a view whose candidates `accept` judges in the view itself: a rule whose document-scope contexts do not hold
 * there has no candidate to search for (Matchers.find `searchable`). */
function searchable(view: TextView): (rule: CompiledRule) => boolean {
  return (rule) => documentContextsHold(rule, view);
}
