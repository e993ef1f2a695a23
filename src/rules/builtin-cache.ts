import { isAscii } from 'node:buffer';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type AutomatonTables, prebuiltAutomata } from '../match/aho-corasick.js';
import { automatonKey, decodeAutomata, encodeAutomata } from './automaton-file.js';
import { analyzePattern, foldedTriggers, type PatternAnalysis } from '../analyze/pattern.js';
import { bmpRanges, propertySpans } from '../analyze/bmp.js';
import { termMemo } from '../normalize/view.js';
import { builtinAnalysis, builtinContexts, builtinRuleTexts, builtinTitles, builtinTriggers, compileRule, contextAnalysis, contextGates, exceptionGates, MORE_KEYS, runFlags } from './compile.js';
import { type BmpTable, bmpSource, compileRegex, rangePairs, useBmpRanges } from './regex.js';
import { loadRuleFile, type LoadResult } from './load.js';
import type { RawContext, RawPatternObject, RawRule } from './model.js';
import type { Localized } from '../types.js';

/**
 * The built-in rule files, parsed and checked at build time into one JSON file: a scan then loads neither the YAML
 * parser nor parses YAML (~100 ms on a cold start). Each entry records the file's size, mtime and a digest of its
 * bytes; an edited file (a developer at work, an officer patching a pack in place) no longer matches and is read from
 * its YAML again. The mtime is only the quick path: a copy or an npm install (npm packs every file with one fixed
 * date) changes it, and the digest then tells that the content is still the same.
 */
const CACHE = resolve(dirname(fileURLToPath(import.meta.url)), '../builtin-rules.json');
/** The keyword automaton of the built-in rules, made at build time too (see match/automaton-file.ts). */
const AUTOMATA = resolve(dirname(CACHE), 'builtin-automata.bin');
/** The automaton for long texts (keywords and regex triggers), in a file of its own: a prompt never reads it. */
const AUTOMATA_LONG = resolve(dirname(CACHE), 'builtin-automata-long.bin');
/**
 * The rule texts a scan never reads (rationale, regulation, examples: 40% of the JSON) are in a second file, read
 * when one of them is first asked for (explain, rules test, the pretty and SARIF reports).
 */
const DOCS = resolve(dirname(CACHE), 'builtin-rule-docs.json');
const DOC_KEYS = ['rationale', 'regulation', 'examples', 'written'] as const;
/**
 * The BMP code points of each Unicode property escape, or class holding one, that the patterns use (see
 * analyze/bmp.ts), once per escape or class, written in ASCII (read as a one-byte string, no UTF-8 decoding) when
 * the first pattern is compiled in its BMP form, each list parsed when first asked for (see bmpRangesFile).
 */
const BMP = resolve(dirname(CACHE), 'builtin-bmp.txt');
/**
 * Each pattern's regex source, where its property escapes are (`bmp`) and the prefilters only a woken pattern reads
 * (`exact`, `prune`, `needs`…: see rules/compile.ts builtinAnalysis), then each rule's title (builtinTitles): a first
 * line of JSON, `{ stamp }`, then each piece as a line of JSON at the offset its pattern's `analysis.more` (its rule's
 * `raw.title`) gives, in ASCII. Since the sources and titles are here (#21, session 16), the file is read with the cache
 * and its stamp checked there, like the context file: a cache whose analysis file is missing or of another build is
 * not used (the rules are read from their YAML), and a piece that cannot be read throws (exit 2). An offset rather
 * than a pair, the pieces ended by their line break: ~800 two-number arrays fewer in the cache's parse.
 */
const MORE = resolve(dirname(CACHE), 'builtin-analysis.txt');
/**
 * The rules' contexts (see rules/compile.ts builtinContexts): a first line of JSON, `{ stamp }`, then each rule's
 * `context` as a line of JSON at the offset its cached entry's `contextAt` gives, in ASCII. Read with the cache (a cache whose
 * context file is missing or of another build is not used: the rules are read from their YAML), each piece parsed
 * when its rule's context is first read.
 */
const CONTEXTS = resolve(dirname(CACHE), 'builtin-contexts.txt');
type RuleDocs = Pick<RawRule, (typeof DOC_KEYS)[number]>;

interface Entry {
  size: number;
  mtimeMs: number;
  digest: string;
  result: LoadResult;
  /** The vocabulary files the rule file uses (relative to the built-in folder): an edit to one voids the entry too. */
  uses?: { path: string; size: number; mtimeMs: number; digest: string }[];
}

interface CacheFile {
  files: Record<string, Entry>;
  /** Normalised forms of every keyword and context term of the built-in rules. */
  terms: [raw: string, plain: string, folded: string][];
  /** The patterns' trigger lists, each distinct list once (a cached pattern's `analysis.triggers` is its index here):
   * 469 lists for 606 patterns, so ~950 strings fewer to parse, and patterns with one list share one array. */
  triggerLists?: string[][];
  /** Stamp of this build: the automata and rule-text files written with this cache carry it (a file from another
   * build is not used). */
  stamp?: number;
  /** The built-in packs and their rule files (relative to the pack) as listed at build time, with the modification
   * time of every folder under the built-in one: a file added, removed or renamed changes its folder's time. */
  listing?: { packs: Record<string, string[]>; folders: Record<string, number> };
}

let cache: CacheFile | undefined;
let docs: Record<string, RuleDocs> | undefined;
/** The rule file of each rule handed out from the cache (see cachedRuleFile), for its texts. */
const docFiles = new WeakMap<RawRule, string>();

/**
 * The texts of a rule handed out from the cache: from the docs file of the same build, else from the rule's YAML.
 * (Asked by rules/compile.ts when a compiled rule's text is first read. A getter per text on each cached rule cost a
 * cold start ~10 M instructions: V8's Object.defineProperty with a closure of its own costs ~10,000 each.)
 */
builtinRuleTexts.of = (raw) => {
  const file = docFiles.get(raw);
  if (file === undefined) return undefined;
  if (!docs) {
    try {
      const d = JSON.parse(readFileSync(DOCS, 'utf8')) as { stamp: number; rules: Record<string, RuleDocs> };
      docs = d.stamp === cache?.stamp ? d.rules : {};
    } catch {
      docs = {};
    }
  }
  // A rule missing from the file (another build): its own YAML has the texts.
  return (docs[raw.id] ??= loadRuleFile(file).rules.find((r) => r.raw.id === raw.id)?.raw ?? ({} as RuleDocs));
};

function entries(): Record<string, Entry> {
  if (!cache) {
    try {
      // Written in ASCII (see writeBuiltinCache): read as a one-byte string, without UTF-8 decoding; a file with any
      // other byte (not this build's writing) is read as UTF-8.
      // (Checked on the bytes, by Node's vectorised test: a regex over the 900 KB string cost a few M instructions.)
      const bytes = readFileSync(CACHE);
      const read = JSON.parse(bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8')) as CacheFile;
      builtinContexts.read = contextReader(readFileSync(CONTEXTS, 'latin1'), read.stamp);
      const more = readFileSync(MORE, 'latin1');
      builtinAnalysis.read = moreReader(more, read.stamp);
      builtinTitles.read = titleReader(more);
      builtinTriggers.lists = read.triggerLists;
      cache = read;
      // The cache's triples themselves (see termMemo), by an indexed loop: no array made, no iterator per entry.
      const terms = cache.terms ?? [];
      for (let i = 0; i < terms.length; i++) termMemo.set(terms[i][0], terms[i]);
      if (cache.stamp !== undefined) usePrebuiltAutomata(cache.stamp);
      const stamp = cache.stamp;
      useBmpRanges(() => {
        try {
          return bmpRangesFile(readFileSync(BMP, 'latin1'), stamp);
        } catch {
          return undefined;
        }
      });
    } catch {
      cache = { files: {}, terms: [] };
    }
  }
  return cache.files ?? {};
}

/**
 * Offers the automata file to every automaton built from now on. It is read on the first lookup; an automaton is
 * taken from it only for exactly the patterns it was built from, so a rule set changed by a config file, extra rules
 * or an edited pack simply builds its own.
 */
function usePrebuiltAutomata(stamp: number): void {
  const read = (file: string) => {
    try {
      return decodeAutomata(readFileSync(file), stamp);
    } catch {
      return new Map<string, AutomatonTables>();
    }
  };
  let found: Map<string, AutomatonTables> | undefined;
  let long: Map<string, AutomatonTables> | undefined;
  prebuiltAutomata.lookup = (patterns) => {
    const key = automatonKey(patterns);
    found ??= read(AUTOMATA);
    return found.get(key) ?? (long ??= read(AUTOMATA_LONG)).get(key);
  };
}

/**
 * The BMP ranges file: a first line of JSON, `{ stamp, keys, at }` with where each escape's list lies in the rest
 * (`at`: start and end of the k-th key's), then the
 * lists, each a JSON string. A list is parsed when a pattern first asks for it (#21: a prompt needs a few of the
 * hundred; parsing the whole file was ~11 M instructions), by a lookup function rather than a getter per list (~110
 * Object.defineProperty calls with closures of their own at every start-up, session 16). Another build's file gives
 * undefined (the patterns then run as written, like the automata and rule-text files), as does a damaged list.
 */
function bmpRangesFile(file: string, stamp: number | undefined): BmpTable | undefined {
  const nl = file.indexOf('\n');
  // The keys as a list and the offsets as one array of pairs (an object with a key per list made V8 build a hidden
  // class per key while parsing it).
  const head = JSON.parse(file.slice(0, nl)) as { stamp: number; keys: string[]; at: number[] };
  if (stamp === undefined || head.stamp !== stamp) return undefined;
  const read = new Map<string, string | undefined>();
  return (key) => {
    if (read.has(key)) return read.get(key);
    const k = head.keys.indexOf(key);
    let value: string | undefined;
    try {
      value = k < 0 ? undefined : (JSON.parse(file.slice(nl + 1 + head.at[2 * k], nl + 1 + head.at[2 * k + 1])) as string);
    } catch {
      value = undefined;
    }
    read.set(key, value);
    return value;
  };
}

/**
 * Reads a rule's contexts from the context file (see CONTEXTS) by their offsets. The file's stamp is checked now:
 * a file of another build throws, and the cache is then not used at all.
 */
function contextReader(file: string, stamp: number | undefined): (at: number) => RawContext | RawContext[] {
  const piece = contextPieces(file, stamp);
  return (at) => {
    const p = piece(at);
    for (const t of p.terms) termMemo.set(t[0], t);
    return p.context;
  };
}

/** The context file's pieces by their offsets (see contextReader): each a line of JSON. */
function contextPieces(file: string, stamp: number | undefined): (at: number) => ContextPiece {
  const nl = file.indexOf('\n');
  if (stamp === undefined || nl < 0 || (JSON.parse(file.slice(0, nl)) as { stamp?: number }).stamp !== stamp) throw new Error(`promptgate: ${CONTEXTS} does not belong to the rule cache`);
  return (s) => JSON.parse(file.slice(nl + 1 + s, lineEnd(file, nl + 1 + s, CONTEXTS))) as ContextPiece;
}

/** Where the line of JSON that starts at `at` ends (a piece of the context or analysis file); a file cut short throws. */
function lineEnd(file: string, at: number, name: string): number {
  const end = file.indexOf('\n', at);
  if (end < 0) throw new Error(`promptgate: ${name}: a piece cannot be read`);
  return end;
}

/** A rule's piece of the context file: its `context`, and the normalised forms of its terms that the rule cache's
 * `terms` leaves out (those no keyword or exception value has: a prompt normalises the few it reads). */
interface ContextPiece {
  context: RawContext | RawContext[];
  terms: [raw: string, plain: string, folded: string][];
}

/** Moves the rules' contexts out of the cached rules into the context file's body (see CONTEXTS), each cached rule's
 * `contextAt` giving where its piece is. */
function moveContexts(out: Record<string, Entry>, mainTerms: Set<string>): string {
  let body = '';
  for (const e of Object.values(out)) {
    for (const r of e.result.rules) {
      if (r.raw.context === undefined) continue;
      const own = new Set<string>();
      for (const c of [r.raw.context].flat()) for (const t of [...(c.anyOf ?? []), ...(c.noneOf ?? [])]) if (!mainTerms.has(t) && termMemo.has(t)) own.add(t);
      const piece: ContextPiece = { context: r.raw.context, terms: [...own].map((t) => [...termMemo.get(t)!]) };
      const json = asciiJson(piece);
      r.contextAt = body.length;
      body += `${json}\n`;
      delete r.raw.context;
    }
  }
  return body;
}

/** A pattern's piece of the analysis file (see MORE): its regex source and the prefilters only a woken pattern reads. */
type MorePiece = Partial<PatternAnalysis> & { source?: string };

/** Reads a pattern's piece of the analysis file (see MORE) by its offsets, each parsed once. The file's stamp is
 * checked now: a file of another build throws (the cache is then not used at all), as does a piece that cannot be
 * parsed when it is read. */
function moreReader(file: string, stamp: number | undefined): (at: number) => MorePiece {
  const nl = file.indexOf('\n');
  if (stamp === undefined || nl < 0 || (JSON.parse(file.slice(0, nl)) as { stamp?: number }).stamp !== stamp) throw new Error(`promptgate: ${MORE} does not belong to the rule cache`);
  const body = nl + 1;
  const parsed = new Map<number, MorePiece>();
  return (s) => {
    let piece = parsed.get(s);
    if (piece === undefined) parsed.set(s, (piece = JSON.parse(file.slice(body + s, lineEnd(file, body + s, MORE))) as MorePiece));
    return piece;
  };
}

/** Reads a rule's title from the analysis file (see MORE; its stamp checked by moreReader): a line of JSON at `at` in
 * its body, up to the next line break. */
function titleReader(file: string): (at: number) => Localized {
  const body = file.indexOf('\n') + 1;
  return (at) => JSON.parse(file.slice(body + at, lineEnd(file, body + at, MORE))) as Localized;
}

/** Moves the rules' titles out of the cached rules to the end of the analysis file's body, each a line of JSON whose
 * offset its rule's `raw.title` holds instead (the finding's message reads it: a prompt reports a few rules, see builtinTitles). */
function moveTitles(out: Record<string, Entry>, at: number): string {
  let body = '';
  for (const e of Object.values(out)) {
    for (const r of e.result.rules) {
      const title = r.raw.title;
      (r.raw as { title: Localized | number }).title = at + body.length;
      body += `${asciiJson(title)}\n`;
    }
  }
  return body;
}

/** Replaces each cached pattern's trigger list by its index in the list of distinct lists (see CacheFile.triggerLists). */
function shareTriggers(out: Record<string, Entry>): string[][] {
  const lists: string[][] = [];
  const index = new Map<string, number>();
  for (const e of Object.values(out)) {
    for (const r of e.result.rules) {
      for (const p of r.raw.patterns ?? []) {
        const a = typeof p === 'string' ? undefined : p.analysis;
        if (!a?.triggers) continue;
        const key = JSON.stringify(a.triggers);
        let k = index.get(key);
        if (k === undefined) index.set(key, (k = lists.push(a.triggers) - 1));
        (a as { triggers?: string[] | number }).triggers = k;
      }
    }
  }
  return lists;
}

/** Moves each cached pattern's regex source and the prefilters only a woken pattern reads out of the cached
 * patterns into the analysis file's body (see MORE), each pattern's `analysis.more` giving where its piece is. */
function moveMore(out: Record<string, Entry>): string {
  let body = '';
  for (const e of Object.values(out)) {
    for (const r of e.result.rules) {
      for (const p of r.raw.patterns ?? []) {
        // Every cached pattern is an object with its analysis (see writeBuiltinCache).
        if (typeof p === 'string' || !p.analysis) throw new Error(`promptgate: ${r.raw.id}: a pattern without its analysis`);
        const a = p.analysis;
        const keys = (['bmp', 'exact', 'prune', ...MORE_KEYS] as const).filter((k) => a[k] !== undefined);
        const json = asciiJson({ source: p.regex, ...Object.fromEntries(keys.map((k) => [k, a[k]])) });
        a.more = body.length;
        body += `${json}\n`;
        for (const k of keys) delete a[k];
        delete (p as Partial<RawPatternObject>).regex;
      }
    }
  }
  return body;
}

/**
 * The rule cache as one JSON text with every pattern's source and prefilters back in place (no analysis file): what
 * the browser and extension bundles embed (scripts/bundle-browser.mjs, bundle-extension.mjs).
 */
export function builtinCacheWhole(): string {
  const whole = JSON.parse(readFileSync(CACHE, 'latin1')) as CacheFile;
  const read = moreReader(readFileSync(MORE, 'latin1'), whole.stamp);
  const context = contextPieces(readFileSync(CONTEXTS, 'latin1'), whole.stamp);
  const title = titleReader(readFileSync(MORE, 'latin1'));
  const lists = whole.triggerLists ?? [];
  delete whole.triggerLists;
  const listed = new Set(whole.terms.map(([raw]) => raw));
  for (const e of Object.values(whole.files)) {
    for (const r of e.result.rules) {
      const at = r.raw.title as Localized | number;
      if (typeof at === 'number') r.raw.title = title(at);
      if (r.contextAt !== undefined) {
        const piece = context(r.contextAt);
        r.raw.context = piece.context;
        delete r.contextAt;
        for (const t of piece.terms) if (!listed.has(t[0])) listed.add(t[0]), whole.terms.push(t);
      }
      for (const p of r.raw.patterns ?? []) {
        const a = typeof p === 'string' ? undefined : p.analysis;
        if (a && typeof a.triggers === 'number') a.triggers = lists[a.triggers];
        if (typeof p === 'string' || a?.more === undefined) continue;
        const { source, ...piece } = read(a.more);
        if (typeof source !== 'string') throw new Error(`promptgate: ${MORE}: a pattern of ${r.raw.id} has no source`);
        p.regex = source;
        Object.assign(a, piece);
        delete a.more;
      }
    }
  }
  return asciiJson(whole);
}

/** The BMP ranges file's text (see bmpRangesFile), in ASCII. */
function bmpRangesText(stamp: number, ranges: Record<string, string>): string {
  let body = '';
  const keys: string[] = [];
  const at: number[] = [];
  for (const [key, list] of Object.entries(ranges)) {
    const json = asciiJson(list);
    keys.push(key);
    at.push(body.length, body.length + json.length);
    body += json;
  }
  return `${asciiJson({ stamp, keys, at })}\n${body}`;
}

/** Build step, after the cache: writes the automata that `build` makes (e.g. the default engine's keyword
 * automaton) to the automata file, under the stamp the cache recorded. */
export function writeBuiltinAutomata(build: () => void): number {
  const stamp = (JSON.parse(readFileSync(CACHE, 'utf8')) as CacheFile).stamp;
  if (stamp === undefined) return 0;
  const made: { patterns: readonly string[]; tables: AutomatonTables }[] = [];
  prebuiltAutomata.lookup = undefined;
  prebuiltAutomata.onBuild = (patterns, tables) => made.push({ patterns: [...patterns], tables });
  try {
    build();
  } finally {
    prebuiltAutomata.onBuild = undefined;
  }
  // The first automaton built is the keyword one every scan needs; the others (long texts) go to their own file.
  writeFileSync(AUTOMATA, encodeAutomata(made.slice(0, 1), stamp));
  writeFileSync(AUTOMATA_LONG, encodeAutomata(made.slice(1), stamp));
  return made.length;
}

/**
 * The built-in packs and their rule files (paths, in the order ruleset.ts lists them) as the build listed them, when
 * no folder under `builtinDir` changed since (same folders, same modification times); else undefined (list them). A
 * start-up then reads four folder times instead of listing the folders (~28 M instructions of a prompt's start-up).
 */
export function cachedListing(builtinDir: string): Map<string, string[]> | undefined {
  entries();
  return cache?.listing && listingIfUnchanged(cache.listing, builtinDir);
}

/** A listing's packs and files (paths under `builtinDir`) when every folder it recorded has the recorded time. */
export function listingIfUnchanged(l: NonNullable<CacheFile['listing']>, builtinDir: string): Map<string, string[]> | undefined {
  try {
    for (const [rel, mtimeMs] of Object.entries(l.folders)) if (statSync(resolve(builtinDir, rel)).mtimeMs !== mtimeMs) return undefined;
  } catch {
    return undefined;
  }
  return new Map(Object.entries(l.packs).map(([p, files]) => [p, files.map((f) => under(builtinDir, `${p}/${f}`))]));
}

/**
 * Plain relative paths (`a/b.yaml`: no empty, `.` or `..` part), joined and taken apart without node:path on systems
 * whose separator is `/`: the same strings as `join(dir, rel)` and `relative(dir, path)` when `dir` is resolved. A
 * start-up names ~60 built-in files, and node:path's normalisation of each made V8 compile it optimised (#21: ~15 M
 * instructions of a prompt's).
 */
function plain(rel: string): boolean {
  if (rel.length === 0 || rel.includes('\\')) return false;
  for (const part of rel.split('/')) if (part === '' || part === '.' || part === '..') return false;
  return true;
}

/** `join(dir, rel)` for a resolved `dir` (see plain). */
export function under(dir: string, rel: string): string {
  return sep === '/' && dir.length > 1 && !dir.endsWith('/') && plain(rel) ? `${dir}/${rel}` : join(dir, rel);
}

/** `relative(dir, path)` for a resolved `dir` (see plain). */
export function inside(dir: string, path: string): string {
  if (sep === '/' && dir.length > 1 && !dir.endsWith('/') && path.length > dir.length + 1 && path.startsWith(dir) && path.charCodeAt(dir.length) === 47) {
    const rel = path.slice(dir.length + 1);
    if (plain(rel)) return rel;
  }
  return relative(dir, path);
}

/** Every folder under `dir` (with `dir` itself, as ''), relative to it, with its modification time. */
export function folderTimes(dir: string): Record<string, number> {
  const out: Record<string, number> = {};
  const visit = (rel: string) => {
    out[rel] = statSync(resolve(dir, rel)).mtimeMs;
    for (const d of readdirSync(resolve(dir, rel), { withFileTypes: true })) if (d.isDirectory()) visit(join(rel, d.name));
  };
  visit('');
  return out;
}

/** The cached load result of a built-in rule file, if the file is unchanged since the build. */
export function cachedRuleFile(path: string, builtinDir: string): LoadResult | undefined {
  const e = entries()[inside(builtinDir, path)];
  if (!e) return undefined;
  const unchanged = (file: string, f: { size: number; mtimeMs: number; digest: string }) => {
    const st = statSync(file);
    return st.size === f.size && (st.mtimeMs === f.mtimeMs || contentDigest(readFileSync(file)) === f.digest);
  };
  try {
    if (!unchanged(path, e)) return undefined;
    for (const u of e.uses ?? []) if (!unchanged(under(builtinDir, u.path), u)) return undefined;
  } catch {
    return undefined;
  }
  // Handed out once per process (a run loads the rule set once); the loader's callers do not modify it.
  for (const r of e.result.rules) docFiles.set(r.raw, path);
  return e.result;
}

/** Build step (`npm run build`): parse every built-in file; files with problems are left out (read at run time). */
export function writeBuiltinCache(builtinDir: string, files: { path: string; display: string }[], packs?: Record<string, string[]>): number {
  const out: Record<string, Entry> = {};
  const texts: Record<string, RuleDocs> = {};
  const bmp: Record<string, string> = {};
  for (const f of files) {
    const result = loadRuleFile(f.path, f.display);
    if (result.problems.length > 0) continue;
    for (const r of result.rules) {
      texts[r.raw.id] = { rationale: r.raw.rationale, regulation: r.raw.regulation, examples: r.raw.examples, written: r.raw.written };
      for (const key of DOC_KEYS) delete r.raw[key];
    }
    // Each regex gets its prefilters now (analyze/pattern.ts), so the engine can skip text where it cannot match
    // and a scan never loads the regex parser for the built-in rules.
    for (const r of result.rules) {
      r.raw.patterns = r.raw.patterns?.map((p) => {
        const o: RawPatternObject = typeof p === 'string' ? { regex: p } : { ...p };
        o.analysis = analyzePattern(o.regex, runFlags(o), o.on ?? 'text', foldedTriggers(o.triggers));
        const spans = propertySpans(o.regex, runFlags(o));
        if (spans) {
          const ignoreCase = runFlags(o).includes('i');
          for (let k = 0; k < spans.length; k += 3) {
            const key = o.regex.slice(spans[k], spans[k + 1]);
            bmp[key] ??= bmpRanges(key);
            // For a short text's narrowed form (rules/regex.ts narrowSource): the list as code unit pairs, and under
            // `i` the members closed under case folding.
            bmp[`u:${key}`] ??= rangePairs(bmp[key]);
            if (ignoreCase) bmp[`iu:${key}`] ??= rangePairs(bmpRanges(key, true));
          }
          useBmpRanges(() => bmp);
          // Kept only when the spelled-out form compiles (it always should: the escapes are replaced by plain ranges).
          try {
            compileRegex(bmpSource(o.regex, spans)!, runFlags(o));
            o.analysis.bmp = spans;
          } catch {
            // the pattern is used as it is on every text
          }
        }
        return o;
      });
      // So do the patterns of contexts that read the whole text (validate/checks.ts).
      for (const c of [r.raw.context ?? []].flat()) if (c.scope === 'document' && (c.anyOfPatterns?.length || c.noneOfPatterns?.length)) c.analysis = contextAnalysis(c);
      // A window or line context's patterns: their required literals, so a region without them compiles and runs none
      // of them (validate/checks.ts).
      for (const c of [r.raw.context ?? []].flat()) if (c.scope !== 'document' && (c.anyOfPatterns?.length || c.noneOfPatterns?.length)) c.gates = contextGates(c);
      // Likewise the rule's exception patterns, on the matched value (an e-mail address on a prompt asked none of the
      // nine role-mailbox and placeholder patterns, each compiled at its first test: ~1.5 ms in all, #21).
      if (r.raw.exceptions?.patterns?.length) r.raw.exceptionGates = exceptionGates(r.raw.exceptions.patterns);
    }
    const fileStamp = (path: string) => {
      const st = statSync(path);
      return { size: st.size, mtimeMs: st.mtimeMs, digest: contentDigest(readFileSync(path)) };
    };
    const uses = result.uses?.map((u) => ({ path: relative(builtinDir, u), ...fileStamp(u) }));
    result.uses = undefined;
    out[relative(builtinDir, f.path)] = { ...fileStamp(f.path), result, ...(uses ? { uses } : {}) };
  }
  // Compile once to collect the normalised forms of all terms (the memo fills as a side effect).
  // Contexts are compiled when first read: the terms of the rest first (the cache lists them), then those only
  // contexts have (each rule's piece of the context file lists its own, see moveContexts).
  termMemo.clear();
  const compiled = Object.values(out).flatMap((e) => e.result.rules.map(compileRule));
  const terms = [...termMemo.values()].map((t) => [...t]);
  const mainTerms = new Set(termMemo.keys());
  for (const r of compiled) void r.context;
  // A new stamp per build ties the rule texts and the automata file (written next, see writeBuiltinAutomata) to
  // this cache.
  const stamp = (Math.random() * 0x7fffffff) | 0;
  writeFileSync(DOCS, JSON.stringify({ stamp, rules: texts }));
  // Both in ASCII (non-ASCII characters as JSON escapes), read back as one-byte strings.
  const listing = packs && { packs, folders: folderTimes(builtinDir) };
  const triggerLists = shareTriggers(out);
  let more = moveMore(out);
  more += moveTitles(out, more.length);
  const contexts = moveContexts(out, mainTerms);
  writeFileSync(CACHE, asciiJson({ files: out, terms, triggerLists, stamp, ...(listing ? { listing } : {}) }));
  writeFileSync(MORE, `${asciiJson({ stamp })}\n${more}`);
  writeFileSync(CONTEXTS, `${asciiJson({ stamp })}\n${contexts}`);
  writeFileSync(BMP, bmpRangesText(stamp, bmp));
  return Object.keys(out).length;
}

/** JSON with every non-ASCII character escaped (`\uXXXX`): the same value, read without UTF-8 decoding. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * 64 bits of FNV-1a over the bytes (two 32-bit lanes with different offsets): enough to tell an edited rule file
 * from the one the cache was built from, without loading node:crypto at start-up.
 */
export function contentDigest(bytes: Uint8Array): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < bytes.length; i++) {
    a = Math.imul(a ^ bytes[i], 0x01000193);
    b = Math.imul(b ^ bytes[i], 0x01000193) ^ (i & 0xff);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
