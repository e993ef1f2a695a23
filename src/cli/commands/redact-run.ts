import { readFileSync, statSync } from 'node:fs';
import { UsageError } from '../../errors.js';
import { usageError } from '../../i18n/index.js';
import { type CliIO, pickLang, readAll } from '../io.js';
import type { Finding } from '../../types.js';
import { cliContext, type ContextFlags } from '../context.js';
import { decodeText, encodeText } from '../../redact/encoding.js';
import { findingLine, messages, refusalText } from '../../redact/messages.js';
import { checkMapFlags, passphraseFrom, readMapFile, writeMapFile } from '../../redact/mapfile.js';
import { documentText } from '../../redact/document.js';
import { redactText } from '../../redact/redact.js';
import { restoreText } from '../../redact/restore.js';

export interface RedactFlags extends ContextFlags {
  format?: string;
  map?: string;
  force?: boolean;
  encrypt?: boolean;
  passphraseEnv?: string;
}

export interface RestoreFlags {
  map?: string;
  passphraseEnv?: string;
}

/** `promptgate redact [file|-]`: 0 redacted text printed, 1 refused (must not be sent at all), 2 untrusted. */
export async function redactCommand(input: string | undefined, flags: RedactFlags, io: CliIO): Promise<number> {
  const format = flags.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw usageError('unknownFormat', { value: format });
  // Same precedence as scan: flags, then the config file (.promptgate.yaml), then the defaults.
  const ctx = await cliContext(flags, io);
  const { failOn, lang } = ctx;
  const passphrase = checkMapFlags(flags, io.env);
  const t = messages(lang);
  const { bytes, source } = await readInput(input, io);
  // A Word, OpenDocument or PDF file is redacted to UTF-8 text (`promptgate redact report.docx > report.txt`).
  const extracted = await documentText(bytes, source);
  const { text, form } = extracted !== undefined ? { text: extracted, form: { encoding: 'utf-8', bom: false } as const } : decodeText(bytes, source);
  // Rules written by users run in a watched worker, as in scan: a runaway regex stops the run (exit 2).
  const engine = await ctx.engine();
  let r: ReturnType<typeof redactText>;
  try {
    r = redactText(text, engine, { failOn, lang, source });
  } finally {
    await ctx.release(engine);
  }
  if (!r.ok) {
    const message = r.reason === 'not-redactable' ? refusalText(r.findings, lang) : `${t.unverified}\n\n${r.findings.map(findingLine).join('\n')}\n`;
    if (format === 'json') {
      io.stdout.write(JSON.stringify({ version: 1, redacted: false, reason: r.reason, message: message.split('\n')[0], findings: r.findings.map(publicFinding) }, null, 2) + '\n');
    }
    io.stderr.write(message);
    return r.reason === 'not-redactable' ? 1 : 2;
  }

  // The map is written before the text is shown: a redaction that cannot be undone is not what was asked for.
  if (flags.map) writeMapFile(flags.map, r.entries, { force: flags.force, passphrase });
  if (format === 'json') {
    const doc = {
      version: 1,
      redacted: true,
      source,
      text: r.text,
      encoding: form.encoding,
      bom: form.bom,
      replacements: r.replacements.map(({ placeholder, ruleId, category, severity, line, column, endLine, endColumn }) => ({ placeholder, ruleId, category, severity, line, column, endLine, endColumn })),
      kept: r.kept.map(publicFinding),
      map: flags.map ?? null,
    };
    io.stdout.write(JSON.stringify(doc, null, 2) + '\n');
  } else {
    await writeBytes(io.stdout, encodeText(r.text, form));
  }
  if (r.kept.length > 0) io.stderr.write(`promptgate: ${t.kept(r.kept.length)}\n${r.kept.map(findingLine).join('\n')}\n`);
  if (io.stderr.isTTY) {
    io.stderr.write(`promptgate: ${t.replaced(r.replacements.length, r.entries.length)}\n`);
    if (!flags.map && r.entries.length > 0) io.stderr.write(`promptgate: ${t.noMap}\n`);
  }
  return 0;
}

/** `promptgate restore --map <file> [answer|-]`: 0 restored text printed, 2 the map or the answer cannot be read. */
export async function restoreCommand(input: string | undefined, flags: RestoreFlags, io: CliIO): Promise<number> {
  if (!flags.map) throw usageError('restoreNeedsMap');
  const t = messages(pickLang(undefined, io.env));
  const entries = readMapFile(flags.map, passphraseFrom(flags, io.env));
  const { bytes, source } = await readInput(input, io);
  const { text, form } = decodeText(bytes, source);
  const r = restoreText(text, entries);
  await writeBytes(io.stdout, encodeText(r.text, form));
  if (r.unknown.length > 0) io.stderr.write(`promptgate: ${t.unknown(r.unknown.join(', '))}\n`);
  if (io.stderr.isTTY) io.stderr.write(`promptgate: ${t.restored(r.restored)}\n`);
  return 0;
}

async function readInput(input: string | undefined, io: CliIO): Promise<{ bytes: Uint8Array; source: string }> {
  if (input === undefined || input === '-') {
    if (input === undefined && io.stdin.isTTY) throw usageError('nothingToRead');
    return { bytes: await readAll(io.stdin), source: '<stdin>' };
  }
  try {
    if (statSync(input).isDirectory()) throw usageError('isFolder', { path: input });
    return { bytes: readFileSync(input), source: input };
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw code === 'ENOENT' ? usageError('noSuchFile', { path: input }) : usageError('cannotRead', { path: input, code: code ?? 'error' });
  }
}

/** A finding as the contract's JSON prints it: offsets dropped, excerpt masked. */
function publicFinding(f: Finding) {
  const { start: _s, end: _e, ...rest } = f;
  return rest;
}

function writeBytes(stream: NodeJS.WritableStream, bytes: Buffer): Promise<void> {
  return new Promise((resolve, reject) => stream.write(bytes, (e) => (e ? reject(e) : resolve())));
}
