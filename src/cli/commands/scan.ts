import { UsageError } from '../../errors.js';
import { formatJson } from '../../report/json.js';
import { scan } from '../../scan.js';
import { severityRank, type Severity } from '../../types.js';
import { type CliIO, pickLang, readAll, useColor, write } from '../io.js';

export interface ScanFlags {
  format?: string;
  rules?: string[];
  builtin?: boolean;
  failOn?: string;
  lang?: string;
  color?: boolean;
  allowSkipped?: boolean;
  stdinFilename?: string;
}

const FORMATS = ['pretty', 'json'] as const;

/** `promptgate scan [paths…]`: returns the exit code (0 pass, 1 findings at the failing severity, 2 untrusted). */
export async function scanCommand(paths: string[], flags: ScanFlags, io: CliIO): Promise<number> {
  const format = flags.format ?? (io.stdout.isTTY ? 'pretty' : 'json');
  if (!FORMATS.includes(format as never)) throw new UsageError(`unknown --format "${format}"; use ${FORMATS.join(', ')}`);
  const failOn = (flags.failOn ?? 'block') as Severity;
  if (!['block', 'warn', 'info'].includes(failOn)) throw new UsageError(`unknown --fail-on "${flags.failOn}"; use block, warn or info`);
  const lang = pickLang(flags.lang, io.env);

  const fromStdin = paths.includes('-') || (paths.length === 0 && !io.stdin.isTTY);
  if (paths.length === 0 && !fromStdin) {
    throw new UsageError('nothing to scan: give files or folders, or pipe text in (`… | promptgate scan -`)');
  }
  const filePaths = paths.filter((p) => p !== '-');
  const bytes = fromStdin ? await readAll(io.stdin) : undefined;

  const result = await scan({
    paths: filePaths,
    bytes,
    sourceName: flags.stdinFilename ?? '<stdin>',
    builtin: flags.builtin,
    extra: flags.rules,
    lang,
  });

  // The pretty report (and chalk) is loaded only when a person will read it.
  const text = format === 'json'
    ? formatJson(result)
    : (await import('../../report/pretty.js')).formatPretty(result, { color: useColor(flags.color, io.stdout, io.env), lang });
  await write(io.stdout, text);
  // Machine formats keep stdout clean; a person watching the log still learns what was not checked.
  if (format !== 'pretty') for (const s of result.skipped) io.stderr.write(`promptgate: not scanned: ${s.source}: ${s.reason}\n`);
  if (result.skipped.length > 0 && !flags.allowSkipped) return 2;
  return result.findings.some((f) => severityRank(f.severity) >= severityRank(failOn)) ? 1 : 0;
}
