import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import type { MessagePort, Worker } from 'node:worker_threads';

import { RuleTimeoutError } from '../errors.js';
import { Engine, type ScanTextOptions } from '../engine/engine.js';
import type { TextScanner } from '../engine/scanner.js';
import type { Finding } from '../types.js';
import { isUserRegex } from '../config/rule-changes.js';
import { COMPILED_PROTOTYPES, INHERITED_REGEXES } from '../rules/compile.js';
import type { CompiledPattern, CompiledRule } from '../rules/model.js';
import { loadRuleSet, type RuleSetOptions } from '../rules/ruleset.js';
import './node-platform.js'; // installs the engine's Node platform

// worker_threads costs ~8 ms to load and only user regexes need it: required on first use, not at start-up.
const requireBuiltin = createRequire(import.meta.url);
const threads = () => requireBuiltin('node:worker_threads') as typeof import('node:worker_threads');

/**
 * Scan-time bound on regex matching. A JavaScript regex cannot be interrupted, so rule sets with regexes written by
 * users run in a worker thread; the worker publishes, in shared memory, which rule's regex it is running and a
 * counter bumped at every regex call. The main thread waits synchronously (Atomics.wait, so `scanText` keeps its
 * synchronous signature) and, when one regex call has run longer than the budget, terminates the worker and throws
 * RuleTimeoutError naming the rule: exit 2, never a silent pass.
 *
 * Built-in rules are checked statically by the test suite, so a run without user regexes keeps the in-process fast
 * path: the worker costs a thread start and a second rule-set load (it starts before the main thread loads the
 * rules so the two overlap; measured +0.5–0.9 s on the first text on a busy 2-core machine).
 */

/** How long one regex call may run before the scan is stopped (ms). PROMPTGATE_REGEX_BUDGET_MS overrides it. */
export const DEFAULT_BUDGET_MS = 1000;
/** How long the worker may take to start and load the rules. */
const STARTUP_MS = 30_000;

// Shared slots: the regex-call counter, the index of the rule whose regex runs, the count of finished replies.
const SEQ = 0;
const RULE = 1;
const DONE = 2;

/**
 * Engines kept between scans by a long-running process (`promptgate serve`, see serve/engine-cache.ts): createEngine
 * asks it for plain engines, releaseEngine leaves the engines it holds alone. Watched engines are never kept (each
 * owns a worker, which a runaway regex ends).
 */
export interface EngineCache {
  get(opts: RuleSetOptions, make: () => Engine): Engine;
  holds(engine: TextScanner): boolean;
}

let engineCache: EngineCache | undefined;

export function useEngineCache(cache: EngineCache | undefined): void {
  engineCache = cache;
}

/** The engine a scan should use: the plain in-process one, or the watched worker when user regexes are present. */
export function createEngine(opts: RuleSetOptions, env: NodeJS.ProcessEnv = process.env): TextScanner {
  const mode = env.PROMPTGATE_WATCHDOG;
  if (engineCache && mode !== 'always' && (mode === 'off' || !mayHaveUserRegex(opts))) return engineCache.get(opts, () => new Engine(loadRuleSet(opts)));
  const budget = Number(env.PROMPTGATE_REGEX_BUDGET_MS) > 0 ? Number(env.PROMPTGATE_REGEX_BUDGET_MS) : DEFAULT_BUDGET_MS;
  // The worker loads the rules itself; started before the main thread loads them, the two loads overlap.
  const early = mode === 'always' || (mode !== 'off' && mayHaveUserRegex(opts)) ? new WatchedEngine(opts, budget) : undefined;
  let rules: CompiledRule[];
  try {
    rules = loadRuleSet(opts);
  } catch (e) {
    early?.close();
    throw e;
  }
  if (early && (mode === 'always' || hasUserRegex(rules))) return early.withRules(rules);
  early?.close(); // user rule files with keywords only: nothing to watch
  return new Engine(rules);
}

/** Cheap guess before loading: could these options bring in a regex that promptgate did not ship? */
function mayHaveUserRegex(opts: RuleSetOptions): boolean {
  return (opts.extra ?? []).length > 0 || (opts.exceptions?.patterns ?? []).length > 0
    || (opts.overrides ?? []).some((o) => (o.exceptions?.patterns ?? []).length > 0);
}

/** Ends the worker of an engine made by createEngine (a no-op for a plain engine). */
export function releaseEngine(engine: TextScanner): void {
  if (engineCache?.holds(engine)) return;
  if (engine instanceof WatchedEngine) engine.close();
}

/** Whether an enabled rule runs a regex that did not ship with promptgate. */
export function hasUserRegex(rules: CompiledRule[]): boolean {
  return rules.some((r) => r.enabled && regexesOf(r).some((re) => isUserRegex(re) || !r.source.file.startsWith('builtin:')));
}

/** Every RegExp reachable from a compiled rule (patterns, context, exceptions — whatever shape they take). */
export function regexesOf(rule: CompiledRule): RegExp[] {
  const out: RegExp[] = [];
  walk(rule, (re) => { out.push(re); return re; });
  return out;
}

/** Visits every RegExp in plain objects, compiled rules and patterns (rules/compile.ts) and arrays, replacing each
 * with what `fn` returns. */
export function walk(value: unknown, fn: (re: RegExp) => RegExp, seen = new Set<unknown>()): void {
  if (!value || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  const obj = value as Record<string, unknown>;
  // A built-in pattern's `re` is inherited (rules/compile.ts): named, as Object.keys does not list it.
  const inherited = INHERITED_REGEXES.get(Object.getPrototypeOf(obj) as object);
  for (const k of inherited ? [...Object.keys(obj), ...inherited.filter((k) => !Object.hasOwn(obj, k))] : Object.keys(obj)) {
    const v = obj[k];
    if (v instanceof RegExp) obj[k] = fn(v);
    else if (Array.isArray(v) || (v && (Object.getPrototypeOf(v) === Object.prototype || COMPILED_PROTOTYPES.has(Object.getPrototypeOf(v))))) walk(v, fn, seen);
  }
}

function workerUrl(): URL {
  const here = new URL('./regex-watchdog-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(here))) return here;
  return new URL('../../dist/runtime/regex-watchdog-worker.js', import.meta.url); // running from src/ (tests)
}

/** The rule set's scanner in a watched worker thread (see above): a TextScanner like the engine it runs. */
export class WatchedEngine implements TextScanner {
  rules: CompiledRule[] = [];
  private readonly state = new Int32Array(new SharedArrayBuffer(12));
  private readonly port: MessagePort;
  private readonly worker: Worker;
  private ruleIds: string[] = [];
  private ready = false;
  private closed = false;

  constructor(opts: RuleSetOptions, private readonly budgetMs: number) {
    const { port1, port2 } = new (threads().MessageChannel)();
    this.port = port1;
    // The main thread already checked the rule files; the worker need not load the regex analyser again.
    this.worker = new (threads().Worker)(workerUrl(), {
      workerData: { opts: { ...opts, regexSafety: 'off' }, state: this.state, port: port2 },
      transferList: [port2],
    });
    this.worker.unref();
    this.worker.on('error', () => { /* reported through the port, or as a timeout; never as an uncaught error */ });
  }

  /** The rules as the main thread loaded and checked them (the worker runs its own copy of the same set). */
  withRules(rules: CompiledRule[]): this {
    this.rules = rules;
    return this;
  }

  scanText(text: string, source: string, opts: ScanTextOptions = {}): Finding[] {
    if (this.closed) throw new Error('the regex watchdog was closed');
    if (!this.ready) {
      const m = this.await(source, STARTUP_MS, false) as { ready: true; ruleIds: string[] };
      this.ruleIds = m.ruleIds;
      this.ready = true;
    }
    const { onView: _, betweenWindows: __, ...plain } = opts; // a callback cannot cross to the worker (its views stay there)
    this.port.postMessage({ text, source, opts: plain });
    const reply = this.await(source, this.budgetMs, true) as { findings: Finding[] };
    return reply.findings;
  }

  /** Waits for the worker's next reply; a regex call that outlives the budget ends the run. */
  private await(source: string, budgetMs: number, perCall: boolean): unknown {
    let seq = Atomics.load(this.state, SEQ);
    let since = Date.now();
    const start = since;
    for (;;) {
      const done = Atomics.load(this.state, DONE);
      const got = threads().receiveMessageOnPort(this.port);
      if (got) {
        const m = got.message as { error?: string };
        if (m.error !== undefined) {
          this.close();
          throw new Error(`the scan worker failed: ${m.error}`);
        }
        return m;
      }
      Atomics.wait(this.state, DONE, done, 50);
      const now = Date.now();
      const s = Atomics.load(this.state, SEQ);
      if (s !== seq) {
        seq = s;
        since = now;
      }
      if (now - (perCall ? since : start) > budgetMs) {
        const idx = Atomics.load(this.state, RULE);
        this.close();
        if (!perCall) throw new Error('the scan worker did not start in time');
        throw new RuleTimeoutError(this.ruleIds[idx] ?? 'unknown rule', source);
      }
    }
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.port.close();
    void this.worker.terminate();
  }
}

/** The worker side: loads the same rule set, wraps each regex so that calling it publishes its rule, scans on request. */
export function runWorker(data: { opts: RuleSetOptions; state: Int32Array; port: MessagePort }): void {
  const { state, port } = data;
  try {
    const rules = loadRuleSet(data.opts);
    rules.forEach((rule, i) => {
      walk(rule, (re) => watched(re, i, state));
      for (const p of rule.patterns) watchForms(p, i, state);
    });
    const engine = new Engine(rules);
    const reply = (m: unknown) => {
      port.postMessage(m);
      Atomics.add(state, DONE, 1);
      Atomics.notify(state, DONE);
    };
    port.on('message', (m: { text: string; source: string; opts: ScanTextOptions }) => {
      try {
        Atomics.store(state, RULE, -1);
        Atomics.add(state, SEQ, 1);
        reply({ findings: engine.scanText(m.text, m.source, m.opts) });
      } catch (e) {
        reply({ error: (e as Error).message });
      }
    });
    reply({ ready: true, ruleIds: rules.map((r) => r.id) });
  } catch (e) {
    port.postMessage({ error: (e as Error).message });
    Atomics.add(state, DONE, 1);
    Atomics.notify(state, DONE);
  }
}

/**
 * The other forms a pattern makes of its regex on first need (rules/compile.ts PATTERN: the sticky copy that tries one
 * position — trigger spots, the kernel's openings —, the BMP forms, the pruned and narrowed forms of a short text) are
 * watched too, each as it is made: whichever form the engine runs, a runaway regex is named by its rule. Only in the
 * worker, so a scan without the watchdog compiles no copy.
 */
function watchForms(p: CompiledPattern, index: number, state: Int32Array): void {
  const proto = Object.getPrototypeOf(p) as Record<string, unknown>;
  const copies = new WeakMap<RegExp, RegExp>();
  const watch = (re: RegExp | undefined): RegExp | undefined => {
    if (re === undefined) return undefined;
    let w = copies.get(re);
    if (w === undefined) copies.set(re, (w = watched(re, index, state)));
    return w;
  };
  for (const key of ['sticky', 'bmpRe', 'bmpSticky'] as const) {
    const get = Object.getOwnPropertyDescriptor(proto, key)?.get;
    if (get && !Object.hasOwn(p, key)) Object.defineProperty(p, key, { configurable: true, get: () => watch(get.call(p) as RegExp | undefined) });
  }
  for (const key of ['pruned', 'bmpWithin'] as const) {
    const made = proto[key];
    if (typeof made === 'function' && !Object.hasOwn(p, key)) {
      Object.defineProperty(p, key, { configurable: true, value: (...args: unknown[]) => watch((made as (...a: unknown[]) => RegExp | undefined).apply(p, args)) });
    }
  }
}

/** A copy of `re` that, on every call, records that rule `index` is running (the watchdog reads it). */
function watched(re: RegExp, index: number, state: Int32Array): RegExp {
  class WatchedRegExp extends RegExp {
    override exec(s: string): RegExpExecArray | null {
      Atomics.store(state, RULE, index);
      Atomics.add(state, SEQ, 1);
      return super.exec(s);
    }
  }
  const w = new WatchedRegExp(re.source, re.flags);
  w.lastIndex = re.lastIndex;
  return w;
}
