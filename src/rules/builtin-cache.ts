import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type AutomatonTables, prebuiltAutomata } from '../match/aho-corasick.js';
import { automatonKey, decodeAutomata, encodeAutomata } from '../match/automaton-file.js';
import { deriveTriggers } from '../match/triggers.js';
import { termMemo } from '../normalize/view.js';
import { compileRule } from './compile.js';
import { loadRuleFile, type LoadResult } from './load.js';
import type { RawPatternObject } from './model.js';

/**
 * The built-in rule files, parsed and checked at build time into one JSON file: a scan then loads neither the YAML
 * parser nor parses YAML (~100 ms on a cold start). Each entry records the file's size and mtime; an edited file
 * (a developer at work, an officer patching a pack in place) no longer matches and is read from its YAML again.
 */
const CACHE = resolve(dirname(fileURLToPath(import.meta.url)), '../builtin-rules.json');
/** The keyword automaton of the built-in rules, made at build time too (see match/automaton-file.ts). */
const AUTOMATA = resolve(dirname(CACHE), 'builtin-automata.bin');

interface Entry {
  size: number;
  mtimeMs: number;
  result: LoadResult;
}

interface CacheFile {
  files: Record<string, Entry>;
  /** Normalised forms of every keyword and context term of the built-in rules. */
  terms: [raw: string, plain: string, folded: string][];
  /** Stamp of the automata file written with this cache (a file from another build is not used). */
  automata?: number;
}

let cache: CacheFile | undefined;

function entries(): Record<string, Entry> {
  if (!cache) {
    try {
      cache = JSON.parse(readFileSync(CACHE, 'utf8')) as CacheFile;
      for (const [raw, plain, folded] of cache.terms ?? []) termMemo.set(raw, [plain, folded]);
      if (cache.automata !== undefined) usePrebuiltAutomata(cache.automata);
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
  let found: Map<string, AutomatonTables> | undefined;
  prebuiltAutomata.lookup = (patterns) => {
    if (!found) {
      try {
        found = decodeAutomata(readFileSync(AUTOMATA), stamp);
      } catch {
        found = new Map();
      }
    }
    return found.size > 0 ? found.get(automatonKey(patterns)) : undefined;
  };
}

/** Build step, after the cache: writes the automata that `build` makes (e.g. the default engine's keyword
 * automaton) to the automata file, under the stamp the cache recorded. */
export function writeBuiltinAutomata(build: () => void): number {
  const stamp = (JSON.parse(readFileSync(CACHE, 'utf8')) as CacheFile).automata;
  if (stamp === undefined) return 0;
  const made: { patterns: readonly string[]; tables: AutomatonTables }[] = [];
  prebuiltAutomata.lookup = undefined;
  prebuiltAutomata.onBuild = (patterns, tables) => made.push({ patterns: [...patterns], tables });
  try {
    build();
  } finally {
    prebuiltAutomata.onBuild = undefined;
  }
  writeFileSync(AUTOMATA, encodeAutomata(made, stamp));
  return made.length;
}

/** The cached load result of a built-in rule file, if the file is unchanged since the build. */
export function cachedRuleFile(path: string, builtinDir: string): LoadResult | undefined {
  const e = entries()[relative(builtinDir, path)];
  if (!e) return undefined;
  try {
    const st = statSync(path);
    if (st.size !== e.size || st.mtimeMs !== e.mtimeMs) return undefined;
  } catch {
    return undefined;
  }
  // Handed out once per process (a run loads the rule set once); the loader's callers do not modify it.
  return e.result;
}

/** Build step (`npm run build`): parse every built-in file; files with problems are left out (read at run time). */
export function writeBuiltinCache(builtinDir: string, files: { path: string; display: string }[]): number {
  const out: Record<string, Entry> = {};
  for (const f of files) {
    const result = loadRuleFile(f.path, f.display);
    if (result.problems.length > 0) continue;
    // Each regex gets its literal triggers now, so the engine can skip text where it cannot match.
    for (const r of result.rules) {
      r.raw.patterns = r.raw.patterns?.map((p) => {
        const o: RawPatternObject = typeof p === 'string' ? { regex: p } : { ...p };
        o.triggers ??= deriveTriggers(o.regex, 'u' + (o.flags ?? ''));
        return o;
      });
    }
    const st = statSync(f.path);
    out[relative(builtinDir, f.path)] = { size: st.size, mtimeMs: st.mtimeMs, result };
  }
  // Compile once to collect the normalised forms of all terms (the memo fills as a side effect).
  termMemo.clear();
  for (const e of Object.values(out)) for (const r of e.result.rules) compileRule(r);
  const terms = [...termMemo].map(([raw, [plain, folded]]) => [raw, plain, folded]);
  // A new stamp per build ties the automata file (written next, see writeBuiltinAutomata) to this cache.
  const automata = (Math.random() * 0x7fffffff) | 0;
  writeFileSync(CACHE, JSON.stringify({ files: out, terms, automata }));
  return Object.keys(out).length;
}
