import { applyInlineIgnores } from '../decide/suppressions.js';
import { result } from '../decide/verdict.js';
import { Engine } from '../engine/engine.js';
import { type LazyPackages, portablePlatform, usePlatform } from '../engine/platform.js';
import { kernelEngine } from '../normalize/kernel.js';
import { termMemo } from '../normalize/view.js';
import { findingJson } from '../report/json.js';
import { compileRule } from '../rules/compile.js';
import type { LoadResult } from '../rules/load.js';
import type { Lang, Verdict } from '../types.js';

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

export interface PromptGate {
  scanText(text: string, opts?: { lang?: Lang }): Promise<BrowserScanResult>;
  /** Which loop builds the matching views of long texts: the WebAssembly kernel, or its TypeScript fallback. */
  readonly kernel: 'webassembly' | 'typescript';
}

/**
 * The browser entry (`dist/browser/promptgate.js`, made by scripts/bundle-browser.mjs): the engine with the
 * built-in packs, on the portable platform with the lazily loaded packages bundled in. A text is scanned as the CLI
 * scans `-` (a byte-order mark dropped, inline ignores honoured); the verdict comes from what is left. Anything that
 * goes wrong rejects the promise: a caller must treat a rejection as "not checked", never as a pass.
 */
export function createPromptGate(builtin: BuiltinRules, packages: LazyPackages): PromptGate {
  usePlatform({ ...portablePlatform, load: (name) => packages[name] });
  const files = Object.keys(builtin.files).sort();
  for (const f of files) {
    if (builtin.files[f].result.problems.length > 0 || builtin.files[f].result.extensions?.length) {
      throw new Error(`promptgate: the built-in rule file ${f} needs the rule loader (problems or extends:)`);
    }
  }
  for (const [raw, plain, folded] of builtin.terms ?? []) termMemo.set(raw, [plain, folded]);
  let engine: Engine | undefined;
  return {
    get kernel() {
      return kernelEngine();
    },
    async scanText(text, opts = {}) {
      engine ??= new Engine(files.flatMap((f) => builtin.files[f].result.rules).map(compileRule));
      const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
      const found = applyInlineIgnores(engine.scanText(body, '-', { lang: opts.lang }), body).kept;
      const r = result(found, []);
      return { verdict: r.verdict, findings: r.findings.map(findingJson) };
    },
  };
}
