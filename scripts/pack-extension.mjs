#!/usr/bin/env node
// `npm run pack:extension`: the unpacked builds of dist/extension/ packed for deployment,
//   dist/promptgate-extension-chromium-<version>.zip  (Chrome Web Store / a self-hosted CRX made by the admin's key)
//   dist/promptgate-extension-firefox-<version>.xpi   (a zip; Firefox needs it signed by AMO or an enterprise policy)
// The zip is written here with node:zlib (deflate, CRC-32): no dependency. Entries sorted, times fixed: the same
// build packs to the same bytes.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
// 1980-01-01 00:00 in DOS time and date: no build time in the archive.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

function files(dir) {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)])).sort();
}

/** A zip of a folder's files, names relative to it. */
export function zip(dir) {
  return zipEntries(files(dir).map((f) => [relative(dir, f).split(sep).join('/'), readFileSync(f)]));
}

/**
 * A zip of [name, bytes] entries, deflated — or stored with `{ deflate: false }` (the hand-built document fixtures:
 * test/fixtures/stored-zip.mjs, test/fixtures/extension/make-docx.mjs).
 */
export function zipEntries(entries, { deflate = true } = {}) {
  const locals = [];
  const central = [];
  let offset = 0;
  for (const [entryName, data] of entries) {
    const name = Buffer.from(entryName, 'utf8');
    const packed = deflate ? deflateRawSync(data, { level: 9 }) : data;
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(deflate ? 8 : 0, 8); // deflate, or stored
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    local.copy(entry, 8, 6, 30); // flags, method, time, date, CRC, sizes, name length
    entry.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    central.push(entry, name);
    offset += 30 + name.length + packed.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const [browser, ext] of [['chromium', 'zip'], ['firefox', 'xpi']]) {
    const dir = join(root, 'dist', 'extension', browser);
    if (!existsSync(join(dir, 'manifest.json'))) {
      process.stderr.write(`promptgate: ${relative(root, dir)} is missing: run npm run build (with dev dependencies)\n`);
      process.exit(1);
    }
    const out = join(root, 'dist', `promptgate-extension-${browser}-${version}.${ext}`);
    writeFileSync(out, zip(dir));
    process.stderr.write(`promptgate: packed ${relative(root, out)} (${statSync(out).size} bytes)\n`);
  }
}
