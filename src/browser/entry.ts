import { decideText } from '../decide/pipeline.js';
import { result } from '../decide/verdict.js';
import { Engine } from '../engine/engine.js';
import { type LazyPackages, portablePlatform, usePlatform } from '../engine/platform.js';
import { kernelEngine } from '../normalize/kernel.js';
import { termMemo } from '../normalize/view.js';
import { findingJson } from '../report/json.js';
import { applyRuleChanges } from '../config/rule-changes.js';
import type { RuleProblem } from '../errors.js';
import { compileRule } from '../rules/compile.js';
import type { LoadResult } from '../rules/load.js';
import type { CompiledRule, RuleChange } from '../rules/model.js';
import type { MapEntry, Redaction } from '../redact/apply.js';
import { token, valueKey } from '../redact/placeholder.js';
import { redactText } from '../redact/redact.js';
import { restoreText, type Restoration } from '../redact/restore.js';
import type { Lang, Severity, Verdict } from '../types.js';

/** The precompiled built-in rules (dist/builtin-rules.json, see rules/builtin-cache.ts), as the bundle embeds them. */
export interface BuiltinRules {
  files: Record<string, { result: LoadResult }>;
  terms?: [raw: string, plain: string, folded: string][];
}

export interface BrowserScanResult {
  verdict: Verdict;
  /** As in the JSON contract, `source` "-". */
  findings: ReturnType<typeof findingJson>[];
}

/** What `redact` gives a browser host: as `promptgate redact`, findings as in the JSON contract (masked). */
export type BrowserRedaction =
  | { ok: true; text: string; entries: MapEntry[]; kept: ReturnType<typeof findingJson>[] }
  | { ok: false; reason: 'not-redactable' | 'unverified'; findings: ReturnType<typeof findingJson>[] };

export interface PromptGate {
  scanText(text: string, opts?: { lang?: Lang }): Promise<BrowserScanResult>;
  /** The same scan, synchronous: for a host that must decide inside an event handler (the extension's Enter key). */
  scanTextNow(text: string, opts?: { lang?: Lang }): BrowserScanResult;
  /** Placeholders for the redactable findings, as `promptgate redact` (the redacted text is scanned again). */
  redactText(text: string, opts?: { lang?: Lang; failOn?: Severity; previous?: MapEntry[] }): BrowserRedaction;
  /** Puts the values of a redaction's map back into an answer. */
  restoreText(answer: string, entries: MapEntry[]): Restoration;
  /** Which loop builds the matching views of long texts: the WebAssembly kernel, or its TypeScript fallback. */
  readonly kernel: 'webassembly' | 'typescript';
}

export interface GateOptions {
  /** An organisation's rules, compiled (see browser/rule-text.ts): added to the built-in ones, replacing a built-in rule of the same id. */
  rules?: CompiledRule[];
  /** The organisation's `extends:` entries (browser/rule-text.ts), applied to the rules above and the built-in ones. */
  changes?: RuleChange[];
}

/** An `extends:` entry that names no loaded rule: the rule set is refused (the message says which and suggests one). */
export class RuleChangeError extends Error {
  constructor(readonly problems: RuleProblem[]) {
    super(problems.map((p) => `${p.line}:${p.column} ${p.message}${p.fix ? ` (${p.fix})` : ''}`).join('; '));
  }
}

/**
 * The browser entry (`dist/browser/promptgate.js`, made by scripts/bundle-browser.mjs): the engine with the
 * built-in packs, on the portable platform with the lazily loaded packages bundled in. A text is scanned as the CLI
 * scans `-` (a byte-order mark dropped, inline ignores honoured); the verdict comes from what is left. Anything that
 * goes wrong rejects the promise: a caller must treat a rejection as "not checked", never as a pass.
 */
export function createPromptGate(builtin: BuiltinRules, packages: LazyPackages, gateOpts: GateOptions = {}): PromptGate {
  usePlatform({ ...portablePlatform, load: (name) => packages[name] });
  const files = Object.keys(builtin.files).sort();
  for (const f of files) {
    if (builtin.files[f].result.problems.length > 0 || builtin.files[f].result.extensions?.length) {
      throw new Error(`promptgate: the built-in rule file ${f} needs the rule loader (problems or extends:)`);
    }
  }
  for (const t of builtin.terms ?? []) termMemo.set(t[0], t);
  let engine: Engine | undefined;
  const theEngine = (): Engine => {
    if (engine) return engine;
    const own = new Set((gateOpts.rules ?? []).map((r) => r.id));
    const rules = [...files.flatMap((f) => builtin.files[f].result.rules).map(compileRule).filter((r) => !own.has(r.id)), ...(gateOpts.rules ?? [])];
    const problems: RuleProblem[] = [];
    applyRuleChanges(rules, gateOpts.changes ?? [], problems);
    if (problems.length > 0) throw new RuleChangeError(problems);
    return (engine = new Engine(rules));
  };
  const bodyOf = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const scanNow = (text: string, opts: { lang?: Lang } = {}): BrowserScanResult => {
    const body = bodyOf(text);
    // Decision steps 3–5 as for a plain text with no baseline, then the verdict (decide/pipeline.ts).
    const found = decideText(theEngine().scanText(body, '-', { lang: opts.lang }), body, { inlineIgnores: true }).kept;
    const r = result(found, []);
    return { verdict: r.verdict, findings: r.findings.map(findingJson) };
  };
  return {
    get kernel() {
      return kernelEngine();
    },
    async scanText(text, opts = {}) {
      return scanNow(text, opts);
    },
    scanTextNow: scanNow,
    redactText(text, opts = {}) {
      const r = redactText(bodyOf(text), theEngine(), { lang: opts.lang, failOn: opts.failOn, source: '-' });
      if (!r.ok) return { ok: false, reason: r.reason, findings: r.findings.map(findingJson) };
      const next = continueNumbering(r, opts.previous ?? []);
      return { ok: true, text: next.text, entries: next.entries, kept: r.kept.map(findingJson) };
    },
    restoreText,
  };
}

/**
 * One conversation, several redactions: a value already in the map keeps its placeholder, a new value gets the
 * next free number of its label, so `[CCCD_1]` never names two values in one map (restore would put back the wrong
 * one). The redacted text is rebuilt from its replacements with the renumbered tokens.
 */
function continueNumbering(r: Redaction, previous: MapEntry[]): Redaction {
  if (previous.length === 0) return r;
  const known = new Map(previous.map((e) => [`${e.label}\u0000${valueKey(e.value)}`, e]));
  const last = new Map<string, number>();
  for (const e of previous) last.set(e.label, Math.max(last.get(e.label) ?? 0, e.n));
  const renamed = new Map<string, MapEntry>();
  const entries: MapEntry[] = [];
  for (const e of r.entries) {
    const old = known.get(`${e.label}\u0000${valueKey(e.value)}`);
    if (old) renamed.set(e.placeholder, old);
    else {
      const n = (last.get(e.label) ?? 0) + 1;
      last.set(e.label, n);
      const fresh = { ...e, n, placeholder: token(e.label, n) };
      renamed.set(e.placeholder, fresh);
      entries.push(fresh);
    }
  }
  let text = '';
  let at = 0;
  for (const x of r.replacements) {
    text += r.text.slice(at, x.outStart) + renamed.get(x.placeholder)!.placeholder;
    at = x.outEnd;
  }
  return { text: text + r.text.slice(at), replacements: [], entries };
}
