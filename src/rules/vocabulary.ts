import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from '../util/yaml.js';
import type { RuleProblem } from '../errors.js';
import { normalizeTerm } from '../normalize/view.js';
import { closest } from './suggest.js';

/**
 * Rule vocabularies (rules/README.md, "Vocabularies and pieces"): named word lists (`vocabularies:`) and named regex
 * pieces (`pieces:`) defined once at the top of a rule file, or in a file that several rule files `use:`, and
 * referenced as `{{name}}` from patterns, keywords, context words and exceptions. The loader expands every
 * reference before it checks the rule, so the rest of promptgate only ever sees the expanded rule (and the built-in
 * cache stores it expanded). A problem — an unknown name, a cycle, a piece that is no regex — is reported at the
 * reference's own line and column in the YAML.
 */

/** `{{name}}` or `{{name:form}}`; whatever stands between the braces is checked by `refName`. */
const REF = /\{\{([^{}]*)\}\}/g;
const NAME = /^[a-z][a-z0-9_-]*$/;
/** How a word list is written into a regex: as written, folded (lower case without diacritics), or in capitals. */
const FORMS = ['folded', 'upper'] as const;
type Form = (typeof FORMS)[number];

interface Def {
  kind: 'list' | 'piece';
  name: string;
  /** A list's items, or a piece's regex text, as written. */
  value: string[] | string;
  file: string;
  line: number;
  column: number;
  /** Where the k-th reference to `name` inside item `i` (or the piece) is written. */
  refAt: (i: number, name: string, k: number) => { line: number; column: number };
}

/** Where a string came from: its YAML node, and the file's text and line counter. */
export interface Place {
  file: string;
  text: string;
  lc: InstanceType<typeof LineCounter>;
}

/** The names one rule file can refer to: its own definitions and those of the files it uses. */
export class Vocabulary {
  readonly defs = new Map<string, Def>();
  /** Absolute paths of the files read through `use:` (the built-in cache re-reads a rule file when one changes). */
  readonly uses: string[] = [];
  private readonly words = new Map<string, string[] | undefined>();
  /** A piece's regex as inserted: bare, and grouped when it has a top-level `|`. */
  private readonly regexes = new Map<string, { bare: string; grouped: string } | undefined>();
  private readonly resolving: string[] = [];

  /**
   * `builtin` gives the text of a built-in pack's vocabulary file, for `use: [builtin:<pack>]` (the CLI reads
   * rules/<pack>/vocabulary.yaml; the browser extension has them bundled, and no file system).
   */
  constructor(private readonly problems: RuleProblem[], readonly builtin?: (pack: string) => string | undefined) {}

  get empty(): boolean {
    return this.defs.size === 0;
  }

  /** Adds one definition; a name defined twice (here or in a used file) is a problem at the second one. */
  define(def: Def): void {
    const prev = this.defs.get(def.name);
    if (prev) {
      this.problems.push({
        file: def.file, line: def.line, column: def.column,
        message: `\`${def.name}\` is already defined in ${prev.file}:${prev.line}`,
        fix: 'define each list or piece once (one name, one place) and refer to it with {{name}}',
      });
      return;
    }
    this.defs.set(def.name, def);
  }

  /**
   * A word-list entry expanded: `{{list}}` standing alone becomes the list's words; any other text stays one word.
   * `report` places a problem at the k-th reference to a name in this entry.
   */
  expandWords(item: string, report: Reporter): string[] {
    const refs = [...item.matchAll(REF)];
    if (refs.length === 0) return [item];
    const whole = refs.length === 1 && refs[0][0] === item.trim();
    const counts = new Map<string, number>();
    const out: string[] = [];
    for (const m of refs) {
      const name = m[1].trim();
      const k = counts.get(name) ?? 0;
      counts.set(name, k + 1);
      const ref = this.refName(m[1], (message, fix) => report(name, k, message, fix));
      if (!ref) continue;
      if (!whole) {
        report(name, k, `\`{{${m[1]}}}\` stands inside a longer word; in a list of words a reference must be an item of its own`, `write \`- '{{${m[1]}}}'\` as its own item`);
        continue;
      }
      const def = this.lookup(ref.name, (message, fix) => report(name, k, message, fix));
      if (!def) continue;
      if (def.kind === 'piece') {
        report(name, k, `\`${ref.name}\` is a regex piece, not a list of words`, 'refer to pieces from patterns; word lists are defined under `vocabularies:`');
        continue;
      }
      const words = this.listWords(def);
      if (words) out.push(...applyForm(words, ref.form));
      else report(name, k);
    }
    return whole ? out : [item];
  }

  /** A regex with its references replaced: a list by an alternation of its words (as literal text), a piece by its regex. */
  expandRegex(src: string, report: Reporter): string {
    const counts = new Map<string, number>();
    return src.replace(REF, (all: string, inner: string, offset: number) => {
      // A reference that fills a group by itself, as in `(?<level>{{levels}})`, needs no group of its own.
      const alone = /\((?:\?<[A-Za-z]\w*>|\?:)?$/.test(src.slice(0, offset)) && src[offset + all.length] === ')';
      const name = inner.trim();
      const k = counts.get(name) ?? 0;
      counts.set(name, k + 1);
      const where: Report = (message, fix) => report(name, k, message, fix);
      const ref = this.refName(inner, where);
      const def = ref && this.lookup(ref.name, where);
      if (!ref || !def) return all;
      if (def.kind === 'list') {
        const words = this.listWords(def);
        if (!words) where(); // its definition's problem is reported there
        return words ? alternation(applyForm(words, ref.form), alone) : all;
      }
      if (ref.form) {
        where(`\`:${ref.form}\` applies to lists of words; \`${ref.name}\` is a regex piece`, `write {{${ref.name}}}`);
        return all;
      }
      const piece = this.pieceRegex(def);
      if (piece === undefined) where();
      return piece === undefined ? all : alone ? piece.bare : piece.grouped;
    });
  }

  private refName(inner: string, report: Report): { name: string; form?: Form } | undefined {
    const [name, form, ...rest] = inner.trim().split(':');
    if (!NAME.test(name) || rest.length > 0) {
      report(`\`{{${inner}}}\` is not a reference: a name is lower-case letters, digits and "-"`, 'write e.g. {{levels}} or {{levels:folded}}');
      return undefined;
    }
    if (form !== undefined && !(FORMS as readonly string[]).includes(form)) {
      report(`unknown form \`:${form}\` in \`{{${inner}}}\``, `forms: ${FORMS.map((f) => `{{${name}:${f}}}`).join(', ')}`);
      return undefined;
    }
    return { name, form: form as Form | undefined };
  }

  private lookup(name: string, report: Report): Def | undefined {
    const def = this.defs.get(name);
    if (!def) {
      const guess = closest(name, [...this.defs.keys()]);
      report(`unknown list or piece \`{{${name}}}\``, guess ? `did you mean \`{{${guess}}}\`?` : this.defs.size > 0
        ? `defined here: ${[...this.defs.keys()].sort().join(', ')}` : 'define it under `vocabularies:` (words) or `pieces:` (regex) at the top of the file, or `use:` the file that defines it');
      return undefined;
    }
    if (this.resolving.includes(name)) {
      const cycle = [...this.resolving.slice(this.resolving.indexOf(name)), name].join(' → ');
      report(`\`{{${name}}}\` refers to itself (${cycle})`, 'a list or piece may use others, but never itself through them');
      return undefined;
    }
    return def;
  }

  private listWords(def: Def): string[] | undefined {
    if (this.words.has(def.name)) return this.words.get(def.name);
    this.resolving.push(def.name);
    let ok = true;
    const out: string[] = [];
    (def.value as string[]).forEach((item, i) => {
      out.push(...this.expandWords(item, (name, k, message, fix) => {
        ok = false;
        if (message) this.problems.push({ file: def.file, ...def.refAt(i, name, k), message, fix });
      }));
    });
    this.resolving.pop();
    const words = ok ? out : undefined;
    this.words.set(def.name, words);
    return words;
  }

  private pieceRegex(def: Def): { bare: string; grouped: string } | undefined {
    if (this.regexes.has(def.name)) return this.regexes.get(def.name);
    this.resolving.push(def.name);
    let ok = true;
    const src = this.expandRegex(def.value as string, (name, k, message, fix) => {
      ok = false;
      if (message) this.problems.push({ file: def.file, ...def.refAt(0, name, k), message, fix });
    });
    this.resolving.pop();
    let out: { bare: string; grouped: string } | undefined;
    if (ok) {
      try {
        new RegExp(src, 'u');
        out = { bare: src, grouped: topLevelAlternation(src) ? `(?:${src})` : src };
      } catch (e) {
        this.problems.push({
          file: def.file, line: def.line, column: def.column,
          message: `the piece \`${def.name}\` is not a regular expression on its own: ${(e as Error).message.replace(/^Invalid regular expression: \/[\s\S]*\/[a-z]*: /, '')}`,
          fix: 'a piece must be a complete regex (balanced brackets); it is inserted where {{name}} stands',
        });
      }
    }
    this.regexes.set(def.name, out);
    return out;
  }
}

/** A problem with a reference; without a message, only that it failed (its definition's problem is reported there). */
type Report = (message?: string, fix?: string) => void;
/** Places a problem at the k-th reference to `name` in the string being expanded. */
export type Reporter = (name: string, k: number, message?: string, fix?: string) => void;

function applyForm(words: string[], form: Form | undefined): string[] {
  if (!form) return words;
  const out = words.map((w) => (form === 'folded' ? normalizeTerm(w).folded : w.toUpperCase()));
  return out.filter((w, i) => out.indexOf(w) === i);
}

/** Words as literal regex text, alternatives in the order written: one group of them unless `bare`. */
function alternation(words: string[], bare = false): string {
  const alts = words.map((w) => w.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')).join('|');
  return bare ? alts : `(?:${alts})`;
}

/** Whether `src` has a `|` outside every group and class (then it is wrapped before insertion). */
function topLevelAlternation(src: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

/** Line and column of the k-th `{{name…}}` written inside a scalar node (the node's start when not found). */
export function refPosition(node: YamlNode | undefined, place: Place, name: string, k: number): { line: number; column: number } {
  const range = node && 'range' in node ? node.range : undefined;
  let off = range ? range[0] : 0;
  if (range) {
    const src = place.text.slice(range[0], range[1]);
    const re = /\{\{([^{}]*)\}\}/g;
    let seen = 0;
    for (const m of src.matchAll(re)) {
      if (m[1].trim().split(':')[0] !== name) continue;
      if (seen++ === k) {
        off = range[0] + m.index!;
        break;
      }
    }
  }
  const p = place.lc.linePos(off);
  return { line: p.line, column: p.col };
}

const VOCAB_FILE_KEYS = ['use', 'vocabularies', 'pieces'];
/** `use: [builtin:vn]`: a built-in pack's vocabulary file, by the pack's name. */
const BUILTIN_USE = /^builtin:([a-z]+)$/;

/**
 * Reads the `use:`, `vocabularies:` and `pieces:` of a rule file's root mapping into `vocab`. `path` is the file on
 * disk (for `use:`, relative to it) and `seen` the files being read (a file that uses itself is read once).
 */
export function readVocabulary(root: YamlNode, place: Place, path: string | undefined, vocab: Vocabulary, problems: RuleProblem[], seen: string[] = []): void {
  if (!isMap(root)) return;
  const at = (n: YamlNode | undefined) => {
    const p = place.lc.linePos(n && 'range' in n && n.range ? n.range[0] : 0);
    return { line: p.line, column: p.col };
  };
  const problem = (n: YamlNode | undefined, message: string, fix?: string) => problems.push({ file: place.file, ...at(n), message, fix });
  /** A used file's text read into `vocab` (its own `use:` followed from `target`, its problems under `display`). */
  const readUsed = (item: YamlNode, rel: string, display: string, text: string, target: string | undefined, next: string[]) => {
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    const lc = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true, customTags: [] });
    if (doc.errors.length > 0) {
      const p = lc.linePos(doc.errors[0].pos[0]);
      problems.push({ file: display, line: p.line, column: p.col, message: `YAML syntax error: ${doc.errors[0].message.split('\n')[0]}` });
      return;
    }
    const sub = doc.contents as YamlNode | null;
    if (!isMap(sub) || !VOCAB_FILE_KEYS.some((k) => sub.has(k))) {
      problem(item, `\`${rel}\` holds no \`vocabularies:\` or \`pieces:\``, 'a used file defines lists and pieces (it may hold rules too)');
      return;
    }
    readVocabulary(sub, { file: display, text, lc }, target, vocab, problems, next);
  };
  const use = root.get('use', true) as YamlNode | undefined;
  if (use !== undefined) {
    if (!isSeq(use)) problem(use, '`use:` must be a list of vocabulary files', 'e.g. `use: [vocabulary.yaml]` (paths relative to this file)');
    else for (const item of use.items as YamlNode[]) {
      const rel = isScalar(item) && typeof item.value === 'string' ? item.value : undefined;
      if (!rel) { problem(item, 'each `use:` item must be the path of a vocabulary file'); continue; }
      const pack = BUILTIN_USE.exec(rel)?.[1];
      if (pack !== undefined) {
        const text = vocab.builtin?.(pack);
        if (text === undefined) { problem(item, `there is no built-in vocabulary \`${rel}\``, 'built-in vocabularies: builtin:vn, builtin:cz, builtin:intl'); continue; }
        if (!seen.includes(rel)) readUsed(item, rel, `builtin:${pack}/vocabulary.yaml`, text, undefined, [...seen, rel]);
        continue;
      }
      if (!path) {
        problem(item, `\`use: ${rel}\` cannot be followed: this rule text has no file to be relative to (rules from a browser policy read no files)`,
          'use a built-in vocabulary (`use: [builtin:vn]`, builtin:cz, builtin:intl) or define the lists under `vocabularies:` in this text');
        continue;
      }
      const target = resolve(dirname(path), rel);
      if (seen.includes(target) || target === resolve(path)) continue;
      let text: string;
      try {
        text = readFileSync(target, 'utf8');
      } catch (e) {
        problem(item, `cannot read the vocabulary file \`${rel}\` (${(e as NodeJS.ErrnoException).code ?? 'error'})`, 'the path is relative to this rule file');
        continue;
      }
      vocab.uses.push(target);
      readUsed(item, rel, place.file === path ? target : join(dirname(place.file), rel), text, target, [...seen, resolve(path)]);
    }
  }
  const defs = (key: 'vocabularies' | 'pieces') => {
    const map = root.get(key, true) as YamlNode | undefined;
    if (map === undefined) return;
    if (!isMap(map)) { problem(map, `\`${key}:\` must be a mapping of names to ${key === 'pieces' ? 'regex texts' : 'lists of words'}`); return; }
    for (const pair of map.items) {
      const keyNode = pair.key as YamlNode;
      const name = isScalar(keyNode) ? String(keyNode.value) : '';
      const value = pair.value as YamlNode | null;
      if (!NAME.test(name)) { problem(keyNode, `\`${name}\` is not a usable name`, 'names are lower-case letters, digits and "-", starting with a letter'); continue; }
      const base = { name, file: place.file, ...at(keyNode) };
      if (key === 'pieces') {
        if (!isScalar(value) || typeof value.value !== 'string' || value.value === '') { problem(value ?? keyNode, `the piece \`${name}\` must be a regex text`, "put it in single quotes: name: '[ \\t]{0,3}'"); continue; }
        vocab.define({ ...base, kind: 'piece', value: value.value, refAt: (_i, n, k) => refPosition(value, place, n, k) });
      } else {
        const items = isSeq(value) ? (value.items as YamlNode[]) : undefined;
        const words = items?.map((n) => (isScalar(n) && (typeof n.value === 'string' || typeof n.value === 'number') ? String(n.value) : ''));
        if (!items || !words || words.length === 0 || words.some((w) => w.trim() === '')) {
          problem(value ?? keyNode, `the list \`${name}\` must be a non-empty list of words`, 'write each word or phrase on its own line starting with "- "');
          continue;
        }
        vocab.define({ ...base, kind: 'list', value: words, refAt: (i, n, k) => refPosition(items[i], place, n, k) });
      }
    }
  };
  defs('vocabularies');
  defs('pieces');
}

/**
 * Expands every reference in one rule (or `extends` entry) as loaded from YAML, in place: word lists in `keywords`,
 * `triggers`, context `anyOf`/`noneOf` and exception `values`; regexes in `patterns`, context patterns and exception
 * `patterns`. What was written is kept in `written` (by field path) for `explain`. False when a reference failed
 * (the problems say where); the rule is then refused.
 */
export function expandRuleRefs(js: Record<string, unknown>, node: YamlNode, vocab: Vocabulary, place: Place, ruleId: string | undefined, problems: RuleProblem[]): boolean {
  let ok = true;
  const written: Record<string, string | string[]> = {};
  const nodeAt = (path: (string | number)[]) => {
    let n: YamlNode | undefined = node;
    for (const k of path) n = isMap(n) || isSeq(n) ? (n.get(k, true) as YamlNode | undefined) : undefined;
    return n;
  };
  const reporter = (path: (string | number)[]): Reporter => (name, k, message, fix) => {
    ok = false;
    if (message) problems.push({ file: place.file, ...refPosition(nodeAt(path), place, name, k), ruleId, message, fix });
  };
  const regex = (holder: Record<string | number, unknown> | unknown[], key: string | number, path: (string | number)[]) => {
    const v = (holder as Record<string | number, unknown>)[key];
    if (typeof v !== 'string' || !v.includes('{{')) return;
    const out = vocab.expandRegex(v, reporter(path));
    written[path.join('.')] = v;
    (holder as Record<string | number, unknown>)[key] = out;
  };
  const words = (holder: Record<string, unknown>, key: string, path: (string | number)[]) => {
    const v = holder[key];
    if (!Array.isArray(v) || !v.some((w) => typeof w === 'string' && w.includes('{{'))) return;
    written[path.join('.')] = [...v] as string[];
    holder[key] = v.flatMap((w, i) => (typeof w === 'string' ? vocab.expandWords(w, reporter([...path, i])) : [w]));
  };
  const regexes = (holder: Record<string, unknown>, key: string, path: (string | number)[]) => {
    const v = holder[key];
    if (Array.isArray(v)) v.forEach((_, i) => regex(v, i, [...path, i]));
  };
  const obj = (v: unknown): Record<string, unknown> | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined);

  if (Array.isArray(js.keywords)) words(js, 'keywords', ['keywords']);
  else if (obj(js.keywords)) words(obj(js.keywords)!, 'terms', ['keywords', 'terms']);
  if (Array.isArray(js.patterns)) {
    js.patterns.forEach((p, i) => {
      if (typeof p === 'string') regex(js.patterns as unknown[], i, ['patterns', i]);
      else if (obj(p)) {
        regex(obj(p)!, 'regex', ['patterns', i, 'regex']);
        words(obj(p)!, 'triggers', ['patterns', i, 'triggers']);
      }
    });
  }
  const contexts = Array.isArray(js.context) ? js.context : js.context === undefined ? [] : [js.context];
  contexts.forEach((c, i) => {
    const cx = obj(c);
    if (!cx) return;
    const path = Array.isArray(js.context) ? ['context', i] : ['context'];
    for (const k of ['anyOf', 'noneOf']) words(cx, k, [...path, k]);
    for (const k of ['anyOfPatterns', 'noneOfPatterns']) regexes(cx, k, [...path, k]);
  });
  const exc = obj(js.exceptions);
  if (exc) {
    words(exc, 'values', ['exceptions', 'values']);
    regexes(exc, 'patterns', ['exceptions', 'patterns']);
  }
  if (Object.keys(written).length > 0) js.written = written;
  return ok;
}

/** Resolves every definition once, so a bad piece or list is reported even where nothing uses it yet. */
export function checkVocabulary(vocab: Vocabulary): void {
  for (const def of vocab.defs.values()) {
    const ref = `{{${def.name}}}`;
    if (def.kind === 'list') vocab.expandWords(ref, () => undefined);
    else vocab.expandRegex(ref, () => undefined);
  }
}
