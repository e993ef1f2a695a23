import { Chalk, type ChalkInstance } from 'chalk';
import { fill, messages, type Messages } from '../i18n/index.js';
import { markingName } from '../i18n/markings.js';
import { type Category, type Finding, type Lang, type Localized, REDACTABLE_BY_DEFAULT, type ScanResult, severityRank } from '../types.js';
import { localize } from '../util/localize.js';
import { escapeControls as esc } from './escape.js';
import { mask } from './mask.js';
import { CONFIG_EXCLUDED } from '../input/sources.js';

/** What the report needs to know about a rule beyond the finding: why it matters, and whether `redact` can cut it. */
export interface RuleInfo {
  rationale: Localized;
  redactable: boolean;
}

export interface PrettyOptions {
  color: boolean;
  lang: Lang;
  /** The rule behind a finding (from the engine's rule set); without it the category's defaults are used. */
  ruleOf?: (ruleId: string) => RuleInfo | undefined;
  /** The decoded text a source was scanned as, to show each finding in its line; undefined when not at hand. */
  textOf?: (source: string) => string | undefined;
  /** The baseline file the scan used, named when findings were accepted by it. */
  baselineFile?: string;
  /** Name every ignored file and not-followed link (the summary always counts them). */
  verbose?: boolean;
}

/**
 * The report for a person in a hurry: the verdict first (naming the most serious finding), then for each finding
 * its line with every finding on it masked, why it matters in one sentence, and what to do; then a summary.
 */
export function formatPretty(r: ScanResult, opts: PrettyOptions): string {
  const c: ChalkInstance = new Chalk({ level: opts.color ? 1 : 0 });
  const t = messages(opts.lang);
  const out: string[] = [colourVerdict(c, r, esc(verdictLine(r, opts)))];

  const bySource = new Map<string, Finding[]>();
  for (const f of r.findings) {
    let l = bySource.get(f.source);
    if (!l) bySource.set(f.source, (l = []));
    l.push(f);
  }
  for (const [source, list] of bySource) {
    out.push('', c.underline(esc(source)));
    // Suppressed values on a shown line are masked like the others: accepted is not public.
    const lines = lineContexts(list, opts.textOf?.(source), (r.suppressed ?? []).filter((f) => f.source === source));
    for (const f of list) {
      const sev = f.severity === 'block' ? c.red.bold(t.severity.block) : f.severity === 'warn' ? c.yellow.bold(t.severity.warn) : c.dim(t.severity.info);
      const where = `${f.line}:${f.column}`;
      out.push(`  ${c.dim(where.padEnd(8))} ${sev}  ${c.bold(esc(f.message))}  ${c.dim(`[${esc(f.ruleId)}]`)}`);
      const ctx = lines.get(f);
      // Without colour the finding shown is set off by « » from the other masked findings on its line.
      const hl = (x: string) => (opts.color ? c.inverse(x) : `«${x}»`);
      const shown = ctx ? `${c.dim(ctx.before)}${hl(ctx.match)}${c.dim(ctx.after)}` : hl(esc(f.excerpt));
      out.push(`  ${' '.repeat(8)} │ ${shown}${f.location ? c.dim(`  (${esc(f.location)})`) : ''}`);
      const info = opts.ruleOf?.(f.ruleId);
      const why = info ? localize(info.rationale, opts.lang) : '';
      if (why) out.push(`  ${' '.repeat(8)} ${c.bold(t.why)} ${why}`);
      out.push(`  ${' '.repeat(8)} ${c.bold(t.todo)} ${actionFor(f, info, t)}`);
    }
  }
  if (r.skipped.length > 0) {
    out.push('', c.magenta.bold(t.skipped));
    for (const s of r.skipped) out.push(`  ${esc(s.source)}: ${esc(s.reason)}`);
  }
  if (opts.verbose && r.ignored?.length) {
    out.push('', c.yellow.bold(t.account.ignoredHead));
    for (const e of r.ignored) out.push(`  ${esc(e.source)} (${e.by})`);
  }
  const links = r.notFollowed?.filter((e) => e.by === 'link') ?? [];
  if (opts.verbose && links.length > 0) {
    out.push('', c.yellow.bold(t.account.notFollowedHead));
    for (const e of links) out.push(`  ${esc(e.source)}`);
  }
  const blocks = r.findings.filter((f) => f.severity === 'block').length;
  const warns = r.findings.filter((f) => f.severity === 'warn').length;
  out.push('');
  const checked = accountLine(r, t, !!opts.verbose);
  if (checked) out.push(leftOut(r) > 0 ? c.yellow(checked) : c.dim(checked));
  out.push(c.dim(fill(t.summary, { f: r.findings.length, b: blocks, w: warns, s: r.skipped.length })));
  if (r.skipped.length > 0) out.push(c.magenta(t.incomplete));
  return out.join('\n') + '\n';
}

/** Entries left out on purpose and not checked: ignored files and links to folders that were not walked. */
function leftOut(r: ScanResult): number {
  return (r.ignored?.length ?? 0) + (r.notFollowed?.filter((e) => e.by === 'link').length ?? 0);
}

/**
 * What the scan covered, in words: "Checked 12 file(s); 1 ignored by .gitignore, 1 linked folder(s) not followed
 * (--no-ignore scans ignored files, --follow-links walks linked folders, --verbose names them)".
 */
export function accountLine(r: ScanResult, t: Messages, verbose: boolean): string | undefined {
  if (!r.summary || !r.walked) return undefined;
  const a = t.account;
  const parts: string[] = [];
  const by = new Map<string, number>();
  for (const e of r.ignored ?? []) by.set(e.by, (by.get(e.by) ?? 0) + 1);
  for (const [name, n] of by) parts.push(fill(a.ignoredBy, { n, by: name }));
  const links = r.notFollowed?.filter((e) => e.by === 'link').length ?? 0;
  const again = (r.notFollowed?.length ?? 0) - links;
  if (links > 0) parts.push(fill(a.notFollowed, { n: links }));
  if (again > 0) parts.push(fill(a.walkedOnce, { n: again }));
  const hints = [[...by.keys()].some((k) => k !== CONFIG_EXCLUDED) ? a.hintIgnore : '', links > 0 ? a.hintLinks : '', leftOut(r) > 0 && !verbose ? a.hintVerbose : ''].filter(Boolean);
  return fill(a.checked, { n: r.summary.scanned }) + (parts.length > 0 ? `; ${parts.join(', ')}` : '') + (hints.length > 0 ? ` (${hints.join(', ')})` : '');
}

function colourVerdict(c: ChalkInstance, r: ScanResult, line: string): string {
  if (r.verdict === 'block') return c.red.bold(`✖ ${line}`);
  if (r.verdict === 'warn' || r.skipped.length > 0 || leftOut(r) > 0) return c.yellow.bold(`⚠ ${line}`);
  return c.green.bold(`✔ ${line}`);
}

// Which finding a verdict names when several share the worst severity: the one that says most about the text.
const CATEGORY_ORDER: Category[] = [
  'classified-marking', 'fingerprint', 'credential', 'national-id', 'financial', 'sensitive-personal',
  'official-document', 'contact', 'infrastructure',
];

/** The most serious finding: worst severity, then the category order above, then the first in the report. */
export function mostSerious(findings: Finding[]): Finding | undefined {
  let best: Finding | undefined;
  for (const f of findings) {
    if (!best) best = f;
    else {
      const d = severityRank(f.severity) - severityRank(best.severity)
        || CATEGORY_ORDER.indexOf(best.category) - CATEGORY_ORDER.indexOf(f.category);
      if (d > 0) best = f;
    }
  }
  return best;
}

/**
 * The verdict in one line, without colour: "Không được gửi: văn bản có dấu TỐI MẬT (và 2 phát hiện khác)".
 * A marking is named only by its fixed proper name (see markings.ts), never by the matched text; any other
 * finding is named by its rule title. Inputs that could not be scanned, or were left out (ignored, links not
 * followed), never yield "OK to send".
 */
export function verdictLine(r: ScanResult, opts: Pick<PrettyOptions, 'lang' | 'textOf' | 'baselineFile'>): string {
  const t = messages(opts.lang);
  const top = mostSerious(r.findings.filter((f) => f.severity !== 'info'));
  if (!top) {
    if (r.skipped.length > 0) return fill(t.verdict.incomplete, { n: r.skipped.length });
    // Files ignored or behind links were not read: never a bare "OK to send".
    if (leftOut(r) > 0) return fill(t.account.partial, { n: r.summary?.scanned ?? 0, m: leftOut(r) });
    return acceptedLine(r, opts, t) ?? t.verdict.pass;
  }
  const subject = subjectOf(top, opts, t) + (r.findings.length > 1 ? fill(t.verdict.more, { n: r.findings.length - 1 }) : '');
  return fill(top.severity === 'block' ? t.verdict.block : t.verdict.warn, { subject });
}

/** With findings waived by the baseline or inline markers, "nothing was found" would be untrue: say what was accepted. */
function acceptedLine(r: ScanResult, opts: Pick<PrettyOptions, 'baselineFile'>, t: Messages): string | undefined {
  const s = r.suppressed ?? [];
  if (s.length === 0) return undefined;
  const inline = s.filter((f) => f.suppressedBy === 'inline').length;
  const parts = [
    ...(s.length > inline ? [fill(t.verdict.inBaseline, { n: s.length - inline, file: opts.baselineFile ?? DEFAULT_BASELINE_NAME })] : []),
    ...(inline > 0 ? [fill(t.verdict.inline, { n: inline })] : []),
  ];
  return fill(t.verdict.noNew, { accepted: parts.join(', ') });
}

const DEFAULT_BASELINE_NAME = '.promptgate-baseline.json';

function subjectOf(f: Finding, opts: Pick<PrettyOptions, 'textOf'>, t: Messages): string {
  if (f.category === 'classified-marking') {
    const text = opts.textOf?.(f.source);
    const name = text !== undefined && f.end <= text.length ? markingName(text.slice(f.start, f.end)) : undefined;
    if (name) return fill(t.verdict.marked, { marking: name });
  }
  return fill(t.verdict.has, { what: lowerFirst(f.message) });
}

/** "Số căn cước…" reads as "văn bản có số căn cước…"; an acronym ("CCCD", "IBAN") keeps its capitals. */
function lowerFirst(s: string): string {
  const [a, b] = [...s];
  return a && b && a !== a.toLowerCase() && b === b.toLowerCase() ? a.toLowerCase() + s.slice(a.length) : s;
}

/** What a person should do about one finding, by what can be done with it. */
export function actionFor(f: Finding, info: RuleInfo | undefined, t: Messages): string {
  if (f.category === 'classified-marking') return t.action.marking;
  if (f.category === 'fingerprint') return t.action.fingerprint;
  if (f.severity === 'info') return t.action.note;
  const redactable = info ? info.redactable : REDACTABLE_BY_DEFAULT[f.category];
  if (f.category === 'official-document') return redactable ? t.action.official : t.action.marking;
  return redactable ? t.action.redact : t.action.remove;
}

interface LineContext {
  before: string;
  match: string;
  after: string;
}

/** Characters of context shown on each side of a finding. */
const SIDE = 36;

/**
 * The line around each finding, with every finding that touches that line masked (not only the one shown).
 * Context is shown only when the offsets provably belong to this text (a document's findings point into its
 * extracted parts, which are not at hand): each finding's line must agree with its offset. Otherwise the masked
 * excerpt alone is shown.
 */
export function lineContexts(findings: Finding[], text: string | undefined, alsoMasked: Finding[] = []): Map<Finding, LineContext> {
  const out = new Map<Finding, LineContext>();
  if (text === undefined) return out;
  const starts = lineStarts(text);
  const all = alsoMasked.length > 0 ? [...findings, ...alsoMasked] : findings;
  for (const f of all) {
    if (f.start < 0 || f.end > text.length || f.start > f.end || starts[f.line - 1] === undefined) return new Map();
    if (f.start < starts[f.line - 1]! || (starts[f.line] !== undefined && f.start >= starts[f.line]!)) return new Map();
  }
  for (const f of findings) {
    const ls = starts[f.line - 1]!;
    const le = lineEnd(text, ls);
    // Mask every finding's part of this line, then cut the window around the one shown.
    const spans = all.filter((g) => g.start < le && g.end > ls).map((g) => [Math.max(g.start, ls), Math.min(g.end, le)] as const)
      .sort((a, b) => a[0] - b[0]);
    // Segments of the line: plain text (copied) and finding parts (masked), with where each lands in the output.
    const segs: { o0: number; o1: number; m0: number; m1: number; masked: boolean }[] = [];
    let masked = '';
    let pos = ls;
    const push = (o1: number, isMask: boolean) => {
      const piece = isMask ? mask(text.slice(pos, o1), Number.MAX_SAFE_INTEGER) : text.slice(pos, o1);
      segs.push({ o0: pos, o1, m0: masked.length, m1: masked.length + piece.length, masked: isMask });
      masked += piece;
      pos = o1;
    };
    for (const [s, e] of spans) {
      if (e <= pos) continue;
      if (s > pos) push(s, false);
      push(e, true);
    }
    push(le, false);
    // A point inside a masked part snaps outwards, so the shown finding is always wholly inside the highlight.
    const at = (o: number, edge: 'start' | 'end') => {
      const g = edge === 'start' ? segs.find((x) => o >= x.o0 && o < x.o1) : segs.find((x) => o > x.o0 && o <= x.o1);
      if (!g) return edge === 'start' ? masked.length : 0;
      if (g.masked) return edge === 'start' ? g.m0 : g.m1;
      return g.m0 + (o - g.o0);
    };
    const mStart = at(Math.max(f.start, ls), 'start');
    const mEnd = Math.max(mStart, at(Math.min(f.end, le), 'end'));
    out.set(f, window(masked, mStart, mEnd));
  }
  return out;
}

function window(line: string, s: number, e: number): LineContext {
  let from = Math.max(0, s - SIDE);
  let to = Math.min(line.length, e + SIDE);
  // Cut at a space so no word is shown half.
  if (from > 0) {
    const sp = line.indexOf(' ', from);
    from = sp >= 0 && sp < s ? sp + 1 : from;
  }
  if (to < line.length) {
    const sp = line.lastIndexOf(' ', to);
    to = sp > e ? sp : to;
  }
  const clean = (x: string) => x.replace(/\s+/g, ' ');
  let match = clean(line.slice(s, e));
  if (match.length > 60) match = `${match.slice(0, 59)}…`;
  // Control characters from the input are shown as escapes (after the cut, so no escape is cut in half).
  return {
    before: (from > 0 ? '…' : '') + esc(clean(line.slice(from, s)).trimStart()),
    match: esc(match),
    after: esc(clean(line.slice(e, to)).trimEnd()) + (to < line.length ? '…' : ''),
  };
}

/** Offsets where lines begin; lines end at \n, \r\n or \r as in the contract. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

function lineEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}
