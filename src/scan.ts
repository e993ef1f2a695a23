import { closeSync, constants, fstatSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { fileChunks, scanChunks } from './runtime/large-file.js';
import { readWhole, STREAM_THRESHOLD } from './input/stream.js';
import { decode } from './decode/decode.js';
import { PostFilter, type PostFilterOptions } from './runtime/post-filter.js';
import { documentKind } from './input/extract/detect.js';
import { compose, type StageCall, type TextScanner } from './engine/scanner.js';
import { collectSources, type Passed, type Source } from './input/sources.js';
import type { RuleSetOptions } from './rules/ruleset.js';
import { createEngine, releaseEngine } from './runtime/regex-watchdog.js';
import { excludedPath, type PathExclusions } from './config/paths.js';
import type { Finding, Lang, ScanResult, ScanSummary, Skipped } from './types.js';
import { result } from './decide/verdict.js';
import { RuleSetError } from './errors.js';
import './runtime/node-platform.js'; // installs the engine's Node platform
import type { WarmFile } from './fingerprint/parallel.js';

export interface ScanOptions extends RuleSetOptions, PostFilterOptions {
  /** Files and folders to scan. */
  paths?: string[];
  /** Text to scan directly (the library's way to scan a prompt); shown as `source`. */
  text?: string;
  /** Raw bytes to scan (e.g. standard input), decoded like a file. */
  bytes?: Uint8Array;
  /** A large text read as a stream of byte chunks (piped standard input), scanned in segments as `sourceName`. */
  chunks?: AsyncIterable<Uint8Array>;
  /** In-memory inputs scanned like files (e.g. staged blobs from the git index); `name` is the shown source. */
  inputs?: { name: string; bytes: Uint8Array }[];
  /** Name shown for `text`/`bytes` (default "<stdin>"). */
  sourceName?: string;
  lang?: Lang;
  /** A compiled engine (or another TextScanner, e.g. the watched one) to reuse across calls (the rule options are
   * then ignored). */
  engine?: TextScanner;
  /** Stages around the scan's own (fingerprints, then the post-filter), outermost last: e.g. progress. */
  stages?: StageCall[];
  /** Files larger than this many bytes are skipped with a reason (default 512 MB). */
  maxFileSize?: number;
  /** Files never scanned (a config file's `exceptions.paths`): .gitignore globs relative to `base`. */
  excludePaths?: PathExclusions;
  /**
   * Worker threads for large folder scans (default 1: off). Workers build their own engine from the rule options
   * above (so not with a baseline, whose matcher stays on the main thread); the output is the same either way.
   */
  workers?: number;
  /** Also scan what .gitignore/.promptgateignore and `node_modules` leave out (`--no-ignore`). */
  noIgnore?: boolean;
  /** Walk into symbolic links to folders, each folder once (`--follow-links`). */
  followLinks?: boolean;
  /** A fingerprint store of registered documents (see src/fingerprint/), and its outside key if it has one.
   * A store that cannot be used throws StoreError (exit 2): never a scan that silently skipped it. */
  fingerprints?: { store: string; key?: Uint8Array };
}

/** Scans text, bytes or paths with the rule set and returns the contract's result. Never throws for bad inputs:
 * they are listed in `skipped`. Throws RuleSetError for an invalid rule set. */
export async function scan(opts: ScanOptions): Promise<ScanResult> {
  // Inline ignores and the baseline are applied to each text right after matching, before the verdict.
  const post = new PostFilter(opts);
  // With rules written by users, matching runs in a watched worker so a runaway regex cannot hang the run.
  const own = opts.engine ? undefined : createEngine(opts);
  const store = opts.fingerprints ? await openFingerprints(opts.fingerprints, own) : undefined;
  // One seam, in order: the engine, fingerprints, the post-filter (digests, inline ignores, baseline), the caller's.
  const base = opts.engine ?? own!;
  const engine = compose(base, [store?.stage, post.stage(base.rules), ...(opts.stages ?? [])]);
  // Fail closed: a run with no active rule would report "pass" without having checked anything.
  if (!engine.rules.some((r) => r.enabled)) {
    if (own) releaseEngine(own);
    throw new RuleSetError([{ file: '(rule set)', line: 1, column: 1, message: 'no rule is active, so nothing would be checked', fix: 'drop --no-builtin, or add rules with --rules or in .promptgate.yaml' }]);
  }
  const findings: Finding[] = [];
  const skipped: Skipped[] = [];
  // Every input is accounted for: the texts and files meant to be scanned, and what was left out on purpose.
  const inputs: string[] = [];
  const ignored: Passed[] = [];
  const notFollowed: Passed[] = [];
  const name = opts.sourceName ?? '<stdin>';
  if (opts.text !== undefined) {
    inputs.push(name);
    findings.push(...engine.scanText(stripBom(opts.text), name, { lang: opts.lang }));
  }
  // A large input starts the fingerprint worker before its text is read and decoded (see fingerprint/parallel.ts).
  const warm = store && ((bytes: number, file?: () => WarmFile | undefined) => store.warm(bytes, file));
  if (opts.bytes !== undefined) {
    warm?.(opts.bytes.length);
    inputs.push(name);
    await scanBytes(engine, opts.bytes, name, opts, findings, skipped);
  }
  if (opts.chunks !== undefined) {
    warm?.(Infinity);
    inputs.push(name);
    await scanChunks(engine, opts.chunks, name, opts.lang, findings, skipped);
  }
  for (const i of opts.inputs ?? []) {
    warm?.(i.bytes.length);
    inputs.push(i.name);
    await scanBytes(engine, i.bytes, i.name, opts, findings, skipped);
  }
  if (opts.paths && opts.paths.length > 0) {
    const c = await collectSources(opts.paths, { noIgnore: opts.noIgnore, followLinks: opts.followLinks, exclude: (s) => excludedPath(s, opts.excludePaths) });
    skipped.push(...c.skipped);
    ignored.push(...c.ignored);
    notFollowed.push(...c.notFollowed);
    const files = c.sources;
    inputs.push(...files.map((s) => s.display));
    const pooled = await scanPooled(files, opts);
    if (pooled) {
      for (const r of pooled) {
        findings.push(...r.findings);
        skipped.push(...r.skipped);
        post.absorb(r.suppressed, r.warnings);
      }
    } else for (const s of files) await scanSource(engine, s, opts, findings, skipped, warm);
  }
  if (own) releaseEngine(own);
  store?.close();
  const r = post.finish(result(findings, skipped));
  return { ...account(r, inputs, ignored, notFollowed), ...(opts.paths?.length ? { walked: true } : {}) };
}

/**
 * Adds what the scan accounts for: `complete` (false whenever anything was skipped), the `summary` counts, the
 * `tool`, and the names of ignored and not-followed entries (shown with --verbose).
 */
export function account(r: ScanResult, inputs: string[], ignored: Passed[] = [], notFollowed: Passed[] = []): ScanResult {
  const unread = new Set(r.skipped.map((s) => s.source));
  const findings = { block: 0, warn: 0, info: 0 };
  for (const f of r.findings) findings[f.severity]++;
  const summary: ScanSummary = {
    files: inputs.length,
    scanned: inputs.filter((i) => !unread.has(i)).length,
    skipped: r.skipped.length,
    ignored: ignored.length,
    notFollowed: notFollowed.length,
    findings,
  };
  return { ...r, complete: r.skipped.length === 0, summary, tool: toolInfo(), ignored, notFollowed };
}

/** The result with inputs that never reached the scan (staged entries that could not be read, oversized standard
 * input) listed first in `skipped`, and accounted for. */
export function withSkipped(r: ScanResult, extra: Skipped[]): ScanResult {
  if (extra.length === 0) return r;
  const skipped = [...extra, ...r.skipped];
  const summary = r.summary && { ...r.summary, files: r.summary.files + extra.length, skipped: skipped.length };
  return { ...r, skipped, complete: false, ...(summary ? { summary } : {}) };
}

/** The name and version this result came from (package.json beside dist/; read once, informative only). */
let tool: { name: string; version: string } | undefined;
export function toolInfo(): { name: string; version: string } {
  if (!tool) {
    let version = '0.0.0';
    try {
      version = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: string }).version ?? version;
    } catch { /* informative only */ }
    tool = { name: 'promptgate', version };
  }
  return tool;
}

async function openFingerprints(f: NonNullable<ScanOptions['fingerprints']>, own: TextScanner | undefined) {
  const [{ FingerprintStore }, { parallelFingerprintStage }] = await Promise.all([import('./fingerprint/store-file.js'), import('./fingerprint/parallel.js')]);
  try {
    const store = FingerprintStore.open(f.store, f.key && Buffer.from(f.key));
    // Large texts are checked in a worker thread while the rules run (see fingerprint/parallel.ts).
    const p = parallelFingerprintStage(store);
    return {
      stage: p.stage,
      warm: p.warm,
      close: () => {
        p.close();
        store.close();
      },
    };
  } catch (e) {
    if (own) releaseEngine(own);
    throw e;
  }
}

/** Large folders on several cores (see input/pool.ts); undefined when not worth it, or if a worker failed. */
async function scanPooled(files: Source[], opts: ScanOptions) {
  const workers = Math.min(opts.workers ?? 1, files.length);
  if (workers < 2 || opts.baseline || opts.fingerprints || files.length === 0) return undefined;
  const sizes = files.map((s) => {
    try {
      return s.kind === 'file' ? statSync(s.path).size : 0;
    } catch {
      return 0;
    }
  });
  const { POOL_MIN_BYTES, scanInWorkers } = await import('./runtime/pool.js');
  if (sizes.reduce((a, b) => a + b, 0) < POOL_MIN_BYTES) return undefined;
  const { builtin, packs, extra, regexSafety, overrides, exceptions, lang, maxFileSize, inlineIgnores, valueDigests } = opts;
  try {
    return await scanInWorkers(files, sizes, { builtin, packs, extra, regexSafety, overrides, exceptions, lang, maxFileSize, inlineIgnores, valueDigests }, workers);
  } catch {
    return undefined; // e.g. options that cannot be cloned into a worker: the single-threaded path gives the same
  }
}

/** The first bytes of an open file (to tell a document from text), read without moving its position. */
function readHead(fd: number): Uint8Array {
  const head = Buffer.alloc(4096);
  try {
    return head.subarray(0, readSync(fd, head, 0, head.length, 0));
  } catch {
    return new Uint8Array(0);
  }
}

export const DEFAULT_MAX_FILE_SIZE = 512 * 1024 * 1024;

function mb(n: number): string {
  return `${(n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

function stripBom(t: string): string {
  return t.charCodeAt(0) === 0xfeff ? t.slice(1) : t;
}

/**
 * Scans one file of a folder walk. The file is opened once, without blocking (a FIFO swapped in after the walk
 * must not hang the scan), and checked on the open descriptor: what is read is what was checked, with no window
 * between a check by name and the read.
 */
export async function scanSource(engine: TextScanner, s: Source, opts: ScanOptions, findings: Finding[], skipped: Skipped[], warm?: (bytes: number, file?: () => WarmFile | undefined) => void) {
  if (s.kind !== 'file') return;
  let fd: number;
  try {
    fd = openSync(s.path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    skipped.push({ source: s.display, reason: unreadable(e) });
    return;
  }
  let bytes: Uint8Array;
  let release: (() => void) | undefined;
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) {
      skipped.push({ source: s.display, reason: 'not a regular file (device, FIFO or socket); not scanned' });
      return;
    }
    const limit = opts.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    if (st.size > limit) {
      skipped.push({ source: s.display, reason: `larger than the size limit (${mb(st.size)} > ${mb(limit)}); not scanned — raise it with --max-file-size` });
      return;
    }
    // A plain-text file read whole below: the fingerprint worker may read it for itself (no copy of its text).
    warm?.(st.size, () => (st.size <= STREAM_THRESHOLD && !documentKind(s.display, readHead(fd)) ? { source: s.display, path: s.path, dev: st.dev, ino: st.ino, size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs } : undefined));
    // Large plain-text files are streamed in segments; documents go through their extractors (with their own limits).
    if (st.size > STREAM_THRESHOLD && !documentKind(s.display, readHead(fd))) {
      // (The descriptor is closed below, once the chunks are read.)
      await scanChunks(engine, fileChunks(fd), s.display, opts.lang, findings, skipped);
      return;
    }
    ({ bytes, release } = readWhole(fd, st.size));
  } catch (e) {
    skipped.push({ source: s.display, reason: unreadable(e) });
    return;
  } finally {
    if (fd >= 0) closeSync(fd);
  }
  try {
    await scanBytes(engine, bytes, s.display, opts, findings, skipped, release);
  } finally {
    release?.();
  }
}

function unreadable(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'disappeared before it could be read' : code === 'EACCES' ? 'permission denied' : `cannot be read (${code ?? 'error'})`;
}

/** `release`: lets the bytes go, once decoded (see readWhole). */
async function scanBytes(engine: TextScanner, bytes: Uint8Array, source: string, opts: ScanOptions, findings: Finding[], skipped: Skipped[], release?: () => void) {
  // Office files, PDFs, e-mails, HTML, RTF and CSV go through an extractor (loaded only for them).
  const kind = documentKind(source, bytes);
  if (kind) {
    const { scanDocument } = await import('./runtime/scan-document.js');
    const r = await scanDocument(engine, kind, bytes, source, opts.lang);
    findings.push(...r.findings);
    skipped.push(...r.skipped);
    return;
  }
  const d = decode(bytes);
  release?.();
  if (!d.ok) {
    skipped.push({ source, reason: d.reason });
    return;
  }
  if (d.problem) skipped.push({ source, reason: `${d.problem} (the rest was scanned)` });
  findings.push(...engine.scanText(d.text, source, { lang: opts.lang }));
}
