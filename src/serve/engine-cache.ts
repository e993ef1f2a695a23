import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Engine } from '../engine/engine.js';
import type { EngineCache } from '../runtime/regex-watchdog.js';
import type { TextScanner } from '../engine/scanner.js';
import { ruleFiles, type RuleSetOptions } from '../rules/ruleset.js';

/**
 * The server's engines, one per rule set: the key is a SHA-256 digest of the options (packs, overrides, exceptions,
 * from the flags and the config file) and of the name and content of every user rule file they name, read at each
 * request — so a rule file edited since the last scan makes a new engine, and a scan never runs on other rules than
 * the same command would load in process. The built-in rules belong to the build, which the handshake compares. The
 * least recently used engine goes beyond `max`.
 */
export class RuleSetCache implements EngineCache {
  private readonly engines = new Map<string, Engine>();
  private readonly held = new WeakSet<Engine>();

  constructor(private readonly max = 8) {}

  get size(): number {
    return this.engines.size;
  }

  get(opts: RuleSetOptions, make: () => Engine): Engine {
    const key = ruleSetDigest(opts);
    if (key === undefined) return make(); // a rule path that cannot be read: the load says what is wrong
    const found = this.engines.get(key);
    if (found) {
      this.engines.delete(key);
      this.engines.set(key, found);
      return found;
    }
    const engine = make();
    this.engines.set(key, engine);
    this.held.add(engine);
    for (const old of this.engines.keys()) {
      if (this.engines.size <= this.max) break;
      this.engines.delete(old);
    }
    return engine;
  }

  holds(engine: TextScanner): boolean {
    return this.held.has(engine as Engine);
  }
}

/** The digest of a rule set's options and user rule files, or undefined when one of them cannot be read. */
export function ruleSetDigest(opts: RuleSetOptions): string | undefined {
  // Only what loadRuleSet reads: callers pass their whole scan options (with the text itself).
  const { builtin, packs, extra, regexSafety, overrides, exceptions } = opts;
  const h = createHash('sha256').update(JSON.stringify({ builtin, packs, extra: extra?.map((x) => resolve(x)), regexSafety, overrides, exceptions }));
  try {
    for (const x of opts.extra ?? []) {
      for (const f of ruleFiles(x)) h.update(`\0${resolve(f)}\0`).update(readFileSync(f));
      h.update('\0\0');
    }
  } catch {
    return undefined;
  }
  return h.digest('hex');
}
