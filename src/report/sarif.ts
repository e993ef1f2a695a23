import { isAbsolute, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { hmac } from '../baseline/digest.js';
import { DEFAULT_FINGERPRINT_KEY } from '../baseline/key.js';
import type { CompiledRule } from '../rules/model.js';
import type { Category, Finding, Lang, ScanResult, Severity, SuppressedFinding } from '../types.js';
import { localize } from '../util/localize.js';

/**
 * SARIF 2.1.0 for GitHub code scanning and other dashboards. It carries where and which rule, never what: no
 * snippet, no excerpt (not even masked), no inline-ignore reason (free text from the scanned file).
 *
 * `partialFingerprints.primaryLocationLineHash` = HMAC(key, value digest) + ":" + occurrence, where the value
 * digest is itself an HMAC of rule id + normalised value (baseline/digest.ts). It depends on neither line numbers
 * nor neighbouring lines, so inserting or moving unrelated lines keeps alerts matched. The key comes from outside
 * the file (baseline/key.ts): PROMPTGATE_FINGERPRINT_KEY or the config's keyFile (a CI secret, so that a reader of
 * the SARIF cannot test guesses of a low-entropy value such as a 12-digit ID), else a fixed public key, with a
 * warning (it still rules out precomputed tables shared with other tools). It must stay the same across runs, or
 * every alert is new.
 */
export { DEFAULT_FINGERPRINT_KEY };
const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { block: 'error', warn: 'warning', info: 'note' };
/** GitHub's security-severity (0.1–10): block-level categories are high or critical. */
const SECURITY_SEVERITY: Record<Category, string> = {
  'classified-marking': '9.5',
  fingerprint: '9.0',
  'national-id': '8.0',
  financial: '8.0',
  credential: '8.5',
  'official-document': '5.0',
  'sensitive-personal': '6.0',
  contact: '4.0',
  infrastructure: '4.0',
};

export interface SarifOptions {
  rules: CompiledRule[];
  toolVersion: string;
  lang?: Lang;
  fingerprintKey?: string;
}

export function formatSarif(r: ScanResult, opts: SarifOptions): string {
  return JSON.stringify(buildSarif(r, opts), null, 2) + '\n';
}

export function buildSarif(r: ScanResult, opts: SarifOptions) {
  const lang = opts.lang ?? 'en';
  const key = opts.fingerprintKey || DEFAULT_FINGERPRINT_KEY;
  // Every enabled rule, plus any rule a finding names (so that ruleIndex always points somewhere).
  const ids = new Set(opts.rules.filter((x) => x.enabled).map((x) => x.id));
  for (const f of [...r.findings, ...(r.suppressed ?? [])]) ids.add(f.ruleId);
  const byId = new Map(opts.rules.map((x) => [x.id, x]));
  const ruleIds = [...ids].sort();
  const index = new Map(ruleIds.map((id, i) => [id, i]));

  const occurrences = new Map<string, number>();
  const result = (f: Finding | SuppressedFinding) => {
    const fp = hmac(key, f.digest ?? `${f.ruleId}\0${f.source}\0${f.line}:${f.column}`).slice(0, 32);
    const slot = `${f.source}\0${fp}`;
    const n = (occurrences.get(slot) ?? 0) + 1;
    occurrences.set(slot, n);
    const rule = byId.get(f.ruleId);
    const suppressedBy = 'suppressedBy' in f ? f.suppressedBy : undefined;
    return {
      ruleId: f.ruleId,
      ruleIndex: index.get(f.ruleId)!,
      level: LEVEL[f.severity],
      // A document part is named in the message and as a logical location (names in it are masked by the reader).
      message: { text: `${rule ? localize(rule.title, lang) : f.message} (${f.category})${f.location ? ` in ${f.location}` : ''}; the value is not shown.` },
      locations: [{
        physicalLocation: { artifactLocation: { uri: toUri(f.source) }, ...(linesOfFile(f) ? { region: region(f) } : {}) },
        ...(f.location ? { logicalLocations: [{ name: f.location, fullyQualifiedName: f.location, kind: 'element' }] } : {}),
      }],
      partialFingerprints: { primaryLocationLineHash: `${fp}:${n}` },
      ...(suppressedBy ? { suppressions: [{ kind: suppressedBy === 'inline' ? 'inSource' : 'external' }] } : {}),
      properties: { category: f.category, severity: f.severity },
    };
  };

  return {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'promptgate',
            informationUri: 'https://www.npmjs.com/package/promptgate',
            semanticVersion: opts.toolVersion,
            rules: ruleIds.map((id) => ruleDescriptor(id, byId.get(id), lang)),
          },
        },
        columnKind: 'utf16CodeUnits',
        // What the scan accounted for (the JSON's `complete` and `summary`).
        ...(r.summary ? { properties: { complete: r.complete ?? r.skipped.length === 0, summary: r.summary } } : {}),
        results: [...r.findings, ...(r.suppressed ?? [])].map(result),
        invocations: [
          {
            // A scan that skipped inputs cannot be trusted: say so where dashboards look.
            executionSuccessful: r.skipped.length === 0,
            toolExecutionNotifications: r.skipped.map((s) => ({
              level: 'error',
              message: { text: `not scanned: ${s.reason}` },
              locations: [{ physicalLocation: { artifactLocation: { uri: toUri(s.source) } } }],
            })),
          },
        ],
      },
    ],
  };
}

function ruleDescriptor(id: string, rule: CompiledRule | undefined, lang: Lang) {
  const title = rule ? localize(rule.title, lang) : id;
  const rationale = rule ? localize(rule.rationale, lang) : title;
  const regulation = rule?.regulation ? localize(rule.regulation, lang) : '';
  const help = [rationale, regulation && `Regulation: ${regulation}`,
    'Remove or replace the value before the text leaves the organisation; if it is a false alarm, tell your security officer.']
    .filter(Boolean).join('\n\n');
  const severity = rule?.severity ?? 'block';
  return {
    id,
    name: pascal(id),
    shortDescription: { text: clip(title, 1024) },
    fullDescription: { text: clip(rationale, 1024) },
    help: { text: clip(help, 1024), markdown: clip(help, 1024) },
    defaultConfiguration: { level: LEVEL[severity] },
    properties: {
      tags: ['security', 'data-leak', ...(rule ? [rule.category] : [])],
      precision: 'high',
      ...(rule ? { 'security-severity': SECURITY_SEVERITY[rule.category] } : {}),
    },
  };
}

/**
 * Whether a finding's line and column are lines of the file itself. Text read out of a document (a .docx, a PDF,
 * an e-mail's parts, HTML) has lines of its own that a code-scanning view would pin on the wrong line of the
 * file, or on a line of a binary file; only a CSV cell keeps the file's own lines.
 */
function linesOfFile(f: Finding): boolean {
  return !f.location || (/\.csv$/i.test(f.source) && /^cell [A-Z]+\d+$/.test(f.location));
}

function region(f: Finding) {
  return { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn };
}

/** Relative paths stay relative (GitHub reads them from the repository root), with "/" and percent-encoding. */
export function toUri(source: string): string {
  if (isAbsolute(source)) return pathToFileURL(source).href;
  const parts = source.split(sep).join('/').split('/').filter((p) => p !== '.');
  return parts.map((p) => encodeURIComponent(p)).join('/');
}

function pascal(id: string): string {
  return clip(id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join(''), 255);
}

function clip(s: string, n: number): string {
  return s.length <= n ? s : s.slice(0, n - 1) + '…';
}
