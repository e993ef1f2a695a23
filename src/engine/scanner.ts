import type { CompiledRule } from '../rules/model.js';
import type { Finding } from '../types.js';
import type { ScanTextOptions } from './engine.js';

/**
 * The one seam every input kind goes through (a plain text, a document's extracted text, a segment of a large file):
 * one text in, its findings out, synchronously. The engine is one; the regex watchdog (runtime/) is another, which
 * runs an engine in a watched worker; everything else that must see each scanned text — fingerprints, the
 * post-filter, progress — is a stage wrapped around a scanner, never a patched or subclassed engine.
 */
export interface TextScanner {
  /** The compiled rule set (the report reads titles and rationales from it). */
  readonly rules: CompiledRule[];
  scanText(text: string, source: string, opts?: ScanTextOptions): Finding[];
}

/** One call of a stage: the inner scanner, and the text as the stage was given it. */
export type StageCall = (inner: TextScanner, text: string, source: string, opts: ScanTextOptions) => Finding[];

/** A scanner that runs `call` around `inner` (the rules are the inner scanner's). */
export function stage(inner: TextScanner, call: StageCall): TextScanner {
  return { rules: inner.rules, scanText: (text, source, opts = {}) => call(inner, text, source, opts) };
}

/** A scanner with stages around it, in order: the first is innermost (sees the findings first). */
export function compose(scanner: TextScanner, stages: (StageCall | undefined)[]): TextScanner {
  return stages.reduce<TextScanner>((s, call) => (call ? stage(s, call) : s), scanner);
}
