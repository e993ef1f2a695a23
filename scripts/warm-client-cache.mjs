#!/usr/bin/env node
// Run by scripts/bundle-cli.mjs in a fresh process: compiles dist/serve-client.cjs without a cache, sends one scan of a
// small text file through it to a stand-in server (this script's own socket, in a private temporary folder, answering
// every request with an empty standard output), so that the functions of a served run are compiled, then writes V8's code
// cache of the client (top level and those functions) next to it. bin/promptgate.js loads both (bin/cli-bundle.js
// loadServeClient); without the cache it compiles the client as before.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { encodeFrame, FrameReader, MAX_REQUEST_BYTES } from '../dist/serve/protocol.js';
import { socketPath, tokenPath } from '../dist/serve/location.js';

const require = createRequire(import.meta.url);
const { loadServeClient } = require('../bin/cli-bundle.js');
const [, , cacheFile] = process.argv;
const root = fileURLToPath(new URL('..', import.meta.url));

const tmp = mkdtempSync(join(tmpdir(), 'promptgate-warm-client-'));
const dir = join(tmp, 'srv');
mkdirSync(dir, { mode: 0o700 });
chmodSync(dir, 0o700);
writeFileSync(tokenPath(dir), 'warm-up\n', { mode: 0o600 });
const sample = join(tmp, 'prompt.txt');
writeFileSync(sample, 'Báo cáo tuần: tiến độ dự án, lịch họp và ghi chú.\n');

const sockets = new Set();
const server = createServer((sock) => {
  sockets.add(sock);
  const reader = new FrameReader(MAX_REQUEST_BYTES);
  sock.on('data', (chunk) => {
    for (const m of reader.push(chunk)) sock.write(encodeFrame({ id: m.id, ok: true, code: 0, output: [[1, '']] }));
  });
  sock.on('error', () => undefined);
});
await new Promise((resolve, reject) => server.listen(socketPath(dir), resolve).once('error', reject));
try {
  process.env.PROMPTGATE_SERVER_DIR = dir;
  delete process.env.PROMPTGATE_NO_SERVER;
  const client = loadServeClient({ useCache: false });
  const outcome = await client.tryServer(['scan', '--format', 'json', sample], root);
  if (outcome?.code !== 0) throw new Error(`the warm-up scan was not served (${outcome?.fallback ?? 'no answer'})`);
  writeFileSync(cacheFile, client.script.createCachedData());
} finally {
  for (const s of sockets) s.destroy();
  server.close();
  rmSync(tmp, { recursive: true, force: true });
}
