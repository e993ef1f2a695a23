import type { TextScanner } from '../engine/scanner.js';
import type { CompiledRule } from '../rules/model.js';
import type { Finding, Lang, Severity } from '../types.js';
import { severityRank } from '../types.js';
import { applyRedaction, type MapEntry, type Replacement } from './apply.js';

export interface RedactOptions {
  /** Lowest severity that fails (default `block`): non-redactable findings at or above it refuse the whole text. */
  failOn?: Severity;
  lang?: Lang;
  source?: string;
}

export type RedactOutcome =
  /** The text may be sent once `text` replaces it; `kept` are findings below the failing severity left in place. */
  | { ok: true; text: string; replacements: Replacement[]; entries: MapEntry[]; kept: Finding[] }
  /** The text must not leave at all (a stamp, a registered document): nothing is redacted. */
  | { ok: false; reason: 'not-redactable'; findings: Finding[] }
  /** Scanning the redacted text still fails: a bug or a rule that matches its own placeholder. Fail closed. */
  | { ok: false; reason: 'unverified'; findings: Finding[] };

/**
 * Redacts one decoded text (no BOM) with a compiled engine: every finding of a redactable rule is cut out,
 * whatever its severity. Then the result is scanned again and must pass at the same failing severity, so that
 * `redact` never hands over a text that `scan` would stop.
 */
export function redactText(text: string, engine: TextScanner, opts: RedactOptions = {}): RedactOutcome {
  const failOn = opts.failOn ?? 'block';
  const source = opts.source ?? '<stdin>';
  const rules = new Map<string, CompiledRule>(engine.rules.map((r) => [r.id, r]));
  const ruleOf = (id: string) => rules.get(id);
  // An unknown rule id cannot happen; if it did, the finding counts as not redactable (fail closed).
  const redactable = (f: Finding) => ruleOf(f.ruleId)?.redactable === true;
  const fails = (f: Finding) => severityRank(f.severity) >= severityRank(failOn);

  const findings = engine.scanText(text, source, { lang: opts.lang });
  const stopping = findings.filter((f) => !redactable(f) && fails(f));
  if (stopping.length > 0) return { ok: false, reason: 'not-redactable', findings: stopping };

  const r = applyRedaction(text, findings.filter(redactable), ruleOf);
  const left = engine.scanText(r.text, source, { lang: opts.lang }).filter(fails);
  if (left.length > 0) return { ok: false, reason: 'unverified', findings: left };
  return { ok: true, ...r, kept: findings.filter((f) => !redactable(f)) };
}
