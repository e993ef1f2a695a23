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

export async function fingerprintAddData(table: string, flags: StoreFlags & { label: string; columns?: string; category?: string[] }, io: CliIO): Promise<number> {
  const { addData, readTable } = await import('../../fingerprint/data-register.js');
  const rows = await readTable(resolve(io.cwd, table));
  const columns = flags.columns?.split(',').map((c) => c.trim()).filter(Boolean);
  const r = addData({ store: storeOf(flags, io), label: flags.label, table: rows, columns, categories: flags.category, key: keyOf(flags, io) });
  const t = r.table;
  io.stdout.write(`${r.replaced ? 'replaced' : 'added'}: data table ${t.label}: ${t.rows} rows, ${t.cells} cells; columns ${t.columns.map((c) => `${c.name} (${c.kind}, ${c.category})`).join(', ')}\n`);
  for (const [c, n] of Object.entries(r.unusable)) io.stderr.write(`promptgate: warning: ${n} cell(s) of column ${c} hold nothing of its kind and were not registered\n`);
  return 0;
}

export function fingerprintList(flags: StoreFlags & { format?: string }, full: boolean, io: CliIO): number {
  const { meta, docs: list, keyOutside } = describeStore({ store: storeOf(flags, io), key: keyOf(flags, io), full });
  const tables = meta.data?.tables ?? [];
  if (flags.format === 'json') {
    const docs = list.map((d) => ({ id: d.id, label: d.label, words: d.words, public: d.public === true, added: d.added }));
    const data = tables.length > 0 ? { dataTables: tables } : {};
    io.stdout.write(JSON.stringify({ store: flags.store, ...(full ? { verified: true } : {}), keyOutside, k: meta.k, w: meta.w, entries: meta.entries, documents: docs, ...data }, null, 2) + '\n');
    return 0;
  }
  for (const d of list) io.stdout.write(line(d));
  for (const t of tables) io.stdout.write(`data  ${String(t.rows).padStart(7)} rows  ${t.added}  ${t.label}: ${t.columns.map((c) => `${c.name} (${c.category})`).join(', ')}\n`);
  io.stdout.write(`promptgate: ${list.length} document(s), ${meta.entries} fingerprint(s)${tables.length > 0 ? `, ${tables.length} data table(s)` : ''}${keyOutside ? ', key kept outside the store' : ''}${full ? '; the store is intact' : ''}\n`);
  return 0;
}

export function fingerprintRemove(which: string, flags: StoreFlags, io: CliIO): number {
  const { docs: gone, tables } = removeDocuments({ store: storeOf(flags, io), which, key: keyOf(flags, io) });
  for (const d of gone) io.stdout.write(`removed: ${line(d)}`);
  for (const t of tables) io.stdout.write(`removed: data table ${t}\n`);
  if (gone.length === 0 && tables.length === 0) {
    io.stderr.write(`promptgate: no registered document has the label or id "${which}"; the store is unchanged\n`);
    return 2;
  }
  return 0;
}
