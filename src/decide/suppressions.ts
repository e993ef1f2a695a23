import type { Finding } from '../types.js';

/**
 * Inline suppressions, written in any comment syntax on a line of their own or at the end of a line:
 *   promptgate-ignore-next-line <ruleId>[,<ruleId>…] -- <reason>   (the finding starts on the next line)
 *   promptgate-ignore <ruleId>[,<ruleId>…] -- <reason>             (the finding starts on this line)
 * A marker needs a rule id and a reason, so that every exception says what it waives and why; a marker without
 * them suppresses nothing and is reported. `classified-marking` findings are never suppressed inline: a stamp on
 * a document is not its author's false positive to wave off (only a security officer's config can).
 */
export interface InlineIgnore {
  /** 1-based line of the marker itself. */
  line: number;
  /** 1-based line whose findings it covers. */
  target: number;
  ruleIds: string[];
  reason: string;
}

export interface IgnoreProblem {
  line: number;
  message: string;
}

const MARKER = /promptgate-ignore(-next-line)?(?![\w-])(.*)$/;
/** Comment closers that may end the marker's line: -->, *\/, #}, %}, %>, ]]>, and trailing spaces. */
const CLOSER = /\s*(?:-->|\*\/|#\}|%\}|%>|\]\]>)?\s*$/;
const RULE_ID = /^[A-Za-z0-9][\w.-]*$/;
const LINE_BREAK = /\r\n|\r|\n/;

/** Finds the markers of a text; `problems` are markers that were written wrong and therefore ignore nothing. */
export function parseInlineIgnores(text: string): { ignores: InlineIgnore[]; problems: IgnoreProblem[] } {
  const ignores: InlineIgnore[] = [];
  const problems: IgnoreProblem[] = [];
  if (!text.includes('promptgate-ignore')) return { ignores, problems }; // the common case costs one search
  const lines = text.split(LINE_BREAK);
  for (let i = 0; i < lines.length; i++) {
    const m = MARKER.exec(lines[i]);
    if (!m) continue;
    const line = i + 1;
    const nextLine = m[1] !== undefined;
    const rest = m[2].replace(CLOSER, '');
    const dash = rest.search(/(?:^|\s)--(?:\s|$)/);
    const idPart = (dash < 0 ? rest : rest.slice(0, dash)).trim();
    const reason = dash < 0 ? '' : rest.slice(dash).replace(/^\s*--/, '').trim();
    const ruleIds = idPart.split(/\s*,\s*|\s+/).filter((s) => s.length > 0);
    const usage = `write "promptgate-ignore${nextLine ? '-next-line' : ''} <ruleId> -- <reason>"`;
    if (ruleIds.length === 0 || !ruleIds.every((r) => RULE_ID.test(r))) {
      problems.push({ line, message: `inline ignore without a valid rule id suppresses nothing; ${usage}` });
    } else if (!/[\p{L}\p{N}]/u.test(reason)) {
      problems.push({ line, message: `inline ignore of ${ruleIds.join(', ')} without a reason suppresses nothing; ${usage}` });
    } else {
      ignores.push({ line, target: nextLine ? line + 1 : line, ruleIds, reason });
    }
  }
  return { ignores, problems };
}

export interface InlineOutcome {
  kept: Finding[];
  suppressed: { finding: Finding; reason: string }[];
  problems: IgnoreProblem[];
}

/**
 * Splits the findings of one text into kept and suppressed by the text's own markers. `lineBase`: the lines before
 * `text` when it is a segment of a longer input (findings then carry the whole input's line numbers).
 */
export function applyInlineIgnores(findings: Finding[], text: string, lineBase = 0): InlineOutcome {
  const parsed = parseInlineIgnores(text);
  const ignores = lineBase === 0 ? parsed.ignores : parsed.ignores.map((g) => ({ ...g, line: g.line + lineBase, target: g.target + lineBase }));
  const problems = lineBase === 0 ? parsed.problems : parsed.problems.map((p) => ({ ...p, line: p.line + lineBase }));
  if (ignores.length === 0) return { kept: findings, suppressed: [], problems };
  const kept: Finding[] = [];
  const suppressed: InlineOutcome['suppressed'] = [];
  for (const f of findings) {
    const ig = ignores.find((g) => g.target === f.line && g.ruleIds.includes(f.ruleId));
    if (!ig) kept.push(f);
    else if (f.category === 'classified-marking') {
      kept.push(f);
      problems.push({ line: ig.line, message: `${f.ruleId} is a classified-marking rule; its findings cannot be suppressed inline (ask your security officer)` });
    } else suppressed.push({ finding: f, reason: ig.reason });
  }
  return { kept, suppressed, problems };
}
