import { isatty } from 'node:tty';
import { UsageError } from '../../errors.js';
import { usageError } from '../../i18n/index.js';
import type { FingerprintKey } from '../../baseline/key.js';
import { jsonParts } from '../../report/json.js';
import type { TextScanner } from '../../engine/scanner.js';
import { kernelEngine } from '../../normalize/kernel.js';
import type { Engine } from '../../engine/engine.js';
import type { LayoutOptions } from '../../report/pretty.js';
import { DEFAULT_MAX_FILE_SIZE, scan, toolInfo, withSkipped } from '../../scan.js';
import type { Lang, Localized, ScanResult, Severity } from '../../types.js';
import { localize } from '../../util/localize.js';
import { mark } from '../../util/timing.js';
import { cliContext, type ContextFlags, exitCode } from '../context.js';
import { type CliIO, useColor, write } from '../io.js';

export interface ScanFlags extends ContextFlags {
  format?: string;
  color?: boolean;
  allowSkipped?: boolean;
  stdinFilename?: string;
  staged?: boolean;
  baseline?: string;
  inlineIgnores?: boolean;
  maxFileSize?: string;
  verbose?: boolean;
  quiet?: boolean;
  severity?: string;
  ascii?: boolean;
  /** False with --no-ignore. */
  ignore?: boolean;
  followLinks?: boolean;
}

const FORMATS = ['pretty', 'compact', 'json', 'sarif'] as const;

/** `promptgate scan [paths…]`: returns the exit code (0 pass, 1 findings at the failing severity, 2 untrusted). */
export async function scanCommand(paths: string[], flags: ScanFlags, io: CliIO): Promise<number> {
  const format = flags.format ?? (io.stdout.isTTY ? 'pretty' : 'json');
  if (!FORMATS.includes(format as never)) throw usageError('unknownFormatOf', { value: format, choices: FORMATS.join(', ') });
  // Precedence: command-line flags, then the config file (.promptgate.yaml), then the defaults.
  const ctx = await cliContext(flags, io);
  mark('context');
  const { config, failOn, lang } = ctx;

  // --staged reads the git index (paths are pathspecs then) and never waits on standard input.
  // (Asked of the descriptor when there is one: building process.stdin would make a pipe non-blocking, see readStdin.)
  const stdinTTY = () => (io.stdinFd ? !io.stdinFd.head && isatty(io.stdinFd.fd) : io.stdin.isTTY);
  const fromStdin = !flags.staged && (paths.includes('-') || (paths.length === 0 && !stdinTTY()));
  if (paths.length === 0 && !fromStdin && !flags.staged) {
    throw new UsageError((await import('../../i18n/index.js')).messages(lang).errors.nothingToScan);
  }
  const filePaths = flags.staged ? [] : paths.filter((p) => p !== '-');
  // Large piped text is streamed in segments (bounded memory); small input is kept whole for the report.
  const limit = await maxFileSize(flags.maxFileSize, lang);
  const stdinSource = io.stdinFd ? { ...io.stdinFd, stream: () => io.stdin } : io.stdin;
  const stdin = fromStdin ? await (await import('../../input/stream.js')).readStdin(stdinSource, flags.stdinFilename ?? '<stdin>', limit ?? DEFAULT_MAX_FILE_SIZE) : undefined;
  const bytes = stdin?.bytes;
  const staged = flags.staged ? await (await import('../../git/staged.js')).readStaged(io.cwd, paths) : undefined;
  const key = flags.baseline || format === 'sarif' ? await ctx.key() : undefined;
  const baseline = flags.baseline ? (await import('../../baseline/baseline.js')).loadBaseline(flags.baseline, key!, io.cwd) : undefined;

  const scanOpts = {
    paths: filePaths,
    bytes,
    chunks: stdin?.chunks,
    inputs: staged?.inputs,
    sourceName: flags.stdinFilename ?? '<stdin>',
    ...ctx.rules,
    lang,
    inlineIgnores: flags.inlineIgnores !== false,
    valueDigests: format === 'sarif', // SARIF fingerprints are made from them; JSON and pretty never show them
    maxFileSize: limit,
    // Large folders are scanned on every core; $PROMPTGATE_WORKERS=1 keeps it to one thread.
    workers: filePaths.length > 0 ? (await import('../../runtime/pool.js')).workerCount(io.env) : 1,
    baseline,
    noIgnore: flags.ignore === false,
    followLinks: !!flags.followLinks,
    fingerprints: ctx.fingerprints,
  };
  // One engine for the scan and the report (rule rationales, what can be redacted): the rules load once.
  const engine = await ctx.engine();
  mark('rules');
  const progress = (format === 'pretty' || format === 'compact') && io.stderr.isTTY ? (await import('../../report/progress.js')).trackProgress(io.stderr, lang) : undefined;
  let result: ScanResult;
  try {
    result = await scan({ ...scanOpts, engine, stages: progress && [progress.stage] });
  } finally {
    progress?.stop();
    await ctx.release(engine);
  }
  mark('scan');
  if (stdin?.tooLarge) result = withSkipped(result, [{ source: scanOpts.sourceName, reason: `document larger than the size limit (${Math.round(stdin.tooLarge / 1048576)} MB > ${Math.round((limit ?? DEFAULT_MAX_FILE_SIZE) / 1048576)} MB); not scanned — raise it with --max-file-size` }]);
  if (staged) result = withSkipped(result, staged.skipped);

  // The pretty report (and chalk) is loaded only when a person will read it. JSON is written piece by piece (a large
  // input's findings make megabytes of it, see report/json.ts).
  if (format === 'json') for (const part of jsonParts(result, { verbose: flags.verbose })) await write(io.stdout, part);
  const text = format === 'json'
    ? ''
    : format === 'sarif'
      ? await sarifText(result, engine, lang, key!)
      : await prettyText(result, engine, { color: useColor(flags.color, io.stdout, io.env), lang, cwd: io.cwd, bytes, sourceName: scanOpts.sourceName, inputs: staged?.inputs, baselineFile: flags.baseline, verbose: flags.verbose, format, layout: layoutOf(flags, io) })
        + suppressedLine(result, lang);
  if (text) await write(io.stdout, text);
  mark('output');
  // Which loop built the matching views of long texts (normalize/kernel.ts): WebAssembly, or its TypeScript fallback.
  if (flags.verbose) io.stderr.write(`promptgate: byte kernel: ${kernelEngine() === 'webassembly' ? 'WebAssembly' : 'TypeScript (WebAssembly unavailable)'}\n`);
  if (format === 'sarif' && key?.warning && !baseline?.warnings.includes(key.warning)) io.stderr.write(`promptgate: warning: ${key.warning}\n`);
  if (result.warnings?.length) {
    const { escapeControls } = await import('../../util/escape.js'); // a file name cannot forge or recolour lines
    for (const w of result.warnings) io.stderr.write(`promptgate: warning: ${escapeControls(w.source)}${w.line ? `:${w.line}` : ''}: ${escapeControls(w.message)}\n`);
  }
  // Machine formats keep stdout clean; a person watching the log still learns what was not checked.
  if ((format === 'json' || format === 'sarif') && result.skipped.length > 0) {
    const [{ escapeControls }, { localizeReason }, { messages }] = await Promise.all([
      import('../../util/escape.js'), // a file name cannot forge the log
      import('../../report/pretty.js'),
      import('../../i18n/index.js'),
    ]);
    const t = messages(lang);
    for (const s of result.skipped) io.stderr.write(`promptgate: ${t.skippedLog}: ${escapeControls(s.source)}: ${escapeControls(localizeReason(s.reason, t))}\n`);
  }
  const code = exitCode(result, failOn, flags.allowSkipped);
  if (flags.staged && code !== 0) io.stderr.write(`\n${localize(code === 1 ? COMMIT_BLOCKED : COMMIT_UNCHECKED, lang)}\n`);
  return code;
}

async function maxFileSize(flag: string | undefined, lang: Lang): Promise<number | undefined> {
  if (flag === undefined) return undefined;
  const mb = Number(flag);
  if (!Number.isFinite(mb) || mb <= 0) {
    const { fill, messages } = await import('../../i18n/index.js');
    throw new UsageError(fill(messages(lang).errors.maxFileSize, { value: flag }));
  }
  return Math.floor(mb * 1024 * 1024);
}

async function prettyText(result: ScanResult, engine: TextScanner, o: { color: boolean; lang: Lang; cwd: string; bytes?: Uint8Array; sourceName: string; inputs?: { name: string; bytes: Uint8Array }[]; baselineFile?: string; verbose?: boolean; format: string; layout: LayoutOptions }): Promise<string> {
  const [{ formatPretty, formatCompact }, { sourceTexts }] = await Promise.all([import('../../report/pretty.js'), import('../../report/source-texts.js')]);
  const rules = new Map(engine.rules.map((r) => [r.id, r]));
  const inMemory = new Map<string, Uint8Array>((o.inputs ?? []).map((i) => [i.name, i.bytes]));
  if (o.bytes) inMemory.set(o.sourceName, o.bytes);
  const textOf = sourceTexts(o.cwd, inMemory);
  if (o.format === 'compact') return formatCompact(result, { lang: o.lang, textOf, baselineFile: o.baselineFile, ...o.layout });
  return formatPretty(result, { color: o.color, lang: o.lang, ruleOf: (id) => rules.get(id), textOf, baselineFile: o.baselineFile, verbose: o.verbose, ...o.layout });
}

/** What is shown and how: --quiet, --severity, the terminal's width (lines stay whole when piped), ASCII symbols. */
function layoutOf(flags: ScanFlags, io: CliIO): LayoutOptions {
  if (flags.severity !== undefined && !['block', 'warn', 'info'].includes(flags.severity)) throw usageError('unknownSeverity', { value: flags.severity });
  const out = io.stdout as { isTTY?: boolean; columns?: number };
  return {
    quiet: flags.quiet,
    minSeverity: flags.severity as Severity | undefined,
    width: out.isTTY && out.columns && out.columns > 0 ? out.columns : undefined,
    ascii: flags.ascii || asciiConsole(io.env),
  };
}

/** Consoles that cannot show ✖ ⚠ ✔ « »: the Linux text console, a dumb terminal, legacy Windows consoles. */
function asciiConsole(env: NodeJS.ProcessEnv): boolean {
  if (env.TERM === 'linux' || env.TERM === 'dumb') return true;
  return process.platform === 'win32' && !env.WT_SESSION && !env.TERM_PROGRAM && !env.TERM;
}

async function sarifText(result: ScanResult, engine: TextScanner, lang: Lang, key: FingerprintKey): Promise<string> {
  const { formatSarif } = await import('../../report/sarif.js');
  return formatSarif(result, { rules: engine.rules, toolVersion: toolInfo().version, lang, fingerprintKey: key.secret });
}

function suppressedLine(r: ScanResult, lang: Lang): string {
  const s = r.suppressed ?? [];
  if (s.length === 0) return '';
  const inline = s.filter((f) => f.suppressedBy === 'inline').length;
  return localize(SUPPRESSED, lang).replace('{inline}', String(inline)).replace('{baseline}', String(s.length - inline)) + '\n';
}

const SUPPRESSED: Localized = {
  en: 'Suppressed: {inline} by inline ignores, {baseline} by the baseline (--format json lists them).',
  vi: 'Đã bỏ qua: {inline} theo chú thích promptgate-ignore, {baseline} theo baseline (--format json liệt kê chi tiết).',
  cs: 'Potlačeno: {inline} vloženými výjimkami, {baseline} baseline (--format json je vypíše).',
};

// What a person at `git commit` needs: what happened, what to do, and that skipping the check is their call.
const COMMIT_BLOCKED: Localized = {
  en: 'promptgate stopped this commit: the staged content above holds sensitive data.\n'
    + 'Remove or replace each finding, `git add` the files again and commit.\n'
    + '`git commit --no-verify` skips this check; that is your decision, and your responsibility.',
  vi: 'promptgate đã dừng commit này: nội dung đã stage ở trên chứa dữ liệu nhạy cảm.\n'
    + 'Hãy xoá hoặc thay từng phát hiện, `git add` lại các tệp rồi commit.\n'
    + '`git commit --no-verify` bỏ qua bước kiểm tra; đó là quyết định và trách nhiệm của bạn.',
  cs: 'promptgate zastavil tento commit: připravený obsah výše obsahuje citlivá data.\n'
    + 'Odstraňte nebo nahraďte každý nález, znovu proveďte `git add` a commit.\n'
    + '`git commit --no-verify` kontrolu přeskočí; je to vaše rozhodnutí a vaše odpovědnost.',
};

const COMMIT_UNCHECKED: Localized = {
  en: 'promptgate stopped this commit: some staged content could not be checked (see above).\n'
    + '`git commit --no-verify` skips this check; that is your decision, and your responsibility.',
  vi: 'promptgate đã dừng commit này: một phần nội dung đã stage không kiểm tra được (xem ở trên).\n'
    + '`git commit --no-verify` bỏ qua bước kiểm tra; đó là quyết định và trách nhiệm của bạn.',
  cs: 'promptgate zastavil tento commit: část připraveného obsahu nešlo zkontrolovat (viz výše).\n'
    + '`git commit --no-verify` kontrolu přeskočí; je to vaše rozhodnutí a vaše odpovědnost.',
};
