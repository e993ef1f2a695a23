import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { UsageError } from '../errors.js';
import { usageError } from '../i18n/index.js';
import { describeCode, WriteError, writeFileAtomic } from '../util/atomic-write.js';
import type { MapEntry } from './apply.js';

/**
 * The map file: placeholder → original value, the one place where `redact` writes the values it cut out.
 * JSON, versioned. Encrypted maps use Node's crypto only: scrypt derives a key from the passphrase and a random
 * salt, AES-256-GCM encrypts with a random IV and authenticates the header too, so a wrong passphrase or an
 * altered file is detected, never decoded into garbage.
 */

export const MAP_FORMAT = 'promptgate-map';
export const PASSPHRASE_ENV = 'PROMPTGATE_MAP_PASSPHRASE';
const WARNING = 'Holds the original values that `promptgate redact` replaced. Keep it on this computer; delete it when done.';
const KDF = { kdf: 'scrypt', N: 1 << 15, r: 8, p: 1 } as const;

/** A map file that cannot be used: wrong passphrase, altered, unknown version, unreadable. Exit 2. */
export class MapFileError extends UsageError {}

interface Header {
  cipher: 'aes-256-gcm';
  kdf: 'scrypt';
  N: number;
  r: number;
  p: number;
}

function deriveKey(passphrase: string, salt: Buffer, h: Header): Buffer {
  // NFC: the same Vietnamese or Czech passphrase typed on another keyboard layout gives the same key.
  return scryptSync(passphrase.normalize('NFC'), salt, 32, { N: h.N, r: h.r, p: h.p, maxmem: 256 * h.N * h.r });
}

/** The header bound into the ciphertext as associated data: changing any parameter fails authentication. */
function aad(h: Header): Buffer {
  return Buffer.from(JSON.stringify({ format: MAP_FORMAT, version: 1, cipher: h.cipher, kdf: h.kdf, N: h.N, r: h.r, p: h.p }));
}

export function serializeMap(entries: MapEntry[], passphrase?: string): string {
  const plain = { format: MAP_FORMAT, version: 1, warning: WARNING, entries };
  if (passphrase === undefined) return JSON.stringify(plain, null, 2) + '\n';
  const h: Header = { cipher: 'aes-256-gcm', ...KDF };
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', deriveKey(passphrase, salt, h), iv);
  cipher.setAAD(aad(h));
  const data = Buffer.concat([cipher.update(JSON.stringify({ entries }), 'utf8'), cipher.final()]);
  const doc = {
    format: MAP_FORMAT,
    version: 1,
    warning: WARNING,
    encryption: { ...h, salt: salt.toString('base64'), iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64') },
    data: data.toString('base64'),
  };
  return JSON.stringify(doc, null, 2) + '\n';
}

/** Parses a map file's text; `passphrase` is needed only for an encrypted map. */
export function parseMap(text: string, passphrase: string | undefined, path?: string): MapEntry[] {
  const at = { at: path === undefined ? '' : ` ${path}` };
  let doc: any;
  try {
    doc = JSON.parse(text);
  } catch {
    throw usageError('mapNotJson', at, MapFileError);
  }
  if (doc?.format !== MAP_FORMAT) throw usageError('mapNotMap', at, MapFileError);
  if (doc.version !== 1) throw usageError('mapVersion', { ...at, version: String(doc.version) }, MapFileError);
  if (doc.encryption === undefined) return checkEntries(doc.entries, at);

  const e = doc.encryption;
  if (e.cipher !== 'aes-256-gcm' || e.kdf !== 'scrypt' || !validCost(e.N, e.r, e.p)) {
    throw usageError('mapCipher', at, MapFileError);
  }
  if (passphrase === undefined || passphrase === '') {
    throw usageError('mapEncrypted', { ...at, env: PASSPHRASE_ENV }, MapFileError);
  }
  const h: Header = { cipher: e.cipher, kdf: e.kdf, N: e.N, r: e.r, p: e.p };
  try {
    const d = createDecipheriv('aes-256-gcm', deriveKey(passphrase, Buffer.from(e.salt, 'base64'), h), Buffer.from(e.iv, 'base64'));
    d.setAAD(aad(h));
    d.setAuthTag(Buffer.from(e.tag, 'base64'));
    const plain = Buffer.concat([d.update(Buffer.from(doc.data, 'base64')), d.final()]).toString('utf8');
    return checkEntries(JSON.parse(plain).entries, at);
  } catch (err) {
    if (err instanceof MapFileError) throw err;
    throw usageError('mapDecrypt', at, MapFileError);
  }
}

/** A tampered file must not make us spend minutes or gigabytes deriving a key. */
function validCost(N: unknown, r: unknown, p: unknown): boolean {
  return Number.isInteger(N) && (N as number) >= 2 && (N as number) <= 1 << 20 && ((N as number) & ((N as number) - 1)) === 0
    && Number.isInteger(r) && (r as number) >= 1 && (r as number) <= 32 && Number.isInteger(p) && (p as number) >= 1 && (p as number) <= 4;
}

function checkEntries(entries: unknown, at: { at: string }): MapEntry[] {
  const ok = Array.isArray(entries) && entries.every((x) =>
    x && typeof x.placeholder === 'string' && typeof x.label === 'string' && /^[A-Z][A-Z0-9_]*$/.test(x.label)
    && Number.isInteger(x.n) && x.n > 0 && typeof x.value === 'string');
  if (!ok) throw usageError('mapDamaged', at, MapFileError);
  return entries as MapEntry[];
}

/**
 * Writes the map with mode 0600 from the moment it exists, atomically (temporary file beside it, fsync, rename):
 * a full disk or a killed process never leaves a partial map — with real values in it — at `path`. Without
 * `force` an existing file is never touched (it may hold the only copy of an earlier redaction's values).
 */
export function writeMapFile(path: string, entries: MapEntry[], opts: { force?: boolean; passphrase?: string } = {}): void {
  const body = serializeMap(entries, opts.passphrase);
  try {
    writeFileAtomic(path, body, { mode: 0o600, exclusive: !opts.force });
  } catch (e) {
    if (!(e instanceof WriteError)) throw e;
    if (e.code === 'EEXIST' && !opts.force) throw usageError('mapExists', { path }, MapFileError);
    throw usageError('mapWrite', { path, code: describeCode(e.code) }, MapFileError);
  }
}

/** The map options of a command (`redact`, `clip --redact`). */
export interface MapFlags {
  map?: string;
  force?: boolean;
  encrypt?: boolean;
  passphraseEnv?: string;
}

/** The passphrase from the environment variable the flags name (PROMPTGATE_MAP_PASSPHRASE by default). */
export function passphraseFrom(flags: { passphraseEnv?: string }, env: NodeJS.ProcessEnv): string | undefined {
  const v = env[flags.passphraseEnv ?? PASSPHRASE_ENV];
  return v === undefined || v === '' ? undefined : v;
}

/**
 * Checks the map options before any work and returns the passphrase for `--encrypt`. The write itself is
 * exclusive too, so a file appearing meanwhile is not overwritten.
 */
export function checkMapFlags(flags: MapFlags, env: NodeJS.ProcessEnv): string | undefined {
  if (flags.encrypt && !flags.map) throw usageError('encryptNeedsMap');
  const passphrase = flags.encrypt ? passphraseFrom(flags, env) : undefined;
  if (flags.encrypt && !passphrase) throw usageError('encryptNeedsPassphrase', { env: flags.passphraseEnv ?? PASSPHRASE_ENV });
  if (flags.map && !flags.force && existsSync(flags.map)) {
    throw usageError('mapExists', { path: flags.map }, MapFileError);
  }
  return passphrase;
}

export function readMapFile(path: string, passphrase: string | undefined): MapEntry[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw code === 'ENOENT' ? usageError('mapMissing', { path }, MapFileError) : usageError('mapRead', { path, code: code ?? 'error' }, MapFileError);
  }
  return parseMap(text, passphrase, path);
}
