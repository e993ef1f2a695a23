import { resolve } from 'node:path';
import { addDocuments, describeStore, removeDocuments, type StoredDoc } from '../../fingerprint/register.js';
import { outsideKey } from '../../fingerprint/store-file.js';
import type { CliIO } from '../io.js';
import { sayer } from '../say.js';

interface StoreFlags {
  store: string;
  keyFile?: string;
}

const keyOf = (flags: StoreFlags, io: CliIO) => outsideKey({ keyFile: flags.keyFile && resolve(io.cwd, flags.keyFile), env: io.env });
const storeOf = (flags: StoreFlags, io: CliIO) => resolve(io.cwd, flags.store);
/** The command's messages in the reader's language, and a registered document as one line. */
function sayDocs(io: CliIO) {
  const { t, n, fill } = sayer(io.env);
  const line = (d: StoredDoc) => `${d.id}  ${d.public ? t.fpPublic : t.fpConfidential}  ${String(d.words).padStart(7)} ${t.fpWords}  ${d.added}  ${d.label}\n`;
  return { t, n, fill, line };
}

export async function fingerprintAdd(paths: string[], flags: StoreFlags & { label?: string; public?: boolean }, io: CliIO): Promise<number> {
  const { t, n, fill, line } = sayDocs(io);
  const r = await addDocuments({ store: storeOf(flags, io), paths: paths.map((p) => resolve(io.cwd, p)), label: flags.label, isPublic: flags.public, key: keyOf(flags, io) });
  for (const d of r.added) io.stdout.write(`${t.fpAdded}: ${line(d)}`);
  for (const d of r.already) io.stdout.write(`${t.fpAlready}: ${line(d)}`);
  io.stdout.write(`promptgate: ${fill(n(t.fpRegistered, r.added.length), { store: flags.store })}\n`);
  return 0;
}

export async function fingerprintAddData(table: string, flags: StoreFlags & { label: string; columns?: string; category?: string[] }, io: CliIO): Promise<number> {
  const { addData, readTable } = await import('../../fingerprint/data-register.js');
  const rows = await readTable(resolve(io.cwd, table));
  const columns = flags.columns?.split(',').map((c) => c.trim()).filter(Boolean);
  const r = addData({ store: storeOf(flags, io), label: flags.label, table: rows, columns, categories: flags.category, key: keyOf(flags, io) });
  const added = r.table;
  const { t, n, fill } = sayDocs(io);
  const names = added.columns.map((c) => `${c.name} (${c.kind}, ${c.category})`).join(', ');
  io.stdout.write(`${r.replaced ? t.fpReplaced : t.fpAdded}: ${fill(t.fpDataTable, { label: added.label, rows: added.rows, cells: added.cells, columns: names })}\n`);
  for (const [c, count] of Object.entries(r.unusable)) io.stderr.write(`promptgate: ${t.warning}: ${fill(n(t.fpUnusable, count), { column: c })}\n`);
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
  const { t, n, fill, line } = sayDocs(io);
  for (const d of list) io.stdout.write(line(d));
  for (const d of tables) io.stdout.write(`${t.fpDataWord}  ${String(d.rows).padStart(7)} ${t.fpRows}  ${d.added}  ${d.label}: ${d.columns.map((c) => `${c.name} (${c.category})`).join(', ')}\n`);
  const parts = [n(t.fpDocuments, list.length), n(t.fpFingerprints, meta.entries), ...(tables.length > 0 ? [n(t.fpTables, tables.length)] : []), ...(keyOutside ? [t.fpKeyOutside] : [])];
  io.stdout.write(`promptgate: ${parts.join(', ')}${full ? `; ${t.fpIntact}` : ''}\n`);
  return 0;
}

export function fingerprintRemove(which: string, flags: StoreFlags, io: CliIO): number {
  const { docs: gone, tables } = removeDocuments({ store: storeOf(flags, io), which, key: keyOf(flags, io) });
  const { t, fill, line } = sayDocs(io);
  for (const d of gone) io.stdout.write(`${t.fpRemoved}: ${line(d)}`);
  for (const label of tables) io.stdout.write(`${t.fpRemoved}: ${fill(t.fpDataTableName, { label })}\n`);
  if (gone.length === 0 && tables.length === 0) {
    io.stderr.write(`promptgate: ${fill(t.fpNotFound, { which })}\n`);
    return 2;
  }
  return 0;
}
