import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { decode } from '../../decode/decode.js';
import { UsageError } from '../../errors.js';
import { usageError } from '../../i18n/index.js';
import { fill, messages, plural } from '../../i18n/index.js';
import type { ScanResult } from '../../types.js';
import { cliContext, type ContextFlags, exitCode } from '../context.js';
import { type CliIO, pickLang, useColor, write } from '../io.js';

/** A clipboard program: how to read the clipboard, and how to put text on it (text on its stdin). */
interface ClipTool {
  name: string;
  read: [string, ...string[]];
  write: [string, ...string[]];
}

const PS = ['-NoProfile', '-NonInteractive', '-Command'];
const TOOLS: Record<string, ClipTool> = {
  'wl-paste': { name: 'wl-paste', read: ['wl-paste', '--no-newline'], write: ['wl-copy'] },
  xclip: { name: 'xclip', read: ['xclip', '-selection', 'clipboard', '-o'], write: ['xclip', '-selection', 'clipboard', '-i'] },
  xsel: { name: 'xsel', read: ['xsel', '--clipboard', '--output'], write: ['xsel', '--clipboard', '--input'] },
  pbpaste: { name: 'pbpaste', read: ['pbpaste'], write: ['pbcopy'] },
  powershell: {
    name: 'powershell',
    read: ['powershell.exe', ...PS, '[Console]::OutputEncoding=[Text.Encoding]::UTF8; Get-Clipboard -Raw'],
    write: ['powershell.exe', ...PS, '[Console]::InputEncoding=[Text.Encoding]::UTF8; Set-Clipboard -Value ([Console]::In.ReadToEnd())'],
  },
};

/** Which programs to try, in order, on this platform (Wayland first when a Wayland session is running). */
export function candidates(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): ClipTool[] {
  if (platform === 'darwin') return [TOOLS.pbpaste!];
  if (platform === 'win32') return [TOOLS.powershell!];
  const x = [TOOLS.xclip!, TOOLS.xsel!];
  return env.WAYLAND_DISPLAY ? [TOOLS['wl-paste']!, ...x] : [...x, TOOLS['wl-paste']!];
}

function onPath(cmd: string, env: NodeJS.ProcessEnv): boolean {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    for (const ext of process.platform === 'win32' ? ['', '.exe', '.cmd'] : ['']) {
      try {
        accessSync(join(dir, cmd + ext), constants.X_OK);
        return true;
      } catch { /* try the next one */ }
    }
  }
  return false;
}

const TIMEOUT_MS = 10_000;

function run(argv: string[], env: NodeJS.ProcessEnv, input?: string) {
  const [cmd, ...args] = argv;
  return spawnSync(cmd!, args, { env, input, timeout: TIMEOUT_MS, maxBuffer: 256 * 1024 * 1024, windowsHide: true });
}

export interface ClipFlags extends ContextFlags {
  redact?: boolean;
  color?: boolean;
  map?: string;
  force?: boolean;
  encrypt?: boolean;
  passphraseEnv?: string;
}

const SOURCE = '<clipboard>';

/** A text with a stamp or a registered document's excerpt cannot be redacted: no hint to try it. */
function notRedactable(result: ScanResult): boolean {
  return result.findings.some((f) => f.category === 'classified-marking' || f.category === 'fingerprint');
}

/** 0 nothing at the failing severity (or the safe version is now on the clipboard), 1 findings, 2 not checked. */
export async function clipCommand(flags: ClipFlags, io: CliIO): Promise<number> {
  const lang = pickLang(flags.lang, io.env);
  const t = messages(lang).clip;
  if (flags.map && !flags.redact) throw new UsageError(t.mapNeedsRedact);
  // The same checks as `redact --map`, before the clipboard is read: a map that cannot be written stops the run.
  const { checkMapFlags, writeMapFile } = await import('../../redact/mapfile.js');
  const passphrase = checkMapFlags(flags, io.env);
  const tool = candidates(process.platform, io.env).find((c) => onPath(c.read[0], io.env));
  if (!tool) throw new UsageError(fill(t.noTool, { tools: candidates(process.platform, io.env).map((c) => c.name).join(', ') }));
  const got = run(tool.read, io.env);
  if (got.error || got.status !== 0) {
    const detail = got.error?.message ?? (got.stderr?.toString('utf8').trim() || `exit code ${got.status ?? got.signal}`);
    throw new UsageError(fill(t.readFailed, { tool: tool.name, detail }));
  }
  const d = decode(got.stdout);
  if (!d.ok) throw new UsageError(fill(t.readFailed, { tool: tool.name, detail: d.reason }));
  // Invalid bytes or letters already turned into "?" cannot be checked: not a pass (exit 2).
  if (d.problem) throw new UsageError(fill(t.readFailed, { tool: tool.name, detail: d.problem }));
  const text = d.text;
  if (text.trim() === '') {
    io.stdout.write(`${t.empty}\n`);
    return 0;
  }

  const [ctx, { scan }, { formatPretty }] = await Promise.all([cliContext(flags, io), import('../../scan.js'), import('../../report/pretty.js')]);
  const { failOn, fingerprints } = ctx;
  const engine = await ctx.engine();
  try {
    const result: ScanResult = await scan({ engine, fingerprints, text, sourceName: SOURCE, lang });
    const rules = new Map(engine.rules.map((r) => [r.id, r]));
    await write(io.stdout, formatPretty(result, {
      color: useColor(flags.color, io.stdout, io.env), lang, ruleOf: (id) => rules.get(id), textOf: (s) => (s === SOURCE ? text : undefined),
    }));
    const code = exitCode(result, failOn);
    if (!flags.redact && code === 1 && !notRedactable(result)) io.stdout.write(`\n${t.hint}\n`);
    if (!flags.redact || result.findings.length === 0) return code;

    const { redactText } = await import('../../redact/redact.js');
    const r = redactText(text, engine, { failOn, lang, source: SOURCE });
    // A refused redaction never touches the clipboard: the person must not get a "safe" text that is not.
    if (!r.ok) {
      io.stdout.write(`\n${r.reason === 'not-redactable' ? t.refused : t.unverified}\n`);
      return r.reason === 'not-redactable' ? 1 : 2;
    }
    if (r.replacements.length === 0) {
      io.stdout.write(`\n${t.nothingToRedact}\n`);
      return code;
    }
    // The map is written before the clipboard changes: a redaction that cannot be undone is not what was asked for.
    if (flags.map) writeMapFile(flags.map, r.entries, { force: flags.force, passphrase });
    const put = run(tool.write, io.env, r.text);
    if (put.error || put.status !== 0) {
      const detail = put.error?.message ?? (put.stderr?.toString('utf8').trim() || `exit code ${put.status ?? put.signal}`);
      throw new UsageError(fill(t.writeFailed, { tool: tool.write[0], detail }));
    }
    io.stdout.write(`\n${plural(lang, t.redacted, r.replacements.length)}\n`);
    io.stdout.write(`${flags.map ? fill(t.mapWritten, { map: flags.map }) : t.noMap}\n`);
    return 0;
  } finally {
    await ctx.release(engine);
  }
}
