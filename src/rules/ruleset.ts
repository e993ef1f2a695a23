import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RuleSetError, type RuleProblem } from '../errors.js';
import { compileRule } from './compile.js';
import { loadRuleFile, type LoadedRule } from './load.js';
import { cachedListing, cachedRuleFile, inside } from './builtin-cache.js';
import type { CompiledRule, RuleChange } from './model.js';
import { applyGlobalExceptions, applyRuleChanges, type GlobalExceptions } from '../config/rule-changes.js';
import '../runtime/node-platform.js'; // installs the engine's Node platform

/** The package's own rule packs: `rules/<pack>/*.yaml` next to `dist/`. */
export const BUILTIN_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../rules');

export interface RuleSetOptions {
  /** Load the built-in packs (default true). */
  builtin?: boolean;
  /** Only these built-in packs (folder names under rules/); all when absent. */
  packs?: string[];
  /** Extra rule files or folders. */
  extra?: string[];
  /**
   * Refuse regexes that can backtrack catastrophically: `user` (default) checks the extra rule files only (the
   * built-in ones are checked by the test suite; the analyser costs ~200 ms to load), `all` checks every file,
   * `off` none (then only the scan-time watchdog protects the run).
   */
  regexSafety?: 'user' | 'all' | 'off';
  /** Changes to loaded rules, from a config file's `overrides:` (applied after the rule files' `extends:`). */
  overrides?: RuleChange[];
  /** Exceptions that hold for every rule (a config file's `exceptions:`). */
  exceptions?: GlobalExceptions;
}

export function builtinPacks(): string[] {
  return readdirSync(BUILTIN_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('.') && !d.name.startsWith('_') && d.name !== 'schema') // rules/schema holds the JSON Schemas
    .map((d) => d.name)
    .sort();
}

/** `use: [builtin:<pack>]` in a rule file: the text of that built-in pack's vocabulary file. */
export function builtinVocabulary(pack: string): string | undefined {
  if (!builtinPacks().includes(pack)) return undefined;
  try {
    return readFileSync(join(BUILTIN_DIR, pack, 'vocabulary.yaml'), 'utf8');
  } catch {
    return undefined;
  }
}

/** Rule files under a file or folder, in a stable order. */
export function ruleFiles(path: string): string[] {
  const st = statSync(path);
  if (st.isFile()) return [path];
  return (readdirSync(path, { recursive: true }) as string[])
    .filter((f) => /\.ya?ml$/i.test(f))
    .map((f) => join(path, f))
    .sort();
}

/** Loads, checks and compiles every rule; any problem anywhere stops the run (exit 2), naming file and line. */
export function loadRuleSet(opts: RuleSetOptions = {}): CompiledRule[] {
  const problems: RuleProblem[] = [];
  const loaded: LoadedRule[] = [];
  const files: { path: string; display: string; user: boolean }[] = [];
  const extensions: RuleChange[] = [];
  if (opts.builtin !== false) {
    // As the build listed them, when no built-in folder changed since (builtin-cache.ts); else listed now.
    const listing = cachedListing(BUILTIN_DIR);
    const packs = opts.packs ?? (listing ? [...listing.keys()] : builtinPacks());
    for (const p of packs) {
      const dir = join(BUILTIN_DIR, p);
      let list: string[];
      try {
        list = listing?.get(p) ?? ruleFiles(dir);
      } catch {
        problems.push({ file: `rules/${p}`, line: 1, column: 1, message: `there is no built-in pack \`${p}\``, fix: `built-in packs: ${builtinPacks().join(', ')}` });
        continue;
      }
      for (const f of list) files.push({ path: f, display: `builtin:${inside(BUILTIN_DIR, f)}`, user: false });
    }
  }
  for (const x of opts.extra ?? []) {
    let list: string[];
    try {
      list = ruleFiles(x);
    } catch {
      problems.push({ file: x, line: 1, column: 1, message: 'the rule file or folder does not exist or cannot be read' });
      continue;
    }
    if (list.length === 0) problems.push({ file: x, line: 1, column: 1, message: 'the folder holds no .yaml rule files' });
    // The same file named twice (a folder in the config, a file of it on the command line) is loaded once.
    for (const f of list) if (!files.some((g) => resolve(g.path) === resolve(f))) files.push({ path: f, display: f, user: true });
  }
  for (const f of files) {
    const safety = opts.regexSafety ?? 'user';
    const checkRegexSafety = safety === 'all' || (safety === 'user' && f.user);
    const r = (!f.user && !checkRegexSafety && cachedRuleFile(f.path, BUILTIN_DIR)) || loadRuleFile(f.path, f.display, { checkRegexSafety, builtinVocabulary });
    problems.push(...r.problems);
    loaded.push(...r.rules);
    extensions.push(...(r.extensions ?? []));
  }
  const seen = new Map<string, LoadedRule>();
  for (const r of loaded) {
    const prev = seen.get(r.raw.id);
    if (prev) {
      problems.push({
        file: r.file, line: r.line, column: 1, ruleId: r.raw.id,
        message: `the rule id \`${r.raw.id}\` is already used in ${prev.file}:${prev.line}`,
        fix: 'give this rule its own id (ids must be unique across all loaded rule files)',
      });
    } else seen.set(r.raw.id, r);
  }
  if (problems.length > 0) throw new RuleSetError(uniqueProblems(problems));
  const rules = [...seen.values()].map(compileRule);
  applyRuleChanges(rules, [...extensions, ...(opts.overrides ?? [])], problems);
  applyGlobalExceptions(rules, opts.exceptions);
  if (problems.length > 0) throw new RuleSetError(problems);
  return rules;
}

/** A vocabulary file used by several rule files (and loaded itself) reports a problem of its own once. */
function uniqueProblems(problems: RuleProblem[]): RuleProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.file}:${p.line}:${p.column}:${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
