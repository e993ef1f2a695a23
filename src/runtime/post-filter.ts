import type { Baseline } from '../baseline/baseline.js';
import { valueDigest } from '../baseline/digest.js';
import type { StageCall } from '../engine/scanner.js';
import type { CompiledRule } from '../rules/model.js';
import type { Finding, ScanResult, ScanWarning, SuppressedFinding } from '../types.js';
import { decideText, type RestrictedPart } from '../decide/pipeline.js';
import { compareFindings } from '../decide/verdict.js';

export interface PostFilterOptions {
  /** Honour `promptgate-ignore…` markers in the scanned text (default true; false for audits). */
  inlineIgnores?: boolean;
  /** Findings this baseline holds are moved to `suppressed`. */
  baseline?: Baseline;
  /**
   * Give each finding its value digest (default true). Only SARIF fingerprints and baselines read it; the CLI turns
   * it off for JSON and pretty output, which spares every such run loading node:crypto. A baseline forces it on.
   */
  valueDigests?: boolean;
}

/**
 * The last stage before the verdict, per scanned text: give each finding its value digest (while the text is at
 * hand), then run decision steps 3–5 (decide/pipeline.ts: category filter, inline ignores, baseline), which move
 * inline-ignored and baselined findings out of `findings` into `suppressed`. This class only collects what they
 * moved; the verdict is computed from what is left.
 */
export class PostFilter {
  private readonly suppressed: SuppressedFinding[] = [];
  private readonly warnings: ScanWarning[] = [];

  constructor(private readonly opts: PostFilterOptions = {}) {}

  /** This stage around a scanner of `rules` (so every input kind goes through it). */
  stage(rules: CompiledRule[]): StageCall {
    if (this.opts.baseline) this.baselineWarnings(this.opts.baseline, rules);
    return (inner, text, source, o) => this.apply(inner.scanText(text, source, o), text, source, { document: o.document, lineBase: o.frame?.lineBase, parts: o.parts });
  }

  /**
   * Inline markers count only in a plain text that a person reads as it is: in a document's extracted text (hidden
   * Word text, comments, metadata) nobody sees them, so they waive nothing there.
   */
  apply(found: Finding[], text: string, source: string, o: { document?: boolean; lineBase?: number; parts?: readonly RestrictedPart[] } = {}): Finding[] {
    if (this.opts.valueDigests !== false || this.opts.baseline) for (const f of found) f.digest = valueDigest(f.ruleId, text.slice(f.start, f.end));
    const baseline = this.opts.baseline;
    const r = decideText(found, text, {
      parts: o.parts,
      inlineIgnores: this.opts.inlineIgnores !== false && !o.document,
      // A segment of a long input: its markers' lines count from the segment's start, its findings' from the input's.
      lineBase: o.lineBase,
      baselined: baseline && ((f) => baseline.has(f)),
    });
    this.suppressed.push(...r.suppressed);
    for (const p of r.problems) this.warnings.push({ source, line: p.line, message: p.message });
    return r.kept;
  }

  /** What the person running the scan should know about the baseline: its key, and entries it no longer honours. */
  private baselineWarnings(baseline: Baseline, rules: CompiledRule[]): void {
    for (const message of baseline.warnings) this.warnings.push({ source: baseline.path, message });
    const category = new Map(rules.map((r) => [r.id, r.category]));
    const ignored = baseline.ignoredEntries((id) => category.get(id));
    if (ignored.length > 0) {
      const ids = [...new Set(ignored.map((e) => e.ruleId))].sort().join(', ');
      this.warnings.push({
        source: baseline.path,
        message: `${ignored.length} entr${ignored.length === 1 ? 'y' : 'ies'} for classification markings (${ids}) ignored: `
          + "a baseline cannot accept a marking, only the security officer's configuration (.promptgate.yaml) can; "
          + '`promptgate baseline prune` removes them',
      });
    }
  }

  /** Takes in what the same stage moved aside in a worker thread (folder scans on several cores). */
  absorb(suppressed: SuppressedFinding[], warnings: ScanWarning[]): void {
    this.suppressed.push(...suppressed);
    this.warnings.push(...warnings);
  }

  /** Adds what this stage moved aside to the result (the fields appear only when non-empty). */
  finish(r: ScanResult): ScanResult {
    if (this.suppressed.length > 0) r.suppressed = this.suppressed.sort(compareFindings);
    if (this.warnings.length > 0) r.warnings = this.warnings;
    return r;
  }
}
