import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from '../util/yaml.js';
import { RuleSetError, type RuleProblem } from '../errors.js';
import { usageError } from '../i18n/index.js';
import type { RuleChange } from '../rules/model.js';
import { resolveKeyFile } from '../baseline/key.js';
import { hazardProblem, regexHazard } from '../analyze/safety.js';
import { builtinPacks } from '../rules/ruleset.js';
import { closest } from '../rules/suggest.js';
import { SEVERITIES, type Severity } from '../types.js';
import type { GlobalExceptions } from './rule-changes.js';

/** The file names a project or user config may have, looked for in each folder from the cwd upwards. */
export const CONFIG_NAMES = ['.promptgate.yaml', '.promptgate.yml'];

/** A loaded `.promptgate.yaml`. Paths in it are already resolved against the config file's folder. */
export interface PromptgateConfig {
  file: string;
  dir: string;
  builtin?: boolean;
  packs?: string[];
  rules?: string[];
  failOn?: Severity;
  /** The file holding the baseline and SARIF fingerprint key (see baseline/key.ts), resolved; never its content. */
  keyFile?: string;
  overrides: RuleChange[];
  exceptions: GlobalExceptions & { paths?: string[] };
  /** A fingerprint store of registered documents (`fingerprints: FILE`), resolved against the config's folder. */
  fingerprints?: string;
}

const TOP_KEYS = ['builtin', 'packs', 'rules', 'failOn', 'keyFile', 'overrides', 'exceptions', 'fingerprints'];
const OVERRIDE_KEYS = ['enabled', 'severity', 'keywords', 'exceptions', 'examples'];
const EXCEPTION_KEYS = ['terms', 'patterns', 'paths'];
const RULE_EXCEPTION_KEYS = ['values', 'patterns'];
const EXAMPLE_KEYS = ['match', 'noMatch'];

/** The nearest config file in `cwd` or a folder above it, or undefined. */
export function findConfigFile(cwd: string): string | undefined {
  let dir = resolve(cwd);
  for (;;) {
    for (const n of CONFIG_NAMES) {
      const f = join(dir, n);
      if (existsSync(f) && statSync(f).isFile()) return f;
    }
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/**
 * The config a command runs with: `--config <file>` if given (it must exist), none with `--no-config`,
 * else the nearest `.promptgate.yaml` above the cwd. Throws RuleSetError (exit 2) when the file is invalid.
 */
export function resolveConfig(flag: string | boolean | undefined, cwd: string): PromptgateConfig | undefined {
  if (flag === false) return undefined;
  let file: string | undefined;
  if (typeof flag === 'string') {
    file = resolve(cwd, flag);
    if (!existsSync(file)) throw usageError('configMissing', { path: flag });
  } else file = findConfigFile(cwd);
  if (!file) return undefined;
  const r = loadConfigFile(file);
  if (r.problems.length > 0) throw new RuleSetError(r.problems);
  return r.config;
}

export function loadConfigFile(file: string): { config?: PromptgateConfig; problems: RuleProblem[] } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return { problems: [{ file, line: 1, column: 1, message: `cannot read the config file (${(e as NodeJS.ErrnoException).code ?? 'error'})` }] };
  }
  return parseConfigText(text, file);
}

/** Parses and checks a config file; every problem names file:line:column and what to do. Nothing throws. */
export function parseConfigText(text: string, file: string): { config?: PromptgateConfig; problems: RuleProblem[] } {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // a BOM (Windows editors) must not break it
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  const problems: RuleProblem[] = [];
  const at = (node: unknown) => {
    const n = node as { range?: [number, number] } | null | undefined;
    const p = lc.linePos(n?.range ? n.range[0] : 0);
    return { file, line: p.line, column: p.col };
  };
  const problem = (node: unknown, message: string, fix?: string, ruleId?: string) => problems.push({ ...at(node), ruleId, message, fix });
  for (const err of doc.errors) {
    const p = lc.linePos(err.pos[0]);
    problems.push({ file, line: p.line, column: p.col, message: `YAML syntax error: ${err.message.split('\n')[0]}`, fix: 'check indentation, colons and quotes on this line' });
  }
  if (problems.length > 0) return { problems };

  const dir = dirname(resolve(file));
  const config: PromptgateConfig = { file, dir, overrides: [], exceptions: {} };
  const root = doc.contents as YamlNode | null;
  if (root === null || (isScalar(root) && root.value === null)) return { config, problems }; // an empty file: all defaults
  if (!isMap(root)) {
    problem(root, 'the config file must be a mapping of settings (`packs:`, `rules:`, `overrides:` …)');
    return { problems };
  }
  checkKeys(root, TOP_KEYS, '', problem);
  const js = root.toJS(doc) as Record<string, unknown>;
  const node = (...path: (string | number)[]) => {
    let n: unknown = root;
    for (const k of path) {
      const next = isMap(n) || isSeq(n) ? n.get(k, true) : undefined;
      if (!next) break;
      n = next;
    }
    return n;
  };
  const strings = (v: unknown, path: (string | number)[], what: string): string[] | undefined => {
    if (typeof v === 'string') return [v];
    if (!Array.isArray(v) || v.some((s) => typeof s !== 'string' || s.trim() === '')) {
      problem(node(...path), `\`${path.join('.')}\` must be a list of ${what}`, 'write each item on its own line starting with "- " (quote numbers)');
      return undefined;
    }
    return v as string[];
  };
  const regexes = (list: string[], path: (string | number)[], ruleId?: string) => {
    list.forEach((src, i) => {
      try {
        new RegExp(src, 'iu');
      } catch (e) {
        problem(node(...path, i), `the regular expression does not compile: ${(e as Error).message.replace(/^Invalid regular expression: /, '')}`, 'check brackets and escapes; in YAML, prefer single quotes around a regex', ruleId);
        return;
      }
      const h = regexHazard(src, 'i');
      if (h) {
        const p = hazardProblem(h);
        problem(node(...path, i), p.message, p.fix, ruleId);
      }
    });
  };

  if (js.builtin !== undefined) {
    if (typeof js.builtin !== 'boolean') problem(node('builtin'), '`builtin` must be true or false');
    else config.builtin = js.builtin;
  }
  if (js.packs !== undefined) {
    const packs = strings(js.packs, ['packs'], 'built-in pack names');
    if (packs) {
      const known = builtinPacks();
      packs.forEach((p, i) => {
        if (!known.includes(p)) {
          const g = closest(p, known);
          problem(node('packs', i), `there is no built-in pack \`${p}\``, g ? `did you mean \`${g}\`? (built-in packs: ${known.join(', ')})` : `built-in packs: ${known.join(', ')}`);
        }
      });
      config.packs = packs;
    }
  }
  if (js.rules !== undefined) {
    const rules = strings(js.rules, ['rules'], 'rule files or folders');
    if (rules) config.rules = rules.map((r) => resolve(dir, r));
  }
  if (js.failOn !== undefined) {
    if (!SEVERITIES.includes(js.failOn as Severity)) problem(node('failOn'), `unknown failing severity \`${String(js.failOn)}\``, 'use block, warn or info');
    else config.failOn = js.failOn as Severity;
  }
  if (js.keyFile !== undefined) {
    if (typeof js.keyFile !== 'string' || js.keyFile.trim() === '') problem(node('keyFile'), '`keyFile` must be the path of a file holding the fingerprint key', 'keep it outside the repository, e.g. keyFile: ~/.config/promptgate/key');
    else config.keyFile = resolveKeyFile(js.keyFile, dir);
  }

  if (js.fingerprints !== undefined) {
    if (typeof js.fingerprints !== 'string' || js.fingerprints.trim() === '') problem(node('fingerprints'), '`fingerprints` must be the path of a fingerprint store', 'e.g. `fingerprints: security/registered.pgfp` (see `promptgate fingerprint add`)');
    else config.fingerprints = resolve(dir, js.fingerprints);
  }

  const ex = js.exceptions;
  if (ex !== undefined) {
    if (!ex || typeof ex !== 'object' || Array.isArray(ex)) problem(node('exceptions'), '`exceptions` must be a mapping with `terms:`, `patterns:` and/or `paths:`');
    else {
      checkKeys(node('exceptions') as YamlNode, EXCEPTION_KEYS, '`exceptions`', problem);
      const e = ex as Record<string, unknown>;
      if (e.terms !== undefined) config.exceptions.terms = strings(e.terms, ['exceptions', 'terms'], 'words or values');
      if (e.patterns !== undefined) {
        const p = strings(e.patterns, ['exceptions', 'patterns'], 'regular expressions');
        if (p) {
          regexes(p, ['exceptions', 'patterns']);
          config.exceptions.patterns = p;
        }
      }
      if (e.paths !== undefined) config.exceptions.paths = strings(e.paths, ['exceptions', 'paths'], 'paths or globs (as in .gitignore)');
    }
  }

  const ov = js.overrides;
  if (ov !== undefined) {
    const ovNode = node('overrides');
    if (!isMap(ovNode)) problem(ovNode, '`overrides` must be a mapping from rule id to its changes', 'e.g. `vn.classified.stamp: {severity: warn}`');
    else {
      for (const pair of ovNode.items) {
        const id = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const body = (ov as Record<string, unknown>)[id];
        const path = ['overrides', id];
        const change: RuleChange = { id, at: at(pair.key) };
        if (!body || typeof body !== 'object' || Array.isArray(body)) {
          problem(pair.value ?? pair.key, `the override of \`${id}\` must be a mapping`, 'e.g. `enabled: false` or `severity: warn` on the next line, indented', id);
          continue;
        }
        checkKeys(pair.value as YamlNode, OVERRIDE_KEYS, `the override of \`${id}\``, problem, id);
        const b = body as Record<string, unknown>;
        if (b.enabled !== undefined) {
          if (typeof b.enabled !== 'boolean') problem(node(...path, 'enabled'), '`enabled` must be true or false', undefined, id);
          else change.enabled = b.enabled;
        }
        if (b.severity !== undefined) {
          if (!SEVERITIES.includes(b.severity as Severity)) problem(node(...path, 'severity'), `unknown severity \`${String(b.severity)}\``, 'use block, warn or info', id);
          else change.severity = b.severity as Severity;
        }
        if (b.keywords !== undefined) change.keywords = strings(b.keywords, [...path, 'keywords'], 'words or phrases');
        if (b.exceptions !== undefined) {
          const e = b.exceptions as Record<string, unknown>;
          if (!e || typeof e !== 'object' || Array.isArray(e)) problem(node(...path, 'exceptions'), '`exceptions` must be a mapping with `values:` and/or `patterns:`', undefined, id);
          else {
            checkKeys(node(...path, 'exceptions') as YamlNode, RULE_EXCEPTION_KEYS, '`exceptions`', problem, id);
            change.exceptions = {};
            if (e.values !== undefined) change.exceptions.values = strings(e.values, [...path, 'exceptions', 'values'], 'values');
            if (e.patterns !== undefined) {
              const p = strings(e.patterns, [...path, 'exceptions', 'patterns'], 'regular expressions');
              if (p) regexes(p, [...path, 'exceptions', 'patterns'], id);
              change.exceptions.patterns = p;
            }
          }
        }
        if (b.examples !== undefined) {
          const e = b.examples as Record<string, unknown>;
          if (!e || typeof e !== 'object' || Array.isArray(e)) problem(node(...path, 'examples'), '`examples` must be a mapping with `match:` and/or `noMatch:`', undefined, id);
          else {
            checkKeys(node(...path, 'examples') as YamlNode, EXAMPLE_KEYS, '`examples`', problem, id);
            change.examples = {
              match: e.match === undefined ? undefined : strings(e.match, [...path, 'examples', 'match'], 'texts'),
              noMatch: e.noMatch === undefined ? undefined : strings(e.noMatch, [...path, 'examples', 'noMatch'], 'texts'),
            };
          }
        }
        config.overrides.push(change);
      }
    }
  }
  return problems.length > 0 ? { problems } : { config, problems };
}

function checkKeys(map: YamlNode, allowed: string[], where: string, problem: (node: unknown, message: string, fix?: string, ruleId?: string) => void, ruleId?: string) {
  if (!isMap(map)) return;
  for (const pair of map.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    if (allowed.includes(key)) continue;
    const g = closest(key, allowed);
    problem(pair.key, `unknown setting \`${key}\`${where ? ` in ${where}` : ''}`, g ? `did you mean \`${g}\`?` : `allowed: ${allowed.join(', ')}`, ruleId);
  }
}
