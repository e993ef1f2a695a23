import { resolve } from 'node:path';
import { addDocuments, describeStore, removeDocuments, type StoredDoc } from '../../fingerprint/register.js';
import { outsideKey } from '../../fingerprint/store-file.js';
import type { CliIO } from '../io.js';

interface StoreFlags {
  store: string;
  keyFile?: string;
}

const keyOf = (flags: StoreFlags, io: CliIO) => outsideKey({ keyFile: flags.keyFile && resolve(io.cwd, flags.keyFile), env: io.env });
const storeOf = (flags: StoreFlags, io: CliIO) => resolve(io.cwd, flags.store);
const line = (d: StoredDoc) => `${d.id}  ${d.public ? 'public' : 'confidential'}  ${String(d.words).padStart(7)} words  ${d.added}  ${d.label}\n`;

export async function fingerprintAdd(paths: string[], flags: StoreFlags & { label?: string; public?: boolean }, io: CliIO): Promise<number> {
  const r = await addDocuments({ store: storeOf(flags, io), paths: paths.map((p) => resolve(io.cwd, p)), label: flags.label, isPublic: flags.public, key: keyOf(flags, io) });
  for (const d of r.added) io.stdout.write(`added: ${line(d)}`);
  for (const d of r.already) io.stdout.write(`already registered: ${line(d)}`);
  io.stdout.write(`promptgate: ${r.added.length} document(s) registered in ${flags.store}\n`);
  return 0;
}

export function fingerprintList(flags: StoreFlags & { format?: string }, full: boolean, io: CliIO): number {
  const { meta, docs: list, keyOutside } = describeStore({ store: storeOf(flags, io), key: keyOf(flags, io), full });
  if (flags.format === 'json') {
    const docs = list.map((d) => ({ id: d.id, label: d.label, words: d.words, public: d.public === true, added: d.added }));
    io.stdout.write(JSON.stringify({ store: flags.store, ...(full ? { verified: true } : {}), keyOutside, k: meta.k, w: meta.w, entries: meta.entries, documents: docs }, null, 2) + '\n');
    return 0;
  }
  for (const d of list) io.stdout.write(line(d));
  io.stdout.write(`promptgate: ${list.length} document(s), ${meta.entries} fingerprint(s)${keyOutside ? ', key kept outside the store' : ''}${full ? '; the store is intact' : ''}\n`);
  return 0;
}

export function fingerprintRemove(which: string, flags: StoreFlags, io: CliIO): number {
  const gone = removeDocuments({ store: storeOf(flags, io), which, key: keyOf(flags, io) });
  for (const d of gone) io.stdout.write(`removed: ${line(d)}`);
  if (gone.length === 0) {
    io.stderr.write(`promptgate: no registered document has the label or id "${which}"; the store is unchanged\n`);
    return 2;
  }
  return 0;
}
