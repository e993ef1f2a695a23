import { readFileSync } from 'node:fs';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from '../util/yaml.js';
import type { RuleProblem } from '../errors.js';
import { CATEGORIES, SEVERITIES } from '../types.js';
import type { RawRule, RuleChange } from './model.js';
import { hazardProblem, regexHazard, viewBlankHazard } from '../analyze/safety.js';
import { closest } from './suggest.js';
import { VALIDATORS } from '../validate/validators/index.js';
import { regexFlags } from './regex.js';
import { checkVocabulary, expandRuleRefs, type Place, readVocabulary, Vocabulary } from './vocabulary.js';

/** A rule as written, with the place it was written. */
export interface LoadedRule {
  raw: RawRule;
  file: string;
  line: number;
  /** A rule from the built-in cache: where its `context`, left out of `raw`, starts (a line of JSON) in the cache's context file (see
   * rules/compile.ts builtinContexts). */
  contextAt?: number;
}

export interface LoadResult {
  rules: LoadedRule[];
  problems: RuleProblem[];
  /** `- extends: <rule id>` entries: additions to a rule loaded from another file. */
  extensions?: RuleChange[];
  /** Vocabulary files read through `use:` (absolute paths): the rules depend on them too. */
  uses?: string[];
}

export interface ParseOptions {
  /** Refuse regexes that can backtrack catastrophically (costs ~200 ms to load the analyser; see analyze/safety.ts). */
  checkRegexSafety?: boolean;
  /** The file on disk, when there is one: `use:` paths are relative to it. */
  path?: string;
  /** The text of a built-in pack's vocabulary file, for `use: [builtin:<pack>]` (see rules/vocabulary.ts). */
  builtinVocabulary?: (pack: string) => string | undefined;
}

const LANGS = ['vi', 'cs', 'en'];
const FILE_KEYS = ['pack', 'rules', 'use', 'vocabularies', 'pieces'];
const RULE_KEYS = [
  'id', 'title', 'rationale', 'regulation', 'category', 'severity', 'redact', 'placeholder',
  'keywords', 'patterns', 'validators', 'context', 'layout', 'exceptions', 'examples',
];
const KEYWORD_KEYS = ['terms', 'diacritics', 'case', 'fuzzy', 'boundary'];
const PATTERN_KEYS = ['regex', 'flags', 'on', 'group', 'triggers'];
const CONTEXT_KEYS = ['window', 'scope', 'anyOf', 'minMatches', 'noneOf', 'anyOfPatterns', 'noneOfPatterns', 'patternsOn'];
const LAYOUT_KEYS = ['standalone', 'lineStart', 'upperCase', 'firstLines', 'lastLines', 'maxLineLength'];
const EXCEPTION_KEYS = ['values', 'patterns'];
const EXAMPLE_KEYS = ['match', 'noMatch'];
const ID_RE = /^[a-z0-9][a-z0-9_-]*(\.[a-z0-9][a-z0-9_-]*)*$/;

/** Reads one YAML rule file. Shape problems come back as data with file:line:column; nothing throws. */
export function loadRuleFile(file: string, displayName = file, opts: ParseOptions = {}): LoadResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    return { rules: [], problems: [{ file: displayName, line: 1, column: 1, message: `cannot read the rule file (${(e as NodeJS.ErrnoException).code ?? 'error'})` }] };
  }
  const text = ruleFileText(bytes, displayName);
  if (typeof text !== 'string') return { rules: [], problems: [text] };
  return parseRuleText(text, displayName, { ...opts, path: file });
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const SAVE_AS_UTF8 = 'save the file as UTF-8 (in most editors: "Save with encoding" → UTF-8)';

/**
 * A rule file's text, or the problem that it is not UTF-8: decoding with replacement characters would turn a
 * keyword into one that never matches, silently. UTF-16 files (with a byte-order mark, or as many zero bytes as
 * UTF-16 text has) are named as such; otherwise the first byte that is not UTF-8 is given by line and column.
 */
export function ruleFileText(bytes: Uint8Array, file: string): string | RuleProblem {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || zeroBytesOfUtf16(bytes);
  if (utf16) return { file, line: 1, column: 1, message: 'the rule file is UTF-16 encoded; rule files must be UTF-8', fix: SAVE_AS_UTF8 };
  try {
    return strictUtf8.decode(bytes);
  } catch {
    // The longest prefix that decodes (a sequence cut at the end of a prefix is not an error while streaming).
    let lo = 0;
    let hi = bytes.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      try {
        new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(0, mid), { stream: true });
        lo = mid;
      } catch {
        hi = mid - 1;
      }
    }
    const before = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, lo), { stream: true });
    const lines = before.split(/\r\n|\r|\n/);
    return {
      file, line: lines.length, column: lines[lines.length - 1].length + 1,
      message: `the rule file is not valid UTF-8 (byte 0x${bytes[lo].toString(16).padStart(2, '0')} at byte ${lo}); a keyword with it would never match`,
      fix: `${SAVE_AS_UTF8}; a file saved as Latin-1 or Windows-1250 shows this`,
    };
  }
}

/** UTF-16 without a byte-order mark: every other byte zero, as ASCII-heavy YAML is in UTF-16. */
function zeroBytesOfUtf16(b: Uint8Array): boolean {
  const n = Math.min(b.length, 4096) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) even++;
    if (b[i + 1] === 0) odd++;
  }
  return n >= 4 && Math.max(even, odd) / (n / 2) > 0.4;
}

export function parseRuleText(text: string, file: string, opts: ParseOptions = {}): LoadResult {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // a BOM must not break a rule file
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true, customTags: [] });
  const problems: RuleProblem[] = [];
  const at = (node: YamlNode | null | undefined, fallbackOffset = 0) => {
    const off = node && 'range' in node && node.range ? node.range[0] : fallbackOffset;
    const p = lc.linePos(off);
    return { line: p.line, column: p.col };
  };
  for (const err of doc.errors) {
    const p = lc.linePos(err.pos[0]);
    problems.push({
      file, line: p.line, column: p.col,
      message: `YAML syntax error: ${err.message.split('\n')[0]}`,
      fix: 'check indentation, colons and quotes on this line (text with ":" or "#" must be in quotes)',
    });
  }
  if (problems.length > 0) return { rules: [], problems };

  const root = doc.contents as YamlNode | null;
  if (!isMap(root)) {
    problems.push({ file, ...at(root), message: 'a rule file must be a mapping with a `rules:` list', fix: 'start the file with `rules:` and list the rules under it' });
    return { rules: [], problems };
  }
  checkKeys(root, FILE_KEYS, file, undefined, problems, at);
  // Named lists and pieces (`{{name}}` in the rules below): this file's own and those of the files it uses.
  const place: Place = { file, text, lc };
  const vocab = new Vocabulary(problems, opts.builtinVocabulary);
  readVocabulary(root, place, opts.path, vocab, problems);
  checkVocabulary(vocab);
  const uses = vocab.uses.length > 0 ? vocab.uses : undefined;
  const rulesNode = root.get('rules', true) as YamlNode | undefined;
  // A vocabulary file: lists and pieces for other files to `use:`, no rules of its own.
  if (rulesNode === undefined && !vocab.empty) return { rules: [], problems, extensions: [], uses };
  if (!isSeq(rulesNode)) {
    problems.push({ file, ...at(rulesNode ?? root), message: '`rules:` must be a list of rules', fix: 'put each rule under `rules:` as a list item starting with `- id: …`' });
    return { rules: [], problems };
  }
  const rules: LoadedRule[] = [];
  const extensions: RuleChange[] = [];
  for (const item of rulesNode.items as YamlNode[]) {
    const before = problems.length;
    if (isMap(item) && item.has('extends')) {
      const ext = checkExtension(item, doc, file, problems, at, opts, vocab, place);
      if (ext && problems.length === before) extensions.push(ext);
      continue;
    }
    const raw = checkRule(item, doc, file, problems, at, opts, vocab, place);
    if (raw && problems.length === before) rules.push({ raw, file, line: at(item).line });
  }
  return { rules, problems, extensions, uses };
}

type At = (node: YamlNode | null | undefined) => { line: number; column: number };

/**
 * One rule's YAML as plain data. The YAML library refuses to expand a document with too many aliases (a "billion
 * laughs" file would otherwise take all memory); that, like any other refusal, is a problem of this rule file at
 * this rule, not an internal error.
 */
function toJs(node: YamlNode, doc: Document, file: string, problems: RuleProblem[], at: At): Record<string, unknown> | undefined {
  try {
    return node.toJS(doc) as Record<string, unknown>;
  } catch (e) {
    const alias = /alias/i.test((e as Error).message);
    problems.push({
      file, ...at(node),
      message: alias ? 'the rule uses YAML aliases (*name) too many times: expanding them would take too much memory, so the rule was refused'
        : `the rule cannot be read: ${(e as Error).message}`,
      fix: alias ? 'write the values out instead of repeating aliases (`&name` / `*name`)' : undefined,
    });
    return undefined;
  }
}

function checkKeys(map: YamlNode, allowed: string[], file: string, ruleId: string | undefined, problems: RuleProblem[], at: At, where = '') {
  if (!isMap(map)) return;
  for (const pair of map.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    if (!allowed.includes(key)) {
      const guess = closest(key, allowed);
      problems.push({
        file, ...at(pair.key as YamlNode), ruleId,
        message: `unknown key \`${key}\`${where ? ` in ${where}` : ''}`,
        fix: guess ? `did you mean \`${guess}\`?` : `allowed keys: ${allowed.join(', ')}`,
      });
    }
  }
}

function checkRule(node: YamlNode, doc: Document, file: string, problems: RuleProblem[], at: At, opts: ParseOptions, vocab: Vocabulary, place: Place): RawRule | undefined {
  if (!isMap(node)) {
    problems.push({ file, ...at(node), message: 'each rule must be a mapping (`- id: …`, then its fields)' });
    return undefined;
  }
  const js = toJs(node, doc, file, problems, at);
  if (!js) return undefined;
  const id = typeof js.id === 'string' ? js.id : undefined;
  // `{{name}}` references are expanded first: everything below checks the rule as it will run.
  if (!expandRuleRefs(js, node, vocab, place, id, problems)) return undefined;
  const problem = (path: (string | number)[], message: string, fix?: string) => {
    let n: YamlNode | undefined = node;
    for (const k of path) {
      const next: YamlNode | undefined = isMap(n) || isSeq(n) ? (n.get(k, true) as YamlNode | undefined) : undefined;
      if (!next) break;
      n = next;
    }
    problems.push({ file, ...at(n), ruleId: id, message, fix });
  };

  checkKeys(node, RULE_KEYS, file, id, problems, at);
  if (!id) problem(['id'], 'the rule has no `id`', 'add `id: my-office.some-name` (lower-case letters, digits, dots, dashes)');
  else if (!ID_RE.test(id)) problem(['id'], `the id \`${id}\` has characters an id may not have`, 'use lower-case letters, digits, "-", "_" and dots, e.g. `vn.classified.stamp`');

  const localized = (key: string, required: boolean) => {
    const v = js[key];
    if (v === undefined) {
      if (required) problem([key], `the rule has no \`${key}\``, `add \`${key}:\` — a sentence for the people who see this finding`);
      return;
    }
    if (typeof v === 'string') return;
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const keys = Object.keys(v);
      for (const k of keys) {
        if (!LANGS.includes(k)) problem([key, k], `\`${key}\` has an unknown language \`${k}\``, `use vi, cs or en`);
        else if (typeof (v as Record<string, unknown>)[k] !== 'string') problem([key, k], `\`${key}.${k}\` must be text`);
      }
      if (keys.length === 0) problem([key], `\`${key}\` is empty`);
      return;
    }
    problem([key], `\`${key}\` must be text, or one text per language (vi:, cs:, en:)`);
  };
  localized('title', true);
  localized('rationale', true);
  localized('regulation', false);

  if (js.category === undefined) problem(['category'], 'the rule has no `category`', `add one of: ${CATEGORIES.join(', ')}`);
  else if (!CATEGORIES.includes(js.category as never)) {
    const g = typeof js.category === 'string' ? closest(js.category, CATEGORIES) : undefined;
    problem(['category'], `unknown category \`${String(js.category)}\``, g ? `did you mean \`${g}\`? (allowed: ${CATEGORIES.join(', ')})` : `allowed: ${CATEGORIES.join(', ')}`);
  }
  if (js.severity !== undefined && !SEVERITIES.includes(js.severity as never)) {
    problem(['severity'], `unknown severity \`${String(js.severity)}\``, 'use block, warn or info');
  }
  if (js.redact !== undefined && typeof js.redact !== 'boolean') problem(['redact'], '`redact` must be true or false');
  if (js.placeholder !== undefined && (typeof js.placeholder !== 'string' || !/^[A-Z][A-Z0-9_]*$/.test(js.placeholder))) {
    problem(['placeholder'], '`placeholder` must be a short upper-case label such as CCCD or PHONE');
  }

  const stringList = (path: (string | number)[], v: unknown, what: string): boolean => {
    if (!Array.isArray(v)) { problem(path, `\`${path.join('.')}\` must be a list of ${what}`, 'write each item on its own line starting with "- "'); return false; }
    v.forEach((s, i) => { if (typeof s !== 'string' || s.trim() === '') problem([...path, i], `item ${i + 1} of \`${path.join('.')}\` must be non-empty text`, 'put it in quotes if it is a number'); });
    return true;
  };
  const enumField = (path: (string | number)[], v: unknown, allowed: string[]) => {
    if (v !== undefined && !allowed.includes(v as string)) problem(path, `\`${path.join('.')}\` must be one of: ${allowed.join(', ')}`);
  };
  const intField = (path: (string | number)[], v: unknown, min: number, max: number) => {
    if (v !== undefined && (!Number.isInteger(v) || (v as number) < min || (v as number) > max)) problem(path, `\`${path.join('.')}\` must be a whole number from ${min} to ${max}`);
  };
  const boolField = (path: (string | number)[], v: unknown) => {
    if (v !== undefined && typeof v !== 'boolean') problem(path, `\`${path.join('.')}\` must be true or false`);
  };
  const sub = (key: string) => node.get(key, true) as YamlNode | undefined;

  // An empty list loads fine but can never match: the rule would silently check nothing.
  const nonEmpty = (path: (string | number)[], v: unknown, what: string) => {
    if (Array.isArray(v) && v.length === 0) problem(path, `\`${path.join('.')}\` is an empty list, so the rule can never match`, `list at least one ${what}, or remove the rule`);
  };
  const kw = js.keywords;
  if (kw !== undefined) {
    nonEmpty(['keywords'], kw, 'word or phrase');
    if (Array.isArray(kw)) stringList(['keywords'], kw, 'words or phrases');
    else if (kw && typeof kw === 'object') {
      checkKeys(sub('keywords')!, KEYWORD_KEYS, file, id, problems, at, '`keywords`');
      const k = kw as Record<string, unknown>;
      if (k.terms === undefined) problem(['keywords'], '`keywords` has no `terms`', 'list the words under `terms:`');
      else if (stringList(['keywords', 'terms'], k.terms, 'words or phrases')) nonEmpty(['keywords', 'terms'], k.terms, 'word or phrase');
      enumField(['keywords', 'diacritics'], k.diacritics, ['sensitive', 'insensitive']);
      enumField(['keywords', 'case'], k.case, ['any', 'upper']);
      enumField(['keywords', 'boundary'], k.boundary, ['word', 'none']);
      intField(['keywords', 'fuzzy'], k.fuzzy, 0, 2);
    } else problem(['keywords'], '`keywords` must be a list of words, or a mapping with `terms:`');
  }

  const checkRegex = (path: (string | number)[], src: string, flags: string, on?: unknown) => {
    try {
      new RegExp(src, regexFlags(flags));
    } catch (e) {
      problem(path, `the regular expression does not compile: ${(e as Error).message.replace(/^Invalid regular expression: /, '')}`, 'check brackets and escapes; in YAML, prefer single quotes around a regex');
      return;
    }
    const hazard = opts.checkRegexSafety ? regexHazard(src, flags) : undefined;
    if (hazard) {
      const h = hazardProblem(hazard);
      problem(path, h.message, h.fix);
    }
    // A pattern on the normalised text (not `on: original`) never sees tabs, "\r" or two spaces in a row.
    const blank = opts.checkRegexSafety && on !== 'original' ? viewBlankHazard(src, flags) : undefined;
    if (blank !== undefined) {
      problem(path, `\`${blank}\` can never match: the normalised text holds every run of blanks as one space (or one line break)`, 'write `[ \\t]+` or a single space, or read the text as it is with `on: original`');
    }
  };
  const pats = js.patterns;
  if (kw === undefined) nonEmpty(['patterns'], pats, 'regular expression');
  if (pats !== undefined) {
    if (!Array.isArray(pats)) problem(['patterns'], '`patterns` must be a list of regular expressions');
    else pats.forEach((p, i) => {
      if (typeof p === 'string') { checkRegex(['patterns', i], p, ''); return; }
      if (p && typeof p === 'object' && !Array.isArray(p)) {
        const pn = (sub('patterns') as YamlNode & { get: (k: number, keep: true) => YamlNode }).get(i, true);
        checkKeys(pn, PATTERN_KEYS, file, id, problems, at, '`patterns`');
        const po = p as Record<string, unknown>;
        if (typeof po.regex !== 'string') problem(['patterns', i], `pattern ${i + 1} has no \`regex\` text`);
        else checkRegex(['patterns', i, 'regex'], po.regex, typeof po.flags === 'string' ? po.flags : '', po.on);
        if (po.flags !== undefined && (typeof po.flags !== 'string' || !/^[ims]*$/.test(po.flags))) problem(['patterns', i, 'flags'], '`flags` may only contain i, m and s');
        enumField(['patterns', i, 'on'], po.on, ['text', 'lower', 'folded', 'original']);
        if (po.group !== undefined && typeof po.group !== 'string' && !Number.isInteger(po.group)) problem(['patterns', i, 'group'], '`group` must be a group number or name');
        if (po.triggers !== undefined && stringList(['patterns', i, 'triggers'], po.triggers, 'words') && (po.triggers as unknown[]).length === 0) {
          problem(['patterns', i, 'triggers'], '`triggers` must name at least one word', 'leave `triggers:` out to run the regex on the whole text');
        }
      } else problem(['patterns', i], `pattern ${i + 1} must be a regular expression text or a mapping with \`regex:\``);
    });
  }
  if (kw === undefined && pats === undefined) {
    problem([], 'the rule has neither `keywords` nor `patterns`, so it can never match', 'add `keywords:` (words to find) or `patterns:` (regular expressions)');
  }

  const vals = js.validators;
  if (vals !== undefined) {
    if (!Array.isArray(vals)) problem(['validators'], '`validators` must be a list of validator names');
    else vals.forEach((v, i) => {
      const name = typeof v === 'string' ? v : v && typeof v === 'object' ? (v as Record<string, unknown>).name : undefined;
      if (typeof name !== 'string') { problem(['validators', i], 'a validator is a name, or a mapping with `name:` and its settings'); return; }
      if (!(name in VALIDATORS)) {
        const g = closest(name, Object.keys(VALIDATORS));
        problem(['validators', i], `unknown validator \`${name}\``, g ? `did you mean \`${g}\`?` : `known validators: ${Object.keys(VALIDATORS).sort().join(', ')}`);
      }
    });
  }

  const ctx = js.context;
  if (ctx !== undefined) {
    // A mapping, or a list of mappings that must all hold.
    const list = Array.isArray(ctx) ? ctx : [ctx];
    list.forEach((cx, i) => {
      const path = Array.isArray(ctx) ? ['context', i] : ['context'];
      if (!cx || typeof cx !== 'object' || Array.isArray(cx)) { problem(path, '`context` must be a mapping (or a list of mappings: all must hold)'); return; }
      const cn = Array.isArray(ctx) ? (sub('context') as YamlNode & { get: (k: number, keep: true) => YamlNode }).get(i, true) : sub('context')!;
      checkKeys(cn, CONTEXT_KEYS, file, id, problems, at, '`context`');
      const c = cx as Record<string, unknown>;
      intField([...path, 'window'], c.window, 1, 100000);
      intField([...path, 'minMatches'], c.minMatches, 1, 100);
      enumField([...path, 'scope'], c.scope, ['window', 'line', 'document']);
      enumField([...path, 'patternsOn'], c.patternsOn, ['folded', 'text']);
      for (const k of ['anyOf', 'noneOf', 'anyOfPatterns', 'noneOfPatterns']) if (c[k] !== undefined) stringList([...path, k], c[k], 'words');
      for (const k of ['anyOfPatterns', 'noneOfPatterns']) if (Array.isArray(c[k])) (c[k] as unknown[]).forEach((r, j) => typeof r === 'string' && checkRegex([...path, k, j], r, c.patternsOn === 'text' ? '' : 'i'));
    });
  }

  const lay = js.layout;
  if (lay !== undefined) {
    const list = Array.isArray(lay) ? lay : [lay];
    list.forEach((l, i) => {
      const path = Array.isArray(lay) ? ['layout', i] : ['layout'];
      if (!l || typeof l !== 'object' || Array.isArray(l)) { problem(path, '`layout` must be a mapping (or a list of mappings: any one may hold)'); return; }
      const ln = Array.isArray(lay) ? (sub('layout') as YamlNode & { get: (k: number, keep: true) => YamlNode }).get(i, true) : sub('layout')!;
      checkKeys(ln, LAYOUT_KEYS, file, id, problems, at, '`layout`');
      const o = l as Record<string, unknown>;
      for (const k of ['standalone', 'lineStart', 'upperCase']) boolField([...path, k], o[k]);
      for (const k of ['firstLines', 'lastLines', 'maxLineLength']) intField([...path, k], o[k], 1, 100000);
    });
  }

  const exc = js.exceptions;
  if (exc !== undefined) {
    if (!exc || typeof exc !== 'object' || Array.isArray(exc)) problem(['exceptions'], '`exceptions` must be a mapping with `values:` and/or `patterns:`');
    else {
      checkKeys(sub('exceptions')!, EXCEPTION_KEYS, file, id, problems, at, '`exceptions`');
      const e = exc as Record<string, unknown>;
      if (e.values !== undefined) stringList(['exceptions', 'values'], e.values, 'values');
      if (e.patterns !== undefined && stringList(['exceptions', 'patterns'], e.patterns, 'regular expressions')) (e.patterns as unknown[]).forEach((r, i) => typeof r === 'string' && checkRegex(['exceptions', 'patterns', i], r, 'i'));
    }
  }
  const ex = js.examples;
  if (ex !== undefined) {
    if (!ex || typeof ex !== 'object' || Array.isArray(ex)) problem(['examples'], '`examples` must be a mapping with `match:` and `noMatch:` lists');
    else {
      checkKeys(sub('examples')!, EXAMPLE_KEYS, file, id, problems, at, '`examples`');
      const e = ex as Record<string, unknown>;
      if (e.match !== undefined) stringList(['examples', 'match'], e.match, 'texts');
      if (e.noMatch !== undefined) stringList(['examples', 'noMatch'], e.noMatch, 'texts');
    }
  }
  return js as unknown as RawRule;
}

const EXTENSION_KEYS = ['extends', 'keywords', 'exceptions', 'examples'];

/**
 * `- extends: vn.classified.stamp` with `keywords`, `exceptions` and/or `examples`: adds to a rule defined
 * elsewhere (usually a built-in one) without copying it. Whether the rule exists is checked once all files are loaded.
 */
function checkExtension(node: YamlNode, doc: Document, file: string, problems: RuleProblem[], at: At, opts: ParseOptions, vocab: Vocabulary, place: Place): RuleChange | undefined {
  if (!isMap(node)) return undefined;
  const js = toJs(node, doc, file, problems, at);
  if (!js) return undefined;
  const id = typeof js.extends === 'string' ? js.extends : undefined;
  if (!expandRuleRefs(js, node, vocab, place, id, problems)) return undefined;
  const nodeAt = (path: string[]) => {
    let n: YamlNode | undefined = node;
    for (const k of path) {
      const next: YamlNode | undefined = isMap(n) || isSeq(n) ? (n.get(k, true) as YamlNode | undefined) : undefined;
      if (!next) break;
      n = next;
    }
    return n;
  };
  const problem = (path: string[], message: string, fix?: string) => problems.push({ file, ...at(nodeAt(path)), ruleId: id, message, fix });
  checkKeys(node, EXTENSION_KEYS, file, id, problems, at, 'an `extends` entry');
  if (!id) problem(['extends'], '`extends` must name the id of the rule to extend', 'e.g. `extends: vn.classified.stamp` (see `promptgate rules list`)');
  const strings = (v: unknown, path: string[]): string[] | undefined => {
    if (v === undefined) return undefined;
    if (Array.isArray(v) && v.every((x) => typeof x === 'string' && x.trim() !== '')) return v as string[];
    problem(path, `\`${path.join('.')}\` must be a list of texts`, 'write each item on its own line starting with "- " (quote numbers)');
    return undefined;
  };
  const sub = (v: unknown, path: string[], keys: string[]): Record<string, unknown> | undefined => {
    if (v === undefined) return undefined;
    if (!v || typeof v !== 'object' || Array.isArray(v)) {
      problem(path, `\`${path[0]}\` must be a mapping with ${keys.map((k) => `\`${k}:\``).join(' and/or ')}`);
      return undefined;
    }
    checkKeys(nodeAt(path)!, keys, file, id, problems, at, `\`${path[0]}\``);
    return v as Record<string, unknown>;
  };
  const keywords = strings(js.keywords, ['keywords']);
  const ex = sub(js.exceptions, ['exceptions'], ['values', 'patterns']);
  const patterns = strings(ex?.patterns, ['exceptions', 'patterns']);
  patterns?.forEach((src, i) => {
    const path = ['exceptions', 'patterns', String(i)];
    try {
      new RegExp(src, 'iu');
    } catch (e) {
      problem(path, `the regular expression does not compile: ${(e as Error).message.replace(/^Invalid regular expression: /, '')}`, 'check brackets and escapes; in YAML, prefer single quotes around a regex');
      return;
    }
    const hazard = opts.checkRegexSafety ? regexHazard(src, 'i') : undefined;
    if (hazard) {
      const h = hazardProblem(hazard);
      problem(path, h.message, h.fix);
    }
  });
  const examples = sub(js.examples, ['examples'], ['match', 'noMatch']);
  if (!id) return undefined;
  return {
    id,
    keywords,
    exceptions: ex && { values: strings(ex.values, ['exceptions', 'values']), patterns },
    examples: examples && { match: strings(examples.match, ['examples', 'match']), noMatch: strings(examples.noMatch, ['examples', 'noMatch']) },
    at: { file, ...at(node) },
  };
}
