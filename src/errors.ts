/**
 * Typed errors: commands throw, the one catch in the CLI maps them to exit codes and renders them.
 * Messages never quote scanned text.
 */
export class UsageError extends Error {
  readonly exitCode = 2;
  /** The catalogue entry (i18n `cli` section) and its slots the message was written from, so that the CLI can say it in the reader's language. */
  said?: { key: string; vars: Record<string, string | number> };
}

/** A problem in a rule file or config file, with its place so that the author can go straight to it. */
export interface RuleProblem {
  file: string;
  line: number;
  column: number;
  ruleId?: string;
  message: string;
  /** What to do about it, in plain words. */
  fix?: string;
}

export function formatProblem(p: RuleProblem): string {
  const where = `${p.file}:${p.line}:${p.column}`;
  const rule = p.ruleId ? ` [${p.ruleId}]` : '';
  return `${where}${rule}: ${p.message}${p.fix ? ` — ${p.fix}` : ''}`;
}

export class RuleSetError extends Error {
  readonly exitCode = 2;
  constructor(readonly problems: RuleProblem[]) {
    super(problems.map(formatProblem).join('\n'));
  }
}

/** A rule whose matching ran out of its time budget: the scan cannot be trusted. */
export class RuleTimeoutError extends Error {
  readonly exitCode = 2;
  constructor(readonly ruleId: string, readonly source: string) {
    super(`rule ${ruleId} took too long on ${source}; the scan was stopped`);
  }
}
