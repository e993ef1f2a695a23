import { Chalk, type ChalkInstance } from 'chalk';
import { fill, messages, plural, type Messages } from '../i18n/index.js';
import { markingName, markingRank } from '../i18n/markings.js';
import { type Category, type Finding, type Lang, type Localized, REDACTABLE_BY_DEFAULT, type ScanResult, type Severity, severityRank } from '../types.js';
import { localize } from '../util/localize.js';
import { escapeControls as esc } from '../util/escape.js';
import { mask } from '../util/mask.js';
import { looseValueSpans } from './line-guard.js';
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

/** Display choices beyond the language: which findings, how wide, which symbols. */
export interface LayoutOptions {
  /** Lowest severity shown (`--severity`, `--quiet` is block); the summary still counts every finding. */
  minSeverity?: Severity;
  /** Columns to wrap to, with a hanging indent; undefined (output piped) leaves lines whole. */
  width?: number;
  /** Plain ASCII in place of ✖ ⚠ ✔ « » │ … × where the console cannot show them. */
  ascii?: boolean;
  /** Only the findings and the verdict: no reasons, no summary tables (`--quiet`). */
  quiet?: boolean;
}

const UNICODE = { block: '✖', warn: '⚠', pass: '✔', open: '«', close: '»', bar: '│', more: '…', times: '×' };
const ASCII = { block: 'x', warn: '!', pass: 'v', open: '<<', close: '>>', bar: '|', more: '...', times: 'x' };
type Symbols = typeof UNICODE;

/** Findings of one rule in one file shown as one line: a table column, or neighbours in one sentence. */
interface Group {
  first: Finding;
  all: Finding[];
  /** "D2:D201" for a run down one table column, else the positions (line:column). */
  where: string;
  /** The location without the cell ("sheet 2 “L****”"), when the group is a column. */
  location?: string;
}

/**
 * The report for a person in a hurry, shaped like a linter's: the verdict first (naming the most serious
 * finding); one line per finding (position, severity, title, masked excerpt), a table column or a run of one
 * rule on one line as a single line; why each rule matters and what to do, once per rule; the summary by
 * category and by file. `--verbose` shows every finding with its line, reason and action (the older detail).
 */
export function formatPretty(r: ScanResult, opts: PrettyOptions & LayoutOptions): string {
  const c: ChalkInstance = new Chalk({ level: opts.color ? 1 : 0 });
  const t = messages(opts.lang);
  const sym = opts.ascii ? ASCII : UNICODE;
  const out: string[] = [wrap(colourVerdict(c, r, esc(verdictLine(r, opts)), sym), opts.width, 2), ...(opts.verbose ? [] : [''])];
  const min = severityRank(opts.quiet ? 'block' : opts.minSeverity ?? 'info');
  const shown = r.findings.filter((f) => severityRank(f.severity) >= min);
  const hl = (x: string) => (opts.color ? c.inverse(x) : `${sym.open}${x}${sym.close}`);
  const sevLabel = (s: Severity) => (s === 'block' ? c.red.bold(t.severity.block) : s === 'warn' ? c.yellow.bold(t.severity.warn) : c.dim(t.severity.info));
  const sevWidth = Math.max(...(['block', 'warn', 'info'] as const).map((s) => [...t.severity[s]].length));

  for (const [source, list] of bySource(shown)) {
    out.push(...(opts.verbose ? [''] : []), c.underline(esc(source)));
    // Suppressed values on a shown line are masked like the others: accepted is not public.
    const lines = lineContexts(list, opts.textOf?.(source), (r.suppressed ?? []).filter((f) => f.source === source));
    const excerptOf = (f: Finding) => {
      const ctx = lines.get(f);
      const x = ctx ? `${c.dim(ctx.before)}${hl(ctx.match)}${c.dim(ctx.after)}` : hl(esc(f.excerpt));
      return opts.ascii ? x.replace(/…/g, sym.more) : x;
    };
    if (opts.verbose) {
      for (const f of list) {
        out.push(`  ${c.dim(`${f.line}:${f.column}`.padEnd(8))} ${sevLabel(f.severity)}  ${c.bold(esc(f.message))}  ${c.dim(`[${esc(f.ruleId)}]`)}`);
        out.push(`  ${' '.repeat(8)} ${sym.bar} ${excerptOf(f)}${f.location ? c.dim(`  (${esc(localizeLocation(f.location, t))})`) : ''}`);
        const info = opts.ruleOf?.(f.ruleId);
        const why = info ? localize(info.rationale, opts.lang) : '';
        if (why) out.push(`  ${' '.repeat(8)} ${c.bold(t.why)} ${why}`);
        out.push(`  ${' '.repeat(8)} ${c.bold(t.todo)} ${actionFor(f, info, t)}`);
      }
      continue;
    }
    const groups = groupFindings(list);
    const posWidth = Math.min(14, Math.max(...groups.map((g) => [...g.where].length)));
    for (const g of groups) {
      const n = g.all.length;
      const title = c.bold(esc(g.first.message)) + (n > 1 ? c.bold(` ${sym.times}${n}`) : '');
      const loc = g.location ?? (g.all.length === 1 ? g.first.location : undefined);
      const head = `  ${c.dim(g.where.padEnd(posWidth))}  ${padVisible(sevLabel(g.first.severity), sevWidth)}  `;
      out.push(wrap(`${head}${title}  ${excerptOf(g.first)}${loc ? c.dim(`  (${esc(localizeLocation(loc, t))})`) : ''}`, opts.width, visibleLength(head)));
    }
  }

  if (!opts.verbose && shown.length > 0) out.push('');
  if (!opts.quiet && !opts.verbose && shown.length > 0) out.push(...reasons(shown, opts, t, c));
  if (r.skipped.length > 0) {
    out.push('', c.magenta.bold(t.skipped));
    for (const s of r.skipped) out.push(wrap(`  ${esc(s.source)}: ${esc(localizeReason(s.reason, t))}`, opts.width, 4));
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
  if (!opts.quiet && r.findings.length > 0) out.push(...summaryTables(r, t, c, opts.lang));
  out.push('');
  const checked = accountLine(r, t, !!opts.verbose, opts.lang);
  // "Checked 36 files; 163 findings: …" on one line when nothing was left out; otherwise what was left out stands alone.
  if (checked && leftOut(r) === 0) out.push(wrap(c.dim(`${checked}; ${summaryLine(r, opts.lang)}`), opts.width, 2));
  else {
    if (checked) out.push(wrap(c.yellow(checked), opts.width, 2));
    out.push(c.dim(summaryLine(r, opts.lang)));
  }
  if (r.skipped.length > 0) out.push(wrap(c.magenta(t.incomplete), opts.width, 2));
  return out.join('\n') + '\n';
}

/** "163 findings: 101 block, 56 warn, 1 info; 6 inputs not scanned" — zero parts left out, plurals per language. */
export function summaryLine(r: ScanResult, lang: Lang): string {
  const t = messages(lang);
  const count = (s: Severity) => r.findings.filter((f) => f.severity === s).length;
  const parts = (['block', 'warn', 'info'] as const).filter((s) => count(s) > 0).map((s) => `${count(s)} ${t.severityWord[s]}`);
  return plural(lang, t.count.findings, r.findings.length) + (parts.length > 0 ? `: ${parts.join(', ')}` : '')
    + (r.skipped.length > 0 ? `; ${plural(lang, t.count.notScanned, r.skipped.length)}` : '');
}

/** Why each rule matters (one line a rule), then each piece of advice once, naming the rules it is for. */
function reasons(shown: Finding[], opts: PrettyOptions & LayoutOptions, t: Messages, c: ChalkInstance): string[] {
  const out = [c.bold(t.whyHead)];
  const byAction = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const f of shown) {
    if (seen.has(f.ruleId)) continue;
    seen.add(f.ruleId);
    const info = opts.ruleOf?.(f.ruleId);
    const why = info ? localize(info.rationale, opts.lang) : '';
    const head = `  ${esc(f.message)} ${c.dim(`[${esc(f.ruleId)}]`)}`;
    out.push(wrap(why ? `${head}: ${why}` : head, opts.width, 4));
    const act = actionFor(f, info, t);
    const ids = byAction.get(act) ?? [];
    byAction.set(act, [...ids, f.ruleId]);
  }
  out.push(c.bold(t.todoHead));
  // Findings shown for information need nothing done: their reason above says so.
  byAction.delete(t.action.note);
  for (const [act, ids] of byAction) out.push(wrap(`  ${act} ${c.dim(`(${ids.map(esc).join(', ')})`)}`, opts.width, 4));
  return out;
}

/** Counts by category and by file (the five files with most findings; the rest in one line). */
function summaryTables(r: ScanResult, t: Messages, c: ChalkInstance, lang: Lang): string[] {
  const out = ['', c.bold(t.byCategory)];
  const cats = new Map<Category, Finding[]>();
  for (const f of r.findings) cats.set(f.category, [...(cats.get(f.category) ?? []), f]);
  const rows = [...cats].sort((a, b) => b[1].length - a[1].length);
  const label = (k: Category) => t.categories[k] ?? k;
  const w = Math.max(...rows.map(([k]) => [...label(k)].length));
  for (const [k, l] of rows) out.push(`  ${label(k).padEnd(w)}  ${String(l.length).padStart(5)}  ${c.dim(severityCounts(l, t))}`);
  const files = [...bySource(r.findings)].sort((a, b) => b[1].length - a[1].length);
  if (files.length < 2) return out;
  out.push(c.bold(t.byFile));
  const top = files.slice(0, 5);
  const fw = Math.min(60, Math.max(...top.map(([s]) => [...esc(s)].length)));
  for (const [s, l] of top) out.push(`  ${esc(s).padEnd(fw)}  ${String(l.length).padStart(5)}  ${c.dim(severityCounts(l, t))}`);
  if (files.length > top.length) {
    const rest = files.slice(top.length);
    out.push(c.dim(`  ${fill(t.moreFiles, { files: plural(lang, t.count.files, rest.length), findings: plural(lang, t.count.findings, rest.reduce((n, [, l]) => n + l.length, 0)) })}`));
  }
  return out;
}

function severityCounts(l: Finding[], t: Messages): string {
  return (['block', 'warn', 'info'] as const).map((s) => [s, l.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0).map(([s, n]) => `${n} ${t.severityWord[s]}`).join(', ');
}

function bySource(findings: Finding[]): Map<string, Finding[]> {
  const m = new Map<string, Finding[]>();
  for (const f of findings) {
    let l = m.get(f.source);
    if (!l) m.set(f.source, (l = []));
    l.push(f);
  }
  return m;
}

const CELL = /^(.*?)cell ([A-Z]{1,3})(\d+)(.*)$/s;

/**
 * Findings of one rule in one file, in report order, joined into one line when they run down one table column
 * (same sheet, same column: "D2:D201") or sit on one line of text ("5:1, 5:6, 5:25"). No finding is dropped:
 * the line says how many it stands for.
 */
export function groupFindings(list: Finding[]): Group[] {
  const keyOf = (f: Finding) => {
    const m = f.location ? CELL.exec(f.location) : null;
    return m ? `${f.ruleId}\0col\0${m[1]}\0${m[2]}\0${m[4]}` : `${f.ruleId}\0text\0${f.location ?? ''}`;
  };
  // A run of one rule on neighbouring lines (each within one line of the last) is one line of the report.
  const groups = new Map<string, Finding[][]>();
  for (const f of list) {
    const k = keyOf(f);
    const runs = groups.get(k) ?? [];
    const last = runs[runs.length - 1];
    const prev = last?.[last.length - 1];
    if (last && (k.includes('\0col\0') || f.line <= prev!.line + 1)) last.push(f);
    else runs.push([f]);
    groups.set(k, runs);
  }
  return [...groups.values()].flat().sort((a, b) => a[0]!.line - b[0]!.line || a[0]!.column - b[0]!.column).map((all) => {
    const first = all[0]!;
    const m = first.location ? CELL.exec(first.location) : null;
    if (m && all.length > 1) {
      const rows = all.map((f) => Number(CELL.exec(f.location!)![3]));
      const where = `${m[2]}${Math.min(...rows)}:${m[2]}${Math.max(...rows)}`;
      const rest = `${m[1]}${m[4]}`.replace(/,\s*$/, '').trim();
      return { first, all, where, location: rest || undefined };
    }
    const pos = all.map((f) => `${f.line}:${f.column}`);
    const last = all[all.length - 1]!;
    const where = last.line === first.line ? (pos.length > 3 ? `${pos.slice(0, 3).join(', ')}, …` : pos.join(', ')) : `${pos[0]}–${pos[pos.length - 1]}`;
    return { first, all, where };
  });
}

/** Document locations come in English from the readers; their fixed words are shown in the reader's language. */
export function localizeLocation(location: string, t: Messages): string {
  const words = t.locationWords as Record<string, string>;
  let re = LOCATION_RE.get(t);
  if (!re) {
    const keys = Object.keys(words).sort((a, b) => b.length - a.length).map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    LOCATION_RE.set(t, (re = new RegExp(`(?<![\\p{L}])(?:${keys.join('|')})(?![\\p{L}])`, 'gu')));
  }
  // Names quoted from inside the document (“…”) are content and stay as they are.
  return location.split(/(“[^”]*”)/).map((part, i) => (i % 2 === 1 ? part : part.replace(re!, (m) => words[m] ?? m))).join('');
}

const LOCATION_RE = new WeakMap<Messages, RegExp>();

/**
 * Why an input was not scanned, in the reader's language: the known phrases of the readers' reasons are
 * replaced (what varies in them, {like this}, is carried over); a phrase not in the catalogue stays in English.
 */
export function localizeReason(reason: string, t: Messages): string {
  let table = REASON_RE.get(t);
  if (!table) {
    const words = t.reasonWords as Record<string, string>;
    const en = messages('en').reasonWords as Record<string, string>;
    table = Object.keys(en).sort((a, b) => b.length - a.length).map((k) => {
      const slots: string[] = [];
      const src = k.split(/(\{\w+\})/).map((part, i) => {
        if (i % 2 === 0) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        slots.push(part.slice(1, -1));
        return '(.+?)';
      }).join('');
      return [new RegExp(src, 'g'), (...m: string[]) => fill(words[k] ?? k, Object.fromEntries(slots.map((s, i) => [s, m[i + 1]!])))] as const;
    });
    REASON_RE.set(t, table);
  }
  let s = reason;
  for (const [re, to] of table) s = s.replace(re, to);
  return localizeLocation(s, t);
}

const REASON_RE = new WeakMap<Messages, (readonly [RegExp, (...m: string[]) => string])[]>();

const ANSI = /\x1b\[[0-9;]*m/g;

function visibleLength(s: string): number {
  return [...s.replace(ANSI, '')].length;
}

function padVisible(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - visibleLength(s)));
}

/**
 * Wraps a line to `width` columns at spaces, continuation lines indented by `indent` (a hanging indent). Colour
 * codes take no room; a word longer than the room left stays whole on its own line rather than being cut.
 */
export function wrap(line: string, width: number | undefined, indent: number): string {
  if (!width || visibleLength(line) <= width) return line;
  const lines: string[] = [];
  // Split at single spaces: runs of spaces (indentation, alignment) come back as empty words and are kept.
  const [first, ...rest] = line.split(' ');
  let cur = first!;
  for (const w of rest) {
    if (cur.trim() !== '' && w !== '' && visibleLength(cur) + 1 + visibleLength(w) > Math.max(20, width)) {
      lines.push(cur.trimEnd());
      cur = ' '.repeat(indent) + w;
    } else cur = `${cur} ${w}`;
  }
  lines.push(cur);
  return lines.join('\n');
}

/** Entries left out on purpose and not checked: ignored files and links to folders that were not walked. */
function leftOut(r: ScanResult): number {
  return (r.ignored?.length ?? 0) + (r.notFollowed?.filter((e) => e.by === 'link').length ?? 0);
}

/**
 * What the scan covered, in words: "Checked 12 files; 1 ignored by .gitignore, 1 linked folder not followed
 * (--no-ignore scans ignored files, --follow-links walks linked folders, --verbose names them)".
 */
export function accountLine(r: ScanResult, t: Messages, verbose: boolean, lang: Lang = 'en'): string | undefined {
  if (!r.summary || !r.walked) return undefined;
  const a = t.account;
  const parts: string[] = [];
  const by = new Map<string, number>();
  for (const e of r.ignored ?? []) by.set(e.by, (by.get(e.by) ?? 0) + 1);
  for (const [name, n] of by) parts.push(fill(a.ignoredBy, { n, by: name }));
  const links = r.notFollowed?.filter((e) => e.by === 'link').length ?? 0;
  const again = (r.notFollowed?.length ?? 0) - links;
  if (links > 0) parts.push(plural(lang, a.notFollowed, links));
  if (again > 0) parts.push(plural(lang, a.walkedOnce, again));
  const hints = [[...by.keys()].some((k) => k !== CONFIG_EXCLUDED) ? a.hintIgnore : '', links > 0 ? a.hintLinks : '', leftOut(r) > 0 && !verbose ? a.hintVerbose : ''].filter(Boolean);
  return fill(a.checked, { files: plural(lang, t.count.files, r.summary.scanned) }) + (parts.length > 0 ? `; ${parts.join(', ')}` : '') + (hints.length > 0 ? ` (${hints.join(', ')})` : '');
}

function colourVerdict(c: ChalkInstance, r: ScanResult, line: string, sym: Symbols = UNICODE): string {
  if (r.verdict === 'block') return c.red.bold(`${sym.block} ${line}`);
  if (r.verdict === 'warn' || r.skipped.length > 0 || leftOut(r) > 0) return c.yellow.bold(`${sym.warn} ${line}`);
  return c.green.bold(`${sym.pass} ${line}`);
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
    if (r.skipped.length > 0) return fill(t.verdict.incomplete, { inputs: plural(opts.lang, t.count.inputs, r.skipped.length) });
    // Files ignored or behind links were not read: never a bare "OK to send".
    if (leftOut(r) > 0) return fill(t.account.partial, { n: r.summary?.scanned ?? 0, files: plural(opts.lang, t.count.files, r.summary?.scanned ?? 0), left: plural(opts.lang, t.account.left, leftOut(r)) });
    return acceptedLine(r, opts, t) ?? t.verdict.pass;
  }
  const subject = subjectOf(top, opts, t, r.findings) + (r.findings.length > 1 ? plural(opts.lang, t.count.more, r.findings.length - 1) : '');
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

function subjectOf(f: Finding, opts: Pick<PrettyOptions, 'textOf'>, t: Messages, all: Finding[] = [f]): string {
  if (f.category === 'classified-marking') {
    // Of every marking of this severity, the highest level is named (TỐI MẬT over MẬT).
    let best: string | undefined;
    for (const g of all) {
      if (g.category !== 'classified-marking' || g.severity !== f.severity) continue;
      const text = opts.textOf?.(g.source);
      const name = text !== undefined && g.end <= text.length ? markingName(text.slice(g.start, g.end)) : undefined;
      if (name && (best === undefined || markingRank(name) > markingRank(best))) best = name;
    }
    if (best) return fill(t.verdict.marked, { marking: best });
  }
  return fill(t.verdict.has, { what: f.message });
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
 * The line around each finding, with every finding that touches that line masked (not only the one shown), and
 * every other value on it that looks like a secret or an identifier (`looseValueSpans`: a second password that a
 * pattern consumed, a card its validator doubted, a token no rule knows).
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
  // Values on a shown line that look like secrets or identifiers, found or not (line-guard.ts), by line start.
  const loose = new Map<number, (readonly [number, number])[]>();
  for (const f of findings) {
    const ls = starts[f.line - 1]!;
    const le = lineEnd(text, ls);
    let guard = loose.get(ls);
    if (!guard) loose.set(ls, (guard = looseValueSpans(text.slice(ls, le)).map(([s, e]) => [ls + s, ls + e] as const)));
    // Mask every finding's part of this line and every loose value, then cut the window around the one shown.
    const spans = [...all.filter((g) => g.start < le && g.end > ls).map((g) => [Math.max(g.start, ls), Math.min(g.end, le)] as const), ...guard]
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

/**
 * One line a finding, for grep and editors: `file:line:column: SEVERITY title [rule] «masked excerpt» (location)`,
 * then one line a skipped input, then the verdict and the summary.
 */
export function formatCompact(r: ScanResult, opts: Pick<PrettyOptions, 'lang' | 'textOf' | 'baselineFile'> & LayoutOptions): string {
  const t = messages(opts.lang);
  const sym = opts.ascii ? ASCII : UNICODE;
  const min = severityRank(opts.quiet ? 'block' : opts.minSeverity ?? 'info');
  const out: string[] = [];
  for (const f of r.findings) {
    if (severityRank(f.severity) < min) continue;
    const loc = f.location ? ` (${esc(localizeLocation(f.location, t))})` : '';
    out.push(`${esc(f.source)}:${f.line}:${f.column}: ${t.severity[f.severity]} ${esc(f.message)} [${esc(f.ruleId)}] ${sym.open}${esc(f.excerpt)}${sym.close}${loc}`);
  }
  for (const s of r.skipped) out.push(`${esc(s.source)}: ${t.skipped}: ${esc(localizeReason(s.reason, t))}`);
  out.push(colourVerdict(new Chalk({ level: 0 }), r, esc(verdictLine(r, opts)), sym), summaryLine(r, opts.lang));
  return out.join('\n') + '\n';
}
