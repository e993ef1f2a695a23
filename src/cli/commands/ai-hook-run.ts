import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { writeFileAtomic } from '../../util/atomic-write.js';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { usageError } from '../../i18n/index.js';
import { fill, messages, type Messages } from '../../i18n/index.js';
import type { Finding, Lang, ScanResult } from '../../types.js';
import { cliContext, type ContextFlags, exitCode } from '../context.js';
import { type CliIO, pickLang, readAll } from '../io.js';

/**
 * AI assistants that run a command before a prompt is sent, and what each one expects (per its documented hook
 * contract). All three treat exit code 2 as "block", which is also what promptgate does on any failure: a prompt
 * that could not be checked never goes through.
 *  - Claude Code, `UserPromptSubmit` in .claude/settings.json: stdin {prompt, …}; exit 2 blocks the prompt and shows
 *    stderr to the user; exit 0 lets it through (stdout JSON may carry a `systemMessage` for the user).
 *  - Gemini CLI, `BeforeAgent` in .gemini/settings.json: stdin {prompt, …}; exit 2 blocks the turn with stderr as the
 *    reason; on exit 0 stdout must be JSON only.
 *  - Cursor, `beforeSubmitPrompt` in .cursor/hooks.json: stdin {prompt, attachments, …}; stdout
 *    {"continue": false, "user_message": …} blocks (exit 2 blocks too); {"continue": true} lets it through.
 */
export const ASSISTANTS = {
  'claude-code': { label: 'Claude Code', dir: '.claude', file: 'settings.json', event: 'UserPromptSubmit' },
  'gemini-cli': { label: 'Gemini CLI', dir: '.gemini', file: 'settings.json', event: 'BeforeAgent' },
  cursor: { label: 'Cursor', dir: '.cursor', file: 'hooks.json', event: 'beforeSubmitPrompt' },
} as const;
export type Assistant = keyof typeof ASSISTANTS;
export const ASSISTANT_NAMES = Object.keys(ASSISTANTS) as Assistant[];

/** What the hook answers: the exit code and what goes to each stream. */
export interface HookAnswer {
  code: number;
  stdout: string;
  stderr: string;
}

function block(assistant: Assistant, reason: string): HookAnswer {
  if (assistant === 'cursor') return { code: 2, stdout: `${JSON.stringify({ continue: false, user_message: reason })}\n`, stderr: `${reason}\n` };
  return { code: 2, stdout: '', stderr: `${reason}\n` };
}

function allow(assistant: Assistant, note?: string): HookAnswer {
  if (assistant === 'cursor') return { code: 0, stdout: `${JSON.stringify({ continue: true })}\n`, stderr: '' };
  if (assistant === 'gemini-cli') return { code: 0, stdout: `${JSON.stringify(note ? { systemMessage: note } : {})}\n`, stderr: '' };
  // Claude Code adds plain stdout to the model's context; only a JSON systemMessage is shown to the user instead.
  return { code: 0, stdout: note ? `${JSON.stringify({ systemMessage: note })}\n` : '', stderr: '' };
}

/** The prompt (and, for Cursor, attached files) from a hook payload; an error message when it is not one. */
export function readPayload(raw: string): { prompt: string; attachments: string[] } | { error: string } {
  let doc: unknown;
  try {
    doc = JSON.parse(raw);
  } catch {
    return { error: raw.trim() === '' ? 'empty input' : 'not JSON' };
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return { error: 'not a JSON object' };
  const prompt = (doc as Record<string, unknown>).prompt;
  if (typeof prompt !== 'string') return { error: 'no "prompt" text field' };
  const list = (doc as Record<string, unknown>).attachments;
  const attachments: string[] = [];
  if (list !== undefined) {
    if (!Array.isArray(list)) return { error: '"attachments" is not a list' };
    for (const a of list) {
      const p = typeof a === 'object' && a !== null ? ((a as Record<string, unknown>).file_path ?? (a as Record<string, unknown>).filePath) : undefined;
      // An attachment we cannot name cannot be checked: fail closed rather than send it unchecked.
      if (typeof p !== 'string') return { error: 'an attachment has no file path' };
      attachments.push(p);
    }
  }
  return { prompt, attachments };
}

export type AiHookFlags = ContextFlags;

/** `promptgate scan --input-format <assistant>`: reads the hook payload on stdin, answers as the assistant expects. */
export async function aiHookScan(assistant: string, flags: AiHookFlags, io: CliIO): Promise<number> {
  const lang = pickLang(flags.lang, io.env);
  const name = assistant as Assistant;
  const answer = await decide(name, flags, io, lang).catch((e: unknown) =>
    block(name, fill(messages(lang).ai.failed, { detail: (e as Error)?.message ?? String(e) })));
  if (answer.stdout) io.stdout.write(answer.stdout);
  if (answer.stderr) io.stderr.write(answer.stderr);
  return answer.code;
}

async function decide(assistant: Assistant, flags: AiHookFlags, io: CliIO, lang: Lang): Promise<HookAnswer> {
  const t = messages(lang);
  if (!(assistant in ASSISTANTS)) throw usageError('unknownAssistant', { value: assistant, choices: ASSISTANT_NAMES.join(', ') });
  const payload = readPayload((await readAll(io.stdin)).toString('utf8'));
  if ('error' in payload) return block(assistant, fill(t.ai.malformed, { assistant: ASSISTANTS[assistant].label, detail: payload.error }));

  const [ctx, { scan }] = await Promise.all([cliContext(flags, io), import('../../scan.js')]);
  // The config's fingerprint store applies to prompts too: they are what reaches the AI platform.
  const engine = await ctx.engine();
  let result: ScanResult;
  try {
    result = await scan({ ...ctx.rules, engine, fingerprints: ctx.fingerprints, text: payload.prompt, sourceName: 'prompt', paths: payload.attachments.map((p) => resolve(io.cwd, p)), lang });
  } finally {
    await ctx.release(engine);
  }
  const [{ verdictLine }, { sourceTexts }] = await Promise.all([import('../../report/pretty.js'), import('../../report/source-texts.js')]);
  const files = sourceTexts(io.cwd, new Map());
  const textOf = (s: string) => (s === 'prompt' ? payload.prompt : files(s));
  if (exitCode(result, ctx.failOn) !== 0) return block(assistant, blockReason(result, verdictLine(result, { lang, textOf }), t));
  if (result.findings.length > 0) return allow(assistant, fill(t.ai.warned, { subject: verdictLine(result, { lang, textOf }) }));
  return allow(assistant);
}

/** What the person reads when their prompt is stopped: the verdict, each finding masked, and what to do. */
function blockReason(r: ScanResult, verdict: string, t: Messages): string {
  const lines = [t.ai.blocked, verdict];
  for (const f of r.findings.slice(0, 10)) lines.push(findingLine(f, t));
  if (r.findings.length > 10) lines.push(`  … +${r.findings.length - 10}`);
  for (const s of r.skipped) lines.push(`- ${s.source}: ${s.reason}`);
  const top = r.findings.find((f) => f.category === 'classified-marking' || f.category === 'fingerprint');
  // Inside the assistant, `promptgate redact` cannot be run: the advice says what can be done from there.
  lines.push(`${t.todo} ${top ? t.action.marking : t.ai.redact}`);
  return lines.join('\n');
}

function findingLine(f: Finding, t: Messages): string {
  return fill(t.ai.findingLine, { title: f.message, line: f.line, excerpt: f.excerpt }) + (f.source !== 'prompt' ? ` [${f.source}]` : '');
}

// ---------------------------------------------------------------------------------------------------------------
// Installing the hook into an assistant's settings.

export interface InstallFlags {
  print?: boolean;
  global?: boolean;
  npx?: boolean;
  lang?: string;
}

/**
 * The command the assistant runs: this installation by absolute path (a PATH lookup that fails would let prompts
 * through unchecked), or `npx --no-install promptgate` when asked. It is guarded like the git hook: Claude Code and
 * Gemini CLI send the prompt on any exit code but 2, so when promptgate cannot start (file moved or gone, node
 * missing: exit 1 or 127) the guard blocks the prompt with exit 2 and a message (for Cursor, also its JSON answer).
 */
export function hookCommand(assistant: Assistant, npx = false, lang: Lang = 'en'): string {
  const run = npx ? 'npx --no-install promptgate' : `${quote(process.execPath)} ${quote(promptgateBin())}`;
  const what = npx ? 'npx --no-install promptgate' : promptgateBin();
  const msg = fill(dq(messages(lang).ai.cannotStart), { what: dq(what), code: '$pg_rc', assistant });
  const say = assistant === 'cursor'
    ? `printf '%s\\n' "{\\"continue\\":false,\\"user_message\\":\\"${msg}\\"}"; echo "${msg}" >&2`
    : `echo "${msg}" >&2`;
  return `${run} scan --input-format ${assistant}; pg_rc=$?; [ $pg_rc -eq 0 ] || [ $pg_rc -eq 2 ] || { ${say}; exit 2; }; exit $pg_rc`;
}

function promptgateBin(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '../../../bin/promptgate.js');
}

function quote(p: string): string {
  return /^[\w@%+=:,./-]+$/.test(p) ? p : `"${p.replace(/(["\\$`])/g, '\\$1')}"`;
}

/** Text safe inside a shell's double quotes (and inside a JSON string: no quote or backslash is left bare). */
function dq(t: string): string {
  return t.replace(/["\\$`]/g, "'");
}

/** The settings with promptgate's hook added (unchanged when it is already there). */
export function withHook(assistant: Assistant, doc: Record<string, unknown>, command: string): { doc: Record<string, unknown>; changed: boolean } {
  const a = ASSISTANTS[assistant];
  const hooks = (doc.hooks && typeof doc.hooks === 'object' && !Array.isArray(doc.hooks) ? doc.hooks : {}) as Record<string, unknown>;
  const list = Array.isArray(hooks[a.event]) ? (hooks[a.event] as unknown[]) : [];
  const ours = (c: unknown) => typeof c === 'string' && c.includes('promptgate') && c.includes(`--input-format ${assistant}`);
  const present = list.some((e) => ours((e as { command?: unknown })?.command)
    || ((e as { hooks?: unknown })?.hooks instanceof Array && ((e as { hooks: unknown[] }).hooks).some((h) => ours((h as { command?: unknown })?.command))));
  if (present) {
    // An older command (e.g. one without the guard) is replaced in place; everything else stays as it was.
    let changed = false;
    const update = (h: unknown) => {
      if (!ours((h as { command?: unknown })?.command) || (h as { command: string }).command === command) return h;
      changed = true;
      return { ...(h as object), command };
    };
    const next = list.map((e) => ((e as { hooks?: unknown })?.hooks instanceof Array
      ? { ...(e as object), hooks: (e as { hooks: unknown[] }).hooks.map(update) } : update(e)));
    return changed ? { doc: { ...doc, hooks: { ...hooks, [a.event]: next } }, changed } : { doc, changed: false };
  }
  const entry = assistant === 'cursor'
    ? { command, failClosed: true }
    : { hooks: [{ type: 'command', command, ...(assistant === 'gemini-cli' ? { name: 'promptgate', description: 'Blocks prompts with classified markings, personal data or secrets' } : {}) }] };
  const out = { ...(assistant === 'cursor' ? { version: 1 } : {}), ...doc, hooks: { ...hooks, [a.event]: [...list, entry] } };
  return { doc: out, changed: true };
}

export function settingsPath(assistant: Assistant, global: boolean, cwd: string, home = homedir()): string {
  const a = ASSISTANTS[assistant];
  return join(global ? home : cwd, a.dir, a.file);
}

/** `promptgate hook ai <assistant>`: adds the prompt check to the assistant's settings, or prints the snippet. */
export async function installAiHook(assistant: string, flags: InstallFlags, io: CliIO): Promise<number> {
  const lang = pickLang(flags.lang, io.env);
  const t = messages(lang).ai;
  if (!(assistant in ASSISTANTS)) throw usageError('unknownAssistant', { value: assistant, choices: ASSISTANT_NAMES.join(', ') });
  const name = assistant as Assistant;
  const label = ASSISTANTS[name].label;
  const file = settingsPath(name, !!flags.global, io.cwd, io.env.HOME || homedir());
  const command = hookCommand(name, flags.npx, lang);
  // A project's settings file may be committed: an absolute path works on this machine only. Said once the hook is
  // printed or in place (a failed write says only that it failed).
  const warnShared = () => {
    if (!flags.global && !flags.npx) io.stderr.write(`${fill(t.absolutePath, { bin: promptgateBin(), file })}${name === 'claude-code' ? ` ${t.localFile}` : ''}\n`);
  };
  if (flags.print) {
    const { doc } = withHook(name, {}, command);
    io.stdout.write(`${fill(t.snippet, { file, assistant: label })}\n\n${JSON.stringify(doc, null, 2)}\n`);
    warnShared();
    return 0;
  }
  let current: Record<string, unknown> = {};
  if (existsSync(file)) {
    try {
      const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not a JSON object');
      current = parsed as Record<string, unknown>;
    } catch (e) {
      // Never rewrite a settings file we cannot read: it may hold the user's other hooks.
      throw usageError('settingsNotJson', { path: file, detail: (e as Error).message, assistant: name });
    }
  }
  const { doc, changed } = withHook(name, current, command);
  if (!changed) {
    io.stdout.write(`${fill(t.already, { assistant: label, file })}\n`);
    warnShared();
    return 0;
  }
  mkdirSync(dirname(file), { recursive: true });
  // Whole or not at all (temporary file, fsync, rename): a half-written settings file would disable the assistant's
  // hooks, and a failed write leaves neither a broken file nor a stray temporary one.
  writeFileAtomic(file, `${JSON.stringify(doc, null, 2)}\n`);
  io.stdout.write(`${fill(t.installed, { assistant: label, file })}\n${fill(t.restart, { assistant: label })}\n`);
  warnShared();
  return 0;
}
